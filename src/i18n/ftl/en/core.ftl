# English: what the protocol core says about each line (pop3::annotate::Say).
# Protocol words (USER, PASS, +OK, …), what the server sent and RFC references
# stay as they are in every language.

## What a command asks for

cmd-user = Names the mailbox "{ $name }"; PASS must follow
cmd-pass = Sends the password in clear text (masked here)
cmd-apop = Logs in as "{ $name }" with MD5(timestamp + secret): the secret itself never crosses the wire
cmd-quit = Ends the session; in TRANSACTION the server first applies deletions (UPDATE state)
cmd-stat = Asks for the number of messages and their total size
cmd-list-all = Asks for the size of every message (a multi-line scan listing)
cmd-list-one = Asks for the size of message { $msg }
cmd-retr = Downloads message { $msg } (a multi-line, byte-stuffed reply)
cmd-dele = Marks message { $msg } as deleted; it is removed only after QUIT
cmd-noop = Does nothing; keeps the connection alive
cmd-rset = Unmarks every message marked as deleted in this session
cmd-top = Asks for the headers of message { $msg } and the first { $lines } lines of its body
cmd-uidl-all = Asks for the unique id of every message (multi-line)
cmd-uidl-one = Asks for the unique id of message { $msg }
cmd-last = Asks for the highest message number accessed (obsolete: removed after RFC 1460)
cmd-capa = Asks which extensions the server supports
cmd-stls = Asks to upgrade this connection to TLS
cmd-auth = Starts SASL authentication with { $mechanism }
cmd-auth-initial = Starts SASL authentication with { $mechanism }, sending the first response at once (masked)
cmd-auth-bare = Bare AUTH: many servers list their SASL mechanisms (not standard; use CAPA)
cmd-utf8 = Switches the session to UTF-8 mode
cmd-lang-list = Lists the languages the server speaks
cmd-lang-set = Asks for server replies in language "{ $tag }"
cmd-unknown = "{ $keyword }" is not a command this client knows; the server should answer -ERR
cmd-bad-arguments = { $keyword } with arguments it does not take: a known command, used wrongly; the server should answer -ERR
sasl-response = A SASL response (base64, masked)
sasl-empty-response = An empty response
sasl-cancel = "*" cancels the exchange; the server must answer -ERR
sasl-deferred-initial = The initial response, sent after the empty challenge

## The client's steps in a SASL exchange

sasl-nothing = { $mechanism }: nothing sent yet: the { $mechanism } exchange starts with AUTH { $mechanism }
sasl-initial-plain = PLAIN: initial response: an empty authorization identity (act as the user who logs in), username "{ $username }" and password, separated by NUL bytes (RFC 4616 §2)
sasl-initial-plain-authzid = PLAIN: initial response: authorization identity "{ $authzid }", username "{ $username }" and password, separated by NUL bytes (RFC 4616 §2)
sasl-initial-xoauth2 = XOAUTH2: initial response: user="{ $username }" and auth=Bearer with the OAuth 2.0 token, separated by ^A bytes (Google XOAUTH2)
sasl-initial-oauthbearer = OAUTHBEARER: initial response: the GS2 header, then host, port and auth=Bearer with the OAuth 2.0 token as key=value pairs separated by ^A bytes (RFC 7628 §3.1)
sasl-initial-scram = SCRAM-SHA-256: client-first-message: username and a fresh nonce (RFC 5802 §5.1)
sasl-initial-plain-after-empty = PLAIN: initial response: an empty authorization identity (act as the user who logs in), username "{ $username }" and password, separated by NUL bytes (RFC 4616 §2), sent in answer to the server's empty challenge (RFC 4422 §5)
sasl-initial-plain-authzid-after-empty = PLAIN: initial response: authorization identity "{ $authzid }", username "{ $username }" and password, separated by NUL bytes (RFC 4616 §2), sent in answer to the server's empty challenge (RFC 4422 §5)
sasl-initial-xoauth2-after-empty = XOAUTH2: initial response: user="{ $username }" and auth=Bearer with the OAuth 2.0 token, separated by ^A bytes (Google XOAUTH2), sent in answer to the server's empty challenge (RFC 4422 §5)
sasl-initial-oauthbearer-after-empty = OAUTHBEARER: initial response: the GS2 header, then host, port and auth=Bearer with the OAuth 2.0 token as key=value pairs separated by ^A bytes (RFC 7628 §3.1), sent in answer to the server's empty challenge (RFC 4422 §5)
sasl-initial-scram-after-empty = SCRAM-SHA-256: client-first-message: username and a fresh nonce (RFC 5802 §5.1), sent in answer to the server's empty challenge (RFC 4422 §5)
sasl-login-username = LOGIN: answered the first challenge with the username "{ $username }" (draft-murchison-sasl-login §2)
sasl-login-password = LOGIN: answered the second challenge with the password (draft-murchison-sasl-login §2)
sasl-cram-md5-answer = CRAM-MD5: answered the challenge with the username "{ $username }" and the HMAC-MD5 of the challenge keyed with the password, in hex; the password itself is not sent (RFC 2195 §2)
sasl-xoauth2-error-ack = XOAUTH2: the server sent an error as a challenge; an empty response acknowledges it so the server can answer -ERR (Google XOAUTH2)
sasl-oauthbearer-error-ack = OAUTHBEARER: the server sent an error as a challenge; a single ^A byte acknowledges it so the server can fail the exchange (RFC 7628 §3.2.3)
sasl-scram-final = SCRAM-SHA-256: client-final-message: the combined nonce and a proof that the client knows the password, from PBKDF2-HMAC-SHA-256 over { $iterations ->
        [one] { $iterations } iteration
       *[other] { $iterations } iterations
    }; the password itself is not sent (RFC 5802 §5.1, RFC 7677 §3)
sasl-scram-verified = SCRAM-SHA-256: server-final-message verified: the server's signature proves it knows the password too; an empty response completes the exchange (RFC 5802 §5.1)
sasl-stopped = { $mechanism }: stopped: { $error }; the client should cancel the exchange with "*" (RFC 5034 §4)

## Remarks on commands

note-unknown-command = Unknown command
note-bad-arguments = Bad arguments: the command is written { $usage } (message numbers start at 1)
note-bad-arguments-accepted = The server accepted arguments the RFC does not allow: it should have answered -ERR
note-keyword-length = Keywords are 3 or 4 characters
note-argument-length = Arguments may be up to 40 characters long; some servers refuse longer ones
note-command-line-length = Command lines may be at most 255 octets including CRLF
note-last-removed = LAST was removed from POP3 in RFC 1725
note-pass-in-clear = The password crosses the network unencrypted: use STLS or port 995 first
note-pass-in-tls = The password travels inside TLS: it is encrypted on the wire
note-capability-missing = The server did not list { $name } in its capabilities

## The greeting

greeting-refused = The server refuses the connection: { $text }
note-greeting-err = RFC 1939 expects a +OK greeting; -ERR here usually means the server is overloaded or you are blocked
greeting-ready = The server is ready: the session is now in the AUTHORIZATION state
note-timestamp = Timestamp { $timestamp }: the server offers APOP, which hashes it with your secret
note-no-timestamp = No <timestamp> in the greeting: APOP is not available
greeting-continuation = A SASL continuation instead of a greeting
note-greeting-must-be-ok = The server must open with +OK

## Replies

reply-unsolicited = A reply nobody asked for
note-unsolicited = The server sent a reply while no command was waiting for one
reply-failed = { $keyword } failed: { $text }
note-login-refused = Login refused; the session stays in AUTHORIZATION and you may try again
reply-login-failed = Login failed; the server gave no reason
reply-login-failed-text = Login failed: { $text }
reply-unknown-command = The server does not know this command
reply-bad-arguments = The server refused the arguments, as it should
reply-bad-arguments-accepted = The server accepted { $keyword } with arguments it does not take
reply-user = Mailbox "{ $name }" accepted; now send PASS
reply-logged-in = Logged in: the maildrop is locked and the session is in TRANSACTION ({ $text })
reply-auth = SASL { $mechanism } authentication succeeded: TRANSACTION state
reply-auth-mechanisms = Mechanisms: { $list }
reply-quit = Goodbye: any messages marked as deleted are now removed
reply-quit-no-update = Goodbye: QUIT before logging in ends the session without an UPDATE state, so nothing is removed
reply-stat = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets } octets in total
reply-stat-odd = STAT answered "{ $text }"
note-stat-form = A STAT reply must be "+OK nn mm": message count, a space, total octets
reply-list-one = Message { $msg } is { $octets } octets
reply-list-one-odd = LIST { $msg } answered "{ $text }"
note-list-form = A LIST reply must be "+OK msg octets"
reply-list-empty = Scan listing: the maildrop is empty
reply-list-all = Scan listing of { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets } octets
note-scan-line = Scan listing line "{ $line }" is not "msg octets"
reply-retr = Message { $msg }: { $octets } octets after dot-unstuffing
reply-top = Headers and first lines of message { $msg }: { $octets } octets after dot-unstuffing
note-retr-announced = The server announced { $octets } octets
note-retr-no-size = The +OK line gives no size (RFC 1939 does not require one; use LIST for sizes)
reply-dele = Message { $msg } marked as deleted (removed at QUIT; RSET undoes it)
reply-noop = The server is still there
reply-rset = Deletion marks removed
reply-rset-text = Deletion marks removed ({ $text })
reply-uidl-one = Unique id of message { $msg }: { $text }
note-uidl-form = A UIDL reply must be "+OK msg unique-id"
reply-uidl-all = Unique ids of { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
note-uid-twice = Unique id "{ $uid }" is used twice
note-uidl-line = Line "{ $line }" is not "msg unique-id"
note-uid-length = Unique id of { $length } characters: they must be 1 to 70
note-uid-chars = Unique id "{ $uid }" has characters outside 0x21-0x7E
reply-last = Highest message accessed: { $text }
reply-capa-none = The server lists no capabilities
reply-capa = Capabilities: { $list }
reply-stls = Go ahead: TLS starts now on this connection; earlier capabilities are forgotten
reply-utf8 = UTF-8 mode is on
reply-lang-list = Languages the server speaks
reply-lang-set = Replies will be in "{ $tag }"
reply-extension = The server accepted "{ $keyword }", an extension
note-not-standard = Not a standard POP3 command

## Capabilities

cap-top = TOP: headers without the whole message
cap-user = USER: USER/PASS login allowed
cap-sasl = SASL: AUTH with { $list }
cap-resp-codes = RESP-CODES: -ERR replies carry [codes]
cap-login-delay = LOGIN-DELAY: wait { $seconds } s between logins
cap-pipelining = PIPELINING: commands may be sent without waiting
cap-expire-never = EXPIRE NEVER: mail is kept on the server
cap-expire = EXPIRE { $days }: mail may be deleted after { $days } days
cap-uidl = UIDL: stable unique ids
cap-implementation = IMPLEMENTATION: { $text }
cap-stls = STLS: TLS can be started on this connection
cap-auth-resp-code = AUTH-RESP-CODE: [AUTH] marks bad credentials
cap-utf8 = UTF8: UTF-8 mode available
cap-lang = LANG: replies in other languages

## Response codes

code-in-use = [IN-USE]: another session holds the maildrop lock; close it and retry
code-login-delay = [LOGIN-DELAY]: you logged in too recently; wait (see the LOGIN-DELAY capability)
code-sys-temp = [SYS/TEMP]: a temporary server problem; retrying later may work
code-sys-perm = [SYS/PERM]: a permanent server problem; retrying will not help
code-auth = [AUTH]: the credentials are wrong (not a server problem)
code-utf8 = [UTF8]: this maildrop needs UTF-8 mode
code-other = [{ $code }]: an extended response code this tool does not know

## What the decoder tolerated or refused

note-bare-lf = { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
} ended in LF alone; POP3 lines end in CRLF
note-long-lines = { $count ->
    [one] { $count } line
   *[other] { $count } lines
} longer than { $limit } octets (longest { $longest })
note-unstuffed-dot = { $count ->
    [one] { $count } line
   *[other] { $count } lines
} began with a single "." (first: line { $first }): the server did not byte-stuff, so a line "." in the message would have ended it early
note-lowercase-status = The status indicator is not in upper case (+OK / -ERR)
note-dropped-lines = { $count ->
    [one] { $count } over-long line
   *[other] { $count } over-long lines
} dropped
malformed-status = Not a POP3 reply (it must begin with +OK or -ERR): "{ $line }"
note-status-indicator = Every reply starts with a status indicator: +OK or -ERR
malformed-line-too-long = A line longer than { $limit } octets was refused
note-line-dropped = A line passed the { $limit }-octet limit this client accepts; it was dropped
note-body-line-dropped = A line in a multi-line body passed the { $limit }-octet limit this client accepts; it was dropped

## What the client noticed

stls-leftover = { $bytes } bytes arrived in clear after +OK to STLS, before TLS started; they were discarded
note-stls-injection = Nothing may follow +OK to STLS before the TLS handshake; such bytes could be an injection attack
sasl-challenge-replayed = A SASL challenge from the server
plus-unexpected = An unexpected "+" line
note-plus-outside-auth = "+ " continuations belong only to an AUTH exchange
note-plus-no-space = A continuation is "+", a space, then base64, even when the challenge is empty; this "+" has no space
sasl-challenge = { $mechanism } challenge from the server
note-challenge-base64 = The challenge is not valid base64
note-challenge-decoded = Decoded: { $text }
sasl-cancelled = Authentication cancelled: { $error }
note-sasl-error = { $error }
sasl-unverified = The server accepted the login, but: { $error }
note-retr-size-mismatch = LIST said { $listed } octets but { $arrived } arrived (LIST sizes should count CRLF line endings)
note-retr-over-total = The message is { $arrived } octets, more than the { $total } octets STAT gave for the whole maildrop
note-body-left-out = The log leaves the message out (a placeholder stands in for it, as in RFC 1939’s example), so its size cannot be checked
note-list-total-mismatch = The listed sizes add up to { $listed } octets, but STAT gave { $total } octets for the maildrop; LIST and STAT count exactly the same messages
note-listing-beyond = Message { $msg } does not exist: the maildrop holds { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
note-listing-missing = { $count ->
    [one] Message { $first } has no line
   *[other] Messages { $first }–{ $last } have no line
}; a listing has one for each message not marked as deleted
note-deleted-served = Message { $msg } is marked as deleted; the server must refuse it
note-code-unadvertised = A response code, though RESP-CODES was not advertised
note-uid-changed = Message { $msg } had unique id "{ $old }" earlier in this session, now "{ $new }"

## Why a command cannot be sent now

refuse-tls-pending = TLS is being negotiated; nothing may be sent until it completes
refuse-sasl-pending = An AUTH exchange is in progress; it must finish first
refuse-no-greeting = The server has not greeted yet; wait for its +OK
refuse-closed = The session is closed
refuse-update = QUIT was sent: the server is applying deletions and will close
refuse-pass-without-user = PASS must follow a USER command that the server accepted
refuse-no-apop = The greeting had no <timestamp>, so this server does not offer APOP
refuse-tls-active = TLS is already active on this connection
refuse-unknown = "{ $keyword }" is not a POP3 command this client knows
refuse-bad-arguments = { $keyword } does not take these arguments: it is written { $usage } (message numbers start at 1)
refuse-transaction-only = { $keyword } is only valid in the TRANSACTION state: log in first
refuse-authorization-only = { $keyword } is only valid in the AUTHORIZATION state: you are already logged in
refuse-deleted = Message { $msg } is marked as deleted (RSET unmarks it)
refuse-beyond = { $count ->
    [one] There is only { $count } message in the maildrop
   *[other] There are only { $count } messages in the maildrop
}
