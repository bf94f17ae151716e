//! Replies real servers send, quirks included, replayed through the engine. Every
//! fixture is also fed at every split point of every server chunk, and byte by
//! byte: the events must not change.

use pop3::annotate::Severity;
use pop3::codec::{DecodeWarning, Malformed, Reply};
use pop3::engine::{Client, Event};
use pop3::types::{Capability, Command, ResponseCode, State};

/// One step of a scripted session.
#[derive(Clone, Copy)]
enum Step {
    /// The client sends this line (as typed, valid or not).
    Send(&'static str),
    /// The server sends these bytes.
    Recv(&'static [u8]),
}
use Step::{Recv, Send};

const GREETING: Step = Recv(b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
const LOGIN: [Step; 4] = [
    Send("USER mrose"),
    Recv(b"+OK mrose is a real hoopy frood\r\n"),
    Send("PASS tanstaaf"),
    Recv(b"+OK mrose's maildrop has 2 messages (320 octets)\r\n"),
];

/// Runs a script, splitting the server chunk number `split.0` at byte `split.1`
/// (or feeding everything byte by byte when `bytewise`).
fn run(script: &[Step], split: Option<(usize, usize)>, bytewise: bool) -> Vec<Event> {
    let mut client = Client::new();
    let mut events = Vec::new();
    let mut chunk = 0;
    for step in script {
        match *step {
            Send(line) => client
                .send_anyway(Command::parse_lenient(line))
                .expect("writable"),
            Recv(bytes) => {
                if bytewise {
                    for b in bytes {
                        client.feed(std::slice::from_ref(b));
                    }
                } else if let Some((_, at)) = split.filter(|(c, _)| *c == chunk) {
                    client.feed(&bytes[..at]);
                    client.feed(&bytes[at..]);
                } else {
                    client.feed(bytes);
                }
                chunk += 1;
            }
        }
        while client.poll_transmit().is_some() {}
        events.extend(std::iter::from_fn(|| client.poll_event()));
    }
    events
}

/// Runs the script whole, then at every split point and byte by byte, asserting
/// identical events; returns the events.
fn replay(script: &[Step]) -> Vec<Event> {
    let whole = run(script, None, false);
    let chunks: Vec<&[u8]> = script
        .iter()
        .filter_map(|s| match s {
            Recv(b) => Some(*b),
            Send(_) => None,
        })
        .collect();
    for (c, bytes) in chunks.iter().enumerate() {
        for at in 0..=bytes.len() {
            assert_eq!(
                run(script, Some((c, at)), false),
                whole,
                "chunk {c} split at {at} changed the events"
            );
        }
    }
    assert_eq!(
        run(script, None, true),
        whole,
        "byte-by-byte changed the events"
    );
    whole
}

fn with_login(steps: &[Step]) -> Vec<Step> {
    let mut script = vec![GREETING];
    script.extend(LOGIN);
    script.extend_from_slice(steps);
    script
}

/// The replies (with their decode warnings and annotations), in order.
fn replies(events: &[Event]) -> Vec<(&pop3::codec::Decoded, &pop3::annotate::Annotation)> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Received {
                decoded,
                annotation,
                ..
            } => Some((decoded, annotation)),
            _ => None,
        })
        .collect()
}

fn last_reply(events: &[Event]) -> (&pop3::codec::Decoded, &pop3::annotate::Annotation) {
    *replies(events).last().expect("a reply")
}

fn body(decoded: &pop3::codec::Decoded) -> &[u8] {
    match &decoded.reply {
        Reply::Response(r) => r.body.as_deref().expect("a body"),
        Reply::Continuation(_) => panic!("not a response"),
    }
}

fn has_note(annotation: &pop3::annotate::Annotation, severity: Severity, id: &str) -> bool {
    annotation
        .notes
        .iter()
        .any(|n| n.severity == severity && n.say.id() == id)
}

#[test]
fn greeting_with_apop_timestamp() {
    let events = replay(&[GREETING]);
    assert_eq!(
        events[1],
        Event::StateChanged {
            from: State::Greeting,
            to: State::Authorization {
                timestamp: Some("<1896.697170952@dbc.mtview.ca.us>".into())
            }
        }
    );
    assert!(has_note(
        replies(&events)[0].1,
        Severity::Info,
        "note-timestamp"
    ));
}

#[test]
fn greeting_without_apop_timestamp() {
    let events = replay(&[Recv(b"+OK Dovecot ready.\r\n")]);
    assert!(matches!(
        &events[1],
        Event::StateChanged {
            to: State::Authorization { timestamp: None },
            ..
        }
    ));
    assert!(has_note(
        replies(&events)[0].1,
        Severity::Info,
        "note-no-timestamp"
    ));
}

#[test]
fn empty_list() {
    let events = replay(&with_login(&[
        Send("LIST"),
        Recv(b"+OK 0 messages:\r\n.\r\n"),
    ]));
    let (decoded, annotation) = last_reply(&events);
    assert_eq!(body(decoded), b"");
    assert_eq!(annotation.summary, pop3::annotate::Say::ReplyListEmpty);
    assert_eq!(annotation.severity(), Severity::Info);
}

#[test]
fn capa_line_starting_with_dot() {
    // A correct server stuffs the capability ".X-DOT" as "..X-DOT"; a careless
    // one sends it bare, which the client must flag.
    let events = replay(&[
        GREETING,
        Send("CAPA"),
        Recv(b"+OK\r\nTOP\r\n..X-DOT yes\r\n.\r\n"),
        Send("CAPA"),
        Recv(b"+OK\r\nTOP\r\n.X-DOT yes\r\n.\r\n"),
    ]);
    let caps: Vec<&Vec<Capability>> = events
        .iter()
        .filter_map(|e| match e {
            Event::Capabilities(c) => Some(c),
            _ => None,
        })
        .collect();
    let dotted = Capability::Other {
        name: ".X-DOT".into(),
        params: vec!["yes".into()],
    };
    assert_eq!(caps[0], &vec![Capability::Top, dotted]);
    let r = replies(&events);
    assert_eq!(r[1].0.warnings, []);
    assert!(matches!(
        r[2].0.warnings[..],
        [DecodeWarning::UnstuffedDot {
            count: 1,
            first_line: 2
        }]
    ));
    assert_eq!(r[2].1.severity(), Severity::Violation);
}

#[test]
fn bare_line_feeds_accepted_with_warning() {
    let events = replay(&with_login(&[
        Send("RETR 1"),
        Recv(b"+OK 12 octets\nSubject: x\n\nhi\n.\n"),
    ]));
    let (decoded, annotation) = last_reply(&events);
    assert_eq!(body(decoded), b"Subject: x\n\nhi\n");
    assert_eq!(decoded.warnings, [DecodeWarning::BareLineFeed { lines: 5 }]);
    assert!(has_note(annotation, Severity::Violation, "note-bare-lf"));
}

#[test]
fn overlong_lines_warned_then_refused() {
    let long = "x".repeat(2000);
    let huge = "y".repeat(70 * 1024);
    let reply: &'static [u8] = format!("+OK\r\n{long}\r\n{huge}\r\nend\r\n.\r\n")
        .into_bytes()
        .leak();
    let script = with_login(&[Send("RETR 1"), Recv(reply)]);
    // Every split point of a 72 KiB reply is slow in debug builds; sample them.
    let whole = run(&script, None, false);
    for at in (0..reply.len()).step_by(997).chain([reply.len()]) {
        assert_eq!(run(&script, Some((3, at)), false), whole, "split at {at}");
    }
    let refused: Vec<&Malformed> = whole
        .iter()
        .filter_map(|e| match e {
            Event::Malformed { error, .. } => Some(error),
            _ => None,
        })
        .collect();
    assert!(matches!(
        refused[..],
        [Malformed::LineTooLong { in_body: true, prefix, .. }] if prefix.starts_with(b"yyy")
    ));
    let (decoded, annotation) = last_reply(&whole);
    assert_eq!(body(decoded), format!("{long}\r\nend\r\n").as_bytes());
    assert!(decoded.warnings.contains(&DecodeWarning::LongLines {
        count: 1,
        longest: 2002,
        limit: 1000
    }));
    assert!(
        decoded
            .warnings
            .contains(&DecodeWarning::DroppedLines { count: 1 })
    );
    assert_eq!(annotation.severity(), Severity::Violation);
}

#[test]
fn non_utf8_body_kept_as_bytes() {
    let events = replay(&with_login(&[
        Send("RETR 2"),
        Recv(b"+OK\r\nSubject: caf\xe9\r\n\r\n\xff\xfe\x00binary\r\n.\r\n"),
    ]));
    let (decoded, _) = last_reply(&events);
    assert_eq!(
        body(decoded),
        b"Subject: caf\xe9\r\n\r\n\xff\xfe\x00binary\r\n"
    );
}

#[test]
fn body_not_dot_stuffed() {
    let events = replay(&with_login(&[
        Send("RETR 1"),
        Recv(b"+OK\r\nSubject: dots\r\n\r\n.hidden\r\n..fine\r\n.\r\n"),
    ]));
    let (decoded, annotation) = last_reply(&events);
    assert_eq!(body(decoded), b"Subject: dots\r\n\r\nhidden\r\n.fine\r\n");
    assert!(has_note(
        annotation,
        Severity::Violation,
        "note-unstuffed-dot"
    ));
}

#[test]
fn retr_with_and_without_octet_count() {
    let events = replay(&with_login(&[
        Send("LIST"),
        Recv(b"+OK 2 messages (320 octets)\r\n1 14\r\n2 200\r\n.\r\n"),
        Send("RETR 1"),
        Recv(b"+OK 14 octets\r\nSubject: a\r\n\r\n.\r\n"),
        Send("RETR 2"),
        Recv(b"+OK\r\nSubject: b\r\n\r\n.\r\n"),
    ]));
    let r = replies(&events);
    let with = r[r.len() - 2].1;
    let without = r[r.len() - 1].1;
    assert!(
        with.notes
            .iter()
            .any(|n| n.say == pop3::annotate::Say::NoteRetrAnnounced { octets: 14 })
    );
    assert_eq!(with.severity(), Severity::Info, "14 octets match LIST");
    assert!(has_note(without, Severity::Info, "note-retr-no-size"));
    assert!(has_note(
        without,
        Severity::Warning,
        "note-retr-size-mismatch"
    ));
}

#[test]
fn courier_capa_style() {
    let events = replay(&[
        Recv(b"+OK Hello there.\r\n"),
        Send("CAPA"),
        Recv(b"+OK Here's what I can do:\r\nSTLS\r\nTOP\r\nUSER\r\nLOGIN-DELAY 10\r\nPIPELINING\r\nUIDL\r\nIMPLEMENTATION Courier Mail Server\r\n.\r\n"),
    ]);
    let caps = events
        .iter()
        .find_map(|e| match e {
            Event::Capabilities(c) => Some(c.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        caps,
        [
            Capability::Stls,
            Capability::Top,
            Capability::User,
            Capability::LoginDelay {
                seconds: Some(10),
                per_user: false
            },
            Capability::Pipelining,
            Capability::Uidl,
            Capability::Implementation("Courier Mail Server".into()),
        ]
    );
}

#[test]
fn cyrus_capa_style() {
    let events = replay(&[
        Recv(b"+OK mail.example.org Cyrus POP3 v3.4.3 server ready <3186945781.1700000000@mail.example.org>\r\n"),
        Send("CAPA"),
        Recv(b"+OK List of capabilities follows\r\nSASL PLAIN LOGIN SCRAM-SHA-256\r\nSTLS\r\nEXPIRE NEVER\r\nLOGIN-DELAY 0\r\nTOP\r\nUIDL\r\nPIPELINING\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\nUSER\r\nIMPLEMENTATION Cyrus POP3 v3.4.3\r\n.\r\n"),
    ]);
    let caps = events
        .iter()
        .find_map(|e| match e {
            Event::Capabilities(c) => Some(c.clone()),
            _ => None,
        })
        .unwrap();
    assert!(caps.contains(&Capability::Sasl(vec![
        "PLAIN".into(),
        "LOGIN".into(),
        "SCRAM-SHA-256".into()
    ])));
    assert!(caps.contains(&Capability::Expire {
        days: None,
        per_user: false
    }));
    assert!(caps.contains(&Capability::AuthRespCode));
    let (_, annotation) = last_reply(&events);
    assert!(has_note(annotation, Severity::Info, "cap-expire-never"));
}

#[test]
fn each_response_code() {
    let cases: [(&'static [u8], ResponseCode, &str); 7] = [
        (
            b"-ERR [IN-USE] Do you have another POP session running?\r\n",
            ResponseCode::InUse,
            "code-in-use",
        ),
        (
            b"-ERR [LOGIN-DELAY] wait 15 minutes\r\n",
            ResponseCode::LoginDelay,
            "code-login-delay",
        ),
        (
            b"-ERR [SYS/TEMP] Try again later\r\n",
            ResponseCode::SysTemp,
            "code-sys-temp",
        ),
        (
            b"-ERR [SYS/PERM] Mailbox corrupt\r\n",
            ResponseCode::SysPerm,
            "code-sys-perm",
        ),
        (
            b"-ERR [AUTH] Authentication failed.\r\n",
            ResponseCode::Auth,
            "code-auth",
        ),
        (
            b"-ERR [UTF8] UTF8 required\r\n",
            ResponseCode::Utf8,
            "code-utf8",
        ),
        (
            b"-ERR [X-QUOTA/OVER] over quota\r\n",
            ResponseCode::Other("X-QUOTA/OVER".into()),
            "code-other",
        ),
    ];
    for (bytes, code, meaning) in cases {
        let events = replay(&[
            GREETING,
            Send("USER mrose"),
            Recv(b"+OK\r\n"),
            Send("PASS x"),
            Recv(bytes),
        ]);
        let (decoded, annotation) = last_reply(&events);
        let Reply::Response(r) = &decoded.reply else {
            panic!()
        };
        assert_eq!(r.code.as_ref(), Some(&code));
        assert!(
            has_note(annotation, Severity::Info, meaning),
            "{annotation:?}"
        );
        assert!(
            events
                .iter()
                .any(|e| matches!(e, Event::LoginFinished { ok: false, .. }))
        );
    }
}

#[test]
fn lowercase_status_and_garbage() {
    let events = replay(&[
        Recv(b"+ok hi\r\n"),
        Send("NOOP"),
        Recv(b"\x00\x01garbage\xff\r\n-ERR not now\r\n"),
    ]);
    let (first, _) = replies(&events)[0];
    assert_eq!(first.warnings, [DecodeWarning::LowercaseStatus]);
    assert!(events.iter().any(|e| matches!(
        e,
        Event::Malformed { error: Malformed::BadStatusLine { bytes }, .. } if bytes == b"\x00\x01garbage\xff\r\n"
    )));
    // The garbage did not swallow the real reply.
    assert!(matches!(last_reply(&events).0.reply, Reply::Response(ref r) if r.text == b"not now"));
}

#[test]
fn connection_dropped_mid_retr() {
    let mut client = Client::new();
    client.feed(b"+OK hi\r\n");
    client.send_anyway(Command::Retr { msg: 1 }).unwrap();
    client.feed(b"+OK 100 octets\r\nSubject: partial\r\n");
    client.connection_closed();
    let events: Vec<Event> = std::iter::from_fn(|| client.poll_event()).collect();
    assert!(events.iter().any(|e| matches!(
        e,
        Event::Closed { expected: false, unanswered, partial_body: Some(18), kept_marks: None } if unanswered == &[Command::Retr { msg: 1 }]
    )));
    assert_eq!(client.state(), &State::Closed);
}
