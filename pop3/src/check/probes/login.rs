//! `login`, `apop`, `sasl-*` and `relogin`: logging in with USER/PASS, APOP
//! or a SASL mechanism (RFC 1939 §7, RFC 5034 §4), and what a refusal's
//! response code means (RFC 2449 §8.1, RFC 3206).

use crate::annotate::code_reference;
use crate::check::conn::{Outstanding, Sent, not_sent};
use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probe::Probe;
use crate::check::probes::{Tag, said};
use crate::check::report::{Detail, Finding, Verdict};
use crate::check::said::Said;
use crate::sasl::{Credentials, Mechanism};
use crate::types::{Command, Response, ResponseCode};

/// How a session logs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum LoginMethod {
    UserPass,
    Apop,
    Sasl(Mechanism),
}

impl LoginMethod {
    /// The probe that judges this method.
    pub(in crate::check) fn probe(self) -> Probe {
        match self {
            LoginMethod::UserPass => Probe::Login,
            LoginMethod::Apop => Probe::Apop,
            LoginMethod::Sasl(m) => Probe::SaslMechanism(m.name().to_owned()),
        }
    }
}

/// The replies of a login.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    /// USER (PASS follows).
    User,
    /// PASS, APOP or the end of an AUTH exchange.
    Done,
}

impl Checker {
    pub(in crate::check) fn start_login(&mut self, method: LoginMethod, now_ms: u64) {
        let user = self.config.user.clone();
        let password = self.config.password.clone();
        let nonce = format!("{}{}", self.config.nonce, self.session);
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        let label = match method {
            LoginMethod::UserPass => "USER".to_owned(),
            LoginMethod::Apop => "APOP".to_owned(),
            LoginMethod::Sasl(m) => format!("AUTH {}", m.name()),
        };
        let result = match method {
            LoginMethod::UserPass => conn.client.send(Command::User { name: user }),
            LoginMethod::Apop => conn.client.login_apop(&user, &password).map(drop),
            LoginMethod::Sasl(m) => conn.client.authenticate(
                m,
                Credentials::new(user, password.expose().clone()),
                &nonce,
            ),
        };
        match result {
            Ok(()) => {
                let step = if method == LoginMethod::UserPass {
                    Step::User
                } else {
                    Step::Done
                };
                self.outstanding.push_back(Outstanding {
                    tag: Tag::Login(step),
                    sent_ms: now_ms,
                    sent: Sent::named(label),
                    timed: true,
                });
            }
            Err(e) => {
                let task = self.current.take().expect("current task");
                self.skip(&task, not_sent(&label, e));
            }
        }
        self.pump(now_ms);
    }

    pub(in crate::check) fn login_reply(&mut self, step: Step, r: &Response, now_ms: u64) {
        match step {
            Step::User if r.is_ok() => {
                let password = self.config.password.clone();
                self.send(Command::Pass { password }, Tag::Login(Step::Done), now_ms);
            }
            Step::User | Step::Done => self.login_done(r.is_ok(), said(r)),
        }
    }

    fn login_done(&mut self, ok: bool, said: String) {
        let Some(Task::Login { method, judged }) = self.current.clone() else {
            return;
        };
        let problems = self
            .conn
            .as_ref()
            .map(|c| c.problems.clone())
            .unwrap_or_default();
        if ok {
            if let Some(conn) = self.conn.as_mut() {
                conn.logged_in = true;
            }
            if judged {
                let task = Task::Login { method, judged };
                if problems.is_empty() {
                    self.finish(&task, Verdict::Pass, [Said::LoginAccepted { reply: said }]);
                } else {
                    let mut detail = vec![Detail::from(Said::LoginAcceptedBut { reply: said })];
                    detail.extend(problems);
                    self.finish(&task, Verdict::Fail, detail);
                }
            }
            self.current = None;
            return;
        }
        let code = said
            .split_once('[')
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(code, _)| ResponseCode::parse(code));
        let probe = method.probe();
        // The codes about a login point to their own clause.
        let reference = match &code {
            Some(
                code @ (ResponseCode::LoginDelay
                | ResponseCode::InUse
                | ResponseCode::Auth
                | ResponseCode::SysTemp
                | ResponseCode::SysPerm),
            ) => Some(code_reference(code)),
            _ => probe.rfc(),
        };
        let reply = said.clone();
        let refused = match &code {
            Some(ResponseCode::InUse) => Said::LoginRefusedInUse { reply },
            Some(ResponseCode::LoginDelay) => Said::LoginRefusedLoginDelay { reply },
            Some(ResponseCode::Auth) => Said::LoginRefusedAuth { reply },
            Some(ResponseCode::SysTemp) => Said::LoginRefusedSysTemp { reply },
            Some(ResponseCode::SysPerm) => Said::LoginRefusedSysPerm { reply },
            _ => Said::LoginRefused { reply },
        };
        let mut detail = vec![Detail::from(refused)];
        detail.extend(problems);
        let main = method == self.main_login;
        let probe = if judged { probe } else { Probe::Relogin };
        let mut finding = Finding::new(probe, Verdict::Fail, detail);
        // The clause the response code points to, else the method's own.
        finding.rfc = reference;
        self.findings.push(finding);
        self.current = None;
        if main {
            self.stop(Said::NotRunLoginRefused {
                reply: said.trim().to_owned(),
            });
            // Leave politely: QUIT in AUTHORIZATION deletes nothing.
            self.tasks.push_back(Task::Quit);
        }
    }

    /// Records an advertised SASL mechanism the check cannot run: `known` is
    /// the mechanism if this client knows it (it then needs a token).
    pub(in crate::check) fn skip_mechanism(&mut self, name: &str, known: Option<Mechanism>) {
        let finding = match known {
            Some(m) => Finding::new(
                Probe::SaslMechanism(m.name().to_owned()),
                Verdict::Skipped,
                [Said::NeedsToken],
            ),
            None => Finding::new(
                Probe::SaslMechanism(name.to_owned()),
                Verdict::Skipped,
                [Said::MechanismUnknown],
            ),
        };
        self.findings.push(finding);
    }
}
