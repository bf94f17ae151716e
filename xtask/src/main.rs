//! Project tasks, run as `cargo xtask <command>` (an alias in `.cargo/config.toml`).
//!
//! Every command first installs what it can that is missing (the wasm32 target, Trunk,
//! the wasm-bindgen CLI of the version in `Cargo.lock`, wasm-opt into `.tools/`), and
//! names the system packages it cannot install without root.

use std::env;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::Instant;

/// The Trunk release that builds on this project's toolchain (0.22 needs a newer rustc).
const TRUNK_VERSION: &str = "0.21.14";
/// The wasm-opt (binaryen) version Trunk is told to use in `Trunk.toml`.
const WASM_OPT_VERSION: &str = "132";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Project-local npm prefix for wasm-opt (gitignored).
const TOOLS_DIR: &str = ".tools";
/// Where `trunk serve` listens: `Trunk.toml` sets the same address and port.
const DEV_URL: &str = "http://127.0.0.1:8080/";
/// Where `pop3-proxy --web dist` serves the app by default.
const DIST_URL: &str = "http://127.0.0.1:8110/";
/// What the tests need from the system, which only root can install: the file that
/// shows it is there, and the Debian package that provides it.
const SYSTEM_PACKAGES: [(&str, &str); 3] = [
    ("/usr/bin/chromium", "chromium"),
    ("/usr/bin/chromedriver", "chromium-driver"),
    ("/usr/sbin/dovecot", "dovecot-pop3d"),
];
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  dev [--no-proxy]     install what is missing, start the proxy with the demo server,
                       run `trunk serve` and print the URL
  test                 every test layer, then a summary table
  bench [--json FILE]  run the benchmarks, print a table, optionally write JSON
  fuzz [--seconds N]   run every fuzz target for N seconds each (default 60)
  dist                 release build of the app (dist/) and of pop3-proxy";

type Result<T = (), E = String> = std::result::Result<T, E>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let ctx = Ctx::new();
    let result = match args.split_first() {
        None => {
            println!("{USAGE}");
            Ok(())
        }
        Some((command, rest)) => match command.as_str() {
            "dev" => dev(&ctx, rest),
            "test" => test(&ctx, rest),
            "bench" => bench(&ctx, rest),
            "fuzz" => fuzz(&ctx, rest),
            "dist" => dist(&ctx, rest),
            "help" | "-h" | "--help" => {
                println!("{USAGE}");
                Ok(())
            }
            other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The project root and the `PATH` that child processes get.
struct Ctx {
    root: PathBuf,
    path: OsString,
}

impl Ctx {
    fn new() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask lives one level below the project root")
            .to_path_buf();
        // Project-local tools first, then cargo's bin directory (where `cargo install`
        // puts Trunk and wasm-bindgen), then whatever the caller had.
        let mut dirs = vec![root.join(TOOLS_DIR).join("node_modules").join(".bin")];
        dirs.extend(cargo_bin_dir());
        let inherited = env::var_os("PATH").unwrap_or_default();
        for dir in env::split_paths(&inherited) {
            if !dirs.contains(&dir) {
                dirs.push(dir);
            }
        }
        let path = env::join_paths(dirs).expect("PATH entries contain no separator");
        Ctx { root, path }
    }

    /// A command run in the project root with the project's `PATH`.
    fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut command = Command::new(program);
        command.current_dir(&self.root).env("PATH", &self.path);
        command
    }

    fn cargo(&self) -> Command {
        self.command("cargo")
    }

    /// `cargo +nightly`, free of the variables the stable cargo running xtask set, so
    /// that tools such as cargo-fuzz find the nightly toolchain.
    fn cargo_nightly(&self) -> Command {
        let mut command = self.cargo();
        command
            .arg("+nightly")
            .env_remove("CARGO")
            .env_remove("RUSTUP_TOOLCHAIN")
            .env_remove("RUSTC")
            .env_remove("RUSTDOC");
        command
    }

    fn wasm_opt(&self) -> PathBuf {
        self.root
            .join(TOOLS_DIR)
            .join("node_modules")
            .join(".bin")
            .join("wasm-opt")
    }
}

fn cargo_bin_dir() -> Option<PathBuf> {
    let home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))?;
    Some(home.join("bin"))
}

// ---------------------------------------------------------------------------------
// Running commands

/// The command line as a person would type it (without the environment).
fn describe(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(
        command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned()),
    );
    let envs: Vec<String> = command
        .get_envs()
        .filter(|(key, _)| *key != "PATH")
        .filter_map(|(key, value)| {
            Some(format!(
                "{}={}",
                key.to_string_lossy(),
                value?.to_string_lossy()
            ))
        })
        .collect();
    if envs.is_empty() {
        words.join(" ")
    } else {
        format!("{} {}", envs.join(" "), words.join(" "))
    }
}

/// Runs `command` with inherited stdio; an error if it cannot start or fails.
fn run(command: &mut Command) -> Result {
    println!("$ {}", describe(command));
    let status = command
        .status()
        .map_err(|error| format!("cannot run `{}`: {error}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

/// Standard output of `command`, or `None` if it cannot start or fails.
fn output(command: &mut Command) -> Option<String> {
    let output = command.stderr(Stdio::null()).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The version number in a tool's `--version` output: the first word that starts
/// with a digit ("trunk 0.21.14" -> "0.21.14", "wasm-opt version 132 (...)" -> "132").
fn version_word(output: &str) -> Option<&str> {
    output
        .split_whitespace()
        .map(|word| word.strip_prefix('v').unwrap_or(word))
        .find(|word| word.starts_with(|c: char| c.is_ascii_digit()))
}

fn tool_version(command: &mut Command) -> Option<String> {
    output(command.arg("--version")).and_then(|out| version_word(&out).map(str::to_owned))
}

/// A child process killed when this value is dropped (when the foreground task ends
/// or fails). Ctrl-C needs no handling here: the terminal sends SIGINT to the whole
/// foreground process group, so the child gets it too and exits on its own.
struct BackgroundChild {
    name: &'static str,
    child: Child,
}

impl Drop for BackgroundChild {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            println!("stopping {}", self.name);
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------
// Tools

/// Whether to also check the system packages that need root to install.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SystemPackages {
    Check,
    Skip,
}

fn ensure_tools(ctx: &Ctx, system: SystemPackages) -> Result {
    println!("==> checking tools");

    let installed = output(
        ctx.command("rustup")
            .args(["target", "list", "--installed"]),
    )
    .unwrap_or_default();
    if !installed.lines().any(|line| line.trim() == WASM_TARGET) {
        run(ctx.command("rustup").args(["target", "add", WASM_TARGET]))?;
    }

    ensure_cargo_tool(
        ctx,
        "trunk",
        TRUNK_VERSION,
        &["install", &format!("trunk@{TRUNK_VERSION}"), "--locked"],
    )?;

    // The CLI must be exactly the library version the app links (pinned in
    // Cargo.toml). No `--locked`: the CLI's own lock file names a crate version the
    // registry no longer has.
    let bindgen = wasm_bindgen_version(ctx)?;
    ensure_cargo_tool(
        ctx,
        "wasm-bindgen",
        &bindgen,
        &["install", &format!("wasm-bindgen-cli@{bindgen}")],
    )?;

    ensure_wasm_opt(ctx)?;

    if system == SystemPackages::Check {
        check_system_packages()?;
    }
    println!(
        "tools ok: {WASM_TARGET}, trunk {TRUNK_VERSION}, wasm-bindgen {bindgen}, wasm-opt {WASM_OPT_VERSION}"
    );
    Ok(())
}

/// Runs `cargo <install_args>` unless `<program> --version` already reports `version`.
fn ensure_cargo_tool(ctx: &Ctx, program: &str, version: &str, install_args: &[&str]) -> Result {
    let found = tool_version(&mut ctx.command(program));
    if found.as_deref() == Some(version) {
        return Ok(());
    }
    match &found {
        Some(other) => println!("{program} {other} found, {version} wanted: installing"),
        None => println!("{program} not found: installing {version}"),
    }
    run(ctx.cargo().args(install_args))?;
    match tool_version(&mut ctx.command(program)) {
        Some(now) if now == version => Ok(()),
        now => Err(format!(
            "{program} {version} was installed but `{program} --version` reports {}",
            now.as_deref().unwrap_or("nothing")
        )),
    }
}

fn ensure_wasm_opt(ctx: &Ctx) -> Result {
    let wasm_opt = ctx.wasm_opt();
    if tool_version(&mut ctx.command(&wasm_opt)).as_deref() == Some(WASM_OPT_VERSION) {
        return Ok(());
    }
    println!("wasm-opt {WASM_OPT_VERSION} not found in {TOOLS_DIR}/: installing");
    fs::create_dir_all(ctx.root.join(TOOLS_DIR))
        .map_err(|error| format!("cannot create {TOOLS_DIR}/: {error}"))?;
    run(ctx.command("npm").args([
        "install",
        "--no-audit",
        "--no-fund",
        "--prefix",
        TOOLS_DIR,
        &format!("binaryen@{WASM_OPT_VERSION}"),
    ]))?;
    match tool_version(&mut ctx.command(&wasm_opt)) {
        Some(now) if now == WASM_OPT_VERSION => Ok(()),
        now => Err(format!(
            "{} reports version {} after installing binaryen@{WASM_OPT_VERSION}",
            wasm_opt.display(),
            now.as_deref().unwrap_or("nothing")
        )),
    }
}

/// The wasm-bindgen version in `Cargo.lock` (created first if there is none).
fn wasm_bindgen_version(ctx: &Ctx) -> Result<String> {
    let lock_path = ctx.root.join("Cargo.lock");
    if !lock_path.exists() {
        run(ctx.cargo().arg("generate-lockfile"))?;
    }
    let lock = fs::read_to_string(&lock_path)
        .map_err(|error| format!("cannot read {}: {error}", lock_path.display()))?;
    locked_version(&lock, "wasm-bindgen")
        .ok_or_else(|| "Cargo.lock has no wasm-bindgen package".to_owned())
}

/// The version of package `name` in the text of a `Cargo.lock`.
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let mut current = None;
    for line in lock.lines() {
        let line = line.trim();
        if line == "[[package]]" {
            current = None;
        } else if let Some(value) = toml_string(line, "name") {
            current = Some(value);
        } else if let Some(value) = toml_string(line, "version")
            && current == Some(name)
        {
            return Some(value.to_owned());
        }
    }
    None
}

/// The value of a `key = "value"` line.
fn toml_string<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(key)?.trim_start().strip_prefix('=')?;
    rest.trim().strip_prefix('"')?.strip_suffix('"')
}

/// The packages (of `(file, package)` pairs) whose file is missing.
fn missing_packages(packages: &[(&str, &'static str)]) -> Vec<&'static str> {
    packages
        .iter()
        .filter(|(path, _)| !Path::new(path).exists())
        .map(|&(_, package)| package)
        .collect()
}

/// The command that installs `packages`, printed for the user to run.
fn apt_get_hint(packages: &[&str]) -> String {
    format!("sudo apt-get install {}", packages.join(" "))
}

fn check_system_packages() -> Result {
    let missing = missing_packages(&SYSTEM_PACKAGES);
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("These system packages are missing and need root to install:");
    println!("{}", apt_get_hint(&missing));
    Err(format!("missing system packages: {}", missing.join(", ")))
}

// ---------------------------------------------------------------------------------
// Summaries

struct StepResult {
    name: String,
    ok: bool,
    seconds: f64,
}

#[derive(Default)]
struct Summary {
    steps: Vec<StepResult>,
}

impl Summary {
    /// Runs one step, timing it; a failure is recorded, not returned.
    fn step(&mut self, name: &str, command: &mut Command) -> bool {
        println!("\n==> {name}");
        println!("$ {}", describe(command));
        let start = Instant::now();
        let ok = match command.status() {
            Ok(status) => status.success(),
            Err(error) => {
                eprintln!("cannot run `{}`: {error}", describe(command));
                false
            }
        };
        let seconds = start.elapsed().as_secs_f64();
        if !ok {
            eprintln!("==> {name}: FAILED after {seconds:.1} s");
        }
        self.steps.push(StepResult {
            name: name.to_owned(),
            ok,
            seconds,
        });
        ok
    }

    /// Runs a check done in-process, timing it like a step.
    fn check(&mut self, name: &str, check: impl FnOnce() -> Result) -> bool {
        println!("\n==> {name}");
        let start = Instant::now();
        let ok = match check() {
            Ok(()) => true,
            Err(error) => {
                eprintln!("==> {name}: FAILED: {error}");
                false
            }
        };
        self.steps.push(StepResult {
            name: name.to_owned(),
            ok,
            seconds: start.elapsed().as_secs_f64(),
        });
        ok
    }

    fn failed(&self) -> Vec<&str> {
        self.steps
            .iter()
            .filter(|step| !step.ok)
            .map(|step| step.name.as_str())
            .collect()
    }

    fn table(&self) -> String {
        let width = self
            .steps
            .iter()
            .map(|step| step.name.len())
            .chain([4])
            .max()
            .unwrap_or(4);
        let mut table = format!("{:<width$}  {:<6}  {:>8}\n", "step", "result", "seconds");
        table.push_str(&format!(
            "{}  {}  {}\n",
            "-".repeat(width),
            "-".repeat(6),
            "-".repeat(8)
        ));
        for step in &self.steps {
            let result = if step.ok { "ok" } else { "FAILED" };
            table.push_str(&format!(
                "{:<width$}  {:<6}  {:>8.1}\n",
                step.name, result, step.seconds
            ));
        }
        let total: f64 = self.steps.iter().map(|step| step.seconds).sum();
        table.push_str(&format!("{:<width$}  {:<6}  {:>8.1}\n", "total", "", total));
        table
    }

    /// Prints the table and turns failed steps into an error.
    fn finish(&self) -> Result {
        println!("\n{}", self.table());
        let failed = self.failed();
        if failed.is_empty() {
            Ok(())
        } else {
            Err(format!("failed: {}", failed.join(", ")))
        }
    }
}

fn no_arguments(command: &str, args: &[String]) -> Result {
    match args.first() {
        None => Ok(()),
        Some(arg) => Err(format!("`{command}` takes no argument `{arg}`\n\n{USAGE}")),
    }
}

// ---------------------------------------------------------------------------------
// Commands

fn test(ctx: &Ctx, args: &[String]) -> Result {
    no_arguments("test", args)?;
    ensure_tools(ctx, SystemPackages::Check)?;
    let under_ci = env::var_os("CI").is_some_and(|value| !value.is_empty());

    let mut summary = Summary::default();
    summary.step("fmt", ctx.cargo().args(["fmt", "--all", "--check"]));
    summary.step(
        "clippy",
        ctx.cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    );
    // The core's library as the app links it, and the app with its browser tests. The
    // core's own tests are native only (their dev-dependencies do not build for wasm32).
    summary.step(
        "clippy wasm32 pop3",
        ctx.cargo().args([
            "clippy",
            "-p",
            "pop3",
            "--lib",
            "--target",
            WASM_TARGET,
            "--",
            "-D",
            "warnings",
        ]),
    );
    summary.step(
        "clippy wasm32 app",
        ctx.cargo().args([
            "clippy",
            "-p",
            "pop3-playground",
            "--target",
            WASM_TARGET,
            "--all-targets",
            // The core is linted by the step above.
            "--no-deps",
            "--",
            "-D",
            "warnings",
        ]),
    );

    summary.check("core has no I/O dependencies", || core_is_sans_io(ctx));

    let mut native = ctx.cargo();
    // The browser tests (tests/e2e.rs) skip here: they run in their own step
    // below, once the app is built.
    native.args(["test", "--workspace"]).env_remove("POP3_E2E");
    if under_ci {
        // Under CI Dovecot is installed by .ci/run, so its tests must not skip.
        native.env("POP3_REQUIRE_DOVECOT", "1");
    }
    summary.step("test native", &mut native);

    summary.step(
        "test wasm32 (Chromium)",
        wasm_test(ctx).args(["-p", "pop3-playground"]),
    );

    let app_built = summary.step(
        "trunk build --release",
        ctx.command("trunk").args(["build", "--release"]),
    );

    // The browser end-to-end tests: Playwright (npm playwright-core, driving
    // Debian's Chromium) against the app just built into dist/, served by the
    // proxy, with the demo server and a real Dovecot (tests/e2e.rs).
    let runner_ready = if ctx.root.join(E2E_RUNNER_MARKER).is_dir() {
        println!("\n==> {E2E_DIR}/node_modules is installed");
        true
    } else {
        summary.step(
            "npm ci (e2e)",
            ctx.command("npm")
                .args(["ci", "--no-audit", "--no-fund", "--prefix", E2E_DIR]),
        )
    };
    let websockify_ready = summary.check("websockify (PyPI)", || ensure_websockify(ctx));
    if app_built && runner_ready && websockify_ready {
        let mut e2e = ctx.cargo();
        e2e.args([
            "test",
            "-p",
            "pop3-playground",
            "--test",
            "e2e",
            "--",
            "--nocapture",
        ])
        .env("POP3_E2E", "1");
        if under_ci {
            e2e.env("POP3_REQUIRE_DOVECOT", "1");
        }
        summary.step("e2e (Playwright)", &mut e2e);
    } else {
        summary.check("e2e (Playwright)", || {
            Err("not run: the app did not build or the Playwright runner is not installed".into())
        });
    }
    summary.finish()
}

/// websockify from PyPI, for the browser test and the benchmark that compare
/// the app and the proxy with it.
const WEBSOCKIFY_VERSION: &str = "0.13.0";
/// Its project-local virtual environment.
const WEBSOCKIFY_VENV: &str = ".tools/websockify";

/// Installs websockify into [`WEBSOCKIFY_VENV`] unless it is already there.
fn ensure_websockify(ctx: &Ctx) -> Result {
    let venv = ctx.root.join(WEBSOCKIFY_VENV);
    let pip = venv.join("bin/pip");
    let installed = output(ctx.command(&pip).args(["show", "websockify"]))
        .is_some_and(|o| o.contains(&format!("Version: {WEBSOCKIFY_VERSION}")));
    if installed {
        return Ok(());
    }
    run(ctx.command("python3").args(["-m", "venv"]).arg(&venv))?;
    run(ctx.command(&pip).args([
        "install",
        "--quiet",
        &format!("websockify=={WEBSOCKIFY_VERSION}"),
    ]))
}

/// Installs the browser end-to-end tests' npm packages if they are missing.
fn ensure_e2e_packages(ctx: &Ctx) -> Result {
    if ctx.root.join(E2E_RUNNER_MARKER).is_dir() {
        return Ok(());
    }
    run(ctx
        .command("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix", E2E_DIR]))
}

/// The browser end-to-end tests' npm project.
const E2E_DIR: &str = "tests/e2e";
/// Present once `npm ci --prefix tests/e2e` has run.
const E2E_RUNNER_MARKER: &str = "tests/e2e/node_modules/playwright-core";

/// Crates the protocol core must never depend on: it does no I/O of its own.
const FORBIDDEN_IN_CORE: [&str; 5] = ["tokio", "web-sys", "js-sys", "gloo", "wasm-bindgen"];

/// `cargo tree` of the core's normal dependencies, natively and for wasm32, must
/// name none of [`FORBIDDEN_IN_CORE`].
fn core_is_sans_io(ctx: &Ctx) -> Result {
    for target in ["all", WASM_TARGET] {
        let tree = output(ctx.cargo().args([
            "tree", "-p", "pop3", "-e", "normal", "--prefix", "none", "--target", target,
        ]))
        .ok_or("`cargo tree -p pop3` failed")?;
        println!(
            "{} crates in the core's tree for {target}",
            tree.lines().count()
        );
        let found = forbidden_crates(&tree);
        if !found.is_empty() {
            return Err(format!("the core depends on {}", found.join(", ")));
        }
    }
    Ok(())
}

/// The forbidden crates named in `cargo tree --prefix none` output.
fn forbidden_crates(tree: &str) -> Vec<&'static str> {
    FORBIDDEN_IN_CORE
        .into_iter()
        .filter(|name| {
            tree.lines()
                .any(|line| line.split_whitespace().next() == Some(*name))
        })
        .collect()
}

/// `cargo test --target wasm32-unknown-unknown`, run by wasm-bindgen-test-runner in
/// headless Chromium.
fn wasm_test(ctx: &Ctx) -> Command {
    let mut command = ctx.cargo();
    command
        .args(["test", "--target", WASM_TARGET])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", CHROMEDRIVER)
        // The runner picks the first driver it finds; make it Chromium's.
        .env_remove("GECKODRIVER")
        .env_remove("SAFARIDRIVER");
    command
}

fn dev(ctx: &Ctx, args: &[String]) -> Result {
    let mut with_proxy = true;
    for arg in args {
        match arg.as_str() {
            "--no-proxy" => with_proxy = false,
            other => return Err(format!("`dev` takes no argument `{other}`\n\n{USAGE}")),
        }
    }
    ensure_tools(ctx, SystemPackages::Skip)?;

    // Kept alive until trunk exits; dropping it stops the proxy.
    let _proxy = if with_proxy {
        Some(start_proxy(ctx)?)
    } else {
        None
    };

    println!();
    println!("==> POP3 Playground: open {DEV_URL} once the first build is done");
    println!("    (Ctrl-C stops everything)");
    println!();
    run(ctx.command("trunk").arg("serve"))
}

/// Builds the proxy in the foreground (so build errors show before Trunk starts),
/// then runs it with the demo server in the background.
fn start_proxy(ctx: &Ctx) -> Result<BackgroundChild> {
    run(ctx.cargo().args(["build", "-p", "pop3-proxy"]))?;
    let mut command = ctx.cargo();
    command.args(["run", "--quiet", "-p", "pop3-proxy", "--", "--demo"]);
    println!("$ {} &", describe(&command));
    let child = command
        .spawn()
        .map_err(|error| format!("cannot start pop3-proxy: {error}"))?;
    Ok(BackgroundChild {
        name: "pop3-proxy",
        child,
    })
}

fn dist(ctx: &Ctx, args: &[String]) -> Result {
    no_arguments("dist", args)?;
    ensure_tools(ctx, SystemPackages::Skip)?;
    run(ctx
        .command("trunk")
        .args(["build", "--release", "--dist", "dist"]))?;
    run(ctx.cargo().args(["build", "--release", "-p", "pop3-proxy"]))?;
    println!();
    println!("Built dist/ (the app) and target/release/pop3-proxy. Run:");
    println!();
    println!("    target/release/pop3-proxy --web dist --demo");
    println!();
    println!("then open {DIST_URL}");
    Ok(())
}

/// One figure printed by a benchmark as `METRIC name value unit`.
#[derive(Debug, Clone, PartialEq)]
struct Metric {
    name: String,
    value: f64,
    unit: String,
}

fn parse_metric(line: &str) -> Option<Metric> {
    let mut words = line.split_whitespace();
    if words.next()? != "METRIC" {
        return None;
    }
    let name = words.next()?.to_owned();
    let value = words.next()?.parse().ok()?;
    let unit = words.collect::<Vec<_>>().join(" ");
    Some(Metric { name, value, unit })
}

fn metrics_table(metrics: &[Metric]) -> String {
    let name_width = metrics
        .iter()
        .map(|m| m.name.len())
        .chain([6])
        .max()
        .unwrap_or(6);
    let values: Vec<String> = metrics.iter().map(|m| format_value(m.value)).collect();
    let value_width = values.iter().map(String::len).chain([5]).max().unwrap_or(5);
    let mut table = format!(
        "{:<name_width$}  {:>value_width$}  unit\n",
        "metric", "value"
    );
    table.push_str(&format!(
        "{}  {}  ----\n",
        "-".repeat(name_width),
        "-".repeat(value_width)
    ));
    for (metric, value) in metrics.iter().zip(&values) {
        table.push_str(&format!(
            "{:<name_width$}  {:>value_width$}  {}\n",
            metric.name, value, metric.unit
        ));
    }
    table
}

fn format_value(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else if value.abs() >= 100.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.3}")
    }
}

/// `[{"name":..,"value":..,"unit":..}, ...]`, keys in that order.
fn metrics_json(metrics: &[Metric]) -> String {
    let entries: Vec<String> = metrics
        .iter()
        .map(|m| {
            format!(
                "  {{\"name\": {}, \"value\": {}, \"unit\": {}}}",
                serde_json::Value::from(m.name.as_str()),
                // Non-finite values, which JSON cannot hold, become null.
                serde_json::Value::from(m.value),
                serde_json::Value::from(m.unit.as_str()),
            )
        })
        .collect();
    if entries.is_empty() {
        "[]".to_owned()
    } else {
        format!("[\n{}\n]", entries.join(",\n"))
    }
}

fn bench(ctx: &Ctx, args: &[String]) -> Result {
    let mut json_path = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => {
                let path = args.next().ok_or("`--json` needs a file name")?;
                json_path = Some(PathBuf::from(path));
            }
            other => match other.strip_prefix("--json=") {
                Some(path) => json_path = Some(PathBuf::from(path)),
                None => return Err(format!("`bench` takes no argument `{other}`\n\n{USAGE}")),
            },
        }
    }

    ensure_tools(ctx, SystemPackages::Check)?;
    let mut metrics = Vec::new();
    for (package, bench) in [("pop3", "decode"), ("pop3-proxy", "bridge")] {
        run_collecting_metrics(
            ctx.cargo().args(["bench", "-p", package, "--bench", bench]),
            &mut metrics,
        )?;
    }
    // The app: its size as shipped, and benchmarks inside headless Chromium.
    run(ctx.command("trunk").args(["build", "--release"]))?;
    metrics.push(Metric {
        name: "app.wasm_gz_kib".to_owned(),
        value: gzipped_wasm_kib(Path::new("dist"))?,
        unit: "KiB".to_owned(),
    });
    run_collecting_metrics(
        wasm_test(ctx).args([
            "--release",
            "-p",
            "pop3-playground",
            "--features",
            "bench",
            "--test",
            "bench_web",
            "--",
            "--nocapture",
        ]),
        &mut metrics,
    )?;
    // The app streaming ~20 MB from the demo server, driven by Playwright.
    ensure_e2e_packages(ctx)?;
    let mut e2e = ctx.cargo();
    e2e.args([
        "test",
        "-p",
        "pop3-playground",
        "--test",
        "e2e",
        "--",
        "--nocapture",
    ])
    .env("POP3_E2E", "1")
    .env("E2E_SCRIPT", "bench.mjs");
    run_collecting_metrics(&mut e2e, &mut metrics)?;
    if metrics.is_empty() {
        return Err("the benchmarks printed no `METRIC name value unit` line".to_owned());
    }

    println!("\n{}", metrics_table(&metrics));
    if let Some(path) = json_path {
        // Relative to where the user ran `cargo xtask`, which cargo keeps as our cwd.
        fs::write(&path, metrics_json(&metrics) + "\n")
            .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// Runs `command`, echoing its output, and collects the `METRIC` lines it prints.
/// The gzipped size (level 9, as a server would send it) of the app's wasm in
/// `dist`, in KiB.
fn gzipped_wasm_kib(dist: &Path) -> Result<f64> {
    let wasm = fs::read_dir(dist)
        .map_err(|error| format!("cannot read {}: {error}", dist.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .find(|path| path.extension().is_some_and(|e| e == "wasm"))
        .ok_or_else(|| format!("no .wasm in {}", dist.display()))?;
    let output = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(&wasm)
        .output()
        .map_err(|error| format!("cannot run gzip: {error}"))?;
    if !output.status.success() {
        return Err(format!("gzip failed on {}", wasm.display()));
    }
    println!(
        "{}: {} bytes, {} gzipped",
        wasm.display(),
        fs::metadata(&wasm).map(|m| m.len()).unwrap_or(0),
        output.stdout.len()
    );
    Ok(output.stdout.len() as f64 / 1024.0)
}

fn run_collecting_metrics(command: &mut Command, metrics: &mut Vec<Metric>) -> Result {
    println!("$ {}", describe(command));
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run `{}`: {error}", describe(command)))?;
    let stdout = child.stdout.take().expect("stdout is piped");
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|error| format!("cannot read benchmark output: {error}"))?;
        println!("{line}");
        metrics.extend(parse_metric(&line));
    }
    let status = child
        .wait()
        .map_err(|error| format!("cannot wait for `{}`: {error}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

fn fuzz(ctx: &Ctx, args: &[String]) -> Result {
    let mut seconds: u64 = 60;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--seconds" => args.next().ok_or("`--seconds` needs a number")?.as_str(),
            other => other
                .strip_prefix("--seconds=")
                .ok_or_else(|| format!("`fuzz` takes no argument `{other}`\n\n{USAGE}"))?,
        };
        seconds = value
            .parse()
            .map_err(|_| format!("`--seconds` needs a whole number, not `{value}`"))?;
    }

    if output(ctx.cargo().args(["fuzz", "--version"])).is_none() {
        run(ctx.cargo().args(["install", "cargo-fuzz"]))?;
    }
    let fuzz_dir = "pop3/fuzz";
    let list = output(
        ctx.cargo_nightly()
            .args(["fuzz", "list", "--fuzz-dir", fuzz_dir]),
    )
    .ok_or_else(|| format!("`cargo +nightly fuzz list --fuzz-dir {fuzz_dir}` failed"))?;
    let targets: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if targets.is_empty() {
        return Err(format!("no fuzz targets in {fuzz_dir}"));
    }

    let mut summary = Summary::default();
    for target in targets {
        summary.step(
            &format!("fuzz {target}"),
            ctx.cargo_nightly().args([
                "fuzz",
                "run",
                "--fuzz-dir",
                fuzz_dir,
                target,
                "--",
                &format!("-max_total_time={seconds}"),
            ]),
        );
    }
    summary.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_version_from_tool_output() {
        assert_eq!(version_word("trunk 0.21.14\n"), Some("0.21.14"));
        assert_eq!(version_word("wasm-bindgen 0.2.130"), Some("0.2.130"));
        assert_eq!(
            version_word("wasm-opt version 132 (version_132)"),
            Some("132")
        );
        assert_eq!(version_word("cargo-fuzz v0.12.0"), Some("0.12.0"));
        assert_eq!(version_word("no digits here"), None);
    }

    #[test]
    fn finds_a_locked_version() {
        let lock = r#"
version = 4

[[package]]
name = "wasm-bindgen-backend"
version = "0.2.99"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
"#;
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(lock, "yew"), None);
    }

    #[test]
    fn names_only_the_missing_system_packages() {
        let packages = [
            ("/", "present"),
            ("/no/such/chromium", "chromium"),
            ("/no/such/dovecot", "dovecot-pop3d"),
        ];
        let missing = missing_packages(&packages);
        assert_eq!(missing, ["chromium", "dovecot-pop3d"]);
        assert_eq!(
            apt_get_hint(&missing),
            "sudo apt-get install chromium dovecot-pop3d"
        );
    }

    #[test]
    fn parses_metric_lines() {
        assert_eq!(
            parse_metric("METRIC core.decode_mb_s 812.5 MB/s"),
            Some(Metric {
                name: "core.decode_mb_s".into(),
                value: 812.5,
                unit: "MB/s".into()
            })
        );
        assert_eq!(parse_metric("  METRIC a 1 x"), parse_metric("METRIC a 1 x"));
        assert_eq!(parse_metric("METRIC a notanumber x"), None);
        assert_eq!(parse_metric("test decode ... bench"), None);
        assert_eq!(parse_metric("METRICS a 1 x"), None);
    }

    #[test]
    fn writes_metrics_as_a_json_array() {
        let metrics = [Metric {
            name: "core.decode_mb_s".into(),
            value: 812.5,
            unit: "MB/s".into(),
        }];
        let json = metrics_json(&metrics);
        assert_eq!(
            json,
            "[\n  {\"name\": \"core.decode_mb_s\", \"value\": 812.5, \"unit\": \"MB/s\"}\n]"
        );
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            value,
            serde_json::json!([{ "name": "core.decode_mb_s", "value": 812.5, "unit": "MB/s" }])
        );
        let odd = [Metric {
            name: "a\"b".into(),
            value: f64::NAN,
            unit: "".into(),
        }];
        let value: serde_json::Value = serde_json::from_str(&metrics_json(&odd)).unwrap();
        assert_eq!(
            value,
            serde_json::json!([{ "name": "a\"b", "value": null, "unit": "" }])
        );
        assert_eq!(metrics_json(&[]), "[]");
    }

    #[test]
    fn spots_forbidden_crates_in_a_tree() {
        let tree = "pop3 v0.1.0 (/work/pop3)\nmemchr v2.7.4\ntokio v1.0.0\ntokio-util v0.7.0\n";
        assert_eq!(forbidden_crates(tree), ["tokio"]);
        assert!(forbidden_crates("pop3 v0.1.0\nserde v1.0.0\n").is_empty());
    }

    #[test]
    fn summary_reports_failures() {
        let mut summary = Summary::default();
        summary.steps.push(StepResult {
            name: "fmt".into(),
            ok: true,
            seconds: 1.0,
        });
        summary.steps.push(StepResult {
            name: "test native".into(),
            ok: false,
            seconds: 2.5,
        });
        let table = summary.table();
        assert!(table.contains("fmt          ok"));
        assert!(table.contains("test native  FAILED       2.5"));
        assert_eq!(summary.failed(), ["test native"]);
        assert!(summary.finish().is_err());
    }

    #[test]
    fn describes_commands_with_their_environment() {
        let mut command = Command::new("cargo");
        command.args(["test", "--workspace"]).env("CI_X", "1");
        assert_eq!(describe(&command), "CI_X=1 cargo test --workspace");
    }
}
