//! Which way a connection goes: to the demo server inside the page, or
//! through the proxy. Whether a proxy answers at the page's own address is
//! asked once, at start, with a plain HTTP request for its WebSocket path:
//! pop3-proxy answers `426 Upgrade Required`, and Trunk's development server,
//! which forwards the path to the proxy, `400 Bad Request`. A static host has
//! nothing there (`404`), or its page for every path (`200`).

use super::inpage::InPageLink;
use super::link::{LinkEvent, ProxyLink, Target};
use super::socket::default_proxy_url;
use crate::state::{ProxyPresence, Route, Settings, Transport};

/// Asks whether a proxy answers at the page's address; `done` runs after.
pub fn probe(done: impl FnOnce(ProxyPresence) + 'static) {
    let url = http_url(&default_proxy_url());
    wasm_bindgen_futures::spawn_local(async move {
        let answer = gloo::net::http::Request::get(&url)
            .cache(web_sys::RequestCache::NoStore)
            .send()
            .await;
        let found = match answer {
            Ok(response) if is_websocket_endpoint(response.status()) => ProxyPresence::Present,
            _ => ProxyPresence::Absent,
        };
        done(found);
    });
}

/// Whether this status answers a plain GET of a WebSocket endpoint.
fn is_websocket_endpoint(status: u16) -> bool {
    matches!(status, 426 | 400)
}

/// The `http(s)://` form of a `ws(s)://` URL.
fn http_url(ws: &str) -> String {
    if let Some(rest) = ws.strip_prefix("wss://") {
        format!("https://{rest}")
    } else if let Some(rest) = ws.strip_prefix("ws://") {
        format!("http://{rest}")
    } else {
        ws.to_owned()
    }
}

/// A link of either kind.
pub enum AnyLink {
    /// Through the proxy.
    Proxy(ProxyLink),
    /// To the demo inside the page.
    InPage(InPageLink),
}

/// What opening a connection gave.
pub enum Opening {
    /// A link, which reports through the callback.
    Link(AnyLink),
    /// The target needs the proxy and none answers: nothing was opened.
    NoProxy,
    /// The browser refused to open the WebSocket.
    Failed(String),
}

/// Opens a connection the way `settings` say, knowing whether a proxy
/// answers beside the page.
pub fn open(
    settings: &Settings,
    proxy: ProxyPresence,
    report: impl Fn(LinkEvent) + 'static,
) -> Opening {
    match settings.route(proxy, &default_proxy_url()) {
        Route::InPage => Opening::Link(AnyLink::InPage(InPageLink::open(report))),
        Route::NoProxy => Opening::NoProxy,
        Route::Proxy => match ProxyLink::open(Target::of(settings), report) {
            Ok(link) => Opening::Link(AnyLink::Proxy(link)),
            Err(e) => Opening::Failed(e),
        },
    }
}

impl Transport for AnyLink {
    fn send(&self, bytes: &[u8]) {
        match self {
            AnyLink::Proxy(link) => link.send(bytes),
            AnyLink::InPage(link) => link.send(bytes),
        }
    }

    fn start_tls(&self, pin_sha256: Option<String>) {
        match self {
            AnyLink::Proxy(link) => link.start_tls(pin_sha256),
            AnyLink::InPage(link) => link.start_tls(pin_sha256),
        }
    }

    fn close(&self) {
        match self {
            AnyLink::Proxy(link) => link.close(),
            AnyLink::InPage(link) => link.close(),
        }
    }

    fn in_page(&self) -> bool {
        matches!(self, AnyLink::InPage(_))
    }
}

#[cfg(test)]
mod tests {
    use super::{http_url, is_websocket_endpoint};

    #[test]
    fn a_websocket_endpoint_refuses_a_plain_get_and_a_static_host_does_not() {
        assert!(is_websocket_endpoint(426), "pop3-proxy");
        assert!(is_websocket_endpoint(400), "Trunk's development proxy");
        for status in [200, 403, 404, 500] {
            assert!(!is_websocket_endpoint(status), "{status}");
        }
    }

    #[test]
    fn the_probe_asks_over_http() {
        assert_eq!(
            http_url("wss://class.example/pop3/ws"),
            "https://class.example/pop3/ws"
        );
        assert_eq!(
            http_url("ws://127.0.0.1:8080/ws"),
            "http://127.0.0.1:8080/ws"
        );
    }
}
