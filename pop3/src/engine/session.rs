//! What a reply changes in the session (state, capabilities, the maildrop), and
//! the checks that need the client's memory of it.

use super::{Client, Event};
use crate::annotate::{self, Annotation, Say, Severity, rfc};
use crate::types::{Capability, Command, Response, State};

impl Client {
    /// Checks that need the client's memory of the session.
    pub(super) fn reply_checks(
        &self,
        cmd: &Command,
        response: &Response,
        annotation: &mut Annotation,
    ) {
        if let (Command::Retr { msg }, Some(body)) = (cmd, &response.body)
            && let Some(&listed) = self.maildrop.sizes.get(msg)
            && listed != body.len() as u64
        {
            annotation.note(
                Severity::Warning,
                Say::NoteRetrSizeMismatch {
                    listed,
                    arrived: body.len(),
                },
                Some(rfc(1939, "5")),
            );
        }
        if response.is_ok()
            && let Some(n) = cmd.message_number()
            && self.maildrop.deleted.contains(&n)
            && !matches!(cmd, Command::Dele { .. })
        {
            annotation.note(
                Severity::Violation,
                Say::NoteDeletedServed { msg: n },
                Some(rfc(1939, "5")),
            );
        }
        if response.code.is_some()
            && self.has_capability(|c| *c == Capability::RespCodes) == Some(false)
        {
            annotation.note(
                Severity::Warning,
                Say::NoteCodeUnadvertised,
                Some(rfc(2449, "8")),
            );
        }
        if let (Command::Uidl { msg: None }, Some(_)) = (cmd, &response.body) {
            for line in response.body_lines() {
                let text = String::from_utf8_lossy(line);
                let mut words = text.split(' ');
                if let (Some(Ok(n)), Some(uid)) =
                    (words.next().map(str::parse::<u32>), words.next())
                    && let Some(old) = self.maildrop.uids.get(&n)
                    && old != uid
                {
                    annotation.note(
                        Severity::Violation,
                        Say::NoteUidChanged {
                            msg: n,
                            old: old.clone(),
                            new: uid.to_owned(),
                        },
                        Some(rfc(1939, "7")),
                    );
                }
            }
        }
    }

    /// Updates the session from a reply.
    pub(super) fn apply(&mut self, cmd: &Command, response: &Response) {
        let ok = response.is_ok();
        match cmd {
            Command::User { .. } => self.user_sent = ok,
            Command::Pass { .. } => {
                self.user_sent = false;
                self.login_finished("USER/PASS", response);
            }
            Command::Apop { .. } => self.login_finished("APOP", response),
            Command::Auth {
                mechanism: Some(m), ..
            } => {
                let exchange = self.sasl.take();
                if ok
                    && let Some(exchange) = &exchange
                    && let Err(error) = exchange.client.finish()
                {
                    let error = error.to_string();
                    let mut annotation = Annotation::new(
                        Say::SaslUnverified {
                            error: error.clone(),
                        },
                        Some(rfc(5034, "4")),
                    );
                    annotation.note(
                        Severity::Violation,
                        Say::NoteSaslError { error },
                        Some(rfc(5802, "5")),
                    );
                    self.events.push_back(Event::Problem { annotation });
                }
                let method = m.to_ascii_uppercase();
                self.login_finished(&method, response);
            }
            Command::Quit if ok || self.state == State::Update => {
                self.set_state(State::Closed);
            }
            Command::Stls if ok => {
                self.awaiting_tls = true;
                self.capabilities = None;
                self.events.push_back(Event::StartTls);
            }
            Command::Capa if ok => {
                let caps: Vec<Capability> = response
                    .body_lines()
                    .map(|l| Capability::parse(&String::from_utf8_lossy(l)))
                    .collect();
                self.capabilities = Some(caps.clone());
                self.events.push_back(Event::Capabilities(caps));
            }
            Command::Stat if ok => {
                if let Some((n, size)) = annotate::parse_two_numbers(&response.text) {
                    // STAT leaves out messages marked as deleted, but message
                    // numbers do not shift (RFC 1939 §5).
                    let deleted = u32::try_from(self.maildrop.deleted.len()).unwrap_or(u32::MAX);
                    self.maildrop.count = Some(n.saturating_add(deleted));
                    self.maildrop.total = Some(size);
                }
            }
            Command::List { msg: None } if ok => {
                self.maildrop.sizes.clear();
                for line in response.body_lines() {
                    if let Some((n, size)) = annotate::parse_two_numbers(line) {
                        self.maildrop.sizes.insert(n, size);
                    }
                }
                let listed = u32::try_from(self.maildrop.sizes.len()).unwrap_or(u32::MAX);
                let deleted = u32::try_from(self.maildrop.deleted.len()).unwrap_or(u32::MAX);
                self.maildrop.count = Some(listed.saturating_add(deleted)).max(self.maildrop.count);
            }
            Command::List { msg: Some(_) } if ok => {
                if let Some((n, size)) = annotate::parse_two_numbers(&response.text) {
                    self.maildrop.sizes.insert(n, size);
                }
            }
            Command::Uidl { msg } if ok => {
                let lines: Vec<Vec<u8>> = match msg {
                    None => response.body_lines().map(<[u8]>::to_vec).collect(),
                    Some(_) => vec![response.text.clone()],
                };
                for line in lines {
                    let text = String::from_utf8_lossy(&line).into_owned();
                    let mut words = text.split(' ');
                    if let (Some(Ok(n)), Some(uid)) =
                        (words.next().map(str::parse::<u32>), words.next())
                    {
                        self.maildrop.uids.insert(n, uid.to_owned());
                    }
                }
            }
            Command::Dele { msg } if ok => {
                self.maildrop.deleted.insert(*msg);
            }
            Command::Rset if ok => self.maildrop.deleted.clear(),
            Command::Utf8 if ok => self.utf8 = true,
            _ => {}
        }
    }

    fn login_finished(&mut self, method: &str, response: &Response) {
        let ok = response.is_ok();
        self.events.push_back(Event::LoginFinished {
            method: method.to_owned(),
            ok,
            reason: (!ok).then(|| response.text_lossy().into_owned()),
        });
        if ok {
            self.set_state(State::Transaction);
        }
    }
}
