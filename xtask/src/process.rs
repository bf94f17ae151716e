//! The project context and running child processes.

use std::env;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::Result;
use crate::tools::TOOLS_DIR;

/// The project root and the `PATH` that child processes get.
pub(crate) struct Ctx {
    pub(crate) root: PathBuf,
    path: OsString,
}

impl Ctx {
    pub(crate) fn new() -> Self {
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
    pub(crate) fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut command = Command::new(program);
        command.current_dir(&self.root).env("PATH", &self.path);
        command
    }

    pub(crate) fn cargo(&self) -> Command {
        self.command("cargo")
    }

    /// `cargo +nightly`, free of the variables the stable cargo running xtask set, so
    /// that tools such as cargo-fuzz find the nightly toolchain.
    pub(crate) fn cargo_nightly(&self) -> Command {
        let mut command = self.cargo();
        command
            .arg("+nightly")
            .env_remove("CARGO")
            .env_remove("RUSTUP_TOOLCHAIN")
            .env_remove("RUSTC")
            .env_remove("RUSTDOC");
        command
    }

    pub(crate) fn wasm_opt(&self) -> PathBuf {
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

/// The command line as a person would type it (without the environment).
pub(crate) fn describe(command: &Command) -> String {
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
pub(crate) fn run(command: &mut Command) -> Result {
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
pub(crate) fn output(command: &mut Command) -> Option<String> {
    let output = command.stderr(Stdio::null()).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A child process killed when this value is dropped (when the foreground task ends
/// or fails). Ctrl-C needs no handling here: the terminal sends SIGINT to the whole
/// foreground process group, so the child gets it too and exits on its own.
pub(crate) struct BackgroundChild {
    pub(crate) name: &'static str,
    pub(crate) child: Child,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_commands_with_their_environment() {
        let mut command = Command::new("cargo");
        command.args(["test", "--workspace"]).env("CI_X", "1");
        assert_eq!(describe(&command), "CI_X=1 cargo test --workspace");
    }
}
