//! `stat-list`: STAT and LIST agree on the count and the total size
//! (RFC 1939 §5). LIST's sizes are kept for the later probes.

use crate::annotate;
use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
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
            self.finish(&task, Verdict::Fail, format!("LIST: {}", said(r)));
            return;
        }
        let mut bad = Vec::new();
        self.learnt.sizes.clear();
        for line in r.body_lines() {
            match annotate::parse_two_numbers(line) {
                Some((n, size)) => {
                    self.learnt.sizes.insert(n, size);
                }
                None => bad.push(String::from_utf8_lossy(line).into_owned()),
            }
        }
        let count = self.learnt.sizes.len() as u32;
        let total: u64 = self.learnt.sizes.values().sum();
        let (verdict, detail) = match self.learnt.stat {
            _ if !bad.is_empty() => (
                Verdict::Fail,
                format!("LIST lines that are not \"n size\": {}", bad.join(", ")),
            ),
            None => (
                Verdict::Fail,
                format!(
                    "STAT's reply is not \"+OK count size\": {}",
                    self.learnt.stat_said
                ),
            ),
            Some((n, size)) if n == count && size == total => (
                Verdict::Pass,
                format!("{n} messages, {size} octets; LIST sizes add up"),
            ),
            Some((n, size)) => (
                Verdict::Fail,
                format!(
                    "STAT says {n} messages, {size} octets; LIST lists {count} adding up to {total}"
                ),
            ),
        };
        self.finish(&task, verdict, detail);
    }
}
