//! The session: one reducer holds the connection settings, the protocol engine,
//! the transcript and what is known of the mailbox.
//!
//! Side effects go through a [`Transport`] the reducer is given (the WebSocket
//! in the browser, a recorder in tests), so every path can be tested without a
//! network.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::rc::Rc;

use pop3::Secret;
use pop3::annotate::{Annotation, Severity, rfc};
use pop3::codec::Reply;
use pop3::engine::{ApopSteps, Client, Event};
use pop3::sasl::{Credentials, Mechanism};
use pop3::types::{Command, State};
use pop3::wire::{ClientMessage, ClosedBy, ErrorCode, ProxyMessage, TlsInfo, TlsMode};
use yew::Reducible;

/// How the connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Security {
    /// Plain TCP (port 110), nothing else.
    #[default]
    None,
    /// Plain TCP, upgraded with STLS right after the greeting.
    Stls,
    /// TLS from the start (port 995).
    Implicit,
}

impl Security {
    /// The value used in the form (`none`, `stls`, `implicit`).
    pub fn as_str(self) -> &'static str {
        match self {
            Security::None => "none",
            Security::Stls => "stls",
            Security::Implicit => "implicit",
        }
    }

    /// Parses the form value.
    pub fn parse(value: &str) -> Security {
        match value {
            "stls" => Security::Stls,
            "implicit" => Security::Implicit,
            _ => Security::None,
        }
    }
}

/// What kind of WebSocket bridge the app talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProxyKind {
    /// pop3-proxy: a control channel (connect, STLS, certificates) beside the bytes.
    #[default]
    Playground,
    /// A stock websockify with a fixed target: bytes only, subprotocol `binary`.
    Websockify,
}

impl ProxyKind {
    /// The value used in the form.
    pub fn as_str(self) -> &'static str {
        match self {
            ProxyKind::Playground => "playground",
            ProxyKind::Websockify => "websockify",
        }
    }

    /// Parses the form value.
    pub fn parse(value: &str) -> ProxyKind {
        if value == "websockify" {
            ProxyKind::Websockify
        } else {
            ProxyKind::Playground
        }
    }

    /// Why a feature is off behind this kind of proxy, if it is.
    pub fn lacks_control_channel(self) -> Option<&'static str> {
        match self {
            ProxyKind::Playground => None,
            ProxyKind::Websockify => Some(
                "websockify only relays bytes to the target it was started with: there is no \
                 control channel, so the app cannot choose the server, start TLS with STLS, or \
                 show certificates",
            ),
        }
    }
}

/// Where to connect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The proxy's WebSocket URL.
    pub proxy_url: String,
    /// pop3-proxy or a stock websockify.
    pub proxy_kind: ProxyKind,
    /// The POP3 server.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// Plain, STLS or implicit TLS.
    pub security: Security,
    /// A certificate the user chose to trust (hex SHA-256 of the leaf).
    pub pin_sha256: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            proxy_url: String::new(),
            proxy_kind: ProxyKind::Playground,
            host: "127.0.0.1".into(),
            port: 1110,
            security: Security::None,
            pin_sha256: None,
        }
    }
}

/// A named set of connection settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// What the user sees.
    pub label: &'static str,
    /// The server.
    pub host: &'static str,
    /// Its port.
    pub port: u16,
    /// How it is secured.
    pub security: Security,
}

/// The connection presets.
pub const PRESETS: [Preset; 5] = [
    Preset {
        label: "Demo server (plain + STLS)",
        host: "127.0.0.1",
        port: 1110,
        security: Security::None,
    },
    Preset {
        label: "Demo server (TLS, 1995)",
        host: "127.0.0.1",
        port: 1995,
        security: Security::Implicit,
    },
    Preset {
        label: "localhost:110",
        host: "localhost",
        port: 110,
        security: Security::Stls,
    },
    Preset {
        label: "Gmail (pop.gmail.com:995)",
        host: "pop.gmail.com",
        port: 995,
        security: Security::Implicit,
    },
    Preset {
        label: "Outlook (outlook.office365.com:995)",
        host: "outlook.office365.com",
        port: 995,
        security: Security::Implicit,
    },
];

/// What a [`Session`] needs from the connection to the proxy.
pub trait Transport {
    /// Sends a JSON control message.
    fn send_text(&self, text: &str);
    /// Sends POP3 bytes.
    fn send_binary(&self, bytes: &[u8]);
    /// Closes the connection.
    fn close(&self);
}

/// Who wrote a transcript line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// The browser's POP3 client.
    Client,
    /// The POP3 server.
    Server,
    /// The proxy, or the app about the connection.
    Proxy,
}

impl Dir {
    /// `client`, `server` or `proxy` (the `data-dir` attribute).
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Client => "client",
            Dir::Server => "server",
            Dir::Proxy => "proxy",
        }
    }
}

/// A multi-line body attached to a server line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The dot-unstuffed bytes.
    pub bytes: Rc<Vec<u8>>,
    /// Lines in it.
    pub lines: usize,
    /// Octets on the wire (head and terminator included).
    pub wire_len: usize,
}

/// One line of the transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Position in the transcript.
    pub id: usize,
    /// Milliseconds since the connection started.
    pub at_ms: f64,
    /// Who wrote it.
    pub dir: Dir,
    /// The bytes as shown: a client line with secrets masked, a server line
    /// exactly as received (line ending included), or proxy text.
    pub raw: Vec<u8>,
    /// The client line with secrets, for an explicit "reveal".
    pub secret: Option<Secret<String>>,
    /// A multi-line body.
    pub body: Option<Body>,
    /// The explanation.
    pub annotation: Option<Annotation>,
    /// For a reply: milliseconds since its command was sent.
    pub rtt_ms: Option<f64>,
    /// A state change shown as a banner, e.g. "AUTHORIZATION → TRANSACTION".
    pub banner: Option<String>,
}

impl Entry {
    /// The severity to show: the annotation's, or info.
    pub fn severity(&self) -> Severity {
        self.annotation
            .as_ref()
            .map_or(Severity::Info, Annotation::severity)
    }
}

/// The transcript, shared (not copied) between renders.
#[derive(Debug, Default)]
pub struct Transcript {
    entries: Vec<Entry>,
}

impl Transcript {
    /// Appends an entry, numbering it.
    pub fn push(&mut self, mut entry: Entry) {
        entry.id = self.entries.len();
        self.entries.push(entry);
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

/// The connection to the proxy and the server.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Link {
    /// Not connected.
    #[default]
    Idle,
    /// The WebSocket is opening or `connect` was sent.
    Connecting,
    /// Bytes flow to the server.
    Open,
    /// The connection ended; the text says how.
    Closed(String),
}

/// What the mailbox table shows for one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageInfo {
    /// Size from LIST.
    pub size: Option<u64>,
    /// Unique id from UIDL.
    pub uid: Option<String>,
    /// Headers from `TOP n 0` (or a whole RETR).
    pub headers: Option<Rc<Vec<u8>>>,
    /// The whole message from RETR.
    pub message: Option<Rc<Vec<u8>>>,
    /// Marked as deleted in this session.
    pub deleted: bool,
}

/// The session.
#[derive(Clone)]
pub struct Session {
    /// Where to connect.
    pub settings: Settings,
    /// The connection's phase.
    pub link: Link,
    /// The protocol engine (shared: it is large and changes in place).
    pub engine: Rc<RefCell<Client>>,
    /// The transcript (shared for the same reason).
    pub transcript: Rc<RefCell<Transcript>>,
    /// Bumped on every change, so views re-render.
    pub revision: u64,
    /// The TLS session, once TLS is up.
    pub tls: Option<TlsInfo>,
    /// A certificate that did not verify, waiting for the user's decision.
    pub untrusted: Option<TlsInfo>,
    /// The last proxy error, in plain words.
    pub error: Option<(ErrorCode, String)>,
    /// The last login failure.
    pub login_error: Option<String>,
    /// The steps of the last APOP login, for showing the digest.
    pub apop: Option<ApopSteps>,
    /// Messages by number (shared: copied only when it changes).
    pub mailbox: Rc<BTreeMap<u32, MessageInfo>>,
    /// The message shown in the message view.
    pub selected: Option<u32>,
    /// Lines typed in raw mode, oldest first.
    pub history: Vec<String>,
    transport: Option<Rc<dyn Transport>>,
    /// `LoadMailbox` waits for STAT to know which headers to fetch.
    headers_wanted: bool,
    started_ms: f64,
    sent_at: VecDeque<f64>,
    now: fn() -> f64,
}

impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision && Rc::ptr_eq(&self.engine, &other.engine)
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("settings", &self.settings)
            .field("link", &self.link)
            .field("revision", &self.revision)
            .finish_non_exhaustive()
    }
}

/// Milliseconds from the browser's clock.
pub fn browser_now() -> f64 {
    js_sys::Date::now()
}

impl Default for Session {
    fn default() -> Self {
        Session::new(browser_now)
    }
}

/// Everything that can happen to a session.
pub enum Action {
    /// Change where to connect.
    Configure(Settings),
    /// A WebSocket to the proxy was created; it reports through the other actions.
    Attach(Rc<dyn Transport>),
    /// The WebSocket is open: send `connect`.
    SocketOpen,
    /// A JSON control message from the proxy.
    SocketText(String),
    /// POP3 bytes from the server.
    SocketBinary(Vec<u8>),
    /// The WebSocket closed.
    SocketClosed(String),
    /// Close the connection (QUIT first, if a session is open).
    Disconnect,
    /// Send a command from guided mode (refused when not valid now).
    Send(Command),
    /// Send a line typed in raw mode, valid or not.
    SendRaw(String),
    /// Log in with USER and PASS.
    LoginUserPass {
        /// The mailbox name.
        user: String,
        /// The password.
        password: Secret<String>,
    },
    /// Log in with APOP.
    LoginApop {
        /// The mailbox name.
        user: String,
        /// The shared secret.
        secret: Secret<String>,
    },
    /// Log in with a SASL mechanism.
    LoginSasl {
        /// The mechanism.
        mechanism: Mechanism,
        /// The user name.
        user: String,
        /// The password or token.
        secret: Secret<String>,
    },
    /// Fill the mailbox table: LIST, UIDL and `TOP n 0` for each message.
    LoadMailbox,
    /// Show this message (fetching it with RETR if needed).
    Open(u32),
    /// Trust the certificate that failed to verify (the caller reconnects).
    TrustCertificate,
    /// Forget the transcript.
    ClearTranscript,
    /// Replay a pasted `C:`/`S:` or telnet log offline, annotating it.
    Import(String),
    /// Show a saved transcript (a JSON export read back): it replaces the
    /// current one, offline.
    Restore(Vec<Entry>),
}

/// How many messages `LoadMailbox` fetches headers for.
pub const HEADERS_FETCHED: u32 = 50;

impl Session {
    /// A disconnected session with a given clock.
    pub fn new(now: fn() -> f64) -> Self {
        Session {
            settings: Settings::default(),
            link: Link::Idle,
            engine: Rc::new(RefCell::new(Client::new())),
            transcript: Rc::new(RefCell::new(Transcript::default())),
            revision: 0,
            tls: None,
            untrusted: None,
            error: None,
            login_error: None,
            apop: None,
            mailbox: Rc::default(),
            selected: None,
            history: Vec::new(),
            transport: None,
            headers_wanted: false,
            started_ms: now(),
            sent_at: VecDeque::new(),
            now,
        }
    }

    /// The label the state badge shows.
    pub fn state_label(&self) -> &'static str {
        match self.link {
            Link::Open => self.engine.borrow().state().label(),
            _ => "DISCONNECTED",
        }
    }

    /// Whether bytes can be sent to the server now.
    pub fn is_open(&self) -> bool {
        self.link == Link::Open
    }

    /// Whether a password would cross the network in clear: no TLS and a host
    /// that is not this machine.
    pub fn password_in_clear(&self) -> bool {
        !self.engine.borrow().tls_active() && !is_loopback(&self.settings.host)
    }

    fn elapsed(&self) -> f64 {
        (self.now)() - self.started_ms
    }

    fn push(&mut self, dir: Dir, raw: impl Into<Vec<u8>>, annotation: Option<Annotation>) {
        let entry = Entry {
            id: 0,
            at_ms: self.elapsed(),
            dir,
            raw: raw.into(),
            secret: None,
            body: None,
            annotation,
            rtt_ms: None,
            banner: None,
        };
        self.transcript.borrow_mut().push(entry);
    }

    fn proxy_note(&mut self, text: impl Into<String>, severity: Severity) {
        let text = text.into();
        let mut annotation = Annotation::new(text.clone(), None);
        if severity != Severity::Info {
            annotation.note(severity, text.clone(), None);
        }
        self.push(Dir::Proxy, text, Some(annotation));
    }

    fn send_control(&self, message: &ClientMessage) {
        if let Some(t) = &self.transport {
            t.send_text(&serde_json::to_string(message).expect("control messages serialize"));
        }
    }

    /// Writes what the engine has queued, then turns its events into transcript
    /// entries and session changes.
    fn pump(&mut self) {
        loop {
            let mut progressed = false;
            while let Some(bytes) = self.engine.borrow_mut().poll_transmit() {
                progressed = true;
                if let Some(t) = &self.transport {
                    t.send_binary(&bytes);
                }
            }
            loop {
                let event = self.engine.borrow_mut().poll_event();
                let Some(event) = event else { break };
                progressed = true;
                self.apply(event);
            }
            if !progressed {
                break;
            }
        }
    }

    fn apply(&mut self, event: Event) {
        let now = self.elapsed();
        match event {
            Event::Sent {
                masked,
                line,
                command,
                annotation,
            } => {
                let secret = match &command {
                    Some(c) if !c.has_secret() => None,
                    _ if masked == *line.expose() => None,
                    _ => Some(line),
                };
                if command.is_some() {
                    self.sent_at.push_back(now);
                }
                let mut raw = masked.into_bytes();
                raw.extend_from_slice(b"\r\n");
                self.transcript.borrow_mut().push(Entry {
                    id: 0,
                    at_ms: now,
                    dir: Dir::Client,
                    raw,
                    secret,
                    body: None,
                    annotation: Some(annotation),
                    rtt_ms: None,
                    banner: None,
                });
            }
            Event::Received {
                decoded,
                command,
                annotation,
            } => {
                let rtt_ms = match (&decoded.reply, &command) {
                    (Reply::Response(_), Some(_)) => self.sent_at.pop_front().map(|at| now - at),
                    _ => None,
                };
                let mut body = None;
                if let Reply::Response(response) = &decoded.reply {
                    if let Some(bytes) = &response.body {
                        let bytes = Rc::new(bytes.clone());
                        self.learn(command.as_ref(), response.is_ok(), &bytes);
                        body = Some(Body {
                            bytes,
                            lines: decoded.body_lines,
                            wire_len: decoded.wire_len,
                        });
                    } else if let Some(cmd) = &command {
                        self.learn_single(cmd, response.is_ok());
                    }
                }
                self.transcript.borrow_mut().push(Entry {
                    id: 0,
                    at_ms: now,
                    dir: Dir::Server,
                    raw: decoded.head,
                    secret: None,
                    body,
                    annotation: Some(annotation),
                    rtt_ms,
                    banner: None,
                });
            }
            Event::Malformed { error, annotation } => {
                let raw = match &error {
                    pop3::codec::Malformed::BadStatusLine { bytes } => bytes.clone(),
                    pop3::codec::Malformed::LineTooLong { prefix, .. } => prefix.clone(),
                };
                self.push(Dir::Server, raw, Some(annotation));
            }
            Event::StateChanged { from, to } => {
                let banner = format!("{} → {}", from.label(), to.label());
                let text = match &to {
                    State::Authorization { .. } => "The server greeted: log in now",
                    State::Transaction => "Logged in: the maildrop is open",
                    State::Update => "QUIT: the server applies deletions",
                    State::Closed | State::Greeting => "The session is over",
                };
                let annotation = Annotation::new(text, Some(rfc(1939, "3")));
                self.transcript.borrow_mut().push(Entry {
                    id: 0,
                    at_ms: now,
                    dir: Dir::Proxy,
                    raw: banner.clone().into_bytes(),
                    secret: None,
                    body: None,
                    annotation: Some(annotation),
                    rtt_ms: None,
                    banner: Some(banner),
                });
                if matches!(to, State::Transaction) {
                    Rc::make_mut(&mut self.mailbox).clear();
                    self.selected = None;
                }
            }
            Event::Capabilities(_) => {}
            Event::StartTls => match self.settings.proxy_kind.lacks_control_channel() {
                None => {
                    self.send_control(&ClientMessage::Starttls {
                        pin_sha256: self.settings.pin_sha256.clone(),
                    });
                    self.proxy_note(
                        "Asked the proxy to start TLS on this connection",
                        Severity::Info,
                    );
                }
                Some(why) => {
                    // The server now expects a TLS handshake that cannot happen.
                    self.proxy_note(
                        format!("STLS cannot continue: {why}. Disconnecting."),
                        Severity::Warning,
                    );
                    self.close_transport();
                    self.engine.borrow_mut().connection_closed();
                    self.link = Link::Closed("STLS is not possible through websockify".into());
                }
            },
            Event::LoginFinished { method, ok, reason } => {
                self.login_error = (!ok).then(|| {
                    format!(
                        "{method} login failed: {}",
                        reason.unwrap_or_else(|| "no reason given".into())
                    )
                });
            }
            Event::Problem { annotation } => {
                let text = annotation.summary.clone();
                self.push(Dir::Proxy, text, Some(annotation));
            }
            Event::Closed {
                expected,
                unanswered,
                partial_body,
            } => {
                let mut text = if expected {
                    "The session ended normally".to_owned()
                } else {
                    "The connection ended unexpectedly".to_owned()
                };
                if !unanswered.is_empty() {
                    let names: Vec<&str> = unanswered.iter().map(Command::keyword).collect();
                    text.push_str(&format!("; no reply to {}", names.join(", ")));
                }
                if let Some(n) = partial_body {
                    text.push_str(&format!("; {n} octets of a body had arrived"));
                }
                let severity = if expected {
                    Severity::Info
                } else {
                    Severity::Warning
                };
                self.proxy_note(text, severity);
            }
        }
    }

    /// Records what a multi-line reply tells about the mailbox.
    fn learn(&mut self, command: Option<&Command>, ok: bool, body: &Rc<Vec<u8>>) {
        if !ok {
            return;
        }
        let engine = self.engine.borrow();
        let maildrop = engine.maildrop();
        match command {
            Some(Command::List { msg: None }) => {
                for (n, size) in &maildrop.sizes {
                    Rc::make_mut(&mut self.mailbox).entry(*n).or_default().size = Some(*size);
                }
            }
            Some(Command::Uidl { msg: None }) => {
                for (n, uid) in &maildrop.uids {
                    Rc::make_mut(&mut self.mailbox).entry(*n).or_default().uid = Some(uid.clone());
                }
            }
            Some(Command::Top { msg, .. }) => {
                Rc::make_mut(&mut self.mailbox)
                    .entry(*msg)
                    .or_default()
                    .headers = Some(body.clone());
            }
            Some(Command::Retr { msg }) => {
                let info = Rc::make_mut(&mut self.mailbox).entry(*msg).or_default();
                info.message = Some(body.clone());
                if info.headers.is_none() {
                    info.headers = Some(body.clone());
                }
                if info.size.is_none() {
                    info.size = maildrop.sizes.get(msg).copied();
                }
                self.selected = Some(*msg);
            }
            _ => {}
        }
    }

    fn learn_single(&mut self, command: &Command, ok: bool) {
        match command {
            Command::Dele { msg } if ok => {
                Rc::make_mut(&mut self.mailbox)
                    .entry(*msg)
                    .or_default()
                    .deleted = true
            }
            Command::Rset if ok => Rc::make_mut(&mut self.mailbox)
                .values_mut()
                .for_each(|m| m.deleted = false),
            Command::List { msg: Some(n) } if ok => {
                let size = self.engine.borrow().maildrop().sizes.get(n).copied();
                Rc::make_mut(&mut self.mailbox).entry(*n).or_default().size = size;
            }
            Command::Stat if ok => {
                let count = self.engine.borrow().maildrop().count.unwrap_or(0);
                for n in 1..=count {
                    Rc::make_mut(&mut self.mailbox).entry(n).or_default();
                }
                if std::mem::take(&mut self.headers_wanted) {
                    self.fetch_headers();
                }
            }
            _ => {}
        }
    }

    /// Sends `TOP n 0` for the first messages whose headers are unknown.
    fn fetch_headers(&mut self) {
        let wanted: Vec<u32> = self
            .mailbox
            .iter()
            .filter(|(_, m)| m.headers.is_none() && !m.deleted)
            .map(|(n, _)| *n)
            .take(HEADERS_FETCHED as usize)
            .collect();
        for n in wanted {
            if self
                .engine
                .borrow_mut()
                .send(Command::Top { msg: n, lines: 0 })
                .is_err()
            {
                break;
            }
        }
    }

    fn on_control(&mut self, text: &str) {
        let message = match serde_json::from_str::<ProxyMessage>(text) {
            Ok(m) => m,
            Err(e) => {
                self.proxy_note(
                    format!("The proxy sent something this app does not understand: {e}"),
                    Severity::Warning,
                );
                return;
            }
        };
        match message {
            ProxyMessage::Connected { peer, tls } => {
                self.link = Link::Open;
                self.error = None;
                self.untrusted = None;
                let implicit = self.settings.security == Security::Implicit;
                *self.engine.borrow_mut() = if implicit {
                    Client::new_tls()
                } else {
                    Client::new()
                };
                let text = match &tls {
                    Some(t) => format!("Connected to {peer} with {}", describe_tls(t)),
                    None => format!("Connected to {peer} (plain TCP)"),
                };
                self.tls = tls;
                self.proxy_note(text, Severity::Info);
            }
            ProxyMessage::TlsStarted { tls } => {
                self.proxy_note(format!("TLS is up: {}", describe_tls(&tls)), Severity::Info);
                self.tls = Some(tls);
                self.engine.borrow_mut().tls_started();
                // Capabilities were forgotten (RFC 2595 §4): ask again.
                let _ = self.engine.borrow_mut().send(Command::Capa);
            }
            ProxyMessage::Error { code, message, tls } => {
                if code == ErrorCode::CertUntrusted {
                    self.untrusted = tls;
                }
                self.proxy_note(
                    format!("{}: {message}", explain_error(code)),
                    Severity::Warning,
                );
                self.error = Some((code, message));
            }
            ProxyMessage::Closed { by, reason } => {
                let who = match by {
                    ClosedBy::Server => "the server",
                    ClosedBy::Proxy => "the proxy",
                    ClosedBy::Client => "this app",
                };
                self.proxy_note(
                    format!("Connection closed by {who}: {reason}"),
                    Severity::Info,
                );
                self.engine.borrow_mut().connection_closed();
                self.link = Link::Closed(format!("closed by {who}: {reason}"));
            }
        }
    }

    fn close_transport(&mut self) {
        if let Some(t) = self.transport.take() {
            t.close();
        }
    }
}

/// The TLS version and whether the certificate verified, in a few words.
pub fn describe_tls(tls: &TlsInfo) -> String {
    let version = tls.version.as_deref().unwrap_or("TLS");
    let trust = if tls.verified {
        "a verified certificate"
    } else {
        "a certificate you chose to trust"
    };
    format!("{version}, {trust}")
}

/// What a proxy error code means, in plain words.
pub fn explain_error(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::BadRequest => "The proxy did not understand the request",
        ErrorCode::OriginNotAllowed => {
            "This page may not use the proxy (start it with --allow-origin)"
        }
        ErrorCode::PortNotAllowed => {
            "The proxy does not connect to that port (start it with --allow-port)"
        }
        ErrorCode::HostNotAllowed => {
            "The proxy does not connect to private addresses in public mode"
        }
        ErrorCode::DnsFailed => "The server's name could not be found",
        ErrorCode::ConnectFailed => "The server refused the connection or is unreachable",
        ErrorCode::Timeout => "The server took too long to answer",
        ErrorCode::TlsFailed => "The TLS handshake failed",
        ErrorCode::CertUntrusted => "The server's certificate is not trusted",
        ErrorCode::TooManySessions => "The proxy is busy (too many sessions)",
        ErrorCode::IdleTimeout => "The connection was idle for too long",
    }
}

/// Whether a host names this machine.
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim().trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.revision += 1;
        match action {
            Action::Configure(settings) => {
                if settings.host != next.settings.host || settings.port != next.settings.port {
                    next.untrusted = None;
                }
                next.settings = settings;
            }
            Action::Attach(transport) => {
                next.close_transport();
                next.transport = Some(transport);
                next.link = Link::Connecting;
                next.error = None;
                next.login_error = None;
                next.tls = None;
                next.apop = None;
                next.started_ms = (next.now)();
                next.sent_at.clear();
                Rc::make_mut(&mut next.mailbox).clear();
                next.selected = None;
                next.engine = Rc::new(RefCell::new(Client::new()));
                // Earlier connections stay in the transcript (a failure is worth
                // keeping), below a banner.
                if !next.transcript.borrow().is_empty() {
                    let banner = "New connection".to_owned();
                    next.transcript.borrow_mut().push(Entry {
                        id: 0,
                        at_ms: 0.0,
                        dir: Dir::Proxy,
                        raw: banner.clone().into_bytes(),
                        secret: None,
                        body: None,
                        annotation: None,
                        rtt_ms: None,
                        banner: Some(banner),
                    });
                }
                let text = format!("Opening the proxy WebSocket {}", next.settings.proxy_url);
                next.proxy_note(text, Severity::Info);
            }
            Action::SocketOpen if next.settings.proxy_kind == ProxyKind::Websockify => {
                // Bytes flow at once; the target is whatever websockify was started with.
                next.link = Link::Open;
                *next.engine.borrow_mut() = Client::new();
                next.proxy_note(
                    "Connected through websockify: the server is the proxy's fixed target",
                    Severity::Info,
                );
            }
            Action::SocketOpen => {
                let s = &next.settings;
                let tls = if s.security == Security::Implicit {
                    TlsMode::Implicit
                } else {
                    TlsMode::None
                };
                let connect = ClientMessage::Connect {
                    host: s.host.trim().to_owned(),
                    port: s.port,
                    tls,
                    pin_sha256: s.pin_sha256.clone(),
                };
                next.send_control(&connect);
                let text = format!("Asked the proxy to connect to {}:{}", s.host.trim(), s.port);
                next.proxy_note(text, Severity::Info);
            }
            Action::SocketText(text) => {
                next.on_control(&text);
                next.pump();
            }
            Action::SocketBinary(bytes) => {
                let greeting_pending = *next.engine.borrow().state() == State::Greeting;
                next.engine.borrow_mut().feed(&bytes);
                next.pump();
                let greeted = matches!(next.engine.borrow().state(), State::Authorization { .. });
                if greeting_pending
                    && greeted
                    && next.settings.security == Security::Stls
                    && next.settings.proxy_kind == ProxyKind::Playground
                {
                    let _ = next.engine.borrow_mut().send(Command::Stls);
                    next.pump();
                }
            }
            Action::SocketClosed(reason) => {
                if next.link != Link::Idle && !matches!(next.link, Link::Closed(_)) {
                    next.engine.borrow_mut().connection_closed();
                    next.pump();
                    next.proxy_note(
                        format!("The WebSocket to the proxy closed: {reason}"),
                        Severity::Info,
                    );
                    next.link = Link::Closed(reason);
                }
                next.transport = None;
            }
            Action::Disconnect => {
                next.send_control(&ClientMessage::Close);
                next.close_transport();
                if next.link == Link::Open || next.link == Link::Connecting {
                    next.engine.borrow_mut().connection_closed();
                    next.pump();
                }
                next.link = Link::Closed("disconnected".into());
            }
            Action::Send(command) => {
                let result = next.engine.borrow_mut().send(command);
                if let Err(e) = result {
                    next.proxy_note(format!("Not sent: {e}"), Severity::Warning);
                }
                next.pump();
            }
            Action::SendRaw(line) => {
                let line = line.trim_end_matches(['\r', '\n']).to_owned();
                if !line.is_empty() && next.history.last() != Some(&line) {
                    next.history.push(line.clone());
                }
                let result = {
                    let mut engine = next.engine.borrow_mut();
                    if engine.awaiting_sasl_response() {
                        engine.send_sasl_response(&line);
                        Ok(())
                    } else {
                        engine.send_anyway(Command::parse_lenient(&line))
                    }
                };
                if let Err(e) = result {
                    next.proxy_note(format!("Not sent: {e}"), Severity::Warning);
                }
                next.pump();
            }
            Action::LoginUserPass { user, password } => {
                next.login_error = None;
                let result = {
                    let mut engine = next.engine.borrow_mut();
                    engine
                        .send(Command::User { name: user })
                        .and_then(|()| engine.send(Command::Pass { password }))
                };
                if let Err(e) = result {
                    next.login_error = Some(e.to_string());
                }
                next.pump();
            }
            Action::LoginApop { user, secret } => {
                next.login_error = None;
                let result = next.engine.borrow_mut().login_apop(&user, &secret);
                match result {
                    Ok(steps) => next.apop = Some(steps),
                    Err(e) => next.login_error = Some(e.to_string()),
                }
                next.pump();
            }
            Action::LoginSasl {
                mechanism,
                user,
                secret,
            } => {
                next.login_error = None;
                // SASLprep's normalization step (RFC 4013 §2.2), with the
                // browser's Unicode tables rather than shipping our own.
                let (user, secret) = if mechanism == Mechanism::ScramSha256 {
                    (nfkc(&user), nfkc(secret.expose()))
                } else {
                    (user, secret.into_exposed())
                };
                let mut credentials = Credentials::new(user, secret);
                credentials.host = Some(next.settings.host.clone());
                credentials.port = Some(next.settings.port);
                let nonce = nonce();
                let result = next
                    .engine
                    .borrow_mut()
                    .authenticate(mechanism, credentials, &nonce);
                if let Err(e) = result {
                    next.login_error = Some(e.to_string());
                }
                next.pump();
            }
            Action::LoadMailbox => {
                let supports_uidl = next
                    .engine
                    .borrow()
                    .has_capability(|c| *c == pop3::types::Capability::Uidl);
                let mut commands = vec![Command::Stat, Command::List { msg: None }];
                if supports_uidl != Some(false) {
                    commands.push(Command::Uidl { msg: None });
                }
                for command in commands {
                    let result = next.engine.borrow_mut().send(command);
                    if let Err(e) = result {
                        next.proxy_note(format!("Not sent: {e}"), Severity::Warning);
                        break;
                    }
                }
                // The headers (TOP n 0) follow once STAT says how many there are.
                next.headers_wanted = true;
                next.pump();
            }
            Action::Open(n) => {
                next.selected = Some(n);
                let have = next.mailbox.get(&n).is_some_and(|m| m.message.is_some());
                if !have {
                    let result = next.engine.borrow_mut().send(Command::Retr { msg: n });
                    if let Err(e) = result {
                        next.proxy_note(format!("Not sent: {e}"), Severity::Warning);
                    }
                    next.pump();
                }
            }
            Action::TrustCertificate => {
                if let Some(leaf) = next
                    .untrusted
                    .take()
                    .and_then(|t| t.chain.into_iter().next())
                {
                    next.settings.pin_sha256 = Some(leaf.sha256);
                }
            }
            Action::ClearTranscript => next.transcript.borrow_mut().clear(),
            Action::Restore(entries) => {
                next.close_transport();
                next.link = Link::Idle;
                next.tls = None;
                next.error = None;
                Rc::make_mut(&mut next.mailbox).clear();
                next.selected = None;
                let mut transcript = Transcript::default();
                for entry in entries {
                    transcript.push(entry);
                }
                next.transcript = Rc::new(RefCell::new(transcript));
            }
            Action::Import(text) => {
                next.close_transport();
                next.link = Link::Idle;
                next.tls = None;
                next.error = None;
                Rc::make_mut(&mut next.mailbox).clear();
                next.selected = None;
                next.sent_at.clear();
                next.started_ms = (next.now)();
                next.transcript = Rc::new(RefCell::new(Transcript::default()));
                let replay = pop3::import::replay(&text);
                let format = match replay.format {
                    pop3::import::Format::Prefixed => "a C:/S: log",
                    pop3::import::Format::Telnet => "a terminal log",
                };
                let lines = text.lines().count();
                next.proxy_note(
                    format!(
                        "Imported {lines} lines as {format}; {} skipped as not POP3",
                        replay.skipped.len()
                    ),
                    Severity::Info,
                );
                // The replayed engine holds the session's end state.
                next.engine = Rc::new(RefCell::new(replay.client));
                for event in replay.events {
                    next.apply(event);
                }
            }
        }
        Rc::new(next)
    }
}

/// NFKC normalization by the browser (`String.prototype.normalize`).
fn nfkc(text: &str) -> String {
    js_sys::JsString::from(text)
        .normalize("NFKC")
        .as_string()
        .unwrap_or_else(|| text.to_owned())
}

/// Fresh client randomness for SCRAM, from the browser's crypto when available.
fn nonce() -> String {
    let mut bytes = [0u8; 18];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        let t = js_sys::Math::random().to_bits() ^ js_sys::Date::now().to_bits();
        bytes[..8].copy_from_slice(&t.to_le_bytes());
    }
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD_NO_PAD
        .encode(bytes)
        .replace(['+', '/'], "x")
}
