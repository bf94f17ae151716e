//! The proxy over loopback with a real WebSocket client: whole POP3 sessions to
//! the demo server, refusals, faults, and what the logs may contain.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Duration;

use pop3::codec::Reply;
use pop3::engine::Event;
use pop3::types::{Command, State};
use pop3::wire::{ClientMessage, ClosedBy, ErrorCode, ProxyMessage, TlsFailure, TlsMode};
use pop3_proxy::demo::Fault;
use support::ws::{Frame, Pop3OverWs, TestProxy, WsClient};

fn reply_body(events: &[Event]) -> Vec<u8> {
    events
        .iter()
        .find_map(|e| match e {
            Event::Received { decoded, .. } => match &decoded.reply {
                Reply::Response(r) => r.body.clone(),
                Reply::Continuation(_) => None,
            },
            _ => None,
        })
        .expect("a reply with a body")
}

fn error_code(message: &ProxyMessage) -> Option<ErrorCode> {
    match message {
        ProxyMessage::Error { code, .. } => Some(*code),
        _ => None,
    }
}

/// A connection through the proxy still works: the proxy keeps serving.
async fn still_serving(proxy: &TestProxy) {
    let session = proxy.demo_session().await;
    assert!(matches!(
        session.client.state(),
        State::Authorization { .. }
    ));
}

#[tokio::test]
async fn demo_session_with_stls() {
    let proxy = TestProxy::start(|_| {}).await;
    let mut s = proxy.demo_session().await;
    s.command(Command::Capa).await;
    assert!(
        s.client
            .has_capability(|c| *c == pop3::types::Capability::Stls)
            == Some(true)
    );
    s.command(Command::Stls).await;
    let tls = s
        .controls
        .iter()
        .find_map(|c| match c {
            ProxyMessage::TlsStarted { tls } => Some(tls.clone()),
            _ => None,
        })
        .expect("tls_started");
    assert!(
        tls.verified,
        "the proxy trusts its own demo certificate: {tls:?}"
    );
    assert_eq!(tls.chain.len(), 1);
    assert!(tls.version.is_some());
    assert!(
        s.client.capabilities().is_none(),
        "CAPA is forgotten after STLS"
    );
    s.command(Command::User {
        name: "mrose".into(),
    })
    .await;
    s.command(Command::Pass {
        password: "tanstaaf".into(),
    })
    .await;
    assert_eq!(s.client.state(), &State::Transaction);
    s.command(Command::Stat).await;
    assert_eq!(s.client.maildrop().count, Some(5));
    let retr = s.command(Command::Retr { msg: 1 }).await;
    let body = reply_body(&retr);
    assert!(
        body.windows(4).any(|w| w == b"\r\n.\r"),
        "the lone dot line survives stuffing"
    );
    s.command(Command::Quit).await;
    let closing = s.pump_until(|e| matches!(e, Event::Closed { .. })).await;
    assert!(
        closing
            .iter()
            .any(|e| matches!(e, Event::Closed { expected: true, .. }))
    );
    assert!(s.controls.iter().any(|c| matches!(
        c,
        ProxyMessage::Closed {
            by: ClosedBy::Server,
            ..
        }
    )));
    proxy.stop().await;
}

#[tokio::test]
async fn demo_implicit_tls() {
    let proxy = TestProxy::start(|_| {}).await;
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("localhost", proxy.demo_tls.port(), TlsMode::Implicit, None)
        .await;
    match ws.next_control().await {
        ProxyMessage::Connected { tls: Some(tls), .. } => {
            assert!(tls.verified);
            assert_eq!(tls.sni.as_deref(), Some("localhost"));
            assert!(tls.chain[0].sans.contains(&"localhost".to_owned()));
        }
        other => panic!("{other:?}"),
    }
    let (greeting, _) = ws.read_until(|d| d.ends_with(b"\r\n")).await;
    assert!(greeting.starts_with(b"+OK POP3 Playground demo server ready <"));
    proxy.stop().await;
}

/// Connects with implicit TLS and returns the error the proxy reports.
async fn tls_error(proxy: &TestProxy, host: &str, port: u16) -> ProxyMessage {
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect(host, port, TlsMode::Implicit, None).await;
    let error = ws.next_control().await;
    assert!(
        matches!(
            ws.next_control().await,
            ProxyMessage::Closed {
                by: ClosedBy::Proxy,
                ..
            }
        ),
        "closed follows the error"
    );
    error
}

/// The certificate a TLS fault's listener presents.
async fn leaf_of(proxy: &TestProxy, fault: Fault) -> pop3::wire::CertInfo {
    match tls_error(proxy, "127.0.0.1", proxy.fault(fault).port()).await {
        ProxyMessage::Error { tls: Some(t), .. } => t.chain[0].clone(),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn each_tls_fault_of_the_demo_reports_its_cause() {
    let proxy = TestProxy::start(|_| {}).await;
    for (fault, cause) in [
        (Fault::Expired, TlsFailure::Expired),
        (Fault::WrongName, TlsFailure::WrongName),
        (Fault::SelfSigned, TlsFailure::SelfSigned),
        (Fault::IncompleteChain, TlsFailure::IncompleteChain),
    ] {
        for host in ["127.0.0.1", "localhost"] {
            let error = tls_error(&proxy, host, proxy.fault(fault).port()).await;
            let ProxyMessage::Error {
                code,
                message,
                tls: Some(tls),
                cause: got,
            } = &error
            else {
                panic!("{fault:?}: {error:?}");
            };
            assert_eq!(*got, Some(cause), "{fault:?} via {host}: {message}");
            assert_eq!(*code, ErrorCode::CertUntrusted, "{fault:?}");
            assert_eq!(tls.chain.len(), 1, "{fault:?}: only the leaf is sent");
            assert!(!tls.verified);
            for words in [message.as_str(), tls.error.as_deref().unwrap_or_default()] {
                for debug in ["Other(", "Context {", "DnsName(", "UnknownIssuer"] {
                    assert!(!words.contains(debug), "{fault:?}: debug text in {words:?}");
                }
            }
        }
    }
    let expired = leaf_of(&proxy, Fault::Expired).await;
    assert!(expired.not_after.starts_with("2021-01-01"), "{expired:?}");
    let wrong = leaf_of(&proxy, Fault::WrongName).await;
    assert_eq!(wrong.sans, [pop3_proxy::demo::WRONG_NAME]);
    let self_signed = leaf_of(&proxy, Fault::SelfSigned).await;
    assert_eq!(self_signed.subject, self_signed.issuer);
    let incomplete = leaf_of(&proxy, Fault::IncompleteChain).await;
    assert!(incomplete.issuer.contains("intermediate"), "{incomplete:?}");
    still_serving(&proxy).await;
    proxy.stop().await;
}

#[tokio::test]
async fn a_pinned_fault_certificate_reaches_the_demo() {
    let proxy = TestProxy::start(|_| {}).await;
    for fault in Fault::ALL {
        let port = proxy.fault(fault).port();
        let pin = match tls_error(&proxy, "127.0.0.1", port).await {
            ProxyMessage::Error { tls: Some(t), .. } => t.chain[0].sha256.clone(),
            other => panic!("{other:?}"),
        };
        let session =
            Pop3OverWs::connect(proxy.addr, "127.0.0.1", port, TlsMode::Implicit, Some(&pin))
                .await
                .unwrap_or_else(|e| panic!("{fault:?}: {e:?}"));
        assert!(matches!(
            session.client.state(),
            State::Authorization { .. }
        ));
    }
    proxy.stop().await;
}

#[tokio::test]
async fn implicit_tls_to_a_plain_port_is_not_tls() {
    let proxy = TestProxy::start(|_| {}).await;
    // The demo's plain port greets with "+OK" in clear where a TLS record was
    // expected.
    let error = tls_error(&proxy, "127.0.0.1", proxy.demo_plain.port()).await;
    let ProxyMessage::Error {
        code,
        cause,
        message,
        ..
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(*code, ErrorCode::TlsFailed);
    assert_eq!(*cause, Some(TlsFailure::NotTls), "{message}");
    assert!(message.contains("does not speak TLS"), "{message}");
    still_serving(&proxy).await;
    proxy.stop().await;
}

#[tokio::test]
async fn demo_ports_are_reachable_only_at_the_demo() {
    let proxy = TestProxy::start(|_| {}).await;
    for port in [
        proxy.demo_plain.port(),
        proxy.fault(Fault::SelfSigned).port(),
    ] {
        let mut ws = WsClient::open(proxy.addr).await;
        ws.connect("127.0.0.2", port, TlsMode::None, None).await;
        assert_eq!(
            error_code(&ws.next_control().await),
            Some(ErrorCode::PortNotAllowed),
            "port {port} elsewhere than the demo"
        );
    }
    proxy.stop().await;
}

#[tokio::test]
async fn foreign_origin_refused_before_upgrade() {
    let proxy = TestProxy::start(|_| {}).await;
    let refused = WsClient::open_with(proxy.addr, Some("https://evil.example"), None).await;
    match refused {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), 403)
        }
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("a foreign origin was accepted"),
    }
    // The proxy's own origin is fine; the Trunk dev server's only with --dev.
    let own = format!("http://127.0.0.1:{}", proxy.addr.port());
    assert!(
        WsClient::open_with(proxy.addr, Some(&own), None)
            .await
            .is_ok()
    );
    assert!(
        WsClient::open_with(proxy.addr, Some("http://127.0.0.1:8080"), None)
            .await
            .is_err(),
        "the Trunk dev origin is for development only"
    );
    still_serving(&proxy).await;
    proxy.stop().await;
    let dev = TestProxy::start(|c| c.policy.dev_origins = true).await;
    for origin in ["http://127.0.0.1:8080", "http://localhost:8080"] {
        assert!(
            WsClient::open_with(dev.addr, Some(origin), None)
                .await
                .is_ok(),
            "{origin}"
        );
    }
    dev.stop().await;
}

#[tokio::test]
async fn added_origin_and_required_origin() {
    let proxy = TestProxy::start(|c| {
        c.policy.extra_origins.insert("https://play.example".into());
        c.policy.require_origin = true;
    })
    .await;
    assert!(
        WsClient::open_with(proxy.addr, Some("https://play.example"), None)
            .await
            .is_ok()
    );
    assert!(
        WsClient::open_with(proxy.addr, None, None).await.is_err(),
        "no Origin, but one is required"
    );
    proxy.stop().await;
}

#[tokio::test]
async fn rebinding_host_refused() {
    let proxy = TestProxy::start(|_| {}).await;
    let refused = WsClient::open_with(proxy.addr, None, Some("attacker.example:8110")).await;
    assert!(
        matches!(refused, Err(tokio_tungstenite::tungstenite::Error::Http(ref r)) if r.status() == 403),
        "a rebinding Host header must be refused"
    );
    still_serving(&proxy).await;
    proxy.stop().await;
}

#[tokio::test]
async fn port_not_allowed() {
    let proxy = TestProxy::start(|_| {}).await;
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", 25, TlsMode::None, None).await;
    assert_eq!(
        error_code(&ws.next_control().await),
        Some(ErrorCode::PortNotAllowed)
    );
    assert!(matches!(
        ws.next_control().await,
        ProxyMessage::Closed {
            by: ClosedBy::Proxy,
            ..
        }
    ));
    still_serving(&proxy).await;
    proxy.stop().await;
}

#[tokio::test]
async fn private_target_refused_in_public_mode() {
    let proxy = TestProxy::start(|c| {
        // As if bound to a public address: private targets are refused, the
        // demo's own addresses stay reachable.
        c.policy.listen = "0.0.0.0:8110".parse().unwrap();
    })
    .await;
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.2", 110, TlsMode::None, None).await;
    assert_eq!(
        error_code(&ws.next_control().await),
        Some(ErrorCode::HostNotAllowed)
    );
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("10.0.0.1", 110, TlsMode::None, None).await;
    assert_eq!(
        error_code(&ws.next_control().await),
        Some(ErrorCode::HostNotAllowed)
    );
    still_serving(&proxy).await;
    proxy.stop().await;
}

#[tokio::test]
async fn dns_failure_and_refused_connection() {
    let proxy = TestProxy::start(|c| {
        c.policy.ports.insert(1);
    })
    .await;
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("no-such-host.invalid", 110, TlsMode::None, None)
        .await;
    assert_eq!(
        error_code(&ws.next_control().await),
        Some(ErrorCode::DnsFailed)
    );
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", 1, TlsMode::None, None).await;
    assert_eq!(
        error_code(&ws.next_control().await),
        Some(ErrorCode::ConnectFailed)
    );
    let mut ws = WsClient::open(proxy.addr).await;
    ws.control(&ClientMessage::Close).await;
    assert_eq!(
        error_code(&ws.next_control().await),
        Some(ErrorCode::BadRequest)
    );
    still_serving(&proxy).await;
    proxy.stop().await;
}

#[tokio::test]
async fn oversized_message_refused() {
    let proxy = TestProxy::start(|c| c.max_message = 64 * 1024).await;
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", proxy.demo_plain.port(), TlsMode::None, None)
        .await;
    assert!(matches!(
        ws.next_control().await,
        ProxyMessage::Connected { .. }
    ));
    let _ = ws.send(&vec![b'A'; 200 * 1024]).await;
    let (_, controls) = ws.read_until(|_| false).await;
    assert!(
        controls
            .iter()
            .any(|c| error_code(c) == Some(ErrorCode::BadRequest)),
        "{controls:?}"
    );
    still_serving(&proxy).await;
    proxy.stop().await;
}

#[tokio::test]
async fn too_many_sessions() {
    let proxy = TestProxy::start(|c| c.max_sessions = 1).await;
    let first = proxy.demo_session().await;
    let mut second = WsClient::open(proxy.addr).await;
    assert_eq!(
        error_code(&second.next_control().await),
        Some(ErrorCode::TooManySessions)
    );
    drop(first);
    // The slot frees once the first session ends.
    let mut ok = false;
    for _ in 0..50 {
        let mut ws = WsClient::open(proxy.addr).await;
        ws.connect("127.0.0.1", proxy.demo_plain.port(), TlsMode::None, None)
            .await;
        if matches!(ws.next_control().await, ProxyMessage::Connected { .. }) {
            ok = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(ok, "the proxy serves again after the first session ends");
    proxy.stop().await;
}

#[tokio::test]
async fn idle_session_closed() {
    let proxy = TestProxy::start(|c| c.idle_timeout = Duration::from_millis(500)).await;
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", proxy.demo_plain.port(), TlsMode::None, None)
        .await;
    assert!(matches!(
        ws.next_control().await,
        ProxyMessage::Connected { .. }
    ));
    let (greeting, controls) = ws.read_until(|_| false).await;
    assert!(greeting.starts_with(b"+OK"));
    assert_eq!(
        controls.first().and_then(error_code),
        Some(ErrorCode::IdleTimeout)
    );
    assert!(matches!(
        controls.last(),
        Some(ProxyMessage::Closed {
            by: ClosedBy::Proxy,
            ..
        })
    ));
    still_serving(&proxy).await;
    proxy.stop().await;
}

/// Logs in as a demo user and returns the session in TRANSACTION.
async fn login(proxy: &TestProxy, user: &str) -> Pop3OverWs {
    let mut s = proxy.demo_session().await;
    s.command(Command::User { name: user.into() }).await;
    s.command(Command::Pass {
        password: "tanstaaf".into(),
    })
    .await;
    s
}

#[tokio::test]
async fn server_drops_mid_retr() {
    let proxy = TestProxy::start(|_| {}).await;
    let mut s = login(&proxy, "dropper").await;
    assert_eq!(s.client.state(), &State::Transaction);
    s.command(Command::Stat).await;
    let before = s.client.maildrop().count.expect("STAT's count");
    s.command(Command::Dele { msg: 1 }).await;
    let events = s.command(Command::Retr { msg: 5 }).await;
    let closed = events.iter().find_map(|e| match e {
        Event::Closed {
            expected,
            unanswered,
            partial_body,
            kept_marks,
        } => Some((*expected, unanswered.clone(), *partial_body, *kept_marks)),
        _ => None,
    });
    let (expected, unanswered, partial, kept_marks) = closed.expect("the connection closed");
    assert!(!expected);
    assert_eq!(unanswered, [Command::Retr { msg: 5 }]);
    // No QUIT, no UPDATE: the DELE is forgotten, the maildrop is as it was.
    assert_eq!(kept_marks, Some(1));
    let mut again = login(&proxy, "dropper").await;
    again.command(Command::Stat).await;
    assert_eq!(again.client.maildrop().count, Some(before));
    // What had arrived is intact: about half of the 2685-octet message.
    let partial = partial.expect("part of the body arrived");
    assert!((1000..2685).contains(&partial), "{partial}");
    assert!(s.controls.iter().any(|c| matches!(
        c,
        ProxyMessage::Closed {
            by: ClosedBy::Server,
            ..
        }
    )));
    still_serving(&proxy).await;
    proxy.stop().await;
}

#[tokio::test]
async fn slow_server() {
    let proxy = TestProxy::start(|_| {}).await;
    let started = std::time::Instant::now();
    let mut s = login(&proxy, "slow").await;
    s.command(Command::Stat).await;
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "each reply waits a second"
    );
    assert_eq!(s.client.maildrop().count, Some(5));
    proxy.stop().await;
}

#[tokio::test]
async fn garbage_bytes_pass_through_untouched() {
    let proxy = TestProxy::start(|_| {}).await;
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", proxy.demo_plain.port(), TlsMode::None, None)
        .await;
    assert!(matches!(
        ws.next_control().await,
        ProxyMessage::Connected { .. }
    ));
    ws.read_until(|d| d.ends_with(b"\r\n")).await;
    ws.send(b"USER garbage\r\nPASS tanstaaf\r\nNOOP\r\n")
        .await
        .unwrap();
    let (data, _) = ws.read_until(|d| d.ends_with(b"+OK\r\n")).await;
    let garbage: &[u8] = b"\x1b[31m\xff\xfe\x00GARBAGE\x07\xc3\x28\r\n+OK\r\n";
    assert!(
        data.ends_with(garbage),
        "{:?}",
        String::from_utf8_lossy(&data)
    );
    proxy.stop().await;
}

#[tokio::test]
async fn in_use_and_login_delay_codes() {
    let proxy = TestProxy::start(|_| {}).await;
    for (user, code) in [
        ("inuse", pop3::types::ResponseCode::InUse),
        ("delay", pop3::types::ResponseCode::LoginDelay),
    ] {
        let s = login(&proxy, user).await;
        assert!(matches!(s.client.state(), State::Authorization { .. }));
        let refused = s.events.iter().any(|e| {
            matches!(e, pop3::engine::Event::Received { decoded, .. }
                if matches!(&decoded.reply, pop3::codec::Reply::Response(r)
                    if !r.is_ok() && r.code.as_ref() == Some(&code)))
        });
        assert!(refused, "{user}: {:?}", s.events);
    }
    // A real lock: a second session of the same user is refused while the first holds it.
    let first = login(&proxy, "mrose").await;
    assert_eq!(first.client.state(), &State::Transaction);
    let second = login(&proxy, "mrose").await;
    assert!(matches!(second.client.state(), State::Authorization { .. }));
    proxy.stop().await;
}

#[tokio::test]
async fn deletions_are_real_and_rset_restores() {
    let proxy = TestProxy::start(|_| {}).await;
    let mut s = login(&proxy, "mrose").await;
    s.command(Command::Dele { msg: 1 }).await;
    s.command(Command::Rset).await;
    s.command(Command::Dele { msg: 2 }).await;
    s.command(Command::Quit).await;
    let mut s = login(&proxy, "mrose").await;
    s.command(Command::Stat).await;
    assert_eq!(
        s.client.maildrop().count,
        Some(4),
        "message 2 is gone, message 1 was restored"
    );
    proxy.stop().await;
}

/// The status line of the reply to `command` among `events`: `+OK 2` as
/// `(true, "2")`.
fn reply_to(events: &[Event], command: &Command) -> (bool, String) {
    events
        .iter()
        .find_map(|e| match e {
            Event::Received {
                decoded,
                command: Some(c),
                ..
            } if c == command => match &decoded.reply {
                Reply::Response(r) => Some((r.is_ok(), r.text_lossy().into_owned())),
                Reply::Continuation(_) => None,
            },
            _ => None,
        })
        .expect("a reply")
}

/// LAST's answer, after checking that its line is annotated as obsolete.
async fn last(s: &mut Pop3OverWs) -> String {
    let events = s.command(Command::Last).await;
    assert!(
        events.iter().any(|e| matches!(e,
            Event::Sent { annotation, .. } if annotation.has_note("note-last-removed"))),
        "{events:?}"
    );
    let (ok, text) = reply_to(&events, &Command::Last);
    assert!(ok, "{text}");
    text
}

/// LAST (RFC 1460 §5, removed in RFC 1725): the highest message number
/// accessed in the session; RETR and DELE raise it, TOP does not, RSET sets it
/// back to its value at the start of the session (0 on the demo).
#[tokio::test]
async fn last_reports_the_highest_message_accessed() {
    let proxy = TestProxy::start(|_| {}).await;
    // Only in TRANSACTION.
    let mut s = proxy.demo_session().await;
    let events = s.command(Command::Last).await;
    assert!(!reply_to(&events, &Command::Last).0, "{events:?}");
    let mut s = login(&proxy, "mrose").await;
    assert_eq!(last(&mut s).await, "0");
    s.command(Command::Top { msg: 3, lines: 0 }).await;
    s.command(Command::Retr { msg: 2 }).await;
    assert_eq!(last(&mut s).await, "2", "TOP does not count, RETR does");
    s.command(Command::Retr { msg: 1 }).await;
    assert_eq!(last(&mut s).await, "2", "the highest, not the latest");
    s.command(Command::Dele { msg: 4 }).await;
    assert_eq!(last(&mut s).await, "4");
    s.command(Command::Rset).await;
    assert_eq!(last(&mut s).await, "0", "RSET goes back to the start");
    s.command(Command::Quit).await;
    proxy.stop().await;
}

#[tokio::test]
async fn sasl_and_apop_against_the_demo() {
    use pop3::sasl::{Credentials, Mechanism};
    let proxy = TestProxy::start(|_| {}).await;
    for mechanism in [Mechanism::Plain, Mechanism::Login, Mechanism::CramMd5] {
        let mut s = proxy.demo_session().await;
        s.client
            .authenticate(mechanism, Credentials::new("many", "tanstaaf"), "nonce")
            .unwrap();
        s.pump_until(|e| matches!(e, Event::LoginFinished { .. }))
            .await;
        assert_eq!(s.client.state(), &State::Transaction, "{mechanism:?}");
        s.command(Command::Quit).await;
    }
    let mut s = Pop3OverWs::connect(
        proxy.addr,
        "127.0.0.1",
        proxy.demo_tls.port(),
        TlsMode::Implicit,
        None,
    )
    .await
    .unwrap();
    s.client
        .login_apop("many", &"tanstaaf".to_owned().into())
        .unwrap();
    s.pump_until(|e| matches!(e, Event::LoginFinished { .. }))
        .await;
    assert_eq!(s.client.state(), &State::Transaction);
    s.command(Command::Stat).await;
    assert_eq!(s.client.maildrop().count, Some(10_000));
    proxy.stop().await;
}

#[tokio::test]
async fn wrong_password_keeps_authorization() {
    let proxy = TestProxy::start(|_| {}).await;
    let mut s = proxy.demo_session().await;
    s.command(Command::User {
        name: "mrose".into(),
    })
    .await;
    let events = s
        .command(Command::Pass {
            password: "wrong".into(),
        })
        .await;
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::LoginFinished { ok: false, .. }))
    );
    assert!(matches!(s.client.state(), State::Authorization { .. }));
    proxy.stop().await;
}

#[tokio::test]
async fn websockify_mode_pipes_bytes_with_the_binary_subprotocol() {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let demo = TestProxy::start(|_| {}).await;
    let port = demo.demo_plain.port();
    let fixed = TestProxy::start(move |c| {
        c.target = Some(pop3_proxy::Target {
            host: "127.0.0.1".into(),
            port,
            tls: false,
        });
    })
    .await;
    let mut request = format!("ws://{}/ws", fixed.addr)
        .into_client_request()
        .unwrap();
    request
        .headers_mut()
        .insert("sec-websocket-protocol", "binary".parse().unwrap());
    let (mut ws, response) = tokio_tungstenite::connect_async(request).await.unwrap();
    assert_eq!(
        response.headers().get("sec-websocket-protocol").unwrap(),
        "binary"
    );
    use futures_util::StreamExt;
    let first = tokio::time::timeout(support::ws::WAIT, ws.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(
        first.into_data().starts_with(b"+OK POP3 Playground demo"),
        "bytes flow at once, no control messages"
    );
    fixed.stop().await;
    demo.stop().await;
}

/// Runs `scenario` on a current-thread runtime under the proxy's own log
/// subscriber (`pop3_proxy::logging`, as the command line installs it) with
/// `filter` as `RUST_LOG`, and returns everything it logged.
fn with_logs<F: std::future::Future<Output = ()>>(
    filter: &str,
    scenario: impl FnOnce() -> F,
) -> String {
    use std::sync::{Arc, Mutex};
    #[derive(Clone, Default)]
    struct Capture(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Capture {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = pop3_proxy::logging::subscriber(
        tracing_subscriber::EnvFilter::new(filter),
        move || writer.clone(),
        false,
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    tracing::subscriber::with_default(subscriber, || runtime.block_on(scenario()));
    String::from_utf8_lossy(&capture.0.lock().unwrap()).into_owned()
}

/// At the default level and at `trace`. (tungstenite's own frame traces go
/// through the `log` crate, which only the binary bridges: the binary's test is
/// proxy/tests/binary.rs.)
#[test]
fn passwords_never_reach_the_logs() {
    for filter in ["info", "trace"] {
        let logs = with_logs(filter, || async {
            let proxy = TestProxy::start(|_| {}).await;
            let mut s = login(&proxy, "mrose").await;
            s.command(Command::Stat).await;
            s.command(Command::Retr { msg: 1 }).await;
            s.command(Command::Quit).await;
            let mut s = proxy.demo_session().await;
            s.client
                .authenticate(
                    pop3::sasl::Mechanism::Plain,
                    pop3::sasl::Credentials::new("mrose", "tanstaaf"),
                    "n",
                )
                .unwrap();
            s.pump_until(|e| matches!(e, Event::LoginFinished { .. }))
                .await;
            proxy.stop().await;
        });
        assert!(logs.contains("logged in"), "the session was logged: {logs}");
        assert!(logs.contains("connect requested"), "{logs}");
        assert!(
            !logs.contains("tanstaaf"),
            "{filter}: the password leaked into the logs:\n{logs}"
        );
        // Nor the SASL PLAIN response, nor message content.
        assert!(!logs.contains("AG1yb3NlAHRhbnN0YWFm"), "{filter}: {logs}");
        assert!(
            !logs.contains("Welcome to the POP3 Playground"),
            "{filter}: {logs}"
        );
    }
}

/// A 300 KB host and one with a newline (a forged log line): `bad_request`,
/// neither echoed, neither in the log raw; nor serde's words about a huge
/// malformed field.
#[test]
fn malformed_hosts_are_refused_and_never_logged_raw() {
    let huge = "a".repeat(300 * 1024);
    let forged = "pop.example.org\nFORGED INFO admin logged in";
    let logs = with_logs("trace", || async {
        let proxy = TestProxy::start(|_| {}).await;
        for host in [huge.as_str(), forged] {
            let mut ws = WsClient::open(proxy.addr).await;
            ws.connect(host, 110, TlsMode::None, None).await;
            match ws.next_control().await {
                ProxyMessage::Error { code, message, .. } => {
                    assert_eq!(code, ErrorCode::BadRequest);
                    assert!(message.len() < 200, "{message}");
                    assert!(!message.contains("FORGED"), "{message}");
                }
                other => panic!("{other:?}"),
            }
            assert!(matches!(
                ws.next_control().await,
                ProxyMessage::Closed { .. }
            ));
        }
        // A malformed port of 300 KB: serde would quote it whole.
        let mut ws = WsClient::open(proxy.addr).await;
        let json = format!(r#"{{"type":"connect","host":"x.example","port":"{huge}"}}"#);
        ws.ws_send_text(json).await;
        match ws.next_control().await {
            ProxyMessage::Error { code, message, .. } => {
                assert_eq!(code, ErrorCode::BadRequest);
                assert!(message.len() < 300, "{} bytes", message.len());
            }
            other => panic!("{other:?}"),
        }
        still_serving(&proxy).await;
        proxy.stop().await;
    });
    assert!(logs.contains("refused: invalid host"), "{logs}");
    assert!(
        !logs.contains(&"a".repeat(1000)),
        "the huge host reached the log"
    );
    assert!(
        !logs.contains("\nFORGED"),
        "a raw newline reached the log:\n{logs}"
    );
    assert!(logs.contains("pop.example.org\\nFORGED"), "escaped: {logs}");
}

/// In public mode: NAT64, 6to4, IPv4-mapped and -compatible, Teredo,
/// site-local, benchmarking, reserved and IETF ranges are refused, and the
/// error never shows the address a name resolved to. The demo's ports are
/// open towards the demo only.
#[tokio::test]
async fn special_purpose_targets_refused_in_public_mode() {
    let proxy = TestProxy::start(|c| {
        c.policy.listen = "0.0.0.0:8110".parse().unwrap();
    })
    .await;
    for host in [
        "64:ff9b::7f00:1",
        "[64:ff9b::7f00:1]",
        "64:ff9b::a00:1",
        "64:ff9b:1::808:808",
        "::ffff:127.0.0.1",
        "::127.0.0.1",
        "2002:7f00:1::1",
        "2001::1",
        "fec0::1",
        "fd00::1",
        "198.18.0.1",
        "240.0.0.1",
        "192.0.0.8",
        "100.64.0.1",
        "255.255.255.255",
        "localhost",
    ] {
        let mut ws = WsClient::open(proxy.addr).await;
        ws.connect(host, 110, TlsMode::None, None).await;
        match ws.next_control().await {
            ProxyMessage::Error {
                code: ErrorCode::HostNotAllowed,
                message,
                ..
            } => {
                if host == "localhost" {
                    assert!(
                        !message.contains("127.0.0.1") && !message.contains("::1"),
                        "{message}"
                    );
                }
            }
            other => panic!("{host}: {other:?}"),
        }
    }
    for host in ["127.0.0.2", "10.0.0.1"] {
        let mut ws = WsClient::open(proxy.addr).await;
        ws.connect(host, proxy.demo_plain.port(), TlsMode::None, None)
            .await;
        assert_eq!(
            error_code(&ws.next_control().await),
            Some(ErrorCode::PortNotAllowed),
            "{host}: the demo's port is not open towards it"
        );
    }
    still_serving(&proxy).await;
    proxy.stop().await;
}

/// A browser that logs in as `huge`, sends RETR of the 64 MiB message and
/// never reads again: within the idle timeout its session slot and the
/// maildrop's lock are free.
#[tokio::test]
async fn a_browser_that_stops_reading_mid_retr_frees_its_slot_and_the_lock() {
    let idle = Duration::from_secs(2);
    let proxy = TestProxy::start(|c| {
        c.idle_timeout = idle;
        c.max_sessions = 1;
    })
    .await;
    let mut stalled = WsClient::open(proxy.addr).await;
    stalled
        .connect("127.0.0.1", proxy.demo_plain.port(), TlsMode::None, None)
        .await;
    assert!(matches!(
        stalled.next_control().await,
        ProxyMessage::Connected { .. }
    ));
    stalled.read_until(|d| d.ends_with(b"\r\n")).await;
    stalled
        .send(b"USER huge\r\nPASS tanstaaf\r\n")
        .await
        .unwrap();
    let (replies, _) = stalled
        .read_until(|d| d.windows(2).filter(|w| w == b"\r\n").count() == 2)
        .await;
    assert!(
        String::from_utf8_lossy(&replies)
            .lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("+OK")),
        "{replies:?}"
    );
    stalled.send(b"RETR 1\r\n").await.unwrap();
    let started = std::time::Instant::now();
    // From here on it reads nothing. Its slot is the only one.
    let mut second = WsClient::open(proxy.addr).await;
    assert_eq!(
        error_code(&second.next_control().await),
        Some(ErrorCode::TooManySessions)
    );
    let freed = loop {
        assert!(
            started.elapsed() < idle + Duration::from_secs(10),
            "the stalled session still holds its slot or the lock"
        );
        if let Ok(mut s) = Pop3OverWs::connect(
            proxy.addr,
            "127.0.0.1",
            proxy.demo_plain.port(),
            TlsMode::None,
            None,
        )
        .await
        {
            s.command(Command::User {
                name: "huge".into(),
            })
            .await;
            s.command(Command::Pass {
                password: "tanstaaf".into(),
            })
            .await;
            if s.client.state() == &State::Transaction {
                break started.elapsed();
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    println!(
        "slot and lock free {freed:?} after the browser stopped reading (idle timeout {idle:?})"
    );
    drop(stalled);
    proxy.stop().await;
}

/// 70 WebSockets that never send `connect`, from one address, behind a
/// trusted reverse proxy (public mode): eight hold a slot until the
/// first-message timeout, the rest are refused at once, and a browser at
/// another address connects at once.
#[tokio::test]
async fn seventy_silent_sockets_from_one_address() {
    let proxy = TestProxy::start(|c| {
        c.policy.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
        c.first_message_timeout = Duration::from_secs(3);
    })
    .await;
    let mut silent = Vec::new();
    for _ in 0..70 {
        silent.push(
            WsClient::open_with_headers(proxy.addr, &[("x-forwarded-for", "198.51.100.7")])
                .await
                .unwrap(),
        );
    }
    let mut refused = 0;
    let mut waiting = Vec::new();
    for mut ws in silent {
        match ws.try_next(Duration::from_millis(150)).await {
            Some(Frame::Control(m)) if error_code(&m) == Some(ErrorCode::TooManySessions) => {
                refused += 1
            }
            None => waiting.push(ws),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!((waiting.len(), refused), (8, 62));
    let started = std::time::Instant::now();
    let mut real = WsClient::open_with_headers(proxy.addr, &[("x-forwarded-for", "203.0.113.9")])
        .await
        .unwrap();
    real.connect("127.0.0.1", proxy.demo_plain.port(), TlsMode::None, None)
        .await;
    assert!(matches!(
        real.next_control().await,
        ProxyMessage::Connected { .. }
    ));
    assert!(started.elapsed() < Duration::from_secs(1));
    // The silent ones are told off at the first-message timeout.
    for ws in &mut waiting {
        assert_eq!(
            error_code(&ws.next_control().await),
            Some(ErrorCode::IdleTimeout)
        );
    }
    proxy.stop().await;
}

/// 70 silent WebSockets on a loopback proxy (no per-address cap): 64 fill
/// every slot, and a real session gets in once the first-message timeout
/// closes them.
#[tokio::test]
async fn seventy_silent_sockets_on_loopback() {
    let wait = Duration::from_secs(1);
    let proxy = TestProxy::start(|c| c.first_message_timeout = wait).await;
    let mut silent = Vec::new();
    for _ in 0..70 {
        silent.push(WsClient::open(proxy.addr).await);
    }
    let started = std::time::Instant::now();
    let connected = loop {
        assert!(
            started.elapsed() < wait + Duration::from_secs(5),
            "silent sockets kept their slots"
        );
        let mut ws = WsClient::open(proxy.addr).await;
        ws.connect("127.0.0.1", proxy.demo_plain.port(), TlsMode::None, None)
            .await;
        if matches!(ws.next_control().await, ProxyMessage::Connected { .. }) {
            break started.elapsed();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    println!("a real session connected after {connected:?} (first-message timeout {wait:?})");
    let mut timed_out = 0;
    for ws in &mut silent {
        if let Some(Frame::Control(m)) = ws.try_next(Duration::from_secs(3)).await
            && error_code(&m) == Some(ErrorCode::IdleTimeout)
        {
            timed_out += 1;
        }
    }
    assert_eq!(timed_out, 64, "every admitted silent socket was closed");
    proxy.stop().await;
}

/// One HTTP request over a fresh connection: the status and the whole answer.
async fn http_request(proxy: std::net::SocketAddr, method: &str, path: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut tcp = tokio::net::TcpStream::connect(proxy).await.unwrap();
    tcp.write_all(format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(support::ws::WAIT, tcp.read_to_end(&mut answer))
        .await
        .unwrap()
        .unwrap();
    let answer = String::from_utf8(answer).unwrap();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap();
    (status, answer)
}

/// The value of one series in Prometheus text.
fn series(text: &str, name: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no {name} in\n{text}"))
        .parse()
        .unwrap()
}

/// The app asks whether a proxy answers beside the page with a plain GET of
/// the WebSocket path: 426 says yes (a static host answers 404).
#[tokio::test]
async fn a_plain_get_of_the_websocket_path_answers_upgrade_required() {
    let proxy = TestProxy::start(|_| {}).await;
    let (status, answer) = http_request(proxy.addr, "GET", "/ws").await;
    assert_eq!(status, 426, "{answer}");
    assert_eq!(http_request(proxy.addr, "GET", "/other").await.0, 404);
    proxy.stop().await;
}

#[tokio::test]
async fn metrics_only_with_the_flag_and_they_move() {
    let off = TestProxy::start(|_| {}).await;
    assert_eq!(http_request(off.addr, "GET", "/metrics").await.0, 404);
    off.stop().await;

    let proxy = TestProxy::start(|c| c.metrics = true).await;
    let (status, before) = http_request(proxy.addr, "GET", "/metrics").await;
    assert_eq!(status, 200);
    assert!(
        before.contains("Content-Type: text/plain; version=0.0.4"),
        "{before}"
    );
    assert_eq!(series(&before, "pop3_proxy_sessions_total"), 0);
    assert_eq!(http_request(proxy.addr, "POST", "/metrics").await.0, 405);

    let mut s = login(&proxy, "mrose").await;
    s.command(Command::Retr { msg: 1 }).await;
    let (_, during) = http_request(proxy.addr, "GET", "/metrics").await;
    assert_eq!(series(&during, "pop3_proxy_sessions_active"), 1);
    s.command(Command::Quit).await;
    drop(s);
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", 25, TlsMode::None, None).await;
    assert_eq!(
        error_code(&ws.next_control().await),
        Some(ErrorCode::PortNotAllowed)
    );
    drop(ws);
    // Sessions end asynchronously.
    let mut after = String::new();
    for _ in 0..50 {
        after = http_request(proxy.addr, "GET", "/metrics").await.1;
        if series(&after, "pop3_proxy_sessions_active") == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(series(&after, "pop3_proxy_sessions_active"), 0, "{after}");
    assert_eq!(series(&after, "pop3_proxy_sessions_total"), 2);
    assert_eq!(series(&after, "pop3_proxy_demo_sessions_total"), 1);
    assert_eq!(
        series(
            &after,
            "pop3_proxy_refusals_total{code=\"port_not_allowed\"}"
        ),
        1
    );
    assert_eq!(
        series(&after, "pop3_proxy_refusals_total{code=\"bad_request\"}"),
        0
    );
    assert!(series(&after, "pop3_proxy_bytes_total{direction=\"to_server\"}") > 20);
    assert!(series(&after, "pop3_proxy_bytes_total{direction=\"from_server\"}") > 500);
    assert_eq!(series(&after, "pop3_proxy_tls_failures_total"), 0);
    proxy.stop().await;
}

#[tokio::test]
async fn frames_pass_through_unchanged_both_ways() {
    let proxy = TestProxy::start(|_| {}).await;
    let mut ws = WsClient::open(proxy.addr).await;
    ws.connect("127.0.0.1", proxy.demo_plain.port(), TlsMode::None, None)
        .await;
    assert!(matches!(
        ws.next_control().await,
        ProxyMessage::Connected { .. }
    ));
    let (greeting, _) = ws.read_until(|d| d.ends_with(b"\r\n")).await;
    assert!(greeting.starts_with(b"+OK"));
    ws.control(&ClientMessage::Close).await;
    let mut saw_closed = false;
    loop {
        match ws.next().await {
            Frame::Control(ProxyMessage::Closed { by, .. }) => {
                assert_eq!(by, ClosedBy::Client);
                saw_closed = true;
            }
            Frame::Closed => break,
            _ => {}
        }
    }
    assert!(saw_closed);
    proxy.stop().await;
}

/// The login form names the demo's users: the same list as the demo server's.
#[test]
fn the_app_names_every_demo_user() {
    let served: Vec<&str> = pop3_proxy::demo::mailbox::USERS
        .iter()
        .map(|u| u.name)
        .collect();
    let mut named = vec![pop3_playground::lessons::DEMO_USER];
    named.extend(pop3_playground::lessons::DEMO_FAULT_USERS);
    assert_eq!(served, named);
}
