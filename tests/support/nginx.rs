//! Debian's nginx for tests: the deployment template `proxy/deploy/nginx.conf`
//! filled in for loopback, with a self-signed certificate made by rcgen, run as
//! a foreground child process whose files (configuration, pid, logs, temporary
//! files) all live in a fresh temporary directory, so it needs no system
//! configuration. Stopped, and the directory removed, when dropped.
//!
//! When nginx is not installed, a test calls [`not_installed`], which says so
//! loudly on stderr, or panics when nginx is required (`POP3_REQUIRE_NGINX=1`, or
//! `CI` set to `true` or `1`).

use std::fmt::Write as _;
use std::fs;
use std::io::{self, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where Debian's nginx installs the server.
pub const NGINX_BINARY: &str = "/usr/sbin/nginx";

/// Set to `1` to turn "nginx is not installed" into a test failure.
pub const REQUIRE_ENV: &str = "POP3_REQUIRE_NGINX";

/// The deployment's configuration, as the README tells operators to install it.
pub const SITE_TEMPLATE: &str = include_str!("../../proxy/deploy/nginx.conf");

/// How long nginx may take to listen after it was started.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(10);

/// The main configuration around the site, with every path inside `DIR`
/// (replaced when written): nginx otherwise writes under /var.
const MAIN_TEMPLATE: &str = "\
# Written by tests/support/nginx.rs for one test; removed when the test ends.
worker_processes 2;
pid DIR/nginx.pid;
error_log DIR/error.log info;
events {
    worker_connections 256;
}
http {
    # With the X-Forwarded-For the browser sent, which the site replaces.
    log_format forwarded '$remote_addr [$request] $status xff=[$http_x_forwarded_for] upstream=$upstream_addr';
    access_log DIR/access.log forwarded;
    client_body_temp_path DIR/temp/body;
    proxy_temp_path DIR/temp/proxy;
    fastcgi_temp_path DIR/temp/fastcgi;
    uwsgi_temp_path DIR/temp/uwsgi;
    scgi_temp_path DIR/temp/scgi;
    include DIR/pop3-playground.conf;
}
";

/// Whether nginx is installed.
pub fn installed() -> bool {
    Path::new(NGINX_BINARY).is_file()
}

/// Whether a missing nginx fails the test rather than skipping it.
pub fn required() -> bool {
    std::env::var(REQUIRE_ENV).as_deref() == Ok("1")
        || matches!(std::env::var("CI").as_deref(), Ok("true" | "1"))
}

/// The template with each `{{NAME}}` replaced; panics if one is left.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        let placeholder = format!("{{{{{name}}}}}");
        assert!(
            text.contains(&placeholder),
            "the template has no {placeholder}"
        );
        text = text.replace(&placeholder, value);
    }
    if let Some(at) = text.find("{{") {
        let rest: String = text[at..].chars().take(40).collect();
        panic!("a placeholder was left unfilled: {rest}");
    }
    text
}

/// A running nginx in front of two proxy instances.
pub struct Nginx {
    child: Child,
    dir: tempfile::TempDir,
    /// Where it listens for TLS, on 127.0.0.1.
    pub port: u16,
}

impl Nginx {
    /// Starts nginx on 127.0.0.1:`port` with the deployment template for
    /// `server_name` (a name or address the certificate is made for) in front
    /// of `instances`.
    pub fn start(server_name: &str, port: u16, instances: [SocketAddr; 2]) -> Nginx {
        let binary = PathBuf::from(NGINX_BINARY);
        let dir = tempfile::Builder::new()
            .prefix("pop3-nginx-")
            .tempdir()
            .expect("a temporary directory");
        let root = dir.path();
        fs::create_dir(root.join("temp")).expect("create temp/");

        let cert = rcgen::generate_simple_self_signed(vec![
            server_name.to_owned(),
            "localhost".to_owned(),
        ])
        .expect("rcgen makes a certificate");
        fs::write(root.join("cert.pem"), cert.cert.pem()).expect("write cert.pem");
        fs::write(root.join("key.pem"), cert.signing_key.serialize_pem()).expect("write key.pem");
        fs::set_permissions(root.join("key.pem"), fs::Permissions::from_mode(0o600))
            .expect("chmod key.pem");

        let dir_text = root.to_str().expect("a UTF-8 temporary path");
        let site = fill(
            SITE_TEMPLATE,
            &[
                ("SERVER_NAME", server_name),
                ("LISTEN", &format!("127.0.0.1:{port}")),
                ("CERT", &format!("{dir_text}/cert.pem")),
                ("KEY", &format!("{dir_text}/key.pem")),
                ("INSTANCE_1", &instances[0].to_string()),
                ("INSTANCE_2", &instances[1].to_string()),
            ],
        );
        fs::write(root.join("pop3-playground.conf"), site).expect("write the site");
        fs::write(
            root.join("nginx.conf"),
            MAIN_TEMPLATE.replace("DIR", dir_text),
        )
        .expect("write nginx.conf");

        let stderr = fs::File::create(root.join("stderr.log")).expect("create stderr.log");
        let child = Command::new(&binary)
            .arg("-p")
            .arg(root)
            .arg("-c")
            .arg(root.join("nginx.conf"))
            .args(["-g", "daemon off;"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {NGINX_BINARY}: {e}"));
        let mut nginx = Nginx { child, dir, port };
        nginx.wait_listening();
        nginx
    }

    /// The URL of the page nginx serves.
    pub fn url(&self) -> String {
        format!("https://127.0.0.1:{}/", self.port)
    }

    /// The temporary directory (configuration, certificate, logs).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Its access log: one line per request, with the client's own
    /// `X-Forwarded-For` and the instance that answered.
    pub fn access_log(&self) -> String {
        fs::read_to_string(self.dir().join("access.log")).unwrap_or_default()
    }

    /// nginx's error log and stderr, for failure messages.
    pub fn logs(&self) -> String {
        let mut text = String::new();
        for name in ["stderr.log", "error.log", "access.log"] {
            let body = fs::read_to_string(self.dir().join(name)).unwrap_or_default();
            let _ = writeln!(text, "--- nginx {name} ---\n{body}");
        }
        text
    }

    fn wait_listening(&mut self) {
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("nginx exited at start ({status})\n{}", self.logs());
            }
            if TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "nginx did not listen on 127.0.0.1:{} within {STARTUP_TIMEOUT:?}\n{}",
                self.port,
                self.logs()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM through the pid file (a fast shutdown that ends the workers
        // too; SIGKILL to the master alone would leave them serving).
        let _ = Command::new(NGINX_BINARY)
            .arg("-p")
            .arg(self.dir())
            .arg("-c")
            .arg(self.dir().join("nginx.conf"))
            .args(["-s", "stop"])
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Says loudly that the nginx test did not run, or panics when nginx is
/// [`required`].
pub fn not_installed() {
    let bar = "!".repeat(78);
    let text = format!(
        "\n{bar}\n!!\n!! NGINX IS NOT INSTALLED: the nginx + wss:// end-to-end test is skipped\n\
         !!\n!!   {NGINX_BINARY} is missing. Install it with:\n!!\n\
         !!     sudo apt-get install nginx\n!!\n{bar}\n"
    );
    assert!(
        !required(),
        "{text}nginx is required here ({REQUIRE_ENV}=1 or CI is set), so this is a failure"
    );
    // Straight to the process's stderr: the test harness captures eprintln!.
    let _ = io::stderr().write_all(text.as_bytes());
}
