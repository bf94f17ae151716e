//! Helpers shared by the app's browser tests: a transport that records what the
//! session sends, and shorthands for what the proxy delivers.

use std::cell::RefCell;

use pop3::wire::ProxyMessage;
use pop3_playground::services::link::{LinkEvent, event_of};
use pop3_playground::state::{Action, Security, Transport};

/// What the session asked of its link.
#[derive(Debug, Clone, PartialEq)]
pub enum Sent {
    /// Start TLS, trusting this pin.
    StartTls(Option<String>),
    /// POP3 bytes, as text.
    Binary(String),
    /// The link was closed.
    Close,
}

/// A [`Transport`] that records instead of sending.
#[derive(Default)]
pub struct Recorder(RefCell<Vec<Sent>>);

impl Transport for Recorder {
    fn start_tls(&self, pin_sha256: Option<String>) {
        self.0.borrow_mut().push(Sent::StartTls(pin_sha256));
    }
    fn send(&self, bytes: &[u8]) {
        self.0
            .borrow_mut()
            .push(Sent::Binary(String::from_utf8_lossy(bytes).into_owned()));
    }
    fn close(&self) {
        self.0.borrow_mut().push(Sent::Close);
    }
}

impl Recorder {
    /// Everything sent since the last call.
    pub fn take(&self) -> Vec<Sent> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

/// A control message from the proxy, as the link reports it.
pub fn control(message: ProxyMessage) -> Action {
    Action::Link(event_of(message))
}

/// Bytes from the server.
pub fn bytes(b: &[u8]) -> Action {
    Action::Link(LinkEvent::Bytes(b.to_vec()))
}

/// The link opened and asked the proxy to dial (the demo server's plain port).
pub fn dialling() -> Action {
    Action::Link(LinkEvent::Dialling {
        host: "127.0.0.1".into(),
        port: 1110,
        security: Security::None,
    })
}
