//! The lessons' facts and checks on the host, from typed facts only.

use std::rc::Rc;

use yew::Reducible;

use super::*;
use crate::i18n;
use crate::state::{Action, Env, Session};

fn imported(log: &str) -> Rc<Session> {
    let env = Env {
        now: || 0.0,
        nonce: || None,
        nfkc: |s| s.to_owned(),
    };
    Rc::new(Session::with_env(env)).reduce(Action::Import(log.into()))
}

fn ctx_check(session: &Session, check: Check) -> Option<usize> {
    let facts = Facts::of(session);
    check(
        &Ctx {
            session,
            facts: &facts,
        },
        0,
    )
}

#[test]
fn exchanges_pair_typed_commands_with_replies() {
    let s = imported(RFC1939_EXAMPLE);
    let facts = Facts::of(&s);
    let keywords: Vec<&str> = facts.exchanges.iter().map(Exchange::keyword).collect();
    assert_eq!(
        keywords,
        [
            "APOP", "STAT", "LIST", "RETR", "DELE", "RETR", "DELE", "QUIT"
        ]
    );
    assert!(facts.exchanges.iter().all(|x| x.ok));
    assert_eq!(facts.greetings.len(), 1);
    assert!(facts.greetings[0].1.contains(RFC1939_TIMESTAMP));
}

#[test]
fn state_changes_drive_the_login_and_update_checks() {
    let s = imported(RFC1939_EXAMPLE);
    assert!(ctx_check(&s, logged_in).is_some());
    assert!(ctx_check(&s, quit_update).is_some());
    assert!(ctx_check(&s, session_over).is_some());
    assert!(ctx_check(&s, rfc_example_replayed).is_some());
}

#[test]
fn list_and_uidl_checks_tell_all_from_one() {
    let s = imported(
        "S: +OK hi\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: LIST 1\nS: +OK 1 120\nC: UIDL\nS: +OK\nS: 1 x\nS: .\n",
    );
    assert!(ctx_check(&s, list_one).is_some());
    assert!(ctx_check(&s, list_all).is_none());
    assert!(ctx_check(&s, uidl_all).is_some());
    assert!(ctx_check(&s, uidl_one).is_none());
}

#[test]
fn stuffed_lines_are_counted_after_unstuffing() {
    let s = imported(
        "S: +OK hi\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: RETR 1\nS: +OK\nS: ..sig\nS: plain\nS: .\n",
    );
    assert!(ctx_check(&s, retr_stuffed).is_some());
    let facts = Facts::of(&s);
    assert_eq!(facts.of_keyword("RETR").next().unwrap().stuffed_lines(), 1);
}

#[test]
fn failed_replies_do_not_satisfy_a_step() {
    let s = imported("S: +OK hi\nC: USER a\nS: +OK\nC: PASS b\nS: -ERR [AUTH] no\n");
    assert!(ctx_check(&s, user_pass).is_none());
    assert!(ctx_check(&s, logged_in).is_none());
}

#[test]
fn auth_checks_read_the_mechanism() {
    let s = imported("S: +OK hi\nC: AUTH PLAIN AGEAYg==\nS: +OK welcome\n");
    assert!(ctx_check(&s, auth_plain).is_some());
    assert!(ctx_check(&s, auth_cram_md5).is_none());
}

#[test]
fn every_lesson_has_steps_with_checks() {
    assert!(!LESSONS.is_empty());
    for lesson in LESSONS {
        assert!(!lesson.steps.is_empty(), "{}", lesson.id);
        assert!(super::lesson(lesson.id).is_some());
    }
}

/// The ids of the English `lessons` catalog.
fn catalog_ids() -> Vec<String> {
    let source = i18n::EN[i18n::AREAS.iter().position(|a| *a == "lessons").unwrap()];
    let resource = fluent_bundle::FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("lessons.ftl: {errors:?}"));
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// String literals with one of these prefixes in a source file of the app.
fn literals(file: &str, prefixes: &[&str]) -> Vec<String> {
    let path = format!("{}/src/{file}", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    src.split('"')
        .skip(1)
        .step_by(2)
        .filter(|piece| prefixes.iter().any(|p| piece.starts_with(p)))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_word_of_the_course_is_in_the_lessons_catalog() {
    let ids = catalog_ids();
    let mut used = Vec::new();
    for lesson in LESSONS {
        used.extend([lesson.title, lesson.intro]);
        for step in lesson.steps {
            used.extend([step.title, step.explain]);
            if let Some(TypeIt::Fill(_, hole)) = step.type_it {
                used.push(hole);
            }
        }
    }
    for id in used {
        assert!(id.starts_with("lesson-"), "{id}");
        assert!(ids.iter().any(|i| i == id), "lessons.ftl lacks {id}");
    }
    // Notes, "Do it" labels and the panel's words, by their literals (the
    // panel's class names share the "lesson-" prefix, its ids do not).
    let literal_ids = literals("lessons/course.rs", &["lesson-"])
        .into_iter()
        .chain(literals("components/lessons.rs", &["ui-lessons-"]));
    for id in literal_ids {
        assert!(ids.contains(&id), "lessons.ftl lacks {id}");
    }
    for id in &ids {
        assert!(
            id.starts_with("lesson-") || id.starts_with("ui-lessons-"),
            "{id} belongs to another catalog"
        );
    }
}

#[test]
fn steps_render_in_english_with_code_kept() {
    let stat = lesson("stat-list").unwrap();
    assert_eq!(i18n::t(stat.title), "STAT and LIST");
    assert_eq!(
        i18n::t(stat.intro),
        "How many messages are there, and how big are they?"
    );
    assert_eq!(
        i18n::t(stat.steps[1].explain),
        "`STAT` asks for the drop listing: the number of messages and their total size in \
         octets, on one line: `+OK count size`."
    );
    let lines = |id: &str, i: usize| lesson(id).unwrap().steps[i].type_it.unwrap().lines();
    assert_eq!(lines("stat-list", 1), ["STAT"]);
    assert_eq!(lines("user-pass-apop", 1), ["USER mrose", "PASS tanstaaf"]);
    assert_eq!(lines("user-pass-apop", 4), ["APOP mrose <digest>"]);
    assert_eq!(
        lines("sasl", 2),
        ["AUTH PLAIN <base64 of \\0mrose\\0tanstaaf>"]
    );
}

#[test]
fn notes_render_their_arguments() {
    let stuffed = |log: &str| {
        lesson("retr").unwrap().steps[2]
            .note_for(&imported(log))
            .unwrap()
    };
    let login = "S: +OK hi\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\n";
    assert_eq!(
        stuffed(&format!("{login}C: RETR 2\nS: +OK\nS: plain\nS: .\n")),
        "The last RETR (2) had no line beginning with a dot."
    );
    assert_eq!(
        stuffed(&format!(
            "{login}C: RETR 1\nS: +OK\nS: ..sig\nS: plain\nS: .\n"
        )),
        "1 line of the last RETR began with a dot: \"..\" on the wire."
    );
    assert_eq!(
        stuffed(&format!(
            "{login}C: RETR 1\nS: +OK\nS: ..sig\nS: ...\nS: ..x\nS: .\n"
        )),
        "3 lines of the last RETR began with a dot: \"..\" on the wire."
    );

    let example = imported(RFC1939_EXAMPLE);
    let greeting = lesson("greeting").unwrap();
    assert_eq!(
        greeting.steps[1].note_for(&example).unwrap(),
        format!("This connection's timestamp: {RFC1939_TIMESTAMP}")
    );
    let replay = lesson("rfc1939-example").unwrap();
    assert_eq!(
        replay.steps[1].note_for(&example).unwrap(),
        format!("MD5(\"{RFC1939_TIMESTAMP}\" + \"tanstaaf\") = c4c9334bac560ecc979e58001b3e22fb")
    );
}

#[test]
fn do_it_labels_render_in_english() {
    let fresh = imported("");
    let label = |action| next_move(action, &fresh).map(|(_, label)| label);
    assert_eq!(
        label(DoIt::Send("STAT")).as_deref(),
        Some("Connect and log in first")
    );
    assert_eq!(label(DoIt::Send("CAPA")).as_deref(), Some("Connect first"));
    assert_eq!(
        label(DoIt::OpenSession).as_deref(),
        Some("Connect and log in")
    );
    assert_eq!(
        label(DoIt::Import(RFC1939_EXAMPLE)).as_deref(),
        Some("Replay the example")
    );
    assert_eq!(label(DoIt::Nothing), None);
}
