//! Why a SASL exchange stops.

use std::fmt;

use super::Mechanism;

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
    /// SCRAM: the server asked for more PBKDF2 rounds than
    /// [`MAX_SCRAM_ITERATIONS`](super::MAX_SCRAM_ITERATIONS).
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

/// A [`SaslError::MalformedChallenge`] with this reason.
pub(super) fn malformed(reason: impl Into<String>) -> SaslError {
    SaslError::MalformedChallenge {
        reason: reason.into(),
    }
}
