//! `cargo xtask fuzz`: every fuzz target of the core, for a fixed time each.

use crate::process::{Ctx, output, run};
use crate::test::Summary;
use crate::{Result, USAGE};

pub(crate) fn fuzz(ctx: &Ctx, args: &[String]) -> Result {
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
