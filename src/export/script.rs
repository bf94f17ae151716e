//! Runnable exports: the session as a script that replays it, with
//! `openssl s_client` (or `nc` for plain text), as `curl` commands, or with
//! Python's `poplib`.
//!
//! Everything taken from the session (host, user name, command lines) reaches
//! the script only quoted for its language ([`sh_quote`], [`py_str`]) or, in
//! comments, through [`comment`], so a hostile transcript cannot inject code.
//! Secrets (passwords, APOP digests, SASL responses) appear only with
//! `include_secrets`, through `Secret::expose`; otherwise the scripts read the
//! password from `POP3_PASSWORD` or ask for it.

use std::fmt::Write as _;

use base64::Engine as _;
use pop3::annotate::Say;
use pop3::types::Command;

use super::{lossy, strip_line_ending, url_encode};
use crate::state::{Entry, Fact, ReplyStatus, Security, Settings, Trust};

/// Which tool a script drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// A shell script piping the commands into `openssl s_client` (or `nc`).
    Openssl,
    /// One `curl pop3://…` command per operation.
    Curl,
    /// A Python script using `poplib`.
    Python,
}

impl Script {
    /// The name of the downloaded file.
    pub fn file_name(self) -> &'static str {
        match self {
            Script::Openssl => "pop3-session.sh",
            Script::Curl => "pop3-session-curl.sh",
            Script::Python => "pop3-session.py",
        }
    }
}

/// The last connection of the transcript that sent commands, as a script of
/// `kind`. `started_ms` is when the transcript's last connection started (the
/// browser's clock), `None` for an imported one.
pub fn session_script(
    kind: Script,
    entries: &[Entry],
    settings: &Settings,
    include_secrets: bool,
    started_ms: Option<f64>,
) -> String {
    let replay = Replay::of(entries, settings, include_secrets, started_ms);
    match kind {
        Script::Openssl => shell(&replay),
        Script::Curl => curl(&replay),
        Script::Python => python(&replay),
    }
}

/// One line the client sent.
struct Step {
    /// The command, or `None` for a SASL response line.
    command: Option<Command>,
    /// The line as sent; `None` when it holds a secret that is not included.
    line: Option<String>,
    /// The line as the transcript shows it (secrets masked).
    masked: String,
    /// For a SASL response: the mechanism (upper case) and which response.
    sasl: Option<(String, usize)>,
    /// The server refused it when recorded (`-ERR`).
    refused: bool,
}

impl Step {
    fn added(command: Command) -> Step {
        let line = command.to_masked_line();
        Step {
            command: Some(command),
            line: Some(line.clone()),
            masked: line,
            sasl: None,
            refused: false,
        }
    }

    /// How a script rebuilds a line whose secret is not included.
    fn rebuild(&self) -> Rebuild {
        match (&self.command, &self.sasl) {
            (Some(Command::Pass { .. }), _) => Rebuild::Pass,
            (Some(Command::Apop { .. }), _) => Rebuild::Apop,
            (_, Some((mechanism, n))) => match (mechanism.as_str(), n) {
                ("PLAIN", 0) => Rebuild::Plain,
                ("LOGIN", 0) => Rebuild::User,
                ("LOGIN", 1) => Rebuild::Password,
                _ => Rebuild::Impossible,
            },
            _ => Rebuild::Impossible,
        }
    }

    /// `AUTH MECH ` when the line is an AUTH command with its initial response.
    fn auth_prefix(&self) -> String {
        match (&self.command, &self.sasl) {
            (Some(Command::Auth { .. }), Some((mechanism, _))) => format!("AUTH {mechanism} "),
            _ => String::new(),
        }
    }
}

/// How a masked line is rebuilt from the user name and password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rebuild {
    /// `PASS <password>`.
    Pass,
    /// APOP: the digest covers the greeting's timestamp.
    Apop,
    /// SASL PLAIN: base64 of `\0user\0password`.
    Plain,
    /// SASL LOGIN: base64 of the user name.
    User,
    /// SASL LOGIN: base64 of the password.
    Password,
    /// A challenge-based mechanism: the recorded answer is no use.
    Impossible,
}

/// What the scripts replay, read from the transcript's facts.
struct Replay {
    host: String,
    port: u16,
    security: Security,
    /// The certificate was accepted by its fingerprint, not verified.
    pinned: bool,
    pin: Option<String>,
    /// The user name, when the transcript shows it.
    user: Option<String>,
    /// The password, only when secrets are included and the transcript holds it.
    password: Option<String>,
    steps: Vec<Step>,
    recorded: Option<String>,
    /// Connections that sent commands, this one included.
    connections: usize,
    secrets: bool,
}

impl Replay {
    fn of(
        entries: &[Entry],
        settings: &Settings,
        secrets: bool,
        started_ms: Option<f64>,
    ) -> Replay {
        let segments: Vec<&[Entry]> = entries
            .split(|e| matches!(e.fact, Fact::NewConnection))
            .collect();
        let sent = |s: &[Entry]| s.iter().any(|e| matches!(e.fact, Fact::Command { .. }));
        let last = segments.len() - 1;
        let index = (0..segments.len())
            .rev()
            .find(|i| sent(segments[*i]))
            .unwrap_or(last);
        let segment = segments[index];
        let mut replay = Replay {
            host: settings.host.clone(),
            port: settings.port,
            security: settings.security,
            pinned: false,
            pin: None,
            user: None,
            password: None,
            steps: Vec::new(),
            recorded: started_ms
                .filter(|_| index == last)
                .map(|ms| utc(ms + segment.first().map_or(0.0, |e| e.at_ms))),
            connections: segments.iter().filter(|s| sent(s)).count(),
            secrets,
        };
        let mut sasl: Option<(String, usize)> = None;
        let mut quit = false;
        let mut deleting = false;
        for (i, entry) in segment.iter().enumerate() {
            match &entry.fact {
                Fact::ConnectAsked {
                    host,
                    port,
                    security,
                } => {
                    replay.host = host.clone();
                    replay.port = *port;
                    replay.security = *security;
                }
                Fact::Opened { tls: Some(up), .. } | Fact::TlsUp(up) => {
                    replay.pinned |= up.trust == Trust::Pinned;
                }
                Fact::Command { command } => {
                    let masked = lossy(strip_line_ending(&entry.raw));
                    // A file saved without secrets holds masked lines and no secret.
                    let hidden = match command {
                        Some(c) => c.has_secret(),
                        None => masked == pop3::secret::MASK,
                    };
                    let line = match &entry.secret {
                        Some(s) => secrets.then(|| s.expose().clone()),
                        None => (!hidden).then(|| masked.clone()),
                    };
                    let step_sasl = match command {
                        Some(Command::Auth {
                            mechanism: Some(m),
                            initial_response,
                        }) => {
                            let m = m.to_ascii_uppercase();
                            let first = initial_response.is_some();
                            sasl = Some((m.clone(), usize::from(first)));
                            first.then_some((m, 0))
                        }
                        Some(_) => {
                            sasl = None;
                            None
                        }
                        None => {
                            let current = sasl.clone();
                            if let Some((_, n)) = &mut sasl {
                                *n += 1;
                            }
                            current
                        }
                    };
                    match command {
                        Some(Command::Stls) if replay.security == Security::None => {
                            replay.security = Security::Stls;
                        }
                        Some(Command::User { name } | Command::Apop { name, .. }) => {
                            replay.user.get_or_insert_with(|| name.clone());
                        }
                        Some(Command::Pass { password }) if secrets && entry.secret.is_some() => {
                            replay.password = Some(password.expose().clone());
                        }
                        Some(Command::Dele { .. }) => deleting = true,
                        Some(Command::Rset) => deleting = false,
                        Some(Command::Quit) => quit = true,
                        _ => {}
                    }
                    if let Some(name) = entry
                        .annotation
                        .as_ref()
                        .and_then(|a| sasl_user(&a.summary))
                    {
                        replay.user.get_or_insert_with(|| name.to_owned());
                    }
                    let plain = step_sasl
                        .as_ref()
                        .is_some_and(|(m, n)| m == "PLAIN" && *n == 0);
                    if let Some((user, password)) = line
                        .as_deref()
                        .filter(|_| plain)
                        .and_then(plain_credentials)
                    {
                        replay.user.get_or_insert(user);
                        replay.password.get_or_insert(password);
                    }
                    replay.steps.push(Step {
                        command: command.clone(),
                        line,
                        masked,
                        sasl: step_sasl,
                        refused: refused(segment, i),
                    });
                }
                _ => {}
            }
        }
        if replay.pinned {
            replay.pin = settings.pin_sha256.clone();
        }
        // Without QUIT the server never removed what DELE marked (RFC 1939 §6):
        // the replay undoes it before its own QUIT.
        if !quit {
            if deleting {
                replay.steps.push(Step::added(Command::Rset));
            }
            replay.steps.push(Step::added(Command::Quit));
        }
        replay
    }

    /// Whether a masked line needs the user name or the password to be rebuilt.
    fn needs(&self, what: &[Rebuild]) -> bool {
        self.steps
            .iter()
            .any(|s| s.line.is_none() && what.contains(&s.rebuild()))
    }

    fn logs_in(&self) -> bool {
        self.steps.iter().any(|s| {
            matches!(
                s.command,
                Some(Command::Pass { .. } | Command::Apop { .. } | Command::Auth { .. })
            )
        })
    }

    fn has(&self, f: fn(&Command) -> bool) -> bool {
        self.steps.iter().any(|s| s.command.as_ref().is_some_and(f))
    }

    fn security_words(&self) -> &'static str {
        match self.security {
            Security::None => "plain text (no TLS)",
            Security::Stls => "STLS (TLS after the greeting)",
            Security::Implicit => "implicit TLS",
        }
    }

    /// The comment lines every script opens with.
    fn header(&self, out: &mut String, tool: &str) {
        let commands = self.steps.iter().filter(|s| s.command.is_some()).count();
        let _ = writeln!(
            out,
            "# Replays a POP3 session recorded in POP3 Playground, with {tool}:\n\
             # {commands} commands, in the order they were sent, ending with QUIT.\n\
             # Server: {} port {}, {}.",
            comment(&self.host),
            self.port,
            self.security_words()
        );
        if self.pinned {
            let _ = writeln!(
                out,
                "# Its certificate was trusted by its SHA-256 fingerprint, not through a CA{}.",
                self.pin
                    .as_deref()
                    .map(|p| format!(": {}", comment(p)))
                    .unwrap_or_default()
            );
        }
        if let Some(when) = &self.recorded {
            let _ = writeln!(out, "# Recorded: {when}.");
        }
        if self.connections > 1 {
            let _ = writeln!(
                out,
                "# The transcript holds {} connections that sent commands: this is the last.",
                self.connections
            );
        }
        out.push_str(if self.secrets {
            "# Secrets included: this file holds the password or SASL responses in clear.\n"
        } else {
            "# Secrets are masked: the password comes from $POP3_PASSWORD, or is asked for.\n"
        });
        if self.has(|c| matches!(c, Command::Dele { .. })) {
            out.push_str("# Careful: it replays DELE, and QUIT removes those messages.\n");
        }
    }

    /// `host:port` for `openssl -connect`, an IPv6 address in brackets.
    fn target(&self) -> String {
        format!("{}:{}", bracketed(&self.host), self.port)
    }
}

/// The user name a SASL step's note names.
fn sasl_user(say: &Say) -> Option<&str> {
    match say {
        Say::SaslInitialPlain { username }
        | Say::SaslInitialPlainAuthzid { username, .. }
        | Say::SaslInitialPlainAfterEmpty { username }
        | Say::SaslInitialPlainAuthzidAfterEmpty { username, .. }
        | Say::SaslLoginUsername { username }
        | Say::SaslCramMd5Answer { username } => Some(username),
        _ => None,
    }
}

/// The user name and password in a PLAIN response (`AUTH PLAIN <b64>` or `<b64>`).
fn plain_credentials(line: &str) -> Option<(String, String)> {
    let encoded = line.rsplit(' ').next()?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let mut parts = text.splitn(3, '\0').skip(1);
    Some((parts.next()?.to_owned(), parts.next()?.to_owned()))
}

/// Whether the server answered the client line at `i` with `-ERR`: the reply
/// paired with a command, or for a SASL response the next reply.
fn refused(segment: &[Entry], i: usize) -> bool {
    let id = segment[i].id;
    let is_command = segment[i].command().is_some();
    segment[i + 1..]
        .iter()
        .find_map(|e| match e.fact {
            Fact::Reply {
                status, answers, ..
            } if !is_command || answers == Some(id) => Some(status),
            _ => None,
        })
        .is_some_and(|s| s == ReplyStatus::Err)
}

fn bracketed(host: &str) -> String {
    if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_owned()
    }
}

/// A single-quoted shell word. Control characters (which no command line or
/// host name holds) become `?`.
pub(super) fn sh_quote(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\'' => out.push_str("'\\''"),
            c if c.is_control() => out.push('?'),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A Python string literal of printable ASCII: everything else escaped.
pub(super) fn py_str(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        let _ = match c {
            '\\' | '\'' => write!(out, "\\{c}"),
            ' '..='~' => write!(out, "{c}"),
            c if u32::from(c) < 0x100 => write!(out, "\\x{:02x}", u32::from(c)),
            c if u32::from(c) < 0x1_0000 => write!(out, "\\u{:04x}", u32::from(c)),
            c => write!(out, "\\U{:08x}", u32::from(c)),
        };
    }
    out.push('\'');
    out
}

/// Text safe inside a `#` comment: no line breaks (nor other control characters).
fn comment(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                '?'
            } else {
                c
            }
        })
        .collect()
}

/// `YYYY-MM-DD HH:MM UTC` for milliseconds since 1970.
pub(super) fn utc(ms: f64) -> String {
    let t = pop3::utc::Utc::from_unix((ms / 1000.0).floor() as i64);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        t.year, t.month, t.day, t.hour, t.minute
    )
}

/// The shell lines that set `POP3_USER` and `POP3_PASSWORD` when the script
/// needs them.
fn shell_credentials(out: &mut String, r: &Replay, user: bool, password: bool) {
    if user {
        match &r.user {
            Some(name) => {
                let _ = writeln!(out, "POP3_USER={}", sh_quote(name));
            }
            None => out.push_str(
                ": \"${POP3_USER:?set POP3_USER to the user name (the transcript does not show it)}\"\n",
            ),
        }
    }
    if password {
        match &r.password {
            Some(p) => {
                let _ = writeln!(out, "POP3_PASSWORD={}", sh_quote(p));
            }
            None => out.push_str(
                "if [ -z \"${POP3_PASSWORD+set}\" ]; then\n  \
                 IFS= read -rsp 'POP3 password: ' POP3_PASSWORD\n  echo >&2\nfi\n",
            ),
        }
    }
}

/// The `openssl s_client` (or `nc`) flavour.
fn shell(r: &Replay) -> String {
    let mut out = String::from("#!/usr/bin/env bash\n");
    let tool = if r.security == Security::None {
        "nc (or bash's /dev/tcp)"
    } else {
        "openssl s_client"
    };
    r.header(&mut out, tool);
    out.push_str(
        "# Each line waits POP3_DELAY seconds (default 0.5) so replies come back in turn.\n\n",
    );
    let user = r.needs(&[Rebuild::Plain, Rebuild::User]);
    let password = r.needs(&[Rebuild::Pass, Rebuild::Plain, Rebuild::Password]);
    if r.security == Security::None {
        let _ = writeln!(out, "HOST={}\nPORT={}", sh_quote(&r.host), r.port);
    } else {
        if r.pinned {
            out.push_str(
                "# s_client goes on when the certificate does not verify: the recording pinned it.\n",
            );
        }
        let _ = writeln!(out, "TARGET={}", sh_quote(&r.target()));
    }
    out.push_str("DELAY=${POP3_DELAY:-0.5}\n");
    shell_credentials(&mut out, r, user, password);
    out.push_str(
        "\n# Sends one line with CRLF, after a pause.\n\
         send() { sleep \"$DELAY\"; printf '%s\\r\\n' \"$1\"; }\n",
    );
    if r.needs(&[Rebuild::User, Rebuild::Password]) {
        out.push_str("b64() { printf '%s' \"$1\" | base64 | tr -d '\\n'; }\n");
    }
    if r.needs(&[Rebuild::Plain]) {
        out.push_str(
            "plain() { printf '\\0%s\\0%s' \"$POP3_USER\" \"$POP3_PASSWORD\" | base64 | tr -d '\\n'; }\n",
        );
    }
    if r.security == Security::None {
        out.push_str(
            "connect() {\n  \
             if command -v nc >/dev/null 2>&1; then\n    nc -- \"$HOST\" \"$PORT\"\n  \
             else\n    \
             # Without nc, bash's /dev/tcp (or type the lines into: telnet HOST PORT).\n    \
             exec 3<>\"/dev/tcp/$HOST/$PORT\" || exit 1\n    \
             cat <&3 &\n    cat >&3\n    wait\n  fi\n}\n",
        );
    }
    out.push_str("\n{\n");
    // `openssl -starttls pop3` reads the greeting and sends STLS itself.
    let stls_at = r
        .steps
        .iter()
        .position(|s| matches!(s.command, Some(Command::Stls)));
    for (i, step) in r.steps.iter().enumerate() {
        if let Some(at) = stls_at.filter(|at| i <= *at) {
            let why = if i == at {
                "openssl -starttls pop3 sends it"
            } else {
                "sent before STLS, which openssl -starttls pop3 does first"
            };
            let _ = writeln!(out, "  # {} ({why})", comment(&step.masked));
            continue;
        }
        if let Some(line) = &step.line {
            if matches!(step.command, Some(Command::Apop { .. })) {
                out.push_str(
                    "  # The server refuses a recorded APOP digest unless its greeting's timestamp is the same.\n",
                );
            }
            let _ = writeln!(out, "  send {}", sh_quote(line));
            continue;
        }
        let prefix = step.auth_prefix();
        let value = match step.rebuild() {
            Rebuild::Pass => "PASS $POP3_PASSWORD".to_owned(),
            Rebuild::Plain => format!("{prefix}$(plain)"),
            Rebuild::User => format!("{prefix}$(b64 \"$POP3_USER\")"),
            Rebuild::Password => format!("{prefix}$(b64 \"$POP3_PASSWORD\")"),
            Rebuild::Apop => {
                let _ = writeln!(
                    out,
                    "  # {}: its digest covers the greeting's timestamp, new on each connection,\n  \
                     # so it cannot be replayed here (the Python script computes it).",
                    comment(&step.masked)
                );
                continue;
            }
            Rebuild::Impossible => {
                let _ = writeln!(
                    out,
                    "  # {}: a SASL answer to the server's challenge cannot be replayed: cancel.",
                    comment(&step.masked)
                );
                "*".to_owned()
            }
        };
        let _ = writeln!(out, "  send \"{value}\"");
    }
    out.push_str("  sleep \"$DELAY\"\n} | ");
    out.push_str(match r.security {
        Security::None => "connect\n",
        Security::Stls => "openssl s_client -connect \"$TARGET\" -starttls pop3 -quiet\n",
        Security::Implicit => "openssl s_client -connect \"$TARGET\" -quiet\n",
    });
    out
}

/// The `curl` flavour: one command per operation.
fn curl(r: &Replay) -> String {
    let mut out = String::from("#!/usr/bin/env bash\n");
    r.header(&mut out, "curl");
    out.push_str(
        "# Each curl run logs in, sends one command and QUITs: commands that only make\n\
         # sense inside one session are comments. A one-line reply needs -v to be seen.\n\n\
         set -e\n",
    );
    let scheme = if r.security == Security::Implicit {
        "pop3s"
    } else {
        "pop3"
    };
    let host = if r.host.contains(':') {
        bracketed(&r.host)
    } else {
        url_encode(&r.host)
    };
    let _ = writeln!(
        out,
        "URL={}",
        sh_quote(&format!("{scheme}://{host}:{}", r.port))
    );
    let login = r.logs_in();
    shell_credentials(&mut out, r, login, login);
    out.push_str("opts=()\n");
    if login {
        out.push_str("opts+=(--user \"$POP3_USER:$POP3_PASSWORD\")\n");
    }
    if r.security == Security::Stls {
        out.push_str("opts+=(--ssl-reqd)\n");
    }
    if r.pinned {
        out.push_str(
            "# -k: the recording trusted the certificate by its fingerprint, not through a CA;\n\
             # curl cannot pin a certificate's fingerprint, so it skips verification instead.\n\
             opts+=(-k)\n",
        );
    }
    let mechanism = r.steps.iter().find_map(|s| match &s.command {
        Some(Command::Apop { .. }) => Some("+APOP".to_owned()),
        Some(Command::Auth {
            mechanism: Some(m), ..
        }) => Some(m.to_ascii_uppercase()),
        _ => None,
    });
    if let Some(m) = mechanism {
        let _ = writeln!(
            out,
            "opts+=(--login-options {})",
            sh_quote(&format!("AUTH={m}"))
        );
    }
    out.push('\n');
    for step in &r.steps {
        let Some(command) = &step.command else {
            continue;
        };
        let masked = comment(&step.masked);
        let (custom, path, head) = match command {
            Command::User { .. }
            | Command::Pass { .. }
            | Command::Apop { .. }
            | Command::Auth { .. }
            | Command::Stls
            | Command::Quit => continue,
            Command::List { msg: None } => (None, String::new(), false),
            Command::Retr { msg } => (None, msg.to_string(), false),
            Command::Top { .. } | Command::Uidl { msg: None } | Command::Capa => {
                (Some(step.masked.clone()), String::new(), false)
            }
            Command::Stat
            | Command::List { .. }
            | Command::Uidl { .. }
            | Command::Dele { .. }
            | Command::Noop
            | Command::Last => (Some(step.masked.clone()), String::new(), true),
            Command::Rset | Command::Utf8 | Command::Lang { .. } | Command::Other { .. } => {
                let _ = writeln!(
                    out,
                    "# {masked}: curl cannot express it (it acts on one session)."
                );
                continue;
            }
        };
        let _ = write!(out, "# {masked}");
        if step.refused {
            out.push_str(" (refused when recorded)");
        }
        out.push_str("\ncurl \"${opts[@]}\"");
        if head {
            out.push_str(" -I");
        }
        if let Some(custom) = custom {
            let _ = write!(out, " -X {}", sh_quote(&custom));
        }
        let _ = write!(out, " \"$URL/{path}\"");
        out.push_str(if step.refused { " || true\n" } else { "\n" });
    }
    out
}

/// The Python `poplib` flavour.
fn python(r: &Replay) -> String {
    let mut out = String::from("#!/usr/bin/env python3\n");
    r.header(&mut out, "Python's poplib");
    out.push_str(
        "# Commands poplib has no method for go through its _shortcmd or _longcmd.\n\n\
         import base64\nimport getpass\nimport hashlib\nimport os\nimport poplib\nimport ssl\nimport sys\n\n",
    );
    let apop = r.has(|c| matches!(c, Command::Apop { .. }));
    let user = r.needs(&[Rebuild::Plain, Rebuild::User]);
    let password = apop
        || r.has(|c| matches!(c, Command::Pass { .. }))
        || r.needs(&[Rebuild::Plain, Rebuild::Password]);
    let _ = writeln!(out, "HOST = {}\nPORT = {}", py_str(&r.host), r.port);
    if user {
        let _ = match &r.user {
            Some(name) => writeln!(out, "USER = {}", py_str(name)),
            None => writeln!(
                out,
                "USER = os.environ.get('POP3_USER') or input('POP3 user name: ')"
            ),
        };
    }
    if password {
        let _ = match &r.password {
            Some(p) if !apop => writeln!(out, "PASSWORD = {}", py_str(p)),
            _ => writeln!(
                out,
                "PASSWORD = os.environ.get('POP3_PASSWORD') or getpass.getpass('POP3 password: ')"
            ),
        };
        if apop {
            out.push_str(
                "# APOP needs the shared secret itself (the transcript holds only its digest).\n",
            );
        }
    }
    let tls = r.security != Security::None;
    if tls {
        out.push_str("context = ssl.create_default_context()\n");
        if r.pinned {
            out.push_str(
                "# The recording trusted the certificate by its fingerprint, not through a CA.\n\
                 context.check_hostname = False\ncontext.verify_mode = ssl.CERT_NONE\n",
            );
            if let Some(pin) = &r.pin {
                let _ = writeln!(out, "PIN = {}", py_str(pin));
            }
        }
    }
    out.push_str(PY_HELPERS);
    if r.pin.is_some() && tls {
        out.push_str(PY_CHECK_PIN);
    }
    let check_pin = if r.pin.is_some() {
        "check_pin(pop.sock)\n"
    } else {
        ""
    };
    out.push('\n');
    if r.security == Security::Implicit {
        let _ = write!(
            out,
            "pop = poplib.POP3_SSL(HOST, PORT, context=context, timeout=30)\n{check_pin}"
        );
    } else {
        out.push_str("pop = poplib.POP3(HOST, PORT, timeout=30)\n");
    }
    out.push_str("show(pop.getwelcome())\n");
    for step in &r.steps {
        let call = match (&step.command, &step.line) {
            (Some(command), line) if line.is_some() || command_has_method(command) => {
                py_call(command, line.as_deref().unwrap_or_default())
            }
            (_, Some(line)) => format!("pop._shortcmd, {}", py_str(line)),
            (_, None) => {
                let prefix = step.auth_prefix();
                let lead = if prefix.is_empty() {
                    prefix
                } else {
                    format!("{} + ", py_str(&prefix))
                };
                match step.rebuild() {
                    Rebuild::Plain => format!("pop._shortcmd, {lead}plain()"),
                    Rebuild::User => format!("pop._shortcmd, {lead}b64(USER)"),
                    Rebuild::Password => format!("pop._shortcmd, {lead}b64(PASSWORD)"),
                    _ => {
                        let _ = writeln!(
                            out,
                            "# {}: a SASL answer to the server's challenge cannot be replayed: cancel.",
                            comment(&step.masked)
                        );
                        "pop._shortcmd, '*', refused=True".to_owned()
                    }
                }
            }
        };
        let refused = if step.refused && !call.ends_with("refused=True") {
            ", refused=True"
        } else {
            ""
        };
        let _ = writeln!(out, "step({call}{refused})");
        if matches!(step.command, Some(Command::Stls)) {
            out.push_str(check_pin);
        }
    }
    out
}

/// Whether poplib has a method for the command that needs no recorded line.
fn command_has_method(command: &Command) -> bool {
    matches!(command, Command::Pass { .. } | Command::Apop { .. })
}

/// The poplib call (method and arguments) for a command sent as `line`.
fn py_call(command: &Command, line: &str) -> String {
    let optional = |m: &str, n: &Option<u32>| match n {
        Some(n) => format!("pop.{m}, {n}"),
        None => format!("pop.{m}"),
    };
    match command {
        Command::User { name } => format!("pop.user, {}", py_str(name)),
        Command::Pass { .. } => "pop.pass_, PASSWORD".to_owned(),
        Command::Apop { name, .. } => format!("pop.apop, {}, PASSWORD", py_str(name)),
        Command::Quit => "pop.quit".to_owned(),
        Command::Stat => "pop.stat".to_owned(),
        Command::List { msg } => optional("list", msg),
        Command::Retr { msg } => format!("pop.retr, {msg}"),
        Command::Dele { msg } => format!("pop.dele, {msg}"),
        Command::Noop => "pop.noop".to_owned(),
        Command::Rset => "pop.rset".to_owned(),
        Command::Top { msg, lines } => format!("pop.top, {msg}, {lines}"),
        Command::Uidl { msg } => optional("uidl", msg),
        Command::Capa => "pop.capa".to_owned(),
        Command::Stls => "pop.stls, context".to_owned(),
        Command::Utf8 => "pop.utf8".to_owned(),
        Command::Last | Command::Auth { .. } | Command::Lang { .. } | Command::Other { .. } => {
            let raw = if command.expects_multiline() {
                "_longcmd"
            } else {
                "_shortcmd"
            };
            format!("pop.{raw}, {}", py_str(line))
        }
    }
}

const PY_HELPERS: &str = r#"

def show(reply):
    """Prints a reply: a status line, a (status, lines, octets) listing, or a value."""
    if isinstance(reply, bytes):
        print(reply.decode('utf-8', 'replace'))
    elif isinstance(reply, tuple) and len(reply) == 3 and isinstance(reply[1], list):
        show(reply[0])
        for line in reply[1]:
            show(line)
    else:
        print(reply)


def step(call, *args, refused=False):
    """Runs one command and prints its reply; refused: it got -ERR when recorded too."""
    try:
        show(call(*args))
    except poplib.error_proto as error:
        if not refused:
            raise
        show(error.args[0])


def b64(text):
    return base64.b64encode(text.encode()).decode()


def plain():
    return base64.b64encode(('\0%s\0%s' % (USER, PASSWORD)).encode()).decode()

"#;

const PY_CHECK_PIN: &str = r#"
def check_pin(sock):
    seen = hashlib.sha256(sock.getpeercert(binary_form=True)).hexdigest()
    if seen != PIN.lower():
        sys.exit('the certificate is %s, not the pinned %s' % (seen, PIN))

"#;
