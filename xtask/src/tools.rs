//! Installing the tools the commands need, and naming the system packages that
//! need root to install.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::Result;
use crate::process::{Ctx, output, run};

/// The Trunk release that builds on this project's toolchain (0.22 needs a newer rustc).
const TRUNK_VERSION: &str = "0.21.14";
/// The wasm-opt (binaryen) version Trunk is told to use in `Trunk.toml`.
const WASM_OPT_VERSION: &str = "132";
pub(crate) const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Project-local npm prefix for wasm-opt (gitignored).
pub(crate) const TOOLS_DIR: &str = ".tools";
/// What the tests need from the system, which only root can install: the file that
/// shows it is there, and the Debian package that provides it.
const SYSTEM_PACKAGES: [(&str, &str); 4] = [
    ("/usr/bin/chromium", "chromium"),
    ("/usr/bin/chromedriver", "chromium-driver"),
    ("/usr/sbin/dovecot", "dovecot-pop3d"),
    // The reverse proxy of the deployment test (tests/e2e.rs `nginx_wss`).
    ("/usr/sbin/nginx", "nginx"),
];
pub(crate) const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The browser end-to-end tests' npm project.
pub(crate) const E2E_DIR: &str = "tests/e2e";
/// Present once `npm ci --prefix tests/e2e` has run.
pub(crate) const E2E_RUNNER_MARKER: &str = "tests/e2e/node_modules/playwright-core";

/// Whether to also check the system packages that need root to install.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SystemPackages {
    Check,
    Skip,
}

pub(crate) fn ensure_tools(ctx: &Ctx, system: SystemPackages) -> Result {
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

/// websockify from PyPI, for the browser test and the benchmark that compare
/// the app and the proxy with it.
const WEBSOCKIFY_VERSION: &str = "0.13.0";
/// Its project-local virtual environment.
const WEBSOCKIFY_VENV: &str = ".tools/websockify";

/// Installs websockify into [`WEBSOCKIFY_VENV`] unless it is already there.
pub(crate) fn ensure_websockify(ctx: &Ctx) -> Result {
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
pub(crate) fn ensure_e2e_packages(ctx: &Ctx) -> Result {
    if ctx.root.join(E2E_RUNNER_MARKER).is_dir() {
        return Ok(());
    }
    run(ctx
        .command("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix", E2E_DIR]))
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
}
