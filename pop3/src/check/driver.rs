//! The [`Checker`]: the queue of tasks, the public calls of the caller, and
//! the [`Action`]s it is asked to take.

use std::collections::VecDeque;

use super::config::Config;
use super::conn::{Conn, Outstanding, Phase, Sent};
use super::plan::Task;
use super::probe::Probe;
use super::probes::login::LoginMethod;
use super::probes::observations::Observed;
use super::probes::{Learnt, Runs};
use super::report::{Finding, Report, Verdict};
use super::said::Said;

/// What the caller must do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Open a new connection (implicit TLS if so configured), then call
    /// [`Checker::connected`]. Any previous connection is already closed.
    Connect {
        /// Counts sessions from 1.
        session: u32,
        /// Start TLS at once (port 995).
        implicit_tls: bool,
    },
    /// Write these bytes to the connection.
    Write(Vec<u8>),
    /// The server accepted STLS: start TLS, then call [`Checker::tls_started`].
    StartTls,
    /// Close the connection; do not report its end.
    Close,
    /// The check is over; [`Checker::report`] is final.
    Done,
}

/// One line of the checker's transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The session it belongs to.
    pub session: u32,
    /// Written by the checker (`true`) or received.
    pub client: bool,
    /// The line, secrets masked, no line ending (first line only for replies).
    pub text: String,
}

/// What the check is doing, for a progress line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Nothing is running yet.
    Starting,
    /// A probe is running.
    Running {
        /// The probe.
        probe: Probe,
        /// The command whose reply is awaited, if any.
        waiting_for: Option<Sent>,
    },
    /// The check is over.
    Finished,
}

/// Runs the probes. See the module documentation.
#[derive(Debug)]
pub struct Checker {
    pub(super) config: Config,
    /// What is still to do, in order.
    pub(super) tasks: VecDeque<Task>,
    /// What is being done.
    pub(super) current: Option<Task>,
    /// The open session, if any.
    pub(super) conn: Option<Conn>,
    /// Commands written and not yet answered, oldest first.
    pub(super) outstanding: VecDeque<Outstanding>,
    pub(super) actions: VecDeque<Action>,
    pub(super) findings: Vec<Finding>,
    pub(super) transcript: Vec<Line>,
    /// Sessions opened so far.
    pub(super) session: u32,
    done: bool,
    /// How sessions for the probes log in.
    pub(super) main_login: LoginMethod,
    /// What the probes learnt about the server and the maildrop.
    pub(super) learnt: Learnt,
    /// The working state of the probes that take several replies.
    pub(super) runs: Runs,
    /// What every reply showed, judged at the end.
    pub(super) observed: Observed,
}

impl Checker {
    /// A checker; the first action will be [`Action::Connect`].
    pub fn new(config: Config) -> Checker {
        let mut checker = Checker {
            config,
            tasks: VecDeque::from([Task::Open, Task::Capa]),
            current: None,
            conn: None,
            outstanding: VecDeque::new(),
            actions: VecDeque::new(),
            findings: Vec::new(),
            transcript: Vec::new(),
            session: 0,
            done: false,
            main_login: LoginMethod::UserPass,
            learnt: Learnt::default(),
            runs: Runs::default(),
            observed: Observed::default(),
        };
        checker.advance(0);
        checker
    }

    /// The next thing to do, if any.
    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    /// Whether the check is over.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// What is going on, for a progress line.
    pub fn status(&self) -> Status {
        if self.done {
            return Status::Finished;
        }
        match &self.current {
            Some(task) => Status::Running {
                probe: task.probe(),
                waiting_for: self.outstanding.front().map(|o| o.sent.clone()),
            },
            None => Status::Starting,
        }
    }

    /// The findings so far (in the order they were made).
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Every line written and the first line of every reply, secrets masked.
    pub fn transcript(&self) -> &[Line] {
        &self.transcript
    }

    /// The connection asked for is open.
    pub fn connected(&mut self, now_ms: u64) {
        if let Some(conn) = self.conn.as_mut()
            && conn.phase == Phase::Connecting
        {
            conn.phase = Phase::Greeting;
            conn.since_ms = now_ms;
        }
    }

    /// The connection could not be opened; `reason` is the transport's, in
    /// its words (the report shows it as it is).
    pub fn connect_failed(&mut self, reason: &str, now_ms: u64) {
        if self.conn.take().is_none() {
            return;
        }
        let task = self.current.take().unwrap_or(Task::Open);
        self.fail_task(
            &task,
            [Said::ConnectFailed {
                reason: reason.to_owned(),
            }],
        );
        self.stop(Said::NotRunNoConnection);
        self.advance(now_ms);
    }

    /// Bytes arrived.
    pub fn feed(&mut self, bytes: &[u8], now_ms: u64) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        conn.client.feed(bytes);
        self.pump(now_ms);
        self.advance(now_ms);
    }

    /// TLS is up after [`Action::StartTls`].
    pub fn tls_started(&mut self, now_ms: u64) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        if conn.phase == Phase::AwaitTls {
            conn.client.tls_started();
            conn.phase = Phase::Ready;
            conn.since_ms = now_ms;
            if self.current == Some(Task::Open) {
                self.current = None;
            }
        }
        self.pump(now_ms);
        self.advance(now_ms);
    }

    /// The connection ended (closed by the server, or broken); `why` says how,
    /// if the transport knows, in its words (the report shows it as it is).
    pub fn connection_closed(&mut self, why: Option<&str>, now_ms: u64) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        conn.client.connection_closed();
        self.pump(now_ms);
        if self.conn.take().is_none() {
            return;
        }
        let waiting = self.outstanding.front().map(|o| o.sent.clone());
        let waiting_tag = self.outstanding.front().map(|o| o.tag);
        self.outstanding.clear();
        // Closing the connection after refusing a login is a clean end for
        // the probes that make logins fail on purpose.
        let judged = match self.current {
            Some(Task::BadPass) => self.bad_pass_closed(waiting_tag),
            Some(Task::AuthInjection) => self.auth_injection_closed(),
            _ => false,
        };
        if judged {
            self.current = None;
        }
        if let Some(task) = self.current.take()
            && task != Task::Quit
        {
            let mut detail = vec![match waiting {
                Some(sent) => sent.closed_waiting(),
                None => Said::ClosedBeforeGreeting,
            }];
            if let Some(octets) = self.observed.take_partial() {
                detail.push(Said::PartialBody { octets });
            }
            if let Some(why) = why {
                detail.push(Said::LinkReason {
                    reason: why.to_owned(),
                });
            }
            self.fail_task(&task, detail);
            if matches!(task, Task::Open | Task::Login { .. }) {
                self.stop(Said::NotRunNoSession);
            }
        }
        self.advance(now_ms);
    }

    /// The time of the next [`Checker::handle_timeout`] call, if one is needed.
    pub fn poll_timeout(&self) -> Option<u64> {
        if self.done {
            return None;
        }
        let conn = self.conn.as_ref()?;
        let since = match self.outstanding.front() {
            Some(o) => o.sent_ms,
            None if matches!(conn.phase, Phase::Greeting | Phase::Connecting) => conn.since_ms,
            None => return None,
        };
        Some(since + self.config.reply_timeout_ms)
    }

    /// Time passed: a reply that is overdue fails its probe.
    pub fn handle_timeout(&mut self, now_ms: u64) {
        let Some(deadline) = self.poll_timeout() else {
            return;
        };
        if now_ms < deadline {
            return;
        }
        let seconds = self.config.reply_timeout_ms / 1000;
        let said = match self.outstanding.front() {
            Some(o) => o.sent.no_reply(seconds),
            None => Said::NoGreeting { seconds },
        };
        let task = self.current.take().unwrap_or(Task::Open);
        self.fail_task(&task, [said]);
        if matches!(task, Task::Open | Task::Login { .. }) {
            self.stop(Said::NotRunNoSession);
        }
        self.close_now();
        self.advance(now_ms);
    }

    /// The report: every finding so far and, once done, the summaries.
    pub fn report(&self) -> Report {
        let mut findings = self.findings.clone();
        if self.done {
            findings.extend(self.summaries());
        }
        Report::new(self.config.server.clone(), findings)
    }

    // ----- driving -----

    fn busy(&self) -> bool {
        !self.outstanding.is_empty() || self.conn.as_ref().is_some_and(|c| c.phase != Phase::Ready)
    }

    /// Starts tasks until one waits for the server.
    pub(super) fn advance(&mut self, now_ms: u64) {
        while !self.done && !self.busy() {
            if self.current.take().is_some() {
                continue;
            }
            let Some(task) = self.tasks.pop_front() else {
                if self.conn.is_some() {
                    self.tasks.push_back(Task::Quit);
                    continue;
                }
                self.done = true;
                self.actions.push_back(Action::Done);
                return;
            };
            let logged_in = self.conn.as_ref().map(|c| c.logged_in);
            if task.needs_transaction() && logged_in != Some(true) {
                self.tasks.push_front(task);
                self.tasks.push_front(Task::Login {
                    method: self.main_login,
                    judged: false,
                });
                if logged_in.is_none() {
                    self.tasks.push_front(Task::Open);
                }
                continue;
            }
            if task.needs_authorization() && logged_in != Some(false) {
                self.tasks.push_front(task);
                self.tasks.push_front(Task::Open);
                continue;
            }
            if matches!(task, Task::Capa | Task::Login { .. }) && self.conn.is_none() {
                self.tasks.push_front(task);
                self.tasks.push_front(Task::Open);
                continue;
            }
            if task == Task::Open && self.conn.is_some() {
                self.tasks.push_front(task);
                self.tasks.push_front(Task::Quit);
                continue;
            }
            if task == Task::Quit && self.conn.is_none() {
                continue;
            }
            self.start(task, now_ms);
            self.flush();
        }
        self.flush();
    }

    /// Drops every task still planned (but a QUIT), with a finding that says why.
    pub(super) fn stop(&mut self, why: Said) {
        if !self.tasks.iter().any(|t| *t != Task::Quit) {
            self.tasks.clear();
            return;
        }
        self.tasks.clear();
        self.findings
            .push(Finding::new(Probe::NotRun, Verdict::Skipped, [why]));
    }
}
