//! Who may use the proxy, and where it may connect: the security defaults.
//!
//! - Origins and `Host` headers a browser request must carry.
//! - Which `connect` hosts are well-formed ([`parse_host`]), which ports are
//!   open, and which resolved addresses may be dialled: in public mode none of
//!   the IANA special-purpose ranges ([`special_purpose`]).
//! - Which address a client has, when a trusted reverse proxy forwards it
//!   ([`Policy::client_ip`]).

use std::collections::BTreeSet;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

/// The rules a request and a target must pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// The address the proxy listens on.
    pub listen: SocketAddr,
    /// Origins allowed besides the proxy's own.
    pub extra_origins: BTreeSet<String>,
    /// Also allow the Trunk dev server's origins (`--dev`, for `cargo xtask dev`).
    pub dev_origins: bool,
    /// Refuse requests without an Origin header.
    pub require_origin: bool,
    /// Target ports allowed towards any address.
    pub ports: BTreeSet<u16>,
    /// Allow special-purpose targets (loopback, private, ...) in public mode.
    pub allow_private: bool,
    /// The demo server's own addresses (its plain, TLS and TLS-fault
    /// listeners): always allowed, and their ports are open towards them only.
    pub demo_addrs: Vec<SocketAddr>,
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` headers are
    /// believed. Configuring one also puts the proxy in public mode.
    pub trusted_proxies: Vec<IpNet>,
}

/// The Trunk dev server's port (Trunk.toml).
pub const TRUNK_PORT: u16 = 8080;

/// Why a resolved target may not be dialled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetRefusal {
    /// The port is open only towards the demo server's addresses.
    Port,
    /// The address is in this special-purpose range (public mode).
    Address(&'static str),
}

impl Policy {
    /// Whether the proxy is bound to a loopback address.
    pub fn is_loopback(&self) -> bool {
        self.listen.ip().is_loopback()
    }

    /// Public mode: listening on a non-loopback address, or behind a trusted
    /// reverse proxy. Special-purpose targets are refused, sessions are capped
    /// per client address, and errors do not show resolved addresses.
    pub fn is_public(&self) -> bool {
        !self.is_loopback() || !self.trusted_proxies.is_empty()
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
            format!("http://[::1]:{port}"),
        ];
        if self.dev_origins {
            own.push(format!("http://127.0.0.1:{TRUNK_PORT}"));
            own.push(format!("http://localhost:{TRUNK_PORT}"));
        }
        if !self.listen.ip().is_unspecified() && !self.listen.ip().is_loopback() {
            own.push(format!("http://{}", self.listen));
            own.push(format!("https://{}", self.listen));
        }
        own.contains(&origin)
    }

    /// DNS-rebinding defence: on loopback, the Host header must name loopback.
    /// (Trunk's dev proxy sends `Host: 127.0.0.1` without the port.) In public
    /// mode any name may reach the proxy, as a reverse proxy forwards it.
    pub fn host_allowed(&self, host: Option<&str>) -> bool {
        if self.is_public() {
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

    /// Whether a target port may be asked for at all (before resolving): an
    /// allowed port, or one of the demo server's.
    pub fn port_allowed(&self, port: u16) -> bool {
        self.ports.contains(&port) || self.demo_addrs.iter().any(|a| a.port() == port)
    }

    /// Whether `addr` is one of the demo server's own addresses (a demo bound
    /// to an unspecified address is reached on loopback).
    pub fn is_demo(&self, addr: SocketAddr) -> bool {
        self.demo_addrs.iter().any(|demo| {
            demo.port() == addr.port()
                && (demo.ip() == addr.ip()
                    || (demo.ip().is_unspecified()
                        && addr.ip().is_loopback()
                        && demo.is_ipv4() == addr.is_ipv4()))
        })
    }

    /// Whether a resolved target address may be dialled.
    pub fn check_target(&self, addr: SocketAddr) -> Result<(), TargetRefusal> {
        if self.is_demo(addr) {
            return Ok(());
        }
        if !self.ports.contains(&addr.port()) {
            return Err(TargetRefusal::Port);
        }
        if self.is_public()
            && !self.allow_private
            && let Some(range) = special_purpose(addr.ip())
        {
            return Err(TargetRefusal::Address(range));
        }
        Ok(())
    }

    /// Whether `addr` may be dialled ([`Policy::check_target`] passes).
    pub fn address_allowed(&self, addr: SocketAddr) -> bool {
        self.check_target(addr).is_ok()
    }

    /// Whether `ip` is a configured trusted reverse proxy.
    pub fn is_trusted_proxy(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.trusted_proxies.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: the TCP peer's, or, when the peer is a trusted
    /// reverse proxy, the one it forwarded (`Forwarded` first, else
    /// `X-Forwarded-For`). The chain is read from the right, skipping trusted
    /// proxies: entries further left were written by the client and prove
    /// nothing. An entry that does not parse ends the walk at the peer.
    pub fn client_ip(
        &self,
        peer: IpAddr,
        forwarded: Option<&str>,
        x_forwarded_for: Option<&str>,
    ) -> IpAddr {
        let peer = canonical(peer);
        if !self.is_trusted_proxy(peer) {
            return peer;
        }
        let hops: Vec<Option<IpAddr>> = match (forwarded, x_forwarded_for) {
            (Some(f), _) => f.split(',').map(forwarded_for).collect(),
            (None, Some(x)) => x.split(',').map(|h| parse_node(h.trim())).collect(),
            (None, None) => return peer,
        };
        let mut client = peer;
        for hop in hops.iter().rev() {
            match hop {
                None => return peer,
                Some(ip) if self.is_trusted_proxy(*ip) => client = *ip,
                Some(ip) => return *ip,
            }
        }
        client
    }
}

/// IPv4-mapped IPv6 addresses as the IPv4 address they are.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The `for=` address of one `Forwarded` element (RFC 7239 §4).
fn forwarded_for(element: &str) -> Option<IpAddr> {
    element.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("for")
            .then(|| parse_node(value.trim().trim_matches('"')))
            .flatten()
    })
}

/// An address as forwarding headers write it: `192.0.2.1`, `192.0.2.1:4711`,
/// `2001:db8::1`, `[2001:db8::1]:4711`.
fn parse_node(node: &str) -> Option<IpAddr> {
    if let Some(rest) = node.strip_prefix('[') {
        return rest
            .split(']')
            .next()?
            .parse::<Ipv6Addr>()
            .ok()
            .map(IpAddr::V6);
    }
    if let Ok(ip) = node.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    let (v4, port) = node.split_once(':')?;
    port.parse::<u16>().ok()?;
    v4.parse::<Ipv4Addr>().ok().map(IpAddr::V4)
}

// ---------------------------------------------------------------------------
// Target hosts.

/// The longest host name accepted (RFC 1035 §2.3.4, in text form).
pub const MAX_HOST: usize = 253;
/// The longest label of a host name (RFC 1035 §2.3.4).
pub const MAX_LABEL: usize = 63;

/// A `connect` host that passed [`parse_host`]: only LDH characters, dots and
/// colons, so it is safe to log and to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetHost {
    /// A DNS name of letters, digits and hyphens (RFC 1123 §2.1).
    Name(String),
    /// An IP literal.
    Ip(IpAddr),
}

impl fmt::Display for TargetHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TargetHost::Name(name) => f.write_str(name),
            TargetHost::Ip(ip) => write!(f, "{ip}"),
        }
    }
}

/// Why a `connect` host was refused. The messages never repeat the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostError {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`MAX_HOST`] bytes.
    TooLong,
    /// A character that is neither a letter, a digit, `-`, `.` nor part of an
    /// IP literal (spaces, controls, non-ASCII: use the `xn--` form).
    BadCharacter,
    /// An empty label, one over [`MAX_LABEL`] bytes, or one that starts or
    /// ends with `-`.
    BadLabel,
    /// A name whose last label is all digits, which resolvers may read as a
    /// shorthand IPv4 address (`127.1`).
    NumericName,
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HostError::Empty => "the host is empty",
            HostError::TooLong => "the host is longer than 253 characters",
            HostError::BadCharacter => {
                "the host may only hold letters, digits, '-' and '.', or be an IP address \
                 (write international names in their xn-- form)"
            }
            HostError::BadLabel => {
                "each part of the host name must be 1 to 63 characters and not start or end with '-'"
            }
            HostError::NumericName => {
                "the host looks like an IP address but is not one in dotted form"
            }
        })
    }
}

/// Validates a `connect` host: spaces around it are ignored; an IPv6 literal
/// may be bracketed; otherwise it must be a host name of LDH labels.
pub fn parse_host(raw: &str) -> Result<TargetHost, HostError> {
    if raw.len() > MAX_HOST + 2 {
        return Err(HostError::TooLong);
    }
    let host = raw.trim_matches(' ');
    if host.is_empty() {
        return Err(HostError::Empty);
    }
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return inner
            .parse::<Ipv6Addr>()
            .map(|ip| TargetHost::Ip(IpAddr::V6(ip)))
            .map_err(|_| HostError::BadCharacter);
    }
    if host.len() > MAX_HOST {
        return Err(HostError::TooLong);
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(TargetHost::Ip(ip));
    }
    if !host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
    {
        return Err(HostError::BadCharacter);
    }
    // One trailing dot (a fully qualified name) is fine.
    let name = host.strip_suffix('.').unwrap_or(host);
    let mut last = "";
    for label in name.split('.') {
        if label.is_empty()
            || label.len() > MAX_LABEL
            || label.starts_with('-')
            || label.ends_with('-')
        {
            return Err(HostError::BadLabel);
        }
        last = label;
    }
    if last.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HostError::NumericName);
    }
    Ok(TargetHost::Name(host.to_ascii_lowercase()))
}

/// `text` made safe for one log line: control characters and quotes escaped,
/// and cut after `max` characters with the full length noted.
pub fn escape_for_log(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max) + 16);
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push_str(&format!("…({} bytes in all)", text.len()));
            break;
        }
        out.extend(c.escape_debug());
    }
    out
}

// ---------------------------------------------------------------------------
// Special-purpose addresses.

const fn v4(a: u8, b: u8, c: u8, d: u8, len: u8) -> Ipv4Net {
    Ipv4Net::new_assert(Ipv4Addr::new(a, b, c, d), len)
}

const fn v6(segments: [u16; 8], len: u8) -> Ipv6Net {
    let [a, b, c, d, e, f, g, h] = segments;
    Ipv6Net::new_assert(Ipv6Addr::new(a, b, c, d, e, f, g, h), len)
}

/// The IANA IPv4 Special-Purpose Address Registry, every entry (including the
/// few marked globally reachable, such as AS112 and AMT: none is a mail
/// server), plus multicast. 240.0.0.0/4 covers the limited broadcast address.
pub const SPECIAL_V4: &[(Ipv4Net, &str)] = &[
    (v4(0, 0, 0, 0, 8), "\"this network\" (RFC 791)"),
    (v4(10, 0, 0, 0, 8), "private-use (RFC 1918)"),
    (v4(100, 64, 0, 0, 10), "shared address space (RFC 6598)"),
    (v4(127, 0, 0, 0, 8), "loopback (RFC 1122)"),
    (v4(169, 254, 0, 0, 16), "link-local (RFC 3927)"),
    (v4(172, 16, 0, 0, 12), "private-use (RFC 1918)"),
    (v4(192, 0, 0, 0, 24), "IETF protocol assignments (RFC 6890)"),
    (v4(192, 0, 2, 0, 24), "documentation, TEST-NET-1 (RFC 5737)"),
    (v4(192, 31, 196, 0, 24), "AS112-v4 (RFC 7535)"),
    (v4(192, 52, 193, 0, 24), "AMT (RFC 7450)"),
    (
        v4(192, 88, 99, 0, 24),
        "deprecated 6to4 relay anycast (RFC 7526)",
    ),
    (v4(192, 168, 0, 0, 16), "private-use (RFC 1918)"),
    (
        v4(192, 175, 48, 0, 24),
        "direct delegation AS112 (RFC 7534)",
    ),
    (v4(198, 18, 0, 0, 15), "benchmarking (RFC 2544)"),
    (
        v4(198, 51, 100, 0, 24),
        "documentation, TEST-NET-2 (RFC 5737)",
    ),
    (
        v4(203, 0, 113, 0, 24),
        "documentation, TEST-NET-3 (RFC 5737)",
    ),
    (v4(224, 0, 0, 0, 4), "multicast (RFC 5771)"),
    (
        v4(240, 0, 0, 0, 4),
        "reserved and limited broadcast (RFC 1112, RFC 919)",
    ),
];

/// IPv4-mapped addresses: judged by the IPv4 address they hold.
pub const IPV4_MAPPED: Ipv6Net = v6([0, 0, 0, 0, 0, 0xffff, 0, 0], 96);
/// The NAT64 well-known prefix (RFC 6052): judged by the IPv4 address it
/// holds in its last 32 bits. A translator reaches that address and no other,
/// so a NAT64 address of a public IPv4 address is allowed like the address
/// itself; one of a special-purpose IPv4 address is refused.
pub const NAT64: Ipv6Net = v6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0], 96);
/// 6to4 (RFC 3056): judged by the IPv4 address in bits 16 to 48.
pub const SIX_TO_FOUR: Ipv6Net = v6([0x2002, 0, 0, 0, 0, 0, 0, 0], 16);
/// Global unicast space: everything outside it is unassigned or special.
const GLOBAL_UNICAST: Ipv6Net = v6([0x2000, 0, 0, 0, 0, 0, 0, 0], 3);

/// The IANA IPv6 Special-Purpose Address Registry, every entry, plus the
/// deprecated IPv4-compatible, IPv4-translated and site-local ranges and
/// multicast. (IPv4-mapped, NAT64 and 6to4 addresses are judged by the IPv4
/// address they hold; the local-use NAT64 prefix holds addresses of a local
/// network's choosing, so it is refused whole.)
pub const SPECIAL_V6: &[(Ipv6Net, &str)] = &[
    (
        v6([0, 0, 0, 0, 0, 0, 0, 0], 96),
        "IPv4-compatible, deprecated, with the unspecified and loopback addresses (RFC 4291)",
    ),
    (
        v6([0, 0, 0, 0, 0xffff, 0, 0, 0], 96),
        "IPv4-translated (RFC 2765)",
    ),
    (
        v6([0x64, 0xff9b, 1, 0, 0, 0, 0, 0], 48),
        "local-use IPv4/IPv6 translation (RFC 8215)",
    ),
    (
        v6([0x100, 0, 0, 0, 0, 0, 0, 0], 64),
        "discard-only (RFC 6666)",
    ),
    (
        v6([0x100, 0, 0, 1, 0, 0, 0, 0], 64),
        "dummy IPv6 prefix (RFC 9780)",
    ),
    (
        v6([0x2001, 0, 0, 0, 0, 0, 0, 0], 23),
        "IETF protocol assignments, Teredo 2001::/32 among them (RFC 2928, RFC 4380)",
    ),
    (
        v6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32),
        "documentation (RFC 3849)",
    ),
    (
        v6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0], 48),
        "direct delegation AS112 (RFC 7534)",
    ),
    (
        v6([0x3fff, 0, 0, 0, 0, 0, 0, 0], 20),
        "documentation (RFC 9637)",
    ),
    (
        v6([0x5f00, 0, 0, 0, 0, 0, 0, 0], 16),
        "segment routing SIDs (RFC 9602)",
    ),
    (
        v6([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7),
        "unique-local (RFC 4193)",
    ),
    (
        v6([0xfe80, 0, 0, 0, 0, 0, 0, 0], 10),
        "link-local (RFC 4291)",
    ),
    (
        v6([0xfec0, 0, 0, 0, 0, 0, 0, 0], 10),
        "site-local, deprecated (RFC 3879)",
    ),
    (v6([0xff00, 0, 0, 0, 0, 0, 0, 0], 8), "multicast (RFC 4291)"),
];

/// The special-purpose range `ip` falls in (for an address holding an IPv4
/// address, the IPv4 address's range), or `None` for an ordinary public
/// address that a public proxy may dial.
pub fn special_purpose(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => SPECIAL_V4
            .iter()
            .find(|(net, _)| net.contains(&v4))
            .map(|(_, name)| *name),
        IpAddr::V6(v6) => {
            let bits = u128::from(v6);
            let embedded = if IPV4_MAPPED.contains(&v6) || NAT64.contains(&v6) {
                Some(Ipv4Addr::from(bits as u32))
            } else if SIX_TO_FOUR.contains(&v6) {
                Some(Ipv4Addr::from((bits >> 80) as u32))
            } else {
                None
            };
            if let Some(v4) = embedded {
                return special_purpose(IpAddr::V4(v4));
            }
            if let Some((_, name)) = SPECIAL_V6.iter().find(|(net, _)| net.contains(&v6)) {
                return Some(name);
            }
            (!GLOBAL_UNICAST.contains(&v6)).then_some("outside global unicast 2000::/3 (RFC 4291)")
        }
    }
}

/// Whether `ip` is in a special-purpose range ([`special_purpose`]).
pub fn is_internal(ip: IpAddr) -> bool {
    special_purpose(ip).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(listen: &str) -> Policy {
        Policy {
            listen: listen.parse().unwrap(),
            extra_origins: ["https://play.example".to_owned()].into(),
            dev_origins: false,
            require_origin: false,
            ports: [110, 995].into(),
            allow_private: false,
            demo_addrs: vec!["127.0.0.1:1110".parse().unwrap()],
            trusted_proxies: Vec::new(),
        }
    }

    #[test]
    fn origins() {
        let p = policy("127.0.0.1:8110");
        assert!(p.origin_allowed(None));
        assert!(p.origin_allowed(Some("http://127.0.0.1:8110")));
        assert!(p.origin_allowed(Some("https://play.example/")));
        assert!(!p.origin_allowed(Some("https://evil.example")));
        assert!(!p.origin_allowed(Some("http://127.0.0.1:9999")));
        assert!(
            !p.origin_allowed(Some("http://localhost:8080")),
            "the Trunk dev server only with --dev"
        );
        let dev = Policy {
            dev_origins: true,
            ..p.clone()
        };
        assert!(dev.origin_allowed(Some("http://localhost:8080")));
        assert!(dev.origin_allowed(Some("http://127.0.0.1:8080")));
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
        let behind_nginx = Policy {
            trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
            ..p
        };
        assert!(behind_nginx.is_public());
        assert!(behind_nginx.host_allowed(Some("play.example.org")));
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

    /// Every range, from the registries' own tables: the first address, one
    /// inside, the last; and neighbours just outside that are public.
    #[test]
    fn special_purpose_ranges_from_a_table() {
        let refused = [
            // IPv4 special-purpose registry.
            "0.0.0.0",
            "0.255.255.255",
            "10.0.0.0",
            "10.255.255.255",
            "100.64.0.0",
            "100.127.255.255",
            "127.0.0.1",
            "127.255.255.254",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.0.0.0",
            "192.0.0.8",
            "192.0.0.170",
            "192.0.0.255",
            "192.0.2.1",
            "192.31.196.1",
            "192.52.193.1",
            "192.88.99.1",
            "192.168.1.1",
            "192.175.48.1",
            "198.18.0.1",
            "198.19.255.255",
            "198.51.100.7",
            "203.0.113.9",
            "224.0.0.1",
            "239.255.255.255",
            "240.0.0.1",
            "255.255.255.255",
            // IPv6 special-purpose registry.
            "::",
            "::1",
            "::127.0.0.1",
            "::8.8.8.8",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::ffff:0:8.8.8.8",
            "64:ff9b::7f00:1",
            "64:ff9b::10.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "64:ff9b::c0a8:101",
            "64:ff9b:1::1",
            "64:ff9b:1::808:808",
            "100::1",
            "100:0:0:1::1",
            "2001::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2",
            "2001:1::1",
            "2001:2::1",
            "2001:3::1",
            "2001:4:112::1",
            "2001:10::1",
            "2001:20::1",
            "2001:1ff:ffff::1",
            "2001:db8::1",
            "2002:7f00:1::1",
            "2002:a00:1::1",
            "2002:c0a8:101::1",
            "2620:4f:8000::1",
            "3fff::1",
            "3fff:fff::1",
            "5f00::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "feff::1",
            "ff02::1",
            "ff0e::1",
            "4000::1",
            "8000::1",
        ];
        for ip in refused {
            let parsed: IpAddr = ip.parse().unwrap();
            assert!(special_purpose(parsed).is_some(), "{ip} must be refused");
        }
        let public = [
            "1.1.1.1",
            "8.8.8.8",
            "93.184.216.34",
            "100.63.255.255",
            "100.128.0.0",
            "172.15.255.255",
            "172.32.0.0",
            "192.0.1.1",
            "198.17.255.255",
            "198.20.0.0",
            "223.255.255.255",
            "2606:4700::1111",
            "2a00:1450:4001::1",
            "2001:200::1",
            "3000::1",
            // The NAT64 and 6to4 forms of a public IPv4 address reach that
            // address: allowed like it (see NAT64).
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "64:ff9b::8.8.8.8",
            "2002:808:808::1",
        ];
        for ip in public {
            let parsed: IpAddr = ip.parse().unwrap();
            assert_eq!(special_purpose(parsed), None, "{ip} is public");
        }
        // And through the policy, in public mode only.
        let public_mode = policy("0.0.0.0:8110");
        let local_mode = policy("127.0.0.1:8110");
        for ip in refused {
            let addr = SocketAddr::new(ip.parse().unwrap(), 110);
            assert!(
                matches!(
                    public_mode.check_target(addr),
                    Err(TargetRefusal::Address(_))
                ),
                "{ip}"
            );
            assert_eq!(local_mode.check_target(addr), Ok(()), "{ip}");
        }
        let allowed = Policy {
            allow_private: true,
            ..public_mode
        };
        assert_eq!(
            allowed.check_target("[64:ff9b::7f00:1]:110".parse().unwrap()),
            Ok(())
        );
    }

    #[test]
    fn demo_ports_are_open_towards_the_demo_only() {
        for p in [policy("127.0.0.1:8110"), policy("0.0.0.0:8110")] {
            assert!(p.port_allowed(1110));
            assert!(!p.port_allowed(1111));
            assert_eq!(p.check_target("127.0.0.1:1110".parse().unwrap()), Ok(()));
            assert_eq!(
                p.check_target("127.0.0.2:1110".parse().unwrap()),
                Err(TargetRefusal::Port)
            );
            assert_eq!(
                p.check_target("93.184.216.34:1110".parse().unwrap()),
                Err(TargetRefusal::Port)
            );
        }
        let anywhere = Policy {
            demo_addrs: vec!["0.0.0.0:1110".parse().unwrap()],
            ..policy("127.0.0.1:8110")
        };
        assert!(anywhere.is_demo("127.0.0.1:1110".parse().unwrap()));
        assert!(!anywhere.is_demo("10.0.0.1:1110".parse().unwrap()));
        // The TLS faults' listeners are the demo's too: reachable there only.
        let faults = Policy {
            demo_addrs: (1995..=1999)
                .map(|port| SocketAddr::from(([127, 0, 0, 1], port)))
                .collect(),
            ..policy("0.0.0.0:8110")
        };
        for port in 1996..=1999 {
            assert!(faults.port_allowed(port));
            assert_eq!(
                faults.check_target(SocketAddr::from(([127, 0, 0, 1], port))),
                Ok(())
            );
            assert_eq!(
                faults.check_target(SocketAddr::from(([93, 184, 216, 34], port))),
                Err(TargetRefusal::Port)
            );
        }
    }

    #[test]
    fn host_validation() {
        for (raw, host) in [
            ("pop.example.org", "pop.example.org"),
            ("  POP.Example.ORG ", "pop.example.org"),
            ("pop.example.org.", "pop.example.org."),
            ("xn--mller-kva.example", "xn--mller-kva.example"),
            ("localhost", "localhost"),
            ("a-b.c", "a-b.c"),
            ("127.0.0.1", "127.0.0.1"),
            ("::1", "::1"),
            ("[::1]", "::1"),
            ("[2001:db8::1]", "2001:db8::1"),
        ] {
            assert_eq!(
                parse_host(raw).map(|h| h.to_string()),
                Ok(host.to_owned()),
                "{raw}"
            );
        }
        let long_label = "a".repeat(64);
        let just_fits = format!(
            "{}.{}.{}.{}",
            "a".repeat(63),
            "b".repeat(63),
            "c".repeat(63),
            "d".repeat(61)
        );
        assert_eq!(just_fits.len(), 253);
        assert!(parse_host(&just_fits).is_ok());
        for (raw, error) in [
            ("", HostError::Empty),
            ("   ", HostError::Empty),
            (&"a".repeat(300 * 1024) as &str, HostError::TooLong),
            (&format!("{just_fits}x"), HostError::TooLong),
            ("pop.example.org\nFORGED log line", HostError::BadCharacter),
            ("pop.example.org\r", HostError::BadCharacter),
            ("pop example.org", HostError::BadCharacter),
            ("pop_3.example.org", HostError::BadCharacter),
            ("müller.example", HostError::BadCharacter),
            ("evil.example/path", HostError::BadCharacter),
            ("user@evil.example", HostError::BadCharacter),
            ("fe80::1%eth0", HostError::BadCharacter),
            ("[fe80::1%eth0]", HostError::BadCharacter),
            ("[127.0.0.1]", HostError::BadCharacter),
            ("1.2.3.4:110", HostError::BadCharacter),
            ("a..b", HostError::BadLabel),
            (".example", HostError::BadLabel),
            ("-a.example", HostError::BadLabel),
            ("a-.example", HostError::BadLabel),
            (&format!("{long_label}.example"), HostError::BadLabel),
            ("127.1", HostError::NumericName),
            ("2130706433", HostError::NumericName),
            ("0x7f.1", HostError::NumericName),
        ] {
            assert_eq!(parse_host(raw), Err(error), "{:?}", escape_for_log(raw, 40));
        }
        // The messages never repeat the host.
        assert!(!HostError::BadCharacter.to_string().contains("FORGED"));
    }

    #[test]
    fn log_escaping() {
        assert_eq!(escape_for_log("a\nb\"c", 10), "a\\nb\\\"c");
        assert_eq!(escape_for_log("abcdef", 3), "abc…(6 bytes in all)");
        assert!(!escape_for_log("x\r\ny\u{1b}[31m", 20).contains(['\r', '\n', '\u{1b}']));
    }

    #[test]
    fn forwarded_addresses_only_from_trusted_proxies() {
        let mut p = policy("127.0.0.1:8110");
        let nginx: IpAddr = "127.0.0.1".parse().unwrap();
        let stranger: IpAddr = "198.51.100.1".parse().unwrap();
        // No trusted proxy: the headers are ignored.
        assert_eq!(p.client_ip(nginx, None, Some("203.0.113.9")), nginx);
        p.trusted_proxies = vec![
            "127.0.0.1/32".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ];
        assert_eq!(p.client_ip(stranger, None, Some("203.0.113.9")), stranger);
        let client: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(p.client_ip(nginx, None, Some("203.0.113.9")), client);
        assert_eq!(p.client_ip(nginx, None, None), nginx);
        // A client's own forged entries to the left are skipped.
        assert_eq!(
            p.client_ip(nginx, None, Some("1.2.3.4, 203.0.113.9")),
            client
        );
        // Trusted hops to the right are skipped.
        assert_eq!(
            p.client_ip(nginx, None, Some("203.0.113.9, 10.1.1.1")),
            client
        );
        assert_eq!(
            p.client_ip(nginx, None, Some("garbage, 203.0.113.9:4711")),
            client
        );
        // The hop a trusted proxy wrote does not parse: the peer it is.
        assert_eq!(
            p.client_ip(nginx, None, Some("203.0.113.9, unknown")),
            nginx
        );
        // Forwarded (RFC 7239) wins over X-Forwarded-For.
        assert_eq!(
            p.client_ip(
                nginx,
                Some("for=1.2.3.4, for=\"[2001:db8:cafe::17]:4711\";proto=https"),
                Some("198.51.100.2")
            ),
            "2001:db8:cafe::17".parse::<IpAddr>().unwrap()
        );
        assert_eq!(
            p.client_ip(nginx, Some("For=203.0.113.9;by=10.0.0.1"), None),
            client
        );
        // A mapped peer address is the IPv4 one.
        assert_eq!(
            p.client_ip(
                "::ffff:127.0.0.1".parse().unwrap(),
                None,
                Some("203.0.113.9")
            ),
            client
        );
    }
}
