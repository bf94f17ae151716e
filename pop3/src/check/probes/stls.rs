//! `stls`: STLS offered on a plain connection, or used to upgrade it
//! (RFC 2595 §4).

use crate::check::config::Security;
use crate::check::driver::Checker;
use crate::check::probe::Probe;
use crate::check::probes::{Tag, said};
use crate::check::report::{Finding, Verdict};
use crate::check::said::Said;
use crate::types::{Command, Response};

impl Checker {
    /// Upgrades the session right after the greeting.
    pub(in crate::check) fn start_stls(&mut self, now_ms: u64) {
        self.send(Command::Stls, Tag::Stls, now_ms);
    }

    pub(in crate::check) fn stls_reply(&mut self, r: &Response) {
        if r.is_ok() {
            // Every session upgrades; the report says so once.
            if !self.findings.iter().any(|f| f.probe == Probe::Stls) {
                self.findings.push(Finding::new(
                    Probe::Stls,
                    Verdict::Pass,
                    [Said::StlsUpgraded],
                ));
            }
            // Phase moves on with the StartTls event.
        } else {
            self.findings.push(Finding::new(
                Probe::Stls,
                Verdict::Fail,
                [Said::StlsRefused { reply: said(r) }],
            ));
            self.current = None;
            self.stop(Said::NotRunStlsRefused);
            self.close_now();
        }
    }

    /// Judges whether STLS is offered, from the capabilities (with
    /// [`Security::Stls`] the upgrade itself is judged instead).
    pub(in crate::check) fn judge_stls_offer(&mut self, offered: bool) {
        let (verdict, detail) = match self.config.security {
            Security::Implicit => (Verdict::Skipped, Said::StlsImplicit),
            Security::Stls => return,
            Security::Plain if offered => (Verdict::Pass, Said::StlsOffered),
            Security::Plain => (Verdict::Warn, Said::StlsNotOffered),
        };
        self.findings
            .push(Finding::new(Probe::Stls, verdict, [detail]));
    }
}
