//! Words, at the edge: typed facts and notes rendered into sentences through
//! Fluent catalogs, one per language. Nothing else in the app writes sentences
//! about the session, and nothing reads them back.
//!
//! Protocol words (USER, +OK, …), what the server sent and RFC references are
//! passed through as they are. English is compiled in; the other catalogs are
//! assets the page fetches when the reader picks the language
//! ([`services::catalogs`](crate::services::catalogs)), so the WebAssembly stays
//! small.

pub mod check;
mod lang;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use lang::Lang;

/// The catalog files of a language, by area, in load order.
pub const AREAS: [&str; 5] = ["core", "app", "ui", "lessons", "check"];

/// The English catalogs, compiled in: the fallback for every message.
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

/// Makes a language's catalogs available (English always is).
pub fn install<S: AsRef<str>>(lang: Lang, sources: &[S]) {
    let bundle = bundle(lang, sources);
    BUNDLES.with(|b| b.borrow_mut().insert(lang, bundle));
}

/// Whether a language's catalogs are available.
pub fn is_installed(lang: Lang) -> bool {
    lang == Lang::En || BUNDLES.with(|b| b.borrow().contains_key(&lang))
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
/// the language lacks it; the id itself if no catalog has it.
pub fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let lang = current();
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        if lang != Lang::En
            && let Some(words) = bundles.get(&lang).and_then(|b| format(b, id, &fluent_args))
        {
            return words;
        }
        let english = bundles
            .entry(Lang::En)
            .or_insert_with(|| bundle(Lang::En, &EN));
        format(english, id, &fluent_args).unwrap_or_else(|| id.to_owned())
    })
}

/// A message with no arguments, in the current language.
pub fn t(id: &str) -> String {
    tr(id, &[])
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
