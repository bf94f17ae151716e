//! What each command and reply means: the typed summary, its RFC section and
//! remarks. See [`Say`] for the vocabulary.

use super::{Annotation, RfcRef, Say, Severity, rfc};
use crate::codec::{DecodeWarning, Malformed};
use crate::types::{Capability, Command, Response, ResponseCode, Status};

/// RFC 1939 §5 (TRANSACTION state commands).
const TRANSACTION: RfcRef = rfc(1939, "5");
/// RFC 1939 §7 (optional commands).
const OPTIONAL: RfcRef = rfc(1939, "7");

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Explains a command the client is about to send.
pub fn command(cmd: &Command) -> Annotation {
    let (summary, reference) = match cmd {
        Command::User { name } => (Say::CmdUser { name: name.clone() }, OPTIONAL),
        Command::Pass { .. } => (Say::CmdPass, OPTIONAL),
        Command::Apop { name, .. } => (Say::CmdApop { name: name.clone() }, OPTIONAL),
        Command::Quit => (Say::CmdQuit, rfc(1939, "6")),
        Command::Stat => (Say::CmdStat, TRANSACTION),
        Command::List { msg: None } => (Say::CmdListAll, TRANSACTION),
        Command::List { msg: Some(n) } => (Say::CmdListOne { msg: *n }, TRANSACTION),
        Command::Retr { msg } => (Say::CmdRetr { msg: *msg }, TRANSACTION),
        Command::Dele { msg } => (Say::CmdDele { msg: *msg }, TRANSACTION),
        Command::Noop => (Say::CmdNoop, TRANSACTION),
        Command::Rset => (Say::CmdRset, TRANSACTION),
        Command::Top { msg, lines } => (
            Say::CmdTop {
                msg: *msg,
                lines: *lines,
            },
            OPTIONAL,
        ),
        Command::Uidl { msg: None } => (Say::CmdUidlAll, OPTIONAL),
        Command::Uidl { msg: Some(n) } => (Say::CmdUidlOne { msg: *n }, OPTIONAL),
        Command::Last => (Say::CmdLast, rfc(1460, "5")),
        Command::Capa => (Say::CmdCapa, rfc(2449, "5")),
        Command::Stls => (Say::CmdStls, rfc(2595, "4")),
        Command::Auth {
            mechanism: Some(m),
            initial_response,
            ..
        } => {
            let mechanism = m.clone();
            let say = if initial_response.is_some() {
                Say::CmdAuthInitial { mechanism }
            } else {
                Say::CmdAuth { mechanism }
            };
            (say, rfc(5034, "4"))
        }
        Command::Auth {
            mechanism: None, ..
        } => (Say::CmdAuthBare, rfc(5034, "4")),
        Command::Utf8 => (Say::CmdUtf8, rfc(6856, "2")),
        Command::Lang { tag: None } => (Say::CmdLangList, rfc(6856, "3")),
        Command::Lang { tag: Some(t) } => (Say::CmdLangSet { tag: t.clone() }, rfc(6856, "3")),
        Command::Other { keyword, .. } => {
            let upper = keyword.to_ascii_uppercase();
            // A known command whose arguments do not fit (`LIST 0`, `TOP 1`, a
            // USER line with the PASS pasted after it): a bad argument, not an
            // unknown command.
            if let Some(reference) = keyword_reference(&upper) {
                let mut a = Annotation::new(
                    Say::CmdBadArguments {
                        keyword: upper.clone(),
                    },
                    Some(reference),
                );
                a.note(
                    Severity::Violation,
                    Say::NoteBadArguments {
                        usage: crate::types::usage(&upper).to_owned(),
                    },
                    Some(reference),
                );
                a.topic = Some(upper);
                return a;
            }
            let mut a = Annotation::new(
                Say::CmdUnknown {
                    keyword: keyword.clone(),
                },
                Some(rfc(1939, "3")),
            );
            a.note(Severity::Warning, Say::NoteUnknownCommand, None);
            return a;
        }
    };
    let mut annotation = Annotation::new(summary, Some(reference));
    annotation.topic = Some(cmd.keyword().to_owned());
    let line = cmd.to_line();
    if cmd.keyword().len() > 4 && !matches!(cmd, Command::Other { .. }) {
        annotation.note(
            Severity::Violation,
            Say::NoteKeywordLength,
            Some(rfc(1939, "3")),
        );
    }
    if let Command::User { name } | Command::Apop { name, .. } = cmd
        && name.len() > crate::types::MAX_ARGUMENT_LEN
    {
        annotation.note(
            Severity::Warning,
            Say::NoteArgumentLength,
            Some(rfc(1939, "3")),
        );
    }
    if line.len() + 2 > crate::codec::MAX_COMMAND_LINE {
        annotation.note(
            Severity::Violation,
            Say::NoteCommandLineLength,
            Some(rfc(2449, "4")),
        );
    }
    if matches!(cmd, Command::Last) {
        annotation.note(Severity::Warning, Say::NoteLastRemoved, Some(rfc(1725, "")));
    }
    annotation
}

/// Explains the greeting.
pub fn greeting(response: &Response, timestamp: Option<&str>) -> Annotation {
    if response.status == Status::Err {
        let mut a = Annotation::new(
            Say::GreetingRefused {
                text: response.text_lossy().into_owned(),
            },
            Some(rfc(1939, "4")),
        );
        a.note(
            Severity::Warning,
            Say::NoteGreetingErr,
            Some(rfc(1939, "4")),
        );
        code_note(&mut a, response);
        return a;
    }
    let mut a = Annotation::new(Say::GreetingReady, Some(rfc(1939, "4")));
    match timestamp {
        Some(ts) => a.note(
            Severity::Info,
            Say::NoteTimestamp {
                timestamp: ts.to_owned(),
            },
            Some(OPTIONAL),
        ),
        None => a.note(Severity::Info, Say::NoteNoTimestamp, Some(OPTIONAL)),
    }
    code_note(&mut a, response);
    a
}

/// Explains a reply to a command (`None`: no command was waiting).
pub fn reply(cmd: Option<&Command>, response: &Response) -> Annotation {
    let mut a = match (cmd, response.is_ok()) {
        (None, _) => {
            let mut a = Annotation::new(Say::ReplyUnsolicited, Some(rfc(1939, "3")));
            a.note(
                Severity::Violation,
                Say::NoteUnsolicited,
                Some(rfc(1939, "3")),
            );
            a
        }
        (Some(cmd), false) => {
            let mut a = Annotation::new(
                Say::ReplyFailed {
                    keyword: cmd.keyword().to_owned(),
                    text: response.text_lossy().into_owned(),
                },
                command(cmd).rfc,
            );
            match cmd {
                // A refused login is part of a normal session (RFC 1939 §7: USER
                // may follow an unsuccessful PASS), not an error in it.
                Command::Pass { .. } | Command::Apop { .. } | Command::Auth { .. } => {
                    a.summary = if response.text.is_empty() {
                        Say::ReplyLoginFailed
                    } else {
                        Say::ReplyLoginFailedText {
                            text: response.text_lossy().into_owned(),
                        }
                    };
                    a.note(Severity::Info, Say::NoteLoginRefused, Some(rfc(1939, "7")))
                }
                Command::Other { keyword, .. } => {
                    a.summary = if keyword_reference(&keyword.to_ascii_uppercase()).is_some() {
                        Say::ReplyBadArguments
                    } else {
                        Say::ReplyUnknownCommand
                    }
                }
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
    let said = response.text_lossy().into_owned();
    let new = |s: Say, r: RfcRef| Annotation::new(s, Some(r));
    match cmd {
        Command::User { name } => new(Say::ReplyUser { name: name.clone() }, OPTIONAL),
        Command::Pass { .. } | Command::Apop { .. } => {
            new(Say::ReplyLoggedIn { text: said }, rfc(1939, "7"))
        }
        Command::Auth {
            mechanism: Some(m), ..
        } => new(
            Say::ReplyAuth {
                mechanism: m.clone(),
            },
            rfc(5034, "4"),
        ),
        Command::Auth {
            mechanism: None, ..
        } => {
            let list: Vec<String> = response.body_lines().map(text).collect();
            new(
                Say::ReplyAuthMechanisms {
                    list: list.join(", "),
                },
                rfc(5034, "4"),
            )
        }
        Command::Quit => new(Say::ReplyQuit, rfc(1939, "6")),
        Command::Stat => match parse_two_numbers(&response.text) {
            Some((count, octets)) => new(Say::ReplyStat { count, octets }, TRANSACTION),
            None => {
                let mut a = new(Say::ReplyStatOdd { text: said }, TRANSACTION);
                a.note(Severity::Violation, Say::NoteStatForm, Some(TRANSACTION));
                a
            }
        },
        Command::List { msg: Some(n) } => match parse_two_numbers(&response.text) {
            Some((m, octets)) if m == *n => new(Say::ReplyListOne { msg: *n, octets }, TRANSACTION),
            _ => {
                let mut a = new(
                    Say::ReplyListOneOdd {
                        msg: *n,
                        text: said,
                    },
                    TRANSACTION,
                );
                a.note(Severity::Violation, Say::NoteListForm, Some(TRANSACTION));
                a
            }
        },
        Command::List { msg: None } => {
            let mut a = new(Say::ReplyListEmpty, TRANSACTION);
            let mut count = 0usize;
            let mut octets = 0u64;
            for (i, line) in response.body_lines().enumerate() {
                match parse_two_numbers(line) {
                    Some((_, size)) => {
                        count += 1;
                        // Sizes are the server's numbers: never overflow on them.
                        octets = octets.saturating_add(size);
                    }
                    None => a.note_at(
                        Severity::Violation,
                        Say::NoteScanLine { line: text(line) },
                        Some(TRANSACTION),
                        i + 1,
                    ),
                }
            }
            if count > 0 {
                a.summary = Say::ReplyListAll { count, octets };
            }
            a
        }
        Command::Retr { msg } => {
            let octets = response.body.as_ref().map_or(0, Vec::len);
            let mut a = new(Say::ReplyRetr { msg: *msg, octets }, TRANSACTION);
            match leading_number(&response.text) {
                Some(n) => a.note(
                    Severity::Info,
                    Say::NoteRetrAnnounced { octets: n },
                    Some(TRANSACTION),
                ),
                None => a.note(Severity::Info, Say::NoteRetrNoSize, Some(TRANSACTION)),
            }
            a
        }
        Command::Top { msg, .. } => {
            let octets = response.body.as_ref().map_or(0, Vec::len);
            new(Say::ReplyTop { msg: *msg, octets }, OPTIONAL)
        }
        Command::Dele { msg } => new(Say::ReplyDele { msg: *msg }, TRANSACTION),
        Command::Noop => new(Say::ReplyNoop, TRANSACTION),
        Command::Rset if said.is_empty() => new(Say::ReplyRset, TRANSACTION),
        Command::Rset => new(Say::ReplyRsetText { text: said }, TRANSACTION),
        Command::Uidl { msg: Some(n) } => {
            let mut a = new(
                Say::ReplyUidlOne {
                    msg: *n,
                    text: said,
                },
                OPTIONAL,
            );
            let mut words = response.text.split(|&b| b == b' ');
            let _ = words.next();
            match words.next() {
                Some(uid) => uid_notes(&mut a, uid, None),
                None => a.note(Severity::Violation, Say::NoteUidlForm, Some(OPTIONAL)),
            }
            a
        }
        Command::Uidl { msg: None } => {
            let mut a = new(Say::ReplyUidlAll { count: 0 }, OPTIONAL);
            let mut seen = std::collections::HashSet::new();
            let mut count = 0;
            for (i, line) in response.body_lines().enumerate() {
                let at = i + 1;
                let mut words = line.splitn(2, |&b| b == b' ');
                let number = words
                    .next()
                    .filter(|n| !n.is_empty() && n.iter().all(u8::is_ascii_digit));
                match (number, words.next()) {
                    (Some(_), Some(uid)) => {
                        count += 1;
                        uid_notes(&mut a, uid, Some(at));
                        if !seen.insert(uid.to_vec()) {
                            a.note_at(
                                Severity::Violation,
                                Say::NoteUidTwice { uid: text(uid) },
                                Some(OPTIONAL),
                                at,
                            );
                        }
                    }
                    _ => a.note_at(
                        Severity::Violation,
                        Say::NoteUidlLine { line: text(line) },
                        Some(OPTIONAL),
                        at,
                    ),
                }
            }
            a.summary = Say::ReplyUidlAll { count };
            a
        }
        Command::Last => new(Say::ReplyLast { text: said }, rfc(1460, "5")),
        Command::Capa => {
            let caps: Vec<String> = response.body_lines().map(text).collect();
            let summary = if caps.is_empty() {
                Say::ReplyCapaNone
            } else {
                Say::ReplyCapa {
                    list: caps.join(", "),
                }
            };
            let mut a = new(summary, rfc(2449, "5"));
            for cap in caps.iter().map(|c| Capability::parse(c)) {
                if let Some((say, reference)) = capability_note(&cap) {
                    a.note(Severity::Info, say, Some(reference));
                }
            }
            a
        }
        Command::Stls => new(Say::ReplyStls, rfc(2595, "4")),
        Command::Utf8 => new(Say::ReplyUtf8, rfc(6856, "2")),
        Command::Lang { tag: None } => new(Say::ReplyLangList, rfc(6856, "3")),
        Command::Lang { tag: Some(t) } => new(Say::ReplyLangSet { tag: t.clone() }, rfc(6856, "3")),
        Command::Other { keyword, .. } => {
            let upper = keyword.to_ascii_uppercase();
            if let Some(reference) = keyword_reference(&upper) {
                let mut a = new(Say::ReplyBadArgumentsAccepted { keyword: upper }, reference);
                a.note(
                    Severity::Warning,
                    Say::NoteBadArgumentsAccepted,
                    Some(reference),
                );
                return a;
            }
            let mut a = new(
                Say::ReplyExtension {
                    keyword: keyword.clone(),
                },
                rfc(1939, "3"),
            );
            a.note(Severity::Info, Say::NoteNotStandard, None);
            a
        }
    }
}

/// Where a known command is defined, from its upper-case keyword; `None` for a
/// keyword this client does not know.
pub fn keyword_reference(keyword: &str) -> Option<RfcRef> {
    Some(match keyword {
        "STAT" | "LIST" | "RETR" | "DELE" | "NOOP" | "RSET" => rfc(1939, "5"),
        "QUIT" => rfc(1939, "6"),
        "USER" | "PASS" | "APOP" | "TOP" | "UIDL" => rfc(1939, "7"),
        "LAST" => rfc(1460, "5"),
        "CAPA" => rfc(2449, "5"),
        "STLS" => rfc(2595, "4"),
        "AUTH" => rfc(5034, "4"),
        "UTF8" => rfc(6856, "2"),
        "LANG" => rfc(6856, "3"),
        _ => return None,
    })
}

/// What a capability means, for the CAPA annotation.
pub fn capability_note(cap: &Capability) -> Option<(Say, RfcRef)> {
    let note = match cap {
        Capability::Top => (Say::CapTop, rfc(2449, "6.1")),
        Capability::User => (Say::CapUser, rfc(2449, "6.2")),
        Capability::Sasl(m) => (Say::CapSasl { list: m.join(", ") }, rfc(2449, "6.3")),
        Capability::RespCodes => (Say::CapRespCodes, rfc(2449, "6.4")),
        Capability::LoginDelay { seconds, .. } => (
            Say::CapLoginDelay {
                seconds: seconds.unwrap_or_default().into(),
            },
            rfc(2449, "6.5"),
        ),
        Capability::Pipelining => (Say::CapPipelining, rfc(2449, "6.6")),
        Capability::Expire { days: None, .. } => (Say::CapExpireNever, rfc(2449, "6.7")),
        Capability::Expire { days: Some(d), .. } => {
            (Say::CapExpire { days: (*d).into() }, rfc(2449, "6.7"))
        }
        Capability::Uidl => (Say::CapUidl, rfc(2449, "6.8")),
        Capability::Implementation(s) => {
            (Say::CapImplementation { text: s.clone() }, rfc(2449, "6.9"))
        }
        Capability::Stls => (Say::CapStls, rfc(2595, "4")),
        Capability::AuthRespCode => (Say::CapAuthRespCode, rfc(3206, "6")),
        Capability::Utf8 { .. } => (Say::CapUtf8, rfc(6856, "2")),
        Capability::Lang => (Say::CapLang, rfc(6856, "3")),
        Capability::Other { .. } => return None,
    };
    Some(note)
}

/// Checks one unique id against RFC 1939 §7: 1 to 70 characters in 0x21..=0x7E.
/// `body_line`: the line of a unique-id listing it came from.
fn uid_notes(a: &mut Annotation, uid: &[u8], body_line: Option<usize>) {
    let mut note = |say: Say| match body_line {
        Some(at) => a.note_at(Severity::Violation, say, Some(OPTIONAL), at),
        None => a.note(Severity::Violation, say, Some(OPTIONAL)),
    };
    if uid.is_empty() || uid.len() > 70 {
        note(Say::NoteUidLength { length: uid.len() });
    }
    if uid.iter().any(|b| !(0x21..=0x7e).contains(b)) {
        note(Say::NoteUidChars { uid: text(uid) });
    }
}

/// The clause that defines a `[CODE]`.
pub fn code_reference(code: &ResponseCode) -> RfcRef {
    match code {
        ResponseCode::LoginDelay => rfc(2449, "8.1.1"),
        ResponseCode::InUse => rfc(2449, "8.1.2"),
        ResponseCode::SysTemp | ResponseCode::SysPerm => rfc(3206, "4"),
        ResponseCode::Auth => rfc(3206, "5"),
        ResponseCode::Utf8 => rfc(6856, "2.1"),
        ResponseCode::Other(_) => rfc(2449, "8"),
    }
}

/// Adds what a `[CODE]` means.
fn code_note(a: &mut Annotation, response: &Response) {
    let Some(code) = &response.code else { return };
    let say = match code {
        ResponseCode::LoginDelay => Say::CodeLoginDelay,
        ResponseCode::InUse => Say::CodeInUse,
        ResponseCode::SysTemp => Say::CodeSysTemp,
        ResponseCode::SysPerm => Say::CodeSysPerm,
        ResponseCode::Auth => Say::CodeAuth,
        ResponseCode::Utf8 => Say::CodeUtf8,
        ResponseCode::Other(c) => Say::CodeOther { code: c.clone() },
    };
    a.note(Severity::Info, say, Some(code_reference(code)));
}

/// Adds remarks for what the decoder tolerated.
pub fn decode_warnings(a: &mut Annotation, warnings: &[DecodeWarning]) {
    for w in warnings {
        let (severity, say, reference) = match w {
            DecodeWarning::BareLineFeed { lines } => (
                Severity::Violation,
                Say::NoteBareLf { lines: *lines },
                rfc(1939, "3"),
            ),
            DecodeWarning::LongLines {
                count,
                longest,
                limit,
            } => (
                Severity::Warning,
                Say::NoteLongLines {
                    count: *count,
                    limit: *limit,
                    longest: *longest,
                },
                if *limit == 512 {
                    rfc(2449, "4")
                } else {
                    rfc(5322, "2.1.1")
                },
            ),
            DecodeWarning::UnstuffedDot { count, first_line } => (
                Severity::Violation,
                Say::NoteUnstuffedDot {
                    count: *count,
                    first: *first_line,
                },
                rfc(1939, "3"),
            ),
            DecodeWarning::LowercaseStatus => {
                (Severity::Warning, Say::NoteLowercaseStatus, rfc(1939, "3"))
            }
            DecodeWarning::DroppedLines { count } => (
                Severity::Violation,
                Say::NoteDroppedLines { count: *count },
                rfc(5322, "2.1.1"),
            ),
            DecodeWarning::ContinuationWithoutSpace => {
                (Severity::Violation, Say::NotePlusNoSpace, rfc(5034, "4"))
            }
        };
        match w {
            DecodeWarning::UnstuffedDot { first_line, .. } => {
                a.note_at(severity, say, Some(reference), *first_line)
            }
            _ => a.note(severity, say, Some(reference)),
        }
    }
}

/// Explains bytes that are not a valid reply.
pub fn malformed(error: &Malformed) -> Annotation {
    let (summary, note) = match error {
        Malformed::BadStatusLine { bytes } => {
            let line = text(bytes).trim_end_matches(['\r', '\n']).to_owned();
            (Say::MalformedStatus { line }, Say::NoteStatusIndicator)
        }
        Malformed::LineTooLong { limit, in_body, .. } => (
            Say::MalformedLineTooLong { limit: *limit },
            if *in_body {
                Say::NoteBodyLineDropped { limit: *limit }
            } else {
                Say::NoteLineDropped { limit: *limit }
            },
        ),
    };
    let mut a = Annotation::new(summary, Some(rfc(1939, "3")));
    a.note(Severity::Violation, note, Some(rfc(1939, "3")));
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
    fn stat_is_typed() {
        let a = reply(Some(&Command::Stat), &Response::ok("2 320"));
        assert_eq!(
            a.summary,
            Say::ReplyStat {
                count: 2,
                octets: 320
            }
        );
        assert_eq!(a.rfc, Some(rfc(1939, "5")));
        assert_eq!(a.topic.as_deref(), Some("STAT"));
        assert_eq!(a.severity(), Severity::Info);
        let a = reply(Some(&Command::Stat), &Response::ok("two"));
        assert_eq!(a.severity(), Severity::Violation);
        assert!(a.has_note("note-stat-form"));
    }

    #[test]
    fn sizes_beyond_four_gigabytes_parse() {
        let big = 5_000_000_000u64;
        assert_eq!(parse_two_numbers(b"1 5000000000"), Some((1, big)));
        assert_eq!(
            parse_two_numbers(b"1 18446744073709551615"),
            Some((1, u64::MAX))
        );
        assert_eq!(parse_two_numbers(b"4294967296 1"), None);
        let a = reply(Some(&Command::Stat), &Response::ok("1 5000000000"));
        assert_eq!(
            a.summary,
            Say::ReplyStat {
                count: 1,
                octets: big
            }
        );
        assert_eq!(a.severity(), Severity::Info);
        let a = reply(
            Some(&Command::List { msg: Some(1) }),
            &Response::ok("1 5000000000"),
        );
        assert_eq!(
            a.summary,
            Say::ReplyListOne {
                msg: 1,
                octets: big
            }
        );
        let list = Response::ok("").with_body("1 5000000000\r\n2 5000000000\r\n");
        let a = reply(Some(&Command::List { msg: None }), &list);
        assert_eq!(
            a.summary,
            Say::ReplyListAll {
                count: 2,
                octets: 2 * big
            }
        );
        // A total past u64 saturates rather than overflowing.
        let list = Response::ok("").with_body("1 18446744073709551615\r\n2 2\r\n");
        let a = reply(Some(&Command::List { msg: None }), &list);
        assert_eq!(
            a.summary,
            Say::ReplyListAll {
                count: 2,
                octets: u64::MAX
            }
        );
        let a = reply(
            Some(&Command::Retr { msg: 1 }),
            &Response::ok("5000000000 octets").with_body(""),
        );
        assert!(
            a.notes
                .iter()
                .any(|n| n.say == Say::NoteRetrAnnounced { octets: big })
        );
    }

    #[test]
    fn last_is_noted_as_removed_after_rfc_1460() {
        let a = command(&Command::Last);
        assert_eq!(a.summary, Say::CmdLast);
        assert_eq!(a.rfc, Some(rfc(1460, "5")));
        let note = a
            .notes
            .iter()
            .find(|n| n.say == Say::NoteLastRemoved)
            .expect("the obsolete note");
        assert_eq!(note.severity, Severity::Warning);
        assert_eq!(note.rfc, Some(rfc(1725, "")));
        let a = reply(Some(&Command::Last), &Response::ok("2"));
        assert_eq!(a.summary, Say::ReplyLast { text: "2".into() });
        assert_eq!(a.rfc, Some(rfc(1460, "5")));
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
        assert!(a.has_note("note-uid-twice"));
    }

    #[test]
    fn response_codes_cite_rfc_2449_section_8_1() {
        let delay = Response::err("wait").with_code(ResponseCode::LoginDelay);
        let a = reply(
            Some(&Command::Pass {
                password: crate::Secret::new("x".into()),
            }),
            &delay,
        );
        let note = a
            .notes
            .iter()
            .find(|n| n.say == Say::CodeLoginDelay)
            .unwrap();
        assert_eq!(note.rfc, Some(rfc(2449, "8.1.1")));
        let in_use = Response::err("locked").with_code(ResponseCode::InUse);
        let a = reply(
            Some(&Command::Pass {
                password: crate::Secret::new("x".into()),
            }),
            &in_use,
        );
        let note = a.notes.iter().find(|n| n.say == Say::CodeInUse).unwrap();
        assert_eq!(note.rfc, Some(rfc(2449, "8.1.2")));
    }
}
