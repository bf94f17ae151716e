//! The checker against a small scripted server: a whole check, faults included.

use std::collections::BTreeSet;

use super::*;
use crate::Secret;
use crate::codec::{LineReader, MAX_COMMAND_LINE, stuff_into, write_response};
use crate::types::{Command, Response, ResponseCode};

/// A tiny scripted server: a three-message maildrop, deletions applied only
/// on QUIT, STLS (the "TLS" is the transport's pretence), AUTH PLAIN, and
/// optional faults.
struct Fake {
    messages: Vec<Vec<u8>>,
    deleted: BTreeSet<u32>,
    reader: LineReader,
    /// The connection is under TLS.
    tls: bool,
    /// Close the connection instead of answering RETR.
    drop_retr: bool,
    /// Answer nothing at all.
    silent: bool,
    /// Send RETR bodies without byte-stuffing.
    no_stuffing: bool,
    /// Send TOP bodies without byte-stuffing.
    top_no_stuffing: bool,
    /// Refuse AUTH PLAIN with the identity in the reply, as it came.
    echo_identity: bool,
    /// Answer +OK to STLS under TLS too.
    stls_twice: bool,
    /// List STLS in CAPA under TLS too.
    stls_listed_under_tls: bool,
    /// Answer `LIST 0` with +OK.
    list_zero_ok: bool,
    /// Accept any password.
    any_password: bool,
    /// Close the connection after this many wrong passwords.
    close_after_wrong: Option<usize>,
    /// Refuse every PASS, the right one too, with this response code.
    refuse_pass_with: Option<ResponseCode>,
    /// Close the connection after refusing AUTH PLAIN.
    close_after_auth_refused: bool,
    /// LIST and STAT give every message this size.
    listed_size: Option<u64>,
    /// STAT and LIST give numbers at the top of their types.
    hostile_numbers: bool,
    wrong_passwords: usize,
    /// Close the connection once this reply is written.
    hang_up: bool,
    quit_applied: usize,
}

impl Fake {
    fn new() -> Fake {
        let message = |s: &str| s.replace('\n', "\r\n").into_bytes();
        Fake {
            messages: vec![
                message("Subject: one\n\nhello\n.dot line\n"),
                message("Subject: two\n\n.\n"),
                message("Subject: three\nFrom: a@b\n\nbody\n"),
            ],
            deleted: BTreeSet::new(),
            reader: LineReader::new(MAX_COMMAND_LINE),
            tls: false,
            drop_retr: false,
            silent: false,
            no_stuffing: false,
            top_no_stuffing: false,
            echo_identity: false,
            stls_twice: false,
            stls_listed_under_tls: false,
            list_zero_ok: false,
            any_password: false,
            close_after_wrong: None,
            refuse_pass_with: None,
            close_after_auth_refused: false,
            listed_size: None,
            hostile_numbers: false,
            wrong_passwords: 0,
            hang_up: false,
            quit_applied: 0,
        }
    }

    /// A message's size as LIST and STAT give it.
    fn size(&self, n: u32) -> u64 {
        self.listed_size
            .unwrap_or(self.messages[n as usize - 1].len() as u64)
    }

    /// AUTH PLAIN's reply; `None` to write `raw` as it is instead.
    fn auth_plain(&mut self, initial: &str, raw: &mut Vec<u8>) -> Option<Response> {
        use base64::Engine as _;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(initial)
            .unwrap_or_default();
        let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
        let [_, user, pass] = parts[..] else {
            return Some(Response::err("malformed"));
        };
        if user == b"u" && pass == b"pw" {
            return Some(Response::ok("in"));
        }
        self.hang_up = self.close_after_auth_refused;
        if self.echo_identity {
            raw.extend(b"-ERR no such user ");
            raw.extend(user);
            raw.extend(b"\r\n");
            return None;
        }
        Some(Response::err("no").with_code(ResponseCode::Auth))
    }

    /// Bytes in; bytes out, or `None` when the server closes.
    fn answer(&mut self, bytes: &[u8]) -> Option<Vec<u8>> {
        self.reader.feed(bytes);
        let mut out = Vec::new();
        while let Some(line) = self.reader.next_line() {
            if self.silent {
                continue;
            }
            let crate::codec::ClientLine::Line(line) = line else {
                out.extend(write_response(&Response::err("too long")));
                continue;
            };
            let live = |d: &BTreeSet<u32>, n: u32| (1..=3).contains(&n) && !d.contains(&n);
            let body = |lines: &[u8]| {
                let mut b = Vec::new();
                stuff_into(lines, &mut b);
                b
            };
            if self.list_zero_ok && line == b"LIST 0" {
                out.extend(b"+OK 0 0\r\n");
                continue;
            }
            if self.hostile_numbers && (line == b"STAT" || line == b"LIST") {
                out.extend(if line == b"STAT" {
                    &b"+OK 4294967295 18446744073709551615\r\n"[..]
                } else {
                    b"+OK\r\n4294967295 18446744073709551615\r\n1 18446744073709551615\r\n.\r\n"
                });
                continue;
            }
            let reply = match Command::parse(&line) {
                Ok(Command::Capa) => {
                    let mut caps =
                        "USER\r\nUIDL\r\nTOP\r\nPIPELINING\r\nRESP-CODES\r\nSASL PLAIN\r\n"
                            .to_owned();
                    if !self.tls || self.stls_listed_under_tls {
                        caps += "STLS\r\n";
                    }
                    Response::ok("").with_body(body(caps.as_bytes()))
                }
                Ok(Command::Stls) if !self.tls || self.stls_twice => {
                    self.tls = true;
                    Response::ok("go ahead")
                }
                Ok(Command::Stls) => Response::err("TLS is already active"),
                Ok(Command::User { .. }) => Response::ok("send PASS"),
                Ok(Command::Pass { .. }) if self.refuse_pass_with.is_some() => {
                    Response::err("not now").with_code(self.refuse_pass_with.clone().unwrap())
                }
                Ok(Command::Pass { password })
                    if password.expose() == "pw" || self.any_password =>
                {
                    Response::ok("in")
                }
                Ok(Command::Pass { .. }) => {
                    self.wrong_passwords += 1;
                    if self.close_after_wrong == Some(self.wrong_passwords) {
                        out.extend(b"-ERR [AUTH] no, and goodbye\r\n");
                        self.hang_up = true;
                        return Some(out);
                    }
                    Response::err("no").with_code(ResponseCode::Auth)
                }
                Ok(Command::Auth {
                    mechanism: Some(m),
                    initial_response: Some(initial),
                }) if m == "PLAIN" => match self.auth_plain(initial.expose(), &mut out) {
                    Some(reply) => reply,
                    None => continue,
                },
                Ok(Command::Stat) => {
                    let live: Vec<u32> = (1..=3u32).filter(|n| !self.deleted.contains(n)).collect();
                    let total: u64 = live.iter().map(|&n| self.size(n)).sum();
                    Response::ok(format!("{} {total}", live.len()))
                }
                Ok(Command::List { msg: None }) => {
                    let mut text = String::new();
                    for n in (1..=3u32).filter(|n| !self.deleted.contains(n)) {
                        text += &format!("{n} {}\r\n", self.size(n));
                    }
                    Response::ok("").with_body(text.into_bytes())
                }
                Ok(Command::Uidl { msg: None }) => {
                    Response::ok("").with_body(b"1 a\r\n2 b\r\n3 c\r\n".to_vec())
                }
                Ok(Command::Top { msg, lines }) if live(&self.deleted, msg) => {
                    let m = &self.messages[msg as usize - 1];
                    let mut end = m.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
                    for _ in 0..lines {
                        match m[end..].iter().position(|&b| b == b'\n') {
                            Some(i) => end += i + 1,
                            None => break,
                        }
                    }
                    if self.top_no_stuffing {
                        out.extend(b"+OK\r\n");
                        out.extend(&m[..end]);
                        out.extend(b".\r\n");
                        continue;
                    }
                    Response::ok("").with_body(m[..end].to_vec())
                }
                Ok(Command::Retr { .. }) if self.drop_retr => return None,
                Ok(Command::Retr { msg }) if self.no_stuffing && live(&self.deleted, msg) => {
                    out.extend(b"+OK\r\n");
                    out.extend(&self.messages[msg as usize - 1]);
                    out.extend(b".\r\n");
                    continue;
                }
                Ok(Command::Retr { msg }) if live(&self.deleted, msg) => {
                    Response::ok("").with_body(self.messages[msg as usize - 1].clone())
                }
                Ok(Command::Dele { msg }) if live(&self.deleted, msg) => {
                    self.deleted.insert(msg);
                    Response::ok("deleted")
                }
                Ok(Command::Rset) => {
                    self.deleted.clear();
                    Response::ok("")
                }
                Ok(Command::Noop) => Response::ok(""),
                Ok(Command::Quit) => {
                    self.quit_applied += self.deleted.len();
                    out.extend(write_response(&Response::ok("bye")));
                    return Some(out);
                }
                _ => Response::err("no"),
            };
            out.extend(write_response(&reply));
        }
        Some(out)
    }
}

/// Runs a check against fresh `Fake`s (one per session).
fn run(config: Config, make: impl Fn() -> Fake) -> (Checker, usize) {
    let mut checker = Checker::new(config);
    let mut server: Option<Fake> = None;
    let mut deleted = 0;
    let mut now = 0;
    for _ in 0..10_000 {
        now += 5;
        let Some(action) = checker.poll_action() else {
            checker.handle_timeout(now + 60_000);
            continue;
        };
        match action {
            Action::Connect { implicit_tls, .. } => {
                let mut fake = make();
                fake.tls = implicit_tls;
                checker.connected(now);
                server = Some(fake);
                checker.feed(b"+OK ready\r\n", now);
            }
            Action::Write(bytes) => {
                // Bytes written after the server hung up go nowhere.
                let Some(fake) = server.as_mut() else {
                    continue;
                };
                let answer = fake.answer(&bytes);
                let hang_up = answer.is_none() || fake.hang_up;
                if let Some(out) = answer.filter(|out| !out.is_empty()) {
                    checker.feed(&out, now);
                }
                if hang_up && server.is_some() {
                    deleted += server.take().map_or(0, |s| s.quit_applied);
                    checker.connection_closed(None, now);
                }
            }
            // The scripted transport only pretends: the Fake already counts
            // itself under TLS once it said +OK to STLS.
            Action::StartTls => checker.tls_started(now),
            Action::Close => deleted += server.take().map_or(0, |s| s.quit_applied),
            Action::Done => return (checker, deleted),
        }
    }
    panic!("the check did not finish: {:#?}", checker.report());
}

/// Every text argument of every sentence of the report.
fn texts(report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .flat_map(|f| {
            f.said()
                .chain([&f.probe.title()])
                .cloned()
                .collect::<Vec<_>>()
        })
        .flat_map(|s| s.args())
        .filter_map(|(_, arg)| match arg {
            crate::annotate::Arg::Text(t) => Some(t),
            crate::annotate::Arg::Num(_) => None,
        })
        .collect()
}

fn config() -> Config {
    let mut config = Config::new("u", "pw");
    config.server = "fake".into();
    config
}

#[test]
fn check_a_good_server_passes_and_deletes_nothing() {
    let (checker, deleted) = run(config(), Fake::new);
    let report = checker.report();
    let text = format!("{report:#?}");
    assert_eq!(deleted, 0, "{text}\n{:#?}", checker.transcript());
    assert_eq!(report.count(Verdict::Fail), 0, "{text}");
    for id in [
        "greeting",
        "capa",
        "login",
        "stat-list",
        "uidl",
        "uidl-stable",
        "top",
        "pipelining",
        "retr",
        "line-format",
        "dele-rset",
        "unknown-command",
        "line-length",
        "bad-pass",
        "sasl-PLAIN",
        "auth-injection",
        "bad-arguments",
        "top-stuffing",
    ] {
        assert_eq!(
            report.get(id).map(|f| f.verdict),
            Some(Verdict::Pass),
            "{id}: {text}"
        );
    }
    assert_eq!(report.get("stls").unwrap().verdict, Verdict::Pass);
    assert_eq!(report.server, "fake");
    let detail = |id: &str| report.get(id).unwrap().detail.clone();
    assert_eq!(detail("greeting"), [Said::GreetingNoTimestamp.into()]);
    // Not under TLS: skipped, with the reason.
    let after_tls = report.get("stls-after-tls").unwrap();
    assert_eq!(after_tls.verdict, Verdict::Skipped);
    assert_eq!(after_tls.detail, [Said::StlsAfterTlsPlain.into()]);
    assert_eq!(
        detail("bad-pass"),
        [
            Said::BadPassRefused { count: 3 }.into(),
            Said::BadPassCodes {
                codes: "[AUTH]".into()
            }
            .into(),
            Said::BadPassThenAccepted.into(),
        ]
    );
    assert_eq!(
        detail("auth-injection"),
        [Said::InjectionOneReply {
            reply: "-ERR [AUTH] no".into()
        }
        .into()]
    );
    assert_eq!(
        detail("bad-arguments"),
        [
            Said::BadArgsRefused {
                commands: "LIST 1 2, LIST 0, LIST 99999, UIDL 1 2, UIDL 0".into()
            }
            .into(),
            Said::NoopAfterOk.into(),
        ]
    );
    // Message 1's fourth line is ".dot line": TOP 1 2 reaches it.
    assert_eq!(
        detail("top-stuffing"),
        [Said::TopStuffed {
            msg: 1,
            lines: 2,
            line: 4
        }
        .into()]
    );
    assert_eq!(
        detail("stat-list"),
        [Said::StatListAgree {
            count: 3,
            octets: 88
        }
        .into()]
    );
    // The smallest message is marked, refused, and restored.
    assert_eq!(
        detail("dele-rset"),
        [
            Said::RetrAfterDeleRefused {
                msg: 2,
                reply: "-ERR no".into()
            }
            .into(),
            Said::RetrAfterRsetOk { msg: 2 }.into(),
        ]
    );
    assert_eq!(
        detail("login"),
        [Said::LoginAccepted {
            reply: "+OK in".into()
        }
        .into()]
    );
    let timing = report.get("timing").unwrap();
    assert_eq!(timing.detail[0], Said::TimingMedianMax.into());
    assert!(
        timing
            .said()
            .any(|s| matches!(s, Said::TimeOfGreeting { .. }))
    );
    assert!(
        timing
            .said()
            .any(|s| matches!(s, Said::TimeOf { command, .. } if command == "STAT"))
    );
    assert_eq!(report.findings[0].probe.title(), Said::ProbeGreeting);
    assert!(texts(&report).iter().all(|t| !t.contains("pw")), "{text}");
    assert_eq!(checker.status(), Status::Finished);
}

#[test]
fn check_wrong_password_stops_with_the_code() {
    let mut config = config();
    config.password = Secret::new("nope".into());
    let (checker, _) = run(config, Fake::new);
    let report = checker.report();
    let login = report.get("login").unwrap();
    assert_eq!(login.verdict, Verdict::Fail);
    assert_eq!(
        login.detail,
        [Said::LoginRefusedAuth {
            reply: "-ERR [AUTH] no".into()
        }
        .into()]
    );
    // The clause the code points to.
    assert_eq!(login.rfc, Some(crate::annotate::rfc(3206, "5")));
    assert!(report.get("stat-list").is_none());
    let not_run = report.get("not-run").unwrap();
    assert_eq!(not_run.verdict, Verdict::Skipped);
    assert_eq!(
        not_run.detail,
        [Said::NotRunLoginRefused {
            reply: "-ERR [AUTH] no".into()
        }
        .into()]
    );
}

/// A login refused with a response code cites the clause that defines it
/// (RFC 2449 §8.1.1 LOGIN-DELAY, §8.1.2 IN-USE).
#[test]
fn check_login_refusal_cites_the_code_s_clause() {
    for (code, section) in [
        (ResponseCode::InUse, "8.1.2"),
        (ResponseCode::LoginDelay, "8.1.1"),
    ] {
        let (checker, _) = run(config(), || Fake {
            refuse_pass_with: Some(code.clone()),
            ..Fake::new()
        });
        let report = checker.report();
        let login = report.get("login").unwrap();
        assert_eq!(login.verdict, Verdict::Fail, "{code:?}");
        assert_eq!(
            login.rfc,
            Some(crate::annotate::rfc(2449, section)),
            "{code:?}"
        );
    }
}

#[test]
fn check_drop_mid_retr_fails_that_probe_and_goes_on() {
    let (checker, deleted) = run(config(), || Fake {
        drop_retr: true,
        ..Fake::new()
    });
    let report = checker.report();
    let text = format!("{report:#?}");
    assert_eq!(deleted, 0, "{text}");
    let retr = report.get("retr").unwrap();
    assert_eq!(retr.verdict, Verdict::Fail, "{text}");
    assert_eq!(
        retr.detail,
        [Said::ClosedWaiting {
            command: "RETR 1".into()
        }
        .into()],
        "{text}"
    );
    assert_eq!(
        report.get("unknown-command").unwrap().verdict,
        Verdict::Pass,
        "{text}"
    );
    assert_eq!(
        report.get("line-length").unwrap().verdict,
        Verdict::Pass,
        "{text}"
    );
}

#[test]
fn check_silence_times_out() {
    let (checker, _) = run(config(), || Fake {
        silent: true,
        ..Fake::new()
    });
    let report = checker.report();
    let capa = report.get("capa").unwrap();
    assert_eq!(capa.verdict, Verdict::Fail);
    assert_eq!(
        capa.detail,
        [Said::NoReply {
            command: "CAPA".into(),
            seconds: 30
        }
        .into()]
    );
}

#[test]
fn check_greeting_err_stops() {
    let mut checker = Checker::new(config());
    assert!(matches!(
        checker.poll_action(),
        Some(Action::Connect { session: 1, .. })
    ));
    let greeting = Status::Running {
        probe: Probe::Greeting,
        waiting_for: None,
    };
    assert_eq!(checker.status(), greeting);
    checker.connected(0);
    checker.feed(b"-ERR go away\r\n", 3);
    assert_eq!(checker.poll_action(), Some(Action::Close));
    assert_eq!(checker.poll_action(), Some(Action::Done));
    assert_eq!(checker.status(), Status::Finished);
    let report = checker.report();
    let finding = report.get("greeting").unwrap();
    assert_eq!(finding.verdict, Verdict::Fail);
    assert_eq!(
        finding.detail,
        [Said::GreetingErr {
            text: "go away".into()
        }
        .into()]
    );
}

#[test]
fn check_status_names_the_awaited_command() {
    let mut checker = Checker::new(config());
    checker.poll_action();
    checker.connected(0);
    checker.feed(b"+OK ready\r\n", 1);
    assert!(matches!(checker.poll_action(), Some(Action::Write(_))));
    assert_eq!(
        checker.status(),
        Status::Running {
            probe: Probe::Capa,
            waiting_for: Some(Sent {
                command: "CAPA".into(),
                octets: None
            }),
        }
    );
}

#[test]
fn check_unstuffed_bodies_fail_line_format_with_where_and_what() {
    let (checker, deleted) = run(config(), || Fake {
        no_stuffing: true,
        ..Fake::new()
    });
    let report = checker.report();
    let text = format!("{report:#?}");
    assert_eq!(deleted, 0, "{text}");
    let line_format = report.get("line-format").unwrap();
    assert_eq!(line_format.verdict, Verdict::Fail, "{text}");
    // Each problem: where (a leading sentence), then what.
    let pairs: Vec<&[Detail]> = line_format.detail.chunks(2).collect();
    assert!(
        pairs.contains(
            &&[
                Said::InReplyTo {
                    command: "RETR".into()
                }
                .into(),
                Said::UnstuffedDot { count: 1, first: 4 }.into(),
            ][..]
        ),
        "{text}"
    );
    assert!(
        pairs.contains(
            &&[
                Said::AfterShortBody {
                    command: "RETR 2".into()
                }
                .into(),
                Said::UnstuffedSuspect { line: ".".into() }.into(),
            ][..]
        ),
        "{text}"
    );
    assert!(
        pairs.iter().all(|p| p[0].leads() && !p[1].leads()),
        "{text}"
    );
    let retr = report.get("retr").unwrap();
    assert_eq!(retr.verdict, Verdict::Warn, "{text}");
    assert!(
        retr.said()
            .any(|s| matches!(s, Said::RetrSizeDiffers { msg: 2, .. })),
        "{text}"
    );
    let syntax = report.get("reply-syntax").unwrap();
    assert_eq!(syntax.verdict, Verdict::Fail, "{text}");
    assert!(
        matches!(syntax.detail[0], Detail::Said(Said::MalformedLines { .. })),
        "{text}"
    );
    assert!(syntax.says("check-odd-not-a-reply"), "{text}");
    // RETR's unstuffed ".dot line" still tells TOP where to look, and TOP
    // stuffs it.
    assert_eq!(
        report.get("top-stuffing").unwrap().detail,
        [Said::TopStuffed {
            msg: 1,
            lines: 2,
            line: 4
        }
        .into()],
        "{text}"
    );
}

#[test]
fn check_top_without_stuffing_fails_when_retr_does_not_stuff_either() {
    let (checker, _) = run(config(), || Fake {
        no_stuffing: true,
        top_no_stuffing: true,
        ..Fake::new()
    });
    let report = checker.report();
    let top = finding(&report, "top-stuffing");
    assert_eq!(top.verdict, Verdict::Fail, "{report:#?}");
    assert!(top.says("check-top-not-stuffed"), "{report:#?}");
}

/// The finding of `id`, or a panic that shows the report.
fn finding<'a>(report: &'a Report, id: &str) -> &'a Finding {
    report
        .get(id)
        .unwrap_or_else(|| panic!("no {id}: {report:#?}"))
}

#[test]
fn check_auth_plain_identity_that_reaches_the_reply_fails() {
    let (checker, deleted) = run(config(), || Fake {
        echo_identity: true,
        ..Fake::new()
    });
    let report = checker.report();
    assert_eq!(deleted, 0);
    let injection = finding(&report, "auth-injection");
    assert_eq!(injection.verdict, Verdict::Fail, "{report:#?}");
    assert_eq!(
        injection.detail,
        [
            Said::CommandGot {
                command: "AUTH PLAIN".into(),
                reply: "-ERR no such user u".into()
            }
            .into(),
            Said::InjectionExtraLines {
                count: 1,
                lines: "\"+OK injected\"".into()
            }
            .into(),
        ],
        "{report:#?}"
    );
    // The forged line is also a reply no command asked for.
    assert_eq!(finding(&report, "reply-syntax").verdict, Verdict::Fail);
    // The ordinary AUTH PLAIN login still works.
    assert_eq!(finding(&report, "sasl-PLAIN").verdict, Verdict::Pass);
}

#[test]
fn check_top_without_stuffing_fails() {
    let (checker, _) = run(config(), || Fake {
        top_no_stuffing: true,
        ..Fake::new()
    });
    let report = checker.report();
    let top = finding(&report, "top-stuffing");
    assert_eq!(top.verdict, Verdict::Fail, "{report:#?}");
    assert_eq!(
        top.detail,
        [Said::TopNotStuffed {
            msg: 1,
            lines: 2,
            line: 4
        }
        .into()]
    );
    // RETR was stuffed.
    assert_eq!(finding(&report, "retr").verdict, Verdict::Pass);
}

#[test]
fn check_top_stuffing_cannot_tell_without_a_dotted_line() {
    let (checker, _) = run(config(), || Fake {
        messages: vec![
            b"Subject: one\r\n\r\nhello\r\n".to_vec(),
            b"Subject: two\r\n\r\nno dots\r\n".to_vec(),
            b"Subject: three\r\n\r\nnone here\r\n".to_vec(),
        ],
        ..Fake::new()
    });
    let report = checker.report();
    let top = finding(&report, "top-stuffing");
    assert_eq!(top.verdict, Verdict::Skipped, "{report:#?}");
    assert_eq!(top.detail, [Said::TopStuffingNoDot.into()]);
}

/// A check over STLS against the Fake: the scripted transport pretends the
/// handshake.
fn run_stls(make: impl Fn() -> Fake) -> Report {
    let mut config = config();
    config.security = Security::Stls;
    let (checker, deleted) = run(config, make);
    assert_eq!(deleted, 0);
    checker.report()
}

#[test]
fn check_over_stls_a_good_server_refuses_stls_again() {
    let report = run_stls(Fake::new);
    // Once, though every session upgraded.
    let stls: Vec<&Finding> = report.findings.iter().filter(|f| f.id == "stls").collect();
    assert_eq!(stls.len(), 1, "{report:#?}");
    assert_eq!(stls[0].detail, [Said::StlsUpgraded.into()]);
    let after = finding(&report, "stls-after-tls");
    assert_eq!(after.verdict, Verdict::Pass, "{report:#?}");
    assert_eq!(
        after.detail,
        [
            Said::CapaTlsNoStls.into(),
            Said::StlsAgainRefused {
                reply: "-ERR TLS is already active".into()
            }
            .into(),
        ]
    );
    assert_eq!(report.count(Verdict::Fail), 0, "{report:#?}");
}

#[test]
fn check_over_implicit_tls_a_good_server_refuses_stls() {
    let mut config = config();
    config.security = Security::Implicit;
    let (checker, _) = run(config, Fake::new);
    let report = checker.report();
    assert_eq!(
        finding(&report, "stls-after-tls").verdict,
        Verdict::Pass,
        "{report:#?}"
    );
}

#[test]
fn check_over_stls_a_server_that_accepts_stls_twice_fails() {
    let report = run_stls(|| Fake {
        stls_twice: true,
        ..Fake::new()
    });
    let after = finding(&report, "stls-after-tls");
    assert_eq!(after.verdict, Verdict::Fail, "{report:#?}");
    assert_eq!(
        after.detail,
        [
            Said::CapaTlsNoStls.into(),
            Said::StlsAgainAccepted {
                reply: "+OK go ahead".into()
            }
            .into(),
        ]
    );
    // The connection was dropped; the rest ran in a new session.
    assert_eq!(finding(&report, "login").verdict, Verdict::Pass);
    assert_eq!(finding(&report, "retr").verdict, Verdict::Pass);
}

#[test]
fn check_over_stls_a_server_that_lists_stls_under_tls_warns() {
    let report = run_stls(|| Fake {
        stls_listed_under_tls: true,
        ..Fake::new()
    });
    let after = finding(&report, "stls-after-tls");
    assert_eq!(after.verdict, Verdict::Warn, "{report:#?}");
    assert_eq!(after.detail[0], Said::CapaTlsStillStls.into());
}

#[test]
fn check_list_zero_accepted_fails() {
    let (checker, _) = run(config(), || Fake {
        list_zero_ok: true,
        ..Fake::new()
    });
    let report = checker.report();
    let bad = finding(&report, "bad-arguments");
    assert_eq!(bad.verdict, Verdict::Fail, "{report:#?}");
    assert_eq!(
        bad.detail,
        [
            Said::BadArgsRefused {
                commands: "LIST 1 2, LIST 99999, UIDL 1 2, UIDL 0".into()
            }
            .into(),
            Said::BadArgsNoSuchMessage {
                command: "LIST 0".into(),
                reply: "+OK 0 0".into()
            }
            .into(),
            Said::NoopAfterOk.into(),
        ]
    );
}

#[test]
fn check_a_wrong_password_let_in_fails() {
    let (checker, deleted) = run(config(), || Fake {
        any_password: true,
        ..Fake::new()
    });
    let report = checker.report();
    assert_eq!(deleted, 0);
    let bad = finding(&report, "bad-pass");
    assert_eq!(bad.verdict, Verdict::Fail, "{report:#?}");
    assert_eq!(
        bad.detail,
        [Said::BadPassAccepted {
            attempt: 1,
            reply: "+OK in".into()
        }
        .into()]
    );
    // The password the check tried is masked in its transcript.
    assert!(
        checker
            .transcript()
            .iter()
            .all(|l| !l.text.contains("wrong"))
    );
}

#[test]
fn check_closing_after_wrong_passwords_is_clean() {
    let (checker, _) = run(config(), || Fake {
        close_after_wrong: Some(2),
        ..Fake::new()
    });
    let report = checker.report();
    let bad = finding(&report, "bad-pass");
    assert_eq!(bad.verdict, Verdict::Pass, "{report:#?}");
    assert_eq!(
        bad.detail,
        [
            Said::BadPassRefused { count: 2 }.into(),
            Said::BadPassCodes {
                codes: "[AUTH]".into()
            }
            .into(),
            Said::BadPassClosed { after: 2 }.into(),
        ]
    );
}

#[test]
fn check_sizes_beyond_four_gigabytes() {
    let (checker, _) = run(config(), || Fake {
        listed_size: Some(5_000_000_000),
        ..Fake::new()
    });
    let report = checker.report();
    let stat_list = finding(&report, "stat-list");
    assert_eq!(stat_list.verdict, Verdict::Pass, "{report:#?}");
    assert_eq!(
        stat_list.detail,
        [Said::StatListAgree {
            count: 3,
            octets: 15_000_000_000
        }
        .into()]
    );
    // Too large to fetch: RETR is skipped, and so TOP cannot find a dotted line.
    assert_eq!(finding(&report, "retr").verdict, Verdict::Skipped);
    assert_eq!(finding(&report, "top-stuffing").verdict, Verdict::Skipped);
}

#[test]
fn check_closing_after_a_refused_auth_plain_is_clean() {
    let (checker, _) = run(config(), || Fake {
        close_after_auth_refused: true,
        ..Fake::new()
    });
    let report = checker.report();
    let injection = finding(&report, "auth-injection");
    assert_eq!(injection.verdict, Verdict::Pass, "{report:#?}");
    assert_eq!(
        injection.detail,
        [Said::InjectionOneReply {
            reply: "-ERR [AUTH] no".into()
        }
        .into()]
    );
    // The next probe ran in a session of its own.
    assert_eq!(finding(&report, "bad-pass").verdict, Verdict::Pass);
}

#[test]
fn check_numbers_at_the_top_of_their_types_do_not_panic() {
    let (checker, deleted) = run(config(), || Fake {
        hostile_numbers: true,
        ..Fake::new()
    });
    let report = checker.report();
    assert_eq!(deleted, 0);
    // LIST's total saturates, so it cannot agree with STAT.
    assert_eq!(finding(&report, "stat-list").verdict, Verdict::Fail);
    let bad = finding(&report, "bad-arguments");
    assert!(bad.says("check-bad-args-refused"), "{report:#?}");
}
