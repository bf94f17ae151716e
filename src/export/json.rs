//! The JSON export (schema v2: typed facts and typed notes) and its import,
//! which also reads v1 files.
//!
//! See the README's "JSON export" section for the schema.

use std::collections::BTreeMap;
use std::rc::Rc;

use base64::Engine as _;
use pop3::Secret;
use pop3::annotate::{self, Annotation, Arg, Note, RfcRef, Say, Severity};
use pop3::types::{Command, Response, ResponseCode, State, Status};
use pop3::wire::ErrorCode;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::lossy;
use super::sections::intern_section;
use crate::state::{
    Body, Closer, Dir, Entry, Fact, ImportFormat, ReplyStatus, Security, Settings, TlsUp, Trust,
};

/// The `format` field of a JSON export.
pub const FORMAT: &str = "pop3-playground-transcript";
/// The `version` field this app writes.
pub const VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
struct FileJson {
    format: String,
    version: u32,
    #[serde(default)]
    settings: Option<SettingsJson>,
    entries: Vec<Value>,
}

/// The connection settings saved with a JSON export (no secrets: the pin is a
/// public certificate hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsJson {
    /// The server.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// `none`, `stls` or `implicit`.
    pub security: String,
    /// The trusted certificate's SHA-256, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_sha256: Option<String>,
}

/// One entry, v2: the common fields and the fact's own, flattened.
#[derive(Serialize)]
struct EntryJson {
    #[serde(flatten)]
    common: EntryCommon,
    #[serde(flatten)]
    fact: FactJson,
}

/// The fields every entry has. Read back on their own: the fact is read by hand
/// ([`fact_in`]), which keeps serde's buffering deserializer out of the app.
#[derive(Serialize, Deserialize)]
struct EntryCommon {
    at_ms: f64,
    dir: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    raw: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    raw_base64: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rtt_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    body: Option<BodyJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    annotation: Option<AnnotationJson>,
    /// The line in English, for people reading the file; ignored on import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct TlsJson {
    version: Option<String>,
    trust: String,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum FactJson {
    Command {
        /// The command line as shown (secrets masked); null for a SASL response.
        command: Option<String>,
    },
    Reply {
        status: String,
        #[serde(default)]
        code: Option<String>,
        #[serde(default)]
        answers: Option<usize>,
    },
    Malformed,
    StateChanged {
        from: String,
        to: String,
        /// The APOP timestamp of the AUTHORIZATION side, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        timestamp: Option<String>,
    },
    NewConnection,
    Connecting {
        url: String,
    },
    ConnectAsked {
        host: String,
        port: u16,
        security: String,
    },
    Opened {
        peer: Option<String>,
        tls: Option<TlsJson>,
    },
    StartTlsAsked,
    TlsUp {
        #[serde(flatten)]
        tls: TlsJson,
    },
    StlsImpossible,
    LinkError {
        code: ErrorCode,
        message: String,
    },
    ControlUnreadable {
        error: String,
    },
    Closed {
        by: String,
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<u16>,
    },
    SessionEnded {
        expected: bool,
        unanswered: Vec<String>,
        partial_body: Option<usize>,
    },
    Problem,
    NotSent {
        reason: String,
    },
    Imported {
        lines: usize,
        format: String,
        skipped: usize,
    },
    Legacy,
}

#[derive(Serialize, Deserialize)]
struct BodyJson {
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base64: Option<String>,
    lines: usize,
    wire_len: usize,
}

#[derive(Serialize, Deserialize)]
struct SayJson {
    id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    args: BTreeMap<String, Value>,
}

#[derive(Serialize, Deserialize)]
struct AnnotationJson {
    summary: SayJson,
    #[serde(default)]
    rfc: Option<RfcJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    topic: Option<String>,
    #[serde(default)]
    notes: Vec<NoteJson>,
}

#[derive(Serialize, Deserialize)]
struct NoteJson {
    severity: String,
    #[serde(flatten)]
    say: SayJson,
    #[serde(default)]
    rfc: Option<RfcJson>,
    /// The line of a multi-line body the remark is about (1-based).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    body_line: Option<usize>,
}

#[derive(Serialize, Deserialize)]
struct RfcJson {
    rfc: u16,
    section: String,
}

/// A JSON export read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The settings it was made with, when present.
    pub settings: Option<SettingsJson>,
    /// The entries, numbered from 0, ready for `Action::Restore`.
    pub entries: Vec<Entry>,
}

/// The transcript and settings as a JSON document (pretty-printed).
pub fn transcript_json(settings: &Settings, entries: &[Entry], include_secrets: bool) -> String {
    let file = FileJson {
        format: FORMAT.into(),
        version: VERSION,
        settings: Some(SettingsJson {
            host: settings.host.clone(),
            port: settings.port,
            security: settings.security.as_str().into(),
            pin_sha256: settings.pin_sha256.clone(),
        }),
        entries: entries
            .iter()
            .map(|e| {
                serde_json::to_value(entry_json(e, include_secrets)).expect("entries serialize")
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("the export serializes")
}

fn tls_json(tls: &TlsUp) -> TlsJson {
    TlsJson {
        version: tls.version.clone(),
        trust: match tls.trust {
            Trust::Verified => "verified",
            Trust::Pinned => "pinned",
        }
        .into(),
    }
}

fn tls_from_json(tls: TlsJson) -> Result<TlsUp, String> {
    let trust = match tls.trust.as_str() {
        "verified" => Trust::Verified,
        "pinned" => Trust::Pinned,
        other => return Err(format!("unknown trust \"{other}\"")),
    };
    Ok(TlsUp {
        version: tls.version,
        trust,
    })
}

fn closer_str(by: Closer) -> &'static str {
    match by {
        Closer::Server => "server",
        Closer::Proxy => "proxy",
        Closer::Client => "client",
        Closer::Socket => "socket",
    }
}

fn fact_json(entry: &Entry) -> FactJson {
    match &entry.fact {
        Fact::Command { command } => FactJson::Command {
            command: command.as_ref().map(Command::to_masked_line),
        },
        Fact::Reply {
            status,
            code,
            answers,
        } => FactJson::Reply {
            status: status.as_str().into(),
            code: code.as_ref().map(|c| c.as_str().to_owned()),
            answers: *answers,
        },
        Fact::Malformed => FactJson::Malformed,
        Fact::StateChanged { from, to } => FactJson::StateChanged {
            from: state_name(from).into(),
            to: state_name(to).into(),
            timestamp: match (from, to) {
                (_, State::Authorization { timestamp })
                | (State::Authorization { timestamp }, _) => timestamp.clone(),
                _ => None,
            },
        },
        Fact::NewConnection => FactJson::NewConnection,
        Fact::Connecting { url } => FactJson::Connecting { url: url.clone() },
        Fact::ConnectAsked {
            host,
            port,
            security,
        } => FactJson::ConnectAsked {
            host: host.clone(),
            port: *port,
            security: security.as_str().into(),
        },
        Fact::Opened { peer, tls } => FactJson::Opened {
            peer: peer.clone(),
            tls: tls.as_ref().map(tls_json),
        },
        Fact::StartTlsAsked => FactJson::StartTlsAsked,
        Fact::TlsUp(tls) => FactJson::TlsUp { tls: tls_json(tls) },
        Fact::StlsImpossible => FactJson::StlsImpossible,
        Fact::LinkError { code, message } => FactJson::LinkError {
            code: *code,
            message: message.clone(),
        },
        Fact::ControlUnreadable { error } => FactJson::ControlUnreadable {
            error: error.clone(),
        },
        Fact::Closed { by, reason, code } => FactJson::Closed {
            by: closer_str(*by).into(),
            reason: reason.clone(),
            code: *code,
        },
        Fact::SessionEnded {
            expected,
            unanswered,
            partial_body,
        } => FactJson::SessionEnded {
            expected: *expected,
            unanswered: unanswered.clone(),
            partial_body: *partial_body,
        },
        Fact::Problem => FactJson::Problem,
        // A refusal is this app's reaction, not something on the wire: its words
        // are kept, in the language of the export.
        Fact::NotSent(refusal) => FactJson::NotSent {
            reason: crate::i18n::refusal(refusal),
        },
        Fact::Imported {
            lines,
            format,
            skipped,
        } => FactJson::Imported {
            lines: *lines,
            format: match format {
                ImportFormat::Prefixed => "prefixed",
                ImportFormat::Telnet => "telnet",
            }
            .into(),
            skipped: *skipped,
        },
        Fact::Legacy { .. } => FactJson::Legacy,
    }
}

fn entry_json(entry: &Entry, include_secrets: bool) -> EntryJson {
    let (raw, raw_base64) = bytes_json(&entry.raw);
    let body = entry.body.as_ref().map(|b| {
        let (text, base64) = bytes_json(&b.bytes);
        BodyJson {
            text,
            base64,
            lines: b.lines,
            wire_len: b.wire_len,
        }
    });
    let common = EntryCommon {
        at_ms: entry.at_ms,
        dir: entry.dir().as_str().into(),
        raw,
        raw_base64,
        secret: entry
            .secret
            .as_ref()
            .filter(|_| include_secrets)
            .map(|s| s.expose().clone()),
        rtt_ms: entry.rtt_ms,
        body,
        annotation: entry.annotation.as_ref().map(annotation_json),
        text: crate::i18n::fact(&entry.fact),
    };
    EntryJson {
        common,
        fact: fact_json(entry),
    }
}

/// A string, plus base64 of the exact bytes when they are not UTF-8.
fn bytes_json(bytes: &[u8]) -> (String, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(_) => (
            lossy(bytes),
            Some(base64::engine::general_purpose::STANDARD.encode(bytes)),
        ),
    }
}

fn say_json(say: &Say) -> SayJson {
    SayJson {
        id: say.id().into(),
        args: say
            .args()
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Num(n) => Value::from(n),
                    Arg::Text(t) => Value::from(t),
                };
                (name.to_owned(), value)
            })
            .collect(),
    }
}

fn say_from_json(json: SayJson) -> Result<Say, String> {
    let args: BTreeMap<String, Arg> = json
        .args
        .into_iter()
        .map(|(name, value)| {
            let arg = match value {
                Value::Number(n) => Arg::Num(n.as_u64().unwrap_or_default()),
                Value::String(s) => Arg::Text(s),
                other => Arg::Text(other.to_string()),
            };
            (name, arg)
        })
        .collect();
    Say::from_parts(&json.id, &args)
        .ok_or_else(|| format!("unknown note \"{}\" or wrong arguments", json.id))
}

fn annotation_json(a: &Annotation) -> AnnotationJson {
    AnnotationJson {
        summary: say_json(&a.summary),
        rfc: a.rfc.map(rfc_json),
        topic: a.topic.clone(),
        notes: a
            .notes
            .iter()
            .map(|n| NoteJson {
                severity: n.severity.as_str().into(),
                say: say_json(&n.say),
                rfc: n.rfc.map(rfc_json),
                body_line: n.body_line,
            })
            .collect(),
    }
}

fn rfc_json(r: RfcRef) -> RfcJson {
    RfcJson {
        rfc: r.rfc,
        section: r.section.into(),
    }
}

fn rfc_from_json(r: RfcJson) -> RfcRef {
    RfcRef {
        rfc: r.rfc,
        section: intern_section(&r.section),
    }
}

fn annotation_from_json(a: AnnotationJson) -> Result<Annotation, String> {
    let notes = a
        .notes
        .into_iter()
        .map(|n| {
            Ok(Note {
                severity: Severity::parse(&n.severity)
                    .ok_or_else(|| format!("unknown severity \"{}\"", n.severity))?,
                say: say_from_json(n.say)?,
                rfc: n.rfc.map(rfc_from_json),
                body_line: n.body_line,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Annotation {
        summary: say_from_json(a.summary)?,
        rfc: a.rfc.map(rfc_from_json),
        topic: a.topic,
        notes,
    })
}

/// A state's name in a file: RFC 1939's names, and GREETING and DISCONNECTED
/// for before the greeting and after the end.
fn state_name(state: &State) -> &'static str {
    match state {
        State::Greeting => "GREETING",
        State::Closed => "DISCONNECTED",
        other => other.label(),
    }
}

fn state_from_name(name: &str, timestamp: Option<String>) -> Result<State, String> {
    Ok(match name {
        "GREETING" => State::Greeting,
        "AUTHORIZATION" => State::Authorization { timestamp },
        "TRANSACTION" => State::Transaction,
        "UPDATE" => State::Update,
        "DISCONNECTED" => State::Closed,
        other => return Err(format!("unknown state \"{other}\"")),
    })
}

fn fact_from_json(fact: FactJson, dir: Dir) -> Result<Fact, String> {
    Ok(match fact {
        FactJson::Command { command } => Fact::Command {
            command: command.as_deref().map(Command::parse_lenient),
        },
        FactJson::Reply {
            status,
            code,
            answers,
        } => Fact::Reply {
            status: ReplyStatus::parse(&status)
                .ok_or_else(|| format!("unknown status \"{status}\""))?,
            code: code.as_deref().map(ResponseCode::parse),
            answers,
        },
        FactJson::Malformed => Fact::Malformed,
        FactJson::StateChanged {
            from,
            to,
            timestamp,
        } => Fact::StateChanged {
            // Only the AUTHORIZATION side takes the timestamp.
            from: state_from_name(&from, timestamp.clone())?,
            to: state_from_name(&to, timestamp)?,
        },
        FactJson::NewConnection => Fact::NewConnection,
        FactJson::Connecting { url } => Fact::Connecting { url },
        FactJson::ConnectAsked {
            host,
            port,
            security,
        } => Fact::ConnectAsked {
            host,
            port,
            security: Security::parse(&security),
        },
        FactJson::Opened { peer, tls } => Fact::Opened {
            peer,
            tls: tls.map(tls_from_json).transpose()?,
        },
        FactJson::StartTlsAsked => Fact::StartTlsAsked,
        FactJson::TlsUp { tls } => Fact::TlsUp(tls_from_json(tls)?),
        FactJson::StlsImpossible => Fact::StlsImpossible,
        FactJson::LinkError { code, message } => Fact::LinkError { code, message },
        FactJson::ControlUnreadable { error } => Fact::ControlUnreadable { error },
        FactJson::Closed { by, reason, code } => Fact::Closed {
            code,
            by: match by.as_str() {
                "server" => Closer::Server,
                "proxy" => Closer::Proxy,
                "client" => Closer::Client,
                "socket" => Closer::Socket,
                other => return Err(format!("unknown closer \"{other}\"")),
            },
            reason,
        },
        FactJson::SessionEnded {
            expected,
            unanswered,
            partial_body,
        } => Fact::SessionEnded {
            expected,
            unanswered,
            partial_body,
        },
        FactJson::Problem => Fact::Problem,
        // The refusal's words were saved; they come back as a line of text.
        FactJson::NotSent { .. } | FactJson::Legacy => Fact::Legacy { dir },
        FactJson::Imported {
            lines,
            format,
            skipped,
        } => Fact::Imported {
            lines,
            format: if format == "prefixed" {
                ImportFormat::Prefixed
            } else {
                ImportFormat::Telnet
            },
            skipped,
        },
    })
}

fn dir_from_str(dir: &str) -> Result<Dir, String> {
    match dir {
        "client" => Ok(Dir::Client),
        "server" => Ok(Dir::Server),
        "proxy" => Ok(Dir::Proxy),
        other => Err(format!("unknown dir \"{other}\"")),
    }
}

/// The fact of an entry, read from its fields.
fn fact_in(m: &serde_json::Map<String, Value>) -> Result<FactJson, String> {
    let text = |k: &str| m.get(k).and_then(Value::as_str).map(str::to_owned);
    let need = |k: &str| text(k).ok_or_else(|| format!("no \"{k}\""));
    let num = |k: &str| m.get(k).and_then(Value::as_u64);
    let need_num = |k: &str| num(k).ok_or_else(|| format!("no number \"{k}\""));
    let tls = |v: &Value| -> Result<TlsJson, String> {
        Ok(TlsJson {
            version: v.get("version").and_then(Value::as_str).map(str::to_owned),
            trust: v
                .get("trust")
                .and_then(Value::as_str)
                .ok_or("no \"trust\"")?
                .to_owned(),
        })
    };
    let kind = need("kind")?;
    Ok(match kind.as_str() {
        "command" => FactJson::Command {
            command: text("command"),
        },
        "reply" => FactJson::Reply {
            status: need("status")?,
            code: text("code"),
            answers: num("answers").map(|n| n as usize),
        },
        "malformed" => FactJson::Malformed,
        "state_changed" => FactJson::StateChanged {
            from: need("from")?,
            to: need("to")?,
            timestamp: text("timestamp"),
        },
        "new_connection" => FactJson::NewConnection,
        "connecting" => FactJson::Connecting { url: need("url")? },
        "connect_asked" => FactJson::ConnectAsked {
            host: need("host")?,
            port: u16::try_from(need_num("port")?).map_err(|e| e.to_string())?,
            security: need("security")?,
        },
        "opened" => FactJson::Opened {
            peer: text("peer"),
            tls: match m.get("tls") {
                Some(v) if !v.is_null() => Some(tls(v)?),
                _ => None,
            },
        },
        "start_tls_asked" => FactJson::StartTlsAsked,
        "tls_up" => FactJson::TlsUp {
            tls: tls(&Value::Object(m.clone()))?,
        },
        "stls_impossible" => FactJson::StlsImpossible,
        "link_error" => FactJson::LinkError {
            code: serde_json::from_value(m.get("code").cloned().unwrap_or_default())
                .map_err(|e| format!("code: {e}"))?,
            message: need("message")?,
        },
        "control_unreadable" => FactJson::ControlUnreadable {
            error: need("error")?,
        },
        "closed" => FactJson::Closed {
            by: need("by")?,
            reason: need("reason")?,
            code: num("code").and_then(|n| u16::try_from(n).ok()),
        },
        "session_ended" => FactJson::SessionEnded {
            expected: m.get("expected").and_then(Value::as_bool).unwrap_or(false),
            unanswered: m
                .get("unanswered")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
            partial_body: num("partial_body").map(|n| n as usize),
        },
        "problem" => FactJson::Problem,
        "not_sent" => FactJson::NotSent {
            reason: text("reason").unwrap_or_default(),
        },
        "imported" => FactJson::Imported {
            lines: need_num("lines")? as usize,
            format: need("format")?,
            skipped: need_num("skipped")? as usize,
        },
        "legacy" => FactJson::Legacy,
        other => return Err(format!("unknown kind \"{other}\"")),
    })
}

fn entry_from_json(id: usize, value: Value) -> Result<Entry, String> {
    let fact = match &value {
        Value::Object(m) => fact_in(m)?,
        _ => return Err("not an object".into()),
    };
    let e: EntryCommon = serde_json::from_value(value).map_err(|e| e.to_string())?;
    let dir = dir_from_str(&e.dir)?;
    let mut raw = bytes_from_json(e.raw, e.raw_base64)?;
    let fact = match (fact_from_json(fact, dir)?, e.text) {
        // A saved refusal keeps its words as the line's text.
        (fact @ Fact::Legacy { .. }, Some(text)) if raw.is_empty() => {
            raw = text.into_bytes();
            fact
        }
        (fact, _) => fact,
    };
    let body = e.body.map(body_from_json).transpose()?;
    let annotation = e.annotation.map(annotation_from_json).transpose()?;
    // A file saved with its secrets has the real command line too.
    let fact = match (fact, &e.secret) {
        (Fact::Command { command: Some(_) }, Some(line)) => Fact::Command {
            command: Some(Command::parse_lenient(line)),
        },
        (fact, _) => fact,
    };
    Ok(Entry {
        id,
        at_ms: e.at_ms,
        fact,
        raw,
        secret: e.secret.map(Secret::new),
        body,
        annotation,
        rtt_ms: e.rtt_ms,
    })
}

fn body_from_json(b: BodyJson) -> Result<Body, String> {
    Ok(Body {
        bytes: Rc::new(bytes_from_json(b.text, b.base64)?),
        lines: b.lines,
        wire_len: b.wire_len,
    })
}

fn bytes_from_json(text: String, base64: Option<String>) -> Result<Vec<u8>, String> {
    match base64 {
        Some(b) => base64::engine::general_purpose::STANDARD
            .decode(b)
            .map_err(|e| format!("bad base64: {e}")),
        None => Ok(text.into_bytes()),
    }
}

/// Reads a JSON export back (v2, or v1 from earlier versions). Errors are in
/// plain words.
pub fn parse_json(text: &str) -> Result<Saved, String> {
    let file: FileJson =
        serde_json::from_str(text).map_err(|e| format!("not a transcript export: {e}"))?;
    if file.format != FORMAT {
        return Err(format!(
            "not a transcript export: format is \"{}\", not \"{FORMAT}\"",
            file.format
        ));
    }
    let entries = match file.version {
        1 => v1_entries(file.entries)?,
        VERSION => file
            .entries
            .into_iter()
            .enumerate()
            .map(|(i, value)| {
                entry_from_json(i, value).map_err(|why| format!("entry {}: {why}", i + 1))
            })
            .collect::<Result<Vec<_>, _>>()?,
        other => {
            return Err(format!(
                "export version {other} is not supported (this app reads versions 1 and {VERSION})"
            ));
        }
    };
    Ok(Saved {
        settings: file.settings,
        entries,
    })
}

/// A v1 entry: the bytes and who wrote them; its annotation was English text.
#[derive(Deserialize)]
struct V1Entry {
    at_ms: f64,
    dir: String,
    raw: String,
    #[serde(default)]
    raw_base64: Option<String>,
    #[serde(default)]
    secret: Option<String>,
    #[serde(default)]
    rtt_ms: Option<f64>,
    #[serde(default)]
    body: Option<BodyJson>,
}

/// v1 files carry bytes and English sentences. The bytes are kept; client and
/// server lines get their facts and annotations again from the core (commands
/// parsed, replies paired with commands in order); the app's own lines are kept
/// as their text.
fn v1_entries(values: Vec<Value>) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::with_capacity(values.len());
    let mut waiting: std::collections::VecDeque<usize> = Default::default();
    for (i, value) in values.into_iter().enumerate() {
        let e: V1Entry =
            serde_json::from_value(value).map_err(|e| format!("entry {}: {e}", i + 1))?;
        let dir = dir_from_str(&e.dir).map_err(|why| format!("entry {}: {why}", i + 1))?;
        let raw = bytes_from_json(e.raw, e.raw_base64)?;
        let body = e.body.map(body_from_json).transpose()?;
        let line = lossy(&raw).trim_end_matches(['\r', '\n']).to_owned();
        let (fact, annotation) = match dir {
            Dir::Client => {
                let command = Command::parse_lenient(&line);
                waiting.push_back(i);
                let annotation = annotate::command(&command);
                (
                    Fact::Command {
                        command: Some(command),
                    },
                    Some(annotation),
                )
            }
            Dir::Server => {
                let status = if line.starts_with("+OK") {
                    Some(Status::Ok)
                } else if line.starts_with("-ERR") {
                    Some(Status::Err)
                } else {
                    None
                };
                match status {
                    Some(status) => {
                        let answers = waiting.pop_front();
                        let command = answers
                            .and_then(|at| entries.get(at))
                            .and_then(Entry::command);
                        let text = line.split_once(' ').map_or("", |(_, t)| t);
                        let response = Response {
                            status,
                            code: None,
                            text: text.as_bytes().to_vec(),
                            body: body.as_ref().map(|b| b.bytes.to_vec()),
                        };
                        let annotation = annotate::reply(command, &response);
                        let status = if status == Status::Ok {
                            ReplyStatus::Ok
                        } else {
                            ReplyStatus::Err
                        };
                        (
                            Fact::Reply {
                                status,
                                code: None,
                                answers,
                            },
                            Some(annotation),
                        )
                    }
                    None if line.starts_with('+') => (
                        Fact::Reply {
                            status: ReplyStatus::Continuation,
                            code: None,
                            answers: waiting.front().copied(),
                        },
                        None,
                    ),
                    None => (Fact::Malformed, None),
                }
            }
            Dir::Proxy => (Fact::Legacy { dir }, None),
        };
        entries.push(Entry {
            id: i,
            at_ms: e.at_ms,
            fact,
            raw,
            secret: e.secret.map(Secret::new),
            body,
            annotation,
            rtt_ms: e.rtt_ms,
        });
    }
    Ok(entries)
}
