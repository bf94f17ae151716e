//! The `pop3-proxy` binary as a child process, started with a command line as a
//! deployment would write it, its log in a file; stopped when dropped.

use std::fs;
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long an instance may take to listen after it was started.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(15);

/// The `pop3-proxy` binary of this build: `target/<profile>/pop3-proxy`, beside
/// the `deps/` folder that holds this test. `cargo test --workspace` builds it
/// (as `cargo xtask test` does), and so does `cargo build -p pop3-proxy`.
pub fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test runs from target/<profile>/deps");
    profile_dir.join(format!("pop3-proxy{}", std::env::consts::EXE_SUFFIX))
}

/// One running instance.
pub struct ProxyProcess {
    child: Child,
    /// Its `--listen` address.
    pub addr: SocketAddr,
    log: PathBuf,
}

impl ProxyProcess {
    /// Runs the binary with `--listen addr` and `args`, logging to `log`, and
    /// waits until it listens; panics with its log if it exits first.
    pub fn start(addr: SocketAddr, args: &[String], log: PathBuf) -> ProxyProcess {
        let binary = binary();
        assert!(
            binary.is_file(),
            "{} is missing: build it with `cargo build -p pop3-proxy` (`cargo xtask test` does)",
            binary.display()
        );
        let out = fs::File::create(&log).expect("create the instance's log");
        let child = Command::new(&binary)
            .arg("--listen")
            .arg(addr.to_string())
            .args(args)
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(out.try_clone().expect("clone the log file"))
            .stderr(out)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()));
        let mut process = ProxyProcess { child, addr, log };
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        loop {
            if let Ok(Some(status)) = process.child.try_wait() {
                panic!(
                    "pop3-proxy {} exited at start ({status}):\n{}",
                    args.join(" "),
                    process.log_text()
                );
            }
            if TcpStream::connect(addr).is_ok() {
                return process;
            }
            assert!(
                Instant::now() < deadline,
                "pop3-proxy did not listen on {addr} within {STARTUP_TIMEOUT:?}:\n{}",
                process.log_text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// What it logged so far.
    pub fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for ProxyProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
