//! One component per file.

pub mod cert_panel;
pub mod commands;
pub mod connection;
pub mod diagram;
pub mod export;
pub mod import;
pub mod lessons;
pub mod login;
pub mod mailbox;
pub mod message;
mod rows;
pub mod server_check;
pub mod transcript;
pub mod wire_text;
