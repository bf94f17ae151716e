//! POP3 vocabulary: commands, replies, response codes, capabilities and states.
//!
//! RFC 1939 §3 describes the session as three states:
//!
//! ```text
//!   connect  +----------------+  USER+PASS / APOP / AUTH  +-------------+
//!  --------> | AUTHORIZATION  | ------------------------> | TRANSACTION |
//!   greeting +----------------+          (+OK)            +-------------+
//!                    |                                           |
//!                    | QUIT                                      | QUIT
//!                    v                                           v
//!               connection closed,                    +-------------+
//!               nothing changed                       |   UPDATE    | DELEs applied,
//!                                                     +-------------+ then close
//! ```

use std::fmt;

use crate::secret::Secret;

/// The longest argument RFC 1939 §3 allows ("Each argument may be up to 40
/// characters long").
pub const MAX_ARGUMENT_LEN: usize = 40;

/// A client command (RFC 1939 §§4-7, RFC 2449, RFC 2595, RFC 5034, RFC 6856).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `USER name`: names the mailbox (RFC 1939 §7).
    User {
        /// The mailbox name.
        name: String,
    },
    /// `PASS password`: the mailbox password (RFC 1939 §7). May contain spaces.
    Pass {
        /// The password, masked everywhere but on the wire.
        password: Secret<String>,
    },
    /// `APOP name digest`: MD5 of the greeting timestamp and a secret (RFC 1939 §7).
    Apop {
        /// The mailbox name.
        name: String,
        /// 32 lowercase hex digits.
        digest: Secret<String>,
    },
    /// `QUIT` (RFC 1939 §§5, 6).
    Quit,
    /// `STAT`: message count and total size (RFC 1939 §5).
    Stat,
    /// `LIST [msg]`: scan listing (RFC 1939 §5).
    List {
        /// One message, or all when absent (then the reply is multi-line).
        msg: Option<u32>,
    },
    /// `RETR msg` (RFC 1939 §5).
    Retr {
        /// The message number.
        msg: u32,
    },
    /// `DELE msg` (RFC 1939 §5).
    Dele {
        /// The message number.
        msg: u32,
    },
    /// `NOOP` (RFC 1939 §5).
    Noop,
    /// `RSET`: unmark deleted messages (RFC 1939 §5).
    Rset,
    /// `TOP msg n`: headers and the first n body lines (RFC 1939 §7).
    Top {
        /// The message number.
        msg: u32,
        /// How many body lines.
        lines: u32,
    },
    /// `UIDL [msg]`: unique-id listing (RFC 1939 §7).
    Uidl {
        /// One message, or all when absent (then the reply is multi-line).
        msg: Option<u32>,
    },
    /// `LAST`: highest message number accessed (RFC 1460; removed in RFC 1725).
    Last,
    /// `CAPA`: list capabilities (RFC 2449 §5).
    Capa,
    /// `STLS`: start TLS on this connection (RFC 2595 §4).
    Stls,
    /// `AUTH [mechanism [initial-response]]` (RFC 5034 §4).
    Auth {
        /// The SASL mechanism; a bare `AUTH` lists mechanisms on some servers.
        mechanism: Option<String>,
        /// Base64 initial response, or `=` for an empty one.
        initial_response: Option<Secret<String>>,
    },
    /// `UTF8`: enable UTF-8 mode (RFC 6856 §2).
    Utf8,
    /// `LANG [tag]`: list or choose the response language (RFC 6856 §3).
    Lang {
        /// The language tag or `*`; absent lists languages (multi-line).
        tag: Option<String>,
    },
    /// Anything else, kept as typed: an extension, a typo, or a known keyword with
    /// arguments that do not fit it.
    Other {
        /// The first word of the line.
        keyword: String,
        /// The rest of the line after the first space, if any.
        args: Option<String>,
    },
}

impl Command {
    /// The command keyword as sent (upper case, except for [`Command::Other`]).
    pub fn keyword(&self) -> &str {
        match self {
            Command::User { .. } => "USER",
            Command::Pass { .. } => "PASS",
            Command::Apop { .. } => "APOP",
            Command::Quit => "QUIT",
            Command::Stat => "STAT",
            Command::List { .. } => "LIST",
            Command::Retr { .. } => "RETR",
            Command::Dele { .. } => "DELE",
            Command::Noop => "NOOP",
            Command::Rset => "RSET",
            Command::Top { .. } => "TOP",
            Command::Uidl { .. } => "UIDL",
            Command::Last => "LAST",
            Command::Capa => "CAPA",
            Command::Stls => "STLS",
            Command::Auth { .. } => "AUTH",
            Command::Utf8 => "UTF8",
            Command::Lang { .. } => "LANG",
            Command::Other { keyword, .. } => keyword,
        }
    }

    /// Whether a `+OK` to this command is followed by a multi-line body.
    pub fn expects_multiline(&self) -> bool {
        matches!(
            self,
            Command::List { msg: None }
                | Command::Uidl { msg: None }
                | Command::Retr { .. }
                | Command::Top { .. }
                | Command::Capa
                | Command::Auth {
                    mechanism: None,
                    ..
                }
                | Command::Lang { tag: None }
        )
    }

    /// Whether the command carries a secret (so its line must be masked).
    pub fn has_secret(&self) -> bool {
        matches!(
            self,
            Command::Pass { .. }
                | Command::Apop { .. }
                | Command::Auth {
                    initial_response: Some(_),
                    ..
                }
        )
    }

    /// The message number this command refers to, if any.
    pub fn message_number(&self) -> Option<u32> {
        match self {
            Command::List { msg } | Command::Uidl { msg } => *msg,
            Command::Retr { msg } | Command::Dele { msg } | Command::Top { msg, .. } => Some(*msg),
            _ => None,
        }
    }

    /// The arguments as they go on the wire, secrets exposed.
    fn wire_args(&self) -> Vec<&str> {
        match self {
            Command::User { name } => vec![name],
            Command::Pass { password } => vec![password.expose()],
            Command::Apop { name, digest } => vec![name, digest.expose()],
            Command::Auth {
                mechanism,
                initial_response,
            } => mechanism
                .iter()
                .map(String::as_str)
                .chain(initial_response.iter().map(|r| r.expose().as_str()))
                .collect(),
            Command::Lang { tag } => tag.iter().map(String::as_str).collect(),
            Command::Other { args, .. } => args.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// The command line without CRLF, with secrets masked: what transcripts show.
    pub fn to_masked_line(&self) -> String {
        let masked = crate::secret::MASK;
        match self {
            Command::Pass { .. } => format!("PASS {masked}"),
            Command::Apop { name, .. } => format!("APOP {name} {masked}"),
            Command::Auth {
                mechanism,
                initial_response: Some(_),
            } => format!("AUTH {} {masked}", mechanism.as_deref().unwrap_or_default()),
            _ => String::from_utf8_lossy(&self.to_line()).into_owned(),
        }
    }

    /// The command line without CRLF, secrets exposed.
    pub fn to_line(&self) -> Vec<u8> {
        let mut line = self.keyword().as_bytes().to_vec();
        let numbers: Vec<String> = match self {
            Command::List { msg: Some(n) }
            | Command::Uidl { msg: Some(n) }
            | Command::Retr { msg: n }
            | Command::Dele { msg: n } => vec![n.to_string()],
            Command::Top { msg, lines } => vec![msg.to_string(), lines.to_string()],
            _ => Vec::new(),
        };
        for arg in numbers.iter().map(String::as_str).chain(self.wire_args()) {
            line.push(b' ');
            line.extend_from_slice(arg.as_bytes());
        }
        line
    }

    /// The bytes to write, CRLF included, secrets exposed.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = self.to_line();
        bytes.extend_from_slice(b"\r\n");
        bytes
    }

    /// Checks that the command can be written safely: no CR, LF or NUL in an
    /// argument (which would smuggle in a second command), a keyword of letters
    /// and digits, and non-empty arguments where one is required.
    pub fn validate(&self) -> Result<(), CommandError> {
        let keyword = self.keyword();
        if keyword.is_empty() || !keyword.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(CommandError::BadKeyword {
                keyword: keyword.to_owned(),
            });
        }
        for arg in self.wire_args() {
            if let Some(byte) = arg.bytes().find(|b| matches!(b, b'\r' | b'\n' | b'\0')) {
                return Err(CommandError::ForbiddenByte { byte });
            }
        }
        let empty = match self {
            Command::User { name } | Command::Apop { name, .. } => name.is_empty(),
            Command::Pass { password } => password.expose().is_empty(),
            Command::Auth {
                mechanism: Some(m), ..
            } => m.is_empty() || m.contains(' '),
            _ => false,
        };
        if empty {
            return Err(CommandError::MissingArgument {
                keyword: keyword.to_owned(),
            });
        }
        Ok(())
    }

    /// Parses one command line (without its line ending), as a server does.
    /// Keywords are case-insensitive (RFC 1939 §3). Known keywords with arguments
    /// that do not fit are an error; unknown keywords become [`Command::Other`].
    pub fn parse(line: &[u8]) -> Result<Command, CommandError> {
        let text = std::str::from_utf8(line).map_err(|_| CommandError::NotUtf8)?;
        if let Some(byte) = text.bytes().find(|b| matches!(b, b'\r' | b'\n' | b'\0')) {
            return Err(CommandError::ForbiddenByte { byte });
        }
        let (keyword, rest) = match text.split_once(' ') {
            Some((k, r)) => (k, Some(r)),
            None => (text, None),
        };
        if keyword.is_empty() || !keyword.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(CommandError::BadKeyword {
                keyword: keyword.to_owned(),
            });
        }
        let upper = keyword.to_ascii_uppercase();
        let args: Vec<&str> = rest.map(|r| r.split(' ').collect()).unwrap_or_default();
        let bad = || CommandError::BadArguments {
            keyword: upper.clone(),
            expected: usage(&upper),
        };
        let number = |s: &str| parse_number(s).ok_or_else(bad);
        let command = match (upper.as_str(), args.as_slice()) {
            ("USER", [name]) if !name.is_empty() => Command::User {
                name: (*name).to_owned(),
            },
            // The password is everything after "PASS " (RFC 1939 §7 allows spaces).
            ("PASS", [_, ..]) if rest.is_some_and(|r| !r.is_empty()) => Command::Pass {
                password: Secret::new(rest.unwrap_or_default().to_owned()),
            },
            ("APOP", [name, digest]) if !name.is_empty() && !digest.is_empty() => Command::Apop {
                name: (*name).to_owned(),
                digest: Secret::new((*digest).to_owned()),
            },
            ("QUIT", []) => Command::Quit,
            ("STAT", []) => Command::Stat,
            ("LIST", []) => Command::List { msg: None },
            ("LIST", [n]) => Command::List {
                msg: Some(number(n)?),
            },
            ("RETR", [n]) => Command::Retr { msg: number(n)? },
            ("DELE", [n]) => Command::Dele { msg: number(n)? },
            ("NOOP", []) => Command::Noop,
            ("RSET", []) => Command::Rset,
            ("TOP", [n, lines]) => Command::Top {
                msg: number(n)?,
                lines: lines.parse().map_err(|_| bad())?,
            },
            ("UIDL", []) => Command::Uidl { msg: None },
            ("UIDL", [n]) => Command::Uidl {
                msg: Some(number(n)?),
            },
            ("LAST", []) => Command::Last,
            ("CAPA", []) => Command::Capa,
            ("STLS", []) => Command::Stls,
            ("AUTH", []) => Command::Auth {
                mechanism: None,
                initial_response: None,
            },
            ("AUTH", [mechanism]) if !mechanism.is_empty() => Command::Auth {
                mechanism: Some((*mechanism).to_owned()),
                initial_response: None,
            },
            ("AUTH", [mechanism, initial]) if !mechanism.is_empty() && !initial.is_empty() => {
                Command::Auth {
                    mechanism: Some((*mechanism).to_owned()),
                    initial_response: Some(Secret::new((*initial).to_owned())),
                }
            }
            ("UTF8", []) => Command::Utf8,
            ("LANG", []) => Command::Lang { tag: None },
            ("LANG", [tag]) if !tag.is_empty() => Command::Lang {
                tag: Some((*tag).to_owned()),
            },
            (
                "USER" | "PASS" | "APOP" | "QUIT" | "STAT" | "LIST" | "RETR" | "DELE" | "NOOP"
                | "RSET" | "TOP" | "UIDL" | "LAST" | "CAPA" | "STLS" | "AUTH" | "UTF8" | "LANG",
                _,
            ) => return Err(bad()),
            _ => Command::Other {
                keyword: keyword.to_owned(),
                args: rest.map(str::to_owned),
            },
        };
        Ok(command)
    }

    /// Parses a line the way a user types it: known commands become their variant,
    /// anything else (including a known keyword with unfitting arguments) is kept
    /// verbatim as [`Command::Other`], so it can still be sent.
    pub fn parse_lenient(line: &str) -> Command {
        let line = line.trim_end_matches(['\r', '\n']);
        Command::parse(line.as_bytes()).unwrap_or_else(|_| {
            let (keyword, args) = match line.split_once(' ') {
                Some((k, r)) => (k, Some(r.to_owned())),
                None => (line, None),
            };
            Command::Other {
                keyword: keyword.to_owned(),
                args,
            }
        })
    }
}

/// A message number: a positive decimal integer without sign or leading `+`.
fn parse_number(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|&n| n > 0)
}

/// How a known command is written (its RFC syntax, e.g. `TOP msg n`), from its
/// upper-case keyword; `""` for an unknown one.
pub fn usage(keyword: &str) -> &'static str {
    match keyword {
        "USER" => "USER name",
        "PASS" => "PASS string",
        "APOP" => "APOP name digest",
        "LIST" => "LIST [msg]",
        "RETR" => "RETR msg",
        "DELE" => "DELE msg",
        "TOP" => "TOP msg n",
        "UIDL" => "UIDL [msg]",
        "AUTH" => "AUTH mechanism [initial-response]",
        "LANG" => "LANG [tag]",
        "QUIT" => "QUIT",
        "STAT" => "STAT",
        "NOOP" => "NOOP",
        "RSET" => "RSET",
        "LAST" => "LAST",
        "CAPA" => "CAPA",
        "STLS" => "STLS",
        "UTF8" => "UTF8",
        _ => "",
    }
}

/// Why a command cannot be written or was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    /// The keyword is empty or has characters other than letters and digits.
    BadKeyword {
        /// The rejected keyword.
        keyword: String,
    },
    /// An argument contains CR, LF or NUL.
    ForbiddenByte {
        /// The byte that was found.
        byte: u8,
    },
    /// A required argument is empty.
    MissingArgument {
        /// The command keyword.
        keyword: String,
    },
    /// The arguments do not fit the command.
    BadArguments {
        /// The command keyword.
        keyword: String,
        /// The usage, e.g. `RETR msg`.
        expected: &'static str,
    },
    /// The line is not valid UTF-8.
    NotUtf8,
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandError::BadKeyword { keyword } => {
                write!(f, "\"{keyword}\" is not a command keyword")
            }
            CommandError::ForbiddenByte { byte } => {
                write!(f, "arguments may not contain byte 0x{byte:02X}")
            }
            CommandError::MissingArgument { keyword } => {
                write!(f, "{keyword} needs an argument")
            }
            CommandError::BadArguments { keyword, expected } => {
                write!(f, "wrong arguments for {keyword}; usage: {expected}")
            }
            CommandError::NotUtf8 => f.write_str("the command line is not valid UTF-8"),
        }
    }
}

impl std::error::Error for CommandError {}

/// The status indicator of a reply (RFC 1939 §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// `+OK`
    Ok,
    /// `-ERR`
    Err,
}

impl Status {
    /// `+OK` or `-ERR`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "+OK",
            Status::Err => "-ERR",
        }
    }
}

/// An extended response code in brackets after the status (RFC 2449 §8).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseCode {
    /// `[IN-USE]`: the maildrop is locked by another session (RFC 2449 §8.1.1).
    InUse,
    /// `[LOGIN-DELAY]`: logged in too recently (RFC 2449 §8.1.2).
    LoginDelay,
    /// `[SYS/TEMP]`: a temporary system problem (RFC 3206 §4).
    SysTemp,
    /// `[SYS/PERM]`: a permanent system problem (RFC 3206 §4).
    SysPerm,
    /// `[AUTH]`: the credentials were wrong (RFC 3206 §5).
    Auth,
    /// `[UTF8]`: the maildrop needs UTF-8 mode (RFC 6856 §2.1).
    Utf8,
    /// A code this crate does not know, kept as sent.
    Other(String),
}

impl ResponseCode {
    /// Parses the text between the brackets.
    pub fn parse(code: &str) -> ResponseCode {
        match code.to_ascii_uppercase().as_str() {
            "IN-USE" => ResponseCode::InUse,
            "LOGIN-DELAY" => ResponseCode::LoginDelay,
            "SYS/TEMP" => ResponseCode::SysTemp,
            "SYS/PERM" => ResponseCode::SysPerm,
            "AUTH" => ResponseCode::Auth,
            "UTF8" => ResponseCode::Utf8,
            _ => ResponseCode::Other(code.to_owned()),
        }
    }

    /// The code as written between brackets.
    pub fn as_str(&self) -> &str {
        match self {
            ResponseCode::InUse => "IN-USE",
            ResponseCode::LoginDelay => "LOGIN-DELAY",
            ResponseCode::SysTemp => "SYS/TEMP",
            ResponseCode::SysPerm => "SYS/PERM",
            ResponseCode::Auth => "AUTH",
            ResponseCode::Utf8 => "UTF8",
            ResponseCode::Other(code) => code,
        }
    }
}

/// A status reply: `+OK` or `-ERR`, an optional code, text, and for multi-line
/// replies the dot-unstuffed body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// `+OK` or `-ERR`.
    pub status: Status,
    /// The `[CODE]` that opens the text, if any.
    pub code: Option<ResponseCode>,
    /// The text after the status (and code), without the line ending; bytes as sent.
    pub text: Vec<u8>,
    /// The multi-line body, dot-unstuffed, line endings kept, terminator removed.
    pub body: Option<Vec<u8>>,
}

impl Response {
    /// A single-line `+OK text`.
    pub fn ok(text: impl Into<Vec<u8>>) -> Response {
        Response {
            status: Status::Ok,
            code: None,
            text: text.into(),
            body: None,
        }
    }

    /// A single-line `-ERR text`.
    pub fn err(text: impl Into<Vec<u8>>) -> Response {
        Response {
            status: Status::Err,
            ..Response::ok(text)
        }
    }

    /// Adds a response code.
    pub fn with_code(mut self, code: ResponseCode) -> Response {
        self.code = Some(code);
        self
    }

    /// Adds a multi-line body (unstuffed; lines end in CRLF).
    pub fn with_body(mut self, body: impl Into<Vec<u8>>) -> Response {
        self.body = Some(body.into());
        self
    }

    /// Whether the status is `+OK`.
    pub fn is_ok(&self) -> bool {
        self.status == Status::Ok
    }

    /// The text, decoded lossily for display.
    pub fn text_lossy(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.text)
    }

    /// The body split into lines without their line endings.
    pub fn body_lines(&self) -> impl Iterator<Item = &[u8]> {
        self.body.as_deref().into_iter().flat_map(split_lines)
    }
}

/// Splits bytes into lines, removing CRLF or a bare LF; no empty trailing line.
pub fn split_lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let trimmed = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let empty = bytes.is_empty();
    trimmed
        .split(|&b| b == b'\n')
        .filter(move |_| !empty)
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
}

/// A capability from a CAPA reply (RFC 2449 §6 and later RFCs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Capability {
    /// `TOP` (RFC 2449 §6.1).
    Top,
    /// `USER`: USER/PASS accepted (RFC 2449 §6.2).
    User,
    /// `SASL mech...` (RFC 2449 §6.3, RFC 5034).
    Sasl(Vec<String>),
    /// `RESP-CODES` (RFC 2449 §6.4).
    RespCodes,
    /// `LOGIN-DELAY n [USER]` (RFC 2449 §6.5).
    LoginDelay {
        /// Minimum seconds between logins, if parseable.
        seconds: Option<u32>,
        /// Whether the value varies per user.
        per_user: bool,
    },
    /// `PIPELINING` (RFC 2449 §6.6).
    Pipelining,
    /// `EXPIRE NEVER|n [USER]` (RFC 2449 §6.7).
    Expire {
        /// `None` for NEVER, else days.
        days: Option<u32>,
        /// Whether the value varies per user.
        per_user: bool,
    },
    /// `UIDL` (RFC 2449 §6.8).
    Uidl,
    /// `IMPLEMENTATION text` (RFC 2449 §6.9).
    Implementation(String),
    /// `STLS` (RFC 2595 §4).
    Stls,
    /// `AUTH-RESP-CODE` (RFC 3206 §6).
    AuthRespCode,
    /// `UTF8 [USER]` (RFC 6856 §2).
    Utf8 {
        /// `UTF8 USER`: UTF-8 user names and passwords are accepted.
        user: bool,
    },
    /// `LANG` (RFC 6856 §3).
    Lang,
    /// Anything else, kept as sent.
    Other {
        /// The tag, as sent.
        name: String,
        /// The parameters.
        params: Vec<String>,
    },
}

impl Capability {
    /// Parses one CAPA line (without its line ending).
    pub fn parse(line: &str) -> Capability {
        let mut words = line.split_ascii_whitespace();
        let name = words.next().unwrap_or_default();
        let params: Vec<String> = words.map(str::to_owned).collect();
        let has_user = |params: &[String]| params.iter().any(|p| p.eq_ignore_ascii_case("USER"));
        match name.to_ascii_uppercase().as_str() {
            "TOP" => Capability::Top,
            "USER" => Capability::User,
            "SASL" => Capability::Sasl(params),
            "RESP-CODES" => Capability::RespCodes,
            "LOGIN-DELAY" => Capability::LoginDelay {
                seconds: params.first().and_then(|p| p.parse().ok()),
                per_user: has_user(&params),
            },
            "PIPELINING" => Capability::Pipelining,
            "EXPIRE" => Capability::Expire {
                days: params.first().and_then(|p| p.parse().ok()),
                per_user: has_user(&params),
            },
            "UIDL" => Capability::Uidl,
            "IMPLEMENTATION" => {
                let text = line.trim_start()[name.len()..].trim();
                Capability::Implementation(text.to_owned())
            }
            "STLS" => Capability::Stls,
            "AUTH-RESP-CODE" => Capability::AuthRespCode,
            "UTF8" => Capability::Utf8 {
                user: has_user(&params),
            },
            "LANG" => Capability::Lang,
            _ => Capability::Other {
                name: name.to_owned(),
                params,
            },
        }
    }

    /// The line as a server writes it.
    pub fn to_line(&self) -> String {
        let user = |per_user: bool| if per_user { " USER" } else { "" };
        match self {
            Capability::Top => "TOP".into(),
            Capability::User => "USER".into(),
            Capability::Sasl(mechs) if mechs.is_empty() => "SASL".into(),
            Capability::Sasl(mechs) => format!("SASL {}", mechs.join(" ")),
            Capability::RespCodes => "RESP-CODES".into(),
            Capability::LoginDelay { seconds, per_user } => format!(
                "LOGIN-DELAY {}{}",
                seconds.unwrap_or_default(),
                user(*per_user)
            ),
            Capability::Pipelining => "PIPELINING".into(),
            Capability::Expire { days, per_user } => match days {
                Some(days) => format!("EXPIRE {days}{}", user(*per_user)),
                None => format!("EXPIRE NEVER{}", user(*per_user)),
            },
            Capability::Uidl => "UIDL".into(),
            Capability::Implementation(text) => format!("IMPLEMENTATION {text}"),
            Capability::Stls => "STLS".into(),
            Capability::AuthRespCode => "AUTH-RESP-CODE".into(),
            Capability::Utf8 { user } => format!("UTF8{}", if *user { " USER" } else { "" }),
            Capability::Lang => "LANG".into(),
            Capability::Other { name, params } if params.is_empty() => name.clone(),
            Capability::Other { name, params } => format!("{name} {}", params.join(" ")),
        }
    }
}

/// The session state as RFC 1939 §3 defines it, plus the moments before the
/// greeting and after the connection ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Connected, waiting for the server's greeting.
    Greeting,
    /// AUTHORIZATION: the client must identify itself (RFC 1939 §4).
    Authorization {
        /// The APOP timestamp from the greeting, if it had one.
        timestamp: Option<String>,
    },
    /// TRANSACTION: the maildrop is open (RFC 1939 §5).
    Transaction,
    /// UPDATE: after QUIT in TRANSACTION, deletions are being applied (RFC 1939 §6).
    Update,
    /// The session is over.
    Closed,
}

impl State {
    /// The name a user sees: DISCONNECTED, AUTHORIZATION, TRANSACTION or UPDATE.
    pub fn label(&self) -> &'static str {
        match self {
            State::Greeting | State::Closed => "DISCONNECTED",
            State::Authorization { .. } => "AUTHORIZATION",
            State::Transaction => "TRANSACTION",
            State::Update => "UPDATE",
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_known_answers() {
        assert_eq!(Command::Retr { msg: 1 }.to_bytes(), b"RETR 1\r\n");
        assert_eq!(
            Command::Top { msg: 10, lines: 0 }.to_bytes(),
            b"TOP 10 0\r\n"
        );
        assert_eq!(Command::List { msg: None }.to_bytes(), b"LIST\r\n");
        assert_eq!(
            Command::Apop {
                name: "mrose".into(),
                digest: "c4c9334bac560ecc979e58001b3e22fb".into()
            }
            .to_bytes(),
            b"APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n"
        );
        assert_eq!(
            Command::Pass {
                password: "open sesame".into()
            }
            .to_masked_line(),
            "PASS ********"
        );
    }

    #[test]
    fn parse_is_case_insensitive_and_strict_on_arguments() {
        assert_eq!(Command::parse(b"retr 3"), Ok(Command::Retr { msg: 3 }));
        assert_eq!(
            Command::parse(b"PASS with spaces"),
            Ok(Command::Pass {
                password: "with spaces".into()
            })
        );
        assert!(matches!(
            Command::parse(b"RETR 0"),
            Err(CommandError::BadArguments { .. })
        ));
        assert!(matches!(
            Command::parse(b"RETR +1"),
            Err(CommandError::BadArguments { .. })
        ));
        assert!(matches!(
            Command::parse(b"STAT now"),
            Err(CommandError::BadArguments { .. })
        ));
        assert_eq!(
            Command::parse(b"XTND XMIT"),
            Ok(Command::Other {
                keyword: "XTND".into(),
                args: Some("XMIT".into())
            })
        );
        assert_eq!(
            Command::parse_lenient("RETR abc"),
            Command::Other {
                keyword: "RETR".into(),
                args: Some("abc".into())
            }
        );
    }

    #[test]
    fn validate_refuses_injection() {
        let cmd = Command::User {
            name: "a\r\nDELE 1".into(),
        };
        assert_eq!(
            cmd.validate(),
            Err(CommandError::ForbiddenByte { byte: b'\r' })
        );
    }

    #[test]
    fn capabilities_round_trip() {
        for line in [
            "TOP",
            "SASL PLAIN CRAM-MD5",
            "LOGIN-DELAY 900",
            "EXPIRE NEVER",
            "EXPIRE 30 USER",
            "IMPLEMENTATION Dovecot ready",
            "UTF8 USER",
            "X-FOO bar baz",
        ] {
            assert_eq!(Capability::parse(line).to_line(), line);
        }
    }

    #[test]
    fn split_lines_handles_endings() {
        let lines: Vec<&[u8]> = split_lines(b"a\r\nb\nc\r\n").collect();
        assert_eq!(lines, [&b"a"[..], b"b", b"c"]);
        assert_eq!(split_lines(b"").count(), 0);
        assert_eq!(split_lines(b"\r\n").collect::<Vec<_>>(), [&b""[..]]);
    }
}
