//! One test per kind of log people paste, and the line numbers of what they
//! say.

use super::*;
use crate::annotate::{Annotation, Say, Severity};
use crate::codec::Reply;
use crate::types::{Command, State};

/// The session every label test replays: greeting, login, STAT, LIST, QUIT.
fn labelled(client: &str, server: &str) -> String {
    format!(
        "{server} +OK POP3 ready\n\
         {client} USER alice\n\
         {server} +OK\n\
         {client} PASS secret\n\
         {server} +OK logged in\n\
         {client} STAT\n\
         {server} +OK 2 320\n\
         {client} LIST\n\
         {server} +OK 2 messages\n\
         {server} 1 120\n\
         {server} 2 200\n\
         {server} .\n\
         {client} QUIT\n\
         {server} +OK bye\n"
    )
}

/// The commands sent, as the transcript shows them.
fn sent(replay: &Replay) -> Vec<String> {
    replay
        .events
        .iter()
        .filter_map(|r| match &r.event {
            Event::Sent { masked, .. } => Some(masked.clone()),
            _ => None,
        })
        .collect()
}

/// Every annotation of a reply or a command, with its source.
fn annotations(replay: &Replay) -> impl Iterator<Item = (&Annotation, &Source)> {
    replay.events.iter().filter_map(|r| match &r.event {
        Event::Received { annotation, .. }
        | Event::Sent { annotation, .. }
        | Event::Malformed { annotation, .. } => Some((annotation, &r.source)),
        _ => None,
    })
}

/// Input lines with a remark of this severity.
fn lines_with(replay: &Replay, severity: Severity) -> Vec<usize> {
    let mut lines: Vec<usize> = annotations(replay)
        .flat_map(|(a, source)| {
            a.notes
                .iter()
                .filter(move |n| n.severity == severity)
                .map(move |n| source.line_of(n))
        })
        .collect();
    lines.dedup();
    lines
}

/// The body of the first reply to a command.
fn body_of(replay: &Replay, keyword: &str) -> Option<Vec<u8>> {
    replay.events.iter().find_map(|r| match &r.event {
        Event::Received {
            decoded,
            command: Some(c),
            ..
        } if c.keyword() == keyword => match &decoded.reply {
            Reply::Response(response) => response.body.clone(),
            Reply::Continuation(_) => None,
        },
        _ => None,
    })
}

/// The whole session replayed as it should be.
fn assert_full_session(log: &str) {
    let replay = super::replay(log);
    assert_eq!(replay.format, Format::Prefixed, "{log}");
    assert_eq!(
        sent(&replay),
        ["USER alice", "PASS ********", "STAT", "LIST", "QUIT"],
        "{log}"
    );
    assert_eq!(replay.client.state(), &State::Closed, "{log}");
    assert_eq!(replay.client.maildrop().sizes.get(&2), Some(&200), "{log}");
    assert_eq!(replay.client.maildrop().total, Some(320), "{log}");
    assert!(replay.skipped.is_empty(), "{log}: {:?}", replay.skipped);
    assert!(lines_with(&replay, Severity::Violation).is_empty(), "{log}");
}

#[test]
fn c_and_s_labels() {
    assert_full_session(&labelled("C:", "S:"));
    assert_full_session(&labelled("c:", "s:"));
}

#[test]
fn client_and_server_words() {
    assert_full_session(&labelled("Client:", "Server:"));
    assert_full_session(&labelled("CLIENT:", "server:"));
}

#[test]
fn catalan_and_spanish_labels() {
    assert_full_session(&labelled("Client:", "Servidor:"));
    assert_full_session(&labelled("Cliente:", "Servidor:"));
}

#[test]
fn french_labels_with_a_space_before_the_colon() {
    assert_full_session(&labelled("Client :", "Serveur :"));
    assert_full_session(&labelled("Client\u{a0}:", "Serveur\u{202f}:"));
    assert_full_session(&labelled("Client:", "Serveur:"));
}

#[test]
fn turkish_labels() {
    assert_full_session(&labelled("İstemci:", "Sunucu:"));
    assert_full_session(&labelled("ISTEMCI:", "SUNUCU:"));
}

#[test]
fn polish_labels() {
    assert_full_session(&labelled("Klient:", "Serwer:"));
}

#[test]
fn russian_labels() {
    assert_full_session(&labelled("Клиент:", "Сервер:"));
    assert_full_session(&labelled("КЛИЕНТ:", "СЕРВЕР:"));
}

#[test]
fn tabs_after_labels() {
    assert_full_session(&labelled("C:\t", "S:\t"));
    assert_full_session(&labelled("Client:\t", "Server:\t\t"));
}

#[test]
fn multi_line_replies_indented_under_their_label() {
    let log = "Server: +OK POP3 ready\n\
               Client: USER alice\n\
               Server: +OK\n\
               Client: PASS secret\n\
               Server: +OK logged in\n\
               Client: STAT\n\
               Server: +OK 2 320\n\
               Client: LIST\n\
               Server: +OK 2 messages\n\
               \x20       1 120\n\
               \x20       2 200\n\
               \x20       .\n\
               Client: QUIT\n\
               Server: +OK bye\n";
    assert_full_session(log);
    // Unindented lines after a status line that opened a body belong to it too.
    let log = "S: +OK POP3 ready\nC: USER alice\nS: +OK\nC: PASS secret\nS: +OK logged in\n\
               C: STAT\nS: +OK 2 320\nC: LIST\nS: +OK 2 messages\n1 120\n2 200\n.\nC: QUIT\nS: +OK bye\n";
    assert_full_session(log);
}

#[test]
fn message_bodies_under_a_label_keep_their_own_indentation() {
    let log = "S: +OK ready\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: RETR 1\n\
               S: +OK 32 octets\n   Subject: a\n    folded\n\n   body  \n   .\nC: QUIT\nS: +OK\n";
    let replay = super::replay(log);
    assert_eq!(
        body_of(&replay, "RETR").as_deref(),
        Some(&b"Subject: a\r\n folded\r\n\r\nbody  \r\n"[..])
    );
    assert_eq!(replay.client.state(), &State::Closed);
}

#[test]
fn body_indentation_survives_prefixed_logs() {
    let log = "S: +OK ready\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: RETR 1\nS: +OK\nS: Subject: a\nS:  folded\nS: \nS: body  \nS: .\n";
    let replay = super::replay(log);
    assert_eq!(
        body_of(&replay, "RETR").as_deref(),
        Some(&b"Subject: a\r\n folded\r\n\r\nbody  \r\n"[..])
    );
    assert_eq!(log_indent_of("S:    +OK x"), 4);
}

fn log_indent_of(text: &str) -> usize {
    replayer::log_indent(text)
}

#[test]
fn a_session_flattened_onto_one_line() {
    let log = "S: +OK POP3 ready C: USER alice S: +OK C: PASS secret S: +OK logged in \
               C: STAT S: +OK 2 320 C: LIST S: +OK 2 messages 1 120 2 200 . C: QUIT S: +OK bye";
    assert_full_session(log);
    let replay = super::replay(log);
    // Every event comes from line 1; the listing's lines are rebuilt.
    assert!(replay.events.iter().all(|r| r.source.line == 1));
    assert_eq!(
        body_of(&replay, "LIST").as_deref(),
        Some(&b"1 120\r\n2 200\r\n"[..])
    );
}

#[test]
fn flattened_replies_without_a_terminator_and_other_listings() {
    let log = "Example: S: +OK hi C: USER a S: +OK C: PASS b S: +OK \
               C: CAPA S: +OK Capability list follows TOP UIDL SASL PLAIN \
               C: UIDL S: +OK 1 whqtswO00WBw418f9t5JxYwZ 2 QhdPYR:00WBw1Ph7x7 \
               C: AUTH PLAIN S: + C: dGVzdAB0ZXN0AHRlc3Q= S: -ERR no C: QUIT S: +OK";
    let replay = super::replay(log);
    assert_eq!(
        body_of(&replay, "CAPA").as_deref(),
        Some(&b"TOP\r\nUIDL\r\nSASL PLAIN\r\n"[..])
    );
    assert_eq!(replay.client.maildrop().uids.len(), 2);
    assert_eq!(replay.client.state(), &State::Closed);
    assert_eq!(replay.skipped.len(), 1);
    assert_eq!(replay.skipped[0].reason, SkipReason::NoLabel);
    // The empty challenge lost its space in flattening; it is not held against it.
    assert!(lines_with(&replay, Severity::Violation).is_empty());
}

#[test]
fn flattened_replies_with_their_own_labels() {
    let log = "S: <wait for connection on TCP port 110> C: <open connection> \
               S: +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us> \
               C: APOP mrose c4c9334bac560ecc979e58001b3e22fb S: +OK maildrop has 2 messages \
               C: RETR 1 S: +OK 120 octets S: <the POP3 server sends message 1> S: . \
               C: QUIT S: +OK dewey POP3 server signing off";
    let replay = super::replay(log);
    assert_eq!(replay.client.state(), &State::Closed);
    assert_eq!(body_of(&replay, "RETR").as_deref(), Some(&b""[..]));
    assert_eq!(replay.skipped.len(), 3);
    assert_eq!(replay.skipped_lines(), 1);
    assert!(
        replay
            .skipped
            .iter()
            .all(|s| s.reason == SkipReason::Placeholder)
    );
}

#[test]
fn placeholders_are_skipped() {
    let replay = replay(RFC1939_EXAMPLE);
    let reasons: Vec<(usize, SkipReason)> = replay
        .skipped
        .iter()
        .map(|s| (s.line_no, s.reason))
        .collect();
    assert_eq!(
        reasons,
        [1, 2, 15, 21, 27, 28].map(|n| (n, SkipReason::Placeholder))
    );
    // An HTML line in a body is content.
    let log = "S: +OK\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: RETR 1\nS: +OK\n\
               S: <td nowrap>\nS: <meta name=\"a b\">\nS: .\n";
    let replay = super::replay(log);
    assert!(replay.skipped.is_empty());
    assert_eq!(
        body_of(&replay, "RETR").as_deref(),
        Some(&b"<td nowrap>\r\n<meta name=\"a b\">\r\n"[..])
    );
}

#[test]
fn status_lines_without_labels_are_the_servers() {
    let log = "S: +OK POP3 ready\nC: USER alice\n+OK\nC: PASS secret\n+OK logged in\n\
               C: STAT\n+OK 2 320\nC: LIST\n+OK 2 messages\n1 120\n2 200\n.\nC: QUIT\n+OK bye\n";
    assert_full_session(log);
}

#[test]
fn lines_without_labels_between_exchanges_are_skipped() {
    let log = "A session:\n\nS: +OK ready\nThe client logs in:\nC: USER a\nS: +OK\n";
    let replay = super::replay(log);
    let reasons: Vec<(usize, SkipReason)> = replay
        .skipped
        .iter()
        .map(|s| (s.line_no, s.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            (1, SkipReason::NoLabel),
            (2, SkipReason::EmptyLine),
            (4, SkipReason::NoLabel)
        ]
    );
}

#[test]
fn telnet_log_with_noise() {
    let log = "$ telnet mail.example.com 110\nTrying 192.0.2.1...\nConnected to mail.example.com.\nEscape character is '^]'.\n+OK ready\nuser alice\n+OK\npass secret\n+OK logged in\nlist\n+OK 1 message\n1 120\n.\nquit\n+OK bye\nConnection closed by foreign host.\n";
    let replay = super::replay(log);
    assert_eq!(replay.format, Format::Telnet);
    assert_eq!(replay.client.state(), &State::Closed);
    assert_eq!(replay.skipped.len(), 5);
    assert!(
        replay
            .skipped
            .iter()
            .all(|s| s.reason == SkipReason::OutsideSession)
    );
    assert_eq!(replay.client.maildrop().sizes.get(&1), Some(&120));
    assert!(!format!("{:?}", replay.events).contains("secret"));
}

#[test]
fn telnet_log_with_a_message_header_that_looks_like_a_label() {
    let log = "+OK ready\nuser a\n+OK\npass b\n+OK\nretr 1\n+OK\nServer: nginx\nClient: x\n\n.\nquit\n+OK\n";
    let replay = super::replay(log);
    assert_eq!(replay.format, Format::Telnet);
    assert_eq!(
        body_of(&replay, "RETR").as_deref(),
        Some(&b"Server: nginx\r\nClient: x\r\n\r\n"[..])
    );
}

#[test]
fn telnet_sasl_exchange() {
    let log = "+OK ready\nAUTH PLAIN\n+ \ndGVzdAB0ZXN0AHRlc3Q=\n+OK welcome\n";
    let replay = super::replay(log);
    assert_eq!(replay.client.state(), &State::Transaction);
    assert!(lines_with(&replay, Severity::Violation).is_empty());
}

#[test]
fn trailing_spaces_of_server_lines_are_kept() {
    let plus_space = "S: +OK\nC: AUTH PLAIN\nS: + \nC: dGVzdAB0ZXN0AHRlc3Q=\nS: +OK\n";
    let replay = replay(plus_space);
    assert_eq!(replay.client.state(), &State::Transaction);
    assert!(lines_with(&replay, Severity::Violation).is_empty());
    let bare_plus = plus_space.replace("+ \n", "+\n");
    let replay = super::replay(&bare_plus);
    assert_eq!(lines_with(&replay, Severity::Violation), [3]);
    let (annotation, _) = annotations(&replay)
        .find(|(a, _)| a.has_note("note-plus-no-space"))
        .unwrap();
    assert_eq!(annotation.summary, Say::SaslChallengeReplayed);
}

#[test]
fn events_know_their_input_lines() {
    let log = "S: +OK ready\n\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: UIDL\nS: +OK\nS: 1 abc\nS: 2\nS: .\n";
    let replay = super::replay(log);
    let received: Vec<(usize, Vec<usize>)> = replay
        .events
        .iter()
        .filter(|r| matches!(r.event, Event::Received { .. }))
        .map(|r| (r.source.line, r.source.body.clone()))
        .collect();
    assert_eq!(
        received,
        [(1, vec![]), (4, vec![]), (6, vec![]), (8, vec![9, 10, 11])]
    );
    let sent: Vec<usize> = replay
        .events
        .iter()
        .filter(|r| matches!(r.event, Event::Sent { .. }))
        .map(|r| r.source.line)
        .collect();
    assert_eq!(sent, [3, 5, 7]);
    // "2" has no unique id: the remark is on its own line.
    assert_eq!(lines_with(&replay, Severity::Violation), [10]);
}

#[test]
fn pipelined_commands_pair_with_replies_in_order() {
    let log = "S: +OK\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: CAPA\nS: +OK\nS: PIPELINING\nS: .\n\
               C: DELE 1\nC: DELE 2\nC: NOOP\nS: +OK one\nS: +OK two\nS: +OK three\n";
    let replay = super::replay(log);
    let pairs: Vec<(usize, String)> = replay
        .events
        .iter()
        .filter_map(|r| match &r.event {
            Event::Received {
                command: Some(c), ..
            } => Some((r.source.line, c.to_masked_line())),
            _ => None,
        })
        .skip(3)
        .collect();
    assert_eq!(
        pairs,
        [
            (13, "DELE 1".to_owned()),
            (14, "DELE 2".to_owned()),
            (15, "NOOP".to_owned())
        ]
    );
    // Without PIPELINING the engine holds commands back; they keep their lines.
    let log = "S: +OK\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: DELE 1\nC: DELE 2\nS: +OK one\nS: +OK two\n";
    let replay = super::replay(log);
    let sent: Vec<(usize, Option<Command>)> = replay
        .events
        .iter()
        .filter_map(|r| match &r.event {
            Event::Sent { command, .. } => Some((r.source.line, command.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(sent[2], (6, Some(Command::Dele { msg: 1 })));
    assert_eq!(sent[3], (7, Some(Command::Dele { msg: 2 })));
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        "\n\n\n",
        "S:",
        "C:",
        "S: C: S: C:",
        "S: +OK C: LIST S: +OK C: LIST S: +OK 4294967295 x 1 2 .",
        "S: +OK\nC: LIST\nS: +OK 1 2 3 4 5 .\n",
        "İ:\nС: +OK\n\u{a0}:\n<\n>\n< >",
        "S: +OK C: RETR 1 S: +OK <a b <c d> e> .",
        "S: +OK\nC: STAT\nS: +OK 4294967295 1\nC: LIST\nS: +OK\nS: 4294967295 1\nS: .\n",
        "Serveur : : : +OK",
        "+\n+ \n-ERR\n+OK\n\t\n",
    ] {
        let replay = replay(text);
        for r in &replay.events {
            if let Event::Received { annotation, .. } = &r.event {
                for note in &annotation.notes {
                    let _ = r.source.line_of(note);
                }
            }
        }
    }
}
