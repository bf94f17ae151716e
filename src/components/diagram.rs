//! The sequence diagram: the session as arrows between client, proxy and
//! server, with the POP3 states shaded behind them and the TLS upgrade marked.
//!
//! The SVG is built as text by [`crate::export::sequence_svg`], which
//! XML-escapes every label (server lines are untrusted bytes), so the same
//! string is shown here and offered as a standalone download. It is built only
//! while the panel is open, and again only when the transcript grows.

use yew::prelude::*;

use crate::components::export::{download, transcript_key};
use crate::export::{DIAGRAM_LIMIT, sequence_svg};
use crate::hooks::use_session;
use crate::i18n;

/// The sequence diagram panel.
#[function_component(SequenceDiagram)]
pub fn sequence_diagram() -> Html {
    let session = use_session();
    let open = use_state_eq(|| false);
    let count = session.transcript.borrow().len();
    let svg = {
        let transcript = session.transcript.clone();
        use_memo((transcript_key(&session), *open), move |(_, open)| {
            if *open {
                AttrValue::from(sequence_svg(transcript.borrow().entries()))
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
    let on_download = {
        let svg = svg.clone();
        Callback::from(move |_| {
            let file = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n", *svg);
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
                </div>
                if count == 0 {
                    <p class="small muted">{ i18n::t("ui-diagram-empty") }</p>
                } else {
                    // Safe: every text in the SVG is XML-escaped by `sequence_svg`.
                    <div class="diagram-scroll">{ Html::from_html_unchecked((*svg).clone()) }</div>
                }
            }
        </details>
    }
}
