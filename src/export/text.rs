//! The `C:`/`S:` text log: client lines as `C: ...`, server lines as `S: ...`
//! with multi-line bodies dot-stuffed as on the wire (the terminating `S: .`
//! too), the app's own lines as `# ...` comments. The import panel replays it
//! through the same engine, which skips lines without a `C:`/`S:` prefix.

use std::fmt::Write as _;

use super::{lossy, one_line, strip_line_ending};
use crate::state::{Dir, Entry};

/// The transcript as a `C:`/`S:` log that re-imports to the same client and
/// server lines.
pub fn transcript_text(entries: &[Entry], include_secrets: bool) -> String {
    let mut out = String::new();
    out.push_str(
        "# POP3 Playground transcript: C: client, S: server, # notes (skipped on import)\n",
    );
    for entry in entries {
        match entry.dir() {
            Dir::Client => {
                let line = match &entry.secret {
                    Some(secret) if include_secrets => secret.expose().clone(),
                    _ => lossy(strip_line_ending(&entry.raw)),
                };
                push_prefixed(&mut out, "C:", &line);
            }
            Dir::Server => {
                push_prefixed(&mut out, "S:", &lossy(strip_line_ending(&entry.raw)));
                if let Some(body) = &entry.body {
                    for line in body_lines(&body.bytes) {
                        let mut text = lossy(line);
                        if text.starts_with('.') {
                            text.insert(0, '.');
                        }
                        push_prefixed(&mut out, "S:", &text);
                    }
                    out.push_str("S: .\n");
                }
            }
            Dir::Proxy => {
                let text = one_line(&crate::i18n::line(entry));
                if entry.fact.is_banner() {
                    let _ = writeln!(out, "# state: {text}");
                } else {
                    let _ = writeln!(out, "# proxy: {text}");
                }
            }
        }
    }
    out
}

fn push_prefixed(out: &mut String, prefix: &str, line: &str) {
    // A line break inside a line would start a new (unprefixed) line.
    let line = one_line(line);
    out.push_str(prefix);
    if !line.is_empty() {
        out.push(' ');
        out.push_str(&line);
    }
    out.push('\n');
}

/// The lines of an unstuffed body, without their line endings.
fn body_lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let trimmed = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let empty = bytes.is_empty();
    trimmed
        .split(|b| *b == b'\n')
        .filter(move |_| !empty)
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
}
