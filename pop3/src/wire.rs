//! The browser <-> proxy wire protocol, version 1.
//!
//! Binary WebSocket frames carry the POP3 byte stream both ways; text frames carry
//! one JSON object each, tagged by `"type"`. The proxy and the app share these
//! types so the two cannot drift apart.

use serde::{Deserialize, Serialize};
use serde_json::Value;

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

/// A control message from the proxy. Read with [`ProxyMessage::from_json`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
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
        /// Why TLS failed, for `tls_failed` and `cert_untrusted` (absent from
        /// older proxies).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cause: Option<TlsFailure>,
    },
    /// The connection is closed.
    Closed {
        /// Who closed it.
        by: ClosedBy,
        /// Why.
        reason: String,
    },
}

impl ProxyMessage {
    /// Reads a control message, field by field. Written by hand rather than
    /// derived: the browser reads every message with it, and serde's derived
    /// readers for tagged enums cost its WebAssembly several times this code.
    pub fn from_json(text: &str) -> Result<ProxyMessage, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let m = Fields::of(&value, "the message")?;
        Ok(match m.need("type")?.as_str() {
            "connected" => ProxyMessage::Connected {
                peer: m.need("peer")?,
                tls: m
                    .object("tls")?
                    .map(|t| TlsInfo::from_fields(&t))
                    .transpose()?,
            },
            "tls_started" => ProxyMessage::TlsStarted {
                tls: TlsInfo::from_fields(&m.object("tls")?.ok_or("no \"tls\"")?)?,
            },
            "error" => ProxyMessage::Error {
                code: {
                    let code = m.need("code")?;
                    ErrorCode::parse(&code).ok_or_else(|| format!("unknown code \"{code}\""))?
                },
                message: m.need("message")?,
                tls: m
                    .object("tls")?
                    .map(|t| TlsInfo::from_fields(&t))
                    .transpose()?,
                // A cause this app does not know yet reads as none: the code
                // still says what failed.
                cause: m.text("cause").and_then(|c| TlsFailure::parse(&c)),
            },
            "closed" => ProxyMessage::Closed {
                by: match m.need("by")?.as_str() {
                    "server" => ClosedBy::Server,
                    "proxy" => ClosedBy::Proxy,
                    "client" => ClosedBy::Client,
                    other => return Err(format!("unknown closer \"{other}\"")),
                },
                reason: m.need("reason")?,
            },
            other => return Err(format!("unknown message type \"{other}\"")),
        })
    }
}

/// A JSON object being read. Absent fields and `null` are the same.
struct Fields<'a>(&'a serde_json::Map<String, Value>);

impl<'a> Fields<'a> {
    fn of(value: &'a Value, what: &str) -> Result<Fields<'a>, String> {
        value
            .as_object()
            .map(Fields)
            .ok_or_else(|| format!("{what} is not an object"))
    }

    fn text(&self, key: &str) -> Option<String> {
        self.0.get(key).and_then(Value::as_str).map(str::to_owned)
    }

    fn need(&self, key: &str) -> Result<String, String> {
        self.text(key).ok_or_else(|| format!("no \"{key}\""))
    }

    fn object(&self, key: &str) -> Result<Option<Fields<'a>>, String> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => Fields::of(v, key).map(Some),
        }
    }

    fn list(&self, key: &str) -> &'a [Value] {
        self.0
            .get(key)
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }
}

impl TlsInfo {
    fn from_fields(t: &Fields) -> Result<TlsInfo, String> {
        Ok(TlsInfo {
            version: t.text("version"),
            cipher: t.text("cipher"),
            sni: t.text("sni"),
            verified: t
                .0
                .get("verified")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            error: t.text("error"),
            chain: t
                .list("chain")
                .iter()
                .map(|c| CertInfo::from_fields(&Fields::of(c, "a certificate")?))
                .collect::<Result<_, String>>()?,
        })
    }
}

impl CertInfo {
    fn from_fields(c: &Fields) -> Result<CertInfo, String> {
        Ok(CertInfo {
            subject: c.need("subject")?,
            issuer: c.need("issuer")?,
            not_before: c.need("not_before")?,
            not_after: c.need("not_after")?,
            sans: c
                .list("sans")
                .iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect(),
            sha256: c.need("sha256")?,
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

/// Why a TLS handshake failed, classified by the proxy from the TLS library's
/// error and the chain the server sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsFailure {
    /// One certificate that signed itself, from no trusted authority.
    SelfSigned,
    /// The server's certificate is a CA certificate (one that may sign
    /// others), which a server must not present as its own.
    CaUsedAsLeaf,
    /// The certificate's validity ended.
    Expired,
    /// The certificate's validity has not started.
    NotYetValid,
    /// The certificate does not name the host that was asked for.
    WrongName,
    /// The chain ends at an authority that is not trusted.
    UnknownIssuer,
    /// The chain stops short: an intermediate certificate is missing.
    IncompleteChain,
    /// A signature in the chain does not verify.
    BadSignature,
    /// Another certificate fault: malformed, an unsupported algorithm, not
    /// meant for a server, revoked.
    InvalidCertificate,
    /// The handshake broke off: no common version or cipher, an alert from
    /// the server, the connection closed.
    HandshakeFailed,
    /// What came back is not TLS at all: a plain-text port (a POP3 greeting,
    /// `+OK`, where a TLS record was expected).
    NotTls,
}

impl TlsFailure {
    /// Every cause, for checking that each has an explanation.
    pub const ALL: [TlsFailure; 11] = [
        TlsFailure::SelfSigned,
        TlsFailure::CaUsedAsLeaf,
        TlsFailure::Expired,
        TlsFailure::NotYetValid,
        TlsFailure::WrongName,
        TlsFailure::UnknownIssuer,
        TlsFailure::IncompleteChain,
        TlsFailure::BadSignature,
        TlsFailure::InvalidCertificate,
        TlsFailure::HandshakeFailed,
        TlsFailure::NotTls,
    ];

    /// A cause from its wire form.
    pub fn parse(cause: &str) -> Option<TlsFailure> {
        TlsFailure::ALL.into_iter().find(|c| c.as_str() == cause)
    }

    /// The cause as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            TlsFailure::SelfSigned => "self_signed",
            TlsFailure::CaUsedAsLeaf => "ca_used_as_leaf",
            TlsFailure::Expired => "expired",
            TlsFailure::NotYetValid => "not_yet_valid",
            TlsFailure::WrongName => "wrong_name",
            TlsFailure::UnknownIssuer => "unknown_issuer",
            TlsFailure::IncompleteChain => "incomplete_chain",
            TlsFailure::BadSignature => "bad_signature",
            TlsFailure::InvalidCertificate => "invalid_certificate",
            TlsFailure::HandshakeFailed => "handshake_failed",
            TlsFailure::NotTls => "not_tls",
        }
    }
}

/// Who closed the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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
            cause: None,
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"type":"error","code":"port_not_allowed","message":"no"}"#
        );
        let json = serde_json::to_string(&ProxyMessage::Error {
            code: ErrorCode::TlsFailed,
            message: "not TLS".into(),
            tls: None,
            cause: Some(TlsFailure::NotTls),
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"type":"error","code":"tls_failed","message":"not TLS","cause":"not_tls"}"#
        );
        let json = serde_json::to_string(&ProxyMessage::Closed {
            by: ClosedBy::Server,
            reason: "eof".into(),
        })
        .unwrap();
        assert_eq!(json, r#"{"type":"closed","by":"server","reason":"eof"}"#);
    }

    #[test]
    fn every_proxy_message_reads_back_what_was_written() {
        let tls = TlsInfo {
            version: Some("TLSv1.3".into()),
            cipher: Some("TLS13_AES_256_GCM_SHA384".into()),
            sni: Some("pop.example.org".into()),
            verified: false,
            error: Some("unknown issuer".into()),
            chain: vec![CertInfo {
                subject: "CN=pop.example.org".into(),
                issuer: "CN=Example CA".into(),
                not_before: "2026-01-01T00:00:00Z".into(),
                not_after: "2027-01-01T00:00:00Z".into(),
                sans: vec!["pop.example.org".into(), "192.0.2.1".into()],
                sha256: "ab".repeat(32),
            }],
        };
        let mut messages = vec![
            ProxyMessage::Connected {
                peer: "192.0.2.1:995".into(),
                tls: Some(tls.clone()),
            },
            ProxyMessage::Connected {
                peer: "[2001:db8::1]:110".into(),
                tls: None,
            },
            ProxyMessage::TlsStarted { tls: tls.clone() },
            ProxyMessage::Error {
                code: ErrorCode::CertUntrusted,
                message: "not trusted".into(),
                tls: Some(tls.clone()),
                cause: None,
            },
        ];
        for cause in TlsFailure::ALL {
            messages.push(ProxyMessage::Error {
                code: ErrorCode::CertUntrusted,
                message: cause.as_str().into(),
                tls: Some(tls.clone()),
                cause: Some(cause),
            });
        }
        for by in [ClosedBy::Server, ClosedBy::Proxy, ClosedBy::Client] {
            messages.push(ProxyMessage::Closed {
                by,
                reason: "eof".into(),
            });
        }
        for code in ErrorCode::ALL {
            messages.push(ProxyMessage::Error {
                code,
                message: code.as_str().into(),
                tls: None,
                cause: None,
            });
        }
        for message in messages {
            let json = serde_json::to_string(&message).unwrap();
            assert_eq!(ProxyMessage::from_json(&json), Ok(message), "{json}");
        }
    }

    #[test]
    fn an_error_without_a_cause_or_with_an_unknown_one_still_reads() {
        for json in [
            r#"{"type":"error","code":"tls_failed","message":"x"}"#,
            r#"{"type":"error","code":"tls_failed","message":"x","cause":null}"#,
            r#"{"type":"error","code":"tls_failed","message":"x","cause":"quantum_noise"}"#,
        ] {
            assert_eq!(
                ProxyMessage::from_json(json),
                Ok(ProxyMessage::Error {
                    code: ErrorCode::TlsFailed,
                    message: "x".into(),
                    tls: None,
                    cause: None,
                }),
                "{json}"
            );
        }
    }

    #[test]
    fn unreadable_proxy_messages_say_why() {
        for (json, why) in [
            ("[]", "not an object"),
            (r#"{"type":"hello"}"#, "unknown message type"),
            (r#"{"type":"closed","by":"server"}"#, "no \"reason\""),
            (
                r#"{"type":"error","code":"nope","message":"x"}"#,
                "unknown code",
            ),
            (r#"{"type":"tls_started"}"#, "no \"tls\""),
            ("{", "EOF"),
        ] {
            let error = ProxyMessage::from_json(json).unwrap_err();
            assert!(error.contains(why), "{json}: {error}");
        }
    }
}
