//! Replies as they are decoded: the greeting, answers to commands, and the
//! "+ " challenges of an AUTH exchange.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::{Client, Event, Pending};
use crate::annotate::{self, Annotation, Say, Severity, rfc};
use crate::apop;
use crate::codec::{DecodeError, Decoded, Reply};
use crate::secret::Secret;
use crate::types::{Command, State};

impl Client {
    /// Decodes everything that is buffered.
    pub(super) fn process(&mut self) {
        loop {
            if self.awaiting_tls {
                let leftover = self.decoder.take_buffered();
                if !leftover.is_empty() {
                    let mut annotation = Annotation::new(
                        Say::StlsLeftover {
                            bytes: leftover.len(),
                        },
                        Some(rfc(2595, "4")),
                    );
                    annotation.note(
                        Severity::Violation,
                        Say::NoteStlsInjection,
                        Some(rfc(2595, "4")),
                    );
                    self.events.push_back(Event::Problem { annotation });
                }
                return;
            }
            let multiline = self
                .in_flight
                .front()
                .is_some_and(|p| p.command.expects_multiline());
            match self.decoder.decode(multiline) {
                Err(DecodeError::Incomplete) => return,
                Err(DecodeError::Malformed(error)) => {
                    let annotation = annotate::malformed(&error);
                    self.events
                        .push_back(Event::Malformed { error, annotation });
                }
                Ok(decoded) => self.handle(decoded),
            }
        }
    }

    fn handle(&mut self, decoded: Decoded) {
        if self.state == State::Greeting {
            return self.handle_greeting(decoded);
        }
        let response = match &decoded.reply {
            Reply::Continuation(data) => {
                let data = data.clone();
                return self.handle_continuation(decoded, &data);
            }
            Reply::Response(response) => response,
        };
        self.challenge_pending = false;
        let command = self.in_flight.pop_front().map(|p| p.command);
        let mut annotation = annotate::reply(command.as_ref(), response);
        annotate::decode_warnings(&mut annotation, &decoded.warnings);
        if let Some(cmd) = &command {
            self.reply_checks(cmd, response, &mut annotation);
        }
        // The reply's event comes before the events it causes; a body can be
        // large, so it is moved, not copied.
        let at = self.events.len();
        if let Some(cmd) = &command {
            self.apply(cmd, response);
        }
        self.events.insert(
            at,
            Event::Received {
                decoded,
                command,
                annotation,
            },
        );
        self.release_queued();
    }

    fn handle_greeting(&mut self, decoded: Decoded) {
        let Reply::Response(response) = decoded.reply.clone() else {
            let mut annotation = Annotation::new(Say::GreetingContinuation, Some(rfc(1939, "4")));
            annotation.note(
                Severity::Violation,
                Say::NoteGreetingMustBeOk,
                Some(rfc(1939, "4")),
            );
            self.received(decoded, None, annotation);
            return;
        };
        let text = response.text_lossy().into_owned();
        let timestamp = apop::extract_timestamp(&text).map(str::to_owned);
        let annotation = annotate::greeting(&response, timestamp.as_deref());
        let ok = response.is_ok();
        self.greeting = Some(response);
        self.received(decoded, None, annotation);
        if ok {
            self.set_state(State::Authorization { timestamp });
            self.release_queued();
        }
    }

    /// A reply whose annotation is complete: its decoding warnings go last.
    fn received(&mut self, decoded: Decoded, command: Option<Command>, mut annotation: Annotation) {
        annotate::decode_warnings(&mut annotation, &decoded.warnings);
        self.events.push_back(Event::Received {
            decoded,
            command,
            annotation,
        });
    }

    fn handle_continuation(&mut self, decoded: Decoded, data: &[u8]) {
        let in_auth = matches!(
            self.in_flight.front(),
            Some(Pending {
                command: Command::Auth {
                    mechanism: Some(_),
                    ..
                }
            })
        );
        if in_auth {
            self.challenge_pending = true;
        }
        let Some(exchange) = self.sasl.as_mut().filter(|_| in_auth) else {
            if in_auth {
                // An exchange driven from outside the engine (a replayed log).
                let annotation = Annotation::new(Say::SaslChallengeReplayed, Some(rfc(5034, "4")));
                let command = self.in_flight.front().map(|p| p.command.clone());
                self.received(decoded, command, annotation);
                return;
            }
            let mut annotation = Annotation::new(Say::PlusUnexpected, Some(rfc(5034, "4")));
            annotation.note(
                Severity::Violation,
                Say::NotePlusOutsideAuth,
                Some(rfc(5034, "4")),
            );
            self.received(decoded, None, annotation);
            return;
        };
        let mut annotation = Annotation::new(
            Say::SaslChallenge {
                mechanism: exchange.client.mechanism().name().to_owned(),
            },
            Some(rfc(5034, "4")),
        );
        annotate::decode_warnings(&mut annotation, &decoded.warnings);
        let challenge = match BASE64.decode(data) {
            Ok(c) => Some(c),
            Err(_) => {
                annotation.note(
                    Severity::Violation,
                    Say::NoteChallengeBase64,
                    Some(rfc(5034, "4")),
                );
                None
            }
        };
        if let Some(text) = challenge
            .as_deref()
            .filter(|c| !c.is_empty())
            .and_then(|c| std::str::from_utf8(c).ok())
        {
            annotation.note(
                Severity::Info,
                Say::NoteChallengeDecoded {
                    text: text.to_owned(),
                },
                None,
            );
        }
        let command = self.in_flight.front().map(|p| p.command.clone());
        self.events.push_back(Event::Received {
            decoded,
            command,
            annotation,
        });
        let exchange = self.sasl.as_mut().expect("checked above");
        let response = match challenge {
            _ if exchange.cancelled => None,
            None => None,
            Some(c) if c.is_empty() && exchange.deferred_initial.is_some() => {
                let initial = exchange.deferred_initial.take().expect("checked");
                Some(Ok((initial, Say::SaslDeferredInitial)))
            }
            Some(c) => Some(
                exchange
                    .client
                    .step(&c)
                    .map(|r| (r, exchange.client.describe_last_step())),
            ),
        };
        match response {
            Some(Ok((data, description))) => self.write_sasl_line(&data, description, false),
            Some(Err(error)) => {
                let error = error.to_string();
                let mut annotation = Annotation::new(
                    Say::SaslCancelled {
                        error: error.clone(),
                    },
                    Some(rfc(5034, "4")),
                );
                annotation.note(
                    Severity::Violation,
                    Say::NoteSaslError { error },
                    Some(rfc(5034, "4")),
                );
                self.events.push_back(Event::Problem { annotation });
                self.cancel_sasl();
            }
            None => self.cancel_sasl(),
        }
    }

    fn cancel_sasl(&mut self) {
        if let Some(exchange) = self.sasl.as_mut() {
            if exchange.cancelled {
                return;
            }
            exchange.cancelled = true;
        }
        self.write_sasl_line(&Secret::new(Vec::new()), Say::SaslCancel, true);
    }
}
