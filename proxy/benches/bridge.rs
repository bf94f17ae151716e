//! The proxy measured side by side with direct TCP and with websockify 0.13, in
//! one run, on loopback:
//!
//! - RETR of a 64 MiB message from the demo server: direct, through pop3-proxy,
//!   through websockify (installed from PyPI into `.tools/websockify`);
//! - the round-trip time NOOP gains through the proxy and through websockify
//!   (median and p99);
//! - the proxy's resident memory with 1,000 idle sessions open;
//! - 1,000 concurrent sessions, each RETRing a 1 MiB message from a small POP3
//!   server inside this bench, every byte of every message checked against a
//!   hash: direct and through the proxy.
//!
//! The demo server, the proxy and websockify run as separate processes, so that
//! the proxy's memory is its own. Prints `METRIC name value unit` lines.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use memchr::memmem;
use pop3::wire::{ClientMessage, ProxyMessage, TlsMode};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::{Barrier, Semaphore};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const PROXY_BIN: &str = env!("CARGO_BIN_EXE_pop3-proxy");
const WEBSOCKIFY_VERSION: &str = "0.13.0";
const RETR_ROUNDS: usize = 5;
const NOOPS: usize = 2000;
const IDLE_SESSIONS: usize = 1000;
/// Concurrent sessions of the sessions bench, each RETRing one message of
/// `SESSION_MESSAGE` bytes.
const SESSIONS: usize = 1000;
const SESSION_MESSAGE: usize = 1024 * 1024;
/// Rounds of the sessions bench, alternating direct and through the proxy.
const SESSION_ROUNDS: usize = 3;
/// Sessions connecting and logging in at once, so that no listen queue
/// overflows (setting up is not timed).
const SESSION_SETUPS: usize = 64;
/// The open-files limit this bench asks for: the sessions bench holds both
/// ends of 1,000 connections in this process, and 2,000 sockets in the proxy.
const NOFILE_WANTED: u64 = 4096;

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

    /// Hands each chunk of bytes that arrives to `take`, until `take` says it
    /// has seen the end.
    async fn receive(&mut self, buf: &mut Vec<u8>, mut take: impl FnMut(&[u8]) -> bool) {
        loop {
            let done = match self {
                Link::Tcp(t) => {
                    buf.resize(256 * 1024, 0);
                    let n = t.read(buf).await.unwrap();
                    assert!(n > 0, "connection closed early");
                    take(&buf[..n])
                }
                Link::Ws(w) => match w.next().await {
                    Some(Ok(Message::Binary(b))) => take(&b),
                    Some(Ok(Message::Text(_))) => continue,
                    other => panic!("unexpected {other:?}"),
                },
            };
            if done {
                return;
            }
        }
    }

    /// Reads until the bytes received end with `end`; returns how many arrived.
    async fn read_until(&mut self, end: &[u8], buf: &mut Vec<u8>) -> usize {
        let mut total = 0;
        let mut tail: Vec<u8> = Vec::with_capacity(end.len() * 2);
        self.receive(buf, |chunk| {
            total += chunk.len();
            tail.extend_from_slice(&chunk[chunk.len().saturating_sub(end.len())..]);
            if tail.len() > end.len() {
                tail.drain(..tail.len() - end.len());
            }
            tail == end
        })
        .await;
        total
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

/// A 64-bit hash of a byte stream that does not depend on how the stream is
/// cut into chunks: FxHash's step over little-endian words, then the length.
/// A change in any one word always changes it.
#[derive(Default)]
struct Hash64 {
    state: u64,
    pending: [u8; 8],
    pending_len: usize,
    len: u64,
}

impl Hash64 {
    fn word(&mut self, word: u64) {
        self.state = (self.state.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn update(&mut self, mut data: &[u8]) {
        self.len += data.len() as u64;
        if self.pending_len > 0 {
            let n = (8 - self.pending_len).min(data.len());
            self.pending[self.pending_len..self.pending_len + n].copy_from_slice(&data[..n]);
            self.pending_len += n;
            data = &data[n..];
            if self.pending_len < 8 {
                return;
            }
            self.word(u64::from_le_bytes(self.pending));
            self.pending_len = 0;
        }
        let mut words = data.chunks_exact(8);
        for word in &mut words {
            self.word(u64::from_le_bytes(word.try_into().unwrap()));
        }
        let rest = words.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.pending_len = rest.len();
    }

    fn finish(mut self) -> (u64, u64) {
        let mut last = [0; 8];
        last[..self.pending_len].copy_from_slice(&self.pending[..self.pending_len]);
        self.word(u64::from_le_bytes(last));
        self.word(self.len);
        (self.state, self.len)
    }
}

/// The message of the sessions bench: `SESSION_MESSAGE` bytes of CRLF lines of
/// printable characters, of random lengths, one in sixteen starting with a dot
/// (some are a lone dot). Returns the RETR response as the server sends it
/// (status line, dot-stuffed body, terminating line) and the hash of the
/// message.
fn session_message() -> (Vec<u8>, (u64, u64)) {
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut message = Vec::with_capacity(SESSION_MESSAGE);
    while message.len() + 2 < SESSION_MESSAGE {
        let room = SESSION_MESSAGE - message.len() - 2;
        let r = random();
        let len = if room <= 200 {
            room
        } else {
            (r % 100) as usize
        };
        let start = message.len();
        message.extend((0..len).map(|_| b' ' + (random() >> 20) as u8 % 95));
        if r >> 60 == 0 && len > 0 {
            message[start] = b'.';
        }
        message.extend_from_slice(b"\r\n");
    }
    assert_eq!(message.len(), SESSION_MESSAGE);
    let mut wire = format!("+OK {SESSION_MESSAGE} octets\r\n").into_bytes();
    for line in message.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b".") {
            wire.push(b'.');
        }
        wire.extend_from_slice(line);
    }
    wire.extend_from_slice(b".\r\n");
    let mut hash = Hash64::default();
    hash.update(&message);
    (wire, hash.finish())
}

/// Where a RETR response's reader is in the current line.
#[derive(Clone, Copy)]
enum LineState {
    /// At the start of a line.
    Start,
    /// After a dot at the start of a line.
    Dot,
    /// After a dot and a CR at the start of a line.
    DotCr,
    /// Inside a line.
    Middle,
}

/// Checks a RETR response as it arrives: the status line, then the body,
/// unstuffed and hashed, up to the terminating line.
struct RetrCheck {
    status: Vec<u8>,
    in_body: bool,
    line: LineState,
    hash: Hash64,
    line_dot: memmem::Finder<'static>,
}

impl RetrCheck {
    fn new() -> Self {
        RetrCheck {
            status: Vec::new(),
            in_body: false,
            line: LineState::Start,
            hash: Hash64::default(),
            line_dot: memmem::Finder::new(b"\n."),
        }
    }

    /// Takes the next chunk; true once the terminating line has arrived.
    fn feed(&mut self, mut chunk: &[u8]) -> bool {
        if !self.in_body {
            let Some(end) = memchr::memchr(b'\n', chunk) else {
                self.status.extend_from_slice(chunk);
                return false;
            };
            self.status.extend_from_slice(&chunk[..=end]);
            chunk = &chunk[end + 1..];
            self.in_body = true;
            assert!(
                self.status.starts_with(b"+OK"),
                "RETR refused: {}",
                String::from_utf8_lossy(&self.status)
            );
        }
        loop {
            match (self.line, chunk.first()) {
                (LineState::Middle, _) => match self.line_dot.find(chunk) {
                    Some(newline) => {
                        self.hash.update(&chunk[..=newline]);
                        chunk = &chunk[newline + 1..];
                        self.line = LineState::Start;
                    }
                    None => {
                        self.hash.update(chunk);
                        if chunk.ends_with(b"\n") {
                            self.line = LineState::Start;
                        }
                        return false;
                    }
                },
                (_, None) => return false,
                (LineState::Start, Some(b'.')) => {
                    chunk = &chunk[1..];
                    self.line = LineState::Dot;
                }
                (LineState::Dot, Some(b'\r')) => {
                    chunk = &chunk[1..];
                    self.line = LineState::DotCr;
                }
                (LineState::DotCr, Some(b'\n')) => {
                    assert_eq!(chunk.len(), 1, "bytes after the end of the message");
                    return true;
                }
                (LineState::DotCr, Some(_)) => {
                    // A stuffed dot before a CR that ends no line.
                    self.hash.update(b"\r");
                    self.line = LineState::Middle;
                }
                // A line without a dot, or the rest of a stuffed one.
                (LineState::Start | LineState::Dot, Some(_)) => self.line = LineState::Middle,
            }
        }
    }

    /// The message's hash and length.
    fn finish(self) -> (u64, u64) {
        self.hash.finish()
    }
}

/// A POP3 server for the sessions bench, on its own thread and runtime: any
/// user and password, and the message for any RETR.
fn session_server(retr: Arc<[u8]>) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let socket = TcpSocket::new_v4().unwrap();
            socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
            let listener = socket.listen(4096).unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            loop {
                if let Ok((stream, _)) = listener.accept().await {
                    tokio::spawn(serve_session(stream, retr.clone()));
                }
            }
        });
    });
    rx.recv().unwrap()
}

async fn serve_session(mut stream: TcpStream, retr: Arc<[u8]>) {
    let _ = stream.set_nodelay(true);
    let (read, mut write) = stream.split();
    let mut lines = BufReader::new(read).lines();
    if write
        .write_all(b"+OK bench server ready\r\n")
        .await
        .is_err()
    {
        return;
    }
    while let Ok(Some(line)) = lines.next_line().await {
        let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "RETR" => &retr,
            "USER" | "PASS" | "NOOP" => b"+OK\r\n",
            "QUIT" => {
                let _ = write.write_all(b"+OK bye\r\n").await;
                return;
            }
            _ => b"-ERR not in this server\r\n",
        };
        if write.write_all(reply).await.is_err() {
            return;
        }
    }
}

/// Seconds from the moment `SESSIONS` logged-in sessions all send RETR to the
/// moment the last has its whole message, checked against `expected`; through
/// the proxy at `via`, or direct.
async fn sessions_seconds(
    via: Option<SocketAddr>,
    server: SocketAddr,
    expected: (u64, u64),
) -> f64 {
    let ready = Arc::new(Barrier::new(SESSIONS + 1));
    let setups = Arc::new(Semaphore::new(SESSION_SETUPS));
    let mut sessions = Vec::with_capacity(SESSIONS);
    for i in 0..SESSIONS {
        let (ready, setups) = (ready.clone(), setups.clone());
        sessions.push(tokio::spawn(async move {
            let mut buf = Vec::new();
            let mut link = {
                let _setup = setups.acquire().await.unwrap();
                let mut link = match via {
                    Some(proxy) => Link::proxy(proxy, server).await,
                    None => Link::direct(server).await,
                };
                link.login(&format!("user{i}"), &mut buf).await;
                link
            };
            ready.wait().await;
            link.send(b"RETR 1\r\n").await;
            let mut check = RetrCheck::new();
            link.receive(&mut buf, |chunk| check.feed(chunk)).await;
            let done = Instant::now();
            let (hash, len) = check.finish();
            assert_eq!(len, expected.1, "session {i}: the message's length");
            assert_eq!(hash, expected.0, "session {i}: the message arrived altered");
            link.quit(&mut buf).await;
            done
        }));
    }
    tokio::time::timeout(Duration::from_secs(60), ready.wait())
        .await
        .expect("all sessions logged in within 60 s");
    let start = Instant::now();
    let mut last = start;
    for session in sessions {
        last = last.max(session.await.expect("a session failed"));
    }
    (last - start).as_secs_f64()
}

/// Raises the soft limit on open files towards `wanted` (within the hard
/// limit); returns the limit in force.
fn raise_open_files(wanted: u64) -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write `limit`.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 0;
        }
        if limit.rlim_cur < wanted {
            let raised = libc::rlimit {
                rlim_cur: wanted.min(limit.rlim_max),
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    limit.rlim_cur
}

fn metric(name: &str, value: f64, unit: &str) {
    println!("METRIC {name} {value:.2} {unit}");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Before any child process starts, so that they inherit it.
    let open_files = raise_open_files(NOFILE_WANTED);
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
    drop(proxy_process);

    sessions_bench(open_files).await;
}

/// 1,000 concurrent sessions RETRing 1 MiB each, direct and through a proxy
/// of their own, every message checked.
async fn sessions_bench(open_files: u64) {
    let needed = 2 * SESSIONS as u64 + 100;
    if open_files < needed {
        println!(
            "\n*** {SESSIONS} concurrent sessions need {needed} open files, and the limit here is \
             {open_files} (raise it with `ulimit -n {NOFILE_WANTED}`): no proxy.sessions_1000_* figures ***\n"
        );
        return;
    }
    let (retr, expected) = session_message();
    // The checker itself, on the response cut into awkward pieces.
    for piece in [1, 7, 4093] {
        let mut check = RetrCheck::new();
        let chunks: Vec<_> = retr.chunks(piece).collect();
        let (last, rest) = chunks.split_last().unwrap();
        assert!(rest.iter().all(|chunk| !check.feed(chunk)));
        assert!(check.feed(last));
        assert_eq!(
            check.finish(),
            expected,
            "the checker, in pieces of {piece}"
        );
    }
    // ... and it sees one byte changed.
    let mut altered = retr.clone();
    let middle = altered.len() / 2;
    let at = middle
        + altered[middle..]
            .iter()
            .position(u8::is_ascii_alphanumeric)
            .unwrap();
    altered[at] ^= 0x20;
    let mut check = RetrCheck::new();
    assert!(check.feed(&altered));
    assert_ne!(check.finish(), expected, "the checker sees a changed byte");
    let server = session_server(retr.into());
    let proxy: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let caps = (SESSIONS + 100).to_string();
    let _proxy = spawn(
        PROXY_BIN,
        &[
            "--listen".into(),
            proxy.to_string(),
            "--allow-port".into(),
            server.port().to_string(),
            "--max-sessions".into(),
            caps.clone(),
            "--max-sessions-per-ip".into(),
            caps.clone(),
            "--max-pending".into(),
            caps,
        ],
    );
    wait_listening(proxy).await;

    // Rounds alternate, as for the single RETR; each path keeps its best.
    let mb_s = |seconds: f64| (SESSIONS * SESSION_MESSAGE) as f64 / 1e6 / seconds;
    println!(
        "{SESSIONS} concurrent sessions each RETRing 1 MiB, every byte checked, {SESSION_ROUNDS} alternating rounds:"
    );
    let (mut direct, mut through_proxy) = (0.0_f64, 0.0_f64);
    for round in 1..=SESSION_ROUNDS {
        let setup = Instant::now();
        let this_direct = mb_s(sessions_seconds(None, server, expected).await);
        let this_proxy = mb_s(sessions_seconds(Some(proxy), server, expected).await);
        println!(
            "  round {round}: direct {this_direct:.0} MB/s, through the proxy {this_proxy:.0} MB/s ({:.1} s with setting up)",
            setup.elapsed().as_secs_f64()
        );
        direct = direct.max(this_direct);
        through_proxy = through_proxy.max(this_proxy);
    }
    metric("direct.sessions_1000_retr_mb_s", direct, "MB/s");
    metric("proxy.sessions_1000_retr_mb_s", through_proxy, "MB/s");
    metric(
        "proxy.sessions_1000_retr_ratio_vs_direct",
        through_proxy / direct,
        "x",
    );
}
