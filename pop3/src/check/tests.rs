//! The checker against a small scripted server: a whole check, faults included.

use std::collections::BTreeSet;

use super::*;
use crate::Secret;
use crate::codec::{LineReader, MAX_COMMAND_LINE, stuff_into, write_response};
use crate::types::{Command, Response, ResponseCode};

/// A tiny scripted server: a three-message maildrop, deletions applied only
/// on QUIT, and optional faults.
struct Fake {
    messages: Vec<Vec<u8>>,
    deleted: BTreeSet<u32>,
    reader: LineReader,
    /// Close the connection instead of answering RETR.
    drop_retr: bool,
    /// Answer nothing at all.
    silent: bool,
    /// Send RETR bodies without byte-stuffing.
    no_stuffing: bool,
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
            drop_retr: false,
            silent: false,
            no_stuffing: false,
            quit_applied: 0,
        }
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
            let reply = match Command::parse(&line) {
                Ok(Command::Capa) => Response::ok("")
                    .with_body(body(b"USER\r\nUIDL\r\nTOP\r\nPIPELINING\r\nRESP-CODES\r\n")),
                Ok(Command::User { .. }) => Response::ok("send PASS"),
                Ok(Command::Pass { password }) if password.expose() == "pw" => Response::ok("in"),
                Ok(Command::Pass { .. }) => Response::err("no").with_code(ResponseCode::Auth),
                Ok(Command::Stat) => {
                    let live: Vec<&Vec<u8>> = (1..=3u32)
                        .filter(|n| !self.deleted.contains(n))
                        .map(|n| &self.messages[n as usize - 1])
                        .collect();
                    let total: usize = live.iter().map(|m| m.len()).sum();
                    Response::ok(format!("{} {total}", live.len()))
                }
                Ok(Command::List { msg: None }) => {
                    let mut text = String::new();
                    for n in (1..=3u32).filter(|n| !self.deleted.contains(n)) {
                        text += &format!("{n} {}\r\n", self.messages[n as usize - 1].len());
                    }
                    Response::ok("").with_body(text.into_bytes())
                }
                Ok(Command::Uidl { msg: None }) => {
                    Response::ok("").with_body(b"1 a\r\n2 b\r\n3 c\r\n".to_vec())
                }
                Ok(Command::Top { msg, .. }) if live(&self.deleted, msg) => {
                    let m = &self.messages[msg as usize - 1];
                    let end = m.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
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
            Action::Connect { .. } => {
                let fake = make();
                checker.connected(now);
                server = Some(fake);
                checker.feed(b"+OK ready\r\n", now);
            }
            Action::Write(bytes) => {
                let fake = server.as_mut().expect("a connection");
                match fake.answer(&bytes) {
                    Some(out) if !out.is_empty() => checker.feed(&out, now),
                    Some(_) => {}
                    None => {
                        deleted += server.take().map_or(0, |s| s.quit_applied);
                        checker.connection_closed(None, now);
                    }
                }
            }
            Action::StartTls => panic!("no TLS here"),
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
    ] {
        assert_eq!(
            report.get(id).map(|f| f.verdict),
            Some(Verdict::Pass),
            "{id}: {text}"
        );
    }
    assert_eq!(report.get("stls").unwrap().verdict, Verdict::Warn);
    assert_eq!(report.server, "fake");
    let detail = |id: &str| report.get(id).unwrap().detail.clone();
    assert_eq!(detail("greeting"), [Said::GreetingNoTimestamp.into()]);
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
}
