//! `top`: TOP n 0 returns the header lines and the blank line, no body
//! (RFC 1939 §7).

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Command, Response};

impl Checker {
    pub(in crate::check) fn start_top(&mut self, now_ms: u64) {
        match self.candidates().first() {
            None => self.skip(&Task::Top, [self.why_no_messages()]),
            Some(&msg) => self.send(Command::Top { msg, lines: 0 }, Tag::Top, now_ms),
        }
    }

    pub(in crate::check) fn top_reply(&mut self, r: &Response) {
        let task = Task::Top;
        if !r.is_ok() {
            self.finish(
                &task,
                Verdict::Fail,
                [Said::AdvertisedBut {
                    command: "TOP".into(),
                    reply: said(r),
                }],
            );
            return;
        }
        let lines: Vec<&[u8]> = r.body_lines().collect();
        let headers = lines.iter().take_while(|l| !l.is_empty()).count();
        let has_header = lines.first().is_some_and(|l| l.contains(&b':'));
        let (verdict, detail) = if !has_header {
            (Verdict::Fail, Said::TopNoHeaders { lines: lines.len() })
        } else if lines.last().is_some_and(|l| l.is_empty()) && headers + 1 == lines.len() {
            (Verdict::Pass, Said::TopHeadersOnly { headers })
        } else if headers == lines.len() {
            (Verdict::Warn, Said::TopNoBlank { headers })
        } else {
            (
                Verdict::Fail,
                Said::TopBody {
                    lines: lines.len() - headers - 1,
                },
            )
        };
        self.finish(&task, verdict, [detail]);
    }
}
