//! Where to connect: the server, how it is secured, and which bridge carries it.

use pop3::wire::TlsMode;

/// How the connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Security {
    /// Plain TCP (port 110), nothing else.
    #[default]
    None,
    /// Plain TCP, upgraded with STLS right after the greeting.
    Stls,
    /// TLS from the start (port 995).
    Implicit,
}

impl Security {
    /// The value used in the form (`none`, `stls`, `implicit`).
    pub fn as_str(self) -> &'static str {
        match self {
            Security::None => "none",
            Security::Stls => "stls",
            Security::Implicit => "implicit",
        }
    }

    /// How the proxy opens the connection: STLS starts in plain text.
    pub fn tls_mode(self) -> TlsMode {
        match self {
            Security::Implicit => TlsMode::Implicit,
            Security::None | Security::Stls => TlsMode::None,
        }
    }

    /// Parses the form value.
    pub fn parse(value: &str) -> Security {
        match value {
            "stls" => Security::Stls,
            "implicit" => Security::Implicit,
            _ => Security::None,
        }
    }
}

/// The standard POP3 ports, plain and implicit TLS.
const STANDARD_PORTS: (u16, u16) = (110, 995);
/// The demo server's ports, plain and implicit TLS.
const DEMO_PORTS: (u16, u16) = (1110, 1995);

/// The port to use once the security becomes `security`. A default port (the
/// standard ones, or the demo's) follows the choice within its family: 995 or
/// 1995 for implicit TLS, 110 or 1110 otherwise (STLS starts in plain text).
/// Any other port was chosen by the user and stays.
pub fn port_for_security(port: u16, security: Security) -> u16 {
    let implicit = security == Security::Implicit;
    match [STANDARD_PORTS, DEMO_PORTS]
        .into_iter()
        .find(|(plain, tls)| port == *plain || port == *tls)
    {
        Some((_, tls)) if implicit => tls,
        Some((plain, _)) => plain,
        None => port,
    }
}

/// What kind of WebSocket bridge the app talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProxyKind {
    /// pop3-proxy: a control channel (connect, STLS, certificates) beside the bytes.
    #[default]
    Playground,
    /// A stock websockify with a fixed target: bytes only, subprotocol `binary`.
    Websockify,
}

impl ProxyKind {
    /// The value used in the form.
    pub fn as_str(self) -> &'static str {
        match self {
            ProxyKind::Playground => "playground",
            ProxyKind::Websockify => "websockify",
        }
    }

    /// Parses the form value.
    pub fn parse(value: &str) -> ProxyKind {
        if value == "websockify" {
            ProxyKind::Websockify
        } else {
            ProxyKind::Playground
        }
    }

    /// Why a feature is off behind this kind of proxy, if it is: the id of
    /// the message that says so (rendered with `i18n::t`).
    pub fn lacks_control_channel(self) -> Option<&'static str> {
        match self {
            ProxyKind::Playground => None,
            ProxyKind::Websockify => Some("ui-settings-websockify-no-control"),
        }
    }
}

/// How the demo server is reached: chosen in Connection → Proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Via {
    /// In this page when no proxy answers at the page's address, through it
    /// otherwise.
    #[default]
    Auto,
    /// The demo server inside this page: no network, no TLS.
    InPage,
    /// Always through the proxy.
    Proxy,
}

impl Via {
    /// The value used in the form.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Auto => "auto",
            Via::InPage => "in-page",
            Via::Proxy => "proxy",
        }
    }

    /// Parses the form value.
    pub fn parse(value: &str) -> Via {
        match value {
            "in-page" => Via::InPage,
            "proxy" => Via::Proxy,
            _ => Via::Auto,
        }
    }
}

/// Whether a proxy answers at the page's own address (asked once, at start).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProxyPresence {
    /// Not known yet.
    #[default]
    Unknown,
    /// pop3-proxy answers at `ws` beside the page.
    Present,
    /// Nothing does: a static host.
    Absent,
}

/// Where a connection goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// To the demo server inside this page.
    InPage,
    /// Through the proxy.
    Proxy,
    /// Nowhere: the target needs the proxy and none answers.
    NoProxy,
}

/// Where to connect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// How the demo server is reached.
    pub via: Via,
    /// The proxy's WebSocket URL.
    pub proxy_url: String,
    /// pop3-proxy or a stock websockify.
    pub proxy_kind: ProxyKind,
    /// The POP3 server.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// Plain, STLS or implicit TLS.
    pub security: Security,
    /// A certificate the user chose to trust (hex SHA-256 of the leaf).
    pub pin_sha256: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            via: Via::Auto,
            proxy_url: String::new(),
            proxy_kind: ProxyKind::Playground,
            host: "127.0.0.1".into(),
            port: 1110,
            security: Security::None,
            pin_sha256: None,
        }
    }
}

impl Settings {
    /// Whether these settings name the demo server's plain port.
    pub fn is_demo(&self) -> bool {
        is_loopback(&self.host) && self.port == PRESETS[0].port
    }

    /// Where a connection with these settings goes. The page holds only the
    /// demo server, and no TLS: anything else goes through the proxy, and when
    /// the page's own proxy (at `own_proxy_url`) is known to be absent, nowhere.
    pub fn route(&self, proxy: ProxyPresence, own_proxy_url: &str) -> Route {
        let own = self.proxy_url.is_empty() || self.proxy_url == own_proxy_url;
        let own_proxy_absent = own && proxy == ProxyPresence::Absent;
        let in_page_possible = self.security == Security::None;
        match self.via {
            Via::InPage if in_page_possible => Route::InPage,
            Via::Auto if in_page_possible && self.is_demo() && own_proxy_absent => Route::InPage,
            Via::Proxy => Route::Proxy,
            _ if own_proxy_absent => Route::NoProxy,
            _ => Route::Proxy,
        }
    }
}

/// A named set of connection settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// The id of the message the user sees (rendered with `i18n::t`).
    pub label: &'static str,
    /// The server.
    pub host: &'static str,
    /// Its port.
    pub port: u16,
    /// How it is secured.
    pub security: Security,
}

/// The connection presets.
pub const PRESETS: [Preset; 5] = [
    Preset {
        label: "ui-settings-preset-demo",
        host: "127.0.0.1",
        port: 1110,
        security: Security::None,
    },
    Preset {
        label: "ui-settings-preset-demo-tls",
        host: "127.0.0.1",
        port: 1995,
        security: Security::Implicit,
    },
    Preset {
        label: "ui-settings-preset-localhost",
        host: "localhost",
        port: 110,
        security: Security::Stls,
    },
    Preset {
        label: "ui-settings-preset-gmail",
        host: "pop.gmail.com",
        port: 995,
        security: Security::Implicit,
    },
    Preset {
        label: "ui-settings-preset-outlook",
        host: "outlook.office365.com",
        port: 995,
        security: Security::Implicit,
    },
];

/// The demo's TLS faults, each on its own port after the demo's TLS port
/// (`pop3-proxy --demo`): a certificate that fails in one way each.
pub const TLS_FAULTS: [Preset; 4] = [
    Preset {
        label: "ui-settings-preset-fault-expired",
        host: "127.0.0.1",
        port: 1996,
        security: Security::Implicit,
    },
    Preset {
        label: "ui-settings-preset-fault-wrong-name",
        host: "127.0.0.1",
        port: 1997,
        security: Security::Implicit,
    },
    Preset {
        label: "ui-settings-preset-fault-self-signed",
        host: "127.0.0.1",
        port: 1998,
        security: Security::Implicit,
    },
    Preset {
        label: "ui-settings-preset-fault-incomplete-chain",
        host: "127.0.0.1",
        port: 1999,
        security: Security::Implicit,
    },
];

/// Whether a host names this machine.
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim().trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}
