//! What a check found: a [`Verdict`] per [`Finding`], gathered in a [`Report`].

use std::fmt;

use super::probe::Probe;
use crate::annotate::RfcRef;

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
    /// The probe; `id`, `title` and `rfc` come from it (unless a reply's
    /// response code points to another rule), and so does the finding's place
    /// in the report.
    pub probe: Probe,
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

impl Finding {
    /// A finding of `probe`, with the probe's id, title and RFC clause.
    pub fn new(probe: Probe, verdict: Verdict, detail: impl Into<String>) -> Finding {
        Finding {
            id: probe.id(),
            title: probe.title(),
            rfc: probe.rfc(),
            probe,
            verdict,
            detail: detail.into(),
        }
    }
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
