//! `bad-pass`: wrong passwords, one after another in one session, each get
//! -ERR (RFC 1939 §7); the server may close the connection after one, but
//! must not let a wrong password in. Then the right password, in the same
//! session, shows whether it is still usable. The codes the refusals carry
//! ([AUTH], [LOGIN-DELAY], [IN-USE], …) are noted.
//!
//! Servers often slow refusals down on purpose, so these replies are not
//! timed.

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Command, Response};

/// How many wrong passwords are tried.
pub(in crate::check) const WRONG_PASSWORDS: usize = 3;

/// The replies of the probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    /// USER before a wrong password.
    User,
    /// A wrong password.
    WrongPass,
    /// USER before the right password.
    RightUser,
    /// The right password.
    RightPass,
}

/// The probe's state between its replies.
#[derive(Debug, Default)]
pub(in crate::check) struct Run {
    /// Wrong passwords refused so far.
    refused: usize,
    /// The response codes of the refusals, each once, as written (`[AUTH]`).
    codes: Vec<String>,
}

impl Checker {
    pub(in crate::check) fn start_bad_pass(&mut self, now_ms: u64) {
        self.runs.bad_pass = Run::default();
        self.send_user(Step::User, now_ms);
    }

    fn send_user(&mut self, step: Step, now_ms: u64) {
        let name = self.config.user.clone();
        self.send_untimed(Command::User { name }, Tag::BadPass(step), now_ms);
    }

    /// A password that is not the user's.
    fn wrong_password(&self) -> String {
        let mut wrong = format!("playground-check-wrong-{}", self.runs.bad_pass.refused + 1);
        if wrong == *self.config.password.expose() {
            wrong.push('!');
        }
        wrong
    }

    pub(in crate::check) fn bad_pass_reply(&mut self, step: Step, r: &Response, now_ms: u64) {
        match step {
            Step::User | Step::RightUser if !r.is_ok() => self.bad_pass_done(
                Verdict::Warn,
                Said::CommandGot {
                    command: "USER".into(),
                    reply: said(r),
                },
            ),
            Step::User => {
                let password = self.wrong_password().into();
                self.send_untimed(
                    Command::Pass { password },
                    Tag::BadPass(Step::WrongPass),
                    now_ms,
                );
            }
            Step::WrongPass if r.is_ok() => {
                if let Some(conn) = self.conn.as_mut() {
                    // Nothing is deleted, but the session is one that logged in.
                    conn.logged_in = true;
                }
                let attempt = self.runs.bad_pass.refused + 1;
                self.bad_pass_done(
                    Verdict::Fail,
                    Said::BadPassAccepted {
                        attempt,
                        reply: said(r),
                    },
                );
            }
            Step::WrongPass => {
                let run = &mut self.runs.bad_pass;
                run.refused += 1;
                if let Some(code) = &r.code {
                    let code = format!("[{}]", code.as_str());
                    if !run.codes.contains(&code) {
                        run.codes.push(code);
                    }
                }
                let next = if run.refused < WRONG_PASSWORDS {
                    Step::User
                } else {
                    Step::RightUser
                };
                self.send_user(next, now_ms);
            }
            Step::RightUser => {
                let password = self.config.password.clone();
                self.send_untimed(
                    Command::Pass { password },
                    Tag::BadPass(Step::RightPass),
                    now_ms,
                );
            }
            Step::RightPass if r.is_ok() => {
                if let Some(conn) = self.conn.as_mut() {
                    conn.logged_in = true;
                }
                self.bad_pass_done(Verdict::Pass, Said::BadPassThenAccepted);
            }
            Step::RightPass => {
                self.bad_pass_done(Verdict::Warn, Said::BadPassThenRefused { reply: said(r) })
            }
        }
    }

    /// Records the finding: the refusals so far, then `last`.
    fn bad_pass_done(&mut self, verdict: Verdict, last: Said) {
        let run = std::mem::take(&mut self.runs.bad_pass);
        let mut detail = Vec::new();
        if run.refused > 0 {
            detail.push(Said::BadPassRefused { count: run.refused });
        }
        if !run.codes.is_empty() {
            detail.push(Said::BadPassCodes {
                codes: run.codes.join(" "),
            });
        }
        detail.push(last);
        self.finish(&Task::BadPass, verdict, detail);
    }

    /// The server closed the connection during the probe, while `waiting` for
    /// the reply to this. Closing after a refusal, rather than answering the
    /// next USER, is a clean way to end; closing instead of answering a
    /// password is not (returns `false`: the caller reports it).
    pub(in crate::check) fn bad_pass_closed(&mut self, waiting: Option<Tag>) -> bool {
        let refused = self.runs.bad_pass.refused;
        let clean = refused > 0
            && matches!(
                waiting,
                None | Some(Tag::BadPass(Step::User | Step::RightUser))
            );
        if clean {
            self.bad_pass_done(Verdict::Pass, Said::BadPassClosed { after: refused });
        }
        clean
    }
}
