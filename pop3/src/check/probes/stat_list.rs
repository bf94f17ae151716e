//! `stat-list`: STAT and LIST agree on the count and the total size
//! (RFC 1939 §5). LIST's sizes are kept for the later probes.

use crate::annotate;
use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Command, Response};

/// The replies of the probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    Stat,
    List,
}

impl Checker {
    pub(in crate::check) fn start_stat_list(&mut self, now_ms: u64) {
        self.send(Command::Stat, Tag::StatList(Step::Stat), now_ms);
    }

    pub(in crate::check) fn stat_list_reply(&mut self, step: Step, r: &Response, now_ms: u64) {
        match step {
            Step::Stat => {
                self.learnt.stat = if r.is_ok() {
                    annotate::parse_two_numbers(&r.text)
                } else {
                    None
                };
                self.learnt.stat_said = said(r);
                self.send(
                    Command::List { msg: None },
                    Tag::StatList(Step::List),
                    now_ms,
                );
            }
            Step::List => self.judge_list(r),
        }
    }

    fn judge_list(&mut self, r: &Response) {
        let task = Task::StatList;
        if !r.is_ok() {
            self.finish(
                &task,
                Verdict::Fail,
                [Said::CommandGot {
                    command: "LIST".into(),
                    reply: said(r),
                }],
            );
            return;
        }
        let mut bad = Vec::new();
        self.learnt.sizes.clear();
        for line in r.body_lines() {
            match annotate::parse_two_numbers(line) {
                Some((n, size)) => {
                    self.learnt.sizes.insert(n, size);
                }
                None => bad.push(format!(
                    "\"{}\"",
                    String::from_utf8_lossy(line).escape_debug()
                )),
            }
        }
        let count = self.learnt.sizes.len() as u32;
        // The server's numbers: they must not overflow the sum.
        let total = (self.learnt.sizes.values()).fold(0u64, |sum, size| sum.saturating_add(*size));
        let (verdict, detail) = match self.learnt.stat {
            _ if !bad.is_empty() => (
                Verdict::Fail,
                Said::ListBadLines {
                    lines: bad.join(", "),
                },
            ),
            None => (
                Verdict::Fail,
                Said::StatOdd {
                    reply: self.learnt.stat_said.clone(),
                },
            ),
            Some((n, size)) if n == count && size == total => (
                Verdict::Pass,
                Said::StatListAgree {
                    count: n,
                    octets: size,
                },
            ),
            Some((n, size)) => (
                Verdict::Fail,
                Said::StatListDisagree {
                    count: n,
                    octets: size,
                    listed: count,
                    total,
                },
            ),
        };
        self.finish(&task, verdict, [detail]);
    }
}
