//! The reducer on the host: a recording transport, a fixed clock, fixed
//! randomness and an identity normalization stand in for the browser.

use std::cell::RefCell;
use std::rc::Rc;

use pop3::annotate::Say;
use pop3::types::{Command, State};
use pop3::wire::{ErrorCode, ProxyMessage, TlsFailure, TlsInfo};

use crate::services::link::LinkEvent;
use yew::Reducible;

use super::*;

#[derive(Default)]
struct Recorder {
    start_tls: RefCell<Vec<Option<String>>>,
    binary: RefCell<Vec<Vec<u8>>>,
    closed: RefCell<bool>,
}

impl Transport for Recorder {
    fn start_tls(&self, pin: Option<String>) {
        self.start_tls.borrow_mut().push(pin);
    }
    fn send(&self, bytes: &[u8]) {
        self.binary.borrow_mut().push(bytes.to_vec());
    }
    fn close(&self) {
        *self.closed.borrow_mut() = true;
    }
}

fn env() -> Env {
    Env {
        now: || 1000.0,
        nonce: || Some("fixed-nonce".into()),
        nfkc: |s| s.to_uppercase(),
    }
}

fn act(session: Rc<Session>, action: Action) -> Rc<Session> {
    session.reduce(action)
}

fn link(message: ProxyMessage) -> Action {
    Action::Link(crate::services::link::event_of(message))
}

fn bytes(b: &[u8]) -> Action {
    Action::Link(LinkEvent::Bytes(b.to_vec()))
}

fn dialling() -> Action {
    Action::Link(LinkEvent::Dialling {
        host: "127.0.0.1".into(),
        port: 1110,
        security: Security::None,
    })
}

/// A session connected to a server that greeted with `greeting`.
fn connected(greeting: &str) -> (Rc<Session>, Rc<Recorder>) {
    let recorder = Rc::new(Recorder::default());
    let mut s = Rc::new(Session::with_env(env()));
    s = act(s, Action::Attach(recorder.clone()));
    s = act(s, dialling());
    let connected = ProxyMessage::Connected {
        peer: "127.0.0.1:1110".into(),
        tls: None,
    };
    s = act(s, link(connected));
    s = act(s, bytes(greeting.as_bytes()));
    (s, recorder)
}

fn facts(s: &Session) -> Vec<Fact> {
    s.transcript
        .borrow()
        .entries()
        .iter()
        .map(|e| e.fact.clone())
        .collect()
}

fn logged_in() -> (Rc<Session>, Rc<Recorder>) {
    let (mut s, r) = connected("+OK ready\r\n");
    s = act(
        s,
        Action::LoginUserPass {
            user: "mrose".into(),
            password: pop3::Secret::new("tanstaaf".into()),
        },
    );
    s = act(s, bytes(b"+OK\r\n+OK 2 messages\r\n"));
    (s, r)
}

#[test]
fn connecting_records_each_step() {
    let (s, _) = connected("+OK ready\r\n");
    assert_eq!(s.link, Link::Open);
    assert_eq!(s.state_label(), "AUTHORIZATION");
    let f = facts(&s);
    assert!(matches!(f[0], Fact::Connecting { .. }));
    assert!(matches!(f[1], Fact::ConnectAsked { port: 1110, .. }));
    assert!(matches!(f[2], Fact::Opened { tls: None, .. }));
}

#[test]
fn security_maps_to_one_tls_mode() {
    assert_eq!(Security::Implicit.tls_mode(), pop3::wire::TlsMode::Implicit);
    assert_eq!(Security::Stls.tls_mode(), pop3::wire::TlsMode::None);
    assert_eq!(Security::None.tls_mode(), pop3::wire::TlsMode::None);
}

#[test]
fn a_default_port_follows_the_security_and_a_typed_one_stays() {
    use Security::{Implicit, None as Plain, Stls};
    // The standard ports.
    assert_eq!(port_for_security(110, Implicit), 995);
    assert_eq!(port_for_security(995, Plain), 110);
    assert_eq!(
        port_for_security(995, Stls),
        110,
        "STLS starts on the plain port"
    );
    assert_eq!(port_for_security(110, Stls), 110);
    assert_eq!(port_for_security(995, Implicit), 995);
    // The demo's ports stay in their family.
    assert_eq!(port_for_security(1110, Implicit), 1995);
    assert_eq!(port_for_security(1995, Stls), 1110);
    assert_eq!(port_for_security(1995, Plain), 1110);
    // A port the user chose.
    for typed in [2110, 1100, 8110, 9950, 1, 65535] {
        for security in [Plain, Stls, Implicit] {
            assert_eq!(port_for_security(typed, security), typed);
        }
    }
}

#[test]
fn a_picked_entry_is_counted_and_forgotten_with_its_transcript() {
    let (session, _) = connected("+OK ready\r\n");
    let session = act(session, Action::PickEntry(Some(2)));
    assert_eq!(session.picked.index, Some(2));
    // The same entry again is a new pick (it is brought back into view).
    let again = act(session.clone(), Action::PickEntry(Some(2)));
    assert_eq!(again.picked.index, Some(2));
    assert_ne!(again.picked, session.picked);
    let cleared = act(again, Action::ClearTranscript);
    assert_eq!(cleared.picked.index, None);
    let picked = act(cleared, Action::PickEntry(Some(0)));
    let imported = act(
        picked,
        Action::Import("S: +OK hi\nC: QUIT\nS: +OK bye\n".into()),
    );
    assert_eq!(
        imported.picked.index, None,
        "an import is another transcript"
    );
}

#[test]
fn replies_point_at_the_command_they_answer() {
    let (mut s, r) = logged_in();
    s = act(s, Action::Send(Command::Stat));
    s = act(s, bytes(b"+OK 2 320\r\n"));
    assert_eq!(r.binary.borrow().last().unwrap(), b"STAT\r\n");
    let transcript = s.transcript.borrow();
    let reply = transcript.entries().last().unwrap();
    assert!(matches!(
        reply.fact,
        Fact::Reply {
            status: ReplyStatus::Ok,
            answers: Some(_),
            ..
        }
    ));
    assert_eq!(transcript.answered(reply), Some(&Command::Stat));
    assert_eq!(reply.rtt_ms, Some(0.0));
    assert_eq!(
        reply.annotation.as_ref().unwrap().summary,
        Say::ReplyStat {
            count: 2,
            octets: 320
        }
    );
}

#[test]
fn state_changes_are_facts() {
    let (s, _) = logged_in();
    let changes: Vec<(String, String)> = facts(&s)
        .into_iter()
        .filter_map(|f| match f {
            Fact::StateChanged { from, to } => Some((from.label().into(), to.label().into())),
            _ => None,
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("DISCONNECTED".into(), "AUTHORIZATION".into()),
            ("AUTHORIZATION".into(), "TRANSACTION".into())
        ]
    );
}

#[test]
fn the_password_is_masked_with_the_secret_kept_apart() {
    let (s, _) = logged_in();
    let transcript = s.transcript.borrow();
    let pass = transcript
        .entries()
        .iter()
        .find(|e| matches!(e.command(), Some(Command::Pass { .. })))
        .unwrap();
    assert_eq!(pass.raw, b"PASS ********\r\n");
    assert_eq!(pass.secret.as_ref().unwrap().expose(), "PASS tanstaaf");
}

#[test]
fn a_refused_command_is_recorded_with_its_typed_reason() {
    let (s, r) = connected("+OK ready\r\n");
    let before = r.binary.borrow().len();
    let s = act(s, Action::Send(Command::Stat));
    assert_eq!(r.binary.borrow().len(), before, "nothing written");
    match facts(&s).last().unwrap() {
        Fact::NotSent(Refusal::NotValid(e)) => {
            assert_eq!(
                e.reason,
                Say::RefuseTransactionOnly {
                    keyword: "STAT".into()
                }
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_maildrop_comes_from_the_engine_and_bodies_are_shared() {
    let (mut s, _) = logged_in();
    s = act(s, Action::LoadMailbox);
    s = act(
        s,
        bytes(b"+OK 2 320\r\n+OK\r\n1 120\r\n2 200\r\n.\r\n+OK\r\n1 a\r\n2 b\r\n.\r\n"),
    );
    s = act(
        s,
        bytes(b"+OK\r\nSubject: one\r\n\r\n.\r\n+OK\r\nSubject: two\r\n\r\n.\r\n"),
    );
    let mailbox = s.mailbox();
    assert_eq!(mailbox.len(), 2);
    assert_eq!(mailbox[&1].size, Some(120));
    assert_eq!(mailbox[&2].uid.as_deref(), Some("b"));
    let headers = mailbox[&1].headers.clone().unwrap();
    let transcript = s.transcript.borrow();
    let shared = transcript
        .entries()
        .iter()
        .filter_map(|e| e.body.as_ref())
        .any(|b| Rc::ptr_eq(&b.bytes, &headers));
    assert!(
        shared,
        "the mailbox holds the transcript's buffer, not a copy"
    );
    drop(transcript);
    s = act(s, Action::Send(Command::Dele { msg: 1 }));
    s = act(s, bytes(b"+OK deleted\r\n"));
    assert!(s.mailbox()[&1].deleted);
    assert!(s.engine.borrow().maildrop().deleted.contains(&1));
}

#[test]
fn tls_up_is_a_fact_with_its_trust() {
    let (mut s, r) = connected("+OK ready\r\n");
    s = act(s, Action::Send(Command::Stls));
    s = act(s, bytes(b"+OK go\r\n"));
    assert_eq!(r.start_tls.borrow().last(), Some(&None));
    let tls = TlsInfo {
        version: Some("TLSv1.3".into()),
        verified: false,
        ..TlsInfo::default()
    };
    s = act(s, link(ProxyMessage::TlsStarted { tls }));
    assert!(facts(&s).contains(&Fact::TlsUp(TlsUp {
        version: Some("TLSv1.3".into()),
        trust: Trust::Pinned
    })));
    assert_eq!(
        r.binary.borrow().last().unwrap(),
        b"CAPA\r\n",
        "capabilities asked again"
    );
}

#[test]
fn proxy_errors_keep_their_wire_code() {
    let recorder = Rc::new(Recorder::default());
    let mut s = Rc::new(Session::with_env(env()));
    s = act(s, Action::Attach(recorder));
    s = act(s, dialling());
    let error = ProxyMessage::Error {
        code: ErrorCode::PortNotAllowed,
        message: "port 25".into(),
        tls: None,
        cause: None,
    };
    s = act(s, link(error));
    assert!(facts(&s).contains(&Fact::LinkError {
        code: ErrorCode::PortNotAllowed,
        message: "port 25".into(),
        cause: None,
    }));
    assert_eq!(
        s.error,
        Some((ErrorCode::PortNotAllowed, "port 25".into(), None))
    );
    assert_eq!(facts(&s).last().unwrap().hop(), Some(Hop::ProxyServer));
    let s = act(
        s,
        Action::Link(LinkEvent::Unreadable {
            error: "expected value".into(),
        }),
    );
    assert!(matches!(
        facts(&s).last(),
        Some(Fact::ControlUnreadable { .. })
    ));
}

#[test]
fn a_tls_failure_keeps_its_cause_and_the_chain_to_trust() {
    let recorder = Rc::new(Recorder::default());
    let mut s = Rc::new(Session::with_env(env()));
    s = act(s, Action::Attach(recorder));
    s = act(s, dialling());
    let tls = TlsInfo {
        chain: vec![pop3::wire::CertInfo {
            subject: "CN=x".into(),
            issuer: "CN=x".into(),
            sha256: "ab".repeat(32),
            ..Default::default()
        }],
        ..TlsInfo::default()
    };
    s = act(
        s,
        link(ProxyMessage::Error {
            code: ErrorCode::CertUntrusted,
            message: "the server's certificate is self-signed".into(),
            tls: Some(tls.clone()),
            cause: Some(TlsFailure::SelfSigned),
        }),
    );
    let last = facts(&s).last().cloned().unwrap();
    assert_eq!(last.tls_failure(), Some(TlsFailure::SelfSigned));
    assert_eq!(last.hop(), Some(Hop::ProxyServer));
    assert_eq!(s.untrusted, Some(tls));
    assert_eq!(
        s.error.as_ref().map(|e| e.2),
        Some(Some(TlsFailure::SelfSigned))
    );
}

#[test]
fn a_socket_that_never_opened_is_the_browser_proxy_hop() {
    let recorder = Rc::new(Recorder::default());
    let mut s = Rc::new(Session::with_env(env()));
    s = act(s, Action::Attach(recorder));
    s = act(
        s,
        Action::Link(LinkEvent::Closed {
            by: Closer::Socket,
            reason: String::new(),
            code: Some(1006),
        }),
    );
    let last = facts(&s).last().cloned().unwrap();
    assert!(matches!(
        last,
        Fact::Closed {
            code: Some(1006),
            ..
        }
    ));
    assert_eq!(last.hop(), Some(Hop::BrowserProxy));
    assert_eq!(s.link, Link::Closed);
}

#[test]
fn a_dropped_connection_lists_what_got_no_reply() {
    let (mut s, _) = logged_in();
    s = act(s, Action::Send(Command::Dele { msg: 2 }));
    s = act(s, bytes(b"+OK message 2 deleted\r\n"));
    s = act(s, Action::Send(Command::Retr { msg: 1 }));
    // Waits for RETR's reply (no PIPELINING): never written.
    s = act(s, Action::Send(Command::Dele { msg: 3 }));
    s = act(s, bytes(b"+OK 200 octets\r\nSubject: x\r\n"));
    s = act(
        s,
        Action::Link(LinkEvent::Closed {
            by: Closer::Socket,
            reason: String::new(),
            code: Some(1006),
        }),
    );
    let f = facts(&s);
    let ended = f
        .iter()
        .find(|f| matches!(f, Fact::SessionEnded { .. }))
        .expect("the session's end");
    assert!(
        matches!(ended,
        Fact::SessionEnded { expected: false, unanswered, partial_body: Some(_), kept_marks: Some(1) }
            if unanswered == &["RETR".to_owned()]),
        "{ended:?}"
    );
    // Said with the POP3 consequence, naming only what was sent.
    let words = crate::i18n::fact(ended).unwrap_or_default();
    assert!(words.contains("no reply to RETR"), "{words}");
    assert!(words.contains("never entered the UPDATE state"), "{words}");
    assert!(
        words.contains("the message marked as deleted stays"),
        "{words}"
    );
    assert!(!words.contains("DELE"), "{words}");
    assert!(matches!(
        f.last(),
        Some(Fact::Closed {
            by: Closer::Socket,
            ..
        })
    ));
    assert_eq!(s.link, Link::Closed);
}

#[test]
fn scram_uses_the_injected_nonce_and_normalization() {
    let (s, r) = connected("+OK ready\r\n");
    let s = act(
        s,
        Action::LoginSasl {
            mechanism: pop3::sasl::Mechanism::ScramSha256,
            user: "user".into(),
            secret: pop3::Secret::new("pencil".into()),
        },
    );
    assert!(s.login_error.is_none(), "{:?}", s.login_error);
    let first = String::from_utf8(r.binary.borrow().last().unwrap().clone()).unwrap();
    assert!(first.starts_with("AUTH SCRAM-SHA-256"), "{first}");
}

#[test]
fn no_randomness_refuses_scram() {
    let recorder = Rc::new(Recorder::default());
    let mut s = Rc::new(Session::with_env(Env {
        nonce: || None,
        ..env()
    }));
    s = act(s, Action::Attach(recorder));
    s = act(s, dialling());
    let connected = ProxyMessage::Connected {
        peer: "127.0.0.1:1110".into(),
        tls: None,
    };
    s = act(s, link(connected));
    s = act(s, bytes(b"+OK ready\r\n"));
    let s = s.reduce(Action::LoginSasl {
        mechanism: pop3::sasl::Mechanism::ScramSha256,
        user: "user".into(),
        secret: pop3::Secret::new("pencil".into()),
    });
    assert_eq!(s.login_error, Some(LoginError::NoRandomness));
}

#[test]
fn a_new_connection_is_marked_and_resets_the_bodies() {
    let (s, _) = logged_in();
    let s = act(s, Action::Attach(Rc::new(Recorder::default())));
    assert!(facts(&s).contains(&Fact::NewConnection));
    assert!(s.bodies.is_empty());
    assert_eq!(*s.engine.borrow().state(), State::Greeting);
}

#[test]
fn import_replays_through_the_engine() {
    let s = act(
        Rc::new(Session::with_env(env())),
        Action::Import(pop3::import::RFC1939_EXAMPLE.into()),
    );
    let f = facts(&s);
    assert!(matches!(
        f[0],
        Fact::Imported {
            format: ImportFormat::Prefixed,
            ..
        }
    ));
    let commands = f
        .iter()
        .filter(|f| matches!(f, Fact::Command { .. }))
        .count();
    assert!(commands >= 6, "{commands}");
}

#[test]
fn the_demo_runs_in_the_page_when_no_proxy_answers_and_nothing_else_does() {
    use super::{ProxyPresence as P, Route, Via};
    let own = "ws://class.example/ws";
    let demo = Settings::default();
    assert!(demo.is_demo());
    assert_eq!(demo.route(P::Absent, own), Route::InPage);
    assert_eq!(demo.route(P::Present, own), Route::Proxy);
    assert_eq!(demo.route(P::Unknown, own), Route::Proxy);
    // The form shows the page's own proxy URL: still the page's own.
    let shown = Settings {
        proxy_url: own.into(),
        ..demo.clone()
    };
    assert_eq!(shown.route(P::Absent, own), Route::InPage);
    // A proxy of the user's choosing is tried.
    let elsewhere = Settings {
        proxy_url: "wss://proxy.example/ws".into(),
        ..demo.clone()
    };
    assert_eq!(elsewhere.route(P::Absent, own), Route::Proxy);
    // TLS and real servers need the proxy; with none, nothing is opened.
    let tls = Settings {
        security: Security::Implicit,
        port: 1995,
        ..demo.clone()
    };
    assert_eq!(tls.route(P::Absent, own), Route::NoProxy);
    let gmail = Settings {
        host: "pop.gmail.com".into(),
        port: 995,
        security: Security::Implicit,
        ..demo.clone()
    };
    assert_eq!(gmail.route(P::Absent, own), Route::NoProxy);
    assert_eq!(gmail.route(P::Present, own), Route::Proxy);
    // The learner's choice wins where it can.
    let in_page = Settings {
        via: Via::InPage,
        ..demo.clone()
    };
    assert_eq!(in_page.route(P::Present, own), Route::InPage);
    let proxy = Settings {
        via: Via::Proxy,
        ..demo.clone()
    };
    assert_eq!(proxy.route(P::Absent, own), Route::Proxy);
    let in_page_tls = Settings {
        via: Via::InPage,
        ..tls
    };
    assert_eq!(in_page_tls.route(P::Present, own), Route::Proxy);
}
