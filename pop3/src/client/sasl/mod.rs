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

//!
//! The parts:
//! - this file: [`Mechanism`], [`Credentials`] and [`cram_md5_digest`], which the
//!   demo server shares;
//! - `client`: [`SaslClient`], the state machine of one exchange;
//! - `scram`: SCRAM-SHA-256's messages and proofs (RFC 5802, RFC 7677);
//! - `describe`: the step just taken, as a typed message for the transcript;
//! - `error`: [`SaslError`].

mod client;
mod describe;
mod error;
mod scram;
#[cfg(test)]
mod tests;

use std::fmt;

use hmac::{Hmac, Mac};
use md5::Md5;

use crate::apop::lower_hex;
use crate::secret::Secret;

pub use client::SaslClient;
pub use error::SaslError;

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
