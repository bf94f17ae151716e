//! Typed facts and notes into words, through [`tr`].

use fluent_bundle::FluentValue;
use pop3::annotate::{Annotation, Arg, Say};
use pop3::engine::NotValid;
use pop3::types::{CommandError, State};
use pop3::wire::{ErrorCode, TlsFailure};

use super::{text, tr};
use crate::state::{Closer, Entry, Fact, Hop, ImportFormat, LoginError, Refusal, TlsUp, Trust};

fn arg(value: &Arg) -> FluentValue<'static> {
    match value {
        Arg::Num(n) => FluentValue::from(*n),
        Arg::Text(t) => FluentValue::from(t.clone()),
    }
}

/// What the core says, in words.
pub fn say(say: &Say) -> String {
    let args: Vec<(&str, FluentValue)> = say
        .args()
        .iter()
        .map(|(name, value)| (*name, arg(value)))
        .collect();
    tr(say.id(), &args)
}

/// An annotation's summary followed by its reference, e.g.
/// "2 messages, 320 octets in total (RFC 1939 §5 STAT)".
pub fn headline(annotation: &Annotation) -> String {
    let summary = say(&annotation.summary);
    match (&annotation.rfc, &annotation.topic) {
        (Some(r), Some(topic)) => format!("{summary} ({r} {topic})"),
        (Some(r), None) => format!("{summary} ({r})"),
        (None, _) => summary,
    }
}

/// What a proxy error code means.
pub fn error_code(code: ErrorCode) -> String {
    tr(&format!("error-{}", code.as_str().replace('_', "-")), &[])
}

/// Why a TLS handshake failed, as a teacher would say it.
pub fn tls_failure(cause: TlsFailure) -> String {
    let id = match cause {
        TlsFailure::SelfSigned => "tls-failure-self-signed",
        TlsFailure::CaUsedAsLeaf => "tls-failure-ca-used-as-leaf",
        TlsFailure::Expired => "tls-failure-expired",
        TlsFailure::NotYetValid => "tls-failure-not-yet-valid",
        TlsFailure::WrongName => "tls-failure-wrong-name",
        TlsFailure::UnknownIssuer => "tls-failure-unknown-issuer",
        TlsFailure::IncompleteChain => "tls-failure-incomplete-chain",
        TlsFailure::BadSignature => "tls-failure-bad-signature",
        TlsFailure::InvalidCertificate => "tls-failure-invalid-certificate",
        TlsFailure::HandshakeFailed => "tls-failure-handshake-failed",
        TlsFailure::NotTls => "tls-failure-not-tls",
    };
    tr(id, &[])
}

/// A hop of the path, in a few words.
pub fn hop(hop: Hop) -> String {
    tr(
        match hop {
            Hop::BrowserProxy => "hop-browser-proxy",
            Hop::ProxyServer => "hop-proxy-server",
        },
        &[],
    )
}

/// What a proxy error means: its TLS cause when there is one, else its code.
pub fn failure(code: ErrorCode, cause: Option<TlsFailure>) -> String {
    cause.map_or_else(|| error_code(code), tls_failure)
}

/// What a proxy error means, after the hop it happened on.
pub fn failure_at_hop(code: ErrorCode, cause: Option<TlsFailure>) -> String {
    tr(
        "failure-at-hop",
        &[
            ("hop", text(hop(Hop::of(code)))),
            ("explanation", text(failure(code, cause))),
        ],
    )
}

/// The TLS version and whether the certificate verified, in a few words.
pub fn tls(tls: &TlsUp) -> String {
    let version = tls.version.clone().unwrap_or_else(|| "TLS".into());
    let id = match tls.trust {
        Trust::Verified => "tls-verified",
        Trust::Pinned => "tls-pinned",
    };
    tr(id, &[("version", text(version))])
}

/// Why a command is not valid now, with the rule's reference.
pub fn not_valid(not_valid: &NotValid) -> String {
    match &not_valid.rfc {
        Some(r) => format!("{} ({r})", say(&not_valid.reason)),
        None => say(&not_valid.reason),
    }
}

/// Why a command was not sent.
pub fn refusal(refusal: &Refusal) -> String {
    match refusal {
        Refusal::NotValid(e) => not_valid(e),
        Refusal::Unwritable(error) => unwritable(error),
    }
}

/// Why a line cannot be written at all.
pub fn unwritable(error: &CommandError) -> String {
    match error {
        CommandError::BadKeyword { keyword } => tr(
            "unwritable-bad-keyword",
            &[("keyword", text(keyword.as_str()))],
        ),
        CommandError::ForbiddenByte { byte } => tr(
            "unwritable-forbidden-byte",
            &[("byte", text(format!("0x{byte:02X}")))],
        ),
        CommandError::MissingArgument { keyword } => tr(
            "unwritable-missing-argument",
            &[("keyword", text(keyword.as_str()))],
        ),
        CommandError::BadArguments { keyword, expected } => tr(
            "unwritable-bad-arguments",
            &[
                ("keyword", text(keyword.as_str())),
                ("expected", text(*expected)),
            ],
        ),
        CommandError::NotUtf8 => tr("unwritable-not-utf8", &[]),
    }
}

/// Why a login failed.
pub fn login_error(error: &LoginError) -> String {
    match error {
        LoginError::Refused { method, reason } => {
            let reason = reason.clone().unwrap_or_else(|| tr("login-no-reason", &[]));
            tr(
                "login-refused",
                &[("method", text(method.as_str())), ("reason", text(reason))],
            )
        }
        LoginError::NotSent(r) => refusal(r),
        LoginError::Sasl(error) => tr("login-sasl", &[("error", text(error.as_str()))]),
        LoginError::NoRandomness => tr("login-no-randomness", &[]),
    }
}

/// What entering a state means.
pub fn state_entered(state: &State) -> String {
    let id = match state {
        State::Authorization { .. } => "state-entered-authorization",
        State::Transaction => "state-entered-transaction",
        State::Update => "state-entered-update",
        State::Closed | State::Greeting => "state-entered-closed",
    };
    tr(id, &[])
}

/// What a WebSocket close code means (RFC 6455 §7.4.1), with the reason the
/// other side gave.
pub fn socket_close(code: Option<u16>, reason: &str) -> String {
    let id = match code {
        None => return reason.to_owned(),
        Some(1000) => "socket-1000",
        Some(1001) => "socket-1001",
        Some(1005) => "socket-1005",
        Some(1006) => "socket-1006",
        Some(1008) => "socket-1008",
        Some(1009) => "socket-1009",
        Some(1011) => "socket-1011",
        Some(1012) => "socket-1012",
        Some(1013) => "socket-1013",
        Some(1015) => "socket-1015",
        Some(_) => "socket-other",
    };
    let words = tr(id, &[("code", text(code.unwrap_or_default().to_string()))]);
    if reason.is_empty() {
        words
    } else {
        format!("{words}: {reason}")
    }
}

/// The text of a line: the bytes on the wire for what the client and server
/// wrote, the fact in words for what the proxy and the app report.
pub fn line(entry: &Entry) -> String {
    if let (Fact::Problem, Some(annotation)) = (&entry.fact, &entry.annotation) {
        return say(&annotation.summary);
    }
    match fact(&entry.fact) {
        Some(words) => words,
        None => String::from_utf8_lossy(&entry.raw).into_owned(),
    }
}

/// An app fact in words (`None` for lines that are bytes on the wire).
pub fn fact(fact: &Fact) -> Option<String> {
    let words = match fact {
        Fact::Command { .. } | Fact::Reply { .. } | Fact::Malformed | Fact::Legacy { .. } => {
            return None;
        }
        Fact::Problem => return None,
        Fact::StateChanged { from, to } => tr(
            "fact-state-changed",
            &[("from", text(from.label())), ("to", text(to.label()))],
        ),
        Fact::NewConnection => tr("fact-new-connection", &[]),
        Fact::Connecting { url } => tr("fact-connecting", &[("url", text(url.as_str()))]),
        Fact::ConnectAsked { host, port, .. } => tr(
            "fact-connect-asked",
            &[
                ("host", text(host.as_str())),
                ("port", text(port.to_string())),
            ],
        ),
        Fact::Opened { peer: None, .. } => tr("fact-opened-websockify", &[]),
        Fact::Opened {
            peer: Some(peer),
            tls: None,
        } => tr("fact-opened-plain", &[("peer", text(peer.as_str()))]),
        Fact::Opened {
            peer: Some(peer),
            tls: Some(t),
        } => tr(
            "fact-opened-tls",
            &[("peer", text(peer.as_str())), ("tls", text(tls(t)))],
        ),
        Fact::StartTlsAsked => tr("fact-start-tls-asked", &[]),
        Fact::TlsUp(t) => tr("fact-tls-up", &[("tls", text(tls(t)))]),
        Fact::StlsImpossible => tr("fact-stls-impossible", &[]),
        Fact::InPage => tr("fact-in-page", &[]),
        Fact::NoProxy => tr("fact-no-proxy", &[]),
        Fact::LinkError {
            code,
            message,
            cause,
        } => tr(
            "fact-link-error",
            &[
                ("failure", text(failure_at_hop(*code, *cause))),
                ("message", text(message.as_str())),
            ],
        ),
        Fact::ControlUnreadable { error } => tr(
            "fact-control-unreadable",
            &[("error", text(error.as_str()))],
        ),
        Fact::Closed {
            by: Closer::Socket,
            reason,
            code,
        } => tr(
            "fact-closed-socket",
            &[("reason", text(socket_close(*code, reason)))],
        ),
        Fact::Closed { by, reason, .. } => {
            let by = match by {
                Closer::Server => "server",
                Closer::Proxy => "proxy",
                Closer::Client | Closer::Socket => "client",
            };
            tr(
                "fact-closed",
                &[("by", text(by)), ("reason", text(reason.as_str()))],
            )
        }
        Fact::SessionEnded {
            expected,
            unanswered,
            partial_body,
            kept_marks,
        } => {
            let expected = if *expected { "yes" } else { "no" };
            let mut words = tr("fact-session-ended", &[("expected", text(expected))]);
            if !unanswered.is_empty() {
                words += &tr("fact-no-reply", &[("list", text(unanswered.join(", ")))]);
            }
            if let Some(n) = partial_body {
                words += &tr("fact-partial-body", &[("octets", FluentValue::from(*n))]);
            }
            if let Some(n) = kept_marks {
                words += &tr("fact-no-update", &[("marked", FluentValue::from(*n))]);
            }
            words
        }
        Fact::NotSent(r) => tr("fact-not-sent", &[("reason", text(refusal(r)))]),
        Fact::Imported {
            lines,
            format,
            skipped,
        } => {
            let format = match format {
                ImportFormat::Prefixed => "prefixed",
                ImportFormat::Telnet => "telnet",
            };
            tr(
                "fact-imported",
                &[
                    ("lines", FluentValue::from(*lines)),
                    ("format", text(format)),
                    ("skipped", FluentValue::from(*skipped)),
                ],
            )
        }
    };
    Some(words)
}
