//! One handler per probe: what it sends and how it judges the replies.
//!
//! Each handler is a pair of methods on [`Checker`]: `start_*` sends the
//! probe's first command, and `*_reply` judges a reply, sends the next
//! command or records the [`Finding`]. Every command is written with a
//! [`Tag`] naming the probe (and its step) that the reply goes back to.

pub(super) mod auth_injection;
pub(super) mod bad_arguments;
pub(super) mod bad_pass;
pub(super) mod capa;
pub(super) mod dele_rset;
pub(super) mod greeting;
pub(super) mod line_length;
pub(super) mod login;
pub(super) mod observations;
pub(super) mod pipelining;
pub(super) mod quit;
pub(super) mod retr;
pub(super) mod stat_list;
pub(super) mod stls;
pub(super) mod stls_after_tls;
pub(super) mod top;
pub(super) mod top_stuffing;
pub(super) mod uidl;
pub(super) mod unknown;

use std::collections::BTreeMap;

use super::conn::Outstanding;
use super::driver::Checker;
use super::plan::Task;
use super::report::{Detail, Finding, Verdict};
use super::said::Said;
use crate::codec::DecodeWarning;
use crate::types::{Capability, Response};

/// What a reply answers: the probe that sent the command, and its step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tag {
    Stls,
    Capa,
    StlsAfterTls,
    Login(login::Step),
    BadPass(bad_pass::Step),
    AuthInjection(auth_injection::Step),
    StatList(stat_list::Step),
    Uidl,
    Top,
    TopStuffing,
    Retr(u32),
    Pipelining(pipelining::Step),
    Unknown(unknown::Step),
    BadArguments(bad_arguments::Step),
    DeleRset(dele_rset::Step),
    LineLength(line_length::Step),
    Quit(quit::Step),
}

impl Tag {
    /// Whether the reply's time counts as "other" rather than under its
    /// command's keyword (commands meant to be refused or oversized).
    pub(super) fn timed_as_other(self) -> bool {
        matches!(
            self,
            Tag::Unknown(unknown::Step::Command)
                | Tag::BadArguments(bad_arguments::Step::Refuse(_))
                | Tag::LineLength(line_length::Step::Short | line_length::Step::Long)
        )
    }
}

/// What the probes learnt about the server and the maildrop, for later probes.
#[derive(Debug, Default)]
pub(super) struct Learnt {
    /// A greeting was judged (only the first session's is).
    pub(super) greeting_seen: bool,
    /// From CAPA (empty if CAPA failed).
    pub(super) capabilities: Option<Vec<Capability>>,
    /// STAT's count and size.
    pub(super) stat: Option<(u32, u64)>,
    /// STAT's reply, as said.
    pub(super) stat_said: String,
    /// LIST's sizes by message number.
    pub(super) sizes: BTreeMap<u32, u64>,
    /// UIDL's ids by message number, from the first session.
    pub(super) uids: Option<BTreeMap<u32, String>>,
    /// The first line RETR returned that begins with ".", for `top-stuffing`.
    pub(super) dotted: Option<top_stuffing::DottedLine>,
}

/// The working state of the probes that take several replies.
#[derive(Debug, Default)]
pub(super) struct Runs {
    pub(super) retr: retr::Run,
    pub(super) pipelining: pipelining::Run,
    pub(super) unknown: unknown::Run,
    pub(super) dele_rset: dele_rset::Run,
    pub(super) line_length: line_length::Run,
    pub(super) bad_arguments: bad_arguments::Run,
    pub(super) auth_injection: auth_injection::Run,
    pub(super) bad_pass: bad_pass::Run,
}

/// A reply as the findings quote it: `+OK [CODE] text` (what the server sent,
/// an argument of the sentences, never translated).
pub(super) fn said(r: &Response) -> String {
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
}

impl Checker {
    /// Starts a task: its first command, or the connection it needs.
    pub(super) fn start(&mut self, task: Task, now_ms: u64) {
        self.current = Some(task.clone());
        match task {
            Task::Open => self.start_session(now_ms),
            Task::Capa => self.start_capa(now_ms),
            Task::StlsAfterTls => self.start_stls_after_tls(now_ms),
            Task::Login { method, .. } => self.start_login(method, now_ms),
            Task::StatList => self.start_stat_list(now_ms),
            Task::Uidl | Task::UidlStability => self.start_uidl(now_ms),
            Task::Top => self.start_top(now_ms),
            Task::TopStuffing => self.start_top_stuffing(now_ms),
            Task::Pipelining => self.start_pipelining(now_ms),
            Task::Retr => self.start_retr(now_ms),
            Task::Unknown => self.start_unknown(now_ms),
            Task::BadArguments => self.start_bad_arguments(now_ms),
            Task::DeleRset => self.start_dele_rset(now_ms),
            Task::LineLength => self.start_line_length(now_ms),
            Task::AuthInjection => self.start_auth_injection(now_ms),
            Task::BadPass => self.start_bad_pass(now_ms),
            Task::Quit => self.start_quit(now_ms),
        }
    }

    /// Hands a reply to the probe that sent the command.
    /// `warnings` are what the decoder tolerated in the reply.
    pub(super) fn on_reply(
        &mut self,
        o: Outstanding,
        r: Response,
        warnings: &[DecodeWarning],
        now_ms: u64,
    ) {
        match o.tag {
            Tag::Stls => self.stls_reply(&r),
            Tag::Capa => self.capa_reply(&r),
            Tag::StlsAfterTls => self.stls_after_tls_reply(&r),
            Tag::Login(step) => self.login_reply(step, &r, now_ms),
            Tag::BadPass(step) => self.bad_pass_reply(step, &r, now_ms),
            Tag::AuthInjection(step) => self.auth_injection_reply(step, &r, now_ms),
            Tag::StatList(step) => self.stat_list_reply(step, &r, now_ms),
            Tag::Uidl => self.uidl_reply(&r),
            Tag::Top => self.top_reply(&r),
            Tag::TopStuffing => self.top_stuffing_reply(&r, warnings),
            Tag::Retr(msg) => self.retr_reply(msg, &r, warnings, now_ms),
            Tag::Pipelining(step) => self.pipelining_reply(step, &o.sent.command, &r),
            Tag::Unknown(step) => self.unknown_reply(step, &r, now_ms),
            Tag::BadArguments(step) => self.bad_arguments_reply(step, &o.sent.command, &r, now_ms),
            Tag::DeleRset(step) => self.dele_rset_reply(step, &r, now_ms),
            Tag::LineLength(step) => self.line_length_reply(step, &r, now_ms),
            Tag::Quit(step) => self.quit_reply(step, &r, now_ms),
        }
    }

    /// Records how a task went.
    pub(super) fn finish(
        &mut self,
        task: &Task,
        verdict: Verdict,
        detail: impl IntoIterator<Item = impl Into<Detail>>,
    ) {
        self.findings
            .push(Finding::new(task.probe(), verdict, detail));
    }

    /// Records that a task failed, replacing a pass it may have had.
    pub(super) fn fail_task(
        &mut self,
        task: &Task,
        detail: impl IntoIterator<Item = impl Into<Detail>>,
    ) {
        let probe = task.probe();
        self.findings
            .retain(|f| f.probe != probe || f.verdict != Verdict::Pass);
        self.finish(task, Verdict::Fail, detail);
        if *task == Task::Retr {
            self.runs.retr.pending.clear();
        }
    }

    /// Records that a task was not run, and ends it if it is the current one.
    pub(super) fn skip(&mut self, task: &Task, why: impl IntoIterator<Item = impl Into<Detail>>) {
        self.finish(task, Verdict::Skipped, why);
        if self.current.as_ref() == Some(task) {
            self.current = None;
        }
    }

    /// Message numbers to probe: from LIST, or from STAT's count if LIST failed.
    pub(super) fn candidates(&self) -> Vec<u32> {
        if !self.learnt.sizes.is_empty() {
            return self.learnt.sizes.keys().copied().collect();
        }
        let count = self.learnt.stat.map_or(0, |(n, _)| n);
        (1..=count.min(self.config.max_retr_messages as u32)).collect()
    }

    /// Why there is no message to probe.
    pub(super) fn why_no_messages(&self) -> Said {
        match self.learnt.stat {
            Some((0, _)) => Said::MaildropEmpty,
            _ => Said::NoMessageList,
        }
    }
}
