//! The client engine: a POP3 client state machine with no I/O.
//!
//! Push received bytes in with [`Client::feed`], pull [`Event`]s out with
//! [`Client::poll_event`], and write whatever [`Client::poll_transmit`] returns.
//! Ask to send with [`Client::send`]; it refuses commands that are not valid in
//! the current state and says why.
//!
//! ```
//! use pop3::engine::{Client, Event};
//! use pop3::types::Command;
//! let mut client = Client::new();
//! client.feed(b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
//! assert!(matches!(client.poll_event(), Some(Event::Received { .. })));
//! assert!(matches!(client.poll_event(), Some(Event::StateChanged { .. })));
//! client.send(Command::Capa).unwrap();
//! assert_eq!(client.poll_transmit().unwrap(), b"CAPA\r\n");
//! assert!(client.send(Command::Stat).is_err()); // not logged in yet
//! ```
//!
//! The parts:
//! - this file: the [`Client`] and what callers ask of it;
//! - `events`: what comes out: [`Event`], [`NotValid`], [`SendError`], and what
//!   the client learnt ([`Maildrop`], [`ApopSteps`]);
//! - `rules`: which command is valid in which state ([`Client::check`]);
//! - `outgoing`: commands and SASL lines on their way out, pipelined or queued;
//! - `incoming`: replies, the greeting and SASL challenges as they are decoded;
//! - `session`: what a reply changes in the session, and the checks that need
//!   the client's memory of it.

mod events;
mod incoming;
mod outgoing;
mod rules;
mod session;
#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, VecDeque};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::annotate::{self, Annotation, Say, rfc};
use crate::apop;
use crate::codec::Decoder;
use crate::sasl::{Credentials, Mechanism, SaslClient};
use crate::secret::{MASK, Secret};
use crate::types::{Capability, Command, CommandError, Response, State};

pub use events::{ApopSteps, Event, Maildrop, NotValid, SendError};

/// A command waiting for its reply.
#[derive(Debug)]
struct Pending {
    command: Command,
}

/// An AUTH exchange in progress.
#[derive(Debug)]
struct SaslExchange {
    client: SaslClient,
    /// An initial response that did not fit on the AUTH line (RFC 5034 §4): it is
    /// sent after the server's first, empty challenge.
    deferred_initial: Option<Secret<Vec<u8>>>,
    /// The client cancelled with "*".
    cancelled: bool,
}

/// A POP3 client session.
#[derive(Debug)]
pub struct Client {
    decoder: Decoder,
    state: State,
    capabilities: Option<Vec<Capability>>,
    greeting: Option<Response>,
    tls_active: bool,
    /// +OK to STLS received; waiting for the transport to finish TLS.
    awaiting_tls: bool,
    in_flight: VecDeque<Pending>,
    queued: VecDeque<Pending>,
    transmit: VecDeque<Vec<u8>>,
    events: VecDeque<Event>,
    sasl: Option<SaslExchange>,
    /// A "+ " challenge arrived and has not been answered yet.
    challenge_pending: bool,
    /// [`Client::connection_closed`] was called.
    connection_ended: bool,
    /// USER sent (and not refused): PASS may follow.
    user_sent: bool,
    maildrop: Maildrop,
    /// The messages marked as deleted when STAT answered: STAT's total leaves
    /// them out, so sizes are compared with it only while this is unchanged.
    stat_deleted: BTreeSet<u32>,
    utf8: bool,
}

impl Default for Client {
    fn default() -> Self {
        Self::new()
    }
}

impl Client {
    /// A client for a connection that was just opened: it waits for the greeting.
    pub fn new() -> Self {
        Client {
            decoder: Decoder::new(),
            state: State::Greeting,
            capabilities: None,
            greeting: None,
            tls_active: false,
            awaiting_tls: false,
            in_flight: VecDeque::new(),
            queued: VecDeque::new(),
            transmit: VecDeque::new(),
            events: VecDeque::new(),
            sasl: None,
            challenge_pending: false,
            connection_ended: false,
            user_sent: false,
            maildrop: Maildrop::default(),
            stat_deleted: BTreeSet::new(),
            utf8: false,
        }
    }

    /// A client on a connection that is already protected by TLS (port 995).
    pub fn new_tls() -> Self {
        Client {
            tls_active: true,
            ..Self::new()
        }
    }

    /// The session state.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The capabilities from the last CAPA, if it was asked since the last STLS.
    pub fn capabilities(&self) -> Option<&[Capability]> {
        self.capabilities.as_deref()
    }

    /// Whether a capability was advertised (`None`: CAPA not asked).
    pub fn has_capability(&self, f: impl Fn(&Capability) -> bool) -> Option<bool> {
        self.capabilities.as_ref().map(|caps| caps.iter().any(f))
    }

    /// SASL mechanisms the server advertised that this client can run.
    pub fn supported_mechanisms(&self) -> Vec<Mechanism> {
        let mut out = Vec::new();
        for cap in self.capabilities.iter().flatten() {
            if let Capability::Sasl(names) = cap {
                out.extend(names.iter().filter_map(|n| Mechanism::from_name(n)));
            }
        }
        out
    }

    /// The greeting, once received.
    pub fn greeting(&self) -> Option<&Response> {
        self.greeting.as_ref()
    }

    /// The APOP timestamp from the greeting, if any.
    pub fn apop_timestamp(&self) -> Option<String> {
        let text = self.greeting.as_ref()?.text_lossy().into_owned();
        apop::extract_timestamp(&text).map(str::to_owned)
    }

    /// Whether the server accepted UTF8 (RFC 6856 §2): user names, passwords and
    /// replies may then be UTF-8.
    pub fn utf8_mode(&self) -> bool {
        self.utf8
    }

    /// Whether the connection is protected by TLS.
    pub fn tls_active(&self) -> bool {
        self.tls_active
    }

    /// What is known about the maildrop.
    pub fn maildrop(&self) -> &Maildrop {
        &self.maildrop
    }

    /// Octets of the messages not marked as deleted: STAT's total, less the
    /// LIST sizes of messages marked since that STAT (STAT already left out
    /// the ones marked before it). `None` when STAT or a needed size is unknown.
    pub fn kept_octets(&self) -> Option<u64> {
        let total = self.maildrop.total?;
        self.maildrop
            .deleted
            .difference(&self.stat_deleted)
            .try_fold(total, |kept, n| {
                Some(kept.saturating_sub(*self.maildrop.sizes.get(n)?))
            })
    }

    /// Commands sent and not yet answered, oldest first.
    pub fn in_flight(&self) -> impl Iterator<Item = &Command> {
        self.in_flight.iter().map(|p| &p.command)
    }

    /// Bytes of the multi-line body being received, and the size expected from
    /// LIST or the `+OK` line, for a progress bar.
    pub fn body_progress(&self) -> Option<(usize, Option<u64>)> {
        let received = self.decoder.body_progress()?;
        let listed = self
            .in_flight
            .front()
            .filter(|p| matches!(p.command, Command::Retr { .. }))
            .and_then(|p| p.command.message_number())
            .and_then(|n| self.maildrop.sizes.get(&n).copied());
        // "+OK 120 octets" is the usual form when LIST was not asked.
        let announced = self
            .decoder
            .body_status()
            .and_then(|r| annotate::leading_number(&r.text));
        Some((received, listed.or(announced)))
    }

    /// Whether a multi-line body is being received.
    pub fn is_receiving_body(&self) -> bool {
        self.decoder.in_body()
    }

    /// Whether the server's last "+ " challenge is still unanswered.
    pub fn awaiting_sasl_response(&self) -> bool {
        self.challenge_pending
    }

    /// Whether the engine waits for the transport to finish TLS after STLS.
    pub fn awaiting_tls(&self) -> bool {
        self.awaiting_tls
    }

    /// Sends a SASL response line composed outside the engine (a replayed
    /// transcript, or a user typing base64 by hand). The line is masked.
    pub fn send_sasl_response(&mut self, line: &str) {
        self.challenge_pending = false;
        let cancel = line == "*";
        let (masked, description) = if cancel {
            ("*".to_owned(), Say::SaslCancel)
        } else if line.is_empty() {
            (String::new(), Say::SaslEmptyResponse)
        } else {
            (MASK.to_owned(), Say::SaslResponse)
        };
        let mut bytes = line.as_bytes().to_vec();
        bytes.extend_from_slice(b"\r\n");
        self.transmit.push_back(bytes);
        self.events.push_back(Event::Sent {
            masked,
            line: Secret::new(line.to_owned()),
            command: None,
            annotation: Annotation::new(description, Some(rfc(5034, "4"))),
        });
    }

    /// The next event, if any.
    pub fn poll_event(&mut self) -> Option<Event> {
        self.events.pop_front()
    }

    /// The next bytes to write to the server, if any.
    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        self.transmit.pop_front()
    }

    /// Sends a command if it is valid now. The bytes come out of
    /// [`Client::poll_transmit`], at once or, when the server does not pipeline,
    /// after the replies to earlier commands.
    pub fn send(&mut self, cmd: Command) -> Result<(), SendError> {
        cmd.validate()?;
        self.check(&cmd)?;
        self.enqueue(cmd);
        Ok(())
    }

    /// Sends a command even if it is not valid in this state (raw mode, after the
    /// user was warned). It must still be writable: no CR or LF in an argument.
    pub fn send_anyway(&mut self, cmd: Command) -> Result<(), CommandError> {
        cmd.validate()?;
        self.enqueue(cmd);
        Ok(())
    }

    /// Logs in with APOP: computes MD5(timestamp + secret) and sends it.
    pub fn login_apop(
        &mut self,
        name: &str,
        secret: &Secret<String>,
    ) -> Result<ApopSteps, SendError> {
        let timestamp = self.apop_timestamp().ok_or_else(|| NotValid {
            reason: Say::RefuseNoApop,
            rfc: Some(rfc(1939, "7")),
        })?;
        let digest = apop::digest(&timestamp, secret.expose());
        self.send(Command::Apop {
            name: name.to_owned(),
            digest: Secret::new(digest.clone()),
        })?;
        Ok(ApopSteps { timestamp, digest })
    }

    /// Starts a SASL exchange. `nonce` is fresh client randomness (SCRAM uses it).
    pub fn authenticate(
        &mut self,
        mechanism: Mechanism,
        credentials: Credentials,
        nonce: &str,
    ) -> Result<(), SendError> {
        let probe = Command::Auth {
            mechanism: Some(mechanism.name().to_owned()),
            initial_response: None,
        };
        self.check(&probe)?;
        let mut client = SaslClient::new(mechanism, credentials, nonce);
        let initial = client.initial_response();
        let mut deferred_initial = None;
        let command = match initial {
            Some(initial) => {
                let encoded = if initial.expose().is_empty() {
                    "=".to_owned()
                } else {
                    BASE64.encode(initial.expose())
                };
                // RFC 5034 §4: an AUTH line with its initial response must fit in
                // 255 octets; otherwise the response waits for an empty challenge.
                if "AUTH  \r\n".len() + mechanism.name().len() + encoded.len()
                    <= crate::codec::MAX_COMMAND_LINE
                {
                    Command::Auth {
                        mechanism: Some(mechanism.name().to_owned()),
                        initial_response: Some(Secret::new(encoded)),
                    }
                } else {
                    deferred_initial = Some(initial);
                    probe
                }
            }
            None => probe,
        };
        self.enqueue(command);
        self.sasl = Some(SaslExchange {
            client,
            deferred_initial,
            cancelled: false,
        });
        Ok(())
    }

    /// Call when the transport has finished the TLS handshake after STLS.
    pub fn tls_started(&mut self) {
        self.awaiting_tls = false;
        self.tls_active = true;
        self.release_queued();
    }

    /// Received bytes.
    pub fn feed(&mut self, bytes: &[u8]) {
        if self.connection_ended {
            return;
        }
        self.decoder.feed(bytes);
        self.process();
    }

    /// The connection ended (closed by either side or broken).
    pub fn connection_closed(&mut self) {
        if self.connection_ended {
            return;
        }
        self.connection_ended = true;
        // A normal end: QUIT was answered, or the server closed in UPDATE.
        let expected = self.state == State::Closed
            || (self.state == State::Update && self.in_flight.len() <= 1);
        let partial_body = self.decoder.body_progress();
        let unanswered = self
            .in_flight
            .drain(..)
            .map(|p| p.command)
            .filter(|c| !(expected && *c == Command::Quit))
            .collect();
        self.queued.clear();
        let kept_marks = (self.state == State::Transaction).then_some(self.maildrop.deleted.len());
        self.sasl = None;
        self.challenge_pending = false;
        self.events.push_back(Event::Closed {
            expected,
            unanswered,
            partial_body,
            kept_marks,
        });
        self.set_state(State::Closed);
    }

    fn set_state(&mut self, to: State) {
        if self.state != to {
            let from = std::mem::replace(&mut self.state, to.clone());
            self.events.push_back(Event::StateChanged { from, to });
        }
    }
}
