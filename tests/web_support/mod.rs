//! Helpers shared by the app's browser tests: a transport that records what the
//! session sends, and shorthands for what the proxy delivers.

use std::cell::RefCell;

use pop3::wire::{ClientMessage, ProxyMessage};
use pop3_playground::state::{Action, Transport};

/// What the session sent.
#[derive(Debug, Clone, PartialEq)]
pub enum Sent {
    /// A JSON control message.
    Text(ClientMessage),
    /// POP3 bytes, as text.
    Binary(String),
    /// The socket was closed.
    Close,
}

/// A [`Transport`] that records instead of sending.
#[derive(Default)]
pub struct Recorder(RefCell<Vec<Sent>>);

impl Transport for Recorder {
    fn send_text(&self, text: &str) {
        self.0
            .borrow_mut()
            .push(Sent::Text(serde_json::from_str(text).expect("valid JSON")));
    }
    fn send_binary(&self, bytes: &[u8]) {
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

/// A control message from the proxy.
pub fn control(message: ProxyMessage) -> Action {
    Action::SocketText(serde_json::to_string(&message).unwrap())
}

/// Bytes from the server.
pub fn bytes(b: &[u8]) -> Action {
    Action::SocketBinary(b.to_vec())
}
