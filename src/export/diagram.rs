//! The session as a standalone SVG sequence diagram, drawn from typed facts.

use std::fmt::Write as _;

use pop3::annotate::Severity;
use pop3::types::State;

use super::{one_line, strip_line_ending};
use crate::i18n;
use crate::state::{Dir, Entry, Fact, ReplyStatus};

/// How many entries the sequence diagram draws (the last ones).
pub const DIAGRAM_LIMIT: usize = 200;

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
            // The quotation mark by its code, so that the quotes of this file
            // stay paired for tools that read string literals from the source.
            '\u{22}' => out.push_str("&quot;"),
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

/// The state an entry enters, when it is one worth a band: `Some(None)` ends
/// the band (a new connection, or the session over).
fn band_change(entry: &Entry) -> Option<Option<&'static str>> {
    match &entry.fact {
        Fact::NewConnection => Some(None),
        Fact::StateChanged { to, .. } => Some(match to {
            State::Authorization { .. } | State::Transaction | State::Update => Some(to.label()),
            State::Greeting | State::Closed => None,
        }),
        _ => None,
    }
}

fn band_color(state: &str) -> &'static str {
    match state {
        "AUTHORIZATION" => "#fff4d6",
        "TRANSACTION" => "#e3f4e6",
        _ => "#fde4d8",
    }
}

/// Whether TLS comes up at this entry (STLS upgrade or an implicit-TLS connect).
fn is_tls_start(entry: &Entry) -> bool {
    matches!(
        entry.fact,
        Fact::TlsUp(_) | Fact::Opened { tls: Some(_), .. }
    )
}

/// Whether an entry ends the previous connection (its TLS and state).
fn is_new_connection(entry: &Entry) -> bool {
    entry.fact == Fact::NewConnection
}

/// The session as a standalone SVG sequence diagram: three lanes (client,
/// proxy, server), one arrow per entry (the last [`DIAGRAM_LIMIT`]), state
/// bands behind them, the TLS upgrade marked. Every piece of text is
/// XML-escaped; styles are inline, so the file stands alone.
pub fn sequence_svg(entries: &[Entry]) -> String {
    draw(entries, false)
}

/// The same diagram for the page, linked to the transcript: each arrow is a
/// focusable button (`data-testid="diagram-arrow"`, `data-index` its entry)
/// with a row-wide target behind it, for the page to mark when selected.
pub fn sequence_svg_linked(entries: &[Entry]) -> String {
    draw(entries, true)
}

fn draw(entries: &[Entry], linked: bool) -> String {
    let skipped = entries.len().saturating_sub(DIAGRAM_LIMIT);
    let shown = &entries[skipped..];
    // The state and TLS at the window's start.
    let mut state: Option<&'static str> = None;
    let mut tls = false;
    for entry in &entries[..skipped] {
        if is_new_connection(entry) {
            tls = false;
        }
        if let Some(next) = band_change(entry) {
            state = next;
        }
        tls |= is_tls_start(entry);
    }

    let note_height = if skipped > 0 { 20 } else { 0 };
    let top = HEAD + note_height;
    let height = top + ROW * shown.len() as u32 + 20;
    let bottom = height - 8;
    let mut svg = String::with_capacity(1024 + shown.len() * 400);
    let label = i18n::tr(
        "ui-diagram-svg-label",
        &[("count", i18n::num(shown.len() as f64))],
    );
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="sequence-svg" width="{SVG_WIDTH}" height="{height}" viewBox="0 0 {SVG_WIDTH} {height}" font-family="ui-monospace, Menlo, Consolas, monospace" font-size="11" role="{role}" aria-label="{label}">"##,
        role = if linked { "group" } else { "img" },
        label = xml_escape(&label),
    );
    let _ = write!(
        svg,
        "<title>{}</title>",
        xml_escape(&i18n::t("ui-diagram-svg-title"))
    );
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
        if let Some(next) = band_change(entry) {
            flush(&mut bands, band, band_start, y);
            band = next;
            band_start = y;
        }
    }
    flush(&mut bands, band, band_start, top + ROW * shown.len() as u32);
    svg.push_str(&bands);

    // Lanes.
    for (name, x, title) in [
        ("client", LANE_CLIENT, "ui-diagram-lane-client"),
        ("proxy", LANE_PROXY, "ui-diagram-lane-proxy"),
        ("server", LANE_SERVER, "ui-diagram-lane-server"),
    ] {
        let title = xml_escape(&i18n::t(title));
        let _ = write!(
            svg,
            r##"<g class="lane" data-lane="{name}"><rect x="{rx}" y="8" width="150" height="26" rx="4" fill="#f6f8fa" stroke="#8c959f"/><text x="{x}" y="25" text-anchor="middle" font-family="system-ui, sans-serif" font-size="12" font-weight="600" fill="#1d1f21">{title}</text><line x1="{x}" y1="34" x2="{x}" y2="{bottom}" stroke="#8c959f" stroke-dasharray="4 4"/></g>"##,
            rx = x - 75,
        );
    }
    if skipped > 0 {
        let note = i18n::tr(
            "ui-diagram-svg-window",
            &[
                ("shown", i18n::num(shown.len() as f64)),
                ("total", i18n::num(entries.len() as f64)),
                ("skipped", i18n::num(skipped as f64)),
            ],
        );
        let _ = write!(
            svg,
            r##"<text class="window-note" x="{x}" y="{y}" text-anchor="middle" font-size="11" font-style="italic" fill="#5f6368">{note}</text>"##,
            x = SVG_WIDTH / 2,
            y = HEAD + 12,
            note = xml_escape(&note),
        );
    }
    let tls_title = xml_escape(&i18n::t("ui-diagram-svg-tls"));

    // One arrow per entry.
    for (i, entry) in shown.iter().enumerate() {
        let y = top + ROW * i as u32 + 18;
        if is_new_connection(entry) {
            tls = false;
        }
        let started_tls = is_tls_start(entry);
        tls |= started_tls;
        let text = match crate::i18n::fact(&entry.fact) {
            Some(words) => one_line(&words),
            None => xml_text(strip_line_ending(&entry.raw)),
        };
        let mut title = truncate(&text, TITLE_CHARS);
        if let Some(a) = &entry.annotation {
            title.push_str(" — ");
            title.push_str(&truncate(&crate::i18n::headline(a), TITLE_CHARS));
        }
        if let Some(rtt) = entry.rtt_ms {
            let _ = write!(title, " ({} ms)", crate::i18n::decimal(rtt, 0));
        }
        let _ = write!(
            svg,
            r#"<g class="msg" data-dir="{dir}" data-index="{index}""#,
            dir = entry.dir().as_str(),
            index = skipped + i,
        );
        if linked {
            svg.push_str(r#" data-testid="diagram-arrow" role="button" tabindex="0""#);
        }
        let _ = write!(svg, "><title>{}</title>", xml_escape(&title));
        if linked {
            let _ = write!(
                svg,
                r##"<rect class="hit" x="0" y="{ry}" width="{SVG_WIDTH}" height="{ROW}" fill="#0b6bcb" fill-opacity="0"/>"##,
                ry = y - 18,
            );
        }
        let _ = write!(
            svg,
            r##"<text x="6" y="{ty}" font-size="9" fill="#8c959f">{t}</text>"##,
            ty = y + 3,
            t = format_ms(entry.at_ms),
        );
        let width = if tls { 2 } else { 1 };
        match entry.dir() {
            Dir::Client | Dir::Server => {
                let failed = matches!(
                    entry.fact,
                    Fact::Reply {
                        status: ReplyStatus::Err,
                        ..
                    } | Fact::Malformed
                );
                let (x1, x2, color, head) = if entry.dir() == Dir::Client {
                    (LANE_CLIENT, LANE_SERVER, COLOR_CLIENT, "pp-head-client")
                } else if failed {
                    (LANE_SERVER, LANE_CLIENT, COLOR_ERR, "pp-head-err")
                } else {
                    (LANE_SERVER, LANE_CLIENT, COLOR_SERVER, "pp-head-server")
                };
                let mut label = truncate(&text, LABEL_CHARS);
                if let Some(body) = &entry.body {
                    label.push(' ');
                    label.push_str(&i18n::tr(
                        "ui-diagram-svg-body-lines",
                        &[("count", i18n::num(body.lines as f64))],
                    ));
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
                let weight = if entry.fact.is_banner() { "600" } else { "400" };
                let label = truncate(&text, PROXY_LABEL_CHARS);
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
                r#"<g class="tls" data-index="{index}"><line x1="{x1}" y1="{ly}" x2="{x2}" y2="{ly}" stroke="{COLOR_TLS}" stroke-width="2" stroke-dasharray="6 3"/><text x="{tx}" y="{ty}" font-size="10" font-weight="600" fill="{COLOR_TLS}">TLS ↓<title>{tls_title}</title></text></g>"#,
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
        format!("{} ms", crate::i18n::decimal(ms, 0))
    } else {
        format!("{} s", crate::i18n::decimal(ms / 1000.0, 1))
    }
}
