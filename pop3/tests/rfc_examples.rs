//! Known-answer tests from the RFCs, run through the engine.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use pop3::annotate::{Say, Severity};
use pop3::engine::{Client, Event};
use pop3::import::{self, Format, RFC1939_EXAMPLE};
use pop3::sasl::{Credentials, Mechanism};
use pop3::types::{Command, State};
use pop3::{Secret, apop};

fn drain(client: &mut Client) -> Vec<Event> {
    std::iter::from_fn(|| client.poll_event()).collect()
}

fn sent(client: &mut Client) -> Vec<String> {
    std::iter::from_fn(|| client.poll_transmit())
        .map(|b| String::from_utf8(b).unwrap())
        .collect()
}

#[test]
fn rfc1939_example_session_replays() {
    let replay = import::replay(RFC1939_EXAMPLE);
    assert_eq!(replay.format, Format::Prefixed);
    assert_eq!(replay.skipped.len(), 6, "{:?}", replay.skipped);
    let states: Vec<&str> = replay
        .events
        .iter()
        .filter_map(|r| match &r.event {
            Event::StateChanged { to, .. } => Some(to.label()),
            _ => None,
        })
        .collect();
    assert_eq!(
        states,
        ["AUTHORIZATION", "TRANSACTION", "UPDATE", "DISCONNECTED"]
    );
    let headlines: Vec<&pop3::annotate::Annotation> = replay
        .events
        .iter()
        .filter_map(|r| match &r.event {
            Event::Received { annotation, .. } => Some(annotation),
            _ => None,
        })
        .collect();
    let said = |say: Say, section: &str, topic: &str| {
        headlines.iter().any(|a| {
            a.summary == say
                && a.rfc.is_some_and(|r| r.rfc == 1939 && r.section == section)
                && a.topic.as_deref() == Some(topic)
        })
    };
    assert!(said(
        Say::ReplyStat {
            count: 2,
            octets: 320
        },
        "5",
        "STAT"
    ));
    assert!(said(
        Say::ReplyListAll {
            count: 2,
            octets: 320
        },
        "5",
        "LIST"
    ));
    // The example leaves the messages out: that is said, and nothing in it is a
    // warning or a violation (the sizes are not checked against placeholders).
    for replayed in &replay.events {
        if let Event::Received { annotation, .. } | Event::Sent { annotation, .. } = &replayed.event
        {
            assert_eq!(annotation.severity(), Severity::Info, "{annotation:?}");
        }
    }
    let left_out = headlines
        .iter()
        .filter(|a| a.has_note("note-body-left-out"))
        .count();
    assert_eq!(left_out, 2, "both RETR replies say the body was left out");
    assert_eq!(replay.client.maildrop().deleted.len(), 2);
}

#[test]
fn rfc1939_apop_digest() {
    assert_eq!(
        apop::digest("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf"),
        "c4c9334bac560ecc979e58001b3e22fb"
    );
    let mut client = Client::new();
    client.feed(b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
    let steps = client
        .login_apop("mrose", &Secret::new("tanstaaf".into()))
        .unwrap();
    assert_eq!(steps.digest, "c4c9334bac560ecc979e58001b3e22fb");
    assert_eq!(
        sent(&mut client),
        ["APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n"]
    );
}

#[test]
fn rfc2195_cram_md5_through_the_engine() {
    let mut client = Client::new();
    client.feed(b"+OK ready\r\n");
    client
        .authenticate(
            Mechanism::CramMd5,
            Credentials::new("tim", "tanstaaftanstaaf"),
            "unused",
        )
        .unwrap();
    assert_eq!(sent(&mut client), ["AUTH CRAM-MD5\r\n"]);
    client.feed(b"+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n");
    assert_eq!(
        sent(&mut client),
        ["dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\r\n"]
    );
    client.feed(b"+OK CRAM authentication successful\r\n");
    let events = drain(&mut client);
    assert!(events.contains(&Event::LoginFinished {
        method: "CRAM-MD5".into(),
        ok: true,
        reason: None
    }));
    assert_eq!(client.state(), &State::Transaction);
    // The response line is masked in the transcript.
    assert!(!format!("{events:?}").contains("dGltIGI5MTNh"));
}

#[test]
fn rfc7677_scram_sha256_through_the_engine() {
    let mut client = Client::new();
    client.feed(b"+OK ready\r\n");
    client
        .authenticate(
            Mechanism::ScramSha256,
            Credentials::new("user", "pencil"),
            "rOprNGfwEbeRWgbNEkqO",
        )
        .unwrap();
    let first = BASE64.encode("n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
    assert_eq!(
        sent(&mut client),
        [format!("AUTH SCRAM-SHA-256 {first}\r\n")]
    );
    let server_first = BASE64.encode(
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
    );
    client.feed(format!("+ {server_first}\r\n").as_bytes());
    let client_final = BASE64.encode(
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
    );
    assert_eq!(sent(&mut client), [format!("{client_final}\r\n")]);
    let server_final = BASE64.encode("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    client.feed(format!("+ {server_final}\r\n").as_bytes());
    assert_eq!(sent(&mut client), ["\r\n"]);
    client.feed(b"+OK\r\n");
    let events = drain(&mut client);
    assert!(!events.iter().any(|e| matches!(e, Event::Problem { .. })));
    assert_eq!(client.state(), &State::Transaction);
}

#[test]
fn scram_with_a_forged_server_signature_is_cancelled() {
    let mut client = Client::new();
    client.feed(b"+OK ready\r\n");
    client
        .authenticate(
            Mechanism::ScramSha256,
            Credentials::new("user", "pencil"),
            "rOprNGfwEbeRWgbNEkqO",
        )
        .unwrap();
    let server_first = BASE64.encode(
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
    );
    client.feed(format!("+ {server_first}\r\n").as_bytes());
    sent(&mut client);
    let forged = BASE64.encode("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    client.feed(format!("+ {forged}\r\n").as_bytes());
    assert_eq!(sent(&mut client), ["*\r\n"], "the client cancels");
    client.feed(b"-ERR cancelled\r\n");
    let events = drain(&mut client);
    assert!(events.iter().any(
        |e| matches!(e, Event::Problem { annotation } if matches!(annotation.summary, Say::SaslCancelled { .. }))
    ));
    assert!(matches!(client.state(), State::Authorization { .. }));
}

#[test]
fn sasl_login_and_plain() {
    let mut client = Client::new();
    client.feed(b"+OK ready\r\n");
    client
        .authenticate(
            Mechanism::Login,
            Credentials::new("alice", "wonderland"),
            "n",
        )
        .unwrap();
    assert_eq!(sent(&mut client), ["AUTH LOGIN\r\n"]);
    client.feed(b"+ VXNlcm5hbWU6\r\n");
    assert_eq!(sent(&mut client), ["YWxpY2U=\r\n"]);
    client.feed(b"+ UGFzc3dvcmQ6\r\n");
    assert_eq!(sent(&mut client), ["d29uZGVybGFuZA==\r\n"]);
    client.feed(b"-ERR [AUTH] Authentication failed.\r\n");
    let events = drain(&mut client);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::LoginFinished { ok: false, .. }))
    );

    client
        .authenticate(
            Mechanism::Plain,
            Credentials::new("alice", "wonderland"),
            "n",
        )
        .unwrap();
    assert_eq!(
        sent(&mut client),
        ["AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=\r\n"]
    );
    let events = drain(&mut client);
    let masked = events.iter().find_map(|e| match e {
        Event::Sent { masked, .. } => Some(masked.clone()),
        _ => None,
    });
    assert_eq!(masked.as_deref(), Some("AUTH PLAIN ********"));
}

#[test]
fn xoauth2_error_takes_two_steps() {
    let mut client = Client::new();
    client.feed(b"+OK ready\r\n");
    client
        .authenticate(
            Mechanism::XOAuth2,
            Credentials::new("me@example.com", "ya29.token"),
            "n",
        )
        .unwrap();
    let auth = sent(&mut client);
    assert!(auth[0].starts_with("AUTH XOAUTH2 "));
    let error =
        BASE64.encode(r#"{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}"#);
    client.feed(format!("+ {error}\r\n").as_bytes());
    assert_eq!(sent(&mut client), ["\r\n"], "the empty second step");
    client.feed(b"-ERR [AUTH] Invalid credentials\r\n");
    assert!(matches!(client.state(), State::Authorization { .. }));
}

#[test]
fn commands_refused_with_reasons_per_state() {
    let mut client = Client::new();
    assert!(client.check(&Command::Capa).unwrap_err().reason == Say::RefuseNoGreeting);
    client.feed(b"+OK ready\r\n");
    let reason = client.check(&Command::Retr { msg: 1 }).unwrap_err();
    assert_eq!(
        reason.reason,
        Say::RefuseTransactionOnly {
            keyword: "RETR".into()
        }
    );
    assert_eq!(
        reason.rfc.map(|r| r.to_string()).as_deref(),
        Some("RFC 1939 §5")
    );
    assert!(
        client
            .check(&Command::Apop {
                name: "a".into(),
                digest: "b".into()
            })
            .unwrap_err()
            .reason
            == Say::RefuseNoApop
    );
    client.send(Command::User { name: "a".into() }).unwrap();
    client
        .send(Command::Pass {
            password: "b".into(),
        })
        .unwrap();
    client.feed(b"+OK\r\n+OK 2 messages\r\n");
    assert_eq!(client.state(), &State::Transaction);
    assert!(
        client.check(&Command::Stls).unwrap_err().reason
            == Say::RefuseAuthorizationOnly {
                keyword: "STLS".into()
            }
    );
    client.send(Command::Stat).unwrap();
    client.feed(b"+OK 2 320\r\n");
    assert!(
        client.check(&Command::Retr { msg: 3 }).unwrap_err().reason
            == Say::RefuseBeyond { count: 2 }
    );
    client.send(Command::Dele { msg: 1 }).unwrap();
    client.feed(b"+OK deleted\r\n");
    assert!(
        client.check(&Command::Retr { msg: 1 }).unwrap_err().reason
            == Say::RefuseDeleted { msg: 1 }
    );
    client.send(Command::Rset).unwrap();
    client.feed(b"+OK\r\n");
    assert!(client.check(&Command::Retr { msg: 1 }).is_ok());
}
