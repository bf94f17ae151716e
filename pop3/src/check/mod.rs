//! A server conformance check: a report card for a POP3 server.
//!
//! [`Checker`] plans and runs a set of probes over one or more POP3 sessions,
//! driving the [`Client`](crate::engine::Client) engine. Like the rest of this
//! crate it does no I/O and reads no clock: the caller opens connections when
//! asked, writes the bytes it is given, feeds back what arrives, and passes the
//! time in milliseconds.
//!
//! ```text
//!   caller                         Checker
//!   ------                         -------
//!                  <- Connect { session }
//!   connected(now)  ->
//!   feed(bytes, now) ->
//!                  <- Write(bytes)            (repeat)
//!                  <- StartTls                (security Stls only)
//!   tls_started(now) ->
//!                  <- Close                   (drop the connection)
//!                  <- Done                    (report() is final)
//! ```
//!
//! The check never destroys mail: the only DELE it sends is undone with RSET
//! before QUIT, and if RSET fails it drops the connection without QUIT, which
//! leaves the maildrop untouched (RFC 1939 §6).
//!
//! The parts:
//! - [`Probe`] names every line of the report: its id, title, RFC clause and
//!   place in the report, all in one table;
//! - [`Said`] is everything the report says, as typed messages (`check-…`
//!   ids with arguments): the check writes no words, the edge's catalogs do;
//! - `probes/` has one handler per probe: what it sends and how it judges the
//!   replies, plus the judgements made at the end from everything observed;
//! - `plan` decides which probes run, in which order, from the capabilities;
//! - `driver` and `conn` run the sessions: connection phases, replies still
//!   outstanding, timeouts, and the [`Action`]s for the caller;
//! - `report` holds [`Verdict`], [`Finding`] (its [`Detail`]) and [`Report`].

mod config;
mod conn;
mod driver;
mod plan;
mod probe;
mod probes;
mod report;
mod said;
#[cfg(test)]
mod tests;

pub use config::{Config, Security};
pub use conn::Sent;
pub use driver::{Action, Checker, Line, Status};
pub use probe::Probe;
pub use report::{Detail, Finding, Report, Verdict};
pub use said::Said;
