//! The engine's own rules; the RFC examples and fixtures are in `pop3/tests`.

use super::*;
use crate::annotate::Severity;

fn drain(client: &mut Client) -> Vec<Event> {
    std::iter::from_fn(|| client.poll_event()).collect()
}

fn greeted() -> Client {
    let mut client = Client::new();
    client.feed(b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
    drain(&mut client);
    client
}

#[test]
fn state_checks_give_reasons() {
    let mut client = greeted();
    let reason = |err: SendError| match err {
        SendError::NotValid(e) => e.reason,
        other => panic!("{other}"),
    };
    let err = client.send(Command::Stat).unwrap_err();
    assert_eq!(
        reason(err),
        Say::RefuseTransactionOnly {
            keyword: "STAT".into()
        }
    );
    let err = client
        .send(Command::Pass {
            password: "x".into(),
        })
        .unwrap_err();
    assert_eq!(reason(err), Say::RefusePassWithoutUser);
}

#[test]
fn without_pipelining_commands_wait() {
    let mut client = greeted();
    client.send(Command::Capa).unwrap();
    client.send(Command::User { name: "a".into() }).unwrap();
    assert_eq!(client.poll_transmit().unwrap(), b"CAPA\r\n");
    assert_eq!(client.poll_transmit(), None);
    client.feed(b"+OK\r\nUSER\r\n.\r\n");
    assert_eq!(client.poll_transmit().unwrap(), b"USER a\r\n");
}

#[test]
fn with_pipelining_commands_go_at_once() {
    let mut client = greeted();
    client.send(Command::Capa).unwrap();
    client.feed(b"+OK\r\nPIPELINING\r\nUSER\r\n.\r\n");
    client.send(Command::User { name: "a".into() }).unwrap();
    client
        .send(Command::Pass {
            password: "b".into(),
        })
        .unwrap();
    let sent: Vec<Vec<u8>> = std::iter::from_fn(|| client.poll_transmit()).collect();
    assert_eq!(
        sent,
        [
            b"CAPA\r\n".to_vec(),
            b"USER a\r\n".to_vec(),
            b"PASS b\r\n".to_vec()
        ]
    );
}

#[test]
fn stls_forgets_capabilities_and_drops_injected_bytes() {
    let mut client = greeted();
    client.send(Command::Capa).unwrap();
    client.feed(b"+OK\r\nSTLS\r\n.\r\n");
    client.send(Command::Stls).unwrap();
    drain(&mut client);
    client.feed(b"+OK Begin TLS\r\n+OK injected\r\n");
    let events = drain(&mut client);
    assert!(events.contains(&Event::StartTls));
    assert!(events.iter().any(|e| matches!(e, Event::Problem { .. })));
    assert!(client.capabilities().is_none());
    assert!(client.send(Command::Capa).is_err());
    client.tls_started();
    client.send(Command::Capa).unwrap();
}

#[test]
fn secrets_masked_in_events() {
    let mut client = greeted();
    client.send(Command::User { name: "u".into() }).unwrap();
    client.feed(b"+OK\r\n");
    client
        .send(Command::Pass {
            password: "tanstaaf".into(),
        })
        .unwrap();
    let events = drain(&mut client);
    let debug = format!("{events:?}");
    assert!(!debug.contains("tanstaaf"), "{debug}");
    assert!(debug.contains("PASS ********"));
}

#[test]
fn quit_in_transaction_goes_through_update() {
    let mut client = greeted();
    client
        .login_apop("mrose", &Secret::new("tanstaaf".to_owned()))
        .unwrap();
    client.feed(b"+OK maildrop has 2 messages\r\n");
    assert_eq!(client.state(), &State::Transaction);
    client.send(Command::Quit).unwrap();
    assert_eq!(client.state(), &State::Update);
    client.feed(b"+OK bye\r\n");
    assert_eq!(client.state(), &State::Closed);
}

#[test]
fn sasl_response_lines_say_what_the_step_did() {
    let mut client = greeted();
    client
        .authenticate(
            Mechanism::CramMd5,
            Credentials::new("tim", "tanstaaftanstaaf"),
            "",
        )
        .unwrap();
    drain(&mut client);
    client.feed(b"+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n");
    let summaries: Vec<Say> = drain(&mut client)
        .into_iter()
        .filter_map(|event| match event {
            Event::Sent {
                command: None,
                annotation,
                ..
            } => Some(annotation.summary),
            _ => None,
        })
        .collect();
    assert_eq!(
        summaries,
        [Say::SaslCramMd5Answer {
            username: "tim".into()
        }]
    );
}

/// A client logged in, the events so far drained.
fn logged_in() -> Client {
    let mut client = greeted();
    client.send(Command::User { name: "a".into() }).unwrap();
    client.feed(b"+OK\r\n");
    client
        .send(Command::Pass {
            password: "b".into(),
        })
        .unwrap();
    client.feed(b"+OK\r\n");
    drain(&mut client);
    client
}

/// The annotation of the reply to `command` once `reply` arrives.
fn answer(client: &mut Client, command: Command, reply: &[u8]) -> Annotation {
    client.send_anyway(command).unwrap();
    client.feed(reply);
    drain(client)
        .into_iter()
        .find_map(|e| match e {
            Event::Received { annotation, .. } => Some(annotation),
            _ => None,
        })
        .expect("a reply")
}

#[test]
fn listings_have_a_line_for_each_message_and_no_other() {
    let mut client = logged_in();
    answer(&mut client, Command::Stat, b"+OK 4 30\r\n");
    let a = answer(
        &mut client,
        Command::List { msg: None },
        b"+OK\r\n1 10\r\n4 10\r\n5 10\r\n.\r\n",
    );
    let notes: Vec<(&Say, Option<usize>)> = a.notes.iter().map(|n| (&n.say, n.body_line)).collect();
    assert_eq!(
        notes,
        [
            (&Say::NoteListingBeyond { msg: 5, count: 4 }, Some(3)),
            (
                &Say::NoteListingMissing {
                    first: 2,
                    last: 3,
                    count: 2
                },
                Some(2)
            ),
        ]
    );
    // Messages marked as deleted are left out, as RFC 1939 §5 says; STAT's
    // total, taken before DELE, is not compared with the listing.
    answer(&mut client, Command::Dele { msg: 2 }, b"+OK\r\n");
    let a = answer(
        &mut client,
        Command::Uidl { msg: None },
        b"+OK\r\n1 a\r\n3 c\r\n.\r\n",
    );
    let missing = a
        .notes
        .iter()
        .find(|n| n.say.id() == "note-listing-missing");
    assert_eq!(
        missing.map(|n| (&n.say, n.body_line)),
        Some((
            &Say::NoteListingMissing {
                first: 4,
                last: 4,
                count: 1
            },
            Some(3)
        ))
    );
    let a = answer(
        &mut client,
        Command::List { msg: None },
        b"+OK\r\n1 10\r\n3 10\r\n4 10\r\n.\r\n",
    );
    assert!(a.notes.is_empty(), "{a:?}");
}

#[test]
fn sizes_are_cross_checked() {
    let mut client = logged_in();
    answer(&mut client, Command::Stat, b"+OK 2 10\r\n");
    let a = answer(
        &mut client,
        Command::List { msg: None },
        b"+OK\r\n1 4\r\n2 7\r\n.\r\n",
    );
    assert_eq!(a.severity(), Severity::Warning);
    assert!(a.notes.iter().any(|n| n.say
        == Say::NoteListTotalMismatch {
            listed: 11,
            total: 10
        }));
    let a = answer(
        &mut client,
        Command::Retr { msg: 2 },
        b"+OK\r\n0123456789\r\n.\r\n",
    );
    let says: Vec<&Say> = a.notes.iter().map(|n| &n.say).collect();
    assert!(says.contains(&&Say::NoteRetrSizeMismatch {
        listed: 7,
        arrived: 12
    }));
    assert!(says.contains(&&Say::NoteRetrOverTotal {
        arrived: 12,
        total: 10
    }));
}

#[test]
fn a_refused_password_is_a_failed_login() {
    let mut client = greeted();
    answer(&mut client, Command::User { name: "a".into() }, b"+OK\r\n");
    let a = answer(
        &mut client,
        Command::Pass {
            password: "b".into(),
        },
        b"-ERR\r\n",
    );
    assert_eq!(a.summary, Say::ReplyLoginFailed);
    assert_eq!(a.severity(), Severity::Info);
    assert!(matches!(client.state(), State::Authorization { .. }));
    assert!(client.check(&Command::User { name: "a".into() }).is_ok());
    let a = answer(
        &mut client,
        Command::Pass {
            password: "b".into(),
        },
        b"-ERR [AUTH] invalid password\r\n",
    );
    assert_eq!(
        a.summary,
        Say::ReplyLoginFailedText {
            text: "invalid password".into()
        }
    );
}

#[test]
fn a_bare_plus_is_a_violation() {
    let mut client = greeted();
    client.send_anyway(Command::Noop).unwrap();
    drain(&mut client);
    client.feed(b"+\r\n");
    let a = drain(&mut client)
        .into_iter()
        .find_map(|e| match e {
            Event::Received { annotation, .. } => Some(annotation),
            _ => None,
        })
        .unwrap();
    assert!(a.has_note("note-plus-no-space"));
    assert!(a.has_note("note-plus-outside-auth"));
}

#[test]
fn maildrop_sizes_beyond_four_gigabytes() {
    let mut client = greeted();
    client
        .login_apop("mrose", &Secret::new("tanstaaf".to_owned()))
        .unwrap();
    client.feed(b"+OK maildrop has 2 messages\r\n");
    client.send(Command::Stat).unwrap();
    client.feed(b"+OK 2 10000000000\r\n");
    client.send(Command::List { msg: None }).unwrap();
    client.feed(b"+OK\r\n1 5000000000\r\n2 5000000000\r\n.\r\n");
    let maildrop = client.maildrop();
    assert_eq!(maildrop.count, Some(2));
    assert_eq!(maildrop.total, Some(10_000_000_000));
    assert_eq!(maildrop.sizes.get(&2), Some(&5_000_000_000));
    // A count at the top of u32 with a message marked deleted saturates.
    client.send(Command::Dele { msg: 1 }).unwrap();
    client.feed(b"+OK\r\n");
    client.send(Command::Stat).unwrap();
    client.feed(b"+OK 4294967295 18446744073709551615\r\n");
    let maildrop = client.maildrop();
    assert_eq!(maildrop.count, Some(u32::MAX));
    assert_eq!(maildrop.total, Some(u64::MAX));
}

/// The annotations of what was sent and received, in order.
fn annotations(events: Vec<Event>) -> Vec<Annotation> {
    events
        .into_iter()
        .filter_map(|e| match e {
            Event::Sent { annotation, .. } | Event::Received { annotation, .. } => Some(annotation),
            _ => None,
        })
        .collect()
}

#[test]
fn known_commands_with_bad_arguments_are_bad_arguments_not_unknown() {
    for (line, keyword, usage) in [
        ("LIST 0", "LIST", "LIST [msg]"),
        ("TOP 1", "TOP", "TOP msg n"),
        ("retr one", "RETR", "RETR msg"),
        ("STAT 1", "STAT", "STAT"),
    ] {
        let mut client = logged_in();
        // Before it is sent, the warning says so too.
        let refusal = client.check(&Command::parse_lenient(line)).unwrap_err();
        assert_eq!(
            refusal.reason,
            Say::RefuseBadArguments {
                keyword: keyword.into(),
                usage: usage.into()
            }
        );
        client.send_anyway(Command::parse_lenient(line)).unwrap();
        client.feed(b"-ERR wrong arguments\r\n");
        let [sent, reply] = annotations(drain(&mut client)).try_into().unwrap();
        assert_eq!(
            sent.summary,
            Say::CmdBadArguments {
                keyword: keyword.into()
            },
            "{line}"
        );
        assert!(sent.notes.iter().any(|n| n.severity == Severity::Violation
            && n.say
                == Say::NoteBadArguments {
                    usage: usage.into()
                }));
        assert!(!sent.has_note("note-unknown-command"), "{line}");
        assert_eq!(reply.summary, Say::ReplyBadArguments, "{line}");
    }
    // USER with the PASS pasted after it on the same line.
    let mut client = greeted();
    client
        .send_anyway(Command::parse_lenient("USER mrose, then PASS tanstaaf"))
        .unwrap();
    client.feed(b"+OK\r\n");
    let [sent, reply] = annotations(drain(&mut client)).try_into().unwrap();
    assert_eq!(
        sent.summary,
        Say::CmdBadArguments {
            keyword: "USER".into()
        }
    );
    // Accepted anyway: the server should have refused it.
    assert!(reply.has_note("note-bad-arguments-accepted"));
    // An unknown keyword is still one.
    let mut client = logged_in();
    client
        .send_anyway(Command::parse_lenient("XYZZY 1"))
        .unwrap();
    client.feed(b"-ERR unknown command\r\n");
    let [sent, reply] = annotations(drain(&mut client)).try_into().unwrap();
    assert!(sent.has_note("note-unknown-command"));
    assert_eq!(reply.summary, Say::ReplyUnknownCommand);
}

#[test]
fn quit_before_login_removes_nothing() {
    let mut client = greeted();
    client.send(Command::Quit).unwrap();
    client.feed(b"+OK bye\r\n");
    let [_, reply] = annotations(drain(&mut client)).try_into().unwrap();
    assert_eq!(reply.summary, Say::ReplyQuitNoUpdate);
    assert_eq!(reply.rfc, Some(rfc(1939, "4")));
    // After login it is the UPDATE state's goodbye.
    let mut client = logged_in();
    client.send(Command::Quit).unwrap();
    client.feed(b"+OK bye\r\n");
    let [_, reply] = annotations(drain(&mut client)).try_into().unwrap();
    assert_eq!(reply.summary, Say::ReplyQuit);
}

#[test]
fn pass_after_stls_travels_inside_tls() {
    let mut client = greeted();
    client.send(Command::Stls).unwrap();
    client.feed(b"+OK begin TLS\r\n");
    client.tls_started();
    drain(&mut client);
    client.send(Command::User { name: "a".into() }).unwrap();
    client.feed(b"+OK\r\n");
    client
        .send(Command::Pass {
            password: "b".into(),
        })
        .unwrap();
    let pass = annotations(drain(&mut client)).pop().unwrap();
    assert!(pass.has_note("note-pass-in-tls"));
    assert!(!pass.has_note("note-pass-in-clear"));
    // In clear it is a warning.
    let mut client = greeted();
    client.send(Command::User { name: "a".into() }).unwrap();
    client.feed(b"+OK\r\n");
    client
        .send(Command::Pass {
            password: "b".into(),
        })
        .unwrap();
    let pass = annotations(drain(&mut client)).pop().unwrap();
    assert!(pass.has_note("note-pass-in-clear"));
}

#[test]
fn kept_octets_leave_out_what_was_marked_after_stat() {
    let mut client = logged_in();
    assert_eq!(client.kept_octets(), None);
    client.send(Command::List { msg: None }).unwrap();
    client.feed(b"+OK\r\n1 100\r\n2 200\r\n3 300\r\n.\r\n");
    client.send(Command::Stat).unwrap();
    client.feed(b"+OK 3 600\r\n");
    assert_eq!(client.kept_octets(), Some(600));
    client.send(Command::Dele { msg: 2 }).unwrap();
    client.feed(b"+OK\r\n");
    assert_eq!(client.kept_octets(), Some(400));
    // A new STAT already leaves it out.
    client.send(Command::Stat).unwrap();
    client.feed(b"+OK 2 400\r\n");
    assert_eq!(client.kept_octets(), Some(400));
    client.send(Command::Dele { msg: 3 }).unwrap();
    client.feed(b"+OK\r\n");
    assert_eq!(client.kept_octets(), Some(100));
}
