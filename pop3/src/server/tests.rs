//! The demo server's state machine, driven without any I/O.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::*;

const PLAIN: Config = Config {
    stls_available: true,
};
const IN_PAGE: Config = Config {
    stls_available: false,
};

/// Everything the session does until it waits for the client.
fn drain(session: &mut Session) -> Vec<Output> {
    std::iter::from_fn(|| session.poll_output()).collect()
}

/// The bytes written until the session waits, with waits left out.
fn written(session: &mut Session) -> String {
    drain(session)
        .into_iter()
        .filter_map(|o| match o {
            Output::Write(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
            _ => None,
        })
        .collect()
}

fn send(session: &mut Session, text: &str) -> String {
    session.receive(text.as_bytes());
    written(session)
}

/// A session on `store` whose greeting has been read.
fn greeted(store: &Arc<Store>, config: Config) -> Session {
    let mut s = Session::new(store.clone(), config, false, 1);
    written(&mut s);
    s
}

fn logged_in(store: &Arc<Store>, user: &str) -> Session {
    let mut s = greeted(store, IN_PAGE);
    let reply = send(&mut s, &format!("USER {user}\r\nPASS tanstaaf\r\n"));
    assert!(reply.ends_with("octets)\r\n"), "{reply}");
    s
}

#[test]
fn greets_with_a_unique_timestamp_and_logs_in() {
    let store = Store::new(42);
    let mut a = Session::new(store.clone(), PLAIN, false, 1_000);
    let mut b = Session::new(store.clone(), PLAIN, false, 1_000);
    let greeting = written(&mut a);
    assert!(
        greeting.starts_with("+OK POP3 Playground demo server ready <42.0.1000@demo.pop3.test>")
    );
    assert_ne!(greeting, written(&mut b));
    assert_eq!(
        send(&mut a, "USER mrose\r\n"),
        "+OK mrose is welcome here, send PASS\r\n"
    );
    assert_eq!(
        send(&mut a, "PASS tanstaaf\r\n"),
        "+OK mrose's maildrop has 5 messages (5263 octets)\r\n".replace(
            "5263",
            &mailbox::initial(mailbox::MailboxKind::Sample)
                .iter()
                .map(|m| m.bytes.len())
                .sum::<usize>()
                .to_string()
        )
    );
    assert_eq!(a.user(), Some("mrose"));
}

#[test]
fn the_same_bytes_in_any_chunking_give_the_same_replies() {
    let input = "CAPA\r\nUSER mrose\r\nPASS tanstaaf\r\nSTAT\r\nLIST\r\nRETR 1\r\nTOP 5 2\r\nDELE 2\r\nRSET\r\nQUIT\r\n";
    let whole = {
        let mut s = Session::new(Store::new(1), PLAIN, false, 1);
        written(&mut s) + &send(&mut s, input)
    };
    let bytewise = {
        let mut s = Session::new(Store::new(1), PLAIN, false, 1);
        let mut out = written(&mut s);
        for b in input.bytes() {
            out += &send(&mut s, std::str::from_utf8(&[b]).unwrap());
        }
        out
    };
    assert_eq!(whole, bytewise);
    assert!(
        whole.contains("\r\n..signature files are a Unix tradition\r\n"),
        "stuffed"
    );
    assert!(whole.ends_with("+OK POP3 Playground demo signing off (0 deleted, 5 left)\r\n"));
}

#[test]
fn quit_removes_the_marked_messages_for_later_sessions_and_the_store_remembers() {
    let store = Store::new(1);
    let mut s = logged_in(&store, "mrose");
    assert_eq!(send(&mut s, "DELE 2\r\n"), "+OK message 2 deleted\r\n");
    assert_eq!(
        send(&mut s, "RETR 2\r\n"),
        "-ERR message 2 already deleted\r\n"
    );
    assert!(send(&mut s, "QUIT\r\n").contains("(1 deleted, 4 left)"));
    assert_eq!(s.poll_output(), None);
    assert!(s.is_closed());
    drop(s);

    let removed = store.removed();
    assert_eq!(
        removed.get("mrose").map(Vec::as_slice),
        Some(&["mrose-0002-alternative".to_owned()][..])
    );
    let mut again = logged_in(&store, "mrose");
    assert!(send(&mut again, "STAT\r\n").starts_with("+OK 4 "));
    drop(again);

    // A page that kept what was removed gets the same mailbox back…
    let restored = Store::with_removed(2, &removed);
    let mut s = logged_in(&restored, "mrose");
    assert!(send(&mut s, "STAT\r\n").starts_with("+OK 4 "));
    assert!(
        send(&mut s, "UIDL\r\n").contains("1 mrose-0001-welcome\r\n2 mrose-0003-attachment\r\n")
    );
    drop(s);
    // …and a reset puts every message back.
    restored.reset();
    assert!(restored.removed().is_empty());
    let mut s = logged_in(&restored, "mrose");
    assert!(send(&mut s, "STAT\r\n").starts_with("+OK 5 "));
}

#[test]
fn a_dropped_connection_deletes_nothing_and_frees_the_maildrop() {
    let store = Store::new(1);
    let mut s = logged_in(&store, "mrose");
    send(&mut s, "DELE 1\r\n");
    let mut other = greeted(&store, PLAIN);
    assert_eq!(
        send(&mut other, "USER mrose\r\nPASS tanstaaf\r\n"),
        "+OK mrose is welcome here, send PASS\r\n-ERR [IN-USE] Do you have another POP session running?\r\n"
    );
    drop(s);
    let mut s = logged_in(&store, "mrose");
    assert!(send(&mut s, "STAT\r\n").starts_with("+OK 5 "));
}

#[test]
fn the_dropper_drops_half_way_through_retr_only() {
    let store = Store::new(1);
    let mut s = logged_in(&store, "dropper");
    assert!(send(&mut s, "LIST\r\n").ends_with(".\r\n"), "LIST is whole");
    s.receive(b"RETR 1\r\nNOOP\r\n");
    let outputs = drain(&mut s);
    assert_eq!(outputs.last(), Some(&Output::Close));
    let body: usize = outputs
        .iter()
        .skip(1)
        .map(|o| match o {
            Output::Write(b) => b.len(),
            _ => 0,
        })
        .sum();
    let size = mailbox::initial(mailbox::MailboxKind::Sample)[0]
        .bytes
        .len();
    assert!(body > 0 && body <= size / 2 + 1, "{body} of {size}");
    assert!(s.is_closed());
    assert_eq!(
        s.poll_output(),
        None,
        "nothing after close, NOOP unanswered"
    );
    // The maildrop is free again, with nothing deleted.
    drop(s);
    logged_in(&store, "dropper");
}

#[test]
fn the_slow_user_waits_before_replies_and_trickles_bodies() {
    let store = Store::new(1);
    let mut s = logged_in(&store, "slow");
    s.receive(b"RETR 5\r\n");
    let outputs = drain(&mut s);
    assert_eq!(outputs[0], Output::Wait(Duration::from_secs(1)));
    assert!(
        outputs
            .iter()
            .filter(|o| matches!(o, Output::Wait(d) if *d == Duration::from_millis(20)))
            .count()
            > 3
    );
    assert!(outputs.iter().all(|o| match o {
        Output::Write(b) => b.len() <= 512,
        _ => true,
    }));
}

#[test]
fn garbage_precedes_replies_after_login() {
    let store = Store::new(1);
    let mut s = logged_in(&store, "garbage");
    s.receive(b"NOOP\r\n");
    let outputs = drain(&mut s);
    assert!(
        matches!(&outputs[0], Output::Write(b) if b.starts_with(b"\x1b[31m\xff\xfe\x00GARBAGE"))
    );
    assert_eq!(outputs[1], Output::Write(b"+OK\r\n".to_vec()));
}

#[test]
fn nostuff_sends_dot_lines_as_they_are() {
    let store = Store::new(1);
    let mut s = logged_in(&store, "nostuff");
    let reply = send(&mut s, "RETR 1\r\n");
    assert!(reply.contains("\r\n.signature files"));
    assert!(!reply.contains("..signature"));
}

#[test]
fn refusals_of_inuse_and_delay() {
    let store = Store::new(1);
    let mut s = greeted(&store, PLAIN);
    assert!(send(&mut s, "USER inuse\r\nPASS tanstaaf\r\n").contains("-ERR [IN-USE]"));
    assert!(send(&mut s, "USER delay\r\nPASS tanstaaf\r\n").contains("-ERR [LOGIN-DELAY]"));
    assert!(
        send(&mut s, "USER mrose\r\nPASS wrong\r\n").contains("-ERR [AUTH] Authentication failed")
    );
}

#[test]
fn stls_starts_tls_and_drops_what_was_pipelined_in_clear() {
    let mut s = greeted(&Store::new(1), PLAIN);
    assert!(send(&mut s, "CAPA\r\n").contains("\r\nSTLS\r\n"));
    s.receive(b"STLS\r\nUSER injected\r\n");
    assert_eq!(
        drain(&mut s),
        [
            Output::Write(b"+OK Begin TLS negotiation now\r\n".to_vec()),
            Output::StartTls
        ]
    );
    s.tls_started();
    assert!(!send(&mut s, "CAPA\r\n").contains("STLS"));
    assert_eq!(send(&mut s, "STLS\r\n"), "-ERR TLS is already active\r\n");
    assert_eq!(send(&mut s, "PASS tanstaaf\r\n"), "-ERR USER first\r\n");
}

#[test]
fn in_the_page_stls_is_neither_offered_nor_started() {
    let mut s = greeted(&Store::new(1), IN_PAGE);
    assert!(!send(&mut s, "CAPA\r\n").contains("STLS"));
    assert_eq!(
        send(&mut s, "STLS\r\n"),
        "-ERR no TLS here: this server runs inside the page\r\n"
    );
}

#[test]
fn sasl_plain_login_and_cram_md5() {
    let store = Store::new(1);
    let b64 = |s: &[u8]| BASE64.encode(s);

    let mut s = greeted(&store, PLAIN);
    assert_eq!(send(&mut s, "AUTH PLAIN\r\n"), "+ \r\n");
    assert!(
        send(&mut s, &format!("{}\r\n", b64(b"\0mrose\0tanstaaf")))
            .starts_with("+OK mrose's maildrop")
    );
    drop(s);

    let mut s = greeted(&store, PLAIN);
    assert_eq!(
        send(&mut s, "AUTH LOGIN\r\n"),
        format!("+ {}\r\n", b64(b"Username:"))
    );
    assert_eq!(
        send(&mut s, &format!("{}\r\n", b64(b"mrose"))),
        format!("+ {}\r\n", b64(b"Password:"))
    );
    assert!(send(&mut s, &format!("{}\r\n", b64(b"tanstaaf"))).starts_with("+OK"));
    drop(s);

    let mut s = greeted(&store, PLAIN);
    let challenge = send(&mut s, "AUTH CRAM-MD5\r\n");
    let token = BASE64
        .decode(challenge.trim_start_matches("+ ").trim_end())
        .unwrap();
    let digest = crate::sasl::cram_md5_digest("tanstaaf", &token);
    assert!(
        send(
            &mut s,
            &format!("{}\r\n", b64(format!("mrose {digest}").as_bytes()))
        )
        .starts_with("+OK")
    );
    drop(s);

    let mut s = greeted(&store, PLAIN);
    send(&mut s, "AUTH LOGIN\r\n");
    assert_eq!(send(&mut s, "*\r\n"), "-ERR authentication cancelled\r\n");
    assert_eq!(
        send(&mut s, "AUTH X-UNKNOWN\r\n"),
        "-ERR mechanism X-UNKNOWN is not supported\r\n"
    );
}

#[test]
fn autologout_closes_without_update() {
    let store = Store::new(1);
    let mut s = logged_in(&store, "mrose");
    send(&mut s, "DELE 1\r\n");
    s.autologout();
    assert_eq!(drain(&mut s), [Output::Close]);
    let mut s = logged_in(&store, "mrose");
    assert!(send(&mut s, "STAT\r\n").starts_with("+OK 5 "));
}

#[test]
fn a_huge_body_goes_out_in_pieces() {
    let store = Store::new(1);
    let mut s = logged_in(&store, "huge");
    s.receive(b"TOP 1 300000\r\n");
    let mut largest = 0;
    let mut total = 0;
    let mut last = Vec::new();
    while let Some(o) = s.poll_output() {
        if let Output::Write(b) = o {
            largest = largest.max(b.len());
            total += b.len();
            last = b;
        }
    }
    assert!(total > 18_000_000, "{total}");
    assert!(largest < 80 * 1024, "{largest}");
    assert_eq!(last, b".\r\n");
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    /// A client line: a command of the demo's vocabulary (good arguments or
    /// not), a SASL answer, or bytes of any kind.
    fn client_line() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            prop::sample::select(vec![
                "CAPA",
                "USER mrose",
                "USER dropper",
                "USER garbage",
                "USER nostuff",
                "PASS tanstaaf",
                "PASS wrong",
                "APOP mrose 0123456789abcdef0123456789abcdef",
                "STAT",
                "LIST",
                "LIST 2",
                "LIST 0",
                "UIDL",
                "UIDL 9",
                "RETR 1",
                "RETR 3",
                "TOP 5 3",
                "TOP 1",
                "DELE 1",
                "DELE 1",
                "RSET",
                "NOOP",
                "LAST",
                "STLS",
                "UTF8",
                "AUTH",
                "AUTH PLAIN",
                "AUTH LOGIN",
                "AUTH CRAM-MD5",
                "AUTH X",
                "*",
                "AG1yb3NlAHRhbnN0YWFm",
                "=",
                "QUIT",
            ])
            .prop_map(|s| format!("{s}\r\n").into_bytes()),
            prop::collection::vec(any::<u8>(), 0..300),
        ]
    }

    /// Everything the session does for `input` cut at `cuts`, as bytes, with
    /// whether it closed and whether TLS was to start; fails on output after
    /// Close. Like a real driver it stops at StartTls: what follows in clear
    /// is not the TLS handshake this test could give.
    fn run(
        input: &[u8],
        cuts: &[usize],
        stls: bool,
    ) -> Result<(Vec<u8>, bool, bool), TestCaseError> {
        let mut s = Session::new(
            Store::new(1),
            Config {
                stls_available: stls,
            },
            false,
            0,
        );
        let mut out = Vec::new();
        let mut closed = false;
        let mut from = 0;
        let mut points: Vec<usize> = cuts.iter().map(|c| c % (input.len() + 1)).collect();
        points.push(input.len());
        points.sort_unstable();
        for to in points {
            s.receive(&input[from..to.max(from)]);
            from = to.max(from);
            while let Some(o) = s.poll_output() {
                prop_assert!(!closed, "output after Close");
                match o {
                    Output::Write(b) => out.extend(b),
                    Output::Close => closed = true,
                    Output::StartTls => return Ok((out, closed, true)),
                    Output::Wait(_) => {}
                }
            }
        }
        Ok((out, closed, false))
    }

    proptest! {
        /// Whatever a client sends, however it is cut: no panic, the same
        /// replies, every one a whole line, nothing after the close.
        #[test]
        fn any_client_bytes_any_chunking(
            lines in prop::collection::vec(client_line(), 0..40),
            cuts in prop::collection::vec(any::<usize>(), 0..20),
            stls in any::<bool>(),
        ) {
            let input = lines.concat();
            let (whole, whole_closed, whole_tls) = run(&input, &[], stls)?;
            let (cut, cut_closed, cut_tls) = run(&input, &cuts, stls)?;
            prop_assert_eq!(whole_closed, cut_closed);
            prop_assert_eq!(whole_tls, cut_tls);
            prop_assert!(stls || !whole_tls, "TLS started where it is not available");
            // Replies are whole lines, unless the dropper dropped mid-body.
            prop_assert!(whole.is_empty() || whole.ends_with(b"\r\n") || whole_closed);
            prop_assert_eq!(whole, cut);
        }
    }
}
