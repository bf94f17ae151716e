//! Transcript import: `C:`/`S:` logs (as in the RFCs) and plain telnet logs (as
//! in textbooks), replayed through the [`Client`] engine so that they get the
//! same annotations as a live session.

use crate::engine::{Client, Event};
use crate::types::Command;

/// RFC 1939 §10, the example POP3 session, verbatim: a known answer for
/// [`replay`], and the last lesson of the app.
pub const RFC1939_EXAMPLE: &str = "\
      S: <wait for connection on TCP port 110>
      C: <open connection>
      S:    +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>
      C:    APOP mrose c4c9334bac560ecc979e58001b3e22fb
      S:    +OK mrose's maildrop has 2 messages (320 octets)
      C:    STAT
      S:    +OK 2 320
      C:    LIST
      S:    +OK 2 messages (320 octets)
      S:    1 120
      S:    2 200
      S:    .
      C:    RETR 1
      S:    +OK 120 octets
      S:    <the POP3 server sends message 1>
      S:    .
      C:    DELE 1
      S:    +OK message 1 deleted
      C:    RETR 2
      S:    +OK 200 octets
      S:    <the POP3 server sends message 2>
      S:    .
      C:    DELE 2
      S:    +OK message 2 deleted
      C:    QUIT
      S:    +OK dewey POP3 server signing off (maildrop empty)
      C:  <close connection>
      S:  <wait for next connection>
";

/// Who wrote a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The client (`C:`).
    Client,
    /// The server (`S:`).
    Server,
}

/// The kind of log that was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Lines prefixed with `C:` and `S:`.
    Prefixed,
    /// A terminal session: server lines start with `+OK`/`-ERR` or belong to a
    /// multi-line reply; the rest are commands.
    Telnet,
}

/// A line of the input that was not replayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// 1-based line number in the input.
    pub line_no: usize,
    /// The line.
    pub text: String,
    /// Why it was skipped.
    pub reason: &'static str,
}

/// The result of replaying a transcript.
#[derive(Debug)]
pub struct Replay {
    /// The recognised format.
    pub format: Format,
    /// Events, as a live session would have produced them.
    pub events: Vec<Event>,
    /// Input lines that were not part of the protocol.
    pub skipped: Vec<Skipped>,
    /// The engine after the replay (state, capabilities, maildrop).
    pub client: Client,
}

/// Replays a transcript through the engine.
pub fn replay(text: &str) -> Replay {
    let prefixed = text.lines().any(|l| prefix(l).is_some());
    let format = if prefixed {
        Format::Prefixed
    } else {
        Format::Telnet
    };
    let mut replay = Replay {
        format,
        events: Vec::new(),
        skipped: Vec::new(),
        client: Client::new(),
    };
    let mut greeted = false;
    let mut closed = false;
    let indent = log_indent(text);
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let skip = |reason| Skipped {
            line_no,
            text: raw.to_owned(),
            reason,
        };
        let (side, line) = match format {
            Format::Prefixed => match prefix(raw) {
                Some((_, line)) if is_placeholder(line.trim()) => {
                    replay
                        .skipped
                        .push(skip("a placeholder, not protocol text"));
                    continue;
                }
                // Inside a body only the log's own indentation goes; elsewhere
                // (commands, status lines) all surrounding space does.
                Some((Side::Server, line)) if replay.client.is_receiving_body() => {
                    (Side::Server, strip_indent(line, indent))
                }
                Some((side, line)) => (side, line.trim()),
                None => {
                    replay.skipped.push(skip("no C: or S: prefix"));
                    continue;
                }
            },
            Format::Telnet => {
                let line = raw.trim_end();
                let status = starts_with_status(line);
                if closed || (!greeted && !status) {
                    replay
                        .skipped
                        .push(skip("terminal output outside the POP3 session"));
                    continue;
                }
                let side = if replay.client.is_receiving_body() || status {
                    Side::Server
                } else {
                    Side::Client
                };
                if side == Side::Client && line.is_empty() {
                    replay.skipped.push(skip("empty line"));
                    continue;
                }
                (side, line)
            }
        };
        match side {
            Side::Server => {
                greeted = true;
                let mut bytes = line.as_bytes().to_vec();
                bytes.extend_from_slice(b"\r\n");
                replay.client.feed(&bytes);
            }
            Side::Client => {
                if replay.client.awaiting_sasl_response() {
                    replay.client.send_sasl_response(line);
                } else if replay.client.awaiting_tls() {
                    replay.client.tls_started();
                    send(&mut replay.client, line);
                } else {
                    send(&mut replay.client, line);
                }
            }
        }
        while replay.client.poll_transmit().is_some() {}
        while let Some(event) = replay.client.poll_event() {
            if let Event::StateChanged {
                to: crate::types::State::Closed,
                ..
            } = event
            {
                closed = true;
            }
            replay.events.push(event);
        }
    }
    replay
}

/// Sends a typed line, valid or not (the log shows it was sent).
fn send(client: &mut Client, line: &str) {
    let command = Command::parse_lenient(line);
    if client.send_anyway(command).is_err() {
        // Unwritable lines (a NUL, say) are recorded as an unknown command.
        let _ = client.send_anyway(Command::Other {
            keyword: "?".into(),
            args: None,
        });
    }
}

/// Splits `C: text` / `S: text`.
/// The text after the prefix is returned untrimmed: inside a message body,
/// leading whitespace is content (folded headers); see [`strip_indent`].
fn prefix(line: &str) -> Option<(Side, &str)> {
    let trimmed = line.trim_start();
    let side = match trimmed.get(..2)? {
        "C:" | "c:" => Side::Client,
        "S:" | "s:" => Side::Server,
        _ => return None,
    };
    Some((side, &trimmed[2..]))
}

/// How far a log indents its text after `S:`: RFC 1939 aligns with several
/// spaces ("S:    +OK"), exports use one. Measured on the first status line.
fn log_indent(text: &str) -> usize {
    text.lines()
        .filter_map(prefix)
        .find_map(|(_, rest)| {
            let body = rest.trim_start();
            (body.starts_with("+OK") || body.starts_with("-ERR")).then(|| rest.len() - body.len())
        })
        .unwrap_or(1)
}

/// Removes up to `indent` leading whitespace characters.
fn strip_indent(text: &str, indent: usize) -> &str {
    let skip = text
        .char_indices()
        .take(indent)
        .take_while(|(_, c)| c.is_whitespace())
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[skip..]
}

/// Lines like `<wait for connection on TCP port 110>` in RFC examples.
fn is_placeholder(line: &str) -> bool {
    line.starts_with('<') && line.ends_with('>') && line.contains(' ')
}

fn starts_with_status(line: &str) -> bool {
    let upper = line.get(..4).unwrap_or(line).to_ascii_uppercase();
    upper.starts_with("+OK") || upper.starts_with("-ERR")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::State;

    #[test]
    fn body_indentation_survives_prefixed_logs() {
        let log = "S: +OK ready\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: RETR 1\nS: +OK\nS: Subject: a\nS:  folded\nS: \nS: body  \nS: .\n";
        let replay = replay(log);
        let body = replay.events.iter().find_map(|e| match e {
            Event::Received { decoded, .. } => match &decoded.reply {
                crate::codec::Reply::Response(r) => r.body.clone(),
                _ => None,
            },
            _ => None,
        });
        assert_eq!(
            body.as_deref(),
            Some(&b"Subject: a\r\n folded\r\n\r\nbody  \r\n"[..])
        );
        assert_eq!(log_indent("S:    +OK x"), 4);
    }

    #[test]
    fn telnet_log_with_noise() {
        let log = "$ telnet mail.example.com 110\nTrying 192.0.2.1...\nConnected to mail.example.com.\nEscape character is '^]'.\n+OK ready\nuser alice\n+OK\npass secret\n+OK logged in\nlist\n+OK 1 message\n1 120\n.\nquit\n+OK bye\nConnection closed by foreign host.\n";
        let replay = replay(log);
        assert_eq!(replay.format, Format::Telnet);
        assert_eq!(replay.client.state(), &State::Closed);
        assert_eq!(replay.skipped.len(), 5);
        assert_eq!(replay.client.maildrop().sizes.get(&1), Some(&120));
        assert!(!format!("{:?}", replay.events).contains("secret"));
    }
}
