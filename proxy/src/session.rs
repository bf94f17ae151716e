//! One WebSocket session: the control channel, the connection to the POP3
//! server, and the byte pump between them.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::BytesMut;
use futures_util::{SinkExt, StreamExt};
use pop3::wire::{ClientMessage, ClosedBy, ErrorCode, ProxyMessage, TlsFailure, TlsInfo, TlsMode};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio::time::{Instant, sleep_until, timeout};
use tokio_rustls::client::TlsStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::{self, Message};
use tracing::{debug, info, warn};

use crate::policy::{TargetRefusal, escape_for_log, parse_host};
use crate::tls::HandshakeFailure;
use crate::{Shared, shutting_down};

/// The read buffer for server bytes starts this small (idle sessions are cheap)
/// and doubles while reads fill it, up to [`MAX_READ`] (bulk transfers make few,
/// large frames).
const MIN_READ: usize = 4 * 1024;
/// See [`MIN_READ`].
const MAX_READ: usize = 256 * 1024;

/// The connection to the POP3 server, before or after TLS.
enum Upstream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    /// Only while switching to TLS.
    Switching,
}

impl AsyncRead for Upstream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Upstream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Upstream::Tls(s) => Pin::new(s).poll_read(cx, buf),
            Upstream::Switching => Poll::Ready(Err(io::ErrorKind::NotConnected.into())),
        }
    }
}

impl AsyncWrite for Upstream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Upstream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Upstream::Tls(s) => Pin::new(s).poll_write(cx, buf),
            Upstream::Switching => Poll::Ready(Err(io::ErrorKind::NotConnected.into())),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Upstream::Plain(s) => Pin::new(s).poll_flush(cx),
            Upstream::Tls(s) => Pin::new(s).poll_flush(cx),
            Upstream::Switching => Poll::Ready(Ok(())),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Upstream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Upstream::Tls(s) => Pin::new(s).poll_shutdown(cx),
            Upstream::Switching => Poll::Ready(Ok(())),
        }
    }
}

/// A session's reason to stop, sent to the browser before closing.
struct Stop {
    error: Option<(ErrorCode, String, Option<TlsInfo>, Option<TlsFailure>)>,
    by: ClosedBy,
    reason: String,
}

impl Stop {
    fn closed(by: ClosedBy, reason: impl Into<String>) -> Self {
        Stop {
            error: None,
            by,
            reason: reason.into(),
        }
    }

    fn error(code: ErrorCode, message: impl Into<String>) -> Self {
        let message = message.into();
        Stop {
            error: Some((code, message.clone(), None, None)),
            by: ClosedBy::Proxy,
            reason: message,
        }
    }

    fn tls(failure: HandshakeFailure) -> Self {
        let code = if failure.untrusted {
            ErrorCode::CertUntrusted
        } else {
            ErrorCode::TlsFailed
        };
        let message = if failure.untrusted {
            format!(
                "the server's certificate is not trusted: {}",
                failure.message
            )
        } else {
            format!("TLS handshake failed: {}", failure.message)
        };
        Stop {
            error: Some((code, message.clone(), failure.info, failure.cause)),
            by: ClosedBy::Proxy,
            reason: message,
        }
    }
}

type Ws<S> = WebSocketStream<S>;

/// How long, once shutdown is asked, a session may still spend sending its
/// last messages.
const FINAL_GRACE: Duration = Duration::from_secs(1);

async fn send_control<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut Ws<S>,
    message: &ProxyMessage,
) -> Result<(), tungstenite::Error> {
    let json = serde_json::to_string(message).map_err(|e| {
        tungstenite::Error::Io(io::Error::new(io::ErrorKind::InvalidData, e.to_string()))
    })?;
    ws.send(Message::Text(json.into())).await
}

/// The stop for a failed send to the browser: it left, or (the socket's
/// [`WriteDeadline`](crate::deadline::WriteDeadline)) it stopped reading.
fn send_failed(e: tungstenite::Error, shared: &Shared) -> Stop {
    match e {
        tungstenite::Error::Io(e) if e.kind() == io::ErrorKind::TimedOut => Stop::closed(
            ClosedBy::Proxy,
            format!(
                "the browser read nothing for {} s",
                shared.config.idle_timeout.as_secs()
            ),
        ),
        _ => Stop::closed(ClosedBy::Client, "the browser left"),
    }
}

/// Where a session is connected: what STLS needs to verify the server.
struct Connected {
    host: String,
    /// The dialled address is one of the demo server's.
    demo: bool,
}

/// Runs a session with the v1 control channel for a browser at `client`.
pub async fn run<S: AsyncRead + AsyncWrite + Unpin>(
    mut ws: Ws<S>,
    shared: Arc<Shared>,
    client: IpAddr,
    shutdown: watch::Receiver<bool>,
) {
    let admitted = shared.admit(client);
    let stop = match &admitted {
        Err(message) => Stop::error(ErrorCode::TooManySessions, message.clone()),
        Ok(_) => {
            let served = async {
                match open(&mut ws, &shared).await {
                    Err(stop) => stop,
                    Ok((upstream, connected)) => {
                        pump(&mut ws, upstream, &shared, Some(&connected)).await
                    }
                }
            };
            tokio::select! {
                biased;
                _ = shutting_down(shutdown.clone()) => Stop::closed(ClosedBy::Proxy, "the proxy is shutting down"),
                stop = served => stop,
            }
        }
    };
    finish(&mut ws, &shared, stop, shutdown).await;
    drop(admitted);
}

/// Runs a websockify-style session: a fixed target, bytes only.
pub async fn run_fixed<S: AsyncRead + AsyncWrite + Unpin>(
    mut ws: Ws<S>,
    shared: Arc<Shared>,
    client: IpAddr,
    shutdown: watch::Receiver<bool>,
) {
    let Some(target) = shared.config.target.clone() else {
        return;
    };
    let admitted = shared.admit(client);
    let stop = match &admitted {
        Err(message) => Stop::error(ErrorCode::TooManySessions, message.clone()),
        Ok(_) => {
            let served = async {
                let (tcp, peer) = dial_unchecked(&shared, &target.host, target.port).await?;
                let demo = shared.config.policy.is_demo(peer);
                let upstream = if target.tls {
                    let (stream, _) = handshake(&shared, tcp, &target.host, None, demo).await?;
                    Upstream::Tls(Box::new(stream))
                } else {
                    Upstream::Plain(tcp)
                };
                Ok::<_, Stop>(pump(&mut ws, upstream, &shared, None).await)
            };
            tokio::select! {
                biased;
                _ = shutting_down(shutdown.clone()) => Stop::closed(ClosedBy::Proxy, "the proxy is shutting down"),
                stop = served => stop.unwrap_or_else(|stop| stop),
            }
        }
    };
    if let Some((code, ..)) = &stop.error {
        shared.metrics.refused(*code);
    }
    info!(by = ?stop.by, reason = %escape_for_log(&stop.reason, 300), "fixed-target session ended");
    tokio::select! {
        _ = ws.close(None) => {}
        _ = final_grace(shutdown) => {}
    }
    drop(admitted);
}

/// Resolves [`FINAL_GRACE`] after shutdown is asked for.
async fn final_grace(shutdown: watch::Receiver<bool>) {
    shutting_down(shutdown).await;
    tokio::time::sleep(FINAL_GRACE).await;
}

/// Sends the final error and `closed` messages, then closes the WebSocket.
/// Each write is bounded by the socket's write deadline, and all of them by
/// [`FINAL_GRACE`] once the proxy shuts down.
async fn finish<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut Ws<S>,
    shared: &Shared,
    stop: Stop,
    shutdown: watch::Receiver<bool>,
) {
    let reason = escape_for_log(&stop.reason, 300);
    if let Some((code, message, _, cause)) = &stop.error {
        shared.metrics.refused(*code);
        info!(
            code = code.as_str(),
            cause = cause.map(|c| c.as_str()),
            message = %escape_for_log(message, 300),
            "session error"
        );
    }
    info!(by = ?stop.by, %reason, "session closed");
    let writes = async {
        if let Some((code, message, tls, cause)) = stop.error
            && send_control(
                ws,
                &ProxyMessage::Error {
                    code,
                    message,
                    tls,
                    cause,
                },
            )
            .await
            .is_err()
        {
            return;
        }
        let closed = ProxyMessage::Closed {
            by: stop.by,
            reason: stop.reason,
        };
        if send_control(ws, &closed).await.is_ok() {
            let _ = ws.close(None).await;
        }
    };
    tokio::select! {
        _ = writes => {}
        _ = final_grace(shutdown) => debug!("last messages abandoned at shutdown"),
    }
}

/// Waits for `connect`, checks it, dials, and reports `connected`.
async fn open<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut Ws<S>,
    shared: &Shared,
) -> Result<(Upstream, Connected), Stop> {
    let wait = shared.config.first_message_timeout;
    let message = match timeout(wait, ws.next()).await {
        Err(_) => {
            return Err(Stop::error(
                ErrorCode::IdleTimeout,
                format!("no connect message arrived within {} s", wait.as_secs()),
            ));
        }
        Ok(None) | Ok(Some(Ok(Message::Close(_)))) => {
            return Err(Stop::closed(ClosedBy::Client, "the browser left"));
        }
        Ok(Some(Err(e))) => return Err(ws_error(e)),
        Ok(Some(Ok(Message::Text(text)))) => text,
        Ok(Some(Ok(_))) => {
            return Err(Stop::error(
                ErrorCode::BadRequest,
                "the first message must be a JSON connect message",
            ));
        }
    };
    let (raw_host, port, tls, pin) = match serde_json::from_str::<ClientMessage>(&message) {
        Ok(ClientMessage::Connect {
            host,
            port,
            tls,
            pin_sha256,
        }) => (host, port, tls, pin_sha256),
        Ok(_) => {
            return Err(Stop::error(
                ErrorCode::BadRequest,
                "the first message must be connect",
            ));
        }
        Err(e) => return Err(not_a_control_message(&e)),
    };
    let host = match parse_host(&raw_host) {
        Ok(host) => host,
        Err(e) => {
            warn!(
                host = %escape_for_log(&raw_host, 64),
                len = raw_host.len(),
                "refused: invalid host"
            );
            return Err(Stop::error(ErrorCode::BadRequest, e.to_string()));
        }
    };
    let host = host.to_string();
    if !shared.config.policy.port_allowed(port) {
        return Err(Stop::error(
            ErrorCode::PortNotAllowed,
            format!(
                "port {port} is not allowed (allowed: {:?}; start the proxy with --allow-port {port} to add it)",
                shared.config.policy.ports
            ),
        ));
    }
    info!(%host, port, tls = ?tls, "connect requested");
    let (tcp, peer) = dial(shared, &host, port).await?;
    let demo = shared.config.policy.is_demo(peer);
    if demo {
        shared.metrics.demo_session();
    }
    let (upstream, info) = match tls {
        TlsMode::None => (Upstream::Plain(tcp), None),
        TlsMode::Implicit => {
            let (stream, info) = handshake(shared, tcp, &host, pin.as_deref(), demo).await?;
            (Upstream::Tls(Box::new(stream)), Some(info))
        }
    };
    info!(%peer, "connected");
    let connected = ProxyMessage::Connected {
        peer: peer.to_string(),
        tls: info,
    };
    if let Err(e) = send_control(ws, &connected).await {
        return Err(send_failed(e, shared));
    }
    Ok((upstream, Connected { host, demo }))
}

/// A control message that does not parse: serde's words, escaped and cut (they
/// may quote the input).
fn not_a_control_message(e: &serde_json::Error) -> Stop {
    Stop::error(
        ErrorCode::BadRequest,
        format!(
            "not a valid control message: {}",
            escape_for_log(&e.to_string(), 120)
        ),
    )
}

/// Resolves `host` (validated by [`parse_host`]) once, checks every address,
/// and dials the allowed ones in turn. In public mode the errors do not show
/// the addresses.
async fn dial(shared: &Shared, host: &str, port: u16) -> Result<(TcpStream, SocketAddr), Stop> {
    let policy = &shared.config.policy;
    let addrs = resolve(shared, host, port).await?;
    let mut refusals = Vec::new();
    let allowed: Vec<SocketAddr> = addrs
        .iter()
        .copied()
        .filter(|a| match policy.check_target(*a) {
            Ok(()) => true,
            Err(refusal) => {
                refusals.push((*a, refusal));
                false
            }
        })
        .collect();
    if allowed.is_empty() {
        for (addr, refusal) in &refusals {
            info!(%addr, ?refusal, "target refused");
        }
        if refusals
            .iter()
            .any(|(_, r)| matches!(r, TargetRefusal::Port))
        {
            return Err(Stop::error(
                ErrorCode::PortNotAllowed,
                format!(
                    "port {port} is open only towards the demo server (start the proxy with --allow-port {port} to open it)"
                ),
            ));
        }
        let message = if policy.is_public() {
            format!(
                "{host} resolves only to addresses this proxy does not reach when it serves the public: loopback, private, link-local or other special-purpose ranges (see --allow-private)"
            )
        } else {
            format!(
                "{host} resolves only to addresses this proxy does not reach ({})",
                addrs[0].ip()
            )
        };
        return Err(Stop::error(ErrorCode::HostNotAllowed, message));
    }
    connect_any(shared, host, port, &allowed).await
}

/// The fixed target of websockify mode, configured by the operator: resolved
/// and dialled without the policy.
async fn dial_unchecked(
    shared: &Shared,
    host: &str,
    port: u16,
) -> Result<(TcpStream, SocketAddr), Stop> {
    let addrs = resolve(shared, host, port).await?;
    connect_any(shared, host, port, &addrs).await
}

async fn resolve(shared: &Shared, host: &str, port: u16) -> Result<Vec<SocketAddr>, Stop> {
    let addrs: Vec<SocketAddr> = match timeout(
        shared.config.connect_timeout,
        tokio::net::lookup_host((host, port)),
    )
    .await
    {
        Err(_) => {
            return Err(Stop::error(
                ErrorCode::Timeout,
                format!("looking up {host} took too long"),
            ));
        }
        Ok(Err(e)) => {
            debug!("lookup failed: {e}");
            return Err(Stop::error(
                ErrorCode::DnsFailed,
                format!("could not resolve {host}"),
            ));
        }
        Ok(Ok(addrs)) => addrs.collect(),
    };
    if addrs.is_empty() {
        return Err(Stop::error(
            ErrorCode::DnsFailed,
            format!("{host} has no addresses"),
        ));
    }
    Ok(addrs)
}

async fn connect_any(
    shared: &Shared,
    host: &str,
    port: u16,
    addrs: &[SocketAddr],
) -> Result<(TcpStream, SocketAddr), Stop> {
    let public = shared.config.policy.is_public();
    // In public mode the address stays in the log.
    let shown = |addr: &SocketAddr| {
        if public {
            format!("{host} port {port}")
        } else {
            addr.to_string()
        }
    };
    let mut last_error = String::new();
    let mut timed_out = false;
    for addr in addrs {
        match timeout(shared.config.connect_timeout, TcpStream::connect(addr)).await {
            Ok(Ok(tcp)) => {
                let _ = tcp.set_nodelay(true);
                return Ok((tcp, *addr));
            }
            Ok(Err(e)) => {
                info!(%addr, "connect failed: {e}");
                last_error = format!("connecting to {} failed: {e}", shown(addr));
                timed_out = false;
            }
            Err(_) => {
                info!(%addr, "connect timed out");
                last_error = format!("connecting to {} timed out", shown(addr));
                timed_out = true;
            }
        }
    }
    let code = if timed_out {
        ErrorCode::Timeout
    } else {
        ErrorCode::ConnectFailed
    };
    Err(Stop::error(code, last_error))
}

async fn handshake(
    shared: &Shared,
    tcp: TcpStream,
    host: &str,
    pin: Option<&str>,
    demo: bool,
) -> Result<(TlsStream<TcpStream>, TlsInfo), Stop> {
    let result = timeout(
        shared.config.tls_timeout,
        shared.tls.connect(tcp, host, pin, demo),
    )
    .await;
    if !matches!(result, Ok(Ok(_))) {
        shared.metrics.tls_failure();
    }
    match result {
        Err(_) => Err(Stop::error(
            ErrorCode::Timeout,
            "the TLS handshake took too long",
        )),
        Ok(Err(failure)) => Err(Stop::tls(failure)),
        Ok(Ok(done)) => Ok(done),
    }
}

fn ws_error(e: tungstenite::Error) -> Stop {
    match e {
        tungstenite::Error::Capacity(c) => {
            Stop::error(ErrorCode::BadRequest, format!("message too large: {c}"))
        }
        tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed => {
            Stop::closed(ClosedBy::Client, "the browser left")
        }
        other => Stop::closed(ClosedBy::Client, format!("WebSocket error: {other}")),
    }
}

/// Copies bytes both ways until one side ends. `connected` is `Some` when the
/// control channel is on (it is needed for STLS). Writes to the server are
/// bounded by the idle timeout; writes to the browser by the socket's
/// [`WriteDeadline`](crate::deadline::WriteDeadline), with the same limit.
async fn pump<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut Ws<S>,
    mut upstream: Upstream,
    shared: &Shared,
    connected: Option<&Connected>,
) -> Stop {
    let idle = shared.config.idle_timeout;
    let metrics = &shared.metrics;
    let mut deadline = Instant::now() + idle;
    // Frames are split off this buffer without copying; once a frame is sent
    // and dropped, `reserve` reuses its memory.
    let mut buf = BytesMut::with_capacity(MIN_READ);
    let mut want = MIN_READ;
    let (mut up, mut down) = (0u64, 0u64);
    let stop = loop {
        tokio::select! {
            biased;
            _ = sleep_until(deadline) => {
                break Stop::error(ErrorCode::IdleTimeout, format!("nothing happened for {} s", idle.as_secs()));
            }
            message = ws.next() => {
                deadline = Instant::now() + idle;
                match message {
                    None | Some(Ok(Message::Close(_))) => break Stop::closed(ClosedBy::Client, "the browser closed the WebSocket"),
                    Some(Err(e)) => break ws_error(e),
                    Some(Ok(Message::Binary(data))) => {
                        up += data.len() as u64;
                        metrics.to_server(data.len());
                        match timeout(idle, upstream.write_all(&data)).await {
                            Ok(Ok(())) => {}
                            Ok(Err(e)) => break Stop::closed(ClosedBy::Server, format!("writing to the server failed: {e}")),
                            Err(_) => break Stop::closed(ClosedBy::Proxy, format!("the server read nothing for {} s", idle.as_secs())),
                        }
                    }
                    Some(Ok(Message::Text(text))) => {
                        let Some(connected) = connected else { continue };
                        match serde_json::from_str::<ClientMessage>(&text) {
                            Ok(ClientMessage::Close) => break Stop::closed(ClosedBy::Client, "the browser asked to close"),
                            Ok(ClientMessage::Starttls { pin_sha256 }) => {
                                let Upstream::Plain(tcp) = std::mem::replace(&mut upstream, Upstream::Switching) else {
                                    break Stop::error(ErrorCode::BadRequest, "TLS is already active");
                                };
                                match handshake(shared, tcp, &connected.host, pin_sha256.as_deref(), connected.demo).await {
                                    Ok((stream, info)) => {
                                        info!(version = ?info.version, verified = info.verified, "STLS upgrade done");
                                        upstream = Upstream::Tls(Box::new(stream));
                                        if let Err(e) = send_control(ws, &ProxyMessage::TlsStarted { tls: info }).await {
                                            break send_failed(e, shared);
                                        }
                                    }
                                    Err(stop) => break stop,
                                }
                            }
                            Ok(ClientMessage::Connect { .. }) => break Stop::error(ErrorCode::BadRequest, "already connected"),
                            Err(e) => break not_a_control_message(&e),
                        }
                    }
                    Some(Ok(_)) => {} // ping/pong: answered by the WebSocket layer
                }
            }
            read = upstream.read_buf(&mut buf) => {
                deadline = Instant::now() + idle;
                match read {
                    Ok(0) => break Stop::closed(ClosedBy::Server, "the server closed the connection"),
                    Ok(n) => {
                        down += n as u64;
                        metrics.from_server(n);
                        let frame = buf.split().freeze();
                        want = if n >= want { (want * 2).min(MAX_READ) } else if n < MIN_READ { MIN_READ } else { want };
                        if let Err(e) = ws.send(Message::Binary(frame)).await {
                            break send_failed(e, shared);
                        }
                        if want == MIN_READ && buf.capacity() > MAX_READ {
                            // Back to idle size after a bulk transfer.
                            buf = BytesMut::with_capacity(MIN_READ);
                        }
                        buf.reserve(want);
                    }
                    Err(e) => break Stop::closed(ClosedBy::Server, format!("reading from the server failed: {e}")),
                }
            }
        }
    };
    debug!(bytes_to_server = up, bytes_from_server = down, "pump ended");
    if matches!(stop.by, ClosedBy::Client | ClosedBy::Proxy) {
        // A server that reads nothing must not hold the session: the socket
        // closes when `upstream` drops.
        let _ = timeout(FINAL_GRACE, upstream.shutdown()).await;
    }
    if let Some((code, ..)) = &stop.error {
        warn!(code = code.as_str(), "session stopped");
    }
    stop
}
