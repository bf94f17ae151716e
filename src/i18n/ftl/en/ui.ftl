# English: the labels, buttons and texts of the page.

## app

ui-language = Language
ui-app-session-state = Session state (RFC 1939 §3)
ui-app-mail = Mailbox and message

## settings

ui-settings-preset-demo = Demo server (plain + STLS)
ui-settings-preset-demo-tls = Demo server (TLS, 1995)
ui-settings-preset-localhost = localhost:110
ui-settings-preset-gmail = Gmail (pop.gmail.com:995)
ui-settings-preset-outlook = Outlook (outlook.office365.com:995)
ui-settings-preset-fault-expired = Expired certificate (demo, 1996)
ui-settings-preset-fault-wrong-name = Wrong name (demo, 1997)
ui-settings-preset-fault-self-signed = Self-signed certificate (demo, 1998)
ui-settings-preset-fault-incomplete-chain = Incomplete chain (demo, 1999)
ui-settings-websockify-no-control = websockify only relays bytes to the target it was started with: there is no control channel, so the app cannot choose the server, start TLS with STLS, or show certificates

## connection

ui-connection-title = Connection
ui-connection-try-demo = Try the demo server
ui-connection-no-proxy = No proxy answers beside this page, so the demo server runs inside it. Real servers and TLS need pop3-proxy (cargo xtask dev).
ui-connection-preset = Preset
ui-connection-choose-server = Choose a server…
ui-connection-tls-faults = TLS faults to learn from
ui-connection-host = Host
ui-connection-port = Port
ui-connection-security = Security
ui-connection-security-none = None (plain, port 110)
ui-connection-security-stls = STLS (upgrade after the greeting)
ui-connection-security-implicit = Implicit TLS (port 995)
ui-connection-proxy = Proxy
ui-connection-proxy-kind = Kind
ui-connection-kind-playground = pop3-proxy (this project's)
ui-connection-kind-websockify = websockify (fixed target, bytes only)
# $reason (text): why, from ui-settings-websockify-no-control
ui-connection-websockify-off = Host, port, security, STLS and the certificate panel are off: { $reason }.
ui-connection-proxy-url = Proxy WebSocket URL
ui-connection-via = Demo server
ui-connection-via-auto = In this page, unless a proxy answers
ui-connection-via-in-page = In this page (no install)
ui-connection-via-proxy = Through the proxy
ui-connection-via-no-tls = In this page there is no TLS: STLS and port 995 need the proxy.
ui-connection-pinned = A certificate you chose to trust is pinned for this server.
ui-connection-connect = Connect
ui-connection-disconnect = Disconnect
ui-connection-not-connected = Not connected.
ui-connection-connecting = Connecting…
ui-connection-connected = Connected to { $host }:{ $port }
ui-connection-connected-in-page = Connected to the demo server inside this page
# $reason (text): the last fact of the connection, in words
ui-connection-disconnected-why = Disconnected: { $reason }
ui-connection-disconnected = Disconnected.
# $message (text): the proxy's own words, in English
ui-connection-proxy-said = The proxy said: { $message }

## cert_panel

ui-cert-title = TLS certificate
ui-cert-untrusted-title = Untrusted certificate
ui-cert-no-version = handshake not finished
ui-cert-no-cipher = no cipher
ui-cert-no-sni = none (an IP address)
# $error (text): why the certificate was refused, from tls-failure-* or error-cert-untrusted
ui-cert-what-failed = What failed: { $error }
ui-cert-pinned = Not verified against the public roots: accepted because you pinned it.
ui-cert-verified = Verified against the public roots.
ui-cert-server = Server:
ui-cert-issuer = Issuer:
ui-cert-issued-by = issued by { $issuer }
ui-cert-valid = valid { $from } to { $until }
# $names (text): the certificate's subject alternative names, comma-separated
ui-cert-names = names: { $names }
ui-cert-trust-explain = Trust this exact certificate for this server (a certificate exception, as mail clients have); the connection is made again with its fingerprint pinned.
ui-cert-trust = Trust this certificate

## login

ui-login-title = Log in
ui-login-stls-offered = The server offers STLS: upgrade to TLS before sending a password.
ui-login-send-stls = Send STLS
ui-login-capa-hint = Send CAPA to see which mechanisms the server offers.
ui-login-demo-credentials = The demo server: log in as { $user } with the password { $password }. The other users, with the same password, each show something going wrong: { $others }.
ui-login-demo-fill = Fill in { $user }
ui-login-demo-reset = Reset my demo mailboxes
ui-login-demo-reset-done = Your demo mailboxes are as new: every message is back.
ui-login-send-capa = Send CAPA
ui-login-method = Method
ui-login-user = User
ui-login-password = Password
ui-login-token = Access token
# $host (text): the server's host name
ui-login-cleartext-warning = Warning: { $host } is not this machine and the connection is not encrypted. The password will cross the network in clear text. Press the button again to send it anyway.
ui-login-send-in-clear = Send the password in clear
ui-login-button = Log in
ui-login-apop-timestamp = The greeting's timestamp:
ui-login-apop-concatenate = Concatenate it with your secret:
ui-login-apop-md5 = MD5 of that, in lowercase hex:
ui-login-apop-pending = (computed when you log in)
ui-login-apop-send = Send APOP name digest: the secret itself never crosses the wire.

## commands

ui-commands-title = Commands
ui-commands-message = Message
# $number: the message number; $octets: its size
ui-commands-message-size = { $number } ({ $octets ->
    [one] 1 octet
   *[other] { $octets } octets
})
ui-commands-top-lines = TOP lines
ui-commands-why-disabled = { $count ->
    [one] Why 1 command is disabled
   *[other] Why { $count } commands are disabled
}
ui-commands-raw = Raw command (Enter sends, ↑/↓ history)
ui-commands-raw-placeholder = e.g. LIST 1
# $reason (text): why the command is not valid now, with its RFC reference
ui-commands-send-anyway = { $reason }. Press Enter again to send it anyway.
# $reason (text): why, from ui-settings-websockify-no-control
ui-commands-stls-off = STLS is off: { $reason } (RFC 2595 §4)

## diagram

ui-diagram-title = Sequence diagram
ui-diagram-summary = ({ $count ->
    [one] 1 entry
   *[other] { $count } entries
})
ui-diagram-summary-window = (the last { $shown } of { $total } entries)
ui-diagram-download = Download SVG
ui-diagram-legend = Blue: client commands · green: replies · red: -ERR · grey: proxy notes · purple: TLS
ui-diagram-empty = Nothing yet: connect or import a transcript.
ui-diagram-link-hint = Click an arrow (or press Enter on it) to select its line in the transcript.

## export/diagram: the SVG, shown in the page and downloaded

ui-diagram-svg-label = Sequence diagram of the POP3 session, { $count ->
    [one] 1 arrow
   *[other] { $count } arrows
}
ui-diagram-svg-title = POP3 session: sequence diagram
ui-diagram-lane-client = Client (this app)
ui-diagram-lane-proxy = Proxy
ui-diagram-lane-server = POP3 server
ui-diagram-svg-window = Showing the last { $shown } of { $total } entries ({ $skipped ->
    [one] 1 earlier one not drawn
   *[other] { $skipped } earlier ones not drawn
})
# After a reply's first line: how many lines its body has
ui-diagram-svg-body-lines = (+{ $count ->
    [one] 1 line
   *[other] { $count } lines
})
ui-diagram-svg-tls = TLS from here on: encrypted between the proxy and the server

## export

ui-export-title = Export and share
ui-export-format = Export format
ui-export-text = Text (C:/S:)
ui-export-json = JSON (timings, annotations)
ui-export-script-openssl = Shell script (openssl s_client)
ui-export-script-curl = curl commands
ui-export-script-python = Python script (poplib)
ui-export-script-explain = A script that replays the commands of the last connection. Without secrets, it asks for the password (or reads POP3_PASSWORD) when it runs.
ui-export-secrets = Include secrets
ui-export-secrets-warning = The export now contains passwords and SASL responses in clear.
ui-export-copy = Copy
ui-export-download-txt = Download .txt
ui-export-download-json = Download .json
ui-export-download-sh = Download .sh
ui-export-download-py = Download .py
ui-export-open = Open a .json export:
ui-export-share-title = Share link
ui-export-share-explain = Server, port, security and proxy only: never a user name, password or pin.
ui-export-copy-link = Copy link
ui-export-copied = Copied
ui-export-no-clipboard = The clipboard is not available here: select the text and copy it
ui-export-restored = Restored { $count ->
    [one] 1 entry
   *[other] { $count } entries
}

## import

ui-import-title = Import a transcript
ui-import-explain = Paste a session: lines prefixed with C: and S: (as in the RFCs), or a plain telnet log. It is replayed through the same client engine, offline.
ui-import-run = Replay and annotate

## mailbox

ui-mailbox-title = Mailbox
ui-mailbox-log-in-first = Log in to open the maildrop (RFC 1939 §4).
ui-mailbox-quit-sent = QUIT was sent: the server is removing the messages marked as deleted.
ui-mailbox-connect-first = Connect and log in to see the mailbox.
ui-mailbox-load = Load mailbox
ui-mailbox-load-title = STAT, LIST, UIDL and TOP n 0 for the first messages
ui-mailbox-rset-title = RSET: unmark every message marked as deleted (RFC 1939 §5)
ui-mailbox-fetch-headers = Fetch headers ({ $count })
ui-mailbox-fetch-headers-title = TOP n 0: the header section of each shown message without one (RFC 1939 §7)
# What STAT said: $count messages of $octets octets in all ($size: the same, e.g. "1.5 MiB")
ui-mailbox-status = { $count ->
    [one] 1 message
   *[other] { $count } messages
}, { $octets ->
    [one] 1 octet
   *[other] { $octets } octets
} ({ $size })
# Before STAT: $count messages listed
ui-mailbox-status-listed = { $count ->
    [one] 1 message
   *[other] { $count } messages
}
# Messages marked as deleted, besides the $count above (STAT leaves them out)
ui-mailbox-marked = { $deleted ->
    [one] 1 more marked as deleted (removed at QUIT)
   *[other] { $deleted } more marked as deleted (removed at QUIT)
}
# $command (text): the command whose reply is arriving, e.g. "RETR 2"
ui-mailbox-receiving = Receiving { $command }
# $received, $total (text): sizes, e.g. "1.5 MiB"
ui-mailbox-received-of = { $received } of { $total }
# $received (text): a size, e.g. "1.5 MiB"
ui-mailbox-received = { $received } received
ui-mailbox-empty = The maildrop is empty.
ui-mailbox-press-load = Press “Load mailbox” to list the messages.
ui-mailbox-col-number-title = Message number (RFC 1939 §5)
ui-mailbox-col-size = Size
ui-mailbox-col-size-title = Octets, from LIST
ui-mailbox-col-uid-title = Unique id, from UIDL
ui-mailbox-col-from = From
ui-mailbox-col-subject = Subject
ui-mailbox-col-date = Date
ui-mailbox-col-actions = Actions
ui-mailbox-showing = Showing { $shown } of { $total }.
ui-mailbox-show-more = Show { $count } more
ui-mailbox-show-message = Show message { $number }
ui-mailbox-retr-title = RETR { $number }: fetch and show it
ui-mailbox-dele-title = DELE { $number }: mark it as deleted
ui-mailbox-size-title = { $octets ->
    [one] 1 octet, from LIST
   *[other] { $octets } octets, from LIST
}
ui-mailbox-deleted = deleted
ui-mailbox-open = Open

## message

ui-message-title = Message
ui-message-empty = Open a message to see its headers, MIME structure and body.
ui-message-views = Message views
ui-message-tab-headers = Headers
ui-message-tab-structure = Structure
ui-message-tab-text = Text
ui-message-tab-html = HTML
ui-message-tab-attachments = Attachments
ui-message-tab-raw = Raw
ui-message-no-subject = (no subject)
ui-message-from = From
ui-message-to = To
ui-message-date = Date
# The message's number and size ($size: the same, e.g. "1.5 MiB")
ui-message-number-size = #{ $number }, { $octets ->
    [one] 1 octet
   *[other] { $octets } octets
} ({ $size })
ui-message-problem-not-a-message = No header fields were found: this does not look like an Internet message (RFC 5322)
ui-message-problem-undecodable = { $count ->
    [one] 1 part could not be decoded cleanly (bad base64, quoted-printable or charset); what could be read is shown
   *[other] { $count } parts could not be decoded cleanly (bad base64, quoted-printable or charset); what could be read is shown
}
ui-message-heading = Message { $number }
ui-message-fetching = Fetching…
ui-message-reading = Reading the message into parts…
ui-message-problem-no-reader = The message could not be read into parts here: { $reason }. Its raw source is still shown.
ui-message-send-retr = Send RETR { $number }
ui-message-retry-retr = Retry RETR { $number }
ui-message-no-headers = No header fields.
ui-message-as-sent = As sent
ui-message-part-octets = { $octets ->
    [one] 1 octet
   *[other] { $octets } octets
}
ui-message-part-octets-sent = { $octets ->
    [one] 1 octet as sent
   *[other] { $octets } octets as sent
}
ui-message-part-count = { $count ->
    [one] 1 part
   *[other] { $count } parts
}
ui-message-part-charset = charset { $charset }
ui-message-part-raw-title = { $octets ->
    [one] 1 octet with headers, as sent
   *[other] { $octets } octets with headers, as sent
}
ui-message-implied = (implied)
ui-message-implied-title = No Content-Type field: RFC 2045 §5.2 default
ui-message-part-problem = could not be decoded cleanly
ui-message-no-structure = No MIME structure could be read.
ui-message-no-text = This message has no text part.
ui-message-text-from-html = No text/plain part: this text was made from the HTML part.
ui-message-no-attachments = No attachments.
ui-message-col-name = Name
ui-message-col-type = Type
ui-message-col-size = Size
ui-message-no-name = (no name)
ui-message-large = This message is { $size }: reading all of its parts holds the page for a moment, so it waits for you.
ui-message-large-open = Show its parts
ui-message-attachment-download = Save this attachment as a file
ui-message-decoded-title = { $octets ->
    [one] 1 octet decoded
   *[other] { $octets } octets decoded
}
# $size (text): e.g. "1.5 MiB"
ui-message-show-all = Show all ({ $size } more)
ui-message-no-html = This message has no HTML part.
ui-message-html-mode = How to show the HTML
ui-message-html-rendered = Rendered (sandboxed)
ui-message-html-source = Source
ui-message-html-frame = HTML part, sandboxed: no scripts, no remote content
# Sizes: $size is a number, with one decimal below 10 (e.g. "1.5")

ui-message-size-bytes = { $size } B
ui-message-size-kib = { $size } KiB
ui-message-size-mib = { $size } MiB
ui-message-size-gib = { $size } GiB
ui-message-size-tib = { $size } TiB

## transcript

ui-transcript-title = Transcript
ui-transcript-toolbar = Transcript display
ui-transcript-crlf = Show CR/LF
ui-transcript-crlf-title = Show line endings: ␍ is CR, ␊ is LF
ui-transcript-hex = Hex
ui-transcript-hex-title = Show the selected entry's bytes in hexadecimal
ui-transcript-reveal = Reveal secrets
ui-transcript-reveal-title = Show passwords and SASL responses instead of ********
ui-transcript-follow = Follow
ui-transcript-follow-title = Keep the newest entry in view
ui-transcript-problems = Problems only
ui-transcript-problems-title = List only the entries with a warning or an RFC violation
ui-transcript-count-problems = { $shown } of { $total ->
    [one] { $total } entry
   *[other] { $total } entries
}
ui-transcript-no-problems = No warning or RFC violation in this transcript
ui-transcript-clear = Clear
ui-transcript-clear-title = Forget every entry shown so far
ui-transcript-count = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
ui-transcript-list = Transcript of the POP3 session
ui-transcript-empty = Connect to a server to see every byte here
ui-transcript-keys-hint = Use the Up and Down arrow keys, Page Up, Page Down, Home and End to select an entry; its details follow the list.
ui-transcript-selected = Selected entry
ui-transcript-select-hint = Select an entry (click it, or use ↑ and ↓ in the list) to see its bytes and every note about it.
# The direction column: client lines are "C:", server lines "S:", the rest this word
ui-transcript-dir-proxy = proxy
ui-transcript-dir-client = Client → server
ui-transcript-dir-server = Server → client
ui-transcript-dir-proxy-title = From the proxy or this app
ui-transcript-state-change = State change
ui-transcript-body-title = A multi-line reply: select it to read the body
ui-transcript-rtt-title = Round trip: from sending the command to this reply
ui-transcript-warning = Warning
ui-transcript-violation = RFC violation
ui-transcript-severity-info = info
ui-transcript-severity-warning = warning
ui-transcript-severity-violation = violation
# $rtt (text): e.g. "3.2 ms"
ui-transcript-round-trip = round trip { $rtt }
# $size (text): from ui-transcript-octets
ui-transcript-raw = Raw: { $size }
# $size (text): from ui-transcript-body-size
ui-transcript-body = Body: { $size }
ui-transcript-octets = { $count ->
    [one] 1 octet
   *[other] { $count } octets
}
ui-transcript-body-size = { $lines ->
    [one] 1 line
   *[other] { $lines } lines
}, { $octets ->
    [one] 1 octet
   *[other] { $octets } octets
}
ui-transcript-hex-cut = Showing the first { $shown } of { $total } octets.
ui-transcript-body-cut = Showing the first { $kib } KiB of { $total } octets.
ui-transcript-secret-revealed = Secret revealed: it is on your screen now.
ui-transcript-secret-masked = This line carries a secret, masked here. Press “Reveal secrets” to show it.
# What a screen reader says for the selected entry: its position, its direction
# (ui-transcript-dir-proxy, or "C:"/"S:"), the line, and its explanation
ui-transcript-announce = Entry { $number } of { $total }, { $direction } { $line }. { $headline }
