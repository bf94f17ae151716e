//! The demo server's users and their messages.

use std::sync::Arc;

/// A stored message.
#[derive(Debug, Clone)]
pub struct Message {
    /// The unique id UIDL reports; stable for the life of the process.
    pub uid: String,
    /// The message, lines ending in CRLF, not byte-stuffed.
    pub bytes: Arc<Vec<u8>>,
}

/// How a demo user's server misbehaves, if at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// A correct server.
    None,
    /// Every reply waits a second, and bodies trickle out.
    Slow,
    /// The connection drops half-way through any RETR.
    DropMidRetr,
    /// Each reply after login is preceded by a line of binary garbage.
    Garbage,
    /// Login is refused with `[IN-USE]`.
    InUse,
    /// Login is refused with `[LOGIN-DELAY]`.
    LoginDelay,
    /// Bodies are sent without dot-stuffing.
    NoDotStuffing,
}

/// A demo user.
#[derive(Debug, Clone, Copy)]
pub struct User {
    /// The login name.
    pub name: &'static str,
    /// What it shows.
    pub about: &'static str,
    /// Its fault.
    pub fault: Fault,
    /// Which mailbox it starts with.
    pub mailbox: MailboxKind,
}

/// The initial contents of a mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailboxKind {
    /// Five realistic messages.
    Sample,
    /// 10,000 small messages.
    TenThousand,
    /// One message of 64 MiB.
    Huge,
}

/// Every demo user's password (RFC 1939's own example secret).
pub const PASSWORD: &str = "tanstaaf";

/// The demo users.
pub const USERS: &[User] = &[
    User {
        name: "mrose",
        about: "a small realistic mailbox",
        fault: Fault::None,
        mailbox: MailboxKind::Sample,
    },
    User {
        name: "slow",
        about: "a slow server: each reply waits a second, bodies trickle",
        fault: Fault::Slow,
        mailbox: MailboxKind::Sample,
    },
    User {
        name: "dropper",
        about: "drops the connection half-way through RETR",
        fault: Fault::DropMidRetr,
        mailbox: MailboxKind::Sample,
    },
    User {
        name: "garbage",
        about: "sends a line of binary garbage before each reply",
        fault: Fault::Garbage,
        mailbox: MailboxKind::Sample,
    },
    User {
        name: "inuse",
        about: "login refused with -ERR [IN-USE]",
        fault: Fault::InUse,
        mailbox: MailboxKind::Sample,
    },
    User {
        name: "delay",
        about: "login refused with -ERR [LOGIN-DELAY]",
        fault: Fault::LoginDelay,
        mailbox: MailboxKind::Sample,
    },
    User {
        name: "nostuff",
        about: "forgets to dot-stuff message bodies",
        fault: Fault::NoDotStuffing,
        mailbox: MailboxKind::Sample,
    },
    User {
        name: "many",
        about: "10,000 messages",
        fault: Fault::None,
        mailbox: MailboxKind::TenThousand,
    },
    User {
        name: "huge",
        about: "one 64 MiB message",
        fault: Fault::None,
        mailbox: MailboxKind::Huge,
    },
];

/// Looks a user up by name (case-sensitive, as mailbox names are).
pub fn user(name: &str) -> Option<&'static User> {
    USERS.iter().find(|u| u.name == name)
}

/// The messages a mailbox starts with.
pub fn initial(kind: MailboxKind) -> Vec<Message> {
    match kind {
        MailboxKind::Sample => sample(),
        MailboxKind::TenThousand => (1..=10_000)
            .map(|n| message(&format!("many-{n:05}"), &small_message(n)))
            .collect(),
        MailboxKind::Huge => vec![Message {
            uid: "huge-00001".into(),
            bytes: Arc::new(huge_message(64 * 1024 * 1024)),
        }],
    }
}

fn message(uid: &str, text: &str) -> Message {
    Message {
        uid: uid.to_owned(),
        bytes: Arc::new(crlf(text)),
    }
}

/// Converts LF line endings to CRLF.
fn crlf(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + text.len() / 40);
    for line in text.split_inclusive('\n') {
        let line = line.strip_suffix('\n').unwrap_or(line);
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out
}

fn small_message(n: u32) -> String {
    format!(
        "From: Load Generator <bulk@demo.pop3.test>\n\
         To: many@demo.pop3.test\n\
         Subject: Message {n} of 10000\n\
         Date: Mon, 2 Nov 2026 09:{:02}:{:02} +0000\n\
         Message-ID: <many-{n}@demo.pop3.test>\n\
         \n\
         This is message number {n}.\n",
        (n / 60) % 60,
        n % 60
    )
}

/// A plain-text message of about `size` bytes, every tenth line starting with "."
/// so that stuffing matters.
///
/// Written digit by digit rather than with `format!`: in the page the 64 MiB
/// message is made on the main thread, at login.
pub fn huge_message(size: usize) -> Vec<u8> {
    const TEXT: &[u8] = b": the quick brown fox jumps over the lazy dog\r\n";
    let mut out = crlf(
        "From: Archive <archive@demo.pop3.test>\n\
         To: huge@demo.pop3.test\n\
         Subject: A 64 MiB message\n\
         Date: Mon, 2 Nov 2026 10:00:00 +0000\n\
         Message-ID: <huge-1@demo.pop3.test>\n\
         \n",
    );
    out.reserve(size.saturating_sub(out.len()) + 80);
    let mut n = 0u64;
    while out.len() < size {
        if n.is_multiple_of(10) {
            out.push(b'.');
        }
        out.extend_from_slice(b"line ");
        let mut digits = [b'0'; 9];
        let mut rest = n;
        for d in digits.iter_mut().rev() {
            *d = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        out.extend_from_slice(&digits);
        out.extend_from_slice(TEXT);
        n += 1;
    }
    out
}

fn sample() -> Vec<Message> {
    vec![
        message(
            "mrose-0001-welcome",
            "Return-Path: <mrose@dbc.mtview.ca.us>\n\
             From: Marshall Rose <mrose@dbc.mtview.ca.us>\n\
             To: You <mrose@demo.pop3.test>\n\
             Subject: Welcome to the POP3 Playground\n\
             Date: Mon, 2 Nov 2026 08:15:00 +0000\n\
             Message-ID: <welcome-1@dbc.mtview.ca.us>\n\
             MIME-Version: 1.0\n\
             Content-Type: text/plain; charset=us-ascii\n\
             \n\
             Hello!\n\
             \n\
             This message lives on a demo POP3 server. Every byte you see in the\n\
             transcript is exactly what the server sent.\n\
             \n\
             Some lines below begin with a dot. The server must double that dot\n\
             when it sends them (RFC 1939 section 3), and the client removes it:\n\
             .signature files are a Unix tradition\n\
             .\n\
             ..and this line began with two dots.\n\
             \n\
             -- \n\
             Marshall\n",
        ),
        message(
            "mrose-0002-alternative",
            "From: Ada Lovelace <ada@engine.example>\n\
             To: mrose@demo.pop3.test\n\
             Subject: Notes on the Analytical Engine\n\
             Date: Tue, 3 Nov 2026 12:00:00 +0000\n\
             Message-ID: <notes-2@engine.example>\n\
             MIME-Version: 1.0\n\
             Content-Type: multipart/alternative; boundary=\"b1\"\n\
             \n\
             --b1\n\
             Content-Type: text/plain; charset=utf-8\n\
             \n\
             The engine weaves algebraic patterns just as the Jacquard loom weaves\n\
             flowers and leaves.\n\
             --b1\n\
             Content-Type: text/html; charset=utf-8\n\
             \n\
             <p>The engine weaves <em>algebraic patterns</em> just as the Jacquard\n\
             loom weaves flowers and leaves.</p>\n\
             --b1--\n",
        ),
        message(
            "mrose-0003-attachment",
            "From: Grace Hopper <grace@navy.example>\n\
             To: mrose@demo.pop3.test\n\
             Subject: The bug report, with attachment\n\
             Date: Wed, 4 Nov 2026 15:45:00 -0500\n\
             Message-ID: <bug-3@navy.example>\n\
             MIME-Version: 1.0\n\
             Content-Type: multipart/mixed; boundary=\"mixed-3\"\n\
             \n\
             --mixed-3\n\
             Content-Type: text/plain; charset=us-ascii\n\
             \n\
             First actual case of bug being found. Log attached.\n\
             --mixed-3\n\
             Content-Type: text/csv; name=\"log.csv\"\n\
             Content-Disposition: attachment; filename=\"log.csv\"\n\
             Content-Transfer-Encoding: base64\n\
             \n\
             dGltZSxldmVudAoxNTQ1LFJlbGF5ICM3MCBQYW5lbCBGIChtb3RoKSBpbiByZWxheQoxNzAwLENs\n\
             b3NlZCBkb3duCg==\n\
             --mixed-3--\n",
        ),
        message(
            "mrose-0004-utf8",
            "From: =?UTF-8?Q?Jos=C3=A9_Mart=C3=ADnez?= <jose@correo.example>\n\
             To: mrose@demo.pop3.test\n\
             Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgWsO8cmljaCDwn4+U?=\n\
             Date: Thu, 5 Nov 2026 07:30:00 +0100\n\
             Message-ID: <gruss-4@correo.example>\n\
             MIME-Version: 1.0\n\
             Content-Type: text/plain; charset=utf-8\n\
             Content-Transfer-Encoding: 8bit\n\
             \n\
             Grüße aus Zürich! Headers must be ASCII, so the subject above is\n\
             encoded as RFC 2047 words; this body is raw UTF-8.\n",
        ),
        message(
            "mrose-0005-newsletter",
            &format!(
                "From: POP3 Weekly <news@weekly.example>\n\
                 To: mrose@demo.pop3.test\n\
                 Subject: POP3 Weekly: TOP, UIDL and you\n\
                 Date: Fri, 6 Nov 2026 06:00:00 +0000\n\
                 Message-ID: <weekly-5@weekly.example>\n\
                 List-Id: <weekly.example>\n\
                 \n\
                 {}",
                (1..=40)
                    .map(|i| format!(
                        "Paragraph {i}: TOP n 0 fetches only the headers of a message.\n"
                    ))
                    .collect::<String>()
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_ends_in_crlf() {
        for m in sample() {
            let bare = m
                .bytes
                .windows(2)
                .filter(|w| w[1] == b'\n' && w[0] != b'\r')
                .count();
            assert_eq!(bare, 0, "{}", m.uid);
        }
    }

    #[test]
    fn huge_is_big_enough_and_numbers_its_lines() {
        let huge = huge_message(1 << 20);
        assert!(huge.len() >= 1 << 20);
        let text = String::from_utf8(huge).unwrap();
        assert!(text.contains("\r\n\r\n.line 000000000: the quick brown fox"));
        assert!(
            text.contains("\r\nline 000000011: the quick brown fox jumps over the lazy dog\r\n")
        );
        assert!(text.contains("\r\n.line 000000020: "));
    }
}
