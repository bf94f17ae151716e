//! A synchronous, test-only driver for the sans-I/O [`pop3::engine::Client`]: it
//! writes what the engine wants sent to a real [`TcpStream`], feeds what arrives
//! back in, and switches the same connection to TLS (rustls) when the engine says
//! [`Event::StartTls`] — or from the start for an implicit-TLS port.
//!
//! Every wait has a deadline ([`TIMEOUT`]), so a server that never answers fails
//! the test with the transcript so far instead of hanging it.

use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use pop3::Secret;
use pop3::annotate::{Annotation, Severity};
use pop3::codec::Reply;
use pop3::engine::{ApopSteps, Client, Event};
use pop3::sasl::{Credentials, Mechanism};
use pop3::types::{Command, Response};
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, ClientConnection, RootCertStore, StreamOwned};

/// How long any one exchange may take.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// The name the harness certificate is issued for, sent as SNI and verified.
pub const SERVER_NAME: &str = "localhost";

/// How to reach the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Plain TCP; STLS may upgrade it later.
    Plain,
    /// TLS from the first byte (POP3S, port 995 style).
    ImplicitTls,
}

/// What the TLS handshake negotiated.
#[derive(Debug, Clone)]
pub struct TlsInfo {
    /// The protocol version, e.g. TLSv1.3.
    pub version: rustls::ProtocolVersion,
    /// The cipher suite.
    pub cipher: rustls::CipherSuite,
    /// The certificates the server presented, leaf first.
    pub peer_certificates: Vec<CertificateDer<'static>>,
}

enum Transport {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
    /// Only while switching from plain to TLS.
    Switching,
}

impl Read for Transport {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Transport::Plain(tcp) => tcp.read(buf),
            Transport::Tls(tls) => tls.read(buf),
            Transport::Switching => Err(io::Error::other("transport is switching to TLS")),
        }
    }
}

impl Write for Transport {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Transport::Plain(tcp) => tcp.write(buf),
            Transport::Tls(tls) => tls.write(buf),
            Transport::Switching => Err(io::Error::other("transport is switching to TLS")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Transport::Plain(tcp) => tcp.flush(),
            Transport::Tls(tls) => tls.flush(),
            Transport::Switching => Ok(()),
        }
    }
}

/// The engine on a real connection.
pub struct Driver {
    client: Client,
    transport: Transport,
    tls_config: Arc<ClientConfig>,
    peer: SocketAddr,
    history: Vec<Event>,
    received: Vec<u8>,
    sent: Vec<u8>,
    tls: Option<TlsInfo>,
    eof: bool,
}

impl std::fmt::Debug for Driver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Driver")
            .field("peer", &self.peer)
            .field("state", self.client.state())
            .field("tls", &self.tls)
            .finish_non_exhaustive()
    }
}

/// A rustls client configuration that trusts exactly `cert` (the test server's
/// self-signed certificate), with the `ring` provider.
pub fn tls_config(cert: &CertificateDer<'static>) -> Arc<ClientConfig> {
    let mut roots = RootCertStore::empty();
    roots
        .add(cert.clone())
        .expect("the harness certificate is a valid trust anchor");
    let config =
        ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .expect("ring supports the default TLS versions")
            .with_root_certificates(roots)
            .with_no_client_auth();
    Arc::new(config)
}

impl Driver {
    /// Connects and waits for the greeting. Returns the driver and the greeting's
    /// events.
    pub fn connect(
        addr: SocketAddr,
        security: Security,
        cert: &CertificateDer<'static>,
    ) -> (Driver, Vec<Event>) {
        let tcp = TcpStream::connect_timeout(&addr, TIMEOUT)
            .unwrap_or_else(|e| panic!("cannot connect to {addr}: {e}"));
        tcp.set_read_timeout(Some(TIMEOUT))
            .expect("set a read timeout");
        tcp.set_write_timeout(Some(TIMEOUT))
            .expect("set a write timeout");
        tcp.set_nodelay(true).expect("set TCP_NODELAY");
        let mut driver = Driver {
            client: match security {
                Security::Plain => Client::new(),
                Security::ImplicitTls => Client::new_tls(),
            },
            transport: Transport::Switching,
            tls_config: tls_config(cert),
            peer: addr,
            history: Vec::new(),
            received: Vec::new(),
            sent: Vec::new(),
            tls: None,
            eof: false,
        };
        driver.transport = match security {
            Security::Plain => Transport::Plain(tcp),
            Security::ImplicitTls => Transport::Tls(Box::new(driver.handshake(tcp))),
        };
        let events = driver.pump("the greeting", |e| {
            matches!(
                e,
                Event::Received { command: None, .. } | Event::Closed { .. }
            )
        });
        (driver, events)
    }

    /// The engine.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The engine, to call it directly (e.g. to see `send` refuse a command).
    pub fn client_mut(&mut self) -> &mut Client {
        &mut self.client
    }

    /// Every event so far, in order.
    pub fn history(&self) -> &[Event] {
        &self.history
    }

    /// Every byte received so far (after TLS decryption), greeting included.
    pub fn received_bytes(&self) -> &[u8] {
        &self.received
    }

    /// Every byte written so far (before TLS encryption).
    pub fn sent_bytes(&self) -> &[u8] {
        &self.sent
    }

    /// What TLS negotiated, once it is active.
    pub fn tls_info(&self) -> Option<&TlsInfo> {
        self.tls.as_ref()
    }

    /// Sends a command the engine accepts and waits for its reply. Panics if the
    /// engine refuses it.
    pub fn run(&mut self, cmd: Command) -> Vec<Event> {
        if let Err(e) = self.client.send(cmd.clone()) {
            panic!(
                "the engine refused {}: {e}\n{}",
                cmd.to_masked_line(),
                self.transcript()
            );
        }
        self.wait_for_reply(&cmd)
    }

    /// Sends a command whether or not the engine thinks it valid now (its raw
    /// mode), and waits for the reply.
    pub fn run_anyway(&mut self, cmd: Command) -> Vec<Event> {
        self.client
            .send_anyway(cmd.clone())
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", cmd.to_masked_line()));
        self.wait_for_reply(&cmd)
    }

    /// Runs a command and returns its reply, which must be `+OK`.
    pub fn run_ok(&mut self, cmd: Command) -> Response {
        let events = self.run(cmd.clone());
        let response = reply_to(&events, &cmd).clone();
        assert!(
            response.is_ok(),
            "{} was refused: -ERR {}\n{}",
            cmd.to_masked_line(),
            response.text_lossy(),
            self.transcript()
        );
        response
    }

    /// Sends several commands at once (the engine writes them together when the
    /// server advertised PIPELINING) and waits for all their replies.
    pub fn pipeline(&mut self, commands: &[Command]) -> Vec<Event> {
        for cmd in commands {
            if let Err(e) = self.client.send(cmd.clone()) {
                panic!("the engine refused {}: {e}", cmd.to_masked_line());
            }
        }
        let mut left = commands.len();
        self.pump("the pipelined replies", |e| {
            if let Event::Received {
                command: Some(_),
                decoded,
                ..
            } = e
                && matches!(decoded.reply, Reply::Response(_))
            {
                left -= 1;
            }
            left == 0 || matches!(e, Event::Closed { .. })
        })
    }

    /// Logs in with USER and PASS; returns the events of both.
    pub fn login_user_pass(&mut self, name: &str, password: &str) -> Vec<Event> {
        let mut events = self.run(Command::User {
            name: name.to_owned(),
        });
        events.extend(self.run(Command::Pass {
            password: Secret::new(password.to_owned()),
        }));
        events
    }

    /// Logs in with APOP, using the greeting's timestamp.
    pub fn login_apop(&mut self, name: &str, secret: &str) -> (ApopSteps, Vec<Event>) {
        let steps = self
            .client
            .login_apop(name, &Secret::new(secret.to_owned()))
            .unwrap_or_else(|e| panic!("the engine refused APOP: {e}"));
        let events = self.pump("the reply to APOP", is_login_end);
        (steps, events)
    }

    /// Runs a SASL exchange to its end (`Event::LoginFinished`).
    pub fn authenticate(&mut self, mechanism: Mechanism, credentials: Credentials) -> Vec<Event> {
        self.client
            .authenticate(mechanism, credentials, &nonce())
            .unwrap_or_else(|e| panic!("the engine refused AUTH {mechanism}: {e}"));
        self.pump(&format!("the end of AUTH {mechanism}"), is_login_end)
    }

    /// After QUIT: waits for the server to close the connection, tells the
    /// engine, and returns any bytes that came before the end (there should be
    /// none) and the engine's last events (normally `Event::Closed`).
    pub fn wait_for_close(&mut self) -> (Vec<u8>, Vec<Event>) {
        let deadline = Instant::now() + TIMEOUT;
        let start = self.received.len();
        while !self.eof {
            assert!(
                Instant::now() < deadline,
                "the server did not close the connection\n{}",
                self.transcript()
            );
            self.read_some("the server to close the connection");
        }
        let events: Vec<Event> = std::iter::from_fn(|| self.client.poll_event()).collect();
        self.history.extend(events.iter().cloned());
        (self.received[start..].to_vec(), events)
    }

    /// Violations and problems the engine reported in this session (see
    /// [`problems`]).
    pub fn problems(&self) -> Vec<String> {
        problems(&self.history)
    }

    /// Fails the test if the engine reported any violation, problem or malformed
    /// reply during the session.
    pub fn assert_clean(&self) {
        let problems = self.problems();
        assert!(
            problems.is_empty(),
            "the engine flagged the server:\n  {}\n{}",
            problems.join("\n  "),
            self.transcript()
        );
    }

    /// The session as `C:`/`S:` lines, secrets masked, with each reply's
    /// annotation headline; for failure messages.
    pub fn transcript(&self) -> String {
        transcript(&self.history)
    }

    fn wait_for_reply(&mut self, cmd: &Command) -> Vec<Event> {
        let what = format!("the reply to {}", cmd.to_masked_line());
        self.pump(&what, |e| match e {
            Event::Received {
                command: Some(c),
                decoded,
                ..
            } => c == cmd && matches!(decoded.reply, Reply::Response(_)),
            Event::Closed { .. } => true,
            _ => false,
        })
    }

    /// Writes what the engine wants sent, reads and feeds replies, and collects
    /// events until `done` says so. Switches to TLS on `Event::StartTls`.
    fn pump(&mut self, what: &str, mut done: impl FnMut(&Event) -> bool) -> Vec<Event> {
        let deadline = Instant::now() + TIMEOUT;
        let mut events = Vec::new();
        let mut finished = false;
        loop {
            self.flush();
            let before = events.len();
            while let Some(event) = self.client.poll_event() {
                if event == Event::StartTls {
                    self.start_tls();
                }
                finished |= done(&event);
                self.history.push(event.clone());
                events.push(event);
            }
            if finished {
                self.flush();
                return events;
            }
            if self.eof && events.len() == before {
                panic!(
                    "the connection ended while waiting for {what}\n{}",
                    self.transcript()
                );
            }
            assert!(
                Instant::now() < deadline,
                "timed out after {TIMEOUT:?} waiting for {what}\n{}",
                self.transcript()
            );
            self.read_some(what);
        }
    }

    fn flush(&mut self) {
        let mut wrote = false;
        while let Some(bytes) = self.client.poll_transmit() {
            if let Err(e) = self.transport.write_all(&bytes) {
                panic!("write to {} failed: {e}\n{}", self.peer, self.transcript());
            }
            self.sent.extend_from_slice(&bytes);
            wrote = true;
        }
        if wrote && let Err(e) = self.transport.flush() {
            panic!("flush to {} failed: {e}\n{}", self.peer, self.transcript());
        }
    }

    fn read_some(&mut self, what: &str) {
        let mut buf = [0u8; 16 * 1024];
        match self.transport.read(&mut buf) {
            Ok(0) => self.ended(),
            Ok(n) => {
                self.received.extend_from_slice(&buf[..n]);
                self.client.feed(&buf[..n]);
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                panic!(
                    "timed out after {TIMEOUT:?} waiting for {what}\n{}",
                    self.transcript()
                )
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::UnexpectedEof
                        | io::ErrorKind::ConnectionReset
                        | io::ErrorKind::ConnectionAborted
                        | io::ErrorKind::BrokenPipe
                ) =>
            {
                self.ended();
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => panic!(
                "read from {} failed while waiting for {what}: {e}\n{}",
                self.peer,
                self.transcript()
            ),
        }
    }

    fn ended(&mut self) {
        self.eof = true;
        self.client.connection_closed();
    }

    /// Switches the plain connection to TLS after +OK to STLS.
    fn start_tls(&mut self) {
        let tcp = match std::mem::replace(&mut self.transport, Transport::Switching) {
            Transport::Plain(tcp) => tcp,
            Transport::Tls(_) => panic!("the engine asked for STLS on a TLS connection"),
            Transport::Switching => unreachable!("not switching twice"),
        };
        let tls = self.handshake(tcp);
        self.transport = Transport::Tls(Box::new(tls));
        self.client.tls_started();
    }

    /// Runs the TLS handshake to its end, verifying the server against the
    /// harness certificate.
    fn handshake(&mut self, mut tcp: TcpStream) -> StreamOwned<ClientConnection, TcpStream> {
        let name = ServerName::try_from(SERVER_NAME).expect("a valid DNS name");
        let mut conn =
            ClientConnection::new(self.tls_config.clone(), name).expect("a TLS client session");
        let deadline = Instant::now() + TIMEOUT;
        while conn.is_handshaking() {
            if let Err(e) = conn.complete_io(&mut tcp) {
                panic!(
                    "TLS handshake with {} failed: {e}\n{}",
                    self.peer,
                    self.transcript()
                );
            }
            assert!(Instant::now() < deadline, "TLS handshake timed out");
        }
        self.tls = Some(TlsInfo {
            version: conn.protocol_version().expect("negotiated"),
            cipher: conn.negotiated_cipher_suite().expect("negotiated").suite(),
            peer_certificates: conn.peer_certificates().unwrap_or_default().to_vec(),
        });
        StreamOwned::new(conn, tcp)
    }
}

fn is_login_end(event: &Event) -> bool {
    matches!(event, Event::LoginFinished { .. } | Event::Closed { .. })
}

/// Fresh client randomness for SASL (only SCRAM uses it).
fn nonce() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("pop3test{nanos:x}")
}

/// The final reply (not a SASL challenge) to `cmd` among `events`.
pub fn reply_to<'a>(events: &'a [Event], cmd: &Command) -> &'a Response {
    events
        .iter()
        .find_map(|e| match e {
            Event::Received {
                command: Some(c),
                decoded,
                ..
            } if c == cmd => match &decoded.reply {
                Reply::Response(r) => Some(r),
                Reply::Continuation(_) => None,
            },
            _ => None,
        })
        .unwrap_or_else(|| {
            panic!(
                "no reply to {} among the events\n{}",
                cmd.to_masked_line(),
                transcript(events)
            )
        })
}

/// The outcome of the login among `events`: (accepted, method, reason).
pub fn login_outcome(events: &[Event]) -> (bool, String, Option<String>) {
    events
        .iter()
        .find_map(|e| match e {
            Event::LoginFinished { method, ok, reason } => {
                Some((*ok, method.clone(), reason.clone()))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no LoginFinished among the events\n{}", transcript(events)))
}

/// Every annotation of sent lines and received replies.
pub fn annotations(events: &[Event]) -> impl Iterator<Item = &Annotation> {
    events.iter().filter_map(|e| match e {
        Event::Sent { annotation, .. } | Event::Received { annotation, .. } => Some(annotation),
        _ => None,
    })
}

/// Notes of at least `severity` on sent lines and replies, as "line: note".
pub fn notes_at_least(events: &[Event], severity: Severity) -> Vec<String> {
    let mut out = Vec::new();
    for event in events {
        let (line, annotation) = match event {
            Event::Sent {
                masked, annotation, ..
            } => (format!("C: {masked}"), annotation),
            Event::Received {
                decoded,
                annotation,
                ..
            } => (format!("S: {}", head(&decoded.head)), annotation),
            _ => continue,
        };
        for note in annotation.notes.iter().filter(|n| n.severity >= severity) {
            out.push(format!(
                "{line}  =>  {}: {}",
                note.severity.as_str(),
                pop3_playground::i18n::say(&note.say)
            ));
        }
    }
    out
}

/// What the engine held against the session: violation notes on sent lines and
/// replies, every `Event::Problem` and every `Event::Malformed`.
pub fn problems(events: &[Event]) -> Vec<String> {
    let mut out = notes_at_least(events, Severity::Violation);
    for event in events {
        match event {
            Event::Problem { annotation } => {
                out.push(format!(
                    "problem: {}",
                    pop3_playground::i18n::headline(annotation)
                ));
            }
            Event::Malformed { error, annotation } => {
                out.push(format!(
                    "malformed: {error:?} ({})",
                    pop3_playground::i18n::headline(annotation)
                ));
            }
            _ => {}
        }
    }
    out
}

fn head(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).trim_end().to_owned()
}

/// The events as a readable transcript.
pub fn transcript(events: &[Event]) -> String {
    let mut out = String::from("--- transcript ---\n");
    for event in events {
        let _ = match event {
            Event::Sent {
                masked, annotation, ..
            } => writeln!(
                out,
                "C: {masked}    # {}",
                pop3_playground::i18n::headline(annotation)
            ),
            Event::Received {
                decoded,
                annotation,
                ..
            } => {
                let _ = writeln!(
                    out,
                    "S: {}    # {}",
                    head(&decoded.head),
                    pop3_playground::i18n::headline(annotation)
                );
                if decoded.body_lines > 0 {
                    let _ = writeln!(out, "S:   ... {} body lines", decoded.body_lines);
                }
                annotation.notes.iter().try_for_each(|n| {
                    writeln!(
                        out,
                        "      {}: {}",
                        n.severity.as_str(),
                        pop3_playground::i18n::say(&n.say)
                    )
                })
            }
            Event::StateChanged { from, to } => writeln!(out, "   [state {from} -> {to}]"),
            Event::StartTls => writeln!(out, "   [start TLS]"),
            Event::Closed {
                expected,
                unanswered,
                ..
            } => writeln!(
                out,
                "   [closed, expected: {expected}, unanswered: {unanswered:?}]"
            ),
            other => writeln!(out, "   {other:?}"),
        };
    }
    out
}
