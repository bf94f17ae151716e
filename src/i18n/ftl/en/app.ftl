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
fact-in-page = Connected to the demo server inside this page: no network and no proxy, so no TLS either
fact-no-proxy = No proxy answers at this page's address. The demo server runs inside the page over plain POP3; real servers and TLS (STLS, port 995) need the bundled proxy: run cargo xtask dev, or serve the page with pop3-proxy.
# $failure (text): failure-at-hop; $message (text): the proxy's own words, in English
fact-link-error = { $failure }. The proxy said: { $message }
fact-control-unreadable = The proxy sent something this app does not understand: { $error }
fact-closed = Connection closed by { $by ->
    [server] the server
    [proxy] the proxy
   *[client] this app
}: { $reason }
fact-closed-socket = Browser ↔ proxy: the WebSocket to the proxy closed: { $reason }
socket-1000 = closed normally (1000)
socket-1001 = the proxy is going away, e.g. shutting down (1001)
socket-1005 = closed without a status code (1005)
socket-1006 = the connection to the proxy dropped without a close frame: the proxy is not running, the proxy URL is wrong, the proxy refused this page's origin, or the network failed (1006)
socket-1008 = the proxy refused the connection by its policy (1008)
socket-1009 = a message was too big for the proxy (1009)
socket-1011 = the proxy hit an internal error (1011)
socket-1012 = the proxy is restarting: connect again in a moment (1012)
socket-1013 = the proxy is overloaded: try again later (1013)
socket-1015 = the TLS handshake with the proxy failed: the browser does not trust the certificate of this wss:// address (1015)
socket-other = closed with code { $code }, which this app does not know
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

## Where a failure happened: between this page and the proxy, or between the proxy and the server

# $hop (text): hop-browser-proxy or hop-proxy-server; $explanation (text): what failed
failure-at-hop = { $hop }: { $explanation }
hop-browser-proxy = Browser ↔ proxy
hop-proxy-server = Proxy ↔ server

## Why a TLS handshake failed, by cause (the proxy tells the cause; the app says it)

tls-failure-self-signed = The server's certificate is self-signed: it signed itself, and no certificate authority the proxy trusts vouches for it. Test servers often use one; trust it only if you can check its fingerprint
tls-failure-ca-used-as-leaf = The server presents a CA certificate, one meant for signing other certificates, as its own, which a server must not do. Self-signed certificates made by installation scripts often look like this
tls-failure-expired = The server's certificate has expired: its validity period is over, so clients refuse it until the server installs a new one
tls-failure-not-yet-valid = The server's certificate is not valid yet: its validity period starts in the future (or the clock of the proxy's computer is wrong)
tls-failure-wrong-name = The server's certificate is for other names: the host you connect to must be one of the names the certificate lists
tls-failure-unknown-issuer = The server's certificate chain leads to a certificate authority the proxy does not trust, such as an organisation's private authority
tls-failure-incomplete-chain = The certificate chain is incomplete: the server sent its certificate without the intermediate certificate that links it to a trusted authority. Servers must send their intermediates
tls-failure-bad-signature = A signature in the server's certificate chain does not verify: a certificate was altered, or was not signed by the key it names
tls-failure-invalid-certificate = The server's certificate cannot be used: it is malformed, uses an algorithm the proxy does not support, or is not meant for a TLS server
tls-failure-handshake-failed = The TLS handshake broke off: the server and the proxy share no TLS version or cipher, the server sent an alert, or it closed the connection
tls-failure-not-tls = The server does not speak TLS on this port: it answered in plain text (such as a POP3 greeting, "+OK") where a TLS handshake was expected. Use implicit TLS on a TLS port such as 995, and None or STLS on a plain port such as 110
