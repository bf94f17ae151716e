//! `line-length`: a 255-octet command line (the limit, CRLF included) is
//! read as one command, and a much longer one does not derail the session
//! (RFC 2449 §4).

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Command, Response};

/// The longest command line RFC 2449 §4 allows, CRLF included.
const SHORT_LINE: usize = 255;

/// The length of the overlong line, CRLF included.
const LONG_LINE: usize = 2048;

/// The replies of the probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    /// The 255-octet line.
    Short,
    /// The overlong line.
    Long,
    /// NOOP afterwards.
    Noop,
}

/// The probe's state between its replies.
#[derive(Debug, Default)]
pub(in crate::check) struct Run {
    /// One note per reply, for the detail.
    notes: Vec<Said>,
}

/// `NOOP` padded so that the line, CRLF included, is `octets` long.
fn padded_noop(octets: usize) -> Command {
    Command::Other {
        keyword: "NOOP".into(),
        args: Some("x".repeat(octets - "NOOP \r\n".len())),
    }
}

impl Checker {
    pub(in crate::check) fn start_line_length(&mut self, now_ms: u64) {
        self.runs.line_length.notes.clear();
        self.send_raw(
            padded_noop(SHORT_LINE),
            Tag::LineLength(Step::Short),
            now_ms,
        );
    }

    pub(in crate::check) fn line_length_reply(&mut self, step: Step, r: &Response, now_ms: u64) {
        let notes = &mut self.runs.line_length.notes;
        match step {
            Step::Short => {
                *notes = vec![Said::LineGot {
                    octets: SHORT_LINE,
                    reply: said(r),
                }];
                self.send_raw(padded_noop(LONG_LINE), Tag::LineLength(Step::Long), now_ms);
            }
            Step::Long => {
                notes.push(Said::LineGot {
                    octets: LONG_LINE,
                    reply: said(r),
                });
                self.send(Command::Noop, Tag::LineLength(Step::Noop), now_ms);
            }
            Step::Noop => {
                let (verdict, extra) = if r.is_ok() {
                    (Verdict::Pass, Said::NoopAfterOk)
                } else {
                    (Verdict::Warn, Said::NoopAfterFailed { reply: said(r) })
                };
                notes.push(extra);
                let detail = std::mem::take(notes);
                self.finish(&Task::LineLength, verdict, detail);
            }
        }
    }
}
