//! What the session takes from the browser: its clock, its secure randomness and
//! its Unicode tables. Passed to the reducer through [`crate::state::Env`].

/// Milliseconds from the browser's clock.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Fills `bytes` from `crypto.getRandomValues`; `false` if the browser has none.
pub fn random_bytes(bytes: &mut [u8]) -> bool {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(bytes).is_ok())
}

/// Fresh client randomness for SCRAM (18 bytes, base64 without `+` and `/`), or
/// `None` without a secure source: there is no fallback to a weaker one.
pub fn nonce() -> Option<String> {
    let mut bytes = [0u8; 18];
    if !random_bytes(&mut bytes) {
        return None;
    }
    use base64::Engine as _;
    Some(
        base64::engine::general_purpose::STANDARD_NO_PAD
            .encode(bytes)
            .replace(['+', '/'], "x"),
    )
}

/// NFKC normalization by the browser (`String.prototype.normalize`).
pub fn nfkc(text: &str) -> String {
    js_sys::JsString::from(text)
        .normalize("NFKC")
        .as_string()
        .unwrap_or_else(|| text.to_owned())
}

/// The value of a query parameter of the page's URL (`?lang=pl`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The browser's preferred languages, most preferred first.
pub fn languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// A value this browser remembers for the playground (`localStorage`).
pub fn remembered(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Remembers a value (quietly does nothing where storage is off).
pub fn remember(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}

/// Sets `<html lang>`.
pub fn set_document_lang(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}
