//! `bad-arguments`: LIST and UIDL refuse a message number that does not exist
//! (`LIST 0`, `LIST 99999`, `UIDL 0`: "-ERR no such message", RFC 1939 §5,
//! §7) and an extra argument (`LIST 1 2`, `UIDL 1 2`), and the session goes on.
//!
//! A +OK to a message that does not exist fails; a +OK that ignores an extra
//! argument only warns, since RFC 1939 gives the syntax but not the reply to
//! a line that breaks it.

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Capability, Command, Response};

/// The replies of the probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    /// A command that must be refused.
    Refuse(Bad),
    /// NOOP afterwards.
    Noop,
}

/// What is wrong with a command's argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Bad {
    /// A message number that does not exist.
    NoSuchMessage,
    /// One argument too many.
    Extra,
}

/// The probe's state between its replies.
#[derive(Debug, Default)]
pub(in crate::check) struct Run {
    /// Commands still to send, the next one last.
    pending: Vec<(Command, Bad)>,
    /// The commands refused, as sent.
    refused: Vec<String>,
    /// What went wrong, for the detail.
    notes: Vec<Said>,
    /// The worst so far.
    verdict: Option<Verdict>,
}

/// A command with its arguments written as they are.
fn raw(keyword: &str, args: String) -> Command {
    Command::Other {
        keyword: keyword.into(),
        args: Some(args),
    }
}

impl Checker {
    pub(in crate::check) fn start_bad_arguments(&mut self, now_ms: u64) {
        let first = self.candidates().first().copied().unwrap_or(1);
        let last = self
            .learnt
            .sizes
            .keys()
            .last()
            .copied()
            .max(self.learnt.stat.map(|(n, _)| n))
            .unwrap_or(0);
        // Past the last message; 99999 unless the maildrop is that large.
        let beyond = last.saturating_add(1).max(99_999);
        let extra = format!("{first} {}", first.saturating_add(1));
        let mut commands = vec![
            (raw("LIST", extra.clone()), Bad::Extra),
            (Command::List { msg: Some(0) }, Bad::NoSuchMessage),
            (Command::List { msg: Some(beyond) }, Bad::NoSuchMessage),
        ];
        let uidl = self
            .learnt
            .capabilities
            .as_ref()
            .is_some_and(|c| c.contains(&Capability::Uidl));
        if uidl {
            commands.extend([
                (raw("UIDL", extra), Bad::Extra),
                (Command::Uidl { msg: Some(0) }, Bad::NoSuchMessage),
            ]);
        }
        commands.reverse();
        self.runs.bad_arguments = Run {
            pending: commands,
            ..Run::default()
        };
        self.next_bad_argument(now_ms);
    }

    /// Sends the next bad command, or NOOP after the last.
    fn next_bad_argument(&mut self, now_ms: u64) {
        match self.runs.bad_arguments.pending.pop() {
            Some((cmd, bad)) => {
                self.send_raw(cmd, Tag::BadArguments(Step::Refuse(bad)), now_ms);
            }
            None => self.send_raw(Command::Noop, Tag::BadArguments(Step::Noop), now_ms),
        }
    }

    pub(in crate::check) fn bad_arguments_reply(
        &mut self,
        step: Step,
        command: &str,
        r: &Response,
        now_ms: u64,
    ) {
        let run = &mut self.runs.bad_arguments;
        match step {
            Step::Refuse(_) if !r.is_ok() => {
                run.refused.push(command.to_owned());
                self.next_bad_argument(now_ms);
            }
            Step::Refuse(bad) => {
                let (verdict, note) = match bad {
                    Bad::NoSuchMessage => (
                        Verdict::Fail,
                        Said::BadArgsNoSuchMessage {
                            command: command.to_owned(),
                            reply: said(r),
                        },
                    ),
                    Bad::Extra => (
                        Verdict::Warn,
                        Said::BadArgsExtraIgnored {
                            command: command.to_owned(),
                            reply: said(r),
                        },
                    ),
                };
                run.verdict = run.verdict.max(Some(verdict));
                run.notes.push(note);
                self.next_bad_argument(now_ms);
            }
            Step::Noop => {
                let run = std::mem::take(run);
                let mut detail = run.notes;
                let mut verdict = run.verdict.unwrap_or(Verdict::Pass);
                if !run.refused.is_empty() {
                    detail.insert(
                        0,
                        Said::BadArgsRefused {
                            commands: run.refused.join(", "),
                        },
                    );
                }
                if r.is_ok() {
                    detail.push(Said::NoopAfterOk);
                } else {
                    verdict = Verdict::Fail;
                    detail.push(Said::BadArgsNoopFailed { reply: said(r) });
                }
                self.finish(&Task::BadArguments, verdict, detail);
            }
        }
    }
}
