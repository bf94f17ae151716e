//! What the checker does, in which order: the tasks, and the plan made from
//! the capabilities.

use super::config::Security;
use super::driver::Checker;
use super::probe::Probe;
use super::probes::login::LoginMethod;
use super::report::{Finding, Verdict};
use super::said::Said;
use crate::sasl::Mechanism;
use crate::types::Capability;

/// One step of the check: a probe to run, or a session to open or leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Task {
    /// Open a session (judges the greeting of the first).
    Open,
    Capa,
    /// STLS again, once the session is under TLS.
    StlsAfterTls,
    /// Log in; `judged` logins make a finding when they succeed, the others
    /// only open a session for later probes.
    Login {
        method: LoginMethod,
        judged: bool,
    },
    StatList,
    Uidl,
    /// UIDL again, in a later session.
    UidlStability,
    Top,
    /// TOP of a line that begins with "." (after RETR found one).
    TopStuffing,
    Pipelining,
    Retr,
    Unknown,
    BadArguments,
    DeleRset,
    LineLength,
    /// AUTH PLAIN with CR LF inside the identity, in a session of its own.
    AuthInjection,
    /// Wrong passwords, then the right one, in a session of its own.
    BadPass,
    /// Leave the session (RSET first if a DELE is pending).
    Quit,
}

impl Task {
    /// The probe whose finding this task makes.
    pub(super) fn probe(&self) -> Probe {
        match self {
            Task::Open => Probe::Greeting,
            Task::Capa => Probe::Capa,
            Task::StlsAfterTls => Probe::StlsAfterTls,
            Task::Login { method, .. } => method.probe(),
            Task::StatList => Probe::StatList,
            Task::Uidl => Probe::Uidl,
            Task::UidlStability => Probe::UidlStable,
            Task::Top => Probe::Top,
            Task::TopStuffing => Probe::TopStuffing,
            Task::Pipelining => Probe::Pipelining,
            Task::Retr => Probe::Retr,
            Task::Unknown => Probe::UnknownCommand,
            Task::BadArguments => Probe::BadArguments,
            Task::DeleRset => Probe::DeleRset,
            Task::LineLength => Probe::LineLength,
            Task::AuthInjection => Probe::AuthInjection,
            Task::BadPass => Probe::BadPass,
            Task::Quit => Probe::Quit,
        }
    }

    /// Whether it runs in the TRANSACTION state (after a login).
    pub(super) fn needs_transaction(&self) -> bool {
        !matches!(
            self,
            Task::Open | Task::Capa | Task::Login { .. } | Task::Quit
        ) && !self.needs_authorization()
    }

    /// Whether it runs in the AUTHORIZATION state, before any login.
    pub(super) fn needs_authorization(&self) -> bool {
        matches!(
            self,
            Task::StlsAfterTls | Task::AuthInjection | Task::BadPass
        )
    }
}

impl Checker {
    /// Plans the rest of the check from the capabilities.
    pub(super) fn plan(&mut self, caps: &[Capability], capa_ok: bool) {
        let has = |c: &Capability| caps.contains(c);
        let mechanisms: Vec<String> = caps
            .iter()
            .filter_map(|c| match c {
                Capability::Sasl(m) => Some(m.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        let runnable: Vec<Mechanism> = mechanisms
            .iter()
            .filter_map(|m| Mechanism::from_name(m))
            .filter(|m| {
                matches!(
                    m,
                    Mechanism::Plain
                        | Mechanism::Login
                        | Mechanism::CramMd5
                        | Mechanism::ScramSha256
                )
            })
            .collect();
        // USER/PASS unless only SASL is offered.
        self.main_login = if has(&Capability::User) || !capa_ok || runnable.is_empty() {
            LoginMethod::UserPass
        } else {
            LoginMethod::Sasl(runnable[0])
        };
        self.judge_stls_offer(has(&Capability::Stls));
        let mut tasks = Vec::new();
        if self.config.security == Security::Plain {
            self.skip(&Task::StlsAfterTls, [Said::StlsAfterTlsPlain]);
        } else {
            tasks.push(Task::StlsAfterTls);
        }
        tasks.extend([
            Task::Login {
                method: self.main_login,
                judged: true,
            },
            Task::StatList,
        ]);
        let mut skipped = Vec::new();
        let mut check = |cap: Capability, task: Task, tasks: &mut Vec<Task>| {
            if has(&cap) {
                tasks.push(task);
            } else {
                skipped.push(task);
            }
        };
        check(Capability::Uidl, Task::Uidl, &mut tasks);
        check(Capability::Top, Task::Top, &mut tasks);
        check(Capability::Pipelining, Task::Pipelining, &mut tasks);
        tasks.push(Task::Retr);
        check(Capability::Top, Task::TopStuffing, &mut tasks);
        tasks.extend([
            Task::Unknown,
            Task::BadArguments,
            Task::DeleRset,
            Task::LineLength,
            Task::Quit,
        ]);
        if has(&Capability::Uidl) {
            tasks.extend([Task::Open, Task::UidlStability, Task::Quit]);
        }
        for task in skipped {
            self.skip(&task, [Said::NotAdvertised]);
        }
        if self.config.alternative_logins {
            for name in &mechanisms {
                match Mechanism::from_name(name) {
                    Some(m) if runnable.contains(&m) => {
                        if LoginMethod::Sasl(m) != self.main_login {
                            tasks.extend(alternative_login(LoginMethod::Sasl(m)));
                        }
                    }
                    known => self.skip_mechanism(name, known),
                }
            }
            let apop = self
                .conn
                .as_ref()
                .is_some_and(|c| c.client.apop_timestamp().is_some());
            if apop {
                tasks.extend(alternative_login(LoginMethod::Apop));
            }
        }
        if capa_ok && mechanisms.is_empty() {
            self.findings
                .push(Finding::new(Probe::Sasl, Verdict::Skipped, [Said::NoSasl]));
        }
        // Logins meant to fail come last, each in a session of its own, so that
        // a server that slows down or locks out after them disturbs nothing else.
        if runnable.contains(&Mechanism::Plain) {
            tasks.extend([Task::Open, Task::AuthInjection, Task::Quit]);
        } else {
            self.skip(&Task::AuthInjection, [Said::NotAdvertised]);
        }
        if self.main_login == LoginMethod::UserPass {
            tasks.extend([Task::Open, Task::BadPass, Task::Quit]);
        } else {
            self.skip(&Task::BadPass, [Said::NotAdvertised]);
        }
        self.tasks.extend(tasks);
    }
}

/// A session of its own to try another login method.
fn alternative_login(method: LoginMethod) -> [Task; 3] {
    [
        Task::Open,
        Task::Login {
            method,
            judged: true,
        },
        Task::Quit,
    ]
}
