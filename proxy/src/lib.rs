//! pop3-proxy: a WebSocket <-> TCP/TLS bridge that lets the browser app reach
//! real POP3 servers, with a demo POP3 server and static serving of the app.
//!
//! Security defaults (see the README): loopback bind, an Origin allow-list
//! checked before the WebSocket upgrade, a Host allow-list against DNS
//! rebinding, a target port allow-list checked before dialling, private targets
//! refused when listening publicly, verified TLS with per-connection pins only,
//! limits on sessions, message size and idle time, and no payload in logs.

pub mod demo;
pub mod http;
pub mod policy;
pub mod session;
pub mod tls;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
/// The tracker [`run`] waits on at shutdown; [`demo::serve`] spawns on it too.
pub use tokio_util::task::TaskTracker;
use tracing::{Instrument, debug, info, info_span, warn};

use crate::http::Rewind;
use crate::policy::Policy;
use crate::tls::TlsContext;

/// The defaults of the command line, which [`Config::new`] uses too.
pub mod defaults {
    use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
    use std::time::Duration;

    /// `--listen`: HTTP and WebSocket connections, on loopback only.
    pub const LISTEN: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 8110));
    /// `--demo-listen`: the demo server's plain (and STLS) listener.
    pub const DEMO_LISTEN: SocketAddr =
        SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 1110));
    /// `--demo-tls-listen`: the demo server's implicit-TLS listener.
    pub const DEMO_TLS_LISTEN: SocketAddr =
        SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 1995));
    /// Target ports allowed without `--allow-port`: POP3 and POP3S.
    pub const PORTS: [u16; 2] = [110, 995];
    /// `--max-sessions`: concurrent WebSocket sessions.
    pub const MAX_SESSIONS: usize = 64;
    /// `--idle-timeout`: a session with no traffic for this long is closed.
    pub const IDLE_TIMEOUT: Duration = Duration::from_secs(300);
    /// Largest WebSocket message accepted from the browser.
    pub const MAX_MESSAGE: usize = 1024 * 1024;
    /// DNS and TCP connect timeout.
    pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
    /// TLS handshake timeout.
    pub const TLS_TIMEOUT: Duration = Duration::from_secs(15);
}

/// A fixed target for websockify-compatible mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Host name or address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Whether to speak TLS to it from the start.
    pub tls: bool,
}

/// Everything the proxy needs to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Serve the built app from this folder.
    pub web: Option<PathBuf>,
    /// Who may connect and where to.
    pub policy: Policy,
    /// websockify-compatible mode.
    pub target: Option<Target>,
    /// Concurrent WebSocket sessions.
    pub max_sessions: usize,
    /// Largest WebSocket message accepted from the browser.
    pub max_message: usize,
    /// DNS and TCP connect timeout.
    pub connect_timeout: Duration,
    /// TLS handshake timeout.
    pub tls_timeout: Duration,
    /// A session with no traffic for this long is closed.
    pub idle_timeout: Duration,
}

impl Config {
    /// The defaults (those of the command line, [`defaults`]) for a proxy
    /// listening on `listen`.
    pub fn new(listen: SocketAddr) -> Self {
        Config {
            web: None,
            policy: Policy {
                listen,
                extra_origins: Default::default(),
                require_origin: false,
                ports: defaults::PORTS.into(),
                allow_private: false,
                demo_addrs: Vec::new(),
            },
            target: None,
            max_sessions: defaults::MAX_SESSIONS,
            max_message: defaults::MAX_MESSAGE,
            connect_timeout: defaults::CONNECT_TIMEOUT,
            tls_timeout: defaults::TLS_TIMEOUT,
            idle_timeout: defaults::IDLE_TIMEOUT,
        }
    }
}

impl Default for Config {
    /// The command line's defaults, listening on [`defaults::LISTEN`].
    fn default() -> Self {
        Config::new(defaults::LISTEN)
    }
}

/// State shared by all sessions.
#[derive(Debug)]
pub struct Shared {
    /// The configuration.
    pub config: Config,
    /// TLS roots and provider.
    pub tls: TlsContext,
    sessions: Arc<Semaphore>,
}

/// The WebSocket path.
pub const WS_PATH: &str = "/ws";

/// Serves until `shutdown` turns true, then waits for every task on `tracker`
/// to end: this proxy's connections, and whatever else was spawned on it, such
/// as the demo server's accept loops and connections ([`demo::serve`]).
/// `run` itself must not be spawned on `tracker`.
pub async fn run(
    listener: TcpListener,
    config: Config,
    tls: TlsContext,
    mut shutdown: watch::Receiver<bool>,
    tracker: TaskTracker,
) {
    let shared = Arc::new(Shared {
        sessions: Arc::new(Semaphore::new(config.max_sessions)),
        config,
        tls,
    });
    let mut id = 0u64;
    loop {
        let (tcp, peer) = tokio::select! {
            biased;
            _ = shutdown.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        id += 1;
        let shared = shared.clone();
        let shutdown = shutdown.clone();
        tracker.spawn(
            async move {
                if let Err(e) = handle(tcp, shared, shutdown).await {
                    debug!("connection ended: {e}");
                }
            }
            .instrument(info_span!("conn", id, %peer)),
        );
    }
    info!("shutting down: waiting for {} task(s)", tracker.len());
    tracker.close();
    tracker.wait().await;
}

/// One HTTP connection: a WebSocket upgrade or a file request.
async fn handle(
    mut tcp: TcpStream,
    shared: Arc<Shared>,
    shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    // Interactive traffic: small replies must not wait for Nagle's algorithm.
    let _ = tcp.set_nodelay(true);
    let Some(head) = tokio::time::timeout(http::HEAD_TIMEOUT, http::read_head(&mut tcp))
        .await
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no request head"))??
    else {
        return Ok(());
    };
    let policy = &shared.config.policy;
    if !policy.host_allowed(head.host.as_deref()) {
        warn!(host = ?head.host, "refused: Host header not allowed (DNS rebinding defence)");
        return http::respond(
            &mut tcp,
            "403 Forbidden",
            "host_not_allowed: this proxy only answers to localhost\n",
        )
        .await;
    }
    if head.websocket && head.path == WS_PATH {
        if !policy.origin_allowed(head.origin.as_deref()) {
            warn!(origin = ?head.origin, "refused: Origin not allowed");
            return http::respond(
                &mut tcp,
                "403 Forbidden",
                "origin_not_allowed: start the proxy with --allow-origin to allow this page\n",
            )
            .await;
        }
        return upgrade(tcp, head, shared, shutdown).await;
    }
    match &shared.config.web {
        Some(root) => http::serve_file(&mut tcp, root, &head).await,
        None => {
            http::respond(
                &mut tcp,
                "404 Not Found",
                "pop3-proxy: the WebSocket endpoint is /ws\n",
            )
            .await
        }
    }
}

// tungstenite's handshake callback must return its large `ErrorResponse`.
#[allow(clippy::result_large_err)]
async fn upgrade(
    tcp: TcpStream,
    head: http::RequestHead,
    shared: Arc<Shared>,
    shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let fixed = shared.config.target.is_some();
    // The app offers no subprotocol (Trunk's dev proxy would break it); select
    // ours or websockify's "binary" only when offered.
    let wanted = if fixed {
        "binary"
    } else {
        pop3::wire::SUBPROTOCOL
    };
    let select_subprotocol = |request: &Request, mut response: Response| {
        let offered = request
            .headers()
            .get_all("sec-websocket-protocol")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|p| p.trim() == wanted);
        if offered {
            response
                .headers_mut()
                .insert("sec-websocket-protocol", HeaderValue::from_static(wanted));
        }
        Ok(response)
    };
    // No permessage-deflate: tungstenite does not negotiate it, which Trunk's
    // dev proxy needs.
    // Small buffers: the browser sends short commands, and an idle session
    // should cost little memory (the defaults are 128 KiB each).
    let config = WebSocketConfig::default()
        .max_message_size(Some(shared.config.max_message))
        .max_frame_size(Some(shared.config.max_message))
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0);
    let ws = tokio_tungstenite::accept_hdr_async_with_config(
        Rewind::new(head.raw, tcp),
        select_subprotocol,
        Some(config),
    )
    .await
    .map_err(std::io::Error::other)?;
    let permit = shared.sessions.clone().try_acquire_owned().ok();
    if fixed {
        session::run_fixed(ws, shared, permit, shutdown).await;
    } else {
        session::run(ws, shared, permit, shutdown).await;
    }
    Ok(())
}
