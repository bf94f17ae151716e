//! The course: lessons, their steps and what each step's "Do it" does.
//!
//! The words are message ids of the `lessons` catalog (`lesson-…`), rendered
//! with [`i18n::t`] where they are shown; notes and "Do it" labels are rendered
//! here, in the current language. Command lines, protocol words and RFC
//! references stay as they are in every language.

use pop3::sasl::Mechanism;
use pop3::types::{Command, State};

use super::facts::*;
use crate::i18n::{self, num, text};
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

/// What to type in the raw command line instead of pressing "Do it".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeIt {
    /// One command line, as it is.
    Line(&'static str),
    /// Two command lines, one after the other.
    Then(&'static str, &'static str),
    /// A command line followed by a placeholder for what the reader fills in:
    /// the line as it is and the placeholder's message id, e.g. `APOP mrose`
    /// and "digest", shown as `APOP mrose <digest>`.
    Fill(&'static str, &'static str),
}

impl TypeIt {
    /// The command lines, in order, placeholders in the current language.
    pub fn lines(&self) -> Vec<String> {
        match *self {
            TypeIt::Line(line) => vec![line.to_owned()],
            TypeIt::Then(first, second) => vec![first.to_owned(), second.to_owned()],
            TypeIt::Fill(line, hole) => vec![format!("{line} <{}>", i18n::t(hole))],
        }
    }
}

/// A remark on a step, computed from the session, in the current language.
pub type Note = fn(&Ctx<'_>) -> Option<String>;

/// One step of a lesson.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    /// A few words (a message id).
    pub title: &'static str,
    /// What happens and why, in plain words (a message id); `text` in
    /// backquotes is code.
    pub explain: &'static str,
    /// Where the RFC says it.
    pub rfc: Rfc,
    /// What to type in the raw command line instead, if anything.
    pub type_it: Option<TypeIt>,
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
    /// The title (a message id).
    pub title: &'static str,
    /// One or two sentences (a message id).
    pub intro: &'static str,
    /// The steps, in order.
    pub steps: &'static [Step],
}

const CONNECT: Step = Step {
    title: "lesson-connect-title",
    explain: "lesson-connect-explain",
    rfc: rfc(1939, "4"),
    type_it: None,
    action: DoIt::Connect(Security::None),
    check: greeted,
    note: None,
};

const OPEN_SESSION: Step = Step {
    title: "lesson-open-session-title",
    explain: "lesson-open-session-explain",
    rfc: rfc(1939, "3"),
    type_it: None,
    action: DoIt::OpenSession,
    check: logged_in,
    note: None,
};

const QUIT_TO_LOG_IN_AGAIN: Step = Step {
    title: "lesson-quit-to-log-in-again-title",
    explain: "lesson-quit-to-log-in-again-explain",
    rfc: rfc(1939, "6"),
    type_it: Some(TypeIt::Line("QUIT")),
    action: DoIt::Send("QUIT"),
    check: quit,
    note: None,
};

fn timestamp_note(ctx: &Ctx<'_>) -> Option<String> {
    let timestamp = ctx.session.engine.borrow().apop_timestamp()?;
    Some(i18n::tr(
        "lesson-note-timestamp",
        &[("timestamp", text(timestamp))],
    ))
}

fn apop_note(ctx: &Ctx<'_>) -> Option<String> {
    let session = ctx.session;
    match &session.apop {
        Some(steps) => Some(format!(
            "MD5(\"{}\" + \"{DEMO_PASSWORD}\") = {}",
            steps.timestamp, steps.digest
        )),
        None => session.engine.borrow().apop_timestamp().map(|t| {
            i18n::tr(
                "lesson-note-apop-digest-to-come",
                &[("timestamp", text(t)), ("password", text(DEMO_PASSWORD))],
            )
        }),
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
    let message = last
        .command
        .message_number()
        .map_or_else(String::new, |n| n.to_string());
    Some(i18n::tr(
        "lesson-note-stuffed",
        &[
            ("count", num(last.stuffed_lines() as f64)),
            ("message", text(message)),
        ],
    ))
}

/// The course.
pub static LESSONS: &[Lesson] = &[
    Lesson {
        id: "greeting",
        title: "lesson-greeting-title",
        intro: "lesson-greeting-intro",
        steps: &[
            CONNECT,
            Step {
                title: "lesson-greeting-timestamp-title",
                explain: "lesson-greeting-timestamp-explain",
                rfc: rfc(1939, "7"),
                type_it: None,
                action: DoIt::Nothing,
                check: timestamp_seen,
                note: Some(timestamp_note),
            },
            Step {
                title: "lesson-greeting-quit-title",
                explain: "lesson-greeting-quit-explain",
                rfc: rfc(1939, "4"),
                type_it: Some(TypeIt::Line("QUIT")),
                action: DoIt::Send("QUIT"),
                check: quit,
                note: None,
            },
        ],
    },
    Lesson {
        id: "user-pass-apop",
        title: "lesson-user-pass-apop-title",
        intro: "lesson-user-pass-apop-intro",
        steps: &[
            CONNECT,
            Step {
                title: "lesson-user-pass-apop-user-pass-title",
                explain: "lesson-user-pass-apop-user-pass-explain",
                rfc: rfc(1939, "7"),
                type_it: Some(TypeIt::Then("USER mrose", "PASS tanstaaf")),
                action: DoIt::LoginUserPass,
                check: user_pass,
                note: None,
            },
            QUIT_TO_LOG_IN_AGAIN,
            Step {
                title: "lesson-user-pass-apop-connect-again-title",
                explain: "lesson-user-pass-apop-connect-again-explain",
                ..CONNECT
            },
            Step {
                title: "lesson-user-pass-apop-apop-title",
                explain: "lesson-user-pass-apop-apop-explain",
                rfc: rfc(1939, "7"),
                type_it: Some(TypeIt::Fill(
                    "APOP mrose",
                    "lesson-user-pass-apop-apop-placeholder",
                )),
                action: DoIt::LoginApop,
                check: apop,
                note: Some(apop_note),
            },
        ],
    },
    Lesson {
        id: "stat-list",
        title: "lesson-stat-list-title",
        intro: "lesson-stat-list-intro",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "lesson-stat-list-stat-title",
                explain: "lesson-stat-list-stat-explain",
                rfc: rfc(1939, "5"),
                type_it: Some(TypeIt::Line("STAT")),
                action: DoIt::Send("STAT"),
                check: stat,
                note: None,
            },
            Step {
                title: "lesson-stat-list-list-title",
                explain: "lesson-stat-list-list-explain",
                rfc: rfc(1939, "5"),
                type_it: Some(TypeIt::Line("LIST")),
                action: DoIt::Send("LIST"),
                check: list_all,
                note: None,
            },
            Step {
                title: "lesson-stat-list-list-one-title",
                explain: "lesson-stat-list-list-one-explain",
                rfc: rfc(1939, "5"),
                type_it: Some(TypeIt::Line("LIST 1")),
                action: DoIt::Send("LIST 1"),
                check: list_one,
                note: None,
            },
        ],
    },
    Lesson {
        id: "uidl",
        title: "lesson-uidl-title",
        intro: "lesson-uidl-intro",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "lesson-uidl-all-title",
                explain: "lesson-uidl-all-explain",
                rfc: rfc(1939, "7"),
                type_it: Some(TypeIt::Line("UIDL")),
                action: DoIt::Send("UIDL"),
                check: uidl_all,
                note: None,
            },
            Step {
                title: "lesson-uidl-one-title",
                explain: "lesson-uidl-one-explain",
                rfc: rfc(1939, "7"),
                type_it: Some(TypeIt::Line("UIDL 1")),
                action: DoIt::Send("UIDL 1"),
                check: uidl_one,
                note: None,
            },
        ],
    },
    Lesson {
        id: "top",
        title: "lesson-top-title",
        intro: "lesson-top-intro",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "lesson-top-headers-title",
                explain: "lesson-top-headers-explain",
                rfc: rfc(1939, "7"),
                type_it: Some(TypeIt::Line("TOP 1 0")),
                action: DoIt::Send("TOP 1 0"),
                check: top_headers,
                note: None,
            },
            Step {
                title: "lesson-top-preview-title",
                explain: "lesson-top-preview-explain",
                rfc: rfc(1939, "7"),
                type_it: Some(TypeIt::Line("TOP 1 3")),
                action: DoIt::Send("TOP 1 3"),
                check: top_preview,
                note: None,
            },
        ],
    },
    Lesson {
        id: "retr",
        title: "lesson-retr-title",
        intro: "lesson-retr-intro",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "lesson-retr-retr-title",
                explain: "lesson-retr-retr-explain",
                rfc: rfc(1939, "5"),
                type_it: Some(TypeIt::Line("RETR 1")),
                action: DoIt::Send("RETR 1"),
                check: retr,
                note: None,
            },
            Step {
                title: "lesson-retr-stuffing-title",
                explain: "lesson-retr-stuffing-explain",
                rfc: rfc(1939, "3"),
                type_it: Some(TypeIt::Line("RETR 1")),
                action: DoIt::Send("RETR 1"),
                check: retr_stuffed,
                note: Some(stuffed_note),
            },
        ],
    },
    Lesson {
        id: "dele-rset",
        title: "lesson-dele-rset-title",
        intro: "lesson-dele-rset-intro",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "lesson-dele-rset-dele-title",
                explain: "lesson-dele-rset-dele-explain",
                rfc: rfc(1939, "5"),
                type_it: Some(TypeIt::Line("DELE 2")),
                action: DoIt::Send("DELE 2"),
                check: dele,
                note: None,
            },
            Step {
                title: "lesson-dele-rset-stat-again-title",
                explain: "lesson-dele-rset-stat-again-explain",
                rfc: rfc(1939, "5"),
                type_it: Some(TypeIt::Line("STAT")),
                action: DoIt::Send("STAT"),
                check: stat,
                note: None,
            },
            Step {
                title: "lesson-dele-rset-rset-title",
                explain: "lesson-dele-rset-rset-explain",
                rfc: rfc(1939, "5"),
                type_it: Some(TypeIt::Line("RSET")),
                action: DoIt::Send("RSET"),
                check: rset,
                note: None,
            },
        ],
    },
    Lesson {
        id: "quit",
        title: "lesson-quit-title",
        intro: "lesson-quit-intro",
        steps: &[
            OPEN_SESSION,
            Step {
                title: "lesson-quit-quit-title",
                explain: "lesson-quit-quit-explain",
                rfc: rfc(1939, "6"),
                type_it: Some(TypeIt::Line("QUIT")),
                action: DoIt::Send("QUIT"),
                check: quit_update,
                note: None,
            },
            Step {
                title: "lesson-quit-over-title",
                explain: "lesson-quit-over-explain",
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
        title: "lesson-capa-stls-title",
        intro: "lesson-capa-stls-intro",
        steps: &[
            CONNECT,
            Step {
                title: "lesson-capa-stls-capa-title",
                explain: "lesson-capa-stls-capa-explain",
                rfc: rfc(2449, "5"),
                type_it: Some(TypeIt::Line("CAPA")),
                action: DoIt::Send("CAPA"),
                check: capa,
                note: None,
            },
            Step {
                title: "lesson-capa-stls-stls-title",
                explain: "lesson-capa-stls-stls-explain",
                rfc: rfc(2595, "4"),
                type_it: Some(TypeIt::Line("STLS")),
                action: DoIt::Send("STLS"),
                check: stls,
                note: None,
            },
            Step {
                title: "lesson-capa-stls-login-title",
                explain: "lesson-capa-stls-login-explain",
                rfc: rfc(2595, "4"),
                type_it: Some(TypeIt::Then("USER mrose", "PASS tanstaaf")),
                action: DoIt::LoginUserPass,
                check: user_pass_tls,
                note: None,
            },
        ],
    },
    Lesson {
        id: "sasl",
        title: "lesson-sasl-title",
        intro: "lesson-sasl-intro",
        steps: &[
            CONNECT,
            Step {
                title: "lesson-sasl-capa-title",
                explain: "lesson-sasl-capa-explain",
                rfc: rfc(5034, "3"),
                type_it: Some(TypeIt::Line("CAPA")),
                action: DoIt::Send("CAPA"),
                check: capa_sasl,
                note: None,
            },
            Step {
                title: "lesson-sasl-plain-title",
                explain: "lesson-sasl-plain-explain",
                rfc: rfc(5034, "4"),
                type_it: Some(TypeIt::Fill("AUTH PLAIN", "lesson-sasl-plain-placeholder")),
                action: DoIt::LoginSasl(Mechanism::Plain),
                check: auth_plain,
                note: None,
            },
            QUIT_TO_LOG_IN_AGAIN,
            Step {
                title: "lesson-sasl-connect-again-title",
                explain: "lesson-sasl-connect-again-explain",
                ..CONNECT
            },
            Step {
                title: "lesson-sasl-cram-md5-title",
                explain: "lesson-sasl-cram-md5-explain",
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
        title: "lesson-rfc1939-example-title",
        intro: "lesson-rfc1939-example-intro",
        steps: &[
            Step {
                title: "lesson-rfc1939-example-replay-title",
                explain: "lesson-rfc1939-example-replay-explain",
                rfc: rfc(1939, "10"),
                type_it: None,
                action: DoIt::Import(RFC1939_EXAMPLE),
                check: rfc_example_replayed,
                note: None,
            },
            Step {
                title: "lesson-rfc1939-example-apop-title",
                explain: "lesson-rfc1939-example-apop-explain",
                rfc: rfc(1939, "7"),
                type_it: None,
                action: DoIt::Nothing,
                check: apop,
                note: Some(rfc_digest_note),
            },
            Step {
                title: "lesson-rfc1939-example-stat-list-title",
                explain: "lesson-rfc1939-example-stat-list-explain",
                rfc: rfc(1939, "5"),
                type_it: None,
                action: DoIt::Nothing,
                check: stat_then_list,
                note: None,
            },
            Step {
                title: "lesson-rfc1939-example-retr-dele-title",
                explain: "lesson-rfc1939-example-retr-dele-explain",
                rfc: rfc(1939, "5"),
                type_it: None,
                action: DoIt::Nothing,
                check: retr_then_dele,
                note: None,
            },
            Step {
                title: "lesson-rfc1939-example-quit-title",
                explain: "lesson-rfc1939-example-quit-explain",
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
        i18n::t(label),
    ))
}

/// What the "Do it" button of a step does in this session, with its label in
/// the current language;
/// `None` when there is nothing to do (or something to wait for). When the
/// session is not in the state the step needs, the button first does what is
/// missing: connect, log in, or leave with QUIT.
pub fn next_move(action: DoIt, session: &Session) -> Option<(Move, String)> {
    if matches!(action, DoIt::Nothing) {
        return None;
    }
    if let DoIt::Import(text) = action {
        return Some((Move::Import(text), i18n::t("lesson-move-replay")));
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
        (Need::Transaction, None) => {
            return connect_move(true, "lesson-move-connect-and-log-in-first");
        }
        (_, None) => return connect_move(false, "lesson-move-connect-first"),
        (_, Some(State::Greeting | State::Update)) => return None,
        (Need::Authorization, Some(State::Transaction)) => {
            return Some((
                Move::Send(Command::Quit),
                i18n::t("lesson-move-quit-logged-in"),
            ));
        }
        (Need::Transaction, Some(State::Authorization { .. })) => {
            return Some((Move::LoginUserPass, i18n::t("lesson-move-log-in-first")));
        }
        _ => {}
    }
    match action {
        DoIt::Nothing | DoIt::Import(_) => None,
        // The demo server locks a logged-in mailbox: leave first.
        DoIt::Connect(_) if phase == Some(State::Transaction) => Some((
            Move::Send(Command::Quit),
            i18n::t("lesson-move-quit-mailbox-locked"),
        )),
        DoIt::Connect(security) => Some((
            Move::Connect {
                security,
                then_login: false,
            },
            i18n::t("lesson-move-connect"),
        )),
        DoIt::OpenSession => match phase {
            None => connect_move(true, "lesson-move-connect-and-log-in"),
            Some(State::Authorization { .. }) => {
                Some((Move::LoginUserPass, i18n::t("lesson-move-log-in-demo")))
            }
            Some(_) => None,
        },
        DoIt::Send(line) => Some((
            Move::Send(Command::parse_lenient(line)),
            i18n::tr("lesson-move-send", &[("command", text(line))]),
        )),
        DoIt::LoginUserPass => Some((Move::LoginUserPass, i18n::t("lesson-move-user-pass"))),
        DoIt::LoginApop => Some((Move::LoginApop, i18n::t("lesson-move-apop"))),
        DoIt::LoginSasl(m) => Some((
            Move::LoginSasl(m),
            i18n::tr("lesson-move-auth", &[("mechanism", text(m.name()))]),
        )),
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
