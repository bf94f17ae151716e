//! The server check's typed report in words, through the catalog
//! (`check.ftl`): titles, details, the status line and the text export.
//!
//! The verdicts (PASS, WARN, FAIL, SKIP) are codes and stay as they are; what
//! the server sent, commands and RFC references are passed through.

use fluent_bundle::FluentValue;
use pop3::annotate::Arg;
use pop3::check::{Detail, Probe, Report, Said, Status, Verdict};
use pop3::engine::SendError;

use super::{not_valid, num, say, t, text, tr, unwritable};

fn arg(value: &Arg) -> FluentValue<'static> {
    match value {
        Arg::Num(n) => FluentValue::from(*n),
        Arg::Text(t) => FluentValue::from(t.clone()),
    }
}

/// What the check says, in words.
pub fn said(said: &Said) -> String {
    let args: Vec<(&str, FluentValue)> = said
        .args()
        .iter()
        .map(|(name, value)| (*name, arg(value)))
        .collect();
    tr(said.id(), &args)
}

/// What a probe checks, in a few words.
pub fn title(probe: &Probe) -> String {
    said(&probe.title())
}

/// One part of a finding's detail.
fn part(part: &Detail) -> String {
    match part {
        Detail::Said(s) => said(s),
        Detail::Engine(s) => say(s),
        Detail::Refused(SendError::NotValid(e)) => not_valid(e),
        Detail::Refused(SendError::Invalid(e)) => unwritable(e),
    }
}

/// A finding's detail: its sentences one after the other, a colon after the
/// ones that introduce the next.
pub fn detail(detail: &[Detail]) -> String {
    let separator = t("ui-check-separator");
    let lead = t("ui-check-lead-separator");
    let mut out = String::new();
    for (i, d) in detail.iter().enumerate() {
        if i > 0 {
            out += if detail[i - 1].leads() {
                &lead
            } else {
                &separator
            };
        }
        out += &part(d);
    }
    out
}

/// How many findings have each verdict, as message arguments.
fn counts(report: &Report) -> [(&'static str, FluentValue<'static>); 4] {
    let n = |v| num(report.count(v) as f64);
    [
        ("pass", n(Verdict::Pass)),
        ("warn", n(Verdict::Warn)),
        ("fail", n(Verdict::Fail)),
        ("skipped", n(Verdict::Skipped)),
    ]
}

/// The progress line: what is running, or (when the check is over) how it went.
pub fn status(status: &Status, report: &Report) -> String {
    match status {
        Status::Starting => t("ui-check-status-starting"),
        Status::Running { probe, waiting_for } => {
            let probe = ("probe", text(title(probe)));
            match waiting_for {
                None => tr("ui-check-status-probe", &[probe]),
                Some(sent) => {
                    let command = ("command", text(sent.command.as_str()));
                    match sent.octets {
                        None => tr("ui-check-status-waiting", &[probe, command]),
                        Some(octets) => tr(
                            "ui-check-status-waiting-long",
                            &[probe, command, ("octets", num(octets as f64))],
                        ),
                    }
                }
            }
        }
        Status::Finished => tr("ui-check-status-finished", &counts(report)),
    }
}

/// The report as text, in the reader's language: a heading, then one line per
/// finding with its verdict code and RFC clause.
pub fn report_text(report: &Report) -> String {
    let mut heading: Vec<(&str, FluentValue)> = vec![("server", text(report.server.as_str()))];
    heading.extend(counts(report));
    let mut out = tr("ui-check-report-heading", &heading);
    out.push('\n');
    for f in &report.findings {
        out += &tr(
            "ui-check-report-line",
            &[
                ("verdict", text(f.verdict.as_str())),
                ("title", text(title(&f.probe))),
                ("detail", text(detail(&f.detail))),
            ],
        );
        if let Some(r) = &f.rfc {
            out += &format!(" [{r}]");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use pop3::annotate::Say;
    use pop3::check::{Finding, Sent};

    use super::*;

    fn report() -> Report {
        Report {
            server: "pop.example.org:110 as alice".into(),
            findings: vec![
                Finding::new(
                    Probe::Greeting,
                    Verdict::Pass,
                    [Said::GreetingTimestamp {
                        timestamp: "<1896.697170952@dbc.mtview.ca.us>".into(),
                    }],
                ),
                Finding::new(
                    Probe::LineFormat,
                    Verdict::Fail,
                    [
                        Said::InReplyTo {
                            command: "RETR".into(),
                        },
                        Said::BareLf { lines: 1 },
                        Said::InGreeting,
                        Said::LowercaseStatus,
                        Said::AndMore { count: 2 },
                    ],
                ),
                Finding::new(Probe::Timing, Verdict::Skipped, [Said::TimingNone]),
            ],
        }
    }

    #[test]
    fn detail_joins_sentences_and_introductions() {
        let r = report();
        assert_eq!(
            detail(&r.findings[1].detail),
            "the reply to RETR: 1 line ended in LF alone; POP3 lines end in CRLF; the greeting: \
             the status indicator is not in upper case (+OK / -ERR); and 2 more"
        );
        let not_sent = [
            Detail::from(Said::NotSent {
                command: "USER a".into(),
            }),
            Detail::Refused(SendError::Invalid(
                pop3::types::CommandError::ForbiddenByte { byte: 0 },
            )),
        ];
        assert!(
            detail(&not_sent).starts_with("could not send USER a: "),
            "{}",
            detail(&not_sent)
        );
        let engine = [Detail::Engine(Say::StlsLeftover { bytes: 12 })];
        assert_eq!(detail(&engine), say(&Say::StlsLeftover { bytes: 12 }));
    }

    #[test]
    fn report_text_has_a_heading_and_a_line_per_finding() {
        let r = report();
        let text = report_text(&r);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), r.findings.len() + 1, "{text}");
        assert_eq!(
            lines[0],
            "POP3 server check: pop.example.org:110 as alice (1 pass, 0 warn, 1 fail, 1 skipped)"
        );
        assert_eq!(
            lines[1],
            "PASS  Greeting: +OK with text and a well-formed APOP timestamp \
             <1896.697170952@dbc.mtview.ca.us> [RFC 1939 §4]"
        );
        assert!(lines[2].starts_with("FAIL  Line endings and dot-stuffing: the reply to RETR: "));
        assert_eq!(lines[3], "SKIP  Response times: no replies timed");
    }

    #[test]
    fn status_names_the_probe_and_the_awaited_command() {
        let r = report();
        assert_eq!(
            status(
                &Status::Running {
                    probe: Probe::SaslMechanism("CRAM-MD5".into()),
                    waiting_for: Some(Sent {
                        command: "AUTH CRAM-MD5".into(),
                        octets: None
                    }),
                },
                &r
            ),
            "Running: SASL CRAM-MD5 (waiting for the reply to AUTH CRAM-MD5)"
        );
        assert_eq!(
            status(
                &Status::Running {
                    probe: Probe::LineLength,
                    waiting_for: Some(Sent {
                        command: "NOOP".into(),
                        octets: Some(2048)
                    }),
                },
                &r
            ),
            "Running: Command line length (waiting for the reply to a 2048-octet NOOP line)"
        );
        assert_eq!(
            status(&Status::Finished, &r),
            "Finished: 1 pass, 0 warn, 1 fail, 1 skipped"
        );
        assert_eq!(status(&Status::Starting, &r), "Running: starting");
    }

    #[test]
    fn check_plurals_and_repeats_follow_the_count() {
        assert_eq!(
            said(&Said::StatListAgree {
                count: 1,
                octets: 120
            }),
            "1 message, 120 octets; LIST sizes add up"
        );
        assert_eq!(
            said(&Said::StatListAgree {
                count: 5,
                octets: 9000
            }),
            "5 messages, 9000 octets; LIST sizes add up"
        );
        assert_eq!(
            said(&Said::OddNotAReply {
                line: "hello".into(),
                times: 1
            }),
            "not a POP3 reply (it must begin with +OK or -ERR): \"hello\""
        );
        assert_eq!(
            said(&Said::OddNotAReply {
                line: "hello".into(),
                times: 3
            }),
            "3× not a POP3 reply (it must begin with +OK or -ERR): \"hello\""
        );
        assert_eq!(
            said(&Said::LoginRefusedInUse {
                reply: "-ERR [IN-USE] busy".into()
            }),
            "login refused: -ERR [IN-USE] busy — [IN-USE]: the maildrop is locked by another session"
        );
    }
}
