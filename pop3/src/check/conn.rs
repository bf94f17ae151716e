//! One session: the engine, its phase, the commands written and not yet
//! answered, and the engine's events routed to the probes.

use super::driver::{Action, Checker, Line};
use super::plan::Task;
use super::probes::Tag;
use super::probes::observations::{Class, Odd};
use super::report::Detail;
use super::said::Said;
use crate::codec::{Malformed, Reply};
use crate::engine::{Client, Event, SendError};
use crate::types::Command;

/// Where a session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phase {
    /// [`Action::Connect`] was asked for.
    Connecting,
    /// Waiting for the greeting.
    Greeting,
    /// STLS was sent.
    Stls,
    /// [`Action::StartTls`] was asked for.
    AwaitTls,
    /// Ready for commands.
    Ready,
}

/// The open session.
#[derive(Debug)]
pub(super) struct Conn {
    pub(super) client: Client,
    pub(super) phase: Phase,
    /// When the phase began (the greeting's timer).
    pub(super) since_ms: u64,
    pub(super) logged_in: bool,
    /// A DELE was sent and no RSET has been answered +OK since.
    pub(super) dele_unreset: bool,
    /// Problems the engine noticed in this session so far (a login reports them).
    pub(super) problems: Vec<Detail>,
}

impl Conn {
    /// A session on a connection being opened.
    pub(super) fn new(implicit_tls: bool, now_ms: u64) -> Conn {
        let client = if implicit_tls {
            Client::new_tls()
        } else {
            Client::new()
        };
        Conn {
            client,
            phase: Phase::Connecting,
            since_ms: now_ms,
            logged_in: false,
            dele_unreset: false,
            problems: Vec::new(),
        }
    }
}

/// A command as the status and the findings name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// The command line, secrets masked; only the keyword of an overlong line.
    pub command: String,
    /// The length of an overlong line, CRLF included.
    pub octets: Option<usize>,
}

impl Sent {
    /// A command as its line names it.
    pub(super) fn named(command: impl Into<String>) -> Sent {
        Sent {
            command: command.into(),
            octets: None,
        }
    }

    /// A command about to be written.
    fn of(cmd: &Command) -> Sent {
        match cmd {
            Command::Other {
                keyword,
                args: Some(a),
            } if a.len() > 20 => Sent {
                command: keyword.clone(),
                octets: Some(a.len() + keyword.len() + 3),
            },
            other => Sent::named(other.to_masked_line()),
        }
    }

    /// "No reply to this within `seconds`".
    pub(super) fn no_reply(&self, seconds: u64) -> Said {
        let command = self.command.clone();
        match self.octets {
            Some(octets) => Said::NoReplyLong {
                command,
                octets,
                seconds,
            },
            None => Said::NoReply { command, seconds },
        }
    }

    /// "The server closed the connection while waiting for the reply to this".
    pub(super) fn closed_waiting(&self) -> Said {
        let command = self.command.clone();
        match self.octets {
            Some(octets) => Said::ClosedWaitingLong { command, octets },
            None => Said::ClosedWaiting { command },
        }
    }
}

/// A command written and not yet answered.
#[derive(Debug)]
pub(super) struct Outstanding {
    /// What the reply answers.
    pub(super) tag: Tag,
    pub(super) sent_ms: u64,
    /// The command as the status line and the findings name it.
    pub(super) sent: Sent,
    /// Counted in the response times (pipelined replies are not).
    pub(super) timed: bool,
}

/// A problem the engine reported, for the detail of a login.
fn problem(annotation: crate::annotate::Annotation) -> Detail {
    Detail::Engine(annotation.summary)
}

/// A line that is not a reply, as the report tells it, and the line (the
/// start of it, if it was too long).
fn odd(error: &Malformed) -> (Odd, String) {
    match error {
        Malformed::BadStatusLine { bytes } => (Odd::NotAReply(escaped(bytes)), escaped(bytes)),
        Malformed::LineTooLong { limit, prefix, .. } => (Odd::TooLong(*limit), escaped(prefix)),
    }
}

/// Bytes the server sent, trimmed and escaped, for a sentence.
pub(super) fn escaped(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .trim_end()
        .escape_debug()
        .to_string()
}

impl Checker {
    /// Sends a command the engine allows now.
    pub(super) fn send(&mut self, cmd: Command, tag: Tag, now_ms: u64) {
        self.send_with(cmd, tag, now_ms, true, false);
    }

    /// Sends a command whose reply is not timed (pipelined).
    pub(super) fn send_untimed(&mut self, cmd: Command, tag: Tag, now_ms: u64) {
        self.send_with(cmd, tag, now_ms, false, false);
    }

    /// Sends a command even if the engine thinks it is not valid now.
    pub(super) fn send_raw(&mut self, cmd: Command, tag: Tag, now_ms: u64) {
        self.send_with(cmd, tag, now_ms, true, true);
    }

    fn send_with(&mut self, cmd: Command, tag: Tag, now_ms: u64, timed: bool, anyway: bool) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        let sent = Sent::of(&cmd);
        let result = if anyway {
            conn.client.send_anyway(cmd).map_err(SendError::Invalid)
        } else {
            conn.client.send(cmd)
        };
        match result {
            Ok(()) => self.outstanding.push_back(Outstanding {
                tag,
                sent_ms: now_ms,
                sent,
                timed,
            }),
            Err(e) => {
                if let Some(task) = self.current.clone() {
                    self.fail_task(&task, not_sent(&sent.command, e));
                }
            }
        }
        self.pump(now_ms);
    }

    /// Moves the engine's output into actions.
    pub(super) fn flush(&mut self) {
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = conn.client.poll_transmit() {
            bytes.extend_from_slice(&chunk);
        }
        if !bytes.is_empty() {
            self.actions.push_back(Action::Write(bytes));
        }
    }

    /// Closes the connection at once (no QUIT).
    pub(super) fn close_now(&mut self) {
        if self.conn.take().is_some() {
            self.actions.push_back(Action::Close);
        }
        self.outstanding.clear();
    }

    /// Handles the engine's events.
    pub(super) fn pump(&mut self, now_ms: u64) {
        loop {
            let Some(conn) = self.conn.as_mut() else {
                return;
            };
            let Some(event) = conn.client.poll_event() else {
                break;
            };
            self.on_event(event, now_ms);
        }
        self.flush();
    }

    fn on_event(&mut self, event: Event, now_ms: u64) {
        let session = self.session;
        match event {
            Event::Sent { masked, .. } => self.transcript.push(Line {
                session,
                client: true,
                text: masked,
            }),
            Event::Received {
                decoded, command, ..
            } => {
                let head = String::from_utf8_lossy(&decoded.head).trim_end().to_owned();
                self.transcript.push(Line {
                    session,
                    client: false,
                    text: head.clone(),
                });
                let keyword = command.as_ref().map(|c| c.keyword().to_owned());
                let Reply::Response(response) = decoded.reply else {
                    // A SASL challenge: the engine answers it; only its form is judged.
                    self.observed.reply(keyword, &decoded.warnings, None);
                    return;
                };
                self.observed
                    .reply(keyword, &decoded.warnings, response.code.as_ref());
                let phase = self.conn.as_ref().map(|c| c.phase);
                if command.is_none() && phase == Some(Phase::Greeting) {
                    self.on_greeting(&response, now_ms);
                } else if command.is_none() {
                    let head = head.escape_debug().to_string();
                    if self.current == Some(Task::AuthInjection) {
                        self.runs.auth_injection.extra.push(head.clone());
                    }
                    self.observed.unsolicited(head);
                } else if let Some(o) = self.outstanding.pop_front() {
                    if o.timed {
                        let class = if o.tag.timed_as_other() {
                            Class::Other
                        } else {
                            let keyword = o.sent.command.split(' ').next().unwrap_or_default();
                            Class::Command(keyword.to_owned())
                        };
                        self.observed.time(class, now_ms.saturating_sub(o.sent_ms));
                    }
                    self.on_reply(o, response, &decoded.warnings, now_ms);
                }
            }
            Event::Malformed { error, .. } => {
                let (odd, line) = odd(&error);
                self.observed.malformed(odd, line);
            }
            Event::StartTls => {
                if let Some(conn) = self.conn.as_mut() {
                    conn.phase = Phase::AwaitTls;
                }
                self.actions.push_back(Action::StartTls);
            }
            Event::Problem { annotation } => {
                if let Some(conn) = self.conn.as_mut() {
                    conn.problems.push(problem(annotation));
                }
            }
            Event::Closed {
                partial_body: Some(n),
                ..
            } => self.observed.partial_body(n),
            Event::StateChanged { .. }
            | Event::Capabilities(_)
            | Event::LoginFinished { .. }
            | Event::Closed { .. } => {}
        }
    }
}

/// The detail of a command the engine would not send.
pub(super) fn not_sent(command: &str, error: SendError) -> Vec<Detail> {
    vec![
        Said::NotSent {
            command: command.to_owned(),
        }
        .into(),
        Detail::Refused(error),
    ]
}
