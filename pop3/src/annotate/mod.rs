//! Explanations of POP3 lines: what each line means, the RFC section it comes
//! from, and remarks with a severity.
//!
//! Everything here is typed: a summary and each remark are a [`Say`], a message
//! id with its arguments. Turning them into words is the edge's job (one catalog
//! per language); nothing in the core, the checks or the exports reads words.

mod explain;
mod say;

use std::fmt;

pub use explain::{
    capability_note, code_reference, command, decode_warnings, greeting, keyword_reference,
    leading_number, malformed, parse_two_numbers, reply,
};
pub use say::{Arg, ArgValue, Say};

/// How much a line deserves attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// As the RFCs describe.
    Info,
    /// Allowed or tolerated, but unusual or likely to cause trouble.
    Warning,
    /// Breaks a MUST of an RFC.
    Violation,
}

impl Severity {
    /// `info`, `warning` or `violation`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Violation => "violation",
        }
    }

    /// Parses [`Severity::as_str`]'s words.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "violation" => Some(Severity::Violation),
            _ => None,
        }
    }
}

/// A section of an RFC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RfcRef {
    /// The RFC number.
    pub rfc: u16,
    /// The section, e.g. `"5"` or `"8.1.1"`; empty for the whole document.
    pub section: &'static str,
}

/// Shorthand for an [`RfcRef`].
pub const fn rfc(rfc: u16, section: &'static str) -> RfcRef {
    RfcRef { rfc, section }
}

impl RfcRef {
    /// A link to the section on the RFC Editor's site.
    pub fn url(&self) -> String {
        if self.section.is_empty() {
            format!("https://www.rfc-editor.org/rfc/rfc{}", self.rfc)
        } else {
            format!(
                "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
                self.rfc, self.section
            )
        }
    }
}

impl fmt::Display for RfcRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.section.is_empty() {
            write!(f, "RFC {}", self.rfc)
        } else {
            write!(f, "RFC {} §{}", self.rfc, self.section)
        }
    }
}

/// One remark about a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong or worth knowing.
    pub say: Say,
    /// Where the rule is written.
    pub rfc: Option<RfcRef>,
    /// For a remark about one line of a multi-line body: that line, 1-based
    /// (one past the last body line is the terminating ".").
    pub body_line: Option<usize>,
}

/// The explanation of one transcript line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// What the line means.
    pub summary: Say,
    /// Where the line's meaning is defined.
    pub rfc: Option<RfcRef>,
    /// The command the line belongs to, e.g. `STAT`.
    pub topic: Option<String>,
    /// Remarks: warnings, violations, extra information.
    pub notes: Vec<Note>,
}

impl Annotation {
    /// An annotation with a summary and a reference.
    pub fn new(summary: Say, rfc: Option<RfcRef>) -> Self {
        Annotation {
            summary,
            rfc,
            topic: None,
            notes: Vec::new(),
        }
    }

    /// Adds a remark.
    pub fn note(&mut self, severity: Severity, say: Say, rfc: Option<RfcRef>) {
        self.notes.push(Note {
            severity,
            say,
            rfc,
            body_line: None,
        });
    }

    /// Adds a remark about one line of the body (1-based; see [`Note::body_line`]).
    pub fn note_at(&mut self, severity: Severity, say: Say, rfc: Option<RfcRef>, body_line: usize) {
        self.notes.push(Note {
            severity,
            say,
            rfc,
            body_line: Some(body_line),
        });
    }

    /// The most serious severity among the remarks (Info when there are none).
    pub fn severity(&self) -> Severity {
        self.notes
            .iter()
            .map(|n| n.severity)
            .max()
            .unwrap_or(Severity::Info)
    }

    /// Whether a remark says this (by id).
    pub fn has_note(&self, id: &str) -> bool {
        self.notes.iter().any(|n| n.say.id() == id)
    }
}
