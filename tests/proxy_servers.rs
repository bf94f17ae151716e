//! The proxy against servers and clients nobody here wrote: whole sessions
//! through the proxy to a real Dovecot (plain, STLS, implicit TLS with its
//! self-signed certificate), Python's `poplib` against the demo server, and the
//! built app served with `--web` (precompressed, cached, kept alive).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use pop3::codec::Reply;
use pop3::engine::Event;
use pop3::types::{Command, State};
use pop3::wire::{ErrorCode, ProxyMessage, TlsMode};
use support::dovecot::Dovecot;
use support::ws::{Pop3OverWs, TestProxy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn allow(port: u16) -> impl FnOnce(&mut pop3_proxy::Config) {
    move |c| {
        c.policy.ports.insert(port);
    }
}

fn bodies(events: &[Event]) -> Vec<Vec<u8>> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Received { decoded, .. } => match &decoded.reply {
                Reply::Response(r) => r.body.clone(),
                Reply::Continuation(_) => None,
            },
            _ => None,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_plain_and_stls_through_the_proxy() {
    let Some(dovecot) = Dovecot::start() else {
        return;
    };
    let port = dovecot.plain_addr.port();
    // Dovecot's certificate is self-signed: STLS must be told to trust it, by pin.
    let proxy = TestProxy::start(allow(port)).await;
    let mut s = Pop3OverWs::connect(proxy.addr, "127.0.0.1", port, TlsMode::None, None)
        .await
        .expect("connected");
    s.command(Command::Capa).await;
    s.command(Command::User {
        name: "mrose".into(),
    })
    .await;
    s.command(Command::Pass {
        password: "tanstaaf".into(),
    })
    .await;
    assert_eq!(s.client.state(), &State::Transaction, "plain login");
    let mailbox = dovecot.mailbox("mrose");
    let retr = s.command(Command::Retr { msg: 1 }).await;
    assert_eq!(
        bodies(&retr)[0],
        mailbox.messages[0].retr,
        "RETR bytes through the proxy"
    );
    s.command(Command::Quit).await;

    // STLS: the first attempt reports the chain; the pinned retry succeeds.
    let mut ws = support::ws::WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", port, TlsMode::None, None).await;
    assert!(matches!(
        ws.next_control().await,
        ProxyMessage::Connected { .. }
    ));
    ws.read_until(|d| d.ends_with(b"\r\n")).await;
    ws.send(b"STLS\r\n").await.unwrap();
    ws.read_until(|d| d.ends_with(b"\r\n")).await;
    ws.control(&pop3::wire::ClientMessage::Starttls { pin_sha256: None })
        .await;
    let (pin, chain_len) = match ws.next_control().await {
        ProxyMessage::Error {
            code: ErrorCode::CertUntrusted,
            tls: Some(tls),
            cause,
            ..
        } => {
            assert!(!tls.verified);
            assert!(tls.error.is_some());
            assert_eq!(cause, Some(pop3::wire::TlsFailure::SelfSigned));
            (tls.chain[0].sha256.clone(), tls.chain.len())
        }
        other => panic!("expected cert_untrusted, got {other:?}"),
    };
    assert_eq!(chain_len, 1);

    let mut ws = support::ws::WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", port, TlsMode::None, None).await;
    assert!(matches!(
        ws.next_control().await,
        ProxyMessage::Connected { .. }
    ));
    ws.read_until(|d| d.ends_with(b"\r\n")).await;
    ws.send(b"STLS\r\n").await.unwrap();
    let (ok, _) = ws.read_until(|d| d.ends_with(b"\r\n")).await;
    assert!(ok.starts_with(b"+OK"));
    ws.control(&pop3::wire::ClientMessage::Starttls {
        pin_sha256: Some(pin),
    })
    .await;
    match ws.next_control().await {
        ProxyMessage::TlsStarted { tls } => {
            assert!(!tls.verified, "pinned, not verified");
            assert_eq!(tls.error, None);
        }
        other => panic!("expected tls_started, got {other:?}"),
    }
    ws.send(b"CAPA\r\n").await.unwrap();
    let (capa, _) = ws.read_until(|d| d.ends_with(b"\r\n.\r\n")).await;
    assert!(
        !String::from_utf8_lossy(&capa).contains("STLS"),
        "STLS is gone after TLS"
    );
    proxy.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_implicit_tls_untrusted_then_pinned() {
    let Some(dovecot) = Dovecot::start() else {
        return;
    };
    let port = dovecot.tls_addr.port();
    let proxy = TestProxy::start(allow(port)).await;
    let refused = Pop3OverWs::connect(proxy.addr, "localhost", port, TlsMode::Implicit, None).await;
    let messages = refused.err().expect("an untrusted certificate is refused");
    let tls = messages
        .iter()
        .find_map(|m| match m {
            ProxyMessage::Error {
                code: ErrorCode::CertUntrusted,
                tls,
                cause,
                ..
            } => {
                assert_eq!(*cause, Some(pop3::wire::TlsFailure::SelfSigned));
                tls.clone()
            }
            _ => None,
        })
        .expect("cert_untrusted with the chain");
    let leaf = &tls.chain[0];
    assert_eq!(leaf.sha256, pop3_proxy::tls::sha256_hex(&dovecot.cert_der));
    assert!(leaf.sans.contains(&"localhost".to_owned()));
    assert!(
        messages
            .iter()
            .any(|m| matches!(m, ProxyMessage::Closed { .. }))
    );

    let mut s = Pop3OverWs::connect(
        proxy.addr,
        "localhost",
        port,
        TlsMode::Implicit,
        Some(&leaf.sha256),
    )
    .await
    .expect("the pinned certificate is accepted");
    s.command(Command::User {
        name: "mrose".into(),
    })
    .await;
    s.command(Command::Pass {
        password: "tanstaaf".into(),
    })
    .await;
    assert_eq!(s.client.state(), &State::Transaction);
    s.command(Command::Stat).await;
    assert_eq!(
        s.client.maildrop().count,
        Some(dovecot.mailbox("mrose").messages.len() as u32)
    );

    // A wrong pin is no exception.
    let wrong = Pop3OverWs::connect(
        proxy.addr,
        "localhost",
        port,
        TlsMode::Implicit,
        Some(&"0".repeat(64)),
    )
    .await;
    assert!(wrong.is_err());
    proxy.stop().await;
}

/// Python's poplib, plain with STLS and APOP, and on the TLS port, verifying the
/// demo's certificate from a PEM file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_poplib_against_the_demo() {
    let proxy = TestProxy::start(|_| {}).await;
    let dir = tempfile::tempdir().unwrap();
    let pem_path = dir.path().join("demo.pem");
    // The demo's certificate is generated at start: read it off a handshake.
    let pem = demo_certificate_pem(proxy.demo_tls).await;
    std::fs::write(&pem_path, pem).unwrap();
    let script = format!(
        r#"
import poplib, ssl
ctx = ssl.create_default_context(cafile={pem:?})
p = poplib.POP3("127.0.0.1", {plain})
assert p.getwelcome().startswith(b"+OK POP3 Playground demo")
caps = p.capa()
assert "STLS" in caps and "TOP" in caps and "UIDL" in caps, caps
p.stls(context=ctx)
p.apop("mrose", "tanstaaf")
count, size = p.stat()
assert count == 5, count
uids = p.uidl()[1]
assert uids[0] == b"1 mrose-0001-welcome", uids
top = p.top(1, 0)[1]
assert b"Subject: Welcome to the POP3 Playground" in top and top[-1] == b"", top
lines = p.retr(1)[1]
assert b"." in lines and b"..and this line began with two dots." in lines, lines
p.quit()
s = poplib.POP3_SSL("localhost", {tls}, context=ctx)
s.user("many"); s.pass_("tanstaaf")
assert s.stat()[0] == 10000
assert len(s.uidl()[1]) == 10000
s.quit()
print("poplib ok")
"#,
        pem = pem_path.to_str().unwrap(),
        plain = proxy.demo_plain.port(),
        tls = proxy.demo_tls.port(),
    );
    let output = tokio::process::Command::new("python3")
        .arg("-c")
        .arg(&script)
        .output()
        .await
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("poplib ok"),
        "poplib failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    proxy.stop().await;
}

/// The demo's certificate as PEM, read off a TLS handshake.
async fn demo_certificate_pem(addr: std::net::SocketAddr) -> String {
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use std::sync::{Arc, Mutex};
    #[derive(Debug, Default)]
    struct Grab(Mutex<Vec<u8>>);
    impl ServerCertVerifier for Grab {
        fn verify_server_cert(
            &self,
            end_entity: &rustls::pki_types::CertificateDer<'_>,
            _: &[rustls::pki_types::CertificateDer<'_>],
            _: &rustls::pki_types::ServerName<'_>,
            _: &[u8],
            _: rustls::pki_types::UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            *self.0.lock().unwrap() = end_entity.to_vec();
            Err(rustls::Error::General("grabbed".into()))
        }
        fn verify_tls12_signature(
            &self,
            _: &[u8],
            _: &rustls::pki_types::CertificateDer<'_>,
            _: &rustls::DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            Ok(HandshakeSignatureValid::assertion())
        }
        fn verify_tls13_signature(
            &self,
            _: &[u8],
            _: &rustls::pki_types::CertificateDer<'_>,
            _: &rustls::DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            Ok(HandshakeSignatureValid::assertion())
        }
        fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
            rustls::crypto::ring::default_provider()
                .signature_verification_algorithms
                .supported_schemes()
        }
    }
    let grab = Arc::new(Grab::default());
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .dangerous()
    .with_custom_certificate_verifier(grab.clone())
    .with_no_client_auth();
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut conn =
        rustls::ClientConnection::new(Arc::new(config), "localhost".try_into().unwrap()).unwrap();
    // Drive the handshake by hand until the verifier has seen the certificate.
    let mut buf = vec![0u8; 16 * 1024];
    for _ in 0..10 {
        let mut out = Vec::new();
        while conn.wants_write() {
            conn.write_tls(&mut out).unwrap();
        }
        tcp.write_all(&out).await.unwrap();
        if !grab.0.lock().unwrap().is_empty() {
            break;
        }
        let n = tcp.read(&mut buf).await.unwrap();
        let _ = conn.read_tls(&mut &buf[..n]);
        if conn.process_new_packets().is_err() {
            break;
        }
    }
    let der = grab.0.lock().unwrap().clone();
    assert!(!der.is_empty(), "no certificate seen");
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let lines: Vec<&str> = b64
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    format!(
        "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n",
        lines.join("\n")
    )
}

#[tokio::test]
async fn serves_the_built_app_with_the_right_types() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>POP3 Playground</title>",
    )
    .unwrap();
    std::fs::write(dir.path().join("app_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(dir.path().join("app.js"), "export default 1;").unwrap();
    let root = dir.path().to_path_buf();
    let proxy = TestProxy::start(move |c| c.web = Some(root)).await;
    let get = |path: &'static str| {
        let addr = proxy.addr;
        async move {
            let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
            tcp.write_all(
                format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .as_bytes(),
            )
            .await
            .unwrap();
            let mut response = Vec::new();
            tcp.read_to_end(&mut response).await.unwrap();
            String::from_utf8_lossy(&response).into_owned()
        }
    };
    let index = get("/").await;
    assert!(index.starts_with("HTTP/1.1 200"), "{index}");
    assert!(index.contains("Content-Type: text/html"));
    assert!(index.ends_with("<title>POP3 Playground</title>"));
    let wasm = get("/app_bg.wasm").await;
    assert!(wasm.contains("Content-Type: application/wasm"), "{wasm}");
    assert!(
        get("/app.js")
            .await
            .contains("Content-Type: text/javascript")
    );
    assert!(get("/../../etc/passwd").await.starts_with("HTTP/1.1 404"));
    assert!(get("/missing.js").await.starts_with("HTTP/1.1 404"));
    // A page route falls back to the app.
    assert!(
        get("/lessons")
            .await
            .contains("<title>POP3 Playground</title>")
    );
    // The WebSocket still works on the same port.
    let s = Pop3OverWs::connect(
        proxy.addr,
        "127.0.0.1",
        proxy.demo_plain.port(),
        TlsMode::None,
        None,
    )
    .await;
    assert!(s.is_ok());
    proxy.stop().await;
}

/// One response read off a kept-alive connection: status line and headers
/// (names lower-cased), then exactly `Content-Length` bytes of body (none for
/// HEAD, 101 and 304).
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

async fn read_response(
    reader: &mut tokio::io::BufReader<tokio::net::TcpStream>,
    head_only: bool,
) -> Response {
    use tokio::io::AsyncBufReadExt;
    let mut status_line = String::new();
    reader.read_line(&mut status_line).await.unwrap();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("status line: {status_line:?}"));
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).await.unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').unwrap();
        headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
    }
    let mut response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    if !head_only && status != 304 && status != 101 {
        let len: usize = response.header("content-length").unwrap().parse().unwrap();
        response.body = vec![0; len];
        reader.read_exact(&mut response.body).await.unwrap();
    }
    response
}

/// A connection that sends requests one after another.
async fn connect(addr: std::net::SocketAddr) -> tokio::io::BufReader<tokio::net::TcpStream> {
    tokio::io::BufReader::new(tokio::net::TcpStream::connect(addr).await.unwrap())
}

async fn request(
    conn: &mut tokio::io::BufReader<tokio::net::TcpStream>,
    method: &str,
    path: &str,
    extra: &str,
) -> Response {
    conn.get_mut()
        .write_all(format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}\r\n").as_bytes())
        .await
        .unwrap();
    read_response(conn, method == "HEAD").await
}

const WASM: &str = "pop3-playground-d0eea34e5870f4f4_bg.wasm";
const JS: &str = "pop3-playground-d0eea34e5870f4f4.js";
const INDEX: &str = "<!doctype html><html><head><title>POP3 Playground</title>\
    <script type=\"module\">import init from '/pop3-playground-d0eea34e5870f4f4.js';</script>\
    <script src=\"/other.js\"></script></head></html>";

/// A built app as `cargo xtask dist` leaves it: hashed assets with `.gz` and
/// `.br` siblings (fake ones, told apart by their bytes), an unhashed catalog
/// and a large file without siblings.
fn fake_dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("index.html"), INDEX).unwrap();
    std::fs::write(root.join("index.html.gz"), "gzip of index").unwrap();
    std::fs::write(root.join(WASM), b"\0asm\x01\0\0\0 plain wasm").unwrap();
    std::fs::write(root.join(format!("{WASM}.gz")), "gzip of wasm").unwrap();
    std::fs::write(root.join(format!("{WASM}.br")), "brotli of wasm").unwrap();
    std::fs::write(root.join(JS), "export default 1;").unwrap();
    std::fs::create_dir_all(root.join("i18n/pl")).unwrap();
    std::fs::write(root.join("i18n/pl/core.ftl"), "hello = Cześć\n").unwrap();
    let big: Vec<u8> = (0..8u32 * 1024 * 1024)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    std::fs::write(root.join("big.bin"), big).unwrap();
    dir
}

#[tokio::test]
async fn static_files_precompressed_cached_and_kept_alive() {
    let dist = fake_dist();
    let root = dist.path().to_path_buf();
    let proxy = TestProxy::start(move |c| c.web = Some(root)).await;
    let mut conn = connect(proxy.addr).await;
    let wasm = format!("/{WASM}");

    // Brotli first when both are accepted; gzip when only it is; the plain file
    // when neither is (or brotli is refused with q=0 and there is no gzip sibling).
    let r = request(
        &mut conn,
        "GET",
        &wasm,
        "Accept-Encoding: gzip, deflate, br, zstd\r\n",
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body, b"brotli of wasm");
    assert_eq!(r.header("content-encoding"), Some("br"));
    assert_eq!(r.header("content-type"), Some("application/wasm"));
    assert_eq!(r.header("vary"), Some("Accept-Encoding"));
    assert_eq!(
        r.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(r.header("connection"), Some("keep-alive"));
    // The same connection serves the next requests.
    let r = request(&mut conn, "GET", &wasm, "Accept-Encoding: gzip\r\n").await;
    assert_eq!(r.body, b"gzip of wasm");
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    let r = request(
        &mut conn,
        "GET",
        &wasm,
        "Accept-Encoding: br;q=0, gzip;q=0\r\n",
    )
    .await;
    assert_eq!(r.body, b"\0asm\x01\0\0\0 plain wasm");
    assert_eq!(r.header("content-encoding"), None);
    assert_eq!(r.header("vary"), Some("Accept-Encoding"));
    let r = request(&mut conn, "GET", &wasm, "").await;
    assert_eq!(r.body, b"\0asm\x01\0\0\0 plain wasm");
    // No sibling (a `trunk build` without `xtask dist`): the plain file.
    let r = request(
        &mut conn,
        "GET",
        &format!("/{JS}"),
        "Accept-Encoding: br, gzip\r\n",
    )
    .await;
    assert_eq!(r.body, b"export default 1;");
    assert_eq!(r.header("content-encoding"), None);
    assert_eq!(
        r.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(r.header("cache-control").unwrap().contains("immutable"));

    // index.html: revalidated by ETag, with the page's policy.
    let r = request(&mut conn, "GET", "/", "").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body, INDEX.as_bytes());
    assert_eq!(r.header("cache-control"), Some("no-cache"));
    let csp = r.header("content-security-policy").unwrap().to_owned();
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
        "{csp}"
    );
    assert!(csp.contains("connect-src 'self' ws: wss:"), "{csp}");
    assert!(csp.contains("object-src 'none'"), "{csp}");
    // The hash is the inline module script's, and only it is hashed.
    {
        use base64::Engine as _;
        use sha2::Digest as _;
        let script = "import init from '/pop3-playground-d0eea34e5870f4f4.js';";
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script));
        assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
        assert_eq!(csp.matches("'sha256-").count(), 1, "{csp}");
    }
    let etag = r.header("etag").unwrap().to_owned();
    let r = request(&mut conn, "GET", "/", &format!("If-None-Match: {etag}\r\n")).await;
    assert_eq!(r.status, 304);
    assert_eq!(r.header("etag"), Some(etag.as_str()));
    assert_eq!(r.header("content-length"), None);
    let r = request(&mut conn, "GET", "/", "If-None-Match: \"other\"\r\n").await;
    assert_eq!(r.status, 200);
    // The gzip copy has its own tag, so a cached plain copy is not reused for it.
    let r = request(&mut conn, "GET", "/index.html", "Accept-Encoding: gzip\r\n").await;
    assert_eq!(r.body, b"gzip of index");
    assert_ne!(r.header("etag"), Some(etag.as_str()));
    assert!(
        r.header("content-security-policy")
            .unwrap()
            .contains("'sha256-")
    );
    // An unhashed catalog: revalidated, not immutable.
    let r = request(&mut conn, "GET", "/i18n/pl/core.ftl", "").await;
    assert_eq!(r.body, "hello = Cześć\n".as_bytes());
    assert_eq!(r.header("cache-control"), Some("no-cache"));
    let tag = r.header("etag").unwrap().to_owned();
    let r = request(
        &mut conn,
        "GET",
        "/i18n/pl/core.ftl",
        &format!("If-None-Match: W/{tag}\r\n"),
    )
    .await;
    assert_eq!(r.status, 304);

    // HEAD: the same headers, no body (the next response follows at once).
    let r = request(&mut conn, "HEAD", &wasm, "Accept-Encoding: br\r\n").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-length"), Some("14"));
    assert_eq!(r.header("content-encoding"), Some("br"));
    let r = request(&mut conn, "HEAD", "/", "").await;
    assert_eq!(
        r.header("content-length"),
        Some(INDEX.len().to_string().as_str())
    );
    assert!(r.header("content-security-policy").is_some());

    // 8 MiB streamed whole, then the connection still answers.
    let r = request(
        &mut conn,
        "GET",
        "/big.bin",
        "Accept-Encoding: br, gzip\r\n",
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("vary"), None);
    assert_eq!(r.body, std::fs::read(dist.path().join("big.bin")).unwrap());
    let r = request(&mut conn, "GET", &format!("/{JS}"), "").await;
    assert_eq!(r.body, b"export default 1;");

    // Two requests sent together are answered in order.
    conn.get_mut()
        .write_all(
            format!(
                "GET /{JS} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n\
                 HEAD /i18n/pl/core.ftl HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    assert_eq!(
        read_response(&mut conn, false).await.body,
        b"export default 1;"
    );
    let r = read_response(&mut conn, true).await;
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));

    // `Connection: close` is honoured.
    let r = request(&mut conn, "GET", "/", "Connection: close\r\n").await;
    assert_eq!(r.header("connection"), Some("close"));
    let mut more = Vec::new();
    conn.read_to_end(&mut more).await.unwrap();
    assert!(more.is_empty());

    // Traversal is still refused, precompressed or not.
    for path in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/i18n/../../etc/passwd",
    ] {
        let mut conn = connect(proxy.addr).await;
        let r = request(&mut conn, "GET", path, "Accept-Encoding: gzip, br\r\n").await;
        assert_eq!(r.status, 404, "{path}");
    }
    proxy.stop().await;
}

#[tokio::test]
async fn a_websocket_upgrade_after_file_requests_on_one_connection() {
    let dist = fake_dist();
    let root = dist.path().to_path_buf();
    let proxy = TestProxy::start(move |c| c.web = Some(root)).await;
    let mut conn = connect(proxy.addr).await;
    assert_eq!(request(&mut conn, "GET", "/", "").await.status, 200);
    let r = request(
        &mut conn,
        "GET",
        "/ws",
        &format!(
            "Origin: http://{}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n",
            proxy.addr
        ),
    )
    .await;
    // The answer of RFC 6455, section 1.3, to its example key.
    assert_eq!(r.status, 101);
    assert_eq!(
        r.header("sec-websocket-accept"),
        Some("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    );
    proxy.stop().await;
}
