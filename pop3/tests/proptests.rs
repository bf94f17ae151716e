//! Round-trip properties: what the writer produces, the parser reads back.

use pop3::codec::{DecodeError, Decoder, Reply, write_response};
use pop3::types::{Command, Response, ResponseCode, Status};
use proptest::prelude::*;

fn word() -> impl Strategy<Value = String> {
    "[!-~]{1,40}"
}

fn number() -> impl Strategy<Value = u32> {
    1u32..=u32::MAX
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        word().prop_map(|name| Command::User { name }),
        "[ -~]{1,60}"
            .prop_filter("PASS needs a password", |p| !p.is_empty())
            .prop_map(|p| Command::Pass { password: p.into() }),
        (word(), "[0-9a-f]{32}").prop_map(|(name, d)| Command::Apop {
            name,
            digest: d.into()
        }),
        Just(Command::Quit),
        Just(Command::Stat),
        proptest::option::of(number()).prop_map(|msg| Command::List { msg }),
        number().prop_map(|msg| Command::Retr { msg }),
        number().prop_map(|msg| Command::Dele { msg }),
        Just(Command::Noop),
        Just(Command::Rset),
        (number(), any::<u32>()).prop_map(|(msg, lines)| Command::Top { msg, lines }),
        proptest::option::of(number()).prop_map(|msg| Command::Uidl { msg }),
        Just(Command::Last),
        Just(Command::Capa),
        Just(Command::Stls),
        (
            proptest::option::of("[A-Z0-9-]{1,20}"),
            proptest::option::of("[A-Za-z0-9+/=]{1,100}")
        )
            .prop_map(|(mechanism, initial)| Command::Auth {
                initial_response: mechanism.as_ref().and(initial).map(Into::into),
                mechanism,
            }),
        Just(Command::Utf8),
        proptest::option::of("[a-zA-Z*-]{1,10}").prop_map(|tag| Command::Lang { tag }),
        (
            "X[A-Z0-9]{1,6}",
            proptest::option::of("[!-~]{1,10}( [!-~]{1,10}){0,3}")
        )
            .prop_map(|(keyword, args)| Command::Other { keyword, args }),
    ]
}

fn code() -> impl Strategy<Value = Option<ResponseCode>> {
    proptest::option::of(prop_oneof![
        Just(ResponseCode::InUse),
        Just(ResponseCode::LoginDelay),
        Just(ResponseCode::SysTemp),
        Just(ResponseCode::SysPerm),
        Just(ResponseCode::Auth),
        Just(ResponseCode::Utf8),
        "X-[A-Z]{1,8}(/[A-Z]{1,8})?".prop_map(ResponseCode::Other),
    ])
}

/// Body lines: any bytes but LF, each ending in CRLF.
fn body() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(
        proptest::collection::vec(any::<u8>().prop_filter("no LF", |b| *b != b'\n'), 0..80),
        0..20,
    )
    .prop_map(|lines| {
        lines
            .into_iter()
            .flat_map(|mut l| {
                l.extend_from_slice(b"\r\n");
                l
            })
            .collect()
    })
}

fn response() -> impl Strategy<Value = Response> {
    (
        any::<bool>(),
        code(),
        "[ -Z\\\\^-~]{0,60}".prop_map(|t: String| t.trim_start().to_owned()),
        proptest::option::of(body()),
    )
        .prop_map(|(ok, code, text, body)| Response {
            status: if ok { Status::Ok } else { Status::Err },
            code,
            text: text.into_bytes(),
            body: if ok { body } else { None },
        })
}

proptest! {
    #[test]
    fn command_round_trips(cmd in command()) {
        prop_assert!(cmd.validate().is_ok());
        let bytes = cmd.to_bytes();
        prop_assert!(bytes.ends_with(b"\r\n"));
        let parsed = Command::parse(&bytes[..bytes.len() - 2]).unwrap();
        prop_assert_eq!(parsed, cmd);
    }

    #[test]
    fn response_round_trips(resp in response(), split in any::<prop::sample::Index>()) {
        let wire = write_response(&resp);
        let at = split.index(wire.len() + 1);
        let mut decoder = Decoder::new();
        decoder.feed(&wire[..at]);
        let multiline = resp.body.is_some();
        let first = decoder.decode(multiline);
        let decoded = match first {
            Ok(d) => d,
            Err(DecodeError::Incomplete) => {
                decoder.feed(&wire[at..]);
                decoder.decode(multiline).unwrap()
            }
            Err(e) => panic!("{e}"),
        };
        prop_assert_eq!(decoded.wire_len, wire.len());
        prop_assert_eq!(decoded.reply, Reply::Response(resp));
        prop_assert!(decoded.warnings.is_empty());
    }

    #[test]
    fn parse_never_panics(line in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = Command::parse(&line);
    }
}

/// Pieces of what people paste: labels in several languages, status lines,
/// listings, placeholders, odd whitespace and characters.
fn pasted_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "S:",
            "C:",
            "Server:",
            "Client:",
            "Serveur :",
            "Сервер:",
            "İstemci:",
            "s:",
            "+OK",
            "-ERR",
            "+",
            "+ ",
            ".",
            "..",
            "LIST",
            "UIDL",
            "RETR 1",
            "CAPA",
            "AUTH",
            "STAT",
            "QUIT",
            "USER a",
            "PASS b",
            "TOP 1 0",
            "STLS",
            "<open connection>",
            "<",
            ">",
            "\t",
            " ",
            "\n",
            "\r\n",
            "\u{a0}",
            "İ",
            "ı",
            "X-",
            "Subject:",
        ])
        .prop_map(str::to_owned),
        (0u64..u64::MAX).prop_map(|n| n.to_string()),
        "[ -~]{0,12}",
    ]
}

proptest! {
    /// Whatever is pasted, the import replays it without panicking, and every
    /// remark points at a line of the input.
    #[test]
    fn import_never_panics(pieces in prop::collection::vec(pasted_piece(), 0..80)) {
        let text: String = pieces.join(" ");
        let lines = text.lines().count().max(1);
        let replay = pop3::import::replay(&text);
        for r in &replay.events {
            prop_assert!((1..=lines).contains(&r.source.line));
            prop_assert!(r.source.body.iter().all(|l| (1..=lines).contains(l)));
        }
        prop_assert!(replay.skipped.iter().all(|s| (1..=lines).contains(&s.line_no)));
    }
}
