//! `cargo xtask dist`: release builds of the app and of the proxy.

use crate::process::{Ctx, run};
use crate::tools::{SystemPackages, ensure_tools};
use crate::{Result, no_arguments};

/// Where `pop3-proxy --web dist` serves the app by default.
const DIST_URL: &str = "http://127.0.0.1:8110/";

pub(crate) fn dist(ctx: &Ctx, args: &[String]) -> Result {
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
