//! The reducer: one [`Session`] holds the connection settings, the protocol
//! engine, the transcript of typed facts and the message bodies fetched.
//!
//! Side effects go through a [`Transport`] the reducer is given (the link to
//! the proxy in the browser, a recorder in tests), and the clock, randomness and
//! Unicode normalization come in through an [`Env`], so every path runs in a
//! host `cargo test`.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::rc::Rc;

use pop3::Secret;
use pop3::codec::Reply;
use pop3::engine::{ApopSteps, Client, Event, SendError};
use pop3::sasl::{Credentials, Mechanism};
use pop3::types::{Command, State, Status};
use pop3::wire::{ErrorCode, TlsFailure, TlsInfo};
use yew::Reducible;

use super::settings::{ProxyKind, ProxyPresence, Security, Settings, is_loopback};
use super::transcript::{
    Body, Closer, Entry, Fact, ImportFormat, Refusal, ReplyStatus, TlsUp, Transcript,
};
use crate::services::link::LinkEvent;

/// What a [`Session`] needs from its link to the server.
pub trait Transport {
    /// Sends POP3 bytes to the server.
    fn send(&self, bytes: &[u8]);
    /// Upgrades the connection to TLS after +OK to STLS, trusting this
    /// certificate if it does not verify.
    fn start_tls(&self, pin_sha256: Option<String>);
    /// Closes the link.
    fn close(&self);
    /// Whether the server is the demo inside this page (no proxy, no TLS).
    fn in_page(&self) -> bool {
        false
    }
}

/// What the session takes from its surroundings.
#[derive(Clone, Copy)]
pub struct Env {
    /// Milliseconds from some fixed start.
    pub now: fn() -> f64,
    /// Fresh, unpredictable client randomness (SCRAM nonces); `None` if there is
    /// no secure source.
    pub nonce: fn() -> Option<String>,
    /// NFKC normalization (SASLprep's mapping step for SCRAM).
    pub nfkc: fn(&str) -> String,
}

impl Env {
    /// The browser's clock, `crypto.getRandomValues` and `String.normalize`.
    pub fn browser() -> Env {
        Env {
            now: crate::services::browser::now,
            nonce: crate::services::browser::nonce,
            nfkc: crate::services::browser::nfkc,
        }
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
    /// The connection ended; the fact that ended it is in the transcript.
    Closed,
}

/// What the mailbox table shows for one message: the engine's maildrop (sizes,
/// unique ids, deletions) beside the bodies fetched.
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

/// The bodies fetched for one message, shared with the transcript.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bodies {
    /// Headers from `TOP n 0` (or a whole RETR).
    pub headers: Option<Rc<Vec<u8>>>,
    /// The whole message from RETR.
    pub message: Option<Rc<Vec<u8>>>,
}

/// Why a login did not go out or did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginError {
    /// The server refused it.
    Refused {
        /// `USER/PASS`, `APOP` or the SASL mechanism.
        method: String,
        /// The server's text, if any.
        reason: Option<String>,
    },
    /// It could not be sent.
    NotSent(Refusal),
    /// The SASL exchange could not start (e.g. bad credentials for it).
    Sasl(String),
    /// There is no secure randomness for a SCRAM nonce.
    NoRandomness,
}

/// The session.
#[derive(Clone)]
pub struct Session {
    /// Where to connect.
    pub settings: Settings,
    /// Whether a proxy answers beside the page (asked once, at start).
    pub proxy: ProxyPresence,
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
    /// The last proxy error: its code, its words and why TLS failed.
    pub error: Option<(ErrorCode, String, Option<TlsFailure>)>,
    /// The last login failure.
    pub login_error: Option<LoginError>,
    /// The steps of the last APOP login, for showing the digest.
    pub apop: Option<ApopSteps>,
    /// Bodies fetched, by message number (shared: copied only when it changes).
    pub bodies: Rc<BTreeMap<u32, Bodies>>,
    /// The message shown in the message view.
    pub selected: Option<u32>,
    /// The transcript entry the reader picked, in the transcript or the diagram.
    pub picked: Pick,
    /// Lines typed in raw mode, oldest first.
    pub history: Vec<String>,
    transport: Option<Rc<dyn Transport>>,
    /// `LoadMailbox` waits for STAT to know which headers to fetch.
    headers_wanted: bool,
    started_ms: f64,
    /// Commands waiting for their reply: entry id and when they were sent.
    awaiting: VecDeque<(usize, f64)>,
    env: Env,
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

impl Default for Session {
    fn default() -> Self {
        Session::with_env(Env::browser())
    }
}

/// Everything that can happen to a session.
pub enum Action {
    /// Change where to connect.
    Configure(Settings),
    /// A link to the proxy was created; it reports through [`Action::Link`].
    Attach(Rc<dyn Transport>),
    /// Whether a proxy answers beside the page, once asked.
    ProxyProbed(ProxyPresence),
    /// The target needs the proxy and none answers: no link is made.
    NoProxy,
    /// What the link reports.
    Link(LinkEvent),
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
    /// Select a transcript entry (or none), wherever the reader picked it.
    PickEntry(Option<usize>),
    /// Forget the transcript.
    ClearTranscript,
    /// Replay a pasted `C:`/`S:` or telnet log offline, annotating it.
    Import(String),
    /// Show a saved transcript (an export read back): it replaces the current
    /// one, offline.
    Restore(Vec<Entry>),
}

/// The transcript entry the reader picked, shared by the transcript and the
/// sequence diagram, so that each shows what the other selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pick {
    /// The entry's index in the transcript.
    pub index: Option<usize>,
    /// Counts the picks, so that picking the same entry again brings it back
    /// into view.
    pub count: u32,
}

/// How many messages `LoadMailbox` fetches headers for.
pub const HEADERS_FETCHED: u32 = 50;

fn refusal(error: SendError) -> Refusal {
    match error {
        SendError::NotValid(e) => Refusal::NotValid(e),
        SendError::Invalid(e) => Refusal::Unwritable(e),
    }
}

impl Session {
    /// A disconnected session with a given clock, and the browser's randomness
    /// and normalization.
    pub fn new(now: fn() -> f64) -> Self {
        Session::with_env(Env {
            now,
            ..Env::browser()
        })
    }

    /// A disconnected session in the given surroundings.
    pub fn with_env(env: Env) -> Self {
        Session {
            settings: Settings::default(),
            proxy: ProxyPresence::Unknown,
            link: Link::Idle,
            engine: Rc::new(RefCell::new(Client::new())),
            transcript: Rc::new(RefCell::new(Transcript::default())),
            revision: 0,
            tls: None,
            untrusted: None,
            error: None,
            login_error: None,
            apop: None,
            bodies: Rc::default(),
            selected: None,
            picked: Pick::default(),
            history: Vec::new(),
            transport: None,
            headers_wanted: false,
            started_ms: (env.now)(),
            awaiting: VecDeque::new(),
            env,
        }
    }

    /// The label the state badge shows.
    pub fn state_label(&self) -> &'static str {
        match self.link {
            Link::Open => self.engine.borrow().state().label(),
            _ => "DISCONNECTED",
        }
    }

    /// When the last connection started (the clock's milliseconds), or `None`
    /// when the transcript was imported or restored rather than recorded here.
    pub fn connection_started_ms(&self) -> Option<f64> {
        (self.link != Link::Idle).then_some(self.started_ms)
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

    /// The mailbox as the table shows it: the engine's maildrop (the one source
    /// of sizes, unique ids and deletions) with the bodies fetched.
    pub fn mailbox(&self) -> BTreeMap<u32, MessageInfo> {
        let engine = self.engine.borrow();
        let maildrop = engine.maildrop();
        let mut view: BTreeMap<u32, MessageInfo> = BTreeMap::new();
        for n in 1..=maildrop.count.unwrap_or(0) {
            view.entry(n).or_default();
        }
        for (n, size) in &maildrop.sizes {
            view.entry(*n).or_default().size = Some(*size);
        }
        for (n, uid) in &maildrop.uids {
            view.entry(*n).or_default().uid = Some(uid.clone());
        }
        for n in &maildrop.deleted {
            view.entry(*n).or_default().deleted = true;
        }
        for (n, bodies) in self.bodies.iter() {
            let info = view.entry(*n).or_default();
            info.headers = bodies.headers.clone();
            info.message = bodies.message.clone();
        }
        view
    }

    fn elapsed(&self) -> f64 {
        (self.env.now)() - self.started_ms
    }

    /// Appends a fact; returns its entry id.
    fn record(&mut self, fact: Fact) -> usize {
        let entry = Entry::new(fact, self.elapsed());
        self.transcript.borrow_mut().push(entry)
    }

    /// Writes what the engine has queued, then turns its events into transcript
    /// entries and session changes.
    fn pump(&mut self) {
        loop {
            let mut progressed = false;
            while let Some(bytes) = self.engine.borrow_mut().poll_transmit() {
                progressed = true;
                if let Some(t) = &self.transport {
                    t.send(&bytes);
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
                let is_command = command.is_some();
                let mut raw = masked.into_bytes();
                raw.extend_from_slice(b"\r\n");
                let id = self.transcript.borrow_mut().push(Entry {
                    raw,
                    secret,
                    annotation: Some(annotation),
                    ..Entry::new(Fact::Command { command }, now)
                });
                if is_command {
                    self.awaiting.push_back((id, now));
                }
            }
            Event::Received {
                mut decoded,
                command,
                annotation,
            } => {
                let (status, code) = match &decoded.reply {
                    Reply::Response(r) => (
                        if r.status == Status::Ok {
                            ReplyStatus::Ok
                        } else {
                            ReplyStatus::Err
                        },
                        r.code.clone(),
                    ),
                    Reply::Continuation(_) => (ReplyStatus::Continuation, None),
                };
                let (answers, rtt_ms) = match (status, &command) {
                    (_, None) => (None, None),
                    (ReplyStatus::Continuation, Some(_)) => {
                        (self.awaiting.front().map(|(id, _)| *id), None)
                    }
                    (_, Some(_)) => match self.awaiting.pop_front() {
                        Some((id, at)) => (Some(id), Some(now - at)),
                        None => (None, None),
                    },
                };
                let mut body = None;
                if let Reply::Response(response) = &mut decoded.reply {
                    let ok = response.is_ok();
                    // Moved out of the engine's reply, not copied: the transcript
                    // and the mailbox share this one buffer.
                    if let Some(bytes) = response.body.take() {
                        let bytes = Rc::new(bytes);
                        self.learn(command.as_ref(), ok, &bytes);
                        body = Some(Body {
                            bytes,
                            lines: decoded.body_lines,
                            wire_len: decoded.wire_len,
                            undoubled: std::mem::take(&mut decoded.undoubled),
                        });
                    } else if let Some(cmd) = &command {
                        self.learn_single(cmd, ok);
                    }
                }
                self.transcript.borrow_mut().push(Entry {
                    raw: decoded.head,
                    body,
                    annotation: Some(annotation),
                    rtt_ms,
                    ..Entry::new(
                        Fact::Reply {
                            status,
                            code,
                            answers,
                        },
                        now,
                    )
                });
            }
            Event::Malformed { error, annotation } => {
                let raw = match &error {
                    pop3::codec::Malformed::BadStatusLine { bytes } => bytes.clone(),
                    pop3::codec::Malformed::LineTooLong { prefix, .. } => prefix.clone(),
                };
                self.transcript.borrow_mut().push(Entry {
                    raw,
                    annotation: Some(annotation),
                    ..Entry::new(Fact::Malformed, now)
                });
            }
            Event::StateChanged { from, to } => {
                let entering_transaction = matches!(to, State::Transaction);
                self.record(Fact::StateChanged { from, to });
                if entering_transaction {
                    Rc::make_mut(&mut self.bodies).clear();
                    self.selected = None;
                }
            }
            Event::Capabilities(_) => {}
            Event::StartTls => match self.settings.proxy_kind {
                ProxyKind::Playground => {
                    if let Some(t) = &self.transport {
                        t.start_tls(self.settings.pin_sha256.clone());
                    }
                    self.record(Fact::StartTlsAsked);
                }
                ProxyKind::Websockify => {
                    // The server now expects a TLS handshake that cannot happen.
                    self.record(Fact::StlsImpossible);
                    self.close_transport();
                    self.engine.borrow_mut().connection_closed();
                    self.link = Link::Closed;
                }
            },
            Event::LoginFinished { method, ok, reason } => {
                self.login_error = (!ok).then_some(LoginError::Refused { method, reason });
            }
            Event::Problem { annotation } => {
                self.transcript.borrow_mut().push(Entry {
                    annotation: Some(annotation),
                    ..Entry::new(Fact::Problem, now)
                });
            }
            Event::Closed {
                expected,
                unanswered,
                partial_body,
                kept_marks,
            } => {
                self.awaiting.clear();
                self.record(Fact::SessionEnded {
                    expected,
                    unanswered: unanswered.iter().map(|c| c.keyword().to_owned()).collect(),
                    partial_body,
                    kept_marks,
                });
            }
        }
    }

    /// Keeps what a multi-line reply brought that the engine does not: bodies.
    fn learn(&mut self, command: Option<&Command>, ok: bool, body: &Rc<Vec<u8>>) {
        if !ok {
            return;
        }
        match command {
            Some(Command::Top { msg, .. }) => {
                Rc::make_mut(&mut self.bodies)
                    .entry(*msg)
                    .or_default()
                    .headers = Some(body.clone());
            }
            Some(Command::Retr { msg }) => {
                let bodies = Rc::make_mut(&mut self.bodies).entry(*msg).or_default();
                bodies.message = Some(body.clone());
                if bodies.headers.is_none() {
                    bodies.headers = Some(body.clone());
                }
                self.selected = Some(*msg);
            }
            _ => {}
        }
    }

    fn learn_single(&mut self, command: &Command, ok: bool) {
        if ok && matches!(command, Command::Stat) && std::mem::take(&mut self.headers_wanted) {
            self.fetch_headers();
        }
    }

    /// Sends `TOP n 0` for the first messages whose headers are unknown.
    fn fetch_headers(&mut self) {
        let wanted: Vec<u32> = self
            .mailbox()
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

    /// Whether the link goes to the demo inside this page.
    pub fn in_page(&self) -> bool {
        self.transport.as_ref().is_some_and(|t| t.in_page())
    }

    fn on_link(&mut self, event: LinkEvent) {
        match event {
            LinkEvent::Dialling {
                host,
                port,
                security,
            } => {
                self.record(Fact::ConnectAsked {
                    host,
                    port,
                    security,
                });
            }
            LinkEvent::Open { peer, tls } => {
                self.link = Link::Open;
                self.error = None;
                self.untrusted = None;
                // Behind websockify (no peer) the bytes are whatever its target speaks.
                let implicit = peer.is_some() && self.settings.security == Security::Implicit;
                *self.engine.borrow_mut() = if implicit {
                    Client::new_tls()
                } else {
                    Client::new()
                };
                if self.in_page() {
                    self.record(Fact::InPage);
                } else {
                    self.record(Fact::Opened {
                        peer,
                        tls: tls.as_ref().map(TlsUp::of),
                    });
                }
                self.tls = tls;
            }
            LinkEvent::TlsStarted(tls) => {
                self.record(Fact::TlsUp(TlsUp::of(&tls)));
                self.tls = Some(tls);
                self.engine.borrow_mut().tls_started();
                // Capabilities were forgotten (RFC 2595 §4): ask again.
                let _ = self.engine.borrow_mut().send(Command::Capa);
            }
            LinkEvent::Bytes(bytes) => {
                let greeting_pending = *self.engine.borrow().state() == State::Greeting;
                self.engine.borrow_mut().feed(&bytes);
                self.pump();
                let greeted = matches!(self.engine.borrow().state(), State::Authorization { .. });
                if greeting_pending
                    && greeted
                    && self.settings.security == Security::Stls
                    && self.settings.proxy_kind == ProxyKind::Playground
                {
                    let _ = self.engine.borrow_mut().send(Command::Stls);
                }
            }
            LinkEvent::Error {
                code,
                message,
                tls,
                cause,
            } => {
                if code == ErrorCode::CertUntrusted {
                    self.untrusted = tls;
                }
                self.record(Fact::LinkError {
                    code,
                    message: message.clone(),
                    cause,
                });
                self.error = Some((code, message, cause));
            }
            LinkEvent::Unreadable { error } => {
                self.record(Fact::ControlUnreadable { error });
            }
            LinkEvent::Closed { by, reason, code } => {
                if self.link == Link::Idle || self.link == Link::Closed {
                    // A link that could not even open says why once.
                    if by == Closer::Socket && code.is_none() {
                        self.record(Fact::Closed { by, reason, code });
                    }
                    self.transport = None;
                    return;
                }
                self.engine.borrow_mut().connection_closed();
                self.pump();
                self.record(Fact::Closed { by, reason, code });
                self.link = Link::Closed;
                if by == Closer::Socket {
                    self.transport = None;
                }
            }
        }
    }

    fn close_transport(&mut self) {
        if let Some(t) = self.transport.take() {
            t.close();
        }
    }

    fn send(&mut self, command: Command) -> bool {
        let result = self.engine.borrow_mut().send(command);
        match result {
            Ok(()) => true,
            Err(e) => {
                self.record(Fact::NotSent(refusal(e)));
                false
            }
        }
    }

    /// Resets everything that belongs to one connection.
    fn fresh_connection(&mut self) {
        self.error = None;
        self.login_error = None;
        self.tls = None;
        self.apop = None;
        self.started_ms = (self.env.now)();
        self.awaiting.clear();
        Rc::make_mut(&mut self.bodies).clear();
        self.selected = None;
        self.engine = Rc::new(RefCell::new(Client::new()));
    }
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
                next.fresh_connection();
                // Earlier connections stay in the transcript (a failure is worth
                // keeping), below a banner.
                if !next.transcript.borrow().is_empty() {
                    next.transcript
                        .borrow_mut()
                        .push(Entry::new(Fact::NewConnection, 0.0));
                }
                if !next.in_page() {
                    let url = next.settings.proxy_url.clone();
                    next.record(Fact::Connecting { url });
                }
            }
            Action::ProxyProbed(presence) => next.proxy = presence,
            Action::NoProxy => {
                next.close_transport();
                next.link = Link::Closed;
                next.record(Fact::NoProxy);
            }
            Action::Link(event) => {
                next.on_link(event);
                next.pump();
            }
            Action::Disconnect => {
                next.close_transport();
                if next.link == Link::Open || next.link == Link::Connecting {
                    next.engine.borrow_mut().connection_closed();
                    next.pump();
                }
                next.link = Link::Closed;
            }
            Action::Send(command) => {
                next.send(command);
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
                    next.record(Fact::NotSent(Refusal::Unwritable(e)));
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
                    next.login_error = Some(LoginError::NotSent(refusal(e)));
                }
                next.pump();
            }
            Action::LoginApop { user, secret } => {
                next.login_error = None;
                let result = next.engine.borrow_mut().login_apop(&user, &secret);
                match result {
                    Ok(steps) => next.apop = Some(steps),
                    Err(e) => next.login_error = Some(LoginError::NotSent(refusal(e))),
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
                // surroundings' Unicode tables rather than shipping our own.
                let (user, secret) = if mechanism == Mechanism::ScramSha256 {
                    ((next.env.nfkc)(&user), (next.env.nfkc)(secret.expose()))
                } else {
                    (user, secret.into_exposed())
                };
                let mut credentials = Credentials::new(user, secret);
                credentials.host = Some(next.settings.host.clone());
                credentials.port = Some(next.settings.port);
                match (next.env.nonce)() {
                    None => next.login_error = Some(LoginError::NoRandomness),
                    Some(nonce) => {
                        let result =
                            next.engine
                                .borrow_mut()
                                .authenticate(mechanism, credentials, &nonce);
                        if let Err(e) = result {
                            next.login_error = Some(LoginError::Sasl(e.to_string()));
                        }
                    }
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
                    if !next.send(command) {
                        break;
                    }
                }
                // The headers (TOP n 0) follow once STAT says how many there are.
                next.headers_wanted = true;
                next.pump();
            }
            Action::Open(n) => {
                next.selected = Some(n);
                let have = next.bodies.get(&n).is_some_and(|m| m.message.is_some());
                if !have {
                    next.send(Command::Retr { msg: n });
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
            Action::PickEntry(index) => {
                next.picked = Pick {
                    index,
                    count: next.picked.count.wrapping_add(1),
                };
            }
            Action::ClearTranscript => {
                next.transcript.borrow_mut().clear();
                next.picked.index = None;
            }
            Action::Restore(entries) => {
                next.picked.index = None;
                next.close_transport();
                next.link = Link::Idle;
                next.fresh_connection();
                let mut transcript = Transcript::default();
                for entry in entries {
                    transcript.push(entry);
                }
                next.transcript = Rc::new(RefCell::new(transcript));
            }
            Action::Import(text) => {
                next.picked.index = None;
                next.close_transport();
                next.link = Link::Idle;
                next.fresh_connection();
                next.transcript = Rc::new(RefCell::new(Transcript::default()));
                let replay = pop3::import::replay(&text);
                let format = match replay.format {
                    pop3::import::Format::Prefixed => ImportFormat::Prefixed,
                    pop3::import::Format::Telnet => ImportFormat::Telnet,
                };
                next.record(Fact::Imported {
                    lines: text.lines().count(),
                    format,
                    skipped: replay.skipped_lines(),
                });
                // The replayed engine holds the session's end state.
                next.engine = Rc::new(RefCell::new(replay.client));
                for replayed in replay.events {
                    next.apply(replayed.event);
                }
            }
        }
        Rc::new(next)
    }
}
