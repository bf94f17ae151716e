//! POP3 Playground, the browser app: a POP3 client compiled to WebAssembly that
//! shows every byte on the wire with a plain-language annotation.
//!
//! The protocol lives in the `pop3` crate; this crate is the user interface:
//! [`state`] (one reducer for the session), [`services`] (the WebSocket, no Yew),
//! [`hooks`] and [`components`]; [`demo_worker`] is the demo server's side of
//! the in-page link, which runs in a Web Worker; [`mime`] reads mail messages,
//! in the message reader's worker ([`mime_worker`]); [`check_worker`] runs the
//! server check, in its own.

pub mod check_worker;
pub mod components;
pub mod demo_worker;
pub mod export;
pub mod hooks;
pub mod i18n;
pub mod lessons;
pub mod mime;
pub mod mime_worker;
pub mod services;
pub mod state;

use yew::prelude::*;

use crate::components::{
    cert_panel::CertPanel, commands::Commands, connection::ConnectionForm,
    diagram::SequenceDiagram, export::ExportPanel, import::ImportPanel, lessons::Lessons,
    login::Login, mailbox::Mailbox, message::MessageView, server_check::ServerCheck,
    transcript::TranscriptView,
};
use crate::hooks::SessionHandle;
use crate::i18n::Lang;
use crate::services::browser;
use crate::state::{Action, Session};

/// Where the reader's choice of language is remembered.
const LANG_KEY: &str = "pop3-playground.lang";

/// The language the page starts in.
fn initial_lang() -> Lang {
    Lang::negotiate(
        browser::query_param("lang").as_deref(),
        browser::remembered(LANG_KEY).as_deref(),
        &browser::languages(),
    )
}

/// The language picker: the languages in their own names.
#[derive(Properties, PartialEq)]
struct LangPickerProps {
    lang: Lang,
    onchange: Callback<Lang>,
}

#[function_component(LangPicker)]
fn lang_picker(props: &LangPickerProps) -> Html {
    let onchange = props.onchange.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Lang::parse(&value).unwrap_or_default()
    });
    html! {
        <select class="lang-picker" data-testid="lang" aria-label={i18n::t("ui-language")} {onchange}>
            { for Lang::ALL.into_iter().map(|l| html! {
                <option value={l.code()} selected={l == props.lang} lang={l.code()}>{ l.name() }</option>
            }) }
        </select>
    }
}

/// The page before any catalog has arrived: empty while they load, and the one
/// sentence the app cannot translate if they could not be fetched.
fn unloaded(error: Option<&str>) -> Html {
    match error {
        None => html! { <div class="app loading" aria-busy="true"></div> },
        Some(error) => html! {
            <div class="app loading" role="alert">
                <p>{ "POP3 Playground could not load its text: " }<code>{ error }</code></p>
            </div>
        },
    }
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let session = use_reducer(Session::default);
    {
        // The proxy is the page's own origin unless the user says otherwise.
        // Whether one answers there decides where the demo runs.
        let session = session.clone();
        use_effect_with((), move |_| {
            let found = session.dispatcher();
            services::route::probe(move |presence| found.dispatch(Action::ProxyProbed(presence)));
            if session.settings.proxy_url.is_empty() {
                let mut settings = session.settings.clone();
                settings.proxy_url = services::socket::default_proxy_url();
                session.dispatch(Action::Configure(settings));
            }
        });
    }
    {
        // A share link (`#host=..&port=..&security=..`) configures the session.
        let session = session.clone();
        use_effect_with((), move |_| {
            if let Some(settings) = export::settings_from_location(&session.settings) {
                session.dispatch(Action::Configure(settings));
            }
        });
    }
    // The language asked for, and the one words are rendered in (the same once
    // its catalogs have arrived; none before the first ones have).
    let wanted = use_state(initial_lang);
    let active = use_state(|| Some(i18n::current()).filter(|l| i18n::is_installed(*l)));
    let failed = use_state(|| None::<String>);
    {
        let active = active.clone();
        let failed = failed.clone();
        use_effect_with(*wanted, move |lang| {
            let lang = *lang;
            browser::remember(LANG_KEY, lang.code());
            let apply = move || {
                i18n::set_current(lang);
                browser::set_document_lang(lang.code());
                active.set(Some(lang));
            };
            if i18n::is_installed(lang) {
                apply();
            } else {
                wasm_bindgen_futures::spawn_local(async move {
                    match services::catalogs::fetch(lang).await {
                        Ok(sources) => {
                            i18n::install(lang, &sources);
                            apply();
                        }
                        Err(e) => {
                            gloo::console::warn!(format!("catalogs of {}: {e}", lang.code()));
                            failed.set(Some(e));
                        }
                    }
                });
            }
        });
    }
    let Some(active) = *active else {
        return unloaded(failed.as_deref());
    };
    let on_lang = {
        let wanted = wanted.clone();
        Callback::from(move |lang: Lang| wanted.set(lang))
    };
    let state = session.state_label();
    html! {
        <ContextProvider<SessionHandle> context={session.clone()}>
            // Keyed by the language: switching re-renders every panel and the
            // transcript from the same session, with no reconnect.
            <div class="app" key={active.code()}>
                <header class="app-header">
                    <h1>{ "POP3 Playground" }</h1>
                    <LangPicker lang={*wanted} onchange={on_lang} />
                    <span class={classes!("state-badge", state.to_ascii_lowercase())}
                        data-testid="session-state" aria-live="polite" title={i18n::t("ui-app-session-state")}>
                        { state }
                    </span>
                </header>
                <div class="layout">
                    <aside class="side">
                        <Lessons />
                        <ConnectionForm />
                        <CertPanel />
                        <Login />
                        <Commands />
                        <ImportPanel />
                        <ExportPanel />
                    </aside>
                    <main class="center">
                        <TranscriptView />
                        <SequenceDiagram />
                        <ServerCheck />
                        <section class="mail" aria-label={i18n::t("ui-app-mail")}>
                            <Mailbox />
                            <MessageView />
                        </section>
                    </main>
                </div>
            </div>
        </ContextProvider<SessionHandle>>
    }
}
