//! Hooks over the session context.

use std::rc::Rc;

use yew::prelude::*;

use crate::services::link::LinkEvent;
use crate::services::route::{self, Opening};
use crate::state::{Action, Closer, Session};

/// The session handle every component reads and dispatches to.
pub type SessionHandle = UseReducerHandle<Session>;

/// The session from the context.
#[hook]
pub fn use_session() -> SessionHandle {
    use_context::<SessionHandle>().expect("components live inside the session provider")
}

/// Opens a link the way the session's settings say (through the proxy, or
/// to the demo inside the page) and attaches it; its events become actions.
pub fn connect(session: &SessionHandle) {
    let dispatcher = session.dispatcher();
    let report = move |event: LinkEvent| dispatcher.dispatch(Action::Link(event));
    match route::open(&session.settings, session.proxy, report) {
        Opening::Link(link) => session.dispatch(Action::Attach(Rc::new(link))),
        Opening::NoProxy => session.dispatch(Action::NoProxy),
        Opening::Failed(e) => session.dispatch(Action::Link(LinkEvent::Closed {
            by: Closer::Socket,
            reason: e,
            code: None,
        })),
    }
}
