//! Project tasks, run as `cargo xtask <command>` (an alias in `.cargo/config.toml`).
//!
//! Every command first installs what it can that is missing (the wasm32 target, Trunk,
//! the wasm-bindgen CLI of the version in `Cargo.lock`, wasm-opt into `.tools/`), and
//! names the system packages it cannot install without root.

mod bench;
mod dev;
mod dist;
mod fuzz;
mod process;
mod test;
mod tools;

use std::env;
use std::process::ExitCode;

use process::Ctx;

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
            "dev" => dev::dev(&ctx, rest),
            "test" => test::test(&ctx, rest),
            "bench" => bench::bench(&ctx, rest),
            "fuzz" => fuzz::fuzz(&ctx, rest),
            "dist" => dist::dist(&ctx, rest),
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

/// An error unless `command` was given no arguments.
fn no_arguments(command: &str, args: &[String]) -> Result {
    match args.first() {
        None => Ok(()),
        Some(arg) => Err(format!("`{command}` takes no argument `{arg}`\n\n{USAGE}")),
    }
}
