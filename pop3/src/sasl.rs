//! Client-side SASL exchanges (RFC 4422) for POP3 `AUTH` (RFC 5034).
//!
//! A [`SaslClient`] works on raw bytes: the engine base64-decodes each `+ `
//! challenge line before calling [`SaslClient::step`] and base64-encodes what comes
//! back. Nothing here reads a clock or a random source; SCRAM's client nonce is an
//! argument of [`SaslClient::new`].
//!
//! The exchanges, as [`SaslClient`] runs them (RFC 4422 §3, RFC 5034 §4). The first
//! client message of PLAIN, XOAUTH2, OAUTHBEARER and SCRAM-SHA-256 is the
//! [`SaslClient::initial_response`]; every `◀──` line is one [`SaslClient::step`]:
//!
//! ```text
//! PLAIN          C: authzid NUL username NUL password    S: +OK / -ERR
//! LOGIN                                                  S: + "Username:"
//!                C: username                             S: + "Password:"
//!                C: password                             S: +OK / -ERR
//! CRAM-MD5                                               S: + <msg-id>
//!                C: username SP hex(HMAC-MD5(password))  S: +OK / -ERR
//! XOAUTH2        C: user=..^Aauth=Bearer token^A^A       S: +OK, or + {json error}
//!                C: (empty)                              S: -ERR
//! OAUTHBEARER    C: n,a=..,^Ahost=..^Aport=..^Aauth=..^A^A S: +OK, or + {json error}
//!                C: ^A                                   S: -ERR
//! SCRAM-SHA-256  C: n,,n=user,r=cnonce                   S: + r=cnonce snonce,s=salt,i=count
//!                C: c=biws,r=cnonce snonce,p=proof       S: + v=signature (verified)
//!                C: (empty)                              S: +OK
//! ```
//!
//! After `+OK` the engine calls [`SaslClient::finish`], which refuses a SCRAM login
//! whose server signature was never verified. When `step` returns an error the
//! exchange is over and the client cancels it with `*` (RFC 5034 §4).
//!
//! A client-first mechanism whose initial response was not sent with `AUTH`
//! answers the server's empty challenge with it instead (RFC 4422 §5).

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use md5::Md5;
use sha2::{Digest, Sha256};

use crate::apop::lower_hex;
use crate::secret::Secret;

/// The highest SCRAM iteration count the client agrees to compute. A hostile
/// server could otherwise ask for billions of PBKDF2 rounds and freeze the page.
pub const MAX_SCRAM_ITERATIONS: u32 = 1_000_000;

/// A SASL mechanism the client can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Mechanism {
    /// `PLAIN` (RFC 4616): identities and password in one message.
    Plain,
    /// `LOGIN` (draft-murchison-sasl-login): username, then password, each on request.
    Login,
    /// `CRAM-MD5` (RFC 2195): an HMAC-MD5 answer to a server challenge.
    CramMd5,
    /// `XOAUTH2` (Google's mechanism): username and an OAuth 2.0 bearer token.
    XOAuth2,
    /// `OAUTHBEARER` (RFC 7628): an OAuth 2.0 bearer token with GS2 framing.
    OAuthBearer,
    /// `SCRAM-SHA-256` (RFC 5802, RFC 7677): mutual proof of the password, without
    /// channel binding.
    ScramSha256,
}

impl Mechanism {
    /// Every mechanism, in the order they are declared.
    pub const ALL: [Mechanism; 6] = [
        Mechanism::Plain,
        Mechanism::Login,
        Mechanism::CramMd5,
        Mechanism::XOAuth2,
        Mechanism::OAuthBearer,
        Mechanism::ScramSha256,
    ];

    /// The registered name, as sent in `AUTH` and listed in `CAPA`'s `SASL` line.
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::Plain => "PLAIN",
            Mechanism::Login => "LOGIN",
            Mechanism::CramMd5 => "CRAM-MD5",
            Mechanism::XOAuth2 => "XOAUTH2",
            Mechanism::OAuthBearer => "OAUTHBEARER",
            Mechanism::ScramSha256 => "SCRAM-SHA-256",
        }
    }

    /// The mechanism with this name, ignoring ASCII case; `None` if it is not one
    /// this client runs.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|mechanism| mechanism.name().eq_ignore_ascii_case(name))
    }

    /// The document that defines the mechanism, e.g. `"RFC 4616"`.
    pub fn rfc(self) -> &'static str {
        match self {
            Mechanism::Plain => "RFC 4616",
            Mechanism::Login => "draft-murchison-sasl-login",
            Mechanism::CramMd5 => "RFC 2195",
            Mechanism::XOAuth2 => "Google XOAUTH2",
            Mechanism::OAuthBearer => "RFC 7628",
            Mechanism::ScramSha256 => "RFC 7677",
        }
    }

    /// Whether the client speaks first, so its first message can go with `AUTH`
    /// as an initial response (RFC 5034 §4).
    pub fn sends_initial_response(self) -> bool {
        match self {
            Mechanism::Plain
            | Mechanism::XOAuth2
            | Mechanism::OAuthBearer
            | Mechanism::ScramSha256 => true,
            Mechanism::Login | Mechanism::CramMd5 => false,
        }
    }
}

impl fmt::Display for Mechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Who is logging in, and with what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The authentication identity (the login name).
    pub username: String,
    /// The password, or the OAuth 2.0 bearer token for XOAUTH2 and OAUTHBEARER.
    pub secret: Secret<String>,
    /// The authorization identity: whom to act as, if not `username` (PLAIN's
    /// `authzid`, the `a=` of the GS2 header for OAUTHBEARER and SCRAM).
    pub authzid: Option<String>,
    /// OAUTHBEARER's `host=`: the server name the client connected to.
    pub host: Option<String>,
    /// OAUTHBEARER's `port=`: the port the client connected to.
    pub port: Option<u16>,
}

impl Credentials {
    /// A username and password (or token), with no authorization identity, host
    /// or port.
    pub fn new(username: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            username: username.into(),
            secret: Secret::new(secret.into()),
            authzid: None,
            host: None,
            port: None,
        }
    }
}

/// Why a SASL exchange cannot go on, from the client's point of view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaslError {
    /// The server sent a challenge where the mechanism has no step left to take.
    UnexpectedChallenge {
        /// The mechanism being run.
        mechanism: Mechanism,
        /// The decoded challenge that was not expected.
        challenge: Vec<u8>,
    },
    /// A challenge could not be parsed as the mechanism's next server message.
    MalformedChallenge {
        /// What was wrong with it.
        reason: String,
    },
    /// SCRAM: the server's nonce does not start with the client's nonce (RFC 5802 §5.1).
    NonceMismatch,
    /// SCRAM: the server asked for more PBKDF2 rounds than [`MAX_SCRAM_ITERATIONS`].
    IterationCountTooHigh {
        /// The `i=` the server sent.
        iterations: u32,
        /// The highest count the client computes.
        limit: u32,
    },
    /// SCRAM: the server's signature is wrong, so the server does not know the
    /// password (RFC 5802 §5.1, §9).
    ServerSignatureMismatch,
    /// SCRAM: the server accepted the login without proving it knows the password.
    MissingServerSignature,
    /// The server reported an error inside the exchange: SCRAM's `e=`, or the JSON
    /// error of XOAUTH2 and OAUTHBEARER.
    ServerError {
        /// The server's error text, as sent.
        message: String,
    },
    /// The server accepted the login before the client had sent its credentials.
    IncompleteExchange {
        /// The mechanism being run.
        mechanism: Mechanism,
    },
}

impl fmt::Display for SaslError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaslError::UnexpectedChallenge {
                mechanism,
                challenge,
            } => write!(
                f,
                "unexpected {mechanism} challenge \"{}\": the mechanism has no step left",
                String::from_utf8_lossy(challenge).escape_debug()
            ),
            SaslError::MalformedChallenge { reason } => {
                write!(f, "malformed challenge: {reason}")
            }
            SaslError::NonceMismatch => f.write_str(
                "the server's nonce does not start with the client's nonce (RFC 5802 §5.1)",
            ),
            SaslError::IterationCountTooHigh { iterations, limit } => write!(
                f,
                "the server asked for {iterations} PBKDF2 iterations; the client computes at most {limit}"
            ),
            SaslError::ServerSignatureMismatch => f.write_str(
                "the server signature does not match: the server does not know the password (RFC 5802 §9)",
            ),
            SaslError::MissingServerSignature => f.write_str(
                "the server accepted the login without sending its signature (RFC 5802 §5.1)",
            ),
            SaslError::ServerError { message } => {
                write!(f, "the server reported an error: {message}")
            }
            SaslError::IncompleteExchange { mechanism } => write!(
                f,
                "the server accepted the {mechanism} login before the client sent its credentials"
            ),
        }
    }
}

impl std::error::Error for SaslError {}

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

/// The last step taken, kept only to describe it.
#[derive(Clone, Debug)]
enum Step {
    Nothing,
    Initial { after_empty_challenge: bool },
    LoginUsername,
    LoginPassword,
    CramMd5Answer,
    OAuthErrorAcknowledged,
    ScramClientFinal { iterations: u32 },
    ScramServerVerified,
    Failed(SaslError),
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

    /// A plain-language description of the step just taken, for the transcript, e.g.
    /// "client-first-message: username and a fresh nonce (RFC 5802 §5.1)". Never contains secrets.
    pub fn describe_last_step(&self) -> String {
        match &self.last_step {
            Step::Nothing => format!(
                "nothing sent yet: the {} exchange starts with AUTH {}",
                self.mechanism,
                self.mechanism.name()
            ),
            Step::Initial {
                after_empty_challenge,
            } => {
                let description = self.describe_initial();
                if *after_empty_challenge {
                    format!(
                        "{description}, sent in answer to the server's empty challenge (RFC 4422 §5)"
                    )
                } else {
                    description
                }
            }
            Step::LoginUsername => format!(
                "answered the first challenge with the username \"{}\" (draft-murchison-sasl-login §2)",
                self.credentials.username.escape_debug()
            ),
            Step::LoginPassword => "answered the second challenge with the password \
                 (draft-murchison-sasl-login §2)"
                .to_owned(),
            Step::CramMd5Answer => format!(
                "answered the challenge with the username \"{}\" and the HMAC-MD5 of the \
                 challenge keyed with the password, in hex; the password itself is not sent \
                 (RFC 2195 §2)",
                self.credentials.username.escape_debug()
            ),
            Step::OAuthErrorAcknowledged => match self.mechanism {
                Mechanism::OAuthBearer => "the server sent an error as a challenge; a single \
                     ^A byte acknowledges it so the server can fail the exchange \
                     (RFC 7628 §3.2.3)"
                    .to_owned(),
                _ => "the server sent an error as a challenge; an empty response acknowledges \
                     it so the server can answer -ERR (Google XOAUTH2)"
                    .to_owned(),
            },
            Step::ScramClientFinal { iterations } => format!(
                "client-final-message: the combined nonce and a proof that the client knows \
                 the password, from PBKDF2-HMAC-SHA-256 over {iterations} iterations; the \
                 password itself is not sent (RFC 5802 §5.1, RFC 7677 §3)"
            ),
            Step::ScramServerVerified => "server-final-message verified: the server's signature \
                 proves it knows the password too; an empty response completes the exchange \
                 (RFC 5802 §5.1)"
                .to_owned(),
            Step::Failed(error) => format!(
                "stopped: {error}; the client should cancel the exchange with \"*\" (RFC 5034 §4)"
            ),
        }
    }

    fn describe_initial(&self) -> String {
        let username = self.credentials.username.escape_debug();
        match self.mechanism {
            Mechanism::Plain => {
                let authzid = match &self.credentials.authzid {
                    Some(authzid) => {
                        format!("authorization identity \"{}\"", authzid.escape_debug())
                    }
                    None => {
                        "an empty authorization identity (act as the user who logs in)".to_owned()
                    }
                };
                format!(
                    "initial response: {authzid}, username \"{username}\" and password, \
                     separated by NUL bytes (RFC 4616 §2)"
                )
            }
            Mechanism::XOAuth2 => format!(
                "initial response: user=\"{username}\" and auth=Bearer with the OAuth 2.0 token, \
                 separated by ^A bytes (Google XOAUTH2)"
            ),
            Mechanism::OAuthBearer => "initial response: the GS2 header, then host, port and \
                 auth=Bearer with the OAuth 2.0 token as key=value pairs separated by ^A bytes \
                 (RFC 7628 §3.1)"
                .to_owned(),
            Mechanism::ScramSha256 => {
                "client-first-message: username and a fresh nonce (RFC 5802 §5.1)".to_owned()
            }
            Mechanism::Login | Mechanism::CramMd5 => {
                format!("{} has no initial response", self.mechanism)
            }
        }
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
                self.scram_client_final(&client_first_bare, challenge)
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
                let username = saslprep_or_raw(&credentials.username);
                let client_first_bare = format!("n={},r={}", sasl_name(&username), self.nonce);
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

    /// Answers SCRAM's server-first-message with the client-final-message
    /// (RFC 5802 §3 and §5.1).
    fn scram_client_final(
        &self,
        client_first_bare: &str,
        challenge: &[u8],
    ) -> Result<(State, Step, Vec<u8>), SaslError> {
        let server_first = ServerFirst::parse(challenge)?;
        if !server_first.nonce.starts_with(&self.nonce) {
            return Err(SaslError::NonceMismatch);
        }
        if server_first.iterations > MAX_SCRAM_ITERATIONS {
            return Err(SaslError::IterationCountTooHigh {
                iterations: server_first.iterations,
                limit: MAX_SCRAM_ITERATIONS,
            });
        }

        let password = saslprep_or_raw(self.credentials.secret.expose());
        let mut salted_password = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<Sha256>(
            password.as_bytes(),
            &server_first.salt,
            server_first.iterations,
            &mut salted_password,
        );
        let client_key = hmac_sha256(&salted_password, b"Client Key");
        let stored_key: [u8; 32] = Sha256::digest(client_key).into();
        let server_key = hmac_sha256(&salted_password, b"Server Key");

        let without_proof = format!(
            "c={},r={}",
            BASE64.encode(self.gs2_header()),
            server_first.nonce
        );
        let auth_message = format!(
            "{client_first_bare},{},{without_proof}",
            server_first.message
        );
        let client_signature = hmac_sha256(&stored_key, auth_message.as_bytes());
        let mut client_proof = client_key;
        for (proof, signature) in client_proof.iter_mut().zip(client_signature) {
            *proof ^= signature;
        }
        let server_signature = hmac_sha256(&server_key, auth_message.as_bytes());

        let client_final = format!("{without_proof},p={}", BASE64.encode(client_proof));
        Ok((
            State::ScramFinalSent { server_signature },
            Step::ScramClientFinal {
                iterations: server_first.iterations,
            },
            client_final.into_bytes(),
        ))
    }
}

/// SCRAM's server-first-message: `r=nonce,s=salt,i=iterations` (RFC 5802 §7).
struct ServerFirst<'a> {
    /// The whole message, which goes into the AuthMessage as received.
    message: &'a str,
    nonce: &'a str,
    salt: Vec<u8>,
    iterations: u32,
}

impl<'a> ServerFirst<'a> {
    fn parse(challenge: &'a [u8]) -> Result<Self, SaslError> {
        let message = std::str::from_utf8(challenge)
            .map_err(|_| malformed("the server-first-message is not UTF-8"))?;
        let mut nonce = None;
        let mut salt = None;
        let mut iterations = None;
        for attribute in message.split(',') {
            let (name, value) = attribute.split_once('=').ok_or_else(|| {
                malformed(format!(
                    "attribute \"{}\" is not name=value",
                    attribute.escape_debug()
                ))
            })?;
            match name {
                "e" => {
                    return Err(SaslError::ServerError {
                        message: value.to_owned(),
                    });
                }
                "m" => return Err(malformed("mandatory extension m= is not supported")),
                "r" if nonce.is_none() => nonce = Some(value),
                "s" if salt.is_none() => salt = Some(value),
                "i" if iterations.is_none() => iterations = Some(value),
                _ => {} // extensions the client does not know are ignored (RFC 5802 §5.1)
            }
        }
        let nonce = nonce.ok_or_else(|| malformed("the nonce r= is missing"))?;
        let salt = salt.ok_or_else(|| malformed("the salt s= is missing"))?;
        let iterations =
            iterations.ok_or_else(|| malformed("the iteration count i= is missing"))?;
        let salt = BASE64.decode(salt).map_err(|_| {
            malformed(format!(
                "the salt \"{}\" is not base64",
                salt.escape_debug()
            ))
        })?;
        // Digits only: `u32::from_str` would also take a leading `+`, which RFC 5802's
        // `posit-number` does not allow.
        let parsed = if !iterations.is_empty() && iterations.bytes().all(|b| b.is_ascii_digit()) {
            iterations.parse::<u32>().ok()
        } else {
            None
        };
        let iterations = match parsed {
            Some(0) => return Err(malformed("the iteration count i= is zero")),
            Some(iterations) => iterations,
            None => {
                return Err(malformed(format!(
                    "the iteration count \"{}\" is not a number from 1 to {}",
                    iterations.escape_debug(),
                    u32::MAX
                )));
            }
        };
        Ok(Self {
            message,
            nonce,
            salt,
            iterations,
        })
    }
}

/// Checks SCRAM's server-final-message: `v=signature` or `e=error` (RFC 5802 §7).
fn verify_server_final(expected: &[u8; 32], challenge: &[u8]) -> Result<(), SaslError> {
    let message = std::str::from_utf8(challenge)
        .map_err(|_| malformed("the server-final-message is not UTF-8"))?;
    let first = message.split(',').next().unwrap_or_default();
    if let Some(error) = first.strip_prefix("e=") {
        return Err(SaslError::ServerError {
            message: error.to_owned(),
        });
    }
    let verifier = first.strip_prefix("v=").ok_or_else(|| {
        malformed(format!(
            "the server-final-message \"{}\" has neither v= nor e=",
            message.escape_debug()
        ))
    })?;
    let signature = BASE64.decode(verifier).map_err(|_| {
        malformed(format!(
            "the server signature \"{}\" is not base64",
            verifier.escape_debug()
        ))
    })?;
    if constant_time_eq(&signature, expected) {
        Ok(())
    } else {
        Err(SaslError::ServerSignatureMismatch)
    }
}

fn malformed(reason: impl Into<String>) -> SaslError {
    SaslError::MalformedChallenge {
        reason: reason.into(),
    }
}

/// The CRAM-MD5 digest of RFC 2195: lowercase hex HMAC-MD5 of the server's
/// `challenge` (its msg-id, brackets included, as decoded from base64) keyed
/// with `secret`. The client answers `username SP digest`; a server computes
/// the same to check it.
///
/// ```
/// assert_eq!(
///     pop3::sasl::cram_md5_digest(
///         "tanstaaftanstaaf",
///         b"<1896.697170952@postoffice.reston.mci.net>",
///     ),
///     "b913a602c7eda7a495b4e6e7334d3890",
/// );
/// ```
pub fn cram_md5_digest(secret: &str, challenge: &[u8]) -> String {
    let mut mac = <Hmac<Md5> as Mac>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes keys of any length");
    mac.update(challenge);
    lower_hex(&mac.finalize().into_bytes())
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// Compares without an early exit, so timing does not tell how much matched.
fn constant_time_eq(left: &[u8], right: &[u8]) -> bool {
    left.len() == right.len()
        && left
            .iter()
            .zip(right)
            .fold(0u8, |difference, (a, b)| difference | (a ^ b))
            == 0
}

/// SASLprep (RFC 4013) as RFC 5802 §5.1 asks; a string it rejects (e.g. one with
/// unassigned code points) is used unchanged rather than failing the login.
#[cfg(feature = "saslprep")]
fn saslprep_or_raw(text: &str) -> std::borrow::Cow<'_, str> {
    stringprep::saslprep(text).unwrap_or(std::borrow::Cow::Borrowed(text))
}

/// Without the `saslprep` feature strings are used as given: exact for ASCII,
/// which SASLprep leaves unchanged; callers normalize anything else first.
#[cfg(not(feature = "saslprep"))]
fn saslprep_or_raw(text: &str) -> std::borrow::Cow<'_, str> {
    std::borrow::Cow::Borrowed(text)
}

/// RFC 5802's `saslname`: `=` and `,` escaped as `=3D` and `=2C`.
fn sasl_name(name: &str) -> String {
    name.replace('=', "=3D").replace(',', "=2C")
}

/// The SCRAM client nonce: `printable` of RFC 5802 §7 is `%x21-2B / %x2D-7E`.
fn scram_nonce(nonce: &str) -> String {
    let printable = nonce
        .bytes()
        .all(|byte| byte.is_ascii_graphic() && byte != b',');
    if printable {
        nonce.to_owned()
    } else {
        lower_hex(nonce.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_7677_NONCE: &str = "rOprNGfwEbeRWgbNEkqO";
    const RFC_7677_SERVER_FIRST: &str =
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    const RFC_7677_CLIENT_FINAL: &str = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    const RFC_7677_SERVER_FINAL: &str = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";
    const XOAUTH2_ERROR: &[u8] =
        br#"{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}"#;

    fn client(mechanism: Mechanism, username: &str, secret: &str) -> SaslClient {
        SaslClient::new(mechanism, Credentials::new(username, secret), "")
    }

    fn rfc_7677_client() -> SaslClient {
        SaslClient::new(
            Mechanism::ScramSha256,
            Credentials::new("user", "pencil"),
            RFC_7677_NONCE,
        )
    }

    fn exposed(response: Secret<Vec<u8>>) -> Vec<u8> {
        response.into_exposed()
    }

    #[test]
    fn mechanism_names_round_trip() {
        let names: Vec<&str> = Mechanism::ALL.iter().map(|m| m.name()).collect();
        assert_eq!(
            names,
            [
                "PLAIN",
                "LOGIN",
                "CRAM-MD5",
                "XOAUTH2",
                "OAUTHBEARER",
                "SCRAM-SHA-256"
            ]
        );
        for mechanism in Mechanism::ALL {
            assert_eq!(Mechanism::from_name(mechanism.name()), Some(mechanism));
            assert_eq!(
                Mechanism::from_name(&mechanism.name().to_ascii_lowercase()),
                Some(mechanism)
            );
            assert_eq!(mechanism.to_string(), mechanism.name());
            assert!(!mechanism.rfc().is_empty());
        }
        assert_eq!(Mechanism::from_name("Cram-Md5"), Some(Mechanism::CramMd5));
        assert_eq!(Mechanism::from_name("GSSAPI"), None);
        assert_eq!(Mechanism::from_name("SCRAM-SHA-1"), None);
        assert_eq!(Mechanism::from_name(""), None);
        assert_eq!(Mechanism::Plain.rfc(), "RFC 4616");
        assert_eq!(Mechanism::ScramSha256.rfc(), "RFC 7677");
    }

    #[test]
    fn mechanisms_that_speak_first() {
        let client_first: Vec<Mechanism> = Mechanism::ALL
            .into_iter()
            .filter(|m| m.sends_initial_response())
            .collect();
        assert_eq!(
            client_first,
            [
                Mechanism::Plain,
                Mechanism::XOAuth2,
                Mechanism::OAuthBearer,
                Mechanism::ScramSha256
            ]
        );
    }

    #[test]
    fn plain_initial_response_without_authzid() {
        let mut client = client(Mechanism::Plain, "tim", "tanstaaftanstaaf");
        assert_eq!(client.mechanism(), Mechanism::Plain);
        let response = exposed(client.initial_response().unwrap());
        assert_eq!(response, b"\0tim\0tanstaaftanstaaf");
        assert!(client.initial_response().is_none(), "sent only once");
        assert_eq!(client.finish(), Ok(()));
    }

    #[test]
    fn plain_initial_response_with_authzid() {
        let mut credentials = Credentials::new("tim", "tanstaaftanstaaf");
        credentials.authzid = Some("admin".to_owned());
        let mut client = SaslClient::new(Mechanism::Plain, credentials, "");
        let response = exposed(client.initial_response().unwrap());
        assert_eq!(response, b"admin\0tim\0tanstaaftanstaaf");
        assert!(client.describe_last_step().contains("\"admin\""));
    }

    #[test]
    fn plain_answers_empty_challenge_when_not_sent_with_auth() {
        let mut client = client(Mechanism::Plain, "tim", "pw");
        let response = exposed(client.step(b"").unwrap());
        assert_eq!(response, b"\0tim\0pw");
        assert!(client.describe_last_step().contains("RFC 4422 §5"));
        assert!(client.initial_response().is_none());
        assert_eq!(client.finish(), Ok(()));
    }

    #[test]
    fn plain_rejects_a_further_challenge() {
        let mut client = client(Mechanism::Plain, "tim", "pw");
        let _ = client.initial_response();
        assert_eq!(
            client.step(b"again?"),
            Err(SaslError::UnexpectedChallenge {
                mechanism: Mechanism::Plain,
                challenge: b"again?".to_vec()
            })
        );
        // The failure sticks.
        assert!(client.step(b"").is_err());
        assert!(client.finish().is_err());
        assert!(client.describe_last_step().starts_with("stopped:"));
    }

    #[test]
    fn plain_rejects_non_empty_first_challenge() {
        let mut client = client(Mechanism::Plain, "tim", "pw");
        assert!(matches!(
            client.step(b"hello"),
            Err(SaslError::UnexpectedChallenge { .. })
        ));
    }

    #[test]
    fn plain_finish_before_sending_is_incomplete() {
        let client = client(Mechanism::Plain, "tim", "pw");
        assert_eq!(
            client.finish(),
            Err(SaslError::IncompleteExchange {
                mechanism: Mechanism::Plain
            })
        );
    }

    #[test]
    fn login_answers_username_then_password() {
        let mut client = client(Mechanism::Login, "tim", "tanstaaf");
        assert!(client.initial_response().is_none());
        assert_eq!(exposed(client.step(b"Username:").unwrap()), b"tim");
        assert!(client.describe_last_step().contains("username"));
        assert_eq!(
            client.finish(),
            Err(SaslError::IncompleteExchange {
                mechanism: Mechanism::Login
            })
        );
        assert_eq!(exposed(client.step(b"Password:").unwrap()), b"tanstaaf");
        assert!(client.describe_last_step().contains("password"));
        assert_eq!(client.finish(), Ok(()));
    }

    #[test]
    fn login_chooses_by_step_not_by_prompt() {
        let mut client = client(Mechanism::Login, "tim", "tanstaaf");
        assert_eq!(exposed(client.step(b"Password:").unwrap()), b"tim");
        assert_eq!(exposed(client.step(b"").unwrap()), b"tanstaaf");
    }

    #[test]
    fn login_rejects_third_challenge() {
        let mut client = client(Mechanism::Login, "tim", "tanstaaf");
        let _ = client.step(b"Username:").unwrap();
        let _ = client.step(b"Password:").unwrap();
        assert_eq!(
            client.step(b"More:"),
            Err(SaslError::UnexpectedChallenge {
                mechanism: Mechanism::Login,
                challenge: b"More:".to_vec()
            })
        );
    }

    #[test]
    fn cram_md5_matches_rfc_2195_example() {
        let mut client = client(Mechanism::CramMd5, "tim", "tanstaaftanstaaf");
        assert!(client.initial_response().is_none());
        assert_eq!(
            client.finish(),
            Err(SaslError::IncompleteExchange {
                mechanism: Mechanism::CramMd5
            })
        );
        let response = client
            .step(b"<1896.697170952@postoffice.reston.mci.net>")
            .unwrap();
        assert_eq!(response.expose(), b"tim b913a602c7eda7a495b4e6e7334d3890");
        assert!(client.describe_last_step().contains("RFC 2195"));
        assert_eq!(client.finish(), Ok(()));
    }

    #[test]
    fn cram_md5_rejects_second_challenge() {
        let mut client = client(Mechanism::CramMd5, "tim", "tanstaaftanstaaf");
        let _ = client.step(b"<1@host>").unwrap();
        assert!(matches!(
            client.step(b"<2@host>"),
            Err(SaslError::UnexpectedChallenge {
                mechanism: Mechanism::CramMd5,
                ..
            })
        ));
    }

    #[test]
    fn xoauth2_initial_response_matches_google_example() {
        let mut client = client(
            Mechanism::XOAuth2,
            "someuser@example.com",
            "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg",
        );
        let response = exposed(client.initial_response().unwrap());
        assert_eq!(
            BASE64.encode(&response),
            "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
        );
        assert_eq!(client.server_error(), None);
        assert_eq!(client.finish(), Ok(()));
    }

    #[test]
    fn xoauth2_error_challenge_gets_empty_response_and_fails_finish() {
        let mut client = client(Mechanism::XOAuth2, "someuser@example.com", "expired");
        let _ = client.initial_response().unwrap();
        let response = exposed(client.step(XOAUTH2_ERROR).unwrap());
        assert!(response.is_empty());
        let error = std::str::from_utf8(XOAUTH2_ERROR).unwrap();
        assert_eq!(client.server_error(), Some(error));
        assert_eq!(
            client.finish(),
            Err(SaslError::ServerError {
                message: error.to_owned()
            })
        );
        assert!(client.describe_last_step().contains("empty response"));
        assert!(matches!(
            client.step(XOAUTH2_ERROR),
            Err(SaslError::UnexpectedChallenge { .. })
        ));
    }

    #[test]
    fn oauthbearer_initial_response_matches_rfc_7628_example() {
        let mut credentials = Credentials::new(
            "user@example.com",
            "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==",
        );
        credentials.authzid = Some("user@example.com".to_owned());
        credentials.host = Some("server.example.com".to_owned());
        credentials.port = Some(143);
        let mut client = SaslClient::new(Mechanism::OAuthBearer, credentials, "");
        let response = exposed(client.initial_response().unwrap());
        assert_eq!(
            BASE64.encode(&response),
            "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"
        );
        assert_eq!(client.finish(), Ok(()));
    }

    #[test]
    fn oauthbearer_initial_response_without_optional_fields() {
        let mut client = client(Mechanism::OAuthBearer, "user", "token");
        let response = exposed(client.initial_response().unwrap());
        assert_eq!(response, b"n,,\x01auth=Bearer token\x01\x01");
    }

    #[test]
    fn oauthbearer_escapes_authzid() {
        let mut credentials = Credentials::new("user", "token");
        credentials.authzid = Some("a,b=c".to_owned());
        let mut client = SaslClient::new(Mechanism::OAuthBearer, credentials, "");
        let response = exposed(client.initial_response().unwrap());
        assert_eq!(response, b"n,a=a=2Cb=3Dc,\x01auth=Bearer token\x01\x01");
    }

    #[test]
    fn oauthbearer_error_challenge_gets_ctrl_a() {
        let mut client = client(Mechanism::OAuthBearer, "user", "expired");
        let _ = client.initial_response().unwrap();
        let error = br#"{"status":"invalid_token","scope":"mail"}"#;
        let response = exposed(client.step(error).unwrap());
        assert_eq!(response, b"\x01");
        assert_eq!(
            client.server_error(),
            Some(r#"{"status":"invalid_token","scope":"mail"}"#)
        );
        assert!(matches!(
            client.finish(),
            Err(SaslError::ServerError { .. })
        ));
        assert!(client.describe_last_step().contains("RFC 7628 §3.2.3"));
    }

    #[test]
    fn scram_sha256_matches_rfc_7677_example() {
        let mut client = rfc_7677_client();
        let first = exposed(client.initial_response().unwrap());
        assert_eq!(first, b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        assert_eq!(
            client.describe_last_step(),
            "client-first-message: username and a fresh nonce (RFC 5802 §5.1)"
        );
        assert_eq!(client.finish(), Err(SaslError::MissingServerSignature));

        let final_message = exposed(client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap());
        assert_eq!(final_message, RFC_7677_CLIENT_FINAL.as_bytes());
        assert!(client.describe_last_step().contains("4096 iterations"));
        assert_eq!(client.finish(), Err(SaslError::MissingServerSignature));

        let last = exposed(client.step(RFC_7677_SERVER_FINAL.as_bytes()).unwrap());
        assert!(last.is_empty());
        assert!(client.describe_last_step().contains("verified"));
        assert_eq!(client.finish(), Ok(()));
    }

    #[test]
    fn scram_answers_empty_challenge_with_client_first() {
        let mut client = rfc_7677_client();
        let first = exposed(client.step(b"").unwrap());
        assert_eq!(first, b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        let final_message = exposed(client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap());
        assert_eq!(final_message, RFC_7677_CLIENT_FINAL.as_bytes());
    }

    #[test]
    fn scram_rejects_wrong_server_signature() {
        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
        let wrong = format!("v={}", BASE64.encode([0u8; 32]));
        assert_eq!(
            client.step(wrong.as_bytes()),
            Err(SaslError::ServerSignatureMismatch)
        );
        assert_eq!(client.finish(), Err(SaslError::ServerSignatureMismatch));
    }

    #[test]
    fn scram_rejects_truncated_server_signature() {
        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
        assert_eq!(
            client.step(b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95A=="),
            Err(SaslError::ServerSignatureMismatch)
        );
    }

    #[test]
    fn scram_rejects_nonce_without_client_prefix() {
        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        let server_first = "r=XOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        assert_eq!(
            client.step(server_first.as_bytes()),
            Err(SaslError::NonceMismatch)
        );
        assert_eq!(client.finish(), Err(SaslError::NonceMismatch));
    }

    #[test]
    fn scram_reports_server_errors() {
        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
        assert_eq!(
            client.step(b"e=invalid-proof"),
            Err(SaslError::ServerError {
                message: "invalid-proof".to_owned()
            })
        );

        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        assert_eq!(
            client.step(b"e=unknown-user"),
            Err(SaslError::ServerError {
                message: "unknown-user".to_owned()
            })
        );
    }

    #[test]
    fn scram_rejects_malformed_server_first() {
        let cases: [&[u8]; 10] = [
            b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=0",
            b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=-1",
            b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=+4096",
            b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=99999999999",
            b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==",
            b"r=rOprNGfwEbeRWgbNEkqOabc,i=4096",
            b"s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
            b"r=rOprNGfwEbeRWgbNEkqOabc,s=not base64!,i=4096",
            b"m=ext,r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
            b"r=rOprNGfwEbeRWgbNEkqO\xff,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
        ];
        for case in cases {
            let mut client = rfc_7677_client();
            let _ = client.initial_response();
            assert!(
                matches!(client.step(case), Err(SaslError::MalformedChallenge { .. })),
                "{:?}",
                String::from_utf8_lossy(case)
            );
        }
    }

    #[test]
    fn scram_accepts_low_iteration_counts_but_not_huge_ones() {
        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        let low = b"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1";
        assert!(client.step(low).is_ok());

        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        let huge = b"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4294967295";
        assert_eq!(
            client.step(huge),
            Err(SaslError::IterationCountTooHigh {
                iterations: u32::MAX,
                limit: MAX_SCRAM_ITERATIONS
            })
        );
    }

    #[test]
    fn scram_rejects_malformed_server_final() {
        for case in [&b"x=abc"[..], b"v=***", b"", b"\xff"] {
            let mut client = rfc_7677_client();
            let _ = client.initial_response();
            let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
            assert!(
                matches!(client.step(case), Err(SaslError::MalformedChallenge { .. })),
                "{:?}",
                String::from_utf8_lossy(case)
            );
        }
    }

    #[test]
    fn scram_rejects_challenge_after_verification() {
        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
        let _ = client.step(RFC_7677_SERVER_FINAL.as_bytes()).unwrap();
        assert!(matches!(
            client.step(b""),
            Err(SaslError::UnexpectedChallenge { .. })
        ));
    }

    #[test]
    fn scram_escapes_username_and_uses_authzid() {
        let mut credentials = Credentials::new("a=b,c", "pw");
        credentials.authzid = Some("admin".to_owned());
        let mut client = SaslClient::new(Mechanism::ScramSha256, credentials, "nonce");
        let first = exposed(client.initial_response().unwrap());
        assert_eq!(first, b"n,a=admin,n=a=3Db=2Cc,r=nonce");
        let final_message = exposed(client.step(b"r=nonceSERVER,s=QUJD,i=4096").unwrap());
        let expected_binding = format!("c={},", BASE64.encode("n,a=admin,"));
        assert!(final_message.starts_with(expected_binding.as_bytes()));
    }

    #[test]
    #[cfg(feature = "saslprep")]
    fn scram_applies_saslprep_to_the_password() {
        // U+00A0 NO-BREAK SPACE maps to a plain space under SASLprep (RFC 4013 §2.1),
        // so both passwords give the same proof.
        let proof_for = |password: &str| {
            let mut client = SaslClient::new(
                Mechanism::ScramSha256,
                Credentials::new("user", password),
                RFC_7677_NONCE,
            );
            let _ = client.initial_response();
            exposed(client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap())
        };
        assert_eq!(proof_for("pen\u{a0}cil"), proof_for("pen cil"));
        assert_ne!(proof_for("pen cil"), proof_for("pencil"));
    }

    #[test]
    fn scram_nonce_outside_printable_is_hex_encoded() {
        let mut client = SaslClient::new(
            Mechanism::ScramSha256,
            Credentials::new("user", "pw"),
            "a,b c",
        );
        let first = exposed(client.initial_response().unwrap());
        assert_eq!(first, b"n,,n=user,r=612c622063");
    }

    #[test]
    fn debug_and_descriptions_never_show_secrets() {
        let secret = "s3cr3t-Pa55";
        let server_first = format!("r={RFC_7677_NONCE}srv,s=QUJD,i=4096");
        let scripts: [(Mechanism, Vec<&[u8]>); 6] = [
            (Mechanism::Plain, vec![]),
            (Mechanism::Login, vec![b"Username:", b"Password:"]),
            (Mechanism::CramMd5, vec![b"<1@host>"]),
            (Mechanism::XOAuth2, vec![XOAUTH2_ERROR]),
            (Mechanism::OAuthBearer, vec![XOAUTH2_ERROR]),
            (
                Mechanism::ScramSha256,
                vec![server_first.as_bytes(), b"v=AAAA"],
            ),
        ];
        for (mechanism, script) in scripts {
            let mut client =
                SaslClient::new(mechanism, Credentials::new("user", secret), RFC_7677_NONCE);
            let mut texts = vec![format!("{client:?}"), client.describe_last_step()];
            if let Some(response) = client.initial_response() {
                texts.push(format!("{response:?}"));
            }
            texts.push(client.describe_last_step());
            for challenge in script {
                let result = client.step(challenge);
                texts.push(format!("{result:?}"));
                texts.push(client.describe_last_step());
                texts.push(format!("{client:?}"));
            }
            texts.push(format!("{:?}", client.finish()));
            for text in texts {
                assert!(!text.contains(secret), "{mechanism}: {text}");
            }
        }
    }

    #[test]
    fn errors_display_plain_language() {
        let errors = [
            SaslError::UnexpectedChallenge {
                mechanism: Mechanism::Login,
                challenge: b"More:\n".to_vec(),
            },
            malformed("the salt s= is missing"),
            SaslError::NonceMismatch,
            SaslError::IterationCountTooHigh {
                iterations: 5_000_000,
                limit: MAX_SCRAM_ITERATIONS,
            },
            SaslError::ServerSignatureMismatch,
            SaslError::MissingServerSignature,
            SaslError::ServerError {
                message: "invalid-proof".to_owned(),
            },
            SaslError::IncompleteExchange {
                mechanism: Mechanism::Plain,
            },
        ];
        for error in errors {
            let text = error.to_string();
            assert!(!text.is_empty());
            assert!(!text.contains('\n'), "{text}");
        }
        let error: Box<dyn std::error::Error> = Box::new(SaslError::NonceMismatch);
        assert!(error.to_string().contains("nonce"));
    }

    #[test]
    fn arbitrary_challenges_never_panic() {
        let weird: [&[u8]; 16] = [
            b"",
            b"\0",
            b"\xff\xfe\xfd",
            b"\xc3\x28",
            b"=",
            b",,,",
            b"r=",
            b"r=,s=,i=",
            b"e=",
            b"v=",
            b"v=\xff",
            b"r=rOprNGfwEbeRWgbNEkqO,s=,i=1",
            b"r=rOprNGfwEbeRWgbNEkqOx,s=QUJD,i=4294967295",
            b"r=rOprNGfwEbeRWgbNEkqOx,s=QUJD,i=18446744073709551616",
            b"m=\xff,r=\x00,s=\x01",
            &[0x01; 300],
        ];
        let server_first = RFC_7677_SERVER_FIRST.as_bytes();
        let server_final = RFC_7677_SERVER_FINAL.as_bytes();
        let scripts: [(Mechanism, Vec<&[u8]>); 6] = [
            (Mechanism::Plain, vec![]),
            (Mechanism::Login, vec![b"Username:", b"Password:"]),
            (
                Mechanism::CramMd5,
                vec![b"<1896.697170952@postoffice.reston.mci.net>"],
            ),
            (Mechanism::XOAuth2, vec![XOAUTH2_ERROR]),
            (Mechanism::OAuthBearer, vec![XOAUTH2_ERROR]),
            (Mechanism::ScramSha256, vec![server_first, server_final]),
        ];
        for (mechanism, script) in &scripts {
            for prefix in 0..=script.len() {
                for with_initial_response in [true, false] {
                    for junk in weird {
                        let mut credentials = Credentials::new("user", "pencil");
                        credentials.authzid = Some("=,\u{0}".to_owned());
                        credentials.host = Some("host".to_owned());
                        credentials.port = Some(0);
                        let mut client = SaslClient::new(*mechanism, credentials, RFC_7677_NONCE);
                        if with_initial_response {
                            let _ = client.initial_response();
                        } else if mechanism.sends_initial_response() {
                            let _ = client.step(b"");
                        }
                        for challenge in &script[..prefix] {
                            let _ = client.step(challenge);
                        }
                        let _ = client.step(junk);
                        let _ = client.describe_last_step();
                        let _ = client.finish();
                        let _ = client.step(junk);
                        let _ = client.initial_response();
                        let _ = client.finish();
                        let _ = format!("{client:?} {}", client.describe_last_step());
                    }
                }
            }
        }
        // And straight from the start, before any initial response.
        for mechanism in Mechanism::ALL {
            for junk in weird {
                let mut client = client(mechanism, "user", "pencil");
                let _ = client.step(junk);
                let _ = client.step(junk);
                let _ = client.finish();
            }
        }
    }
}
