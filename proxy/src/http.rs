//! The HTTP front: reads one request head, then either hands the connection to
//! the WebSocket handshake or serves a file of the built app.

use std::io;
use std::path::{Component, Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};

/// The largest request head accepted.
const MAX_HEAD: usize = 16 * 1024;

/// How much of a file is read and written at a time.
const CHUNK: usize = 64 * 1024;

/// The largest HTML file whose inline scripts are hashed into its
/// Content-Security-Policy (the app's page is a few KiB).
const MAX_HASHED_HTML: u64 = 1024 * 1024;

/// The cache lifetime of a file whose name carries its content's hash.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The Content-Security-Policy of the app's page, before the hashes of its
/// inline scripts. `'wasm-unsafe-eval'` lets it compile its WebAssembly;
/// inline styles are Yew's `style` attributes; `data:` images and fonts are the
/// icon and what a rendered mail may embed (its sandboxed `srcdoc` frame
/// inherits this policy on top of its own); `ws:`/`wss:` reach a proxy of the
/// reader's choosing.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const CSP_REST: &str = "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
                        font-src 'self' data:; connect-src 'self' ws: wss:; frame-src 'self'; \
                        object-src 'none'; base-uri 'none'";

/// The parts of a request head the proxy looks at.
#[derive(Debug, Clone, Default)]
pub struct RequestHead {
    /// `GET`, `HEAD`, ...
    pub method: String,
    /// The path, query string removed.
    pub path: String,
    /// `Origin`, if sent.
    pub origin: Option<String>,
    /// `Host`, if sent.
    pub host: Option<String>,
    /// `Forwarded`, every line joined with commas, if sent.
    pub forwarded: Option<String>,
    /// `X-Forwarded-For`, every line joined with commas, if sent.
    pub x_forwarded_for: Option<String>,
    /// `Accept-Encoding`, every line joined with commas, if sent.
    pub accept_encoding: Option<String>,
    /// `If-None-Match`, every line joined with commas, if sent.
    pub if_none_match: Option<String>,
    /// Whether the request asks for a WebSocket upgrade.
    pub websocket: bool,
    /// Whether the connection may serve another request after this one: HTTP/1.1
    /// without `Connection: close` (or 1.0 with `keep-alive`), and no body.
    pub keep_alive: bool,
    /// The raw bytes read, to be replayed to the WebSocket handshake: the head,
    /// then whatever the client sent after it.
    pub raw: Vec<u8>,
    /// The length of the head in `raw`.
    pub head_len: usize,
}

impl RequestHead {
    /// The bytes read past this head: the start of the next request.
    pub fn rest(&self) -> &[u8] {
        &self.raw[self.head_len.min(self.raw.len())..]
    }
}

/// Reads and parses a request head, starting with `pending` (bytes read past the
/// previous request on this connection). `Ok(None)`: the client went away.
pub async fn read_head<S: AsyncRead + Unpin>(
    stream: &mut S,
    pending: Vec<u8>,
) -> io::Result<Option<RequestHead>> {
    let mut raw = pending;
    raw.reserve(1024);
    let mut buf = [0u8; 2048];
    let mut fresh = raw.is_empty();
    loop {
        if fresh {
            let n = stream.read(&mut buf).await?;
            if n == 0 {
                return Ok(None);
            }
            raw.extend_from_slice(&buf[..n]);
        }
        fresh = true;
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&raw) {
            Ok(httparse::Status::Complete(head_len)) => {
                let header = |name: &str| {
                    request
                        .headers
                        .iter()
                        .find(|h| h.name.eq_ignore_ascii_case(name))
                        .map(|h| String::from_utf8_lossy(h.value).trim().to_owned())
                };
                let all = |name: &str| {
                    let values: Vec<String> = request
                        .headers
                        .iter()
                        .filter(|h| h.name.eq_ignore_ascii_case(name))
                        .map(|h| String::from_utf8_lossy(h.value).trim().to_owned())
                        .collect();
                    (!values.is_empty()).then(|| values.join(", "))
                };
                let websocket =
                    header("upgrade").is_some_and(|u| u.eq_ignore_ascii_case("websocket"));
                let connection = all("connection").unwrap_or_default();
                let has_token = |token: &str| {
                    connection
                        .split(',')
                        .any(|t| t.trim().eq_ignore_ascii_case(token))
                };
                let has_body = header("transfer-encoding").is_some()
                    || header("content-length").is_some_and(|l| l != "0");
                let keep_alive = !has_body
                    && if request.version == Some(1) {
                        !has_token("close")
                    } else {
                        has_token("keep-alive")
                    };
                let path = request.path.unwrap_or("/");
                let path = path.split(['?', '#']).next().unwrap_or("/").to_owned();
                return Ok(Some(RequestHead {
                    method: request.method.unwrap_or_default().to_owned(),
                    path,
                    origin: header("origin"),
                    host: header("host"),
                    forwarded: all("forwarded"),
                    x_forwarded_for: all("x-forwarded-for"),
                    accept_encoding: all("accept-encoding"),
                    if_none_match: all("if-none-match"),
                    websocket,
                    keep_alive,
                    raw,
                    head_len,
                }));
            }
            Ok(httparse::Status::Partial) if raw.len() < MAX_HEAD => {}
            Ok(httparse::Status::Partial) => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "request head too large",
                ));
            }
            Err(e) => return Err(io::Error::new(io::ErrorKind::InvalidData, e)),
        }
    }
}

/// Writes a small plain-text response and closes.
pub async fn respond<S: AsyncWrite + Unpin>(
    stream: &mut S,
    status: &str,
    body: &str,
) -> io::Result<()> {
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(response.as_bytes()).await?;
    stream.shutdown().await
}

/// A content coding the proxy serves from a precompressed sibling file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    /// The `Content-Encoding` token.
    fn token(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        }
    }

    /// The sibling file's suffix, after the plain file's name.
    fn suffix(self) -> &'static str {
        match self {
            Coding::Brotli => ".br",
            Coding::Gzip => ".gz",
        }
    }
}

/// Serves a file from the built app: GET and HEAD only, no path may leave `root`,
/// `/` and unknown extension-less paths get `index.html` (the app routes itself).
/// The file is streamed; a precompressed `.br` or `.gz` sibling is sent instead
/// when the client accepts it. `Ok(true)`: the connection may serve another
/// request.
pub async fn serve_file<S: AsyncWrite + Unpin>(
    stream: &mut S,
    root: &Path,
    head: &RequestHead,
) -> io::Result<bool> {
    if head.method != "GET" && head.method != "HEAD" {
        respond(stream, "405 Method Not Allowed", "only GET and HEAD\n").await?;
        return Ok(false);
    }
    let Some(path) = resolve(root, &head.path) else {
        respond(stream, "404 Not Found", "not found\n").await?;
        return Ok(false);
    };
    let Ok(plain) = tokio::fs::metadata(&path).await else {
        respond(stream, "404 Not Found", "not found\n").await?;
        return Ok(false);
    };
    let compressible = is_compressible(&path);
    // The sibling is trusted only if it is at least as new as the plain file.
    let mut chosen = None;
    if compressible {
        for coding in [Coding::Brotli, Coding::Gzip] {
            if !accepts(head.accept_encoding.as_deref(), coding.token()) {
                continue;
            }
            let mut name = path.clone().into_os_string();
            name.push(coding.suffix());
            let sibling = PathBuf::from(name);
            if let Ok(file) = tokio::fs::File::open(&sibling).await
                && let Ok(meta) = file.metadata().await
                && meta.is_file()
                && meta.modified().ok() >= plain.modified().ok()
            {
                chosen = Some((coding, file, meta.len()));
                break;
            }
        }
    }
    let (coding, mut file, len) = match chosen {
        Some((coding, file, len)) => (Some(coding), file, len),
        None => match tokio::fs::File::open(&path).await {
            Ok(file) => (None, file, plain.len()),
            Err(_) => {
                respond(stream, "404 Not Found", "not found\n").await?;
                return Ok(false);
            }
        },
    };
    let etag = etag(&plain, coding);
    let cache = if is_hashed(&path) {
        IMMUTABLE
    } else {
        "no-cache"
    };
    let mut extra = String::new();
    if compressible {
        extra.push_str("Vary: Accept-Encoding\r\n");
    }
    let connection = if head.keep_alive {
        "keep-alive"
    } else {
        "close"
    };
    if head
        .if_none_match
        .as_deref()
        .is_some_and(|tags| etag_matches(tags, &etag))
    {
        let response = format!(
            "HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nCache-Control: {cache}\r\n{extra}Connection: {connection}\r\n\r\n"
        );
        stream.write_all(response.as_bytes()).await?;
        return finish(stream, head.keep_alive).await;
    }
    if let Some(coding) = coding {
        extra.push_str(&format!("Content-Encoding: {}\r\n", coding.token()));
    }
    if mime_type(&path).starts_with("text/html") {
        extra.push_str(&format!(
            "Content-Security-Policy: {}\r\n",
            page_policy(&path, plain.len()).await
        ));
    }
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {len}\r\nCache-Control: {cache}\r\nETag: {etag}\r\n{extra}X-Content-Type-Options: nosniff\r\nConnection: {connection}\r\n\r\n",
        mime_type(&path),
    )
    .into_bytes();
    if head.method == "GET" {
        // The head goes out with the first chunk; a file that shrinks while it
        // is sent ends the connection (its length is already promised).
        let mut chunk = vec![0u8; CHUNK];
        let mut remaining = len;
        while remaining > 0 {
            let want = usize::try_from(remaining).unwrap_or(CHUNK).min(CHUNK);
            let n = file.read(&mut chunk[..want]).await?;
            if n == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the file shrank while it was sent",
                ));
            }
            out.extend_from_slice(&chunk[..n]);
            stream.write_all(&out).await?;
            out.clear();
            remaining -= n as u64;
        }
    }
    stream.write_all(&out).await?;
    finish(stream, head.keep_alive).await
}

/// Ends a response: flushes and, unless kept alive, closes.
async fn finish<S: AsyncWrite + Unpin>(stream: &mut S, keep_alive: bool) -> io::Result<bool> {
    if keep_alive {
        stream.flush().await?;
    } else {
        stream.shutdown().await?;
    }
    Ok(keep_alive)
}

/// Whether `cargo xtask dist` precompresses files of this kind.
pub fn is_compressible(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("wasm" | "js" | "css" | "html" | "ftl" | "svg")
    )
}

/// Whether a file's name carries its content's hash, as Trunk names the app's
/// assets: `name-<16 hex digits>` before the extension, maybe with `_bg`
/// (`pop3-playground-d0eea34e5870f4f4_bg.wasm`, `style-1b0f120eb7f77061.css`).
pub fn is_hashed(path: &Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(name, hash)| {
        !name.is_empty() && hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// Whether `Accept-Encoding` allows `coding` (a listed `q` of 0 refuses it,
/// `*` stands for anything not listed).
fn accepts(accept_encoding: Option<&str>, coding: &str) -> bool {
    let Some(value) = accept_encoding else {
        return false;
    };
    let mut star = None;
    for item in value.split(',') {
        let mut parts = item.split(';');
        let token = parts.next().unwrap_or_default().trim();
        let q = parts
            .filter_map(|p| p.trim().split_once('='))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
            .map_or(1.0, |(_, v)| v.trim().parse::<f32>().unwrap_or(0.0));
        let matches = token.eq_ignore_ascii_case(coding)
            || (coding == "gzip" && token.eq_ignore_ascii_case("x-gzip"));
        if matches {
            return q > 0.0;
        }
        if token == "*" {
            star = Some(q > 0.0);
        }
    }
    star.unwrap_or(false)
}

/// A strong validator from the plain file's size and modification time, with
/// the coding, so each representation has its own.
fn etag(plain: &std::fs::Metadata, coding: Option<Coding>) -> String {
    let mtime = plain
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    match coding {
        Some(coding) => format!("\"{:x}-{mtime:x}-{}\"", plain.len(), coding.token()),
        None => format!("\"{:x}-{mtime:x}\"", plain.len()),
    }
}

/// Whether an `If-None-Match` list holds `etag` (weak comparison, as for GET).
fn etag_matches(if_none_match: &str, etag: &str) -> bool {
    if_none_match
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

/// The page's Content-Security-Policy: [`CSP`] with the SHA-256 of each inline
/// script of the file (Trunk starts the app from one).
async fn page_policy(path: &Path, len: u64) -> String {
    let mut policy = String::from(CSP);
    if len <= MAX_HASHED_HTML
        && let Ok(html) = tokio::fs::read(path).await
    {
        for script in inline_scripts(&html) {
            use base64::Engine as _;
            use sha2::Digest as _;
            let digest = sha2::Sha256::digest(script);
            policy.push_str(" 'sha256-");
            policy.push_str(&base64::engine::general_purpose::STANDARD.encode(digest));
            policy.push('\'');
        }
    }
    policy.push_str(CSP_REST);
    policy
}

/// The contents of the `<script>` elements without `src`.
fn inline_scripts(html: &[u8]) -> Vec<&[u8]> {
    let lower = html.to_ascii_lowercase();
    let mut scripts = Vec::new();
    let mut at = 0;
    while let Some(start) = memchr::memmem::find(&lower[at..], b"<script").map(|i| at + i) {
        let Some(open_end) = memchr::memchr(b'>', &lower[start..]).map(|i| start + i + 1) else {
            break;
        };
        let Some(close) =
            memchr::memmem::find(&lower[open_end..], b"</script").map(|i| open_end + i)
        else {
            break;
        };
        let tag = &lower[start..open_end];
        let has_src = tag
            .windows(4)
            .enumerate()
            .any(|(i, w)| w == b"src=" && i > 0 && tag[i - 1].is_ascii_whitespace());
        if !has_src {
            scripts.push(&html[open_end..close]);
        }
        at = close;
    }
    scripts
}

/// Maps a URL path to a file under `root`, refusing anything that escapes it.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let mut path = root.to_path_buf();
    for component in Path::new(decoded.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => path.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    if !path.exists() && path.extension().is_none() {
        path = root.join("index.html");
    }
    path.is_file().then_some(path)
}

/// Decodes a URL path's `%XX` escapes. `None` for a malformed escape (`%` not
/// followed by two hex digits), a result that is not UTF-8, or one with NUL.
fn percent_decode(s: &str) -> Option<String> {
    // The crate passes malformed escapes through as text; they are refused here.
    let bytes = s.as_bytes();
    let well_formed = memchr::memchr_iter(b'%', bytes).all(|i| {
        bytes
            .get(i + 1..i + 3)
            .is_some_and(|digits| digits.iter().all(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return None;
    }
    let text = percent_encoding::percent_decode_str(s).decode_utf8().ok()?;
    (!text.contains('\0')).then(|| text.into_owned())
}

/// The Content-Type for a file of the built app.
pub fn mime_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        // The app's translation catalogs (Fluent).
        "ftl" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A stream that first yields bytes already read from it.
#[derive(Debug)]
pub struct Rewind<S> {
    prefix: Vec<u8>,
    offset: usize,
    inner: S,
}

impl<S> Rewind<S> {
    /// Replays `prefix` before reading from `inner`.
    pub fn new(prefix: Vec<u8>, inner: S) -> Self {
        Rewind {
            prefix,
            offset: 0,
            inner,
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Rewind<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.offset < self.prefix.len() {
            let n = (self.prefix.len() - self.offset).min(buf.remaining());
            let start = self.offset;
            buf.put_slice(&self.prefix[start..start + n]);
            self.offset += n;
            if self.offset == self.prefix.len() {
                self.prefix = Vec::new();
                self.offset = 0;
            }
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Rewind<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_stays_inside_root() {
        let root = std::env::temp_dir().join(format!("pop3-proxy-http-{}", std::process::id()));
        std::fs::create_dir_all(root.join("assets")).unwrap();
        std::fs::write(root.join("index.html"), "<html>").unwrap();
        std::fs::write(root.join("assets/app.wasm"), "wasm").unwrap();
        assert_eq!(resolve(&root, "/"), Some(root.join("index.html")));
        assert_eq!(
            resolve(&root, "/assets/app.wasm"),
            Some(root.join("assets/app.wasm"))
        );
        assert_eq!(resolve(&root, "/lessons"), Some(root.join("index.html")));
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(resolve(&root, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(&root, "/missing.js"), None);
        assert_eq!(
            resolve(&root, "/assets%2Fapp.wasm"),
            Some(root.join("assets/app.wasm"))
        );
        assert_eq!(
            resolve(&root, "/assets/app%2ewasm"),
            Some(root.join("assets/app.wasm"))
        );
        assert_eq!(resolve(&root, "/%2e%2e%2fetc/passwd"), None);
        assert_eq!(resolve(&root, "/assets/%2e%2e/%2e%2e/etc"), None);
        assert_eq!(mime_type(Path::new("a.wasm")), "application/wasm");
        assert_eq!(
            mime_type(Path::new("i18n/pl/core.ftl")),
            "text/plain; charset=utf-8"
        );
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn hashed_names_are_trunks() {
        for name in [
            "pop3-playground-d0eea34e5870f4f4_bg.wasm",
            "pop3-playground-d0eea34e5870f4f4.js",
            "style-1b0f120eb7f77061.css",
        ] {
            assert!(is_hashed(Path::new(name)), "{name}");
        }
        for name in [
            "index.html",
            "i18n/pl/core.ftl",
            "style.css",
            "-d0eea34e5870f4f4.js",
            "app-d0eea34e5870f4f.js",
            "app-d0eea34e5870f4fg.js",
        ] {
            assert!(!is_hashed(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        assert!(accepts(Some("gzip, deflate, br, zstd"), "br"));
        assert!(accepts(Some("gzip, deflate, br, zstd"), "gzip"));
        assert!(!accepts(Some("gzip"), "br"));
        assert!(!accepts(None, "gzip"));
        assert!(!accepts(Some("br;q=0, gzip"), "br"));
        assert!(accepts(Some("BR;Q=0.5"), "br"));
        assert!(accepts(Some("*"), "br"));
        assert!(!accepts(Some("*, br;q=0"), "br"));
        assert!(!accepts(Some("*;q=0"), "gzip"));
        assert!(accepts(Some("x-gzip"), "gzip"));
        assert!(!accepts(Some("identity"), "gzip"));
    }

    #[test]
    fn if_none_match_lists_and_weak_tags() {
        assert!(etag_matches("\"1-2\"", "\"1-2\""));
        assert!(etag_matches("\"0-0\", W/\"1-2\"", "\"1-2\""));
        assert!(etag_matches("*", "\"1-2\""));
        assert!(!etag_matches("\"1-2-br\"", "\"1-2\""));
    }

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = b"<script type=\"module\">run()</script><SCRIPT src=\"/a.js\"></SCRIPT>\
                     <script data-src=\"x\">two()</script><script defer src=/b.js></script>";
        assert_eq!(inline_scripts(html), vec![&b"run()"[..], &b"two()"[..]],);
        assert!(inline_scripts(b"<p>no scripts</p>").is_empty());
        assert!(inline_scripts(b"<script>unclosed").is_empty());
    }

    #[test]
    fn percent_decode_refuses_what_it_cannot_decode_exactly() {
        assert_eq!(percent_decode("/a%20b").as_deref(), Some("/a b"));
        assert_eq!(percent_decode("/caf%C3%A9").as_deref(), Some("/café"));
        assert_eq!(percent_decode("/plain").as_deref(), Some("/plain"));
        // Malformed escapes.
        assert_eq!(percent_decode("/%"), None);
        assert_eq!(percent_decode("/%4"), None);
        assert_eq!(percent_decode("/%zz"), None);
        assert_eq!(percent_decode("/%%41"), None);
        assert_eq!(percent_decode("/%+f"), None);
        assert_eq!(percent_decode("/%é"), None);
        // Not UTF-8, or NUL.
        assert_eq!(percent_decode("/%ff"), None);
        assert_eq!(percent_decode("/%C3"), None);
        assert_eq!(percent_decode("/a%00.html"), None);
    }
}
