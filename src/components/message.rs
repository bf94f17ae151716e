//! The message viewer: the selected message's headers, MIME structure, text and
//! HTML bodies, attachments and raw source.
//!
//! mail-parser does the parsing: it makes a best effort on any bytes (non-UTF-8,
//! broken MIME) and never panics. What the tabs show is built once per message,
//! not on every render, and long texts are cut until the user asks for all of
//! them, so a 64 MiB message stays usable.

use std::rc::Rc;

use mail_parser::parsers::MessageStream;
use mail_parser::{
    Addr, Address, ContentType, DateTime, Header, HeaderName, HeaderValue, Message, MessageParser,
    MimeHeaders, PartType,
};
use pop3::types::Command;
use yew::prelude::*;

use crate::hooks::use_session;
use crate::i18n;
use crate::services::browser;
use crate::state::Action;

/// How many bytes of a long text are shown before "Show all".
const CLIP: usize = 256 * 1024;
/// Messages larger than this are not read into parts as soon as they arrive:
/// that holds the page for a moment, so the reader asks for it.
const AUTO_PARSE_LIMIT: usize = 8 * 1024 * 1024;

/// MIME nesting shown in the structure tree (mail-parser stops earlier anyway).
const MAX_DEPTH: usize = 32;

/// Content-Security-Policy put in front of a rendered HTML part: no remote
/// images, styles or fonts (they would tell the sender the mail was read).
const HTML_CSP: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
                        img-src data:; style-src 'unsafe-inline'; font-src data:\">";

/// From, Subject and Date of a message, decoded (RFC 2047), for the mailbox table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The sender's name, or address when it has no name.
    pub from: Option<String>,
    /// The whole From field, decoded.
    pub from_full: Option<String>,
    /// The subject, decoded.
    pub subject: Option<String>,
    /// The date as `YYYY-MM-DD HH:MM`, in the sender's time zone.
    pub date: Option<String>,
    /// The date as RFC 5322 writes it.
    pub date_full: Option<String>,
}

/// Reads From, Subject and Date from a message's header section (or a whole message).
pub fn summarize(headers: &[u8]) -> Summary {
    let Some(message) = MessageParser::new().parse_headers(headers) else {
        return Summary::default();
    };
    let from = message.from();
    let raw_from = || message.header_raw(HeaderName::From).map(unfold);
    let date = message.date().filter(|d| d.is_valid());
    Summary {
        from: from
            .and_then(Address::first)
            .and_then(|a| a.name().or(a.address()))
            .map(str::to_owned)
            .or_else(raw_from)
            .and_then(non_empty),
        from_full: from
            .map(format_address)
            .or_else(raw_from)
            .and_then(non_empty),
        subject: message.subject().map(str::to_owned).and_then(non_empty),
        date: date.map(short_date),
        date_full: date.map(DateTime::to_rfc822),
    }
}

/// A size in bytes, in words a person reads at a glance ("1.5 MiB").
pub fn format_size(bytes: u64) -> String {
    /// The messages of the units, from KiB up.
    const UNITS: [&str; 4] = [
        "ui-message-size-kib",
        "ui-message-size-mib",
        "ui-message-size-gib",
        "ui-message-size-tib",
    ];
    if bytes < 1024 {
        return i18n::tr(
            "ui-message-size-bytes",
            &[("size", i18n::num(bytes as f64))],
        );
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    let value = i18n::decimal(value, if value < 10.0 { 1 } else { 0 });
    i18n::tr(UNITS[unit], &[("size", i18n::text(value))])
}

fn non_empty(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

/// Joins folded header lines (RFC 5322 §2.2.3) and trims.
fn unfold(s: &str) -> String {
    s.replace(['\r', '\n'], "").trim().to_owned()
}

fn short_date(d: &DateTime) -> String {
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.year, d.month, d.day, d.hour, d.minute
    )
}

fn format_addr(a: &Addr<'_>) -> String {
    match (a.name(), a.address()) {
        (Some(name), Some(address)) => format!("{name} <{address}>"),
        (Some(only), None) | (None, Some(only)) => only.to_owned(),
        (None, None) => String::new(),
    }
}

fn format_address(address: &Address<'_>) -> String {
    let list = |addrs: &[Addr<'_>]| {
        addrs
            .iter()
            .map(format_addr)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match address {
        Address::List(addrs) => list(addrs),
        Address::Group(groups) => groups
            .iter()
            .map(|g| match &g.name {
                Some(name) => format!("{name}: {};", list(&g.addresses)),
                None => list(&g.addresses),
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn format_content_type(ct: &ContentType<'_>) -> String {
    let mut out = match ct.subtype() {
        Some(sub) => format!("{}/{sub}", ct.ctype()),
        None => ct.ctype().to_owned(),
    };
    for attr in ct.attributes().unwrap_or_default() {
        out.push_str(&format!("; {}=\"{}\"", attr.name, attr.value));
    }
    out
}

/// The media type alone, lower case, e.g. `text/plain`.
fn media_type(ct: &ContentType<'_>) -> String {
    let t = ct.ctype().to_ascii_lowercase();
    match ct.subtype() {
        Some(sub) => format!("{t}/{}", sub.to_ascii_lowercase()),
        None => t,
    }
}

/// Headers whose values are message ids, shown in their angle brackets.
fn is_id_header(name: &HeaderName<'_>) -> bool {
    matches!(
        name,
        HeaderName::MessageId
            | HeaderName::InReplyTo
            | HeaderName::References
            | HeaderName::ResentMessageId
            | HeaderName::ContentId
            | HeaderName::ReturnPath
    )
}

/// One header field: its name, its decoded value and the value as sent.
#[derive(Debug, Clone, PartialEq)]
struct HeaderField {
    name: String,
    value: String,
    raw: String,
}

fn header_field(raw_message: &[u8], header: &Header<'_>) -> HeaderField {
    let raw_bytes = raw_message
        .get(header.offset_start as usize..header.offset_end as usize)
        .unwrap_or_default();
    let raw = unfold(&String::from_utf8_lossy(raw_bytes));
    let ids = |ids: &mut dyn Iterator<Item = &str>| {
        ids.map(|id| format!("<{id}>"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let value = match &header.value {
        HeaderValue::Text(id) if is_id_header(&header.name) => {
            ids(&mut std::iter::once(id.as_ref()))
        }
        HeaderValue::TextList(list) if is_id_header(&header.name) => {
            ids(&mut list.iter().map(|id| id.as_ref()))
        }
        // Fields mail-parser keeps raw may still hold encoded words (RFC 2047 §5).
        HeaderValue::Text(_) if raw.contains("=?") => {
            match MessageStream::new(raw_bytes).parse_unstructured() {
                HeaderValue::Text(decoded) => unfold(&decoded),
                _ => raw.clone(),
            }
        }
        HeaderValue::Text(text) => unfold(text),
        HeaderValue::TextList(list) => list.join(", "),
        HeaderValue::Address(address) => format_address(address),
        HeaderValue::DateTime(date) if date.is_valid() => date.to_rfc822(),
        HeaderValue::ContentType(ct) => format_content_type(ct),
        HeaderValue::DateTime(_) | HeaderValue::Received(_) | HeaderValue::Empty => raw.clone(),
    };
    HeaderField {
        name: header.name.as_str().to_owned(),
        value,
        raw,
    }
}

/// One MIME part of the structure tree.
#[derive(Debug, Clone, PartialEq)]
struct PartNode {
    /// The media type, e.g. `multipart/mixed`.
    content_type: String,
    /// No Content-Type field: the type is the RFC 2045 default.
    implied: bool,
    /// Decoded body size.
    size: usize,
    /// Octets of the part in its message, headers included.
    raw_size: usize,
    charset: Option<String>,
    transfer_encoding: Option<String>,
    disposition: Option<String>,
    filename: Option<String>,
    /// mail-parser could not decode the body cleanly.
    problem: bool,
    children: Vec<PartNode>,
}

fn part_node(message: &Message<'_>, id: u32, depth: usize) -> Option<PartNode> {
    let part = message.part(id)?;
    let content_type = part.content_type();
    let mut children = Vec::new();
    if depth < MAX_DEPTH {
        match &part.body {
            // Children always come after their parent; anything else would loop.
            PartType::Multipart(ids) => {
                children.extend(
                    ids.iter()
                        .filter(|&&c| c > id)
                        .filter_map(|&c| part_node(message, c, depth + 1)),
                );
            }
            PartType::Message(inner) => children.extend(part_node(inner, 0, depth + 1)),
            _ => {}
        }
    }
    let default_type = match &part.body {
        PartType::Message(_) => "message/rfc822",
        PartType::Multipart(_) => "multipart/mixed",
        _ => "text/plain",
    };
    Some(PartNode {
        content_type: content_type.map_or_else(|| default_type.to_owned(), media_type),
        implied: content_type.is_none(),
        size: part.len(),
        raw_size: part.offset_end.saturating_sub(part.offset_header) as usize,
        charset: content_type
            .and_then(|ct| ct.attribute("charset"))
            .map(str::to_owned),
        transfer_encoding: part
            .content_transfer_encoding()
            .map(str::to_ascii_lowercase),
        disposition: part
            .content_disposition()
            .map(|d| d.ctype().to_ascii_lowercase()),
        filename: part.attachment_name().map(str::to_owned),
        problem: part.is_encoding_problem,
        children,
    })
}

/// An attachment as listed.
#[derive(Debug, Clone, PartialEq)]
struct Attachment {
    /// Its file name, or for an attached message its subject and `.eml`.
    name: Option<String>,
    content_type: String,
    size: usize,
    /// Its decoded bytes, for the download.
    bytes: Rc<[u8]>,
}

/// Everything the tabs show, built once per message.
#[derive(Debug, Clone, PartialEq, Default)]
struct Parsed {
    subject: Option<String>,
    from: Option<String>,
    to: Option<String>,
    date: Option<String>,
    headers: Vec<HeaderField>,
    structure: Option<PartNode>,
    texts: Vec<Rc<str>>,
    /// The only text is the HTML part turned into plain text.
    htmls: Vec<Rc<str>>,
    attachments: Vec<Attachment>,
    problems: Vec<Problem>,
}

/// What went wrong reading a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    /// No header fields at all.
    NotAMessage,
    /// This many parts could not be decoded cleanly.
    Undecodable(usize),
}

impl Problem {
    fn words(self) -> String {
        match self {
            Problem::NotAMessage => i18n::t("ui-message-problem-not-a-message"),
            Problem::Undecodable(parts) => i18n::tr(
                "ui-message-problem-undecodable",
                &[("count", i18n::num(parts as f64))],
            ),
        }
    }
}

fn parse(bytes: &[u8]) -> Parsed {
    let Some(message) = MessageParser::new().parse(bytes) else {
        return Parsed {
            problems: vec![Problem::NotAMessage],
            ..Parsed::default()
        };
    };
    let mut parsed = Parsed {
        subject: message.subject().map(str::to_owned),
        from: message.from().map(format_address),
        to: message.to().map(format_address),
        date: message
            .date()
            .filter(|d| d.is_valid())
            .map(DateTime::to_rfc822),
        headers: message
            .headers()
            .iter()
            .map(|h| header_field(bytes, h))
            .collect(),
        structure: part_node(&message, 0, 0),
        ..Parsed::default()
    };
    for part in message.text_bodies() {
        if let PartType::Text(text) = &part.body {
            parsed.texts.push(Rc::from(text.as_ref()));
        }
    }
    for part in message.html_bodies() {
        if let PartType::Html(html) = &part.body {
            parsed.htmls.push(Rc::from(html.as_ref()));
        }
    }
    for part in message.attachments() {
        let name = part.attachment_name().map(str::to_owned).or_else(|| {
            part.message()
                .and_then(Message::subject)
                .map(|s| format!("{s}.eml"))
        });
        let content_type = part.content_type().map_or_else(
            || {
                if part.is_message() {
                    "message/rfc822"
                } else {
                    "text/plain"
                }
                .to_owned()
            },
            media_type,
        );
        parsed.attachments.push(Attachment {
            name,
            content_type,
            size: part.len(),
            bytes: Rc::from(part.contents()),
        });
    }
    let broken = message
        .parts
        .iter()
        .filter(|p| p.is_encoding_problem)
        .count();
    if broken > 0 {
        parsed.problems.push(Problem::Undecodable(broken));
    }
    parsed
}

/// The tabs of the viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Headers,
    Structure,
    Text,
    Html,
    Attachments,
    Raw,
}

impl Tab {
    const ALL: [Tab; 6] = [
        Tab::Headers,
        Tab::Structure,
        Tab::Text,
        Tab::Html,
        Tab::Attachments,
        Tab::Raw,
    ];

    /// The message id of the tab's label.
    fn label(self) -> &'static str {
        match self {
            Tab::Headers => "ui-message-tab-headers",
            Tab::Structure => "ui-message-tab-structure",
            Tab::Text => "ui-message-tab-text",
            Tab::Html => "ui-message-tab-html",
            Tab::Attachments => "ui-message-tab-attachments",
            Tab::Raw => "ui-message-tab-raw",
        }
    }

    /// The `data-tab` attribute, for tests.
    fn id(self) -> &'static str {
        match self {
            Tab::Headers => "headers",
            Tab::Structure => "structure",
            Tab::Text => "text",
            Tab::Html => "html",
            Tab::Attachments => "attachments",
            Tab::Raw => "raw",
        }
    }
}

/// Compares message bytes by identity: a 64 MiB message is not compared byte
/// by byte on every render.
#[derive(Clone)]
struct SameBytes(Option<Rc<Vec<u8>>>);

impl PartialEq for SameBytes {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

/// The message viewer for the session's selected message.
#[function_component(MessageView)]
pub fn message_view() -> Html {
    let session = use_session();
    let tab = use_state(|| Tab::Text);
    let selected = session.selected;
    let bodies = selected.and_then(|n| session.bodies.get(&n));
    let bytes = bodies.and_then(|b| b.message.clone());
    // The large message whose parts the reader asked for.
    let parse_asked = use_state(|| None::<u32>);
    let allowed =
        bytes.as_ref().is_some_and(|b| b.len() <= AUTO_PARSE_LIMIT) || *parse_asked == selected;
    let parsed = use_memo((SameBytes(bytes.clone()), allowed), |(b, allowed)| {
        b.0.as_deref()
            .filter(|_| *allowed)
            .map(|bytes| parse(bytes))
    });

    let Some(n) = selected else {
        if session.mailbox().is_empty() {
            return html! {};
        }
        return html! {
            <section class="panel message-view empty" aria-label={i18n::t("ui-message-title")}>
                <h2>{ i18n::t("ui-message-title") }</h2>
                <p class="muted">{ i18n::t("ui-message-empty") }</p>
            </section>
        };
    };
    if let Some(bytes) = bytes.as_ref().filter(|_| !allowed) {
        let on_parse = {
            let parse_asked = parse_asked.clone();
            Callback::from(move |_| parse_asked.set(Some(n)))
        };
        return large_message(n, bytes, on_parse);
    }
    let (Some(bytes), Some(parsed)) = (bytes, parsed.as_ref().as_ref()) else {
        return fetching(&session, n);
    };

    let tab_bar = Tab::ALL
        .iter()
        .map(|&t| {
            let count = match t {
                Tab::Headers => Some(parsed.headers.len()),
                Tab::Html => Some(parsed.htmls.len()),
                Tab::Attachments => Some(parsed.attachments.len()),
                _ => None,
            };
            let onclick = {
                let tab = tab.clone();
                Callback::from(move |_| tab.set(t))
            };
            let current = *tab == t;
            html! {
                <button type="button" role="tab" class={classes!("tab", current.then_some("current"))}
                    aria-selected={current.to_string()} data-tab={t.id()} {onclick}>
                    { i18n::t(t.label()) }
                    if let Some(count) = count {
                        <span class="tab-count">{ count }</span>
                    }
                </button>
            }
        })
        .collect::<Html>();

    let panel = match *tab {
        Tab::Headers => headers_tab(parsed),
        Tab::Structure => structure_tab(parsed),
        Tab::Text => text_tab(parsed),
        Tab::Html => html! { <HtmlTab htmls={parsed.htmls.clone()} /> },
        Tab::Attachments => attachments_tab(parsed),
        Tab::Raw => html! { <RawSource key={n} bytes={bytes.clone()} /> },
    };

    let subject = parsed.subject.clone().filter(|s| !s.trim().is_empty());
    html! {
        <section class="panel message-view" data-testid="message-view" data-msg={n.to_string()} aria-label={i18n::t("ui-message-title")}>
            <header class="message-head">
                <h2 class={classes!("message-subject", subject.is_none().then_some("muted"))}>
                    { subject.unwrap_or_else(|| i18n::t("ui-message-no-subject")) }
                </h2>
                <dl class="message-meta">
                    if let Some(from) = &parsed.from {
                        <dt>{ i18n::t("ui-message-from") }</dt><dd>{ from }</dd>
                    }
                    if let Some(to) = &parsed.to {
                        <dt>{ i18n::t("ui-message-to") }</dt><dd>{ to }</dd>
                    }
                    if let Some(date) = &parsed.date {
                        <dt>{ i18n::t("ui-message-date") }</dt><dd>{ date }</dd>
                    }
                    <dt>{ i18n::t("ui-message-title") }</dt>
                    <dd>
                        { i18n::tr("ui-message-number-size", &[
                            ("number", i18n::num(n)),
                            ("octets", i18n::num(bytes.len() as f64)),
                            ("size", i18n::text(format_size(bytes.len() as u64))),
                        ]) }
                    </dd>
                </dl>
            </header>
            for problem in &parsed.problems {
                <p class="message-problem" role="note">{ problem.words() }</p>
            }
            <div class="tabs" role="tablist" aria-label={i18n::t("ui-message-views")}>{ tab_bar }</div>
            <div class={classes!("tab-panel", format!("tab-{}", tab.id()))} role="tabpanel">{ panel }</div>
        </section>
    }
}

/// A message too large to read into parts unasked: its summary from the header
/// section alone, and a button to read the rest.
fn large_message(n: u32, bytes: &[u8], on_parse: Callback<MouseEvent>) -> Html {
    let summary = summarize(bytes);
    let size = format_size(bytes.len() as u64);
    html! {
        <section class="panel message-view" data-testid="message-view" data-msg={n.to_string()} aria-label={i18n::t("ui-message-title")}>
            <header class="message-head">
                <h2 class="message-subject">{ summary.subject.unwrap_or_else(|| i18n::t("ui-message-no-subject")) }</h2>
                <dl class="message-meta">
                    if let Some(from) = summary.from_full {
                        <dt>{ i18n::t("ui-message-from") }</dt><dd>{ from }</dd>
                    }
                    if let Some(date) = summary.date_full {
                        <dt>{ i18n::t("ui-message-date") }</dt><dd>{ date }</dd>
                    }
                </dl>
            </header>
            <p class="muted" role="note">{ i18n::tr("ui-message-large", &[("size", i18n::text(size))]) }</p>
            <button type="button" data-testid="message-parse" onclick={on_parse}>
                { i18n::t("ui-message-large-open") }
            </button>
        </section>
    }
}

/// Selected but not here yet: RETR is on its way, or was refused or lost.
fn fetching(session: &crate::hooks::SessionHandle, n: u32) -> Html {
    let engine = session.engine.borrow();
    let waiting = engine.in_flight().any(|c| *c == Command::Retr { msg: n });
    let retry = (!waiting).then(|| {
        let refusal = engine
            .check(&Command::Retr { msg: n })
            .err()
            .map(|e| i18n::not_valid(&e));
        let onclick = {
            let session = session.clone();
            Callback::from(move |_| session.dispatch(Action::Open(n)))
        };
        html! {
            <p>
                <button type="button" {onclick} disabled={refusal.is_some()}
                    title={refusal.clone().unwrap_or_else(|| i18n::tr("ui-message-send-retr", &[("number", i18n::num(n))]))}>
                    { i18n::tr("ui-message-retry-retr", &[("number", i18n::num(n))]) }
                </button>
                if let Some(reason) = refusal {
                    <span class="muted">{ " " }{ reason }</span>
                }
            </p>
        }
    });
    html! {
        <section class="panel message-view fetching" aria-label={i18n::t("ui-message-title")} aria-busy="true">
            <h2>{ i18n::tr("ui-message-heading", &[("number", i18n::num(n))]) }</h2>
            <p class="muted">{ i18n::t("ui-message-fetching") }</p>
            { for retry }
        </section>
    }
}

fn headers_tab(parsed: &Parsed) -> Html {
    if parsed.headers.is_empty() {
        return html! { <p class="muted">{ i18n::t("ui-message-no-headers") }</p> };
    }
    html! {
        <table class="header-table">
            <tbody>
                for field in &parsed.headers {
                    <tr>
                        <th scope="row">{ &field.name }</th>
                        <td>
                            <span class="header-value">{ &field.value }</span>
                            if field.raw != field.value && !field.raw.is_empty() {
                                <code class="header-raw" title={i18n::t("ui-message-as-sent")}>{ &field.raw }</code>
                            }
                        </td>
                    </tr>
                }
            </tbody>
        </table>
    }
}

fn part_view(node: &PartNode) -> Html {
    let mut details = if node.children.is_empty() {
        vec![i18n::tr(
            "ui-message-part-octets",
            &[("octets", i18n::num(node.size as f64))],
        )]
    } else {
        vec![
            i18n::tr(
                "ui-message-part-octets-sent",
                &[("octets", i18n::num(node.raw_size as f64))],
            ),
            i18n::tr(
                "ui-message-part-count",
                &[("count", i18n::num(node.children.len() as f64))],
            ),
        ]
    };
    if let Some(charset) = &node.charset {
        details.push(i18n::tr(
            "ui-message-part-charset",
            &[("charset", i18n::text(charset.as_str()))],
        ));
    }
    if let Some(encoding) = &node.transfer_encoding {
        details.push(encoding.clone());
    }
    if let Some(disposition) = &node.disposition {
        details.push(disposition.clone());
    }
    html! {
        <li>
            <code class="part-type">{ &node.content_type }</code>
            if node.implied {
                <span class="muted" title={i18n::t("ui-message-implied-title")}>{ " " }{ i18n::t("ui-message-implied") }</span>
            }
            if let Some(name) = &node.filename {
                <span class="part-name">{ " " }{ name }</span>
            }
            <span class="muted part-details"
                title={i18n::tr("ui-message-part-raw-title", &[("octets", i18n::num(node.raw_size as f64))])}>
                { " — " }{ details.join(", ") }
            </span>
            if node.problem {
                <span class="part-problem">{ " " }{ i18n::t("ui-message-part-problem") }</span>
            }
            if !node.children.is_empty() {
                <ul>{ for node.children.iter().map(part_view) }</ul>
            }
        </li>
    }
}

fn structure_tab(parsed: &Parsed) -> Html {
    match &parsed.structure {
        Some(root) => html! { <ul class="mime-tree">{ part_view(root) }</ul> },
        None => html! { <p class="muted">{ i18n::t("ui-message-no-structure") }</p> },
    }
}

fn text_tab(parsed: &Parsed) -> Html {
    // A message with only HTML parts: their text, as the browser's own HTML
    // parser reads it.
    let from_html = parsed.texts.is_empty() && !parsed.htmls.is_empty();
    let texts: Vec<Rc<str>> = if from_html {
        parsed
            .htmls
            .iter()
            .map(|html| Rc::from(browser::html_text(html)))
            .collect()
    } else {
        parsed.texts.clone()
    };
    if texts.is_empty() {
        return html! { <p class="muted">{ i18n::t("ui-message-no-text") }</p> };
    }
    html! {
        <>
            if from_html {
                <p class="muted">{ i18n::t("ui-message-text-from-html") }</p>
            }
            for text in &texts {
                <Clipped text={text.clone()} class="message-text" />
            }
        </>
    }
}

/// Saves an attachment as a file, under its own name and type.
fn save(a: &Attachment) -> Callback<MouseEvent> {
    let name = a
        .name
        .clone()
        .unwrap_or_else(|| i18n::t("ui-message-no-name"));
    let content_type = a.content_type.clone();
    let bytes = a.bytes.clone();
    Callback::from(move |_| {
        crate::components::export::download_bytes(&name, &content_type, &bytes);
    })
}

fn attachments_tab(parsed: &Parsed) -> Html {
    if parsed.attachments.is_empty() {
        return html! { <p class="muted">{ i18n::t("ui-message-no-attachments") }</p> };
    }
    html! {
        <table class="attachment-table">
            <thead>
                <tr>
                    <th>{ i18n::t("ui-message-col-name") }</th>
                    <th>{ i18n::t("ui-message-col-type") }</th>
                    <th>{ i18n::t("ui-message-col-size") }</th>
                </tr>
            </thead>
            <tbody>
                for a in &parsed.attachments {
                    <tr>
                        <td class="attachment-name">
                            <button type="button" class="link-button" data-testid="attachment-download"
                                title={i18n::t("ui-message-attachment-download")}
                                onclick={save(a)}>
                                { a.name.clone().unwrap_or_else(|| i18n::t("ui-message-no-name")) }
                            </button>
                        </td>
                        <td><code>{ &a.content_type }</code></td>
                        <td title={i18n::tr("ui-message-decoded-title", &[("octets", i18n::num(a.size as f64))])}>
                            { format_size(a.size as u64) }
                        </td>
                    </tr>
                }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct ClippedProps {
    text: Rc<str>,
    #[prop_or_default]
    class: Classes,
}

/// Preformatted text, cut after [`CLIP`] bytes until the user asks for all.
#[function_component(Clipped)]
fn clipped(props: &ClippedProps) -> Html {
    let all = use_state(|| false);
    let text = &props.text;
    if *all || text.len() <= CLIP {
        return html! { <pre class={props.class.clone()}>{ text.to_string() }</pre> };
    }
    let mut cut = CLIP;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let onclick = {
        let all = all.clone();
        Callback::from(move |_| all.set(true))
    };
    html! {
        <>
            <pre class={props.class.clone()}>{ &text[..cut] }</pre>
            <button type="button" class="show-all" {onclick}>
                { i18n::tr("ui-message-show-all", &[("size", i18n::text(format_size((text.len() - cut) as u64)))]) }
            </button>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RawProps {
    bytes: Rc<Vec<u8>>,
}

/// The whole message as text; bytes that are not UTF-8 show as U+FFFD.
#[function_component(RawSource)]
fn raw_source(props: &RawProps) -> Html {
    let all = use_state(|| false);
    let bytes = &props.bytes;
    let shown = if *all {
        bytes.len()
    } else {
        bytes.len().min(CLIP)
    };
    let text = String::from_utf8_lossy(&bytes[..shown]).into_owned();
    let onclick = {
        let all = all.clone();
        Callback::from(move |_| all.set(true))
    };
    html! {
        <>
            <pre class="message-raw">{ text }</pre>
            if shown < bytes.len() {
                <button type="button" class="show-all" {onclick}>
                    { i18n::tr("ui-message-show-all", &[("size", i18n::text(format_size((bytes.len() - shown) as u64)))]) }
                </button>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct HtmlTabProps {
    htmls: Vec<Rc<str>>,
}

/// HTML parts, rendered in a sandbox (no scripts, no same-origin, no remote
/// content) or shown as source.
#[function_component(HtmlTab)]
fn html_tab(props: &HtmlTabProps) -> Html {
    let rendered = use_state(|| true);
    if props.htmls.is_empty() {
        return html! { <p class="muted">{ i18n::t("ui-message-no-html") }</p> };
    }
    let toggle = |value: bool| {
        let rendered = rendered.clone();
        Callback::from(move |_| rendered.set(value))
    };
    html! {
        <>
            <div class="html-mode" role="group" aria-label={i18n::t("ui-message-html-mode")}>
                <button type="button" class={classes!((*rendered).then_some("current"))}
                    aria-pressed={rendered.to_string()} onclick={toggle(true)}>
                    { i18n::t("ui-message-html-rendered") }
                </button>
                <button type="button" class={classes!((!*rendered).then_some("current"))}
                    aria-pressed={(!*rendered).to_string()} onclick={toggle(false)}>
                    { i18n::t("ui-message-html-source") }
                </button>
            </div>
            for html in &props.htmls {
                if *rendered {
                    <iframe class="html-frame" sandbox="" referrerpolicy="no-referrer"
                        title={i18n::t("ui-message-html-frame")}
                        srcdoc={format!("{HTML_CSP}{html}")} />
                } else {
                    <Clipped text={html.clone()} class="message-html-source" />
                }
            }
        </>
    }
}
