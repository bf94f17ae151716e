//! Plain-language explanations of POP3 lines, each with the RFC section it comes
//! from and a severity.

use std::fmt;

use crate::codec::{DecodeWarning, Malformed};
use crate::types::{Capability, Command, Response, ResponseCode, Status};

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
    /// What is wrong or worth knowing, in plain words.
    pub text: String,
    /// Where the rule is written.
    pub rfc: Option<RfcRef>,
}

/// The explanation of one transcript line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// What the line means.
    pub summary: String,
    /// Where the line's meaning is defined.
    pub rfc: Option<RfcRef>,
    /// The command the line belongs to, e.g. `STAT`.
    pub topic: Option<String>,
    /// Remarks: warnings, violations, extra information.
    pub notes: Vec<Note>,
}

impl Annotation {
    /// An annotation with a summary and a reference.
    pub fn new(summary: impl Into<String>, rfc: Option<RfcRef>) -> Self {
        Annotation {
            summary: summary.into(),
            rfc,
            topic: None,
            notes: Vec::new(),
        }
    }

    /// Adds a remark.
    pub fn note(&mut self, severity: Severity, text: impl Into<String>, rfc: Option<RfcRef>) {
        self.notes.push(Note {
            severity,
            text: text.into(),
            rfc,
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

    /// The summary followed by the reference, e.g.
    /// "2 messages, 320 octets in total (RFC 1939 §5 STAT)".
    pub fn headline(&self) -> String {
        match (&self.rfc, &self.topic) {
            (Some(r), Some(topic)) => format!("{} ({r} {topic})", self.summary),
            (Some(r), None) => format!("{} ({r})", self.summary),
            (None, _) => self.summary.clone(),
        }
    }
}

/// RFC 1939 §5 (TRANSACTION state commands).
const TRANSACTION: RfcRef = rfc(1939, "5");
/// RFC 1939 §7 (optional commands).
const OPTIONAL: RfcRef = rfc(1939, "7");

/// Explains a command the client is about to send.
pub fn command(cmd: &Command) -> Annotation {
    let (summary, reference) = match cmd {
        Command::User { name } => (
            format!("Names the mailbox \"{name}\"; PASS must follow"),
            OPTIONAL,
        ),
        Command::Pass { .. } => (
            "Sends the password in clear text (masked here)".into(),
            OPTIONAL,
        ),
        Command::Apop { name, .. } => (
            format!(
                "Logs in as \"{name}\" with MD5(timestamp + secret): the secret itself never crosses the wire"
            ),
            OPTIONAL,
        ),
        Command::Quit => (
            "Ends the session; in TRANSACTION the server first applies deletions (UPDATE state)"
                .into(),
            rfc(1939, "6"),
        ),
        Command::Stat => (
            "Asks for the number of messages and their total size".into(),
            TRANSACTION,
        ),
        Command::List { msg: None } => (
            "Asks for the size of every message (a multi-line scan listing)".into(),
            TRANSACTION,
        ),
        Command::List { msg: Some(n) } => {
            (format!("Asks for the size of message {n}"), TRANSACTION)
        }
        Command::Retr { msg } => (
            format!("Downloads message {msg} (a multi-line, byte-stuffed reply)"),
            TRANSACTION,
        ),
        Command::Dele { msg } => (
            format!("Marks message {msg} as deleted; it is removed only after QUIT"),
            TRANSACTION,
        ),
        Command::Noop => (
            "Does nothing; keeps the connection alive".into(),
            TRANSACTION,
        ),
        Command::Rset => (
            "Unmarks every message marked as deleted in this session".into(),
            TRANSACTION,
        ),
        Command::Top { msg, lines } => (
            format!(
                "Asks for the headers of message {msg} and the first {lines} lines of its body"
            ),
            OPTIONAL,
        ),
        Command::Uidl { msg: None } => (
            "Asks for the unique id of every message (multi-line)".into(),
            OPTIONAL,
        ),
        Command::Uidl { msg: Some(n) } => {
            (format!("Asks for the unique id of message {n}"), OPTIONAL)
        }
        Command::Last => (
            "Asks for the highest message number accessed (obsolete: removed after RFC 1460)"
                .into(),
            rfc(1460, "5"),
        ),
        Command::Capa => (
            "Asks which extensions the server supports".into(),
            rfc(2449, "5"),
        ),
        Command::Stls => (
            "Asks to upgrade this connection to TLS".into(),
            rfc(2595, "4"),
        ),
        Command::Auth {
            mechanism: Some(m),
            initial_response,
            ..
        } => (
            format!(
                "Starts SASL authentication with {m}{}",
                if initial_response.is_some() {
                    ", sending the first response at once (masked)"
                } else {
                    ""
                }
            ),
            rfc(5034, "4"),
        ),
        Command::Auth {
            mechanism: None, ..
        } => (
            "Bare AUTH: many servers list their SASL mechanisms (not standard; use CAPA)".into(),
            rfc(5034, "4"),
        ),
        Command::Utf8 => ("Switches the session to UTF-8 mode".into(), rfc(6856, "2")),
        Command::Lang { tag: None } => (
            "Lists the languages the server speaks".into(),
            rfc(6856, "3"),
        ),
        Command::Lang { tag: Some(t) } => (
            format!("Asks for server replies in language \"{t}\""),
            rfc(6856, "3"),
        ),
        Command::Other { keyword, .. } => {
            let mut a = Annotation::new(
                format!(
                    "\"{keyword}\" is not a command this client knows; the server should answer -ERR"
                ),
                Some(rfc(1939, "3")),
            );
            a.note(Severity::Warning, "Unknown command", None);
            return a;
        }
    };
    let mut annotation = Annotation::new(summary, Some(reference));
    annotation.topic = Some(cmd.keyword().to_owned());
    let line = cmd.to_line();
    if cmd.keyword().len() > 4 && !matches!(cmd, Command::Other { .. }) {
        annotation.note(
            Severity::Violation,
            "Keywords are 3 or 4 characters",
            Some(rfc(1939, "3")),
        );
    }
    if let Command::User { name } | Command::Apop { name, .. } = cmd
        && name.len() > crate::types::MAX_ARGUMENT_LEN
    {
        annotation.note(
            Severity::Warning,
            "Arguments may be up to 40 characters long; some servers refuse longer ones",
            Some(rfc(1939, "3")),
        );
    }
    if line.len() + 2 > crate::codec::MAX_COMMAND_LINE {
        annotation.note(
            Severity::Violation,
            "Command lines may be at most 255 octets including CRLF",
            Some(rfc(2449, "4")),
        );
    }
    if matches!(cmd, Command::Last) {
        annotation.note(
            Severity::Warning,
            "LAST was removed from POP3 in RFC 1725",
            Some(rfc(1725, "")),
        );
    }
    annotation
}

/// Explains the greeting.
pub fn greeting(response: &Response, timestamp: Option<&str>) -> Annotation {
    if response.status == Status::Err {
        let mut a = Annotation::new(
            format!(
                "The server refuses the connection: {}",
                response.text_lossy()
            ),
            Some(rfc(1939, "4")),
        );
        a.note(
            Severity::Warning,
            "RFC 1939 expects a +OK greeting; -ERR here usually means the server is overloaded or you are blocked",
            Some(rfc(1939, "4")),
        );
        code_note(&mut a, response);
        return a;
    }
    let mut a = Annotation::new(
        "The server is ready: the session is now in the AUTHORIZATION state",
        Some(rfc(1939, "4")),
    );
    match timestamp {
        Some(ts) => a.note(
            Severity::Info,
            format!("Timestamp {ts}: the server offers APOP, which hashes it with your secret"),
            Some(OPTIONAL),
        ),
        None => a.note(
            Severity::Info,
            "No <timestamp> in the greeting: APOP is not available",
            Some(OPTIONAL),
        ),
    }
    code_note(&mut a, response);
    a
}

/// Explains a reply to a command. `facts` carries what the engine learnt from it.
pub fn reply(cmd: Option<&Command>, response: &Response) -> Annotation {
    let ok = response.is_ok();
    let text = response.text_lossy();
    let mut a = match (cmd, ok) {
        (None, _) => {
            let mut a = Annotation::new("A reply nobody asked for", Some(rfc(1939, "3")));
            a.note(
                Severity::Violation,
                "The server sent a reply while no command was waiting for one",
                Some(rfc(1939, "3")),
            );
            a
        }
        (Some(cmd), false) => {
            let mut a = Annotation::new(
                format!("{} failed: {text}", cmd.keyword()),
                command(cmd).rfc,
            );
            match cmd {
                Command::Pass { .. } | Command::Apop { .. } | Command::Auth { .. } => a.note(
                    Severity::Info,
                    "Login refused; the session stays in AUTHORIZATION and you may try again",
                    Some(rfc(1939, "7")),
                ),
                Command::Other { .. } => a.summary = "The server does not know this command".into(),
                _ => {}
            }
            a
        }
        (Some(cmd), true) => ok_reply(cmd, response),
    };
    if let Some(cmd) = cmd {
        a.topic = Some(cmd.keyword().to_owned());
    }
    code_note(&mut a, response);
    a
}

fn ok_reply(cmd: &Command, response: &Response) -> Annotation {
    let text = response.text_lossy();
    let new = |s: String, r: RfcRef| Annotation::new(s, Some(r));
    match cmd {
        Command::User { name } => new(
            format!("Mailbox \"{name}\" accepted; now send PASS"),
            OPTIONAL,
        ),
        Command::Pass { .. } | Command::Apop { .. } => new(
            format!("Logged in: the maildrop is locked and the session is in TRANSACTION ({text})"),
            rfc(1939, "7"),
        ),
        Command::Auth {
            mechanism: Some(m), ..
        } => new(
            format!("SASL {m} authentication succeeded: TRANSACTION state"),
            rfc(5034, "4"),
        ),
        Command::Auth {
            mechanism: None, ..
        } => {
            let mechs: Vec<String> = response
                .body_lines()
                .map(|l| String::from_utf8_lossy(l).into_owned())
                .collect();
            new(format!("Mechanisms: {}", mechs.join(", ")), rfc(5034, "4"))
        }
        Command::Quit => new(
            "Goodbye: any messages marked as deleted are now removed".into(),
            rfc(1939, "6"),
        ),
        Command::Stat => match parse_two_numbers(&response.text) {
            Some((n, size)) => new(
                format!("{n} message{}, {size} octets in total", plural(n as usize)),
                TRANSACTION,
            ),
            None => {
                let mut a = new(format!("STAT answered \"{text}\""), TRANSACTION);
                a.note(
                    Severity::Violation,
                    "A STAT reply must be \"+OK nn mm\": message count, a space, total octets",
                    Some(TRANSACTION),
                );
                a
            }
        },
        Command::List { msg: Some(n) } => match parse_two_numbers(&response.text) {
            Some((m, size)) if m as u64 == u64::from(*n) => {
                new(format!("Message {n} is {size} octets"), TRANSACTION)
            }
            _ => {
                let mut a = new(format!("LIST {n} answered \"{text}\""), TRANSACTION);
                a.note(
                    Severity::Violation,
                    "A LIST reply must be \"+OK msg octets\"",
                    Some(TRANSACTION),
                );
                a
            }
        },
        Command::List { msg: None } => {
            let mut a = new(String::new(), TRANSACTION);
            let mut count = 0usize;
            let mut total = 0u64;
            for line in response.body_lines() {
                match parse_two_numbers(line) {
                    Some((_, size)) => {
                        count += 1;
                        total += size;
                    }
                    None => a.note(
                        Severity::Violation,
                        format!(
                            "Scan listing line \"{}\" is not \"msg octets\"",
                            String::from_utf8_lossy(line)
                        ),
                        Some(TRANSACTION),
                    ),
                }
            }
            a.summary = if count == 0 {
                "Scan listing: the maildrop is empty".into()
            } else {
                format!(
                    "Scan listing of {count} message{}, {total} octets",
                    plural(count)
                )
            };
            a
        }
        Command::Retr { msg } | Command::Top { msg, .. } => {
            let size = response.body.as_ref().map_or(0, Vec::len);
            let what = if matches!(cmd, Command::Retr { .. }) {
                format!("Message {msg}")
            } else {
                format!("Headers and first lines of message {msg}")
            };
            let mut a = new(
                format!("{what}: {size} octets after dot-unstuffing"),
                if matches!(cmd, Command::Retr { .. }) {
                    TRANSACTION
                } else {
                    OPTIONAL
                },
            );
            if matches!(cmd, Command::Retr { .. }) {
                match leading_number(&response.text) {
                    Some(n) => a.note(
                        Severity::Info,
                        format!("The server announced {n} octets"),
                        Some(TRANSACTION),
                    ),
                    None => a.note(
                        Severity::Info,
                        "The +OK line gives no size (RFC 1939 does not require one; use LIST for sizes)",
                        Some(TRANSACTION),
                    ),
                }
            }
            a
        }
        Command::Dele { msg } => new(
            format!("Message {msg} marked as deleted (removed at QUIT; RSET undoes it)"),
            TRANSACTION,
        ),
        Command::Noop => new("The server is still there".into(), TRANSACTION),
        Command::Rset if text.is_empty() => new("Deletion marks removed".into(), TRANSACTION),
        Command::Rset => new(format!("Deletion marks removed ({text})"), TRANSACTION),
        Command::Uidl { msg: Some(n) } => {
            let mut a = new(format!("Unique id of message {n}: {text}"), OPTIONAL);
            let mut words = response.text.split(|&b| b == b' ');
            let _ = words.next();
            match words.next() {
                Some(uid) => uid_notes(&mut a, uid),
                None => a.note(
                    Severity::Violation,
                    "A UIDL reply must be \"+OK msg unique-id\"",
                    Some(OPTIONAL),
                ),
            }
            a
        }
        Command::Uidl { msg: None } => {
            let mut a = new(String::new(), OPTIONAL);
            let mut seen = std::collections::HashSet::new();
            let mut count = 0;
            for line in response.body_lines() {
                let mut words = line.splitn(2, |&b| b == b' ');
                let number = words
                    .next()
                    .filter(|n| !n.is_empty() && n.iter().all(u8::is_ascii_digit));
                match (number, words.next()) {
                    (Some(_), Some(uid)) => {
                        count += 1;
                        uid_notes(&mut a, uid);
                        if !seen.insert(uid.to_vec()) {
                            a.note(
                                Severity::Violation,
                                format!(
                                    "Unique id \"{}\" is used twice",
                                    String::from_utf8_lossy(uid)
                                ),
                                Some(OPTIONAL),
                            );
                        }
                    }
                    _ => a.note(
                        Severity::Violation,
                        format!(
                            "Line \"{}\" is not \"msg unique-id\"",
                            String::from_utf8_lossy(line)
                        ),
                        Some(OPTIONAL),
                    ),
                }
            }
            a.summary = format!("Unique ids of {count} message{}", plural(count));
            a
        }
        Command::Last => new(format!("Highest message accessed: {text}"), rfc(1460, "5")),
        Command::Capa => {
            let caps: Vec<String> = response
                .body_lines()
                .map(|l| String::from_utf8_lossy(l).into_owned())
                .collect();
            let mut a = new(
                if caps.is_empty() {
                    "The server lists no capabilities".into()
                } else {
                    format!("Capabilities: {}", caps.join(", "))
                },
                rfc(2449, "5"),
            );
            for cap in caps.iter().map(|c| Capability::parse(c)) {
                if let Some(note) = capability_note(&cap) {
                    a.note(Severity::Info, note.0, Some(note.1));
                }
            }
            a
        }
        Command::Stls => new(
            "Go ahead: TLS starts now on this connection; earlier capabilities are forgotten"
                .into(),
            rfc(2595, "4"),
        ),
        Command::Utf8 => new("UTF-8 mode is on".into(), rfc(6856, "2")),
        Command::Lang { tag: None } => new("Languages the server speaks".into(), rfc(6856, "3")),
        Command::Lang { tag: Some(t) } => {
            new(format!("Replies will be in \"{t}\""), rfc(6856, "3"))
        }
        Command::Other { keyword, .. } => {
            let mut a = new(
                format!("The server accepted \"{keyword}\", an extension"),
                rfc(1939, "3"),
            );
            a.note(Severity::Info, "Not a standard POP3 command", None);
            a
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// What a capability means, for the CAPA annotation.
pub fn capability_note(cap: &Capability) -> Option<(String, RfcRef)> {
    let note = match cap {
        Capability::Top => (
            "TOP: headers without the whole message".into(),
            rfc(2449, "6.1"),
        ),
        Capability::User => ("USER: USER/PASS login allowed".into(), rfc(2449, "6.2")),
        Capability::Sasl(m) => (
            format!("SASL: AUTH with {}", m.join(", ")),
            rfc(2449, "6.3"),
        ),
        Capability::RespCodes => (
            "RESP-CODES: -ERR replies carry [codes]".into(),
            rfc(2449, "6.4"),
        ),
        Capability::LoginDelay { seconds, .. } => (
            format!(
                "LOGIN-DELAY: wait {} s between logins",
                seconds.unwrap_or_default()
            ),
            rfc(2449, "6.5"),
        ),
        Capability::Pipelining => (
            "PIPELINING: commands may be sent without waiting".into(),
            rfc(2449, "6.6"),
        ),
        Capability::Expire { days: None, .. } => (
            "EXPIRE NEVER: mail is kept on the server".into(),
            rfc(2449, "6.7"),
        ),
        Capability::Expire { days: Some(d), .. } => (
            format!("EXPIRE {d}: mail may be deleted after {d} days"),
            rfc(2449, "6.7"),
        ),
        Capability::Uidl => ("UIDL: stable unique ids".into(), rfc(2449, "6.8")),
        Capability::Implementation(s) => (format!("IMPLEMENTATION: {s}"), rfc(2449, "6.9")),
        Capability::Stls => (
            "STLS: TLS can be started on this connection".into(),
            rfc(2595, "4"),
        ),
        Capability::AuthRespCode => (
            "AUTH-RESP-CODE: [AUTH] marks bad credentials".into(),
            rfc(3206, "6"),
        ),
        Capability::Utf8 { .. } => ("UTF8: UTF-8 mode available".into(), rfc(6856, "2")),
        Capability::Lang => ("LANG: replies in other languages".into(), rfc(6856, "3")),
        Capability::Other { .. } => return None,
    };
    Some(note)
}

/// Checks one unique id against RFC 1939 §7: 1 to 70 characters in 0x21..=0x7E.
fn uid_notes(a: &mut Annotation, uid: &[u8]) {
    if uid.is_empty() || uid.len() > 70 {
        a.note(
            Severity::Violation,
            format!(
                "Unique id of {} characters: they must be 1 to 70",
                uid.len()
            ),
            Some(OPTIONAL),
        );
    }
    if uid.iter().any(|b| !(0x21..=0x7e).contains(b)) {
        a.note(
            Severity::Violation,
            format!(
                "Unique id \"{}\" has characters outside 0x21-0x7E",
                String::from_utf8_lossy(uid)
            ),
            Some(OPTIONAL),
        );
    }
}

/// Adds what a `[CODE]` means.
fn code_note(a: &mut Annotation, response: &Response) {
    let Some(code) = &response.code else { return };
    let (text, reference) = match code {
        ResponseCode::InUse => (
            "[IN-USE]: another session holds the maildrop lock; close it and retry".into(),
            rfc(2449, "8.1.1"),
        ),
        ResponseCode::LoginDelay => (
            "[LOGIN-DELAY]: you logged in too recently; wait (see the LOGIN-DELAY capability)"
                .into(),
            rfc(2449, "8.1.2"),
        ),
        ResponseCode::SysTemp => (
            "[SYS/TEMP]: a temporary server problem; retrying later may work".into(),
            rfc(3206, "4"),
        ),
        ResponseCode::SysPerm => (
            "[SYS/PERM]: a permanent server problem; retrying will not help".into(),
            rfc(3206, "4"),
        ),
        ResponseCode::Auth => (
            "[AUTH]: the credentials are wrong (not a server problem)".into(),
            rfc(3206, "5"),
        ),
        ResponseCode::Utf8 => (
            "[UTF8]: this maildrop needs UTF-8 mode".into(),
            rfc(6856, "2.1"),
        ),
        ResponseCode::Other(c) => (
            format!("[{c}]: an extended response code this tool does not know"),
            rfc(2449, "8"),
        ),
    };
    a.note(Severity::Info, text, Some(reference));
}

/// Adds remarks for what the decoder tolerated.
pub fn decode_warnings(a: &mut Annotation, warnings: &[DecodeWarning]) {
    for w in warnings {
        let (severity, text, reference) = match w {
            DecodeWarning::BareLineFeed { lines } => (
                Severity::Violation,
                format!(
                    "{lines} line{} ended in LF alone; POP3 lines end in CRLF",
                    plural(*lines)
                ),
                rfc(1939, "3"),
            ),
            DecodeWarning::LongLines {
                count,
                longest,
                limit,
            } => (
                Severity::Warning,
                format!(
                    "{count} line{} longer than {limit} octets (longest {longest})",
                    plural(*count)
                ),
                if *limit == 512 {
                    rfc(2449, "4")
                } else {
                    rfc(5322, "2.1.1")
                },
            ),
            DecodeWarning::UnstuffedDot { count, first_line } => (
                Severity::Violation,
                format!(
                    "{count} line{} began with a single \".\" (first: line {first_line}): the server did not byte-stuff, so a line \".\" in the message would have ended it early",
                    plural(*count)
                ),
                rfc(1939, "3"),
            ),
            DecodeWarning::LowercaseStatus => (
                Severity::Warning,
                "The status indicator is not in upper case (+OK / -ERR)".into(),
                rfc(1939, "3"),
            ),
            DecodeWarning::DroppedLines { count } => (
                Severity::Violation,
                format!("{count} over-long line{} dropped", plural(*count)),
                rfc(5322, "2.1.1"),
            ),
        };
        a.note(severity, text, Some(reference));
    }
}

/// Explains bytes that are not a valid reply.
pub fn malformed(error: &Malformed) -> Annotation {
    let mut a = Annotation::new(error.to_string(), Some(rfc(1939, "3")));
    let text = match error {
        Malformed::BadStatusLine { .. } => {
            "Every reply starts with a status indicator: +OK or -ERR".to_owned()
        }
        Malformed::LineTooLong { limit, in_body, .. } => format!(
            "A line {}passed the {limit}-octet limit this client accepts; it was dropped",
            if *in_body {
                "in a multi-line body "
            } else {
                ""
            }
        ),
    };
    a.note(Severity::Violation, text, Some(rfc(1939, "3")));
    a
}

/// Parses "a b ..." as two decimal numbers (the STAT and LIST forms).
pub fn parse_two_numbers(text: &[u8]) -> Option<(u32, u64)> {
    let text = std::str::from_utf8(text).ok()?;
    let mut words = text.split(' ');
    let n = words.next()?.parse().ok()?;
    let size = words.next()?.parse().ok()?;
    Some((n, size))
}

/// The number at the start of a text, as in "+OK 120 octets".
pub fn leading_number(text: &[u8]) -> Option<u64> {
    let end = text
        .iter()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(text.len());
    std::str::from_utf8(&text[..end]).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_headline() {
        let a = reply(Some(&Command::Stat), &Response::ok("2 320"));
        assert_eq!(
            a.headline(),
            "2 messages, 320 octets in total (RFC 1939 §5 STAT)"
        );
        assert_eq!(a.severity(), Severity::Info);
        let a = reply(Some(&Command::Stat), &Response::ok("two"));
        assert_eq!(a.severity(), Severity::Violation);
    }

    #[test]
    fn rfc_links() {
        assert_eq!(
            rfc(2449, "6.6").url(),
            "https://www.rfc-editor.org/rfc/rfc2449#section-6.6"
        );
    }

    #[test]
    fn uidl_duplicates_flagged() {
        let r = Response::ok("").with_body("1 abc\r\n2 abc\r\n");
        let a = reply(Some(&Command::Uidl { msg: None }), &r);
        assert_eq!(a.severity(), Severity::Violation);
    }
}
