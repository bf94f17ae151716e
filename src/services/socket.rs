//! A browser WebSocket and its callbacks, owned by [`super::link::ProxyLink`].
//! Dropping it closes the socket.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BinaryType, CloseEvent, ErrorEvent, MessageEvent, WebSocket};

/// What the socket reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SocketEvent {
    /// The WebSocket is open.
    Open,
    /// A text frame (a JSON control message).
    Text(String),
    /// A binary frame (POP3 bytes).
    Binary(Vec<u8>),
    /// The WebSocket closed.
    Closed {
        /// The close code (1000 normal, 1006 lost, …).
        code: u16,
        /// The reason the other side gave, if any.
        reason: String,
    },
}

/// A WebSocket to the proxy.
pub struct ProxySocket {
    socket: WebSocket,
    closed: Cell<bool>,
    // Kept alive as long as the socket.
    _on_open: Closure<dyn FnMut()>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl ProxySocket {
    /// Opens a WebSocket; `report` receives its events. `subprotocol` is offered
    /// only when given (websockify's `binary`): pop3-proxy needs none, and Trunk's
    /// dev proxy breaks a handshake that offers one.
    pub fn open(
        url: &str,
        subprotocol: Option<&str>,
        report: impl Fn(SocketEvent) + 'static,
    ) -> Result<ProxySocket, String> {
        let socket = match subprotocol {
            Some(protocol) => WebSocket::new_with_str(url, protocol),
            None => WebSocket::new(url),
        }
        .map_err(|e| {
            format!(
                "cannot open {url}: {}",
                e.as_string().unwrap_or_else(|| format!("{e:?}"))
            )
        })?;
        socket.set_binary_type(BinaryType::Arraybuffer);
        let report = std::rc::Rc::new(report);
        let on_open = {
            let report = report.clone();
            Closure::<dyn FnMut()>::new(move || report(SocketEvent::Open))
        };
        let on_message = {
            let report = report.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                if let Some(text) = data.as_string() {
                    report(SocketEvent::Text(text));
                } else if let Ok(buffer) = data.dyn_into::<js_sys::ArrayBuffer>() {
                    report(SocketEvent::Binary(
                        js_sys::Uint8Array::new(&buffer).to_vec(),
                    ));
                }
            })
        };
        let on_close = {
            let report = report.clone();
            Closure::<dyn FnMut(CloseEvent)>::new(move |event: CloseEvent| {
                report(SocketEvent::Closed {
                    code: event.code(),
                    reason: event.reason(),
                });
            })
        };
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |_event: ErrorEvent| {
            // A close event with the details always follows.
        });
        socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        socket.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(ProxySocket {
            socket,
            closed: Cell::new(false),
            _on_open: on_open,
            _on_message: on_message,
            _on_close: on_close,
            _on_error: on_error,
        })
    }
}

impl ProxySocket {
    /// The browser's handle of this socket.
    pub fn handle(&self) -> WebSocket {
        self.socket.clone()
    }

    /// Sends a text frame.
    pub fn send_text(&self, text: &str) {
        let _ = self.socket.send_with_str(text);
    }

    /// Sends a binary frame.
    pub fn send_binary(&self, bytes: &[u8]) {
        let _ = self.socket.send_with_u8_array(bytes);
    }

    /// Closes the socket (once).
    pub fn close(&self) {
        if !self.closed.replace(true) {
            let _ = self.socket.close();
        }
    }
}

impl Drop for ProxySocket {
    fn drop(&mut self) {
        self.socket.set_onopen(None);
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
        self.socket.set_onerror(None);
        self.close();
    }
}

/// The proxy URL beside the page: `ws(s)://<host>/<the page's folder>/ws`, so
/// that a page served under a sub-path (behind a reverse proxy) finds its
/// proxy under the same path.
pub fn default_proxy_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return "ws://127.0.0.1:8110/ws".into();
    };
    let scheme = match location.protocol().as_deref() {
        Ok("https:") => "wss",
        _ => "ws",
    };
    let folder = location.pathname().unwrap_or_default();
    let folder = folder.rsplit_once('/').map_or("", |(dir, _)| dir);
    match location.host() {
        Ok(host) if !host.is_empty() => format!("{scheme}://{host}{folder}/ws"),
        _ => "ws://127.0.0.1:8110/ws".into(),
    }
}
