//! `auth-injection`: AUTH PLAIN whose decoded identities hold CR LF and a
//! reply of their own (`mrose\r\n+OK injected`) gets exactly one reply, and
//! no login (RFC 5034 §4: one command, one final reply). A server that writes
//! the identity into its reply, or its log, unescaped lets a client, or
//! whoever chooses the user name, forge a line of the protocol.
//!
//! The AUTH reply is followed by NOOP: a forged line that arrived with the
//! reply is seen as a reply no command asked for, and one that arrived later
//! as NOOP's reply, by its text.

use crate::check::conn::{Outstanding, Sent, not_sent};
use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::sasl::{Credentials, Mechanism};
use crate::types::{Command, Response};

/// The reply the identity tries to smuggle in; its text identifies it.
const INJECTED_TEXT: &str = "injected";

/// The replies of the probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::check) enum Step {
    /// The end of the AUTH PLAIN exchange.
    Auth,
    /// NOOP afterwards.
    Noop,
}

/// The probe's state between its replies.
#[derive(Debug, Default)]
pub(in crate::check) struct Run {
    /// The reply to AUTH, as said, and whether it was +OK.
    auth: Option<(String, bool)>,
    /// Replies no command asked for while the probe ran (escaped).
    pub(in crate::check) extra: Vec<String>,
}

impl Checker {
    pub(in crate::check) fn start_auth_injection(&mut self, now_ms: u64) {
        self.runs.auth_injection = Run::default();
        let forged = format!("{}\r\n+OK {INJECTED_TEXT}", self.config.user);
        let credentials = Credentials {
            authzid: Some(forged.clone()),
            ..Credentials::new(forged, self.config.password.expose().clone())
        };
        let nonce = format!("{}{}", self.config.nonce, self.session);
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        match conn
            .client
            .authenticate(Mechanism::Plain, credentials, &nonce)
        {
            Ok(()) => self.outstanding.push_back(Outstanding {
                tag: Tag::AuthInjection(Step::Auth),
                sent_ms: now_ms,
                sent: Sent::named("AUTH PLAIN"),
                // A refusal may be slowed down on purpose.
                timed: false,
            }),
            Err(e) => self.skip(&Task::AuthInjection, not_sent("AUTH PLAIN", e)),
        }
        self.pump(now_ms);
    }

    pub(in crate::check) fn auth_injection_reply(&mut self, step: Step, r: &Response, now_ms: u64) {
        match step {
            Step::Auth => {
                self.runs.auth_injection.auth = Some((said(r), r.is_ok()));
                if r.is_ok()
                    && let Some(conn) = self.conn.as_mut()
                {
                    // Nothing is deleted, but the session is one that logged in.
                    conn.logged_in = true;
                }
                self.send_raw(Command::Noop, Tag::AuthInjection(Step::Noop), now_ms);
            }
            Step::Noop => self.judge_injection(Some(r)),
        }
    }

    /// Judges the probe from the AUTH reply, the replies no command asked for,
    /// and NOOP's reply (`None` if the server closed the connection first).
    fn judge_injection(&mut self, noop: Option<&Response>) {
        let run = std::mem::take(&mut self.runs.auth_injection);
        let mut extra = run.extra;
        if let Some(r) = noop
            && String::from_utf8_lossy(&r.text).starts_with(INJECTED_TEXT)
        {
            extra.push(said(r).escape_debug().to_string());
        }
        let (auth, logged_in) = run.auth.unwrap_or_default();
        let mut detail = Vec::new();
        let mut verdict = Verdict::Pass;
        if logged_in {
            verdict = Verdict::Fail;
            detail.push(Said::InjectionLoggedIn { reply: auth });
        } else if extra.is_empty() {
            detail.push(Said::InjectionOneReply { reply: auth });
        } else {
            detail.push(Said::CommandGot {
                command: "AUTH PLAIN".into(),
                reply: auth,
            });
        }
        if !extra.is_empty() {
            verdict = Verdict::Fail;
            detail.push(Said::InjectionExtraLines {
                count: extra.len(),
                lines: extra
                    .iter()
                    .map(|l| format!("\"{l}\""))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        self.finish(&Task::AuthInjection, verdict, detail);
    }

    /// The server closed the connection during the probe. After its reply to
    /// AUTH that is a clean way to refuse (returns `true`: judged); before it,
    /// the caller reports the close.
    pub(in crate::check) fn auth_injection_closed(&mut self) -> bool {
        if self.runs.auth_injection.auth.is_none() {
            return false;
        }
        self.judge_injection(None);
        true
    }
}
