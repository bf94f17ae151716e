//! The runnable scripts (openssl or nc, curl, Python's poplib): what they send,
//! what they keep secret, how they quote, checked by running the shells and
//! Python's parser where they are installed.

use pop3::types::Command;

use super::super::script::{py_str, sh_quote, utc};
use super::super::*;
use super::entries;
use crate::state::{Entry, Fact, ReplyStatus, Security, Settings, TlsUp, Trust};

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
