//! The one link to the proxy: it owns the WebSocket and speaks the v1 control
//! channel (DESIGN.md), for the live session and the server check alike.
//!
//! [`Control`] is the protocol as a pure state machine (tested on the host):
//! socket events go in, the control frames to send and a [`LinkEvent`] come out.
//! [`ProxyLink`] wires it to a browser WebSocket. Behind a stock websockify
//! there is no control channel: bytes flow as soon as the socket opens.

use std::cell::RefCell;
use std::rc::Rc;

use pop3::wire::{ClientMessage, ClosedBy, ErrorCode, ProxyMessage, TlsFailure, TlsInfo};
use web_sys::WebSocket;

use super::socket::{ProxySocket, SocketEvent, default_proxy_url};
use crate::state::{Closer, ProxyKind, Security, Settings, Transport};

/// Where a link goes, and through what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The proxy's WebSocket URL.
    pub url: String,
    /// pop3-proxy or a stock websockify.
    pub kind: ProxyKind,
    /// The POP3 server.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// Plain, STLS or implicit TLS.
    pub security: Security,
    /// A certificate the user chose to trust.
    pub pin_sha256: Option<String>,
}

impl Target {
    /// The target of connection settings (the page's own proxy when none is set).
    pub fn of(settings: &Settings) -> Target {
        Target {
            url: if settings.proxy_url.is_empty() {
                default_proxy_url()
            } else {
                settings.proxy_url.clone()
            },
            kind: settings.proxy_kind,
            host: settings.host.trim().to_owned(),
            port: settings.port,
            security: settings.security,
            pin_sha256: settings.pin_sha256.clone(),
        }
    }
}

/// What a link reports.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkEvent {
    /// The WebSocket is open and `connect` went out: the proxy is dialling.
    Dialling {
        /// The server.
        host: String,
        /// Its port.
        port: u16,
        /// How it is secured.
        security: Security,
    },
    /// Bytes flow to the server.
    Open {
        /// The address the proxy dialled (`None` behind websockify).
        peer: Option<String>,
        /// TLS from the start (port 995).
        tls: Option<TlsInfo>,
    },
    /// TLS is up after STLS.
    TlsStarted(TlsInfo),
    /// Bytes from the server.
    Bytes(Vec<u8>),
    /// The proxy reported an error.
    Error {
        /// Its wire code.
        code: ErrorCode,
        /// The proxy's words.
        message: String,
        /// The TLS session, when the error is about it.
        tls: Option<TlsInfo>,
        /// Why TLS failed, when it did.
        cause: Option<TlsFailure>,
    },
    /// The proxy sent a control message this app cannot read.
    Unreadable {
        /// The parser's complaint.
        error: String,
    },
    /// The link closed.
    Closed {
        /// Who closed it.
        by: Closer,
        /// Why, as reported.
        reason: String,
        /// The WebSocket close code, when the socket itself closed.
        code: Option<u16>,
    },
}

/// A proxy message as a link event.
pub fn event_of(message: ProxyMessage) -> LinkEvent {
    match message {
        ProxyMessage::Connected { peer, tls } => LinkEvent::Open {
            peer: Some(peer),
            tls,
        },
        ProxyMessage::TlsStarted { tls } => LinkEvent::TlsStarted(tls),
        ProxyMessage::Error {
            code,
            message,
            tls,
            cause,
        } => LinkEvent::Error {
            code,
            message,
            tls,
            cause,
        },
        ProxyMessage::Closed { by, reason } => LinkEvent::Closed {
            by: match by {
                ClosedBy::Server => Closer::Server,
                ClosedBy::Proxy => Closer::Proxy,
                ClosedBy::Client => Closer::Client,
            },
            reason,
            code: None,
        },
    }
}

fn frame(message: &ClientMessage) -> String {
    serde_json::to_string(message).expect("control messages serialize")
}

/// The v1 control channel as a state machine.
#[derive(Debug, Clone)]
pub struct Control {
    target: Target,
    closed: bool,
}

impl Control {
    /// A channel to `target`, before its socket opens.
    pub fn new(target: Target) -> Control {
        Control {
            target,
            closed: false,
        }
    }

    /// The subprotocol to offer: websockify's `binary`, or none (pop3-proxy needs
    /// none, and Trunk's dev proxy breaks a handshake that offers one).
    pub fn subprotocol(&self) -> Option<&'static str> {
        match self.target.kind {
            ProxyKind::Playground => None,
            ProxyKind::Websockify => Some("binary"),
        }
    }

    /// A socket event: the control frames to send, and what to report.
    pub fn on_socket(&mut self, event: SocketEvent) -> (Vec<String>, Option<LinkEvent>) {
        if self.closed {
            return (Vec::new(), None);
        }
        match event {
            SocketEvent::Open if self.target.kind == ProxyKind::Websockify => (
                Vec::new(),
                Some(LinkEvent::Open {
                    peer: None,
                    tls: None,
                }),
            ),
            SocketEvent::Open => {
                let t = &self.target;
                let connect = ClientMessage::Connect {
                    host: t.host.clone(),
                    port: t.port,
                    tls: t.security.tls_mode(),
                    pin_sha256: t.pin_sha256.clone(),
                };
                let dialling = LinkEvent::Dialling {
                    host: t.host.clone(),
                    port: t.port,
                    security: t.security,
                };
                (vec![frame(&connect)], Some(dialling))
            }
            SocketEvent::Binary(bytes) => (Vec::new(), Some(LinkEvent::Bytes(bytes))),
            SocketEvent::Text(text) => {
                let event = match ProxyMessage::from_json(&text) {
                    Ok(message) => event_of(message),
                    Err(e) => LinkEvent::Unreadable { error: e },
                };
                if matches!(event, LinkEvent::Closed { .. }) {
                    self.closed = true;
                }
                (Vec::new(), Some(event))
            }
            SocketEvent::Closed { code, reason } => {
                self.closed = true;
                (
                    Vec::new(),
                    Some(LinkEvent::Closed {
                        by: Closer::Socket,
                        reason,
                        code: Some(code),
                    }),
                )
            }
        }
    }

    /// The frame that asks for TLS after +OK to STLS (none behind websockify).
    pub fn start_tls(&self, pin_sha256: Option<String>) -> Option<String> {
        (self.target.kind == ProxyKind::Playground)
            .then(|| frame(&ClientMessage::Starttls { pin_sha256 }))
    }

    /// The frame that asks the proxy to close, sent before the socket closes.
    pub fn close(&mut self) -> Option<String> {
        let first = !std::mem::replace(&mut self.closed, true);
        (first && self.target.kind == ProxyKind::Playground).then(|| frame(&ClientMessage::Close))
    }
}

/// A link to the proxy over a browser WebSocket. Dropping it closes the socket.
pub struct ProxyLink {
    socket: ProxySocket,
    control: Rc<RefCell<Control>>,
}

impl ProxyLink {
    /// Opens a link; `report` receives its events (after this returns).
    pub fn open(target: Target, report: impl Fn(LinkEvent) + 'static) -> Result<ProxyLink, String> {
        let url = target.url.clone();
        let control = Rc::new(RefCell::new(Control::new(target)));
        // The socket's own handle, for the frames the channel answers with. The
        // browser delivers events only after `open` returns, when it is set.
        let handle: Rc<RefCell<Option<WebSocket>>> = Rc::default();
        let on_event = {
            let control = control.clone();
            let handle = handle.clone();
            move |event: SocketEvent| {
                let (frames, event) = control.borrow_mut().on_socket(event);
                if let Some(socket) = handle.borrow().as_ref() {
                    for f in frames {
                        let _ = socket.send_with_str(&f);
                    }
                }
                if let Some(event) = event {
                    report(event);
                }
            }
        };
        let subprotocol = control.borrow().subprotocol();
        let socket = ProxySocket::open(&url, subprotocol, on_event)?;
        *handle.borrow_mut() = Some(socket.handle());
        Ok(ProxyLink { socket, control })
    }
}

impl Transport for ProxyLink {
    fn send(&self, bytes: &[u8]) {
        self.socket.send_binary(bytes);
    }

    fn start_tls(&self, pin_sha256: Option<String>) {
        if let Some(f) = self.control.borrow().start_tls(pin_sha256) {
            self.socket.send_text(&f);
        }
    }

    fn close(&self) {
        if let Some(f) = self.control.borrow_mut().close() {
            self.socket.send_text(&f);
        }
        self.socket.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(kind: ProxyKind, security: Security) -> Target {
        Target {
            url: "ws://127.0.0.1:8110/ws".into(),
            kind,
            host: "pop.example.org".into(),
            port: 995,
            security,
            pin_sha256: Some("ab".repeat(32)),
        }
    }

    fn parse(frame: &str) -> ClientMessage {
        serde_json::from_str(frame).unwrap()
    }

    #[test]
    fn open_sends_connect_with_the_security_and_pin() {
        let mut c = Control::new(target(ProxyKind::Playground, Security::Implicit));
        let (frames, event) = c.on_socket(SocketEvent::Open);
        assert_eq!(
            parse(&frames[0]),
            ClientMessage::Connect {
                host: "pop.example.org".into(),
                port: 995,
                tls: pop3::wire::TlsMode::Implicit,
                pin_sha256: Some("ab".repeat(32)),
            }
        );
        assert!(matches!(event, Some(LinkEvent::Dialling { port: 995, .. })));
        assert_eq!(c.subprotocol(), None);
    }

    #[test]
    fn websockify_has_no_control_channel() {
        let mut c = Control::new(target(ProxyKind::Websockify, Security::Stls));
        assert_eq!(c.subprotocol(), Some("binary"));
        let (frames, event) = c.on_socket(SocketEvent::Open);
        assert!(frames.is_empty());
        assert_eq!(
            event,
            Some(LinkEvent::Open {
                peer: None,
                tls: None
            })
        );
        assert_eq!(c.start_tls(None), None);
        assert_eq!(c.close(), None);
    }

    #[test]
    fn proxy_messages_become_events() {
        let mut c = Control::new(target(ProxyKind::Playground, Security::None));
        let text = serde_json::to_string(&ProxyMessage::Error {
            code: ErrorCode::DnsFailed,
            message: "no such host".into(),
            tls: None,
            cause: None,
        })
        .unwrap();
        let (_, event) = c.on_socket(SocketEvent::Text(text));
        assert!(matches!(
            event,
            Some(LinkEvent::Error {
                code: ErrorCode::DnsFailed,
                ..
            })
        ));
        let (_, event) = c.on_socket(SocketEvent::Text("{".into()));
        assert!(matches!(event, Some(LinkEvent::Unreadable { .. })));
        let (_, event) = c.on_socket(SocketEvent::Binary(b"+OK\r\n".to_vec()));
        assert_eq!(event, Some(LinkEvent::Bytes(b"+OK\r\n".to_vec())));
    }

    #[test]
    fn closing_is_reported_once_and_asked_once() {
        let mut c = Control::new(target(ProxyKind::Playground, Security::None));
        assert_eq!(
            c.start_tls(None).map(|f| parse(&f)),
            Some(ClientMessage::Starttls { pin_sha256: None })
        );
        assert_eq!(c.close().map(|f| parse(&f)), Some(ClientMessage::Close));
        assert_eq!(c.close(), None);
        let mut c = Control::new(target(ProxyKind::Playground, Security::None));
        let closed = serde_json::to_string(&ProxyMessage::Closed {
            by: ClosedBy::Server,
            reason: "bye".into(),
        })
        .unwrap();
        let (_, event) = c.on_socket(SocketEvent::Text(closed));
        assert!(matches!(
            event,
            Some(LinkEvent::Closed {
                by: Closer::Server,
                ..
            })
        ));
        let (_, event) = c.on_socket(SocketEvent::Closed {
            code: 1000,
            reason: String::new(),
        });
        assert_eq!(
            event, None,
            "the socket closing after the proxy said so adds nothing"
        );
    }

    #[test]
    fn socket_close_keeps_its_code() {
        let mut c = Control::new(target(ProxyKind::Playground, Security::None));
        let (_, event) = c.on_socket(SocketEvent::Closed {
            code: 1006,
            reason: String::new(),
        });
        assert_eq!(
            event,
            Some(LinkEvent::Closed {
                by: Closer::Socket,
                reason: String::new(),
                code: Some(1006)
            })
        );
    }
}
