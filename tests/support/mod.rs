//! Helpers shared by the native integration tests: a throwaway Dovecot server, a
//! synchronous driver that runs the `pop3` engine over a real socket, and nginx in
//! front of `pop3-proxy` processes.
//!
//! Each test binary uses only part of this, hence the `dead_code` allowance.
#![allow(dead_code)]

pub mod dovecot;
pub mod driver;
pub mod nginx;
pub mod proxy_process;
pub mod ws;
