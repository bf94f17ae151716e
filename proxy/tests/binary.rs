//! The `pop3-proxy` binary itself, as an operator runs it: SIGTERM with a
//! browser that stopped reading, what `RUST_LOG=trace` prints, and the
//! forwarded client in the log lines of a kept-alive connection.
#![cfg(unix)]

use std::io::Read;
use std::net::{SocketAddr, TcpStream as StdTcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use pop3::wire::{ClientMessage, ProxyMessage, TlsMode};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

const BIN: &str = env!("CARGO_BIN_EXE_pop3-proxy");
const WAIT: Duration = Duration::from_secs(15);

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The binary with its demo server, its output collected, killed on drop.
struct Proxy {
    child: Child,
    addr: SocketAddr,
    demo_plain: SocketAddr,
    demo_tls: SocketAddr,
    output: Arc<Mutex<Vec<u8>>>,
}

impl Proxy {
    fn start(rust_log: &str, extra: &[&str]) -> Proxy {
        let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
        let demo_plain: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
        let demo_tls: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
        let mut child = Command::new(BIN)
            .args(["--demo", "--listen", &addr.to_string()])
            .args(["--demo-listen", &demo_plain.to_string()])
            .args(["--demo-tls-listen", &demo_tls.to_string()])
            .args(extra)
            .env("RUST_LOG", rust_log)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn pop3-proxy");
        // Drained all along: a full pipe would stall the proxy's logging.
        let output = Arc::new(Mutex::new(Vec::new()));
        for mut pipe in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let output = output.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 8192];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    output.lock().unwrap().extend_from_slice(&buf[..n]);
                }
            });
        }
        let started = Instant::now();
        while StdTcpStream::connect(addr).is_err() || StdTcpStream::connect(demo_plain).is_err() {
            assert!(started.elapsed() < WAIT, "the proxy did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Proxy {
            child,
            addr,
            demo_plain,
            demo_tls,
            output,
        }
    }

    fn sigterm(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the process to exit; how long it took.
    fn wait_exit(&mut self, limit: Duration) -> Duration {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "{status}");
                return started.elapsed();
            }
            assert!(
                started.elapsed() < limit,
                "still running {limit:?} after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn output(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

async fn connect(proxy: SocketAddr, host: &str, port: u16, tls: TlsMode) -> Ws {
    let (mut ws, _) = tokio::time::timeout(
        WAIT,
        tokio_tungstenite::connect_async(format!("ws://{proxy}/ws")),
    )
    .await
    .unwrap()
    .unwrap();
    let connect = ClientMessage::Connect {
        host: host.into(),
        port,
        tls,
        pin_sha256: None,
    };
    ws.send(Message::Text(
        serde_json::to_string(&connect).unwrap().into(),
    ))
    .await
    .unwrap();
    match next(&mut ws).await {
        Message::Text(t) => assert!(
            matches!(
                ProxyMessage::from_json(&t),
                Ok(ProxyMessage::Connected { .. })
            ),
            "{t}"
        ),
        other => panic!("{other:?}"),
    }
    ws
}

async fn next(ws: &mut Ws) -> Message {
    tokio::time::timeout(WAIT, ws.next())
        .await
        .expect("a frame in time")
        .expect("open")
        .expect("no error")
}

/// Sends POP3 lines, then reads until the data holds `replies` more line ends.
async fn exchange(ws: &mut Ws, lines: &str, replies: usize) -> String {
    ws.send(Message::Binary(lines.as_bytes().to_vec().into()))
        .await
        .unwrap();
    let mut data = Vec::new();
    while data.windows(2).filter(|w| w == b"\r\n").count() < replies {
        match next(ws).await {
            Message::Binary(b) => data.extend_from_slice(&b),
            Message::Text(t) => panic!("{t}"),
            _ => {}
        }
    }
    String::from_utf8_lossy(&data).into_owned()
}

/// Reads data until it ends with `end`.
async fn read_until(ws: &mut Ws, end: &[u8]) -> Vec<u8> {
    let mut data = Vec::new();
    while !data.ends_with(end) {
        if let Message::Binary(b) = next(ws).await {
            data.extend_from_slice(&b);
        }
    }
    data
}

/// A browser that stopped reading during a 64 MiB RETR does not hold up
/// SIGTERM: the listener closes at once and the process exits within 5 s.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_with_a_stalled_reader_exits_in_time() {
    let mut proxy = Proxy::start("info", &["--idle-timeout", "120"]);
    let mut ws = connect(
        proxy.addr,
        "127.0.0.1",
        proxy.demo_plain.port(),
        TlsMode::None,
    )
    .await;
    read_until(&mut ws, b"\r\n").await;
    let replies = exchange(&mut ws, "USER huge\r\nPASS tanstaaf\r\n", 2).await;
    assert!(
        replies.lines().nth(1).unwrap().starts_with("+OK"),
        "{replies}"
    );
    ws.send(Message::Binary(b"RETR 1\r\n".to_vec().into()))
        .await
        .unwrap();
    // It reads nothing from now on; let the socket buffers fill.
    tokio::time::sleep(Duration::from_secs(1)).await;

    proxy.sigterm();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        TcpStream::connect(proxy.addr).await.is_err(),
        "the listener closes first"
    );
    let took = proxy.wait_exit(Duration::from_secs(5));
    println!("pop3-proxy exited {took:?} after SIGTERM (plus 300 ms) with a stalled reader");
    let output = proxy.output();
    assert!(output.contains("shutting down"), "{output}");
    drop(ws);
}

/// `RUST_LOG=trace`, even naming tungstenite's frame module, prints no
/// password, no SASL response and no message content: tungstenite's frame
/// traces are capped, the proxy logs no bytes, rustls logs no plaintext.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trace_logs_hold_no_password() {
    let mut proxy = Proxy::start(
        "trace,tungstenite::protocol=trace,tokio_tungstenite=trace",
        &[],
    );
    // USER/PASS in clear through the proxy, then RETR.
    let mut ws = connect(
        proxy.addr,
        "127.0.0.1",
        proxy.demo_plain.port(),
        TlsMode::None,
    )
    .await;
    read_until(&mut ws, b"\r\n").await;
    let replies = exchange(&mut ws, "USER mrose\r\nPASS tanstaaf\r\n", 2).await;
    assert!(replies.contains("+OK"), "{replies}");
    ws.send(Message::Binary(b"RETR 1\r\n".to_vec().into()))
        .await
        .unwrap();
    read_until(&mut ws, b"\r\n.\r\n").await;
    exchange(&mut ws, "QUIT\r\n", 1).await;
    drop(ws);
    // AUTH PLAIN over implicit TLS.
    let mut ws = connect(
        proxy.addr,
        "localhost",
        proxy.demo_tls.port(),
        TlsMode::Implicit,
    )
    .await;
    read_until(&mut ws, b"\r\n").await;
    let replies = exchange(&mut ws, "AUTH PLAIN AG1yb3NlAHRhbnN0YWFm\r\n", 1).await;
    assert!(replies.starts_with("+OK"), "{replies}");
    exchange(&mut ws, "QUIT\r\n", 1).await;
    drop(ws);

    proxy.sigterm();
    proxy.wait_exit(Duration::from_secs(5));
    let logs = proxy.output();
    assert!(logs.contains("TRACE"), "trace logging is on: {logs}");
    assert!(logs.contains("connect requested"), "{logs}");
    assert!(logs.contains("logged in"), "{logs}");
    for secret in [
        "tanstaaf",
        "AG1yb3NlAHRhbnN0YWFm",
        "Welcome to the POP3 Playground",
    ] {
        assert!(
            !logs.contains(secret),
            "{secret:?} reached the trace log:\n{logs}"
        );
    }
}

/// Behind a trusted reverse proxy, the client's forwarded address is in every
/// log line of its connection once, however many requests the connection
/// kept alive before the line was written.
#[test]
fn a_kept_alive_connection_logs_the_forwarded_client_once() {
    use std::io::Write as _;
    let web = std::env::temp_dir().join(format!("pop3-proxy-web-{}", std::process::id()));
    std::fs::create_dir_all(&web).unwrap();
    std::fs::write(web.join("index.html"), "<!doctype html><title>t</title>").unwrap();
    let proxy = Proxy::start(
        "info",
        &[
            "--trusted-proxy",
            "127.0.0.1",
            "--web",
            web.to_str().unwrap(),
        ],
    );
    let mut tcp = StdTcpStream::connect(proxy.addr).unwrap();
    tcp.set_read_timeout(Some(WAIT)).unwrap();
    let forwarded = "X-Forwarded-For: 203.0.113.9\r\n";
    for _ in 0..3 {
        write!(tcp, "GET / HTTP/1.1\r\nHost: localhost\r\n{forwarded}\r\n").unwrap();
        let mut answer = Vec::new();
        let mut buf = [0u8; 4096];
        // The page is small: its head and body arrive together.
        while !answer.windows(7).any(|w| w == b"</title") {
            let n = tcp.read(&mut buf).unwrap();
            assert!(n > 0, "closed: {}", String::from_utf8_lossy(&answer));
            answer.extend_from_slice(&buf[..n]);
        }
        assert!(answer.starts_with(b"HTTP/1.1 200"));
    }
    // A refused upgrade on the same connection writes a line in its span.
    write!(
        tcp,
        "GET /ws HTTP/1.1\r\nHost: localhost\r\n{forwarded}Origin: https://elsewhere.example\r\n\
         Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    )
    .unwrap();
    let mut rest = Vec::new();
    let _ = tcp.read_to_end(&mut rest);
    assert!(String::from_utf8_lossy(&rest).contains("403"));
    let started = Instant::now();
    let line = loop {
        let logs = proxy.output();
        if let Some(line) = logs.lines().find(|l| l.contains("Origin not allowed")) {
            break line.to_owned();
        }
        assert!(started.elapsed() < WAIT, "no refusal logged:\n{logs}");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(
        line.matches("client=203.0.113.9").count(),
        1,
        "the client once: {line}"
    );
    let _ = std::fs::remove_dir_all(&web);
}
