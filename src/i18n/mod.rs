//! Words, at the edge: typed facts and notes rendered into sentences through
//! Fluent catalogs, one per language. Nothing else in the app writes sentences
//! about the session, and nothing reads them back.
//!
//! Protocol words (USER, +OK, …), what the server sent and RFC references are
//! passed through as they are. Every language's catalogs, English included, are
//! assets the page fetches for the language it shows
//! ([`services::catalogs`](crate::services::catalogs)), so the WebAssembly stays
//! small. English is compiled in only where there is no page to fetch it from:
//! native builds (the host tests, the server check's report) and browser tests
//! built with the `embed-en` feature.

pub mod check;
mod lang;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use lang::Lang;

/// The catalog files of a language, by area, in load order.
pub const AREAS: [&str; 5] = ["core", "app", "ui", "lessons", "check"];

/// The English catalogs, compiled in (see the module's documentation).
#[cfg(any(test, not(target_arch = "wasm32"), feature = "embed-en"))]
pub const EN: [&str; 5] = [
    include_str!("ftl/en/core.ftl"),
    include_str!("ftl/en/app.ftl"),
    include_str!("ftl/en/ui.ftl"),
    include_str!("ftl/en/lessons.ftl"),
    include_str!("ftl/en/check.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    static BUNDLES: RefCell<HashMap<Lang, Bundle>> = RefCell::new(HashMap::new());
    /// The catalog files each bundle was made from, for the workers that
    /// render words too (the server check's).
    static SOURCES: RefCell<HashMap<Lang, Vec<String>>> = RefCell::new(HashMap::new());
}

/// A bundle of a language from its catalog files.
pub fn bundle<S: AsRef<str>>(lang: Lang, sources: &[S]) -> Bundle {
    let langid: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Sentences go into plain text and attributes; Unicode isolation marks
    // around each argument would show up in copies and exports.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource =
            FluentResource::try_new(source.as_ref().to_owned()).unwrap_or_else(|(r, _)| r);
        // A duplicate id is caught by the catalog tests; the first one stays.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Makes a language's catalogs available.
pub fn install<S: AsRef<str>>(lang: Lang, sources: &[S]) {
    let bundle = bundle(lang, sources);
    BUNDLES.with(|b| b.borrow_mut().insert(lang, bundle));
    let texts = sources.iter().map(|s| s.as_ref().to_owned()).collect();
    SOURCES.with(|s| s.borrow_mut().insert(lang, texts));
}

/// The catalog files of an installed language, in [`AREAS`] order (English's
/// compiled-in ones where there are).
pub fn sources(lang: Lang) -> Option<Vec<String>> {
    if let Some(texts) = SOURCES.with(|s| s.borrow().get(&lang).cloned()) {
        return Some(texts);
    }
    #[cfg(any(test, not(target_arch = "wasm32"), feature = "embed-en"))]
    if lang == Lang::En {
        return Some(EN.iter().map(|s| (*s).to_owned()).collect());
    }
    None
}

/// Whether a language's catalogs are available.
pub fn is_installed(lang: Lang) -> bool {
    (EMBEDDED && lang == Lang::En) || BUNDLES.with(|b| b.borrow().contains_key(&lang))
}

/// Whether English is compiled in.
const EMBEDDED: bool = cfg!(any(test, not(target_arch = "wasm32"), feature = "embed-en"));

/// The compiled-in English bundle, if there is one.
fn embedded_english() -> Option<Bundle> {
    #[cfg(any(test, not(target_arch = "wasm32"), feature = "embed-en"))]
    return Some(bundle(Lang::En, &EN));
    #[cfg(not(any(test, not(target_arch = "wasm32"), feature = "embed-en")))]
    None
}

/// The language words are rendered in now.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Renders words in `lang` from now on (English until its catalogs are installed).
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

fn format(bundle: &Bundle, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

/// One message with its arguments, in the current language; in English when
/// the language lacks it and English is loaded; the id itself otherwise (the
/// catalog tests keep every language complete).
pub fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let lang = current();
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        if !bundles.contains_key(&Lang::En)
            && let Some(english) = embedded_english()
        {
            bundles.insert(Lang::En, english);
        }
        [lang, Lang::En]
            .iter()
            .find_map(|l| bundles.get(l).and_then(|b| format(b, id, &fluent_args)))
            .unwrap_or_else(|| id.to_owned())
    })
}

/// A message with no arguments, in the current language.
pub fn t(id: &str) -> String {
    tr(id, &[])
}

/// `value` with `places` decimals, in the current language's way.
pub fn decimal(value: f64, places: u32) -> String {
    current().decimal(value, places)
}

/// A text argument.
pub fn text(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

/// A number argument (it may select a plural form).
pub fn num(value: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

mod render;

pub use render::*;

#[cfg(test)]
mod tests;
