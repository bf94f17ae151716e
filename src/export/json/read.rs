//! Reading an export back, field by field from the parsed JSON, with errors in
//! plain words. Written by hand rather than derived: serde's derived readers
//! cost the app's WebAssembly several times this code.

use std::collections::BTreeMap;

use pop3::wire::{ErrorCode, TlsFailure};
use serde_json::{Map, Value};

use super::{
    AnnotationJson, BodyJson, EntryCommon, FactJson, FileJson, NoteJson, RfcJson, SayJson,
    SettingsJson, TlsJson,
};

/// A JSON object being read. Absent fields and `null` are the same.
pub(super) struct Obj<'a>(&'a Map<String, Value>);

impl<'a> Obj<'a> {
    /// `value` as an object; `what` names it in the error.
    pub(super) fn of(value: &'a Value, what: &str) -> Result<Obj<'a>, String> {
        value
            .as_object()
            .map(Obj)
            .ok_or_else(|| format!("{what} is not an object"))
    }

    pub(super) fn get(&self, key: &str) -> Option<&'a Value> {
        self.0.get(key).filter(|v| !v.is_null())
    }

    pub(super) fn text(&self, key: &str) -> Option<String> {
        self.get(key).and_then(Value::as_str).map(str::to_owned)
    }

    pub(super) fn need(&self, key: &str) -> Result<String, String> {
        self.text(key).ok_or_else(|| format!("no \"{key}\""))
    }

    pub(super) fn num(&self, key: &str) -> Option<u64> {
        self.get(key).and_then(Value::as_u64)
    }

    pub(super) fn need_num(&self, key: &str) -> Result<u64, String> {
        self.num(key).ok_or_else(|| format!("no number \"{key}\""))
    }

    fn float(&self, key: &str) -> Option<f64> {
        self.get(key).and_then(Value::as_f64)
    }

    pub(super) fn obj(&self, key: &str) -> Result<Option<Obj<'a>>, String> {
        self.get(key)
            .map(|v| Obj::of(v, &format!("\"{key}\"")))
            .transpose()
    }

    pub(super) fn array(&self, key: &str) -> Result<&'a [Value], String> {
        match self.get(key) {
            None => Ok(&[]),
            Some(v) => v
                .as_array()
                .map(Vec::as_slice)
                .ok_or_else(|| format!("\"{key}\" is not a list")),
        }
    }
}

/// The whole file (its entries are read one by one later).
pub(super) fn file(value: Value) -> Result<FileJson, String> {
    let Value::Object(mut m) = value else {
        return Err("not an object".into());
    };
    let entries = match m.remove("entries") {
        Some(Value::Array(entries)) => entries,
        _ => return Err("no list of \"entries\"".into()),
    };
    let top = Obj(&m);
    Ok(FileJson {
        format: top.need("format")?,
        version: u32::try_from(top.need_num("version")?).map_err(|e| e.to_string())?,
        settings: top.obj("settings")?.map(|s| settings(&s)).transpose()?,
        entries,
    })
}

fn settings(s: &Obj) -> Result<SettingsJson, String> {
    Ok(SettingsJson {
        host: s.need("host")?,
        port: port(s)?,
        security: s.need("security")?,
        pin_sha256: s.text("pin_sha256"),
    })
}

fn port(m: &Obj) -> Result<u16, String> {
    u16::try_from(m.need_num("port")?).map_err(|_| "\"port\" is not a port number".into())
}

fn tls(t: &Obj) -> Result<TlsJson, String> {
    Ok(TlsJson {
        version: t.text("version"),
        trust: t.need("trust")?,
    })
}

/// The fields every v2 entry has.
pub(super) fn common(e: &Obj) -> Result<EntryCommon, String> {
    Ok(EntryCommon {
        at_ms: e.float("at_ms").ok_or("no number \"at_ms\"")?,
        dir: e.need("dir")?,
        raw: e.text("raw").unwrap_or_default(),
        raw_base64: e.text("raw_base64"),
        secret: e.text("secret"),
        rtt_ms: e.float("rtt_ms"),
        body: e.obj("body")?.map(|b| body(&b)).transpose()?,
        annotation: e.obj("annotation")?.map(|a| annotation(&a)).transpose()?,
        text: e.text("text"),
    })
}

/// A v1 entry: the bytes and who wrote them (its annotation was English text,
/// and is not read).
pub(super) fn v1_entry(value: &Value) -> Result<EntryCommon, String> {
    let e = Obj::of(value, "the entry")?;
    Ok(EntryCommon {
        at_ms: e.float("at_ms").ok_or("no number \"at_ms\"")?,
        dir: e.need("dir")?,
        raw: e.need("raw")?,
        raw_base64: e.text("raw_base64"),
        secret: e.text("secret"),
        rtt_ms: e.float("rtt_ms"),
        body: e.obj("body")?.map(|b| body(&b)).transpose()?,
        annotation: None,
        text: None,
    })
}

fn body(b: &Obj) -> Result<BodyJson, String> {
    Ok(BodyJson {
        text: b.need("text")?,
        base64: b.text("base64"),
        lines: b.need_num("lines")? as usize,
        wire_len: b.need_num("wire_len")? as usize,
        undoubled: b
            .array("undoubled")?
            .iter()
            .filter_map(|n| n.as_u64().map(|n| n as usize))
            .collect(),
    })
}

fn say(s: &Obj) -> Result<SayJson, String> {
    Ok(SayJson {
        id: s.need("id")?,
        args: match s.obj("args")? {
            Some(args) => args.0.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            None => BTreeMap::new(),
        },
    })
}

fn rfc(r: &Obj) -> Result<RfcJson, String> {
    Ok(RfcJson {
        rfc: u16::try_from(r.need_num("rfc")?).map_err(|e| e.to_string())?,
        section: r.need("section")?,
    })
}

fn annotation(a: &Obj) -> Result<AnnotationJson, String> {
    Ok(AnnotationJson {
        summary: say(&a.obj("summary")?.ok_or("no \"summary\"")?)?,
        rfc: a.obj("rfc")?.map(|r| rfc(&r)).transpose()?,
        topic: a.text("topic"),
        notes: a
            .array("notes")?
            .iter()
            .map(|n| {
                let n = Obj::of(n, "a note")?;
                Ok(NoteJson {
                    severity: n.need("severity")?,
                    say: say(&n)?,
                    rfc: n.obj("rfc")?.map(|r| rfc(&r)).transpose()?,
                    body_line: n.num("body_line").map(|l| l as usize),
                })
            })
            .collect::<Result<_, String>>()?,
    })
}

/// The fact of an entry, read from its fields.
pub(super) fn fact(m: &Obj) -> Result<FactJson, String> {
    let text = |k: &str| m.text(k);
    let need = |k: &str| m.need(k);
    let num = |k: &str| m.num(k);
    let need_num = |k: &str| m.need_num(k);
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
            port: port(m)?,
            security: need("security")?,
        },
        "opened" => FactJson::Opened {
            peer: text("peer"),
            tls: m.obj("tls")?.map(|t| tls(&t)).transpose()?,
        },
        "start_tls_asked" => FactJson::StartTlsAsked,
        "tls_up" => FactJson::TlsUp { tls: tls(m)? },
        "stls_impossible" => FactJson::StlsImpossible,
        "in_page" => FactJson::InPage,
        "no_proxy" => FactJson::NoProxy,
        "link_error" => FactJson::LinkError {
            code: {
                let code = need("code")?;
                ErrorCode::parse(&code).ok_or_else(|| format!("unknown code \"{code}\""))?
            },
            message: need("message")?,
            cause: match m.text("cause") {
                None => None,
                Some(cause) => Some(
                    TlsFailure::parse(&cause)
                        .ok_or_else(|| format!("unknown TLS failure \"{cause}\""))?,
                ),
            },
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
                .array("unanswered")?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            partial_body: num("partial_body").map(|n| n as usize),
            kept_marks: num("kept_marks").map(|n| n as usize),
        },
        "problem" => FactJson::Problem,
        "not_sent" => FactJson::NotSent,
        "imported" => FactJson::Imported {
            lines: need_num("lines")? as usize,
            format: need("format")?,
            skipped: need_num("skipped")? as usize,
        },
        "legacy" => FactJson::Legacy,
        other => return Err(format!("unknown kind \"{other}\"")),
    })
}
