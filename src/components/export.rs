//! Export: the transcript as a `C:`/`S:` text log, as JSON with timings and
//! annotations, or as a script that replays it (openssl, curl, Python's poplib),
//! to copy or download; a JSON export read back from a file; and a share link
//! holding the connection settings (never secrets).
//!
//! The export text is built only while the panel is open, and again only when
//! the transcript grows (not on every streamed chunk).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::export::{
    Script, parse_json, session_script, share_link, transcript_json, transcript_text,
};
use crate::hooks::use_session;
use crate::i18n;
use crate::services::socket::default_proxy_url;
use crate::state::{Action, Session};

/// Which export the text area shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Json,
    Script(Script),
}

/// A key that changes when the transcript does: which transcript, how long it
/// is and when its last entry happened.
pub fn transcript_key(session: &Session) -> (usize, usize, u64) {
    let transcript = session.transcript.borrow();
    (
        Rc::as_ptr(&session.transcript) as *const () as usize,
        transcript.len(),
        transcript
            .entries()
            .last()
            .map_or(0, |e| e.at_ms.to_bits() ^ e.raw.len() as u64),
    )
}

/// The export panel.
#[function_component(ExportPanel)]
pub fn export_panel() -> Html {
    let session = use_session();
    let open = use_state_eq(|| false);
    let include_secrets = use_state_eq(|| false);
    let kind = use_state_eq(|| Kind::Text);
    let status = use_state_eq(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    let text = {
        let transcript = session.transcript.clone();
        let settings = session.settings.clone();
        let started_ms = session.connection_started_ms();
        use_memo(
            (
                transcript_key(&session),
                settings.clone(),
                *open,
                *include_secrets,
                *kind,
            ),
            move |(_, _, open, secrets, kind)| {
                if !*open {
                    return AttrValue::default();
                }
                let transcript = transcript.borrow();
                let entries = transcript.entries();
                AttrValue::from(match kind {
                    Kind::Text => transcript_text(entries, *secrets),
                    Kind::Json => transcript_json(&settings, entries, *secrets),
                    Kind::Script(script) => {
                        session_script(*script, entries, &settings, *secrets, started_ms)
                    }
                })
            },
        )
    };
    let link = share_link(
        &gloo::utils::window().location().href().unwrap_or_default(),
        &session.settings,
        &default_proxy_url(),
    );

    let on_toggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    let on_secrets = {
        let include_secrets = include_secrets.clone();
        Callback::from(move |e: Event| {
            include_secrets.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let choose = |k: Kind| {
        let kind = kind.clone();
        Callback::from(move |_: Event| kind.set(k))
    };
    let on_copy = {
        let text = text.clone();
        let status = status.clone();
        Callback::from(move |_| status.set(Some(copy_to_clipboard(&text))))
    };
    let on_download = {
        let text = text.clone();
        let kind = *kind;
        Callback::from(move |_| match kind {
            Kind::Text => download("pop3-transcript.txt", "text/plain;charset=utf-8", &text),
            Kind::Json => download("pop3-transcript.json", "application/json", &text),
            Kind::Script(script) => download(script.file_name(), "text/plain;charset=utf-8", &text),
        })
    };
    let on_copy_link = {
        let link = link.clone();
        let status = status.clone();
        Callback::from(move |_| status.set(Some(copy_to_clipboard(&link))))
    };
    let on_file = {
        let session = session.clone();
        let status = status.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let session = session.clone();
            let status = status.clone();
            let blob = gloo::file::Blob::from(file);
            let task = gloo::file::callbacks::read_as_text(&blob, move |result| {
                match result
                    .map_err(|e| e.to_string())
                    .and_then(|t| parse_json(&t))
                {
                    Ok(saved) => {
                        status.set(Some(i18n::tr(
                            "ui-export-restored",
                            &[("count", i18n::num(saved.entries.len() as f64))],
                        )));
                        session.dispatch(Action::Restore(saved.entries));
                    }
                    Err(e) => status.set(Some(e)),
                }
            });
            *reader.borrow_mut() = Some(task);
        })
    };

    let body = if *open {
        html! {
            <>
                <div class="export-options" role="radiogroup" aria-label={i18n::t("ui-export-format")}>
                    <label>
                        <input type="radio" name="export-kind" checked={*kind == Kind::Text} onchange={choose(Kind::Text)} />
                        { " " }{ i18n::t("ui-export-text") }
                    </label>
                    <label>
                        <input type="radio" name="export-kind" data-testid="export-json" checked={*kind == Kind::Json}
                            onchange={choose(Kind::Json)} />
                        { " " }{ i18n::t("ui-export-json") }
                    </label>
                    { for SCRIPTS.iter().map(|(script, hook, label)| html! {
                        <label>
                            <input type="radio" name="export-kind" data-testid={*hook}
                                checked={*kind == Kind::Script(*script)} onchange={choose(Kind::Script(*script))} />
                            { " " }{ i18n::t(label) }
                        </label>
                    }) }
                    <label class={classes!((*include_secrets).then_some("export-secrets-on"))}>
                        <input type="checkbox" data-testid="export-secrets" checked={*include_secrets} onchange={on_secrets} />
                        { " " }{ i18n::t("ui-export-secrets") }
                    </label>
                </div>
                if *include_secrets {
                    <p class="small export-warning">{ i18n::t("ui-export-secrets-warning") }</p>
                }
                if matches!(*kind, Kind::Script(_)) {
                    <p class="small muted">{ i18n::t("ui-export-script-explain") }</p>
                }
                <textarea data-testid="export-text" class="export-text" rows="10" readonly=true spellcheck="false"
                    value={(*text).clone()} />
                <div class="export-buttons">
                    <button onclick={on_copy}>{ i18n::t("ui-export-copy") }</button>
                    <button data-testid="export-download" onclick={on_download}>
                        { i18n::t(download_label(*kind)) }
                    </button>
                    <label class="export-file">
                        { i18n::t("ui-export-open") }{ " " }
                        <input type="file" accept=".json,application/json" data-testid="export-open" onchange={on_file} />
                    </label>
                </div>
                <h3 class="export-h3">{ i18n::t("ui-export-share-title") }</h3>
                <p class="small muted">{ i18n::t("ui-export-share-explain") }</p>
                <code class="share-link" data-testid="share-link">{ link }</code>
                <button onclick={on_copy_link}>{ i18n::t("ui-export-copy-link") }</button>
                if let Some(s) = &*status {
                    <p class="small muted" role="status">{ s }</p>
                }
            </>
        }
    } else {
        html! {}
    };
    html! {
        <details class="panel export" open={*open} ontoggle={on_toggle}>
            <summary><h2 class="inline">{ i18n::t("ui-export-title") }</h2></summary>
            { body }
        </details>
    }
}

/// The script exports: which, their test hook and their label.
const SCRIPTS: [(Script, &str, &str); 3] = [
    (
        Script::Openssl,
        "export-script-openssl",
        "ui-export-script-openssl",
    ),
    (Script::Curl, "export-script-curl", "ui-export-script-curl"),
    (
        Script::Python,
        "export-script-python",
        "ui-export-script-python",
    ),
];

/// The id of the download button's label.
fn download_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => "ui-export-download-txt",
        Kind::Json => "ui-export-download-json",
        Kind::Script(Script::Python) => "ui-export-download-py",
        Kind::Script(_) => "ui-export-download-sh",
    }
}

/// Copies text to the clipboard when the page may; says what happened.
pub fn copy_to_clipboard(text: &str) -> String {
    let clipboard = gloo::utils::window().navigator().clipboard();
    // Outside a secure context `navigator.clipboard` is undefined.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return i18n::t("ui-export-no-clipboard");
    }
    let _promise = clipboard.write_text(text);
    i18n::t("ui-export-copied")
}

/// Offers text as a file download.
pub fn download(name: &str, mime: &str, content: &str) {
    offer(
        name,
        gloo::file::Blob::new_with_options(content, Some(mime)),
    );
}

/// Offers bytes (an attachment) as a file download.
pub fn download_bytes(name: &str, mime: &str, content: &[u8]) {
    offer(
        name,
        gloo::file::Blob::new_with_options(content, Some(mime)),
    );
}

fn offer(name: &str, blob: gloo::file::Blob) {
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        let _ = a.set_attribute("hidden", "");
        let body = gloo::utils::body();
        if body.append_child(&a).is_ok() {
            if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
                a.click();
            }
            let _ = body.remove_child(&a);
        }
    }
    // Revoking the URL at once can cancel the download: keep it a while.
    let keep = RefCell::new(Some(url));
    gloo::timers::callback::Timeout::new(60_000, move || drop(keep.take())).forget();
}
