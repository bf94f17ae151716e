//! What a check found: a [`Verdict`] per [`Finding`], gathered in a [`Report`].

use std::fmt;

use super::probe::Probe;
use super::said::Said;
use crate::annotate::{RfcRef, Say};
use crate::engine::SendError;

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
    /// `PASS`, `WARN`, `FAIL` or `SKIP`: codes, the same in every language.
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

/// One part of a finding's detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// A sentence of the check's.
    Said(Said),
    /// A problem the engine noticed in the session, in its own words.
    Engine(Say),
    /// Why the engine would not send a command (after [`Said::NotSent`]).
    Refused(SendError),
}

impl From<Said> for Detail {
    fn from(said: Said) -> Detail {
        Detail::Said(said)
    }
}

impl Detail {
    /// Whether the part introduces the ones after it (see [`Said::leads`]).
    pub fn leads(&self) -> bool {
        match self {
            Detail::Said(said) => said.leads(),
            Detail::Engine(_) | Detail::Refused(_) => false,
        }
    }
}

/// The result of one probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The probe; `id`, the title ([`Probe::title`]) and `rfc` come from it
    /// (unless a reply's response code points to another rule), and so does
    /// the finding's place in the report.
    pub probe: Probe,
    /// A stable identifier, e.g. `greeting`, `stat-list`, `sasl-PLAIN`.
    pub id: String,
    /// How it went.
    pub verdict: Verdict,
    /// What was observed: sentences, in order. A part that
    /// [leads](Detail::leads) introduces the parts after it.
    pub detail: Vec<Detail>,
    /// The rule it checks.
    pub rfc: Option<RfcRef>,
}

impl Finding {
    /// A finding of `probe`, with the probe's id and RFC clause.
    pub fn new(
        probe: Probe,
        verdict: Verdict,
        detail: impl IntoIterator<Item = impl Into<Detail>>,
    ) -> Finding {
        Finding {
            id: probe.id(),
            rfc: probe.rfc(),
            probe,
            verdict,
            detail: detail.into_iter().map(Into::into).collect(),
        }
    }

    /// The check's sentences in the detail.
    pub fn said(&self) -> impl Iterator<Item = &Said> {
        self.detail.iter().filter_map(|d| match d {
            Detail::Said(said) => Some(said),
            Detail::Engine(_) | Detail::Refused(_) => None,
        })
    }

    /// Whether the detail says this (by message id, e.g. `check-login-refused-auth`).
    pub fn says(&self, id: &str) -> bool {
        self.said().any(|s| s.id() == id)
    }
}

/// Every finding of a check, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// What was checked, as the caller named it ([`Config::server`](super::Config::server)).
    pub server: String,
    /// The findings.
    pub findings: Vec<Finding>,
}

impl Report {
    /// A report of these findings, put in the order of [`Probe::rank`]
    /// (findings of the same rank keep the order they were made in).
    pub(super) fn new(server: String, mut findings: Vec<Finding>) -> Report {
        findings.sort_by_key(|f| f.probe.rank());
        Report { server, findings }
    }

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
}
