//! A real Dovecot POP3 server for tests, started on free loopback ports in a fresh
//! temporary directory and stopped (and the directory removed) when dropped, even
//! when a test panics.
//!
//! The configuration follows `examples/dovecot-test.conf` from the project's shared
//! notes (verified with Debian's dovecot-pop3d 2.3.19): passwd-file users with
//! `{PLAIN}` passwords (so CRAM-MD5 and APOP work), a self-signed certificate made
//! with rcgen, and one Maildir per user owned by the `dovecot` user (Dovecot's login
//! process refuses to run as root).
//!
//! [`Dovecot::start`] returns `None`, after a loud message on stderr, when the
//! server is not installed (or, when not running as root, refuses to start), so the
//! tests can return early; with `POP3_REQUIRE_DOVECOT=1` (CI) it panics instead.

use std::fmt::Write as _;
use std::fs;
use std::io::{self, BufRead, BufReader, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rustls::pki_types::CertificateDer;

/// Where Debian's dovecot-core installs the server.
pub const DOVECOT_BINARY: &str = "/usr/sbin/dovecot";

/// Set to `1` to turn "Dovecot is not available" into a test failure.
pub const REQUIRE_ENV: &str = "POP3_REQUIRE_DOVECOT";

/// Set to run another Dovecot binary than [`DOVECOT_BINARY`].
pub const BINARY_ENV: &str = "POP3_DOVECOT_BINARY";

/// The Dovecot binary to run.
pub fn dovecot_binary() -> PathBuf {
    std::env::var_os(BINARY_ENV).map_or_else(|| PathBuf::from(DOVECOT_BINARY), PathBuf::from)
}

/// How long the server may take to greet after it was started.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a stopping server may take before it is killed.
const SHUTDOWN_TIMEOUT: Duration = Duration::from_secs(5);

/// The configuration. `DIR`, `PLAIN_PORT`, `TLS_PORT`, `MAIL_UID`, `MAIL_GID` and
/// the `EXTRA_*` lines are replaced when it is written.
const CONFIG_TEMPLATE: &str = "\
# Written by tests/support/dovecot.rs for one test; removed when the test ends.
base_dir = DIR/run
state_dir = DIR/state
log_path = DIR/dovecot.log
protocols = pop3
listen = 127.0.0.1
ssl = yes
ssl_cert = <DIR/cert.pem
ssl_key = <DIR/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login cram-md5 apop
# Dovecot waits 2 s before refusing a wrong password by default, and its anvil
# process adds a growing penalty per failing IP (4, 8, 15 s before the next
# attempt, even a right one; 2.3 no longer exempts login_trusted_networks). The
# auth process turns the penalty off when it cannot reach anvil's penalty socket,
# hence mode 0 below (it logs one harmless net_connect_unix error).
auth_failure_delay = 0
auth_verbose = yes
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u DIR/users
}
userdb {
  driver = static
  args = uid=MAIL_UID gid=MAIL_GID home=DIR/home/%u
}
mail_location = maildir:~/Maildir
first_valid_uid = 1
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
EXTRA_ANVIL
}
EXTRA_GLOBAL
service pop3-login {
  inet_listener pop3 {
    port = PLAIN_PORT
  }
  inet_listener pop3s {
    port = TLS_PORT
    ssl = yes
  }
EXTRA_LOGIN
}
";

/// One message as stored in the Maildir, and what the server must send for it.
#[derive(Debug, Clone)]
pub struct Message {
    /// The file name in `Maildir/new/`.
    pub file_name: &'static str,
    /// What the message is there to test.
    pub purpose: &'static str,
    /// The file's bytes: lines end in LF, as Dovecot stores mail.
    pub stored: Vec<u8>,
    /// What RETR must deliver once dot-unstuffed: the file with every LF turned
    /// into CRLF. Its length is the size LIST and STAT report.
    pub retr: Vec<u8>,
}

impl Message {
    fn new(file_name: &'static str, purpose: &'static str, stored: &[u8]) -> Message {
        assert!(
            stored.ends_with(b"\n") && !stored.contains(&b'\r'),
            "test messages are stored with LF line endings and end with one"
        );
        let mut retr = Vec::with_capacity(stored.len() + stored.len() / 20);
        for &byte in stored {
            if byte == b'\n' {
                retr.push(b'\r');
            }
            retr.push(byte);
        }
        Message {
            file_name,
            purpose,
            stored: stored.to_vec(),
            retr,
        }
    }

    /// The size in octets as the server counts it (CRLF line endings).
    pub fn size(&self) -> u64 {
        self.retr.len() as u64
    }

    /// What `TOP n 0` must deliver: the header block and the empty line after it.
    pub fn header_block(&self) -> &[u8] {
        let end = self
            .retr
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("every test message has a header/body separator");
        &self.retr[..end + 4]
    }

    /// The lines of the (CRLF) message that begin with "." and so must be
    /// dot-stuffed on the wire.
    pub fn dot_lines(&self) -> usize {
        self.retr
            .split(|&b| b == b'\n')
            .filter(|line| line.starts_with(b"."))
            .count()
    }
}

/// A user and the maildrop the harness wrote for them.
#[derive(Debug, Clone)]
pub struct Mailbox {
    /// The login name.
    pub user: &'static str,
    /// The password (stored as `{PLAIN}` so CRAM-MD5 and APOP can use it).
    pub password: &'static str,
    /// The messages in the order the server numbers them (oldest first).
    pub messages: Vec<Message>,
}

impl Mailbox {
    /// The total size STAT must report.
    pub fn total_size(&self) -> u64 {
        self.messages.iter().map(Message::size).sum()
    }
}

/// The maildrop of `mrose` (RFC 1939's example user): read-mostly tests use it.
fn mrose() -> Mailbox {
    let plain = Message::new(
        "1700000000.M1P1.test",
        "a plain multi-line message",
        b"Return-Path: <alice@example.org>\n\
From: Alice Example <alice@example.org>\n\
To: Marshall Rose <mrose@example.org>\n\
Subject: Plain multi-line text\n\
Date: Tue, 14 Nov 2023 22:13:20 +0000\n\
Message-ID: <plain.1700000000@example.org>\n\
MIME-Version: 1.0\n\
Content-Type: text/plain; charset=us-ascii\n\
\n\
Hello Marshall,\n\
\n\
this is an ordinary message with several lines of text,\n\
an empty line in the middle,\n\
\n\
\x20   some indented text (four spaces),\n\
and trailing spaces at the end of this line.   \n\
\n\
-- \n\
Alice\n",
    );
    let dots = Message::new(
        "1700000001.M2P1.test",
        "body lines that begin with \".\" (dot-stuffing)",
        b"From: Dot Tester <dots@example.org>\n\
To: mrose@example.org\n\
Subject: Lines that begin with a dot\n\
Date: Tue, 14 Nov 2023 22:13:21 +0000\n\
Message-ID: <dots.1700000001@example.org>\n\
\n\
The next line is a single dot; a server that forgets to stuff it ends the reply:\n\
.\n\
..\n\
...\n\
.hidden file names begin with a dot\n\
. a dot and a space\n\
and the last line of the body is a dot too:\n\
.\n",
    );
    let non_ascii = Message::new(
        "1700000002.M3P1.test",
        "non-ASCII headers (RFC 2047) and an 8-bit UTF-8 body",
        "From: =?UTF-8?Q?Andr=C3=A9_Pirard?= <andre@example.org>\n\
To: mrose@example.org\n\
Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=\n\
Date: Tue, 14 Nov 2023 22:13:22 +0000\n\
Message-ID: <utf8.1700000002@example.org>\n\
MIME-Version: 1.0\n\
Content-Type: text/plain; charset=utf-8\n\
Content-Transfer-Encoding: 8bit\n\
\n\
Grüße aus Köln!\n\
Ein Brief mit Umlauten: äöü ß, und ein Euro: €.\n\
日本語のテキストも。\n"
            .as_bytes(),
    );
    let mut long = b"From: Bulk Sender <bulk@example.org>\n\
To: mrose@example.org\n\
Subject: A long message that spans many reads\n\
Date: Tue, 14 Nov 2023 22:13:23 +0000\n\
Message-ID: <long.1700000003@example.org>\n\
MIME-Version: 1.0\n\
Content-Type: text/plain; charset=iso-8859-1\n\
Content-Transfer-Encoding: 8bit\n\
\n"
    .to_vec();
    for i in 1..=800 {
        let line = if i % 100 == 0 {
            format!(".{i:04} a line beginning with a dot, deep inside the message\n")
        } else {
            format!("Line {i:04}: the quick brown fox jumps over the lazy dog, again and again.\n")
        };
        long.extend_from_slice(line.as_bytes());
    }
    long.extend_from_slice(b"Latin-1, not UTF-8: caf\xe9 cr\xe8me br\xfbl\xe9e\n");
    let long = Message::new(
        "1700000003.M4P1.test",
        "a long message (several TCP reads) with ISO-8859-1 bytes",
        &long,
    );
    Mailbox {
        user: "mrose",
        password: "tanstaaf",
        messages: vec![plain, dots, non_ascii, long],
    }
}

/// The maildrop of `alice`: tests that delete messages use it.
fn alice() -> Mailbox {
    let message = |file_name, subject: &str, body: &str| {
        let text = format!(
            "From: Bob <bob@example.org>\n\
To: Alice <alice@example.org>\n\
Subject: {subject}\n\
Message-ID: <{file_name}@example.org>\n\
\n\
{body}\n"
        );
        Message::new(file_name, "a short message", text.as_bytes())
    };
    Mailbox {
        user: "alice",
        password: "wonderland",
        messages: vec![
            message("1700000100.M1P2.test", "First", "Down the rabbit hole."),
            message(
                "1700000101.M2P2.test",
                "Second",
                "The pool of tears.\n.\nA dot.",
            ),
            message(
                "1700000102.M3P2.test",
                "Third",
                "A caucus-race and a long tale.",
            ),
        ],
    }
}

/// Whose files the mail is and which user Dovecot's unprivileged processes run as.
#[derive(Debug, Clone)]
enum RunAs {
    /// Running as root: mail belongs to the `dovecot` user.
    Root { uid: u32, gid: u32 },
    /// Running as an ordinary user: everything runs as that user.
    User {
        uid: u32,
        gid: u32,
        name: String,
        group: Option<String>,
    },
}

impl RunAs {
    fn mail_owner(&self) -> (u32, u32) {
        match self {
            RunAs::Root { uid, gid } | RunAs::User { uid, gid, .. } => (*uid, *gid),
        }
    }
}

/// Why a start failed.
struct Failure {
    message: String,
    /// The ports were taken between choosing and binding them: try again.
    port_clash: bool,
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure {
            message: format!("I/O error while preparing Dovecot: {e}"),
            port_clash: false,
        }
    }
}

/// A running Dovecot. Dropping it stops the server and removes its directory.
pub struct Dovecot {
    child: Child,
    dir: tempfile::TempDir,
    /// The POP3 port (plain, with STLS).
    pub plain_addr: SocketAddr,
    /// The POP3S port (implicit TLS).
    pub tls_addr: SocketAddr,
    /// The server's self-signed certificate (SAN `localhost` and `127.0.0.1`).
    pub cert_der: CertificateDer<'static>,
    /// The users and their messages, as written to the Maildirs.
    pub mailboxes: Vec<Mailbox>,
}

impl std::fmt::Debug for Dovecot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dovecot")
            .field("pid", &self.child.id())
            .field("dir", &self.dir.path())
            .field("plain_addr", &self.plain_addr)
            .field("tls_addr", &self.tls_addr)
            .finish_non_exhaustive()
    }
}

impl Dovecot {
    /// Starts a fresh server, or returns `None` (after saying so loudly) when
    /// Dovecot is not installed. Panics when it is installed but does not start,
    /// and whenever `POP3_REQUIRE_DOVECOT=1` and it cannot run.
    pub fn start() -> Option<Dovecot> {
        let binary = dovecot_binary();
        if !binary.is_file() {
            return skip(
                "DOVECOT NOT INSTALLED: the real-server tests did not run; install dovecot-pop3d",
                &format!(
                    "{} does not exist. On Debian/Ubuntu: apt-get install dovecot-pop3d\n\
                     (or point {BINARY_ENV} at a dovecot binary)",
                    binary.display()
                ),
            );
        }
        let mut attempt = 1;
        loop {
            match Self::try_start(&binary) {
                Ok(dovecot) => return Some(dovecot),
                Err(failure) if failure.port_clash && attempt < 3 => attempt += 1,
                Err(failure) if is_root() => panic!("Dovecot did not start:\n{}", failure.message),
                Err(failure) => {
                    return skip(
                        "DOVECOT DID NOT START (not running as root): the real-server tests did not run",
                        &failure.message,
                    );
                }
            }
        }
    }

    fn try_start(binary: &Path) -> Result<Dovecot, Failure> {
        let dir = tempfile::Builder::new()
            .prefix("pop3-dovecot-")
            .tempdir_in(short_temp_root())?;
        let root = dir.path().to_path_buf();
        // Dovecot's unprivileged processes must reach the Maildirs below it.
        fs::set_permissions(&root, fs::Permissions::from_mode(0o755))?;
        let run_as = run_as(&root)?;

        let (plain_addr, tls_addr) = free_ports()?;

        let cert = rcgen::generate_simple_self_signed(vec![
            "localhost".to_owned(),
            "127.0.0.1".to_owned(),
        ])
        .map_err(|e| Failure {
            message: format!("rcgen could not make a certificate: {e}"),
            port_clash: false,
        })?;
        fs::write(root.join("cert.pem"), cert.cert.pem())?;
        fs::write(root.join("key.pem"), cert.signing_key.serialize_pem())?;
        fs::set_permissions(root.join("key.pem"), fs::Permissions::from_mode(0o600))?;

        let mailboxes = vec![mrose(), alice()];
        let mut users = String::new();
        for mailbox in &mailboxes {
            writeln!(
                users,
                "{}:{{PLAIN}}{}::::::",
                mailbox.user, mailbox.password
            )
            .expect("write to a String");
            let maildir = root.join("home").join(mailbox.user).join("Maildir");
            for sub in ["cur", "new", "tmp"] {
                fs::create_dir_all(maildir.join(sub))?;
            }
            for message in &mailbox.messages {
                fs::write(maildir.join("new").join(message.file_name), &message.stored)?;
            }
        }
        fs::write(root.join("users"), users)?;
        let (uid, gid) = run_as.mail_owner();
        chown_recursive(&root.join("home"), uid, gid)?;

        let config = config_text(&root, plain_addr.port(), tls_addr.port(), &run_as);
        let config_path = root.join("dovecot.conf");
        fs::write(&config_path, &config)?;

        let stderr = fs::File::create(root.join("dovecot.stderr"))?;
        let child = Command::new(binary)
            .arg("-F")
            .arg("-c")
            .arg(&config_path)
            .stdin(Stdio::null())
            .stdout(stderr.try_clone()?)
            .stderr(stderr)
            .spawn()
            .map_err(|e| Failure {
                message: format!("could not run {}: {e}", binary.display()),
                port_clash: false,
            })?;
        let mut dovecot = Dovecot {
            child,
            dir,
            plain_addr,
            tls_addr,
            cert_der: cert.cert.der().clone(),
            mailboxes,
        };
        match dovecot.wait_until_ready() {
            Ok(()) => Ok(dovecot),
            Err(problem) => {
                let log = dovecot.log();
                let port_clash = log.contains("Address already in use");
                let message = format!(
                    "{problem}\n--- {} ---\n{log}\n--- dovecot.conf ---\n{config}",
                    dovecot.dir().join("dovecot.log").display()
                );
                // Dropping `dovecot` stops the server and removes the directory.
                Err(Failure {
                    message,
                    port_clash,
                })
            }
        }
    }

    /// Waits until the plain port greets with `+OK` and the TLS port accepts.
    fn wait_until_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().map_err(|e| e.to_string())? {
                return Err(format!("dovecot exited during startup ({status})"));
            }
            let last = match probe_greeting(self.plain_addr) {
                Ok(greeting) if greeting.starts_with("+OK") => {
                    return TcpStream::connect_timeout(&self.tls_addr, Duration::from_secs(1))
                        .map(drop)
                        .map_err(|e| format!("the TLS port {} refuses: {e}", self.tls_addr));
                }
                Ok(greeting) => return Err(format!("unexpected greeting {greeting:?}")),
                Err(e) => e.to_string(),
            };
            if Instant::now() >= deadline {
                return Err(format!(
                    "dovecot did not greet on {} within {STARTUP_TIMEOUT:?} (last attempt: {last})",
                    self.plain_addr
                ));
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// The user's mailbox as written by the harness.
    pub fn mailbox(&self, user: &str) -> &Mailbox {
        self.mailboxes
            .iter()
            .find(|m| m.user == user)
            .unwrap_or_else(|| panic!("no test user {user:?}"))
    }

    /// The server's temporary directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The message files currently in the user's Maildir (`cur/` and `new/`).
    pub fn maildir_files(&self, user: &str) -> Vec<PathBuf> {
        let maildir = self.dir().join("home").join(user).join("Maildir");
        let mut files: Vec<PathBuf> = ["cur", "new"]
            .iter()
            .filter_map(|sub| fs::read_dir(maildir.join(sub)).ok())
            .flatten()
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.is_file())
            .collect();
        files.sort();
        files
    }

    /// Dovecot's log so far, with anything it wrote to stderr.
    pub fn log(&self) -> String {
        let mut text = fs::read_to_string(self.dir().join("dovecot.log"))
            .unwrap_or_else(|e| format!("(no dovecot.log: {e})\n"));
        if let Ok(stderr) = fs::read_to_string(self.dir().join("dovecot.stderr"))
            && !stderr.is_empty()
        {
            text.push_str("--- stderr ---\n");
            text.push_str(&stderr);
        }
        text
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM lets the master stop its children; SIGKILL is the fallback.
        let pid = self.child.id().to_string();
        let asked = Command::new("kill")
            .args(["-TERM", &pid])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        let deadline = Instant::now() + SHUTDOWN_TIMEOUT;
        loop {
            match self.child.try_wait() {
                Ok(Some(_)) | Err(_) => break,
                Ok(None) if asked && Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Ok(None) => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    break;
                }
            }
        }
        if std::thread::panicking() {
            // Shown with the failing test's output.
            eprintln!(
                "--- Dovecot log ({}) ---\n{}",
                self.dir().display(),
                self.log()
            );
        }
        // The TempDir field removes the directory after this.
    }
}

/// Reads the first line a server sends.
fn probe_greeting(addr: SocketAddr) -> io::Result<String> {
    let stream = TcpStream::connect_timeout(&addr, Duration::from_millis(250))?;
    stream.set_read_timeout(Some(Duration::from_secs(2)))?;
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line)?;
    Ok(line.trim_end().to_owned())
}

/// Two free loopback ports, found by binding port 0 and letting go.
fn free_ports() -> io::Result<(SocketAddr, SocketAddr)> {
    let plain = TcpListener::bind("127.0.0.1:0")?;
    let tls = TcpListener::bind("127.0.0.1:0")?;
    Ok((plain.local_addr()?, tls.local_addr()?))
}

/// Unix socket paths under `base_dir` must stay short (108 bytes), and the
/// `dovecot` user must be able to traverse every parent: `/tmp` fits both.
fn short_temp_root() -> PathBuf {
    let tmp = PathBuf::from("/tmp");
    if tmp.is_dir() {
        tmp
    } else {
        std::env::temp_dir()
    }
}

fn is_root() -> bool {
    fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// Decides who owns the mail. `probe` is a directory this process just created,
/// so its owner is the effective user and group.
fn run_as(probe: &Path) -> Result<RunAs, Failure> {
    let meta = fs::metadata(probe)?;
    if meta.uid() == 0 {
        let (uid, gid, _) = passwd_entry(|name, _| name == "dovecot").ok_or_else(|| Failure {
            message: "running as root, but /etc/passwd has no `dovecot` user \
                      (is dovecot-core installed properly?)"
                .to_owned(),
            port_clash: false,
        })?;
        Ok(RunAs::Root { uid, gid })
    } else {
        let uid = meta.uid();
        let name = passwd_entry(|_, entry_uid| entry_uid == uid)
            .map(|(_, _, name)| name)
            .ok_or_else(|| Failure {
                message: format!("uid {uid} has no /etc/passwd entry for Dovecot to run as"),
                port_clash: false,
            })?;
        Ok(RunAs::User {
            uid,
            gid: meta.gid(),
            name,
            group: group_name(meta.gid()),
        })
    }
}

/// The first `/etc/passwd` entry that matches: (uid, gid, name).
fn passwd_entry(matches: impl Fn(&str, u32) -> bool) -> Option<(u32, u32, String)> {
    let passwd = fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let _password = fields.next()?;
        let uid = fields.next()?.parse().ok()?;
        let gid = fields.next()?.parse().ok()?;
        matches(name, uid).then(|| (uid, gid, name.to_owned()))
    })
}

/// The name of a group in `/etc/group`.
fn group_name(gid: u32) -> Option<String> {
    let groups = fs::read_to_string("/etc/group").ok()?;
    groups.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let _password = fields.next()?;
        (fields.next()?.parse::<u32>().ok()? == gid).then(|| name.to_owned())
    })
}

fn chown_recursive(path: &Path, uid: u32, gid: u32) -> io::Result<()> {
    std::os::unix::fs::lchown(path, Some(uid), Some(gid))?;
    if fs::symlink_metadata(path)?.is_dir() {
        for entry in fs::read_dir(path)? {
            chown_recursive(&entry?.path(), uid, gid)?;
        }
    }
    Ok(())
}

fn config_text(dir: &Path, plain_port: u16, tls_port: u16, run_as: &RunAs) -> String {
    let (uid, gid) = run_as.mail_owner();
    let (extra_global, extra_login) = match run_as {
        RunAs::Root { .. } => (String::new(), String::new()),
        // Without root, nothing can change user or chroot.
        RunAs::User { name, group, .. } => (
            format!(
                "default_internal_user = {name}\n\
                 default_login_user = {name}\n{}",
                group
                    .as_ref()
                    .map(|g| format!("default_internal_group = {g}\n"))
                    .unwrap_or_default()
            ),
            "  chroot =\n".to_owned(),
        ),
    };
    let extra_anvil = match run_as {
        RunAs::Root { .. } => "",
        RunAs::User { .. } => "  chroot =\n",
    };
    CONFIG_TEMPLATE
        .replace("DIR", &dir.display().to_string())
        .replace("PLAIN_PORT", &plain_port.to_string())
        .replace("TLS_PORT", &tls_port.to_string())
        .replace("MAIL_UID", &uid.to_string())
        .replace("MAIL_GID", &gid.to_string())
        .replace("EXTRA_ANVIL\n", extra_anvil)
        .replace("EXTRA_GLOBAL\n", &extra_global)
        .replace("EXTRA_LOGIN\n", &extra_login)
}

/// Says loudly that the real-server tests did not run, and returns `None` — or
/// panics when `POP3_REQUIRE_DOVECOT=1`.
fn skip(headline: &str, details: &str) -> Option<Dovecot> {
    let bar = "!".repeat(78);
    let mut text = format!("\n{bar}\n!!\n!! {headline}\n!!\n");
    for line in details.lines() {
        let _ = writeln!(text, "!!   {line}");
    }
    let _ = write!(text, "!!\n{bar}\n");
    assert!(
        std::env::var(REQUIRE_ENV).as_deref() != Ok("1"),
        "{text}{REQUIRE_ENV}=1 is set, so this is a failure"
    );
    // Straight to the process's stderr: the test harness captures eprintln!.
    let _ = io::stderr().write_all(text.as_bytes());
    None
}
