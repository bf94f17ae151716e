//! The proxy measured side by side with direct TCP and with websockify 0.13, in
//! one run, on loopback:
//!
//! - RETR of a 64 MiB message from the demo server: direct, through pop3-proxy,
//!   through websockify (installed from PyPI into `.tools/websockify`);
//! - the round-trip time NOOP gains through the proxy and through websockify
//!   (median and p99);
//! - the proxy's resident memory with 1,000 idle sessions open.
//!
//! The demo server, the proxy and websockify run as separate processes, so that
//! the proxy's memory is its own. Prints `METRIC name value unit` lines.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use pop3::wire::{ClientMessage, ProxyMessage, TlsMode};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const PROXY_BIN: &str = env!("CARGO_BIN_EXE_pop3-proxy");
const WEBSOCKIFY_VERSION: &str = "0.13.0";
const RETR_ROUNDS: usize = 5;
const NOOPS: usize = 2000;
const IDLE_SESSIONS: usize = 1000;

/// A child process killed on drop.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn wait_listening(addr: SocketAddr) {
    for _ in 0..200 {
        if TcpStream::connect(addr).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("nothing listens on {addr}");
}

fn spawn(program: impl AsRef<std::ffi::OsStr>, args: &[String]) -> Process {
    Process(
        Command::new(program)
            .args(args)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn"),
    )
}

/// Installs websockify into a project-local virtual environment; `None` (with a
/// loud message) when that is impossible here.
fn websockify() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/websockify");
    let bin = root.join("bin/websockify");
    let pip = root.join("bin/pip");
    let installed = Command::new(&pip)
        .args(["show", "websockify"])
        .output()
        .ok()
        .is_some_and(|o| {
            String::from_utf8_lossy(&o.stdout).contains(&format!("Version: {WEBSOCKIFY_VERSION}"))
        });
    if !installed {
        eprintln!(
            "installing websockify {WEBSOCKIFY_VERSION} into {}",
            root.display()
        );
        let ok = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&root)
            .status()
            .is_ok_and(|s| s.success())
            && Command::new(&pip)
                .args([
                    "install",
                    "--quiet",
                    &format!("websockify=={WEBSOCKIFY_VERSION}"),
                ])
                .status()
                .is_ok_and(|s| s.success());
        if !ok {
            eprintln!(
                "\n*** websockify could not be installed: its figures are missing from this run ***\n"
            );
            return None;
        }
    }
    Some(bin)
}

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// A byte stream to the demo server: direct TCP or a WebSocket.
enum Link {
    Tcp(TcpStream),
    Ws(Box<tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<TcpStream>>>),
}

impl Link {
    async fn direct(addr: SocketAddr) -> Link {
        let tcp = TcpStream::connect(addr).await.unwrap();
        tcp.set_nodelay(true).unwrap();
        Link::Tcp(tcp)
    }

    /// Through pop3-proxy: `connect`, then `connected`.
    async fn proxy(proxy: SocketAddr, demo: SocketAddr) -> Link {
        let (mut ws, _) =
            tokio_tungstenite::connect_async_with_config(format!("ws://{proxy}/ws"), None, true)
                .await
                .unwrap();
        let connect = ClientMessage::Connect {
            host: demo.ip().to_string(),
            port: demo.port(),
            tls: TlsMode::None,
            pin_sha256: None,
        };
        ws.send(Message::Text(
            serde_json::to_string(&connect).unwrap().into(),
        ))
        .await
        .unwrap();
        match ws.next().await {
            Some(Ok(Message::Text(t))) => match ProxyMessage::from_json(&t).unwrap() {
                ProxyMessage::Connected { .. } => {}
                other => panic!("proxy refused: {other:?}"),
            },
            other => panic!("unexpected {other:?}"),
        }
        Link::Ws(Box::new(ws))
    }

    /// Through websockify: subprotocol `binary`, bytes at once.
    async fn websockify(addr: SocketAddr) -> Link {
        let mut request = format!("ws://{addr}/").into_client_request().unwrap();
        request
            .headers_mut()
            .insert("sec-websocket-protocol", "binary".parse().unwrap());
        let (ws, _) = tokio_tungstenite::connect_async_with_config(request, None, true)
            .await
            .unwrap();
        Link::Ws(Box::new(ws))
    }

    async fn send(&mut self, bytes: &[u8]) {
        match self {
            Link::Tcp(t) => t.write_all(bytes).await.unwrap(),
            Link::Ws(w) => w
                .send(Message::Binary(bytes.to_vec().into()))
                .await
                .unwrap(),
        }
    }

    /// Reads until the bytes received end with `end`; returns how many arrived.
    async fn read_until(&mut self, end: &[u8], buf: &mut Vec<u8>) -> usize {
        let mut total = 0;
        let mut tail: Vec<u8> = Vec::with_capacity(end.len() * 2);
        loop {
            let frame;
            let chunk: &[u8] = match self {
                Link::Tcp(t) => {
                    buf.resize(256 * 1024, 0);
                    let n = t.read(buf).await.unwrap();
                    assert!(n > 0, "connection closed early");
                    &buf[..n]
                }
                Link::Ws(w) => match w.next().await {
                    Some(Ok(Message::Binary(b))) => {
                        frame = b;
                        &frame[..]
                    }
                    Some(Ok(Message::Text(_))) => continue,
                    other => panic!("unexpected {other:?}"),
                },
            };
            total += chunk.len();
            tail.extend_from_slice(&chunk[chunk.len().saturating_sub(end.len())..]);
            if tail.len() > end.len() {
                tail.drain(..tail.len() - end.len());
            }
            if tail == end {
                return total;
            }
        }
    }

    /// Reads the greeting and logs in.
    async fn login(&mut self, user: &str, buf: &mut Vec<u8>) {
        self.read_until(b"\r\n", buf).await;
        self.send(format!("USER {user}\r\n").as_bytes()).await;
        self.read_until(b"\r\n", buf).await;
        self.send(b"PASS tanstaaf\r\n").await;
        self.read_until(b"\r\n", buf).await;
    }

    async fn quit(&mut self, buf: &mut Vec<u8>) {
        self.send(b"QUIT\r\n").await;
        self.read_until(b"\r\n", buf).await;
    }
}

/// Seconds for one RETR of the 64 MiB message over a fresh link.
async fn retr_seconds(mut link: Link, buf: &mut Vec<u8>) -> f64 {
    link.login("huge", buf).await;
    let start = Instant::now();
    link.send(b"RETR 1\r\n").await;
    let bytes = link.read_until(b"\r\n.\r\n", buf).await;
    let seconds = start.elapsed().as_secs_f64();
    link.quit(buf).await;
    assert!(
        bytes > 64 * 1024 * 1024,
        "the whole message arrived ({bytes} bytes)"
    );
    seconds
}

/// NOOP round trips in microseconds, the median and the p99, over each link
/// (logged in as its user), measured in alternation so that all see the same
/// load on the machine.
async fn noop_rtts_us(mut links: Vec<(Link, &str)>) -> Vec<(f64, f64)> {
    let mut buf = Vec::new();
    for (link, user) in &mut links {
        link.login(user, &mut buf).await;
    }
    let mut times = vec![Vec::with_capacity(NOOPS); links.len()];
    for _ in 0..NOOPS {
        for ((link, _), times) in links.iter_mut().zip(&mut times) {
            let start = Instant::now();
            link.send(b"NOOP\r\n").await;
            link.read_until(b"\r\n", &mut buf).await;
            times.push(start.elapsed().as_secs_f64() * 1e6);
        }
    }
    for (link, _) in &mut links {
        link.quit(&mut buf).await;
    }
    times
        .into_iter()
        .map(|mut t| {
            t.sort_by(f64::total_cmp);
            (t[t.len() / 2], t[t.len() * 99 / 100])
        })
        .collect()
}

fn metric(name: &str, value: f64, unit: &str) {
    println!("METRIC {name} {value:.2} {unit}");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let demo: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let proxy: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let _demo = spawn(
        PROXY_BIN,
        &[
            "--demo".into(),
            "--listen".into(),
            format!("127.0.0.1:{}", free_port()),
            "--demo-listen".into(),
            demo.to_string(),
            "--demo-tls-listen".into(),
            format!("127.0.0.1:{}", free_port()),
        ],
    );
    let proxy_process = spawn(
        PROXY_BIN,
        &[
            "--listen".into(),
            proxy.to_string(),
            "--allow-port".into(),
            demo.port().to_string(),
            "--max-sessions".into(),
            (IDLE_SESSIONS + 100).to_string(),
        ],
    );
    wait_listening(demo).await;
    wait_listening(proxy).await;

    let websockify_addr: Option<(SocketAddr, Process)> = match websockify() {
        Some(bin) => {
            let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
            let process = spawn(&bin, &[addr.to_string(), demo.to_string()]);
            wait_listening(addr).await;
            Some((addr, process))
        }
        None => None,
    };

    // Warm up: the demo builds the 64 MiB message on first login.
    let mut buf = Vec::new();
    let mut warm = Link::direct(demo).await;
    warm.login("huge", &mut buf).await;
    warm.quit(&mut buf).await;

    // Rounds alternate between the three paths, so a burst of load elsewhere on
    // the machine hits them alike; each path keeps its best round.
    println!("RETR of a 64 MiB message over loopback, best of {RETR_ROUNDS} alternating rounds:");
    let (mut direct, mut through_proxy, mut through_websockify) = (f64::MAX, f64::MAX, f64::MAX);
    for _ in 0..RETR_ROUNDS {
        direct = direct.min(retr_seconds(Link::direct(demo).await, &mut buf).await);
        through_proxy =
            through_proxy.min(retr_seconds(Link::proxy(proxy, demo).await, &mut buf).await);
        if let Some((addr, _)) = &websockify_addr {
            through_websockify =
                through_websockify.min(retr_seconds(Link::websockify(*addr).await, &mut buf).await);
        }
    }
    let mb_s = |seconds: f64| (64.0 * 1024.0 * 1024.0) / 1e6 / seconds;
    let (direct, through_proxy) = (mb_s(direct), mb_s(through_proxy));
    metric("direct.retr_mb_s", direct, "MB/s");
    metric("proxy.retr_mb_s", through_proxy, "MB/s");
    metric("proxy.retr_ratio_vs_direct", through_proxy / direct, "x");
    if websockify_addr.is_some() {
        let through_websockify = mb_s(through_websockify);
        metric("websockify.retr_mb_s", through_websockify, "MB/s");
        metric(
            "proxy.retr_ratio_vs_websockify",
            through_proxy / through_websockify,
            "x",
        );
    }

    let mut links = vec![
        (Link::direct(demo).await, "mrose"),
        (Link::proxy(proxy, demo).await, "many"),
    ];
    if let Some((addr, _)) = &websockify_addr {
        links.push((Link::websockify(*addr).await, "huge"));
    }
    let rtts = noop_rtts_us(links).await;
    let ((direct_median, direct_p99), (proxy_median, proxy_p99)) = (rtts[0], rtts[1]);
    println!("NOOP round trip, {NOOPS} alternating rounds, median / p99:");
    println!("  direct          {direct_median:6.0} / {direct_p99:6.0} us");
    println!("  through proxy   {proxy_median:6.0} / {proxy_p99:6.0} us");
    match rtts.get(2) {
        Some((websockify_median, websockify_p99)) => {
            println!("  via websockify  {websockify_median:6.0} / {websockify_p99:6.0} us")
        }
        None => println!(
            "  via websockify: not measured, websockify is missing (no websockify.noop_rtt_* figures)"
        ),
    }
    metric(
        "proxy.noop_rtt_added_us",
        proxy_median - direct_median,
        "us",
    );
    metric("proxy.noop_rtt_p99_added_us", proxy_p99 - direct_p99, "us");
    if let Some(&(websockify_median, websockify_p99)) = rtts.get(2) {
        metric(
            "websockify.noop_rtt_added_us",
            websockify_median - direct_median,
            "us",
        );
        metric(
            "websockify.noop_rtt_p99_added_us",
            websockify_p99 - direct_p99,
            "us",
        );
    }

    let pid = proxy_process.0.id();
    let before = rss_kib(pid);
    let mut idle = Vec::with_capacity(IDLE_SESSIONS);
    for _ in 0..IDLE_SESSIONS {
        let mut link = Link::proxy(proxy, demo).await;
        link.read_until(b"\r\n", &mut buf).await;
        idle.push(link);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let after = rss_kib(pid);
    println!(
        "proxy RSS: {:.1} MiB before, {:.1} MiB with {IDLE_SESSIONS} idle sessions",
        before as f64 / 1024.0,
        after as f64 / 1024.0
    );
    metric("proxy.rss_1000_idle_mib", after as f64 / 1024.0, "MiB");
    drop(idle);
}
