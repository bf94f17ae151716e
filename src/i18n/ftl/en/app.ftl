# English: the app's own words about the connection, logins and errors.

## The app's own facts about the connection

fact-new-connection = New connection
fact-connecting = Opening the proxy WebSocket { $url }
fact-connect-asked = Asked the proxy to connect to { $host }:{ $port }
fact-opened-websockify = Connected through websockify: the server is the proxy's fixed target
fact-opened-plain = Connected to { $peer } (plain TCP)
fact-opened-tls = Connected to { $peer } with { $tls }
fact-start-tls-asked = Asked the proxy to start TLS on this connection
fact-tls-up = TLS is up: { $tls }
tls-verified = { $version }, a verified certificate
tls-pinned = { $version }, a certificate you chose to trust
fact-stls-impossible = STLS cannot continue: websockify only relays bytes to the target it was started with: there is no control channel, so the app cannot choose the server, start TLS with STLS, or show certificates. Disconnecting.
fact-link-error = { $explanation }: { $message }
fact-control-unreadable = The proxy sent something this app does not understand: { $error }
fact-closed = Connection closed by { $by ->
    [server] the server
    [proxy] the proxy
   *[client] this app
}: { $reason }
fact-closed-socket = The WebSocket to the proxy closed: { $reason }
socket-1000 = closed normally (1000)
socket-1001 = the proxy is going away, e.g. shutting down (1001)
socket-1006 = the connection to the proxy was lost without a closing handshake: is it running, and does it accept this page's origin? (1006)
socket-1008 = the proxy refused the connection by its policy (1008)
socket-1009 = a message was too big for the proxy (1009)
socket-1011 = the proxy hit an internal error (1011)
socket-other = closed with code { $code }
fact-session-ended = { $expected ->
    [yes] The session ended normally
   *[no] The connection ended unexpectedly
}
fact-no-reply = ; no reply to { $list }
fact-partial-body = ; { $octets } octets of a body had arrived
fact-no-update = . No QUIT was answered, so the server never entered the UPDATE state: { $marked ->
    [0] nothing is deleted
    [one] the message marked as deleted stays in the maildrop
   *[other] the { $marked } messages marked as deleted stay in the maildrop
} (RFC 1939 §6)
fact-not-sent = Not sent: { $reason }
fact-imported = Imported { $lines } lines as { $format ->
    [prefixed] a C:/S: log
   *[telnet] a terminal log
}; { $skipped } skipped as not POP3
fact-state-changed = { $from } → { $to }
state-entered-authorization = The server greeted: log in now
state-entered-transaction = Logged in: the maildrop is open
state-entered-update = QUIT: the server applies deletions
state-entered-closed = The session is over

## Why a line could not be written

unwritable-bad-keyword = "{ $keyword }" is not a command keyword
unwritable-forbidden-byte = arguments may not contain byte { $byte }
unwritable-missing-argument = { $keyword } needs an argument
unwritable-bad-arguments = wrong arguments for { $keyword }; usage: { $expected }
unwritable-not-utf8 = the command line is not valid UTF-8

## Logins

login-refused = { $method } login failed: { $reason }
login-no-reason = no reason given
login-no-randomness = This browser offers no secure random numbers (crypto.getRandomValues), so the SCRAM exchange cannot start
login-sasl = { $error }

## What the proxy's error codes mean

error-bad-request = The proxy did not understand the request
error-origin-not-allowed = This page may not use the proxy (start it with --allow-origin)
error-port-not-allowed = The proxy does not connect to that port (start it with --allow-port)
error-host-not-allowed = The proxy does not connect to private addresses in public mode
error-dns-failed = The server's name could not be found
error-connect-failed = The server refused the connection or is unreachable
error-timeout = The server took too long to answer
error-tls-failed = The TLS handshake failed
error-cert-untrusted = The server's certificate is not trusted
error-too-many-sessions = The proxy is busy (too many sessions)
error-idle-timeout = The connection was idle for too long
