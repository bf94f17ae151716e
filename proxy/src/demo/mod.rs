//! The demo POP3 server: the whole protocol the client speaks, a realistic
//! mailbox for `mrose`, and users whose server misbehaves on purpose.
//!
//! It reads commands with the core's [`LineReader`] and [`Command::parse`] and
//! writes replies with [`write_response`], so it exercises the same code paths
//! the client decodes.

pub mod mailbox;

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use md5::Md5;
use pop3::codec::{
    ClientLine, LineReader, MAX_COMMAND_LINE, stuff_into, write_continuation, write_response,
};
use pop3::types::{Capability, Command, Response, ResponseCode};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;
use tracing::{Instrument, debug, info, info_span, warn};

use mailbox::{Fault, Message, PASSWORD, User};

/// RFC 1939 §3: the autologout timer is at least 10 minutes.
const AUTOLOGOUT: Duration = Duration::from_secs(600);
/// The host name in timestamps and challenges.
const HOST: &str = "demo.pop3.test";
/// Bodies are written in pieces of about this size.
const WRITE_CHUNK: usize = 64 * 1024;

/// Mailboxes shared by every demo session: deletions are real for the life of
/// the process, and a maildrop in use by one session is locked for others.
#[derive(Debug, Default)]
pub struct Demo {
    mailboxes: Mutex<HashMap<&'static str, Mailbox>>,
    counter: AtomicU64,
}

#[derive(Debug)]
struct Mailbox {
    messages: Vec<Message>,
    locked: bool,
}

impl Demo {
    /// A demo server with every user's initial mailbox (created on first use).
    pub fn new() -> Arc<Demo> {
        Arc::new(Demo::default())
    }

    /// A unique `<...@demo.pop3.test>` token, as RFC 1939 §7 suggests: process
    /// id, a counter and the clock.
    fn unique_token(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        format!("<{}.{n}.{nanos}@{HOST}>", std::process::id())
    }

    /// Locks a maildrop and returns its messages, or `None` if it is in use.
    fn lock(&self, user: &User) -> Option<Vec<Message>> {
        let mut boxes = self.mailboxes.lock().expect("mailbox lock poisoned");
        let mailbox = boxes.entry(user.name).or_insert_with(|| Mailbox {
            messages: mailbox::initial(user.mailbox),
            locked: false,
        });
        if mailbox.locked {
            return None;
        }
        mailbox.locked = true;
        Some(mailbox.messages.clone())
    }

    /// Unlocks a maildrop, first removing the messages with these uids.
    fn unlock(&self, user: &User, remove: &BTreeSet<String>) {
        let mut boxes = self.mailboxes.lock().expect("mailbox lock poisoned");
        if let Some(mailbox) = boxes.get_mut(user.name) {
            mailbox.messages.retain(|m| !remove.contains(&m.uid));
            mailbox.locked = false;
        }
    }
}

/// Accepts demo connections until `shutdown` turns true. With `implicit_tls`
/// every connection starts with a TLS handshake (port 995 style); otherwise
/// connections are plain and may upgrade with STLS.
pub async fn serve(
    listener: TcpListener,
    demo: Arc<Demo>,
    tls: TlsAcceptor,
    implicit_tls: bool,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut id = 0u64;
    loop {
        let (tcp, peer) = tokio::select! {
            biased;
            _ = shutdown.changed() => return,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    warn!("demo accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        id += 1;
        let span = info_span!("demo", id, %peer, tls = implicit_tls);
        let demo = demo.clone();
        let tls = tls.clone();
        tokio::spawn(
            async move {
                let _ = tcp.set_nodelay(true);
                let mut session = Session::new(demo, implicit_tls);
                let result = if implicit_tls {
                    match tls.accept(tcp).await {
                        Ok(stream) => session.run_tls(stream).await,
                        Err(e) => {
                            debug!("TLS handshake failed: {e}");
                            return;
                        }
                    }
                } else {
                    session.run_plain(tcp, &tls).await
                };
                if let Err(e) = result {
                    debug!("session ended: {e}");
                }
                session.release();
            }
            .instrument(span),
        );
    }
}

/// How a run of the command loop ended.
enum Outcome {
    /// The session is over.
    Closed,
    /// `+OK` to STLS was sent: switch to TLS.
    StartTls,
}

#[derive(Debug, PartialEq, Eq)]
enum Phase {
    Authorization,
    Transaction,
}

/// One client's session.
struct Session {
    demo: Arc<Demo>,
    timestamp: String,
    tls: bool,
    phase: Phase,
    /// The name from an accepted USER.
    pending_user: Option<String>,
    user: Option<&'static User>,
    messages: Vec<Message>,
    deleted: BTreeSet<usize>,
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

    async fn run_plain(&mut self, mut tcp: TcpStream, tls: &TlsAcceptor) -> std::io::Result<()> {
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

    /// Tries to log in; the reply says how it went.
    fn login(&mut self, name: &str, password_ok: bool) -> Response {
        let user = mailbox::user(name);
        match user {
            Some(user) if password_ok => match user.fault {
                Fault::InUse => Response::err("Do you have another POP session running?")
                    .with_code(ResponseCode::InUse),
                Fault::LoginDelay => Response::err("Logged in too recently; wait 15 minutes")
                    .with_code(ResponseCode::LoginDelay),
                _ => match self.demo.lock(user) {
                    None => Response::err("Do you have another POP session running?")
                        .with_code(ResponseCode::InUse),
                    Some(messages) => {
                        self.messages = messages;
                        self.user = Some(user);
                        self.phase = Phase::Transaction;
                        let total: usize = self.messages.iter().map(|m| m.bytes.len()).sum();
                        info!(user = user.name, "logged in");
                        Response::ok(format!(
                            "{}'s maildrop has {} messages ({total} octets)",
                            user.name,
                            self.messages.len()
                        ))
                    }
                },
            },
            _ => {
                info!("login failed");
                Response::err("Authentication failed").with_code(ResponseCode::Auth)
            }
        }
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
            C::User { name } if in_auth => {
                self.pending_user = Some(name.clone());
                Response::ok(format!("{name} is welcome here, send PASS"))
            }
            C::Pass { password } if in_auth => match self.pending_user.take() {
                None => Response::err("USER first"),
                Some(name) => self.login(&name, password.expose() == PASSWORD),
            },
            C::Apop { name, digest } if in_auth => {
                let expected = pop3::apop::digest(&self.timestamp, PASSWORD);
                self.login(&name, digest.expose().eq_ignore_ascii_case(&expected))
            }
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
            C::Lang { .. } | C::Last | C::Other { .. } => Response::err("unknown command"),
            _ if in_auth => Response::err("log in first"),
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
                    Response::ok(format!("message {msg} deleted"))
                }
                Err(e) => e,
            },
            C::Noop => Response::ok(""),
            C::Rset => {
                let n = self.deleted.len();
                self.deleted.clear();
                Response::ok(format!(
                    "{n} message(s) undeleted; maildrop has {} messages",
                    self.messages.len()
                ))
            }
        };
        self.reply(stream, response).await?;
        Ok(None)
    }

    /// Runs a SASL exchange (RFC 5034) and returns the final reply.
    async fn authenticate<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        stream: &mut S,
        mechanism: &str,
        initial: Option<String>,
        reader: &mut LineReader,
        buf: &mut [u8],
    ) -> std::io::Result<Response> {
        let mechanism = mechanism.to_ascii_uppercase();
        let failed = || Response::err("Authentication failed").with_code(ResponseCode::Auth);
        match mechanism.as_str() {
            "PLAIN" => {
                let response = match initial {
                    Some(r) => r,
                    None => match challenge(stream, b"", reader, buf).await? {
                        Some(r) => r,
                        None => return Ok(Response::err("authentication cancelled")),
                    },
                };
                let Some(decoded) = decode64(&response) else {
                    return Ok(Response::err("invalid base64"));
                };
                let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
                let [_authzid, user, pass] = parts[..] else {
                    return Ok(Response::err("malformed PLAIN response"));
                };
                let user = String::from_utf8_lossy(user).into_owned();
                Ok(self.login(&user, pass == PASSWORD.as_bytes()))
            }
            "LOGIN" => {
                let Some(user) = challenge(stream, b"Username:", reader, buf).await? else {
                    return Ok(Response::err("authentication cancelled"));
                };
                let Some(pass) = challenge(stream, b"Password:", reader, buf).await? else {
                    return Ok(Response::err("authentication cancelled"));
                };
                match (decode64(&user), decode64(&pass)) {
                    (Some(user), Some(pass)) => Ok(
                        self.login(&String::from_utf8_lossy(&user), pass == PASSWORD.as_bytes())
                    ),
                    _ => Ok(Response::err("invalid base64")),
                }
            }
            "CRAM-MD5" => {
                let token = self.demo.unique_token();
                let Some(answer) = challenge(stream, token.as_bytes(), reader, buf).await? else {
                    return Ok(Response::err("authentication cancelled"));
                };
                let Some(answer) = decode64(&answer) else {
                    return Ok(Response::err("invalid base64"));
                };
                let answer = String::from_utf8_lossy(&answer).into_owned();
                let Some((user, digest)) = answer.rsplit_once(' ') else {
                    return Ok(failed());
                };
                let mut mac =
                    Hmac::<Md5>::new_from_slice(PASSWORD.as_bytes()).expect("HMAC takes any key");
                mac.update(token.as_bytes());
                let expected = hex(&mac.finalize().into_bytes());
                Ok(self.login(user, digest.eq_ignore_ascii_case(&expected)))
            }
            _ => Ok(Response::err(format!(
                "mechanism {mechanism} is not supported"
            ))),
        }
    }
}

/// Sends a `+ ` challenge and reads the client's response line; `None` when the
/// client cancels with `*` or goes away.
async fn challenge<S: AsyncRead + AsyncWrite + Unpin>(
    stream: &mut S,
    data: &[u8],
    reader: &mut LineReader,
    buf: &mut [u8],
) -> std::io::Result<Option<String>> {
    stream
        .write_all(&write_continuation(BASE64.encode(data).as_bytes()))
        .await?;
    stream.flush().await?;
    loop {
        match reader.next_line() {
            Some(ClientLine::Line(line)) if line == b"*" => return Ok(None),
            Some(ClientLine::Line(line)) => {
                return Ok(Some(String::from_utf8_lossy(&line).into_owned()));
            }
            Some(ClientLine::TooLong) => return Ok(None),
            None => {}
        }
        let n = tokio::time::timeout(AUTOLOGOUT, stream.read(buf))
            .await
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "autologout"))??;
        if n == 0 {
            return Ok(None);
        }
        reader.feed(&buf[..n]);
    }
}

fn decode64(text: &str) -> Option<Vec<u8>> {
    if text == "=" {
        return Some(Vec::new());
    }
    BASE64.decode(text).ok()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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

/// A self-signed certificate for the demo's TLS, made at start.
pub struct DemoCertificate {
    /// The TLS acceptor using it.
    pub acceptor: TlsAcceptor,
    /// The certificate, DER-encoded (the proxy trusts it for the demo's addresses).
    pub der: Vec<u8>,
}

/// Generates the demo's self-signed certificate.
pub fn certificate() -> Result<DemoCertificate, Box<dyn std::error::Error + Send + Sync>> {
    let names = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        HOST.to_owned(),
    ];
    let mut params = rcgen::CertificateParams::new(names)?;
    // A name of its own: the proxy trusts this certificate, so it must not be
    // mistaken for another rcgen default ("rcgen self signed cert").
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "POP3 Playground demo server");
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationName, "POP3 Playground");
    let signing_key = rcgen::KeyPair::generate()?;
    let cert = params.self_signed(&signing_key)?;
    let der = cert.der().to_vec();
    let key = rustls::pki_types::PrivateKeyDer::try_from(signing_key.serialize_der())?;
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_no_client_auth()
    .with_single_cert(vec![cert.der().clone()], key)?;
    Ok(DemoCertificate {
        acceptor: TlsAcceptor::from(Arc::new(config)),
        der,
    })
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
