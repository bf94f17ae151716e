//! What a reply changes in the session (state, capabilities, the maildrop), and
//! the checks that need the client's memory of it.

use super::{Client, Event};
use crate::annotate::{self, Annotation, RfcRef, Say, Severity, rfc};
use crate::types::{Capability, Command, Response, State};

impl Client {
    /// Checks that need the client's memory of the session.
    pub(super) fn reply_checks(
        &self,
        cmd: &Command,
        response: &Response,
        annotation: &mut Annotation,
    ) {
        self.size_checks(cmd, response, annotation);
        // QUIT before login ends the session without the UPDATE state: nothing
        // marked is removed, as nothing could be marked (RFC 1939 §4).
        if matches!(cmd, Command::Quit)
            && response.is_ok()
            && matches!(self.state, State::Authorization { .. })
        {
            annotation.summary = Say::ReplyQuitNoUpdate;
            annotation.rfc = Some(rfc(1939, "4"));
        }
        match (cmd, response.is_ok()) {
            (Command::List { msg: None }, true) => {
                self.listing_checks(response, rfc(1939, "5"), annotation)
            }
            (Command::Uidl { msg: None }, true) => {
                self.listing_checks(response, rfc(1939, "7"), annotation)
            }
            _ => {}
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
            for (i, line) in response.body_lines().enumerate() {
                let text = String::from_utf8_lossy(line);
                let mut words = text.split(' ');
                if let (Some(Ok(n)), Some(uid)) =
                    (words.next().map(str::parse::<u32>), words.next())
                    && let Some(old) = self.maildrop.uids.get(&n)
                    && old != uid
                {
                    annotation.note_at(
                        Severity::Violation,
                        Say::NoteUidChanged {
                            msg: n,
                            old: old.clone(),
                            new: uid.to_owned(),
                        },
                        Some(rfc(1939, "7")),
                        i + 1,
                    );
                }
            }
        }
    }

    /// Sizes that STAT, LIST and RETR give for the same maildrop must agree:
    /// RFC 1939 §5 defines each as an exact count of octets.
    fn size_checks(&self, cmd: &Command, response: &Response, annotation: &mut Annotation) {
        let stat_total = self
            .maildrop
            .total
            .filter(|_| self.stat_deleted == self.maildrop.deleted);
        match (cmd, &response.body) {
            (Command::Retr { msg }, Some(body)) => {
                if let Some(&listed) = self.maildrop.sizes.get(msg)
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
                if let Some(total) = stat_total
                    && body.len() as u64 > total
                    && !self.maildrop.deleted.contains(msg)
                {
                    annotation.note(
                        Severity::Warning,
                        Say::NoteRetrOverTotal {
                            arrived: body.len(),
                            total,
                        },
                        Some(rfc(1939, "5")),
                    );
                }
            }
            (Command::List { msg: None }, Some(_)) => {
                let listed: u64 = response
                    .body_lines()
                    .filter_map(annotate::parse_two_numbers)
                    .map(|(_, size)| size)
                    .fold(0, u64::saturating_add);
                if let Some(total) = stat_total
                    && listed != total
                {
                    annotation.note(
                        Severity::Warning,
                        Say::NoteListTotalMismatch { listed, total },
                        Some(rfc(1939, "5")),
                    );
                }
            }
            _ => {}
        }
    }

    /// A scan or unique-id listing has one line for each message of the
    /// maildrop that is not marked as deleted, and none for any other number
    /// (RFC 1939 §5 LIST, §7 UIDL). Checked when the message count is known.
    fn listing_checks(&self, response: &Response, rule: RfcRef, annotation: &mut Annotation) {
        let Some(count) = self.maildrop.count else {
            return;
        };
        let reference = Some(rule);
        // The message number of each line (1-based line, number), in order.
        let numbered: Vec<(usize, u32)> = response
            .body_lines()
            .enumerate()
            .filter_map(|(i, line)| {
                let word = line.split(|&b| b == b' ').next()?;
                let n = std::str::from_utf8(word).ok()?.parse::<u32>().ok()?;
                Some((i + 1, n))
            })
            .collect();
        for &(at, n) in &numbered {
            if n == 0 || n > count {
                annotation.note_at(
                    Severity::Violation,
                    Say::NoteListingBeyond { msg: n, count },
                    reference,
                    at,
                );
            }
        }
        // Gaps between the numbers accounted for (listed or deleted), found
        // without walking every number up to a count the server chose.
        let mut accounted: Vec<u32> = numbered
            .iter()
            .map(|&(_, n)| n)
            .chain(self.maildrop.deleted.iter().copied())
            .filter(|&n| (1..=count).contains(&n))
            .collect();
        accounted.sort_unstable();
        accounted.dedup();
        let mut gaps: Vec<(u32, u32)> = Vec::new();
        let mut previous = 0u32;
        for &n in &accounted {
            if n > previous + 1 {
                gaps.push((previous + 1, n - 1));
            }
            previous = n;
        }
        if previous < count {
            gaps.push((previous + 1, count));
        }
        let terminator = response.body_lines().count() + 1;
        for (first, last) in gaps {
            // Shown on the first line past the gap, where a reader notices it.
            let at = numbered
                .iter()
                .find(|&&(_, n)| n > last)
                .map_or(terminator, |&(at, _)| at);
            annotation.note_at(
                Severity::Violation,
                Say::NoteListingMissing {
                    first,
                    last,
                    count: last - first + 1,
                },
                reference,
                at,
            );
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
                    self.stat_deleted = self.maildrop.deleted.clone();
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
