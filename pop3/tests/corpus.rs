//! Real-server captures (MailKit's Gmail, Exchange and Comcast replies; see
//! `corpora/real-servers/README.md` and `SOURCES.md`), imported and annotated:
//! each file gets exactly the verdicts its README gives, on the lines it names.

use std::collections::BTreeSet;
use std::time::Instant;

use pop3::annotate::{Say, Severity};
use pop3::engine::Event;
use pop3::import::{self, Format, Replay};
use pop3::types::{Command, State};

fn load(name: &str) -> String {
    let path = format!(
        "{}/tests/corpora/real-servers/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn replay(name: &str) -> Replay {
    let text = load(name);
    let replay = import::replay(&text);
    assert_eq!(replay.format, Format::Prefixed, "{name}");
    assert!(replay.skipped.is_empty(), "{name}: {:?}", replay.skipped);
    replay
}

/// Every remark of the replay: its input line, severity and id.
fn remarks(replay: &Replay) -> Vec<(usize, Severity, &'static str)> {
    replay
        .events
        .iter()
        .flat_map(|r| {
            let annotation = match &r.event {
                Event::Received { annotation, .. }
                | Event::Sent { annotation, .. }
                | Event::Malformed { annotation, .. }
                | Event::Problem { annotation } => Some(annotation),
                _ => None,
            };
            annotation
                .into_iter()
                .flat_map(|a| a.notes.iter())
                .map(|n| (r.source.line_of(n), n.severity, n.say.id()))
        })
        .collect()
}

fn lines_with(replay: &Replay, severity: Severity) -> BTreeSet<usize> {
    remarks(replay)
        .into_iter()
        .filter(|&(_, s, _)| s == severity)
        .map(|(line, _, _)| line)
        .collect()
}

fn violations(replay: &Replay) -> BTreeSet<usize> {
    lines_with(replay, Severity::Violation)
}

fn has(replay: &Replay, line: usize, severity: Severity, id: &str) -> bool {
    remarks(replay).contains(&(line, severity, id))
}

/// What every file shares: no UTF8 mode or LANG change is claimed, and the
/// session does not end as broken (the replay does not close it).
fn assert_no_claims(name: &str, replay: &Replay) {
    assert!(!replay.client.utf8_mode(), "{name}");
    for r in &replay.events {
        match &r.event {
            Event::Received { annotation, .. } | Event::Sent { annotation, .. } => {
                assert!(
                    !matches!(
                        annotation.summary,
                        Say::ReplyUtf8 | Say::ReplyLangSet { .. } | Say::ReplyLangList
                    ),
                    "{name} line {}: {annotation:?}",
                    r.source.line
                );
            }
            Event::Closed { .. } => panic!("{name}: the replay closed the session"),
            _ => {}
        }
    }
}

/// The reply on `line` and the command it answers.
fn answer_on(replay: &Replay, line: usize) -> (Option<Command>, &pop3::annotate::Annotation) {
    replay
        .events
        .iter()
        .find_map(|r| match &r.event {
            Event::Received {
                command,
                annotation,
                ..
            } if r.source.line == line => Some((command.clone(), annotation)),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no reply on line {line}"))
}

/// The line a command was sent on.
fn sent_on(replay: &Replay, line: usize) -> Option<Command> {
    replay.events.iter().find_map(|r| match &r.event {
        Event::Sent { command, .. } if r.source.line == line => command.clone(),
        _ => None,
    })
}

#[test]
fn gmail_sasl_plain() {
    let replay = replay("gmail-sasl-plain.txt");
    assert_no_claims("gmail-sasl-plain", &replay);
    assert_eq!(violations(&replay), BTreeSet::new());
    // "+ " is the empty challenge, exactly as RFC 5034 writes it.
    let (command, annotation) = answer_on(&replay, 14);
    assert!(matches!(command, Some(Command::Auth { .. })));
    assert_eq!(annotation.summary, Say::SaslChallengeReplayed);
    assert!(annotation.notes.is_empty(), "{annotation:?}");
    assert_eq!(
        answer_on(&replay, 16).1.summary,
        Say::ReplyAuth {
            mechanism: "PLAIN".into()
        }
    );
    assert_eq!(replay.client.state(), &State::Closed);
}

#[test]
fn gmail_pipelining() {
    let text = load("gmail-pipelining.txt");
    let started = Instant::now();
    let replay = import::replay(&text);
    let took = started.elapsed();
    // About 1 MB: well under a second even in a debug build; the bound leaves
    // room for a busy machine.
    assert!(took.as_secs_f64() < 5.0, "{took:?}");
    assert!(replay.skipped.is_empty());
    assert_no_claims("gmail-pipelining", &replay);
    assert_eq!(violations(&replay), BTreeSet::new());
    // Replies pair with pipelined commands in order.
    for (reply, command) in [
        (1045, 1042),
        (2032, 1043),
        (3019, 1044),
        (4009, 4006),
        (4996, 4007),
        (5983, 4008),
        (7006, 7003),
        (7038, 7004),
        (7070, 7005),
        (7105, 7102),
        (7137, 7103),
        (7169, 7104),
        (8192, 8189),
        (9179, 8190),
        (10166, 8191),
        (11156, 11153),
        (12143, 11154),
        (13130, 11155),
        (14126, 14123),
        (14127, 14124),
        (14128, 14125),
        (14134, 14131),
        (14142, 14139),
        (14144, 14141),
    ] {
        let sent = sent_on(&replay, command);
        assert!(sent.is_some(), "a command on line {command}");
        assert_eq!(answer_on(&replay, reply).0, sent, "line {reply}");
    }
    assert_eq!(answer_on(&replay, 2032).0, Some(Command::Retr { msg: 2 }));
    // Every RETR body is 73,803 octets once unstuffed.
    assert!(matches!(
        answer_on(&replay, 55).1.summary,
        Say::ReplyRetr {
            msg: 1,
            octets: 73803
        }
    ));
    // The 2016 edit: LIST sizes that agree with neither STAT nor RETR.
    assert!(has(
        &replay,
        43,
        Severity::Warning,
        "note-list-total-mismatch"
    ));
    assert!(has(
        &replay,
        55,
        Severity::Warning,
        "note-retr-size-mismatch"
    ));
    // DELE after RSET is legal; QUIT after the last RSET deletes nothing.
    assert!(replay.client.maildrop().deleted.is_empty());
    assert_eq!(replay.client.state(), &State::Closed);
}

#[test]
fn gmail_uidl_malformed() {
    let replay = replay("gmail-uidl-malformed.txt");
    assert_no_claims("gmail-uidl-malformed", &replay);
    assert_eq!(violations(&replay), BTreeSet::from([34, 40]));
    assert!(has(&replay, 34, Severity::Violation, "note-uidl-line"));
    assert!(has(&replay, 40, Severity::Violation, "note-listing-beyond"));
    assert!(has(
        &replay,
        40,
        Severity::Violation,
        "note-listing-missing"
    ));
}

#[test]
fn exchange_sasl_login() {
    let replay = replay("exchange-sasl-login.txt");
    assert_no_claims("exchange-sasl-login", &replay);
    assert_eq!(violations(&replay), BTreeSet::from([10, 12]));
    assert!(has(&replay, 10, Severity::Violation, "note-plus-no-space"));
    assert!(has(&replay, 12, Severity::Violation, "note-plus-no-space"));
    assert_eq!(replay.client.state(), &State::Closed);
}

#[test]
fn exchange_basic() {
    let replay = replay("exchange-basic.txt");
    assert_no_claims("exchange-basic", &replay);
    assert_eq!(violations(&replay), BTreeSet::from([10, 12]));
    // The body is within STAT's total and there is no LIST: no size remark.
    let (command, annotation) = answer_on(&replay, 35);
    assert_eq!(command, Some(Command::Retr { msg: 1 }));
    assert!(matches!(
        annotation.summary,
        Say::ReplyRetr {
            msg: 1,
            octets: 181_615
        }
    ));
    assert_eq!(annotation.severity(), Severity::Info, "{annotation:?}");
    assert_eq!(replay.client.maildrop().uids.len(), 7);
}

#[test]
fn comcast_basic() {
    let replay = replay("comcast-basic.txt");
    assert_no_claims("comcast-basic", &replay);
    assert_eq!(violations(&replay), BTreeSet::new());
    // MailKit's 2018 LIST: 28,672 octets listed, 1,800,662 in STAT; LIST 1
    // says 1,024 octets and RETR 1 brings 181,615.
    assert!(remarks(&replay).contains(&(28, Severity::Warning, "note-list-total-mismatch")));
    assert!(matches!(
        answer_on(&replay, 28).1.notes[..],
        [pop3::annotate::Note {
            say: Say::NoteListTotalMismatch {
                listed: 28_672,
                total: 1_800_662
            },
            ..
        }]
    ));
    assert!(has(
        &replay,
        40,
        Severity::Warning,
        "note-retr-size-mismatch"
    ));
    // The password crossed in clear although STLS was offered.
    assert!(has(&replay, 12, Severity::Warning, "note-pass-in-clear"));
    assert_eq!(replay.client.state(), &State::Closed);
}

#[test]
fn comcast_login_retry() {
    let replay = replay("comcast-login-retry.txt");
    assert_no_claims("comcast-login-retry", &replay);
    assert_eq!(violations(&replay), BTreeSet::new());
    // Line 13 is a failed login, after which USER may be sent again.
    let (command, annotation) = answer_on(&replay, 13);
    assert!(matches!(command, Some(Command::Pass { .. })));
    assert_eq!(annotation.summary, Say::ReplyLoginFailed);
    assert!(has(&replay, 13, Severity::Info, "note-login-refused"));
    let logins: Vec<bool> = replay
        .events
        .iter()
        .filter_map(|r| match &r.event {
            Event::LoginFinished { ok, .. } => Some(*ok),
            _ => None,
        })
        .collect();
    assert_eq!(logins, [false, true]);
    assert_eq!(replay.client.state(), &State::Closed);
}

#[test]
fn comcast_list_malformed() {
    let replay = replay("comcast-list-malformed.txt");
    assert_no_claims("comcast-list-malformed", &replay);
    assert_eq!(violations(&replay), BTreeSet::from([35, 45, 55]));
    assert!(has(&replay, 35, Severity::Violation, "note-scan-line"));
    assert!(has(&replay, 45, Severity::Violation, "note-listing-beyond"));
    assert!(has(
        &replay,
        45,
        Severity::Violation,
        "note-listing-missing"
    ));
    assert!(has(&replay, 55, Severity::Violation, "note-scan-line"));
}

#[test]
fn common_err_greeting() {
    let replay = replay("common-err-greeting.txt");
    assert_no_claims("common-err-greeting", &replay);
    assert_eq!(violations(&replay), BTreeSet::new());
    assert_eq!(
        remarks(&replay),
        [(1, Severity::Warning, "note-greeting-err")]
    );
    // The server refused service: no AUTHORIZATION state, nothing missing.
    assert_eq!(replay.client.state(), &State::Greeting);
    assert!(
        !replay
            .events
            .iter()
            .any(|r| matches!(r.event, Event::StateChanged { .. }))
    );
}

/// The same files pasted other ways give the same verdicts.
#[test]
fn other_label_styles_give_the_same_verdicts() {
    let text = load("comcast-list-malformed.txt");
    let styles: [(&str, &str); 3] = [
        ("Client: ", "Server: "),
        ("Клиент:\t", "Сервер:\t"),
        ("Client : ", "Serveur : "),
    ];
    for (client, server) in styles {
        let restyled: String = text
            .lines()
            .map(|l| {
                let l = l
                    .strip_prefix("C: ")
                    .map(|rest| format!("{client}{rest}"))
                    .or_else(|| l.strip_prefix("S: ").map(|rest| format!("{server}{rest}")))
                    .unwrap();
                l + "\n"
            })
            .collect();
        let replay = import::replay(&restyled);
        assert_eq!(
            violations(&replay),
            BTreeSet::from([35, 45, 55]),
            "{client}/{server}"
        );
    }
}
