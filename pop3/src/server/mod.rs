//! The demo POP3 server, sans-I/O: the whole protocol the client speaks, a
//! realistic mailbox for `mrose`, and users whose server misbehaves on purpose.
//!
//! It runs in two places: behind the proxy's `--demo` listeners (tokio, real
//! TCP and TLS) and inside the page (no network at all). Both drive the same
//! [`Session`]: bytes in, [`Output`]s out. It reads commands with the codec's
//! [`LineReader`] and [`Command::parse`] and writes replies with
//! [`write_response`], so it exercises the same code the client decodes.
//!
//! - [`mailbox`]: the users, their faults and their initial messages;
//! - [`store`]: the mailboxes every session of one server shares ([`Store`]):
//!   locks, deletions, and what a learner removed;
//! - `session`: one connection's state machine and replies;
//! - `auth`: USER/PASS, APOP and AUTH PLAIN/LOGIN/CRAM-MD5.
//!
//! [`LineReader`]: crate::codec::LineReader
//! [`Command::parse`]: crate::types::Command::parse
//! [`write_response`]: crate::codec::write_response

mod auth;
pub mod mailbox;
mod session;
pub mod store;

use std::time::Duration;

pub use session::{Config, Output, Session};
pub use store::{Removed, Store};

/// RFC 1939 §3: the autologout timer is at least 10 minutes. A driver calls
/// [`Session::autologout`] when the client has sent nothing for this long.
pub const AUTOLOGOUT: Duration = Duration::from_secs(600);
/// The host name in timestamps and challenges.
pub const HOST: &str = "demo.pop3.test";

#[cfg(test)]
mod tests;
