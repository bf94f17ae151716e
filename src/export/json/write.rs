//! Writing an entry of a v2 export, field by field into serde_json's `Value`
//! (whose objects keep their keys sorted). Written by hand rather than derived:
//! serde's derived writers, with the flattening and tagging this format needs,
//! cost the app's WebAssembly several times this code.

use base64::Engine as _;
use pop3::annotate::{Annotation, Arg, RfcRef, Say};
use pop3::types::{Command, State};
use serde_json::{Map, Value};

use super::super::lossy;
use super::state_name;
use crate::state::{Closer, Entry, Fact, ImportFormat, TlsUp, Trust};

/// A JSON object being written.
#[derive(Default)]
struct Obj(Map<String, Value>);

impl Obj {
    fn put(&mut self, key: &str, value: impl Into<Value>) -> &mut Obj {
        self.0.insert(key.to_owned(), value.into());
        self
    }

    /// Written only when there is something (absent means none).
    fn put_some(&mut self, key: &str, value: Option<impl Into<Value>>) -> &mut Obj {
        if let Some(value) = value {
            self.put(key, value);
        }
        self
    }

    fn done(&mut self) -> Value {
        Value::Object(std::mem::take(&mut self.0))
    }
}

/// One entry: the fields every entry has, and its fact's own.
pub(super) fn entry(entry: &Entry, include_secrets: bool) -> Value {
    let mut o = Obj::default();
    let (raw, raw_base64) = bytes(&entry.raw);
    o.put("at_ms", entry.at_ms).put("dir", entry.dir().as_str());
    if !raw.is_empty() {
        o.put("raw", raw);
    }
    o.put_some("raw_base64", raw_base64)
        .put_some(
            "secret",
            entry
                .secret
                .as_ref()
                .filter(|_| include_secrets)
                .map(|s| s.expose().clone()),
        )
        .put_some("rtt_ms", entry.rtt_ms)
        .put_some(
            "body",
            entry.body.as_ref().map(|b| {
                let (text, base64) = bytes(&b.bytes);
                Obj::default()
                    .put("text", text)
                    .put_some("base64", base64)
                    .put("lines", b.lines)
                    .put("wire_len", b.wire_len)
                    // Lines whose single dot the server did not double.
                    .put_some(
                        "undoubled",
                        (!b.undoubled.is_empty()).then(|| b.undoubled.clone()),
                    )
                    .done()
            }),
        )
        .put_some("annotation", entry.annotation.as_ref().map(annotation))
        // The line in English, for people reading the file; ignored on import.
        .put_some("text", crate::i18n::fact(&entry.fact));
    fact(&mut o, &entry.fact);
    o.done()
}

/// The fact's fields, tagged by `kind`.
fn fact(o: &mut Obj, fact: &Fact) {
    let kind = match fact {
        Fact::Command { command } => {
            // The command line as shown (secrets masked); null for a SASL response.
            o.put("command", command.as_ref().map(Command::to_masked_line));
            "command"
        }
        Fact::Reply {
            status,
            code,
            answers,
        } => {
            o.put("status", status.as_str())
                .put("code", code.as_ref().map(|c| c.as_str().to_owned()))
                .put("answers", *answers);
            "reply"
        }
        Fact::Malformed => "malformed",
        Fact::StateChanged { from, to } => {
            // The APOP timestamp of the AUTHORIZATION side, if any.
            let timestamp = match (from, to) {
                (_, State::Authorization { timestamp })
                | (State::Authorization { timestamp }, _) => timestamp.clone(),
                _ => None,
            };
            o.put("from", state_name(from))
                .put("to", state_name(to))
                .put_some("timestamp", timestamp);
            "state_changed"
        }
        Fact::NewConnection => "new_connection",
        Fact::Connecting { url } => {
            o.put("url", url.as_str());
            "connecting"
        }
        Fact::ConnectAsked {
            host,
            port,
            security,
        } => {
            o.put("host", host.as_str())
                .put("port", *port)
                .put("security", security.as_str());
            "connect_asked"
        }
        Fact::Opened { peer, tls: up } => {
            o.put("peer", peer.clone())
                .put("tls", up.as_ref().map(|t| tls(t).done()));
            "opened"
        }
        Fact::StartTlsAsked => "start_tls_asked",
        Fact::TlsUp(up) => {
            o.0.extend(tls(up).0);
            "tls_up"
        }
        Fact::StlsImpossible => "stls_impossible",
        Fact::InPage => "in_page",
        Fact::NoProxy => "no_proxy",
        Fact::LinkError {
            code,
            message,
            cause,
        } => {
            o.put("code", code.as_str())
                .put("message", message.as_str())
                .put_some("cause", cause.map(|c| c.as_str()));
            "link_error"
        }
        Fact::ControlUnreadable { error } => {
            o.put("error", error.as_str());
            "control_unreadable"
        }
        Fact::Closed { by, reason, code } => {
            o.put("by", closer(*by))
                .put("reason", reason.as_str())
                .put_some("code", *code);
            "closed"
        }
        Fact::SessionEnded {
            expected,
            unanswered,
            partial_body,
            kept_marks,
        } => {
            o.put("expected", *expected)
                .put("unanswered", unanswered.clone())
                .put("partial_body", *partial_body)
                .put_some("kept_marks", *kept_marks);
            "session_ended"
        }
        Fact::Problem => "problem",
        // A refusal is this app's reaction, not something on the wire: its words
        // are kept, in the language of the export.
        Fact::NotSent(refusal) => {
            o.put("reason", crate::i18n::refusal(refusal));
            "not_sent"
        }
        Fact::Imported {
            lines,
            format,
            skipped,
        } => {
            o.put("lines", *lines)
                .put(
                    "format",
                    match format {
                        ImportFormat::Prefixed => "prefixed",
                        ImportFormat::Telnet => "telnet",
                    },
                )
                .put("skipped", *skipped);
            "imported"
        }
        Fact::Legacy { .. } => "legacy",
    };
    o.put("kind", kind);
}

/// TLS details (inside `opened`, or as the fields of `tls_up`).
fn tls(tls: &TlsUp) -> Obj {
    let mut o = Obj::default();
    o.put("version", tls.version.clone()).put(
        "trust",
        match tls.trust {
            Trust::Verified => "verified",
            Trust::Pinned => "pinned",
        },
    );
    o
}

fn closer(by: Closer) -> &'static str {
    match by {
        Closer::Server => "server",
        Closer::Proxy => "proxy",
        Closer::Client => "client",
        Closer::Socket => "socket",
    }
}

/// A string, plus base64 of the exact bytes when they are not UTF-8.
fn bytes(bytes: &[u8]) -> (String, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(_) => (
            lossy(bytes),
            Some(base64::engine::general_purpose::STANDARD.encode(bytes)),
        ),
    }
}

/// A note's id and arguments into `o` (arguments only when there are some).
fn say(o: &mut Obj, say: &Say) {
    o.put("id", say.id());
    let args: Map<String, Value> = say
        .args()
        .into_iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Num(n) => Value::from(n),
                Arg::Text(t) => Value::from(t),
            };
            (name.to_owned(), value)
        })
        .collect();
    if !args.is_empty() {
        o.put("args", Value::Object(args));
    }
}

fn annotation(a: &Annotation) -> Value {
    let mut summary = Obj::default();
    say(&mut summary, &a.summary);
    let notes: Vec<Value> = a
        .notes
        .iter()
        .map(|n| {
            let mut note = Obj::default();
            note.put("severity", n.severity.as_str());
            say(&mut note, &n.say);
            note.put("rfc", n.rfc.map(rfc))
                // The line of a multi-line body the remark is about (1-based).
                .put_some("body_line", n.body_line)
                .done()
        })
        .collect();
    Obj::default()
        .put("summary", summary.done())
        .put("rfc", a.rfc.map(rfc))
        .put_some("topic", a.topic.clone())
        .put("notes", notes)
        .done()
}

fn rfc(r: RfcRef) -> Value {
    Obj::default()
        .put("rfc", r.rfc)
        .put("section", r.section)
        .done()
}
