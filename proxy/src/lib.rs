//! pop3-proxy: a WebSocket <-> TCP/TLS bridge that lets the browser app reach
//! real POP3 servers, with a demo POP3 server and static serving of the app.
//!
//! Security defaults (see the README): loopback bind, an Origin allow-list
//! checked before the WebSocket upgrade, a Host allow-list against DNS
//! rebinding, a target port allow-list checked before dialling, private targets
//! refused when listening publicly, verified TLS with per-connection pins only,
//! limits on sessions, message size and idle time, and no payload in logs.

pub mod deadline;
pub mod demo;
pub mod http;
pub mod logging;
pub mod metrics;
pub mod policy;
pub mod session;
pub mod tls;

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pop3::wire::ErrorCode;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
/// The tracker [`run`] waits on at shutdown; [`demo::serve`] spawns on it too.
pub use tokio_util::task::TaskTracker;
use tracing::{Instrument, debug, info, info_span, warn};

use crate::deadline::WriteDeadline;
use crate::http::Rewind;
use crate::metrics::{ActiveSession, Metrics};
use crate::policy::{Policy, escape_for_log};
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
    /// `--max-sessions-per-ip`: concurrent sessions of one client address (an
    /// IPv6 /64) in public mode.
    pub const MAX_SESSIONS_PER_IP: usize = 8;
    /// `--idle-timeout`: a session with no traffic for this long is closed, and
    /// a write that makes no progress for this long fails.
    pub const IDLE_TIMEOUT: Duration = Duration::from_secs(300);
    /// `--first-message-timeout`: how long a new WebSocket may wait before
    /// sending `connect`.
    pub const FIRST_MESSAGE_TIMEOUT: Duration = Duration::from_secs(10);
    /// `--max-pending`: connections still sending their HTTP request head (or
    /// receiving a file); more are dropped at accept.
    pub const MAX_PENDING: usize = 256;
    /// `--head-timeout`: how long a client may take to send its request head;
    /// an HTTP response that makes no progress for this long is abandoned.
    pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
    /// How long shutdown waits for sessions to send their last messages
    /// before it abandons them.
    pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);
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
    /// Concurrent sessions of one client address in public mode.
    pub max_sessions_per_ip: usize,
    /// Largest WebSocket message accepted from the browser.
    pub max_message: usize,
    /// DNS and TCP connect timeout.
    pub connect_timeout: Duration,
    /// TLS handshake timeout.
    pub tls_timeout: Duration,
    /// A session with no traffic for this long is closed; a write without
    /// progress for this long fails.
    pub idle_timeout: Duration,
    /// How long a new WebSocket may wait before sending `connect`.
    pub first_message_timeout: Duration,
    /// Connections in the HTTP phase (request head, or a file response).
    pub max_pending: usize,
    /// How long a request head may take; how long an HTTP response may stall.
    pub head_timeout: Duration,
    /// How long shutdown waits for connections before abandoning them.
    pub shutdown_grace: Duration,
    /// Serve Prometheus metrics at `/metrics`.
    pub metrics: bool,
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
                dev_origins: false,
                require_origin: false,
                ports: defaults::PORTS.into(),
                allow_private: false,
                demo_addrs: Vec::new(),
                trusted_proxies: Vec::new(),
            },
            target: None,
            max_sessions: defaults::MAX_SESSIONS,
            max_sessions_per_ip: defaults::MAX_SESSIONS_PER_IP,
            max_message: defaults::MAX_MESSAGE,
            connect_timeout: defaults::CONNECT_TIMEOUT,
            tls_timeout: defaults::TLS_TIMEOUT,
            idle_timeout: defaults::IDLE_TIMEOUT,
            first_message_timeout: defaults::FIRST_MESSAGE_TIMEOUT,
            max_pending: defaults::MAX_PENDING,
            head_timeout: defaults::HEAD_TIMEOUT,
            shutdown_grace: defaults::SHUTDOWN_GRACE,
            metrics: false,
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
    /// Counters for `/metrics` (kept whether or not they are served).
    pub metrics: Arc<Metrics>,
    sessions: Arc<Semaphore>,
    per_ip: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// What an admitted session holds until it ends: its slot, its client
/// address's slot, and its place in the active-sessions gauge.
#[derive(Debug)]
pub struct Admitted {
    _slot: OwnedSemaphorePermit,
    _per_ip: Option<IpSlot>,
    _active: ActiveSession,
}

/// One session of a client address, counted until dropped.
#[derive(Debug)]
struct IpSlot {
    key: IpAddr,
    counts: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl Drop for IpSlot {
    fn drop(&mut self) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = counts.get_mut(&self.key) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                counts.remove(&self.key);
            }
        }
    }
}

/// The address a per-client cap counts: IPv4 as is, IPv6 by its /64 (one
/// host usually holds a whole /64).
fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1))),
        },
    }
}

impl Shared {
    /// State for a proxy with this configuration and TLS context.
    pub fn new(config: Config, tls: TlsContext) -> Self {
        Shared {
            sessions: Arc::new(Semaphore::new(config.max_sessions)),
            per_ip: Arc::default(),
            metrics: Arc::default(),
            config,
            tls,
        }
    }

    /// Admits a session from `client`, or says why not: the proxy is full, or
    /// (in public mode) that address already has its share.
    pub fn admit(&self, client: IpAddr) -> Result<Admitted, String> {
        let Ok(slot) = self.sessions.clone().try_acquire_owned() else {
            return Err(format!(
                "the proxy is at its limit of {} sessions; try again later",
                self.config.max_sessions
            ));
        };
        let per_ip = if self.config.policy.is_public() {
            let key = client_key(client);
            let mut counts = self.per_ip.lock().unwrap_or_else(|e| e.into_inner());
            let count = counts.entry(key).or_insert(0);
            if *count >= self.config.max_sessions_per_ip {
                return Err(format!(
                    "your address already has {} sessions open, the most this proxy allows; close one and try again",
                    self.config.max_sessions_per_ip
                ));
            }
            *count += 1;
            Some(IpSlot {
                key,
                counts: self.per_ip.clone(),
            })
        } else {
            None
        };
        Ok(Admitted {
            _slot: slot,
            _per_ip: per_ip,
            _active: self.metrics.session_started(),
        })
    }
}

/// The WebSocket path.
pub const WS_PATH: &str = "/ws";

/// Resolves once shutdown is asked for (or its sender is gone).
pub async fn shutting_down(mut shutdown: watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stop| *stop).await;
}

/// Serves until `shutdown` turns true, then stops accepting (the listener is
/// closed at once) and waits, at most [`Config::shutdown_grace`], for every
/// task on `tracker` to end: this proxy's connections, and whatever else was
/// spawned on it, such as the demo server's accept loops and connections
/// ([`demo::serve`]). Tasks still running then are left to the runtime's
/// shutdown. `run` itself must not be spawned on `tracker`.
pub async fn run(
    listener: TcpListener,
    config: Config,
    tls: TlsContext,
    shutdown: watch::Receiver<bool>,
    tracker: TaskTracker,
) {
    run_shared(
        listener,
        Arc::new(Shared::new(config, tls)),
        shutdown,
        tracker,
    )
    .await
}

/// [`run`] with state made by the caller (who can then read its metrics).
pub async fn run_shared(
    listener: TcpListener,
    shared: Arc<Shared>,
    shutdown: watch::Receiver<bool>,
    tracker: TaskTracker,
) {
    let pending = Arc::new(Semaphore::new(shared.config.max_pending));
    let mut id = 0u64;
    loop {
        let (tcp, peer) = tokio::select! {
            biased;
            _ = shutting_down(shutdown.clone()) => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        // Slowloris: connections that have not finished their request head
        // are capped; past the cap, new ones are dropped at once.
        let Ok(pending) = pending.clone().try_acquire_owned() else {
            shared.metrics.pending_refused();
            debug!(%peer, "refused: too many connections in the HTTP phase");
            continue;
        };
        id += 1;
        let shared = shared.clone();
        let shutdown = shutdown.clone();
        tracker.spawn(
            async move {
                if let Err(e) = handle(tcp, peer, shared, pending, shutdown).await {
                    debug!("connection ended: {e}");
                }
            }
            .instrument(info_span!("conn", id, %peer, client = tracing::field::Empty)),
        );
    }
    // No new connections from here on.
    drop(listener);
    info!("shutting down: waiting for {} task(s)", tracker.len());
    tracker.close();
    if tokio::time::timeout(shared.config.shutdown_grace, tracker.wait())
        .await
        .is_err()
    {
        warn!(
            "{} task(s) still running after {} s: abandoning them",
            tracker.len(),
            shared.config.shutdown_grace.as_secs_f32()
        );
    }
}

/// One HTTP connection: a WebSocket upgrade, the metrics, or file requests (kept
/// alive between them, each head within the head timeout).
async fn handle(
    tcp: TcpStream,
    peer: SocketAddr,
    shared: Arc<Shared>,
    pending: OwnedSemaphorePermit,
    shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    // Interactive traffic: small replies must not wait for Nagle's algorithm.
    let _ = tcp.set_nodelay(true);
    let config = &shared.config;
    let mut tcp = WriteDeadline::new(tcp, config.head_timeout);
    let mut rest = Vec::new();
    // The forwarded client last written into the span: a field recorded again
    // is printed again on every line, so only a change is recorded.
    let mut recorded = peer.ip();
    loop {
        let head = tokio::select! {
            biased;
            _ = shutting_down(shutdown.clone()) => return Ok(()),
            head = tokio::time::timeout(
                config.head_timeout,
                http::read_head(&mut tcp, std::mem::take(&mut rest)),
            ) => head,
        };
        let Some(head) = head
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no request head"))??
        else {
            return Ok(());
        };
        let policy = &config.policy;
        let client = policy.client_ip(
            peer.ip(),
            head.forwarded.as_deref(),
            head.x_forwarded_for.as_deref(),
        );
        if client != recorded {
            tracing::Span::current().record("client", tracing::field::display(client));
            recorded = client;
        }
        if !policy.host_allowed(head.host.as_deref()) {
            shared.metrics.refused(ErrorCode::HostNotAllowed);
            warn!(
                host = %escape_for_log(head.host.as_deref().unwrap_or_default(), 80),
                "refused: Host header not allowed (DNS rebinding defence)"
            );
            return http::respond(
                &mut tcp,
                "403 Forbidden",
                "host_not_allowed: this proxy only answers to localhost\n",
            )
            .await;
        }
        if head.websocket && head.path == WS_PATH {
            if !policy.origin_allowed(head.origin.as_deref()) {
                shared.metrics.refused(ErrorCode::OriginNotAllowed);
                warn!(
                    origin = %escape_for_log(head.origin.as_deref().unwrap_or_default(), 80),
                    "refused: Origin not allowed"
                );
                return http::respond(
                    &mut tcp,
                    "403 Forbidden",
                    "origin_not_allowed: start the proxy with --allow-origin to allow this page\n",
                )
                .await;
            }
            return upgrade(tcp, head, shared, client, pending, shutdown).await;
        }
        if head.path == WS_PATH {
            // The app asks this way whether a proxy answers beside the page.
            return http::respond(
                &mut tcp,
                "426 Upgrade Required",
                "pop3-proxy: this is the WebSocket endpoint\n",
            )
            .await;
        }
        if config.metrics && head.path == metrics::PATH {
            if head.method != "GET" {
                return http::respond(&mut tcp, "405 Method Not Allowed", "only GET\n").await;
            }
            let body = shared.metrics.render();
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            tcp.write_all(response.as_bytes()).await?;
            return tcp.shutdown().await;
        }
        let Some(root) = &config.web else {
            return http::respond(
                &mut tcp,
                "404 Not Found",
                "pop3-proxy: the WebSocket endpoint is /ws\n",
            )
            .await;
        };
        if !http::serve_file(&mut tcp, root, &head).await? {
            return Ok(());
        }
        rest = head.rest().to_vec();
    }
}

// tungstenite's handshake callback must return its large `ErrorResponse`.
#[allow(clippy::result_large_err)]
async fn upgrade(
    mut tcp: WriteDeadline<TcpStream>,
    head: http::RequestHead,
    shared: Arc<Shared>,
    client: IpAddr,
    pending: OwnedSemaphorePermit,
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
    // From here on a browser that stops reading is dropped after the idle
    // timeout.
    tcp.set_limit(shared.config.idle_timeout);
    let ws = tokio::time::timeout(
        shared.config.head_timeout,
        tokio_tungstenite::accept_hdr_async_with_config(
            Rewind::new(head.raw, tcp),
            select_subprotocol,
            Some(config),
        ),
    )
    .await
    .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "WebSocket handshake"))?
    .map_err(std::io::Error::other)?;
    drop(pending);
    if fixed {
        session::run_fixed(ws, shared, client, shutdown).await;
    } else {
        session::run(ws, shared, client, shutdown).await;
    }
    Ok(())
}
