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
use pop3::wire::{ErrorCode, TlsFailure};
use serde::Serialize;
use serde_json::Value;

mod read;
mod write;

use super::lossy;
use super::sections::intern_section;
use crate::state::{
    Body, Closer, Dir, Entry, Fact, ImportFormat, ReplyStatus, Security, Settings, TlsUp, Trust,
};

/// The `format` field of a JSON export.
pub const FORMAT: &str = "pop3-playground-transcript";
/// The `version` field this app writes.
pub const VERSION: u32 = 2;

#[derive(Serialize)]
struct FileJson {
    format: String,
    version: u32,
    settings: Option<SettingsJson>,
    entries: Vec<Value>,
}

/// The connection settings saved with a JSON export (no secrets: the pin is a
/// public certificate hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingsJson {
    /// The server.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// `none`, `stls` or `implicit`.
    pub security: String,
    /// The trusted certificate's SHA-256, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pin_sha256: Option<String>,
}

/// The fields every entry has.
struct EntryCommon {
    at_ms: f64,
    dir: String,
    raw: String,
    raw_base64: Option<String>,
    secret: Option<String>,
    rtt_ms: Option<f64>,
    body: Option<BodyJson>,
    annotation: Option<AnnotationJson>,
    /// The line in English, for people reading the file; ignored on import.
    text: Option<String>,
}

struct TlsJson {
    version: Option<String>,
    trust: String,
}

/// An entry's fact as read from a file.
enum FactJson {
    Command {
        /// The command line as shown (secrets masked); null for a SASL response.
        command: Option<String>,
    },
    Reply {
        status: String,
        code: Option<String>,
        answers: Option<usize>,
    },
    Malformed,
    StateChanged {
        from: String,
        to: String,
        /// The APOP timestamp of the AUTHORIZATION side, if any.
        timestamp: Option<String>,
    },
    NewConnection,
    Connecting {
        url: String,
    },
    InPage,
    NoProxy,
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
        tls: TlsJson,
    },
    StlsImpossible,
    LinkError {
        code: ErrorCode,
        message: String,
        cause: Option<TlsFailure>,
    },
    ControlUnreadable {
        error: String,
    },
    Closed {
        by: String,
        reason: String,
        code: Option<u16>,
    },
    SessionEnded {
        expected: bool,
        unanswered: Vec<String>,
        partial_body: Option<usize>,
        kept_marks: Option<usize>,
    },
    Problem,
    NotSent,
    Imported {
        lines: usize,
        format: String,
        skipped: usize,
    },
    Legacy,
}

struct BodyJson {
    undoubled: Vec<usize>,
    text: String,
    base64: Option<String>,
    lines: usize,
    wire_len: usize,
}

struct SayJson {
    id: String,
    args: BTreeMap<String, Value>,
}

struct AnnotationJson {
    summary: SayJson,
    rfc: Option<RfcJson>,
    topic: Option<String>,
    notes: Vec<NoteJson>,
}

struct NoteJson {
    severity: String,
    say: SayJson,
    rfc: Option<RfcJson>,
    /// The line of a multi-line body the remark is about (1-based).
    body_line: Option<usize>,
}

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
            .map(|e| write::entry(e, include_secrets))
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("the export serializes")
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
        FactJson::InPage => Fact::InPage,
        FactJson::NoProxy => Fact::NoProxy,
        FactJson::LinkError {
            code,
            message,
            cause,
        } => Fact::LinkError {
            code,
            message,
            cause,
        },
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
            kept_marks,
        } => Fact::SessionEnded {
            expected,
            unanswered,
            partial_body,
            kept_marks,
        },
        FactJson::Problem => Fact::Problem,
        // The refusal's words were saved; they come back as a line of text.
        FactJson::NotSent | FactJson::Legacy => Fact::Legacy { dir },
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

fn entry_from_json(id: usize, value: &Value) -> Result<Entry, String> {
    let entry = read::Obj::of(value, "the entry")?;
    let fact = read::fact(&entry)?;
    let e = read::common(&entry)?;
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
        undoubled: b.undoubled,
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
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("not a transcript export: {e}"))?;
    let file = read::file(value).map_err(|e| format!("not a transcript export: {e}"))?;
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
            .iter()
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

/// v1 files carry bytes and English sentences. The bytes are kept; client and
/// server lines get their facts and annotations again from the core (commands
/// parsed, replies paired with commands in order); the app's own lines are kept
/// as their text.
fn v1_entries(values: Vec<Value>) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::with_capacity(values.len());
    let mut waiting: std::collections::VecDeque<usize> = Default::default();
    for (i, value) in values.into_iter().enumerate() {
        let e = read::v1_entry(&value).map_err(|e| format!("entry {}: {e}", i + 1))?;
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
