//! The step a [`SaslClient`](super::SaslClient) just took, described for the
//! transcript without its secrets.

use super::error::SaslError;
use super::{Credentials, Mechanism};

/// The last step taken, kept only to describe it.
#[derive(Clone, Debug)]
pub(super) enum Step {
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

impl Step {
    /// What the step did, in `mechanism`'s exchange for `credentials`. Never
    /// contains secrets.
    pub(super) fn describe(&self, mechanism: Mechanism, credentials: &Credentials) -> String {
        match self {
            Step::Nothing => format!(
                "nothing sent yet: the {} exchange starts with AUTH {}",
                mechanism,
                mechanism.name()
            ),
            Step::Initial {
                after_empty_challenge,
            } => {
                let description = describe_initial(mechanism, credentials);
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
                credentials.username.escape_debug()
            ),
            Step::LoginPassword => "answered the second challenge with the password \
                 (draft-murchison-sasl-login §2)"
                .to_owned(),
            Step::CramMd5Answer => format!(
                "answered the challenge with the username \"{}\" and the HMAC-MD5 of the \
                 challenge keyed with the password, in hex; the password itself is not sent \
                 (RFC 2195 §2)",
                credentials.username.escape_debug()
            ),
            Step::OAuthErrorAcknowledged => match mechanism {
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
}

fn describe_initial(mechanism: Mechanism, credentials: &Credentials) -> String {
    let username = credentials.username.escape_debug();
    match mechanism {
        Mechanism::Plain => {
            let authzid = match &credentials.authzid {
                Some(authzid) => {
                    format!("authorization identity \"{}\"", authzid.escape_debug())
                }
                None => "an empty authorization identity (act as the user who logs in)".to_owned(),
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
            format!("{mechanism} has no initial response")
        }
    }
}
