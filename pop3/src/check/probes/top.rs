//! `top`: TOP n 0 returns the header lines and the blank line, no body
//! (RFC 1939 §7).

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::types::{Command, Response};

impl Checker {
    pub(in crate::check) fn start_top(&mut self, now_ms: u64) {
        match self.candidates().first() {
            None => self.skip(&Task::Top, &self.why_no_messages()),
            Some(&msg) => self.send(Command::Top { msg, lines: 0 }, Tag::Top, now_ms),
        }
    }

    pub(in crate::check) fn top_reply(&mut self, r: &Response) {
        let task = Task::Top;
        if !r.is_ok() {
            self.finish(
                &task,
                Verdict::Fail,
                format!("TOP is advertised but {}", said(r)),
            );
            return;
        }
        let lines: Vec<&[u8]> = r.body_lines().collect();
        let headers = lines.iter().take_while(|l| !l.is_empty()).count();
        let has_header = lines.first().is_some_and(|l| l.contains(&b':'));
        let (verdict, detail) = if !has_header {
            (
                Verdict::Fail,
                format!("{} lines, but no header fields", lines.len()),
            )
        } else if lines.last().is_some_and(|l| l.is_empty()) && headers + 1 == lines.len() {
            (
                Verdict::Pass,
                format!("{headers} header lines and the blank line, no body lines"),
            )
        } else if headers == lines.len() {
            (
                Verdict::Warn,
                format!("{headers} header lines but not the blank line that ends them"),
            )
        } else {
            (
                Verdict::Fail,
                format!(
                    "{} body lines after the headers, though 0 were asked for",
                    lines.len() - headers - 1
                ),
            )
        };
        self.finish(&task, verdict, detail);
    }
}
