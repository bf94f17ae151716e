//! Import: paste a `C:`/`S:` log or a telnet session and see it annotated
//! offline, violations flagged.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::hooks::use_session;
use crate::i18n;
use crate::state::Action;

/// The import panel.
#[function_component(ImportPanel)]
pub fn import_panel() -> Html {
    let session = use_session();
    let text = use_state(String::new);
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_run = {
        let session = session.clone();
        let text = text.clone();
        Callback::from(move |_| {
            // A JSON export (it starts with `{`) is restored as saved, timings
            // and annotations included; anything else is replayed as a log.
            if text.trim_start().starts_with('{') {
                match crate::export::parse_json(&text) {
                    Ok(saved) => session.dispatch(Action::Restore(saved.entries)),
                    Err(e) => gloo::dialogs::alert(&e),
                }
            } else {
                session.dispatch(Action::Import((*text).clone()))
            }
        })
    };
    html! {
        <details class="panel import">
            <summary><h2 class="inline">{ i18n::t("ui-import-title") }</h2></summary>
            <p class="small muted">
                { i18n::t("ui-import-explain") }
            </p>
            <textarea data-testid="import-text" rows="8" value={(*text).clone()} oninput={on_input}
                spellcheck="false" placeholder={"S: +OK POP3 server ready\nC: STAT\nS: +OK 2 320"} />
            <button class="primary" data-testid="import-run" onclick={on_run} disabled={text.trim().is_empty()}>
                { i18n::t("ui-import-run") }
            </button>
        </details>
    }
}
