//! One client's session on the demo server, as a state machine: bytes from the
//! client go in ([`Session::receive`]); bytes to write, waits, "start TLS" and
//! "close" come out ([`Session::poll_output`]), in order.
//!
//! Replies are produced one command at a time, and a multi-line body a piece
//! at a time, so a 64 MiB RETR never sits whole in an output buffer.

use std::collections::{BTreeSet, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use crate::codec::{ClientLine, LineReader, MAX_COMMAND_LINE, stuff_into, write_response};
use crate::types::{Capability, Command, Response};

use super::auth::Sasl;
use super::mailbox::{Fault, Message, User};
use super::store::Store;

/// Bodies are written in pieces of about this size.
const WRITE_CHUNK: usize = 64 * 1024;
/// The slow user's pieces, and the pause after each.
const SLOW_PIECE: usize = 512;
const SLOW_PAUSE: Duration = Duration::from_millis(20);
/// The slow user's pause before every reply.
const SLOW_REPLY: Duration = Duration::from_secs(1);
/// The line the garbage user sends before every reply after login.
const GARBAGE: &[u8] = b"\x1b[31m\xff\xfe\x00GARBAGE\x07\xc3\x28\r\n";

/// What the server does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// Write these bytes to the client.
    Write(Vec<u8>),
    /// Write nothing for this long, then ask again (the slow user's pauses).
    Wait(Duration),
    /// `+OK` to STLS went out: start TLS as the server. Bytes received from
    /// here on are the decrypted ones.
    StartTls,
    /// Close the connection. Nothing follows.
    Close,
}

/// How a demo server is set up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// Whether the transport can start TLS: STLS is offered only then. In the
    /// page there is no TLS, so STLS is refused with a reason.
    pub stls_available: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phase {
    Authorization,
    Transaction,
}

/// A multi-line body on its way out.
struct Body {
    bytes: Arc<Vec<u8>>,
    /// What is left: `bytes[next..end]`.
    next: usize,
    end: usize,
    /// RETR of the dropper user: the connection drops once this many body
    /// bytes are out.
    drop_at: Option<usize>,
}

/// One client's session.
pub struct Session {
    pub(super) store: Arc<Store>,
    config: Config,
    /// The greeting's APOP timestamp.
    pub(super) timestamp: String,
    /// The time the driver read when the session started (for tokens).
    pub(super) clock: u64,
    tls: bool,
    pub(super) phase: Phase,
    /// The name from an accepted USER.
    pub(super) pending_user: Option<String>,
    pub(super) user: Option<&'static User>,
    pub(super) messages: Vec<Message>,
    deleted: BTreeSet<usize>,
    /// LAST's answer: the highest message number accessed in this session.
    last_accessed: u32,
    reader: LineReader,
    /// A SASL exchange waiting for the client's next line.
    pub(super) sasl: Option<Sasl>,
    out: VecDeque<Output>,
    body: Option<Body>,
    closed: bool,
}

impl Session {
    /// A session that has just been accepted; its greeting is the first
    /// output. `tls` says whether TLS is already up (port 995); `clock` is the
    /// driver's clock in seconds (RFC 1939 §7's example timestamp,
    /// `<1896.697170952@dbc.mtview.ca.us>`, is a process id and the clock).
    pub fn new(store: Arc<Store>, config: Config, tls: bool, clock: u64) -> Session {
        let timestamp = store.unique_token(clock);
        let mut session = Session {
            timestamp,
            store,
            config,
            clock,
            tls,
            phase: Phase::Authorization,
            pending_user: None,
            user: None,
            messages: Vec::new(),
            deleted: BTreeSet::new(),
            last_accessed: 0,
            reader: LineReader::new(MAX_COMMAND_LINE),
            sasl: None,
            out: VecDeque::new(),
            body: None,
            closed: false,
        };
        let greeting = Response::ok(format!(
            "POP3 Playground demo server ready {}",
            session.timestamp
        ));
        session
            .out
            .push_back(Output::Write(write_response(&greeting)));
        session
    }

    /// Bytes from the client.
    pub fn receive(&mut self, bytes: &[u8]) {
        if !self.closed {
            self.reader.feed(bytes);
        }
    }

    /// TLS is up after [`Output::StartTls`].
    pub fn tls_started(&mut self) {
        self.tls = true;
    }

    /// The autologout timer expired (RFC 1939 §3): the session ends without
    /// entering UPDATE.
    pub fn autologout(&mut self) {
        self.out.clear();
        self.body = None;
        self.finish();
    }

    /// Whether the session is over (its [`Output::Close`] went out).
    pub fn is_closed(&self) -> bool {
        self.closed && self.out.is_empty()
    }

    /// The user logged in, if any.
    pub fn user(&self) -> Option<&'static str> {
        self.user.map(|u| u.name)
    }

    /// The next thing to do, or `None` when the session waits for the client.
    pub fn poll_output(&mut self) -> Option<Output> {
        loop {
            if let Some(output) = self.out.pop_front() {
                return Some(output);
            }
            if self.closed {
                return None;
            }
            if self.body.is_some() {
                self.next_piece();
                continue;
            }
            let line = self.reader.next_line()?;
            self.on_line(line);
        }
    }

    fn fault(&self) -> Fault {
        self.user.map_or(Fault::None, |u| u.fault)
    }

    /// Queues `Close` and frees the maildrop without deleting: only QUIT
    /// applies deletions (RFC 1939 §6).
    fn finish(&mut self) {
        if !self.closed {
            self.closed = true;
            self.out.push_back(Output::Close);
        }
        if let Some(user) = self.user.take() {
            self.store.unlock(user, &BTreeSet::new());
        }
    }

    fn on_line(&mut self, line: ClientLine) {
        if let Some(sasl) = self.sasl.take() {
            if let Some(response) = self.continue_sasl(sasl, line) {
                self.reply(response);
            }
            return;
        }
        let line = match line {
            ClientLine::Line(line) => line,
            ClientLine::TooLong => {
                self.reply(Response::err(
                    "command line too long (RFC 2449: 255 octets)",
                ));
                return;
            }
        };
        match Command::parse(&line) {
            Ok(command) => self.execute(command),
            Err(e) => self.reply(Response::err(e.to_string())),
        }
    }

    /// What precedes every reply: the user's fault.
    fn before_reply(&mut self) {
        match self.fault() {
            Fault::Slow => self.out.push_back(Output::Wait(SLOW_REPLY)),
            Fault::Garbage if self.phase == Phase::Transaction => {
                self.out.push_back(Output::Write(GARBAGE.to_vec()));
            }
            _ => {}
        }
    }

    /// Queues a single-line reply.
    pub(super) fn reply(&mut self, response: Response) {
        self.before_reply();
        self.out.push_back(Output::Write(write_response(&response)));
    }

    /// Queues a SASL continuation line (`+ ` and base64), which no fault delays.
    pub(super) fn continuation(&mut self, line: Vec<u8>) {
        self.out.push_back(Output::Write(line));
    }

    /// Queues a status line and the multi-line body `bytes[..end]`.
    fn reply_body(&mut self, status: Response, bytes: Arc<Vec<u8>>, end: usize) {
        self.before_reply();
        self.out.push_back(Output::Write(write_response(&status)));
        self.body = Some(Body {
            bytes,
            next: 0,
            end,
            drop_at: None,
        });
    }

    fn reply_text(&mut self, status: Response, body: String) {
        let end = body.len();
        self.reply_body(status, Arc::new(body.into_bytes()), end);
    }

    /// Queues the next piece of the body, or its terminator.
    fn next_piece(&mut self) {
        let fault = self.fault();
        let Some(body) = self.body.as_mut() else {
            return;
        };
        let rest = &body.bytes[body.next..body.end];
        if rest.is_empty() {
            self.body = None;
            self.out.push_back(Output::Write(b".\r\n".to_vec()));
            return;
        }
        // Cut at a line end so each piece starts a line (stuffing needs it).
        let from = WRITE_CHUNK.min(rest.len() - 1);
        let cut = memchr::memchr(b'\n', &rest[from..]).map_or(rest.len(), |i| from + i + 1);
        let piece = &rest[..cut];
        let mut out = Vec::with_capacity(piece.len() + piece.len() / 16);
        if fault == Fault::NoDotStuffing {
            out.extend_from_slice(piece);
        } else {
            stuff_into(piece, &mut out);
        }
        let before = body.next;
        body.next += cut;
        if let Some(drop_at) = body.drop_at
            && body.next >= drop_at
        {
            out.truncate(drop_at.saturating_sub(before).max(1));
            self.body = None;
            self.out.push_back(Output::Write(out));
            self.finish();
            return;
        }
        if fault == Fault::Slow {
            for small in out.chunks(SLOW_PIECE) {
                self.out.push_back(Output::Write(small.to_vec()));
                self.out.push_back(Output::Wait(SLOW_PAUSE));
            }
        } else {
            self.out.push_back(Output::Write(out));
        }
    }

    fn capabilities(&self) -> Vec<Capability> {
        let mut caps = vec![
            Capability::Top,
            Capability::User,
            Capability::Uidl,
            Capability::RespCodes,
            Capability::AuthRespCode,
            Capability::Pipelining,
            Capability::Expire {
                days: None,
                per_user: false,
            },
            Capability::Utf8 { user: false },
        ];
        if self.phase == Phase::Authorization {
            caps.push(Capability::Sasl(vec![
                "PLAIN".into(),
                "LOGIN".into(),
                "CRAM-MD5".into(),
            ]));
            if !self.tls && self.config.stls_available {
                caps.push(Capability::Stls);
            }
        }
        caps.push(Capability::Implementation("POP3-Playground-demo".into()));
        caps
    }

    /// The message with this number, if it exists and is not deleted.
    fn message(&self, n: u32) -> Result<&Message, Response> {
        let index = (n as usize).checked_sub(1);
        match index.and_then(|i| self.messages.get(i).map(|m| (i, m))) {
            None => Err(Response::err(format!(
                "no such message, only {} in maildrop",
                self.messages.len()
            ))),
            Some((i, _)) if self.deleted.contains(&i) => {
                Err(Response::err(format!("message {n} already deleted")))
            }
            Some((_, m)) => Ok(m),
        }
    }

    /// Messages not marked as deleted, with their numbers.
    fn live(&self) -> impl Iterator<Item = (usize, &Message)> {
        self.messages
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.deleted.contains(i))
            .map(|(i, m)| (i + 1, m))
    }

    fn totals(&self) -> (usize, usize) {
        self.live()
            .fold((0, 0), |(c, s), (_, m)| (c + 1, s + m.bytes.len()))
    }

    /// Runs one command.
    fn execute(&mut self, command: Command) {
        use Command as C;
        let in_auth = self.phase == Phase::Authorization;
        let response = match command {
            C::Capa => {
                let body: String = self
                    .capabilities()
                    .iter()
                    .map(|c| c.to_line() + "\r\n")
                    .collect();
                return self.reply_text(Response::ok("Capability list follows"), body);
            }
            C::Quit => {
                let response = if let Some(user) = self.user.take() {
                    let remove: BTreeSet<String> = self
                        .deleted
                        .iter()
                        .map(|&i| self.messages[i].uid.clone())
                        .collect();
                    let left = self.messages.len() - remove.len();
                    self.store.unlock(user, &remove);
                    Response::ok(format!(
                        "POP3 Playground demo signing off ({} deleted, {left} left)",
                        remove.len()
                    ))
                } else {
                    Response::ok("POP3 Playground demo signing off")
                };
                self.reply(response);
                return self.finish();
            }
            C::Stls if in_auth && !self.tls && !self.config.stls_available => {
                Response::err("no TLS here: this server runs inside the page")
            }
            C::Stls if in_auth && !self.tls => {
                self.reply(Response::ok("Begin TLS negotiation now"));
                self.out.push_back(Output::StartTls);
                // Anything pipelined after STLS was sent in clear: drop it
                // (RFC 2595 §4; the STARTTLS command-injection attack).
                self.reader = LineReader::new(MAX_COMMAND_LINE);
                return;
            }
            C::Stls if self.tls => Response::err("TLS is already active"),
            C::Utf8 if in_auth => Response::ok("UTF8 enabled"),
            C::User { name } if in_auth => self.handle_user(name),
            C::Pass { password } if in_auth => self.handle_pass(password.expose()),
            C::Apop { name, digest } if in_auth => self.handle_apop(&name, digest.expose()),
            C::Auth {
                mechanism: None, ..
            } if in_auth => {
                return self.reply_text(
                    Response::ok("Mechanisms follow"),
                    "PLAIN\r\nLOGIN\r\nCRAM-MD5\r\n".into(),
                );
            }
            C::Auth {
                mechanism: Some(mechanism),
                initial_response,
            } if in_auth => {
                let initial = initial_response.map(|r| r.expose().clone());
                match self.start_sasl(&mechanism, initial) {
                    Some(response) => response,
                    None => return,
                }
            }
            C::User { .. }
            | C::Pass { .. }
            | C::Apop { .. }
            | C::Auth { .. }
            | C::Utf8
            | C::Stls => Response::err("already logged in"),
            C::Lang { .. } | C::Other { .. } => Response::err("unknown command"),
            _ if in_auth => Response::err("log in first"),
            // RFC 1460 §5 (removed in RFC 1725): the highest message number
            // accessed in this session. RETR and DELE raise it, TOP does not
            // (a header scan reads nothing), and RSET sets it back to its value
            // at the start of the session, which is 0 here: the demo keeps no
            // "seen" state between sessions.
            C::Last => Response::ok(self.last_accessed.to_string()),
            C::Stat => {
                let (count, size) = self.totals();
                Response::ok(format!("{count} {size}"))
            }
            C::List { msg: None } => {
                let body: String = self
                    .live()
                    .map(|(n, m)| format!("{n} {}\r\n", m.bytes.len()))
                    .collect();
                let (count, size) = self.totals();
                return self.reply_text(
                    Response::ok(format!("{count} messages ({size} octets)")),
                    body,
                );
            }
            C::List { msg: Some(n) } => match self.message(n) {
                Ok(m) => Response::ok(format!("{n} {}", m.bytes.len())),
                Err(e) => e,
            },
            C::Uidl { msg: None } => {
                let body: String = self
                    .live()
                    .map(|(n, m)| format!("{n} {}\r\n", m.uid))
                    .collect();
                return self.reply_text(Response::ok("unique-id listing follows"), body);
            }
            C::Uidl { msg: Some(n) } => match self.message(n) {
                Ok(m) => Response::ok(format!("{n} {}", m.uid)),
                Err(e) => e,
            },
            C::Retr { msg } => match self.message(msg) {
                Ok(m) => {
                    let bytes = m.bytes.clone();
                    self.last_accessed = self.last_accessed.max(msg);
                    let end = bytes.len();
                    let status = Response::ok(format!("{end} octets"));
                    self.reply_body(status, bytes, end);
                    if self.fault() == Fault::DropMidRetr
                        && let Some(body) = self.body.as_mut()
                    {
                        body.drop_at = Some(end / 2);
                    }
                    return;
                }
                Err(e) => e,
            },
            C::Top { msg, lines } => match self.message(msg) {
                Ok(m) => {
                    let bytes = m.bytes.clone();
                    let end = top_of(&bytes, lines as usize);
                    return self.reply_body(Response::ok("top of message follows"), bytes, end);
                }
                Err(e) => e,
            },
            C::Dele { msg } => match self.message(msg) {
                Ok(_) => {
                    self.deleted.insert(msg as usize - 1);
                    self.last_accessed = self.last_accessed.max(msg);
                    Response::ok(format!("message {msg} deleted"))
                }
                Err(e) => e,
            },
            C::Noop => Response::ok(""),
            C::Rset => {
                let n = self.deleted.len();
                self.deleted.clear();
                self.last_accessed = 0;
                Response::ok(format!(
                    "{n} message(s) undeleted; maildrop has {} messages",
                    self.messages.len()
                ))
            }
        };
        self.reply(response);
    }
}

impl Drop for Session {
    /// A connection that ends without QUIT frees its maildrop, deleting
    /// nothing.
    fn drop(&mut self) {
        self.finish();
    }
}

/// The length of the headers, the blank line, and the first `lines` lines of
/// the body.
fn top_of(message: &[u8], lines: usize) -> usize {
    let Some(header_end) = memchr::memmem::find(message, b"\r\n\r\n").map(|i| i + 4) else {
        return message.len();
    };
    let mut end = header_end;
    for _ in 0..lines {
        match memchr::memchr(b'\n', &message[end..]) {
            Some(i) => end += i + 1,
            None => return message.len(),
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_of_cuts_after_n_body_lines() {
        let m = b"A: 1\r\nB: 2\r\n\r\nline1\r\nline2\r\n";
        assert_eq!(top_of(m, 0), 14);
        assert_eq!(top_of(m, 1), 21);
        assert_eq!(top_of(m, 9), m.len());
    }
}
