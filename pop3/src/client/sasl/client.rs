//! [`SaslClient`]: one exchange, step by step.

use std::fmt;

use super::describe::Step;
use super::error::SaslError;
use super::scram::{self, sasl_name, scram_nonce, verify_server_final};
use super::{Credentials, Mechanism, cram_md5_digest};
use crate::annotate::Say;
use crate::secret::Secret;

/// Where the exchange is. Each variant carries what the next step needs.
#[derive(Clone)]
enum State {
    /// Nothing sent yet.
    Start,
    /// PLAIN, XOAUTH2, OAUTHBEARER: the initial response has been sent.
    InitialSent,
    /// LOGIN: the username has been sent.
    LoginUsernameSent,
    /// LOGIN: the password has been sent.
    LoginPasswordSent,
    /// CRAM-MD5: the digest has been sent.
    CramAnswered,
    /// XOAUTH2, OAUTHBEARER: the server's error challenge has been acknowledged.
    OAuthErrorAcknowledged,
    /// SCRAM: client-first-message sent; the bare part goes into the AuthMessage.
    ScramFirstSent { client_first_bare: String },
    /// SCRAM: client-final-message sent; the server must answer with this signature.
    ScramFinalSent { server_signature: [u8; 32] },
    /// SCRAM: the server signature has been verified.
    ScramVerified,
    /// The exchange failed; every later call reports this error.
    Failed(SaslError),
}

impl State {
    fn name(&self) -> &'static str {
        match self {
            State::Start => "Start",
            State::InitialSent => "InitialSent",
            State::LoginUsernameSent => "LoginUsernameSent",
            State::LoginPasswordSent => "LoginPasswordSent",
            State::CramAnswered => "CramAnswered",
            State::OAuthErrorAcknowledged => "OAuthErrorAcknowledged",
            State::ScramFirstSent { .. } => "ScramFirstSent",
            State::ScramFinalSent { .. } => "ScramFinalSent",
            State::ScramVerified => "ScramVerified",
            State::Failed(_) => "Failed",
        }
    }
}

/// One client-side SASL exchange.
///
/// ```
/// # use pop3::sasl::{Credentials, Mechanism, SaslClient};
/// let mut client = SaslClient::new(Mechanism::Login, Credentials::new("tim", "secret"), "");
/// assert!(client.initial_response().is_none());
/// assert_eq!(client.step(b"Username:").unwrap().expose(), b"tim");
/// assert_eq!(client.step(b"Password:").unwrap().expose(), b"secret");
/// assert!(client.finish().is_ok());
/// ```
#[derive(Clone)]
pub struct SaslClient {
    mechanism: Mechanism,
    credentials: Credentials,
    nonce: String,
    state: State,
    last_step: Step,
    server_error: Option<String>,
}

impl fmt::Debug for SaslClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SaslClient")
            .field("mechanism", &self.mechanism)
            .field("username", &self.credentials.username)
            .field("state", &self.state.name())
            .field("server_error", &self.server_error)
            .finish_non_exhaustive()
    }
}

impl SaslClient {
    /// Starts an exchange.
    ///
    /// `nonce` is client randomness (printable ASCII without ','), used by SCRAM
    /// only. If it holds any other character its bytes are sent hex-encoded
    /// instead, so no randomness is lost and the message stays well-formed.
    pub fn new(mechanism: Mechanism, credentials: Credentials, nonce: &str) -> Self {
        Self {
            mechanism,
            credentials,
            nonce: scram_nonce(nonce),
            state: State::Start,
            last_step: Step::Nothing,
            server_error: None,
        }
    }

    /// The mechanism this exchange runs.
    pub fn mechanism(&self) -> Mechanism {
        self.mechanism
    }

    /// The initial response to send with AUTH (raw bytes), if the mechanism has
    /// one. Returns it once, at the start of the exchange; `None` afterwards and
    /// for mechanisms where the server speaks first.
    #[must_use]
    pub fn initial_response(&mut self) -> Option<Secret<Vec<u8>>> {
        if !self.mechanism.sends_initial_response() || !matches!(self.state, State::Start) {
            return None;
        }
        let (state, response) = self.initial_message();
        self.state = state;
        self.last_step = Step::Initial {
            after_empty_challenge: false,
        };
        Some(Secret::new(response))
    }

    /// Answer one server challenge (raw decoded bytes of a "+ " line).
    ///
    /// # Errors
    ///
    /// A [`SaslError`] if the challenge is out of turn, malformed, or fails a check
    /// (SCRAM's nonce or server signature, or an `e=` error from the server). The
    /// exchange is then over: the caller should cancel it with `*` (RFC 5034 §4),
    /// and every later call returns the same error.
    pub fn step(&mut self, challenge: &[u8]) -> Result<Secret<Vec<u8>>, SaslError> {
        let state = std::mem::replace(&mut self.state, State::Start);
        match self.advance(state, challenge) {
            Ok((state, step, response)) => {
                if matches!(step, Step::OAuthErrorAcknowledged) {
                    self.server_error = Some(String::from_utf8_lossy(challenge).into_owned());
                }
                self.state = state;
                self.last_step = step;
                Ok(Secret::new(response))
            }
            Err(error) => {
                self.state = State::Failed(error.clone());
                self.last_step = Step::Failed(error.clone());
                Err(error)
            }
        }
    }

    /// Called when the server answers +OK: Ok if the exchange is complete from the
    /// client's point of view (SCRAM: the server signature was received and verified).
    ///
    /// # Errors
    ///
    /// [`SaslError::MissingServerSignature`] for SCRAM without a verified server
    /// signature, [`SaslError::ServerError`] after an XOAUTH2 or OAUTHBEARER error
    /// challenge, [`SaslError::IncompleteExchange`] if the credentials were not all
    /// sent yet, or the error that already stopped the exchange.
    pub fn finish(&self) -> Result<(), SaslError> {
        if let Some(message) = &self.server_error {
            return Err(SaslError::ServerError {
                message: message.clone(),
            });
        }
        match &self.state {
            State::Failed(error) => Err(error.clone()),
            State::ScramVerified => Ok(()),
            _ if self.mechanism == Mechanism::ScramSha256 => Err(SaslError::MissingServerSignature),
            State::Start | State::LoginUsernameSent => Err(SaslError::IncompleteExchange {
                mechanism: self.mechanism,
            }),
            _ => Ok(()),
        }
    }

    /// The error the server reported inside an XOAUTH2 or OAUTHBEARER exchange
    /// (usually JSON such as `{"status":"401",...}`), if it sent one.
    pub fn server_error(&self) -> Option<&str> {
        self.server_error.as_deref()
    }

    /// The step just taken, as a message for the transcript, e.g.
    /// [`Say::SaslInitialScram`] ("client-first-message: username and a fresh
    /// nonce (RFC 5802 §5.1)"). Its arguments never hold the password or token.
    pub fn describe_last_step(&self) -> Say {
        self.last_step.describe(self.mechanism, &self.credentials)
    }

    /// Takes one step from `state`: the next state, what to describe and the response.
    fn advance(&self, state: State, challenge: &[u8]) -> Result<(State, Step, Vec<u8>), SaslError> {
        let mechanism = self.mechanism;
        let unexpected = || SaslError::UnexpectedChallenge {
            mechanism,
            challenge: challenge.to_vec(),
        };
        match (mechanism, state) {
            (_, State::Failed(error)) => Err(error),
            (_, State::Start) if mechanism.sends_initial_response() => {
                // The initial response was not sent with AUTH: the server asks for it
                // with an empty challenge (RFC 4422 §5).
                if !challenge.is_empty() {
                    return Err(unexpected());
                }
                let (state, response) = self.initial_message();
                let step = Step::Initial {
                    after_empty_challenge: true,
                };
                Ok((state, step, response))
            }
            // LOGIN's prompts are informal ("Username:", "User Name", ...), so the
            // step count decides what to send, not the text.
            (Mechanism::Login, State::Start) => Ok((
                State::LoginUsernameSent,
                Step::LoginUsername,
                self.credentials.username.as_bytes().to_vec(),
            )),
            (Mechanism::Login, State::LoginUsernameSent) => Ok((
                State::LoginPasswordSent,
                Step::LoginPassword,
                self.credentials.secret.expose().as_bytes().to_vec(),
            )),
            (Mechanism::CramMd5, State::Start) => {
                let digest = cram_md5_digest(self.credentials.secret.expose(), challenge);
                let response = format!("{} {digest}", self.credentials.username);
                Ok((
                    State::CramAnswered,
                    Step::CramMd5Answer,
                    response.into_bytes(),
                ))
            }
            (Mechanism::XOAuth2 | Mechanism::OAuthBearer, State::InitialSent) => {
                // The challenge after the token is the server's error report; the
                // client must answer before the server sends -ERR.
                let response = if mechanism == Mechanism::OAuthBearer {
                    vec![0x01]
                } else {
                    Vec::new()
                };
                Ok((
                    State::OAuthErrorAcknowledged,
                    Step::OAuthErrorAcknowledged,
                    response,
                ))
            }
            (Mechanism::ScramSha256, State::ScramFirstSent { client_first_bare }) => {
                let client_final = scram::client_final(
                    &self.nonce,
                    self.credentials.secret.expose(),
                    &self.gs2_header(),
                    &client_first_bare,
                    challenge,
                )?;
                Ok((
                    State::ScramFinalSent {
                        server_signature: client_final.server_signature,
                    },
                    Step::ScramClientFinal {
                        iterations: client_final.iterations,
                    },
                    client_final.message.into_bytes(),
                ))
            }
            (Mechanism::ScramSha256, State::ScramFinalSent { server_signature }) => {
                verify_server_final(&server_signature, challenge)?;
                Ok((State::ScramVerified, Step::ScramServerVerified, Vec::new()))
            }
            _ => Err(unexpected()),
        }
    }

    /// The first message of a client-first mechanism and the state after it.
    fn initial_message(&self) -> (State, Vec<u8>) {
        let credentials = &self.credentials;
        let token = credentials.secret.expose();
        match self.mechanism {
            Mechanism::Plain => {
                let authzid = credentials.authzid.as_deref().unwrap_or("");
                let message = format!("{authzid}\0{}\0{token}", credentials.username);
                (State::InitialSent, message.into_bytes())
            }
            Mechanism::XOAuth2 => {
                let message = format!(
                    "user={}\x01auth=Bearer {token}\x01\x01",
                    credentials.username
                );
                (State::InitialSent, message.into_bytes())
            }
            Mechanism::OAuthBearer => {
                let mut message = self.gs2_header();
                message.push('\x01');
                if let Some(host) = &credentials.host {
                    message.push_str(&format!("host={host}\x01"));
                }
                if let Some(port) = credentials.port {
                    message.push_str(&format!("port={port}\x01"));
                }
                message.push_str(&format!("auth=Bearer {token}\x01\x01"));
                (State::InitialSent, message.into_bytes())
            }
            Mechanism::ScramSha256 => {
                let client_first_bare =
                    scram::client_first_bare(&credentials.username, &self.nonce);
                let message = format!("{}{client_first_bare}", self.gs2_header());
                (
                    State::ScramFirstSent { client_first_bare },
                    message.into_bytes(),
                )
            }
            // Server-first mechanisms never get here; starting them sends nothing.
            Mechanism::Login | Mechanism::CramMd5 => (State::Start, Vec::new()),
        }
    }

    /// The GS2 header of RFC 5801 §4 without channel binding: `n,,` or `n,a=authzid,`.
    fn gs2_header(&self) -> String {
        match &self.credentials.authzid {
            Some(authzid) => format!("n,a={},", sasl_name(authzid)),
            None => "n,,".to_owned(),
        }
    }
}
