//! `retr`: RETR returns as many octets as LIST announced (RFC 1939 §5), for
//! up to `max_retr_messages` messages no larger than `max_retr_octets`
//! (see [`Config`](crate::check::Config)).

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::top_stuffing::DottedLine;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::codec::DecodeWarning;
use crate::types::{Command, Response};

/// The probe's state while messages come in.
#[derive(Debug)]
pub(in crate::check) struct Run {
    /// Messages still to fetch, the next one last.
    pub(in crate::check) pending: Vec<u32>,
    /// One note per message fetched.
    results: Vec<Said>,
    /// The worst so far.
    verdict: Verdict,
}

impl Default for Run {
    fn default() -> Run {
        Run {
            pending: Vec::new(),
            results: Vec::new(),
            verdict: Verdict::Pass,
        }
    }
}

impl Checker {
    pub(in crate::check) fn start_retr(&mut self, now_ms: u64) {
        let limit = self.config.max_retr_octets;
        let mut chosen: Vec<u32> = self
            .candidates()
            .into_iter()
            .filter(|n| self.learnt.sizes.get(n).is_none_or(|size| *size <= limit))
            .collect();
        chosen.truncate(self.config.max_retr_messages);
        if chosen.is_empty() {
            let why = if self.learnt.sizes.is_empty() {
                self.why_no_messages()
            } else {
                Said::EveryMessageTooLarge { limit }
            };
            self.skip(&Task::Retr, [why]);
            return;
        }
        let run = &mut self.runs.retr;
        run.results.clear();
        run.verdict = Verdict::Pass;
        chosen.reverse();
        run.pending = chosen;
        self.next_retr(now_ms);
    }

    /// Fetches the next message, or judges them all.
    fn next_retr(&mut self, now_ms: u64) {
        if let Some(msg) = self.runs.retr.pending.pop() {
            self.send(Command::Retr { msg }, Tag::Retr(msg), now_ms);
        } else {
            let run = &mut self.runs.retr;
            let verdict = run.verdict;
            let detail = if run.results.is_empty() {
                vec![Said::NothingRetrieved]
            } else {
                std::mem::take(&mut run.results)
            };
            self.finish(&Task::Retr, verdict, detail);
        }
    }

    /// `warnings` are what the decoder tolerated in the body.
    pub(in crate::check) fn retr_reply(
        &mut self,
        msg: u32,
        r: &Response,
        warnings: &[DecodeWarning],
        now_ms: u64,
    ) {
        if self.learnt.dotted.is_none() && r.is_ok() {
            self.learnt.dotted = DottedLine::find(msg, r, warnings);
        }
        let run = &mut self.runs.retr;
        match (&r.body, self.learnt.sizes.get(&msg)) {
            (Some(body), Some(&listed)) if body.len() as u64 == listed => {
                run.results.push(Said::RetrAsListed {
                    msg,
                    octets: listed,
                });
            }
            (Some(body), Some(&listed)) => {
                let arrived = body.len();
                if (arrived as u64) < listed {
                    self.observed.short_body(format!("RETR {msg}"));
                }
                run.verdict = run.verdict.max(Verdict::Warn);
                run.results.push(Said::RetrSizeDiffers {
                    msg,
                    listed,
                    arrived,
                });
                self.observed.line_problem(
                    Verdict::Warn,
                    format!("RETR {msg}"),
                    Said::SizeMismatch { listed, arrived },
                );
            }
            (Some(body), None) => {
                run.results.push(Said::RetrOctets {
                    msg,
                    octets: body.len(),
                });
            }
            (None, _) => {
                run.verdict = Verdict::Fail;
                run.results.push(Said::RetrFailed {
                    msg,
                    reply: said(r),
                });
            }
        }
        self.next_retr(now_ms);
    }
}
