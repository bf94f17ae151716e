//! One client's POP3 session on the demo server: the command loop, the replies
//! (with the user's fault applied) and the transaction-state commands.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use pop3::codec::{ClientLine, LineReader, MAX_COMMAND_LINE, stuff_into, write_response};
use pop3::types::{Capability, Command, Response};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;
use tracing::{debug, info};

use super::mailbox::{Fault, Message, User};
use super::store::Demo;
use super::{AUTOLOGOUT, WRITE_CHUNK, WRITE_STALL};
use crate::deadline::WriteDeadline;

/// Serves one accepted connection to its end, or until `shutdown` turns true.
/// With `implicit_tls` it starts with a TLS handshake; otherwise it is plain
/// and may upgrade with STLS.
pub(super) async fn serve_connection(
    tcp: TcpStream,
    demo: Arc<Demo>,
    tls: TlsAcceptor,
    implicit_tls: bool,
    mut shutdown: watch::Receiver<bool>,
) {
    let _ = tcp.set_nodelay(true);
    // A client that stops reading (mid-RETR of a 64 MiB message) must not hold
    // the maildrop's lock.
    let tcp = WriteDeadline::new(tcp, WRITE_STALL);
    let mut session = Session::new(demo, implicit_tls);
    let served = async {
        if !implicit_tls {
            return session.run_plain(tcp, &tls).await;
        }
        match tls.accept(tcp).await {
            Ok(stream) => session.run_tls(stream).await,
            Err(e) => {
                debug!("TLS handshake failed: {e}");
                Ok(())
            }
        }
    };
    tokio::select! {
        result = served => {
            if let Err(e) = result {
                debug!("session ended: {e}");
            }
        }
        // The connection is dropped, and with it the socket.
        _ = shutdown.changed() => debug!("session closed: the server is shutting down"),
    }
    session.release();
}

/// How a run of the command loop ended.
enum Outcome {
    /// The session is over.
    Closed,
    /// `+OK` to STLS was sent: switch to TLS.
    StartTls,
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Phase {
    Authorization,
    Transaction,
}

/// One client's session.
pub(super) struct Session {
    pub(super) demo: Arc<Demo>,
    /// The greeting's APOP timestamp.
    pub(super) timestamp: String,
    tls: bool,
    pub(super) phase: Phase,
    /// The name from an accepted USER.
    pub(super) pending_user: Option<String>,
    pub(super) user: Option<&'static User>,
    pub(super) messages: Vec<Message>,
    deleted: BTreeSet<usize>,
    /// LAST's answer: the highest message number accessed in this session.
    last_accessed: u32,
}

impl Session {
    fn new(demo: Arc<Demo>, tls: bool) -> Self {
        Session {
            timestamp: demo.unique_token(),
            demo,
            tls,
            phase: Phase::Authorization,
            pending_user: None,
            user: None,
            messages: Vec::new(),
            deleted: BTreeSet::new(),
            last_accessed: 0,
        }
    }

    fn fault(&self) -> Fault {
        self.user.map_or(Fault::None, |u| u.fault)
    }

    /// Unlocks the maildrop if this session holds it (without deleting: only
    /// QUIT applies deletions, RFC 1939 §6).
    fn release(&mut self) {
        if let Some(user) = self.user.take() {
            self.demo.unlock(user, &BTreeSet::new());
        }
    }

    async fn run_plain<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        mut tcp: S,
        tls: &TlsAcceptor,
    ) -> std::io::Result<()> {
        let greeting = Response::ok(format!(
            "POP3 Playground demo server ready {}",
            self.timestamp
        ));
        tcp.write_all(&write_response(&greeting)).await?;
        match self.command_loop(&mut tcp).await? {
            Outcome::Closed => Ok(()),
            Outcome::StartTls => {
                let stream = tls.accept(tcp).await?;
                self.tls = true;
                self.command_loop_after_greeting(stream).await
            }
        }
    }

    async fn run_tls<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        mut stream: S,
    ) -> std::io::Result<()> {
        let greeting = Response::ok(format!(
            "POP3 Playground demo server ready {}",
            self.timestamp
        ));
        stream.write_all(&write_response(&greeting)).await?;
        self.command_loop_after_greeting(stream).await
    }

    async fn command_loop_after_greeting<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        mut stream: S,
    ) -> std::io::Result<()> {
        self.command_loop(&mut stream).await?;
        let _ = stream.shutdown().await;
        Ok(())
    }

    /// Reads and answers commands until the session ends or TLS must start.
    async fn command_loop<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
    ) -> std::io::Result<Outcome> {
        let mut reader = LineReader::new(MAX_COMMAND_LINE);
        let mut buf = vec![0u8; 8192];
        loop {
            let line = loop {
                if let Some(line) = reader.next_line() {
                    break line;
                }
                let n = match tokio::time::timeout(AUTOLOGOUT, stream.read(&mut buf)).await {
                    Ok(read) => read?,
                    Err(_) => {
                        info!("autologout timer expired");
                        return Ok(Outcome::Closed);
                    }
                };
                if n == 0 {
                    return Ok(Outcome::Closed);
                }
                reader.feed(&buf[..n]);
            };
            let line = match line {
                ClientLine::Line(line) => line,
                ClientLine::TooLong => {
                    self.reply(
                        stream,
                        Response::err("command line too long (RFC 2449: 255 octets)"),
                    )
                    .await?;
                    continue;
                }
            };
            let command = match Command::parse(&line) {
                Ok(command) => command,
                Err(e) => {
                    self.reply(stream, Response::err(e.to_string())).await?;
                    continue;
                }
            };
            debug!(command = command.keyword(), "command");
            match self.execute(stream, command, &mut reader, &mut buf).await? {
                Some(Outcome::StartTls) => {
                    // Anything pipelined after STLS was sent in clear: drop it
                    // (RFC 2595 §4; the STARTTLS command-injection attack).
                    return Ok(Outcome::StartTls);
                }
                Some(Outcome::Closed) => return Ok(Outcome::Closed),
                None => {}
            }
        }
    }

    /// Writes a single reply, with the user's fault applied.
    async fn reply<S: AsyncWrite + Unpin>(
        &self,
        stream: &mut S,
        response: Response,
    ) -> std::io::Result<()> {
        self.before_reply(stream).await?;
        stream.write_all(&write_response(&response)).await?;
        stream.flush().await
    }

    async fn before_reply<S: AsyncWrite + Unpin>(&self, stream: &mut S) -> std::io::Result<()> {
        match self.fault() {
            Fault::Slow => tokio::time::sleep(Duration::from_secs(1)).await,
            Fault::Garbage if self.phase == Phase::Transaction => {
                stream
                    .write_all(b"\x1b[31m\xff\xfe\x00GARBAGE\x07\xc3\x28\r\n")
                    .await?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Writes `+OK` with a multi-line body, streamed.
    async fn reply_body<S: AsyncWrite + Unpin>(
        &self,
        stream: &mut S,
        status: Response,
        body: &[u8],
    ) -> std::io::Result<Option<Outcome>> {
        self.before_reply(stream).await?;
        stream.write_all(&write_response(&status)).await?;
        let fault = self.fault();
        let mut out = Vec::with_capacity(WRITE_CHUNK + WRITE_CHUNK / 8);
        let mut rest = body;
        let half = body.len() / 2;
        while !rest.is_empty() {
            // Cut at a line end so each piece starts a line (stuffing needs it).
            let cut = memchr::memchr(b'\n', &rest[WRITE_CHUNK.min(rest.len() - 1)..])
                .map_or(rest.len(), |i| WRITE_CHUNK.min(rest.len() - 1) + i + 1);
            let (piece, tail) = rest.split_at(cut);
            out.clear();
            if fault == Fault::NoDotStuffing {
                out.extend_from_slice(piece);
            } else {
                stuff_into(piece, &mut out);
            }
            if fault == Fault::DropMidRetr && body.len() - tail.len() >= half {
                let keep = out.len().min(half.max(1));
                stream.write_all(&out[..keep]).await?;
                stream.flush().await?;
                info!("fault: dropping the connection mid-body");
                return Ok(Some(Outcome::Closed));
            }
            if fault == Fault::Slow {
                for small in out.chunks(512) {
                    stream.write_all(small).await?;
                    stream.flush().await?;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            } else {
                stream.write_all(&out).await?;
            }
            rest = tail;
        }
        stream.write_all(b".\r\n").await?;
        stream.flush().await?;
        Ok(None)
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
            if !self.tls {
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

    /// Runs one command.
    async fn execute<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        command: Command,
        reader: &mut LineReader,
        buf: &mut [u8],
    ) -> std::io::Result<Option<Outcome>> {
        use Command as C;
        let in_auth = self.phase == Phase::Authorization;
        let response = match command {
            C::Capa => {
                let body: String = self
                    .capabilities()
                    .iter()
                    .map(|c| c.to_line() + "\r\n")
                    .collect();
                return self
                    .reply_body(
                        stream,
                        Response::ok("Capability list follows"),
                        body.as_bytes(),
                    )
                    .await;
            }
            C::Quit => {
                let response = if let Some(user) = self.user.take() {
                    let remove: BTreeSet<String> = self
                        .deleted
                        .iter()
                        .map(|&i| self.messages[i].uid.clone())
                        .collect();
                    let left = self.messages.len() - remove.len();
                    self.demo.unlock(user, &remove);
                    Response::ok(format!(
                        "POP3 Playground demo signing off ({} deleted, {left} left)",
                        remove.len()
                    ))
                } else {
                    Response::ok("POP3 Playground demo signing off")
                };
                self.reply(stream, response).await?;
                return Ok(Some(Outcome::Closed));
            }
            C::Stls if in_auth && !self.tls => {
                self.reply(stream, Response::ok("Begin TLS negotiation now"))
                    .await?;
                return Ok(Some(Outcome::StartTls));
            }
            C::Stls if self.tls => Response::err("TLS is already active"),
            C::Utf8 if in_auth => Response::ok("UTF8 enabled"),
            C::User { name } if in_auth => self.handle_user(name),
            C::Pass { password } if in_auth => self.handle_pass(password.expose()),
            C::Apop { name, digest } if in_auth => self.handle_apop(&name, digest.expose()),
            C::Auth {
                mechanism: None, ..
            } if in_auth => {
                return self
                    .reply_body(
                        stream,
                        Response::ok("Mechanisms follow"),
                        b"PLAIN\r\nLOGIN\r\nCRAM-MD5\r\n",
                    )
                    .await;
            }
            C::Auth {
                mechanism: Some(mechanism),
                initial_response,
            } if in_auth => {
                let initial = initial_response.map(|r| r.expose().clone());
                self.authenticate(stream, &mechanism, initial, reader, buf)
                    .await?
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
                let (count, size) = self
                    .live()
                    .fold((0, 0), |(c, s), (_, m)| (c + 1, s + m.bytes.len()));
                Response::ok(format!("{count} {size}"))
            }
            C::List { msg: None } => {
                let body: String = self
                    .live()
                    .map(|(n, m)| format!("{n} {}\r\n", m.bytes.len()))
                    .collect();
                let (count, size) = self
                    .live()
                    .fold((0, 0), |(c, s), (_, m)| (c + 1, s + m.bytes.len()));
                return self
                    .reply_body(
                        stream,
                        Response::ok(format!("{count} messages ({size} octets)")),
                        body.as_bytes(),
                    )
                    .await;
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
                return self
                    .reply_body(
                        stream,
                        Response::ok("unique-id listing follows"),
                        body.as_bytes(),
                    )
                    .await;
            }
            C::Uidl { msg: Some(n) } => match self.message(n) {
                Ok(m) => Response::ok(format!("{n} {}", m.uid)),
                Err(e) => e,
            },
            C::Retr { msg } => match self.message(msg) {
                Ok(m) => {
                    let bytes = m.bytes.clone();
                    self.last_accessed = self.last_accessed.max(msg);
                    let status = Response::ok(format!("{} octets", bytes.len()));
                    return self.reply_body(stream, status, &bytes).await;
                }
                Err(e) => e,
            },
            C::Top { msg, lines } => match self.message(msg) {
                Ok(m) => {
                    let bytes = m.bytes.clone();
                    let top = top_of(&bytes, lines as usize);
                    return self
                        .reply_body(stream, Response::ok("top of message follows"), top)
                        .await;
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
        self.reply(stream, response).await?;
        Ok(None)
    }
}

/// The headers, the blank line, and the first `lines` lines of the body.
fn top_of(message: &[u8], lines: usize) -> &[u8] {
    let Some(header_end) = memchr::memmem::find(message, b"\r\n\r\n").map(|i| i + 4) else {
        return message;
    };
    let mut end = header_end;
    for _ in 0..lines {
        match memchr::memchr(b'\n', &message[end..]) {
            Some(i) => end += i + 1,
            None => return message,
        }
    }
    &message[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_of_cuts_after_n_body_lines() {
        let m = b"A: 1\r\nB: 2\r\n\r\nline1\r\nline2\r\n";
        assert_eq!(top_of(m, 0), b"A: 1\r\nB: 2\r\n\r\n");
        assert_eq!(top_of(m, 1), b"A: 1\r\nB: 2\r\n\r\nline1\r\n");
        assert_eq!(top_of(m, 9), m);
    }
}
