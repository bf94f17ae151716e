//! Hooks over the session context.

use std::rc::Rc;

use yew::prelude::*;

use crate::services::socket::{ProxySocket, SocketEvent};
use crate::state::{Action, Session};

/// The session handle every component reads and dispatches to.
pub type SessionHandle = UseReducerHandle<Session>;

/// The session from the context.
#[hook]
pub fn use_session() -> SessionHandle {
    use_context::<SessionHandle>().expect("components live inside the session provider")
}

/// Opens a WebSocket to the proxy in the session's settings and attaches it;
/// its events become actions.
pub fn connect(session: &SessionHandle) {
    let dispatcher = session.dispatcher();
    let url = session.settings.proxy_url.clone();
    let report = move |event: SocketEvent| {
        dispatcher.dispatch(match event {
            SocketEvent::Open => Action::SocketOpen,
            SocketEvent::Text(text) => Action::SocketText(text),
            SocketEvent::Binary(bytes) => Action::SocketBinary(bytes),
            SocketEvent::Closed(reason) => Action::SocketClosed(reason),
        });
    };
    let subprotocol = match session.settings.proxy_kind {
        crate::state::ProxyKind::Playground => None,
        crate::state::ProxyKind::Websockify => Some("binary"),
    };
    match ProxySocket::open(&url, subprotocol, report) {
        Ok(socket) => session.dispatch(Action::Attach(Rc::new(socket))),
        Err(e) => session.dispatch(Action::SocketClosed(e)),
    }
}
