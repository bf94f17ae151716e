//! The session: settings, the transcript of typed facts, and the reducer that
//! ties them to the protocol engine.

mod reducer;
mod settings;
mod transcript;

pub use reducer::{
    Action, Bodies, Env, HEADERS_FETCHED, Link, LoginError, MessageInfo, Pick, Session, Transport,
};
pub use settings::{
    PRESETS, Preset, ProxyKind, ProxyPresence, Route, Security, Settings, TLS_FAULTS, Via,
    is_loopback, port_for_security,
};
pub use transcript::{
    Body, Closer, Dir, Entry, Fact, Hop, ImportFormat, Refusal, ReplyStatus, TlsUp, Transcript,
    Trust,
};

#[cfg(test)]
mod tests;
