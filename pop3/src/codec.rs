//! Bytes <-> POP3 values.
//!
//! - [`Decoder`]: incremental decoding of server replies, as a client needs it.
//!   It tells *incomplete* (feed more bytes) from *malformed* (these bytes are
//!   wrong), unstuffs multi-line bodies, and gives the same result however the
//!   input is split into chunks.
//! - [`LineReader`], [`write_response`], [`write_continuation`] and
//!   [`stuff_into`]: the server side, used by the demo server.

use std::fmt;

use memchr::memchr;

use crate::types::{Response, ResponseCode, Status};

/// Line length limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Status lines longer than this (CRLF included) get a warning: RFC 2449 §4
    /// caps responses at 512 octets.
    pub status_line_warn: usize,
    /// Body lines longer than this (CRLF included) get a warning: RFC 5322 §2.1.1
    /// caps lines at 1000 octets.
    pub body_line_warn: usize,
    /// Lines longer than this (line ending excluded) are refused.
    pub max_line: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            status_line_warn: 512,
            body_line_warn: 1000,
            max_line: 64 * 1024,
        }
    }
}

/// How many bytes of a refused line an error keeps.
pub const KEPT_PREFIX: usize = 256;

/// One reply from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// `+OK` / `-ERR`, possibly with a multi-line body.
    Response(Response),
    /// `+ data`: a SASL challenge (RFC 5034 §4); data still base64.
    Continuation(Vec<u8>),
}

/// A decoded reply with what the transcript needs to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The reply.
    pub reply: Reply,
    /// The first line exactly as received, line ending included.
    pub head: Vec<u8>,
    /// Bytes this reply took on the wire, terminator included.
    pub wire_len: usize,
    /// Lines in the body (terminator excluded).
    pub body_lines: usize,
    /// Things that were accepted but are not as the RFCs say.
    pub warnings: Vec<DecodeWarning>,
    /// Body lines (1-based) that began with a single "." the server did not
    /// double, which was removed: with them the body's wire form can be
    /// rebuilt exactly ([`stuff`]).
    pub undoubled: Vec<usize>,
}

/// Something accepted that does not follow the RFCs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeWarning {
    /// Lines ended with LF alone instead of CRLF (RFC 1939 §3).
    BareLineFeed {
        /// How many lines.
        lines: usize,
    },
    /// Lines were longer than the RFCs allow.
    LongLines {
        /// How many lines.
        count: usize,
        /// The longest, line ending included.
        longest: usize,
        /// The limit that was exceeded.
        limit: usize,
    },
    /// Body lines began with a single "." that was not doubled: the server did
    /// not byte-stuff (RFC 1939 §3). The dot was removed, as the RFC says.
    UnstuffedDot {
        /// How many lines.
        count: usize,
        /// The first such line (1-based, within the body).
        first_line: usize,
    },
    /// The status indicator was not in upper case (`+ok`); RFC 1939 §3 writes
    /// it in upper case.
    LowercaseStatus,
    /// Body lines longer than the hard limit were dropped (see
    /// [`Malformed::LineTooLong`]).
    DroppedLines {
        /// How many lines.
        count: usize,
    },
    /// A SASL continuation that is a bare "+": RFC 5034 §4 requires a space
    /// after it even when the challenge is empty (`"+" SP [base64]`).
    ContinuationWithoutSpace,
}

/// Why decoding stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not enough bytes yet: feed more.
    Incomplete,
    /// These bytes are not a valid reply. They have been consumed; decoding can go
    /// on with the bytes after them.
    Malformed(Malformed),
}

/// Bytes that are not a valid reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// A line that should start a reply begins with neither `+OK`, `-ERR` nor `+`.
    BadStatusLine {
        /// The line, line ending included (at most [`KEPT_PREFIX`] bytes).
        bytes: Vec<u8>,
    },
    /// A line exceeded the hard limit and was dropped up to its line ending.
    LineTooLong {
        /// The limit.
        limit: usize,
        /// The first [`KEPT_PREFIX`] bytes of the line.
        prefix: Vec<u8>,
        /// Whether the line was inside a multi-line body.
        in_body: bool,
    },
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Malformed::BadStatusLine { bytes } => write!(
                f,
                "not a POP3 reply (it must begin with +OK or -ERR): {:?}",
                String::from_utf8_lossy(bytes)
            ),
            Malformed::LineTooLong { limit, .. } => {
                write!(f, "a line longer than {limit} octets was refused")
            }
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Incomplete => f.write_str("incomplete reply"),
            DecodeError::Malformed(m) => m.fmt(f),
        }
    }
}

impl std::error::Error for DecodeError {}

/// A multi-line reply being received.
#[derive(Debug)]
struct BodyInProgress {
    response: Response,
    head: Vec<u8>,
    head_warnings: Vec<DecodeWarning>,
    wire_len: usize,
    lines: usize,
    bare_lf: usize,
    long_lines: usize,
    longest: usize,
    undoubled: Vec<usize>,
    dropped: usize,
}

/// Incremental reply decoder.
///
/// ```
/// use pop3::codec::{Decoder, DecodeError, Reply};
/// let mut decoder = Decoder::new();
/// decoder.feed(b"+OK 2 mess");
/// assert_eq!(decoder.decode(false), Err(DecodeError::Incomplete));
/// decoder.feed(b"ages\r\n");
/// let decoded = decoder.decode(false).unwrap();
/// assert!(matches!(decoded.reply, Reply::Response(r) if r.text == b"2 messages"));
/// ```
#[derive(Debug, Default)]
pub struct Decoder {
    buf: Vec<u8>,
    /// Bytes before this index have been consumed.
    start: usize,
    /// Discarding the rest of an overlong line up to its LF.
    discarding: bool,
    body: Option<Box<BodyInProgress>>,
    limits: Limits,
}

impl Decoder {
    /// A decoder with the default [`Limits`].
    pub fn new() -> Self {
        Self::default()
    }

    /// A decoder with custom limits.
    pub fn with_limits(limits: Limits) -> Self {
        Decoder {
            limits,
            ..Self::default()
        }
    }

    /// Appends received bytes.
    pub fn feed(&mut self, bytes: &[u8]) {
        if self.start > 0 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes received but not yet part of a decoded reply.
    pub fn buffered(&self) -> &[u8] {
        &self.buf[self.start..]
    }

    /// Drops buffered bytes (used when the connection switches to TLS: bytes sent
    /// in clear after `+OK` to STLS must not be read as protected).
    pub fn take_buffered(&mut self) -> Vec<u8> {
        let rest = self.buf.split_off(self.start);
        self.buf.clear();
        self.start = 0;
        rest
    }

    /// Whether a multi-line body is being received.
    pub fn in_body(&self) -> bool {
        self.body.is_some()
    }

    /// Bytes of the multi-line body received so far (for progress bars).
    pub fn body_progress(&self) -> Option<usize> {
        self.body
            .as_ref()
            .map(|b| b.response.body.as_ref().map_or(0, Vec::len))
    }

    /// The status line of the multi-line reply being received.
    pub fn body_status(&self) -> Option<&Response> {
        self.body.as_ref().map(|b| &b.response)
    }

    /// Decodes the next reply. `multiline` says whether a `+OK` starting a new
    /// reply is followed by a body (it is ignored while a body is in progress).
    pub fn decode(&mut self, multiline: bool) -> Result<Decoded, DecodeError> {
        loop {
            if self.body.is_some() {
                if let Some(result) = self.decode_body_lines()? {
                    return Ok(result);
                }
                continue;
            }
            let line_end = self.next_line_end()?;
            let line = &self.buf[self.start..line_end];
            let head = line.to_vec();
            self.start = line_end;
            let (reply, warnings) = parse_status_line(&head, self.limits.status_line_warn)
                .map_err(DecodeError::Malformed)?;
            match reply {
                Reply::Response(mut response) if multiline && response.status == Status::Ok => {
                    response.body = Some(Vec::new());
                    self.body = Some(Box::new(BodyInProgress {
                        response,
                        wire_len: head.len(),
                        head,
                        head_warnings: warnings,
                        lines: 0,
                        bare_lf: 0,
                        long_lines: 0,
                        longest: 0,
                        undoubled: Vec::new(),
                        dropped: 0,
                    }));
                }
                reply => {
                    return Ok(Decoded {
                        reply,
                        wire_len: head.len(),
                        head,
                        body_lines: 0,
                        warnings,
                        undoubled: Vec::new(),
                    });
                }
            }
        }
    }

    /// The index just past the next LF, handling the hard line limit.
    fn next_line_end(&mut self) -> Result<usize, DecodeError> {
        loop {
            let pending = &self.buf[self.start..];
            match memchr(b'\n', pending) {
                Some(i) => {
                    let end = self.start + i + 1;
                    if self.discarding {
                        self.discarding = false;
                        self.start = end;
                        continue;
                    }
                    let line = &self.buf[self.start..end];
                    if content_len(line) > self.limits.max_line {
                        let error = too_long(line, self.limits.max_line, false);
                        self.start = end;
                        return Err(error);
                    }
                    return Ok(end);
                }
                None if self.discarding => {
                    self.start = self.buf.len();
                    return Err(DecodeError::Incomplete);
                }
                // One more byte may be the CR of a line that just fits.
                None if pending.len() > self.limits.max_line + 1 => {
                    let error = too_long(pending, self.limits.max_line, false);
                    self.discarding = true;
                    self.start = self.buf.len();
                    return Err(error);
                }
                None => return Err(DecodeError::Incomplete),
            }
        }
    }

    /// Consumes every complete body line in the buffer; returns the reply when
    /// the terminator has been seen.
    fn decode_body_lines(&mut self) -> Result<Option<Decoded>, DecodeError> {
        let limits = self.limits;
        let progress = self.body.as_mut().expect("called with a body in progress");
        let data = progress.response.body.as_mut().expect("body present");
        let buf = &self.buf;
        let mut pos = self.start;
        // Ordinary lines are copied in runs, one copy per run.
        let mut run_start = pos;
        loop {
            let Some(i) = memchr(b'\n', &buf[pos..]) else {
                data.extend_from_slice(&buf[run_start..pos]);
                let pending = &buf[pos..];
                if self.discarding {
                    progress.wire_len += pending.len();
                    self.start = buf.len();
                } else if pending.len() > limits.max_line + 1 {
                    progress.wire_len += pending.len();
                    progress.dropped += 1;
                    self.discarding = true;
                    self.start = buf.len();
                    return Err(too_long(pending, limits.max_line, true));
                } else {
                    self.start = pos;
                }
                return Err(DecodeError::Incomplete);
            };
            let end = pos + i + 1;
            let line = &buf[pos..end];
            progress.wire_len += line.len();
            if self.discarding
                || (line.len() > limits.max_line && content_len(line) > limits.max_line)
            {
                data.extend_from_slice(&buf[run_start..pos]);
                pos = end;
                run_start = pos;
                if !std::mem::take(&mut self.discarding) {
                    progress.dropped += 1;
                    self.start = end;
                    return Err(too_long(line, limits.max_line, true));
                }
                continue;
            }
            let bare_lf = line.len() < 2 || line[line.len() - 2] != b'\r';
            if bare_lf {
                progress.bare_lf += 1;
            }
            if line[0] == b'.' {
                data.extend_from_slice(&buf[run_start..pos]);
                if line.len() == 2 || (line.len() == 3 && !bare_lf) {
                    // The terminator ".CRLF" (or ".LF").
                    self.start = end;
                    let body = self.body.take().expect("body in progress");
                    return Ok(Some(body.finish(limits)));
                }
                if line[1] != b'.' {
                    progress.undoubled.push(progress.lines + 1);
                }
                run_start = pos + 1;
            }
            progress.lines += 1;
            if line.len() > limits.body_line_warn {
                progress.long_lines += 1;
                progress.longest = progress.longest.max(line.len());
            }
            pos = end;
        }
    }
}

/// The error for a refused line, keeping its first bytes.
fn too_long(line: &[u8], limit: usize, in_body: bool) -> DecodeError {
    DecodeError::Malformed(Malformed::LineTooLong {
        limit,
        prefix: line[..line.len().min(KEPT_PREFIX.min(limit))].to_vec(),
        in_body,
    })
}

impl BodyInProgress {
    fn finish(self, limits: Limits) -> Decoded {
        let mut warnings = self.head_warnings;
        if self.bare_lf > 0 {
            // The head's own bare LF (if any) is already reported; merge counts.
            match warnings
                .iter_mut()
                .find(|w| matches!(w, DecodeWarning::BareLineFeed { .. }))
            {
                Some(DecodeWarning::BareLineFeed { lines }) => *lines += self.bare_lf,
                _ => warnings.push(DecodeWarning::BareLineFeed {
                    lines: self.bare_lf,
                }),
            }
        }
        if self.long_lines > 0 {
            warnings.push(DecodeWarning::LongLines {
                count: self.long_lines,
                longest: self.longest,
                limit: limits.body_line_warn,
            });
        }
        if let Some(&first_line) = self.undoubled.first() {
            warnings.push(DecodeWarning::UnstuffedDot {
                count: self.undoubled.len(),
                first_line,
            });
        }
        if self.dropped > 0 {
            warnings.push(DecodeWarning::DroppedLines {
                count: self.dropped,
            });
        }
        Decoded {
            reply: Reply::Response(self.response),
            head: self.head,
            wire_len: self.wire_len,
            body_lines: self.lines,
            warnings,
            undoubled: self.undoubled,
        }
    }
}

/// A body as it was on the wire: every line that begins with "." gets its dot
/// doubled back (RFC 1939 §3), as do the `undoubled` lines (1-based) whose
/// single dot the decoder removed; the terminator follows. Unstuffing it gives
/// the body back.
pub fn stuff(body: &[u8], undoubled: &[usize]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 8);
    let mut crlf = true;
    for (i, line) in body.split_inclusive(|b| *b == b'\n').enumerate() {
        if line.first() == Some(&b'.') || undoubled.binary_search(&(i + 1)).is_ok() {
            out.push(b'.');
        }
        out.extend_from_slice(line);
        crlf = line.ends_with(b"\r\n");
    }
    out.extend_from_slice(if crlf { b".\r\n" } else { b".\n" });
    out
}

/// Length of a line without its CRLF or LF.
fn content_len(line: &[u8]) -> usize {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line).len()
}

/// Parses the first line of a reply (line ending included).
fn parse_status_line(
    line: &[u8],
    warn_len: usize,
) -> Result<(Reply, Vec<DecodeWarning>), Malformed> {
    let mut warnings = Vec::new();
    let content = line.strip_suffix(b"\n").unwrap_or(line);
    let content = match content.strip_suffix(b"\r") {
        Some(c) => c,
        None => {
            warnings.push(DecodeWarning::BareLineFeed { lines: 1 });
            content
        }
    };
    if line.len() > warn_len {
        warnings.push(DecodeWarning::LongLines {
            count: 1,
            longest: line.len(),
            limit: warn_len,
        });
    }
    let (status, rest) = if let Some(rest) = strip_prefix_ci(content, b"+OK", &mut warnings) {
        (Status::Ok, rest)
    } else if let Some(rest) = strip_prefix_ci(content, b"-ERR", &mut warnings) {
        (Status::Err, rest)
    } else if content == b"+" {
        warnings.push(DecodeWarning::ContinuationWithoutSpace);
        return Ok((Reply::Continuation(Vec::new()), warnings));
    } else if let Some(data) = content.strip_prefix(b"+ ") {
        return Ok((Reply::Continuation(data.to_vec()), warnings));
    } else {
        return Err(Malformed::BadStatusLine {
            bytes: line[..line.len().min(KEPT_PREFIX)].to_vec(),
        });
    };
    let text = match rest {
        [] => &[][..],
        [b' ', text @ ..] => text,
        _ => {
            return Err(Malformed::BadStatusLine {
                bytes: line[..line.len().min(KEPT_PREFIX)].to_vec(),
            });
        }
    };
    let (code, text) = split_code(text);
    Ok((
        Reply::Response(Response {
            status,
            code,
            text: text.to_vec(),
            body: None,
        }),
        warnings,
    ))
}

/// Strips `+OK` / `-ERR`, accepting other cases with a warning.
fn strip_prefix_ci<'a>(
    content: &'a [u8],
    prefix: &[u8],
    warnings: &mut Vec<DecodeWarning>,
) -> Option<&'a [u8]> {
    let head = content.get(..prefix.len())?;
    if head == prefix {
        return Some(&content[prefix.len()..]);
    }
    if head.eq_ignore_ascii_case(prefix) {
        warnings.push(DecodeWarning::LowercaseStatus);
        return Some(&content[prefix.len()..]);
    }
    None
}

/// Splits `[CODE] text` (RFC 2449 §8) into the code and the text.
fn split_code(text: &[u8]) -> (Option<ResponseCode>, &[u8]) {
    let Some(inner) = text.strip_prefix(b"[") else {
        return (None, text);
    };
    let Some(close) = inner.iter().position(|&b| b == b']') else {
        return (None, text);
    };
    let code = &inner[..close];
    let valid = !code.is_empty()
        && code
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'/' | b'_' | b'.'));
    if !valid {
        return (None, text);
    }
    let code = ResponseCode::parse(std::str::from_utf8(code).unwrap_or_default());
    let rest = &inner[close + 1..];
    (Some(code), rest.strip_prefix(b" ").unwrap_or(rest))
}

// ---------------------------------------------------------------------------
// Server side
// ---------------------------------------------------------------------------

/// The longest command line RFC 2449 §4 allows, CRLF included.
pub const MAX_COMMAND_LINE: usize = 255;

/// Splits a client's byte stream into lines, as a server reads commands.
#[derive(Debug, Default)]
pub struct LineReader {
    buf: Vec<u8>,
    start: usize,
    discarding: bool,
    max: usize,
}

/// A line a server read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientLine {
    /// A line, without its line ending.
    Line(Vec<u8>),
    /// A line longer than the limit; it was dropped.
    TooLong,
}

impl LineReader {
    /// A reader refusing lines longer than `max` bytes (line ending included).
    pub fn new(max: usize) -> Self {
        LineReader {
            max,
            ..Self::default()
        }
    }

    /// Appends received bytes.
    pub fn feed(&mut self, bytes: &[u8]) {
        if self.start > 0 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete line, if any.
    pub fn next_line(&mut self) -> Option<ClientLine> {
        loop {
            let pending = &self.buf[self.start..];
            match memchr(b'\n', pending) {
                Some(i) => {
                    let line = &pending[..i];
                    let line = line.strip_suffix(b"\r").unwrap_or(line).to_vec();
                    self.start += i + 1;
                    if std::mem::take(&mut self.discarding) {
                        continue;
                    }
                    if i + 1 > self.max {
                        return Some(ClientLine::TooLong);
                    }
                    return Some(ClientLine::Line(line));
                }
                None if pending.len() > self.max => {
                    self.start = self.buf.len();
                    if std::mem::replace(&mut self.discarding, true) {
                        return None;
                    }
                    return Some(ClientLine::TooLong);
                }
                None => return None,
            }
        }
    }
}

/// Appends `body` to `out` byte-stuffed (RFC 1939 §3): every line that begins
/// with "." gets a second ".". A body that does not end in a line ending gets
/// CRLF, so that the terminator starts a line. The terminator is not written.
pub fn stuff_into(body: &[u8], out: &mut Vec<u8>) {
    out.reserve(body.len() + body.len() / 64 + 2);
    let mut rest = body;
    let mut at_line_start = true;
    while !rest.is_empty() {
        if at_line_start && rest[0] == b'.' {
            out.push(b'.');
        }
        match memchr(b'\n', rest) {
            Some(i) => {
                out.extend_from_slice(&rest[..=i]);
                rest = &rest[i + 1..];
                at_line_start = true;
            }
            None => {
                out.extend_from_slice(rest);
                out.extend_from_slice(b"\r\n");
                rest = &[];
            }
        }
    }
}

/// Writes a reply as a server sends it: status, code, text, and for a body the
/// stuffed lines and the terminator.
pub fn write_response(response: &Response) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        response.text.len() + 16 + response.body.as_ref().map_or(0, |b| b.len() + 8),
    );
    out.extend_from_slice(response.status.as_str().as_bytes());
    if let Some(code) = &response.code {
        out.extend_from_slice(b" [");
        out.extend_from_slice(code.as_str().as_bytes());
        out.push(b']');
    }
    if !response.text.is_empty() {
        out.push(b' ');
        out.extend_from_slice(&response.text);
    }
    out.extend_from_slice(b"\r\n");
    if let Some(body) = &response.body {
        stuff_into(body, &mut out);
        out.extend_from_slice(b".\r\n");
    }
    out
}

/// Writes a SASL challenge line `+ data` (data already base64).
pub fn write_continuation(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 4);
    out.extend_from_slice(b"+ ");
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stuffing_rebuilds_the_wire_exactly() {
        for wire in [
            &b"+OK\r\nSubject: x\r\n\r\n..signature\r\n... three\r\n.\r\n"[..],
            // A server that did not double its dots (the dots were removed).
            b"+OK\r\nfirst\r\n.hidden\r\n..kept\r\n.\r\n",
            // Bare line feeds stay bare.
            b"+OK\n..a\nb\n.\n",
            b"+OK\r\n.\r\n",
        ] {
            let mut decoder = Decoder::new();
            decoder.feed(wire);
            let decoded = decoder.decode(true).unwrap();
            let Reply::Response(r) = &decoded.reply else {
                panic!("a response")
            };
            let body = r.body.as_deref().unwrap();
            let head_len = decoded.head.len();
            assert_eq!(
                stuff(body, &decoded.undoubled),
                &wire[head_len..],
                "{}",
                String::from_utf8_lossy(wire)
            );
        }
    }

    fn decode_all(input: &[u8], multiline: bool) -> Vec<Result<Decoded, DecodeError>> {
        let mut decoder = Decoder::new();
        decoder.feed(input);
        let mut out = Vec::new();
        loop {
            match decoder.decode(multiline) {
                Err(DecodeError::Incomplete) => return out,
                other => out.push(other),
            }
        }
    }

    fn response(decoded: &Decoded) -> &Response {
        match &decoded.reply {
            Reply::Response(r) => r,
            Reply::Continuation(_) => panic!("not a response"),
        }
    }

    #[test]
    fn single_line_with_code() {
        let out = decode_all(b"-ERR [IN-USE] maildrop locked\r\n", false);
        let r = response(out[0].as_ref().unwrap());
        assert_eq!(r.status, Status::Err);
        assert_eq!(r.code, Some(ResponseCode::InUse));
        assert_eq!(r.text, b"maildrop locked");
    }

    #[test]
    fn multiline_unstuffs() {
        let out = decode_all(b"+OK\r\nline\r\n..dot\r\n.\r\n", true);
        let decoded = out[0].as_ref().unwrap();
        assert_eq!(
            response(decoded).body.as_deref(),
            Some(&b"line\r\n.dot\r\n"[..])
        );
        assert_eq!(decoded.body_lines, 2);
        assert!(decoded.warnings.is_empty());
        assert_eq!(decoded.wire_len, 21);
    }

    #[test]
    fn empty_body() {
        let out = decode_all(b"+OK 0 messages\r\n.\r\n", true);
        assert_eq!(
            response(out[0].as_ref().unwrap()).body.as_deref(),
            Some(&b""[..])
        );
    }

    #[test]
    fn err_is_never_multiline() {
        let out = decode_all(b"-ERR no such message\r\n+OK\r\n.\r\n", true);
        assert_eq!(out.len(), 2);
        assert_eq!(response(out[0].as_ref().unwrap()).status, Status::Err);
    }

    #[test]
    fn malformed_then_recovers() {
        let out = decode_all(b"HELLO\r\n+OK\r\n", false);
        assert!(matches!(
            &out[0],
            Err(DecodeError::Malformed(Malformed::BadStatusLine { bytes })) if bytes == b"HELLO\r\n"
        ));
        assert!(out[1].is_ok());
        let out = decode_all(b"+OKAY\r\n", false);
        assert!(matches!(&out[0], Err(DecodeError::Malformed(_))));
    }

    #[test]
    fn continuation() {
        let out = decode_all(b"+ UGFzc3dvcmQ6\r\n+\r\n+ \r\n", false);
        assert_eq!(
            out[0].as_ref().unwrap().reply,
            Reply::Continuation(b"UGFzc3dvcmQ6".to_vec())
        );
        let bare = out[1].as_ref().unwrap();
        assert_eq!(bare.reply, Reply::Continuation(Vec::new()));
        assert_eq!(bare.warnings, [DecodeWarning::ContinuationWithoutSpace]);
        let empty = out[2].as_ref().unwrap();
        assert_eq!(empty.reply, Reply::Continuation(Vec::new()));
        assert!(empty.warnings.is_empty(), "\"+ \" is the empty challenge");
    }

    #[test]
    fn overlong_line_refused_and_skipped() {
        let limits = Limits {
            max_line: 10,
            ..Limits::default()
        };
        let mut decoder = Decoder::with_limits(limits);
        decoder.feed(b"+OK 0123456789abc");
        assert!(matches!(
            decoder.decode(false),
            Err(DecodeError::Malformed(Malformed::LineTooLong { .. }))
        ));
        decoder.feed(b"def\r\n+OK ok\r\n");
        let decoded = decoder.decode(false).unwrap();
        assert_eq!(response(&decoded).text, b"ok");
    }

    #[test]
    fn stuffing_round_trip() {
        let body = b".leading\r\nplain\r\n..two\r\n.\r\n";
        let mut wire = b"+OK\r\n".to_vec();
        stuff_into(body, &mut wire);
        wire.extend_from_slice(b".\r\n");
        assert_eq!(&wire[5..], b"..leading\r\nplain\r\n...two\r\n..\r\n.\r\n");
        let out = decode_all(&wire, true);
        assert_eq!(
            response(out[0].as_ref().unwrap()).body.as_deref(),
            Some(&body[..])
        );
    }

    #[test]
    fn write_response_forms() {
        assert_eq!(write_response(&Response::ok("")), b"+OK\r\n");
        assert_eq!(
            write_response(&Response::err("locked").with_code(ResponseCode::InUse)),
            b"-ERR [IN-USE] locked\r\n"
        );
        assert_eq!(
            write_response(&Response::ok("x").with_body("no newline")),
            b"+OK x\r\nno newline\r\n.\r\n"
        );
    }

    #[test]
    fn line_reader() {
        let mut reader = LineReader::new(8);
        reader.feed(b"STAT\r\nLIST 1");
        assert_eq!(reader.next_line(), Some(ClientLine::Line(b"STAT".to_vec())));
        assert_eq!(reader.next_line(), None);
        reader.feed(b"\r\nTOOLONGLINE");
        assert_eq!(
            reader.next_line(),
            Some(ClientLine::Line(b"LIST 1".to_vec()))
        );
        assert_eq!(reader.next_line(), Some(ClientLine::TooLong));
        reader.feed(b"MORE\r\nNOOP\r\n");
        assert_eq!(reader.next_line(), Some(ClientLine::Line(b"NOOP".to_vec())));
    }
}
