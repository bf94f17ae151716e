//! The vocabulary of explanations: every sentence the core can say about a
//! session, as a typed message id with its arguments.
//!
//! The core never writes words. It produces a [`Say`], and the edge (the app's
//! catalogs, one per language) turns it into a sentence. Each variant maps to one
//! catalog message id ([`Say::id`]) and named arguments ([`Say::args`]); a saved
//! session stores exactly those and reads them back with [`Say::from_parts`].

use crate::says::says;

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    /// A number, which may select a plural form.
    Num(u64),
    /// Text that is shown as it is: a protocol word, a name, what the server sent.
    Text(String),
}

impl Arg {
    /// The argument as text (numbers in decimal).
    pub fn to_text(&self) -> String {
        match self {
            Arg::Num(n) => n.to_string(),
            Arg::Text(t) => t.clone(),
        }
    }
}

/// A field type that can be a message argument.
pub trait ArgValue: Sized {
    /// The argument.
    fn to_arg(&self) -> Arg;
    /// The field back from an argument, if it has the right type.
    fn from_arg(arg: &Arg) -> Option<Self>;
}

impl ArgValue for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
    fn from_arg(arg: &Arg) -> Option<Self> {
        Some(arg.to_text())
    }
}

macro_rules! numeric_arg {
    ($($t:ty),*) => {$(
        impl ArgValue for $t {
            fn to_arg(&self) -> Arg {
                Arg::Num(*self as u64)
            }
            fn from_arg(arg: &Arg) -> Option<Self> {
                match arg {
                    Arg::Num(n) => <$t>::try_from(*n).ok(),
                    Arg::Text(t) => t.parse().ok(),
                }
            }
        }
    )*};
}
numeric_arg!(u16, u32, u64, usize);

says! {
    /// Something the core says about a session: a message id and its arguments.
    pub enum Say;

    // --- What a command asks for (RFC 1939, 2449, 2595, 5034, 6856) ---
    /// USER names a mailbox.
    CmdUser { name: String } = "cmd-user",
    /// PASS sends the password.
    CmdPass = "cmd-pass",
    /// APOP logs in with a digest.
    CmdApop { name: String } = "cmd-apop",
    /// QUIT ends the session.
    CmdQuit = "cmd-quit",
    /// STAT.
    CmdStat = "cmd-stat",
    /// LIST with no argument.
    CmdListAll = "cmd-list-all",
    /// LIST n.
    CmdListOne { msg: u32 } = "cmd-list-one",
    /// RETR n.
    CmdRetr { msg: u32 } = "cmd-retr",
    /// DELE n.
    CmdDele { msg: u32 } = "cmd-dele",
    /// NOOP.
    CmdNoop = "cmd-noop",
    /// RSET.
    CmdRset = "cmd-rset",
    /// TOP n lines.
    CmdTop { msg: u32, lines: u32 } = "cmd-top",
    /// UIDL with no argument.
    CmdUidlAll = "cmd-uidl-all",
    /// UIDL n.
    CmdUidlOne { msg: u32 } = "cmd-uidl-one",
    /// LAST.
    CmdLast = "cmd-last",
    /// CAPA.
    CmdCapa = "cmd-capa",
    /// STLS.
    CmdStls = "cmd-stls",
    /// AUTH with a mechanism.
    CmdAuth { mechanism: String } = "cmd-auth",
    /// AUTH with a mechanism and an initial response.
    CmdAuthInitial { mechanism: String } = "cmd-auth-initial",
    /// AUTH with no mechanism.
    CmdAuthBare = "cmd-auth-bare",
    /// UTF8.
    CmdUtf8 = "cmd-utf8",
    /// LANG with no argument.
    CmdLangList = "cmd-lang-list",
    /// LANG tag.
    CmdLangSet { tag: String } = "cmd-lang-set",
    /// A keyword the client does not know.
    CmdUnknown { keyword: String } = "cmd-unknown",
    /// A known command with arguments that do not fit it.
    CmdBadArguments { keyword: String } = "cmd-bad-arguments",
    /// A SASL response line typed or replayed.
    SaslResponse = "sasl-response",
    /// An empty SASL response line.
    SaslEmptyResponse = "sasl-empty-response",
    /// "*" cancels an AUTH exchange.
    SaslCancel = "sasl-cancel",
    /// The initial response sent after an empty challenge.
    SaslDeferredInitial = "sasl-deferred-initial",

    // --- The client's steps in a SASL exchange (RFC 4422, RFC 5034 §4) ---
    // User names and authorization identities are escaped (`escape_debug`);
    // passwords and tokens never appear.
    /// Nothing sent yet.
    SaslNothing { mechanism: String } = "sasl-nothing",
    /// PLAIN's initial response, with an empty authorization identity.
    SaslInitialPlain { username: String } = "sasl-initial-plain",
    /// PLAIN's initial response, with an authorization identity.
    SaslInitialPlainAuthzid { authzid: String, username: String } = "sasl-initial-plain-authzid",
    /// XOAUTH2's initial response.
    SaslInitialXoauth2 { username: String } = "sasl-initial-xoauth2",
    /// OAUTHBEARER's initial response.
    SaslInitialOauthbearer = "sasl-initial-oauthbearer",
    /// SCRAM's client-first-message.
    SaslInitialScram = "sasl-initial-scram",
    /// PLAIN's initial response after an empty challenge, no authorization identity.
    SaslInitialPlainAfterEmpty { username: String } = "sasl-initial-plain-after-empty",
    /// PLAIN's initial response after an empty challenge, with an authorization identity.
    SaslInitialPlainAuthzidAfterEmpty { authzid: String, username: String } =
        "sasl-initial-plain-authzid-after-empty",
    /// XOAUTH2's initial response after an empty challenge.
    SaslInitialXoauth2AfterEmpty { username: String } = "sasl-initial-xoauth2-after-empty",
    /// OAUTHBEARER's initial response after an empty challenge.
    SaslInitialOauthbearerAfterEmpty = "sasl-initial-oauthbearer-after-empty",
    /// SCRAM's client-first-message after an empty challenge.
    SaslInitialScramAfterEmpty = "sasl-initial-scram-after-empty",
    /// LOGIN: the username, in answer to the first challenge.
    SaslLoginUsername { username: String } = "sasl-login-username",
    /// LOGIN: the password, in answer to the second challenge.
    SaslLoginPassword = "sasl-login-password",
    /// CRAM-MD5: the username and the keyed digest of the challenge.
    SaslCramMd5Answer { username: String } = "sasl-cram-md5-answer",
    /// XOAUTH2: an empty response acknowledges the server's error challenge.
    SaslXoauth2ErrorAck = "sasl-xoauth2-error-ack",
    /// OAUTHBEARER: ^A acknowledges the server's error challenge.
    SaslOauthbearerErrorAck = "sasl-oauthbearer-error-ack",
    /// SCRAM's client-final-message, with the server's iteration count.
    SaslScramFinal { iterations: u32 } = "sasl-scram-final",
    /// SCRAM's server-final-message verified.
    SaslScramVerified = "sasl-scram-verified",
    /// The exchange stopped on the client's side.
    SaslStopped { mechanism: String, error: String } = "sasl-stopped",

    // --- Remarks on commands ---
    /// An unknown command.
    NoteUnknownCommand = "note-unknown-command",
    /// How the command is written.
    NoteBadArguments { usage: String } = "note-bad-arguments",
    /// +OK to a command with arguments the RFC does not allow.
    NoteBadArgumentsAccepted = "note-bad-arguments-accepted",
    /// PASS sent inside TLS.
    NotePassInTls = "note-pass-in-tls",
    /// A keyword longer than four characters.
    NoteKeywordLength = "note-keyword-length",
    /// An argument longer than 40 characters.
    NoteArgumentLength = "note-argument-length",
    /// A command line longer than 255 octets.
    NoteCommandLineLength = "note-command-line-length",
    /// LAST is obsolete.
    NoteLastRemoved = "note-last-removed",
    /// The password goes out without TLS.
    NotePassInClear = "note-pass-in-clear",
    /// The command needs a capability the server did not list.
    NoteCapabilityMissing { name: String } = "note-capability-missing",

    // --- The greeting ---
    /// The server refused the connection.
    GreetingRefused { text: String } = "greeting-refused",
    /// -ERR as a greeting.
    NoteGreetingErr = "note-greeting-err",
    /// The server is ready.
    GreetingReady = "greeting-ready",
    /// The greeting carries an APOP timestamp.
    NoteTimestamp { timestamp: String } = "note-timestamp",
    /// The greeting has no timestamp.
    NoteNoTimestamp = "note-no-timestamp",
    /// A continuation instead of a greeting.
    GreetingContinuation = "greeting-continuation",
    /// The greeting must be +OK.
    NoteGreetingMustBeOk = "note-greeting-must-be-ok",

    // --- Replies ---
    /// A reply with no command waiting.
    ReplyUnsolicited = "reply-unsolicited",
    /// The remark on an unsolicited reply.
    NoteUnsolicited = "note-unsolicited",
    /// -ERR to a command.
    ReplyFailed { keyword: String, text: String } = "reply-failed",
    /// A refused login.
    NoteLoginRefused = "note-login-refused",
    /// -ERR to PASS, APOP or AUTH, with no text.
    ReplyLoginFailed = "reply-login-failed",
    /// -ERR to PASS, APOP or AUTH, with the server's text.
    ReplyLoginFailedText { text: String } = "reply-login-failed-text",
    /// -ERR to an unknown command.
    ReplyUnknownCommand = "reply-unknown-command",
    /// -ERR to a known command with bad arguments.
    ReplyBadArguments = "reply-bad-arguments",
    /// +OK to a known command with bad arguments.
    ReplyBadArgumentsAccepted { keyword: String } = "reply-bad-arguments-accepted",
    /// +OK to QUIT before login: no UPDATE state.
    ReplyQuitNoUpdate = "reply-quit-no-update",
    /// +OK to USER.
    ReplyUser { name: String } = "reply-user",
    /// +OK to PASS or APOP.
    ReplyLoggedIn { text: String } = "reply-logged-in",
    /// +OK to AUTH.
    ReplyAuth { mechanism: String } = "reply-auth",
    /// The mechanisms listed by a bare AUTH.
    ReplyAuthMechanisms { list: String } = "reply-auth-mechanisms",
    /// +OK to QUIT.
    ReplyQuit = "reply-quit",
    /// +OK to STAT.
    ReplyStat { count: u32, octets: u64 } = "reply-stat",
    /// A STAT reply that is not "+OK nn mm".
    ReplyStatOdd { text: String } = "reply-stat-odd",
    /// The form of a STAT reply.
    NoteStatForm = "note-stat-form",
    /// +OK to LIST n.
    ReplyListOne { msg: u32, octets: u64 } = "reply-list-one",
    /// A LIST n reply that is not "+OK n octets".
    ReplyListOneOdd { msg: u32, text: String } = "reply-list-one-odd",
    /// The form of a LIST n reply.
    NoteListForm = "note-list-form",
    /// An empty scan listing.
    ReplyListEmpty = "reply-list-empty",
    /// A scan listing.
    ReplyListAll { count: usize, octets: u64 } = "reply-list-all",
    /// A scan listing line that is not "msg octets".
    NoteScanLine { line: String } = "note-scan-line",
    /// A message from RETR.
    ReplyRetr { msg: u32, octets: usize } = "reply-retr",
    /// Headers and lines from TOP.
    ReplyTop { msg: u32, octets: usize } = "reply-top",
    /// The size the RETR +OK line announced.
    NoteRetrAnnounced { octets: u64 } = "note-retr-announced",
    /// A RETR +OK line with no size.
    NoteRetrNoSize = "note-retr-no-size",
    /// +OK to DELE.
    ReplyDele { msg: u32 } = "reply-dele",
    /// +OK to NOOP.
    ReplyNoop = "reply-noop",
    /// +OK to RSET.
    ReplyRset = "reply-rset",
    /// +OK to RSET with text.
    ReplyRsetText { text: String } = "reply-rset-text",
    /// +OK to UIDL n.
    ReplyUidlOne { msg: u32, text: String } = "reply-uidl-one",
    /// The form of a UIDL n reply.
    NoteUidlForm = "note-uidl-form",
    /// A unique-id listing.
    ReplyUidlAll { count: usize } = "reply-uidl-all",
    /// A unique id used twice.
    NoteUidTwice { uid: String } = "note-uid-twice",
    /// A unique-id listing line that is not "msg unique-id".
    NoteUidlLine { line: String } = "note-uidl-line",
    /// A unique id of the wrong length.
    NoteUidLength { length: usize } = "note-uid-length",
    /// A unique id with characters outside 0x21..0x7E.
    NoteUidChars { uid: String } = "note-uid-chars",
    /// +OK to LAST.
    ReplyLast { text: String } = "reply-last",
    /// An empty capability list.
    ReplyCapaNone = "reply-capa-none",
    /// The capability list.
    ReplyCapa { list: String } = "reply-capa",
    /// +OK to STLS.
    ReplyStls = "reply-stls",
    /// +OK to UTF8.
    ReplyUtf8 = "reply-utf8",
    /// +OK to LANG.
    ReplyLangList = "reply-lang-list",
    /// +OK to LANG tag.
    ReplyLangSet { tag: String } = "reply-lang-set",
    /// +OK to an extension command.
    ReplyExtension { keyword: String } = "reply-extension",
    /// Not a standard command.
    NoteNotStandard = "note-not-standard",

    // --- Capabilities (RFC 2449 §6) ---
    /// TOP.
    CapTop = "cap-top",
    /// USER.
    CapUser = "cap-user",
    /// SASL mechanisms.
    CapSasl { list: String } = "cap-sasl",
    /// RESP-CODES.
    CapRespCodes = "cap-resp-codes",
    /// LOGIN-DELAY.
    CapLoginDelay { seconds: u64 } = "cap-login-delay",
    /// PIPELINING.
    CapPipelining = "cap-pipelining",
    /// EXPIRE NEVER.
    CapExpireNever = "cap-expire-never",
    /// EXPIRE n.
    CapExpire { days: u64 } = "cap-expire",
    /// UIDL.
    CapUidl = "cap-uidl",
    /// IMPLEMENTATION.
    CapImplementation { text: String } = "cap-implementation",
    /// STLS.
    CapStls = "cap-stls",
    /// AUTH-RESP-CODE.
    CapAuthRespCode = "cap-auth-resp-code",
    /// UTF8.
    CapUtf8 = "cap-utf8",
    /// LANG.
    CapLang = "cap-lang",

    // --- Response codes (RFC 2449 §8, 3206, 6856) ---
    /// [IN-USE].
    CodeInUse = "code-in-use",
    /// [LOGIN-DELAY].
    CodeLoginDelay = "code-login-delay",
    /// [SYS/TEMP].
    CodeSysTemp = "code-sys-temp",
    /// [SYS/PERM].
    CodeSysPerm = "code-sys-perm",
    /// [AUTH].
    CodeAuth = "code-auth",
    /// [UTF8].
    CodeUtf8 = "code-utf8",
    /// An unknown code.
    CodeOther { code: String } = "code-other",

    // --- What the decoder tolerated or refused ---
    /// Lines ended in LF alone.
    NoteBareLf { lines: usize } = "note-bare-lf",
    /// Overlong lines.
    NoteLongLines { count: usize, limit: usize, longest: usize } = "note-long-lines",
    /// Lines that began with an unstuffed ".".
    NoteUnstuffedDot { count: usize, first: usize } = "note-unstuffed-dot",
    /// A status indicator in lower case.
    NoteLowercaseStatus = "note-lowercase-status",
    /// Overlong lines that were dropped.
    NoteDroppedLines { count: usize } = "note-dropped-lines",
    /// A bare "+" with no space after it.
    NotePlusNoSpace = "note-plus-no-space",
    /// Bytes that are not a reply.
    MalformedStatus { line: String } = "malformed-status",
    /// The remark on bytes that are not a reply.
    NoteStatusIndicator = "note-status-indicator",
    /// A line over the hard limit.
    MalformedLineTooLong { limit: usize } = "malformed-line-too-long",
    /// The remark on a dropped line.
    NoteLineDropped { limit: usize } = "note-line-dropped",
    /// The remark on a dropped body line.
    NoteBodyLineDropped { limit: usize } = "note-body-line-dropped",

    // --- What the client noticed across the session ---
    /// Bytes in clear after +OK to STLS.
    StlsLeftover { bytes: usize } = "stls-leftover",
    /// Why those bytes matter.
    NoteStlsInjection = "note-stls-injection",
    /// A SASL challenge in a replayed exchange.
    SaslChallengeReplayed = "sasl-challenge-replayed",
    /// A "+" line outside an AUTH exchange.
    PlusUnexpected = "plus-unexpected",
    /// Why a "+" line is out of place.
    NotePlusOutsideAuth = "note-plus-outside-auth",
    /// A SASL challenge.
    SaslChallenge { mechanism: String } = "sasl-challenge",
    /// A challenge that is not base64.
    NoteChallengeBase64 = "note-challenge-base64",
    /// The decoded challenge.
    NoteChallengeDecoded { text: String } = "note-challenge-decoded",
    /// The client stopped a SASL exchange.
    SaslCancelled { error: String } = "sasl-cancelled",
    /// A SASL error.
    NoteSaslError { error: String } = "note-sasl-error",
    /// The server accepted a login the client could not verify.
    SaslUnverified { error: String } = "sasl-unverified",
    /// RETR's size differs from LIST's.
    NoteRetrSizeMismatch { listed: u64, arrived: usize } = "note-retr-size-mismatch",
    /// A message larger than the whole maildrop as STAT gave it.
    NoteRetrOverTotal { arrived: usize, total: u64 } = "note-retr-over-total",
    /// An imported log put a placeholder where the message was.
    NoteBodyLeftOut = "note-body-left-out",
    /// The sizes of a scan listing do not add up to STAT's total.
    NoteListTotalMismatch { listed: u64, total: u64 } = "note-list-total-mismatch",
    /// A listing line for a message number past the end of the maildrop.
    NoteListingBeyond { msg: u32, count: u32 } = "note-listing-beyond",
    /// Messages of the maildrop that a listing leaves out (`first` to `last`).
    NoteListingMissing { first: u32, last: u32, count: u32 } = "note-listing-missing",
    /// The server served a deleted message.
    NoteDeletedServed { msg: u32 } = "note-deleted-served",
    /// A response code though RESP-CODES was not advertised.
    NoteCodeUnadvertised = "note-code-unadvertised",
    /// A unique id changed within the session.
    NoteUidChanged { msg: u32, old: String, new: String } = "note-uid-changed",

    // --- Why a command cannot be sent now ---
    /// TLS is being negotiated.
    RefuseTlsPending = "refuse-tls-pending",
    /// An AUTH exchange is running.
    RefuseSaslPending = "refuse-sasl-pending",
    /// No greeting yet.
    RefuseNoGreeting = "refuse-no-greeting",
    /// The session is closed.
    RefuseClosed = "refuse-closed",
    /// QUIT was sent.
    RefuseUpdate = "refuse-update",
    /// PASS without an accepted USER.
    RefusePassWithoutUser = "refuse-pass-without-user",
    /// APOP without a timestamp.
    RefuseNoApop = "refuse-no-apop",
    /// STLS with TLS already on.
    RefuseTlsActive = "refuse-tls-active",
    /// An unknown command.
    RefuseUnknown { keyword: String } = "refuse-unknown",
    /// A known command whose arguments do not fit.
    RefuseBadArguments { keyword: String, usage: String } = "refuse-bad-arguments",
    /// A TRANSACTION command before login.
    RefuseTransactionOnly { keyword: String } = "refuse-transaction-only",
    /// An AUTHORIZATION command after login.
    RefuseAuthorizationOnly { keyword: String } = "refuse-authorization-only",
    /// A message marked as deleted.
    RefuseDeleted { msg: u32 } = "refuse-deleted",
    /// A message number past the end.
    RefuseBeyond { count: u32 } = "refuse-beyond",
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn ids_are_unique_and_fluent_identifiers() {
        let mut seen = std::collections::HashSet::new();
        for id in Say::IDS {
            assert!(seen.insert(id), "{id} twice");
            assert!(id.chars().next().is_some_and(|c| c.is_ascii_lowercase()));
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
        }
    }

    #[test]
    fn parts_round_trip() {
        let say = Say::NoteUidChanged {
            msg: 3,
            old: "a".into(),
            new: "b".into(),
        };
        let args: BTreeMap<String, Arg> = say
            .args()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        assert_eq!(Say::from_parts(say.id(), &args), Some(say));
        assert_eq!(Say::arg_names("reply-stat"), Some(&["count", "octets"][..]));
        assert_eq!(Say::from_parts("reply-stat", &BTreeMap::new()), None);
        assert_eq!(
            Say::from_parts("cmd-stat", &BTreeMap::new()),
            Some(Say::CmdStat)
        );
    }
}
