//! What the engine reports: events, refusals, and what it learnt.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::annotate::{Annotation, RfcRef, Say};
use crate::codec::{Decoded, Malformed};
use crate::secret::Secret;
use crate::types::{Capability, Command, CommandError, State};

/// What happened, in the order it happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A line was queued for writing (see
    /// [`Client::poll_transmit`](super::Client::poll_transmit)).
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
    /// [`Client::tls_started`](super::Client::tls_started). Capabilities have
    /// been forgotten (RFC 2595 §4).
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
        /// Commands sent that got no reply (queued ones that were never
        /// written are not among them).
        unanswered: Vec<Command>,
        /// Bytes of a multi-line body that had arrived when it ended.
        partial_body: Option<usize>,
        /// Ended in TRANSACTION with no answered QUIT: the server never
        /// entered UPDATE, so the messages marked as deleted (this many) stay
        /// in the maildrop (RFC 1939 §6).
        kept_marks: Option<usize>,
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

/// Why [`Client::send`](super::Client::send) refused.
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
