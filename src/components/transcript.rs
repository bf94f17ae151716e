//! The live transcript: every line that crossed the wire, with its annotation.
//!
//! Only the rows in view (and a few either side) are in the DOM, so 100,000
//! entries scroll like ten: rows have a fixed height, a spacer as tall as all of
//! them gives the scrollbar its size, and the window of rows to draw comes from
//! the container's `scrollTop` and `clientHeight`. With "Problems only" the
//! same window runs over the positions of the entries that have a warning or a
//! violation.

use std::borrow::Cow;
use std::rc::Rc;

use gloo::events::EventListener;
use pop3::annotate::{RfcRef, Severity, rfc};
use pop3::wire::TlsFailure;
use yew::prelude::*;

use super::export::transcript_key;
pub use super::rows::{PHONE_ROW_HEIGHT, ROW_HEIGHT};
use super::rows::{row_height, scroll_to_show, show_on_page, visible_height, visible_rows};
use super::wire_text::{
    body_text, hex_dump, line_segments, line_text, prefix, render_segments, split_line_ending,
};
use crate::hooks::use_session;
use crate::i18n;
use crate::state::{Action, Dir, Entry, Fact, Hop};

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
    /// The row height, which changes when the window crosses the phone width.
    row: f64,
}

/// The rows the list shows: every entry, or only the entries with a problem.
#[derive(Debug, Clone, PartialEq)]
enum Rows {
    /// All of them, in order.
    All(usize),
    /// The indices of the entries with a warning or a violation, ascending.
    Problems(Rc<Vec<usize>>),
}

impl Rows {
    /// How many rows.
    fn len(&self) -> usize {
        match self {
            Rows::All(len) => *len,
            Rows::Problems(indices) => indices.len(),
        }
    }

    /// The entry shown at a row.
    fn index_at(&self, position: usize) -> usize {
        match self {
            Rows::All(_) => position,
            Rows::Problems(indices) => indices[position],
        }
    }

    /// The row an entry is shown at, if it is shown.
    fn position_of(&self, index: usize) -> Option<usize> {
        match self {
            Rows::All(len) => (index < *len).then_some(index),
            Rows::Problems(indices) => indices.binary_search(&index).ok(),
        }
    }
}

/// The indices of the entries with a warning or a violation.
fn problem_indices(entries: &[Entry]) -> Vec<usize> {
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.is_problem())
        .map(|(i, _)| i)
        .collect()
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
    let problems_only = use_state_eq(|| false);
    let show_crlf = use_state_eq(|| false);
    let hex = use_state_eq(|| false);
    let reveal = use_state_eq(|| false);
    // The last scrollTop seen, to tell scrolling up from scrolling down.
    let last_top = use_mut_ref(|| 0.0_f64);
    // The last pick brought into view, to tell a new pick from a redrawn one.
    let last_pick = use_mut_ref(|| 0_u32);

    let transcript = session.transcript.clone();
    let transcript = transcript.borrow();
    let entries = transcript.entries();
    let len = entries.len();
    let picked = session.picked;
    let selected_index = picked.index.filter(|i| *i < len);
    // Computed again only when the transcript grows or the filter changes.
    let problems = {
        let transcript = session.transcript.clone();
        use_memo(
            (transcript_key(&session), *problems_only),
            move |(_, only)| only.then(|| Rc::new(problem_indices(transcript.borrow().entries()))),
        )
    };
    let rows = match &*problems {
        Some(indices) => Rows::Problems(indices.clone()),
        None => Rows::All(len),
    };
    let count = rows.len();
    let selected_position = selected_index.and_then(|i| rows.position_of(i));
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
                        row: row_height(),
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
        use_effect_with((len, *follow, *problems_only), move |(_, following, _)| {
            if *following && let Some(el) = list_ref.cast::<web_sys::Element>() {
                el.set_scroll_top(el.scroll_height());
                *last_top.borrow_mut() = f64::from(el.scroll_top());
            }
        });
    }

    // Bring the selected row into view, wherever the pick came from (a row, a
    // key, an arrow of the sequence diagram). An entry the filter hides turns
    // the filter off when it is picked; turning the filter on keeps the pick.
    {
        let list_ref = list_ref.clone();
        let viewport = viewport.clone();
        let follow = follow.clone();
        let problems_only = problems_only.clone();
        let last_top = last_top.clone();
        let rows = rows.clone();
        use_effect_with((picked, *problems_only), move |(selected, _)| {
            let new_pick = *last_pick.borrow() != selected.count;
            let Some(position) = selected.index.and_then(|i| rows.position_of(i)) else {
                if new_pick && selected.index.is_some() && *problems_only {
                    // Drawn again unfiltered, the row is then brought into view
                    // as a new pick still.
                    problems_only.set(false);
                } else {
                    *last_pick.borrow_mut() = selected.count;
                }
                return;
            };
            *last_pick.borrow_mut() = selected.count;
            let Some(el) = list_ref.cast::<web_sys::Element>() else {
                return;
            };
            let top = f64::from(el.scroll_top());
            let height = visible_height(&el);
            if let Some(new_top) = scroll_to_show(position, top, height) {
                // Following would pull the selection out of view.
                follow.set(position + 1 == rows.len());
                el.set_scroll_top(new_top as i32);
            }
            let top = f64::from(el.scroll_top());
            *last_top.borrow_mut() = top;
            viewport.set(Viewport {
                top,
                height,
                row: row_height(),
            });
            // The list itself may be off screen (a pick in the diagram below it).
            if new_pick {
                show_on_page(&el, position as f64 * row_height() - top);
            }
        });
    }

    // The selected body's preview, recomputed only when it or the toggles change.
    let body = selected_index
        .and_then(|i| entries[i].body.as_ref())
        .map(|b| SameRc(b.bytes.clone(), b.undoubled.clone()));
    let body_preview = use_memo((body, view.show_crlf, view.hex), |(body, crlf, hex)| {
        body.as_ref()
            .map(|b| BodyPreview::new(&b.0, &b.1, *crlf, *hex))
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
            let at_bottom = top >= max_top - row_height() / 2.0;
            let previous = last_top.replace(top);
            if *follow && !at_bottom && top < previous {
                follow.set(false);
            } else if !*follow && at_bottom && top > previous {
                follow.set(true);
            }
            viewport.set(Viewport {
                top,
                height: visible_height(&el),
                row: row_height(),
            });
        })
    };

    let onkeydown = {
        let list_ref = list_ref.clone();
        let follow = follow.clone();
        let session = session.clone();
        let rows = rows.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(el) = list_ref.cast::<web_sys::Element>() else {
                return;
            };
            if count == 0 {
                return;
            }
            let top = f64::from(el.scroll_top());
            let height = visible_height(&el);
            let (first_visible, last_visible) = visible_rows(top, height, count);
            let page = ((height / row_height()).floor() as usize).max(1);
            let last = count - 1;
            let next = match (e.key().as_str(), selected_position) {
                ("ArrowDown", Some(i)) => (i + 1).min(last),
                ("ArrowUp", Some(i)) => i.saturating_sub(1),
                ("PageDown", Some(i)) => (i + page).min(last),
                ("PageUp", Some(i)) => i.saturating_sub(page),
                ("ArrowDown" | "PageDown", None) => first_visible,
                ("ArrowUp" | "PageUp", None) => last_visible,
                ("Home", _) => 0,
                ("End", _) => last,
                ("Escape", _) => {
                    session.dispatch(Action::PickEntry(None));
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            // Following would pull the selection out of view.
            follow.set(next == last);
            // The effect above scrolls it into view.
            session.dispatch(Action::PickEntry(Some(rows.index_at(next))));
        })
    };

    let onselect = {
        let session = session.clone();
        Callback::from(move |index: usize| session.dispatch(Action::PickEntry(Some(index))))
    };

    let toggle_problems = {
        let problems_only = problems_only.clone();
        Callback::from(move |_: MouseEvent| problems_only.set(!*problems_only))
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
                        row: row_height(),
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
    let total_height = count as f64 * row_height();
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
    let first = ((top / row_height()).floor() as usize)
        .saturating_sub(OVERSCAN)
        .min(count);
    let end = (((top + height) / row_height()).ceil() as usize + OVERSCAN).min(count);
    let drawn = (first..end).map(|position| {
        let index = rows.index_at(position);
        row(
            &entries[index],
            index,
            position,
            count,
            selected_index == Some(index),
            view,
            &onselect,
        )
    });

    let list_content = if len == 0 {
        html! {
            <p class="tx-empty">{ i18n::t("ui-transcript-empty") }</p>
        }
    } else if count == 0 {
        html! {
            <p class="tx-empty">{ i18n::t("ui-transcript-no-problems") }</p>
        }
    } else {
        html! {
            <div class="tx-spacer" role="presentation"
                style={format!("position: relative; height: {total_height}px;")}>
                { for drawn }
            </div>
        }
    };

    let announcement = selected_index
        .zip(selected_position)
        .map(|(i, position)| announce(&entries[i], position, count, view))
        .unwrap_or_default();
    let detail = match selected_index {
        Some(i) => inspector(&entries[i], view, (*body_preview).as_ref()),
        None => html! {
            <p class="muted tx-detail-empty">
                { i18n::t("ui-transcript-select-hint") }
            </p>
        },
    };
    let count_text = if *problems_only {
        i18n::tr(
            "ui-transcript-count-problems",
            &[
                ("shown", i18n::num(count as f64)),
                ("total", i18n::num(len as f64)),
            ],
        )
    } else {
        i18n::tr("ui-transcript-count", &[("count", i18n::num(len as f64))])
    };

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
                <button type="button" data-testid="filter-problems"
                    class={classes!("tx-toggle", problems_only.then_some("on"))}
                    aria-pressed={problems_only.to_string()}
                    title={i18n::t("ui-transcript-problems-title")}
                    onclick={toggle_problems}>
                    { i18n::t("ui-transcript-problems") }
                </button>
                <button type="button" class="tx-clear" onclick={clear} disabled={len == 0}
                    title={i18n::t("ui-transcript-clear-title")}>
                    { i18n::t("ui-transcript-clear") }
                </button>
                <span class="tx-count" data-testid="transcript-count" aria-live="off">{ count_text }</span>
            </div>
            <div ref={list_ref} class="tx-list" data-testid="transcript"
                // A list once it has rows: an empty one has no listitem children.
                role={(count > 0).then_some("list")} aria-label={i18n::t("ui-transcript-list")}
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

/// One row of the list: entry `index`, drawn at `position` of `len` rows.
fn row(
    entry: &Entry,
    index: usize,
    position: usize,
    len: usize,
    selected: bool,
    view: View,
    onselect: &Callback<usize>,
) -> Html {
    let severity = entry.severity();
    let onclick = onselect.reform(move |_: MouseEvent| index);
    let style = format!(
        "position: absolute; left: 0; right: 0; top: {}px; height: {}px;",
        position as f64 * row_height(),
        row_height()
    );
    let time = format_time(entry.at_ms);
    let annotation = annotation_line(entry);

    if entry.fact.is_banner() {
        let banner = i18n::line(entry);
        return html! {
            <div key={index}
                class={classes!("tx-row", "tx-banner", selected.then_some("tx-selected"))}
                role="listitem" aria-posinset={(position + 1).to_string()} aria-setsize={len.to_string()}
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
            role="listitem" aria-posinset={(position + 1).to_string()} aria-setsize={len.to_string()}
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

/// What a screen reader says when an entry is selected (at `position` of the
/// `len` rows shown).
fn announce(entry: &Entry, position: usize, len: usize, view: View) -> String {
    let (label, _) = dir_label(entry.dir());
    let text = line_text(&shown_bytes(entry, view.reveal), false, ROW_TEXT_LIMIT);
    let headline = explanation(entry).map(|(h, _)| h).unwrap_or_default();
    i18n::tr(
        "ui-transcript-announce",
        &[
            ("number", i18n::num((position + 1) as f64)),
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
struct SameRc(Rc<Vec<u8>>, Vec<usize>);

impl PartialEq for SameRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The start of a body as it was on the wire (dots doubled, the terminator
/// after the last line), as text or a hex dump. The message view shows it
/// unstuffed.
#[derive(Debug, Clone, PartialEq)]
struct BodyPreview {
    text: String,
    hex: bool,
    shown: usize,
    total: usize,
}

impl BodyPreview {
    fn new(bytes: &[u8], undoubled: &[usize], show_crlf: bool, hex: bool) -> Self {
        let limit = if hex {
            DETAIL_HEX_LIMIT
        } else {
            DETAIL_TEXT_LIMIT
        };
        let (shown, _) = prefix(bytes, limit);
        let mut wire = pop3::codec::stuff(shown, undoubled);
        if shown.len() < bytes.len() {
            // Cut short: no terminator yet.
            let terminator = if wire.ends_with(b".\r\n") { 3 } else { 2 };
            wire.truncate(wire.len() - terminator);
        }
        let text = if hex {
            hex_dump(&wire)
        } else {
            body_text(&wire, show_crlf)
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

    fn noted(severity: Option<Severity>) -> Entry {
        let mut entry = Entry::new(
            Fact::Reply {
                status: crate::state::ReplyStatus::Ok,
                code: None,
                answers: None,
            },
            0.0,
        );
        let mut annotation = pop3::annotate::Annotation::new(pop3::annotate::Say::ReplyNoop, None);
        if let Some(severity) = severity {
            annotation.note(severity, pop3::annotate::Say::NoteBareLf { lines: 1 }, None);
        }
        entry.annotation = Some(annotation);
        entry
    }

    #[test]
    fn problems_are_warnings_violations_and_the_apps_own_troubles() {
        let entries = [
            noted(None),
            noted(Some(Severity::Warning)),
            noted(Some(Severity::Info)),
            noted(Some(Severity::Violation)),
            Entry::new(Fact::StlsImpossible, 0.0),
            Entry::new(Fact::NewConnection, 0.0),
        ];
        assert_eq!(problem_indices(&entries), [1, 3, 4]);
    }

    #[test]
    fn rows_map_positions_to_entries_both_ways() {
        let all = Rows::All(5);
        assert_eq!((all.len(), all.index_at(3)), (5, 3));
        assert_eq!(all.position_of(4), Some(4));
        assert_eq!(all.position_of(5), None);

        let problems = Rows::Problems(Rc::new(vec![2, 7, 40]));
        assert_eq!(problems.len(), 3);
        assert_eq!(problems.index_at(1), 7);
        assert_eq!(problems.position_of(40), Some(2));
        assert_eq!(problems.position_of(8), None, "a hidden entry has no row");
    }
}
