//! `dele-rset`: DELE marks a message, RETR of it is then refused, and RSET
//! restores it (RFC 1939 §5). The message is never really deleted: RSET
//! comes before any QUIT, and if RSET fails the connection is dropped
//! without QUIT.

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Command, Response};

/// The replies of the probe, with the message it works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    Dele(u32),
    /// RETR after DELE (must be refused).
    RetrDeleted(u32),
    Rset(u32),
    /// RETR after RSET (must work again).
    RetrRestored(u32),
}

/// The probe's state between its replies.
#[derive(Debug, Default)]
pub(in crate::check) struct Run {
    /// What happened so far, for the detail.
    notes: Vec<Said>,
    /// The server refused DELE.
    dele_refused: bool,
    /// The server returned the message it had just marked deleted.
    deleted_retrieved: bool,
}

impl Checker {
    /// Marks the smallest message deleted.
    pub(in crate::check) fn start_dele_rset(&mut self, now_ms: u64) {
        let smallest = self
            .learnt
            .sizes
            .iter()
            .min_by_key(|(n, size)| (**size, **n));
        let Some(msg) = smallest
            .map(|(n, _)| *n)
            .or_else(|| self.candidates().first().copied())
        else {
            self.skip(&Task::DeleRset, [self.why_no_messages()]);
            return;
        };
        if let Some(conn) = self.conn.as_mut() {
            conn.dele_unreset = true;
        }
        self.send(
            Command::Dele { msg },
            Tag::DeleRset(Step::Dele(msg)),
            now_ms,
        );
    }

    pub(in crate::check) fn dele_rset_reply(&mut self, step: Step, r: &Response, now_ms: u64) {
        let ok = r.is_ok();
        match step {
            Step::Dele(msg) if ok => {
                self.send_raw(
                    Command::Retr { msg },
                    Tag::DeleRset(Step::RetrDeleted(msg)),
                    now_ms,
                );
            }
            Step::Dele(msg) => {
                self.runs.dele_rset = Run {
                    notes: vec![Said::DeleRefused {
                        msg,
                        reply: said(r),
                    }],
                    dele_refused: true,
                    deleted_retrieved: false,
                };
                self.send_raw(Command::Rset, Tag::DeleRset(Step::Rset(msg)), now_ms);
            }
            Step::RetrDeleted(msg) => {
                let note = if ok {
                    Said::RetrAfterDeleOk { msg }
                } else {
                    Said::RetrAfterDeleRefused {
                        msg,
                        reply: said(r),
                    }
                };
                self.runs.dele_rset = Run {
                    notes: vec![note],
                    dele_refused: false,
                    deleted_retrieved: ok,
                };
                self.send_raw(Command::Rset, Tag::DeleRset(Step::Rset(msg)), now_ms);
            }
            Step::Rset(msg) if ok => {
                if let Some(conn) = self.conn.as_mut() {
                    conn.dele_unreset = false;
                }
                self.send_raw(
                    Command::Retr { msg },
                    Tag::DeleRset(Step::RetrRestored(msg)),
                    now_ms,
                );
            }
            Step::Rset(_) => {
                // Never QUIT now: drop the connection so nothing is deleted.
                self.finish(
                    &Task::DeleRset,
                    Verdict::Fail,
                    [Said::RsetFailed { reply: said(r) }],
                );
                self.close_now();
            }
            Step::RetrRestored(msg) => {
                let run = std::mem::take(&mut self.runs.dele_rset);
                let verdict = if !ok || run.deleted_retrieved {
                    Verdict::Fail
                } else if run.dele_refused {
                    Verdict::Warn
                } else {
                    Verdict::Pass
                };
                let mut notes = run.notes;
                notes.push(if ok {
                    Said::RetrAfterRsetOk { msg }
                } else {
                    Said::RetrAfterRsetFailed {
                        msg,
                        reply: said(r),
                    }
                });
                self.finish(&Task::DeleRset, verdict, notes);
            }
        }
    }
}
