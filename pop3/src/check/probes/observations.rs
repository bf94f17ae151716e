//! `resp-codes`, `line-format`, `reply-syntax` and `timing`: judged at the
//! end from what every reply of every session showed.

use std::collections::{BTreeMap, BTreeSet};

use crate::check::driver::Checker;
use crate::check::probe::Probe;
use crate::check::report::{Finding, Verdict};
use crate::check::said::Said;
use crate::codec::DecodeWarning;
use crate::types::{Capability, ResponseCode};

/// Which replies a time counts under.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(in crate::check) enum Class {
    /// The greeting.
    Greeting,
    /// A command, by keyword.
    Command(String),
    /// Commands meant to be refused or oversized.
    Other,
}

/// A line that is not a POP3 reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::check) enum Odd {
    /// A reply no command asked for (escaped).
    Unsolicited(String),
    /// A line that begins with neither +OK nor -ERR (escaped).
    NotAReply(String),
    /// A line over this limit, dropped.
    TooLong(usize),
}

impl Odd {
    /// The sentence, for a line seen `times` times.
    fn said(&self, times: usize) -> Said {
        match self {
            Odd::Unsolicited(reply) => Said::OddUnsolicited {
                reply: reply.clone(),
                times,
            },
            Odd::NotAReply(line) => Said::OddNotAReply {
                line: line.clone(),
                times,
            },
            Odd::TooLong(limit) => Said::OddTooLong {
                limit: *limit,
                times,
            },
        }
    }
}

/// A line format problem: how bad it is, where it was (a [leading](Said::leads)
/// sentence) and what it is.
type LineProblem = (Verdict, Said, Said);

/// What the replies showed, gathered across every session.
#[derive(Debug, Default)]
pub(in crate::check) struct Observed {
    /// Reply times in milliseconds, by class.
    times: BTreeMap<Class, Vec<u64>>,
    /// Every response code seen.
    codes: Vec<String>,
    /// Line format problems.
    line_problems: Vec<LineProblem>,
    /// Lines that are not POP3 replies.
    malformed: Vec<Odd>,
    /// The command whose body arrived shorter than listed, until the next reply.
    after_body: Option<String>,
    /// How many octets of a body had arrived when the connection ended.
    partial: Option<usize>,
}

/// What the decoder tolerated, as the report says it.
fn warning_said(warning: &DecodeWarning) -> Said {
    match *warning {
        DecodeWarning::BareLineFeed { lines } => Said::BareLf { lines },
        DecodeWarning::LongLines {
            count,
            longest,
            limit,
        } => Said::LongLines {
            count,
            limit,
            longest,
        },
        DecodeWarning::UnstuffedDot { count, first_line } => Said::UnstuffedDot {
            count,
            first: first_line,
        },
        DecodeWarning::LowercaseStatus => Said::LowercaseStatus,
        DecodeWarning::DroppedLines { count } => Said::DroppedLines { count },
        DecodeWarning::ContinuationWithoutSpace => Said::PlusNoSpace,
    }
}

/// Where a reply came: to `keyword`, or the greeting (`None`).
fn in_reply(keyword: Option<String>) -> Said {
    match keyword {
        Some(command) => Said::InReplyTo { command },
        None => Said::InGreeting,
    }
}

impl Observed {
    /// A reply to `keyword` (`None`: the greeting) arrived, with these
    /// decoder warnings and this code.
    pub(in crate::check) fn reply(
        &mut self,
        keyword: Option<String>,
        warnings: &[DecodeWarning],
        code: Option<&ResponseCode>,
    ) {
        for w in warnings {
            let verdict = match w {
                DecodeWarning::UnstuffedDot { .. }
                | DecodeWarning::BareLineFeed { .. }
                | DecodeWarning::DroppedLines { .. }
                | DecodeWarning::ContinuationWithoutSpace => Verdict::Fail,
                DecodeWarning::LongLines { .. } | DecodeWarning::LowercaseStatus => Verdict::Warn,
            };
            self.line_problems
                .push((verdict, in_reply(keyword.clone()), warning_said(w)));
        }
        if let Some(code) = code {
            self.codes.push(code.as_str().to_owned());
        }
        self.after_body = None;
    }

    /// A reply arrived that no command asked for (its first line, escaped).
    pub(in crate::check) fn unsolicited(&mut self, head: String) {
        self.malformed.push(Odd::Unsolicited(head));
    }

    /// A line that is not a POP3 reply; `line` is it (or its start), escaped.
    pub(in crate::check) fn malformed(&mut self, odd: Odd, line: String) {
        if let Some(after) = &self.after_body {
            // The body probably held a line "." that was not stuffed.
            self.line_problems.push((
                Verdict::Fail,
                Said::AfterShortBody {
                    command: after.clone(),
                },
                Said::UnstuffedSuspect { line },
            ));
        }
        self.malformed.push(odd);
    }

    /// The body of `command` was shorter than listed: lines after it may be
    /// the rest of it.
    pub(in crate::check) fn short_body(&mut self, command: String) {
        self.after_body = Some(command);
    }

    /// A line format problem a probe noticed in the reply to `command`.
    pub(in crate::check) fn line_problem(&mut self, verdict: Verdict, command: String, what: Said) {
        self.line_problems
            .push((verdict, Said::InReplyTo { command }, what));
    }

    /// The connection ended with `octets` of a body received.
    pub(in crate::check) fn partial_body(&mut self, octets: usize) {
        self.partial = Some(octets);
    }

    /// How much of a body had arrived when the connection ended, once.
    pub(in crate::check) fn take_partial(&mut self) -> Option<usize> {
        self.partial.take()
    }

    /// A reply took `ms`.
    pub(in crate::check) fn time(&mut self, class: Class, ms: u64) {
        self.times.entry(class).or_default().push(ms);
    }

    /// `resp-codes`: well-formed codes, and RESP-CODES advertised if any are sent.
    fn resp_codes(&self, advertised: bool) -> Finding {
        let malformed_codes: Vec<&String> =
            self.codes.iter().filter(|c| !well_formed_code(c)).collect();
        let distinct: BTreeSet<&String> = self.codes.iter().collect();
        let (verdict, detail) = match (advertised, self.codes.is_empty()) {
            _ if !malformed_codes.is_empty() => (
                Verdict::Fail,
                Said::CodesMalformed {
                    codes: bracketed(malformed_codes),
                },
            ),
            (false, false) => (
                Verdict::Warn,
                Said::CodesUnadvertised {
                    codes: bracketed(distinct),
                },
            ),
            (true, true) => (Verdict::Pass, Said::CodesNone),
            (true, false) => (
                Verdict::Pass,
                Said::CodesSeen {
                    codes: bracketed(distinct),
                },
            ),
            (false, true) => (Verdict::Skipped, Said::CodesNotAdvertised),
        };
        Finding::new(Probe::RespCodes, verdict, [detail])
    }

    /// `line-format`: CRLF line endings, byte-stuffing, line lengths.
    fn line_format(&self) -> Finding {
        let problems = &self.line_problems;
        let verdict = problems.iter().map(|p| p.0).max().unwrap_or(Verdict::Pass);
        let detail = if problems.is_empty() {
            vec![Said::LineFormatGood]
        } else {
            let mut shown: Vec<(&Said, &Said)> = problems.iter().map(|(_, w, p)| (w, p)).collect();
            shown.dedup();
            let more = shown.len().saturating_sub(4);
            shown.truncate(4);
            let mut detail: Vec<Said> = shown
                .into_iter()
                .flat_map(|(w, p)| [w.clone(), p.clone()])
                .collect();
            if more > 0 {
                detail.push(Said::AndMore { count: more });
            }
            detail
        };
        Finding::new(Probe::LineFormat, verdict, detail)
    }

    /// `reply-syntax`: every reply begins with +OK or -ERR.
    fn reply_syntax(&self) -> Finding {
        if self.malformed.is_empty() {
            return Finding::new(Probe::ReplySyntax, Verdict::Pass, [Said::ReplySyntaxGood]);
        }
        let mut distinct: Vec<(&Odd, usize)> = Vec::new();
        for m in &self.malformed {
            match distinct.iter_mut().find(|(d, _)| *d == m) {
                Some((_, n)) => *n += 1,
                None => distinct.push((m, 1)),
            }
        }
        let mut detail = vec![Said::MalformedLines {
            count: self.malformed.len(),
        }];
        detail.extend(distinct.iter().take(3).map(|(m, n)| m.said(*n)));
        if distinct.len() > 3 {
            detail.push(Said::AndMore {
                count: distinct.len() - 3,
            });
        }
        Finding::new(Probe::ReplySyntax, Verdict::Fail, detail)
    }

    /// `timing`: the median and longest reply time per command; a median of
    /// `slow_ms` or more warns.
    fn timing(&self, slow_ms: u64) -> Finding {
        let mut slow = Vec::new();
        let mut others = Vec::new();
        for (class, times) in &self.times {
            let mut sorted = times.clone();
            sorted.sort_unstable();
            let median = sorted[sorted.len() / 2];
            let max = *sorted.last().expect("not empty");
            let said = match class {
                Class::Greeting => Said::TimeOfGreeting { median, max },
                Class::Command(command) => Said::TimeOf {
                    command: command.clone(),
                    median,
                    max,
                },
                Class::Other => Said::TimeOfOther { median, max },
            };
            if median >= slow_ms {
                slow.push(said);
            } else {
                others.push(said);
            }
        }
        let (verdict, detail) = if slow.is_empty() && others.is_empty() {
            (Verdict::Skipped, vec![Said::TimingNone])
        } else if slow.is_empty() {
            let mut detail = vec![Said::TimingMedianMax];
            detail.extend(others);
            (Verdict::Pass, detail)
        } else {
            let mut detail = vec![Said::TimingSlow { limit: slow_ms }];
            detail.extend(slow);
            if !others.is_empty() {
                detail.push(Said::TimingOthers);
                detail.extend(others);
            }
            (Verdict::Warn, detail)
        };
        Finding::new(Probe::Timing, verdict, detail)
    }
}

impl Checker {
    /// The findings made from everything observed.
    pub(in crate::check) fn summaries(&self) -> Vec<Finding> {
        let advertised = self
            .learnt
            .capabilities
            .as_ref()
            .is_some_and(|c| c.contains(&Capability::RespCodes));
        let observed = &self.observed;
        vec![
            observed.resp_codes(advertised),
            observed.line_format(),
            observed.reply_syntax(),
            observed.timing(self.config.slow_ms),
        ]
    }
}

/// RFC 2449 §8: `resp-level *("/" resp-level)`, `rchar = %x21-2E / %x30-5C / %x5E-7F`.
fn well_formed_code(code: &str) -> bool {
    code.split('/').all(|level| {
        !level.is_empty()
            && level
                .bytes()
                .all(|b| matches!(b, 0x21..=0x2e | 0x30..=0x5c | 0x5e..=0x7f))
    })
}

/// Response codes as they are written: `[IN-USE] [AUTH]`.
fn bracketed<'a>(codes: impl IntoIterator<Item = &'a String>) -> String {
    codes
        .into_iter()
        .map(|c| format!("[{c}]"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_response_code_syntax() {
        assert!(well_formed_code("IN-USE"));
        assert!(well_formed_code("SYS/TEMP"));
        assert!(!well_formed_code("SYS//TEMP"));
        assert!(!well_formed_code("A]B"));
        assert!(!well_formed_code(""));
    }
}
