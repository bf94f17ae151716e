//! Transcript import: the logs people paste, replayed through the [`Client`]
//! engine so that they get the same annotations as a live session.
//!
//! What it reads:
//! - `C:`/`S:` logs as in the RFCs, and the same with `Client:`/`Server:` or
//!   these words in the playground's languages and their neighbours
//!   (`Cliente:`/`Servidor:`, `Client :`/`Serveur :`, `Klient:`/`Serwer:`,
//!   `Клиент:`/`Сервер:`, `İstemci:`/`Sunucu:`), in any case, followed by
//!   spaces or tabs;
//! - lines with no label under a labelled one: the lines of a multi-line reply
//!   indented under its label (or not indented, while a reply is open) belong
//!   to that label's side;
//! - a whole session flattened onto one line, as web pages often show it:
//!   `S: +OK POP3 ready C: STAT S: +OK 2 320 C: LIST S: +OK 2 messages 1 120
//!   2 200 . C: QUIT S: +OK bye`, with its multi-line replies rebuilt (see
//!   `flat` for how);
//! - placeholders such as `<open connection>` or `<the POP3 server sends
//!   message 1>`, which are skipped;
//! - plain telnet logs, as in textbooks: server lines start with `+OK`, `-ERR`
//!   or `+`, or belong to a multi-line reply; the rest are commands.
//!
//! Server lines keep their trailing spaces: Gmail's empty SASL challenge is
//! `+ ` (plus, space), which is correct, while a bare `+` breaks RFC 5034 §4.
//!
//! Every event of the replay says which input lines it came from ([`Source`]),
//! so a remark can be shown next to the line that earned it.
//!
//! The parts:
//! - this file: what a replay gives back;
//! - `labels`: who wrote a line;
//! - `shape`: placeholders, status indicators and indentation;
//! - `flat`: a flattened session split at its labels, its replies rebuilt;
//! - `replayer`: the engine fed line by line, each event paired with its lines.

mod flat;
mod labels;
mod replayer;
mod shape;
#[cfg(test)]
mod tests;

use crate::annotate::Note;
use crate::engine::{Client, Event};

/// RFC 1939 §10, the example POP3 session, verbatim: a known answer for
/// [`replay`], and the last lesson of the app.
pub const RFC1939_EXAMPLE: &str = "\
      S: <wait for connection on TCP port 110>
      C: <open connection>
      S:    +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>
      C:    APOP mrose c4c9334bac560ecc979e58001b3e22fb
      S:    +OK mrose's maildrop has 2 messages (320 octets)
      C:    STAT
      S:    +OK 2 320
      C:    LIST
      S:    +OK 2 messages (320 octets)
      S:    1 120
      S:    2 200
      S:    .
      C:    RETR 1
      S:    +OK 120 octets
      S:    <the POP3 server sends message 1>
      S:    .
      C:    DELE 1
      S:    +OK message 1 deleted
      C:    RETR 2
      S:    +OK 200 octets
      S:    <the POP3 server sends message 2>
      S:    .
      C:    DELE 2
      S:    +OK message 2 deleted
      C:    QUIT
      S:    +OK dewey POP3 server signing off (maildrop empty)
      C:  <close connection>
      S:  <wait for next connection>
";

/// Who wrote a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The client (`C:`).
    Client,
    /// The server (`S:`).
    Server,
}

/// The kind of log that was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Lines labelled with who wrote them (`C:`/`S:`, `Client:`/`Server:`, or
    /// the same words in other languages), one per line or flattened.
    Prefixed,
    /// A terminal session: server lines start with `+OK`/`-ERR` or belong to a
    /// multi-line reply; the rest are commands.
    Telnet,
}

/// Why an input line (or a piece of one) was not replayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// A description in angle brackets, such as `<open connection>`.
    Placeholder,
    /// A line with no label in a labelled log, outside any reply.
    NoLabel,
    /// Terminal output before the server's greeting or after the session ended.
    OutsideSession,
    /// An empty line between exchanges.
    EmptyLine,
}

/// A line of the input (or a piece of a flattened line) that was not replayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// 1-based line number in the input.
    pub line_no: usize,
    /// The text that was skipped.
    pub text: String,
    /// Why it was skipped.
    pub reason: SkipReason,
}

/// Which input lines an event came from (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The line of a command or of a reply's status line; for other events,
    /// the line whose replay caused them.
    pub line: usize,
    /// For a multi-line reply: the line of each body line, in order, then the
    /// line of the terminating ".". Several can be the same line when the
    /// reply was flattened onto one.
    pub body: Vec<usize>,
}

impl Source {
    fn at(line: usize) -> Source {
        Source {
            line,
            body: Vec::new(),
        }
    }

    /// The input line a remark is about: that of the body line it names
    /// ([`Note::body_line`]), or the event's own.
    pub fn line_of(&self, note: &Note) -> usize {
        note.body_line
            .and_then(|n| self.body.get(n.checked_sub(1)?))
            .copied()
            .unwrap_or(self.line)
    }
}

/// An event of the replay, with the input lines it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Replayed {
    /// What a live session would have produced.
    pub event: Event,
    /// Where it is in the input.
    pub source: Source,
}

/// The result of replaying a transcript.
#[derive(Debug)]
pub struct Replay {
    /// The recognised format.
    pub format: Format,
    /// Events, as a live session would have produced them, in order.
    pub events: Vec<Replayed>,
    /// Input that was not part of the protocol.
    pub skipped: Vec<Skipped>,
    /// The engine after the replay (state, capabilities, maildrop).
    pub client: Client,
}

impl Replay {
    /// How many input lines were skipped (a flattened line with several
    /// placeholders counts once).
    pub fn skipped_lines(&self) -> usize {
        // In input order, so a line's entries are next to each other.
        let mut lines: Vec<usize> = self.skipped.iter().map(|s| s.line_no).collect();
        lines.dedup();
        lines.len()
    }
}

/// Replays a transcript through the engine.
pub fn replay(text: &str) -> Replay {
    let format = replayer::detect(text);
    let mut replayer = replayer::Replayer::new(format, replayer::log_indent(text));
    for (i, line) in text.lines().enumerate() {
        replayer.line(i + 1, line);
    }
    replayer.finish()
}
