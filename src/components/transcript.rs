//! The live transcript: every line that crossed the wire, with its annotation.
//!
//! Only the rows in view (and a few either side) are in the DOM, so 100,000
//! entries scroll like ten: rows have a fixed height, a spacer as tall as all of
//! them gives the scrollbar its size, and the window of rows to draw comes from
//! the container's `scrollTop` and `clientHeight`.

use std::borrow::Cow;
use std::rc::Rc;

use gloo::events::EventListener;
use pop3::annotate::{RfcRef, Severity, rfc};
use pop3::wire::TlsFailure;
use yew::prelude::*;

use super::wire_text::{
    body_text, hex_dump, line_segments, line_text, prefix, render_segments, split_line_ending,
};
use crate::hooks::use_session;
use crate::i18n;
use crate::state::{Action, Dir, Entry, Fact, Hop};

/// The height of one row in CSS pixels; every row is exactly this tall.
pub const ROW_HEIGHT: f64 = 28.0;
/// Rows drawn above and below the visible ones, so fast scrolling shows no gaps.
const OVERSCAN: usize = 12;
/// The viewport height assumed before the container has been measured.
const FALLBACK_HEIGHT: f64 = 600.0;
/// Bytes of a raw line decoded for its row (the inspector shows the rest).
const ROW_TEXT_LIMIT: usize = 512;
/// Bytes of a line or a body shown as text in the inspector.
const DETAIL_TEXT_LIMIT: usize = 64 * 1024;
/// Bytes shown as a hex dump in the inspector (a dump is four times the size).
const DETAIL_HEX_LIMIT: usize = 16 * 1024;

/// The part of the list the user sees, as last measured.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Viewport {
    top: f64,
    height: f64,
}

/// The toolbar's display toggles.
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    show_crlf: bool,
    hex: bool,
    reveal: bool,
}

/// The live, annotated transcript of the session, with an inspector for the
/// selected entry.
#[function_component(TranscriptView)]
pub fn transcript_view() -> Html {
    let session = use_session();
    let list_ref = use_node_ref();
    let viewport = use_state_eq(Viewport::default);
    let follow = use_state_eq(|| true);
    let selected = use_state_eq(|| None::<usize>);
    let show_crlf = use_state_eq(|| false);
    let hex = use_state_eq(|| false);
    let reveal = use_state_eq(|| false);
    // The last scrollTop seen, to tell scrolling up from scrolling down.
    let last_top = use_mut_ref(|| 0.0_f64);
    let last_len = use_mut_ref(|| 0_usize);

    let transcript = session.transcript.clone();
    let transcript = transcript.borrow();
    let entries = transcript.entries();
    let len = entries.len();
    let selected_index = (*selected).filter(|i| *i < len);
    let view = View {
        show_crlf: *show_crlf,
        hex: *hex,
        reveal: *reveal,
    };

    // Measure the list once mounted and whenever the window is resized.
    {
        let list_ref = list_ref.clone();
        let viewport = viewport.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = list_ref.cast::<web_sys::Element>() {
                    viewport.set(Viewport {
                        top: f64::from(el.scroll_top()),
                        height: visible_height(&el),
                    });
                }
            };
            measure();
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }

    // Follow: after each render that added entries, show the newest.
    {
        let list_ref = list_ref.clone();
        let last_top = last_top.clone();
        use_effect_with((len, *follow), move |(_, following)| {
            if *following && let Some(el) = list_ref.cast::<web_sys::Element>() {
                el.set_scroll_top(el.scroll_height());
                *last_top.borrow_mut() = f64::from(el.scroll_top());
            }
        });
    }

    // A cleared transcript forgets the selection (its index means another entry now).
    {
        let selected = selected.clone();
        let last_len = last_len.clone();
        use_effect_with(len, move |len| {
            if *len < *last_len.borrow() {
                selected.set(None);
            }
            *last_len.borrow_mut() = *len;
        });
    }

    // The selected body's preview, recomputed only when it or the toggles change.
    let body = selected_index
        .and_then(|i| entries[i].body.as_ref())
        .map(|b| SameRc(b.bytes.clone()));
    let body_preview = use_memo((body, view.show_crlf, view.hex), |(body, crlf, hex)| {
        body.as_ref().map(|b| BodyPreview::new(&b.0, *crlf, *hex))
    });

    let onscroll = {
        let list_ref = list_ref.clone();
        let viewport = viewport.clone();
        let follow = follow.clone();
        let last_top = last_top.clone();
        Callback::from(move |_: Event| {
            let Some(el) = list_ref.cast::<web_sys::Element>() else {
                return;
            };
            let top = f64::from(el.scroll_top());
            let max_top = f64::from(el.scroll_height() - el.client_height()).max(0.0);
            let at_bottom = top >= max_top - ROW_HEIGHT / 2.0;
            let previous = last_top.replace(top);
            if *follow && !at_bottom && top < previous {
                follow.set(false);
            } else if !*follow && at_bottom && top > previous {
                follow.set(true);
            }
            viewport.set(Viewport {
                top,
                height: visible_height(&el),
            });
        })
    };

    let onkeydown = {
        let list_ref = list_ref.clone();
        let viewport = viewport.clone();
        let follow = follow.clone();
        let selected = selected.clone();
        let last_top = last_top.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(el) = list_ref.cast::<web_sys::Element>() else {
                return;
            };
            if len == 0 {
                return;
            }
            let top = f64::from(el.scroll_top());
            let height = visible_height(&el);
            let (first_visible, last_visible) = visible_rows(top, height, len);
            let page = ((height / ROW_HEIGHT).floor() as usize).max(1);
            let last = len - 1;
            let next = match (e.key().as_str(), selected_index) {
                ("ArrowDown", Some(i)) => (i + 1).min(last),
                ("ArrowUp", Some(i)) => i.saturating_sub(1),
                ("PageDown", Some(i)) => (i + page).min(last),
                ("PageUp", Some(i)) => i.saturating_sub(page),
                ("ArrowDown" | "PageDown", None) => first_visible,
                ("ArrowUp" | "PageUp", None) => last_visible,
                ("Home", _) => 0,
                ("End", _) => last,
                ("Escape", _) => {
                    selected.set(None);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            selected.set(Some(next));
            // Following would pull the selection out of view.
            follow.set(next == last);
            let row_top = next as f64 * ROW_HEIGHT;
            let new_top = if row_top < top {
                row_top
            } else if row_top + ROW_HEIGHT > top + height {
                row_top + ROW_HEIGHT - height
            } else {
                top
            };
            if new_top != top {
                el.set_scroll_top(new_top as i32);
            }
            let top = f64::from(el.scroll_top());
            *last_top.borrow_mut() = top;
            viewport.set(Viewport { top, height });
        })
    };

    let onselect = {
        let selected = selected.clone();
        Callback::from(move |index: usize| selected.set(Some(index)))
    };

    let toggle_follow = {
        let follow = follow.clone();
        let viewport = viewport.clone();
        let list_ref = list_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if *follow {
                // Keep the rows where they are now rather than where follow drew them.
                if let Some(el) = list_ref.cast::<web_sys::Element>() {
                    viewport.set(Viewport {
                        top: f64::from(el.scroll_top()),
                        height: visible_height(&el),
                    });
                }
            }
            follow.set(!*follow);
        })
    };

    let clear = {
        let session = session.clone();
        Callback::from(move |_: MouseEvent| session.dispatch(Action::ClearTranscript))
    };

    // The window of rows to draw.
    let total_height = len as f64 * ROW_HEIGHT;
    let height = if viewport.height > 0.0 {
        viewport.height
    } else {
        FALLBACK_HEIGHT
    };
    let max_top = (total_height - height).max(0.0);
    let top = if *follow {
        max_top
    } else {
        viewport.top.clamp(0.0, max_top)
    };
    let first = ((top / ROW_HEIGHT).floor() as usize)
        .saturating_sub(OVERSCAN)
        .min(len);
    let end = (((top + height) / ROW_HEIGHT).ceil() as usize + OVERSCAN).min(len);
    let rows = entries[first..end]
        .iter()
        .enumerate()
        .map(|(offset, entry)| {
            let index = first + offset;
            row(
                entry,
                index,
                len,
                selected_index == Some(index),
                view,
                &onselect,
            )
        });

    let list_content = if len == 0 {
        html! {
            <p class="tx-empty">{ i18n::t("ui-transcript-empty") }</p>
        }
    } else {
        html! {
            <div class="tx-spacer" role="presentation"
                style={format!("position: relative; height: {total_height}px;")}>
                { for rows }
            </div>
        }
    };

    let announcement = selected_index
        .map(|i| announce(&entries[i], i, len, view))
        .unwrap_or_default();
    let detail = match selected_index {
        Some(i) => inspector(&entries[i], view, (*body_preview).as_ref()),
        None => html! {
            <p class="muted tx-detail-empty">
                { i18n::t("ui-transcript-select-hint") }
            </p>
        },
    };
    let count = i18n::tr("ui-transcript-count", &[("count", i18n::num(len as f64))]);

    html! {
        <section class="panel transcript" aria-labelledby="tx-heading">
            <div class="tx-toolbar" role="toolbar" aria-label={i18n::t("ui-transcript-toolbar")}>
                <h2 id="tx-heading" class="tx-heading">{ i18n::t("ui-transcript-title") }</h2>
                { toggle("ui-transcript-crlf", "toggle-crlf", &show_crlf,
                    "ui-transcript-crlf-title", false) }
                { toggle("ui-transcript-hex", "toggle-hex", &hex,
                    "ui-transcript-hex-title", false) }
                { toggle("ui-transcript-reveal", "toggle-reveal", &reveal,
                    "ui-transcript-reveal-title", true) }
                <button type="button" data-testid="toggle-follow"
                    class={classes!("tx-toggle", follow.then_some("on"))}
                    aria-pressed={follow.to_string()}
                    title={i18n::t("ui-transcript-follow-title")}
                    onclick={toggle_follow}>
                    { i18n::t("ui-transcript-follow") }
                </button>
                <button type="button" class="tx-clear" onclick={clear} disabled={len == 0}
                    title={i18n::t("ui-transcript-clear-title")}>
                    { i18n::t("ui-transcript-clear") }
                </button>
                <span class="tx-count" aria-live="off">{ count }</span>
            </div>
            <div ref={list_ref} class="tx-list" data-testid="transcript"
                role="list" aria-label={i18n::t("ui-transcript-list")}
                aria-describedby="tx-hint" tabindex="0"
                style="height: var(--transcript-height, 60vh); overflow-y: auto; position: relative; overflow-anchor: none;"
                {onscroll} {onkeydown}>
                { list_content }
            </div>
            <p id="tx-hint" class="tx-sr-only">
                { i18n::t("ui-transcript-keys-hint") }
            </p>
            <div class="tx-sr-only" role="status" aria-live="polite">{ announcement }</div>
            <section class="tx-detail" data-testid="transcript-detail" aria-label={i18n::t("ui-transcript-selected")}>
                { detail }
            </section>
        </section>
    }
}

/// The visible height of the list: its own, but never more than the window's,
/// so an unstyled list (no fixed height) still draws only a screenful.
fn visible_height(el: &web_sys::Element) -> f64 {
    let own = f64::from(el.client_height());
    let window = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .filter(|h| *h > 0.0);
    match window {
        Some(window) if own > 0.0 => own.min(window),
        Some(window) => window,
        None => own,
    }
}

/// The first and last fully or partly visible rows.
fn visible_rows(top: f64, height: f64, len: usize) -> (usize, usize) {
    let last = len.saturating_sub(1);
    let first = ((top / ROW_HEIGHT).ceil() as usize).min(last);
    let bottom = (((top + height) / ROW_HEIGHT).floor() as usize)
        .saturating_sub(1)
        .clamp(first, last);
    (first, bottom)
}

/// A toolbar toggle; `label` and `hint` are message ids.
fn toggle(
    label: &'static str,
    test_id: &'static str,
    state: &UseStateHandle<bool>,
    hint: &'static str,
    sensitive: bool,
) -> Html {
    let on = **state;
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(!*state))
    };
    html! {
        <button type="button" data-testid={test_id}
            class={classes!("tx-toggle", on.then_some("on"), sensitive.then_some("tx-sensitive"))}
            aria-pressed={on.to_string()} title={i18n::t(hint)} {onclick}>
            { i18n::t(label) }
        </button>
    }
}

/// One row of the list.
fn row(
    entry: &Entry,
    index: usize,
    len: usize,
    selected: bool,
    view: View,
    onselect: &Callback<usize>,
) -> Html {
    let severity = entry.severity();
    let onclick = onselect.reform(move |_: MouseEvent| index);
    let style = format!(
        "position: absolute; left: 0; right: 0; top: {}px; height: {ROW_HEIGHT}px;",
        index as f64 * ROW_HEIGHT
    );
    let time = format_time(entry.at_ms);
    let annotation = annotation_line(entry);

    if entry.fact.is_banner() {
        let banner = i18n::line(entry);
        return html! {
            <div key={index}
                class={classes!("tx-row", "tx-banner", selected.then_some("tx-selected"))}
                role="listitem" aria-posinset={(index + 1).to_string()} aria-setsize={len.to_string()}
                aria-current={selected.then_some("true")}
                data-testid="transcript-entry" data-dir="proxy" data-index={index.to_string()}
                data-severity={severity.as_str()} {style} {onclick}>
                <span class="tx-time">{ time }</span>
                <span class="tx-banner-text">
                    <span class="tx-raw" data-testid="raw">{ banner }</span>
                    { severity_marker(severity) }
                    { annotation }
                </span>
            </div>
        };
    }

    let (label, description) = dir_label(entry.dir());
    let shown = shown_bytes(entry, view.reveal);
    let segments = line_segments(&shown, view.show_crlf, ROW_TEXT_LIMIT);
    let size = entry.body.as_ref().map(|b| {
        html! {
            <span class="tx-size" title={i18n::t("ui-transcript-body-title")}>
                { body_size(b.lines, b.wire_len) }
            </span>
        }
    });
    let rtt = entry.rtt_ms.map(format_rtt);
    let hop = entry.fact.hop().map(Hop::as_str);
    let cause = entry.fact.tls_failure().map(TlsFailure::as_str);
    html! {
        <div key={index}
            class={classes!("tx-row", format!("tx-{}", entry.dir().as_str()), selected.then_some("tx-selected"))}
            role="listitem" aria-posinset={(index + 1).to_string()} aria-setsize={len.to_string()}
            aria-current={selected.then_some("true")}
            data-testid="transcript-entry" data-dir={entry.dir().as_str()} data-index={index.to_string()}
            data-severity={severity.as_str()} data-hop={hop} data-cause={cause} {style} {onclick}>
            <span class="tx-time">{ time }</span>
            <span class="tx-dir" title={description}>{ label }</span>
            <span class="tx-line">
                <span class="tx-raw" data-testid="raw">{ render_segments(&segments) }</span>
                { size }
            </span>
            <span class="tx-rtt" title={i18n::t("ui-transcript-rtt-title")}>
                { rtt }
            </span>
            <span class="tx-explain">
                { severity_marker(severity) }
                { annotation }
            </span>
        </div>
    }
}

/// What explains an entry: its annotation's headline, or for a state change
/// what the new state means; with the RFC reference.
fn explanation(entry: &Entry) -> Option<(String, Option<RfcRef>)> {
    match (&entry.annotation, &entry.fact) {
        (Some(a), _) => Some((i18n::headline(a), a.rfc)),
        (None, Fact::StateChanged { to, .. }) => {
            let reference = rfc(1939, "3");
            Some((
                format!("{} ({reference})", i18n::state_entered(to)),
                Some(reference),
            ))
        }
        _ => None,
    }
}

/// The annotation headline of a row, its RFC reference a link.
fn annotation_line(entry: &Entry) -> Html {
    let Some((headline, reference)) = explanation(entry) else {
        return html! { <span class="tx-annotation" data-testid="annotation"></span> };
    };
    html! {
        <span class="tx-annotation" data-testid="annotation" title={headline.clone()}>
            { headline_with_link(reference, &headline, true) }
        </span>
    }
}

/// The headline text, with its RFC reference (if any) turned into a link.
fn headline_with_link(reference: Option<RfcRef>, headline: &str, in_row: bool) -> Html {
    let Some(reference) = reference else {
        return html! { { headline.to_owned() } };
    };
    let label = reference.to_string();
    // Rows are not tab stops one by one: the list is, and the inspector has the links.
    let tabindex = in_row.then_some("-1");
    let link = html! {
        <a href={reference.url()} target="_blank" rel="noopener noreferrer" {tabindex}>{ label.clone() }</a>
    };
    match headline.rfind(&label) {
        Some(at) => html! {
            <>{ headline[..at].to_owned() }{ link }{ headline[at + label.len()..].to_owned() }</>
        },
        None => html! { <>{ headline.to_owned() }{ " " }{ link }</> },
    }
}

fn severity_marker(severity: Severity) -> Html {
    let (class, symbol, label) = match severity {
        Severity::Info => return Html::default(),
        Severity::Warning => ("tx-sev-warning", "⚠\u{fe0e}", "ui-transcript-warning"),
        Severity::Violation => ("tx-sev-violation", "✖", "ui-transcript-violation"),
    };
    let label = i18n::t(label);
    html! {
        <span class={classes!("tx-sev", class)} role="img" aria-label={label.clone()} title={label}>{ symbol }</span>
    }
}

/// A note's severity, in a word.
fn severity_label(severity: Severity) -> String {
    i18n::t(match severity {
        Severity::Info => "ui-transcript-severity-info",
        Severity::Warning => "ui-transcript-severity-warning",
        Severity::Violation => "ui-transcript-severity-violation",
    })
}

/// The inspector for the selected entry.
fn inspector(entry: &Entry, view: View, body: Option<&BodyPreview>) -> Html {
    let (label, description) = match (entry.fact.is_banner(), entry.dir()) {
        (true, _) => (
            i18n::t("ui-transcript-dir-proxy"),
            i18n::t("ui-transcript-state-change"),
        ),
        (false, dir) => dir_label(dir),
    };
    let shown = shown_bytes(entry, view.reveal);
    let raw = if view.hex {
        let (bytes, cut) = prefix(&shown, DETAIL_HEX_LIMIT);
        html! {
            <>
                <pre class="tx-hex" data-testid="detail-raw">{ hex_dump(bytes) }</pre>
                if cut {
                    <p class="muted">
                        { i18n::tr("ui-transcript-hex-cut", &[
                            ("shown", i18n::num(bytes.len() as f64)),
                            ("total", i18n::num(shown.len() as f64)),
                        ]) }
                    </p>
                }
            </>
        }
    } else {
        let segments = line_segments(&shown, view.show_crlf, DETAIL_TEXT_LIMIT);
        html! {
            <pre class="tx-raw-full" data-testid="detail-raw">{ render_segments(&segments) }</pre>
        }
    };
    let secret_note = entry.secret.as_ref().map(|_| {
        if view.reveal {
            html! { <p class="tx-secret-note tx-revealed">{ i18n::t("ui-transcript-secret-revealed") }</p> }
        } else {
            html! { <p class="tx-secret-note">{ i18n::t("ui-transcript-secret-masked") }</p> }
        }
    });
    let annotation = explanation(entry).map(|(headline, reference)| {
        let notes = entry.annotation.as_ref().map(|a| a.notes.as_slice()).unwrap_or_default();
        html! {
            <div class="tx-detail-annotation">
                <p class="tx-summary">{ headline_with_link(reference, &headline, false) }</p>
                if !notes.is_empty() {
                    <ul class="tx-notes">
                        { for notes.iter().map(|note| html! {
                            <li class={classes!("tx-note", format!("tx-note-{}", note.severity.as_str()))}>
                                <span class="tx-note-severity">{ severity_label(note.severity) }</span>
                                { " " }{ i18n::say(&note.say) }
                                if let Some(r) = note.rfc {
                                    { " (" }
                                    <a href={r.url()} target="_blank" rel="noopener noreferrer">{ r.to_string() }</a>
                                    { ")" }
                                }
                            </li>
                        }) }
                    </ul>
                }
            </div>
        }
    });
    let body = entry.body.as_ref().map(|b| {
        let preview = body.map(|p| {
            let note = (p.shown < p.total).then(|| {
                i18n::tr(
                    "ui-transcript-body-cut",
                    &[
                        ("kib", i18n::num((p.shown / 1024) as f64)),
                        ("total", i18n::num(p.total as f64)),
                    ],
                )
            });
            html! {
                <>
                    <pre class={classes!("tx-body", p.hex.then_some("tx-hex"))} data-testid="detail-body">
                        { p.text.clone() }
                    </pre>
                    if let Some(note) = note {
                        <p class="muted">{ note }</p>
                    }
                </>
            }
        });
        html! {
            <>
                <h3>{ i18n::tr("ui-transcript-body", &[("size", i18n::text(body_size(b.lines, b.wire_len)))]) }</h3>
                { preview }
            </>
        }
    });

    html! {
        <>
            <h3 class="tx-detail-title">
                { format!("#{} · ", entry.id + 1) }
                <span title={description}>{ label }</span>
                { format!(" · {}", format_time(entry.at_ms)) }
                if let Some(rtt) = entry.rtt_ms {
                    { " · " }{ i18n::tr("ui-transcript-round-trip", &[("rtt", i18n::text(format_rtt(rtt)))]) }
                }
            </h3>
            if entry.fact.is_banner() {
                <p class="tx-banner-detail">{ i18n::line(entry) }</p>
            }
            { annotation }
            <h3>{ i18n::tr("ui-transcript-raw", &[("size", i18n::text(octets(shown.len())))]) }</h3>
            { raw }
            { secret_note }
            { body }
        </>
    }
}

/// What a screen reader says when an entry is selected.
fn announce(entry: &Entry, index: usize, len: usize, view: View) -> String {
    let (label, _) = dir_label(entry.dir());
    let text = line_text(&shown_bytes(entry, view.reveal), false, ROW_TEXT_LIMIT);
    let headline = explanation(entry).map(|(h, _)| h).unwrap_or_default();
    i18n::tr(
        "ui-transcript-announce",
        &[
            ("number", i18n::num((index + 1) as f64)),
            ("total", i18n::num(len as f64)),
            ("direction", i18n::text(label)),
            ("line", i18n::text(text)),
            ("headline", i18n::text(headline)),
        ],
    )
}

/// The direction column of an entry (`C:` and `S:` as in the RFCs' examples)
/// and what it means.
fn dir_label(dir: Dir) -> (String, String) {
    match dir {
        Dir::Client => ("C:".to_owned(), i18n::t("ui-transcript-dir-client")),
        Dir::Server => ("S:".to_owned(), i18n::t("ui-transcript-dir-server")),
        Dir::Proxy => (
            i18n::t("ui-transcript-dir-proxy"),
            i18n::t("ui-transcript-dir-proxy-title"),
        ),
    }
}

/// `+1.234 s` since the connection started.
fn format_time(ms: f64) -> String {
    format!("+{} s", i18n::decimal(ms / 1000.0, 3))
}

fn format_rtt(ms: f64) -> String {
    format!("{} ms", i18n::decimal(ms, if ms < 10.0 { 1 } else { 0 }))
}

/// "N octets".
fn octets(n: usize) -> String {
    i18n::tr("ui-transcript-octets", &[("count", i18n::num(n as f64))])
}

/// "N lines, M octets".
fn body_size(lines: usize, wire_len: usize) -> String {
    i18n::tr(
        "ui-transcript-body-size",
        &[
            ("lines", i18n::num(lines as f64)),
            ("octets", i18n::num(wire_len as f64)),
        ],
    )
}

/// The bytes to show: the masked line, or with "Reveal secrets" the real one.
fn shown_bytes(entry: &Entry, reveal: bool) -> Cow<'_, [u8]> {
    match &entry.secret {
        Some(secret) if reveal => {
            let mut bytes = secret.expose().as_bytes().to_vec();
            if !bytes.ends_with(b"\n") {
                bytes.extend_from_slice(split_line_ending(&entry.raw).1);
            }
            Cow::Owned(bytes)
        }
        // The app's own facts are words, in the reader's language.
        _ if entry.raw.is_empty() && entry.dir() == Dir::Proxy => {
            Cow::Owned(i18n::line(entry).into_bytes())
        }
        _ => Cow::Borrowed(&entry.raw),
    }
}

/// A body compared by identity: bodies can be megabytes.
#[derive(Clone)]
struct SameRc(Rc<Vec<u8>>);

impl PartialEq for SameRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The start of a body, as text or a hex dump.
#[derive(Debug, Clone, PartialEq)]
struct BodyPreview {
    text: String,
    hex: bool,
    shown: usize,
    total: usize,
}

impl BodyPreview {
    fn new(bytes: &[u8], show_crlf: bool, hex: bool) -> Self {
        let limit = if hex {
            DETAIL_HEX_LIMIT
        } else {
            DETAIL_TEXT_LIMIT
        };
        let (shown, _) = prefix(bytes, limit);
        let text = if hex {
            hex_dump(shown)
        } else {
            body_text(shown, show_crlf)
        };
        BodyPreview {
            text,
            hex,
            shown: shown.len(),
            total: bytes.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_time_latency_and_sizes() {
        assert_eq!(format_time(1234.0), "+1.234 s");
        assert_eq!(format_rtt(3.24), "3.2 ms");
        assert_eq!(format_rtt(42.4), "42 ms");
        assert_eq!(body_size(3, 120), "3 lines, 120 octets");
        assert_eq!(body_size(1, 1), "1 line, 1 octet");
    }

    #[test]
    fn visible_rows_are_within_the_list() {
        assert_eq!(visible_rows(0.0, 10.0 * ROW_HEIGHT, 100), (0, 9));
        assert_eq!(visible_rows(0.0, 10.0 * ROW_HEIGHT, 3), (0, 2));
        assert_eq!(visible_rows(0.0, 0.0, 1), (0, 0));
    }
}
