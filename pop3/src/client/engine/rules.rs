//! Which command is valid in which state (RFC 1939 §3–§7, RFC 2595 §4, RFC 5034 §4).

use super::{Client, NotValid};
use crate::annotate::{RfcRef, Say, rfc};
use crate::types::{Command, State};

impl Client {
    /// Checks whether a command may be sent now; `Err` says why not.
    pub fn check(&self, cmd: &Command) -> Result<(), NotValid> {
        if self.awaiting_tls {
            return not(Say::RefuseTlsPending, rfc(2595, "4"));
        }
        if self.sasl.is_some() {
            return not(Say::RefuseSaslPending, rfc(5034, "4"));
        }
        match &self.state {
            State::Greeting => not(Say::RefuseNoGreeting, rfc(1939, "4")),
            State::Closed => not(Say::RefuseClosed, rfc(1939, "6")),
            State::Update => not(Say::RefuseUpdate, rfc(1939, "6")),
            State::Authorization { .. } => self.check_authorization(cmd),
            State::Transaction => self.check_transaction(cmd),
        }
    }

    fn check_authorization(&self, cmd: &Command) -> Result<(), NotValid> {
        match cmd {
            Command::User { .. }
            | Command::Auth { .. }
            | Command::Capa
            | Command::Quit
            | Command::Utf8
            | Command::Lang { .. } => Ok(()),
            Command::Pass { .. } if !self.user_sent => {
                not(Say::RefusePassWithoutUser, rfc(1939, "7"))
            }
            Command::Pass { .. } => Ok(()),
            Command::Apop { .. } if self.apop_timestamp().is_none() => {
                not(Say::RefuseNoApop, rfc(1939, "7"))
            }
            Command::Apop { .. } => Ok(()),
            Command::Stls if self.tls_active => not(Say::RefuseTlsActive, rfc(2595, "4")),
            Command::Stls => Ok(()),
            Command::Other { keyword, .. } => refuse_other(keyword),
            _ => not(
                Say::RefuseTransactionOnly {
                    keyword: cmd.keyword().to_owned(),
                },
                rfc(1939, "5"),
            ),
        }
    }

    fn check_transaction(&self, cmd: &Command) -> Result<(), NotValid> {
        match cmd {
            Command::User { .. }
            | Command::Pass { .. }
            | Command::Apop { .. }
            | Command::Auth { .. }
            | Command::Stls
            | Command::Utf8 => not(
                Say::RefuseAuthorizationOnly {
                    keyword: cmd.keyword().to_owned(),
                },
                rfc(1939, "4"),
            ),
            Command::Other { keyword, .. } => refuse_other(keyword),
            _ => {
                if let Some(n) = cmd.message_number() {
                    if self.maildrop.deleted.contains(&n) {
                        return not(Say::RefuseDeleted { msg: n }, rfc(1939, "5"));
                    }
                    if let Some(count) = self.maildrop.count
                        && n > count
                    {
                        return not(Say::RefuseBeyond { count }, rfc(1939, "5"));
                    }
                }
                Ok(())
            }
        }
    }
}

/// A line this client cannot send as a command: a known keyword whose
/// arguments do not fit (`LIST 0`), or an unknown keyword.
/// A refusal: why, and the rule that says so.
fn not(reason: Say, r: RfcRef) -> Result<(), NotValid> {
    Err(NotValid {
        reason,
        rfc: Some(r),
    })
}

fn refuse_other(keyword: &str) -> Result<(), NotValid> {
    let upper = keyword.to_ascii_uppercase();
    let (reason, reference) = match crate::annotate::keyword_reference(&upper) {
        Some(reference) => (
            Say::RefuseBadArguments {
                usage: crate::types::usage(&upper).to_owned(),
                keyword: upper,
            },
            reference,
        ),
        None => (
            Say::RefuseUnknown {
                keyword: keyword.to_owned(),
            },
            rfc(1939, "3"),
        ),
    };
    Err(NotValid {
        reason,
        rfc: Some(reference),
    })
}
