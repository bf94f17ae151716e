//! POP3 Playground, the browser app: a POP3 client compiled to WebAssembly that
//! shows every byte on the wire with a plain-language annotation.
//!
//! The protocol lives in the `pop3` crate; this crate is the user interface:
//! [`state`] (one reducer for the session), [`services`] (the WebSocket, no Yew),
//! [`hooks`] and [`components`].

pub mod components;
pub mod export;
pub mod hooks;
pub mod i18n;
pub mod lessons;
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
use crate::state::{Action, Session};

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let session = use_reducer(Session::default);
    {
        // The proxy is the page's own origin unless the user says otherwise.
        let session = session.clone();
        use_effect_with((), move |_| {
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
    let state = session.state_label();
    html! {
        <ContextProvider<SessionHandle> context={session.clone()}>
            <div class="app">
                <header class="app-header">
                    <h1>{ "POP3 Playground" }</h1>
                    <span class={classes!("state-badge", state.to_ascii_lowercase())}
                        data-testid="session-state" aria-live="polite" title="Session state (RFC 1939 §3)">
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
                        <section class="mail" aria-label="Mailbox and message">
                            <Mailbox />
                            <MessageView />
                        </section>
                    </main>
                </div>
            </div>
        </ContextProvider<SessionHandle>>
    }
}
