//! Commands and SASL lines on their way out: written at once, or queued until
//! the replies they must wait for have arrived (RFC 2449 §6.6).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::{Client, Event, Pending};
use crate::annotate::{self, Annotation, RfcRef, Say, Severity, rfc};
use crate::secret::{MASK, Secret};
use crate::types::{Capability, Command, State};

impl Client {
    /// Queues a command (already checked) for writing.
    pub(super) fn enqueue(&mut self, command: Command) {
        if let Command::User { .. } = command {
            self.user_sent = true;
        }
        let pending = Pending { command };
        if self.can_write_now(&pending.command) {
            self.write_command(pending);
        } else {
            self.queued.push_back(pending);
        }
    }

    /// Whether a command may go out now rather than wait for earlier replies:
    /// without PIPELINING only one command is outstanding at a time; with it,
    /// commands after which the connection or the session changes (STLS, AUTH)
    /// still wait (RFC 2449 §6.6).
    fn can_write_now(&self, cmd: &Command) -> bool {
        if self.awaiting_tls {
            return false;
        }
        let Some(last) = self.in_flight.back() else {
            return true;
        };
        let pipelining = self.has_capability(|c| *c == Capability::Pipelining) == Some(true);
        let barrier =
            |c: &Command| matches!(c, Command::Stls | Command::Auth { .. } | Command::Quit);
        pipelining && !barrier(&last.command) && !barrier(cmd)
    }

    fn write_command(&mut self, pending: Pending) {
        let cmd = &pending.command;
        let mut annotation = annotate::command(cmd);
        self.capability_notes(cmd, &mut annotation);
        if let Command::Pass { .. } = cmd {
            if self.tls_active {
                annotation.note(Severity::Info, Say::NotePassInTls, Some(rfc(2595, "4")));
            } else {
                annotation.note(
                    Severity::Warning,
                    Say::NotePassInClear,
                    Some(rfc(2595, "4")),
                );
            }
        }
        self.transmit.push_back(cmd.to_bytes());
        self.events.push_back(Event::Sent {
            masked: cmd.to_masked_line(),
            line: Secret::new(String::from_utf8_lossy(&cmd.to_line()).into_owned()),
            command: Some(cmd.clone()),
            annotation,
        });
        if matches!(cmd, Command::Quit) && self.state == State::Transaction {
            self.set_state(State::Update);
        }
        self.in_flight.push_back(pending);
    }

    /// Notes when a command relies on a capability the server did not list.
    fn capability_notes(&self, cmd: &Command, annotation: &mut Annotation) {
        let Some(caps) = &self.capabilities else {
            return;
        };
        let (needed, name, reference): (fn(&Capability) -> bool, &str, RfcRef) = match cmd {
            Command::Top { .. } => (|c| *c == Capability::Top, "TOP", rfc(2449, "6.1")),
            Command::Uidl { .. } => (|c| *c == Capability::Uidl, "UIDL", rfc(2449, "6.8")),
            Command::User { .. } => (|c| *c == Capability::User, "USER", rfc(2449, "6.2")),
            Command::Stls => (|c| *c == Capability::Stls, "STLS", rfc(2595, "4")),
            Command::Auth {
                mechanism: Some(_), ..
            } => (
                |c| matches!(c, Capability::Sasl(_)),
                "SASL",
                rfc(2449, "6.3"),
            ),
            Command::Utf8 => (
                |c| matches!(c, Capability::Utf8 { .. }),
                "UTF8",
                rfc(6856, "2"),
            ),
            _ => return,
        };
        if !caps.iter().any(needed) {
            annotation.note(
                Severity::Warning,
                Say::NoteCapabilityMissing {
                    name: name.to_owned(),
                },
                Some(reference),
            );
        }
    }

    /// Writes queued commands that may go out now.
    pub(super) fn release_queued(&mut self) {
        while let Some(next) = self.queued.front() {
            if !self.can_write_now(&next.command) {
                break;
            }
            let next = self.queued.pop_front().expect("front exists");
            self.write_command(next);
        }
    }

    /// Writes one SASL response line.
    pub(super) fn write_sasl_line(
        &mut self,
        data: &Secret<Vec<u8>>,
        description: Say,
        cancel: bool,
    ) {
        self.challenge_pending = false;
        let line = if cancel {
            "*".to_owned()
        } else {
            BASE64.encode(data.expose())
        };
        let masked = if cancel || line.is_empty() {
            line.clone()
        } else {
            MASK.to_owned()
        };
        let mut bytes = line.clone().into_bytes();
        bytes.extend_from_slice(b"\r\n");
        self.transmit.push_back(bytes);
        self.events.push_back(Event::Sent {
            masked,
            line: Secret::new(line),
            command: None,
            annotation: Annotation::new(description, Some(rfc(5034, "4"))),
        });
    }
}
