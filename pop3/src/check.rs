//! A server conformance check: a report card for a POP3 server.
//!
//! [`Checker`] plans and runs a set of probes over one or more POP3 sessions,
//! driving the [`Client`] engine. Like the rest of this crate it does no I/O and
//! reads no clock: the caller opens connections when asked, writes the bytes it
//! is given, feeds back what arrives, and passes the time in milliseconds.
//!
//! ```text
//!   caller                         Checker
//!   ------                         -------
//!                  <- Connect { session }
//!   connected(now)  ->
//!   feed(bytes, now) ->
//!                  <- Write(bytes)            (repeat)
//!                  <- StartTls                (security Stls only)
//!   tls_started(now) ->
//!                  <- Close                   (drop the connection)
//!                  <- Done                    (report() is final)
//! ```
//!
//! The check never destroys mail: the only DELE it sends is undone with RSET
//! before QUIT, and if RSET fails it drops the connection without QUIT, which
//! leaves the maildrop untouched (RFC 1939 §6).

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;

use crate::annotate::{self, RfcRef, rfc};
use crate::codec::{DecodeWarning, Reply};
use crate::engine::{Client, Event};
use crate::sasl::{Credentials, Mechanism};
use crate::secret::Secret;
use crate::types::{Capability, Command, Response, ResponseCode};

/// How a probe went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Not run: the server does not offer it, or an earlier failure stopped it.
    Skipped,
    /// As the RFCs say.
    Pass,
    /// Allowed or tolerated, but likely to cause trouble.
    Warn,
    /// Breaks the RFCs, or the probe could not finish.
    Fail,
}

impl Verdict {
    /// `PASS`, `WARN`, `FAIL` or `SKIP`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "PASS",
            Verdict::Warn => "WARN",
            Verdict::Fail => "FAIL",
            Verdict::Skipped => "SKIP",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The result of one probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// A stable identifier, e.g. `greeting`, `stat-list`, `sasl-PLAIN`.
    pub id: String,
    /// What was checked, in a few words.
    pub title: String,
    /// How it went.
    pub verdict: Verdict,
    /// What was observed.
    pub detail: String,
    /// The rule it checks.
    pub rfc: Option<RfcRef>,
}

/// Every finding of a check, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// What was checked (`host:port`, user), for the export's first line.
    pub server: String,
    /// The findings.
    pub findings: Vec<Finding>,
}

impl Report {
    /// The finding with this id.
    pub fn get(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// How many findings have this verdict.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.findings
            .iter()
            .filter(|f| f.verdict == verdict)
            .count()
    }

    /// The report as text: a heading, then one line per finding.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "POP3 server check: {} ({} pass, {} warn, {} fail, {} skipped)\n",
            self.server,
            self.count(Verdict::Pass),
            self.count(Verdict::Warn),
            self.count(Verdict::Fail),
            self.count(Verdict::Skipped),
        );
        for f in &self.findings {
            out.push_str(&format!("{}  {}: {}", f.verdict, f.title, f.detail));
            if let Some(r) = &f.rfc {
                out.push_str(&format!(" [{r}]"));
            }
            out.push('\n');
        }
        out
    }
}

/// How the connection is protected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Security {
    /// Plain TCP; STLS is looked for but not used.
    #[default]
    Plain,
    /// Plain TCP, upgraded with STLS right after the greeting.
    Stls,
    /// TLS from the first byte (port 995).
    Implicit,
}

/// What to check and how.
#[derive(Debug, Clone)]
pub struct Config {
    /// What the report names, e.g. `pop.example.org:110 as alice`.
    pub server: String,
    /// The login name.
    pub user: String,
    /// The password.
    pub password: Secret<String>,
    /// How the connection is protected.
    pub security: Security,
    /// Fresh client randomness for SCRAM.
    pub nonce: String,
    /// Also try APOP and every SASL mechanism offered, one session each.
    pub alternative_logins: bool,
    /// Replies slower than this (median per command) get a warning.
    pub slow_ms: u64,
    /// A reply that takes longer than this fails its probe.
    pub reply_timeout_ms: u64,
    /// RETR only messages up to this size.
    pub max_retr_octets: u64,
    /// RETR at most this many messages.
    pub max_retr_messages: usize,
    /// Open at most this many sessions (reconnections after drops included).
    pub max_sessions: u32,
}

impl Config {
    /// Defaults for a user and password.
    pub fn new(user: impl Into<String>, password: impl Into<String>) -> Config {
        Config {
            server: String::new(),
            user: user.into(),
            password: Secret::new(password.into()),
            security: Security::Plain,
            nonce: "pop3-playground-check".into(),
            alternative_logins: true,
            slow_ms: 1000,
            reply_timeout_ms: 30_000,
            max_retr_octets: 256 * 1024,
            max_retr_messages: 10,
            max_sessions: 12,
        }
    }
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LoginMethod {
    UserPass,
    Apop,
    Sasl(Mechanism),
}

impl LoginMethod {
    fn id(self) -> String {
        match self {
            LoginMethod::UserPass => "login".into(),
            LoginMethod::Apop => "apop".into(),
            LoginMethod::Sasl(m) => format!("sasl-{}", m.name()),
        }
    }

    fn title(self) -> String {
        match self {
            LoginMethod::UserPass => "Login with USER/PASS".into(),
            LoginMethod::Apop => "Login with APOP".into(),
            LoginMethod::Sasl(m) => format!("SASL {}", m.name()),
        }
    }

    fn rfc(self) -> RfcRef {
        match self {
            LoginMethod::UserPass | LoginMethod::Apop => rfc(1939, "7"),
            LoginMethod::Sasl(_) => rfc(5034, "4"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Task {
    Open,
    Capa,
    Login { method: LoginMethod, judged: bool },
    StatList,
    Uidl,
    UidlStability,
    Top,
    Pipelining,
    Retr,
    Unknown,
    DeleRset,
    LineLength,
    Quit,
}

impl Task {
    fn id(&self) -> String {
        match self {
            Task::Open => "greeting".into(),
            Task::Capa => "capa".into(),
            Task::Login { method, .. } => method.id(),
            Task::StatList => "stat-list".into(),
            Task::Uidl => "uidl".into(),
            Task::UidlStability => "uidl-stable".into(),
            Task::Top => "top".into(),
            Task::Pipelining => "pipelining".into(),
            Task::Retr => "retr".into(),
            Task::Unknown => "unknown-command".into(),
            Task::DeleRset => "dele-rset".into(),
            Task::LineLength => "line-length".into(),
            Task::Quit => "quit".into(),
        }
    }

    fn title(&self) -> String {
        match self {
            Task::Open => "Greeting".into(),
            Task::Capa => "CAPA".into(),
            Task::Login { method, .. } => method.title(),
            Task::StatList => "STAT and LIST agree".into(),
            Task::Uidl => "UIDL unique ids".into(),
            Task::UidlStability => "UIDL stable across sessions".into(),
            Task::Top => "TOP 1 0".into(),
            Task::Pipelining => "PIPELINING".into(),
            Task::Retr => "RETR".into(),
            Task::Unknown => "Unknown command".into(),
            Task::DeleRset => "DELE, RETR refused, RSET restores".into(),
            Task::LineLength => "Command line length".into(),
            Task::Quit => "QUIT".into(),
        }
    }

    fn rfc(&self) -> RfcRef {
        match self {
            Task::Open => rfc(1939, "4"),
            Task::Capa => rfc(2449, "5"),
            Task::Login { method, .. } => method.rfc(),
            Task::StatList | Task::Retr | Task::DeleRset => rfc(1939, "5"),
            Task::Uidl | Task::UidlStability | Task::Top => rfc(1939, "7"),
            Task::Pipelining => rfc(2449, "6.6"),
            Task::Unknown => rfc(1939, "3"),
            Task::LineLength => rfc(2449, "4"),
            Task::Quit => rfc(1939, "6"),
        }
    }

    fn needs_transaction(&self) -> bool {
        !matches!(
            self,
            Task::Open | Task::Capa | Task::Login { .. } | Task::Quit
        )
    }
}

/// What a reply answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Stls,
    Capa,
    User,
    Login,
    Stat,
    List,
    Uidl,
    Top,
    Retr(u32),
    PipeStat,
    PipeList,
    PipeNoop,
    Unknown,
    UnknownNoop,
    Dele(u32),
    RetrDeleted(u32),
    Rset(u32),
    RetrRestored(u32),
    Line255,
    LineLong,
    LineNoop,
    SafetyRset,
    Quit,
}

#[derive(Debug)]
struct Outstanding {
    tag: Tag,
    sent_ms: u64,
    label: String,
    /// Counted in the response times (pipelined replies are not).
    timed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Connecting,
    Greeting,
    Stls,
    AwaitTls,
    Ready,
}

#[derive(Debug)]
struct Conn {
    client: Client,
    phase: Phase,
    since_ms: u64,
    logged_in: bool,
    /// A DELE was sent and no RSET has been answered +OK since.
    dele_unreset: bool,
    problems: Vec<String>,
}

/// Runs the probes. See the module documentation.
#[derive(Debug)]
pub struct Checker {
    config: Config,
    tasks: VecDeque<Task>,
    current: Option<Task>,
    conn: Option<Conn>,
    outstanding: VecDeque<Outstanding>,
    actions: VecDeque<Action>,
    findings: Vec<Finding>,
    transcript: Vec<Line>,
    session: u32,
    done: bool,
    main_login: LoginMethod,
    // What was learnt.
    greeting_seen: bool,
    capabilities: Option<Vec<Capability>>,
    stat: Option<(u32, u64)>,
    sizes: BTreeMap<u32, u64>,
    uids: Option<BTreeMap<u32, String>>,
    retr_pending: Vec<u32>,
    retr_results: Vec<String>,
    retr_verdict: Verdict,
    pipe: Vec<String>,
    line_notes: Vec<String>,
    // Observations gathered across every session.
    times: BTreeMap<String, Vec<u64>>,
    codes: Vec<String>,
    line_problems: Vec<(Verdict, String)>,
    malformed: Vec<String>,
    after_body: Option<String>,
    partial: Option<String>,
    stat_said: String,
}

const UNKNOWN_KEYWORD: &str = "XPLAYGROUNDCHECK";
const LONG_LINE: usize = 2048;

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
            greeting_seen: false,
            capabilities: None,
            stat: None,
            sizes: BTreeMap::new(),
            uids: None,
            retr_pending: Vec::new(),
            retr_results: Vec::new(),
            retr_verdict: Verdict::Pass,
            pipe: Vec::new(),
            line_notes: Vec::new(),
            times: BTreeMap::new(),
            codes: Vec::new(),
            line_problems: Vec::new(),
            malformed: Vec::new(),
            after_body: None,
            partial: None,
            stat_said: String::new(),
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
    pub fn status(&self) -> String {
        if self.done {
            return "finished".into();
        }
        match (&self.current, self.outstanding.front()) {
            (Some(task), Some(o)) => {
                format!("{} (waiting for the reply to {})", task.title(), o.label)
            }
            (Some(task), None) => task.title(),
            _ => "starting".into(),
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

    /// The connection could not be opened.
    pub fn connect_failed(&mut self, reason: &str, now_ms: u64) {
        if self.conn.take().is_none() {
            return;
        }
        let task = self.current.take().unwrap_or(Task::Open);
        self.fail_task(&task, format!("could not connect: {reason}"));
        self.stop("the connection could not be opened");
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
    /// if the transport knows.
    pub fn connection_closed(&mut self, why: Option<&str>, now_ms: u64) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        conn.client.connection_closed();
        self.pump(now_ms);
        let Some(conn) = self.conn.take() else {
            return;
        };
        let _ = conn;
        let waiting = self.outstanding.front().map(|o| o.label.clone());
        self.outstanding.clear();
        if let Some(task) = self.current.take()
            && task != Task::Quit
        {
            let what = match waiting {
                Some(label) => format!("waiting for the reply to {label}"),
                None => "before the greeting".into(),
            };
            let why = why.map(|w| format!(" ({w})")).unwrap_or_default();
            let partial = self.partial.take().unwrap_or_default();
            self.fail_task(
                &task,
                format!("the server closed the connection while {what}{partial}{why}"),
            );
            if matches!(task, Task::Open | Task::Login { .. }) {
                self.stop("a session could not be opened");
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
        let label = self
            .outstanding
            .front()
            .map_or("the greeting".to_owned(), |o| o.label.clone());
        let task = self.current.take().unwrap_or(Task::Open);
        self.fail_task(
            &task,
            format!(
                "no reply to {label} within {} s",
                self.config.reply_timeout_ms / 1000
            ),
        );
        if matches!(task, Task::Open | Task::Login { .. }) {
            self.stop("a session could not be opened");
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
        findings.sort_by_key(|f| rank(&f.id));
        Report {
            server: self.config.server.clone(),
            findings,
        }
    }

    // ----- driving -----

    fn implicit(&self) -> bool {
        self.config.security == Security::Implicit
    }

    fn busy(&self) -> bool {
        !self.outstanding.is_empty() || self.conn.as_ref().is_some_and(|c| c.phase != Phase::Ready)
    }

    /// Starts tasks until one waits for the server.
    fn advance(&mut self, now_ms: u64) {
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

    fn stop(&mut self, why: &str) {
        if !self.tasks.iter().any(|t| *t != Task::Quit) {
            self.tasks.clear();
            return;
        }
        self.tasks.clear();
        self.findings.push(Finding {
            id: "not-run".into(),
            title: "Remaining probes".into(),
            verdict: Verdict::Skipped,
            detail: format!("not run: {why}"),
            rfc: None,
        });
    }

    fn start(&mut self, task: Task, now_ms: u64) {
        self.current = Some(task.clone());
        match task {
            Task::Open => {
                if self.session >= self.config.max_sessions {
                    self.current = None;
                    self.stop("too many sessions (the server kept dropping the connection)");
                    return;
                }
                self.session += 1;
                let client = if self.implicit() {
                    Client::new_tls()
                } else {
                    Client::new()
                };
                self.conn = Some(Conn {
                    client,
                    phase: Phase::Connecting,
                    since_ms: now_ms,
                    logged_in: false,
                    dele_unreset: false,
                    problems: Vec::new(),
                });
                self.actions.push_back(Action::Connect {
                    session: self.session,
                    implicit_tls: self.implicit(),
                });
            }
            Task::Capa => self.send(Command::Capa, Tag::Capa, now_ms),
            Task::Login { method, .. } => self.start_login(method, now_ms),
            Task::StatList => self.send(Command::Stat, Tag::Stat, now_ms),
            Task::Uidl | Task::UidlStability => {
                self.send(Command::Uidl { msg: None }, Tag::Uidl, now_ms)
            }
            Task::Top => match self.candidates().first() {
                None => self.skip(&task, &self.why_no_messages()),
                Some(&msg) => self.send(Command::Top { msg, lines: 0 }, Tag::Top, now_ms),
            },
            Task::Pipelining => {
                let known = self.conn.as_ref().and_then(|c| {
                    c.client
                        .has_capability(|cap| *cap == Capability::Pipelining)
                });
                if known != Some(true) {
                    self.skip(
                        &task,
                        "CAPA was not asked in this session (it was reopened)",
                    );
                    return;
                }
                self.pipe.clear();
                for (cmd, tag) in [
                    (Command::Stat, Tag::PipeStat),
                    (Command::List { msg: None }, Tag::PipeList),
                    (Command::Noop, Tag::PipeNoop),
                ] {
                    self.send_untimed(cmd, tag, now_ms);
                }
            }
            Task::Retr => {
                let limit = self.config.max_retr_octets;
                let mut chosen: Vec<u32> = self
                    .candidates()
                    .into_iter()
                    .filter(|n| self.sizes.get(n).is_none_or(|size| *size <= limit))
                    .collect();
                chosen.truncate(self.config.max_retr_messages);
                if chosen.is_empty() {
                    let why = if self.sizes.is_empty() {
                        self.why_no_messages()
                    } else {
                        format!("every message is larger than {limit} octets")
                    };
                    self.skip(&task, &why);
                    return;
                }
                self.retr_results.clear();
                self.retr_verdict = Verdict::Pass;
                chosen.reverse();
                self.retr_pending = chosen;
                self.next_retr(now_ms);
            }
            Task::Unknown => self.send_raw(
                Command::Other {
                    keyword: UNKNOWN_KEYWORD.into(),
                    args: None,
                },
                Tag::Unknown,
                now_ms,
            ),
            Task::DeleRset => {
                let smallest = self.sizes.iter().min_by_key(|(n, size)| (**size, **n));
                let Some(msg) = smallest
                    .map(|(n, _)| *n)
                    .or_else(|| self.candidates().first().copied())
                else {
                    self.skip(&task, &self.why_no_messages());
                    return;
                };
                if let Some(conn) = self.conn.as_mut() {
                    conn.dele_unreset = true;
                }
                self.send(Command::Dele { msg }, Tag::Dele(msg), now_ms);
            }
            Task::LineLength => {
                self.line_notes.clear();
                // "NOOP " and CRLF around the padding make 255 octets.
                let pad = "x".repeat(255 - "NOOP \r\n".len());
                self.send_raw(
                    Command::Other {
                        keyword: "NOOP".into(),
                        args: Some(pad),
                    },
                    Tag::Line255,
                    now_ms,
                );
            }
            Task::Quit => {
                let unreset = self.conn.as_ref().is_some_and(|c| c.dele_unreset);
                if unreset {
                    self.send_raw(Command::Rset, Tag::SafetyRset, now_ms);
                } else {
                    self.send_raw(Command::Quit, Tag::Quit, now_ms);
                }
            }
        }
    }

    /// Message numbers to probe: from LIST, or from STAT's count if LIST failed.
    fn candidates(&self) -> Vec<u32> {
        if !self.sizes.is_empty() {
            return self.sizes.keys().copied().collect();
        }
        let count = self.stat.map_or(0, |(n, _)| n);
        (1..=count.min(self.config.max_retr_messages as u32)).collect()
    }

    fn why_no_messages(&self) -> String {
        match self.stat {
            Some((0, _)) => "the maildrop is empty".into(),
            _ => "no message list (STAT and LIST did not answer)".into(),
        }
    }

    fn start_login(&mut self, method: LoginMethod, now_ms: u64) {
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
            LoginMethod::UserPass => conn
                .client
                .send(Command::User { name: user })
                .map_err(|e| e.to_string()),
            LoginMethod::Apop => conn
                .client
                .login_apop(&user, &password)
                .map(drop)
                .map_err(|e| e.to_string()),
            LoginMethod::Sasl(m) => conn
                .client
                .authenticate(m, Credentials::new(user, password.expose().clone()), &nonce)
                .map_err(|e| e.to_string()),
        };
        match result {
            Ok(()) => {
                let tag = if method == LoginMethod::UserPass {
                    Tag::User
                } else {
                    Tag::Login
                };
                self.outstanding.push_back(Outstanding {
                    tag,
                    sent_ms: now_ms,
                    label,
                    timed: true,
                });
            }
            Err(e) => {
                let task = self.current.take().expect("current task");
                self.skip(&task, &format!("the client would not send it: {e}"));
            }
        }
        self.pump(now_ms);
    }

    /// Sends a command the engine allows now.
    fn send(&mut self, cmd: Command, tag: Tag, now_ms: u64) {
        self.send_with(cmd, tag, now_ms, true, false);
    }

    fn send_untimed(&mut self, cmd: Command, tag: Tag, now_ms: u64) {
        self.send_with(cmd, tag, now_ms, false, false);
    }

    /// Sends a command even if the engine thinks it is not valid now.
    fn send_raw(&mut self, cmd: Command, tag: Tag, now_ms: u64) {
        self.send_with(cmd, tag, now_ms, true, true);
    }

    fn send_with(&mut self, cmd: Command, tag: Tag, now_ms: u64, timed: bool, anyway: bool) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        let label = match &cmd {
            Command::Other { keyword, args } => match args {
                Some(a) if a.len() > 20 => {
                    format!("{keyword} <{} octets>", a.len() + keyword.len() + 3)
                }
                _ => keyword.clone(),
            },
            other => other.to_masked_line(),
        };
        let result = if anyway {
            conn.client.send_anyway(cmd).map_err(|e| e.to_string())
        } else {
            conn.client.send(cmd).map_err(|e| e.to_string())
        };
        match result {
            Ok(()) => self.outstanding.push_back(Outstanding {
                tag,
                sent_ms: now_ms,
                label,
                timed,
            }),
            Err(e) => {
                if let Some(task) = self.current.clone() {
                    self.fail_task(&task, format!("could not send {label}: {e}"));
                }
            }
        }
        self.pump(now_ms);
    }

    fn next_retr(&mut self, now_ms: u64) {
        if let Some(msg) = self.retr_pending.pop() {
            self.send(Command::Retr { msg }, Tag::Retr(msg), now_ms);
        } else {
            let detail = if self.retr_results.is_empty() {
                "nothing retrieved".to_owned()
            } else {
                self.retr_results.join("; ")
            };
            self.finish(&Task::Retr, self.retr_verdict, detail);
        }
    }

    /// Moves the engine's output into actions.
    fn flush(&mut self) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = conn.client.poll_transmit() {
            bytes.extend_from_slice(&chunk);
        }
        if !bytes.is_empty() {
            self.actions.push_back(Action::Write(bytes));
        }
    }

    /// Closes the connection at once (no QUIT).
    fn close_now(&mut self) {
        if self.conn.take().is_some() {
            self.actions.push_back(Action::Close);
        }
        self.outstanding.clear();
    }

    /// Handles the engine's events.
    fn pump(&mut self, now_ms: u64) {
        loop {
            let Some(conn) = self.conn.as_mut() else {
                return;
            };
            let Some(event) = conn.client.poll_event() else {
                break;
            };
            self.on_event(event, now_ms);
        }
        self.flush();
    }

    fn on_event(&mut self, event: Event, now_ms: u64) {
        let session = self.session;
        match event {
            Event::Sent { masked, .. } => self.transcript.push(Line {
                session,
                client: true,
                text: masked,
            }),
            Event::Received {
                decoded, command, ..
            } => {
                self.transcript.push(Line {
                    session,
                    client: false,
                    text: String::from_utf8_lossy(&decoded.head).trim_end().to_owned(),
                });
                let Reply::Response(response) = decoded.reply else {
                    return; // a SASL challenge: the engine answers it
                };
                let label = command
                    .as_ref()
                    .map_or("the greeting".to_owned(), |c| c.keyword().to_owned());
                self.note_warnings(&label, &decoded.warnings);
                if let Some(code) = &response.code {
                    self.codes.push(code.as_str().to_owned());
                }
                self.after_body = None;
                let phase = self.conn.as_ref().map(|c| c.phase);
                if command.is_none() && phase == Some(Phase::Greeting) {
                    self.on_greeting(&response, now_ms);
                } else if command.is_none() {
                    self.malformed.push(format!(
                        "an unsolicited reply \"{}\"",
                        String::from_utf8_lossy(&decoded.head).trim_end()
                    ));
                } else if let Some(o) = self.outstanding.pop_front() {
                    if o.timed {
                        let class = match o.tag {
                            Tag::Unknown | Tag::Line255 | Tag::LineLong => "other".to_owned(),
                            _ => o.label.split(' ').next().unwrap_or_default().to_owned(),
                        };
                        self.times
                            .entry(class)
                            .or_default()
                            .push(now_ms.saturating_sub(o.sent_ms));
                    }
                    self.on_reply(o, response, now_ms);
                }
            }
            Event::Malformed { error, .. } => {
                let text = error.to_string();
                match &self.after_body {
                    Some(after) => self
                        .malformed
                        .push(format!("{text}, after the short body of {after}")),
                    None => self.malformed.push(text),
                }
            }
            Event::StartTls => {
                if let Some(conn) = self.conn.as_mut() {
                    conn.phase = Phase::AwaitTls;
                }
                self.actions.push_back(Action::StartTls);
            }
            Event::Problem { annotation } => {
                if let Some(conn) = self.conn.as_mut() {
                    conn.problems.push(problem_text(&annotation.summary));
                }
            }
            Event::Closed {
                partial_body: Some(n),
                ..
            } => {
                self.partial = Some(format!(" ({n} octets of the body had arrived)"));
            }
            Event::StateChanged { .. }
            | Event::Capabilities(_)
            | Event::LoginFinished { .. }
            | Event::Closed { .. } => {}
        }
    }

    fn note_warnings(&mut self, label: &str, warnings: &[DecodeWarning]) {
        for w in warnings {
            let verdict = match w {
                DecodeWarning::UnstuffedDot { .. }
                | DecodeWarning::BareLineFeed { .. }
                | DecodeWarning::DroppedLines { .. } => Verdict::Fail,
                DecodeWarning::LongLines { .. } | DecodeWarning::LowercaseStatus => Verdict::Warn,
            };
            let text = warning_text(w);
            self.line_problems
                .push((verdict, format!("{label}: {text}")));
        }
    }

    fn on_greeting(&mut self, response: &Response, now_ms: u64) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        self.times
            .entry("greeting".into())
            .or_default()
            .push(now_ms.saturating_sub(conn.since_ms));
        let timestamp = conn.client.apop_timestamp();
        let first = !self.greeting_seen;
        self.greeting_seen = true;
        if !response.is_ok() {
            self.fail_task(
                &Task::Open,
                format!("the server greeted with -ERR: {}", response.text_lossy()),
            );
            self.current = None;
            self.stop("the server refused the connection");
            self.close_now();
            return;
        }
        if first {
            let text = response.text_lossy();
            let bracket = text.contains('<') && text.contains('>');
            let (verdict, detail) = match (&timestamp, text.trim().is_empty(), bracket) {
                (_, true, _) => (Verdict::Warn, "+OK with no text".to_owned()),
                (Some(ts), false, _) => (
                    Verdict::Pass,
                    format!("+OK with text and a well-formed APOP timestamp {ts}"),
                ),
                (None, false, true) => (
                    Verdict::Warn,
                    "+OK with text; it has <...> that is not a valid APOP timestamp (<local@domain>)".to_owned(),
                ),
                (None, false, false) => (
                    Verdict::Pass,
                    "+OK with text (no APOP timestamp)".to_owned(),
                ),
            };
            self.finish(&Task::Open, verdict, detail);
            if timestamp.is_none() {
                self.findings.push(Finding {
                    id: "apop".into(),
                    title: LoginMethod::Apop.title(),
                    verdict: Verdict::Skipped,
                    detail: "no timestamp in the greeting: APOP not offered".into(),
                    rfc: Some(rfc(1939, "7")),
                });
            }
        }
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        if self.config.security == Security::Stls {
            conn.phase = Phase::Stls;
            self.send(Command::Stls, Tag::Stls, now_ms);
        } else {
            conn.phase = Phase::Ready;
        }
    }

    fn on_reply(&mut self, o: Outstanding, r: Response, now_ms: u64) {
        let ok = r.is_ok();
        let said = || -> String {
            let code = r
                .code
                .as_ref()
                .map(|c| format!("[{}] ", c.as_str()))
                .unwrap_or_default();
            format!(
                "{} {code}{}",
                if r.is_ok() { "+OK" } else { "-ERR" },
                r.text_lossy()
            )
        };
        match o.tag {
            Tag::Stls => {
                if ok {
                    self.findings.push(Finding {
                        id: "stls".into(),
                        title: "STLS".into(),
                        verdict: Verdict::Pass,
                        detail: "the connection was upgraded with STLS".into(),
                        rfc: Some(rfc(2595, "4")),
                    });
                    // Phase moves on with the StartTls event.
                } else {
                    self.findings.push(Finding {
                        id: "stls".into(),
                        title: "STLS".into(),
                        verdict: Verdict::Fail,
                        detail: format!("STLS refused: {}", said()),
                        rfc: Some(rfc(2595, "4")),
                    });
                    self.current = None;
                    self.stop("STLS was refused");
                    self.close_now();
                }
            }
            Tag::Capa => self.on_capa(&r, said()),
            Tag::User => {
                if ok {
                    let password = self.config.password.clone();
                    self.send(Command::Pass { password }, Tag::Login, now_ms);
                } else {
                    self.login_done(false, said());
                }
            }
            Tag::Login => self.login_done(ok, said()),
            Tag::Stat => {
                self.stat = if ok {
                    annotate::parse_two_numbers(&r.text)
                } else {
                    None
                };
                self.stat_said = said();
                self.send(Command::List { msg: None }, Tag::List, now_ms);
            }
            Tag::List => self.on_list(&r, said()),
            Tag::Uidl => self.on_uidl(&r, said()),
            Tag::Top => {
                let task = Task::Top;
                if !ok {
                    self.finish(
                        &task,
                        Verdict::Fail,
                        format!("TOP is advertised but {}", said()),
                    );
                    return;
                }
                let lines: Vec<&[u8]> = r.body_lines().collect();
                let headers = lines.iter().take_while(|l| !l.is_empty()).count();
                let has_header = lines.first().is_some_and(|l| l.contains(&b':'));
                let (verdict, detail) = if !has_header {
                    (
                        Verdict::Fail,
                        format!("{} lines, but no header fields", lines.len()),
                    )
                } else if lines.last().is_some_and(|l| l.is_empty()) && headers + 1 == lines.len() {
                    (
                        Verdict::Pass,
                        format!("{headers} header lines and the blank line, no body lines"),
                    )
                } else if headers == lines.len() {
                    (
                        Verdict::Warn,
                        format!("{headers} header lines but not the blank line that ends them"),
                    )
                } else {
                    (
                        Verdict::Fail,
                        format!(
                            "{} body lines after the headers, though 0 were asked for",
                            lines.len() - headers - 1
                        ),
                    )
                };
                self.finish(&task, verdict, detail);
            }
            Tag::Retr(msg) => {
                match (&r.body, self.sizes.get(&msg)) {
                    (Some(body), Some(&listed)) if body.len() as u64 == listed => {
                        self.retr_results
                            .push(format!("{msg}: {listed} octets as listed"));
                    }
                    (Some(body), Some(&listed)) => {
                        if (body.len() as u64) < listed {
                            self.after_body = Some(format!("RETR {msg}"));
                        }
                        self.retr_verdict = self.retr_verdict.max(Verdict::Warn);
                        self.retr_results.push(format!(
                            "{msg}: LIST said {listed} octets but {} arrived",
                            body.len()
                        ));
                        self.line_problems.push((
                            Verdict::Warn,
                            format!(
                                "RETR {msg}: LIST said {listed} octets but {} arrived",
                                body.len()
                            ),
                        ));
                    }
                    (Some(body), None) => {
                        self.retr_results
                            .push(format!("{msg}: {} octets", body.len()));
                    }
                    (None, _) => {
                        self.retr_verdict = Verdict::Fail;
                        self.retr_results.push(format!("{msg}: {}", said()));
                    }
                }
                self.next_retr(now_ms);
            }
            Tag::PipeStat | Tag::PipeList | Tag::PipeNoop => {
                let good = match o.tag {
                    Tag::PipeStat => ok && annotate::parse_two_numbers(&r.text) == self.stat,
                    Tag::PipeList => {
                        ok && r.body.is_some() && r.body_lines().count() == self.sizes.len()
                    }
                    _ => ok && r.body.is_none(),
                };
                if !good {
                    self.pipe.push(format!("{} got {}", o.label, said()));
                }
                if self.outstanding.is_empty() {
                    let (verdict, detail) = if self.pipe.is_empty() {
                        (
                            Verdict::Pass,
                            "STAT, LIST and NOOP sent in one write; the replies came back in order"
                                .to_owned(),
                        )
                    } else {
                        (
                            Verdict::Fail,
                            format!("replies out of order or wrong: {}", self.pipe.join("; ")),
                        )
                    };
                    self.finish(&Task::Pipelining, verdict, detail);
                }
            }
            Tag::Unknown => {
                if ok {
                    self.finish(
                        &Task::Unknown,
                        Verdict::Fail,
                        format!("{UNKNOWN_KEYWORD} got {} instead of -ERR", said()),
                    );
                } else {
                    self.pipe = vec![said()];
                    self.send(Command::Noop, Tag::UnknownNoop, now_ms);
                }
            }
            Tag::UnknownNoop => {
                let first = self.pipe.first().cloned().unwrap_or_default();
                let (verdict, detail) = if ok {
                    (
                        Verdict::Pass,
                        format!("{UNKNOWN_KEYWORD} got \"{first}\"; NOOP afterwards got +OK"),
                    )
                } else {
                    (
                        Verdict::Fail,
                        format!(
                            "{UNKNOWN_KEYWORD} got \"{first}\", but NOOP afterwards got {}",
                            said()
                        ),
                    )
                };
                self.finish(&Task::Unknown, verdict, detail);
            }
            Tag::Dele(msg) => {
                if ok {
                    self.send_raw(Command::Retr { msg }, Tag::RetrDeleted(msg), now_ms);
                } else {
                    self.pipe = vec![format!("DELE {msg} was refused: {}", said())];
                    self.send_raw(Command::Rset, Tag::Rset(msg), now_ms);
                }
            }
            Tag::RetrDeleted(msg) => {
                self.pipe = vec![if ok {
                    format!(
                        "RETR {msg} after DELE {msg} got +OK: a deleted message must be refused"
                    )
                } else {
                    format!("RETR {msg} after DELE refused ({})", said())
                }];
                if ok {
                    self.pipe.insert(0, "FAIL".into());
                }
                self.send_raw(Command::Rset, Tag::Rset(msg), now_ms);
            }
            Tag::Rset(msg) => {
                if ok {
                    if let Some(conn) = self.conn.as_mut() {
                        conn.dele_unreset = false;
                    }
                    self.send_raw(Command::Retr { msg }, Tag::RetrRestored(msg), now_ms);
                } else {
                    // Never QUIT now: drop the connection so nothing is deleted.
                    self.finish(
                        &Task::DeleRset,
                        Verdict::Fail,
                        format!("RSET got {}; the connection was dropped without QUIT so nothing is deleted", said()),
                    );
                    self.close_now();
                }
            }
            Tag::RetrRestored(msg) => {
                let failed = self.pipe.first().is_some_and(|p| p == "FAIL");
                let mut notes: Vec<String> =
                    self.pipe.iter().filter(|p| *p != "FAIL").cloned().collect();
                let refused_dele = notes.iter().any(|n| n.starts_with("DELE"));
                let verdict = if !ok || failed {
                    Verdict::Fail
                } else if refused_dele {
                    Verdict::Warn
                } else {
                    Verdict::Pass
                };
                notes.push(if ok {
                    format!("RETR {msg} after RSET works again")
                } else {
                    format!("RETR {msg} after RSET got {}", said())
                });
                self.finish(&Task::DeleRset, verdict, notes.join("; "));
            }
            Tag::Line255 => {
                self.line_notes = vec![format!("a 255-octet line got \"{}\"", said())];
                let pad = "x".repeat(LONG_LINE - "NOOP \r\n".len());
                self.send_raw(
                    Command::Other {
                        keyword: "NOOP".into(),
                        args: Some(pad),
                    },
                    Tag::LineLong,
                    now_ms,
                );
            }
            Tag::LineLong => {
                self.line_notes
                    .push(format!("a {LONG_LINE}-octet line got \"{}\"", said()));
                self.send(Command::Noop, Tag::LineNoop, now_ms);
            }
            Tag::LineNoop => {
                let (verdict, extra) = if ok {
                    (Verdict::Pass, "NOOP afterwards got +OK".to_owned())
                } else {
                    (
                        Verdict::Warn,
                        format!(
                            "NOOP afterwards got {} (the long line may have been read as several commands)",
                            said()
                        ),
                    )
                };
                self.line_notes.push(extra);
                let detail = self.line_notes.join("; ");
                self.finish(&Task::LineLength, verdict, detail);
            }
            Tag::SafetyRset => {
                if ok {
                    if let Some(conn) = self.conn.as_mut() {
                        conn.dele_unreset = false;
                    }
                    self.send_raw(Command::Quit, Tag::Quit, now_ms);
                } else {
                    self.close_now();
                }
            }
            Tag::Quit => {
                if !ok {
                    self.findings.push(Finding {
                        id: "quit".into(),
                        title: "QUIT".into(),
                        verdict: Verdict::Warn,
                        detail: format!("QUIT got {}", said()),
                        rfc: Some(rfc(1939, "6")),
                    });
                }
                self.close_now();
            }
        }
    }

    fn on_capa(&mut self, r: &Response, said: String) {
        let task = Task::Capa;
        if !r.is_ok() {
            self.finish(
                &task,
                Verdict::Warn,
                format!("CAPA not supported ({said}); probing the basics only"),
            );
            self.capabilities = Some(Vec::new());
            self.plan(&[], false);
            return;
        }
        let mut odd = Vec::new();
        let mut caps = Vec::new();
        for line in r.body_lines() {
            let text = String::from_utf8_lossy(line);
            let cap = Capability::parse(&text);
            if let Capability::Other { name, .. } = &cap {
                let well_formed = !name.is_empty()
                    && name.len() <= 40
                    && name.bytes().all(|b| b.is_ascii_graphic())
                    && text.bytes().all(|b| (0x20..0x7f).contains(&b));
                if !well_formed {
                    odd.push(format!("\"{}\"", text.trim_end()));
                }
            }
            caps.push(cap);
        }
        let names: Vec<String> = caps
            .iter()
            .map(|c| c.to_line().split(' ').next().unwrap_or_default().to_owned())
            .collect();
        let (verdict, detail) = if odd.is_empty() {
            (
                Verdict::Pass,
                format!("{} capabilities: {}", caps.len(), names.join(" ")),
            )
        } else {
            (
                Verdict::Warn,
                format!("malformed capability lines: {}", odd.join(", ")),
            )
        };
        self.finish(&task, verdict, detail);
        self.capabilities = Some(caps.clone());
        self.plan(&caps, true);
    }

    /// Plans the rest of the check from the capabilities.
    fn plan(&mut self, caps: &[Capability], capa_ok: bool) {
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
        let stls = match self.config.security {
            Security::Implicit => Some((
                Verdict::Skipped,
                "TLS from the first byte: STLS does not apply".to_owned(),
            )),
            Security::Stls => None, // judged by the upgrade itself
            Security::Plain if has(&Capability::Stls) => Some((
                Verdict::Pass,
                "offered on this plain connection (not used by the check)".to_owned(),
            )),
            Security::Plain => Some((
                Verdict::Warn,
                "not offered on a plain connection: passwords cross the network in clear"
                    .to_owned(),
            )),
        };
        if let Some((verdict, detail)) = stls {
            self.findings.push(Finding {
                id: "stls".into(),
                title: "STLS".into(),
                verdict,
                detail,
                rfc: Some(rfc(2595, "4")),
            });
        }
        let mut tasks = vec![
            Task::Login {
                method: self.main_login,
                judged: true,
            },
            Task::StatList,
        ];
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
        tasks.extend([
            Task::Retr,
            Task::Unknown,
            Task::DeleRset,
            Task::LineLength,
            Task::Quit,
        ]);
        if has(&Capability::Uidl) {
            tasks.extend([Task::Open, Task::UidlStability, Task::Quit]);
        }
        for task in skipped {
            self.skip(&task, "not advertised in CAPA");
        }
        if self.config.alternative_logins {
            for name in &mechanisms {
                match Mechanism::from_name(name) {
                    Some(m) if runnable.contains(&m) => {
                        if LoginMethod::Sasl(m) != self.main_login {
                            tasks.extend([
                                Task::Open,
                                Task::Login {
                                    method: LoginMethod::Sasl(m),
                                    judged: true,
                                },
                                Task::Quit,
                            ]);
                        }
                    }
                    Some(m) => self.findings.push(Finding {
                        id: format!("sasl-{}", m.name()),
                        title: format!("SASL {}", m.name()),
                        verdict: Verdict::Skipped,
                        detail: "needs an OAuth token, not a password".into(),
                        rfc: Some(rfc(5034, "4")),
                    }),
                    None => self.findings.push(Finding {
                        id: format!("sasl-{name}"),
                        title: format!("SASL {name}"),
                        verdict: Verdict::Skipped,
                        detail: "a mechanism this client does not run".into(),
                        rfc: Some(rfc(5034, "4")),
                    }),
                }
            }
            let apop = self
                .conn
                .as_ref()
                .is_some_and(|c| c.client.apop_timestamp().is_some());
            if apop {
                tasks.extend([
                    Task::Open,
                    Task::Login {
                        method: LoginMethod::Apop,
                        judged: true,
                    },
                    Task::Quit,
                ]);
            }
        }
        if capa_ok && mechanisms.is_empty() {
            self.findings.push(Finding {
                id: "sasl".into(),
                title: "SASL".into(),
                verdict: Verdict::Skipped,
                detail: "no SASL mechanisms advertised".into(),
                rfc: Some(rfc(2449, "6.3")),
            });
        }
        self.tasks.extend(tasks);
    }

    fn login_done(&mut self, ok: bool, said: String) {
        let Some(Task::Login { method, judged }) = self.current.clone() else {
            return;
        };
        let problems = self
            .conn
            .as_ref()
            .map(|c| c.problems.join("; "))
            .unwrap_or_default();
        if ok {
            if let Some(conn) = self.conn.as_mut() {
                conn.logged_in = true;
            }
            if judged {
                let task = Task::Login { method, judged };
                if problems.is_empty() {
                    self.finish(&task, Verdict::Pass, format!("accepted: {said}"));
                } else {
                    self.finish(&task, Verdict::Fail, format!("accepted, but {problems}"));
                }
            }
            self.current = None;
            return;
        }
        let code = said
            .split_once('[')
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(code, _)| ResponseCode::parse(code));
        let reference = match code {
            Some(ResponseCode::InUse) => rfc(2449, "8.1.1"),
            Some(ResponseCode::LoginDelay) => rfc(2449, "8.1.2"),
            Some(ResponseCode::Auth) => rfc(3206, "5"),
            Some(ResponseCode::SysTemp | ResponseCode::SysPerm) => rfc(3206, "4"),
            _ => method.rfc(),
        };
        let why = match &code {
            Some(ResponseCode::InUse) => " — [IN-USE]: the maildrop is locked by another session",
            Some(ResponseCode::LoginDelay) => " — [LOGIN-DELAY]: logged in too recently",
            Some(ResponseCode::Auth) => " — [AUTH]: wrong user name or password",
            Some(ResponseCode::SysTemp) => " — [SYS/TEMP]: a temporary server problem",
            Some(ResponseCode::SysPerm) => " — [SYS/PERM]: a permanent server problem",
            _ => "",
        };
        let problems = if problems.is_empty() {
            String::new()
        } else {
            format!(" ({problems})")
        };
        let main = method == self.main_login;
        let (id, title) = if judged {
            (method.id(), method.title())
        } else {
            (
                "relogin".to_owned(),
                "Login again in a new session".to_owned(),
            )
        };
        self.findings.push(Finding {
            id,
            title,
            verdict: Verdict::Fail,
            detail: format!("login refused: {said}{why}{problems}"),
            rfc: Some(reference),
        });
        self.current = None;
        if main {
            self.stop(&format!("login refused ({})", said.trim()));
            // Leave politely: QUIT in AUTHORIZATION deletes nothing.
            self.tasks.push_back(Task::Quit);
        }
    }

    fn on_list(&mut self, r: &Response, said: String) {
        let task = Task::StatList;
        if !r.is_ok() {
            self.finish(&task, Verdict::Fail, format!("LIST: {said}"));
            return;
        }
        let mut bad = Vec::new();
        self.sizes.clear();
        for line in r.body_lines() {
            match annotate::parse_two_numbers(line) {
                Some((n, size)) => {
                    self.sizes.insert(n, size);
                }
                None => bad.push(String::from_utf8_lossy(line).into_owned()),
            }
        }
        let count = self.sizes.len() as u32;
        let total: u64 = self.sizes.values().sum();
        let (verdict, detail) = match self.stat {
            _ if !bad.is_empty() => (
                Verdict::Fail,
                format!("LIST lines that are not \"n size\": {}", bad.join(", ")),
            ),
            None => (
                Verdict::Fail,
                format!("STAT's reply is not \"+OK count size\": {}", self.stat_said),
            ),
            Some((n, size)) if n == count && size == total => (
                Verdict::Pass,
                format!("{n} messages, {size} octets; LIST sizes add up"),
            ),
            Some((n, size)) => (
                Verdict::Fail,
                format!(
                    "STAT says {n} messages, {size} octets; LIST lists {count} adding up to {total}"
                ),
            ),
        };
        self.finish(&task, verdict, detail);
    }

    fn on_uidl(&mut self, r: &Response, said: String) {
        let stability = self.current == Some(Task::UidlStability);
        let task = self.current.clone().unwrap_or(Task::Uidl);
        if !r.is_ok() {
            self.finish(
                &task,
                Verdict::Fail,
                format!("UIDL is advertised but {said}"),
            );
            return;
        }
        let mut uids = BTreeMap::new();
        let mut problems = Vec::new();
        let mut seen = BTreeSet::new();
        for line in r.body_lines() {
            let text = String::from_utf8_lossy(line);
            let mut words = text.split(' ');
            match (words.next().map(str::parse::<u32>), words.next()) {
                (Some(Ok(n)), Some(uid)) => {
                    let chars_ok = uid.bytes().all(|b| (0x21..=0x7e).contains(&b));
                    if !chars_ok {
                        problems.push(format!("message {n}: id has characters outside 0x21-0x7E"));
                    }
                    if uid.is_empty() || uid.len() > 70 {
                        problems.push(format!(
                            "message {n}: id is {} characters long (1-70 allowed)",
                            uid.len()
                        ));
                    }
                    if !seen.insert(uid.to_owned()) {
                        problems.push(format!("message {n}: id \"{uid}\" is not unique"));
                    }
                    uids.insert(n, uid.to_owned());
                }
                _ => problems.push(format!("a line that is not \"n id\": \"{text}\"")),
            }
        }
        if !stability {
            if uids.len() != self.sizes.len() && problems.is_empty() {
                problems.push(format!(
                    "{} ids for {} listed messages",
                    uids.len(),
                    self.sizes.len()
                ));
            }
            let (verdict, detail) = if problems.is_empty() {
                (
                    Verdict::Pass,
                    format!("{} ids, unique, 1-70 characters of 0x21-0x7E", uids.len()),
                )
            } else {
                problems.truncate(5);
                (Verdict::Fail, problems.join("; "))
            };
            self.uids = Some(uids);
            self.finish(&task, verdict, detail);
            return;
        }
        let (verdict, detail) = match &self.uids {
            None => (
                Verdict::Skipped,
                "no ids from the first session to compare".to_owned(),
            ),
            Some(first) if *first == uids => (
                Verdict::Pass,
                format!("the same {} ids in a second session", uids.len()),
            ),
            Some(first) => {
                let changed: Vec<String> = first
                    .iter()
                    .filter(|(n, uid)| uids.get(n) != Some(uid))
                    .take(5)
                    .map(|(n, uid)| {
                        format!(
                            "message {n}: \"{uid}\" then \"{}\"",
                            uids.get(n).map_or("(none)", String::as_str)
                        )
                    })
                    .collect();
                (
                    Verdict::Fail,
                    format!("ids changed between sessions: {}", changed.join("; ")),
                )
            }
        };
        self.finish(&task, verdict, detail);
    }

    fn finish(&mut self, task: &Task, verdict: Verdict, detail: String) {
        self.findings.push(Finding {
            id: task.id(),
            title: task.title(),
            verdict,
            detail,
            rfc: Some(task.rfc()),
        });
    }

    fn fail_task(&mut self, task: &Task, detail: String) {
        let id = task.id();
        self.findings
            .retain(|f| f.id != id || f.verdict != Verdict::Pass);
        self.finish(task, Verdict::Fail, detail);
        if *task == Task::Retr {
            self.retr_pending.clear();
        }
    }

    fn skip(&mut self, task: &Task, why: &str) {
        self.finish(task, Verdict::Skipped, why.to_owned());
        if self.current.as_ref() == Some(task) {
            self.current = None;
        }
    }

    /// The findings made from everything observed.
    fn summaries(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        // Response codes.
        let advertised = self
            .capabilities
            .as_ref()
            .is_some_and(|c| c.contains(&Capability::RespCodes));
        let malformed_codes: Vec<&String> =
            self.codes.iter().filter(|c| !well_formed_code(c)).collect();
        let distinct: BTreeSet<&String> = self.codes.iter().collect();
        let (verdict, detail) = match (advertised, self.codes.is_empty()) {
            _ if !malformed_codes.is_empty() => (
                Verdict::Fail,
                format!("malformed codes: {}", bracketed(malformed_codes)),
            ),
            (false, false) => (
                Verdict::Warn,
                format!(
                    "codes sent though RESP-CODES is not advertised: {}",
                    bracketed(distinct)
                ),
            ),
            (true, true) => (
                Verdict::Pass,
                "advertised; no reply carried a code in this check".into(),
            ),
            (true, false) => (
                Verdict::Pass,
                format!("well-formed codes seen: {}", bracketed(distinct)),
            ),
            (false, true) => (Verdict::Skipped, "not advertised, and no codes seen".into()),
        };
        out.push(Finding {
            id: "resp-codes".into(),
            title: "Response codes".into(),
            verdict,
            detail,
            rfc: Some(rfc(2449, "8")),
        });
        // Line endings and dot-stuffing.
        let mut problems: Vec<(Verdict, String)> = self.line_problems.clone();
        for m in self
            .malformed
            .iter()
            .filter(|m| m.contains("after the short body of"))
        {
            problems.push((
                Verdict::Fail,
                format!("{m}: the body probably held a line \".\" that was not stuffed"),
            ));
        }
        let verdict = problems.iter().map(|p| p.0).max().unwrap_or(Verdict::Pass);
        let detail = if problems.is_empty() {
            "every reply ended in CRLF, bodies were byte-stuffed, lines within limits".to_owned()
        } else {
            let mut texts: Vec<String> = problems.iter().map(|p| p.1.clone()).collect();
            texts.dedup();
            let more = texts.len().saturating_sub(4);
            texts.truncate(4);
            if more > 0 {
                texts.push(format!("and {more} more"));
            }
            texts.join("; ")
        };
        out.push(Finding {
            id: "line-format".into(),
            title: "Line endings and dot-stuffing".into(),
            verdict,
            detail,
            rfc: Some(rfc(1939, "3")),
        });
        // Reply syntax.
        let (verdict, detail) = if self.malformed.is_empty() {
            (
                Verdict::Pass,
                "every reply began with +OK or -ERR".to_owned(),
            )
        } else {
            let mut distinct: Vec<(String, usize)> = Vec::new();
            for m in &self.malformed {
                match distinct.iter_mut().find(|(d, _)| d == m) {
                    Some((_, n)) => *n += 1,
                    None => distinct.push((m.clone(), 1)),
                }
            }
            let mut shown: Vec<String> = distinct
                .iter()
                .take(3)
                .map(|(m, n)| {
                    if *n > 1 {
                        format!("{n}× {m}")
                    } else {
                        m.clone()
                    }
                })
                .collect();
            if distinct.len() > 3 {
                shown.push(format!("and {} more", distinct.len() - 3));
            }
            (
                Verdict::Fail,
                format!(
                    "{} malformed lines: {}",
                    self.malformed.len(),
                    shown.join("; ")
                ),
            )
        };
        out.push(Finding {
            id: "reply-syntax".into(),
            title: "Reply syntax".into(),
            verdict,
            detail,
            rfc: Some(rfc(1939, "3")),
        });
        // Response times.
        let mut slow = Vec::new();
        let mut parts = Vec::new();
        for (class, times) in &self.times {
            let mut sorted = times.clone();
            sorted.sort_unstable();
            let median = sorted[sorted.len() / 2];
            let max = *sorted.last().expect("not empty");
            parts.push(format!("{class} {median}/{max} ms"));
            if median >= self.config.slow_ms {
                slow.push(class.clone());
            }
        }
        let (verdict, detail) = if parts.is_empty() {
            (Verdict::Skipped, "no replies timed".to_owned())
        } else if slow.is_empty() {
            (Verdict::Pass, format!("median/max: {}", parts.join(", ")))
        } else {
            (
                Verdict::Warn,
                format!(
                    "slow (median {} ms or more): {}; median/max: {}",
                    self.config.slow_ms,
                    slow.join(", "),
                    parts.join(", ")
                ),
            )
        };
        out.push(Finding {
            id: "timing".into(),
            title: "Response times".into(),
            verdict,
            detail,
            rfc: None,
        });
        out
    }
}

/// RFC 2449 §8: `resp-level *("/" resp-level)`, `rchar = %x21-2E / %x30-5C / %x5E-7F`.
/// A client-side problem, for the report's detail text.
fn problem_text(say: &annotate::Say) -> String {
    use annotate::Say;
    match say {
        Say::StlsLeftover { bytes } => {
            format!("{bytes} bytes arrived in clear after +OK to STLS, before TLS started")
        }
        Say::SaslCancelled { error } => format!("authentication cancelled: {error}"),
        Say::SaslUnverified { error } => format!("the server accepted the login, but: {error}"),
        other => other.id().to_owned(),
    }
}

/// What the decoder tolerated, for the report's detail text.
fn warning_text(warning: &DecodeWarning) -> String {
    match warning {
        DecodeWarning::BareLineFeed { lines } => {
            format!("{lines} line(s) ended in LF alone; POP3 lines end in CRLF")
        }
        DecodeWarning::LongLines {
            count,
            longest,
            limit,
        } => format!("{count} line(s) longer than {limit} octets (longest {longest})"),
        DecodeWarning::UnstuffedDot { count, first_line } => format!(
            "{count} line(s) began with a single \".\" (first: line {first_line}): the server did not byte-stuff"
        ),
        DecodeWarning::LowercaseStatus => {
            "The status indicator is not in upper case (+OK / -ERR)".to_owned()
        }
        DecodeWarning::DroppedLines { count } => format!("{count} over-long line(s) dropped"),
    }
}

fn well_formed_code(code: &str) -> bool {
    code.split('/').all(|level| {
        !level.is_empty()
            && level
                .bytes()
                .all(|b| matches!(b, 0x21..=0x2e | 0x30..=0x5c | 0x5e..=0x7f))
    })
}

fn rank(id: &str) -> usize {
    const ORDER: [&str; 20] = [
        "greeting",
        "capa",
        "stls",
        "login",
        "apop",
        "sasl",
        "resp-codes",
        "stat-list",
        "uidl",
        "uidl-stable",
        "top",
        "pipelining",
        "retr",
        "line-format",
        "reply-syntax",
        "dele-rset",
        "unknown-command",
        "line-length",
        "timing",
        "quit",
    ];
    let base = id.split('-').next().unwrap_or(id);
    ORDER
        .iter()
        .position(|o| *o == id)
        .or_else(|| (base == "sasl").then_some(5))
        .unwrap_or(ORDER.len())
}

/// Response codes as they are written: `[IN-USE] [AUTH]`.
fn bracketed<'a>(codes: impl IntoIterator<Item = &'a String>) -> String {
    codes
        .into_iter()
        .map(|c| format!("[{c}]"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::{LineReader, MAX_COMMAND_LINE, stuff_into, write_response};

    /// A tiny scripted server: a three-message maildrop, deletions applied only
    /// on QUIT, and optional faults.
    struct Fake {
        messages: Vec<Vec<u8>>,
        deleted: BTreeSet<u32>,
        reader: LineReader,
        /// Close the connection instead of answering RETR.
        drop_retr: bool,
        /// Answer nothing at all.
        silent: bool,
        quit_applied: usize,
    }

    impl Fake {
        fn new() -> Fake {
            let message = |s: &str| s.replace('\n', "\r\n").into_bytes();
            Fake {
                messages: vec![
                    message("Subject: one\n\nhello\n.dot line\n"),
                    message("Subject: two\n\n.\n"),
                    message("Subject: three\nFrom: a@b\n\nbody\n"),
                ],
                deleted: BTreeSet::new(),
                reader: LineReader::new(MAX_COMMAND_LINE),
                drop_retr: false,
                silent: false,
                quit_applied: 0,
            }
        }

        /// Bytes in; bytes out, or `None` when the server closes.
        fn answer(&mut self, bytes: &[u8]) -> Option<Vec<u8>> {
            self.reader.feed(bytes);
            let mut out = Vec::new();
            while let Some(line) = self.reader.next_line() {
                if self.silent {
                    continue;
                }
                let crate::codec::ClientLine::Line(line) = line else {
                    out.extend(write_response(&Response::err("too long")));
                    continue;
                };
                let live = |d: &BTreeSet<u32>, n: u32| (1..=3).contains(&n) && !d.contains(&n);
                let body = |lines: &[u8]| {
                    let mut b = Vec::new();
                    stuff_into(lines, &mut b);
                    b
                };
                let reply = match Command::parse(&line) {
                    Ok(Command::Capa) => Response::ok("")
                        .with_body(body(b"USER\r\nUIDL\r\nTOP\r\nPIPELINING\r\nRESP-CODES\r\n")),
                    Ok(Command::User { .. }) => Response::ok("send PASS"),
                    Ok(Command::Pass { password }) if password.expose() == "pw" => {
                        Response::ok("in")
                    }
                    Ok(Command::Pass { .. }) => Response::err("no").with_code(ResponseCode::Auth),
                    Ok(Command::Stat) => {
                        let live: Vec<&Vec<u8>> = (1..=3u32)
                            .filter(|n| !self.deleted.contains(n))
                            .map(|n| &self.messages[n as usize - 1])
                            .collect();
                        let total: usize = live.iter().map(|m| m.len()).sum();
                        Response::ok(format!("{} {total}", live.len()))
                    }
                    Ok(Command::List { msg: None }) => {
                        let mut text = String::new();
                        for n in (1..=3u32).filter(|n| !self.deleted.contains(n)) {
                            text += &format!("{n} {}\r\n", self.messages[n as usize - 1].len());
                        }
                        Response::ok("").with_body(text.into_bytes())
                    }
                    Ok(Command::Uidl { msg: None }) => {
                        Response::ok("").with_body(b"1 a\r\n2 b\r\n3 c\r\n".to_vec())
                    }
                    Ok(Command::Top { msg, .. }) if live(&self.deleted, msg) => {
                        let m = &self.messages[msg as usize - 1];
                        let end = m.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
                        Response::ok("").with_body(m[..end].to_vec())
                    }
                    Ok(Command::Retr { .. }) if self.drop_retr => return None,
                    Ok(Command::Retr { msg }) if live(&self.deleted, msg) => {
                        Response::ok("").with_body(self.messages[msg as usize - 1].clone())
                    }
                    Ok(Command::Dele { msg }) if live(&self.deleted, msg) => {
                        self.deleted.insert(msg);
                        Response::ok("deleted")
                    }
                    Ok(Command::Rset) => {
                        self.deleted.clear();
                        Response::ok("")
                    }
                    Ok(Command::Noop) => Response::ok(""),
                    Ok(Command::Quit) => {
                        self.quit_applied += self.deleted.len();
                        out.extend(write_response(&Response::ok("bye")));
                        return Some(out);
                    }
                    _ => Response::err("no"),
                };
                out.extend(write_response(&reply));
            }
            Some(out)
        }
    }

    /// Runs a check against fresh `Fake`s (one per session).
    fn run(config: Config, make: impl Fn() -> Fake) -> (Checker, usize) {
        let mut checker = Checker::new(config);
        let mut server: Option<Fake> = None;
        let mut deleted = 0;
        let mut now = 0;
        for _ in 0..10_000 {
            now += 5;
            let Some(action) = checker.poll_action() else {
                checker.handle_timeout(now + 60_000);
                continue;
            };
            match action {
                Action::Connect { .. } => {
                    let fake = make();
                    checker.connected(now);
                    server = Some(fake);
                    checker.feed(b"+OK ready\r\n", now);
                }
                Action::Write(bytes) => {
                    let fake = server.as_mut().expect("a connection");
                    match fake.answer(&bytes) {
                        Some(out) if !out.is_empty() => checker.feed(&out, now),
                        Some(_) => {}
                        None => {
                            deleted += server.take().map_or(0, |s| s.quit_applied);
                            checker.connection_closed(None, now);
                        }
                    }
                }
                Action::StartTls => panic!("no TLS here"),
                Action::Close => deleted += server.take().map_or(0, |s| s.quit_applied),
                Action::Done => return (checker, deleted),
            }
        }
        panic!("the check did not finish: {}", checker.report().to_text());
    }

    fn config() -> Config {
        let mut config = Config::new("u", "pw");
        config.server = "fake".into();
        config
    }

    #[test]
    fn check_a_good_server_passes_and_deletes_nothing() {
        let (checker, deleted) = run(config(), Fake::new);
        let report = checker.report();
        let text = report.to_text();
        assert_eq!(deleted, 0, "{text}\n{:#?}", checker.transcript());
        assert_eq!(report.count(Verdict::Fail), 0, "{text}");
        for id in [
            "greeting",
            "capa",
            "login",
            "stat-list",
            "uidl",
            "uidl-stable",
            "top",
            "pipelining",
            "retr",
            "line-format",
            "dele-rset",
            "unknown-command",
            "line-length",
        ] {
            assert_eq!(
                report.get(id).map(|f| f.verdict),
                Some(Verdict::Pass),
                "{id}: {text}"
            );
        }
        assert_eq!(report.get("stls").unwrap().verdict, Verdict::Warn);
        assert!(text.starts_with("POP3 server check: fake ("), "{text}");
        assert!(text.contains("PASS  Greeting: "), "{text}");
        assert!(!text.contains("pw"), "{text}");
    }

    #[test]
    fn check_wrong_password_stops_with_the_code() {
        let mut config = config();
        config.password = Secret::new("nope".into());
        let (checker, _) = run(config, Fake::new);
        let report = checker.report();
        let login = report.get("login").unwrap();
        assert_eq!(login.verdict, Verdict::Fail);
        assert!(login.detail.contains("[AUTH]"), "{}", login.detail);
        assert!(report.get("stat-list").is_none());
        assert_eq!(report.get("not-run").unwrap().verdict, Verdict::Skipped);
    }

    #[test]
    fn check_drop_mid_retr_fails_that_probe_and_goes_on() {
        let (checker, deleted) = run(config(), || Fake {
            drop_retr: true,
            ..Fake::new()
        });
        let report = checker.report();
        let text = report.to_text();
        assert_eq!(deleted, 0, "{text}");
        let retr = report.get("retr").unwrap();
        assert_eq!(retr.verdict, Verdict::Fail, "{text}");
        assert!(retr.detail.contains("closed the connection"), "{text}");
        assert_eq!(
            report.get("unknown-command").unwrap().verdict,
            Verdict::Pass,
            "{text}"
        );
        assert_eq!(
            report.get("line-length").unwrap().verdict,
            Verdict::Pass,
            "{text}"
        );
    }

    #[test]
    fn check_silence_times_out() {
        let (checker, _) = run(config(), || Fake {
            silent: true,
            ..Fake::new()
        });
        let report = checker.report();
        let capa = report.get("capa").unwrap();
        assert_eq!(capa.verdict, Verdict::Fail);
        assert!(capa.detail.contains("no reply to CAPA"), "{}", capa.detail);
    }

    #[test]
    fn check_greeting_err_stops() {
        let mut checker = Checker::new(config());
        assert!(matches!(
            checker.poll_action(),
            Some(Action::Connect { session: 1, .. })
        ));
        checker.connected(0);
        checker.feed(b"-ERR go away\r\n", 3);
        assert_eq!(checker.poll_action(), Some(Action::Close));
        assert_eq!(checker.poll_action(), Some(Action::Done));
        let report = checker.report();
        assert_eq!(report.get("greeting").unwrap().verdict, Verdict::Fail);
    }

    #[test]
    fn check_response_code_syntax() {
        assert!(well_formed_code("IN-USE"));
        assert!(well_formed_code("SYS/TEMP"));
        assert!(!well_formed_code("SYS//TEMP"));
        assert!(!well_formed_code("A]B"));
        assert!(!well_formed_code(""));
    }
}
