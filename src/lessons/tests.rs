//! The lessons' facts and checks on the host, from typed facts only.

use std::rc::Rc;

use yew::Reducible;

use super::*;
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
