//! The client side: the engine (push bytes in, pull events out) and the
//! logins it runs, SASL (RFC 5034) and APOP (RFC 1939 §7). The crate root
//! re-exports each as `pop3::engine`, `pop3::sasl` and `pop3::apop`.

pub mod apop;
pub mod engine;
pub mod sasl;
