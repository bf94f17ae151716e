# English: the course "Learn POP3" (lesson titles, steps, explanations, notes,
# "Do it" labels) and the course panel's own words.
#
# Text in `backquotes` is code: command lines, replies and protocol words, kept
# as they are in every language (and the backquotes with them). So are POP3
# keywords (USER, PASS, STAT, +OK, -ERR, …), RFC references (RFC 1939 §7) and
# the demo mailbox's name and password (mrose, tanstaaf).

## Steps shared by several lessons

lesson-connect-title = Connect to the demo server
lesson-connect-explain = Open a connection to the demo server ({ $route ->
        [in-page] inside this page, with no network
       *[proxy] 127.0.0.1:1110, through the proxy
    }). The server speaks first: a greeting that starts with `+OK`. The session is now in the AUTHORIZATION state.
lesson-open-session-title = Open a session
lesson-open-session-explain = Connect to the demo server and log in as `mrose` (the button does both). The commands of this lesson are valid only in the TRANSACTION state, after a login.
lesson-quit-to-log-in-again-title = QUIT
lesson-quit-to-log-in-again-explain = The demo server locks a mailbox while a session has it open (RFC 1939 §8), so end this session before logging in again.

## The greeting and the APOP timestamp

lesson-greeting-title = The greeting and the APOP timestamp
lesson-greeting-intro = A POP3 session starts when the server speaks first. Its greeting may carry a timestamp that makes a safer login possible.
lesson-greeting-timestamp-title = Find the timestamp
lesson-greeting-timestamp-explain = Look at the end of the greeting in the transcript: the text between `<` and `>` is a timestamp, unique to this connection. A server that sends one offers APOP: the client proves it knows the password by hashing the timestamp together with it.
# $timestamp (text): the timestamp of this connection's greeting, e.g. <1896.697170952@dbc.mtview.ca.us>
lesson-note-timestamp = This connection's timestamp: { $timestamp }
lesson-greeting-quit-title = Leave with QUIT
lesson-greeting-quit-explain = In the AUTHORIZATION state `QUIT` simply ends the session: no mailbox was opened, so there is no UPDATE state. The server answers `+OK` and closes the connection.

## USER/PASS vs APOP

lesson-user-pass-apop-title = USER/PASS vs APOP
lesson-user-pass-apop-intro = Two ways to log in from RFC 1939: the password itself, or a proof that you know it.
lesson-user-pass-apop-user-pass-title = Log in with USER and PASS
lesson-user-pass-apop-user-pass-explain = `USER mrose` names the mailbox, then `PASS tanstaaf` sends the password, in clear text unless the connection uses TLS. The app masks it in the transcript, but anyone on the network path could read it. After `+OK` the session is in TRANSACTION.
lesson-user-pass-apop-connect-again-title = Connect again
lesson-user-pass-apop-connect-again-explain = A new connection gets a new greeting, with a new timestamp.
lesson-user-pass-apop-apop-title = Log in with APOP
lesson-user-pass-apop-apop-explain = `APOP mrose <digest>` sends the MD5 of the greeting's timestamp followed by the password, as 32 hex digits. The password never crosses the network, and the digest cannot be replayed: every greeting has a different timestamp. (MD5 is weak today; TLS is the real protection.)
# What the reader types in place of the digest, in `APOP mrose <digest>`.
lesson-user-pass-apop-apop-placeholder = digest
# Before the login: $timestamp (text) is the greeting's timestamp, $password (text) the demo password.
lesson-note-apop-digest-to-come = The digest will be MD5("{ $timestamp }" + "{ $password }")

## STAT and LIST

lesson-stat-list-title = STAT and LIST
lesson-stat-list-intro = How many messages are there, and how big are they?
lesson-stat-list-stat-title = STAT
lesson-stat-list-stat-explain = `STAT` asks for the drop listing: the number of messages and their total size in octets, on one line: `+OK count size`.
lesson-stat-list-list-title = LIST
lesson-stat-list-list-explain = `LIST` without an argument answers with a multi-line scan listing: one line `number size` per message, ended by a line holding a single `.`.
lesson-stat-list-list-one-title = LIST 1
lesson-stat-list-list-one-explain = With a message number the answer is one line: `+OK 1 size`. Messages are numbered from 1, and the numbers stay fixed for the whole session.

## UIDL

lesson-uidl-title = UIDL
lesson-uidl-intro = Message numbers change from one session to the next; unique ids do not.
lesson-uidl-all-title = UIDL
lesson-uidl-all-explain = `UIDL` lists one unique id per message. After a deletion, message 3 may be message 2 next time, but its id stays the same: that is how a client that leaves mail on the server knows what it already downloaded.
lesson-uidl-one-title = UIDL 1
lesson-uidl-one-explain = With a message number the id comes on one line: `+OK 1 id`.

## TOP

lesson-top-title = TOP
lesson-top-intro = Look at a message without downloading all of it.
lesson-top-headers-title = TOP 1 0
lesson-top-headers-explain = `TOP msg n` sends the headers, the blank line after them, and the first n lines of the body. With n = 0 you get the headers only: how a client lists subjects and senders cheaply.
lesson-top-preview-title = TOP 1 3
lesson-top-preview-explain = The same with three lines of the body: a preview.

## RETR and byte-stuffing

lesson-retr-title = RETR and byte-stuffing
lesson-retr-intro = A multi-line reply ends with a line holding a single dot. What if the message itself has such a line?
lesson-retr-retr-title = RETR 1
lesson-retr-retr-explain = `RETR 1` downloads the whole of message 1 as a multi-line reply, ended by `.` on a line of its own.
lesson-retr-stuffing-title = Spot the byte-stuffing
lesson-retr-stuffing-explain = Message 1 has lines that begin with a dot. On the wire the server doubled each leading dot (`..`), so that no line of the message can look like the end; the client removes the extra dot. Compare the reply's raw bytes in the transcript with the message view.
# $count (number): lines of the last retrieved message that began with a dot;
# $message (text): its message number, e.g. 1.
lesson-note-stuffed = { $count ->
    [0] The last RETR ({ $message }) had no line beginning with a dot.
    [one] { $count } line of the last RETR began with a dot: ".." on the wire.
   *[other] { $count } lines of the last RETR began with a dot: ".." on the wire.
}

## DELE, RSET and the UPDATE state

lesson-dele-rset-title = DELE, RSET and the UPDATE state
lesson-dele-rset-intro = Deleting is a two-phase affair: mark now, remove at the end.
lesson-dele-rset-dele-title = DELE 2
lesson-dele-rset-dele-explain = `DELE 2` marks message 2 as deleted. Nothing is removed yet: the server removes marked messages only in the UPDATE state, after QUIT.
lesson-dele-rset-stat-again-title = STAT again
lesson-dele-rset-stat-again-explain = A marked message no longer counts: STAT shows one message fewer, and commands that name message 2 now fail.
lesson-dele-rset-rset-title = RSET
lesson-dele-rset-rset-explain = `RSET` unmarks every deleted message. Had you sent QUIT instead, the server would have entered UPDATE and removed message 2 for good (the demo inside the page keeps your deletions in this browser until you reset its mailboxes; the proxy's demo keeps them until it restarts).

## QUIT

lesson-quit-title = QUIT
lesson-quit-intro = Leaving properly is what makes deletions happen.
lesson-quit-quit-title = QUIT
lesson-quit-quit-explain = `QUIT` in the TRANSACTION state moves the session to UPDATE: the server removes the messages marked as deleted, unlocks the mailbox, answers `+OK` and closes the connection.
lesson-quit-over-title = The session is over
lesson-quit-over-explain = The state went TRANSACTION → UPDATE → DISCONNECTED (see the banners in the transcript). Had the connection dropped before QUIT, the server would have entered no UPDATE state and deleted nothing.

## CAPA and STLS

lesson-capa-stls-title = CAPA and STLS
lesson-capa-stls-intro = Ask the server what it can do, then switch the connection to TLS.
lesson-capa-stls-capa-title = CAPA
lesson-capa-stls-capa-explain = `CAPA` lists what the server supports beyond the basics: TOP, UIDL, PIPELINING, SASL mechanisms, and STLS when it can start TLS.
lesson-capa-stls-stls-title = STLS
lesson-capa-stls-stls-explain = `STLS` asks to continue this connection over TLS. After `+OK` the proxy runs the TLS handshake on the same TCP connection. The client must then forget the capabilities and ask again (this app does): STLS is no longer listed.
lesson-capa-stls-login-title = Log in over TLS
lesson-capa-stls-login-explain = Now USER/PASS is safe from eavesdroppers: the password travels inside TLS.

## SASL: AUTH PLAIN and CRAM-MD5

lesson-sasl-title = SASL: AUTH PLAIN and CRAM-MD5
lesson-sasl-intro = AUTH runs a SASL mechanism: a framework of pluggable login methods.
lesson-sasl-capa-title = CAPA: find the SASL line
lesson-sasl-capa-explain = The `SASL` capability lists the mechanisms the server accepts; the demo server offers PLAIN, LOGIN and CRAM-MD5.
lesson-sasl-plain-title = AUTH PLAIN
lesson-sasl-plain-explain = PLAIN sends the user name and the password in one base64 message. Base64 is an encoding, not encryption: on a real network PLAIN needs TLS.
# What the reader types in place of the argument, in `AUTH PLAIN <…>`; "\0" is a NUL byte.
lesson-sasl-plain-placeholder = base64 of \0mrose\0tanstaaf
lesson-sasl-connect-again-title = Connect again
lesson-sasl-connect-again-explain = A fresh session for the second mechanism.
lesson-sasl-cram-md5-title = AUTH CRAM-MD5
lesson-sasl-cram-md5-explain = The server sends a challenge (a `+ ` line in base64); the client answers with the user name and an HMAC-MD5 of the challenge keyed with the password (RFC 2195). The password never crosses the network.

## RFC 1939's example session

lesson-rfc1939-example-title = Replay RFC 1939's example session
lesson-rfc1939-example-intro = RFC 1939 ends with a complete example session. Replay it offline and walk through it.
lesson-rfc1939-example-replay-title = Replay the example
lesson-rfc1939-example-replay-explain = The button pastes the example into the importer, which replays it through the same client engine, offline, and annotates every line. (This closes a live connection.)
lesson-rfc1939-example-apop-title = The APOP login
lesson-rfc1939-example-apop-explain = The greeting's timestamp is `<1896.697170952@dbc.mtview.ca.us>`. The client answers `APOP mrose c4c9334bac560ecc979e58001b3e22fb`: the MD5 of the timestamp followed by the secret, `tanstaaf` (the demo server uses the same).
lesson-rfc1939-example-stat-list-title = STAT and LIST
lesson-rfc1939-example-stat-list-explain = `+OK 2 320`: two messages, 320 octets. The scan listing gives their sizes, 120 and 200.
lesson-rfc1939-example-retr-dele-title = RETR and DELE
lesson-rfc1939-example-retr-dele-explain = Each message is retrieved, then marked as deleted. The RFC leaves out the messages themselves; the importer skips those placeholder lines.
lesson-rfc1939-example-quit-title = QUIT and UPDATE
lesson-rfc1939-example-quit-explain = QUIT moves the session to UPDATE: the server removes both messages and signs off, `maildrop empty`.

## "Do it": what the button does now (a step may first need a connection, a
## login, or a QUIT)

lesson-move-replay = Replay the example
lesson-move-connect-first = Connect first
lesson-move-connect-and-log-in-first = Connect and log in first
lesson-move-log-in-first = Log in first
lesson-move-quit-logged-in = QUIT first (you are logged in)
lesson-move-quit-mailbox-locked = QUIT first (the mailbox is locked while you are logged in)
lesson-move-connect = Connect to the demo server
lesson-move-connect-and-log-in = Connect and log in
lesson-move-log-in-demo = Log in as mrose
# $command (text): the command line, e.g. STAT
lesson-move-send = Send { $command }
lesson-move-user-pass = Log in with USER/PASS
lesson-move-apop = Log in with APOP
# $mechanism (text): the SASL mechanism, e.g. PLAIN
lesson-move-auth = AUTH { $mechanism }

## The course panel

ui-lessons-heading = Learn POP3
# After the heading: lessons complete out of all lessons.
ui-lessons-lessons-done = { $total ->
    [one] { $done }/{ $total } lesson
   *[other] { $done }/{ $total } lessons
}
# The label of the lesson picker.
ui-lessons-pick = Lesson
# A lesson in the picker, once opened: its number, title and steps done.
ui-lessons-option-opened = { $number }. { $title } ({ $done }/{ $total })
# A lesson in the picker, not opened yet: its number, title and how many steps.
ui-lessons-option-new = { $number }. { $title } ({ $total ->
    [one] { $total } step
   *[other] { $total } steps
})
ui-lessons-progress-label = Steps done
ui-lessons-progress = { $total ->
    [one] { $done }/{ $total } step
   *[other] { $done }/{ $total } steps
}
# For screen readers, after a step's title.
ui-lessons-status-done = (done)
ui-lessons-status-current = (current step)
ui-lessons-status-locked = (locked)
# $command (text): a command line, shown as code.
ui-lessons-or-type = Or type `{ $command }` in the command line.
# $first, $second (text): two command lines, shown as code.
ui-lessons-or-type-then = Or type `{ $first }`, then `{ $second }` in the command line.
# $action (text): what the button does, e.g. "Send STAT".
ui-lessons-do-it = Do it: { $action }
ui-lessons-continue = Got it, continue
ui-lessons-reopen = Read this step again
ui-lessons-waiting = Waiting for the server…
ui-lessons-complete = ✓ Lesson complete.
ui-lessons-next = Next lesson →
ui-lessons-start-over = Start over
ui-lessons-start-over-tooltip = Forget this lesson's progress and check again from now on
