//! `cargo xtask dev`: the proxy with the demo server in the background, and
//! `trunk serve` in the foreground.

use crate::process::{BackgroundChild, Ctx, describe, run};
use crate::tools::{SystemPackages, ensure_tools};
use crate::{Result, USAGE};

/// Where `trunk serve` listens: `Trunk.toml` sets the same address and port.
const DEV_URL: &str = "http://127.0.0.1:8080/";

pub(crate) fn dev(ctx: &Ctx, args: &[String]) -> Result {
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
/// then runs it with the demo server in the background, in development mode
/// (`--dev`: pages from Trunk's origin, http://127.0.0.1:8080, may use it).
fn start_proxy(ctx: &Ctx) -> Result<BackgroundChild> {
    run(ctx.cargo().args(["build", "-p", "pop3-proxy"]))?;
    let mut command = ctx.cargo();
    command.args([
        "run",
        "--quiet",
        "-p",
        "pop3-proxy",
        "--",
        "--demo",
        "--dev",
    ]);
    println!("$ {} &", describe(&command));
    let child = command
        .spawn()
        .map_err(|error| format!("cannot start pop3-proxy: {error}"))?;
    Ok(BackgroundChild {
        name: "pop3-proxy",
        child,
    })
}
