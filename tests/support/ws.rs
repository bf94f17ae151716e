//! An in-process proxy (with its demo server) on free loopback ports, and a
//! WebSocket client that speaks the v1 wire protocol, optionally driving the
//! `pop3` engine the way the browser app does.

use std::net::SocketAddr;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use pop3::engine::{Client, Event};
use pop3::types::Command;
use pop3::wire::{ClientMessage, ProxyMessage, TlsMode};
use pop3_proxy::tls::TlsContext;
use pop3_proxy::{Config, TaskTracker, demo};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// How long any single wait may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(10);

/// A proxy and its demo server, stopped on drop.
pub struct TestProxy {
    /// The proxy's address.
    pub addr: SocketAddr,
    /// The demo server's plain/STLS address.
    pub demo_plain: SocketAddr,
    /// The demo server's implicit-TLS address.
    pub demo_tls: SocketAddr,
    /// The demo server's self-signed certificate (for STLS and implicit TLS).
    pub demo_cert: rustls::pki_types::CertificateDer<'static>,
    /// The demo's TLS-fault listeners, in [`demo::Fault::ALL`]'s order.
    pub demo_faults: Vec<(demo::Fault, SocketAddr)>,
    shutdown: watch::Sender<bool>,
    /// The proxy, which ends once its connections and the demo's have.
    proxy: Option<JoinHandle<()>>,
}

impl TestProxy {
    /// Starts a proxy with the demo; `adjust` may change the configuration.
    pub async fn start(adjust: impl FnOnce(&mut Config)) -> TestProxy {
        let any = SocketAddr::from(([127, 0, 0, 1], 0));
        Self::start_with_demo_on(any, any, adjust)
            .await
            .expect("bind free loopback ports")
    }

    /// Like [`TestProxy::start`], with the demo server's plain and implicit-TLS
    /// listeners on the given addresses (port 0: a free one), and its TLS
    /// faults on the ports after the TLS one (free ones too when it is 0).
    /// Fails when one of them cannot be bound.
    pub async fn start_with_demo_on(
        demo_plain: SocketAddr,
        demo_tls: SocketAddr,
        adjust: impl FnOnce(&mut Config),
    ) -> std::io::Result<TestProxy> {
        let bind = |addr: SocketAddr| async move {
            TcpListener::bind(addr).await.map_err(|e| {
                std::io::Error::new(
                    e.kind(),
                    format!("demo server: cannot listen on {addr}: {e}"),
                )
            })
        };
        let mut listeners = Vec::new();
        for addr in [demo_plain, demo_tls] {
            listeners.push(bind(addr).await?);
        }
        let mut fault_listeners = Vec::new();
        for fault in demo::Fault::ALL {
            let addr = fault.addr(demo_tls).ok_or_else(|| {
                std::io::Error::other(format!("no port for the {} fault", fault.name()))
            })?;
            fault_listeners.push(bind(addr).await?);
        }
        let (shutdown, rx) = watch::channel(false);
        let certificate = demo::certificate().expect("demo certificate");
        let faults = demo::fault_certificates().expect("demo fault certificates");
        let state = demo::store();
        // The proxy waits for the demo's tasks too when it stops.
        let tracker = TaskTracker::new();
        let mut demo_addrs = Vec::new();
        for (listener, implicit) in listeners.into_iter().zip([false, true]) {
            demo_addrs.push(listener.local_addr()?);
            tracker.spawn(demo::serve(
                listener,
                state.clone(),
                certificate.acceptor.clone(),
                implicit,
                rx.clone(),
                tracker.clone(),
            ));
        }
        let mut demo_faults = Vec::new();
        for (listener, (fault, acceptor)) in fault_listeners.into_iter().zip(faults.acceptors) {
            demo_faults.push((fault, listener.local_addr()?));
            tracker.spawn(demo::serve(
                listener,
                state.clone(),
                acceptor,
                true,
                rx.clone(),
                tracker.clone(),
            ));
        }
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut config = Config::new(addr);
        // The demo's ports, the TLS faults' too, are open towards the demo's
        // addresses only.
        config.policy.demo_addrs.extend(&demo_addrs);
        config
            .policy
            .demo_addrs
            .extend(demo_faults.iter().map(|(_, a)| *a));
        adjust(&mut config);
        let demo_cert = rustls::pki_types::CertificateDer::from(certificate.der.clone());
        let tls = TlsContext::new(&[certificate.der, faults.authority_der]);
        let proxy = tokio::spawn(pop3_proxy::run(listener, config, tls, rx, tracker));
        Ok(TestProxy {
            addr,
            demo_plain: demo_addrs[0],
            demo_tls: demo_addrs[1],
            demo_cert,
            demo_faults,
            shutdown,
            proxy: Some(proxy),
        })
    }

    /// The address of a TLS fault's listener.
    pub fn fault(&self, fault: demo::Fault) -> SocketAddr {
        self.demo_faults
            .iter()
            .find(|(f, _)| *f == fault)
            .map(|(_, a)| *a)
            .expect("every fault listens")
    }

    /// A session to the demo server's plain port through this proxy, greeted.
    pub async fn demo_session(&self) -> Pop3OverWs {
        Pop3OverWs::connect(
            self.addr,
            "127.0.0.1",
            self.demo_plain.port(),
            TlsMode::None,
            None,
        )
        .await
        .expect("connected to the demo server")
    }

    /// Asks everything to stop and waits for it.
    pub async fn stop(mut self) {
        let _ = self.shutdown.send(true);
        if let Some(proxy) = self.proxy.take() {
            let _ = tokio::time::timeout(WAIT, proxy).await;
        }
    }
}

impl Drop for TestProxy {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
    }
}

/// A frame from the proxy.
#[derive(Debug, Clone, PartialEq)]
pub enum Frame {
    /// A JSON control message.
    Control(ProxyMessage),
    /// POP3 bytes.
    Data(Vec<u8>),
    /// The WebSocket closed.
    Closed,
}

/// A WebSocket client of the proxy.
pub struct WsClient {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl WsClient {
    /// Opens `/ws` without an Origin header (a non-browser tool).
    pub async fn open(proxy: SocketAddr) -> WsClient {
        Self::open_with(proxy, None, None)
            .await
            .expect("WebSocket handshake")
    }

    /// Opens `/ws` with the given Origin and Host headers.
    pub async fn open_with(
        proxy: SocketAddr,
        origin: Option<&str>,
        host: Option<&str>,
    ) -> Result<WsClient, tungstenite::Error> {
        let mut headers = Vec::new();
        if let Some(origin) = origin {
            headers.push(("origin", origin));
        }
        if let Some(host) = host {
            headers.push(("host", host));
        }
        Self::open_with_headers(proxy, &headers).await
    }

    /// Opens `/ws` with these extra request headers (`X-Forwarded-For`, ...).
    pub async fn open_with_headers(
        proxy: SocketAddr,
        headers: &[(&'static str, &str)],
    ) -> Result<WsClient, tungstenite::Error> {
        let mut request = format!("ws://{proxy}/ws").into_client_request()?;
        for (name, value) in headers {
            request
                .headers_mut()
                .insert(*name, HeaderValue::from_str(value).unwrap());
        }
        let (ws, _) = tokio::time::timeout(WAIT, tokio_tungstenite::connect_async(request))
            .await
            .expect("handshake timed out")?;
        Ok(WsClient { ws })
    }

    /// Sends a control message.
    pub async fn control(&mut self, message: &ClientMessage) {
        let json = serde_json::to_string(message).unwrap();
        self.ws
            .send(Message::Text(json.into()))
            .await
            .expect("send control");
    }

    /// Sends a text frame as it is.
    pub async fn ws_send_text(&mut self, text: String) {
        self.ws
            .send(Message::Text(text.into()))
            .await
            .expect("send text");
    }

    /// Sends `connect`.
    pub async fn connect(&mut self, host: &str, port: u16, tls: TlsMode, pin: Option<&str>) {
        self.control(&ClientMessage::Connect {
            host: host.into(),
            port,
            tls,
            pin_sha256: pin.map(str::to_owned),
        })
        .await;
    }

    /// Sends POP3 bytes.
    pub async fn send(&mut self, bytes: &[u8]) -> Result<(), tungstenite::Error> {
        self.ws.send(Message::Binary(bytes.to_vec().into())).await
    }

    /// The next frame (pings and pongs skipped).
    pub async fn next(&mut self) -> Frame {
        loop {
            let message = tokio::time::timeout(WAIT, self.ws.next())
                .await
                .expect("no frame in time");
            return match message {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => Frame::Closed,
                Some(Ok(Message::Text(t))) => {
                    Frame::Control(ProxyMessage::from_json(&t).expect("valid control JSON"))
                }
                Some(Ok(Message::Binary(b))) => Frame::Data(b.to_vec()),
                Some(Ok(_)) => continue,
            };
        }
    }

    /// The next frame if one comes within `wait` (pings and pongs skipped).
    pub async fn try_next(&mut self, wait: Duration) -> Option<Frame> {
        loop {
            let message = tokio::time::timeout(wait, self.ws.next()).await.ok()?;
            return Some(match message {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => Frame::Closed,
                Some(Ok(Message::Text(t))) => {
                    Frame::Control(ProxyMessage::from_json(&t).expect("valid control JSON"))
                }
                Some(Ok(Message::Binary(b))) => Frame::Data(b.to_vec()),
                Some(Ok(_)) => continue,
            });
        }
    }

    /// The next control message, failing on data.
    pub async fn next_control(&mut self) -> ProxyMessage {
        match self.next().await {
            Frame::Control(m) => m,
            other => panic!("expected a control message, got {other:?}"),
        }
    }

    /// Reads data until `done(all bytes so far)`; returns them and any control
    /// messages seen on the way.
    pub async fn read_until(
        &mut self,
        done: impl Fn(&[u8]) -> bool,
    ) -> (Vec<u8>, Vec<ProxyMessage>) {
        let mut data = Vec::new();
        let mut controls = Vec::new();
        while !done(&data) {
            match self.next().await {
                Frame::Data(d) => data.extend_from_slice(&d),
                Frame::Control(c) => {
                    let closed = matches!(c, ProxyMessage::Closed { .. });
                    controls.push(c);
                    if closed {
                        break;
                    }
                }
                Frame::Closed => break,
            }
        }
        (data, controls)
    }
}

/// The `pop3` engine over the proxy, as the browser app runs it.
pub struct Pop3OverWs {
    /// The WebSocket.
    pub ws: WsClient,
    /// The engine.
    pub client: Client,
    /// Every event so far.
    pub events: Vec<Event>,
    /// Control messages seen while waiting for replies.
    pub controls: Vec<ProxyMessage>,
}

impl Pop3OverWs {
    /// Connects through the proxy and waits for `connected` and the greeting.
    pub async fn connect(
        proxy: SocketAddr,
        host: &str,
        port: u16,
        tls: TlsMode,
        pin: Option<&str>,
    ) -> Result<Self, Vec<ProxyMessage>> {
        let mut ws = WsClient::open(proxy).await;
        ws.connect(host, port, tls, pin).await;
        match ws.next_control().await {
            ProxyMessage::Connected { .. } => {}
            other => {
                let mut all = vec![other];
                while let Frame::Control(c) = ws.next().await {
                    all.push(c);
                }
                return Err(all);
            }
        }
        let client = if tls == TlsMode::Implicit {
            Client::new_tls()
        } else {
            Client::new()
        };
        let mut session = Pop3OverWs {
            ws,
            client,
            events: Vec::new(),
            controls: Vec::new(),
        };
        session
            .pump_until(|e| matches!(e, Event::StateChanged { .. }))
            .await;
        Ok(session)
    }

    /// Writes what the engine wants written, then reads until `done` matches an
    /// event (or the connection ends). Handles STLS like the app: `starttls`,
    /// wait for `tls_started`, then tell the engine.
    pub async fn pump_until(&mut self, done: impl Fn(&Event) -> bool) -> Vec<Event> {
        let mut new = Vec::new();
        loop {
            while let Some(bytes) = self.client.poll_transmit() {
                self.ws.send(&bytes).await.expect("send");
            }
            let mut finished = false;
            while let Some(event) = self.client.poll_event() {
                if event == Event::StartTls {
                    self.ws
                        .control(&ClientMessage::Starttls { pin_sha256: None })
                        .await;
                    match self.ws.next().await {
                        Frame::Control(ProxyMessage::TlsStarted { tls }) => {
                            self.controls.push(ProxyMessage::TlsStarted { tls });
                        }
                        Frame::Control(other) => panic!("STLS failed: {other:?}"),
                        other => panic!("unexpected during STLS: {other:?}"),
                    }
                    self.client.tls_started();
                }
                finished |= done(&event) || matches!(event, Event::Closed { .. });
                new.push(event.clone());
                self.events.push(event);
            }
            if finished {
                return new;
            }
            while let Some(bytes) = self.client.poll_transmit() {
                self.ws.send(&bytes).await.expect("send");
            }
            match self.ws.next().await {
                Frame::Data(d) => self.client.feed(&d),
                Frame::Control(c) => {
                    let closed = matches!(c, ProxyMessage::Closed { .. });
                    self.controls.push(c);
                    if closed {
                        self.client.connection_closed();
                    }
                }
                Frame::Closed => self.client.connection_closed(),
            }
        }
    }

    /// Sends a command (valid or not) and waits for its reply.
    pub async fn command(&mut self, command: Command) -> Vec<Event> {
        self.client.send_anyway(command.clone()).expect("writable");
        self.pump_until(|e| matches!(e, Event::Received { command: Some(c), .. } if *c == command))
            .await
    }
}
