//! APOP: the MD5 digest login of RFC 1939 §7.
//!
//! A server that supports APOP puts a timestamp (an RFC 822 msg-id such as
//! `<1896.697170952@dbc.mtview.ca.us>`) in its greeting. The client answers
//! `APOP name digest`, where the digest is the lowercase hex MD5 of the timestamp
//! (brackets included) followed by the shared secret, so the secret itself never
//! crosses the wire.

use md5::{Digest, Md5};

/// The APOP digest of RFC 1939 §7: lowercase hex MD5 of `timestamp` followed by
/// `secret`. `timestamp` includes its angle brackets, exactly as the server sent it.
///
/// ```
/// # use pop3::apop::digest;
/// assert_eq!(
///     digest("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf"),
///     "c4c9334bac560ecc979e58001b3e22fb",
/// );
/// ```
pub fn digest(timestamp: &str, secret: &str) -> String {
    let mut md5 = Md5::new();
    md5.update(timestamp.as_bytes());
    md5.update(secret.as_bytes());
    lower_hex(&md5.finalize())
}

/// The first msg-id-shaped timestamp (`<local@domain>`, brackets included) in a
/// greeting's text, or `None` if the server offers no APOP timestamp.
///
/// RFC 1939 §7 says the timestamp is a msg-id as in RFC 822: `<`, a local part,
/// `@`, a domain, `>`, with no spaces. Bracketed text that does not have that shape
/// (`<hello>`, `<a b@c>`) is skipped, and the search goes on after it.
///
/// ```
/// # use pop3::apop::extract_timestamp;
/// assert_eq!(
///     extract_timestamp("POP3 server ready <1896.697170952@dbc.mtview.ca.us>"),
///     Some("<1896.697170952@dbc.mtview.ca.us>"),
/// );
/// assert_eq!(extract_timestamp("POP3 ready"), None);
/// ```
pub fn extract_timestamp(greeting_text: &str) -> Option<&str> {
    let mut search_from = 0;
    while let Some(offset) = greeting_text[search_from..].find('<') {
        let open = search_from + offset;
        let inner_start = open + 1;
        // Only printable ASCII other than the brackets may appear inside; the first
        // byte that is not allowed ends this candidate.
        let inner_len = greeting_text[inner_start..]
            .bytes()
            .take_while(|&byte| byte.is_ascii_graphic() && byte != b'<' && byte != b'>')
            .count();
        let close = inner_start + inner_len;
        if greeting_text.as_bytes().get(close) == Some(&b'>')
            && is_msg_id_body(&greeting_text[inner_start..close])
        {
            return Some(&greeting_text[open..=close]);
        }
        search_from = inner_start;
    }
    None
}

/// `local@domain` with both sides non-empty.
fn is_msg_id_body(body: &str) -> bool {
    match body.rfind('@') {
        Some(at) => at > 0 && at + 1 < body.len(),
        None => false,
    }
}

/// Lowercase hexadecimal, two digits a byte: how APOP and CRAM-MD5 digests are
/// written, and certificate pins (`pin_sha256`) too.
///
/// ```
/// assert_eq!(pop3::lower_hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
/// ```
pub fn lower_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
        hex.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_TIMESTAMP: &str = "<1896.697170952@dbc.mtview.ca.us>";

    #[test]
    fn digest_matches_rfc_1939_example() {
        assert_eq!(
            digest(RFC_TIMESTAMP, "tanstaaf"),
            "c4c9334bac560ecc979e58001b3e22fb"
        );
    }

    #[test]
    fn digest_depends_on_brackets_and_secret() {
        assert_ne!(
            digest("1896.697170952@dbc.mtview.ca.us", "tanstaaf"),
            digest(RFC_TIMESTAMP, "tanstaaf")
        );
        assert_ne!(
            digest(RFC_TIMESTAMP, "tanstaaF"),
            digest(RFC_TIMESTAMP, "tanstaaf")
        );
        // MD5 of the empty string, a well-known value.
        assert_eq!(digest("", ""), "d41d8cd98f00b204e9800998ecf8427e");
    }

    #[test]
    fn extract_timestamp_finds_rfc_1939_greeting() {
        assert_eq!(
            extract_timestamp("POP3 server ready <1896.697170952@dbc.mtview.ca.us>"),
            Some(RFC_TIMESTAMP)
        );
        assert_eq!(
            extract_timestamp("<1896.697170952@dbc.mtview.ca.us> ready, go ahead"),
            Some(RFC_TIMESTAMP)
        );
    }

    #[test]
    fn extract_timestamp_rejects_missing_or_broken() {
        assert_eq!(extract_timestamp("POP3 ready"), None);
        assert_eq!(extract_timestamp("a <broken timestamp"), None);
        assert_eq!(extract_timestamp("a <broken@timestamp"), None);
        assert_eq!(extract_timestamp(""), None);
        assert_eq!(extract_timestamp("<>"), None);
        assert_eq!(extract_timestamp("<@>"), None);
        assert_eq!(extract_timestamp("<a@>"), None);
        assert_eq!(extract_timestamp("<@b>"), None);
        assert_eq!(extract_timestamp("<a b@c>"), None);
        assert_eq!(extract_timestamp("<a@b c>"), None);
        assert_eq!(extract_timestamp("<ü@b>"), None);
    }

    #[test]
    fn extract_timestamp_skips_other_bracketed_text() {
        assert_eq!(
            extract_timestamp("Dovecot <ready> <1.2@host>"),
            Some("<1.2@host>")
        );
        assert_eq!(extract_timestamp("<<a@b>"), Some("<a@b>"));
        assert_eq!(extract_timestamp("<x <a@b> <c@d>"), Some("<a@b>"));
        assert_eq!(extract_timestamp("ünïcode <a@b>"), Some("<a@b>"));
    }

    #[test]
    fn extracted_timestamp_feeds_the_digest() {
        let timestamp =
            extract_timestamp("POP3 server ready <1896.697170952@dbc.mtview.ca.us>").unwrap();
        assert_eq!(
            digest(timestamp, "tanstaaf"),
            "c4c9334bac560ecc979e58001b3e22fb"
        );
    }

    #[test]
    fn lower_hex_pads_each_byte() {
        assert_eq!(lower_hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
        assert_eq!(lower_hex(&[]), "");
    }
}
