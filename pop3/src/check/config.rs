//! What to check and how.

use crate::secret::Secret;

/// How the connection is protected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Security {
    /// Plain TCP; STLS is looked for but not used.
    #[default]
    Plain,
    /// Plain TCP, upgraded with STLS right after the greeting.
    Stls,
    /// TLS from the first byte (port 995).
    Implicit,
}

/// What to check and how.
#[derive(Debug, Clone)]
pub struct Config {
    /// What the report names, e.g. `pop.example.org:110 as alice`: the
    /// caller's words, which the report keeps as they are.
    pub server: String,
    /// The login name.
    pub user: String,
    /// The password.
    pub password: Secret<String>,
    /// How the connection is protected.
    pub security: Security,
    /// Fresh client randomness for SCRAM.
    pub nonce: String,
    /// Also try APOP and every SASL mechanism offered, one session each.
    pub alternative_logins: bool,
    /// Replies slower than this (median per command) get a warning.
    pub slow_ms: u64,
    /// A reply that takes longer than this fails its probe.
    pub reply_timeout_ms: u64,
    /// RETR only messages up to this size.
    pub max_retr_octets: u64,
    /// RETR at most this many messages.
    pub max_retr_messages: usize,
    /// Open at most this many sessions (reconnections after drops included).
    pub max_sessions: u32,
}

impl Config {
    /// Defaults for a user and password.
    pub fn new(user: impl Into<String>, password: impl Into<String>) -> Config {
        Config {
            server: String::new(),
            user: user.into(),
            password: Secret::new(password.into()),
            security: Security::Plain,
            nonce: "pop3-playground-check".into(),
            alternative_logins: true,
            slow_ms: 1000,
            reply_timeout_ms: 30_000,
            max_retr_octets: 256 * 1024,
            max_retr_messages: 10,
            max_sessions: 14,
        }
    }
}
