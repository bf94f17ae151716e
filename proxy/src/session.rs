//! One WebSocket session: the control channel, the connection to the POP3
//! server, and the byte pump between them.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::BytesMut;
use futures_util::{SinkExt, StreamExt};
use pop3::wire::{ClientMessage, ClosedBy, ErrorCode, ProxyMessage, TlsFailure, TlsInfo, TlsMode};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::{OwnedSemaphorePermit, watch};
use tokio::time::{Instant, sleep_until, timeout};
use tokio_rustls::client::TlsStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::{self, Message};
use tracing::{debug, info, warn};

use crate::Shared;
use crate::tls::HandshakeFailure;

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

async fn send_control<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut Ws<S>,
    message: &ProxyMessage,
) -> bool {
    let json = serde_json::to_string(message).expect("control messages serialize");
    ws.send(Message::Text(json.into())).await.is_ok()
}

/// Runs a session with the v1 control channel.
pub async fn run<S: AsyncRead + AsyncWrite + Unpin>(
    mut ws: Ws<S>,
    shared: Arc<Shared>,
    permit: Option<OwnedSemaphorePermit>,
    mut shutdown: watch::Receiver<bool>,
) {
    let stop = match permit {
        None => Stop::error(
            ErrorCode::TooManySessions,
            format!(
                "the proxy is at its limit of {} sessions; try again later",
                shared.config.max_sessions
            ),
        ),
        Some(_permit) => match open(&mut ws, &shared, &mut shutdown).await {
            Err(stop) => stop,
            Ok((upstream, host)) => {
                pump(&mut ws, upstream, &shared, &mut shutdown, Some(&host)).await
            }
        },
    };
    finish(ws, stop).await;
}

/// Runs a websockify-style session: a fixed target, bytes only.
pub async fn run_fixed<S: AsyncRead + AsyncWrite + Unpin>(
    mut ws: Ws<S>,
    shared: Arc<Shared>,
    permit: Option<OwnedSemaphorePermit>,
    mut shutdown: watch::Receiver<bool>,
) {
    let Some(target) = shared.config.target.clone() else {
        return;
    };
    let Some(_permit) = permit else {
        let _ = ws.close(None).await;
        return;
    };
    let connected = async {
        let (tcp, _) = dial(&shared, &target.host, target.port, false).await?;
        if target.tls {
            let (stream, _) = handshake(&shared, tcp, &target.host, None).await?;
            Ok(Upstream::Tls(Box::new(stream)))
        } else {
            Ok::<_, Stop>(Upstream::Plain(tcp))
        }
    };
    let stop = match connected.await {
        Ok(upstream) => pump(&mut ws, upstream, &shared, &mut shutdown, None).await,
        Err(stop) => stop,
    };
    info!(by = ?stop.by, reason = %stop.reason, "fixed-target session ended");
    let _ = ws.close(None).await;
}

/// Sends the final error and `closed` messages, then closes the WebSocket.
async fn finish<S: AsyncRead + AsyncWrite + Unpin>(mut ws: Ws<S>, stop: Stop) {
    if let Some((code, message, tls, cause)) = stop.error {
        info!(code = code.as_str(), cause = cause.map(|c| c.as_str()), %message, "session error");
        send_control(
            &mut ws,
            &ProxyMessage::Error {
                code,
                message,
                tls,
                cause,
            },
        )
        .await;
    }
    info!(by = ?stop.by, reason = %stop.reason, "session closed");
    send_control(
        &mut ws,
        &ProxyMessage::Closed {
            by: stop.by,
            reason: stop.reason,
        },
    )
    .await;
    let _ = ws.close(None).await;
}

/// Waits for `connect`, checks it, dials, and reports `connected`.
async fn open<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut Ws<S>,
    shared: &Shared,
    shutdown: &mut watch::Receiver<bool>,
) -> Result<(Upstream, String), Stop> {
    let first = tokio::select! {
        biased;
        _ = shutdown.changed() => return Err(Stop::closed(ClosedBy::Proxy, "the proxy is shutting down")),
        m = timeout(shared.config.idle_timeout, ws.next()) => m,
    };
    let message = match first {
        Err(_) => {
            return Err(Stop::error(
                ErrorCode::IdleTimeout,
                "no connect message arrived",
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
    let (host, port, tls, pin) = match serde_json::from_str::<ClientMessage>(&message) {
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
        Err(e) => {
            return Err(Stop::error(
                ErrorCode::BadRequest,
                format!("not a valid control message: {e}"),
            ));
        }
    };
    let host = host
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    if host.is_empty() {
        return Err(Stop::error(ErrorCode::BadRequest, "the host is empty"));
    }
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
    let (tcp, peer) = dial(shared, &host, port, true).await?;
    let (upstream, info) = match tls {
        TlsMode::None => (Upstream::Plain(tcp), None),
        TlsMode::Implicit => {
            let (stream, info) = handshake(shared, tcp, &host, pin.as_deref()).await?;
            (Upstream::Tls(Box::new(stream)), Some(info))
        }
    };
    info!(%peer, "connected");
    if !send_control(
        ws,
        &ProxyMessage::Connected {
            peer: peer.to_string(),
            tls: info,
        },
    )
    .await
    {
        return Err(Stop::closed(ClosedBy::Client, "the browser left"));
    }
    Ok((upstream, host))
}

/// Resolves once, checks every address, and dials the allowed ones in turn.
/// `asked` is true for a target the browser chose (its port is checked with its
/// address), false for the fixed target of websockify mode.
async fn dial(
    shared: &Shared,
    host: &str,
    port: u16,
    asked: bool,
) -> Result<(TcpStream, SocketAddr), Stop> {
    let config = &shared.config;
    let addrs: Vec<SocketAddr> = match timeout(
        config.connect_timeout,
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
            return Err(Stop::error(
                ErrorCode::DnsFailed,
                format!("could not resolve {host}: {e}"),
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
    let allowed: Vec<SocketAddr> = addrs
        .iter()
        .copied()
        .filter(|a| {
            if asked {
                config.policy.target_allowed(*a)
            } else {
                config.policy.address_allowed(*a)
            }
        })
        .collect();
    if allowed.is_empty() && asked && !config.policy.ports.contains(&port) {
        return Err(Stop::error(
            ErrorCode::PortNotAllowed,
            format!(
                "port {port} is the demo server's, and {host} is not the demo server (start the proxy with --allow-port {port} to reach that port elsewhere)"
            ),
        ));
    }
    if allowed.is_empty() {
        return Err(Stop::error(
            ErrorCode::HostNotAllowed,
            format!(
                "{host} resolves to a private or local address ({}), which this proxy does not reach when it listens publicly (see --allow-private)",
                addrs[0].ip()
            ),
        ));
    }
    let mut last_error = String::new();
    for addr in allowed {
        match timeout(config.connect_timeout, TcpStream::connect(addr)).await {
            Ok(Ok(tcp)) => {
                let _ = tcp.set_nodelay(true);
                return Ok((tcp, addr));
            }
            Ok(Err(e)) => last_error = format!("connecting to {addr} failed: {e}"),
            Err(_) => last_error = format!("connecting to {addr} timed out"),
        }
    }
    let code = if last_error.ends_with("timed out") {
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
) -> Result<(TlsStream<TcpStream>, TlsInfo), Stop> {
    match timeout(
        shared.config.tls_timeout,
        shared.tls.connect(tcp, host, pin),
    )
    .await
    {
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

/// Copies bytes both ways until one side ends. `host` is `Some` when the control
/// channel is on (it is needed for STLS).
async fn pump<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut Ws<S>,
    mut upstream: Upstream,
    shared: &Shared,
    shutdown: &mut watch::Receiver<bool>,
    host: Option<&str>,
) -> Stop {
    let idle = shared.config.idle_timeout;
    let mut deadline = Instant::now() + idle;
    // Frames are split off this buffer without copying; once a frame is sent
    // and dropped, `reserve` reuses its memory.
    let mut buf = BytesMut::with_capacity(MIN_READ);
    let mut want = MIN_READ;
    let (mut up, mut down) = (0u64, 0u64);
    let stop = loop {
        tokio::select! {
            biased;
            _ = shutdown.changed() => break Stop::closed(ClosedBy::Proxy, "the proxy is shutting down"),
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
                        if let Err(e) = upstream.write_all(&data).await {
                            break Stop::closed(ClosedBy::Server, format!("writing to the server failed: {e}"));
                        }
                    }
                    Some(Ok(Message::Text(text))) => {
                        let Some(host) = host else { continue };
                        match serde_json::from_str::<ClientMessage>(&text) {
                            Ok(ClientMessage::Close) => break Stop::closed(ClosedBy::Client, "the browser asked to close"),
                            Ok(ClientMessage::Starttls { pin_sha256 }) => {
                                let Upstream::Plain(tcp) = std::mem::replace(&mut upstream, Upstream::Switching) else {
                                    break Stop::error(ErrorCode::BadRequest, "TLS is already active");
                                };
                                match handshake(shared, tcp, host, pin_sha256.as_deref()).await {
                                    Ok((stream, info)) => {
                                        info!(version = ?info.version, verified = info.verified, "STLS upgrade done");
                                        upstream = Upstream::Tls(Box::new(stream));
                                        if !send_control(ws, &ProxyMessage::TlsStarted { tls: info }).await {
                                            break Stop::closed(ClosedBy::Client, "the browser left");
                                        }
                                    }
                                    Err(stop) => break stop,
                                }
                            }
                            Ok(ClientMessage::Connect { .. }) => break Stop::error(ErrorCode::BadRequest, "already connected"),
                            Err(e) => break Stop::error(ErrorCode::BadRequest, format!("not a valid control message: {e}")),
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
                        let frame = buf.split().freeze();
                        want = if n >= want { (want * 2).min(MAX_READ) } else if n < MIN_READ { MIN_READ } else { want };
                        if ws.send(Message::Binary(frame)).await.is_err() {
                            break Stop::closed(ClosedBy::Client, "the browser left");
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
        let _ = upstream.shutdown().await;
    }
    if let Some((code, ..)) = &stop.error {
        warn!(code = code.as_str(), "session stopped");
    }
    stop
}
