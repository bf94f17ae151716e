//! What the lessons' step checks read: the transcript folded into
//! command/reply pairs, greetings, state changes and TLS, all from typed facts.

use std::collections::BTreeMap;
use std::rc::Rc;

use pop3::types::{Command, State};

use crate::state::{Entry, Fact, ReplyStatus, Session};

/// The demo server's user (RFC 1939's own example).
pub const DEMO_USER: &str = "mrose";
/// Its password.
pub const DEMO_PASSWORD: &str = "tanstaaf";
/// The demo's other users (same password), each showing a fault; the proxy's
/// demo server defines them (`proxy/src/demo/mailbox.rs`).
pub const DEMO_FAULT_USERS: [&str; 8] = [
    "slow", "dropper", "garbage", "inuse", "delay", "nostuff", "many", "huge",
];

/// RFC 1939 §10, the example POP3 session, verbatim.
pub use pop3::import::RFC1939_EXAMPLE;

/// The APOP timestamp of RFC 1939's example.
pub const RFC1939_TIMESTAMP: &str = "<1896.697170952@dbc.mtview.ca.us>";

/// A command and the reply that answered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    /// Transcript index of the client line.
    pub command_at: usize,
    /// Transcript index of the reply's status line.
    pub reply_at: usize,
    /// The command.
    pub command: Command,
    /// `+OK` (rather than `-ERR`).
    pub ok: bool,
    /// The multi-line body, dot-unstuffed.
    pub body: Option<Rc<Vec<u8>>>,
}

impl Exchange {
    /// The command keyword, upper case.
    pub fn keyword(&self) -> &str {
        self.command.keyword()
    }

    /// Body lines that begin with "." after unstuffing: on the wire they began
    /// with "..".
    pub fn stuffed_lines(&self) -> usize {
        self.body.as_ref().map_or(0, |body| {
            let mut lines = body.split(|&b| b == b'\n').collect::<Vec<_>>();
            // A body ending in CRLF leaves an empty piece after the last LF.
            if lines.last().is_some_and(|l| l.is_empty()) {
                lines.pop();
            }
            lines.iter().filter(|l| l.first() == Some(&b'.')).count()
        })
    }

    /// Whether the body has a line starting with `prefix` (ASCII case-insensitive).
    pub fn body_has_line(&self, prefix: &str) -> bool {
        self.body.as_ref().is_some_and(|body| {
            body.split(|&b| b == b'\n').any(|line| {
                line.len() >= prefix.len()
                    && line[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
            })
        })
    }
}

/// A state change in the transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateChange {
    /// Its transcript index.
    pub at: usize,
    /// Before.
    pub from: State,
    /// After.
    pub to: State,
}

/// The transcript, folded into what the checks need. Built incrementally:
/// [`Facts::sync`] reads only the entries added since the last call.
#[derive(Debug, Default, Clone)]
pub struct Facts {
    /// Which transcript was read (its address), and how far.
    source: usize,
    seen: usize,
    last: Option<(usize, f64)>,
    /// Every answered command, in reply order.
    pub exchanges: Vec<Exchange>,
    by_keyword: BTreeMap<String, Vec<usize>>,
    /// `+OK` greetings: transcript index and the server's text.
    pub greetings: Vec<(usize, String)>,
    /// State changes, in order.
    pub states: Vec<StateChange>,
    /// Where TLS came up after STLS.
    pub tls_up: Vec<usize>,
}

fn transcript_id(session: &Session) -> usize {
    Rc::as_ptr(&session.transcript) as *const () as usize
}

fn fingerprint(entry: &Entry) -> (usize, f64) {
    (entry.id, entry.at_ms)
}

impl Facts {
    /// The facts of a session's whole transcript.
    pub fn of(session: &Session) -> Facts {
        let mut facts = Facts::default();
        facts.sync(session);
        facts
    }

    /// The facts of a list of entries (a transcript that is not a session's).
    pub fn of_entries(entries: &[Entry]) -> Facts {
        let mut facts = Facts::default();
        for (i, entry) in entries.iter().enumerate() {
            facts.ingest(i, entry, entries);
        }
        facts.seen = entries.len();
        facts
    }

    /// How many transcript entries have been read.
    pub fn seen(&self) -> usize {
        self.seen
    }

    /// Catches up with the session's transcript; starts again if it was
    /// replaced (import, restore) or cleared.
    pub fn sync(&mut self, session: &Session) {
        let transcript = session.transcript.borrow();
        let entries = transcript.entries();
        let same = self.source == transcript_id(session)
            && entries.len() >= self.seen
            && (self.seen == 0 || Some(fingerprint(&entries[self.seen - 1])) == self.last);
        if !same {
            *self = Facts {
                source: transcript_id(session),
                ..Facts::default()
            };
        }
        for (i, entry) in entries.iter().enumerate().skip(self.seen) {
            self.ingest(i, entry, entries);
        }
        self.seen = entries.len();
        self.last = entries.last().map(fingerprint);
    }

    fn ingest(&mut self, i: usize, entry: &Entry, entries: &[Entry]) {
        match &entry.fact {
            Fact::StateChanged { from, to } => self.states.push(StateChange {
                at: i,
                from: from.clone(),
                to: to.clone(),
            }),
            Fact::TlsUp(_) => self.tls_up.push(i),
            Fact::Reply {
                status: ReplyStatus::Ok,
                answers: None,
                ..
            } if entries[..i]
                .iter()
                .rev()
                .take_while(|e| !matches!(e.fact, Fact::NewConnection))
                .all(|e| !matches!(e.fact, Fact::Reply { .. })) =>
            {
                let text = String::from_utf8_lossy(&entry.raw);
                let text = text.trim_end_matches(['\r', '\n']);
                let text = text.strip_prefix("+OK").unwrap_or(text).trim_start();
                self.greetings.push((i, text.to_owned()));
            }
            Fact::Reply {
                status: status @ (ReplyStatus::Ok | ReplyStatus::Err),
                answers: Some(at),
                ..
            } => {
                let Some(command) = entries.get(*at).and_then(Entry::command) else {
                    return;
                };
                self.by_keyword
                    .entry(command.keyword().to_owned())
                    .or_default()
                    .push(self.exchanges.len());
                self.exchanges.push(Exchange {
                    command_at: *at,
                    reply_at: i,
                    command: command.clone(),
                    ok: *status == ReplyStatus::Ok,
                    body: entry.body.as_ref().map(|b| b.bytes.clone()),
                });
            }
            _ => {}
        }
    }

    /// Exchanges of one command, in order.
    pub fn of_keyword(&self, keyword: &str) -> impl Iterator<Item = &Exchange> {
        self.by_keyword
            .get(keyword)
            .into_iter()
            .flatten()
            .map(|&k| &self.exchanges[k])
    }
}

/// What a check sees: the session and its transcript's facts.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The session now.
    pub session: &'a Session,
    /// Its transcript, folded.
    pub facts: &'a Facts,
}

impl Ctx<'_> {
    /// The first successful exchange of `keyword` sent at or after `from` that
    /// satisfies `pred`.
    pub fn ok(
        &self,
        from: usize,
        keyword: &str,
        pred: impl Fn(&Exchange) -> bool,
    ) -> Option<&Exchange> {
        self.facts
            .of_keyword(keyword)
            .find(|x| x.command_at >= from && x.ok && pred(x))
    }

    /// The first state change at or after `from` that satisfies `pred`.
    pub fn state_change(
        &self,
        from: usize,
        pred: impl Fn(&State, &State) -> bool,
    ) -> Option<usize> {
        self.facts
            .states
            .iter()
            .find(|c| c.at >= from && pred(&c.from, &c.to))
            .map(|c| c.at)
    }

    fn state(&self) -> Option<State> {
        self.session
            .is_open()
            .then(|| self.session.engine.borrow().state().clone())
    }

    fn authorization_now(&self) -> bool {
        matches!(self.state(), Some(State::Authorization { .. }))
    }

    fn transaction_now(&self) -> bool {
        self.state() == Some(State::Transaction)
    }
}

/// A step's check: given where the previous step was satisfied (a transcript
/// index), where this one was (the index the next step searches from), or
/// `None` if it has not happened. Command steps return the index after their
/// command, so that pipelined commands count in the order they were sent.
pub type Check = fn(&Ctx<'_>, usize) -> Option<usize>;

// ---------------------------------------------------------------------------------
// Checks

/// The server greeted (a fresh connection), or the session is in
/// AUTHORIZATION now. Returns the greeting's index, so that the next step can
/// look at it.
pub fn greeted(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    let greeting = ctx.facts.greetings.iter().find(|(i, _)| *i >= from);
    match greeting {
        Some((i, _)) => Some(*i),
        None => ctx.authorization_now().then_some(from),
    }
}

/// The greeting carried an APOP timestamp.
pub fn timestamp_seen(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    let greeting = ctx
        .facts
        .greetings
        .iter()
        .find(|(i, text)| *i >= from && pop3::apop::extract_timestamp(text).is_some());
    match greeting {
        Some((i, _)) => Some(i + 1),
        None => (ctx.authorization_now() && ctx.session.engine.borrow().apop_timestamp().is_some())
            .then_some(from),
    }
}

/// The session reached TRANSACTION (a login), or is in it now.
pub fn logged_in(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    match ctx.state_change(from, |_, to| *to == State::Transaction) {
        Some(i) => Some(i + 1),
        None => ctx.transaction_now().then_some(from),
    }
}

/// USER, then PASS, both accepted.
pub fn user_pass(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    let user = ctx.ok(from, "USER", |_| true)?;
    let pass = ctx.ok(user.command_at + 1, "PASS", |_| true)?;
    Some(pass.command_at + 1)
}

/// APOP accepted.
pub fn apop(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "APOP", |_| true).map(|x| x.command_at + 1)
}

/// QUIT answered with +OK.
pub fn quit(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "QUIT", |_| true).map(|x| x.command_at + 1)
}

/// QUIT sent in TRANSACTION (so the session went through UPDATE) and answered.
pub fn quit_update(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    let update = ctx.state_change(from, |from, to| {
        *from == State::Transaction && *to == State::Update
    })?;
    ctx.ok(update.saturating_sub(1), "QUIT", |x| x.reply_at > update)
        .map(|x| x.command_at + 1)
}

/// The session ended (the state went back to DISCONNECTED).
pub fn session_over(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.state_change(from, |_, to| matches!(to, State::Closed | State::Greeting))
        .map(|i| i + 1)
}

/// STAT answered.
pub fn stat(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "STAT", |_| true).map(|x| x.command_at + 1)
}

/// LIST without an argument: the multi-line scan listing.
pub fn list_all(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "LIST", |x| x.command == Command::List { msg: None })
        .map(|x| x.command_at + 1)
}

/// LIST of one message.
pub fn list_one(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "LIST", |x| {
        matches!(x.command, Command::List { msg: Some(_) })
    })
    .map(|x| x.command_at + 1)
}

/// UIDL without an argument.
pub fn uidl_all(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "UIDL", |x| x.command == Command::Uidl { msg: None })
        .map(|x| x.command_at + 1)
}

/// UIDL of one message.
pub fn uidl_one(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "UIDL", |x| {
        matches!(x.command, Command::Uidl { msg: Some(_) })
    })
    .map(|x| x.command_at + 1)
}

/// `TOP n 0`: headers only.
pub fn top_headers(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "TOP", |x| {
        matches!(x.command, Command::Top { lines: 0, .. })
    })
    .map(|x| x.command_at + 1)
}

/// `TOP n k` with k > 0: headers and a preview of the body.
pub fn top_preview(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(
        from,
        "TOP",
        |x| matches!(x.command, Command::Top { lines, .. } if lines > 0),
    )
    .map(|x| x.command_at + 1)
}

/// A message retrieved. Returns the command's index, so that the next step can
/// look at the same reply.
pub fn retr(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "RETR", |_| true).map(|x| x.command_at)
}

/// A retrieved message had lines that begin with "." (sent as ".." on the wire).
pub fn retr_stuffed(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "RETR", |x| x.stuffed_lines() > 0)
        .map(|x| x.command_at + 1)
}

/// RETR answered (any message, body or not).
pub fn retr_any(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "RETR", |_| true).map(|x| x.command_at + 1)
}

/// DELE accepted.
pub fn dele(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "DELE", |_| true).map(|x| x.command_at + 1)
}

/// RSET accepted.
pub fn rset(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "RSET", |_| true).map(|x| x.command_at + 1)
}

/// CAPA answered with a list.
pub fn capa(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "CAPA", |_| true).map(|x| x.command_at + 1)
}

/// CAPA listed SASL mechanisms.
pub fn capa_sasl(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.ok(from, "CAPA", |x| x.body_has_line("SASL"))
        .map(|x| x.command_at + 1)
}

/// STLS accepted and TLS up on the same connection.
pub fn stls(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    let x = ctx.ok(from, "STLS", |_| true)?;
    let up = ctx.facts.tls_up.iter().find(|&&i| i > x.reply_at)?;
    Some(up + 1)
}

/// USER/PASS accepted after TLS came up (checked from the STLS step on).
pub fn user_pass_tls(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    user_pass(ctx, from)
}

fn auth(ctx: &Ctx<'_>, from: usize, mechanism: &str) -> Option<usize> {
    ctx.ok(from, "AUTH", |x| {
        matches!(&x.command, Command::Auth { mechanism: Some(m), .. } if m.eq_ignore_ascii_case(mechanism))
    })
    .map(|x| x.command_at + 1)
}

/// AUTH PLAIN accepted.
pub fn auth_plain(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    auth(ctx, from, "PLAIN")
}

/// AUTH CRAM-MD5 accepted.
pub fn auth_cram_md5(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    auth(ctx, from, "CRAM-MD5")
}

/// RFC 1939's example was replayed: its greeting is in the transcript.
pub fn rfc_example_replayed(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    ctx.facts
        .greetings
        .iter()
        .find(|(i, text)| *i >= from && text.contains(RFC1939_TIMESTAMP))
        .map(|(i, _)| *i)
}

/// STAT, then LIST.
pub fn stat_then_list(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    list_all(ctx, stat(ctx, from)?)
}

/// RETR, then DELE.
pub fn retr_then_dele(ctx: &Ctx<'_>, from: usize) -> Option<usize> {
    dele(ctx, retr_any(ctx, from)?)
}
