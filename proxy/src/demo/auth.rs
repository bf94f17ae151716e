//! Authentication on the demo server: USER/PASS, APOP and AUTH PLAIN, LOGIN
//! and CRAM-MD5 (RFC 5034) checked against the demo users, and the login that
//! locks the maildrop or refuses with the user's fault.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use pop3::codec::{ClientLine, LineReader, write_continuation};
use pop3::types::{Response, ResponseCode};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tracing::info;

use super::AUTOLOGOUT;
use super::mailbox::{self, Fault, PASSWORD};
use super::session::{Phase, Session};

impl Session {
    /// `USER name`: remembered for the PASS that follows.
    pub(super) fn handle_user(&mut self, name: String) -> Response {
        let response = Response::ok(format!("{name} is welcome here, send PASS"));
        self.pending_user = Some(name);
        response
    }

    /// `PASS password`, after an accepted USER.
    pub(super) fn handle_pass(&mut self, password: &str) -> Response {
        match self.pending_user.take() {
            None => Response::err("USER first"),
            Some(name) => self.login(&name, password == PASSWORD),
        }
    }

    /// `APOP name digest`, checked against this session's greeting timestamp.
    pub(super) fn handle_apop(&mut self, name: &str, digest: &str) -> Response {
        let expected = pop3::apop::digest(&self.timestamp, PASSWORD);
        self.login(name, digest.eq_ignore_ascii_case(&expected))
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

    /// Runs a SASL exchange (RFC 5034) and returns the final reply.
    pub(super) async fn authenticate<S: AsyncRead + AsyncWrite + Unpin>(
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
                let expected = pop3::sasl::cram_md5_digest(PASSWORD, token.as_bytes());
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
