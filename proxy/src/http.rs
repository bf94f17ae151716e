//! The HTTP front: reads one request head, then either hands the connection to
//! the WebSocket handshake or serves a file of the built app.

use std::io;
use std::path::{Component, Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};

/// The largest request head accepted.
const MAX_HEAD: usize = 16 * 1024;

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
    /// Whether the request asks for a WebSocket upgrade.
    pub websocket: bool,
    /// The raw bytes read, to be replayed to the WebSocket handshake.
    pub raw: Vec<u8>,
}

/// Reads and parses a request head. `Ok(None)`: the client went away.
pub async fn read_head<S: AsyncRead + Unpin>(stream: &mut S) -> io::Result<Option<RequestHead>> {
    let mut raw = Vec::with_capacity(1024);
    let mut buf = [0u8; 2048];
    loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(None);
        }
        raw.extend_from_slice(&buf[..n]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&raw) {
            Ok(httparse::Status::Complete(_)) => {
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
                let path = request.path.unwrap_or("/");
                let path = path.split(['?', '#']).next().unwrap_or("/").to_owned();
                return Ok(Some(RequestHead {
                    method: request.method.unwrap_or_default().to_owned(),
                    path,
                    origin: header("origin"),
                    host: header("host"),
                    forwarded: all("forwarded"),
                    x_forwarded_for: all("x-forwarded-for"),
                    websocket,
                    raw,
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

/// Serves a file from the built app: GET and HEAD only, no path may leave `root`,
/// `/` and unknown extension-less paths get `index.html` (the app routes itself).
pub async fn serve_file<S: AsyncWrite + Unpin>(
    stream: &mut S,
    root: &Path,
    head: &RequestHead,
) -> io::Result<()> {
    if head.method != "GET" && head.method != "HEAD" {
        return respond(stream, "405 Method Not Allowed", "only GET and HEAD\n").await;
    }
    let Some(path) = resolve(root, &head.path) else {
        return respond(stream, "404 Not Found", "not found\n").await;
    };
    let body = match tokio::fs::read(&path).await {
        Ok(body) => body,
        Err(_) => return respond(stream, "404 Not Found", "not found\n").await,
    };
    let response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        mime_type(&path),
        body.len()
    );
    stream.write_all(response.as_bytes()).await?;
    if head.method == "GET" {
        stream.write_all(&body).await?;
    }
    stream.shutdown().await
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
