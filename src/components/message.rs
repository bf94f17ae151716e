//! The message viewer: the selected message's headers, MIME structure, text and
//! HTML bodies, attachments and raw source.
//!
//! The message reader's worker reads each message once, off the page's thread
//! ([`crate::services::mime`]), and long texts are cut until the user asks for
//! all of them, so a 64 MiB message stays usable.

use std::cell::RefCell;
use std::rc::Rc;

use pop3::types::Command;
use yew::prelude::*;

use crate::hooks::use_session;
use crate::i18n;
use crate::mime::{Attachment, Parsed, PartNode, Problem, Summary};
use crate::services::{browser, mime};
use crate::state::Action;

/// How many bytes of a long text are shown before "Show all".
const CLIP: usize = 256 * 1024;
/// Messages larger than this are not read into parts as soon as they arrive:
/// that holds the page for a moment, so the reader asks for it.
const AUTO_PARSE_LIMIT: usize = 8 * 1024 * 1024;

/// Content-Security-Policy put in front of a rendered HTML part: no remote
/// images, styles or fonts (they would tell the sender the mail was read).
const HTML_CSP: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
                        img-src data:; style-src 'unsafe-inline'; font-src data:\">";

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

fn problem_words(problem: &Problem) -> String {
    match problem {
        Problem::NotAMessage => i18n::t("ui-message-problem-not-a-message"),
        Problem::Undecodable(parts) => i18n::tr(
            "ui-message-problem-undecodable",
            &[("count", i18n::num(*parts as f64))],
        ),
        Problem::NoReader(reason) => i18n::tr(
            "ui-message-problem-no-reader",
            &[("reason", i18n::text(reason.clone()))],
        ),
    }
}

/// How a reading is started: bytes in, the answer to the callback later.
type Read<T> = fn(&[u8], Box<dyn FnOnce(T)>);

/// What the message reader made of `bytes` (`None` while it reads, or when
/// there are no bytes). Each new `bytes` is read once; an answer for bytes
/// that are no longer these is dropped.
#[hook]
fn use_reading<T: 'static>(bytes: Option<Rc<Vec<u8>>>, read: Read<T>) -> Option<Rc<T>> {
    let answer = use_state(|| None::<(Rc<Vec<u8>>, Rc<T>)>);
    let latest = use_mut_ref(|| None::<Rc<Vec<u8>>>);
    {
        let answer = answer.clone();
        use_effect_with(SameBytes(bytes.clone()), move |asked| {
            *latest.borrow_mut() = asked.0.clone();
            let Some(bytes) = asked.0.clone() else {
                return;
            };
            if answer
                .as_ref()
                .is_some_and(|(had, _)| Rc::ptr_eq(had, &bytes))
            {
                return;
            }
            let latest: Rc<RefCell<Option<Rc<Vec<u8>>>>> = latest.clone();
            let asked = bytes.clone();
            read(
                &bytes,
                Box::new(move |read| {
                    let current = latest
                        .borrow()
                        .as_ref()
                        .is_some_and(|l| Rc::ptr_eq(l, &asked));
                    if current {
                        answer.set(Some((asked, Rc::new(read))));
                    }
                }),
            );
        });
    }
    answer
        .as_ref()
        .filter(|(had, _)| bytes.as_ref().is_some_and(|b| Rc::ptr_eq(had, b)))
        .map(|(_, read)| read.clone())
}

/// From, Subject and Date of these header bytes (or of a message's start),
/// once the message reader has read them.
#[hook]
pub fn use_summary(bytes: Option<Rc<Vec<u8>>>) -> Option<Rc<Summary>> {
    use_reading(bytes, mime::summarize)
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
    // The large message whose parts the reader asked for: these very bytes,
    // not whatever has its number after another login.
    let parse_asked = use_state(|| SameBytes(None));
    let allowed = bytes.as_ref().is_some_and(|b| b.len() <= AUTO_PARSE_LIMIT)
        || (bytes.is_some() && *parse_asked == SameBytes(bytes.clone()));
    let parsed = use_reading(bytes.clone().filter(|_| allowed), mime::parse);

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
            let asked = SameBytes(Some(bytes.clone()));
            Callback::from(move |_| parse_asked.set(asked.clone()))
        };
        return html! { <LargeMessage {n} bytes={bytes.clone()} {on_parse} /> };
    }
    let Some(bytes) = bytes else {
        return fetching(&session, n);
    };
    let Some(parsed) = parsed else {
        return reading(n);
    };
    let parsed = &*parsed;

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
                <p class="message-problem" role="note">{ problem_words(problem) }</p>
            }
            <div class="tabs" role="tablist" aria-label={i18n::t("ui-message-views")}>{ tab_bar }</div>
            <div class={classes!("tab-panel", format!("tab-{}", tab.id()))} role="tabpanel">{ panel }</div>
        </section>
    }
}

#[derive(Properties)]
struct LargeMessageProps {
    n: u32,
    bytes: Rc<Vec<u8>>,
    on_parse: Callback<MouseEvent>,
}

impl PartialEq for LargeMessageProps {
    /// The bytes by identity: a 64 MiB message is not compared byte by byte.
    fn eq(&self, other: &Self) -> bool {
        self.n == other.n
            && Rc::ptr_eq(&self.bytes, &other.bytes)
            && self.on_parse == other.on_parse
    }
}

/// A message too large to read into parts unasked: its summary from the header
/// section alone, and a button to read the rest.
#[function_component(LargeMessage)]
fn large_message(props: &LargeMessageProps) -> Html {
    let LargeMessageProps { n, bytes, on_parse } = props;
    let summary = use_summary(Some(bytes.clone()))
        .map(|s| (*s).clone())
        .unwrap_or_default();
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

/// Here, and being read into parts.
fn reading(n: u32) -> Html {
    html! {
        <section class="panel message-view fetching" data-testid="message-reading" aria-label={i18n::t("ui-message-title")} aria-busy="true">
            <h2>{ i18n::tr("ui-message-heading", &[("number", i18n::num(n))]) }</h2>
            <p class="muted">{ i18n::t("ui-message-reading") }</p>
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
