//! A sans-I/O POP3 protocol core.
//!
//! This crate contains no networking code, reads no clock and touches no DOM: bytes
//! and randomness are passed in, bytes and events come out. The browser app and the
//! proxy (with its demo server) both build on it; it depends on neither.
//!
//! Layers, each knowing only the ones below it:
//! - [`types`]: commands, responses, response codes, capabilities, session states;
//! - [`codec`]: the incremental reply decoder, command encoding and the server-side
//!   command parser and reply writer;
//! - [`client`]: the client state machine ([`engine`]: push bytes in, pull events
//!   out) and its authentication exchanges ([`sasl`], [`apop`]);
//! - [`annotate`]: a plain-language explanation of every line, with its RFC section;
//! - [`import`]: pasted transcripts (`C:`/`S:` or `Client:`/`Server:` labels in
//!   several languages, flattened sessions, telnet logs) replayed through the engine;
//! - [`check`]: a server conformance check (a report card) run through the engine;
//! - [`server`]: the demo server's sessions and mailboxes, as a state machine;
//! - [`wire`]: the JSON control messages between the browser and the proxy.

pub mod annotate;
pub mod check;
pub mod client;
pub mod codec;
pub mod import;
mod says;
pub mod secret;
pub mod server;
pub mod types;
pub mod utc;
pub mod wire;

pub use client::{apop, engine, sasl};

pub use apop::lower_hex;
pub use secret::Secret;
