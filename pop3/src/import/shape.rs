//! What a line looks like: a placeholder, a status line, and how far it is
//! indented.

/// Lines like `<wait for connection on TCP port 110>` in RFC examples: a
/// description, not protocol text. An APOP timestamp such as
/// `<1896.697170952@dbc.mtview.ca.us>` has no space, and an HTML tag such as
/// `<meta name="x">` has markup inside, so neither is one.
pub(super) fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    text.strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .is_some_and(|inside| {
            inside.contains(char::is_whitespace)
                && !inside.contains(['<', '>', '=', '"', '/', ';', '@'])
        })
}

/// A placeholder inside a message body, where a line such as `<td nowrap>`
/// is content: it takes a sentence, `<the POP3 server sends message 1>`.
pub(super) fn is_body_placeholder(text: &str) -> bool {
    is_placeholder(text) && text.split_whitespace().count() >= 3
}

/// Whether a line starts a server reply: `+OK` or `-ERR` (in any case), or a
/// `+` continuation.
pub(super) fn is_status(text: &str) -> bool {
    is_ok(text) || starts_with_ci(text, "-ERR") || text == "+" || text.starts_with("+ ")
}

/// Whether a line is a `+OK` status line (in any case).
pub(super) fn is_ok(text: &str) -> bool {
    starts_with_ci(text, "+OK")
}

fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// The width of a text on screen, with tab stops every 8 columns.
pub(super) fn width(text: &str) -> usize {
    text.chars().fold(
        0,
        |col, c| if c == '\t' { col / 8 * 8 + 8 } else { col + 1 },
    )
}

/// Removes leading whitespace up to screen column `column`: the indentation
/// of a line written under a label, keeping what the line itself indents.
pub(super) fn dedent(text: &str, column: usize) -> &str {
    let mut col = 0;
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() || col >= column {
            return &text[i..];
        }
        col = if c == '\t' { col / 8 * 8 + 8 } else { col + 1 };
    }
    ""
}

/// Removes up to `count` leading whitespace characters: the space a log puts
/// after its labels, keeping a body line's own indentation.
pub(super) fn strip_indent(text: &str, count: usize) -> &str {
    let skip = text
        .char_indices()
        .take(count)
        .take_while(|(_, c)| c.is_whitespace())
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[skip..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(is_placeholder("  <open connection> "));
        assert!(!is_placeholder("<1896.697170952@dbc.mtview.ca.us>"));
        assert!(!is_placeholder("<meta name=\"x\" content=\"y\">"));
        assert!(is_body_placeholder("<the POP3 server sends message 1>"));
        assert!(!is_body_placeholder("<td nowrap>"));
        assert!(is_status("+ok ready") && is_status("-ERR") && is_status("+ "));
        assert!(is_status("+") && !is_status("+x") && !is_status("STAT"));
        assert_eq!(width("S:\t"), 8);
        assert_eq!(dedent("\t  folded", 8), "  folded");
        assert_eq!(dedent("     1 120", 3), "  1 120");
        assert_eq!(strip_indent(" \tboundary", 1), "\tboundary");
        assert_eq!(strip_indent("  ", 4), "");
    }
}
