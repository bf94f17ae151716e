//! `greeting`: opening a session, and the server's first line (RFC 1939 §4).

use crate::check::config::Security;
use crate::check::conn::{Conn, Phase};
use crate::check::driver::{Action, Checker};
use crate::check::plan::Task;
use crate::check::probe::Probe;
use crate::check::probes::observations::Class;
use crate::check::report::{Finding, Verdict};
use crate::check::said::Said;
use crate::types::Response;

impl Checker {
    /// Asks the caller for a new connection, unless too many were opened.
    pub(in crate::check) fn start_session(&mut self, now_ms: u64) {
        if self.session >= self.config.max_sessions {
            self.current = None;
            self.stop(Said::NotRunTooManySessions);
            return;
        }
        self.session += 1;
        let implicit_tls = self.config.security == Security::Implicit;
        self.conn = Some(Conn::new(implicit_tls, now_ms));
        self.actions.push_back(Action::Connect {
            session: self.session,
            implicit_tls,
        });
    }

    /// Judges the greeting (the first session's only), then readies the
    /// session, with STLS first if so configured.
    pub(in crate::check) fn on_greeting(&mut self, response: &Response, now_ms: u64) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        self.observed
            .time(Class::Greeting, now_ms.saturating_sub(conn.since_ms));
        let timestamp = conn.client.apop_timestamp();
        let first = !self.learnt.greeting_seen;
        self.learnt.greeting_seen = true;
        if !response.is_ok() {
            self.fail_task(
                &Task::Open,
                [Said::GreetingErr {
                    text: response.text_lossy().into_owned(),
                }],
            );
            self.current = None;
            self.stop(Said::NotRunGreetingRefused);
            self.close_now();
            return;
        }
        if first {
            let text = response.text_lossy();
            let bracket = text.contains('<') && text.contains('>');
            let (verdict, detail) = match (&timestamp, text.trim().is_empty(), bracket) {
                (_, true, _) => (Verdict::Warn, Said::GreetingNoText),
                (Some(ts), false, _) => (
                    Verdict::Pass,
                    Said::GreetingTimestamp {
                        timestamp: ts.clone(),
                    },
                ),
                (None, false, true) => (Verdict::Warn, Said::GreetingBadTimestamp),
                (None, false, false) => (Verdict::Pass, Said::GreetingNoTimestamp),
            };
            self.finish(&Task::Open, verdict, [detail]);
            if timestamp.is_none() {
                self.findings.push(Finding::new(
                    Probe::Apop,
                    Verdict::Skipped,
                    [Said::ApopNotOffered],
                ));
            }
        }
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        if self.config.security == Security::Stls {
            conn.phase = Phase::Stls;
            self.start_stls(now_ms);
        } else {
            conn.phase = Phase::Ready;
        }
    }
}
