//! Exports of a session, as pure functions: a `C:`/`S:` text log, a JSON file
//! with timings and annotations (and its import), a share link holding the
//! connection settings, and a standalone SVG sequence diagram.
//!
//! Nothing here touches the DOM except [`settings_from_location`], which reads
//! the page's URL once at start.
//!
//! # Formats
//!
//! - **Text** ([`transcript_text`]): client lines as `C: ...`, server lines as
//!   `S: ...` with multi-line bodies included and dot-stuffed as on the wire (the
//!   terminating `S: .` too), proxy notes and state changes as `# ...` comments.
//!   The import panel replays it through the same engine (`Action::Import`),
//!   which skips lines without a `C:`/`S:` prefix. Bytes that are not UTF-8 are
//!   shown lossily (U+FFFD); use the JSON export to keep them exactly.
//! - **JSON** ([`transcript_json`], read back by [`parse_json`]):
//!   `{"format":"pop3-playground-transcript","version":1,"settings":{..},"entries":[..]}`.
//!   Byte fields (`raw`, `body.text`) are strings; when the bytes are not valid
//!   UTF-8 the string is a lossy rendering *and* a sibling `raw_base64` /
//!   `body.base64` holds the exact bytes, which the import prefers. So the file
//!   stays readable and the round trip stays exact.
//! - **Share link** ([`share_fragment`], read by [`parse_share`]):
//!   `#host=..&port=..&security=..[&proxy=..]`, URL-encoded. It never holds a
//!   password, a user name or a certificate pin (a pin in a link would let
//!   anyone who sends the link make the recipient trust their certificate).
//!
//! Secrets (the unmasked client lines) appear in the text and JSON exports only
//! when the caller asks (`include_secrets`), through `Secret::expose`.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;

use base64::Engine as _;
use pop3::Secret;
use pop3::annotate::{Annotation, Note, RfcRef, Severity};
use serde::{Deserialize, Serialize};

use crate::state::{Body, Dir, Entry, Security, Settings};

/// The `format` field of a JSON export.
pub const FORMAT: &str = "pop3-playground-transcript";
/// The `version` field of a JSON export.
pub const VERSION: u32 = 1;
/// How many entries the sequence diagram draws (the last ones).
pub const DIAGRAM_LIMIT: usize = 200;

// ---------------------------------------------------------------------------------
// Text

/// The transcript as a `C:`/`S:` log that re-imports to the same client and
/// server lines.
pub fn transcript_text(entries: &[Entry], include_secrets: bool) -> String {
    let mut out = String::new();
    out.push_str(
        "# POP3 Playground transcript: C: client, S: server, # notes (skipped on import)\n",
    );
    for entry in entries {
        match entry.dir {
            Dir::Client => {
                let line = match &entry.secret {
                    Some(secret) if include_secrets => secret.expose().clone(),
                    _ => lossy(strip_line_ending(&entry.raw)),
                };
                push_prefixed(&mut out, "C:", &line);
            }
            Dir::Server => {
                push_prefixed(&mut out, "S:", &lossy(strip_line_ending(&entry.raw)));
                if let Some(body) = &entry.body {
                    for line in body_lines(&body.bytes) {
                        let mut text = lossy(line);
                        if text.starts_with('.') {
                            text.insert(0, '.');
                        }
                        push_prefixed(&mut out, "S:", &text);
                    }
                    out.push_str("S: .\n");
                }
            }
            Dir::Proxy => {
                let text = one_line(&lossy(&entry.raw));
                match &entry.banner {
                    Some(_) => {
                        let _ = writeln!(out, "# state: {text}");
                    }
                    None => {
                        let _ = writeln!(out, "# proxy: {text}");
                    }
                }
            }
        }
    }
    out
}

fn push_prefixed(out: &mut String, prefix: &str, line: &str) {
    // A line break inside a line would start a new (unprefixed) line.
    let line = one_line(line);
    out.push_str(prefix);
    if !line.is_empty() {
        out.push(' ');
        out.push_str(&line);
    }
    out.push('\n');
}

/// The lines of an unstuffed body, without their line endings.
fn body_lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let trimmed = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let empty = bytes.is_empty();
    trimmed
        .split(|b| *b == b'\n')
        .filter(move |_| !empty)
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
}

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

// ---------------------------------------------------------------------------------
// JSON

#[derive(Serialize, Deserialize)]
struct FileJson {
    format: String,
    version: u32,
    #[serde(default)]
    settings: Option<SettingsJson>,
    entries: Vec<EntryJson>,
}

/// The connection settings saved with a JSON export (no secrets: the pin is a
/// public certificate hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsJson {
    /// The server.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// `none`, `stls` or `implicit`.
    pub security: String,
    /// The trusted certificate's SHA-256, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_sha256: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct EntryJson {
    at_ms: f64,
    dir: String,
    raw: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    raw_base64: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
    #[serde(default)]
    rtt_ms: Option<f64>,
    #[serde(default)]
    banner: Option<String>,
    #[serde(default)]
    body: Option<BodyJson>,
    #[serde(default)]
    annotation: Option<AnnotationJson>,
}

#[derive(Serialize, Deserialize)]
struct BodyJson {
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base64: Option<String>,
    lines: usize,
    wire_len: usize,
}

#[derive(Serialize, Deserialize)]
struct AnnotationJson {
    summary: String,
    #[serde(default)]
    rfc: Option<RfcJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    topic: Option<String>,
    #[serde(default)]
    notes: Vec<NoteJson>,
}

#[derive(Serialize, Deserialize)]
struct NoteJson {
    severity: String,
    text: String,
    #[serde(default)]
    rfc: Option<RfcJson>,
}

#[derive(Serialize, Deserialize)]
struct RfcJson {
    rfc: u16,
    section: String,
}

/// A JSON export read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The settings it was made with, when present.
    pub settings: Option<SettingsJson>,
    /// The entries, numbered from 0, ready for `Action::Restore`.
    pub entries: Vec<Entry>,
}

/// The transcript and settings as a JSON document (pretty-printed).
pub fn transcript_json(settings: &Settings, entries: &[Entry], include_secrets: bool) -> String {
    let file = FileJson {
        format: FORMAT.into(),
        version: VERSION,
        settings: Some(SettingsJson {
            host: settings.host.clone(),
            port: settings.port,
            security: settings.security.as_str().into(),
            pin_sha256: settings.pin_sha256.clone(),
        }),
        entries: entries
            .iter()
            .map(|e| entry_json(e, include_secrets))
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("the export serializes")
}

fn entry_json(entry: &Entry, include_secrets: bool) -> EntryJson {
    let (raw, raw_base64) = bytes_json(&entry.raw);
    let body = entry.body.as_ref().map(|b| {
        let (text, base64) = bytes_json(&b.bytes);
        BodyJson {
            text,
            base64,
            lines: b.lines,
            wire_len: b.wire_len,
        }
    });
    EntryJson {
        at_ms: entry.at_ms,
        dir: entry.dir.as_str().into(),
        raw,
        raw_base64,
        secret: entry
            .secret
            .as_ref()
            .filter(|_| include_secrets)
            .map(|s| s.expose().clone()),
        rtt_ms: entry.rtt_ms,
        banner: entry.banner.clone(),
        body,
        annotation: entry.annotation.as_ref().map(annotation_json),
    }
}

/// A string, plus base64 of the exact bytes when they are not UTF-8.
fn bytes_json(bytes: &[u8]) -> (String, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(_) => (
            lossy(bytes),
            Some(base64::engine::general_purpose::STANDARD.encode(bytes)),
        ),
    }
}

fn annotation_json(a: &Annotation) -> AnnotationJson {
    AnnotationJson {
        summary: a.summary.clone(),
        rfc: a.rfc.map(rfc_json),
        topic: a.topic.clone(),
        notes: a
            .notes
            .iter()
            .map(|n| NoteJson {
                severity: n.severity.as_str().into(),
                text: n.text.clone(),
                rfc: n.rfc.map(rfc_json),
            })
            .collect(),
    }
}

fn rfc_json(r: RfcRef) -> RfcJson {
    RfcJson {
        rfc: r.rfc,
        section: r.section.into(),
    }
}

/// Reads a JSON export back. Errors are in plain words.
pub fn parse_json(text: &str) -> Result<Saved, String> {
    let file: FileJson =
        serde_json::from_str(text).map_err(|e| format!("not a transcript export: {e}"))?;
    if file.format != FORMAT {
        return Err(format!(
            "not a transcript export: format is \"{}\", not \"{FORMAT}\"",
            file.format
        ));
    }
    if file.version != VERSION {
        return Err(format!(
            "export version {} is not supported (this app reads version {VERSION})",
            file.version
        ));
    }
    let entries = file
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| entry_from_json(i, e).map_err(|why| format!("entry {}: {why}", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Saved {
        settings: file.settings,
        entries,
    })
}

fn entry_from_json(id: usize, e: EntryJson) -> Result<Entry, String> {
    let dir = match e.dir.as_str() {
        "client" => Dir::Client,
        "server" => Dir::Server,
        "proxy" => Dir::Proxy,
        other => return Err(format!("unknown dir \"{other}\"")),
    };
    let raw = bytes_from_json(e.raw, e.raw_base64)?;
    let body = match e.body {
        Some(b) => Some(Body {
            bytes: Rc::new(bytes_from_json(b.text, b.base64)?),
            lines: b.lines,
            wire_len: b.wire_len,
        }),
        None => None,
    };
    let annotation = e.annotation.map(annotation_from_json).transpose()?;
    Ok(Entry {
        id,
        at_ms: e.at_ms,
        dir,
        raw,
        secret: e.secret.map(Secret::new),
        body,
        annotation,
        rtt_ms: e.rtt_ms,
        banner: e.banner,
    })
}

fn bytes_from_json(text: String, base64: Option<String>) -> Result<Vec<u8>, String> {
    match base64 {
        Some(b) => base64::engine::general_purpose::STANDARD
            .decode(b)
            .map_err(|e| format!("bad base64: {e}")),
        None => Ok(text.into_bytes()),
    }
}

fn annotation_from_json(a: AnnotationJson) -> Result<Annotation, String> {
    let notes = a
        .notes
        .into_iter()
        .map(|n| {
            Ok(Note {
                severity: severity_from_str(&n.severity)
                    .ok_or_else(|| format!("unknown severity \"{}\"", n.severity))?,
                text: n.text,
                rfc: n.rfc.map(rfc_from_json),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Annotation {
        summary: a.summary,
        rfc: a.rfc.map(rfc_from_json),
        topic: a.topic,
        notes,
    })
}

fn severity_from_str(s: &str) -> Option<Severity> {
    match s {
        "info" => Some(Severity::Info),
        "warning" => Some(Severity::Warning),
        "violation" => Some(Severity::Violation),
        _ => None,
    }
}

fn rfc_from_json(r: RfcJson) -> RfcRef {
    RfcRef {
        rfc: r.rfc,
        section: intern_section(&r.section),
    }
}

/// The sections the annotator uses (and neighbours), matched without allocating.
const KNOWN_SECTIONS: &[&str] = &[
    "", "1", "2", "2.1", "2.1.1", "3", "4", "5", "6", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6",
    "6.7", "6.8", "6.9", "7", "8", "8.1", "8.1.1", "8.1.2", "9", "10", "11", "12", "13",
];
/// At most this many unknown sections are leaked per page load…
const MAX_LEAKED_SECTIONS: usize = 64;
/// …each at most this long, of digits, letters and dots.
const MAX_SECTION_LEN: usize = 16;

thread_local! {
    static LEAKED_SECTIONS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// `RfcRef::section` is `&'static str` (the annotator's references are
/// literals). A section read from a file is matched against the known ones;
/// an unknown one is leaked once with `Box::leak` and reused afterwards. That is
/// bounded: at most [`MAX_LEAKED_SECTIONS`] strings of at most
/// [`MAX_SECTION_LEN`] bytes (about 1 KiB per page load, however many files are
/// imported). Past the bound, or for a malformed section, the reference keeps
/// its RFC number and points at the whole document (empty section).
pub fn intern_section(section: &str) -> &'static str {
    if let Some(known) = KNOWN_SECTIONS.iter().find(|k| **k == section) {
        return known;
    }
    let plausible = section.len() <= MAX_SECTION_LEN
        && section
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if !plausible {
        return "";
    }
    LEAKED_SECTIONS.with(|leaked| {
        let mut leaked = leaked.borrow_mut();
        if let Some(found) = leaked.iter().find(|s| **s == section) {
            return *found;
        }
        if leaked.len() >= MAX_LEAKED_SECTIONS {
            return "";
        }
        let s: &'static str = Box::leak(section.to_owned().into_boxed_str());
        leaked.push(s);
        s
    })
}

// ---------------------------------------------------------------------------------
// Share link

/// The share-link fragment for these settings, e.g.
/// `#host=pop.example.org&port=995&security=implicit`. The proxy is included
/// only when it differs from `default_proxy` (the one the page would pick by
/// itself). Never a password, a user name or a pin.
pub fn share_fragment(settings: &Settings, default_proxy: &str) -> String {
    let mut out = format!(
        "#host={}&port={}&security={}",
        url_encode(settings.host.trim()),
        settings.port,
        settings.security.as_str()
    );
    let proxy = settings.proxy_url.trim();
    if !proxy.is_empty() && proxy != default_proxy {
        out.push_str("&proxy=");
        out.push_str(&url_encode(proxy));
    }
    out
}

/// The whole share link: the page's address (without query or fragment) and
/// [`share_fragment`].
pub fn share_link(page_url: &str, settings: &Settings, default_proxy: &str) -> String {
    let base = page_url.split(['#', '?']).next().unwrap_or(page_url);
    format!("{base}{}", share_fragment(settings, default_proxy))
}

/// What a share link asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SharedSettings {
    /// The server.
    pub host: Option<String>,
    /// Its port.
    pub port: Option<u16>,
    /// How it is secured.
    pub security: Option<Security>,
    /// The proxy's WebSocket URL (`ws://` or `wss://`).
    pub proxy: Option<String>,
}

impl SharedSettings {
    /// Whether the link asked for anything.
    pub fn is_empty(&self) -> bool {
        *self == SharedSettings::default()
    }

    /// `base` with what the link sets.
    pub fn apply(&self, base: &Settings) -> Settings {
        let mut settings = base.clone();
        if let Some(host) = &self.host {
            settings.host = host.clone();
        }
        if let Some(port) = self.port {
            settings.port = port;
        }
        if let Some(security) = self.security {
            settings.security = security;
        }
        if let Some(proxy) = &self.proxy {
            settings.proxy_url = proxy.clone();
        }
        if settings.host != base.host || settings.port != base.port {
            // A pin belongs to the server it was accepted for.
            settings.pin_sha256 = None;
        }
        settings
    }
}

/// Reads `host`, `port`, `security` and `proxy` from a URL, its fragment or
/// its query (the fragment wins). Invalid values are ignored, as are other keys
/// (a `password=` in a hand-made link is never read).
pub fn parse_share(url: &str) -> SharedSettings {
    let (before_hash, fragment) = match url.split_once('#') {
        Some((a, b)) => (a, b),
        None if url.contains('=') && !url.contains('?') => ("", url),
        None => (url, ""),
    };
    let query = before_hash.split_once('?').map_or("", |(_, q)| q);
    let mut shared = SharedSettings::default();
    for part in [query, fragment] {
        for pair in part.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let Some(value) = url_decode(value) else {
                continue;
            };
            let value = value.trim();
            match key {
                "host" if valid_host(value) => shared.host = Some(value.to_owned()),
                "port" => {
                    if let Some(port) = value.parse::<u16>().ok().filter(|p| *p != 0) {
                        shared.port = Some(port);
                    }
                }
                "security" => {
                    if matches!(value, "none" | "stls" | "implicit") {
                        shared.security = Some(Security::parse(value));
                    }
                }
                "proxy" if valid_proxy(value) => shared.proxy = Some(value.to_owned()),
                _ => {}
            }
        }
    }
    shared
}

fn valid_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '[' | ']'))
}

fn valid_proxy(url: &str) -> bool {
    (url.starts_with("ws://") || url.starts_with("wss://"))
        && url.len() <= 2048
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// The host of a `ws://`/`wss://` URL (without port or brackets).
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split_once(']').map(|(h, _)| h);
    }
    Some(authority.split(':').next().unwrap_or(authority))
}

/// Whether a proxy named in a link may be used without asking: it is on this
/// machine or on the page's own host. A link naming another proxy could route
/// the password the user is about to type through a stranger's relay, so that
/// part of the link is ignored.
pub fn proxy_allowed(proxy: &str, page_host: &str) -> bool {
    url_host(proxy).is_some_and(|h| {
        crate::state::is_loopback(h) || h.eq_ignore_ascii_case(page_host.trim_matches(['[', ']']))
    })
}

/// The settings a share link in the page's URL asks for, applied to `base`;
/// `None` when the URL has none. A proxy that is neither local nor the page's
/// host is ignored ([`proxy_allowed`]); an empty proxy URL gets the page's
/// default.
pub fn settings_from_location(base: &Settings) -> Option<Settings> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let page_host = location.hostname().unwrap_or_default();
    let mut shared = parse_share(&href);
    if shared
        .proxy
        .as_deref()
        .is_some_and(|p| !proxy_allowed(p, &page_host))
    {
        shared.proxy = None;
    }
    if shared.is_empty() {
        return None;
    }
    let mut settings = shared.apply(base);
    if settings.proxy_url.is_empty() {
        settings.proxy_url = crate::services::socket::default_proxy_url();
    }
    Some(settings)
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn url_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space in a query); `None` if the result
/// is not UTF-8 or an escape is broken.
pub fn url_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

// ---------------------------------------------------------------------------------
// Sequence diagram

const SVG_WIDTH: u32 = 780;
const LANE_CLIENT: u32 = 130;
const LANE_PROXY: u32 = 400;
const LANE_SERVER: u32 = 670;
const HEAD: u32 = 56;
const ROW: u32 = 26;
const LABEL_CHARS: usize = 70;
const PROXY_LABEL_CHARS: usize = 34;
const TITLE_CHARS: usize = 300;

const COLOR_CLIENT: &str = "#0b6bcb";
const COLOR_SERVER: &str = "#1a7f37";
const COLOR_ERR: &str = "#cf222e";
const COLOR_PROXY: &str = "#6e7781";
const COLOR_TLS: &str = "#8250df";

/// Escapes text for XML content and attribute values, replacing characters XML
/// 1.0 does not allow (control bytes a hostile server may send) with U+FFFD.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{7f}' || c == '\u{fffe}' || c == '\u{ffff}' => {
                out.push('\u{fffd}')
            }
            c => out.push(c),
        }
    }
    out
}

/// The first `max` characters, with "…" when cut.
fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_owned(),
    }
}

/// The state a banner "A → B" enters, when it is one worth a band.
fn band_state(banner: &str) -> Option<&'static str> {
    let to = banner.rsplit('→').next()?.trim();
    ["AUTHORIZATION", "TRANSACTION", "UPDATE"]
        .into_iter()
        .find(|s| *s == to)
}

fn band_color(state: &str) -> &'static str {
    match state {
        "AUTHORIZATION" => "#fff4d6",
        "TRANSACTION" => "#e3f4e6",
        _ => "#fde4d8",
    }
}

/// Whether a proxy entry says TLS came up (STLS upgrade or an implicit-TLS connect).
fn is_tls_start(entry: &Entry) -> bool {
    if entry.dir != Dir::Proxy || entry.banner.is_some() {
        return false;
    }
    let text = String::from_utf8_lossy(&entry.raw);
    text.starts_with("TLS is up")
        || text.contains("tls_started")
        || (text.starts_with("Connected to ") && !text.contains("plain TCP"))
}

/// Whether an entry ends the previous connection (its TLS and state).
fn is_new_connection(entry: &Entry) -> bool {
    entry.dir == Dir::Proxy && entry.banner.as_deref() == Some("New connection")
}

/// The session as a standalone SVG sequence diagram: three lanes (client,
/// proxy, server), one arrow per entry (the last [`DIAGRAM_LIMIT`]), state
/// bands behind them, the TLS upgrade marked. Every piece of text is
/// XML-escaped; styles are inline, so the file stands alone.
pub fn sequence_svg(entries: &[Entry]) -> String {
    let skipped = entries.len().saturating_sub(DIAGRAM_LIMIT);
    let shown = &entries[skipped..];
    // The state and TLS at the window's start.
    let mut state: Option<&'static str> = None;
    let mut tls = false;
    for entry in &entries[..skipped] {
        if is_new_connection(entry) {
            state = None;
            tls = false;
        } else if let Some(b) = &entry.banner {
            state = band_state(b);
        }
        tls |= is_tls_start(entry);
    }

    let note_height = if skipped > 0 { 20 } else { 0 };
    let top = HEAD + note_height;
    let height = top + ROW * shown.len() as u32 + 20;
    let bottom = height - 8;
    let mut svg = String::with_capacity(1024 + shown.len() * 400);
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="sequence-svg" width="{SVG_WIDTH}" height="{height}" viewBox="0 0 {SVG_WIDTH} {height}" font-family="ui-monospace, Menlo, Consolas, monospace" font-size="11" role="img" aria-label="Sequence diagram of the POP3 session, {n} arrows">"##,
        n = shown.len()
    );
    svg.push_str("<title>POP3 session: sequence diagram</title>");
    svg.push_str("<defs>");
    for (id, color) in [
        ("pp-head-client", COLOR_CLIENT),
        ("pp-head-server", COLOR_SERVER),
        ("pp-head-err", COLOR_ERR),
        ("pp-head-proxy", COLOR_PROXY),
    ] {
        let _ = write!(
            svg,
            r#"<marker id="{id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{color}"/></marker>"#
        );
    }
    svg.push_str("</defs>");
    let _ = write!(
        svg,
        r##"<rect x="0" y="0" width="{SVG_WIDTH}" height="{height}" fill="#ffffff"/>"##
    );

    // State bands, behind everything else.
    let mut bands = String::new();
    let mut band_start = top;
    let mut band = state;
    let flush = |bands: &mut String, band: Option<&str>, from: u32, to: u32| {
        if let Some(s) = band.filter(|_| to > from) {
            let _ = write!(
                bands,
                r##"<g class="band" data-state="{s}"><rect x="0" y="{from}" width="{SVG_WIDTH}" height="{h}" fill="{c}"/><text x="{x}" y="{ty}" text-anchor="end" font-size="10" fill="#8c959f">{s}</text></g>"##,
                h = to - from,
                c = band_color(s),
                x = SVG_WIDTH - 6,
                ty = from + 12,
            );
        }
    };
    for (i, entry) in shown.iter().enumerate() {
        let y = top + ROW * i as u32;
        let next = if is_new_connection(entry) {
            Some(None)
        } else {
            entry.banner.as_deref().map(band_state)
        };
        if let Some(next) = next {
            flush(&mut bands, band, band_start, y);
            band = next;
            band_start = y;
        }
    }
    flush(&mut bands, band, band_start, top + ROW * shown.len() as u32);
    svg.push_str(&bands);

    // Lanes.
    for (name, x) in [
        ("client", LANE_CLIENT),
        ("proxy", LANE_PROXY),
        ("server", LANE_SERVER),
    ] {
        let title = match name {
            "client" => "Client (this app)",
            "proxy" => "Proxy",
            _ => "POP3 server",
        };
        let _ = write!(
            svg,
            r##"<g class="lane" data-lane="{name}"><rect x="{rx}" y="8" width="150" height="26" rx="4" fill="#f6f8fa" stroke="#8c959f"/><text x="{x}" y="25" text-anchor="middle" font-family="system-ui, sans-serif" font-size="12" font-weight="600" fill="#1d1f21">{title}</text><line x1="{x}" y1="34" x2="{x}" y2="{bottom}" stroke="#8c959f" stroke-dasharray="4 4"/></g>"##,
            rx = x - 75,
        );
    }
    if skipped > 0 {
        let _ = write!(
            svg,
            r##"<text class="window-note" x="{x}" y="{y}" text-anchor="middle" font-size="11" font-style="italic" fill="#5f6368">Showing the last {shown} of {total} entries ({skipped} earlier ones not drawn)</text>"##,
            x = SVG_WIDTH / 2,
            y = HEAD + 12,
            shown = shown.len(),
            total = entries.len(),
        );
    }

    // One arrow per entry.
    for (i, entry) in shown.iter().enumerate() {
        let y = top + ROW * i as u32 + 18;
        if is_new_connection(entry) {
            tls = false;
        }
        let started_tls = is_tls_start(entry);
        tls |= started_tls;
        let text = xml_text(strip_line_ending(&entry.raw));
        let mut title = truncate(&text, TITLE_CHARS);
        if let Some(a) = &entry.annotation {
            title.push_str(" — ");
            title.push_str(&truncate(&a.headline(), TITLE_CHARS));
        }
        if let Some(rtt) = entry.rtt_ms {
            let _ = write!(title, " ({rtt:.0} ms)");
        }
        let _ = write!(
            svg,
            r#"<g class="msg" data-dir="{dir}" data-index="{index}"><title>{title}</title>"#,
            dir = entry.dir.as_str(),
            index = skipped + i,
            title = xml_escape(&title),
        );
        let _ = write!(
            svg,
            r##"<text x="6" y="{ty}" font-size="9" fill="#8c959f">{t}</text>"##,
            ty = y + 3,
            t = format_ms(entry.at_ms),
        );
        let width = if tls { 2 } else { 1 };
        match entry.dir {
            Dir::Client | Dir::Server => {
                let (x1, x2, color, head) = if entry.dir == Dir::Client {
                    (LANE_CLIENT, LANE_SERVER, COLOR_CLIENT, "pp-head-client")
                } else if entry.raw.starts_with(b"-") {
                    (LANE_SERVER, LANE_CLIENT, COLOR_ERR, "pp-head-err")
                } else {
                    (LANE_SERVER, LANE_CLIENT, COLOR_SERVER, "pp-head-server")
                };
                let mut label = truncate(&text, LABEL_CHARS);
                if let Some(body) = &entry.body {
                    let _ = write!(label, " (+{} lines)", body.lines);
                }
                let label_color = if entry.severity() == Severity::Violation {
                    COLOR_ERR
                } else {
                    "#1d1f21"
                };
                let _ = write!(
                    svg,
                    r#"<line class="arrow" x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="{color}" stroke-width="{width}" marker-end="url(#{head})"/><text x="{mx}" y="{ly}" text-anchor="middle" fill="{label_color}">{label}</text>"#,
                    mx = (LANE_CLIENT + LANE_SERVER) / 2,
                    ly = y - 4,
                    label = xml_escape(&label),
                );
            }
            Dir::Proxy => {
                let (label, weight) = match &entry.banner {
                    Some(b) => (truncate(&xml_text(b.as_bytes()), PROXY_LABEL_CHARS), "600"),
                    None => (truncate(&text, PROXY_LABEL_CHARS), "400"),
                };
                let _ = write!(
                    svg,
                    r#"<path class="arrow" d="M{x} {y0} h16 v8 h-16" fill="none" stroke="{COLOR_PROXY}" marker-end="url(#pp-head-proxy)"/><text x="{tx}" y="{ly}" font-weight="{weight}" fill="{COLOR_PROXY}">{label}</text>"#,
                    x = LANE_PROXY,
                    y0 = y - 8,
                    tx = LANE_PROXY + 22,
                    ly = y - 1,
                    label = xml_escape(&label),
                );
            }
        }
        svg.push_str("</g>");
        if started_tls {
            let _ = write!(
                svg,
                r#"<g class="tls" data-index="{index}"><line x1="{x1}" y1="{ly}" x2="{x2}" y2="{ly}" stroke="{COLOR_TLS}" stroke-width="2" stroke-dasharray="6 3"/><text x="{tx}" y="{ty}" font-size="10" font-weight="600" fill="{COLOR_TLS}">TLS ↓<title>TLS from here on: encrypted between the proxy and the server</title></text></g>"#,
                index = skipped + i,
                x1 = LANE_CLIENT - 60,
                x2 = LANE_SERVER + 60,
                ly = y + 8,
                tx = LANE_SERVER + 63,
                ty = y + 11,
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Bytes as display text (lossy, line breaks as spaces); not yet escaped.
fn xml_text(bytes: &[u8]) -> String {
    one_line(&String::from_utf8_lossy(bytes))
}

fn format_ms(ms: f64) -> String {
    if ms < 10_000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.1} s", ms / 1000.0)
    }
}
