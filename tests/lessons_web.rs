//! The "Learn POP3" course: its checks against sessions driven through the real
//! reducer (no network), and the panel in a real browser page.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use pop3::Secret;
use pop3::sasl::Mechanism;
use pop3::types::Command;
use pop3::wire::{ProxyMessage, TlsInfo};
use pop3_playground::hooks::SessionHandle;
use pop3_playground::lessons::{self, DoIt, LESSONS, Move, lesson, next_move, progress};
use pop3_playground::state::{Action, Security, Session, Settings};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::Reducible;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;

use web_support::{Recorder, Sent, bytes, control, dialling};

const GREETING: &[u8] = b"+OK POP3 Playground demo server ready <4242.1.17@demo.pop3.test>\r\n";

/// A demo-like session: attached to a recorder, connected, greeted.
fn greeted_session() -> (Rc<Session>, Rc<Recorder>) {
    let session = Rc::new(Session::new(|| 0.0)).reduce(Action::Configure(Settings {
        proxy_url: "ws://127.0.0.1:8110/ws".into(),
        ..Settings::default()
    }));
    reconnect(session)
}

/// A new connection on an existing session, greeted.
fn reconnect(session: Rc<Session>) -> (Rc<Session>, Rc<Recorder>) {
    let recorder = Rc::new(Recorder::default());
    let session = session
        .reduce(Action::Attach(recorder.clone()))
        .reduce(dialling())
        .reduce(control(ProxyMessage::Connected {
            peer: "127.0.0.1:1110".into(),
            tls: None,
        }))
        .reduce(bytes(GREETING));
    recorder.take();
    (session, recorder)
}

fn logged_in(session: Rc<Session>) -> Rc<Session> {
    session
        .reduce(Action::LoginUserPass {
            user: "mrose".into(),
            password: Secret::new("tanstaaf".into()),
        })
        .reduce(bytes(b"+OK mrose is welcome here, send PASS\r\n"))
        .reduce(bytes(
            b"+OK mrose's maildrop has 5 messages (4000 octets)\r\n",
        ))
}

fn send(session: Rc<Session>, line: &str) -> Rc<Session> {
    session.reduce(Action::Send(Command::parse_lenient(line)))
}

fn done(id: &str, session: &Session) -> usize {
    progress(lesson(id).expect("a lesson"), session)
}

#[wasm_bindgen_test]
fn every_lesson_has_steps_links_and_a_way_to_do_them() {
    assert!(LESSONS.len() >= 11, "{} lessons", LESSONS.len());
    for l in LESSONS {
        assert!(!l.steps.is_empty(), "{}", l.id);
        for step in l.steps {
            let url = step.rfc.url();
            assert!(
                url.starts_with("https://www.rfc-editor.org/rfc/rfc") && url.contains("#section-"),
                "{url}"
            );
        }
    }
    let ids: Vec<&str> = LESSONS.iter().map(|l| l.id).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids are unique: {ids:?}");
    // Nothing is done in a fresh session, except nothing.
    let fresh = Session::new(|| 0.0);
    for l in LESSONS {
        assert_eq!(progress(l, &fresh), 0, "{}", l.id);
    }
}

#[wasm_bindgen_test]
fn stat_and_list_step_by_step() {
    let (session, recorder) = greeted_session();
    assert_eq!(done("stat-list", &session), 0, "not logged in yet");
    let session = logged_in(session);
    assert_eq!(done("stat-list", &session), 1);
    recorder.take();

    // The "Do it" of the STAT step sends STAT.
    let step = lesson("stat-list").unwrap().steps[1];
    let (m, label) = next_move(step.action, &session).expect("a move");
    assert_eq!(m, Move::Send(Command::Stat));
    assert_eq!(label, "Send STAT");
    let session = send(session, "STAT");
    assert_eq!(recorder.take(), [Sent::Binary("STAT\r\n".into())]);
    assert_eq!(done("stat-list", &session), 1, "no reply yet");
    let session = session.reduce(bytes(b"+OK 5 4000\r\n"));
    assert_eq!(done("stat-list", &session), 2);
    let session = send(session, "LIST 1").reduce(bytes(b"+OK 1 800\r\n"));
    assert_eq!(
        done("stat-list", &session),
        2,
        "LIST with an argument is not the scan listing"
    );
    let session = send(session, "LIST").reduce(bytes(
        b"+OK 5 messages (4000 octets)\r\n1 800\r\n2 800\r\n3 800\r\n4 800\r\n5 800\r\n.\r\n",
    ));
    assert_eq!(done("stat-list", &session), 3);
    let session = send(session, "LIST 1");
    assert_eq!(done("stat-list", &session), 3);
    let session = session.reduce(bytes(b"-ERR no such message\r\n"));
    assert_eq!(done("stat-list", &session), 3, "-ERR does not count");
    let session = send(session, "LIST 2").reduce(bytes(b"+OK 2 800\r\n"));
    assert_eq!(done("stat-list", &session), 4, "complete");
}

#[wasm_bindgen_test]
fn typed_commands_count_too() {
    let (session, _recorder) = greeted_session();
    let session = session
        .reduce(Action::SendRaw("user mrose".into()))
        .reduce(bytes(b"+OK\r\n"))
        .reduce(Action::SendRaw("pass tanstaaf".into()))
        .reduce(bytes(b"+OK logged in\r\n"))
        .reduce(Action::SendRaw("stat".into()))
        .reduce(bytes(b"+OK 2 320\r\n"));
    assert_eq!(done("stat-list", &session), 2);
    assert!(done("user-pass-apop", &session) >= 2, "USER/PASS by hand");
}

#[wasm_bindgen_test]
fn pipelined_replies_pair_with_their_commands() {
    let (session, recorder) = greeted_session();
    let session = send(session, "CAPA").reduce(bytes(
        b"+OK Capability list follows\r\nTOP\r\nUSER\r\nUIDL\r\nPIPELINING\r\n.\r\n",
    ));
    let session = logged_in(session);
    recorder.take();
    let session = session.reduce(Action::LoadMailbox);
    let sent = recorder.take();
    assert!(
        sent.len() >= 3,
        "STAT, LIST and UIDL go out together: {sent:?}"
    );
    // STAT's reply, then LIST's, then UIDL's.
    let session = session
        .reduce(bytes(b"+OK 2 320\r\n"))
        .reduce(bytes(b"+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n"))
        .reduce(bytes(b"+OK\r\n1 a\r\n2 b\r\n.\r\n"));
    assert_eq!(done("stat-list", &session), 3, "STAT and LIST, not LIST 1");
    assert_eq!(done("uidl", &session), 2, "UIDL, not UIDL 1");
    let facts = lessons::Facts::of(&session);
    let keywords: Vec<&str> = facts.exchanges.iter().map(|x| x.keyword()).collect();
    assert_eq!(&keywords[..4], ["CAPA", "USER", "PASS", "STAT"]);
    let list = facts.of_keyword("LIST").next().unwrap();
    let transcript = session.transcript.borrow();
    let reply = &transcript.entries()[list.reply_at];
    assert!(reply.raw.starts_with(b"+OK 2 messages"), "{reply:?}");
}

#[wasm_bindgen_test]
fn greeting_timestamp_and_quit_in_authorization() {
    let (session, _recorder) = greeted_session();
    assert_eq!(done("greeting", &session), 2, "connected, timestamp seen");
    let note = lesson("greeting").unwrap().steps[1]
        .note_for(&session)
        .unwrap();
    assert!(note.contains("<4242.1.17@demo.pop3.test>"), "{note}");
    let session = send(session, "QUIT").reduce(bytes(b"+OK bye\r\n"));
    assert_eq!(done("greeting", &session), 3);
    // A greeting without a timestamp offers no APOP.
    let recorder = Rc::new(Recorder::default());
    let plain = Rc::new(Session::new(|| 0.0))
        .reduce(Action::Attach(recorder))
        .reduce(dialling())
        .reduce(control(ProxyMessage::Connected {
            peer: "x".into(),
            tls: None,
        }))
        .reduce(bytes(b"+OK ready\r\n"));
    assert_eq!(done("greeting", &plain), 1);
}

#[wasm_bindgen_test]
fn user_pass_then_apop_across_two_connections() {
    let (session, recorder) = greeted_session();
    let session = logged_in(session);
    assert_eq!(done("user-pass-apop", &session), 2);
    // "Connect" while logged in leaves first: the demo locks the mailbox.
    let connect_step = lesson("user-pass-apop").unwrap().steps[3];
    assert_eq!(
        next_move(connect_step.action, &session).unwrap().0,
        Move::Send(Command::Quit)
    );
    let session = send(session, "QUIT").reduce(bytes(b"+OK signing off\r\n"));
    assert_eq!(done("user-pass-apop", &session), 3);
    drop(recorder);
    let session = session.reduce(control(ProxyMessage::Closed {
        by: pop3::wire::ClosedBy::Server,
        reason: "bye".into(),
    }));
    assert!(matches!(
        next_move(connect_step.action, &session).unwrap().0,
        Move::Connect {
            then_login: false,
            ..
        }
    ));
    let (session, recorder) = reconnect(session);
    assert_eq!(done("user-pass-apop", &session), 4);
    let session = session.reduce(Action::LoginApop {
        user: "mrose".into(),
        secret: Secret::new("tanstaaf".into()),
    });
    let digest = pop3::apop::digest("<4242.1.17@demo.pop3.test>", "tanstaaf");
    assert_eq!(
        recorder.take(),
        [Sent::Binary(format!("APOP mrose {digest}\r\n"))]
    );
    let note = lesson("user-pass-apop").unwrap().steps[4]
        .note_for(&session)
        .unwrap();
    assert!(note.contains(&digest), "{note}");
    assert_eq!(done("user-pass-apop", &session), 4);
    let session = session.reduce(bytes(b"+OK mrose's maildrop has 5 messages\r\n"));
    assert_eq!(done("user-pass-apop", &session), 5);
}

#[wasm_bindgen_test]
fn uidl_and_top() {
    let (session, _recorder) = greeted_session();
    let session = logged_in(session);
    let session = send(session, "UIDL")
        .reduce(bytes(b"+OK\r\n1 mrose-0001\r\n2 mrose-0002\r\n.\r\n"))
        .reduce(Action::Send(Command::Uidl { msg: Some(1) }))
        .reduce(bytes(b"+OK 1 mrose-0001\r\n"));
    assert_eq!(done("uidl", &session), 3);
    let session =
        send(session, "TOP 1 3").reduce(bytes(b"+OK\r\nSubject: x\r\n\r\nHello\r\n.\r\n"));
    assert_eq!(done("top", &session), 1, "TOP 1 0 comes first");
    let session = send(session, "TOP 1 0")
        .reduce(bytes(b"+OK\r\nSubject: x\r\n\r\n.\r\n"))
        .reduce(Action::Send(Command::Top { msg: 1, lines: 3 }))
        .reduce(bytes(b"+OK\r\nSubject: x\r\n\r\nHello\r\n.\r\n"));
    assert_eq!(done("top", &session), 3);
}

#[wasm_bindgen_test]
fn retr_and_byte_stuffing() {
    let (session, _recorder) = greeted_session();
    let session = logged_in(session);
    let session = send(session, "RETR 2").reduce(bytes(
        b"+OK 20 octets\r\nSubject: plain\r\n\r\nNo dots.\r\n.\r\n",
    ));
    assert_eq!(
        done("retr", &session),
        2,
        "retrieved, but nothing was stuffed"
    );
    // The wire doubles leading dots; the body keeps one.
    let session = send(session, "RETR 1").reduce(bytes(
        b"+OK 60 octets\r\nSubject: dots\r\n\r\n..signature\r\n..\r\n...two dots\r\nend\r\n.\r\n",
    ));
    assert_eq!(done("retr", &session), 3);
    let facts = lessons::Facts::of(&session);
    let last = facts.of_keyword("RETR").last().unwrap();
    assert_eq!(last.stuffed_lines(), 3);
    let note = lesson("retr").unwrap().steps[2].note_for(&session).unwrap();
    assert!(note.starts_with("3 lines"), "{note}");
}

#[wasm_bindgen_test]
fn dele_rset_and_quit_through_update() {
    let (session, _recorder) = greeted_session();
    let session = logged_in(session);
    let session = send(session, "RSET").reduce(bytes(b"+OK\r\n"));
    assert_eq!(
        done("dele-rset", &session),
        1,
        "RSET before DELE does not count"
    );
    let session = send(session, "DELE 2")
        .reduce(bytes(b"+OK message 2 deleted\r\n"))
        .reduce(Action::Send(Command::Stat))
        .reduce(bytes(b"+OK 4 3200\r\n"));
    assert_eq!(done("dele-rset", &session), 3);
    let session = send(session, "RSET").reduce(bytes(b"+OK 1 message(s) undeleted\r\n"));
    assert_eq!(done("dele-rset", &session), 4);

    assert_eq!(done("quit", &session), 1);
    let session = send(session, "QUIT");
    assert_eq!(session.state_label(), "UPDATE");
    assert_eq!(done("quit", &session), 1, "QUIT not answered yet");
    let session = session.reduce(bytes(b"+OK signing off\r\n"));
    assert_eq!(done("quit", &session), 3);
    // QUIT in AUTHORIZATION goes through no UPDATE.
    let (fresh, _r) = greeted_session();
    let fresh = send(fresh, "QUIT").reduce(bytes(b"+OK bye\r\n"));
    assert_eq!(done("quit", &fresh), 0);
}

#[wasm_bindgen_test]
fn capa_stls_and_login_over_tls() {
    let (session, recorder) = greeted_session();
    let session = send(session, "CAPA").reduce(bytes(
        b"+OK Capability list follows\r\nTOP\r\nUSER\r\nSASL PLAIN LOGIN CRAM-MD5\r\nSTLS\r\n.\r\n",
    ));
    assert_eq!(done("capa-stls", &session), 2);
    assert_eq!(done("sasl", &session), 2, "the SASL line was listed");
    recorder.take();
    let session = send(session, "STLS").reduce(bytes(b"+OK Begin TLS negotiation now\r\n"));
    assert_eq!(
        recorder.take(),
        [Sent::Binary("STLS\r\n".into()), Sent::StartTls(None)]
    );
    assert_eq!(done("capa-stls", &session), 2, "TLS is not up yet");
    let session = session.reduce(control(ProxyMessage::TlsStarted {
        tls: TlsInfo {
            version: Some("TLSv1.3".into()),
            verified: true,
            ..TlsInfo::default()
        },
    }));
    assert_eq!(done("capa-stls", &session), 3);
    let session = session.reduce(bytes(b"+OK\r\nTOP\r\nUSER\r\n.\r\n"));
    let session = logged_in(session);
    assert_eq!(done("capa-stls", &session), 4);
}

#[wasm_bindgen_test]
fn sasl_plain_then_cram_md5() {
    let (session, recorder) = greeted_session();
    let session =
        send(session, "CAPA").reduce(bytes(b"+OK\r\nSASL PLAIN LOGIN CRAM-MD5\r\nUSER\r\n.\r\n"));
    recorder.take();
    let step = lesson("sasl").unwrap().steps[2];
    assert_eq!(step.action, DoIt::LoginSasl(Mechanism::Plain));
    let session = session.reduce(Action::LoginSasl {
        mechanism: Mechanism::Plain,
        user: "mrose".into(),
        secret: Secret::new("tanstaaf".into()),
    });
    assert!(
        matches!(&recorder.take()[..], [Sent::Binary(line)] if line.starts_with("AUTH PLAIN "))
    );
    let session = session.reduce(bytes(b"+OK mrose's maildrop has 5 messages\r\n"));
    assert_eq!(done("sasl", &session), 3);
    let session = send(session, "QUIT").reduce(bytes(b"+OK bye\r\n"));
    assert_eq!(done("sasl", &session), 4);
    let (session, recorder) = reconnect(session);
    assert_eq!(done("sasl", &session), 5);
    let session = send(session, "CAPA").reduce(bytes(b"+OK\r\nSASL CRAM-MD5\r\n.\r\n"));
    recorder.take();
    let session = session.reduce(Action::LoginSasl {
        mechanism: Mechanism::CramMd5,
        user: "mrose".into(),
        secret: Secret::new("tanstaaf".into()),
    });
    assert_eq!(recorder.take(), [Sent::Binary("AUTH CRAM-MD5\r\n".into())]);
    // "<1896.697170952@postoffice.example.net>", base64.
    let session = session.reduce(bytes(
        b"+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+\r\n",
    ));
    let answer = recorder.take();
    assert_eq!(
        answer.len(),
        1,
        "the client answers the challenge: {answer:?}"
    );
    assert_eq!(done("sasl", &session), 5);
    let session = session.reduce(bytes(b"+OK mrose's maildrop has 5 messages\r\n"));
    assert_eq!(done("sasl", &session), 6);
    let facts = lessons::Facts::of(&session);
    assert!(
        facts.of_keyword("AUTH").all(|x| x.ok),
        "the SASL answer line is not taken for a command"
    );
}

#[wasm_bindgen_test]
fn rfc1939_example_replays_to_the_end() {
    let l = lesson("rfc1939-example").unwrap();
    let DoIt::Import(text) = l.steps[0].action else {
        panic!("the first step imports")
    };
    let session = Rc::new(Session::new(|| 0.0)).reduce(Action::Import(text.into()));
    assert_eq!(progress(l, &session), l.steps.len());
    let note = l.steps[1].note_for(&session).unwrap();
    assert!(note.ends_with("c4c9334bac560ecc979e58001b3e22fb"), "{note}");
    // Other lessons see the replay as what it is: a session.
    assert_eq!(done("stat-list", &session), 3);
}

#[wasm_bindgen_test]
fn open_session_do_it_connects_then_logs_in() {
    let fresh = Session::new(|| 0.0);
    let step = lesson("stat-list").unwrap().steps[0];
    assert_eq!(
        next_move(step.action, &fresh).unwrap().0,
        Move::Connect {
            security: Security::None,
            then_login: true
        }
    );
    let (session, _recorder) = greeted_session();
    assert_eq!(lessons::auto_login(&session), Some(true));
    assert_eq!(
        next_move(step.action, &session).unwrap().0,
        Move::LoginUserPass
    );
    let session = logged_in(session);
    assert_eq!(next_move(step.action, &session), None, "nothing left to do");
}

#[wasm_bindgen_test]
fn do_it_first_does_what_is_missing() {
    let stat = DoIt::Send("STAT");
    let capa = DoIt::Send("CAPA");
    let fresh = Session::new(|| 0.0);
    assert_eq!(lessons::need(stat), lessons::Need::Transaction);
    assert_eq!(
        next_move(stat, &fresh).unwrap(),
        (
            Move::Connect {
                security: Security::None,
                then_login: true
            },
            "Connect and log in first".to_owned()
        )
    );
    assert!(matches!(
        next_move(capa, &fresh).unwrap().0,
        Move::Connect {
            then_login: false,
            ..
        }
    ));
    let (session, _recorder) = greeted_session();
    assert_eq!(next_move(stat, &session).unwrap().0, Move::LoginUserPass);
    assert_eq!(
        next_move(capa, &session).unwrap().0,
        Move::Send(Command::Capa)
    );
    let session = logged_in(session);
    assert_eq!(
        next_move(stat, &session).unwrap().0,
        Move::Send(Command::Stat)
    );
    assert_eq!(
        next_move(DoIt::LoginApop, &session).unwrap().0,
        Move::Send(Command::Quit),
        "log out to log in again"
    );
    let session = send(session, "QUIT").reduce(bytes(b"+OK bye\r\n"));
    assert!(matches!(
        next_move(DoIt::LoginApop, &session).unwrap().0,
        Move::Connect { .. }
    ));
    // While the WebSocket opens there is nothing to do but wait.
    let connecting = session.reduce(Action::Attach(Rc::new(Recorder::default())));
    assert_eq!(next_move(stat, &connecting), None);
    assert_eq!(next_move(DoIt::Nothing, &connecting), None);
}

#[wasm_bindgen_test]
fn progress_counts_from_a_start_point_and_keeps_done_steps() {
    let (session, _recorder) = greeted_session();
    let session = send(logged_in(session), "STAT").reduce(bytes(b"+OK 5 4000\r\n"));
    let l = lesson("stat-list").unwrap();
    let facts = lessons::Facts::of(&session);
    let ctx = lessons::Ctx {
        session: &session,
        facts: &facts,
    };
    assert_eq!(lessons::progress_from(l, &ctx, 0, 0), 2);
    let now = session.transcript.borrow().len();
    assert_eq!(
        lessons::progress_from(l, &ctx, now, 0),
        1,
        "after Start over only the (current) login counts"
    );
    // Logged out: the login step stays done when the caller remembers it.
    let session = send(session, "QUIT").reduce(bytes(b"+OK\r\n"));
    let facts = lessons::Facts::of(&session);
    let ctx = lessons::Ctx {
        session: &session,
        facts: &facts,
    };
    let now = session.transcript.borrow().len();
    assert_eq!(lessons::progress_from(l, &ctx, now, 0), 0);
    assert_eq!(lessons::progress_from(l, &ctx, now, 1), 1);
}

#[wasm_bindgen_test]
fn facts_follow_a_growing_then_replaced_transcript() {
    let (session, _recorder) = greeted_session();
    let mut facts = lessons::Facts::default();
    facts.sync(&session);
    assert_eq!(facts.greetings.len(), 1);
    let session = logged_in(session);
    facts.sync(&session);
    assert_eq!(facts.exchanges.len(), 2);
    assert_eq!(facts.exchanges, lessons::Facts::of(&session).exchanges);
    let session = session.reduce(Action::ClearTranscript);
    facts.sync(&session);
    assert!(facts.exchanges.is_empty() && facts.greetings.is_empty());
    let session = session.reduce(Action::Import(lessons::RFC1939_EXAMPLE.into()));
    facts.sync(&session);
    assert_eq!(facts.of_keyword("DELE").count(), 2);
}

// ---------------------------------------------------------------------------------
// The panel

#[derive(Properties, PartialEq)]
struct HarnessProps {
    slot: Rc<RefCell<Option<SessionHandle>>>,
}

/// The course panel with a session the test controls.
#[function_component(LessonsHarness)]
fn lessons_harness(props: &HarnessProps) -> Html {
    let session = use_reducer(|| Session::new(|| 0.0));
    *props.slot.borrow_mut() = Some(session.clone());
    html! {
        <ContextProvider<SessionHandle> context={session}>
            <pop3_playground::components::lessons::Lessons />
        </ContextProvider<SessionHandle>>
    }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// The course's progress from earlier visits, as the browser keeps it.
const PROGRESS_KEY: &str = "pop3-playground.lessons";

fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

/// A fresh panel, with no progress kept from another test.
async fn mount_fresh(
    slot: &Rc<RefCell<Option<SessionHandle>>>,
) -> (yew::AppHandle<LessonsHarness>, web_sys::Element) {
    storage().remove_item(PROGRESS_KEY).unwrap();
    mount(slot).await
}

async fn mount(
    slot: &Rc<RefCell<Option<SessionHandle>>>,
) -> (yew::AppHandle<LessonsHarness>, web_sys::Element) {
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let handle = yew::Renderer::<LessonsHarness>::with_root_and_props(
        root.clone(),
        HarnessProps { slot: slot.clone() },
    )
    .render();
    settle().await;
    (handle, root)
}

fn button(root: &web_sys::Element, id: &str) -> web_sys::HtmlButtonElement {
    by_test_id(root, id)
        .unwrap_or_else(|| panic!("a {id} button"))
        .unchecked_into()
}

fn by_test_id(root: &web_sys::Element, id: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
}

fn steps_done(root: &web_sys::Element) -> Vec<bool> {
    let list = root
        .query_selector_all("[data-testid=\"lesson-step\"]")
        .unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("data-done")
                .unwrap()
                == "true"
        })
        .collect()
}

fn change_event() -> web_sys::Event {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let constructor = js_sys::Reflect::get(&js_sys::global(), &"Event".into())
        .unwrap()
        .unchecked_into::<js_sys::Function>();
    js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"change".into(), &init))
        .unwrap()
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn the_panel_walks_through_stat_and_list() {
    let slot = Rc::new(RefCell::new(None));
    let (handle, root) = mount_fresh(&slot).await;
    let session = || slot.borrow().clone().unwrap();

    assert!(by_test_id(&root, "lessons").is_some());
    let details = by_test_id(&root, "lessons").unwrap();
    assert!(details.has_attribute("open"), "open by default");
    // Pick "STAT and LIST".
    let select: web_sys::HtmlSelectElement =
        by_test_id(&root, "lesson-select").unwrap().unchecked_into();
    assert!(select.length() >= 11);
    select.set_value("stat-list");
    select.dispatch_event(&change_event()).unwrap();
    settle().await;
    assert!(root.text_content().unwrap().contains("How many messages"));
    assert_eq!(steps_done(&root), [false, false, false, false]);
    assert!(by_test_id(&root, "lesson-complete").is_none());
    let do_it = || -> web_sys::HtmlButtonElement {
        by_test_id(&root, "lesson-do")
            .expect("a do-it button")
            .unchecked_into()
    };
    assert!(
        do_it()
            .text_content()
            .unwrap()
            .contains("Connect and log in")
    );

    // Connect and log in (as the button would, without a network).
    let recorder = Rc::new(Recorder::default());
    session().dispatch(Action::Attach(recorder.clone()));
    session().dispatch(dialling());
    session().dispatch(control(ProxyMessage::Connected {
        peer: "127.0.0.1:1110".into(),
        tls: None,
    }));
    session().dispatch(bytes(GREETING));
    settle().await;
    assert!(do_it().text_content().unwrap().contains("Log in as mrose"));
    recorder.take();
    do_it().click();
    settle().await;
    assert_eq!(recorder.take(), [Sent::Binary("USER mrose\r\n".into())]);
    session().dispatch(bytes(b"+OK\r\n"));
    session().dispatch(bytes(b"+OK mrose's maildrop has 5 messages\r\n"));
    settle().await;
    assert_eq!(steps_done(&root), [true, false, false, false]);
    recorder.take();

    // STAT with the button.
    assert!(do_it().text_content().unwrap().contains("Send STAT"));
    do_it().click();
    settle().await;
    assert_eq!(recorder.take(), [Sent::Binary("STAT\r\n".into())]);
    session().dispatch(bytes(b"+OK 5 4000\r\n"));
    settle().await;
    assert_eq!(steps_done(&root), [true, true, false, false]);
    assert!(root.text_content().unwrap().contains("2/4 steps"));

    // LIST typed in the raw command line.
    session().dispatch(Action::SendRaw("LIST".into()));
    session().dispatch(bytes(b"+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n"));
    settle().await;
    assert_eq!(steps_done(&root), [true, true, true, false]);

    // LIST 1 with the button.
    recorder.take();
    do_it().click();
    settle().await;
    assert_eq!(recorder.take(), [Sent::Binary("LIST 1\r\n".into())]);
    session().dispatch(bytes(b"+OK 1 120\r\n"));
    settle().await;
    assert_eq!(steps_done(&root), [true, true, true, true]);
    assert!(by_test_id(&root, "lesson-complete").is_some());
    assert!(by_test_id(&root, "lesson-do").is_none());
    let option = select.selected_options().item(0).unwrap();
    assert!(option.text_content().unwrap().contains("(4/4) ✓"));

    // Progress survives the end of the session.
    session().dispatch(Action::SendRaw("QUIT".into()));
    session().dispatch(bytes(b"+OK bye\r\n"));
    settle().await;
    assert_eq!(steps_done(&root), [true, true, true, true]);

    // A lesson opened for the first time counts from then on: the old
    // connection's greeting does not make "Connect" done.
    select.set_value("capa-stls");
    select.dispatch_event(&change_event()).unwrap();
    settle().await;
    assert_eq!(steps_done(&root), [false, false, false, false]);
    assert!(
        do_it()
            .text_content()
            .unwrap()
            .contains("Connect to the demo server")
    );
    let option = select.selected_options().item(0).unwrap();
    assert!(option.text_content().unwrap().contains("(0/4)"));
    let greeting = select.item(0).unwrap();
    assert!(
        greeting.text_content().unwrap().contains("(0/3)"),
        "a lesson ticks only the steps read on screen: {}",
        greeting.text_content().unwrap()
    );
    let uidl = select.item(3).unwrap();
    assert!(
        uidl.text_content().unwrap().contains("(3 steps)"),
        "not opened yet"
    );
    select.set_value("stat-list");
    select.dispatch_event(&change_event()).unwrap();
    settle().await;
    assert_eq!(steps_done(&root), [true, true, true, true], "still done");

    // Start over: nothing counts until it happens again.
    let start_over: web_sys::HtmlButtonElement = root
        .query_selector(".lesson-restart")
        .unwrap()
        .unwrap()
        .unchecked_into();
    start_over.click();
    settle().await;
    assert_eq!(steps_done(&root), [false, false, false, false]);
    assert!(by_test_id(&root, "lesson-complete").is_none());

    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_replay_lesson_goes_one_step_at_a_time_and_is_remembered() {
    let slot = Rc::new(RefCell::new(None));
    let (handle, root) = mount_fresh(&slot).await;
    let select: web_sys::HtmlSelectElement =
        by_test_id(&root, "lesson-select").unwrap().unchecked_into();
    select.set_value("rfc1939-example");
    select.dispatch_event(&change_event()).unwrap();
    settle().await;
    button(&root, "lesson-do").click();
    settle().await;
    // The import holds every step's evidence, but only the step that was on
    // screen waiting for it ticks; each next one is read, then continued.
    let total = steps_done(&root).len();
    assert!(total >= 3, "{total} steps");
    for ticked in 1..total {
        let mut expected = vec![false; total];
        expected[..ticked].fill(true);
        assert_eq!(steps_done(&root), expected, "after {ticked}");
        assert!(
            by_test_id(&root, "lesson-do").is_none(),
            "nothing left to do, only to read"
        );
        let body = by_test_id(&root, "lesson-step-body").expect("the current step's explanation");
        assert!(!body.text_content().unwrap().is_empty());
        assert!(by_test_id(&root, "lesson-complete").is_none());
        button(&root, "lesson-continue").click();
        settle().await;
    }
    assert!(steps_done(&root).iter().all(|d| *d));
    assert!(by_test_id(&root, "lesson-complete").is_some());
    assert!(by_test_id(&root, "lesson-continue").is_none());

    // A finished step opens again, and closes.
    assert!(by_test_id(&root, "lesson-step-body").is_none());
    let first = button(&root, "lesson-reopen");
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    first.click();
    settle().await;
    let first = button(&root, "lesson-reopen");
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(by_test_id(&root, "lesson-step-body").is_some());
    assert!(
        steps_done(&root).iter().all(|d| *d),
        "reading is not undoing"
    );
    first.click();
    settle().await;
    assert!(by_test_id(&root, "lesson-step-body").is_none());

    // Kept for the next visit: a new page (a new session) shows it done.
    let stored = storage()
        .get_item(PROGRESS_KEY)
        .unwrap()
        .unwrap_or_default();
    assert!(
        stored.contains(&format!("rfc1939-example={total}")),
        "{stored}"
    );
    handle.destroy();
    root.remove();
    let slot = Rc::new(RefCell::new(None));
    let (handle, root) = mount(&slot).await;
    let select: web_sys::HtmlSelectElement =
        by_test_id(&root, "lesson-select").unwrap().unchecked_into();
    select.set_value("rfc1939-example");
    select.dispatch_event(&change_event()).unwrap();
    settle().await;
    assert!(
        steps_done(&root).iter().all(|d| *d),
        "{:?}",
        steps_done(&root)
    );
    handle.destroy();
    root.remove();
    storage().remove_item(PROGRESS_KEY).unwrap();
}
