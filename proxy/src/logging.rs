//! The proxy's logs: `RUST_LOG`'s filter (default `info`), with the libraries
//! that print payload bytes capped whatever that filter says.
//!
//! tungstenite logs every frame it reads or writes at `trace` ("Received
//! message ...": a PASS line, a SASL response) and close frames at `debug`, so
//! its targets are held at `info` by a second filter that a more specific
//! `RUST_LOG` directive cannot override. The proxy's own events never carry
//! POP3 bytes: only sizes, command keywords and escaped hosts.

use tracing::Subscriber;
use tracing::level_filters::LevelFilter;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;

/// Targets whose `debug` and `trace` events print WebSocket payloads.
pub const PAYLOAD_TARGETS: [&str; 2] = ["tungstenite", "tokio_tungstenite"];

/// The filter `RUST_LOG` describes (`default` when unset or malformed).
pub fn env_filter(default: &str) -> EnvFilter {
    EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default))
}

/// Caps [`PAYLOAD_TARGETS`] at `info` and lets everything else through (to
/// the `RUST_LOG` filter).
pub fn payload_guard() -> Targets {
    PAYLOAD_TARGETS.iter().fold(
        Targets::new().with_default(LevelFilter::TRACE),
        |t, target| t.with_target(*target, LevelFilter::INFO),
    )
}

/// The subscriber the command line installs: `filter`, then
/// [`payload_guard`], then formatted lines to `writer` (coloured with `ansi`).
pub fn subscriber<W>(
    filter: EnvFilter,
    writer: W,
    ansi: bool,
) -> impl Subscriber + Send + Sync + 'static
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::registry()
        .with(filter)
        .with(payload_guard())
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(writer)
                .with_ansi(ansi),
        )
}
