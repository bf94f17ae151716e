//! The app's reducer and its top-level page, in a real browser (headless
//! Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use pop3::Secret;
use pop3::wire::{CertInfo, ErrorCode, ProxyMessage, TlsInfo};
use pop3_playground::App;
use pop3_playground::demo_worker::{self, Connection, ServerEvent};
use pop3_playground::state::{Action, Dir, Link, ProxyKind, Security, Session, Settings, Via};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;

use web_support::{Recorder, Sent, bytes, control, dialling};

/// A session attached to a recorder, configured for `security`.
fn attached(security: Security) -> (Rc<Session>, Rc<Recorder>) {
    let recorder = Rc::new(Recorder::default());
    let mut session = Rc::new(Session::new(|| 1000.0));
    session = session.reduce(Action::Configure(Settings {
        via: Via::Proxy,
        proxy_url: "ws://127.0.0.1:8110/ws".into(),
        proxy_kind: ProxyKind::Playground,
        host: "127.0.0.1".into(),
        port: 1110,
        security,
        pin_sha256: None,
    }));
    session = session.reduce(Action::Attach(recorder.clone()));
    (session, recorder)
}

fn connected(session: Rc<Session>) -> Rc<Session> {
    session
        .reduce(dialling())
        .reduce(control(ProxyMessage::Connected {
            peer: "127.0.0.1:1110".into(),
            tls: None,
        }))
}

fn transcript_text(session: &Session) -> String {
    session
        .transcript
        .borrow()
        .entries()
        .iter()
        .map(|e| format!("{}: {}", e.dir().as_str(), pop3_playground::i18n::line(e)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[wasm_bindgen_test]
fn connect_login_and_retrieve() {
    let (session, recorder) = attached(Security::None);
    assert_eq!(session.link, Link::Connecting);
    // The link sends `connect` itself (see services::link's tests); the session
    // records that it went out.
    let session = session.reduce(dialling());
    assert!(recorder.take().is_empty());
    assert!(
        session
            .transcript
            .borrow()
            .entries()
            .iter()
            .any(|e| matches!(
                e.fact,
                pop3_playground::state::Fact::ConnectAsked { port: 1110, .. }
            ))
    );
    let session = session.reduce(control(ProxyMessage::Connected {
        peer: "127.0.0.1:1110".into(),
        tls: None,
    }));
    assert_eq!(session.link, Link::Open);
    assert_eq!(session.state_label(), "DISCONNECTED", "no greeting yet");
    let session = session.reduce(bytes(b"+OK POP3 ready <1.2@x>\r\n"));
    assert_eq!(session.state_label(), "AUTHORIZATION");

    let session = session.reduce(Action::LoginUserPass {
        user: "mrose".into(),
        password: Secret::new("tanstaaf".into()),
    });
    assert_eq!(
        recorder.take(),
        [Sent::Binary("USER mrose\r\n".into())],
        "PASS waits for USER's reply"
    );
    let session = session.reduce(bytes(b"+OK\r\n"));
    assert_eq!(recorder.take(), [Sent::Binary("PASS tanstaaf\r\n".into())]);
    let session = session.reduce(bytes(b"+OK logged in\r\n"));
    assert_eq!(session.state_label(), "TRANSACTION");
    let text = transcript_text(&session);
    assert!(text.contains("client: PASS ********"), "{text}");
    assert!(!text.contains("tanstaaf"), "the password is masked: {text}");

    let session = session.reduce(Action::Open(1));
    assert_eq!(recorder.take(), [Sent::Binary("RETR 1\r\n".into())]);
    let session = session.reduce(bytes(b"+OK 30 octets\r\nSubject: Hi\r\n\r\n..dot\r\n.\r\n"));
    let message = session.mailbox()[&1]
        .message
        .clone()
        .expect("the message is stored");
    assert_eq!(&message[..], b"Subject: Hi\r\n\r\n.dot\r\n");
    assert_eq!(session.selected, Some(1));

    // Round-trip times are measured per reply.
    let transcript = session.transcript.borrow();
    let reply = transcript
        .entries()
        .iter()
        .rev()
        .find(|e| e.dir() == Dir::Server)
        .unwrap();
    assert!(reply.rtt_ms.is_some());
    assert_eq!(reply.body.as_ref().unwrap().lines, 3);
}

#[wasm_bindgen_test]
fn stls_upgrade_runs_by_itself() {
    let (session, recorder) = attached(Security::Stls);
    let session = connected(session);
    recorder.take();
    let session = session.reduce(bytes(b"+OK ready\r\n"));
    assert_eq!(recorder.take(), [Sent::Binary("STLS\r\n".into())]);
    let session = session.reduce(bytes(b"+OK Begin TLS\r\n"));
    assert_eq!(recorder.take(), [Sent::StartTls(None)]);
    let tls = TlsInfo {
        version: Some("TLSv1.3".into()),
        verified: true,
        ..TlsInfo::default()
    };
    let session = session.reduce(control(ProxyMessage::TlsStarted { tls: tls.clone() }));
    assert_eq!(session.tls, Some(tls));
    assert!(session.engine.borrow().tls_active());
    assert_eq!(
        recorder.take(),
        [Sent::Binary("CAPA\r\n".into())],
        "capabilities are asked again"
    );
    assert!(!session.password_in_clear());
}

#[wasm_bindgen_test]
fn untrusted_certificate_can_be_pinned() {
    let (session, _recorder) = attached(Security::Implicit);
    let session = session.reduce(dialling());
    let chain = vec![CertInfo {
        subject: "CN=localhost".into(),
        sha256: "ab".repeat(32),
        ..CertInfo::default()
    }];
    let tls = TlsInfo {
        verified: false,
        error: Some("UnknownIssuer".into()),
        chain,
        ..TlsInfo::default()
    };
    let session = session
        .reduce(control(ProxyMessage::Error {
            code: ErrorCode::CertUntrusted,
            message: "not trusted".into(),
            tls: Some(tls),
            cause: Some(pop3::wire::TlsFailure::UnknownIssuer),
        }))
        .reduce(control(ProxyMessage::Closed {
            by: pop3::wire::ClosedBy::Proxy,
            reason: "untrusted".into(),
        }));
    assert!(session.untrusted.is_some());
    assert_eq!(
        session.error.as_ref().map(|e| (e.0, e.2)),
        Some((
            ErrorCode::CertUntrusted,
            Some(pop3::wire::TlsFailure::UnknownIssuer)
        ))
    );
    let session = session.reduce(Action::TrustCertificate);
    assert_eq!(session.settings.pin_sha256, Some("ab".repeat(32)));

    // The reconnection's link carries the pin.
    let recorder = Rc::new(Recorder::default());
    let session = session.reduce(Action::Attach(recorder.clone()));
    let target = pop3_playground::services::link::Target::of(&session.settings);
    assert_eq!(target.pin_sha256, Some("ab".repeat(32)));
    assert_eq!(target.security, Security::Implicit);
    assert_eq!(session.link, Link::Connecting);
}

#[wasm_bindgen_test]
fn a_drop_mid_retr_is_explained_and_the_app_stays_usable() {
    let (session, recorder) = attached(Security::None);
    let session = connected(session).reduce(bytes(b"+OK hi\r\n"));
    let session = session
        .reduce(Action::SendRaw("USER dropper".into()))
        .reduce(bytes(b"+OK\r\n"));
    let session = session
        .reduce(Action::SendRaw("PASS tanstaaf".into()))
        .reduce(bytes(b"+OK in\r\n"));
    let session = session.reduce(Action::Send(pop3::types::Command::Retr { msg: 1 }));
    let session = session.reduce(bytes(b"+OK 500 octets\r\nSubject: half"));
    assert!(
        session.engine.borrow().body_progress().is_some(),
        "a progress bar can be shown"
    );
    let session = session.reduce(control(ProxyMessage::Closed {
        by: pop3::wire::ClosedBy::Server,
        reason: "the server closed the connection".into(),
    }));
    assert!(matches!(session.link, Link::Closed));
    let text = transcript_text(&session);
    assert!(text.contains("no reply to RETR"), "{text}");
    assert!(text.contains("Connection closed by the server"), "{text}");
    // A new connection works.
    let recorder2 = Rc::new(Recorder::default());
    let session = session.reduce(Action::Attach(recorder2.clone()));
    assert_eq!(session.link, Link::Connecting);
    assert!(
        session
            .transcript
            .borrow()
            .entries()
            .iter()
            .any(|e| e.fact == pop3_playground::state::Fact::NewConnection),
        "the earlier connection stays, below a banner"
    );
    assert!(transcript_text(&session).contains("no reply to RETR"));
    drop(recorder);
}

#[wasm_bindgen_test]
fn raw_mode_sends_invalid_commands_and_remembers_history() {
    let (session, recorder) = attached(Security::None);
    let session = connected(session).reduce(bytes(b"+OK hi\r\n"));
    recorder.take();
    let session = session.reduce(Action::SendRaw("STAT".into()));
    assert_eq!(
        recorder.take(),
        [Sent::Binary("STAT\r\n".into())],
        "sent although not valid before login"
    );
    let session = session
        .reduce(bytes(b"-ERR log in first\r\n"))
        .reduce(Action::SendRaw("XYZZY 1".into()));
    assert_eq!(recorder.take(), [Sent::Binary("XYZZY 1\r\n".into())]);
    assert_eq!(session.history, ["STAT", "XYZZY 1"]);
    // Guided mode refuses what is not valid, with the reason in the transcript.
    let session = session
        .reduce(bytes(b"-ERR unknown\r\n"))
        .reduce(Action::Send(pop3::types::Command::Retr { msg: 1 }));
    assert!(recorder.take().is_empty());
    assert!(
        transcript_text(&session).contains("Not sent: RETR is only valid in the TRANSACTION state")
    );
}

#[wasm_bindgen_test]
fn clear_text_warning_only_for_remote_hosts_without_tls() {
    let (session, _) = attached(Security::None);
    let session = connected(session).reduce(bytes(b"+OK hi\r\n"));
    assert!(!session.password_in_clear(), "loopback is this machine");
    let mut settings = session.settings.clone();
    settings.host = "pop.example.org".into();
    let session = session.reduce(Action::Configure(settings));
    assert!(session.password_in_clear());
}

/// The demo server of the in-page link (which runs in a Web Worker), driven
/// by the browser's timers: the greeting after `Open`, replies to what is
/// sent (pipelined), a QUIT that closes, and nothing reported after that.
#[wasm_bindgen_test]
async fn the_in_page_demo_answers_like_a_server() {
    let events: Rc<RefCell<Vec<ServerEvent>>> = Rc::default();
    let store = demo_worker::store_from("{}", 7);
    let connection = {
        let events = events.clone();
        Connection::open(store.clone(), move |e| events.borrow_mut().push(e))
    };
    assert!(
        events.borrow().is_empty(),
        "events come from timers, after open returns"
    );
    let received = |events: &Rc<RefCell<Vec<ServerEvent>>>| -> String {
        events
            .borrow()
            .iter()
            .filter_map(|e| match e {
                ServerEvent::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
                _ => None,
            })
            .collect()
    };
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    assert_eq!(events.borrow()[0], ServerEvent::Open);
    assert!(received(&events).starts_with("+OK POP3 Playground demo server ready <7."));
    connection.receive(b"CAPA\r\nUSER mrose\r\nPASS tanstaaf\r\nSTAT\r\nDELE 1\r\nQUIT\r\n");
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let all = received(&events);
    assert!(!all.contains("\r\nSTLS\r\n"), "no STLS in the page: {all}");
    assert!(all.contains("+OK mrose's maildrop has"), "{all}");
    assert!(all.contains("signing off"), "{all}");
    assert_eq!(events.borrow().last(), Some(&ServerEvent::Closed));
    let count = events.borrow().len();
    connection.receive(b"NOOP\r\n");
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    assert_eq!(events.borrow().len(), count, "nothing after the close");
    // What the page keeps for the next visit, and a store made from it.
    let removed = demo_worker::removed_json(&store);
    assert!(removed.contains("\"mrose\""), "{removed}");
    let again = demo_worker::store_from(&removed, 8);
    assert_eq!(demo_worker::removed_json(&again), removed);
}

/// Mounts the app into a fresh element of the page and lets Yew render it.
async fn mount() -> (web_sys::Element, yew::AppHandle<App>) {
    // No worker to load here: the message reader runs in this thread.
    pop3_playground::services::mime::read_in_this_thread();
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create a div");
    gloo::utils::body()
        .append_child(&root)
        .expect("append to body");
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    (root, handle)
}

fn by_test_id(root: &web_sys::Element, test_id: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!("[data-testid=\"{test_id}\"]"))
        .expect("a valid selector")
}

#[wasm_bindgen_test]
async fn page_starts_disconnected_with_the_connection_form() {
    let (root, handle) = mount().await;
    assert_eq!(
        by_test_id(&root, "session-state")
            .unwrap()
            .text_content()
            .unwrap(),
        "DISCONNECTED"
    );
    for id in [
        "try-demo",
        "host",
        "port",
        "security",
        "connect",
        "disconnect",
        "proxy-url",
    ] {
        assert!(by_test_id(&root, id).is_some(), "missing {id}");
    }
    let proxy_url = || -> String {
        let input: web_sys::HtmlInputElement =
            wasm_bindgen::JsCast::dyn_into(by_test_id(&root, "proxy-url").unwrap()).unwrap();
        input.value()
    };
    // The default is set by an effect after the first render.
    for _ in 0..100 {
        if !proxy_url().is_empty() {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        proxy_url().ends_with("/ws"),
        "defaults to the page's own /ws: {}",
        proxy_url()
    );
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
fn import_replays_a_pasted_telnet_log_with_violations_flagged() {
    let session = Rc::new(Session::new(|| 0.0));
    let log = "$ telnet mail.example.com 110\nTrying 192.0.2.1...\n+OK ready\nuser alice\n+OK\npass secret\n+OK logged in\nstat\n+OK two messages\nretr 1\n+OK\nSubject: x\n\n.hidden line\n.\nquit\n+OK bye\n";
    let session = session.reduce(Action::Import(log.into()));
    let transcript = session.transcript.borrow();
    let entries = transcript.entries();
    assert!(
        entries
            .iter()
            .any(|e| e.dir() == Dir::Client && e.raw.starts_with(b"PASS ********"))
    );
    assert!(
        !entries
            .iter()
            .any(|e| String::from_utf8_lossy(&e.raw).contains("secret"))
    );
    let violations: Vec<String> = entries
        .iter()
        .filter(|e| e.severity() == pop3::annotate::Severity::Violation)
        .map(|e| String::from_utf8_lossy(&e.raw).into_owned())
        .collect();
    assert!(
        violations.iter().any(|v| v.starts_with("+OK two messages")),
        "a malformed STAT reply: {violations:?}"
    );
    assert!(
        violations.iter().any(|v| v.starts_with("+OK\r\n")),
        "an unstuffed body: {violations:?}"
    );
    assert_eq!(session.engine.borrow().state(), &pop3::types::State::Closed);
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    slot: Rc<RefCell<Option<pop3_playground::hooks::SessionHandle>>>,
}

/// The commands panel with a session the test controls.
#[function_component(CommandsHarness)]
fn commands_harness(props: &HarnessProps) -> Html {
    let session = use_reducer(|| Session::new(|| 0.0));
    *props.slot.borrow_mut() = Some(session.clone());
    html! {
        <ContextProvider<pop3_playground::hooks::SessionHandle> context={session}>
            <pop3_playground::components::commands::Commands />
        </ContextProvider<pop3_playground::hooks::SessionHandle>>
    }
}

use yew::prelude::*;

#[wasm_bindgen_test]
async fn guided_buttons_follow_the_state_and_say_why() {
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let slot = Rc::new(RefCell::new(None));
    let handle = yew::Renderer::<CommandsHarness>::with_root_and_props(
        root.clone(),
        HarnessProps { slot: slot.clone() },
    )
    .render();
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    let recorder = Rc::new(Recorder::default());
    let session = || slot.borrow().clone().unwrap();
    session().dispatch(Action::Attach(recorder.clone()));
    session().dispatch(dialling());
    session().dispatch(control(ProxyMessage::Connected {
        peer: "127.0.0.1:1110".into(),
        tls: None,
    }));
    session().dispatch(bytes(b"+OK ready\r\n"));
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    recorder.take();

    let button = |id: &str| -> web_sys::HtmlButtonElement {
        wasm_bindgen::JsCast::dyn_into(by_test_id(&root, id).unwrap_or_else(|| panic!("no {id}")))
            .unwrap()
    };
    assert!(
        button("cmd-stat").disabled(),
        "STAT is not valid before login"
    );
    assert!(
        button("cmd-stat").title().contains("TRANSACTION"),
        "{}",
        button("cmd-stat").title()
    );
    assert!(!button("cmd-capa").disabled());
    let reasons = root
        .query_selector(".disabled-reasons")
        .unwrap()
        .expect("the reasons are listed");
    assert!(reasons.text_content().unwrap().contains("log in first"));
    button("cmd-capa").click();
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(recorder.take(), [Sent::Binary("CAPA\r\n".into())]);

    session().dispatch(bytes(b"+OK\r\nUSER\r\n.\r\n"));
    session().dispatch(Action::LoginUserPass {
        user: "a".into(),
        password: Secret::new("b".into()),
    });
    session().dispatch(bytes(b"+OK\r\n"));
    session().dispatch(bytes(b"+OK in\r\n"));
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    assert!(
        !button("cmd-stat").disabled(),
        "STAT is valid in TRANSACTION"
    );
    assert!(button("cmd-stls").disabled(), "STLS is not");
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
fn websockify_mode_sends_no_control_messages_and_explains_stls() {
    let (session, recorder) = attached(Security::Stls);
    let mut settings = session.settings.clone();
    settings.proxy_kind = ProxyKind::Websockify;
    let session = session
        .reduce(Action::Configure(settings))
        .reduce(Action::Link(
            pop3_playground::services::link::LinkEvent::Open {
                peer: None,
                tls: None,
            },
        ));
    assert_eq!(session.link, Link::Open, "bytes flow at once");
    assert!(recorder.take().is_empty(), "no connect message");
    let session = session.reduce(bytes(b"+OK ready\r\n"));
    assert!(
        recorder.take().is_empty(),
        "no automatic STLS without a control channel"
    );
    let session = session
        .reduce(Action::SendRaw("STLS".into()))
        .reduce(bytes(b"+OK begin TLS\r\n"));
    let sent = recorder.take();
    assert_eq!(sent.first(), Some(&Sent::Binary("STLS\r\n".into())));
    assert!(
        !sent.iter().any(|s| matches!(s, Sent::StartTls(_))),
        "no starttls message: {sent:?}"
    );
    assert!(matches!(session.link, Link::Closed));
    assert!(transcript_text(&session).contains("STLS cannot continue"));
}

#[wasm_bindgen_test]
fn scram_login_normalizes_credentials_in_the_browser() {
    use base64::Engine as _;
    let (session, recorder) = attached(Security::None);
    let session = connected(session).reduce(bytes(b"+OK ready\r\n"));
    recorder.take();
    // "ﬁ" (U+FB01) becomes "fi" under NFKC, as SASLprep would map it.
    let _session = session.reduce(Action::LoginSasl {
        mechanism: pop3::sasl::Mechanism::ScramSha256,
        user: "\u{FB01}le".into(),
        secret: Secret::new("pencil".into()),
    });
    let sent = recorder.take();
    let Some(Sent::Binary(line)) = sent.first() else {
        panic!("{sent:?}")
    };
    let initial = line
        .trim_end()
        .strip_prefix("AUTH SCRAM-SHA-256 ")
        .expect("AUTH with an initial response");
    let client_first = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(initial)
            .unwrap(),
    )
    .unwrap();
    assert!(client_first.starts_with("n,,n=file,r="), "{client_first}");
}
