//! `cargo xtask bench`: run the benchmarks, collect the `METRIC` lines they print,
//! and show them as a table (and optionally JSON).

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::dist::precompress;
use crate::process::{Ctx, describe, run};
use crate::test::wasm_test;
use crate::tools::{SystemPackages, ensure_e2e_packages, ensure_tools};
use crate::{Result, USAGE};

pub(crate) fn bench(ctx: &Ctx, args: &[String]) -> Result {
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
    // With the compressed copies `cargo xtask dist` ships, for the visits'
    // bytes on the wire (app.first_visit_kib, app.repeat_visit_kib).
    precompress(&ctx.root.join("dist")).map_err(|e| format!("precompressing dist/: {e}"))?;
    // The app's WebAssembly as served with gzip, and as `gzip -9` writes it.
    let dist = Path::new("dist");
    let (served, gzip9) = gzip_kib(dist, "pop3-playground-")?;
    metrics.push(Metric {
        name: "app.wasm_gz_kib".to_owned(),
        value: served,
        unit: "KiB".to_owned(),
    });
    metrics.push(Metric {
        name: "app.wasm_gzip9_kib".to_owned(),
        value: gzip9,
        unit: "KiB".to_owned(),
    });
    // The workers, each fetched when a page first uses it: the demo server
    // inside the page, the message reader and the server check.
    for (name, prefix) in [
        ("app.demo_worker_wasm_gz_kib", "demo-worker"),
        ("app.mime_worker_wasm_gz_kib", "mime-worker"),
        ("app.check_worker_wasm_gz_kib", "check-worker"),
    ] {
        metrics.push(Metric {
            name: name.to_owned(),
            value: gzip_kib(dist, prefix)?.0,
            unit: "KiB".to_owned(),
        });
    }
    // Each language's catalogs, as the page fetches them (English is in the wasm).
    for lang in ["en", "ca", "fr", "pl", "ru", "tr"] {
        metrics.push(Metric {
            name: format!("app.catalog_{lang}_gz_kib"),
            value: gzipped_catalog_kib(&Path::new("dist").join("i18n").join(lang))?,
            unit: "KiB".to_owned(),
        });
    }
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
    // The app's visits, and the app streaming ~20 MB from the demo server,
    // driven by Playwright.
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

/// A wasm in `dist` whose name starts with `prefix` (the app's,
/// `pop3-playground-<hash>_bg.wasm`, or a worker's, `demo-worker_bg.wasm`).
fn wasm_in(dist: &Path, prefix: &str) -> Result<PathBuf> {
    fs::read_dir(dist)
        .map_err(|error| format!("cannot read {}: {error}", dist.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .find(|path| {
            path.extension().is_some_and(|e| e == "wasm")
                && path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
        })
        .ok_or_else(|| format!("no {prefix}*.wasm in {}", dist.display()))
}

/// The sizes in KiB of a wasm's gzip copy as `cargo xtask dist` writes it and
/// the proxy serves it (Zopfli), and of `gzip -9` of it; printed too.
fn gzip_kib(dist: &Path, prefix: &str) -> Result<(f64, f64)> {
    let wasm = wasm_in(dist, prefix)?;
    let mut gz = wasm.clone().into_os_string();
    gz.push(".gz");
    let served = fs::metadata(&gz)
        .map_err(|error| format!("{}: {error}", PathBuf::from(&gz).display()))?
        .len();
    let gzip9 = gzipped_len(std::slice::from_ref(&wasm))?;
    println!(
        "{}: {} bytes, {served} as served gzipped, {gzip9} with gzip -9",
        wasm.display(),
        fs::metadata(&wasm).map(|m| m.len()).unwrap_or(0),
    );
    Ok((served as f64 / 1024.0, gzip9 as f64 / 1024.0))
}

/// The size of `gzip -9` of these files, one after the other.
fn gzipped_len(files: &[PathBuf]) -> Result<usize> {
    let output = Command::new("gzip")
        .args(["-9", "-c"])
        .args(files)
        .output()
        .map_err(|error| format!("cannot run gzip: {error}"))?;
    if !output.status.success() {
        return Err(format!("gzip failed on {files:?}"));
    }
    Ok(output.stdout.len())
}

/// The gzipped size of one language's catalog files together.
fn gzipped_catalog_kib(dir: &Path) -> Result<f64> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|error| format!("cannot read {}: {error}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    Ok(gzipped_len(&files)? as f64 / 1024.0)
}

/// Runs `command`, echoing its output, and collects the `METRIC` lines it prints.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
