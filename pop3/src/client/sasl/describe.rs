//! The step a [`SaslClient`](super::SaslClient) just took, as a typed message
//! for the transcript. Arguments hold names and counts, never a password or a
//! token.

use super::error::SaslError;
use super::{Credentials, Mechanism};
use crate::annotate::Say;

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
    /// What the step did, in `mechanism`'s exchange for `credentials`.
    pub(super) fn describe(&self, mechanism: Mechanism, credentials: &Credentials) -> Say {
        // Names are shown escaped, so a control character or a quote in them
        // cannot disguise the rest of the sentence.
        let username = credentials.username.escape_debug().to_string();
        match self {
            Step::Nothing => nothing(mechanism),
            Step::Initial {
                after_empty_challenge,
            } => initial(mechanism, credentials, username, *after_empty_challenge),
            Step::LoginUsername => Say::SaslLoginUsername { username },
            Step::LoginPassword => Say::SaslLoginPassword,
            Step::CramMd5Answer => Say::SaslCramMd5Answer { username },
            Step::OAuthErrorAcknowledged => match mechanism {
                Mechanism::OAuthBearer => Say::SaslOauthbearerErrorAck,
                _ => Say::SaslXoauth2ErrorAck,
            },
            Step::ScramClientFinal { iterations } => Say::SaslScramFinal {
                iterations: *iterations,
            },
            Step::ScramServerVerified => Say::SaslScramVerified,
            Step::Failed(error) => Say::SaslStopped {
                mechanism: mechanism.name().to_owned(),
                error: error.to_string(),
            },
        }
    }
}

fn nothing(mechanism: Mechanism) -> Say {
    Say::SaslNothing {
        mechanism: mechanism.name().to_owned(),
    }
}

/// The first message of a client-first mechanism, sent with AUTH or, when
/// `after_empty_challenge`, in answer to the server's empty challenge
/// (RFC 4422 §5).
fn initial(
    mechanism: Mechanism,
    credentials: &Credentials,
    username: String,
    after_empty_challenge: bool,
) -> Say {
    let authzid = credentials
        .authzid
        .as_deref()
        .map(|authzid| authzid.escape_debug().to_string());
    match (mechanism, authzid, after_empty_challenge) {
        (Mechanism::Plain, Some(authzid), false) => {
            Say::SaslInitialPlainAuthzid { authzid, username }
        }
        (Mechanism::Plain, Some(authzid), true) => {
            Say::SaslInitialPlainAuthzidAfterEmpty { authzid, username }
        }
        (Mechanism::Plain, None, false) => Say::SaslInitialPlain { username },
        (Mechanism::Plain, None, true) => Say::SaslInitialPlainAfterEmpty { username },
        (Mechanism::XOAuth2, _, false) => Say::SaslInitialXoauth2 { username },
        (Mechanism::XOAuth2, _, true) => Say::SaslInitialXoauth2AfterEmpty { username },
        (Mechanism::OAuthBearer, _, false) => Say::SaslInitialOauthbearer,
        (Mechanism::OAuthBearer, _, true) => Say::SaslInitialOauthbearerAfterEmpty,
        (Mechanism::ScramSha256, _, false) => Say::SaslInitialScram,
        (Mechanism::ScramSha256, _, true) => Say::SaslInitialScramAfterEmpty,
        // LOGIN and CRAM-MD5 have no initial response: starting them sends nothing.
        (Mechanism::Login | Mechanism::CramMd5, _, _) => nothing(mechanism),
    }
}
