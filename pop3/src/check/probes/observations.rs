//! `resp-codes`, `line-format`, `reply-syntax` and `timing`: judged at the
//! end from what every reply of every session showed.

use std::collections::{BTreeMap, BTreeSet};

use crate::check::driver::Checker;
use crate::check::probe::Probe;
use crate::check::report::{Finding, Verdict};
use crate::codec::DecodeWarning;
use crate::types::{Capability, ResponseCode};

/// What the replies showed, gathered across every session.
#[derive(Debug, Default)]
pub(in crate::check) struct Observed {
    /// Reply times in milliseconds, by command keyword (or `greeting`, `other`).
    times: BTreeMap<String, Vec<u64>>,
    /// Every response code seen.
    codes: Vec<String>,
    /// Line format problems, with how bad each is.
    line_problems: Vec<(Verdict, String)>,
    /// Lines that are not POP3 replies.
    malformed: Vec<String>,
    /// The command whose body arrived shorter than listed, until the next reply.
    after_body: Option<String>,
    /// How much of a body had arrived when the connection ended.
    partial: Option<String>,
}

/// The words for one decoder warning.
/// What the decoder tolerated, for the report's detail text.
fn warning_text(warning: &DecodeWarning) -> String {
    match warning {
        DecodeWarning::BareLineFeed { lines } => {
            format!("{lines} line(s) ended in LF alone; POP3 lines end in CRLF")
        }
        DecodeWarning::LongLines {
            count,
            longest,
            limit,
        } => format!("{count} line(s) longer than {limit} octets (longest {longest})"),
        DecodeWarning::UnstuffedDot { count, first_line } => format!(
            "{count} line(s) began with a single \".\" (first: line {first_line}): the server did not byte-stuff"
        ),
        DecodeWarning::LowercaseStatus => {
            "The status indicator is not in upper case (+OK / -ERR)".to_owned()
        }
        DecodeWarning::DroppedLines { count } => format!("{count} over-long line(s) dropped"),
    }
}

impl Observed {
    /// A reply to `label` arrived, with these decoder warnings and this code.
    pub(in crate::check) fn reply(
        &mut self,
        label: &str,
        warnings: &[DecodeWarning],
        code: Option<&ResponseCode>,
    ) {
        for w in warnings {
            let verdict = match w {
                DecodeWarning::UnstuffedDot { .. }
                | DecodeWarning::BareLineFeed { .. }
                | DecodeWarning::DroppedLines { .. } => Verdict::Fail,
                DecodeWarning::LongLines { .. } | DecodeWarning::LowercaseStatus => Verdict::Warn,
            };
            self.line_problems
                .push((verdict, format!("{label}: {}", warning_text(w))));
        }
        if let Some(code) = code {
            self.codes.push(code.as_str().to_owned());
        }
        self.after_body = None;
    }

    /// A reply arrived that no command asked for.
    pub(in crate::check) fn unsolicited(&mut self, head: &str) {
        self.malformed
            .push(format!("an unsolicited reply \"{head}\""));
    }

    /// A line that is not a POP3 reply.
    pub(in crate::check) fn malformed(&mut self, text: String) {
        match &self.after_body {
            Some(after) => self
                .malformed
                .push(format!("{text}, after the short body of {after}")),
            None => self.malformed.push(text),
        }
    }

    /// The body of `label` was shorter than listed: lines after it may be the
    /// rest of it.
    pub(in crate::check) fn short_body(&mut self, label: String) {
        self.after_body = Some(label);
    }

    /// A line format problem a probe noticed.
    pub(in crate::check) fn line_problem(&mut self, verdict: Verdict, text: String) {
        self.line_problems.push((verdict, text));
    }

    /// The connection ended with `octets` of a body received.
    pub(in crate::check) fn partial_body(&mut self, octets: usize) {
        self.partial = Some(format!(" ({octets} octets of the body had arrived)"));
    }

    /// How much of a body had arrived when the connection ended, once.
    pub(in crate::check) fn take_partial(&mut self) -> Option<String> {
        self.partial.take()
    }

    /// A reply took `ms`.
    pub(in crate::check) fn time(&mut self, class: String, ms: u64) {
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
                format!("malformed codes: {}", bracketed(malformed_codes)),
            ),
            (false, false) => (
                Verdict::Warn,
                format!(
                    "codes sent though RESP-CODES is not advertised: {}",
                    bracketed(distinct)
                ),
            ),
            (true, true) => (
                Verdict::Pass,
                "advertised; no reply carried a code in this check".into(),
            ),
            (true, false) => (
                Verdict::Pass,
                format!("well-formed codes seen: {}", bracketed(distinct)),
            ),
            (false, true) => (Verdict::Skipped, "not advertised, and no codes seen".into()),
        };
        Finding::new(Probe::RespCodes, verdict, detail)
    }

    /// `line-format`: CRLF line endings, byte-stuffing, line lengths.
    fn line_format(&self) -> Finding {
        let mut problems: Vec<(Verdict, String)> = self.line_problems.clone();
        for m in self
            .malformed
            .iter()
            .filter(|m| m.contains("after the short body of"))
        {
            problems.push((
                Verdict::Fail,
                format!("{m}: the body probably held a line \".\" that was not stuffed"),
            ));
        }
        let verdict = problems.iter().map(|p| p.0).max().unwrap_or(Verdict::Pass);
        let detail = if problems.is_empty() {
            "every reply ended in CRLF, bodies were byte-stuffed, lines within limits".to_owned()
        } else {
            let mut texts: Vec<String> = problems.iter().map(|p| p.1.clone()).collect();
            texts.dedup();
            let more = texts.len().saturating_sub(4);
            texts.truncate(4);
            if more > 0 {
                texts.push(format!("and {more} more"));
            }
            texts.join("; ")
        };
        Finding::new(Probe::LineFormat, verdict, detail)
    }

    /// `reply-syntax`: every reply begins with +OK or -ERR.
    fn reply_syntax(&self) -> Finding {
        let (verdict, detail) = if self.malformed.is_empty() {
            (
                Verdict::Pass,
                "every reply began with +OK or -ERR".to_owned(),
            )
        } else {
            let mut distinct: Vec<(String, usize)> = Vec::new();
            for m in &self.malformed {
                match distinct.iter_mut().find(|(d, _)| d == m) {
                    Some((_, n)) => *n += 1,
                    None => distinct.push((m.clone(), 1)),
                }
            }
            let mut shown: Vec<String> = distinct
                .iter()
                .take(3)
                .map(|(m, n)| {
                    if *n > 1 {
                        format!("{n}× {m}")
                    } else {
                        m.clone()
                    }
                })
                .collect();
            if distinct.len() > 3 {
                shown.push(format!("and {} more", distinct.len() - 3));
            }
            (
                Verdict::Fail,
                format!(
                    "{} malformed lines: {}",
                    self.malformed.len(),
                    shown.join("; ")
                ),
            )
        };
        Finding::new(Probe::ReplySyntax, verdict, detail)
    }

    /// `timing`: the median and longest reply time per command; a median of
    /// `slow_ms` or more warns.
    fn timing(&self, slow_ms: u64) -> Finding {
        let mut slow = Vec::new();
        let mut parts = Vec::new();
        for (class, times) in &self.times {
            let mut sorted = times.clone();
            sorted.sort_unstable();
            let median = sorted[sorted.len() / 2];
            let max = *sorted.last().expect("not empty");
            parts.push(format!("{class} {median}/{max} ms"));
            if median >= slow_ms {
                slow.push(class.clone());
            }
        }
        let (verdict, detail) = if parts.is_empty() {
            (Verdict::Skipped, "no replies timed".to_owned())
        } else if slow.is_empty() {
            (Verdict::Pass, format!("median/max: {}", parts.join(", ")))
        } else {
            (
                Verdict::Warn,
                format!(
                    "slow (median {slow_ms} ms or more): {}; median/max: {}",
                    slow.join(", "),
                    parts.join(", ")
                ),
            )
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
