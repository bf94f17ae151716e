//! Who may use the proxy, and where it may connect: the security defaults.

use std::collections::BTreeSet;
use std::net::{IpAddr, SocketAddr};

/// The rules a request and a target must pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// The address the proxy listens on.
    pub listen: SocketAddr,
    /// Origins allowed besides the proxy's own and the Trunk dev server's.
    pub extra_origins: BTreeSet<String>,
    /// Refuse requests without an Origin header.
    pub require_origin: bool,
    /// Target ports allowed at any address.
    pub ports: BTreeSet<u16>,
    /// Allow private, loopback and link-local targets when listening publicly.
    pub allow_private: bool,
    /// The demo server's own addresses (its plain, TLS and TLS-fault
    /// listeners): always allowed, and their ports only there.
    pub demo_addrs: Vec<SocketAddr>,
}

/// The Trunk dev server's port (Trunk.toml).
pub const TRUNK_PORT: u16 = 8080;

impl Policy {
    /// Whether the proxy is bound to a loopback address.
    pub fn is_loopback(&self) -> bool {
        self.listen.ip().is_loopback()
    }

    /// Checks a browser's Origin header (`None`: no header, a non-browser tool).
    pub fn origin_allowed(&self, origin: Option<&str>) -> bool {
        let Some(origin) = origin else {
            return !self.require_origin;
        };
        let origin = origin.trim_end_matches('/').to_ascii_lowercase();
        if self.extra_origins.contains(&origin) {
            return true;
        }
        let port = self.listen.port();
        let mut own = vec![
            format!("http://127.0.0.1:{port}"),
            format!("http://localhost:{port}"),
        ];
        own.push(format!("http://127.0.0.1:{TRUNK_PORT}"));
        own.push(format!("http://localhost:{TRUNK_PORT}"));
        own.push(format!("http://[::1]:{port}"));
        if !self.listen.ip().is_unspecified() && !self.listen.ip().is_loopback() {
            own.push(format!("http://{}", self.listen));
            own.push(format!("https://{}", self.listen));
        }
        own.contains(&origin)
    }

    /// DNS-rebinding defence: on loopback, the Host header must name loopback.
    /// (Trunk's dev proxy sends `Host: 127.0.0.1` without the port.)
    pub fn host_allowed(&self, host: Option<&str>) -> bool {
        if !self.is_loopback() {
            return true;
        }
        let Some(host) = host else { return false };
        let name = match host.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or_default(),
            None => host.rsplit_once(':').map_or(host, |(name, port)| {
                if port.bytes().all(|b| b.is_ascii_digit()) {
                    name
                } else {
                    host
                }
            }),
        };
        let name = name.to_ascii_lowercase();
        name == "localhost"
            || name.ends_with(".localhost")
            || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }

    /// Whether a target port may be asked for: one on the allow-list, or a
    /// demo listener's (then [`Policy::address_allowed`] holds it to the
    /// demo's address).
    pub fn port_allowed(&self, port: u16) -> bool {
        self.ports.contains(&port) || self.demo_addrs.iter().any(|d| d.port() == port)
    }

    /// Whether `addr` is one of the demo's listeners (one bound to every
    /// address answers on loopback).
    pub fn is_demo(&self, addr: SocketAddr) -> bool {
        self.demo_addrs.iter().any(|d| {
            *d == addr
                || (d.ip().is_unspecified() && d.port() == addr.port() && addr.ip().is_loopback())
        })
    }

    /// Whether a resolved target a browser asked for may be dialled: its port
    /// is allowed everywhere, or it is the demo's, and its address is allowed.
    pub fn target_allowed(&self, addr: SocketAddr) -> bool {
        (self.ports.contains(&addr.port()) || self.is_demo(addr)) && self.address_allowed(addr)
    }

    /// Whether a resolved address may be dialled.
    pub fn address_allowed(&self, addr: SocketAddr) -> bool {
        if self.is_demo(addr) {
            return true;
        }
        if self.is_loopback() || self.allow_private {
            return true;
        }
        !is_internal(addr.ip())
    }
}

/// Loopback, private, link-local, unique-local, unspecified, multicast and
/// similar addresses that a public proxy must not reach.
pub fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                // 100.64.0.0/10, carrier-grade NAT
                || (v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64)
                // 0.0.0.0/8
                || v4.octets()[0] == 0
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_internal(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local
                || (first & 0xffc0) == 0xfe80 // link local
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(listen: &str) -> Policy {
        Policy {
            listen: listen.parse().unwrap(),
            extra_origins: ["https://play.example".to_owned()].into(),
            require_origin: false,
            ports: [110, 995].into(),
            allow_private: false,
            demo_addrs: vec!["127.0.0.1:1110".parse().unwrap()],
        }
    }

    #[test]
    fn origins() {
        let p = policy("127.0.0.1:8110");
        assert!(p.origin_allowed(None));
        assert!(p.origin_allowed(Some("http://127.0.0.1:8110")));
        assert!(p.origin_allowed(Some("http://localhost:8080")));
        assert!(p.origin_allowed(Some("https://play.example/")));
        assert!(!p.origin_allowed(Some("https://evil.example")));
        assert!(!p.origin_allowed(Some("http://127.0.0.1:9999")));
        let strict = Policy {
            require_origin: true,
            ..p
        };
        assert!(!strict.origin_allowed(None));
    }

    #[test]
    fn hosts() {
        let p = policy("127.0.0.1:8110");
        for ok in [
            "127.0.0.1",
            "127.0.0.1:8110",
            "localhost:8110",
            "[::1]:8110",
            "LOCALHOST",
        ] {
            assert!(p.host_allowed(Some(ok)), "{ok}");
        }
        for bad in ["evil.example", "evil.example:8110", "192.168.1.2:8110"] {
            assert!(!p.host_allowed(Some(bad)), "{bad}");
        }
        assert!(!p.host_allowed(None));
        assert!(policy("0.0.0.0:8110").host_allowed(Some("anything")));
    }

    #[test]
    fn addresses_in_public_mode() {
        let p = policy("0.0.0.0:8110");
        for internal in [
            "127.0.0.1:110",
            "10.1.2.3:110",
            "192.168.0.1:995",
            "169.254.1.1:110",
            "[::1]:110",
            "[fd00::1]:110",
            "[::ffff:10.0.0.1]:110",
            "100.64.0.1:110",
        ] {
            assert!(!p.address_allowed(internal.parse().unwrap()), "{internal}");
        }
        assert!(
            p.address_allowed("127.0.0.1:1110".parse().unwrap()),
            "the demo is always allowed"
        );
        assert!(p.address_allowed("93.184.216.34:995".parse().unwrap()));
        assert!(policy("127.0.0.1:8110").address_allowed("10.1.2.3:110".parse().unwrap()));
    }

    #[test]
    fn demo_ports_only_at_the_demo() {
        let p = policy("127.0.0.1:8110");
        assert!(p.port_allowed(1110));
        assert!(!p.port_allowed(1111));
        assert!(p.target_allowed("127.0.0.1:1110".parse().unwrap()));
        assert!(p.target_allowed("127.0.0.2:110".parse().unwrap()));
        for elsewhere in ["127.0.0.2:1110", "[::1]:1110", "93.184.216.34:1110"] {
            assert!(!p.target_allowed(elsewhere.parse().unwrap()), "{elsewhere}");
        }
        let everywhere = Policy {
            demo_addrs: vec!["0.0.0.0:1110".parse().unwrap()],
            ..p
        };
        assert!(everywhere.target_allowed("127.0.0.1:1110".parse().unwrap()));
        assert!(!everywhere.target_allowed("93.184.216.34:1110".parse().unwrap()));
    }
}
