//! The vocabulary of the report: every sentence the check can say about a
//! server, as a typed message id (`check-…`) with its arguments.
//!
//! Like [`Say`](crate::annotate::Say), these are words for the edge to write:
//! the app's catalogs turn each [`Said`] into a sentence in the reader's
//! language. Numbers are numbers (so that plurals work); what the server sent,
//! commands, capability names and response codes are text arguments, shown as
//! they are.

use crate::says::says;

says! {
    /// Something the check says about a server: a message id and its arguments.
    pub enum Said;

    // --- What each probe checks: the report's titles (see `Probe::title`) ---
    /// The greeting.
    ProbeGreeting = "check-probe-greeting",
    /// CAPA.
    ProbeCapa = "check-probe-capa",
    /// STLS.
    ProbeStls = "check-probe-stls",
    /// STLS and CAPA once TLS is up.
    ProbeStlsAfterTls = "check-probe-stls-after-tls",
    /// USER/PASS.
    ProbeLogin = "check-probe-login",
    /// Wrong passwords.
    ProbeBadPass = "check-probe-bad-pass",
    /// APOP.
    ProbeApop = "check-probe-apop",
    /// SASL.
    ProbeSasl = "check-probe-sasl",
    /// One SASL mechanism, by name.
    ProbeSaslMechanism { name: String } = "check-probe-sasl-mechanism",
    /// CR LF inside an AUTH PLAIN identity.
    ProbeAuthInjection = "check-probe-auth-injection",
    /// Response codes.
    ProbeRespCodes = "check-probe-resp-codes",
    /// STAT and LIST.
    ProbeStatList = "check-probe-stat-list",
    /// UIDL.
    ProbeUidl = "check-probe-uidl",
    /// UIDL across sessions.
    ProbeUidlStable = "check-probe-uidl-stable",
    /// LIST and UIDL with bad arguments.
    ProbeBadArguments = "check-probe-bad-arguments",
    /// TOP.
    ProbeTop = "check-probe-top",
    /// Byte-stuffing in TOP.
    ProbeTopStuffing = "check-probe-top-stuffing",
    /// PIPELINING.
    ProbePipelining = "check-probe-pipelining",
    /// RETR.
    ProbeRetr = "check-probe-retr",
    /// Line endings and dot-stuffing.
    ProbeLineFormat = "check-probe-line-format",
    /// Reply syntax.
    ProbeReplySyntax = "check-probe-reply-syntax",
    /// DELE and RSET.
    ProbeDeleRset = "check-probe-dele-rset",
    /// An unknown command.
    ProbeUnknownCommand = "check-probe-unknown-command",
    /// Command line length.
    ProbeLineLength = "check-probe-line-length",
    /// Response times.
    ProbeTiming = "check-probe-timing",
    /// QUIT.
    ProbeQuit = "check-probe-quit",
    /// A login that only opens a session.
    ProbeRelogin = "check-probe-relogin",
    /// The probes that did not run.
    ProbeNotRun = "check-probe-not-run",

    // --- Sessions: connections, timeouts, probes that could not run ---
    /// The connection could not be opened; `reason` is the transport's.
    ConnectFailed { reason: String } = "check-connect-failed",
    /// The server closed the connection while a reply was awaited.
    ClosedWaiting { command: String } = "check-closed-waiting",
    /// The same, while the reply to an overlong line was awaited.
    ClosedWaitingLong { command: String, octets: usize } = "check-closed-waiting-long",
    /// The server closed the connection before its greeting.
    ClosedBeforeGreeting = "check-closed-before-greeting",
    /// How much of a body had arrived when the connection ended.
    PartialBody { octets: usize } = "check-partial-body",
    /// What the transport said about the end of the connection.
    LinkReason { reason: String } = "check-link-reason",
    /// No reply in time.
    NoReply { command: String, seconds: u64 } = "check-no-reply",
    /// No reply in time to an overlong line.
    NoReplyLong { command: String, octets: usize, seconds: u64 } = "check-no-reply-long",
    /// No greeting in time.
    NoGreeting { seconds: u64 } = "check-no-greeting",
    /// A command the client would not send (the reason follows).
    NotSent { command: String } = "check-not-sent",
    /// The probes left were dropped: no connection could be opened.
    NotRunNoConnection = "check-not-run-no-connection",
    /// The probes left were dropped: a session could not be opened.
    NotRunNoSession = "check-not-run-no-session",
    /// The probes left were dropped: too many sessions.
    NotRunTooManySessions = "check-not-run-too-many-sessions",
    /// The probes left were dropped: the greeting was -ERR.
    NotRunGreetingRefused = "check-not-run-greeting-refused",
    /// The probes left were dropped: the login was refused.
    NotRunLoginRefused { reply: String } = "check-not-run-login-refused",
    /// The probes left were dropped: STLS was refused.
    NotRunStlsRefused = "check-not-run-stls-refused",
    /// A probe skipped: its capability is not in CAPA.
    NotAdvertised = "check-not-advertised",
    /// A command and the reply it got.
    CommandGot { command: String, reply: String } = "check-command-got",
    /// A capability is advertised, but its command failed.
    AdvertisedBut { command: String, reply: String } = "check-advertised-but",
    /// "and n more" after a shortened list.
    AndMore { count: usize } = "check-and-more",

    // --- greeting (RFC 1939 §4) ---
    /// -ERR as a greeting.
    GreetingErr { text: String } = "check-greeting-err",
    /// +OK and nothing else.
    GreetingNoText = "check-greeting-no-text",
    /// +OK with an APOP timestamp.
    GreetingTimestamp { timestamp: String } = "check-greeting-timestamp",
    /// +OK with <...> that is not a timestamp.
    GreetingBadTimestamp = "check-greeting-bad-timestamp",
    /// +OK with no timestamp.
    GreetingNoTimestamp = "check-greeting-no-timestamp",
    /// APOP skipped: no timestamp.
    ApopNotOffered = "check-apop-not-offered",

    // --- capa (RFC 2449 §5) ---
    /// CAPA got -ERR.
    CapaNotSupported { reply: String } = "check-capa-not-supported",
    /// The capabilities, by name.
    CapaListed { count: usize, names: String } = "check-capa-listed",
    /// Capability lines that are not well-formed, quoted.
    CapaMalformed { lines: String } = "check-capa-malformed",

    // --- stls (RFC 2595 §4) ---
    /// STLS worked.
    StlsUpgraded = "check-stls-upgraded",
    /// STLS got -ERR.
    StlsRefused { reply: String } = "check-stls-refused",
    /// Implicit TLS: STLS does not apply.
    StlsImplicit = "check-stls-implicit",
    /// STLS offered on a plain connection.
    StlsOffered = "check-stls-offered",
    /// STLS not offered on a plain connection.
    StlsNotOffered = "check-stls-not-offered",

    // --- stls-after-tls (RFC 2595 §4) ---
    /// Skipped: the check's connection is not under TLS.
    StlsAfterTlsPlain = "check-stls-after-tls-plain",
    /// STLS under TLS got -ERR.
    StlsAgainRefused { reply: String } = "check-stls-again-refused",
    /// STLS under TLS got +OK (the connection was dropped).
    StlsAgainAccepted { reply: String } = "check-stls-again-accepted",
    /// CAPA under TLS does not list STLS.
    CapaTlsNoStls = "check-capa-tls-no-stls",
    /// CAPA under TLS still lists STLS.
    CapaTlsStillStls = "check-capa-tls-still-stls",

    // --- login, apop, sasl-* (RFC 1939 §7, RFC 5034 §4, RFC 2449 §8.1, RFC 3206) ---
    /// The login worked.
    LoginAccepted { reply: String } = "check-login-accepted",
    /// The login worked, but the client saw problems (they follow).
    LoginAcceptedBut { reply: String } = "check-login-accepted-but",
    /// The login was refused.
    LoginRefused { reply: String } = "check-login-refused",
    /// Refused with [IN-USE].
    LoginRefusedInUse { reply: String } = "check-login-refused-in-use",
    /// Refused with [LOGIN-DELAY].
    LoginRefusedLoginDelay { reply: String } = "check-login-refused-login-delay",
    /// Refused with [AUTH].
    LoginRefusedAuth { reply: String } = "check-login-refused-auth",
    /// Refused with [SYS/TEMP].
    LoginRefusedSysTemp { reply: String } = "check-login-refused-sys-temp",
    /// Refused with [SYS/PERM].
    LoginRefusedSysPerm { reply: String } = "check-login-refused-sys-perm",
    /// No SASL mechanism in CAPA.
    NoSasl = "check-no-sasl",
    /// A mechanism that needs a token.
    NeedsToken = "check-needs-token",
    /// A mechanism this client does not know.
    MechanismUnknown = "check-mechanism-unknown",

    // --- bad-pass (RFC 1939 §7) ---
    /// Every wrong password got -ERR.
    BadPassRefused { count: usize } = "check-bad-pass-refused",
    /// The response codes the refusals carried.
    BadPassCodes { codes: String } = "check-bad-pass-codes",
    /// A wrong password got +OK.
    BadPassAccepted { attempt: usize, reply: String } = "check-bad-pass-accepted",
    /// The server closed the connection after refusing.
    BadPassClosed { after: usize } = "check-bad-pass-closed",
    /// The right password afterwards, in the same session, worked.
    BadPassThenAccepted = "check-bad-pass-then-accepted",
    /// The right password afterwards was refused.
    BadPassThenRefused { reply: String } = "check-bad-pass-then-refused",

    // --- auth-injection (RFC 5034 §4) ---
    /// One reply, and no login.
    InjectionOneReply { reply: String } = "check-injection-one-reply",
    /// The forged identity logged in.
    InjectionLoggedIn { reply: String } = "check-injection-logged-in",
    /// Reply lines beyond the one the command gets, quoted.
    InjectionExtraLines { count: usize, lines: String } = "check-injection-extra-lines",

    // --- resp-codes (RFC 2449 §8) ---
    /// Malformed response codes.
    CodesMalformed { codes: String } = "check-codes-malformed",
    /// Codes without RESP-CODES.
    CodesUnadvertised { codes: String } = "check-codes-unadvertised",
    /// RESP-CODES, but no code seen.
    CodesNone = "check-codes-none",
    /// The codes seen.
    CodesSeen { codes: String } = "check-codes-seen",
    /// Neither RESP-CODES nor codes.
    CodesNotAdvertised = "check-codes-not-advertised",

    // --- stat-list (RFC 1939 §5) ---
    /// LIST lines that are not "n size".
    ListBadLines { lines: String } = "check-list-bad-lines",
    /// STAT's reply is not "+OK n size".
    StatOdd { reply: String } = "check-stat-odd",
    /// STAT and LIST agree.
    StatListAgree { count: u32, octets: u64 } = "check-stat-list-agree",
    /// STAT and LIST disagree.
    StatListDisagree { count: u32, octets: u64, listed: u32, total: u64 } =
        "check-stat-list-disagree",
    /// The maildrop is empty.
    MaildropEmpty = "check-maildrop-empty",
    /// STAT and LIST gave no message list.
    NoMessageList = "check-no-message-list",

    // --- uidl, uidl-stable (RFC 1939 §7) ---
    /// An id with characters outside 0x21-0x7E.
    UidChars { msg: u32 } = "check-uid-chars",
    /// An id of the wrong length.
    UidLength { msg: u32, length: usize } = "check-uid-length",
    /// An id used twice.
    UidTwice { msg: u32, uid: String } = "check-uid-twice",
    /// A line that is not "n id".
    UidlBadLine { line: String } = "check-uidl-bad-line",
    /// As many ids as listed messages, or not.
    UidCount { ids: usize, listed: usize } = "check-uid-count",
    /// Good ids.
    UidlGood { count: usize } = "check-uidl-good",
    /// Nothing to compare with.
    UidlNoFirst = "check-uidl-no-first",
    /// The same ids again.
    UidlSame { count: usize } = "check-uidl-same",
    /// Ids changed (the changes follow).
    UidlChanged = "check-uidl-changed",
    /// A message's id changed.
    UidChanged { msg: u32, first: String, then: String } = "check-uid-changed",
    /// A message's id disappeared.
    UidGone { msg: u32, first: String } = "check-uid-gone",

    // --- bad-arguments (RFC 1939 §5, §7) ---
    /// Every bad argument got -ERR.
    BadArgsRefused { commands: String } = "check-bad-args-refused",
    /// A message number that does not exist got +OK.
    BadArgsNoSuchMessage { command: String, reply: String } = "check-bad-args-no-such-message",
    /// An extra argument was ignored.
    BadArgsExtraIgnored { command: String, reply: String } = "check-bad-args-extra-ignored",
    /// NOOP failed after the refusals.
    BadArgsNoopFailed { reply: String } = "check-bad-args-noop-failed",

    // --- top (RFC 1939 §7) ---
    /// No header fields.
    TopNoHeaders { lines: usize } = "check-top-no-headers",
    /// The headers and the blank line.
    TopHeadersOnly { headers: usize } = "check-top-headers-only",
    /// The headers without the blank line.
    TopNoBlank { headers: usize } = "check-top-no-blank",
    /// Body lines though none were asked for.
    TopBody { lines: usize } = "check-top-body",

    // --- top-stuffing (RFC 1939 §3) ---
    /// No message fetched has a line beginning with ".".
    TopStuffingNoDot = "check-top-stuffing-no-dot",
    /// TOP byte-stuffed the line.
    TopStuffed { msg: u32, lines: u32, line: usize } = "check-top-stuffed",
    /// TOP did not byte-stuff the line.
    TopNotStuffed { msg: u32, lines: u32, line: usize } = "check-top-not-stuffed",

    // --- pipelining (RFC 2449 §6.6) ---
    /// CAPA not asked in this session.
    PipeliningNotAsked = "check-pipelining-not-asked",
    /// The replies came in order.
    PipeliningInOrder = "check-pipelining-in-order",
    /// Replies out of order or wrong (they follow).
    PipeliningWrong = "check-pipelining-wrong",

    // --- retr (RFC 1939 §5) ---
    /// Every message is too large to fetch.
    EveryMessageTooLarge { limit: u64 } = "check-every-message-too-large",
    /// Nothing was fetched.
    NothingRetrieved = "check-nothing-retrieved",
    /// A message as large as listed.
    RetrAsListed { msg: u32, octets: u64 } = "check-retr-as-listed",
    /// A message of another size than listed.
    RetrSizeDiffers { msg: u32, listed: u64, arrived: usize } = "check-retr-size-differs",
    /// A message (not listed).
    RetrOctets { msg: u32, octets: usize } = "check-retr-octets",
    /// RETR failed.
    RetrFailed { msg: u32, reply: String } = "check-retr-failed",

    // --- line-format (RFC 1939 §3, RFC 2449 §4) ---
    /// Every line was fine.
    LineFormatGood = "check-line-format-good",
    /// The reply to a command (what is wrong with it follows).
    InReplyTo { command: String } = "check-in-reply-to",
    /// The greeting (what is wrong with it follows).
    InGreeting = "check-in-greeting",
    /// After a body shorter than listed (what follows it comes next).
    AfterShortBody { command: String } = "check-after-short-body",
    /// Lines ending in LF alone.
    BareLf { lines: usize } = "check-bare-lf",
    /// Overlong lines.
    LongLines { count: usize, limit: usize, longest: usize } = "check-long-lines",
    /// Unstuffed dots.
    UnstuffedDot { count: usize, first: usize } = "check-unstuffed-dot",
    /// +ok or -err.
    LowercaseStatus = "check-lowercase-status",
    /// Overlong lines dropped.
    DroppedLines { count: usize } = "check-dropped-lines",
    /// A SASL challenge that was a bare "+".
    PlusNoSpace = "check-plus-no-space",
    /// A body shorter or longer than listed.
    SizeMismatch { listed: u64, arrived: usize } = "check-size-mismatch",
    /// A line after a short body that is not a reply: probably an unstuffed ".".
    UnstuffedSuspect { line: String } = "check-unstuffed-suspect",

    // --- reply-syntax (RFC 1939 §3) ---
    /// Every reply was fine.
    ReplySyntaxGood = "check-reply-syntax-good",
    /// Malformed lines (they follow).
    MalformedLines { count: usize } = "check-malformed-lines",
    /// A reply no command asked for, seen `times` times.
    OddUnsolicited { reply: String, times: usize } = "check-odd-unsolicited",
    /// A line that is not a reply, seen `times` times.
    OddNotAReply { line: String, times: usize } = "check-odd-not-a-reply",
    /// A line over the hard limit, seen `times` times.
    OddTooLong { limit: usize, times: usize } = "check-odd-too-long",

    // --- dele-rset (RFC 1939 §5) ---
    /// DELE got -ERR.
    DeleRefused { msg: u32, reply: String } = "check-dele-refused",
    /// RETR of a deleted message got +OK.
    RetrAfterDeleOk { msg: u32 } = "check-retr-after-dele-ok",
    /// RETR of a deleted message got -ERR.
    RetrAfterDeleRefused { msg: u32, reply: String } = "check-retr-after-dele-refused",
    /// RSET got -ERR.
    RsetFailed { reply: String } = "check-rset-failed",
    /// RETR after RSET worked.
    RetrAfterRsetOk { msg: u32 } = "check-retr-after-rset-ok",
    /// RETR after RSET failed.
    RetrAfterRsetFailed { msg: u32, reply: String } = "check-retr-after-rset-failed",

    // --- unknown-command (RFC 1939 §3) ---
    /// The unknown command got +OK.
    UnknownAccepted { keyword: String, reply: String } = "check-unknown-accepted",
    /// -ERR, and NOOP works afterwards.
    UnknownRefused { keyword: String, reply: String } = "check-unknown-refused",
    /// -ERR, but NOOP fails afterwards.
    UnknownBroke { keyword: String, reply: String, noop: String } = "check-unknown-broke",

    // --- line-length (RFC 2449 §4) ---
    /// A padded line and its reply.
    LineGot { octets: usize, reply: String } = "check-line-got",
    /// NOOP worked after the long line.
    NoopAfterOk = "check-noop-after-ok",
    /// NOOP failed after the long line.
    NoopAfterFailed { reply: String } = "check-noop-after-failed",

    // --- timing ---
    /// Nothing timed.
    TimingNone = "check-timing-none",
    /// Median and longest times (they follow).
    TimingMedianMax = "check-timing-median-max",
    /// Slow commands, with their times (they follow).
    TimingSlow { limit: u64 } = "check-timing-slow",
    /// The commands that were not slow, with their times (they follow).
    TimingOthers = "check-timing-others",
    /// A command's median and longest reply time.
    TimeOf { command: String, median: u64, max: u64 } = "check-time-of",
    /// The greeting's.
    TimeOfGreeting { median: u64, max: u64 } = "check-time-of-greeting",
    /// The other commands' (refused or oversized ones).
    TimeOfOther { median: u64, max: u64 } = "check-time-of-other",
}

impl Said {
    /// Whether the sentence introduces the ones after it (a list, or what is
    /// wrong with a reply): the edge writes it with a colon after it rather
    /// than as a sentence of its own.
    pub fn leads(&self) -> bool {
        matches!(
            self,
            Said::NotSent { .. }
                | Said::LoginAcceptedBut { .. }
                | Said::UidlChanged
                | Said::PipeliningWrong
                | Said::InReplyTo { .. }
                | Said::InGreeting
                | Said::AfterShortBody { .. }
                | Said::MalformedLines { .. }
                | Said::TimingMedianMax
                | Said::TimingSlow { .. }
                | Said::TimingOthers
        )
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::annotate::{Arg, Say};

    #[test]
    fn check_ids_are_unique_prefixed_and_apart_from_the_core() {
        let mut seen = std::collections::HashSet::new();
        for id in Said::IDS {
            assert!(seen.insert(id), "{id} twice");
            assert!(id.starts_with("check-"), "{id}");
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
            assert!(!Say::IDS.contains(id), "{id} is also the core's");
        }
    }

    #[test]
    fn check_parts_round_trip() {
        let said = Said::StatListDisagree {
            count: 2,
            octets: 320,
            listed: 3,
            total: 400,
        };
        let args: BTreeMap<String, Arg> = said
            .args()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        assert_eq!(Said::from_parts(said.id(), &args), Some(said));
        assert_eq!(
            Said::arg_names("check-command-got"),
            Some(&["command", "reply"][..])
        );
        assert_eq!(
            Said::from_parts("check-codes-none", &BTreeMap::new()),
            Some(Said::CodesNone)
        );
    }
}
