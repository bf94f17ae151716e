//! The `says!` macro: declares a vocabulary, an enum of typed messages.
//!
//! ```text
//! says! {
//!     /// The enum's documentation.
//!     pub enum Say;
//!
//!     /// A variant's documentation.
//!     ReplyStat { count: u32, octets: u64 } = "reply-stat",
//! }
//! ```
//!
//! Each variant is one catalog message: a kebab-case message id and named
//! arguments (its fields, each an [`ArgValue`](crate::annotate::ArgValue)).
//! The macro generates, for the enum:
//! - `IDS`: every message id, for checking catalogs;
//! - `id()`: the variant's message id;
//! - `args()`: the named arguments;
//! - `arg_names(id)`: the names of a message's arguments;
//! - `from_parts(id, args)`: a message read back from its id and arguments.
//!
//! The annotations' [`Say`](crate::annotate::Say) and the server check's
//! [`Said`](crate::check::Said) are declared with it.

macro_rules! says {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident;
        $(
            $(#[doc = $doc:literal])*
            $variant:ident $({ $($field:ident : $ty:ty),* $(,)? })? = $id:literal,
        )*
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        $vis enum $name {
            $(
                $(#[doc = $doc])*
                $variant $({ $(
                    #[allow(missing_docs)]
                    $field: $ty
                ),* })?,
            )*
        }

        impl $name {
            /// Every message id, for checking catalogs.
            pub const IDS: &'static [&'static str] = &[$($id),*];

            /// The catalog message id.
            pub fn id(&self) -> &'static str {
                match self {
                    $( $name::$variant { .. } => $id, )*
                }
            }

            /// The named arguments.
            #[allow(unused_variables)]
            pub fn args(&self) -> Vec<(&'static str, $crate::annotate::Arg)> {
                match self {
                    $( $name::$variant $({ $($field),* })? => vec![
                        $($( (
                            stringify!($field),
                            $crate::annotate::ArgValue::to_arg($field),
                        ) ),*)?
                    ], )*
                }
            }

            /// The names of a message's arguments, for checking catalogs.
            pub fn arg_names(id: &str) -> Option<&'static [&'static str]> {
                match id {
                    $( $id => Some(&[$($(stringify!($field)),*)?]), )*
                    _ => None,
                }
            }

            /// A message read back from its id and arguments (a saved session).
            #[allow(unused_variables)]
            pub fn from_parts(
                id: &str,
                args: &::std::collections::BTreeMap<String, $crate::annotate::Arg>,
            ) -> Option<$name> {
                // The id is found once, in `IDS`, and the variant by its
                // position: one string search instead of one per variant.
                #[allow(non_camel_case_types, clippy::enum_variant_names)]
                enum Tag { $($variant),* }
                const TAGS: &[Tag] = &[$(Tag::$variant),*];
                let tag = &TAGS[Self::IDS.iter().position(|known| *known == id)?];
                match tag {
                    $( Tag::$variant => Some($name::$variant $({ $(
                        $field: $crate::annotate::ArgValue::from_arg(
                            args.get(stringify!($field))?,
                        )?
                    ),* })?), )*
                }
            }
        }
    };
}

pub(crate) use says;
