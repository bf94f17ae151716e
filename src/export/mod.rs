//! Exports of a session, as pure functions of its typed facts: a `C:`/`S:` text
//! log ([`text`]), a JSON file with timings, facts and notes, and its import
//! ([`json`]), a share link holding the connection settings ([`share`]), a
//! standalone SVG sequence diagram ([`diagram`]), and scripts that replay the
//! session with openssl, curl or Python's poplib ([`script`]).
//!
//! Nothing here touches the DOM except [`settings_from_location`], which reads
//! the page's URL once at start. Secrets (the unmasked client lines) appear in
//! the text, JSON and script exports only when the caller asks (`include_secrets`),
//! through `Secret::expose`.

mod diagram;
mod json;
mod script;
mod sections;
mod share;
mod text;

pub use diagram::{DIAGRAM_LIMIT, sequence_svg, sequence_svg_linked, xml_escape};
pub use json::{FORMAT, Saved, SettingsJson, VERSION, parse_json, transcript_json};
pub use script::{Script, session_script};
pub use sections::intern_section;
pub use share::{
    SharedSettings, parse_share, proxy_allowed, settings_from_location, share_fragment, share_link,
    url_decode, url_encode, url_host,
};
pub use text::transcript_text;

fn strip_line_ending(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn one_line(text: &str) -> String {
    if text.contains(['\r', '\n']) {
        text.replace("\r\n", " ").replace(['\r', '\n'], " ")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests;
