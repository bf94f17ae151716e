//! The browser <-> proxy wire protocol, version 1.
//!
//! Binary WebSocket frames carry the POP3 byte stream both ways; text frames carry
//! one JSON object each, tagged by `"type"`. The proxy and the app share these
//! types so the two cannot drift apart.

use serde::{Deserialize, Serialize};

/// The WebSocket subprotocol the proxy selects when a client offers it.
pub const SUBPROTOCOL: &str = "pop3-playground.v1";

/// A control message from the browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMessage {
    /// Open a connection; must be the first message.
    Connect {
        /// Host name or IP address of the POP3 server.
        host: String,
        /// TCP port.
        port: u16,
        /// Implicit TLS (port 995) or none (plain, maybe STLS later).
        #[serde(default)]
        tls: TlsMode,
        /// Accept exactly this leaf certificate (hex SHA-256) even if it does
        /// not verify.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pin_sha256: Option<String>,
    },
    /// Upgrade the connection to TLS (after the server's `+OK` to STLS).
    Starttls {
        /// As for `connect`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pin_sha256: Option<String>,
    },
    /// Close the connection.
    Close,
}

/// Whether the connection starts with TLS.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsMode {
    /// Plain TCP (STLS may follow).
    #[default]
    None,
    /// TLS from the first byte.
    Implicit,
}

/// A control message from the proxy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "snake_case",
    try_from = "FlatProxyMessage"
)]
pub enum ProxyMessage {
    /// The TCP connection (and TLS, if implicit) is up.
    Connected {
        /// The address dialled.
        peer: String,
        /// TLS details, for implicit TLS.
        tls: Option<TlsInfo>,
    },
    /// The STLS upgrade finished.
    TlsStarted {
        /// TLS details.
        tls: TlsInfo,
    },
    /// Something went wrong; `closed` usually follows.
    Error {
        /// A stable code.
        code: ErrorCode,
        /// Human text.
        message: String,
        /// TLS details, for TLS errors (the chain, so it can be pinned).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tls: Option<TlsInfo>,
    },
    /// The connection is closed.
    Closed {
        /// Who closed it.
        by: ClosedBy,
        /// Why.
        reason: String,
    },
}

/// [`ProxyMessage`] as one flat object, read first: serde's internally tagged
/// enums buffer every field in a generic `Content` tree, which costs the app's
/// WebAssembly far more code than this plain struct and a `match`.
#[derive(Deserialize)]
struct FlatProxyMessage {
    #[serde(rename = "type")]
    kind: String,
    peer: Option<String>,
    tls: Option<TlsInfo>,
    code: Option<ErrorCode>,
    message: Option<String>,
    by: Option<ClosedBy>,
    reason: Option<String>,
}

impl TryFrom<FlatProxyMessage> for ProxyMessage {
    type Error = String;

    fn try_from(flat: FlatProxyMessage) -> Result<Self, String> {
        fn need<T>(field: Option<T>, name: &str) -> Result<T, String> {
            field.ok_or_else(|| format!("missing field `{name}`"))
        }
        Ok(match flat.kind.as_str() {
            "connected" => ProxyMessage::Connected {
                peer: need(flat.peer, "peer")?,
                tls: flat.tls,
            },
            "tls_started" => ProxyMessage::TlsStarted {
                tls: need(flat.tls, "tls")?,
            },
            "error" => ProxyMessage::Error {
                code: need(flat.code, "code")?,
                message: need(flat.message, "message")?,
                tls: flat.tls,
            },
            "closed" => ProxyMessage::Closed {
                by: need(flat.by, "by")?,
                reason: need(flat.reason, "reason")?,
            },
            other => return Err(format!("unknown message type `{other}`")),
        })
    }
}

/// Error codes of [`ProxyMessage::Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A message the proxy could not understand or that is too large.
    BadRequest,
    /// The page's origin may not use this proxy.
    OriginNotAllowed,
    /// The target port is not on the allow-list.
    PortNotAllowed,
    /// The target host is not allowed (a private address in public mode).
    HostNotAllowed,
    /// The host name did not resolve.
    DnsFailed,
    /// The TCP connection failed.
    ConnectFailed,
    /// Connecting or the TLS handshake took too long.
    Timeout,
    /// The TLS handshake failed.
    TlsFailed,
    /// The server's certificate did not verify; `tls.chain` shows it.
    CertUntrusted,
    /// The proxy is at its session limit.
    TooManySessions,
    /// Nothing happened for too long.
    IdleTimeout,
}

impl ErrorCode {
    /// Every code, for checking that each has an explanation.
    pub const ALL: [ErrorCode; 11] = [
        ErrorCode::BadRequest,
        ErrorCode::OriginNotAllowed,
        ErrorCode::PortNotAllowed,
        ErrorCode::HostNotAllowed,
        ErrorCode::DnsFailed,
        ErrorCode::ConnectFailed,
        ErrorCode::Timeout,
        ErrorCode::TlsFailed,
        ErrorCode::CertUntrusted,
        ErrorCode::TooManySessions,
        ErrorCode::IdleTimeout,
    ];

    /// A code from its wire form.
    pub fn parse(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.into_iter().find(|c| c.as_str() == code)
    }

    /// The code as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::OriginNotAllowed => "origin_not_allowed",
            ErrorCode::PortNotAllowed => "port_not_allowed",
            ErrorCode::HostNotAllowed => "host_not_allowed",
            ErrorCode::DnsFailed => "dns_failed",
            ErrorCode::ConnectFailed => "connect_failed",
            ErrorCode::Timeout => "timeout",
            ErrorCode::TlsFailed => "tls_failed",
            ErrorCode::CertUntrusted => "cert_untrusted",
            ErrorCode::TooManySessions => "too_many_sessions",
            ErrorCode::IdleTimeout => "idle_timeout",
        }
    }
}

/// Who closed the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosedBy {
    /// The POP3 server.
    Server,
    /// The proxy (a limit, an error, shutdown).
    Proxy,
    /// The browser asked.
    Client,
}

/// What a TLS session looks like.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TlsInfo {
    /// E.g. `TLSv1.3`.
    pub version: Option<String>,
    /// E.g. `TLS13_AES_256_GCM_SHA384`.
    pub cipher: Option<String>,
    /// The server name sent (none for IP addresses).
    pub sni: Option<String>,
    /// Whether the chain verified against the web PKI roots.
    pub verified: bool,
    /// Why it did not verify.
    pub error: Option<String>,
    /// The certificates the server sent, leaf first.
    pub chain: Vec<CertInfo>,
}

/// One certificate of a chain.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertInfo {
    /// The subject's distinguished name.
    pub subject: String,
    /// The issuer's distinguished name.
    pub issuer: String,
    /// Start of validity (RFC 3339).
    pub not_before: String,
    /// End of validity (RFC 3339).
    pub not_after: String,
    /// Subject alternative names (DNS names and IP addresses).
    pub sans: Vec<String>,
    /// Hex SHA-256 of the DER encoding: what `pin_sha256` takes.
    pub sha256: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_parses_as_designed() {
        let msg: ClientMessage = serde_json::from_str(
            r#"{"type":"connect","host":"pop.example.org","port":995,"tls":"implicit","pin_sha256":"ab"}"#,
        )
        .unwrap();
        assert_eq!(
            msg,
            ClientMessage::Connect {
                host: "pop.example.org".into(),
                port: 995,
                tls: TlsMode::Implicit,
                pin_sha256: Some("ab".into())
            }
        );
        let msg: ClientMessage = serde_json::from_str(r#"{"type":"starttls"}"#).unwrap();
        assert_eq!(msg, ClientMessage::Starttls { pin_sha256: None });
    }

    #[test]
    fn proxy_messages_serialize_as_designed() {
        let json = serde_json::to_string(&ProxyMessage::Error {
            code: ErrorCode::PortNotAllowed,
            message: "no".into(),
            tls: None,
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"type":"error","code":"port_not_allowed","message":"no"}"#
        );
        let json = serde_json::to_string(&ProxyMessage::Closed {
            by: ClosedBy::Server,
            reason: "eof".into(),
        })
        .unwrap();
        assert_eq!(json, r#"{"type":"closed","by":"server","reason":"eof"}"#);
    }
}
