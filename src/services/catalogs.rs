//! Fetches a language's catalogs: assets beside the app (`i18n/<lang>/<area>.ftl`),
//! relative to the page, so the app works from any sub-path of a static host.

use futures::future::try_join_all;

use crate::i18n::{AREAS, Lang};

/// The relative URL of one catalog file.
pub fn url(lang: Lang, area: &str) -> String {
    format!("i18n/{}/{area}.ftl", lang.code())
}

/// Downloads every catalog file of a language, all at once, in [`AREAS`] order.
pub async fn fetch(lang: Lang) -> Result<Vec<String>, String> {
    try_join_all(AREAS.map(|area| fetch_one(url(lang, area)))).await
}

async fn fetch_one(url: String) -> Result<String, String> {
    let response = gloo::net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| format!("{url}: {e}"))
}
