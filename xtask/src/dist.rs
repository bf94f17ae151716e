//! `cargo xtask dist`: release builds of the app and of the proxy, with the
//! app's text and WebAssembly precompressed for the proxy to serve.

use std::fs;
use std::path::{Path, PathBuf};

use crate::process::{Ctx, run};
use crate::tools::{SystemPackages, ensure_tools};
use crate::{Result, no_arguments};

/// Where `pop3-proxy --web dist` serves the app by default.
const DIST_URL: &str = "http://127.0.0.1:8110/";

/// The kinds of file worth compressing (the proxy's list too).
const COMPRESSIBLE: &[&str] = &["wasm", "js", "css", "html", "ftl", "svg"];

pub(crate) fn dist(ctx: &Ctx, args: &[String]) -> Result {
    no_arguments("dist", args)?;
    ensure_tools(ctx, SystemPackages::Skip)?;
    run(ctx
        .command("trunk")
        .args(["build", "--release", "--dist", "dist"]))?;
    let sizes =
        precompress(&ctx.root.join("dist")).map_err(|e| format!("precompressing dist/: {e}"))?;
    println!(
        "Precompressed {} file(s): {} bytes -> gzip {} bytes, brotli {} bytes",
        sizes.files, sizes.plain, sizes.gzip, sizes.brotli
    );
    run(ctx.cargo().args(["build", "--release", "-p", "pop3-proxy"]))?;
    println!();
    println!("Built dist/ (the app) and target/release/pop3-proxy. Run:");
    println!();
    println!("    target/release/pop3-proxy --web dist --demo");
    println!();
    println!("then open {DIST_URL}");
    Ok(())
}

/// What [`precompress`] did: files compressed and their total sizes.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Sizes {
    pub files: usize,
    pub plain: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// Writes `file.gz` and `file.br` beside every compressible file under `dir`
/// (at the best levels: this runs once per release). A compressed copy no
/// smaller than the file is not kept, so the proxy sends the file itself.
pub(crate) fn precompress(dir: &Path) -> std::io::Result<Sizes> {
    let mut sizes = Sizes::default();
    for path in files(dir)? {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        if !COMPRESSIBLE.contains(&ext) {
            continue;
        }
        let plain = fs::read(&path)?;
        let gzip = {
            let mut out = Vec::new();
            zopfli::compress(
                zopfli::Options::default(),
                zopfli::Format::Gzip,
                plain.as_slice(),
                &mut out,
            )?;
            out
        };
        let brotli = {
            let mut out = Vec::new();
            let params = brotli::enc::BrotliEncoderParams {
                quality: 11,
                lgwin: 22,
                ..Default::default()
            };
            brotli::BrotliCompress(&mut plain.as_slice(), &mut out, &params)?;
            out
        };
        sizes.files += 1;
        sizes.plain += plain.len() as u64;
        for (suffix, packed, total) in [
            (".gz", gzip, &mut sizes.gzip),
            (".br", brotli, &mut sizes.brotli),
        ] {
            let mut name = path.clone().into_os_string();
            name.push(suffix);
            let sibling = PathBuf::from(name);
            if packed.len() < plain.len() {
                *total += packed.len() as u64;
                fs::write(&sibling, &packed)?;
            } else {
                *total += plain.len() as u64;
                match fs::remove_file(&sibling) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                    _ => {}
                }
            }
        }
    }
    Ok(sizes)
}

/// Every file under `dir`, recursively, in a stable order.
fn files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                dirs.push(entry.path());
            } else if kind.is_file() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precompress_writes_smaller_siblings_of_text_and_wasm_only() {
        let dir = std::env::temp_dir().join(format!("xtask-dist-{}", std::process::id()));
        fs::create_dir_all(dir.join("i18n/pl")).unwrap();
        let text = "export function f() { return 'POP3 Playground'; }\n".repeat(200);
        fs::write(dir.join("app-0123456789abcdef.js"), &text).unwrap();
        fs::write(dir.join("i18n/pl/core.ftl"), text.replace("f()", "g()")).unwrap();
        fs::write(dir.join("tiny.css"), "a{}").unwrap();
        fs::write(dir.join("logo.png"), &text).unwrap();
        let sizes = precompress(&dir).unwrap();
        assert_eq!(sizes.files, 3);
        for name in ["app-0123456789abcdef.js", "i18n/pl/core.ftl"] {
            let gz = fs::read(dir.join(format!("{name}.gz"))).unwrap();
            assert_eq!(&gz[..2], b"\x1f\x8b");
            let mut back = String::new();
            std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back)
                .unwrap();
            assert_eq!(back.len(), text.len());
            let br = fs::read(dir.join(format!("{name}.br"))).unwrap();
            let mut back = Vec::new();
            brotli::BrotliDecompress(&mut br.as_slice(), &mut back).unwrap();
            assert_eq!(back.len(), text.len());
            assert!(br.len() < text.len() / 10);
        }
        // Compression would not help a tiny file; PNG is compressed already.
        assert!(!dir.join("tiny.css.gz").exists());
        assert!(!dir.join("tiny.css.br").exists());
        assert!(!dir.join("logo.png.gz").exists());
        fs::remove_dir_all(dir).unwrap();
    }
}
