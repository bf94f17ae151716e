//! End-to-end browser tests: the built app (`dist/`), served by an in-process
//! `pop3-proxy` with its demo server, driven in headless Chromium by the
//! Playwright scenarios in `tests/e2e/run.mjs`, against the demo server and a
//! real Dovecot.
//!
//! A second test, `nginx_wss`, runs the deployment of the README's "Hosting
//! for a class": Debian's nginx with TLS (`proxy/deploy/nginx.conf`, a
//! self-signed certificate) in front of two `pop3-proxy` processes, one of them
//! with the demo server, and the `nginx-wss` scenario through it. It also needs
//! nginx (required under CI) and the `pop3-proxy` binary of this build.
//!
//! They need a release build of the app in `dist/`, `tests/e2e/node_modules`
//! (`npm ci --prefix tests/e2e`), Node.js and Chromium, so they run only when
//! `POP3_E2E=1`, which `cargo xtask test` sets after building and installing all
//! of that. A plain `cargo test` prints a loud line and passes.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use pop3_proxy::demo::Fault;
use support::dovecot::Dovecot;
use support::nginx::Nginx;
use support::proxy_process::ProxyProcess;
use support::ws::TestProxy;

/// Set to `1` to run the browser tests.
const E2E_ENV: &str = "POP3_E2E";

/// Where "Try the demo server" connects (the app's first preset, and the
/// proxy's `--demo-listen` default): the demo must listen exactly there.
const DEMO_PLAIN: &str = "127.0.0.1:1110";
/// The demo's implicit-TLS listener (`--demo-tls-listen` default, the app's
/// second preset). Its TLS faults listen on the next four ports, where the
/// app's "TLS faults" presets go.
const DEMO_TLS: &str = "127.0.0.1:1995";

/// The demo's fixed ports: held by one test at a time.
static DEMO_PORTS: Mutex<()> = Mutex::new(());

/// How long all scenarios together may take.
const NODE_TIMEOUT: Duration = Duration::from_secs(15 * 60);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Says loudly, straight to stderr (the harness captures `eprintln!`), that
/// nothing ran.
fn loud(lines: &[&str]) {
    let bar = "!".repeat(78);
    let mut text = format!("\n{bar}\n");
    for line in lines {
        text.push_str(&format!("!! {line}\n"));
    }
    text.push_str(&format!("{bar}\n"));
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// A loopback port nothing listens on (it was free a moment ago), for the
/// scenario whose proxy is not there.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// `N` different loopback addresses nothing listens on yet (held together
/// while they are chosen, so they differ).
fn free_addrs<const N: usize>() -> [SocketAddr; N] {
    let listeners: [std::net::TcpListener; N] =
        std::array::from_fn(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("a free port"));
    listeners.map(|l| l.local_addr().expect("its address"))
}

/// The project root, the release build (`dist/`) and the Playwright folder,
/// both checked to be there.
fn built_app() -> (PathBuf, PathBuf, PathBuf) {
    let root = root();
    let dist = root.join("dist");
    let e2e = root.join("tests").join("e2e");
    require_file(
        &dist.join("index.html"),
        "build the app first with `trunk build --release`",
    );
    require_file(
        &e2e.join("node_modules").join("playwright-core"),
        "install the test runner with `npm ci --prefix tests/e2e`",
    );
    (root, dist, e2e)
}

fn require_file(path: &Path, remedy: &str) {
    assert!(
        path.exists(),
        "{} is missing: {remedy} (or run `cargo xtask test`, which does it)",
        path.display()
    );
}

#[test]
fn browser_scenarios() {
    if std::env::var(E2E_ENV).as_deref() != Ok("1") {
        loud(&[
            "E2E SKIPPED: run `cargo xtask test` (the browser tests need POP3_E2E=1,",
            "a release build in dist/ and tests/e2e/node_modules)",
        ]);
        return;
    }
    let (root, dist, e2e) = built_app();

    let _demo_ports = DEMO_PORTS.lock().unwrap_or_else(|e| e.into_inner());
    // Stopped when dropped, at the end of the test or when it fails.
    let dovecot = Dovecot::start();
    if dovecot.is_none() {
        loud(&["Dovecot is not available: the Dovecot scenarios will be skipped"]);
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(async {
        let demo_plain: SocketAddr = DEMO_PLAIN.parse().unwrap();
        let demo_tls: SocketAddr = DEMO_TLS.parse().unwrap();
        let dovecot_ports = dovecot
            .as_ref()
            .map(|d| (d.plain_addr.port(), d.tls_addr.port()));
        let proxy = TestProxy::start_with_demo_on(demo_plain, demo_tls, |config| {
            config.web = Some(dist.clone());
            if let Some((plain, tls)) = dovecot_ports {
                config.policy.ports.insert(plain);
                config.policy.ports.insert(tls);
            }
        })
        .await
        .unwrap_or_else(|e| {
            panic!(
                "{e}\nThe app's \"Try the demo server\" button connects to {DEMO_PLAIN}, so the \
                 browser tests run the demo server there. Is `cargo xtask dev` or another \
                 pop3-proxy --demo running? Stop it and try again."
            )
        });

        // The page's own origin: the app's default proxy URL is then this
        // server's /ws, and the Origin check passes.
        let app_url = format!("http://127.0.0.1:{}/", proxy.addr.port());
        // `cargo xtask bench` runs the benchmark script instead of the scenarios.
        let script = std::env::var("E2E_SCRIPT").unwrap_or_else(|_| "run.mjs".to_owned());
        assert!(
            ["run.mjs", "bench.mjs"].contains(&script.as_str()),
            "E2E_SCRIPT must be run.mjs or bench.mjs, not {script}"
        );
        let mut node = tokio::process::Command::new("node");
        node.arg(&script)
            .current_dir(&e2e)
            .env("APP_URL", &app_url)
            .env("DEMO_PLAIN_PORT", proxy.demo_plain.port().to_string())
            .env("DEMO_TLS_PORT", proxy.demo_tls.port().to_string())
            .env("CLOSED_PORT", closed_port().to_string())
            .kill_on_drop(true);
        for (fault, addr) in &proxy.demo_faults {
            let var = match fault {
                Fault::Expired => "DEMO_EXPIRED_PORT",
                Fault::WrongName => "DEMO_WRONG_NAME_PORT",
                Fault::SelfSigned => "DEMO_SELF_SIGNED_PORT",
                Fault::IncompleteChain => "DEMO_INCOMPLETE_CHAIN_PORT",
            };
            node.env(var, addr.port().to_string());
        }
        if let Some((plain, tls)) = dovecot_ports {
            node.env("DOVECOT_PLAIN_PORT", plain.to_string())
                .env("DOVECOT_TLS_PORT", tls.to_string());
        }
        // A stock websockify (PyPI 0.13, installed by `cargo xtask`) in front of the
        // demo server, for the scenario that uses the app without the control channel.
        let websockify_bin = root.join(".tools/websockify/bin/websockify");
        let _websockify = if websockify_bin.is_file() {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map(|a| a.port())
                .expect("a free port");
            let child = tokio::process::Command::new(&websockify_bin)
                .arg(format!("127.0.0.1:{port}"))
                .arg(DEMO_PLAIN)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .kill_on_drop(true)
                .spawn()
                .expect("start websockify");
            for _ in 0..100 {
                if tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .is_ok()
                {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            node.env("WEBSOCKIFY_URL", format!("ws://127.0.0.1:{port}/"));
            Some(child)
        } else {
            loud(&[
                "websockify is not installed in .tools/websockify: its scenario will be skipped",
            ]);
            None
        };
        // The same dist/ on a plain static host, under a sub-path, with no proxy
        // anywhere: the in-page scenarios (STATIC_URL).
        let _static_host = static_host(&dist, &mut node).await;
        // Inherited stdout and stderr: the scenario lines stream as they run.
        println!("running `node tests/e2e/{script}` against {app_url}");
        let mut child = node
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run `node` (is Node.js installed?): {e}"));
        let status = match tokio::time::timeout(NODE_TIMEOUT, child.wait()).await {
            Ok(status) => status.expect("wait for node"),
            Err(_) => {
                let _ = child.kill().await;
                panic!("the browser tests took longer than {NODE_TIMEOUT:?} and were stopped");
            }
        };
        proxy.stop().await;
        assert!(
            status.success(),
            "the browser tests failed ({status}); see the scenario lines above and the \
             screenshots in {}",
            e2e.join("screenshots").display()
        );
    });
    drop(dovecot);
}

/// Serves `dist` with `python3 -m http.server` as `/course/pop3/` of a
/// temporary root, and tells the scenarios where (`STATIC_URL`). Without
/// python3 the in-page scenarios are skipped, loudly.
async fn static_host(
    dist: &Path,
    node: &mut tokio::process::Command,
) -> Option<(tokio::process::Child, tempfile::TempDir)> {
    let root = tempfile::tempdir().expect("a temporary directory");
    let course = root.path().join("course");
    std::fs::create_dir(&course).expect("create the sub-path");
    std::os::unix::fs::symlink(dist, course.join("pop3")).expect("link dist/ under the sub-path");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let child = match tokio::process::Command::new("python3")
        .args(["-m", "http.server", "--bind", "127.0.0.1"])
        .arg(port.to_string())
        .arg("--directory")
        .arg(root.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
    {
        Ok(child) => child,
        Err(e) => {
            loud(&[&format!(
                "python3 cannot serve the static host ({e}): the in-page scenarios will be skipped"
            )]);
            return None;
        }
    };
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    node.env(
        "STATIC_URL",
        format!("http://127.0.0.1:{port}/course/pop3/"),
    );
    Some((child, root))
}

/// The scenario `nginx_wss` runs.
const NGINX_SCENARIO: &str = "nginx-wss";

/// An address the browser claims in its own `X-Forwarded-For`: nginx must
/// replace it with the address it saw, so no instance may believe it.
const FORGED_FORWARDED_FOR: &str = "203.0.113.7";

/// How long the nginx scenario may take.
const NGINX_NODE_TIMEOUT: Duration = Duration::from_secs(5 * 60);

#[test]
fn nginx_wss() {
    if std::env::var(E2E_ENV).as_deref() != Ok("1") {
        loud(&["E2E SKIPPED (nginx_wss): run `cargo xtask test` (POP3_E2E=1)"]);
        return;
    }
    // `cargo xtask bench` runs bench.mjs through this binary: not this test.
    if std::env::var("E2E_SCRIPT").is_ok_and(|s| s != "run.mjs") {
        return;
    }
    if let Ok(only) = std::env::var("E2E_ONLY")
        && !only.split(',').any(|name| name.trim() == NGINX_SCENARIO)
    {
        println!("nginx_wss: E2E_ONLY does not name {NGINX_SCENARIO}");
        return;
    }
    let (_, dist, e2e) = built_app();
    if !support::nginx::installed() {
        // Panics instead when nginx is required (CI).
        support::nginx::not_installed();
        return;
    }
    let _demo_ports = DEMO_PORTS.lock().unwrap_or_else(|e| e.into_inner());

    let [first_addr, second_addr, nginx_addr] = free_addrs();
    let instances = [first_addr, second_addr];
    let nginx_port = nginx_addr.port();
    let logs = tempfile::tempdir().expect("a temporary directory");
    // The README's command lines: both serve the app, believe nginx's
    // forwarded address and accept the page's https origin; the first runs the
    // demo server, which the second reaches at the demo's addresses.
    let common = |web: &Path| -> Vec<String> {
        [
            "--web",
            web.to_str().expect("a UTF-8 path"),
            "--trusted-proxy",
            "127.0.0.1",
            "--allow-origin",
            &format!("https://127.0.0.1:{nginx_port}"),
            "--metrics",
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let mut first_args = common(&dist);
    first_args.push("--demo".into());
    let mut second_args = common(&dist);
    second_args.extend([DEMO_PLAIN, DEMO_TLS].map(|addr| format!("--demo-at={addr}")));
    let first = ProxyProcess::start(instances[0], &first_args, logs.path().join("first.log"));
    let second = ProxyProcess::start(instances[1], &second_args, logs.path().join("second.log"));
    let nginx = Nginx::start("127.0.0.1", nginx_port, instances);

    let app_url = nginx.url();
    println!(
        "running the {NGINX_SCENARIO} scenario against {app_url} (nginx in front of {} and {})",
        first.addr, second.addr
    );
    let mut child = std::process::Command::new("node")
        .arg("run.mjs")
        .current_dir(&e2e)
        .env("E2E_ONLY", NGINX_SCENARIO)
        .env("APP_URL", &app_url)
        .env("FORGED_FORWARDED_FOR", FORGED_FORWARDED_FOR)
        .env(
            "INSTANCE_METRICS",
            instances.map(|a| format!("http://{a}/metrics")).join(","),
        )
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run `node` (is Node.js installed?): {e}"));
    let deadline = Instant::now() + NGINX_NODE_TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for node") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the {NGINX_SCENARIO} scenario took longer than {NGINX_NODE_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(
        status.success(),
        "the {NGINX_SCENARIO} scenario failed ({status}); see its lines above.\n\
         --- first instance ---\n{}\n--- second instance ---\n{}\n{}",
        first.log_text(),
        second.log_text(),
        nginx.logs()
    );

    // The browser's forged X-Forwarded-For reached nginx with both WebSocket
    // handshakes (nginx logs them when they close, just after the scenario)...
    let forged = format!("xff=[{FORGED_FORWARDED_FOR}]");
    let deadline = Instant::now() + Duration::from_secs(5);
    let access = loop {
        let access = nginx.access_log();
        let upgrades = access
            .lines()
            .filter(|line| line.contains("[GET /ws ") && line.contains(&forged))
            .count();
        if upgrades >= 2 {
            break access;
        }
        assert!(
            Instant::now() < deadline,
            "nginx did not log two WebSocket handshakes carrying {forged}:\n{access}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    println!("nginx access log:\n{access}");
    // ...and no instance believed it: nginx put the address it saw instead.
    for (name, log) in [("first", first.log_text()), ("second", second.log_text())] {
        assert!(
            !log.contains(FORGED_FORWARDED_FOR),
            "the {name} instance took the browser's own X-Forwarded-For for its address:\n{log}"
        );
    }
}
