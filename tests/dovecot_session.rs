#![cfg(not(target_arch = "wasm32"))]
//! The protocol core against a real server: whole POP3 sessions with Dovecot 2.3
//! (Debian's dovecot-pop3d), started by the harness on free loopback ports.
//!
//! Each test starts its own Dovecot in a fresh directory, so tests that delete mail
//! cannot disturb the others. Without Dovecot installed the tests say so loudly
//! and pass; with `POP3_REQUIRE_DOVECOT=1` (CI) they fail instead.
//!
//! Besides the replies themselves, every test checks that the engine found nothing
//! to hold against a well-behaved server: no violation, problem or malformed reply,
//! and no decoder warning (bare LF, unstuffed dot, overlong line).

mod support;

use std::collections::{BTreeMap, BTreeSet};

use pop3::codec::Reply;
use pop3::engine::{Event, SendError};
use pop3::sasl::{Credentials, Mechanism};
use pop3::types::{Capability, Command, ResponseCode, State};
use support::dovecot::{Dovecot, Mailbox};
use support::driver::{Driver, Security, login_outcome, notes_at_least, reply_to};

/// Starts Dovecot, or ends the test early (loudly) when it is not installed.
macro_rules! dovecot_or_skip {
    () => {
        match Dovecot::start() {
            Some(dovecot) => dovecot,
            None => return,
        }
    };
}

/// The capabilities of the one `Event::Capabilities` among `events`.
fn capabilities(events: &[Event]) -> Vec<Capability> {
    events
        .iter()
        .find_map(|e| match e {
            Event::Capabilities(caps) => Some(caps.clone()),
            _ => None,
        })
        .expect("CAPA produced an Event::Capabilities")
}

fn sasl_mechanisms(caps: &[Capability]) -> Vec<String> {
    caps.iter()
        .find_map(|c| match c {
            Capability::Sasl(mechs) => Some(mechs.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

fn capa_lines(caps: &[Capability]) -> Vec<String> {
    caps.iter().map(Capability::to_line).collect()
}

/// Fails if any reply needed leniency from the decoder.
fn assert_no_decode_warnings(driver: &Driver) {
    for event in driver.history() {
        if let Event::Received { decoded, .. } = event {
            assert!(
                decoded.warnings.is_empty(),
                "decoder warnings on {:?}: {:?}\n{}",
                String::from_utf8_lossy(&decoded.head),
                decoded.warnings,
                driver.transcript()
            );
        }
    }
}

/// The end of every session: nothing flagged, and the warnings shown.
fn assert_clean_session(driver: &Driver) {
    driver.assert_clean();
    assert_no_decode_warnings(driver);
    for warning in notes_at_least(driver.history(), pop3::annotate::Severity::Warning) {
        eprintln!("engine warning: {warning}");
    }
}

/// RFC 1939 §3 byte-stuffing, written independently of the codec under test.
fn dot_stuffed(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 16);
    let mut at_line_start = true;
    for &byte in body {
        if at_line_start && byte == b'.' {
            out.push(b'.');
        }
        out.push(byte);
        at_line_start = byte == b'\n';
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn expected_sizes(mailbox: &Mailbox) -> BTreeMap<u32, u64> {
    (1..)
        .zip(mailbox.messages.iter().map(support::dovecot::Message::size))
        .collect()
}

/// Connects, logs in with USER/PASS and checks TRANSACTION.
fn logged_in(dovecot: &Dovecot, user: &str, security: Security) -> Driver {
    let addr = match security {
        Security::Plain => dovecot.plain_addr,
        Security::ImplicitTls => dovecot.tls_addr,
    };
    let (mut driver, _) = Driver::connect(addr, security, &dovecot.cert_der);
    let password = dovecot.mailbox(user).password;
    let events = driver.login_user_pass(user, password);
    let (ok, method, reason) = login_outcome(&events);
    assert!(
        ok,
        "{user} could not log in: {reason:?}\n{}",
        driver.transcript()
    );
    assert_eq!(method, "USER/PASS");
    assert_eq!(driver.client().state(), &State::Transaction);
    driver
}

/// Sends QUIT, checks +OK, that the server closes the connection and that the
/// engine calls that a normal end.
fn quit(driver: &mut Driver) {
    driver.run_ok(Command::Quit);
    assert_eq!(driver.client().state(), &State::Closed);
    let (trailing, events) = driver.wait_for_close();
    assert!(
        trailing.is_empty(),
        "bytes after +OK to QUIT: {:?}",
        String::from_utf8_lossy(&trailing)
    );
    assert!(
        events.iter().any(|e| matches!(
            e,
            Event::Closed { expected: true, unanswered, .. } if unanswered.is_empty()
        )),
        "no Event::Closed {{ expected: true }} after QUIT: {events:?}"
    );
}

/// The unique ids from the last UIDL.
fn uids(driver: &Driver) -> BTreeMap<u32, String> {
    driver.client().maildrop().uids.clone()
}

#[test]
fn whole_session_with_stls() {
    let dovecot = dovecot_or_skip!();
    let mrose = dovecot.mailbox("mrose").clone();

    // Greeting: AUTHORIZATION, with an APOP timestamp.
    let (mut d, greeting_events) =
        Driver::connect(dovecot.plain_addr, Security::Plain, &dovecot.cert_der);
    let greeting = d.client().greeting().expect("greeted").clone();
    eprintln!("Dovecot greeting: +OK {}", greeting.text_lossy());
    assert!(greeting.is_ok());
    assert!(matches!(
        d.client().state(),
        State::Authorization { timestamp: Some(_) }
    ));
    assert_eq!(d.client().state().label(), "AUTHORIZATION");
    assert!(greeting_events.iter().any(|e| matches!(
        e,
        Event::StateChanged {
            from: State::Greeting,
            to: State::Authorization { .. }
        }
    )));
    assert!(!d.client().tls_active());

    // CAPA before TLS.
    let events = d.run(Command::Capa);
    let caps = capabilities(&events);
    eprintln!("Dovecot CAPA before STLS: {:?}", capa_lines(&caps));
    for required in [
        Capability::Top,
        Capability::Uidl,
        Capability::User,
        Capability::Stls,
        Capability::Pipelining,
        Capability::RespCodes,
        Capability::AuthRespCode,
    ] {
        assert!(
            caps.contains(&required),
            "CAPA lacks {required:?}: {caps:?}"
        );
    }
    let mechanisms = sasl_mechanisms(&caps);
    for mechanism in ["PLAIN", "LOGIN", "CRAM-MD5"] {
        assert!(
            mechanisms.iter().any(|m| m == mechanism),
            "SASL lacks {mechanism}: {mechanisms:?}"
        );
    }
    assert_eq!(d.client().capabilities(), Some(caps.as_slice()));
    let supported = d.client().supported_mechanisms();
    for mechanism in [Mechanism::Plain, Mechanism::Login, Mechanism::CramMd5] {
        assert!(supported.contains(&mechanism), "{supported:?}");
    }

    // STLS: +OK, StartTls, a verified handshake, capabilities forgotten.
    let events = d.run(Command::Stls);
    assert!(reply_to(&events, &Command::Stls).is_ok());
    assert!(events.contains(&Event::StartTls), "{events:?}");
    assert!(d.client().tls_active());
    assert!(!d.client().awaiting_tls());
    assert_eq!(d.client().capabilities(), None);
    let tls = d.tls_info().expect("TLS is up").clone();
    eprintln!("TLS after STLS: {:?} {:?}", tls.version, tls.cipher);
    assert_eq!(tls.peer_certificates.first(), Some(&dovecot.cert_der));

    // CAPA again, over TLS: no STLS any more.
    let events = d.run(Command::Capa);
    let caps_tls = capabilities(&events);
    eprintln!("Dovecot CAPA after STLS: {:?}", capa_lines(&caps_tls));
    assert!(!caps_tls.contains(&Capability::Stls), "{caps_tls:?}");
    for required in [
        Capability::Top,
        Capability::Uidl,
        Capability::User,
        Capability::Pipelining,
        Capability::RespCodes,
    ] {
        assert!(caps_tls.contains(&required), "CAPA lacks {required:?}");
    }

    // USER/PASS over TLS: no warning about a clear-text password.
    let events = d.login_user_pass("mrose", "tanstaaf");
    let (ok, method, _) = login_outcome(&events);
    assert!(ok && method == "USER/PASS");
    assert_eq!(d.client().state(), &State::Transaction);
    let pass_warnings: Vec<String> = notes_at_least(&events, pop3::annotate::Severity::Warning);
    assert!(pass_warnings.is_empty(), "{pass_warnings:?}");

    // STAT matches the maildrop.
    let count = mrose.messages.len() as u32;
    let stat = d.run_ok(Command::Stat);
    assert_eq!(stat.text_lossy(), format!("{count} {}", mrose.total_size()));
    assert_eq!(d.client().maildrop().count, Some(count));
    assert_eq!(d.client().maildrop().total, Some(mrose.total_size()));

    // LIST: one line per message, sizes counting CRLF.
    let list = d.run_ok(Command::List { msg: None });
    assert_eq!(list.body_lines().count(), mrose.messages.len());
    assert_eq!(d.client().maildrop().sizes, expected_sizes(&mrose));
    let one = d.run_ok(Command::List { msg: Some(2) });
    assert_eq!(one.text_lossy(), format!("2 {}", mrose.messages[1].size()));

    // UIDL: unique, well-formed ids (RFC 1939 §7: 1 to 70 characters 0x21-0x7E).
    d.run_ok(Command::Uidl { msg: None });
    let first_uids = uids(&d);
    assert_eq!(first_uids.len(), mrose.messages.len(), "{first_uids:?}");
    let distinct: BTreeSet<&String> = first_uids.values().collect();
    assert_eq!(distinct.len(), first_uids.len(), "{first_uids:?}");
    for uid in first_uids.values() {
        assert!(
            (1..=70).contains(&uid.len()) && uid.bytes().all(|b| (0x21..=0x7e).contains(&b)),
            "{uid:?}"
        );
    }
    let single = d.run_ok(Command::Uidl { msg: Some(3) });
    assert_eq!(single.text_lossy(), format!("3 {}", first_uids[&3]));

    // TOP n 0: the headers and the empty line, nothing of the body.
    for (n, message) in (1..).zip(&mrose.messages) {
        let top = d.run_ok(Command::Top { msg: n, lines: 0 });
        assert_eq!(
            top.body.as_deref(),
            Some(message.header_block()),
            "TOP {n} 0 ({})",
            message.purpose
        );
    }
    // TOP 1 2: and two body lines.
    let top = d.run_ok(Command::Top { msg: 1, lines: 2 });
    let mut expected = mrose.messages[0].header_block().to_vec();
    expected.extend_from_slice(b"Hello Marshall,\r\n\r\n");
    assert_eq!(top.body.as_deref(), Some(expected.as_slice()));

    // RETR each message: exactly the stored bytes with CRLF, dot-unstuffed.
    for (n, message) in (1..).zip(&mrose.messages) {
        let raw_before = d.received_bytes().len();
        let retr = d.run_ok(Command::Retr { msg: n });
        let body = retr.body.as_deref().expect("RETR has a body");
        assert!(
            body == message.retr.as_slice(),
            "RETR {n} ({}) differs: got {} bytes, expected {}",
            message.purpose,
            body.len(),
            message.retr.len()
        );
        // On the wire: "+OK <size> octets", the stuffed body, the terminator.
        let wire = &d.received_bytes()[raw_before..];
        let mut expected_wire = format!("+OK {} octets\r\n", message.size()).into_bytes();
        expected_wire.extend(dot_stuffed(&message.retr));
        expected_wire.extend_from_slice(b".\r\n");
        assert!(
            wire == expected_wire.as_slice(),
            "RETR {n} on the wire differs from the stuffed message"
        );
    }
    let dots = &mrose.messages[1];
    assert!(dots.dot_lines() >= 5, "the dot message has dot lines");
    assert!(contains(
        d.received_bytes(),
        b"\r\n..\r\n...\r\n....\r\n..hidden"
    ));
    let non_ascii = d.run_ok(Command::Retr { msg: 3 });
    assert!(contains(
        non_ascii.body.as_deref().unwrap_or_default(),
        "Grüße aus Köln!".as_bytes()
    ));

    // DELE 1: RETR 1 is refused, by the engine and by the server.
    d.run_ok(Command::Dele { msg: 1 });
    assert!(d.client().maildrop().deleted.contains(&1));
    let retr1 = Command::Retr { msg: 1 };
    assert!(d.client().check(&retr1).is_err());
    assert!(matches!(
        d.client_mut().send(retr1.clone()),
        Err(SendError::NotValid(_))
    ));
    let events = d.run_anyway(retr1.clone());
    let refused = reply_to(&events, &retr1);
    assert!(
        !refused.is_ok(),
        "RETR of a deleted message must be refused"
    );
    eprintln!("RETR of a deleted message: -ERR {}", refused.text_lossy());
    let list = d.run_ok(Command::List { msg: None });
    assert_eq!(list.body_lines().count(), mrose.messages.len() - 1);
    let stat = d.run_ok(Command::Stat);
    eprintln!("STAT after DELE 1: +OK {}", stat.text_lossy());

    // RSET: message 1 is back.
    d.run_ok(Command::Rset);
    assert!(d.client().maildrop().deleted.is_empty());
    let retr = d.run_ok(retr1);
    assert_eq!(
        retr.body.as_deref(),
        Some(mrose.messages[0].retr.as_slice())
    );
    d.run_ok(Command::Noop);

    // QUIT: UPDATE, then closed.
    quit(&mut d);
    assert_clean_session(&d);

    // A new session: RSET undid the DELE, so all messages are still there, with
    // the same unique ids.
    let mut again = logged_in(&dovecot, "mrose", Security::ImplicitTls);
    let stat = again.run_ok(Command::Stat);
    assert_eq!(stat.text_lossy(), format!("{count} {}", mrose.total_size()));
    again.run_ok(Command::Uidl { msg: None });
    assert_eq!(uids(&again), first_uids);
    quit(&mut again);
    assert_clean_session(&again);
    assert_eq!(dovecot.maildir_files("mrose").len(), mrose.messages.len());
}

#[test]
fn apop_login() {
    let dovecot = dovecot_or_skip!();
    let mrose = dovecot.mailbox("mrose");
    let (mut d, _) = Driver::connect(dovecot.plain_addr, Security::Plain, &dovecot.cert_der);
    let timestamp = d.client().apop_timestamp().expect("Dovecot offers APOP");
    assert!(timestamp.starts_with('<') && timestamp.ends_with('>'));

    let (steps, events) = d.login_apop("mrose", "tanstaaf");
    assert_eq!(steps.timestamp, timestamp);
    assert_eq!(steps.digest.len(), 32);
    assert!(
        steps
            .digest
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    );
    let (ok, method, reason) = login_outcome(&events);
    assert!(ok, "APOP refused: {reason:?}\n{}", d.transcript());
    assert_eq!(method, "APOP");
    assert_eq!(d.client().state(), &State::Transaction);
    // The digest crossed the wire, the secret did not.
    let sent = String::from_utf8_lossy(d.sent_bytes()).into_owned();
    assert!(sent.contains(&format!("APOP mrose {}\r\n", steps.digest)));
    assert!(!sent.contains("tanstaaf"));

    let stat = d.run_ok(Command::Stat);
    assert_eq!(
        stat.text_lossy(),
        format!("{} {}", mrose.messages.len(), mrose.total_size())
    );
    quit(&mut d);
    assert_clean_session(&d);
}

/// Logs in with a SASL mechanism after CAPA and reads a message.
fn sasl_login(mechanism: Mechanism) {
    let dovecot = dovecot_or_skip!();
    let mrose = dovecot.mailbox("mrose");
    let (mut d, _) = Driver::connect(dovecot.plain_addr, Security::Plain, &dovecot.cert_der);
    d.run(Command::Capa);
    assert!(d.client().supported_mechanisms().contains(&mechanism));

    let events = d.authenticate(mechanism, Credentials::new("mrose", "tanstaaf"));
    let (ok, method, reason) = login_outcome(&events);
    assert!(
        ok,
        "AUTH {mechanism} refused: {reason:?}\n{}",
        d.transcript()
    );
    assert_eq!(method, mechanism.name());
    assert_eq!(d.client().state(), &State::Transaction);
    let challenges = events
        .iter()
        .filter(|e| {
            matches!(e, Event::Received { decoded, .. }
                if matches!(decoded.reply, Reply::Continuation(_)))
        })
        .count();
    let sent = String::from_utf8_lossy(d.sent_bytes()).into_owned();
    match mechanism {
        // The initial response rides on the AUTH line (RFC 5034 §4).
        Mechanism::Plain => {
            assert_eq!(challenges, 0, "{}", d.transcript());
            assert!(sent.contains("AUTH PLAIN "), "{sent}");
        }
        Mechanism::Login => assert_eq!(challenges, 2, "{}", d.transcript()),
        Mechanism::CramMd5 => assert_eq!(challenges, 1, "{}", d.transcript()),
        _ => {}
    }
    assert!(!sent.contains("tanstaaf"), "the password went out in clear");
    // Secrets are masked in the events.
    let debug = format!("{:?}", d.history());
    assert!(!debug.contains("tanstaaf"));

    let retr = d.run_ok(Command::Retr { msg: 1 });
    assert_eq!(
        retr.body.as_deref(),
        Some(mrose.messages[0].retr.as_slice())
    );
    quit(&mut d);
    assert_clean_session(&d);
}

#[test]
fn auth_plain_login() {
    sasl_login(Mechanism::Plain);
}

#[test]
fn auth_login_login() {
    sasl_login(Mechanism::Login);
}

#[test]
fn auth_cram_md5_login() {
    sasl_login(Mechanism::CramMd5);
}

#[test]
fn wrong_password_is_refused_and_state_stays_authorization() {
    let dovecot = dovecot_or_skip!();
    let (mut d, _) = Driver::connect(dovecot.plain_addr, Security::Plain, &dovecot.cert_der);
    d.run(Command::Capa);

    // USER/PASS with a wrong password.
    let events = d.login_user_pass("mrose", "wrong password");
    let (ok, method, reason) = login_outcome(&events);
    assert!(!ok);
    assert_eq!(method, "USER/PASS");
    assert!(reason.is_some());
    let pass = Command::Pass {
        password: "wrong password".into(),
    };
    let refused = reply_to(&events, &pass);
    eprintln!(
        "Dovecot refuses a wrong password with: -ERR {}{}",
        refused
            .code
            .as_ref()
            .map(|c| format!("[{}] ", c.as_str()))
            .unwrap_or_default(),
        refused.text_lossy()
    );
    assert!(!refused.is_ok());
    assert_eq!(refused.code, Some(ResponseCode::Auth));
    assert!(matches!(d.client().state(), State::Authorization { .. }));
    // STAT is still not allowed.
    assert!(d.client().check(&Command::Stat).is_err());

    // AUTH CRAM-MD5 with a wrong password.
    let events = d.authenticate(Mechanism::CramMd5, Credentials::new("mrose", "nope"));
    assert!(!login_outcome(&events).0);
    assert!(matches!(d.client().state(), State::Authorization { .. }));

    // APOP with a wrong secret.
    let (_, events) = d.login_apop("mrose", "nope");
    assert!(!login_outcome(&events).0);
    assert!(matches!(d.client().state(), State::Authorization { .. }));

    // The right password still works on the same connection.
    let events = d.login_user_pass("mrose", "tanstaaf");
    assert!(login_outcome(&events).0, "{}", d.transcript());
    assert_eq!(d.client().state(), &State::Transaction);
    quit(&mut d);
    assert_clean_session(&d);
}

#[test]
fn implicit_tls_session() {
    let dovecot = dovecot_or_skip!();
    let mrose = dovecot.mailbox("mrose");
    let (mut d, _) = Driver::connect(dovecot.tls_addr, Security::ImplicitTls, &dovecot.cert_der);
    assert!(d.client().tls_active());
    let tls = d.tls_info().expect("TLS from the start").clone();
    eprintln!("TLS on the POP3S port: {:?} {:?}", tls.version, tls.cipher);
    assert_eq!(tls.peer_certificates.first(), Some(&dovecot.cert_der));
    assert!(matches!(d.client().state(), State::Authorization { .. }));
    assert!(
        d.client().check(&Command::Stls).is_err(),
        "STLS on a TLS connection"
    );

    let events = d.run(Command::Capa);
    let caps = capabilities(&events);
    eprintln!("Dovecot CAPA on the POP3S port: {:?}", capa_lines(&caps));
    assert!(!caps.contains(&Capability::Stls));
    assert!(caps.contains(&Capability::User));

    let events = d.login_user_pass("mrose", "tanstaaf");
    assert!(login_outcome(&events).0);
    let warnings = notes_at_least(&events, pop3::annotate::Severity::Warning);
    assert!(warnings.is_empty(), "{warnings:?}");
    let stat = d.run_ok(Command::Stat);
    assert_eq!(
        stat.text_lossy(),
        format!("{} {}", mrose.messages.len(), mrose.total_size())
    );
    for (n, message) in (1..).zip(&mrose.messages) {
        let retr = d.run_ok(Command::Retr { msg: n });
        assert!(
            retr.body.as_deref() == Some(message.retr.as_slice()),
            "RETR {n} over TLS differs ({})",
            message.purpose
        );
    }
    quit(&mut d);
    assert_clean_session(&d);
}

#[test]
fn pipelined_commands() {
    let dovecot = dovecot_or_skip!();
    let mrose = dovecot.mailbox("mrose");
    let mut d = logged_in(&dovecot, "mrose", Security::ImplicitTls);
    let events = d.run(Command::Capa);
    assert!(capabilities(&events).contains(&Capability::Pipelining));

    let commands = [
        Command::Stat,
        Command::List { msg: None },
        Command::Uidl { msg: None },
        Command::Retr { msg: 2 },
        Command::Top { msg: 4, lines: 0 },
        Command::Noop,
    ];
    let events = d.pipeline(&commands);
    // All commands were written before the first reply arrived.
    let first_reply = events
        .iter()
        .position(|e| matches!(e, Event::Received { .. }))
        .expect("replies");
    let sent_before = events[..first_reply]
        .iter()
        .filter(|e| matches!(e, Event::Sent { .. }))
        .count();
    assert_eq!(sent_before, commands.len(), "{}", d.transcript());
    // Each reply went to its command.
    for cmd in &commands {
        assert!(reply_to(&events, cmd).is_ok(), "{cmd:?}");
    }
    assert_eq!(
        reply_to(&events, &commands[3]).body.as_deref(),
        Some(mrose.messages[1].retr.as_slice())
    );
    assert_eq!(
        reply_to(&events, &commands[4]).body.as_deref(),
        Some(mrose.messages[3].header_block())
    );
    assert_eq!(d.client().maildrop().sizes, expected_sizes(mrose));
    quit(&mut d);
    assert_clean_session(&d);
}

#[test]
fn dele_then_quit_really_deletes() {
    let dovecot = dovecot_or_skip!();
    let alice = dovecot.mailbox("alice").clone();
    assert_eq!(dovecot.maildir_files("alice").len(), 3);

    let mut d = logged_in(&dovecot, "alice", Security::Plain);
    d.run_ok(Command::Uidl { msg: None });
    let before = uids(&d);
    let stat = d.run_ok(Command::Stat);
    assert_eq!(stat.text_lossy(), format!("3 {}", alice.total_size()));
    d.run_ok(Command::Dele { msg: 2 });
    quit(&mut d);
    assert_clean_session(&d);

    // Gone from the server, and from the disk.
    assert_eq!(dovecot.maildir_files("alice").len(), 2);
    let mut d = logged_in(&dovecot, "alice", Security::Plain);
    let stat = d.run_ok(Command::Stat);
    let left = alice.messages[0].size() + alice.messages[2].size();
    assert_eq!(stat.text_lossy(), format!("2 {left}"));
    d.run_ok(Command::Uidl { msg: None });
    let after = uids(&d);
    assert_eq!(
        after.values().collect::<Vec<_>>(),
        vec![&before[&1], &before[&3]],
        "the remaining messages keep their unique ids"
    );
    let retr = d.run_ok(Command::Retr { msg: 2 });
    assert_eq!(
        retr.body.as_deref(),
        Some(alice.messages[2].retr.as_slice())
    );
    // Message 3 no longer exists: the engine knows, the server agrees.
    assert!(d.client().check(&Command::Retr { msg: 3 }).is_err());
    let events = d.run_anyway(Command::Retr { msg: 3 });
    assert!(!reply_to(&events, &Command::Retr { msg: 3 }).is_ok());
    quit(&mut d);
    assert_clean_session(&d);
}

#[test]
fn quit_in_authorization_changes_nothing() {
    let dovecot = dovecot_or_skip!();
    let (mut d, _) = Driver::connect(dovecot.plain_addr, Security::Plain, &dovecot.cert_der);
    d.run(Command::User {
        name: "alice".into(),
    });
    quit(&mut d);
    assert_clean_session(&d);
    assert_eq!(dovecot.maildir_files("alice").len(), 3);
}

#[test]
fn message_numbers_survive_stat_after_dele() {
    // RFC 1939 §5: STAT does not count messages marked as deleted, but message
    // numbers do not change until the session ends. After DELE 1, "STAT" says 3
    // messages, yet message 4 still exists and may be retrieved.
    let dovecot = dovecot_or_skip!();
    let mrose = dovecot.mailbox("mrose");
    let mut d = logged_in(&dovecot, "mrose", Security::ImplicitTls);
    d.run_ok(Command::Dele { msg: 1 });
    let stat = d.run_ok(Command::Stat);
    assert_eq!(stat.text_lossy().split(' ').next(), Some("3"));
    let retr4 = Command::Retr { msg: 4 };
    let verdict = d.client().check(&retr4);
    let events = d.run_anyway(retr4.clone());
    let reply = reply_to(&events, &retr4);
    assert!(reply.is_ok(), "Dovecot serves message 4 after DELE 1");
    assert_eq!(
        reply.body.as_deref(),
        Some(mrose.messages[3].retr.as_slice())
    );
    assert!(
        verdict.is_ok(),
        "the engine refuses RETR 4 after DELE 1 + STAT, which the server accepts: {:?}",
        verdict
    );
    d.run_ok(Command::Rset);
    assert!(
        d.client().check(&retr4).is_ok(),
        "the engine refuses RETR 4 after RSET: {:?}",
        d.client().check(&retr4)
    );
    quit(&mut d);
    assert_clean_session(&d);
}
