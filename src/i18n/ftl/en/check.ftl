# English: the server check report (pop3::check::Said) and its panel.
# Protocol words (CAPA, +OK, [IN-USE], …), what the server sent, commands and
# RFC references stay as they are in every language. Replies are quoted as the
# server sent them ({ $reply }: "+OK [CODE] text").

## What each probe checks: the titles of the report's lines

check-probe-greeting = Greeting
check-probe-capa = CAPA
check-probe-stls = STLS
check-probe-stls-after-tls = STLS and CAPA under TLS
check-probe-login = Login with USER/PASS
check-probe-bad-pass = Wrong passwords refused
check-probe-apop = Login with APOP
check-probe-sasl = SASL
check-probe-sasl-mechanism = SASL { $name }
check-probe-auth-injection = CR LF inside an AUTH PLAIN identity
check-probe-resp-codes = Response codes
check-probe-stat-list = STAT and LIST agree
check-probe-uidl = UIDL unique ids
check-probe-uidl-stable = UIDL stable across sessions
check-probe-bad-arguments = LIST and UIDL refuse bad arguments
check-probe-top = TOP 1 0
check-probe-top-stuffing = Dot-stuffing in TOP
check-probe-pipelining = PIPELINING
check-probe-retr = RETR
check-probe-line-format = Line endings and dot-stuffing
check-probe-reply-syntax = Reply syntax
check-probe-dele-rset = DELE, RETR refused, RSET restores
check-probe-unknown-command = Unknown command
check-probe-line-length = Command line length
check-probe-timing = Response times
check-probe-quit = QUIT
check-probe-relogin = Login again in a new session
check-probe-not-run = Remaining probes

## Sessions: connections, timeouts, probes that could not run

check-connect-failed = could not connect: { $reason }
check-closed-waiting = the server closed the connection while waiting for the reply to { $command }
check-closed-waiting-long = the server closed the connection while waiting for the reply to a { $octets }-octet { $command } line
check-closed-before-greeting = the server closed the connection before the greeting
check-partial-body = { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} of the body had arrived
check-link-reason = the connection reported: { $reason }
check-no-reply = no reply to { $command } within { $seconds } s
check-no-reply-long = no reply to a { $octets }-octet { $command } line within { $seconds } s
check-no-greeting = no greeting within { $seconds } s
check-not-sent = could not send { $command }
check-not-run-no-connection = not run: the connection could not be opened
check-not-run-no-session = not run: a session could not be opened
check-not-run-too-many-sessions = not run: too many sessions (the server kept dropping the connection)
check-not-run-greeting-refused = not run: the server refused the connection
check-not-run-login-refused = not run: login refused ({ $reply })
check-not-run-stls-refused = not run: STLS was refused
check-not-advertised = not advertised in CAPA
check-command-got = { $command } got { $reply }
check-advertised-but = { $command } is advertised but { $reply }
check-and-more = and { $count } more

## greeting

check-greeting-err = the server greeted with -ERR: { $text }
check-greeting-no-text = +OK with no text
check-greeting-timestamp = +OK with text and a well-formed APOP timestamp { $timestamp }
check-greeting-bad-timestamp = +OK with text; it has <...> that is not a valid APOP timestamp (<local@domain>)
check-greeting-no-timestamp = +OK with text (no APOP timestamp)
check-apop-not-offered = no timestamp in the greeting: APOP not offered

## capa

check-capa-not-supported = CAPA not supported ({ $reply }); probing the basics only
check-capa-listed = { $count ->
    [one] { $count } capability
   *[other] { $count } capabilities
}: { $names }
check-capa-malformed = malformed capability lines: { $lines }

## stls

check-stls-upgraded = the connection was upgraded with STLS
check-stls-refused = STLS refused: { $reply }
check-stls-implicit = TLS from the first byte: STLS does not apply
check-stls-offered = offered on this plain connection (not used by the check)
check-stls-not-offered = not offered on a plain connection: passwords cross the network in clear

## stls-after-tls

check-stls-after-tls-plain = the check did not run under TLS; choose STLS or implicit TLS to check this
check-stls-again-refused = STLS again, under TLS, got { $reply }
check-stls-again-accepted = STLS again, under TLS, got { $reply }: that asks for a second handshake inside the first; the connection was dropped
check-capa-tls-no-stls = CAPA under TLS no longer lists STLS
check-capa-tls-still-stls = CAPA under TLS still lists STLS, which invites a client to send it again

## login, apop, sasl

check-login-accepted = accepted: { $reply }
check-login-accepted-but = accepted ({ $reply }), but the client found problems
check-login-refused = login refused: { $reply }
check-login-refused-in-use = login refused: { $reply } — [IN-USE]: the maildrop is locked by another session
check-login-refused-login-delay = login refused: { $reply } — [LOGIN-DELAY]: logged in too recently
check-login-refused-auth = login refused: { $reply } — [AUTH]: wrong user name or password
check-login-refused-sys-temp = login refused: { $reply } — [SYS/TEMP]: a temporary server problem
check-login-refused-sys-perm = login refused: { $reply } — [SYS/PERM]: a permanent server problem
check-no-sasl = no SASL mechanisms advertised
check-needs-token = needs an OAuth token, not a password
check-mechanism-unknown = a mechanism this client does not run

## bad-pass

check-bad-pass-refused = { $count ->
    [one] { $count } wrong password got -ERR
   *[other] { $count } wrong passwords each got -ERR
}
check-bad-pass-codes = response codes: { $codes }
check-bad-pass-accepted = wrong password number { $attempt } got { $reply }: the server let a wrong password in
check-bad-pass-closed = then the server closed the connection after { $after ->
    [one] { $after } wrong password
   *[other] { $after } wrong passwords
}, a clean way to refuse more
check-bad-pass-then-accepted = then the right password, in the same session, was accepted
check-bad-pass-then-refused = then the right password, in the same session, got { $reply }: the session did not stay usable

## auth-injection

check-injection-one-reply = one reply, { $reply }, and no login
check-injection-logged-in = the forged identity logged in: { $reply }
check-injection-extra-lines = { $count ->
    [one] { $count } more reply line
   *[other] { $count } more reply lines
} came from the identity itself: { $lines }

## resp-codes

check-codes-malformed = malformed codes: { $codes }
check-codes-unadvertised = codes sent though RESP-CODES is not advertised: { $codes }
check-codes-none = advertised; no reply carried a code in this check
check-codes-seen = well-formed codes seen: { $codes }
check-codes-not-advertised = not advertised, and no codes seen

## stat-list

check-list-bad-lines = LIST lines that are not "n size": { $lines }
check-stat-odd = STAT's reply is not "+OK count size": { $reply }
check-stat-list-agree = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets } octets; LIST sizes add up
check-stat-list-disagree = STAT says { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets } octets; LIST lists { $listed } adding up to { $total }
check-maildrop-empty = the maildrop is empty
check-no-message-list = no message list (STAT and LIST did not answer)

## uidl, uidl-stable

check-uid-chars = message { $msg }: id has characters outside 0x21-0x7E
check-uid-length = message { $msg }: id is { $length ->
    [one] { $length } character
   *[other] { $length } characters
} long (1-70 allowed)
check-uid-twice = message { $msg }: id "{ $uid }" is not unique
check-uidl-bad-line = a line that is not "n id": "{ $line }"
check-uid-count = { $ids ->
    [one] { $ids } id
   *[other] { $ids } ids
} for { $listed ->
    [one] { $listed } listed message
   *[other] { $listed } listed messages
}
check-uidl-good = { $count ->
    [one] { $count } id
   *[other] { $count } ids
}, unique, 1-70 characters of 0x21-0x7E
check-uidl-no-first = no ids from the first session to compare
check-uidl-same = the same { $count ->
    [one] id
   *[other] { $count } ids
} in a second session
check-uidl-changed = ids changed between sessions
check-uid-changed = message { $msg }: "{ $first }" then "{ $then }"
check-uid-gone = message { $msg }: "{ $first }" then none

## bad-arguments

check-bad-args-refused = each got -ERR: { $commands }
check-bad-args-no-such-message = { $command } got { $reply }: there is no such message, so the reply must be -ERR
check-bad-args-extra-ignored = { $command } got { $reply }: the extra argument was ignored
check-bad-args-noop-failed = NOOP afterwards got { $reply }: the session did not survive

## top

check-top-no-headers = { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}, but no header fields
check-top-headers-only = { $headers ->
    [one] { $headers } header line
   *[other] { $headers } header lines
} and the blank line, no body lines
check-top-no-blank = { $headers ->
    [one] { $headers } header line
   *[other] { $headers } header lines
} but not the blank line that ends them
check-top-body = { $lines ->
    [one] { $lines } body line
   *[other] { $lines } body lines
} after the headers, though 0 were asked for

## top-stuffing

check-top-stuffing-no-dot = could not tell: no message fetched with RETR has a line that begins with "."
check-top-stuffed = TOP { $msg } { $lines }: line { $line }, which begins with ".", came back byte-stuffed, as in RETR
check-top-not-stuffed = TOP { $msg } { $lines }: line { $line }, which begins with ".", was not byte-stuffed

## pipelining

check-pipelining-not-asked = CAPA was not asked in this session (it was reopened)
check-pipelining-in-order = STAT, LIST and NOOP sent in one write; the replies came back in order
check-pipelining-wrong = replies out of order or wrong

## retr

check-every-message-too-large = every message is larger than { $limit } octets
check-nothing-retrieved = nothing retrieved
check-retr-as-listed = { $msg }: { $octets } octets as listed
check-retr-size-differs = { $msg }: LIST said { $listed } octets but { $arrived } arrived
check-retr-octets = { $msg }: { $octets } octets
check-retr-failed = { $msg }: { $reply }

## line-format

check-line-format-good = every reply ended in CRLF, bodies were byte-stuffed, lines within limits
check-in-reply-to = the reply to { $command }
check-in-greeting = the greeting
check-after-short-body = after the short body of { $command }
check-bare-lf = { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
} ended in LF alone; POP3 lines end in CRLF
check-long-lines = { $count ->
    [one] { $count } line
   *[other] { $count } lines
} longer than { $limit } octets (longest { $longest })
check-unstuffed-dot = { $count ->
    [one] { $count } line
   *[other] { $count } lines
} began with a single "." (first: line { $first }): the server did not byte-stuff
check-lowercase-status = the status indicator is not in upper case (+OK / -ERR)
check-plus-no-space = a SASL challenge was a bare "+"; a continuation is "+" and a space, even when the challenge is empty
check-dropped-lines = { $count ->
    [one] { $count } over-long line
   *[other] { $count } over-long lines
} dropped
check-size-mismatch = LIST said { $listed } octets but { $arrived } arrived
check-unstuffed-suspect = "{ $line }" is not a reply: the body probably held a line "." that was not stuffed

## reply-syntax

check-reply-syntax-good = every reply began with +OK or -ERR
check-malformed-lines = { $count ->
    [one] { $count } malformed line
   *[other] { $count } malformed lines
}
check-odd-unsolicited = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}an unsolicited reply "{ $reply }"
check-odd-not-a-reply = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}not a POP3 reply (it must begin with +OK or -ERR): "{ $line }"
check-odd-too-long = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}a line longer than { $limit } octets was refused

## dele-rset

check-dele-refused = DELE { $msg } was refused: { $reply }
check-retr-after-dele-ok = RETR { $msg } after DELE { $msg } got +OK: a deleted message must be refused
check-retr-after-dele-refused = RETR { $msg } after DELE refused ({ $reply })
check-rset-failed = RSET got { $reply }; the connection was dropped without QUIT so nothing is deleted
check-retr-after-rset-ok = RETR { $msg } after RSET works again
check-retr-after-rset-failed = RETR { $msg } after RSET got { $reply }

## unknown-command

check-unknown-accepted = { $keyword } got { $reply } instead of -ERR
check-unknown-refused = { $keyword } got "{ $reply }"; NOOP afterwards got +OK
check-unknown-broke = { $keyword } got "{ $reply }", but NOOP afterwards got { $noop }

## line-length

check-line-got = a { $octets }-octet line got "{ $reply }"
check-noop-after-ok = NOOP afterwards got +OK
check-noop-after-failed = NOOP afterwards got { $reply } (the long line may have been read as several commands)

## timing

check-timing-none = no replies timed
check-timing-median-max = median/max
check-timing-slow = slow, a median of { $limit } ms or more (median/max)
check-timing-others = the others (median/max)
check-time-of = { $command } { $median }/{ $max } ms
check-time-of-greeting = greeting { $median }/{ $max } ms
check-time-of-other = other { $median }/{ $max } ms

## The panel

ui-check-title = Server check
ui-check-intro = A report card for { $host }:{ $port } ({ $security }): greeting, CAPA, every advertised capability, dot-stuffing, STAT/LIST, DELE/RSET (always undone), limits and response times. It opens its own connections through the proxy and never deletes mail. It also tries three wrong passwords and an AUTH PLAIN login with a forged user name, which the server may log as failed logins.
ui-check-no-worker = The check could not start in this page: { $reason }.
ui-check-user = User
ui-check-password = Password
ui-check-run = Run check
ui-check-running = Checking…
ui-check-export = Export
ui-check-hide-export = Hide report text
ui-check-col-result = Result
ui-check-col-probe = Probe
ui-check-col-seen = What was seen
ui-check-col-rfc = RFC
# What the report names: the server and the user.
ui-check-server = { $host }:{ $port } as { $user }
ui-check-status-starting = Running: starting
ui-check-status-probe = Running: { $probe }
ui-check-status-waiting = Running: { $probe } (waiting for the reply to { $command })
ui-check-status-waiting-long = Running: { $probe } (waiting for the reply to a { $octets }-octet { $command } line)
ui-check-status-finished = Finished: { $pass } pass, { $warn } warn, { $fail } fail, { $skipped } skipped
# The text export: a heading, then one line per finding (the verdict is a code:
# PASS, WARN, FAIL or SKIP), followed by its RFC clause if it has one.
ui-check-report-heading = POP3 server check: { $server } ({ $pass } pass, { $warn } warn, { $fail } fail, { $skipped } skipped)
ui-check-report-line = { $verdict }  { $title }: { $detail }
# Between the sentences of a finding's detail, and after one that introduces
# the ones that follow it.
ui-check-separator = {"; "}
ui-check-lead-separator = {": "}
