//! Bytes from the wire as text a person can read: line endings shown or
//! trimmed, invisible and invalid bytes made visible, long lines cut, hex dumps.

use std::borrow::Cow;
use std::fmt::Write as _;

use yew::prelude::*;

/// A run of displayed text: as received, or a stand-in made visible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segment {
    text: String,
    escaped: bool,
}

pub(crate) fn render_segments(segments: &[Segment]) -> Html {
    segments
        .iter()
        .map(|s| {
            if s.escaped {
                html! { <span class="tx-esc">{ s.text.clone() }</span> }
            } else {
                html! { { s.text.clone() } }
            }
        })
        .collect()
}

fn push_segment(segments: &mut Vec<Segment>, text: &str, escaped: bool) {
    match segments.last_mut() {
        Some(last) if last.escaped == escaped => last.text.push_str(text),
        _ => segments.push(Segment {
            text: text.to_owned(),
            escaped,
        }),
    }
}

/// Splits off a trailing CRLF or bare LF.
pub(crate) fn split_line_ending(bytes: &[u8]) -> (&[u8], &[u8]) {
    let cut = if bytes.ends_with(b"\r\n") {
        2
    } else if bytes.ends_with(b"\n") {
        1
    } else {
        0
    };
    bytes.split_at(bytes.len() - cut)
}

/// At most `limit` bytes, cut before a UTF-8 sequence rather than inside it.
pub(crate) fn prefix(bytes: &[u8], limit: usize) -> (&[u8], bool) {
    if bytes.len() <= limit {
        return (bytes, false);
    }
    let mut cut = limit;
    while cut > 0 && limit - cut < 3 && bytes[cut] & 0xc0 == 0x80 {
        cut -= 1;
    }
    (&bytes[..cut], true)
}

/// How a character is shown when it would be invisible or misleading: control
/// characters as their Unicode pictures (␀, ␍, ␊, ␉ …), C1 controls and
/// bidirectional or zero-width characters as `<U+XXXX>`.
fn stand_in(c: char, keep_tabs: bool) -> Option<Cow<'static, str>> {
    match c {
        '\t' if keep_tabs => None,
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32).map(|p| Cow::Owned(p.to_string())),
        '\x7f' => Some(Cow::Borrowed("␡")),
        '\u{80}'..='\u{9f}'
        | '\u{ad}'
        | '\u{200b}'..='\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}' => Some(Cow::Owned(format!("<U+{:04X}>", c as u32))),
        _ => None,
    }
}

/// Decodes bytes leniently: valid UTF-8 as text (stand-ins for invisible
/// characters), every other byte as `<XX>`.
fn decode_visible(bytes: &[u8], keep_tabs: bool, mut sink: impl FnMut(&str, bool)) {
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        let mut start = 0;
        for (i, c) in valid.char_indices() {
            if let Some(shown) = stand_in(c, keep_tabs) {
                if start < i {
                    sink(&valid[start..i], false);
                }
                sink(&shown, true);
                start = i + c.len_utf8();
            }
        }
        if start < valid.len() {
            sink(&valid[start..], false);
        }
        for byte in chunk.invalid() {
            sink(&format!("<{byte:02X}>"), true);
        }
    }
}

/// One line for display: its ending trimmed (or shown as ␍␊), every byte visible.
pub(crate) fn line_segments(bytes: &[u8], show_crlf: bool, limit: usize) -> Vec<Segment> {
    let (line, ending) = split_line_ending(bytes);
    let (shown, cut) = prefix(line, limit);
    let mut segments = Vec::new();
    decode_visible(shown, false, |text, escaped| {
        push_segment(&mut segments, text, escaped)
    });
    if cut {
        push_segment(&mut segments, "…", true);
    }
    if show_crlf {
        for byte in ending {
            push_segment(&mut segments, if *byte == b'\r' { "␍" } else { "␊" }, true);
        }
    }
    segments
}

/// [`line_segments`] as plain text.
pub(crate) fn line_text(bytes: &[u8], show_crlf: bool, limit: usize) -> String {
    line_segments(bytes, show_crlf, limit)
        .into_iter()
        .map(|s| s.text)
        .collect()
}

/// A body as text: one line per line, tabs kept, other controls made visible.
pub(crate) fn body_text(bytes: &[u8], show_crlf: bool) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 16);
    for line in bytes.split_inclusive(|b| *b == b'\n') {
        let (content, ending) = split_line_ending(line);
        decode_visible(content, true, |text, _| out.push_str(text));
        if show_crlf {
            for byte in ending {
                out.push(if *byte == b'\r' { '␍' } else { '␊' });
            }
        }
        if !ending.is_empty() {
            out.push('\n');
        }
    }
    out
}

/// A classic hex dump: offset, 16 bytes in hex, the same as ASCII.
pub(crate) fn hex_dump(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() / 16 * 78 + 78);
    for (row, chunk) in bytes.chunks(16).enumerate() {
        let _ = write!(out, "{:08x}  ", row * 16);
        for column in 0..16 {
            match chunk.get(column) {
                Some(byte) => {
                    let _ = write!(out, "{byte:02x} ");
                }
                None => out.push_str("   "),
            }
            if column == 7 {
                out.push(' ');
            }
        }
        out.push_str(" |");
        out.extend(chunk.iter().map(|&b| {
            if b.is_ascii_graphic() || b == b' ' {
                b as char
            } else {
                '.'
            }
        }));
        out.push_str("|\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn trims_or_shows_the_line_ending() {
        assert_eq!(line_text(b"STAT\r\n", false, 100), "STAT");
        assert_eq!(line_text(b"STAT\r\n", true, 100), "STAT␍␊");
        assert_eq!(line_text(b"+OK bare\n", true, 100), "+OK bare␊");
        assert_eq!(line_text(b"+OK\r", false, 100), "+OK␍");
    }

    #[test]
    fn makes_invalid_and_invisible_bytes_visible() {
        assert_eq!(
            line_text(b"+OK \xff\xfe\x00 hi\t\x7f\r\n", false, 100),
            "+OK <FF><FE>␀ hi␉␡"
        );
        assert_eq!(line_text("a\u{202e}b".as_bytes(), false, 100), "a<U+202E>b");
        assert_eq!(line_text(b"\xe2\x82", false, 100), "<E2><82>");
        let segments = line_segments(b"A\x00B\r\n", true, 100);
        assert_eq!(
            segments,
            [
                Segment {
                    text: "A".into(),
                    escaped: false
                },
                Segment {
                    text: "␀".into(),
                    escaped: true
                },
                Segment {
                    text: "B".into(),
                    escaped: false
                },
                Segment {
                    text: "␍␊".into(),
                    escaped: true
                },
            ]
        );
    }

    #[test]
    fn cuts_long_lines_between_characters() {
        let line = "é".repeat(10);
        assert_eq!(line_text(line.as_bytes(), false, 5), "éé…");
        assert_eq!(prefix(b"abc", 3), (&b"abc"[..], false));
    }

    #[test]
    fn body_text_keeps_lines_and_tabs() {
        assert_eq!(body_text(b"a\tb\r\nc\r\n", false), "a\tb\nc\n");
        assert_eq!(body_text(b"a\r\nb", true), "a␍␊\nb");
        assert_eq!(body_text(b"\x80\n", false), "<80>\n");
    }

    #[test]
    fn hex_dump_has_offsets_and_ascii() {
        let dump = hex_dump(b"STAT\r\n");
        assert!(dump.starts_with("00000000  53 54 41 54 0d 0a "), "{dump}");
        assert!(dump.ends_with(" |STAT..|\n"), "{dump}");
        assert_eq!(hex_dump(&[0; 17]).lines().count(), 2);
        assert_eq!(hex_dump(&[]), "");
    }
}
