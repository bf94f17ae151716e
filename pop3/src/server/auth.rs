//! Authentication on the demo server: USER/PASS, APOP and AUTH PLAIN, LOGIN
//! and CRAM-MD5 (RFC 5034) checked against the demo users, and the login that
//! locks the maildrop or refuses with the user's fault. A SASL exchange spans
//! several client lines: [`Sasl`] is where it waits.

use crate::codec::{ClientLine, write_continuation};
use crate::types::{Response, ResponseCode};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

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
        let expected = crate::apop::digest(&self.timestamp, PASSWORD);
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
                _ => match self.store.lock(user) {
                    None => Response::err("Do you have another POP session running?")
                        .with_code(ResponseCode::InUse),
                    Some(messages) => {
                        self.messages = messages;
                        self.user = Some(user);
                        self.phase = Phase::Transaction;
                        let total: usize = self.messages.iter().map(|m| m.bytes.len()).sum();
                        Response::ok(format!(
                            "{}'s maildrop has {} messages ({total} octets)",
                            user.name,
                            self.messages.len()
                        ))
                    }
                },
            },
            _ => Response::err("Authentication failed").with_code(ResponseCode::Auth),
        }
    }

    /// `AUTH mechanism [initial-response]`: the final reply, or `None` when a
    /// challenge went out and the exchange waits for the client's answer.
    pub(super) fn start_sasl(
        &mut self,
        mechanism: &str,
        initial: Option<String>,
    ) -> Option<Response> {
        let mechanism = mechanism.to_ascii_uppercase();
        let next = match mechanism.as_str() {
            "PLAIN" => match initial {
                Some(response) => return Some(self.finish_plain(&response)),
                None => (Sasl::Plain, String::new()),
            },
            "LOGIN" => (Sasl::LoginUser, "Username:".to_owned()),
            "CRAM-MD5" => {
                let token = self.store.unique_token(self.clock);
                (
                    Sasl::CramMd5 {
                        token: token.clone(),
                    },
                    token,
                )
            }
            _ => {
                return Some(Response::err(format!(
                    "mechanism {mechanism} is not supported"
                )));
            }
        };
        self.challenge(next.0, next.1.as_bytes());
        None
    }

    /// The client's answer to a challenge: the final reply, or `None` when
    /// another challenge went out.
    pub(super) fn continue_sasl(&mut self, sasl: Sasl, line: ClientLine) -> Option<Response> {
        let answer = match line {
            ClientLine::Line(line) if line != b"*" => String::from_utf8_lossy(&line).into_owned(),
            _ => return Some(Response::err("authentication cancelled")),
        };
        match sasl {
            Sasl::Plain => Some(self.finish_plain(&answer)),
            Sasl::LoginUser => {
                self.challenge(Sasl::LoginPass { user: answer }, b"Password:");
                None
            }
            Sasl::LoginPass { user } => Some(match (decode64(&user), decode64(&answer)) {
                (Some(user), Some(pass)) => {
                    self.login(&String::from_utf8_lossy(&user), pass == PASSWORD.as_bytes())
                }
                _ => Response::err("invalid base64"),
            }),
            Sasl::CramMd5 { token } => {
                let Some(answer) = decode64(&answer) else {
                    return Some(Response::err("invalid base64"));
                };
                let answer = String::from_utf8_lossy(&answer).into_owned();
                let Some((user, digest)) = answer.rsplit_once(' ') else {
                    return Some(
                        Response::err("Authentication failed").with_code(ResponseCode::Auth),
                    );
                };
                let expected = crate::sasl::cram_md5_digest(PASSWORD, token.as_bytes());
                Some(self.login(user, digest.eq_ignore_ascii_case(&expected)))
            }
        }
    }

    fn finish_plain(&mut self, response: &str) -> Response {
        let Some(decoded) = decode64(response) else {
            return Response::err("invalid base64");
        };
        let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
        let [_authzid, user, pass] = parts[..] else {
            return Response::err("malformed PLAIN response");
        };
        let user = String::from_utf8_lossy(user).into_owned();
        self.login(&user, pass == PASSWORD.as_bytes())
    }

    /// Sends a `+ ` challenge; the client's next line goes to `next`.
    fn challenge(&mut self, next: Sasl, data: &[u8]) {
        self.continuation(write_continuation(BASE64.encode(data).as_bytes()));
        self.sasl = Some(next);
    }
}

/// A SASL exchange (RFC 5034) waiting for the client's next line.
#[derive(Debug)]
pub(super) enum Sasl {
    /// PLAIN without an initial response: the credentials come next.
    Plain,
    /// LOGIN: the user name comes next, then the password.
    LoginUser,
    LoginPass {
        user: String,
    },
    /// CRAM-MD5: the answer to this challenge comes next.
    CramMd5 {
        token: String,
    },
}

fn decode64(text: &str) -> Option<Vec<u8>> {
    if text == "=" {
        return Some(Vec::new());
    }
    BASE64.decode(text).ok()
}
