//! One component per file.

pub mod cert_panel;
pub mod commands;
pub mod connection;
pub mod import;
pub mod login;
pub mod mailbox;
pub mod message;
pub mod transcript;
