//! The course: lessons, their steps and what each step's "Do it" does.

use pop3::sasl::Mechanism;
use pop3::types::{Command, State};

use super::facts::*;
use crate::state::{Link, Security, Session};

// ---------------------------------------------------------------------------------
// The course

/// An RFC section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rfc {
    /// The RFC number.
    pub number: u16,
    /// The section, e.g. "5".
    pub section: &'static str,
}

impl Rfc {
    /// Its address on rfc-editor.org.
    pub fn url(&self) -> String {
        format!(
            "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
            self.number, self.section
        )
    }

    /// "RFC 1939 §5".
    pub fn label(&self) -> String {
        format!("RFC {} §{}", self.number, self.section)
    }
}

const fn rfc(number: u16, section: &'static str) -> Rfc {
    Rfc { number, section }
}

/// What a step's "Do it" button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoIt {
    /// Nothing: the step is something to look at.
    Nothing,
    /// Connect to the demo server.
    Connect(Security),
    /// Connect to the demo server and log in as mrose (whatever is missing).
    OpenSession,
    /// Send this command line.
    Send(&'static str),
    /// Log in with USER/PASS as mrose.
    LoginUserPass,
    /// Log in with APOP as mrose.
    LoginApop,
    /// Log in with a SASL mechanism as mrose.
    LoginSasl(Mechanism),
    /// Replay this log offline.
    Import(&'static str),
}

/// A remark on a step, computed from the session.
pub type Note = fn(&Ctx<'_>) -> Option<String>;

/// One step of a lesson.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    /// A few words.
    pub title: &'static str,
    /// What happens and why, in plain words; `text` in backquotes is code.
    pub explain: &'static str,
    /// Where the RFC says it.
    pub rfc: Rfc,
    /// What to type in the raw command line instead, if anything.
    pub type_it: Option<&'static str>,
    /// The "Do it" button.
    pub action: DoIt,
    /// Whether it happened.
    pub check: Check,
    /// A remark computed from the session (e.g. this connection's timestamp).
    pub note: Option<Note>,
}

/// A lesson.
#[derive(Debug, Clone, Copy)]
pub struct Lesson {
    /// Stable id (the picker's value).
    pub id: &'static str,
    /// The title.
    pub title: &'static str,
    /// One or two sentences.
    pub intro: &'static str,
    /// The steps, in order.
    pub steps: &'static [Step],
}

const CONNECT: Step = Step {
    title: "Connect to the demo server",
    explain: "Open a connection to the demo server (127.0.0.1:1110, through the proxy). \
              The server speaks first: a greeting that starts with `+OK`. \
              The session is now in the AUTHORIZATION state.",
    rfc: rfc(1939, "4"),
    type_it: None,
    action: DoIt::Connect(Security::None),
    check: greeted,
    note: None,
};

const OPEN_SESSION: Step = Step {
    title: "Open a session",
    explain: "Connect to the demo server and log in as `mrose` (the button does both). \
              The commands of this lesson are valid only in the TRANSACTION state, \
              after a login.",
    rfc: rfc(1939, "3"),
    type_it: None,
    action: DoIt::OpenSession,
    check: logged_in,
    note: None,
};

const QUIT_TO_LOG_IN_AGAIN: Step = Step {
    title: "QUIT",
    explain: "The demo server locks a mailbox while a session has it open (RFC 1939 §8), \
              so end this session before logging in again.",
    rfc: rfc(1939, "6"),
    type_it: Some("QUIT"),
    action: DoIt::Send("QUIT"),
    check: quit,
    note: None,
};

fn timestamp_note(ctx: &Ctx<'_>) -> Option<String> {
    let timestamp = ctx.session.engine.borrow().apop_timestamp()?;
    Some(format!("This connection's timestamp: {timestamp}"))
}

fn apop_note(ctx: &Ctx<'_>) -> Option<String> {
    let session = ctx.session;
    match &session.apop {
        Some(steps) => Some(format!(
            "MD5(\"{}\" + \"{DEMO_PASSWORD}\") = {}",
            steps.timestamp, steps.digest
        )),
        None => session
            .engine
            .borrow()
            .apop_timestamp()
            .map(|t| format!("The digest will be MD5(\"{t}\" + \"{DEMO_PASSWORD}\")")),
    }
}

fn rfc_digest_note(_: &Ctx<'_>) -> Option<String> {
    Some(format!(
        "MD5(\"{RFC1939_TIMESTAMP}\" + \"{DEMO_PASSWORD}\") = {}",
        pop3::apop::digest(RFC1939_TIMESTAMP, DEMO_PASSWORD)
    ))
}

fn stuffed_note(ctx: &Ctx<'_>) -> Option<String> {
    let last = ctx.facts.of_keyword("RETR").filter(|x| x.ok).last()?;
    let n = last.stuffed_lines();
    Some(match n {
        0 => format!(
            "The last RETR ({}) had no line beginning with a dot.",
            last.command
                .message_number()
                .map_or_else(String::new, |n| n.to_string())
        ),
        1 => "1 line of the last RETR began with a dot: \"..\" on the wire.".to_owned(),
        n => format!("{n} lines of the last RETR began with a dot: \"..\" on the wire."),
    })
}

/// The course.
pub static LESSONS: &[Lesson] = &[
    Lesson {
        id: "greeting",
        title: "The greeting and the APOP timestamp",
        intro: "A POP3 session starts when the server speaks first. Its greeting may carry \
                a timestamp that makes a safer login possible.",
        steps: &[
            CONNECT,
            Step {
                title: "Find the timestamp",
                explain: "Look at the end of the greeting in the transcript: the text between \
                          `<` and `>` is a timestamp, unique to this connection. A server that \
                          sends one offers APOP: the client proves it knows the password by \
                          hashing the timestamp together with it.",
                rfc: rfc(1939, "7"),
                type_it: None,
                action: DoIt::Nothing,
                check: timestamp_seen,
                note: Some(timestamp_note),
            },
            Step {
                title: "Leave with QUIT",
                explain: "In the AUTHORIZATION state `QUIT` simply ends the session: no mailbox \
                          was opened, so there is no UPDATE state. The server answers `+OK` and \
                          closes the connection.",
                rfc: rfc(1939, "4"),
                type_it: Some("QUIT"),
                action: DoIt::Send("QUIT"),
                check: quit,
                note: None,
            },
        ],
    },
    Lesson {
        id: "user-pass-apop",
        title: "USER/PASS vs APOP",
        intro: "Two ways to log in from RFC 1939: the password itself, or a proof that you \
                know it.",
        steps: &[
            CONNECT,
            Step {
                title: "Log in with USER and PASS",
                explain: "`USER mrose` names the mailbox, then `PASS tanstaaf` sends the \
                          password, in clear text unless the connection uses TLS. The app masks \
                          it in the transcript, but anyone on the network path could read it. \
                          After `+OK` the session is in TRANSACTION.",
                rfc: rfc(1939, "7"),
                type_it: Some("USER mrose, then PASS tanstaaf"),
                action: DoIt::LoginUserPass,
                check: user_pass,
                note: None,
            },
            QUIT_TO_LOG_IN_AGAIN,
            Step {
                title: "Connect again",
                explain: "A new connection gets a new greeting, with a new timestamp.",
                ..CONNECT
            },
            Step {
                title: "Log in with APOP",
                explain: "`APOP mrose <digest>` sends the MD5 of the greeting's timestamp \
                          followed by the password, as 32 hex digits. The password never \
                          crosses the network, and the digest cannot be replayed: every \
                          greeting has a different timestamp. (MD5 is weak today; TLS is the \
                          real protection.)",
                rfc: rfc(1939, "7"),
                type_it: Some("APOP mrose <digest>"),
                action: DoIt::LoginApop,
                check: apop,
                note: Some(apop_note),
            },
        ],
    },
    Lesson {
        id: "stat-list",
        title: "STAT and LIST",
        intro: "How many messages are there, and how big are they?",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "STAT",
                explain: "`STAT` asks for the drop listing: the number of messages and their \
                          total size in octets, on one line: `+OK count size`.",
                rfc: rfc(1939, "5"),
                type_it: Some("STAT"),
                action: DoIt::Send("STAT"),
                check: stat,
                note: None,
            },
            Step {
                title: "LIST",
                explain: "`LIST` without an argument answers with a multi-line scan listing: \
                          one line `number size` per message, ended by a line holding a single \
                          `.`.",
                rfc: rfc(1939, "5"),
                type_it: Some("LIST"),
                action: DoIt::Send("LIST"),
                check: list_all,
                note: None,
            },
            Step {
                title: "LIST 1",
                explain: "With a message number the answer is one line: `+OK 1 size`. \
                          Messages are numbered from 1, and the numbers stay fixed for the \
                          whole session.",
                rfc: rfc(1939, "5"),
                type_it: Some("LIST 1"),
                action: DoIt::Send("LIST 1"),
                check: list_one,
                note: None,
            },
        ],
    },
    Lesson {
        id: "uidl",
        title: "UIDL",
        intro: "Message numbers change from one session to the next; unique ids do not.",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "UIDL",
                explain: "`UIDL` lists one unique id per message. After a deletion, message 3 \
                          may be message 2 next time, but its id stays the same: that is how a \
                          client that leaves mail on the server knows what it already \
                          downloaded.",
                rfc: rfc(1939, "7"),
                type_it: Some("UIDL"),
                action: DoIt::Send("UIDL"),
                check: uidl_all,
                note: None,
            },
            Step {
                title: "UIDL 1",
                explain: "With a message number the id comes on one line: `+OK 1 id`.",
                rfc: rfc(1939, "7"),
                type_it: Some("UIDL 1"),
                action: DoIt::Send("UIDL 1"),
                check: uidl_one,
                note: None,
            },
        ],
    },
    Lesson {
        id: "top",
        title: "TOP",
        intro: "Look at a message without downloading all of it.",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "TOP 1 0",
                explain: "`TOP msg n` sends the headers, the blank line after them, and the \
                          first n lines of the body. With n = 0 you get the headers only: how \
                          a client lists subjects and senders cheaply.",
                rfc: rfc(1939, "7"),
                type_it: Some("TOP 1 0"),
                action: DoIt::Send("TOP 1 0"),
                check: top_headers,
                note: None,
            },
            Step {
                title: "TOP 1 3",
                explain: "The same with three lines of the body: a preview.",
                rfc: rfc(1939, "7"),
                type_it: Some("TOP 1 3"),
                action: DoIt::Send("TOP 1 3"),
                check: top_preview,
                note: None,
            },
        ],
    },
    Lesson {
        id: "retr",
        title: "RETR and byte-stuffing",
        intro: "A multi-line reply ends with a line holding a single dot. What if the message \
                itself has such a line?",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "RETR 1",
                explain: "`RETR 1` downloads the whole of message 1 as a multi-line reply, \
                          ended by `.` on a line of its own.",
                rfc: rfc(1939, "5"),
                type_it: Some("RETR 1"),
                action: DoIt::Send("RETR 1"),
                check: retr,
                note: None,
            },
            Step {
                title: "Spot the byte-stuffing",
                explain: "Message 1 has lines that begin with a dot. On the wire the server \
                          doubled each leading dot (`..`), so that no line of the message can \
                          look like the end; the client removes the extra dot. Compare the \
                          reply's raw bytes in the transcript with the message view.",
                rfc: rfc(1939, "3"),
                type_it: Some("RETR 1"),
                action: DoIt::Send("RETR 1"),
                check: retr_stuffed,
                note: Some(stuffed_note),
            },
        ],
    },
    Lesson {
        id: "dele-rset",
        title: "DELE, RSET and the UPDATE state",
        intro: "Deleting is a two-phase affair: mark now, remove at the end.",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "DELE 2",
                explain: "`DELE 2` marks message 2 as deleted. Nothing is removed yet: the \
                          server removes marked messages only in the UPDATE state, after QUIT.",
                rfc: rfc(1939, "5"),
                type_it: Some("DELE 2"),
                action: DoIt::Send("DELE 2"),
                check: dele,
                note: None,
            },
            Step {
                title: "STAT again",
                explain: "A marked message no longer counts: STAT shows one message fewer, and \
                          commands that name message 2 now fail.",
                rfc: rfc(1939, "5"),
                type_it: Some("STAT"),
                action: DoIt::Send("STAT"),
                check: stat,
                note: None,
            },
            Step {
                title: "RSET",
                explain: "`RSET` unmarks every deleted message. Had you sent QUIT instead, the \
                          server would have entered UPDATE and removed message 2 for good (the \
                          demo server keeps deletions until it restarts).",
                rfc: rfc(1939, "5"),
                type_it: Some("RSET"),
                action: DoIt::Send("RSET"),
                check: rset,
                note: None,
            },
        ],
    },
    Lesson {
        id: "quit",
        title: "QUIT",
        intro: "Leaving properly is what makes deletions happen.",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "QUIT",
                explain: "`QUIT` in the TRANSACTION state moves the session to UPDATE: the \
                          server removes the messages marked as deleted, unlocks the mailbox, \
                          answers `+OK` and closes the connection.",
                rfc: rfc(1939, "6"),
                type_it: Some("QUIT"),
                action: DoIt::Send("QUIT"),
                check: quit_update,
                note: None,
            },
            Step {
                title: "The session is over",
                explain: "The state went TRANSACTION → UPDATE → DISCONNECTED (see the banners \
                          in the transcript). Had the connection dropped before QUIT, the \
                          server would have entered no UPDATE state and deleted nothing.",
                rfc: rfc(1939, "6"),
                type_it: None,
                action: DoIt::Nothing,
                check: session_over,
                note: None,
            },
        ],
    },
    Lesson {
        id: "capa-stls",
        title: "CAPA and STLS",
        intro: "Ask the server what it can do, then switch the connection to TLS.",
        steps: &[
            CONNECT,
            Step {
                title: "CAPA",
                explain: "`CAPA` lists what the server supports beyond the basics: TOP, UIDL, \
                          PIPELINING, SASL mechanisms, and STLS when it can start TLS.",
                rfc: rfc(2449, "5"),
                type_it: Some("CAPA"),
                action: DoIt::Send("CAPA"),
                check: capa,
                note: None,
            },
            Step {
                title: "STLS",
                explain: "`STLS` asks to continue this connection over TLS. After `+OK` the \
                          proxy runs the TLS handshake on the same TCP connection. The client \
                          must then forget the capabilities and ask again (this app does): \
                          STLS is no longer listed.",
                rfc: rfc(2595, "4"),
                type_it: Some("STLS"),
                action: DoIt::Send("STLS"),
                check: stls,
                note: None,
            },
            Step {
                title: "Log in over TLS",
                explain: "Now USER/PASS is safe from eavesdroppers: the password travels \
                          inside TLS.",
                rfc: rfc(2595, "4"),
                type_it: Some("USER mrose, then PASS tanstaaf"),
                action: DoIt::LoginUserPass,
                check: user_pass_tls,
                note: None,
            },
        ],
    },
    Lesson {
        id: "sasl",
        title: "SASL: AUTH PLAIN and CRAM-MD5",
        intro: "AUTH runs a SASL mechanism: a framework of pluggable login methods.",
        steps: &[
            CONNECT,
            Step {
                title: "CAPA: find the SASL line",
                explain: "The `SASL` capability lists the mechanisms the server accepts; the \
                          demo server offers PLAIN, LOGIN and CRAM-MD5.",
                rfc: rfc(5034, "3"),
                type_it: Some("CAPA"),
                action: DoIt::Send("CAPA"),
                check: capa_sasl,
                note: None,
            },
            Step {
                title: "AUTH PLAIN",
                explain: "PLAIN sends the user name and the password in one base64 message. \
                          Base64 is an encoding, not encryption: on a real network PLAIN needs \
                          TLS.",
                rfc: rfc(5034, "4"),
                type_it: Some("AUTH PLAIN <base64 of \\0mrose\\0tanstaaf>"),
                action: DoIt::LoginSasl(Mechanism::Plain),
                check: auth_plain,
                note: None,
            },
            QUIT_TO_LOG_IN_AGAIN,
            Step {
                title: "Connect again",
                explain: "A fresh session for the second mechanism.",
                ..CONNECT
            },
            Step {
                title: "AUTH CRAM-MD5",
                explain: "The server sends a challenge (a `+ ` line in base64); the client \
                          answers with the user name and an HMAC-MD5 of the challenge keyed \
                          with the password (RFC 2195). The password never crosses the \
                          network.",
                rfc: rfc(5034, "4"),
                type_it: None,
                action: DoIt::LoginSasl(Mechanism::CramMd5),
                check: auth_cram_md5,
                note: None,
            },
        ],
    },
    Lesson {
        id: "rfc1939-example",
        title: "Replay RFC 1939's example session",
        intro: "RFC 1939 ends with a complete example session. Replay it offline and walk \
                through it.",
        steps: &[
            Step {
                title: "Replay the example",
                explain: "The button pastes the example into the importer, which replays it \
                          through the same client engine, offline, and annotates every line. \
                          (This closes a live connection.)",
                rfc: rfc(1939, "10"),
                type_it: None,
                action: DoIt::Import(RFC1939_EXAMPLE),
                check: rfc_example_replayed,
                note: None,
            },
            Step {
                title: "The APOP login",
                explain: "The greeting's timestamp is `<1896.697170952@dbc.mtview.ca.us>`. The \
                          client answers `APOP mrose c4c9334bac560ecc979e58001b3e22fb`: the MD5 \
                          of the timestamp followed by the secret, `tanstaaf` (the demo server \
                          uses the same).",
                rfc: rfc(1939, "7"),
                type_it: None,
                action: DoIt::Nothing,
                check: apop,
                note: Some(rfc_digest_note),
            },
            Step {
                title: "STAT and LIST",
                explain: "`+OK 2 320`: two messages, 320 octets. The scan listing gives their \
                          sizes, 120 and 200.",
                rfc: rfc(1939, "5"),
                type_it: None,
                action: DoIt::Nothing,
                check: stat_then_list,
                note: None,
            },
            Step {
                title: "RETR and DELE",
                explain: "Each message is retrieved, then marked as deleted. The RFC leaves out \
                          the messages themselves; the importer skips those placeholder lines.",
                rfc: rfc(1939, "5"),
                type_it: None,
                action: DoIt::Nothing,
                check: retr_then_dele,
                note: None,
            },
            Step {
                title: "QUIT and UPDATE",
                explain: "QUIT moves the session to UPDATE: the server removes both messages \
                          and signs off, `maildrop empty`.",
                rfc: rfc(1939, "6"),
                type_it: None,
                action: DoIt::Nothing,
                check: quit_update,
                note: None,
            },
        ],
    },
];

impl Step {
    /// The step's remark for this session, if it has one.
    pub fn note_for(&self, session: &Session) -> Option<String> {
        let facts = Facts::of(session);
        self.note.and_then(|f| {
            f(&Ctx {
                session,
                facts: &facts,
            })
        })
    }
}

/// The lesson with this id.
pub fn lesson(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.id == id)
}

/// How many steps of a lesson are done, checked in order from transcript index
/// `since`. Steps before `kept` (done earlier, remembered by the caller) stay
/// done even if their evidence is gone (e.g. the session is no longer in
/// TRANSACTION).
pub fn progress_from(lesson: &Lesson, ctx: &Ctx<'_>, since: usize, kept: usize) -> usize {
    let mut at = since;
    for (i, step) in lesson.steps.iter().enumerate() {
        match (step.check)(ctx, at) {
            Some(next) => at = at.max(next),
            None if i < kept => {}
            None => return i,
        }
    }
    lesson.steps.len()
}

/// How many steps of a lesson the session has done (its whole transcript).
pub fn progress(lesson: &Lesson, session: &Session) -> usize {
    let facts = Facts::of(session);
    progress_from(
        lesson,
        &Ctx {
            session,
            facts: &facts,
        },
        0,
        0,
    )
}

// ---------------------------------------------------------------------------------
// "Do it"

/// What the "Do it" button does now.
#[derive(Debug, Clone, PartialEq)]
pub enum Move {
    /// Connect to the demo server; `then_login` logs in as soon as it greets.
    Connect {
        /// Plain or STLS.
        security: Security,
        /// Log in with USER/PASS after the greeting.
        then_login: bool,
    },
    /// Send a command (guided: refused, with the reason, if not valid now).
    Send(Command),
    /// Log in with USER/PASS.
    LoginUserPass,
    /// Log in with APOP.
    LoginApop,
    /// Log in with SASL.
    LoginSasl(Mechanism),
    /// Replay a log.
    Import(&'static str),
}

/// What a step's action needs before it can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Nothing (it connects, or it works offline).
    Nothing,
    /// A greeted connection, in any state.
    Open,
    /// The AUTHORIZATION state (logins, STLS).
    Authorization,
    /// The TRANSACTION state (mailbox commands).
    Transaction,
}

/// What a step's action needs.
pub fn need(action: DoIt) -> Need {
    match action {
        DoIt::Nothing | DoIt::Connect(_) | DoIt::OpenSession | DoIt::Import(_) => Need::Nothing,
        DoIt::LoginUserPass | DoIt::LoginApop | DoIt::LoginSasl(_) => Need::Authorization,
        DoIt::Send(line) => match Command::parse_lenient(line) {
            Command::Quit | Command::Capa | Command::Lang { .. } => Need::Open,
            Command::User { .. }
            | Command::Pass { .. }
            | Command::Apop { .. }
            | Command::Auth { .. }
            | Command::Stls
            | Command::Utf8 => Need::Authorization,
            _ => Need::Transaction,
        },
    }
}

fn connect_move(then_login: bool, label: &str) -> Option<(Move, String)> {
    Some((
        Move::Connect {
            security: Security::None,
            then_login,
        },
        label.to_owned(),
    ))
}

/// What the "Do it" button of a step does in this session, with its label;
/// `None` when there is nothing to do (or something to wait for). When the
/// session is not in the state the step needs, the button first does what is
/// missing: connect, log in, or leave with QUIT.
pub fn next_move(action: DoIt, session: &Session) -> Option<(Move, String)> {
    if matches!(action, DoIt::Nothing) {
        return None;
    }
    if let DoIt::Import(text) = action {
        return Some((Move::Import(text), "Replay the example".to_owned()));
    }
    if session.link == Link::Connecting {
        return None; // wait for the connection
    }
    let phase = session
        .is_open()
        .then(|| session.engine.borrow().state().clone())
        .filter(|s| *s != State::Closed);
    let need = need(action);
    match (need, &phase) {
        (Need::Nothing, _) => {}
        (Need::Transaction, None) => return connect_move(true, "Connect and log in first"),
        (_, None) => return connect_move(false, "Connect first"),
        (_, Some(State::Greeting | State::Update)) => return None,
        (Need::Authorization, Some(State::Transaction)) => {
            return Some((
                Move::Send(Command::Quit),
                "QUIT first (you are logged in)".to_owned(),
            ));
        }
        (Need::Transaction, Some(State::Authorization { .. })) => {
            return Some((Move::LoginUserPass, "Log in first".to_owned()));
        }
        _ => {}
    }
    match action {
        DoIt::Nothing | DoIt::Import(_) => None,
        // The demo server locks a logged-in mailbox: leave first.
        DoIt::Connect(_) if phase == Some(State::Transaction) => Some((
            Move::Send(Command::Quit),
            "QUIT first (the mailbox is locked while you are logged in)".to_owned(),
        )),
        DoIt::Connect(security) => Some((
            Move::Connect {
                security,
                then_login: false,
            },
            "Connect to the demo server".to_owned(),
        )),
        DoIt::OpenSession => match phase {
            None => connect_move(true, "Connect and log in"),
            Some(State::Authorization { .. }) => {
                Some((Move::LoginUserPass, "Log in as mrose".to_owned()))
            }
            Some(_) => None,
        },
        DoIt::Send(line) => Some((
            Move::Send(Command::parse_lenient(line)),
            format!("Send {line}"),
        )),
        DoIt::LoginUserPass => Some((Move::LoginUserPass, "Log in with USER/PASS".to_owned())),
        DoIt::LoginApop => Some((Move::LoginApop, "Log in with APOP".to_owned())),
        DoIt::LoginSasl(m) => Some((Move::LoginSasl(m), format!("AUTH {}", m.name()))),
    }
}

/// Whether a pending "connect and log in" should log in now (the server
/// greeted), give up (the connection ended), or keep waiting.
pub fn auto_login(session: &Session) -> Option<bool> {
    match (&session.link, session.engine.borrow().state()) {
        (Link::Open, State::Authorization { .. }) => Some(true),
        (Link::Open, State::Greeting) | (Link::Connecting, _) => None,
        _ => Some(false),
    }
}
