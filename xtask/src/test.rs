//! `cargo xtask test`: every test layer in turn, then a summary table; and the step
//! runner that `fuzz` uses too.

use std::env;
use std::process::Command;
use std::time::Instant;

use crate::process::{Ctx, describe, output};
use crate::tools::{
    CHROMEDRIVER, E2E_DIR, E2E_RUNNER_MARKER, SystemPackages, WASM_TARGET, ensure_tools,
    ensure_websockify,
};
use crate::{Result, no_arguments};

pub(crate) fn test(ctx: &Ctx, args: &[String]) -> Result {
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
        wasm_test(ctx).args(["-p", "pop3-playground", "--features", "embed-en"]),
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
    // The deployment test runs the proxy's binary itself, behind nginx. The
    // workspace's test build made it (with the features that build unified), so
    // this is a check that it is there, and it compiles nothing again.
    let proxy_built = summary.step(
        "build pop3-proxy (e2e)",
        ctx.cargo().args(["test", "--workspace", "--no-run"]),
    );
    if app_built && runner_ready && websockify_ready && proxy_built {
        let mut e2e = ctx.cargo();
        // `--workspace`, as in the native step, so that features resolve the same
        // and nothing is compiled a second time.
        e2e.args(["test", "--workspace", "--test", "e2e", "--", "--nocapture"])
            .env("POP3_E2E", "1");
        if under_ci {
            e2e.env("POP3_REQUIRE_DOVECOT", "1")
                .env("POP3_REQUIRE_NGINX", "1");
        }
        summary.step("e2e (Playwright)", &mut e2e);
    } else {
        summary.check("e2e (Playwright)", || {
            Err(
                "not run: the app or the proxy did not build, or the Playwright runner or \
                 websockify is not installed"
                    .into(),
            )
        });
    }
    summary.finish()
}

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
pub(crate) fn wasm_test(ctx: &Ctx) -> Command {
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

struct StepResult {
    name: String,
    ok: bool,
    seconds: f64,
}

#[derive(Default)]
pub(crate) struct Summary {
    steps: Vec<StepResult>,
}

impl Summary {
    /// Runs one step, timing it; a failure is recorded, not returned.
    pub(crate) fn step(&mut self, name: &str, command: &mut Command) -> bool {
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
    pub(crate) fn finish(&self) -> Result {
        println!("\n{}", self.table());
        let failed = self.failed();
        if failed.is_empty() {
            Ok(())
        } else {
            Err(format!("failed: {}", failed.join(", ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
