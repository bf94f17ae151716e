//! Exports on the host: JSON v2 round trips, v1 files, the text log, share
//! links, the diagram and the runnable scripts, all from typed facts.

use std::rc::Rc;

use pop3::annotate::Say;
use pop3::types::{Command, State};
use yew::Reducible;

use super::script::{py_str, sh_quote, utc};
use super::*;
use crate::state::{
    Action, Dir, Entry, Env, Fact, ReplyStatus, Security, Session, Settings, TlsUp, Trust,
};

fn session() -> Rc<Session> {
    let env = Env {
        now: || 0.0,
        nonce: || Some("n".into()),
        nfkc: |s| s.to_owned(),
    };
    Rc::new(Session::with_env(env)).reduce(Action::Import(pop3::import::RFC1939_EXAMPLE.into()))
}

fn entries() -> Vec<Entry> {
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

// ---------------------------------------------------------------------------
// Runnable scripts

/// A transcript from `C:` (command), `A:` (SASL response) and `S:` (reply)
/// lines, built as the reducer records them: client lines masked, their
/// secrets beside them, replies paired with the last command.
fn recorded(lines: &[&str]) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut last_command = None;
    for line in lines {
        let (dir, text) = line.split_at(3);
        let mut entry = match dir {
            "C: " => {
                let command = Command::parse_lenient(text);
                let mut e = Entry::new(
                    Fact::Command {
                        command: Some(command.clone()),
                    },
                    0.0,
                );
                e.raw = format!("{}\r\n", command.to_masked_line()).into_bytes();
                e.secret = command
                    .has_secret()
                    .then(|| pop3::Secret::new(text.to_owned()));
                e
            }
            "A: " => {
                let mut e = Entry::new(Fact::Command { command: None }, 0.0);
                e.raw = b"********\r\n".to_vec();
                e.secret = Some(pop3::Secret::new(text.to_owned()));
                e
            }
            _ => {
                let status = if text.starts_with("+OK") {
                    ReplyStatus::Ok
                } else if text.starts_with("-ERR") {
                    ReplyStatus::Err
                } else {
                    ReplyStatus::Continuation
                };
                let mut e = Entry::new(
                    Fact::Reply {
                        status,
                        code: None,
                        answers: last_command,
                    },
                    0.0,
                );
                e.raw = format!("{text}\r\n").into_bytes();
                e
            }
        };
        entry.id = entries.len();
        if dir == "C: " {
            last_command = Some(entry.id);
        }
        entries.push(entry);
    }
    entries
}

const DEMO: &[&str] = &[
    "S: +OK POP3 Playground demo ready",
    "C: USER mrose",
    "S: +OK mrose",
    "C: PASS tanstaaf",
    "S: +OK maildrop has 2 messages",
    "C: STAT",
    "S: +OK 2 320",
    "C: LIST",
    "S: +OK 2 messages",
    "C: RETR 1",
    "S: +OK 120 octets",
    "C: DELE 9",
    "S: -ERR no such message",
    "C: QUIT",
    "S: +OK bye",
];

fn all_scripts(entries: &[Entry], settings: &Settings, secrets: bool) -> [String; 3] {
    [Script::Openssl, Script::Curl, Script::Python]
        .map(|kind| session_script(kind, entries, settings, secrets, None))
}

/// Runs `program args` with `input` on stdin; `None` when the program is missing.
fn run_with_stdin(program: &str, args: &[&str], input: &str) -> Option<std::process::Output> {
    use std::io::Write as _;
    use std::process::{Command as Process, Stdio};
    let mut child = match Process::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => {
            eprintln!("skipping the {program} check: {e}");
            return None;
        }
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    Some(child.wait_with_output().unwrap())
}

/// `bash -n` on the shell scripts, Python's parser on the Python one (each
/// skipped when its program is missing).
fn assert_syntax(scripts: &[String; 3]) {
    for shell in &scripts[..2] {
        if let Some(out) = run_with_stdin("bash", &["-n"], shell) {
            assert!(
                out.status.success(),
                "bash -n: {}\n{shell}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let parse = "import ast,sys; ast.parse(sys.stdin.read())";
    if let Some(out) = run_with_stdin("python3", &["-c", parse], &scripts[2]) {
        assert!(
            out.status.success(),
            "python3: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            scripts[2]
        );
    }
}

#[test]
fn scripts_replay_a_user_pass_session_with_the_password_masked() {
    let entries = recorded(DEMO);
    let settings = Settings::default();
    let scripts = all_scripts(&entries, &settings, false);
    let [shell, curl, python] = &scripts;
    for script in &scripts {
        assert!(!script.contains("tanstaaf"), "{script}");
        assert!(script.contains("# Server: 127.0.0.1 port 1110, plain text"));
        assert!(script.contains("Secrets are masked"));
        assert!(script.contains("# Careful: it replays DELE"));
    }
    assert!(shell.starts_with("#!/usr/bin/env bash\n"));
    for line in [
        "HOST='127.0.0.1'",
        "  send 'USER mrose'",
        "  send \"PASS $POP3_PASSWORD\"",
        "  send 'RETR 1'",
        "  send 'QUIT'",
        "nc -- \"$HOST\" \"$PORT\"",
        "IFS= read -rsp 'POP3 password: ' POP3_PASSWORD",
        "send() { sleep \"$DELAY\"; printf '%s\\r\\n' \"$1\"; }",
    ] {
        assert!(shell.contains(line), "{line} not in\n{shell}");
    }
    for line in [
        "URL='pop3://127.0.0.1:1110'",
        "POP3_USER='mrose'",
        "opts+=(--user \"$POP3_USER:$POP3_PASSWORD\")",
        "curl \"${opts[@]}\" -I -X 'STAT' \"$URL/\"",
        "curl \"${opts[@]}\" \"$URL/\"",
        "curl \"${opts[@]}\" \"$URL/1\"",
        "# DELE 9 (refused when recorded)\ncurl \"${opts[@]}\" -I -X 'DELE 9' \"$URL/\" || true\n",
        "set -e\n",
    ] {
        assert!(curl.contains(line), "{line} not in\n{curl}");
    }
    assert!(!curl.contains("-k"), "no pinned certificate: no -k");
    for line in [
        "HOST = '127.0.0.1'\nPORT = 1110",
        "PASSWORD = os.environ.get('POP3_PASSWORD') or getpass.getpass('POP3 password: ')",
        "pop = poplib.POP3(HOST, PORT, timeout=30)",
        "step(pop.user, 'mrose')",
        "step(pop.pass_, PASSWORD)",
        "step(pop.stat)",
        "step(pop.list)",
        "step(pop.retr, 1)",
        "step(pop.dele, 9, refused=True)",
        "step(pop.quit)",
    ] {
        assert!(python.contains(line), "{line} not in\n{python}");
    }
    assert_eq!(python.matches("step(pop.quit)").count(), 1, "QUIT once");
    assert_syntax(&scripts);

    let revealed = all_scripts(&entries, &settings, true);
    for script in &revealed {
        assert!(script.contains("tanstaaf"), "{script}");
        assert!(script.contains("Secrets included"));
    }
    assert!(revealed[0].contains("  send 'PASS tanstaaf'"));
    assert!(revealed[1].contains("POP3_PASSWORD='tanstaaf'"));
    assert!(revealed[2].contains("PASSWORD = 'tanstaaf'"));
    assert_syntax(&revealed);
}

#[test]
fn scripts_undo_unfinished_deletions_before_their_own_quit() {
    let entries = recorded(&[
        "S: +OK",
        "C: USER a",
        "S: +OK",
        "C: PASS b",
        "S: +OK",
        "C: DELE 1",
        "S: +OK",
    ]);
    let [shell, _, python] = all_scripts(&entries, &Settings::default(), false);
    assert!(
        shell.contains("  send 'DELE 1'\n  send 'RSET'\n  send 'QUIT'\n"),
        "{shell}"
    );
    assert!(
        python.contains("step(pop.dele, 1)\nstep(pop.rset)\nstep(pop.quit)\n"),
        "{python}"
    );
}

#[test]
fn scripts_replay_apop_with_the_secret_asked_for() {
    let all = entries();
    let scripts = all_scripts(&all, &Settings::default(), false);
    let [shell, curl, python] = &scripts;
    for script in &scripts {
        assert!(
            !script.contains("c4c9334bac560ecc979e58001b3e22fb"),
            "{script}"
        );
    }
    assert!(shell.contains("# APOP mrose ********: its digest covers the greeting's timestamp"));
    assert!(
        curl.contains("opts+=(--login-options 'AUTH=+APOP')"),
        "{curl}"
    );
    assert!(
        python.contains("step(pop.apop, 'mrose', PASSWORD)"),
        "{python}"
    );
    assert!(python.contains("getpass.getpass"));
    assert_syntax(&scripts);
    let revealed = all_scripts(&all, &Settings::default(), true);
    assert!(revealed[0].contains("send 'APOP mrose c4c9334bac560ecc979e58001b3e22fb'"));
    assert!(
        revealed[2].contains("getpass.getpass"),
        "the APOP secret is not in the transcript"
    );
    assert_syntax(&revealed);
}

#[test]
fn scripts_start_tls_after_the_greeting_for_stls() {
    let mut all = vec![Entry::new(
        Fact::ConnectAsked {
            host: "pop.example.org".into(),
            port: 110,
            security: Security::Stls,
        },
        0.0,
    )];
    all.extend(recorded(&[
        "S: +OK ready",
        "C: STLS",
        "S: +OK begin TLS",
        "C: CAPA",
        "S: +OK",
        "C: USER mrose",
        "S: +OK",
        "C: PASS tanstaaf",
        "S: +OK",
        "C: UIDL",
        "S: +OK",
        "C: TOP 1 5",
        "S: +OK",
    ]));
    for (i, e) in all.iter_mut().enumerate() {
        e.id = i;
    }
    // Replies answer by entry id: shift them with the entry added in front.
    for e in &mut all {
        if let Fact::Reply {
            answers: Some(id), ..
        } = &mut e.fact
        {
            *id += 1;
        }
    }
    all.insert(
        4,
        Entry::new(
            Fact::TlsUp(TlsUp {
                version: Some("TLSv1.3".into()),
                trust: Trust::Verified,
            }),
            0.0,
        ),
    );
    let scripts = all_scripts(&all, &Settings::default(), false);
    let [shell, curl, python] = &scripts;
    for script in &scripts {
        assert!(
            script.contains("# Server: pop.example.org port 110, STLS"),
            "{script}"
        );
    }
    assert!(shell.contains("TARGET='pop.example.org:110'"));
    assert!(shell.contains("openssl s_client -connect \"$TARGET\" -starttls pop3 -quiet"));
    assert!(
        shell.contains("  # STLS (openssl -starttls pop3 sends it)\n  send 'CAPA'"),
        "{shell}"
    );
    assert!(curl.contains("URL='pop3://pop.example.org:110'"));
    assert!(curl.contains("opts+=(--ssl-reqd)"));
    assert!(curl.contains("curl \"${opts[@]}\" -X 'UIDL' \"$URL/\""));
    assert!(curl.contains("curl \"${opts[@]}\" -X 'TOP 1 5' \"$URL/\""));
    assert!(!curl.contains("-k"));
    assert!(python.contains("context = ssl.create_default_context()\n"));
    assert!(
        python.contains("step(pop.stls, context)\nstep(pop.capa)\n"),
        "{python}"
    );
    assert!(python.contains("step(pop.uidl)\nstep(pop.top, 1, 5)\n"));
    assert!(!python.contains("CERT_NONE"));
    assert_syntax(&scripts);
}

#[test]
fn scripts_use_implicit_tls_and_say_why_a_pinned_certificate_passes() {
    let pin = "ab".repeat(32);
    let settings = Settings {
        host: "pop.example.org".into(),
        port: 995,
        security: Security::Implicit,
        pin_sha256: Some(pin.clone()),
        ..Settings::default()
    };
    let mut all = vec![Entry::new(
        Fact::Opened {
            peer: Some("192.0.2.1:995".into()),
            tls: Some(TlsUp {
                version: None,
                trust: Trust::Pinned,
            }),
        },
        0.0,
    )];
    all.extend(recorded(&[
        "S: +OK",
        "C: USER mrose",
        "S: +OK",
        "C: PASS x y",
        "S: +OK",
        "C: NOOP",
        "S: +OK",
    ]));
    let scripts = all_scripts(&all, &settings, false);
    let [shell, curl, python] = &scripts;
    for script in &scripts {
        assert!(script.contains("implicit TLS"));
        assert!(script.contains(&format!(
            "by its SHA-256 fingerprint, not through a CA: {pin}"
        )));
    }
    assert!(shell.contains("TARGET='pop.example.org:995'"));
    assert!(shell.contains("openssl s_client -connect \"$TARGET\" -quiet\n"));
    assert!(curl.contains("URL='pop3s://pop.example.org:995'"));
    assert!(curl.contains("# -k: the recording trusted the certificate by its fingerprint"));
    assert!(curl.contains("opts+=(-k)"));
    assert!(curl.contains("curl \"${opts[@]}\" -I -X 'NOOP' \"$URL/\""));
    assert!(python.contains(
        "pop = poplib.POP3_SSL(HOST, PORT, context=context, timeout=30)\ncheck_pin(pop.sock)\n"
    ));
    assert!(python.contains(&format!("PIN = '{pin}'")));
    assert!(python.contains("context.verify_mode = ssl.CERT_NONE"));
    assert_syntax(&scripts);
    // With secrets, a password with a space is one argument.
    let revealed = all_scripts(&all, &settings, true);
    assert!(revealed[1].contains("POP3_PASSWORD='x y'"));
    assert!(revealed[2].contains("PASSWORD = 'x y'"));
}

#[test]
fn scripts_rebuild_auth_plain_from_the_password_unless_secrets_are_included() {
    use base64::Engine as _;
    let ir = base64::engine::general_purpose::STANDARD.encode("\0mrose\0tanstaaf");
    let auth = format!("C: AUTH PLAIN {ir}");
    let entries = recorded(&[
        "S: +OK",
        &auth,
        "S: +OK logged in",
        "C: STAT",
        "S: +OK 2 320",
    ]);
    let scripts = all_scripts(&entries, &Settings::default(), false);
    let [shell, curl, python] = &scripts;
    for script in &scripts {
        assert!(
            !script.contains(&ir) && !script.contains("tanstaaf"),
            "{script}"
        );
    }
    assert!(shell.contains("  send \"AUTH PLAIN $(plain)\""), "{shell}");
    assert!(
        shell.contains(": \"${POP3_USER:?set POP3_USER"),
        "the user name is inside the secret"
    );
    assert!(curl.contains("opts+=(--login-options 'AUTH=PLAIN')"));
    assert!(
        python.contains("step(pop._shortcmd, 'AUTH PLAIN ' + plain())"),
        "{python}"
    );
    assert!(python.contains("USER = os.environ.get('POP3_USER')"));
    assert_syntax(&scripts);

    let revealed = all_scripts(&entries, &Settings::default(), true);
    assert!(revealed[0].contains(&format!("  send 'AUTH PLAIN {ir}'")));
    assert!(
        revealed[1].contains("POP3_USER='mrose'\nPOP3_PASSWORD='tanstaaf'"),
        "{}",
        revealed[1]
    );
    assert!(revealed[2].contains(&format!("step(pop._shortcmd, 'AUTH PLAIN {ir}')")));
    assert_syntax(&revealed);

    // The response after an empty challenge, and a mechanism that cannot be replayed.
    let deferred = recorded(&[
        "S: +OK",
        "C: AUTH PLAIN",
        "S: + ",
        &format!("A: {ir}"),
        "S: +OK",
        "C: AUTH CRAM-MD5",
        "S: + PDEyMz4=",
        "A: bXJvc2UgYWJj",
        "S: -ERR no",
    ]);
    let [shell, _, python] = all_scripts(&deferred, &Settings::default(), false);
    assert!(
        shell.contains("  send 'AUTH PLAIN'\n  send \"$(plain)\"\n"),
        "{shell}"
    );
    assert!(shell.contains(
        "a SASL answer to the server's challenge cannot be replayed: cancel.\n  send \"*\""
    ));
    assert!(
        python.contains("step(pop._shortcmd, 'AUTH PLAIN')\nstep(pop._shortcmd, plain())\n"),
        "{python}"
    );
    assert!(python.contains("step(pop._shortcmd, '*', refused=True)"));
}

#[test]
fn scripts_quote_what_a_hostile_transcript_holds() {
    let host = "evil.example'; touch /tmp/pwned #$(echo INJECTED)`echo INJECTED`\nrm -rf ~";
    let user = "a'b\"c$(echo INJECTED)\\';\nimport INJECTED";
    let settings = Settings {
        host: host.into(),
        ..Settings::default()
    };
    let mut entries = recorded(&[
        "S: +OK",
        "C: USER x",
        "S: +OK",
        "C: PASS p",
        "S: +OK",
        "C: XSHELL $(echo INJECTED) 'q' \"dq\" \\ `echo INJECTED` %s %n",
        "S: -ERR what",
    ]);
    // A user name with a line break cannot be typed or imported; set it directly.
    entries[1].fact = Fact::Command {
        command: Some(Command::User {
            name: user.to_owned(),
        }),
    };
    entries[1].raw = format!("USER {user}\r\n").into_bytes();
    let scripts = all_scripts(&entries, &settings, false);
    assert_syntax(&scripts);
    for script in &scripts {
        for line in script.lines() {
            assert!(
                !line.starts_with("rm -rf") && !line.starts_with("import INJECTED"),
                "a line break escaped its quotes:\n{script}"
            );
        }
    }
    // The shell assignments hold the hostile text as data.
    let [shell, curl, python] = &scripts;
    let assignments: String = shell
        .lines()
        .chain(curl.lines())
        .filter(|l| l.starts_with("HOST=") || l.starts_with("POP3_USER="))
        .map(|l| format!("{l}\n"))
        .collect();
    let probe = format!("{assignments}printf '%s|%s' \"$HOST\" \"$POP3_USER\"");
    if let Some(out) = run_with_stdin("bash", &[], &probe) {
        let shown = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            shown,
            format!("{}|{}", host.replace('\n', "?"), user.replace('\n', "?"))
        );
    }
    assert!(
        shell.contains(
            "  send 'XSHELL $(echo INJECTED) '\\''q'\\'' \"dq\" \\ `echo INJECTED` %s %n'"
        ),
        "{shell}"
    );
    assert!(
        curl.contains("# XSHELL $(echo INJECTED)"),
        "curl cannot express it"
    );
    // Python: the literals evaluate to exactly the hostile text.
    let probe = "import ast,sys\nfor node in ast.parse(sys.stdin.read()).body:\n    \
                 if isinstance(node, ast.Assign) and node.targets[0].id == 'HOST':\n        \
                 sys.stdout.write(node.value.value)\n";
    if let Some(out) = run_with_stdin("python3", &["-c", probe], python) {
        assert_eq!(String::from_utf8(out.stdout).unwrap(), host);
    }
    assert!(python.contains(&format!("step(pop.user, {})", py_str(user))));
    assert!(python.contains("step(pop._shortcmd, 'XSHELL $(echo INJECTED) \\'q\\' \"dq\" \\\\ `echo INJECTED` %s %n', refused=True)"), "{python}");
}

#[test]
fn script_quoting_and_dates() {
    assert_eq!(sh_quote("it's"), "'it'\\''s'");
    assert_eq!(sh_quote("a\nb"), "'a?b'");
    assert_eq!(py_str("é\n'\\\u{1F600}"), "'\\xe9\\x0a\\'\\\\\\U0001f600'");
    assert_eq!(utc(0.0), "1970-01-01 00:00 UTC");
    assert_eq!(utc(1_700_000_000_000.0), "2023-11-14 22:13 UTC");
    assert_eq!(utc(951_825_600_000.0), "2000-02-29 12:00 UTC");
}

#[test]
fn scripts_replay_the_last_connection_and_say_when_it_was_recorded() {
    let mut all = recorded(&["S: +OK", "C: USER old", "S: +OK"]);
    all.push(Entry::new(Fact::NewConnection, 0.0));
    let mut second = recorded(&["S: +OK", "C: USER new", "S: +OK"]);
    for e in &mut second {
        e.at_ms = 60_000.0;
    }
    all.extend(second);
    let python = session_script(
        Script::Python,
        &all,
        &Settings::default(),
        false,
        Some(1_700_000_000_000.0),
    );
    assert!(python.contains("step(pop.user, 'new')") && !python.contains("'old'"));
    assert!(
        python.contains("# Recorded: 2023-11-14 22:14 UTC."),
        "{python}"
    );
    assert!(python.contains("2 connections that sent commands: this is the last"));
    let imported = session_script(Script::Python, &all, &Settings::default(), false, None);
    assert!(!imported.contains("# Recorded"));
}

#[test]
fn scripts_treat_lines_saved_without_secrets_as_masked() {
    let mut all = recorded(&[
        "S: +OK",
        "C: USER mrose",
        "S: +OK",
        "C: PASS tanstaaf",
        "S: +OK",
    ]);
    // As read back from a JSON file saved without secrets.
    all[3].secret = None;
    all[3].fact = Fact::Command {
        command: Some(Command::parse_lenient("PASS ********")),
    };
    let [shell, curl, python] = all_scripts(&all, &Settings::default(), true);
    assert!(shell.contains("  send \"PASS $POP3_PASSWORD\""), "{shell}");
    assert!(
        curl.contains("read -rsp") && !curl.contains("POP3_PASSWORD='"),
        "{curl}"
    );
    assert!(python.contains("getpass.getpass"), "{python}");
}
