//! `quit`: leaving a session (RFC 1939 §6), after an RSET if a DELE is
//! still pending, so that QUIT never deletes anything.

use crate::check::driver::Checker;
use crate::check::probe::Probe;
use crate::check::probes::{Tag, said};
use crate::check::report::{Finding, Verdict};
use crate::check::said::Said;
use crate::types::{Command, Response};

/// The replies of the probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    /// RSET before QUIT, when a DELE was not undone.
    SafetyRset,
    Quit,
}

impl Checker {
    pub(in crate::check) fn start_quit(&mut self, now_ms: u64) {
        let unreset = self.conn.as_ref().is_some_and(|c| c.dele_unreset);
        if unreset {
            self.send_raw(Command::Rset, Tag::Quit(Step::SafetyRset), now_ms);
        } else {
            self.send_raw(Command::Quit, Tag::Quit(Step::Quit), now_ms);
        }
    }

    pub(in crate::check) fn quit_reply(&mut self, step: Step, r: &Response, now_ms: u64) {
        match step {
            Step::SafetyRset if r.is_ok() => {
                if let Some(conn) = self.conn.as_mut() {
                    conn.dele_unreset = false;
                }
                self.send_raw(Command::Quit, Tag::Quit(Step::Quit), now_ms);
            }
            // Drop the connection without QUIT, so nothing is deleted.
            Step::SafetyRset => self.close_now(),
            Step::Quit => {
                if !r.is_ok() {
                    self.findings.push(Finding::new(
                        Probe::Quit,
                        Verdict::Warn,
                        [Said::CommandGot {
                            command: "QUIT".into(),
                            reply: said(r),
                        }],
                    ));
                }
                self.close_now();
            }
        }
    }
}
