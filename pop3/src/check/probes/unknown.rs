//! `unknown-command`: a command the server cannot know gets -ERR, and the
//! session goes on (RFC 1939 §3).

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Command, Response};

/// A keyword no server implements.
const UNKNOWN_KEYWORD: &str = "XPLAYGROUNDCHECK";

/// The replies of the probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    /// The unknown command.
    Command,
    /// NOOP afterwards.
    Noop,
}

/// The probe's state between its two replies.
#[derive(Debug, Default)]
pub(in crate::check) struct Run {
    /// The reply to the unknown command, as said.
    refusal: String,
}

impl Checker {
    pub(in crate::check) fn start_unknown(&mut self, now_ms: u64) {
        self.send_raw(
            Command::Other {
                keyword: UNKNOWN_KEYWORD.into(),
                args: None,
            },
            Tag::Unknown(Step::Command),
            now_ms,
        );
    }

    pub(in crate::check) fn unknown_reply(&mut self, step: Step, r: &Response, now_ms: u64) {
        let ok = r.is_ok();
        match step {
            Step::Command if ok => self.finish(
                &Task::Unknown,
                Verdict::Fail,
                [Said::UnknownAccepted {
                    keyword: UNKNOWN_KEYWORD.into(),
                    reply: said(r),
                }],
            ),
            Step::Command => {
                self.runs.unknown.refusal = said(r);
                self.send(Command::Noop, Tag::Unknown(Step::Noop), now_ms);
            }
            Step::Noop => {
                let keyword = UNKNOWN_KEYWORD.to_owned();
                let reply = self.runs.unknown.refusal.clone();
                let (verdict, detail) = if ok {
                    (Verdict::Pass, Said::UnknownRefused { keyword, reply })
                } else {
                    (
                        Verdict::Fail,
                        Said::UnknownBroke {
                            keyword,
                            reply,
                            noop: said(r),
                        },
                    )
                };
                self.finish(&Task::Unknown, verdict, [detail]);
            }
        }
    }
}
