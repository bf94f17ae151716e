//! The engine fed line by line, each event paired with the input lines it came
//! from.
//!
//! How a line is read depends on what the engine expects next: inside a
//! message body (RETR, TOP) leading whitespace is content and only the log's
//! own indentation goes; in other listings and status lines it is layout.
//! Trailing spaces of server lines are always kept.

use std::collections::VecDeque;

use super::flat::{self, Flattened};
use super::labels;
use super::shape::{
    dedent, is_body_placeholder, is_ok, is_placeholder, is_status, strip_indent, width,
};
use super::{Format, Replay, Replayed, Side, SkipReason, Skipped, Source};
use crate::annotate::{Annotation, Say, Severity};
use crate::engine::{Client, Event};
use crate::types::{Command, State};

/// Which format a text is in. A labelled log has `C:`/`S:` labels, or longer
/// labels of which a server one is followed by a status line, or a flattened
/// line; requiring the status keeps a telnet log whose message holds a header
/// such as `Server: nginx` a telnet log.
pub(super) fn detect(text: &str) -> Format {
    let labelled = text.lines().any(|line| {
        labels::at_start(line).is_some_and(|l| {
            let rest = l.rest.trim();
            l.short || (l.side == Side::Server && (is_status(rest) || is_placeholder(rest)))
        }) || flat::split(line).is_some()
    });
    if labelled {
        Format::Prefixed
    } else {
        Format::Telnet
    }
}

/// How far a log indents its text after a server label: RFC 1939 aligns with
/// several spaces ("S:    +OK"), exports use one. Measured on the first status
/// line, in characters.
pub(super) fn log_indent(text: &str) -> usize {
    text.lines()
        .filter_map(labels::at_start)
        .find_map(|l| {
            let text = l.rest.trim_start();
            (l.side == Side::Server && is_status(text.trim_end()))
                .then(|| l.rest[..l.rest.len() - text.len()].chars().count())
        })
        .unwrap_or(1)
}

/// How a body line was written.
#[derive(Debug, Clone, Copy)]
enum Written {
    /// After a label: the log's indentation after labels goes.
    Labelled,
    /// Under a label, with no label of its own: indentation up to the label's
    /// text goes.
    Under,
    /// One piece of a flattened line: already trimmed.
    Piece,
}

/// The replay in progress.
#[derive(Debug)]
pub(super) struct Replayer {
    format: Format,
    client: Client,
    events: Vec<Replayed>,
    skipped: Vec<Skipped>,
    /// Input lines of the reply being received: its status line, then body lines.
    reply_lines: Vec<usize>,
    /// Input lines of the commands given to the engine whose `Sent` has not
    /// come out yet (queued until earlier replies arrive), oldest first.
    command_lines: VecDeque<usize>,
    /// The side of the last labelled line: lines under it are its.
    last_side: Option<Side>,
    /// Where the text of the last labelled line starts (screen column).
    label_column: usize,
    /// How far the log indents text after its labels (characters).
    indent: usize,
    /// Telnet: the server has spoken.
    greeted: bool,
    /// Telnet: the session is over.
    closed: bool,
    /// The body being received had a placeholder instead of (some of) its
    /// text, as in RFC 1939's example: its size cannot be checked.
    body_left_out: bool,
}

impl Replayer {
    pub(super) fn new(format: Format, indent: usize) -> Self {
        Replayer {
            format,
            client: Client::new(),
            events: Vec::new(),
            skipped: Vec::new(),
            reply_lines: Vec::new(),
            command_lines: VecDeque::new(),
            last_side: None,
            label_column: 0,
            indent,
            greeted: false,
            closed: false,
            body_left_out: false,
        }
    }

    pub(super) fn finish(self) -> Replay {
        Replay {
            format: self.format,
            events: self.events,
            skipped: self.skipped,
            client: self.client,
        }
    }

    /// Replays input line `no` (1-based).
    pub(super) fn line(&mut self, no: usize, raw: &str) {
        match self.format {
            Format::Prefixed => self.labelled_line(no, raw),
            Format::Telnet => self.telnet_line(no, raw),
        }
    }

    fn skip(&mut self, no: usize, text: &str, reason: SkipReason) {
        if reason == SkipReason::Placeholder && self.client.is_receiving_body() {
            self.body_left_out = true;
        }
        self.skipped.push(Skipped {
            line_no: no,
            text: text.to_owned(),
            reason,
        });
    }

    fn labelled_line(&mut self, no: usize, raw: &str) {
        let in_body = self.client.is_receiving_body();
        let Some(label) = labels::at_start(raw) else {
            return self.unlabelled_line(no, raw, in_body);
        };
        self.last_side = Some(label.side);
        self.label_column = label.column;
        // A message body may quote a session; only the client's lines and
        // lines between replies can be a flattened one.
        let reading_body = in_body && label.side == Side::Server;
        if !reading_body && let Some(flattened) = flat::split(raw) {
            return self.flattened(no, flattened);
        }
        let placeholder = if reading_body {
            is_body_placeholder(label.rest)
        } else {
            is_placeholder(label.rest)
        };
        if placeholder {
            return self.skip(no, raw, SkipReason::Placeholder);
        }
        match label.side {
            Side::Server if in_body => self.body_line(no, label.rest, Written::Labelled),
            Side::Server => self.server_unit(no, label.rest.trim_start(), None),
            Side::Client => self.client_line(no, label.rest.trim()),
        }
    }

    fn unlabelled_line(&mut self, no: usize, raw: &str, in_body: bool) {
        let text = raw.trim();
        // The rest of a multi-line reply whose first line had the label.
        if in_body && self.last_side != Some(Side::Client) {
            if is_body_placeholder(text) {
                return self.skip(no, raw, SkipReason::Placeholder);
            }
            return self.body_line(no, raw, Written::Under);
        }
        if is_placeholder(text) {
            return self.skip(no, raw, SkipReason::Placeholder);
        }
        if text.is_empty() {
            return self.skip(no, raw, SkipReason::EmptyLine);
        }
        if let Some(flattened) = flat::split(raw) {
            return self.flattened(no, flattened);
        }
        let indented = raw.starts_with(char::is_whitespace);
        match self.last_side {
            // A status line is the server's, whoever spoke last; lines of
            // its reply follow it.
            _ if is_status(text) => {
                self.last_side = Some(Side::Server);
                self.label_column = width(&raw[..raw.len() - raw.trim_start().len()]);
                self.server_unit(no, raw.trim_start(), None)
            }
            Some(Side::Server) if indented => self.server_unit(no, raw.trim_start(), None),
            Some(Side::Client) if indented => self.client_line(no, text),
            _ => self.skip(no, raw, SkipReason::NoLabel),
        }
    }

    fn flattened(&mut self, no: usize, flattened: Flattened<'_>) {
        if !flattened.before.is_empty() {
            self.skip(no, flattened.before, SkipReason::NoLabel);
        }
        let segments = &flattened.segments;
        for (i, segment) in segments.iter().enumerate() {
            self.last_side = Some(segment.side);
            let text = segment.text;
            let in_body = self.client.is_receiving_body() && segment.side == Side::Server;
            if (in_body && is_body_placeholder(text)) || (!in_body && is_placeholder(text)) {
                self.skip(no, text, SkipReason::Placeholder);
                continue;
            }
            match segment.side {
                Side::Client => self.client_line(no, text),
                Side::Server if self.client.is_receiving_body() => {
                    self.body_line(no, text, Written::Piece)
                }
                Side::Server if text.is_empty() => self.skip(no, text, SkipReason::EmptyLine),
                // Flattening lost the space after an empty challenge's "+".
                Side::Server if text == "+" => self.server(no, "+ "),
                Side::Server => {
                    let next = segments.get(i + 1).map(|s| s.side);
                    self.server_unit(no, text, Some(next))
                }
            }
        }
    }

    /// A server line that is not inside a body: a status line, or a whole
    /// multi-line reply on one line, which is rebuilt when it ends with "."
    /// or, in a flattened line, when the client speaks next.
    /// `flattened_next`: for a piece of a flattened line, the side of the next
    /// piece (`None` at the end of the line).
    fn server_unit(&mut self, no: usize, text: &str, flattened_next: Option<Option<Side>>) {
        let command = self
            .client
            .in_flight()
            .next()
            .filter(|c| c.expects_multiline())
            .cloned();
        let whole = match &command {
            Some(_) if *self.client.state() != State::Greeting && is_ok(text) => {
                let mut words = text.split_whitespace();
                let ends_with_dot = words.next_back() == Some(".") && words.next().is_some();
                ends_with_dot || flattened_next == Some(Some(Side::Client))
            }
            _ => false,
        };
        match command {
            Some(command) if whole => {
                let rebuilt = flat::rebuild(&command, text);
                for placeholder in &rebuilt.placeholders {
                    self.skip(no, placeholder, SkipReason::Placeholder);
                }
                for line in &rebuilt.lines {
                    self.server(no, line);
                }
            }
            _ => self.server(no, text),
        }
    }

    /// A line inside a multi-line body.
    fn body_line(&mut self, no: usize, text: &str, written: Written) {
        let message = self
            .client
            .in_flight()
            .next()
            .is_some_and(|c| matches!(c, Command::Retr { .. } | Command::Top { .. }));
        let line = match written {
            Written::Piece => text,
            // Listings (LIST, UIDL, CAPA…) have no meaningful indentation.
            _ if !message => text.trim_start(),
            Written::Labelled => strip_indent(text, self.indent),
            Written::Under => dedent(text, self.label_column),
        };
        self.server(no, line)
    }

    fn client_line(&mut self, no: usize, line: &str) {
        if line.is_empty() && !self.client.awaiting_sasl_response() {
            return self.skip(no, line, SkipReason::EmptyLine);
        }
        if self.client.awaiting_sasl_response() {
            self.client.send_sasl_response(line);
        } else {
            if self.client.awaiting_tls() {
                self.client.tls_started();
            }
            self.send(line);
            self.command_lines.push_back(no);
        }
        self.drain(no);
    }

    /// Sends a typed line, valid or not (the log shows it was sent).
    fn send(&mut self, line: &str) {
        let command = Command::parse_lenient(line);
        if self.client.send_anyway(command).is_err() {
            // Unwritable lines (a NUL, say) are recorded as an unknown command.
            let unknown = Command::Other {
                keyword: "?".into(),
                args: None,
            };
            let _ = self.client.send_anyway(unknown);
        }
    }

    /// Feeds one server line (without its line ending).
    fn server(&mut self, no: usize, line: &str) {
        let mut bytes = Vec::with_capacity(line.len() + 2);
        bytes.extend_from_slice(line.as_bytes());
        bytes.extend_from_slice(b"\r\n");
        self.reply_lines.push(no);
        self.client.feed(&bytes);
        self.drain(no);
        if !self.client.is_receiving_body() {
            // Bytes the engine set aside (after +OK to STLS) belong to no reply.
            self.reply_lines.clear();
        }
    }

    /// Moves the engine's events out, each with its input lines.
    fn drain(&mut self, no: usize) {
        while self.client.poll_transmit().is_some() {}
        while let Some(mut event) = self.client.poll_event() {
            if let Event::Received { annotation, .. } = &mut event
                && std::mem::take(&mut self.body_left_out)
            {
                left_out(annotation);
            }
            let source = match &event {
                Event::Sent {
                    command: Some(_), ..
                } => Source::at(self.command_lines.pop_front().unwrap_or(no)),
                Event::Received { .. } => {
                    let mut lines = std::mem::take(&mut self.reply_lines).into_iter();
                    Source {
                        line: lines.next().unwrap_or(no),
                        body: lines.collect(),
                    }
                }
                // One line, the last fed (a refused line inside a body
                // included: the decoder does not count it as a body line).
                Event::Malformed { .. } => Source::at(self.reply_lines.pop().unwrap_or(no)),
                _ => Source::at(no),
            };
            if let Event::StateChanged {
                to: State::Closed, ..
            } = event
            {
                self.closed = true;
            }
            self.events.push(Replayed { event, source });
        }
    }

    fn telnet_line(&mut self, no: usize, raw: &str) {
        let status = is_status(raw.trim_end());
        if self.closed || (!self.greeted && !status) {
            return self.skip(no, raw, SkipReason::OutsideSession);
        }
        let in_body = self.client.is_receiving_body();
        if (in_body && is_body_placeholder(raw)) || (!in_body && is_placeholder(raw)) {
            return self.skip(no, raw, SkipReason::Placeholder);
        }
        if in_body || status {
            self.greeted = true;
            self.server(no, raw);
        } else {
            self.client_line(no, raw.trim());
        }
    }
}

/// A reply whose body the log replaced by a placeholder: its size checks are
/// about the log, not the server, so they give way to saying so.
fn left_out(annotation: &mut Annotation) {
    annotation.notes.retain(|n| {
        !matches!(
            n.say,
            Say::NoteRetrSizeMismatch { .. } | Say::NoteRetrOverTotal { .. }
        )
    });
    annotation.note(Severity::Info, Say::NoteBodyLeftOut, None);
}
