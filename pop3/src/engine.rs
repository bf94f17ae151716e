//! The client engine: a POP3 client state machine with no I/O.
//!
//! Push received bytes in with [`Client::feed`], pull [`Event`]s out with
//! [`Client::poll_event`], and write whatever [`Client::poll_transmit`] returns.
//! Ask to send with [`Client::send`]; it refuses commands that are not valid in
//! the current state and says why.
//!
//! ```
//! use pop3::engine::{Client, Event};
//! use pop3::types::Command;
//! let mut client = Client::new();
//! client.feed(b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
//! assert!(matches!(client.poll_event(), Some(Event::Received { .. })));
//! assert!(matches!(client.poll_event(), Some(Event::StateChanged { .. })));
//! client.send(Command::Capa).unwrap();
//! assert_eq!(client.poll_transmit().unwrap(), b"CAPA\r\n");
//! assert!(client.send(Command::Stat).is_err()); // not logged in yet
//! ```

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::annotate::{self, Annotation, RfcRef, Say, Severity, rfc};
use crate::apop;
use crate::codec::{DecodeError, Decoded, Decoder, Malformed, Reply};
use crate::sasl::{Credentials, Mechanism, SaslClient};
use crate::secret::{MASK, Secret};
use crate::types::{Capability, Command, CommandError, Response, State};

/// What happened, in the order it happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A line was queued for writing (see [`Client::poll_transmit`]).
    Sent {
        /// The line as transcripts show it, secrets masked, no CRLF.
        masked: String,
        /// The line as written, no CRLF, for an explicit "reveal".
        line: Secret<String>,
        /// The command, or `None` for a SASL response line.
        command: Option<Command>,
        /// What the line means.
        annotation: Annotation,
    },
    /// A complete reply arrived.
    Received {
        /// The reply and its wire details.
        decoded: Decoded,
        /// The command it answers (`None` for the greeting or an unsolicited reply).
        command: Option<Command>,
        /// What it means, with any warnings and violations.
        annotation: Annotation,
    },
    /// Bytes arrived that are not a valid reply; they were skipped.
    Malformed {
        /// What was wrong, with the bytes.
        error: Malformed,
        /// The explanation.
        annotation: Annotation,
    },
    /// The session state changed.
    StateChanged {
        /// The state before.
        from: State,
        /// The state after.
        to: State,
    },
    /// The server listed its capabilities.
    Capabilities(Vec<Capability>),
    /// The server accepted STLS: start TLS on the connection now, then call
    /// [`Client::tls_started`]. Capabilities have been forgotten (RFC 2595 §4).
    StartTls,
    /// An AUTH, APOP or USER/PASS login finished.
    LoginFinished {
        /// `USER/PASS`, `APOP` or the SASL mechanism.
        method: String,
        /// Whether the server accepted it.
        ok: bool,
        /// Why it failed, if it did.
        reason: Option<String>,
    },
    /// A client-side problem noticed while running an exchange, e.g. a SASL
    /// server signature that does not verify.
    Problem {
        /// What is wrong.
        annotation: Annotation,
    },
    /// The connection ended.
    Closed {
        /// Whether this was the end of a normal QUIT.
        expected: bool,
        /// Commands still waiting for a reply.
        unanswered: Vec<Command>,
        /// Bytes of a multi-line body that had arrived when it ended.
        partial_body: Option<usize>,
    },
}

/// Why a command cannot be sent now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotValid {
    /// The reason.
    pub reason: Say,
    /// Where the rule is written.
    pub rfc: Option<RfcRef>,
}

impl fmt::Display for NotValid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Words belong to the edge's catalogs; this is for logs and debugging.
        write!(f, "{}", self.reason.id())?;
        for (name, value) in self.reason.args() {
            write!(f, " {name}={}", value.to_text())?;
        }
        match &self.rfc {
            Some(r) => write!(f, " ({r})"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for NotValid {}

/// Why [`Client::send`] refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// The command is not valid in this state.
    NotValid(NotValid),
    /// The command cannot be written (e.g. a CR or LF in an argument).
    Invalid(CommandError),
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendError::NotValid(e) => e.fmt(f),
            SendError::Invalid(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for SendError {}

impl From<NotValid> for SendError {
    fn from(e: NotValid) -> Self {
        SendError::NotValid(e)
    }
}

impl From<CommandError> for SendError {
    fn from(e: CommandError) -> Self {
        SendError::Invalid(e)
    }
}

/// What the client learnt about the maildrop.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Maildrop {
    /// Message count from STAT or LIST.
    pub count: Option<u32>,
    /// Total octets from STAT.
    pub total: Option<u64>,
    /// Sizes from LIST.
    pub sizes: BTreeMap<u32, u64>,
    /// Unique ids from UIDL.
    pub uids: BTreeMap<u32, String>,
    /// Messages marked as deleted in this session.
    pub deleted: BTreeSet<u32>,
}

/// The steps of an APOP login, for showing how the digest is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApopSteps {
    /// The timestamp from the greeting.
    pub timestamp: String,
    /// The digest: lowercase hex MD5 of timestamp + secret.
    pub digest: String,
}

/// A command waiting for its reply.
#[derive(Debug)]
struct Pending {
    command: Command,
}

/// An AUTH exchange in progress.
#[derive(Debug)]
struct SaslExchange {
    client: SaslClient,
    /// An initial response that did not fit on the AUTH line (RFC 5034 §4): it is
    /// sent after the server's first, empty challenge.
    deferred_initial: Option<Secret<Vec<u8>>>,
    /// The client cancelled with "*".
    cancelled: bool,
}

/// A POP3 client session.
#[derive(Debug)]
pub struct Client {
    decoder: Decoder,
    state: State,
    capabilities: Option<Vec<Capability>>,
    greeting: Option<Response>,
    tls_active: bool,
    /// +OK to STLS received; waiting for the transport to finish TLS.
    awaiting_tls: bool,
    in_flight: VecDeque<Pending>,
    queued: VecDeque<Pending>,
    transmit: VecDeque<Vec<u8>>,
    events: VecDeque<Event>,
    sasl: Option<SaslExchange>,
    /// A "+ " challenge arrived and has not been answered yet.
    challenge_pending: bool,
    /// [`Client::connection_closed`] was called.
    connection_ended: bool,
    /// USER sent (and not refused): PASS may follow.
    user_sent: bool,
    maildrop: Maildrop,
    utf8: bool,
}

impl Default for Client {
    fn default() -> Self {
        Self::new()
    }
}

impl Client {
    /// A client for a connection that was just opened: it waits for the greeting.
    pub fn new() -> Self {
        Client {
            decoder: Decoder::new(),
            state: State::Greeting,
            capabilities: None,
            greeting: None,
            tls_active: false,
            awaiting_tls: false,
            in_flight: VecDeque::new(),
            queued: VecDeque::new(),
            transmit: VecDeque::new(),
            events: VecDeque::new(),
            sasl: None,
            challenge_pending: false,
            connection_ended: false,
            user_sent: false,
            maildrop: Maildrop::default(),
            utf8: false,
        }
    }

    /// A client on a connection that is already protected by TLS (port 995).
    pub fn new_tls() -> Self {
        Client {
            tls_active: true,
            ..Self::new()
        }
    }

    /// The session state.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The capabilities from the last CAPA, if it was asked since the last STLS.
    pub fn capabilities(&self) -> Option<&[Capability]> {
        self.capabilities.as_deref()
    }

    /// Whether a capability was advertised (`None`: CAPA not asked).
    pub fn has_capability(&self, f: impl Fn(&Capability) -> bool) -> Option<bool> {
        self.capabilities.as_ref().map(|caps| caps.iter().any(f))
    }

    /// SASL mechanisms the server advertised that this client can run.
    pub fn supported_mechanisms(&self) -> Vec<Mechanism> {
        let mut out = Vec::new();
        for cap in self.capabilities.iter().flatten() {
            if let Capability::Sasl(names) = cap {
                out.extend(names.iter().filter_map(|n| Mechanism::from_name(n)));
            }
        }
        out
    }

    /// The greeting, once received.
    pub fn greeting(&self) -> Option<&Response> {
        self.greeting.as_ref()
    }

    /// The APOP timestamp from the greeting, if any.
    pub fn apop_timestamp(&self) -> Option<String> {
        let text = self.greeting.as_ref()?.text_lossy().into_owned();
        apop::extract_timestamp(&text).map(str::to_owned)
    }

    /// Whether the server accepted UTF8 (RFC 6856 §2): user names, passwords and
    /// replies may then be UTF-8.
    pub fn utf8_mode(&self) -> bool {
        self.utf8
    }

    /// Whether the connection is protected by TLS.
    pub fn tls_active(&self) -> bool {
        self.tls_active
    }

    /// What is known about the maildrop.
    pub fn maildrop(&self) -> &Maildrop {
        &self.maildrop
    }

    /// Commands sent and not yet answered, oldest first.
    pub fn in_flight(&self) -> impl Iterator<Item = &Command> {
        self.in_flight.iter().map(|p| &p.command)
    }

    /// Bytes of the multi-line body being received, and the size expected from
    /// LIST or the `+OK` line, for a progress bar.
    pub fn body_progress(&self) -> Option<(usize, Option<u64>)> {
        let received = self.decoder.body_progress()?;
        let listed = self
            .in_flight
            .front()
            .filter(|p| matches!(p.command, Command::Retr { .. }))
            .and_then(|p| p.command.message_number())
            .and_then(|n| self.maildrop.sizes.get(&n).copied());
        // "+OK 120 octets" is the usual form when LIST was not asked.
        let announced = self
            .decoder
            .body_status()
            .and_then(|r| annotate::leading_number(&r.text));
        Some((received, listed.or(announced)))
    }

    /// Whether a multi-line body is being received.
    pub fn is_receiving_body(&self) -> bool {
        self.decoder.in_body()
    }

    /// Whether the server's last "+ " challenge is still unanswered.
    pub fn awaiting_sasl_response(&self) -> bool {
        self.challenge_pending
    }

    /// Whether the engine waits for the transport to finish TLS after STLS.
    pub fn awaiting_tls(&self) -> bool {
        self.awaiting_tls
    }

    /// Sends a SASL response line composed outside the engine (a replayed
    /// transcript, or a user typing base64 by hand). The line is masked.
    pub fn send_sasl_response(&mut self, line: &str) {
        self.challenge_pending = false;
        let cancel = line == "*";
        let (masked, description) = if cancel {
            ("*".to_owned(), Say::SaslCancel)
        } else if line.is_empty() {
            (String::new(), Say::SaslEmptyResponse)
        } else {
            (MASK.to_owned(), Say::SaslResponse)
        };
        let mut bytes = line.as_bytes().to_vec();
        bytes.extend_from_slice(b"\r\n");
        self.transmit.push_back(bytes);
        self.events.push_back(Event::Sent {
            masked,
            line: Secret::new(line.to_owned()),
            command: None,
            annotation: Annotation::new(description, Some(rfc(5034, "4"))),
        });
    }

    /// The next event, if any.
    pub fn poll_event(&mut self) -> Option<Event> {
        self.events.pop_front()
    }

    /// The next bytes to write to the server, if any.
    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        self.transmit.pop_front()
    }

    /// Checks whether a command may be sent now; `Err` says why not.
    pub fn check(&self, cmd: &Command) -> Result<(), NotValid> {
        let not = |reason: Say, r: RfcRef| {
            Err(NotValid {
                reason,
                rfc: Some(r),
            })
        };
        if self.awaiting_tls {
            return not(Say::RefuseTlsPending, rfc(2595, "4"));
        }
        if self.sasl.is_some() {
            return not(Say::RefuseSaslPending, rfc(5034, "4"));
        }
        match &self.state {
            State::Greeting => not(Say::RefuseNoGreeting, rfc(1939, "4")),
            State::Closed => not(Say::RefuseClosed, rfc(1939, "6")),
            State::Update => not(Say::RefuseUpdate, rfc(1939, "6")),
            State::Authorization { .. } => self.check_authorization(cmd),
            State::Transaction => self.check_transaction(cmd),
        }
    }

    fn check_authorization(&self, cmd: &Command) -> Result<(), NotValid> {
        let not = |reason: Say, r: RfcRef| {
            Err(NotValid {
                reason,
                rfc: Some(r),
            })
        };
        match cmd {
            Command::User { .. }
            | Command::Auth { .. }
            | Command::Capa
            | Command::Quit
            | Command::Utf8
            | Command::Lang { .. } => Ok(()),
            Command::Pass { .. } if !self.user_sent => {
                not(Say::RefusePassWithoutUser, rfc(1939, "7"))
            }
            Command::Pass { .. } => Ok(()),
            Command::Apop { .. } if self.apop_timestamp().is_none() => {
                not(Say::RefuseNoApop, rfc(1939, "7"))
            }
            Command::Apop { .. } => Ok(()),
            Command::Stls if self.tls_active => not(Say::RefuseTlsActive, rfc(2595, "4")),
            Command::Stls => Ok(()),
            Command::Other { keyword, .. } => not(
                Say::RefuseUnknown {
                    keyword: keyword.clone(),
                },
                rfc(1939, "3"),
            ),
            _ => not(
                Say::RefuseTransactionOnly {
                    keyword: cmd.keyword().to_owned(),
                },
                rfc(1939, "5"),
            ),
        }
    }

    fn check_transaction(&self, cmd: &Command) -> Result<(), NotValid> {
        let not = |reason: Say, r: RfcRef| {
            Err(NotValid {
                reason,
                rfc: Some(r),
            })
        };
        match cmd {
            Command::User { .. }
            | Command::Pass { .. }
            | Command::Apop { .. }
            | Command::Auth { .. }
            | Command::Stls
            | Command::Utf8 => not(
                Say::RefuseAuthorizationOnly {
                    keyword: cmd.keyword().to_owned(),
                },
                rfc(1939, "4"),
            ),
            Command::Other { keyword, .. } => not(
                Say::RefuseUnknown {
                    keyword: keyword.clone(),
                },
                rfc(1939, "3"),
            ),
            _ => {
                if let Some(n) = cmd.message_number() {
                    if self.maildrop.deleted.contains(&n) {
                        return not(Say::RefuseDeleted { msg: n }, rfc(1939, "5"));
                    }
                    if let Some(count) = self.maildrop.count
                        && n > count
                    {
                        return not(Say::RefuseBeyond { count }, rfc(1939, "5"));
                    }
                }
                Ok(())
            }
        }
    }

    /// Sends a command if it is valid now. The bytes come out of
    /// [`Client::poll_transmit`], at once or, when the server does not pipeline,
    /// after the replies to earlier commands.
    pub fn send(&mut self, cmd: Command) -> Result<(), SendError> {
        cmd.validate()?;
        self.check(&cmd)?;
        self.enqueue(cmd);
        Ok(())
    }

    /// Sends a command even if it is not valid in this state (raw mode, after the
    /// user was warned). It must still be writable: no CR or LF in an argument.
    pub fn send_anyway(&mut self, cmd: Command) -> Result<(), CommandError> {
        cmd.validate()?;
        self.enqueue(cmd);
        Ok(())
    }

    /// Logs in with APOP: computes MD5(timestamp + secret) and sends it.
    pub fn login_apop(
        &mut self,
        name: &str,
        secret: &Secret<String>,
    ) -> Result<ApopSteps, SendError> {
        let timestamp = self.apop_timestamp().ok_or_else(|| NotValid {
            reason: Say::RefuseNoApop,
            rfc: Some(rfc(1939, "7")),
        })?;
        let digest = apop::digest(&timestamp, secret.expose());
        self.send(Command::Apop {
            name: name.to_owned(),
            digest: Secret::new(digest.clone()),
        })?;
        Ok(ApopSteps { timestamp, digest })
    }

    /// Starts a SASL exchange. `nonce` is fresh client randomness (SCRAM uses it).
    pub fn authenticate(
        &mut self,
        mechanism: Mechanism,
        credentials: Credentials,
        nonce: &str,
    ) -> Result<(), SendError> {
        let probe = Command::Auth {
            mechanism: Some(mechanism.name().to_owned()),
            initial_response: None,
        };
        self.check(&probe)?;
        let mut client = SaslClient::new(mechanism, credentials, nonce);
        let initial = client.initial_response();
        let mut deferred_initial = None;
        let command = match initial {
            Some(initial) => {
                let encoded = if initial.expose().is_empty() {
                    "=".to_owned()
                } else {
                    BASE64.encode(initial.expose())
                };
                // RFC 5034 §4: an AUTH line with its initial response must fit in
                // 255 octets; otherwise the response waits for an empty challenge.
                if "AUTH  \r\n".len() + mechanism.name().len() + encoded.len()
                    <= crate::codec::MAX_COMMAND_LINE
                {
                    Command::Auth {
                        mechanism: Some(mechanism.name().to_owned()),
                        initial_response: Some(Secret::new(encoded)),
                    }
                } else {
                    deferred_initial = Some(initial);
                    probe
                }
            }
            None => probe,
        };
        self.enqueue(command);
        self.sasl = Some(SaslExchange {
            client,
            deferred_initial,
            cancelled: false,
        });
        Ok(())
    }

    /// Call when the transport has finished the TLS handshake after STLS.
    pub fn tls_started(&mut self) {
        self.awaiting_tls = false;
        self.tls_active = true;
        self.release_queued();
    }

    /// Received bytes.
    pub fn feed(&mut self, bytes: &[u8]) {
        if self.connection_ended {
            return;
        }
        self.decoder.feed(bytes);
        self.process();
    }

    /// The connection ended (closed by either side or broken).
    pub fn connection_closed(&mut self) {
        if self.connection_ended {
            return;
        }
        self.connection_ended = true;
        // A normal end: QUIT was answered, or the server closed in UPDATE.
        let expected = self.state == State::Closed
            || (self.state == State::Update && self.in_flight.len() <= 1);
        let partial_body = self.decoder.body_progress();
        let unanswered = self
            .in_flight
            .drain(..)
            .chain(self.queued.drain(..))
            .map(|p| p.command)
            .filter(|c| !(expected && *c == Command::Quit))
            .collect();
        self.sasl = None;
        self.challenge_pending = false;
        self.events.push_back(Event::Closed {
            expected,
            unanswered,
            partial_body,
        });
        self.set_state(State::Closed);
    }

    fn set_state(&mut self, to: State) {
        if self.state != to {
            let from = std::mem::replace(&mut self.state, to.clone());
            self.events.push_back(Event::StateChanged { from, to });
        }
    }

    /// Queues a command (already checked) for writing.
    fn enqueue(&mut self, command: Command) {
        if let Command::User { .. } = command {
            self.user_sent = true;
        }
        let pending = Pending { command };
        if self.can_write_now(&pending.command) {
            self.write_command(pending);
        } else {
            self.queued.push_back(pending);
        }
    }

    /// Whether a command may go out now rather than wait for earlier replies:
    /// without PIPELINING only one command is outstanding at a time; with it,
    /// commands after which the connection or the session changes (STLS, AUTH)
    /// still wait (RFC 2449 §6.6).
    fn can_write_now(&self, cmd: &Command) -> bool {
        if self.awaiting_tls {
            return false;
        }
        let Some(last) = self.in_flight.back() else {
            return true;
        };
        let pipelining = self.has_capability(|c| *c == Capability::Pipelining) == Some(true);
        let barrier =
            |c: &Command| matches!(c, Command::Stls | Command::Auth { .. } | Command::Quit);
        pipelining && !barrier(&last.command) && !barrier(cmd)
    }

    fn write_command(&mut self, pending: Pending) {
        let cmd = &pending.command;
        let mut annotation = annotate::command(cmd);
        self.capability_notes(cmd, &mut annotation);
        if let (Command::Pass { .. }, false) = (cmd, self.tls_active) {
            annotation.note(
                Severity::Warning,
                Say::NotePassInClear,
                Some(rfc(2595, "4")),
            );
        }
        self.transmit.push_back(cmd.to_bytes());
        self.events.push_back(Event::Sent {
            masked: cmd.to_masked_line(),
            line: Secret::new(String::from_utf8_lossy(&cmd.to_line()).into_owned()),
            command: Some(cmd.clone()),
            annotation,
        });
        if matches!(cmd, Command::Quit) && self.state == State::Transaction {
            self.set_state(State::Update);
        }
        self.in_flight.push_back(pending);
    }

    /// Notes when a command relies on a capability the server did not list.
    fn capability_notes(&self, cmd: &Command, annotation: &mut Annotation) {
        let Some(caps) = &self.capabilities else {
            return;
        };
        let (needed, name, reference): (fn(&Capability) -> bool, &str, RfcRef) = match cmd {
            Command::Top { .. } => (|c| *c == Capability::Top, "TOP", rfc(2449, "6.1")),
            Command::Uidl { .. } => (|c| *c == Capability::Uidl, "UIDL", rfc(2449, "6.8")),
            Command::User { .. } => (|c| *c == Capability::User, "USER", rfc(2449, "6.2")),
            Command::Stls => (|c| *c == Capability::Stls, "STLS", rfc(2595, "4")),
            Command::Auth {
                mechanism: Some(_), ..
            } => (
                |c| matches!(c, Capability::Sasl(_)),
                "SASL",
                rfc(2449, "6.3"),
            ),
            Command::Utf8 => (
                |c| matches!(c, Capability::Utf8 { .. }),
                "UTF8",
                rfc(6856, "2"),
            ),
            _ => return,
        };
        if !caps.iter().any(needed) {
            annotation.note(
                Severity::Warning,
                Say::NoteCapabilityMissing {
                    name: name.to_owned(),
                },
                Some(reference),
            );
        }
    }

    /// Writes queued commands that may go out now.
    fn release_queued(&mut self) {
        while let Some(next) = self.queued.front() {
            if !self.can_write_now(&next.command) {
                break;
            }
            let next = self.queued.pop_front().expect("front exists");
            self.write_command(next);
        }
    }

    /// Writes one SASL response line.
    fn write_sasl_line(&mut self, data: &Secret<Vec<u8>>, description: Say, cancel: bool) {
        self.challenge_pending = false;
        let line = if cancel {
            "*".to_owned()
        } else {
            BASE64.encode(data.expose())
        };
        let masked = if cancel || line.is_empty() {
            line.clone()
        } else {
            MASK.to_owned()
        };
        let mut bytes = line.clone().into_bytes();
        bytes.extend_from_slice(b"\r\n");
        self.transmit.push_back(bytes);
        self.events.push_back(Event::Sent {
            masked,
            line: Secret::new(line),
            command: None,
            annotation: Annotation::new(description, Some(rfc(5034, "4"))),
        });
    }

    /// Decodes everything that is buffered.
    fn process(&mut self) {
        loop {
            if self.awaiting_tls {
                let leftover = self.decoder.take_buffered();
                if !leftover.is_empty() {
                    let mut annotation = Annotation::new(
                        Say::StlsLeftover {
                            bytes: leftover.len(),
                        },
                        Some(rfc(2595, "4")),
                    );
                    annotation.note(
                        Severity::Violation,
                        Say::NoteStlsInjection,
                        Some(rfc(2595, "4")),
                    );
                    self.events.push_back(Event::Problem { annotation });
                }
                return;
            }
            let multiline = self
                .in_flight
                .front()
                .is_some_and(|p| p.command.expects_multiline());
            match self.decoder.decode(multiline) {
                Err(DecodeError::Incomplete) => return,
                Err(DecodeError::Malformed(error)) => {
                    let annotation = annotate::malformed(&error);
                    self.events
                        .push_back(Event::Malformed { error, annotation });
                }
                Ok(decoded) => self.handle(decoded),
            }
        }
    }

    fn handle(&mut self, decoded: Decoded) {
        if self.state == State::Greeting {
            return self.handle_greeting(decoded);
        }
        let response = match &decoded.reply {
            Reply::Continuation(data) => {
                let data = data.clone();
                return self.handle_continuation(decoded, &data);
            }
            Reply::Response(response) => response,
        };
        self.challenge_pending = false;
        let command = self.in_flight.pop_front().map(|p| p.command);
        let mut annotation = annotate::reply(command.as_ref(), response);
        annotate::decode_warnings(&mut annotation, &decoded.warnings);
        if let Some(cmd) = &command {
            self.reply_checks(cmd, response, &mut annotation);
        }
        // The reply's event comes before the events it causes; a body can be
        // large, so it is moved, not copied.
        let at = self.events.len();
        if let Some(cmd) = &command {
            self.apply(cmd, response);
        }
        self.events.insert(
            at,
            Event::Received {
                decoded,
                command,
                annotation,
            },
        );
        self.release_queued();
    }

    fn handle_greeting(&mut self, decoded: Decoded) {
        let Reply::Response(response) = decoded.reply.clone() else {
            let mut annotation = Annotation::new(Say::GreetingContinuation, Some(rfc(1939, "4")));
            annotation.note(
                Severity::Violation,
                Say::NoteGreetingMustBeOk,
                Some(rfc(1939, "4")),
            );
            self.events.push_back(Event::Received {
                decoded,
                command: None,
                annotation,
            });
            return;
        };
        let text = response.text_lossy().into_owned();
        let timestamp = apop::extract_timestamp(&text).map(str::to_owned);
        let mut annotation = annotate::greeting(&response, timestamp.as_deref());
        annotate::decode_warnings(&mut annotation, &decoded.warnings);
        let ok = response.is_ok();
        self.greeting = Some(response);
        self.events.push_back(Event::Received {
            decoded,
            command: None,
            annotation,
        });
        if ok {
            self.set_state(State::Authorization { timestamp });
            self.release_queued();
        }
    }

    fn handle_continuation(&mut self, decoded: Decoded, data: &[u8]) {
        let in_auth = matches!(
            self.in_flight.front(),
            Some(Pending {
                command: Command::Auth {
                    mechanism: Some(_),
                    ..
                }
            })
        );
        if in_auth {
            self.challenge_pending = true;
        }
        let Some(exchange) = self.sasl.as_mut().filter(|_| in_auth) else {
            if in_auth {
                // An exchange driven from outside the engine (a replayed log).
                let mut annotation =
                    Annotation::new(Say::SaslChallengeReplayed, Some(rfc(5034, "4")));
                annotate::decode_warnings(&mut annotation, &decoded.warnings);
                let command = self.in_flight.front().map(|p| p.command.clone());
                self.events.push_back(Event::Received {
                    decoded,
                    command,
                    annotation,
                });
                return;
            }
            let mut annotation = Annotation::new(Say::PlusUnexpected, Some(rfc(5034, "4")));
            annotation.note(
                Severity::Violation,
                Say::NotePlusOutsideAuth,
                Some(rfc(5034, "4")),
            );
            self.events.push_back(Event::Received {
                decoded,
                command: None,
                annotation,
            });
            return;
        };
        let mechanism = exchange.client.mechanism().name().to_owned();
        let mut annotation = Annotation::new(
            Say::SaslChallenge {
                mechanism: mechanism.clone(),
            },
            Some(rfc(5034, "4")),
        );
        annotate::decode_warnings(&mut annotation, &decoded.warnings);
        let challenge = match BASE64.decode(data) {
            Ok(c) => Some(c),
            Err(_) => {
                annotation.note(
                    Severity::Violation,
                    Say::NoteChallengeBase64,
                    Some(rfc(5034, "4")),
                );
                None
            }
        };
        if let Some(text) = challenge
            .as_deref()
            .filter(|c| !c.is_empty())
            .and_then(|c| std::str::from_utf8(c).ok())
        {
            annotation.note(
                Severity::Info,
                Say::NoteChallengeDecoded {
                    text: text.to_owned(),
                },
                None,
            );
        }
        let command = self.in_flight.front().map(|p| p.command.clone());
        self.events.push_back(Event::Received {
            decoded,
            command,
            annotation,
        });
        let exchange = self.sasl.as_mut().expect("checked above");
        let response = match challenge {
            _ if exchange.cancelled => None,
            None => None,
            Some(c) if c.is_empty() && exchange.deferred_initial.is_some() => {
                let initial = exchange.deferred_initial.take().expect("checked");
                Some(Ok((initial, Say::SaslDeferredInitial)))
            }
            Some(c) => Some(exchange.client.step(&c).map(|r| {
                let step = exchange.client.describe_last_step();
                (r, Say::SaslStep { mechanism, step })
            })),
        };
        match response {
            Some(Ok((data, description))) => self.write_sasl_line(&data, description, false),
            Some(Err(error)) => {
                let error = error.to_string();
                let mut annotation = Annotation::new(
                    Say::SaslCancelled {
                        error: error.clone(),
                    },
                    Some(rfc(5034, "4")),
                );
                annotation.note(
                    Severity::Violation,
                    Say::NoteSaslError { error },
                    Some(rfc(5034, "4")),
                );
                self.events.push_back(Event::Problem { annotation });
                self.cancel_sasl();
            }
            None => self.cancel_sasl(),
        }
    }

    fn cancel_sasl(&mut self) {
        if let Some(exchange) = self.sasl.as_mut() {
            if exchange.cancelled {
                return;
            }
            exchange.cancelled = true;
        }
        self.write_sasl_line(&Secret::new(Vec::new()), Say::SaslCancel, true);
    }

    /// Checks that need the client's memory of the session.
    fn reply_checks(&self, cmd: &Command, response: &Response, annotation: &mut Annotation) {
        if let (Command::Retr { msg }, Some(body)) = (cmd, &response.body)
            && let Some(&listed) = self.maildrop.sizes.get(msg)
            && listed != body.len() as u64
        {
            annotation.note(
                Severity::Warning,
                Say::NoteRetrSizeMismatch {
                    listed,
                    arrived: body.len(),
                },
                Some(rfc(1939, "5")),
            );
        }
        if response.is_ok()
            && let Some(n) = cmd.message_number()
            && self.maildrop.deleted.contains(&n)
            && !matches!(cmd, Command::Dele { .. })
        {
            annotation.note(
                Severity::Violation,
                Say::NoteDeletedServed { msg: n },
                Some(rfc(1939, "5")),
            );
        }
        if response.code.is_some()
            && self.has_capability(|c| *c == Capability::RespCodes) == Some(false)
        {
            annotation.note(
                Severity::Warning,
                Say::NoteCodeUnadvertised,
                Some(rfc(2449, "8")),
            );
        }
        if let (Command::Uidl { msg: None }, Some(_)) = (cmd, &response.body) {
            for line in response.body_lines() {
                let text = String::from_utf8_lossy(line);
                let mut words = text.split(' ');
                if let (Some(Ok(n)), Some(uid)) =
                    (words.next().map(str::parse::<u32>), words.next())
                    && let Some(old) = self.maildrop.uids.get(&n)
                    && old != uid
                {
                    annotation.note(
                        Severity::Violation,
                        Say::NoteUidChanged {
                            msg: n,
                            old: old.clone(),
                            new: uid.to_owned(),
                        },
                        Some(rfc(1939, "7")),
                    );
                }
            }
        }
    }

    /// Updates the session from a reply.
    fn apply(&mut self, cmd: &Command, response: &Response) {
        let ok = response.is_ok();
        match cmd {
            Command::User { .. } => self.user_sent = ok,
            Command::Pass { .. } => {
                self.user_sent = false;
                self.login_finished("USER/PASS", response);
            }
            Command::Apop { .. } => self.login_finished("APOP", response),
            Command::Auth {
                mechanism: Some(m), ..
            } => {
                let exchange = self.sasl.take();
                if ok
                    && let Some(exchange) = &exchange
                    && let Err(error) = exchange.client.finish()
                {
                    let error = error.to_string();
                    let mut annotation = Annotation::new(
                        Say::SaslUnverified {
                            error: error.clone(),
                        },
                        Some(rfc(5034, "4")),
                    );
                    annotation.note(
                        Severity::Violation,
                        Say::NoteSaslError { error },
                        Some(rfc(5802, "5")),
                    );
                    self.events.push_back(Event::Problem { annotation });
                }
                let method = m.to_ascii_uppercase();
                self.login_finished(&method, response);
            }
            Command::Quit if ok || self.state == State::Update => {
                self.set_state(State::Closed);
            }
            Command::Stls if ok => {
                self.awaiting_tls = true;
                self.capabilities = None;
                self.events.push_back(Event::StartTls);
            }
            Command::Capa if ok => {
                let caps: Vec<Capability> = response
                    .body_lines()
                    .map(|l| Capability::parse(&String::from_utf8_lossy(l)))
                    .collect();
                self.capabilities = Some(caps.clone());
                self.events.push_back(Event::Capabilities(caps));
            }
            Command::Stat if ok => {
                if let Some((n, size)) = annotate::parse_two_numbers(&response.text) {
                    // STAT leaves out messages marked as deleted, but message
                    // numbers do not shift (RFC 1939 §5).
                    self.maildrop.count = Some(n + self.maildrop.deleted.len() as u32);
                    self.maildrop.total = Some(size);
                }
            }
            Command::List { msg: None } if ok => {
                self.maildrop.sizes.clear();
                for line in response.body_lines() {
                    if let Some((n, size)) = annotate::parse_two_numbers(line) {
                        self.maildrop.sizes.insert(n, size);
                    }
                }
                self.maildrop.count =
                    Some(self.maildrop.sizes.len() as u32 + self.maildrop.deleted.len() as u32)
                        .max(self.maildrop.count);
            }
            Command::List { msg: Some(_) } if ok => {
                if let Some((n, size)) = annotate::parse_two_numbers(&response.text) {
                    self.maildrop.sizes.insert(n, size);
                }
            }
            Command::Uidl { msg } if ok => {
                let lines: Vec<Vec<u8>> = match msg {
                    None => response.body_lines().map(<[u8]>::to_vec).collect(),
                    Some(_) => vec![response.text.clone()],
                };
                for line in lines {
                    let text = String::from_utf8_lossy(&line).into_owned();
                    let mut words = text.split(' ');
                    if let (Some(Ok(n)), Some(uid)) =
                        (words.next().map(str::parse::<u32>), words.next())
                    {
                        self.maildrop.uids.insert(n, uid.to_owned());
                    }
                }
            }
            Command::Dele { msg } if ok => {
                self.maildrop.deleted.insert(*msg);
            }
            Command::Rset if ok => self.maildrop.deleted.clear(),
            Command::Utf8 if ok => self.utf8 = true,
            _ => {}
        }
    }

    fn login_finished(&mut self, method: &str, response: &Response) {
        let ok = response.is_ok();
        self.events.push_back(Event::LoginFinished {
            method: method.to_owned(),
            ok,
            reason: (!ok).then(|| response.text_lossy().into_owned()),
        });
        if ok {
            self.set_state(State::Transaction);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(client: &mut Client) -> Vec<Event> {
        std::iter::from_fn(|| client.poll_event()).collect()
    }

    fn greeted() -> Client {
        let mut client = Client::new();
        client.feed(b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
        drain(&mut client);
        client
    }

    #[test]
    fn state_checks_give_reasons() {
        let mut client = greeted();
        let reason = |err: SendError| match err {
            SendError::NotValid(e) => e.reason,
            other => panic!("{other}"),
        };
        let err = client.send(Command::Stat).unwrap_err();
        assert_eq!(
            reason(err),
            Say::RefuseTransactionOnly {
                keyword: "STAT".into()
            }
        );
        let err = client
            .send(Command::Pass {
                password: "x".into(),
            })
            .unwrap_err();
        assert_eq!(reason(err), Say::RefusePassWithoutUser);
    }

    #[test]
    fn without_pipelining_commands_wait() {
        let mut client = greeted();
        client.send(Command::Capa).unwrap();
        client.send(Command::User { name: "a".into() }).unwrap();
        assert_eq!(client.poll_transmit().unwrap(), b"CAPA\r\n");
        assert_eq!(client.poll_transmit(), None);
        client.feed(b"+OK\r\nUSER\r\n.\r\n");
        assert_eq!(client.poll_transmit().unwrap(), b"USER a\r\n");
    }

    #[test]
    fn with_pipelining_commands_go_at_once() {
        let mut client = greeted();
        client.send(Command::Capa).unwrap();
        client.feed(b"+OK\r\nPIPELINING\r\nUSER\r\n.\r\n");
        client.send(Command::User { name: "a".into() }).unwrap();
        client
            .send(Command::Pass {
                password: "b".into(),
            })
            .unwrap();
        let sent: Vec<Vec<u8>> = std::iter::from_fn(|| client.poll_transmit()).collect();
        assert_eq!(
            sent,
            [
                b"CAPA\r\n".to_vec(),
                b"USER a\r\n".to_vec(),
                b"PASS b\r\n".to_vec()
            ]
        );
    }

    #[test]
    fn stls_forgets_capabilities_and_drops_injected_bytes() {
        let mut client = greeted();
        client.send(Command::Capa).unwrap();
        client.feed(b"+OK\r\nSTLS\r\n.\r\n");
        client.send(Command::Stls).unwrap();
        drain(&mut client);
        client.feed(b"+OK Begin TLS\r\n+OK injected\r\n");
        let events = drain(&mut client);
        assert!(events.contains(&Event::StartTls));
        assert!(events.iter().any(|e| matches!(e, Event::Problem { .. })));
        assert!(client.capabilities().is_none());
        assert!(client.send(Command::Capa).is_err());
        client.tls_started();
        client.send(Command::Capa).unwrap();
    }

    #[test]
    fn secrets_masked_in_events() {
        let mut client = greeted();
        client.send(Command::User { name: "u".into() }).unwrap();
        client.feed(b"+OK\r\n");
        client
            .send(Command::Pass {
                password: "tanstaaf".into(),
            })
            .unwrap();
        let events = drain(&mut client);
        let debug = format!("{events:?}");
        assert!(!debug.contains("tanstaaf"), "{debug}");
        assert!(debug.contains("PASS ********"));
    }

    #[test]
    fn quit_in_transaction_goes_through_update() {
        let mut client = greeted();
        client
            .login_apop("mrose", &Secret::new("tanstaaf".to_owned()))
            .unwrap();
        client.feed(b"+OK maildrop has 2 messages\r\n");
        assert_eq!(client.state(), &State::Transaction);
        client.send(Command::Quit).unwrap();
        assert_eq!(client.state(), &State::Update);
        client.feed(b"+OK bye\r\n");
        assert_eq!(client.state(), &State::Closed);
    }
}
