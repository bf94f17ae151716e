//! The sequence diagram: the session as arrows between client, proxy and
//! server, with the POP3 states shaded behind them and the TLS upgrade marked.
//!
//! The SVG is built as text by [`crate::export::sequence_svg`], which
//! XML-escapes every label (server lines are untrusted bytes), so the same
//! drawing is shown here and offered as a standalone download (without the
//! page's links). It is built only while the panel is open, and again only
//! when the transcript grows.
//!
//! Its arrows are linked to the transcript: clicking one (or Enter or Space on
//! it) selects its entry there, and the entry selected there is marked here.
//! The marking is an attribute set on the drawn SVG, so a selection never
//! rebuilds it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::export::{download, transcript_key};
use crate::export::{DIAGRAM_LIMIT, sequence_svg, sequence_svg_linked};
use crate::hooks::use_session;
use crate::i18n;
use crate::state::Action;

/// The entry of the arrow an event happened on, if it did on one.
fn arrow_index(target: Option<web_sys::EventTarget>) -> Option<usize> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-testid=diagram-arrow]")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}

/// The sequence diagram panel.
#[function_component(SequenceDiagram)]
pub fn sequence_diagram() -> Html {
    let session = use_session();
    let picked = session.picked;
    let scroll_ref = use_node_ref();
    let open = use_state_eq(|| false);
    let count = session.transcript.borrow().len();
    let svg = {
        let transcript = session.transcript.clone();
        use_memo((transcript_key(&session), *open), move |(_, open)| {
            if *open {
                AttrValue::from(sequence_svg_linked(transcript.borrow().entries()))
            } else {
                AttrValue::default()
            }
        })
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    // Mark the selected arrow, again whenever the SVG is drawn anew; a new
    // pick (here or in the transcript) also scrolls it into view.
    {
        let scroll_ref = scroll_ref.clone();
        let last_pick = use_mut_ref(|| 0_u32);
        use_effect_with((picked, svg.clone()), move |(picked, _)| {
            let Some(scroll) = scroll_ref.cast::<web_sys::Element>() else {
                return;
            };
            if let Ok(Some(old)) = scroll.query_selector("[aria-current]") {
                let _ = old.remove_attribute("aria-current");
            }
            let Some(arrow) = picked.index.and_then(|i| arrow_at(&scroll, i)) else {
                return;
            };
            let _ = arrow.set_attribute("aria-current", "true");
            if last_pick.replace(picked.count) != picked.count {
                let (view, row) = (
                    scroll.get_bounding_client_rect(),
                    arrow.get_bounding_client_rect(),
                );
                let top = scroll.scroll_top();
                if row.top() < view.top() {
                    scroll.set_scroll_top(top - (view.top() - row.top()).ceil() as i32);
                } else if row.bottom() > view.bottom() {
                    scroll.set_scroll_top(top + (row.bottom() - view.bottom()).ceil() as i32);
                }
            }
        });
    }
    let on_click = {
        let session = session.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(index) = arrow_index(e.target()) {
                session.dispatch(Action::PickEntry(Some(index)));
            }
        })
    };
    let on_key = {
        let session = session.clone();
        Callback::from(move |e: KeyboardEvent| {
            if matches!(e.key().as_str(), "Enter" | " ")
                && let Some(index) = arrow_index(e.target())
            {
                e.prevent_default();
                session.dispatch(Action::PickEntry(Some(index)));
            }
        })
    };
    let on_download = {
        let transcript = session.transcript.clone();
        Callback::from(move |_| {
            let svg = sequence_svg(transcript.borrow().entries());
            let file = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n");
            download("pop3-sequence.svg", "image/svg+xml", &file);
        })
    };
    let summary_note = if count > DIAGRAM_LIMIT {
        i18n::tr(
            "ui-diagram-summary-window",
            &[
                ("shown", i18n::num(DIAGRAM_LIMIT as f64)),
                ("total", i18n::num(count as f64)),
            ],
        )
    } else {
        i18n::tr("ui-diagram-summary", &[("count", i18n::num(count as f64))])
    };
    html! {
        <details class="panel diagram" data-testid="sequence-diagram" open={*open} ontoggle={on_toggle}>
            <summary>
                <h2 class="inline">{ i18n::t("ui-diagram-title") }</h2>
                { " " }<span class="small muted">{ summary_note }</span>
            </summary>
            if *open {
                <div class="diagram-toolbar">
                    <button data-testid="diagram-export" onclick={on_download} disabled={count == 0}>
                        { i18n::t("ui-diagram-download") }
                    </button>
                    <span class="small muted">
                        { i18n::t("ui-diagram-legend") }
                    </span>
                    <span class="small muted">
                        { i18n::t("ui-diagram-link-hint") }
                    </span>
                </div>
                if count == 0 {
                    <p class="small muted">{ i18n::t("ui-diagram-empty") }</p>
                } else {
                    // Safe: every text in the SVG is XML-escaped by `sequence_svg_linked`.
                    <div class="diagram-scroll" ref={scroll_ref} onclick={on_click} onkeydown={on_key}>
                        { Html::from_html_unchecked((*svg).clone()) }
                    </div>
                }
            }
        </details>
    }
}

/// The drawn arrow of entry `index`, if the diagram shows it.
fn arrow_at(scroll: &web_sys::Element, index: usize) -> Option<web_sys::Element> {
    scroll
        .query_selector(&format!(
            "[data-testid=diagram-arrow][data-index=\"{index}\"]"
        ))
        .ok()?
}
