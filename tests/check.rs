#![cfg(not(target_arch = "wasm32"))]
//! The server check (`pop3::check`) against real servers: the demo server with its
//! fault users, and Dovecot. A small synchronous driver runs the [`Checker`] over
//! plain TCP; every run ends by asserting that the mailbox is intact and that the
//! checker never sent QUIT with a DELE still pending. Findings are asserted on
//! their typed detail; the English export (the app's catalog) is checked once.

mod support;

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use pop3::check::{Action, Checker, Config, Detail, Line, Report, Said, Security, Verdict};
use pop3::engine::{Client, Event};
use pop3::types::Command;
use pop3_playground::i18n::check::report_text;
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, ClientConnection, StreamOwned};
use support::dovecot::Dovecot;
use support::driver::{SERVER_NAME, tls_config};
use support::ws::TestProxy;

/// A whole check must finish within this.
const DEADLINE: Duration = Duration::from_secs(240);

/// How long a read waits before the checker's timers are looked at.
const POLL: Duration = Duration::from_millis(100);

/// The connection: plain TCP, or TLS over it (from the start or after STLS).
enum Stream {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(tcp) => tcp.read(buf),
            Stream::Tls(tls) => tls.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(tcp) => tcp.write(buf),
            Stream::Tls(tls) => tls.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Stream::Plain(tcp) => tcp.flush(),
            Stream::Tls(tls) => tls.flush(),
        }
    }
}

/// Runs the TLS handshake on `tcp`, trusting what `tls` trusts.
fn handshake(
    mut tcp: TcpStream,
    tls: &Arc<ClientConfig>,
) -> std::io::Result<StreamOwned<ClientConnection, TcpStream>> {
    let name = ServerName::try_from(SERVER_NAME).expect("a valid DNS name");
    let mut conn = ClientConnection::new(tls.clone(), name).map_err(std::io::Error::other)?;
    tcp.set_read_timeout(Some(Duration::from_secs(5)))?;
    while conn.is_handshaking() {
        conn.complete_io(&mut tcp)?;
    }
    tcp.set_read_timeout(Some(POLL))?;
    Ok(StreamOwned::new(conn, tcp))
}

/// Runs a check over plain TCP to `addr`.
fn run_check(addr: SocketAddr, config: Config) -> Checker {
    run_check_tls(addr, config, None)
}

/// Runs a check to `addr`; with `cert`, TLS (implicit or after STLS, as the
/// config says) trusts exactly that certificate.
fn run_check_tls(
    addr: SocketAddr,
    config: Config,
    cert: Option<&CertificateDer<'static>>,
) -> Checker {
    let tls = cert.map(tls_config);
    let start = Instant::now();
    let now = || start.elapsed().as_millis() as u64;
    let mut checker = Checker::new(config);
    let mut stream: Option<Stream> = None;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        assert!(
            start.elapsed() < DEADLINE,
            "check did not finish: {:#?}",
            checker.report()
        );
        while let Some(action) = checker.poll_action() {
            match action {
                Action::Connect { implicit_tls, .. } => {
                    let opened = TcpStream::connect_timeout(&addr, Duration::from_secs(5))
                        .and_then(|tcp| {
                            tcp.set_read_timeout(Some(POLL))?;
                            tcp.set_nodelay(true)?;
                            if !implicit_tls {
                                return Ok(Stream::Plain(tcp));
                            }
                            let tls = tls.as_ref().expect("a certificate for implicit TLS");
                            Ok(Stream::Tls(Box::new(handshake(tcp, tls)?)))
                        });
                    match opened {
                        Ok(s) => {
                            stream = Some(s);
                            checker.connected(now());
                        }
                        Err(e) => checker.connect_failed(&e.to_string(), now()),
                    }
                }
                Action::Write(bytes) => {
                    if let Some(s) = stream.as_mut() {
                        // A failed write shows up as EOF or a reset on the next read.
                        let _ = s.write_all(&bytes).and_then(|()| s.flush());
                    }
                }
                Action::StartTls => {
                    let tls = tls.as_ref().expect("a certificate for STLS");
                    let Some(Stream::Plain(tcp)) = stream.take() else {
                        panic!("STLS asked on a connection that is not plain");
                    };
                    match handshake(tcp, tls) {
                        Ok(s) => {
                            stream = Some(Stream::Tls(Box::new(s)));
                            checker.tls_started(now());
                        }
                        Err(e) => checker.connection_closed(Some(&e.to_string()), now()),
                    }
                }
                Action::Close => stream = None,
                Action::Done => return checker,
            }
        }
        let Some(s) = stream.as_mut() else {
            panic!("no connection and nothing to do: {:?}", checker.status());
        };
        match s.read(&mut buf) {
            Ok(0) => {
                stream = None;
                checker.connection_closed(Some("end of stream"), now());
            }
            Ok(n) => checker.feed(&buf[..n], now()),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                checker.handle_timeout(now());
            }
            Err(e) => {
                stream = None;
                checker.connection_closed(Some(&e.to_string()), now());
            }
        }
    }
}

/// STAT through a plain USER/PASS session of its own, or `None` if login fails.
fn stat(addr: SocketAddr, user: &str, password: &str) -> Option<(u32, u64)> {
    let mut tcp = TcpStream::connect(addr).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut client = Client::new();
    let mut buf = vec![0u8; 16 * 1024];
    let mut step = 0;
    let mut result = None;
    loop {
        while let Some(bytes) = client.poll_transmit() {
            tcp.write_all(&bytes).unwrap();
        }
        let n = tcp.read(&mut buf).unwrap_or(0);
        if n == 0 {
            return result;
        }
        client.feed(&buf[..n]);
        while let Some(event) = client.poll_event() {
            let Event::Received { decoded, .. } = event else {
                continue;
            };
            let pop3::codec::Reply::Response(r) = decoded.reply else {
                continue;
            };
            step += 1;
            let next = match step {
                1 => Command::User { name: user.into() },
                2 => Command::Pass {
                    password: password.to_owned().into(),
                },
                3 if !r.is_ok() => {
                    step = 4;
                    Command::Quit
                }
                3 => Command::Stat,
                4 => {
                    result = pop3::annotate::parse_two_numbers(&r.text);
                    Command::Quit
                }
                _ => return result,
            };
            client.send(next).unwrap();
        }
    }
}

/// Every DELE the checker sent was undone by an RSET that got +OK before any
/// QUIT of that session.
fn assert_no_mail_destroyed(lines: &[Line]) {
    let mut pending_dele: Option<(u32, &str)> = None;
    for (i, line) in lines.iter().enumerate() {
        if !line.client {
            continue;
        }
        if let Some((session, _)) = pending_dele
            && session != line.session
        {
            pending_dele = None; // the connection ended without QUIT
        }
        if line.text.starts_with("DELE") {
            pending_dele = Some((line.session, &line.text));
        } else if line.text == "RSET" {
            let answer = lines[i + 1..]
                .iter()
                .find(|l| !l.client && l.session == line.session);
            if answer.is_some_and(|l| l.text.starts_with("+OK")) {
                pending_dele = None;
            }
        } else if line.text == "QUIT" {
            assert!(
                pending_dele.is_none(),
                "QUIT with {pending_dele:?} not undone; transcript: {lines:#?}"
            );
        }
    }
}

fn verdict(report: &Report, id: &str) -> Verdict {
    report
        .get(id)
        .unwrap_or_else(|| panic!("no finding {id}:\n{}", report_text(report)))
        .verdict
}

fn config(user: &str, server: SocketAddr) -> Config {
    let mut config = Config::new(user, "tanstaaf");
    config.server = format!("{server} as {user}");
    config
}

/// Starts the demo server (and its proxy) on a runtime kept alive by the caller.
fn demo() -> (tokio::runtime::Runtime, TestProxy) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let proxy = runtime.block_on(TestProxy::start(|_| {}));
    (runtime, proxy)
}

/// Runs the check against a demo user and asserts that its mailbox is intact.
fn check_demo_user(user: &str, adjust: impl FnOnce(&mut Config)) -> (Report, Checker) {
    let (_runtime, proxy) = demo();
    let addr = proxy.demo_plain;
    let before = stat(addr, user, "tanstaaf");
    let mut config = config(user, addr);
    adjust(&mut config);
    let checker = run_check(addr, config);
    let report = checker.report();
    println!("{}", report_text(&report));
    assert_no_mail_destroyed(checker.transcript());
    assert_eq!(stat(addr, user, "tanstaaf"), before, "the mailbox changed");
    (report, checker)
}

#[test]
fn demo_mrose_passes_every_probe() {
    let (report, checker) = check_demo_user("mrose", |_| {});
    for f in &report.findings {
        // Over plain TCP the probe of STLS under TLS has nothing to look at.
        let plain_only = f.id == "stls-after-tls"
            && f.verdict == Verdict::Skipped
            && f.says("check-stls-after-tls-plain");
        assert!(
            matches!(f.verdict, Verdict::Pass) || plain_only,
            "{} is {}:\n{}",
            f.id,
            f.verdict,
            report_text(&report)
        );
    }
    for id in [
        "greeting",
        "capa",
        "stls",
        "login",
        "apop",
        "sasl-PLAIN",
        "sasl-LOGIN",
        "sasl-CRAM-MD5",
        "resp-codes",
        "stat-list",
        "uidl",
        "uidl-stable",
        "top",
        "pipelining",
        "retr",
        "line-format",
        "reply-syntax",
        "dele-rset",
        "unknown-command",
        "line-length",
        "timing",
        "bad-pass",
        "auth-injection",
        "bad-arguments",
        "top-stuffing",
    ] {
        assert_eq!(verdict(&report, id), Verdict::Pass, "{id}");
    }
    // The wrong passwords were each refused with [AUTH]; the right one then worked.
    assert_eq!(
        report.get("bad-pass").unwrap().detail,
        [
            Said::BadPassRefused { count: 3 }.into(),
            Said::BadPassCodes {
                codes: "[AUTH]".into()
            }
            .into(),
            Said::BadPassThenAccepted.into(),
        ]
    );
    // A line of the mailbox that begins with "." came back stuffed in TOP.
    assert!(
        report
            .get("top-stuffing")
            .unwrap()
            .says("check-top-stuffed"),
        "{}",
        report_text(&report)
    );
    // The DELE probe really ran, and RSET undid it.
    let sent: Vec<&str> = checker
        .transcript()
        .iter()
        .filter(|l| l.client)
        .map(|l| l.text.as_str())
        .collect();
    assert!(sent.iter().any(|l| l.starts_with("DELE")), "{sent:?}");
    assert!(sent.contains(&"RSET"), "{sent:?}");
    // Passwords never reach the transcript.
    assert!(
        checker
            .transcript()
            .iter()
            .all(|l| !l.text.contains("tanstaaf"))
    );
    // The greeting carries an APOP timestamp (APOP passed above).
    assert!(matches!(
        report.get("greeting").unwrap().detail[..],
        [Detail::Said(Said::GreetingTimestamp { .. })]
    ));
    // Every SASL mechanism logged in.
    let cram = report.get("sasl-CRAM-MD5").unwrap();
    assert!(cram.says("check-login-accepted"), "{cram:?}");
    // The export (English): one line per finding after the heading.
    let text = report_text(&report);
    assert_eq!(text.lines().count(), report.findings.len() + 1);
    assert!(
        text.starts_with(&format!("POP3 server check: {} (", report.server)),
        "{text}"
    );
    assert!(text.contains("PASS  Greeting: +OK with text"), "{text}");
    assert!(text.contains("[RFC 1939 §4]"), "{text}");
}

#[test]
fn demo_nostuff_fails_dot_stuffing() {
    let (report, _) = check_demo_user("nostuff", |c| c.alternative_logins = false);
    assert_eq!(verdict(&report, "line-format"), Verdict::Fail);
    assert_eq!(verdict(&report, "top-stuffing"), Verdict::Fail);
    assert_eq!(verdict(&report, "login"), Verdict::Pass);
}

#[test]
fn demo_slow_warns_about_response_times() {
    let (report, _) = check_demo_user("slow", |c| c.alternative_logins = false);
    assert_eq!(verdict(&report, "timing"), Verdict::Warn);
    let timing = report.get("timing").unwrap();
    assert!(
        matches!(
            timing.detail[0],
            Detail::Said(Said::TimingSlow { limit: 1000 })
        ),
        "{timing:?}"
    );
    assert_eq!(verdict(&report, "stat-list"), Verdict::Pass);
}

#[test]
fn demo_inuse_fails_login_with_the_code() {
    let (report, _) = check_demo_user("inuse", |_| {});
    let login = report.get("login").expect("login finding");
    assert_eq!(login.verdict, Verdict::Fail);
    assert!(login.says("check-login-refused-in-use"), "{login:?}");
    assert!(report_text(&report).contains("[IN-USE]: the maildrop is locked"));
    assert!(
        report.get("stat-list").is_none(),
        "probes after a refused login"
    );
    assert_eq!(verdict(&report, "not-run"), Verdict::Skipped);
}

#[test]
fn demo_delay_fails_login_with_the_code() {
    let (report, _) = check_demo_user("delay", |_| {});
    let login = report.get("login").expect("login finding");
    assert_eq!(login.verdict, Verdict::Fail);
    assert!(login.says("check-login-refused-login-delay"), "{login:?}");
    assert!(report.get("retr").is_none(), "probes after a refused login");
}

#[test]
fn wrong_password_fails_login() {
    let (report, _) = check_demo_user("mrose", |c| c.password = "wrong".to_owned().into());
    let login = report.get("login").expect("login finding");
    assert_eq!(login.verdict, Verdict::Fail);
    assert!(login.says("check-login-refused-auth"), "{login:?}");
}

#[test]
fn demo_dropper_fails_retr_and_goes_on() {
    let (report, checker) = check_demo_user("dropper", |c| c.alternative_logins = false);
    let retr = report.get("retr").unwrap();
    assert_eq!(retr.verdict, Verdict::Fail);
    assert!(
        retr.said()
            .any(|s| matches!(s, Said::ClosedWaiting { command } if command.starts_with("RETR"))),
        "{retr:?}"
    );
    // The transport's words come last, as it said them.
    assert!(
        matches!(
            retr.detail.last(),
            Some(Detail::Said(Said::LinkReason { .. }))
        ),
        "{retr:?}"
    );
    // Later probes ran in a new session.
    assert_eq!(verdict(&report, "unknown-command"), Verdict::Pass);
    assert_eq!(verdict(&report, "line-length"), Verdict::Pass);
    assert!(checker.transcript().iter().any(|l| l.session > 1));
}

#[test]
fn demo_garbage_fails_reply_syntax() {
    let (report, _) = check_demo_user("garbage", |c| c.alternative_logins = false);
    assert_eq!(verdict(&report, "reply-syntax"), Verdict::Fail);
    let syntax = report.get("reply-syntax").unwrap();
    assert!(
        matches!(syntax.detail[0], Detail::Said(Said::MalformedLines { .. })),
        "{syntax:?}"
    );
}

#[test]
fn dovecot_passes() {
    let Some(dovecot) = Dovecot::start() else {
        return;
    };
    let addr = dovecot.plain_addr;
    let before = stat(addr, "mrose", "tanstaaf");
    assert!(before.is_some());
    let checker = run_check(addr, config("mrose", addr));
    let report = checker.report();
    println!("{}", report_text(&report));
    assert_no_mail_destroyed(checker.transcript());
    assert_eq!(
        stat(addr, "mrose", "tanstaaf"),
        before,
        "the mailbox changed"
    );
    for f in &report.findings {
        assert_ne!(
            f.verdict,
            Verdict::Fail,
            "{}:\n{}",
            f.id,
            report_text(&report)
        );
    }
    for id in [
        "greeting",
        "capa",
        "login",
        "stat-list",
        "uidl",
        "uidl-stable",
        "top",
        "retr",
        "line-format",
        "reply-syntax",
        "dele-rset",
        "unknown-command",
        "bad-pass",
        "auth-injection",
        "bad-arguments",
        "top-stuffing",
    ] {
        assert_eq!(
            verdict(&report, id),
            Verdict::Pass,
            "{id}\n{}",
            report_text(&report)
        );
    }
    assert_eq!(verdict(&report, "stls-after-tls"), Verdict::Skipped);
}

/// `stls-after-tls` passes when the second STLS is refused and CAPA under TLS
/// no longer lists STLS.
fn assert_stls_refused_under_tls(report: &Report) {
    let after = report
        .get("stls-after-tls")
        .unwrap_or_else(|| panic!("no stls-after-tls:\n{}", report_text(report)));
    assert_eq!(after.verdict, Verdict::Pass, "{}", report_text(report));
    assert!(after.says("check-capa-tls-no-stls"), "{after:?}");
    assert!(after.says("check-stls-again-refused"), "{after:?}");
    for f in &report.findings {
        assert_ne!(
            f.verdict,
            Verdict::Fail,
            "{}:\n{}",
            f.id,
            report_text(report)
        );
    }
}

#[test]
fn demo_over_stls_refuses_stls_again() {
    let (_runtime, proxy) = demo();
    let addr = proxy.demo_plain;
    let mut config = config("mrose", addr);
    config.security = Security::Stls;
    config.alternative_logins = false;
    let checker = run_check_tls(addr, config, Some(&proxy.demo_cert));
    let report = checker.report();
    println!("{}", report_text(&report));
    assert_no_mail_destroyed(checker.transcript());
    assert_eq!(verdict(&report, "stls"), Verdict::Pass);
    assert_stls_refused_under_tls(&report);
}

#[test]
fn demo_over_implicit_tls_refuses_stls() {
    let (_runtime, proxy) = demo();
    let addr = proxy.demo_tls;
    let mut config = config("mrose", addr);
    config.security = Security::Implicit;
    config.alternative_logins = false;
    let checker = run_check_tls(addr, config, Some(&proxy.demo_cert));
    let report = checker.report();
    println!("{}", report_text(&report));
    assert_eq!(verdict(&report, "stls"), Verdict::Skipped);
    assert_stls_refused_under_tls(&report);
}

#[test]
fn dovecot_over_stls_refuses_stls_again() {
    let Some(dovecot) = Dovecot::start() else {
        return;
    };
    let addr = dovecot.plain_addr;
    let mut config = config("mrose", addr);
    config.security = Security::Stls;
    config.alternative_logins = false;
    let checker = run_check_tls(addr, config, Some(&dovecot.cert_der));
    let report = checker.report();
    println!("{}", report_text(&report));
    assert_no_mail_destroyed(checker.transcript());
    assert_eq!(verdict(&report, "stls"), Verdict::Pass);
    assert_stls_refused_under_tls(&report);
}
