//! Exports on the host: JSON v2 round trips, v1 files, the text log, share
//! links and the diagram, all from typed facts; the runnable scripts in
//! `scripts`.

mod scripts;

use std::rc::Rc;

use pop3::annotate::Say;
use pop3::types::{Command, State};
use yew::Reducible;

use super::*;
use crate::state::{Action, Dir, Entry, Env, Fact, ReplyStatus, Session, Settings, TlsUp, Trust};

fn session() -> Rc<Session> {
    let env = Env {
        now: || 0.0,
        nonce: || Some("n".into()),
        nfkc: |s| s.to_owned(),
    };
    Rc::new(Session::with_env(env)).reduce(Action::Import(pop3::import::RFC1939_EXAMPLE.into()))
}

pub(super) fn entries() -> Vec<Entry> {
    session().transcript.borrow().entries().to_vec()
}

#[test]
fn json_v2_round_trips_every_fact_and_note() {
    let mut all = entries();
    all.push(Entry::new(
        Fact::TlsUp(TlsUp {
            version: Some("TLSv1.3".into()),
            trust: Trust::Pinned,
        }),
        5.0,
    ));
    all.push(Entry::new(Fact::NewConnection, 6.0));
    for (i, e) in all.iter_mut().enumerate() {
        e.id = i;
    }
    let json = transcript_json(&Settings::default(), &all, true);
    assert!(json.contains("\"version\": 2"));
    let saved = parse_json(&json).unwrap();
    // Export, import, export: the same file, so nothing was lost on the way.
    assert_eq!(
        transcript_json(&Settings::default(), &saved.entries, true),
        json
    );
    assert_eq!(saved.entries.len(), all.len());
    for (a, b) in saved.entries.iter().zip(&all) {
        assert_eq!(a.annotation, b.annotation);
        assert_eq!(a.body, b.body);
        assert_eq!(a.raw, b.raw);
        assert_eq!(a.dir(), b.dir());
    }
    assert_eq!(saved.entries, all, "with secrets, exactly equal");
    assert_eq!(saved.settings.unwrap().port, 1110);
}

#[test]
fn json_v2_carries_ids_and_arguments_not_sentences_alone() {
    let json = transcript_json(&Settings::default(), &entries(), false);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let stat = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["annotation"]["summary"]["id"] == "reply-stat")
        .expect("a STAT reply");
    assert_eq!(stat["kind"], "reply");
    assert_eq!(stat["status"], "ok");
    assert_eq!(stat["annotation"]["summary"]["args"]["count"], 2);
    assert!(stat["answers"].is_u64());
}

#[test]
fn json_v1_still_imports_with_facts_and_annotations() {
    let v1 = r#"{"format":"pop3-playground-transcript","version":1,"entries":[
        {"at_ms":0,"dir":"server","raw":"+OK ready\r\n"},
        {"at_ms":1,"dir":"client","raw":"STAT\r\n","annotation":{"summary":"Asks","notes":[]}},
        {"at_ms":2,"dir":"server","raw":"+OK 2 320\r\n"},
        {"at_ms":3,"dir":"proxy","raw":"AUTHORIZATION → TRANSACTION","banner":"AUTHORIZATION → TRANSACTION"}
    ]}"#;
    let saved = parse_json(v1).unwrap();
    let e = &saved.entries;
    assert_eq!(e[1].command(), Some(&Command::Stat));
    assert!(matches!(
        e[2].fact,
        Fact::Reply {
            status: ReplyStatus::Ok,
            answers: Some(1),
            ..
        }
    ));
    assert_eq!(
        e[2].annotation.as_ref().unwrap().summary,
        Say::ReplyStat {
            count: 2,
            octets: 320
        }
    );
    assert_eq!(e[3].dir(), Dir::Proxy);
    assert_eq!(crate::i18n::line(&e[3]), "AUTHORIZATION → TRANSACTION");
}

#[test]
fn json_rejects_unknown_versions_and_notes() {
    let v9 = r#"{"format":"pop3-playground-transcript","version":9,"entries":[]}"#;
    assert!(parse_json(v9).unwrap_err().contains("version 9"));
    let bad = r#"{"format":"pop3-playground-transcript","version":2,"entries":[
        {"at_ms":0,"dir":"server","kind":"reply","status":"ok","raw":"+OK\r\n",
         "annotation":{"summary":{"id":"no-such-note"},"notes":[]}}]}"#;
    assert!(parse_json(bad).unwrap_err().contains("no-such-note"));
}

#[test]
fn secrets_stay_out_unless_asked() {
    let s = Rc::new(Session::with_env(Env {
        now: || 0.0,
        nonce: || None,
        nfkc: |s| s.to_owned(),
    }))
    .reduce(Action::Import(
        "S: +OK hi\nC: USER a\nS: +OK\nC: PASS hunter2\nS: +OK\n".into(),
    ));
    let all = s.transcript.borrow().entries().to_vec();
    assert!(!transcript_json(&s.settings, &all, false).contains("hunter2"));
    assert!(!transcript_text(&all, false).contains("hunter2"));
    assert!(transcript_text(&all, true).contains("C: PASS hunter2"));
}

#[test]
fn text_log_writes_facts_as_comments_and_reimports() {
    let text = transcript_text(&entries(), false);
    assert!(
        text.contains("# state: AUTHORIZATION → TRANSACTION"),
        "{text}"
    );
    assert!(text.contains("C: STAT\n"));
    let again = Rc::new(Session::with_env(Env {
        now: || 0.0,
        nonce: || None,
        nfkc: |s| s.to_owned(),
    }))
    .reduce(Action::Import(text));
    let commands = |e: &[Entry]| -> Vec<String> {
        e.iter()
            .filter_map(|e| e.command().map(Command::to_masked_line))
            .collect()
    };
    assert_eq!(
        commands(again.transcript.borrow().entries()),
        commands(&entries())
    );
}

#[test]
fn diagram_bands_and_tls_come_from_facts() {
    let mut all = entries();
    all.push(Entry::new(
        Fact::TlsUp(TlsUp {
            version: Some("TLSv1.3".into()),
            trust: Trust::Verified,
        }),
        9.0,
    ));
    let svg = sequence_svg(&all);
    assert!(svg.contains("data-state=\"TRANSACTION\""));
    assert!(svg.contains("data-state=\"AUTHORIZATION\""));
    assert!(svg.contains("class=\"tls\""));
    assert_eq!(svg.matches("class=\"msg\"").count(), all.len());
}

#[test]
fn the_page_diagram_links_each_arrow_to_its_entry_and_the_file_does_not() {
    let all = entries();
    let linked = sequence_svg_linked(&all);
    assert_eq!(
        linked.matches("data-testid=\"diagram-arrow\"").count(),
        all.len()
    );
    assert_eq!(linked.matches("tabindex=\"0\"").count(), all.len());
    assert_eq!(linked.matches("class=\"hit\"").count(), all.len());
    for (i, entry) in all.iter().enumerate() {
        assert!(linked.contains(&format!(
            "class=\"msg\" data-dir=\"{}\" data-index=\"{i}\" data-testid",
            entry.dir().as_str()
        )));
    }
    // Buttons inside: not an image for assistive technology.
    assert!(linked.contains("role=\"group\""));
    let file = sequence_svg(&all);
    assert!(
        !file.contains("data-testid")
            && !file.contains("tabindex")
            && !file.contains("class=\"hit\"")
    );
    assert!(file.contains("role=\"img\""));
}

#[test]
fn the_page_diagram_numbers_arrows_by_transcript_index_past_the_limit() {
    let mut all = Vec::new();
    for i in 0..DIAGRAM_LIMIT + 5 {
        let mut e = Entry::new(
            Fact::Command {
                command: Some(pop3::types::Command::Noop),
            },
            i as f64,
        );
        e.raw = b"NOOP\r\n".to_vec();
        all.push(e);
    }
    let linked = sequence_svg_linked(&all);
    assert_eq!(
        linked.matches("data-testid=\"diagram-arrow\"").count(),
        DIAGRAM_LIMIT
    );
    assert!(linked.contains("data-index=\"5\" data-testid"));
    assert!(!linked.contains("data-index=\"4\" data-testid"));
    assert!(linked.contains(&format!("data-index=\"{}\" data-testid", DIAGRAM_LIMIT + 4)));
}

#[test]
fn diagram_escapes_server_text_and_marks_errors() {
    let mut e = Entry::new(
        Fact::Reply {
            status: ReplyStatus::Err,
            code: None,
            answers: None,
        },
        0.0,
    );
    e.raw = b"-ERR <script>&\r\n".to_vec();
    let svg = sequence_svg(&[e]);
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;&amp;"));
    assert!(svg.contains("pp-head-err)"));
}

#[test]
fn diagram_new_connection_ends_the_band() {
    let all = vec![
        Entry::new(
            Fact::StateChanged {
                from: State::Greeting,
                to: State::Transaction,
            },
            0.0,
        ),
        Entry::new(Fact::NewConnection, 1.0),
    ];
    let svg = sequence_svg(&all);
    assert_eq!(svg.matches("class=\"band\"").count(), 1);
}

#[test]
fn share_links_never_hold_secrets_and_round_trip() {
    let mut settings = Settings {
        host: "pop.example.org".into(),
        port: 995,
        pin_sha256: Some("ab".repeat(32)),
        ..Settings::default()
    };
    settings.security = crate::state::Security::Implicit;
    let link = share_link("https://x.test/app", &settings, "");
    assert!(!link.contains("abab"));
    let shared = parse_share(&link);
    assert_eq!(shared.apply(&Settings::default()).port, 995);
}

#[test]
fn url_coding_uses_unreserved_characters_only() {
    assert_eq!(url_encode("a b/ü~"), "a%20b%2F%C3%BC~");
    assert_eq!(url_decode("a+b%2Fc").as_deref(), Some("a b/c"));
    assert_eq!(url_decode("%zz"), None);
    assert_eq!(url_decode("%"), None);
    assert_eq!(url_decode("%ff"), None, "not UTF-8");
}

/// One entry of every fact, with and without its optional parts.
fn every_fact() -> Vec<Entry> {
    use crate::state::{Closer, ImportFormat, Security};
    use pop3::types::ResponseCode;
    use pop3::wire::{ErrorCode, TlsFailure};
    let up = TlsUp {
        version: Some("TLSv1.3".into()),
        trust: Trust::Verified,
    };
    let facts = vec![
        Fact::Command {
            command: Some(Command::parse_lenient("LIST 1")),
        },
        Fact::Command { command: None },
        Fact::Reply {
            status: ReplyStatus::Err,
            code: Some(ResponseCode::parse("IN-USE")),
            answers: Some(0),
        },
        Fact::Reply {
            status: ReplyStatus::Continuation,
            code: None,
            answers: None,
        },
        Fact::Malformed,
        Fact::StateChanged {
            from: State::Greeting,
            to: State::Authorization {
                timestamp: Some("<1.2@x>".into()),
            },
        },
        Fact::StateChanged {
            from: State::Transaction,
            to: State::Update,
        },
        Fact::NewConnection,
        Fact::Connecting {
            url: "ws://127.0.0.1:8080/ws".into(),
        },
        Fact::ConnectAsked {
            host: "pop.example.org".into(),
            port: 995,
            security: Security::Implicit,
        },
        Fact::Opened {
            peer: Some("192.0.2.1:995".into()),
            tls: Some(up.clone()),
        },
        Fact::Opened {
            peer: None,
            tls: None,
        },
        Fact::StartTlsAsked,
        Fact::TlsUp(TlsUp {
            version: None,
            trust: Trust::Pinned,
        }),
        Fact::StlsImpossible,
        Fact::InPage,
        Fact::NoProxy,
        Fact::LinkError {
            code: ErrorCode::CertUntrusted,
            message: "unknown issuer".into(),
            cause: None,
        },
        Fact::LinkError {
            code: ErrorCode::CertUntrusted,
            message: "the server's certificate is self-signed".into(),
            cause: Some(TlsFailure::SelfSigned),
        },
        Fact::LinkError {
            code: ErrorCode::TlsFailed,
            message: "the server does not speak TLS on this port".into(),
            cause: Some(TlsFailure::NotTls),
        },
        Fact::ControlUnreadable {
            error: "no \"type\"".into(),
        },
        Fact::Closed {
            by: Closer::Socket,
            reason: "gone".into(),
            code: Some(1006),
        },
        Fact::Closed {
            by: Closer::Server,
            reason: String::new(),
            code: None,
        },
        Fact::SessionEnded {
            expected: false,
            unanswered: vec!["RETR 1".into()],
            partial_body: Some(120),
            kept_marks: Some(2),
        },
        Fact::SessionEnded {
            expected: true,
            unanswered: Vec::new(),
            partial_body: None,
            kept_marks: None,
        },
        Fact::Problem,
        Fact::Imported {
            lines: 30,
            format: ImportFormat::Telnet,
            skipped: 2,
        },
        Fact::Legacy { dir: Dir::Proxy },
    ];
    let mut entries: Vec<Entry> = facts
        .into_iter()
        .enumerate()
        .map(|(i, fact)| Entry::new(fact, i as f64 * 1.5))
        .collect();
    for (i, e) in entries.iter_mut().enumerate() {
        e.id = i;
    }
    entries
}

#[test]
fn json_v2_round_trips_every_kind_of_fact() {
    let mut all = every_fact();
    all.extend(entries());
    // A body from a server that did not double a dot keeps that fact.
    all[2].body = Some(crate::state::Body {
        bytes: std::rc::Rc::new(b"one\r\nhidden\r\n".to_vec()),
        lines: 2,
        wire_len: 40,
        undoubled: vec![2],
    });
    let json = transcript_json(&Settings::default(), &all, true);
    if let Ok(path) = std::env::var("POP3_DUMP_EXPORT") {
        std::fs::write(path, &json).unwrap();
    }
    let saved = parse_json(&json).unwrap();
    assert_eq!(
        transcript_json(&Settings::default(), &saved.entries, true),
        json
    );
    assert_eq!(saved.entries[2].body, all[2].body);
    for (a, b) in saved.entries.iter().zip(&all) {
        match &b.fact {
            // Legacy entries come back as themselves; every other fact exactly.
            Fact::Legacy { .. } => assert!(matches!(a.fact, Fact::Legacy { .. })),
            fact => assert_eq!(&a.fact, fact),
        }
    }
    assert_eq!(saved.entries.len(), all.len());
}
