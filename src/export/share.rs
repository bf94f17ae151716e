//! The share link: `#host=..&port=..&security=..[&proxy=..]`, URL-encoded. It
//! never holds a password, a user name or a certificate pin (a pin in a link
//! would let anyone who sends the link make the recipient trust their
//! certificate).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use crate::state::{Security, Settings};

/// The share-link fragment for these settings, e.g.
/// `#host=pop.example.org&port=995&security=implicit`. The proxy is included
/// only when it differs from `default_proxy` (the one the page would pick by
/// itself). Never a password, a user name or a pin.
pub fn share_fragment(settings: &Settings, default_proxy: &str) -> String {
    let mut out = format!(
        "#host={}&port={}&security={}",
        url_encode(settings.host.trim()),
        settings.port,
        settings.security.as_str()
    );
    let proxy = settings.proxy_url.trim();
    if !proxy.is_empty() && proxy != default_proxy {
        out.push_str("&proxy=");
        out.push_str(&url_encode(proxy));
    }
    out
}

/// The whole share link: the page's address (without query or fragment) and
/// [`share_fragment`].
pub fn share_link(page_url: &str, settings: &Settings, default_proxy: &str) -> String {
    let base = page_url.split(['#', '?']).next().unwrap_or(page_url);
    format!("{base}{}", share_fragment(settings, default_proxy))
}

/// What a share link asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SharedSettings {
    /// The server.
    pub host: Option<String>,
    /// Its port.
    pub port: Option<u16>,
    /// How it is secured.
    pub security: Option<Security>,
    /// The proxy's WebSocket URL (`ws://` or `wss://`).
    pub proxy: Option<String>,
}

impl SharedSettings {
    /// Whether the link asked for anything.
    pub fn is_empty(&self) -> bool {
        *self == SharedSettings::default()
    }

    /// `base` with what the link sets.
    pub fn apply(&self, base: &Settings) -> Settings {
        let mut settings = base.clone();
        if let Some(host) = &self.host {
            settings.host = host.clone();
        }
        if let Some(port) = self.port {
            settings.port = port;
        }
        if let Some(security) = self.security {
            settings.security = security;
        }
        if let Some(proxy) = &self.proxy {
            settings.proxy_url = proxy.clone();
        }
        if settings.host != base.host || settings.port != base.port {
            // A pin belongs to the server it was accepted for.
            settings.pin_sha256 = None;
        }
        settings
    }
}

/// Reads `host`, `port`, `security` and `proxy` from a URL, its fragment or
/// its query (the fragment wins). Invalid values are ignored, as are other keys
/// (a `password=` in a hand-made link is never read).
pub fn parse_share(url: &str) -> SharedSettings {
    let (before_hash, fragment) = match url.split_once('#') {
        Some((a, b)) => (a, b),
        None if url.contains('=') && !url.contains('?') => ("", url),
        None => (url, ""),
    };
    let query = before_hash.split_once('?').map_or("", |(_, q)| q);
    let mut shared = SharedSettings::default();
    for part in [query, fragment] {
        for pair in part.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let Some(value) = url_decode(value) else {
                continue;
            };
            let value = value.trim();
            match key {
                "host" if valid_host(value) => shared.host = Some(value.to_owned()),
                "port" => {
                    if let Some(port) = value.parse::<u16>().ok().filter(|p| *p != 0) {
                        shared.port = Some(port);
                    }
                }
                "security" => {
                    if matches!(value, "none" | "stls" | "implicit") {
                        shared.security = Some(Security::parse(value));
                    }
                }
                "proxy" if valid_proxy(value) => shared.proxy = Some(value.to_owned()),
                _ => {}
            }
        }
    }
    shared
}

fn valid_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '[' | ']'))
}

fn valid_proxy(url: &str) -> bool {
    (url.starts_with("ws://") || url.starts_with("wss://"))
        && url.len() <= 2048
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// The host of a `ws://`/`wss://` URL (without port or brackets).
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split_once(']').map(|(h, _)| h);
    }
    Some(authority.split(':').next().unwrap_or(authority))
}

/// Whether a proxy named in a link may be used without asking: it is on this
/// machine or on the page's own host. A link naming another proxy could route
/// the password the user is about to type through a stranger's relay, so that
/// part of the link is ignored.
pub fn proxy_allowed(proxy: &str, page_host: &str) -> bool {
    url_host(proxy).is_some_and(|h| {
        crate::state::is_loopback(h) || h.eq_ignore_ascii_case(page_host.trim_matches(['[', ']']))
    })
}

/// The settings a share link in the page's URL asks for, applied to `base`;
/// `None` when the URL has none. A proxy that is neither local nor the page's
/// host is ignored ([`proxy_allowed`]); an empty proxy URL gets the page's
/// default.
pub fn settings_from_location(base: &Settings) -> Option<Settings> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let page_host = location.hostname().unwrap_or_default();
    let mut shared = parse_share(&href);
    if shared
        .proxy
        .as_deref()
        .is_some_and(|p| !proxy_allowed(p, &page_host))
    {
        shared.proxy = None;
    }
    if shared.is_empty() {
        return None;
    }
    let mut settings = shared.apply(base);
    if settings.proxy_url.is_empty() {
        settings.proxy_url = crate::services::socket::default_proxy_url();
    }
    Some(settings)
}

/// Everything but RFC 3986's unreserved characters.
const RESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn url_encode(text: &str) -> String {
    utf8_percent_encode(text, RESERVED).to_string()
}

/// Decodes `%XX` escapes and `+` (a space in a query); `None` if the result
/// is not UTF-8 or an escape is broken.
pub fn url_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let broken = bytes.iter().enumerate().any(|(i, b)| {
        *b == b'%'
            && !bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    });
    if broken {
        return None;
    }
    let spaced = text.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}
