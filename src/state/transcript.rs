//! The transcript as typed facts: what was sent, what came back and what happened
//! to the connection. Words are produced from these facts at the edge
//! ([`crate::i18n`]); nothing reads them back out of words.

use std::rc::Rc;

use pop3::Secret;
use pop3::annotate::{Annotation, Severity};
use pop3::engine::NotValid;
use pop3::types::{Command, CommandError, ResponseCode, State};
use pop3::wire::{ErrorCode, TlsFailure, TlsInfo};

use super::settings::Security;

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

/// The status of a server line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyStatus {
    /// `+OK`.
    Ok,
    /// `-ERR`.
    Err,
    /// A `+ ` SASL continuation.
    Continuation,
}

impl ReplyStatus {
    /// `ok`, `err` or `continuation`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReplyStatus::Ok => "ok",
            ReplyStatus::Err => "err",
            ReplyStatus::Continuation => "continuation",
        }
    }

    /// Parses [`ReplyStatus::as_str`]'s words.
    pub fn parse(s: &str) -> Option<ReplyStatus> {
        match s {
            "ok" => Some(ReplyStatus::Ok),
            "err" => Some(ReplyStatus::Err),
            "continuation" => Some(ReplyStatus::Continuation),
            _ => None,
        }
    }
}

/// How far a TLS certificate is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// It verified against the web PKI.
    Verified,
    /// The user accepted it by its fingerprint.
    Pinned,
}

impl Trust {
    /// The trust a proxy's TLS report shows.
    pub fn of(tls: &TlsInfo) -> Trust {
        if tls.verified {
            Trust::Verified
        } else {
            Trust::Pinned
        }
    }
}

/// TLS on the connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsUp {
    /// E.g. `TLSv1.3`.
    pub version: Option<String>,
    /// Verified or pinned.
    pub trust: Trust,
}

impl TlsUp {
    /// The facts of a proxy's TLS report.
    pub fn of(tls: &TlsInfo) -> TlsUp {
        TlsUp {
            version: tls.version.clone(),
            trust: Trust::of(tls),
        }
    }
}

/// Who ended a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closer {
    /// The POP3 server.
    Server,
    /// The proxy.
    Proxy,
    /// This app.
    Client,
    /// The WebSocket to the proxy went away.
    Socket,
}

/// A hop of the path browser → proxy → server: where a failure happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hop {
    /// The WebSocket between this page and the proxy.
    BrowserProxy,
    /// The connection (TCP, then TLS) between the proxy and the POP3 server.
    ProxyServer,
}

impl Hop {
    /// The hop a proxy error is about: the proxy refusing or dropping the
    /// browser's session, or the proxy's way to the server.
    pub fn of(code: ErrorCode) -> Hop {
        match code {
            ErrorCode::BadRequest
            | ErrorCode::OriginNotAllowed
            | ErrorCode::TooManySessions
            | ErrorCode::IdleTimeout => Hop::BrowserProxy,
            ErrorCode::PortNotAllowed
            | ErrorCode::HostNotAllowed
            | ErrorCode::DnsFailed
            | ErrorCode::ConnectFailed
            | ErrorCode::Timeout
            | ErrorCode::TlsFailed
            | ErrorCode::CertUntrusted => Hop::ProxyServer,
        }
    }

    /// `browser-proxy` or `proxy-server` (the `data-hop` attribute).
    pub fn as_str(self) -> &'static str {
        match self {
            Hop::BrowserProxy => "browser-proxy",
            Hop::ProxyServer => "proxy-server",
        }
    }
}

/// What kind of log an import read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// `C:`/`S:` lines.
    Prefixed,
    /// A terminal log.
    Telnet,
}

/// Why a command was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It is not valid in this state.
    NotValid(NotValid),
    /// It cannot be written at all.
    Unwritable(CommandError),
}

/// What a transcript entry records.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    /// A line the client wrote: a command, or (`None`) a SASL response line.
    Command {
        /// The parsed command.
        command: Option<Command>,
    },
    /// A line from the server.
    Reply {
        /// `+OK`, `-ERR` or a continuation.
        status: ReplyStatus,
        /// The `[CODE]`, if any.
        code: Option<ResponseCode>,
        /// The entry id of the command it answers (`None`: the greeting or an
        /// unsolicited reply).
        answers: Option<usize>,
    },
    /// Bytes from the server that are not a reply.
    Malformed,
    /// The session state changed.
    StateChanged {
        /// Before.
        from: State,
        /// After.
        to: State,
    },
    /// A new connection starts below this line.
    NewConnection,
    /// The WebSocket to the proxy is opening.
    Connecting {
        /// The proxy's URL.
        url: String,
    },
    /// The connection goes to the demo server inside this page: no network,
    /// no proxy, no TLS.
    InPage,
    /// The target needs the proxy, and none answers at the page's address.
    NoProxy,
    /// The app asked the proxy to connect.
    ConnectAsked {
        /// The server.
        host: String,
        /// Its port.
        port: u16,
        /// How it is secured.
        security: Security,
    },
    /// The connection to the server is open.
    Opened {
        /// The address dialled, or `None` behind websockify (its fixed target).
        peer: Option<String>,
        /// TLS from the start (port 995).
        tls: Option<TlsUp>,
    },
    /// The app asked the proxy to start TLS after +OK to STLS.
    StartTlsAsked,
    /// TLS is up after STLS.
    TlsUp(TlsUp),
    /// STLS cannot go on: websockify has no control channel.
    StlsImpossible,
    /// The proxy reported an error.
    LinkError {
        /// Its wire code.
        code: ErrorCode,
        /// The proxy's own words.
        message: String,
        /// Why TLS failed, when it did (and the proxy said).
        cause: Option<TlsFailure>,
    },
    /// The proxy sent a control message this app cannot read.
    ControlUnreadable {
        /// The parser's complaint.
        error: String,
    },
    /// The connection closed.
    Closed {
        /// Who closed it.
        by: Closer,
        /// Why, as reported.
        reason: String,
        /// The WebSocket close code, when the socket itself closed.
        code: Option<u16>,
    },
    /// The POP3 session ended.
    SessionEnded {
        /// After a normal QUIT.
        expected: bool,
        /// Commands that got no reply.
        unanswered: Vec<String>,
        /// Octets of a body that had arrived.
        partial_body: Option<usize>,
        /// Ended in TRANSACTION with no UPDATE: how many messages marked as
        /// deleted stay in the maildrop.
        kept_marks: Option<usize>,
    },
    /// A client-side problem (the annotation says what).
    Problem,
    /// A command was not sent.
    NotSent(Refusal),
    /// A pasted log was imported.
    Imported {
        /// Lines read.
        lines: usize,
        /// As what.
        format: ImportFormat,
        /// Lines that were not POP3.
        skipped: usize,
    },
    /// A line of an older export, kept as its text.
    Legacy {
        /// Who wrote it.
        dir: Dir,
    },
}

impl Fact {
    /// Who wrote the line.
    pub fn dir(&self) -> Dir {
        match self {
            Fact::Command { .. } => Dir::Client,
            Fact::Reply { .. } | Fact::Malformed => Dir::Server,
            Fact::Legacy { dir } => *dir,
            _ => Dir::Proxy,
        }
    }

    /// How much the fact itself deserves attention (annotations add their own).
    pub fn severity(&self) -> Severity {
        match self {
            Fact::StlsImpossible
            | Fact::NoProxy
            | Fact::LinkError { .. }
            | Fact::ControlUnreadable { .. }
            | Fact::NotSent(_)
            | Fact::SessionEnded {
                expected: false, ..
            } => Severity::Warning,
            // The WebSocket to the proxy dropped, or never opened.
            Fact::Closed {
                by: Closer::Socket,
                code,
                ..
            } if *code != Some(1000) => Severity::Warning,
            _ => Severity::Info,
        }
    }

    /// The hop of the path that failed, for a failure.
    pub fn hop(&self) -> Option<Hop> {
        match self {
            Fact::LinkError { code, .. } => Some(Hop::of(*code)),
            Fact::Closed {
                by: Closer::Socket, ..
            } => Some(Hop::BrowserProxy),
            _ => None,
        }
    }

    /// Why TLS failed, for a proxy error that says.
    pub fn tls_failure(&self) -> Option<TlsFailure> {
        match self {
            Fact::LinkError { cause, .. } => *cause,
            _ => None,
        }
    }

    /// Whether the line is shown as a banner across the transcript.
    pub fn is_banner(&self) -> bool {
        matches!(self, Fact::StateChanged { .. } | Fact::NewConnection)
    }
}

/// A multi-line body attached to a server line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The dot-unstuffed bytes (shared with the mailbox, never copied).
    pub bytes: Rc<Vec<u8>>,
    /// Lines in it.
    pub lines: usize,
    /// Octets on the wire (head and terminator included).
    pub wire_len: usize,
    /// Lines (1-based) whose single leading dot the server did not double;
    /// with them [`pop3::codec::stuff`] gives the body as it was on the wire.
    pub undoubled: Vec<usize>,
}

/// One line of the transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Position in the transcript.
    pub id: usize,
    /// Milliseconds since the connection started.
    pub at_ms: f64,
    /// What it records.
    pub fact: Fact,
    /// The bytes on the wire: a client line with secrets masked, a server line
    /// exactly as received (line ending included). Empty for the app's own facts,
    /// except in older exports.
    pub raw: Vec<u8>,
    /// The client line with secrets, for an explicit "reveal".
    pub secret: Option<Secret<String>>,
    /// A multi-line body.
    pub body: Option<Body>,
    /// The explanation.
    pub annotation: Option<Annotation>,
    /// For a reply: milliseconds since its command was sent.
    pub rtt_ms: Option<f64>,
}

impl Entry {
    /// An entry with only a fact.
    pub fn new(fact: Fact, at_ms: f64) -> Entry {
        Entry {
            id: 0,
            at_ms,
            fact,
            raw: Vec::new(),
            secret: None,
            body: None,
            annotation: None,
            rtt_ms: None,
        }
    }

    /// Who wrote it.
    pub fn dir(&self) -> Dir {
        self.fact.dir()
    }

    /// The severity to show: the fact's or the annotation's, whichever is higher.
    pub fn severity(&self) -> Severity {
        let annotated = self
            .annotation
            .as_ref()
            .map_or(Severity::Info, Annotation::severity);
        annotated.max(self.fact.severity())
    }

    /// Whether the entry has a warning or a violation, in its annotation or
    /// as a fact of the connection.
    pub fn is_problem(&self) -> bool {
        self.severity() > Severity::Info
    }

    /// The command this client line sent.
    pub fn command(&self) -> Option<&Command> {
        match &self.fact {
            Fact::Command { command } => command.as_ref(),
            _ => None,
        }
    }
}

/// The transcript, shared (not copied) between renders.
#[derive(Debug, Default)]
pub struct Transcript {
    entries: Vec<Entry>,
}

impl Transcript {
    /// Appends an entry, numbering it; returns its id.
    pub fn push(&mut self, mut entry: Entry) -> usize {
        let id = self.entries.len();
        entry.id = id;
        self.entries.push(entry);
        id
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

    /// The command a reply answers.
    pub fn answered(&self, reply: &Entry) -> Option<&Command> {
        match reply.fact {
            Fact::Reply {
                answers: Some(id), ..
            } => self.entries.get(id)?.command(),
            _ => None,
        }
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}
