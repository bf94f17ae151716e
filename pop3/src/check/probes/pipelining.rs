//! `pipelining`: STAT, LIST and NOOP written at once are answered in order
//! (RFC 2449 §6.6).

use crate::annotate;
use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Capability, Command, Response};

/// The replies of the probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    Stat,
    List,
    Noop,
}

/// The probe's state while replies come in.
#[derive(Debug, Default)]
pub(in crate::check) struct Run {
    /// The replies that were wrong or out of order.
    wrong: Vec<Said>,
}

impl Checker {
    pub(in crate::check) fn start_pipelining(&mut self, now_ms: u64) {
        let known = self.conn.as_ref().and_then(|c| {
            c.client
                .has_capability(|cap| *cap == Capability::Pipelining)
        });
        if known != Some(true) {
            self.skip(&Task::Pipelining, [Said::PipeliningNotAsked]);
            return;
        }
        self.runs.pipelining.wrong.clear();
        for (cmd, step) in [
            (Command::Stat, Step::Stat),
            (Command::List { msg: None }, Step::List),
            (Command::Noop, Step::Noop),
        ] {
            self.send_untimed(cmd, Tag::Pipelining(step), now_ms);
        }
    }

    pub(in crate::check) fn pipelining_reply(&mut self, step: Step, command: &str, r: &Response) {
        let ok = r.is_ok();
        let good = match step {
            Step::Stat => ok && annotate::parse_two_numbers(&r.text) == self.learnt.stat,
            Step::List => {
                ok && r.body.is_some() && r.body_lines().count() == self.learnt.sizes.len()
            }
            Step::Noop => ok && r.body.is_none(),
        };
        let wrong = &mut self.runs.pipelining.wrong;
        if !good {
            wrong.push(Said::CommandGot {
                command: command.to_owned(),
                reply: said(r),
            });
        }
        if self.outstanding.is_empty() {
            let (verdict, detail) = if wrong.is_empty() {
                (Verdict::Pass, vec![Said::PipeliningInOrder])
            } else {
                let mut detail = vec![Said::PipeliningWrong];
                detail.append(wrong);
                (Verdict::Fail, detail)
            };
            self.finish(&Task::Pipelining, verdict, detail);
        }
    }
}
