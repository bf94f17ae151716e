//! The probes a report can hold, and the one table that names them.

use std::borrow::Cow;

use super::said::Said;
use crate::annotate::{RfcRef, rfc};

/// One line of the report card: a probe the checker runs, or a judgement it
/// makes at the end from everything it saw.
///
/// Each probe's stable id, title (a [`Said`] message, `check-probe-…`), RFC
/// clause and rank (its place in the report) are written together, in one
/// table in this file; the variants are declared in report order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Probe {
    /// The server's first line.
    Greeting,
    /// CAPA and the capabilities it lists.
    Capa,
    /// STLS: offered, used, or refused.
    Stls,
    /// Under TLS: STLS is refused and CAPA no longer lists it.
    StlsAfterTls,
    /// Login with USER and PASS.
    Login,
    /// Wrong passwords are refused, and the session survives them.
    BadPass,
    /// Login with APOP.
    Apop,
    /// Whether any SASL mechanism is advertised.
    Sasl,
    /// Login with one SASL mechanism, by its name as written in the id
    /// (e.g. `PLAIN`, or an unknown name as the server advertised it).
    SaslMechanism(String),
    /// AUTH PLAIN with CR LF inside the identity gets one reply, no login.
    AuthInjection,
    /// The response codes seen in every reply (judged at the end).
    RespCodes,
    /// STAT and LIST agree.
    StatList,
    /// UIDL lists unique, well-formed ids.
    Uidl,
    /// UIDL gives the same ids in a later session.
    UidlStable,
    /// LIST and UIDL refuse extra and out-of-range arguments.
    BadArguments,
    /// TOP n 0 returns the headers only.
    Top,
    /// TOP byte-stuffs the lines it returns, as RETR does.
    TopStuffing,
    /// Pipelined commands are answered in order.
    Pipelining,
    /// RETR returns what LIST announced.
    Retr,
    /// Line endings, dot-stuffing and line lengths of every reply (judged at
    /// the end).
    LineFormat,
    /// Every reply begins with +OK or -ERR (judged at the end).
    ReplySyntax,
    /// DELE, then RETR of that message is refused, and RSET restores it.
    DeleRset,
    /// An unknown command gets -ERR and leaves the session usable.
    UnknownCommand,
    /// Command lines up to 255 octets are accepted, longer ones survived.
    LineLength,
    /// Reply times (judged at the end).
    Timing,
    /// QUIT.
    Quit,
    /// A login that only opens a session for later probes, when it fails.
    Relogin,
    /// The probes an early failure kept from running.
    NotRun,
}

/// A probe's names, the rule it checks and its place in the report.
struct About {
    id: Cow<'static, str>,
    title: Said,
    rfc: Option<RfcRef>,
    rank: u8,
}

impl Probe {
    /// The stable id, e.g. `greeting`, `stat-list`, `sasl-PLAIN`.
    pub fn id(&self) -> String {
        self.about().id.into_owned()
    }

    /// What is checked, in a few words: a message for the edge to write.
    pub fn title(&self) -> Said {
        self.about().title
    }

    /// The rule it checks, if there is one.
    pub fn rfc(&self) -> Option<RfcRef> {
        self.about().rfc
    }

    /// Its place in the report: lower comes first; findings of the same rank
    /// keep the order they were made in.
    pub fn rank(&self) -> u8 {
        self.about().rank
    }

    /// The table: id, title, RFC clause and rank of every probe.
    #[rustfmt::skip]
    fn about(&self) -> About {
        let (id, title, clause, rank) = match self {
            Probe::Greeting       => ("greeting",        Said::ProbeGreeting,       Some(rfc(1939, "4")),   0),
            Probe::Capa           => ("capa",            Said::ProbeCapa,           Some(rfc(2449, "5")),   1),
            Probe::Stls           => ("stls",            Said::ProbeStls,           Some(rfc(2595, "4")),   2),
            Probe::StlsAfterTls   => ("stls-after-tls",  Said::ProbeStlsAfterTls,   Some(rfc(2595, "4")),   3),
            Probe::Login          => ("login",           Said::ProbeLogin,          Some(rfc(1939, "7")),   4),
            Probe::BadPass        => ("bad-pass",        Said::ProbeBadPass,        Some(rfc(1939, "7")),   5),
            Probe::Apop           => ("apop",            Said::ProbeApop,           Some(rfc(1939, "7")),   6),
            Probe::Sasl           => ("sasl",            Said::ProbeSasl,           Some(rfc(2449, "6.3")), 7),
            Probe::SaslMechanism(name) => {
                return About {
                    id: format!("sasl-{name}").into(),
                    title: Said::ProbeSaslMechanism { name: name.clone() },
                    rfc: Some(rfc(5034, "4")),
                    rank: 7,
                };
            }
            Probe::AuthInjection  => ("auth-injection",  Said::ProbeAuthInjection,  Some(rfc(5034, "4")),   8),
            Probe::RespCodes      => ("resp-codes",      Said::ProbeRespCodes,      Some(rfc(2449, "8")),   9),
            Probe::StatList       => ("stat-list",       Said::ProbeStatList,       Some(rfc(1939, "5")),   10),
            Probe::Uidl           => ("uidl",            Said::ProbeUidl,           Some(rfc(1939, "7")),   11),
            Probe::UidlStable     => ("uidl-stable",     Said::ProbeUidlStable,     Some(rfc(1939, "7")),   12),
            Probe::BadArguments   => ("bad-arguments",   Said::ProbeBadArguments,   Some(rfc(1939, "5")),   13),
            Probe::Top            => ("top",             Said::ProbeTop,            Some(rfc(1939, "7")),   14),
            Probe::TopStuffing    => ("top-stuffing",    Said::ProbeTopStuffing,    Some(rfc(1939, "3")),   15),
            Probe::Pipelining     => ("pipelining",      Said::ProbePipelining,     Some(rfc(2449, "6.6")), 16),
            Probe::Retr           => ("retr",            Said::ProbeRetr,           Some(rfc(1939, "5")),   17),
            Probe::LineFormat     => ("line-format",     Said::ProbeLineFormat,     Some(rfc(1939, "3")),   18),
            Probe::ReplySyntax    => ("reply-syntax",    Said::ProbeReplySyntax,    Some(rfc(1939, "3")),   19),
            Probe::DeleRset       => ("dele-rset",       Said::ProbeDeleRset,       Some(rfc(1939, "5")),   20),
            Probe::UnknownCommand => ("unknown-command", Said::ProbeUnknownCommand, Some(rfc(1939, "3")),   21),
            Probe::LineLength     => ("line-length",     Said::ProbeLineLength,     Some(rfc(2449, "4")),   22),
            Probe::Timing         => ("timing",          Said::ProbeTiming,         None,                   23),
            Probe::Quit           => ("quit",            Said::ProbeQuit,           Some(rfc(1939, "6")),   24),
            // Its finding cites the clause the refusal points to.
            Probe::Relogin        => ("relogin",         Said::ProbeRelogin,        None,                   25),
            Probe::NotRun         => ("not-run",         Said::ProbeNotRun,         None,                   25),
        };
        About {
            id: id.into(),
            title,
            rfc: clause,
            rank,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probe_ids_titles_and_ranks() {
        let all = [
            Probe::Greeting,
            Probe::Capa,
            Probe::Stls,
            Probe::StlsAfterTls,
            Probe::Login,
            Probe::BadPass,
            Probe::Apop,
            Probe::Sasl,
            Probe::SaslMechanism("PLAIN".into()),
            Probe::AuthInjection,
            Probe::RespCodes,
            Probe::StatList,
            Probe::Uidl,
            Probe::UidlStable,
            Probe::BadArguments,
            Probe::Top,
            Probe::TopStuffing,
            Probe::Pipelining,
            Probe::Retr,
            Probe::LineFormat,
            Probe::ReplySyntax,
            Probe::DeleRset,
            Probe::UnknownCommand,
            Probe::LineLength,
            Probe::Timing,
            Probe::Quit,
            Probe::Relogin,
            Probe::NotRun,
        ];
        // Declared in report order.
        assert!(all.windows(2).all(|w| w[0].rank() <= w[1].rank()));
        let ids: Vec<String> = all.iter().map(Probe::id).collect();
        let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        let mechanism = Probe::SaslMechanism("CRAM-MD5".into());
        assert_eq!(mechanism.id(), "sasl-CRAM-MD5");
        assert_eq!(
            mechanism.title(),
            Said::ProbeSaslMechanism {
                name: "CRAM-MD5".into()
            }
        );
        assert_eq!(mechanism.rank(), Probe::Sasl.rank());
        assert_eq!(Probe::StatList.title(), Said::ProbeStatList);
        // Every title is its probe's id under `check-probe-`.
        for probe in all.iter().filter(|p| !matches!(p, Probe::SaslMechanism(_))) {
            assert_eq!(probe.title().id(), format!("check-probe-{}", probe.id()));
        }
        assert_eq!(Probe::Greeting.rfc(), Some(rfc(1939, "4")));
    }
}
