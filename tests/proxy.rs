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
    // The proxy's own origin and Trunk's are fine.
    let own = format!("http://127.0.0.1:{}", proxy.addr.port());
    assert!(
        WsClient::open_with(proxy.addr, Some(&own), None)
            .await
            .is_ok()
    );
    assert!(
        WsClient::open_with(proxy.addr, Some("http://127.0.0.1:8080"), None)
            .await
            .is_ok()
    );
    still_serving(&proxy).await;
    proxy.stop().await;
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
    let events = s.command(Command::Retr { msg: 5 }).await;
    let closed = events.iter().find_map(|e| match e {
        Event::Closed {
            expected,
            unanswered,
            partial_body,
        } => Some((*expected, unanswered.clone(), *partial_body)),
        _ => None,
    });
    let (expected, unanswered, partial) = closed.expect("the connection closed");
    assert!(!expected);
    assert_eq!(unanswered, [Command::Retr { msg: 5 }]);
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

#[test]
fn passwords_never_reach_the_logs() {
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
    // The default level: info.
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("info"))
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    tracing::subscriber::with_default(subscriber, || {
        runtime.block_on(async {
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
        })
    });
    let logs = String::from_utf8_lossy(&capture.0.lock().unwrap()).into_owned();
    assert!(logs.contains("logged in"), "the session was logged: {logs}");
    assert!(logs.contains("connect requested"), "{logs}");
    assert!(
        !logs.contains("tanstaaf"),
        "the password leaked into the logs:\n{logs}"
    );
    // Nor the SASL PLAIN response, nor message content.
    assert!(!logs.contains("AG1yb3NlAHRhbnN0YWFm"), "{logs}");
    assert!(!logs.contains("Welcome to the POP3 Playground"), "{logs}");
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
