//! "Learn POP3": a guided course on the demo server.
//!
//! Each [`Lesson`] is a list of [`Step`]s. A step explains one thing, offers a
//! "Do it" action ([`DoIt`]) and has a [`Check`]: a pure function of the session
//! that says whether the step happened, whichever way the learner did it (the
//! button, the login form, or a line typed in the raw command line).
//!
//! Checks read [`Facts`]: the transcript's typed facts folded into
//! command/reply pairs, greetings, state changes and TLS. Steps are checked in
//! order, each from the transcript position where the previous one was
//! satisfied, so "STAT, then LIST" means LIST came after STAT.

mod course;
mod facts;
mod walk;

pub use course::*;
pub use facts::*;
pub use walk::{Walk, decode as decode_progress, encode as encode_progress};

#[cfg(test)]
mod tests;
