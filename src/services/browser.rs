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

/// Moves the keyboard focus to `element`, unless it is in the course panel
/// (whose "Do it" buttons keep the learner there).
pub fn focus_unless_in_course(element: Option<web_sys::HtmlElement>) {
    let in_course = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|a| a.closest(".lessons").ok().flatten())
        .is_some();
    if let Some(element) = element.filter(|_| !in_course) {
        let _ = element.focus();
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

/// The text of an HTML document, as the browser's HTML parser reads it: scripts
/// and styles left out, one line per block and `<br>`, runs of white space
/// collapsed. Nothing is rendered or fetched: the document is never attached.
pub fn html_text(html: &str) -> String {
    const BREAK: char = '\u{E000}';
    let Some(body) = web_sys::DomParser::new()
        .and_then(|parser| parser.parse_from_string(html, web_sys::SupportedType::TextHtml))
        .ok()
        .and_then(|document| document.body())
    else {
        return String::new();
    };
    let each = |selector: &str, f: &dyn Fn(web_sys::Element)| {
        if let Ok(list) = body.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(element) = list
                    .item(i)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into(n).ok())
                {
                    f(element);
                }
            }
        }
    };
    each("script, style, template, noscript", &|e| e.remove());
    each(
        "br, p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, table, ul, ol, hr",
        &|e| {
            let _ = e.append_with_str_1(&BREAK.to_string());
        },
    );
    let text = body.text_content().unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    for line in text.split(BREAK) {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() && (out.is_empty() || out.ends_with("\n\n")) {
            continue;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.trim_end().to_owned()
}
