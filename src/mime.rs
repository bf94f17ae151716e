//! A mail message read into what the message viewer shows: its summary
//! (From, Subject, Date), header fields, MIME structure, text and HTML bodies,
//! attachments, and what went wrong. No Yew and no words: the viewer renders
//! these facts.
//!
//! mail-parser does the parsing: it makes a best effort on any bytes (non-UTF-8,
//! broken MIME) and never panics. The page asks the message reader's worker
//! ([`crate::mime_worker`], through [`crate::services::mime`]), so neither
//! mail-parser nor a long parse sits on the page's thread.

use std::rc::Rc;

use mail_parser::parsers::MessageStream;
use mail_parser::{
    Addr, Address, ContentType, DateTime, Header, HeaderName, HeaderValue, Message, MessageParser,
    MimeHeaders, PartType,
};
/// MIME nesting shown in the structure tree (mail-parser stops earlier anyway).
const MAX_DEPTH: usize = 32;

/// From, Subject and Date of a message, decoded (RFC 2047), for the mailbox table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The sender's name, or address when it has no name.
    pub from: Option<String>,
    /// The whole From field, decoded.
    pub from_full: Option<String>,
    /// The subject, decoded.
    pub subject: Option<String>,
    /// The date as `YYYY-MM-DD HH:MM`, in the sender's time zone.
    pub date: Option<String>,
    /// The date as RFC 5322 writes it.
    pub date_full: Option<String>,
}

/// Reads From, Subject and Date from a message's header section (or a whole message).
pub fn summarize(headers: &[u8]) -> Summary {
    let Some(message) = MessageParser::new().parse_headers(headers) else {
        return Summary::default();
    };
    let from = message.from();
    let raw_from = || message.header_raw(HeaderName::From).map(unfold);
    let date = message.date().filter(|d| d.is_valid());
    Summary {
        from: from
            .and_then(Address::first)
            .and_then(|a| a.name().or(a.address()))
            .map(str::to_owned)
            .or_else(raw_from)
            .and_then(non_empty),
        from_full: from
            .map(format_address)
            .or_else(raw_from)
            .and_then(non_empty),
        subject: message.subject().map(str::to_owned).and_then(non_empty),
        date: date.map(short_date),
        date_full: date.map(DateTime::to_rfc822),
    }
}

fn non_empty(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

/// Joins folded header lines (RFC 5322 §2.2.3) and trims.
fn unfold(s: &str) -> String {
    s.replace(['\r', '\n'], "").trim().to_owned()
}

fn short_date(d: &DateTime) -> String {
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.year, d.month, d.day, d.hour, d.minute
    )
}

fn format_addr(a: &Addr<'_>) -> String {
    match (a.name(), a.address()) {
        (Some(name), Some(address)) => format!("{name} <{address}>"),
        (Some(only), None) | (None, Some(only)) => only.to_owned(),
        (None, None) => String::new(),
    }
}

fn format_address(address: &Address<'_>) -> String {
    let list = |addrs: &[Addr<'_>]| {
        addrs
            .iter()
            .map(format_addr)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match address {
        Address::List(addrs) => list(addrs),
        Address::Group(groups) => groups
            .iter()
            .map(|g| match &g.name {
                Some(name) => format!("{name}: {};", list(&g.addresses)),
                None => list(&g.addresses),
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn format_content_type(ct: &ContentType<'_>) -> String {
    let mut out = match ct.subtype() {
        Some(sub) => format!("{}/{sub}", ct.ctype()),
        None => ct.ctype().to_owned(),
    };
    for attr in ct.attributes().unwrap_or_default() {
        out.push_str(&format!("; {}=\"{}\"", attr.name, attr.value));
    }
    out
}

/// The media type alone, lower case, e.g. `text/plain`.
fn media_type(ct: &ContentType<'_>) -> String {
    let t = ct.ctype().to_ascii_lowercase();
    match ct.subtype() {
        Some(sub) => format!("{t}/{}", sub.to_ascii_lowercase()),
        None => t,
    }
}

/// Headers whose values are message ids, shown in their angle brackets.
fn is_id_header(name: &HeaderName<'_>) -> bool {
    matches!(
        name,
        HeaderName::MessageId
            | HeaderName::InReplyTo
            | HeaderName::References
            | HeaderName::ResentMessageId
            | HeaderName::ContentId
            | HeaderName::ReturnPath
    )
}

/// One header field: its name, its decoded value and the value as sent.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderField {
    pub name: String,
    pub value: String,
    pub raw: String,
}

fn header_field(raw_message: &[u8], header: &Header<'_>) -> HeaderField {
    let raw_bytes = raw_message
        .get(header.offset_start as usize..header.offset_end as usize)
        .unwrap_or_default();
    let raw = unfold(&String::from_utf8_lossy(raw_bytes));
    let ids = |ids: &mut dyn Iterator<Item = &str>| {
        ids.map(|id| format!("<{id}>"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let value = match &header.value {
        HeaderValue::Text(id) if is_id_header(&header.name) => {
            ids(&mut std::iter::once(id.as_ref()))
        }
        HeaderValue::TextList(list) if is_id_header(&header.name) => {
            ids(&mut list.iter().map(|id| id.as_ref()))
        }
        // Fields mail-parser keeps raw may still hold encoded words (RFC 2047 §5).
        HeaderValue::Text(_) if raw.contains("=?") => {
            match MessageStream::new(raw_bytes).parse_unstructured() {
                HeaderValue::Text(decoded) => unfold(&decoded),
                _ => raw.clone(),
            }
        }
        HeaderValue::Text(text) => unfold(text),
        HeaderValue::TextList(list) => list.join(", "),
        HeaderValue::Address(address) => format_address(address),
        HeaderValue::DateTime(date) if date.is_valid() => date.to_rfc822(),
        HeaderValue::ContentType(ct) => format_content_type(ct),
        HeaderValue::DateTime(_) | HeaderValue::Received(_) | HeaderValue::Empty => raw.clone(),
    };
    HeaderField {
        name: header.name.as_str().to_owned(),
        value,
        raw,
    }
}

/// One MIME part of the structure tree.
#[derive(Debug, Clone, PartialEq)]
pub struct PartNode {
    /// The media type, e.g. `multipart/mixed`.
    pub content_type: String,
    /// No Content-Type field: the type is the RFC 2045 default.
    pub implied: bool,
    /// Decoded body size.
    pub size: usize,
    /// Octets of the part in its message, headers included.
    pub raw_size: usize,
    pub charset: Option<String>,
    pub transfer_encoding: Option<String>,
    pub disposition: Option<String>,
    pub filename: Option<String>,
    /// mail-parser could not decode the body cleanly.
    pub problem: bool,
    pub children: Vec<PartNode>,
}

fn part_node(message: &Message<'_>, id: u32, depth: usize) -> Option<PartNode> {
    let part = message.part(id)?;
    let content_type = part.content_type();
    let mut children = Vec::new();
    if depth < MAX_DEPTH {
        match &part.body {
            // Children always come after their parent; anything else would loop.
            PartType::Multipart(ids) => {
                children.extend(
                    ids.iter()
                        .filter(|&&c| c > id)
                        .filter_map(|&c| part_node(message, c, depth + 1)),
                );
            }
            PartType::Message(inner) => children.extend(part_node(inner, 0, depth + 1)),
            _ => {}
        }
    }
    let default_type = match &part.body {
        PartType::Message(_) => "message/rfc822",
        PartType::Multipart(_) => "multipart/mixed",
        _ => "text/plain",
    };
    Some(PartNode {
        content_type: content_type.map_or_else(|| default_type.to_owned(), media_type),
        implied: content_type.is_none(),
        size: part.len(),
        raw_size: part.offset_end.saturating_sub(part.offset_header) as usize,
        charset: content_type
            .and_then(|ct| ct.attribute("charset"))
            .map(str::to_owned),
        transfer_encoding: part
            .content_transfer_encoding()
            .map(str::to_ascii_lowercase),
        disposition: part
            .content_disposition()
            .map(|d| d.ctype().to_ascii_lowercase()),
        filename: part.attachment_name().map(str::to_owned),
        problem: part.is_encoding_problem,
        children,
    })
}

/// An attachment as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    /// Its file name, or for an attached message its subject and `.eml`.
    pub name: Option<String>,
    pub content_type: String,
    pub size: usize,
    /// Its decoded bytes, for the download.
    pub bytes: Rc<[u8]>,
}

/// Everything the tabs show, built once per message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    pub subject: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub date: Option<String>,
    pub headers: Vec<HeaderField>,
    pub structure: Option<PartNode>,
    pub texts: Vec<Rc<str>>,
    /// The only text is the HTML part turned into plain text.
    pub htmls: Vec<Rc<str>>,
    pub attachments: Vec<Attachment>,
    pub problems: Vec<Problem>,
}

/// What went wrong reading a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// No header fields at all.
    NotAMessage,
    /// This many parts could not be decoded cleanly.
    Undecodable(usize),
    /// The message reader did not run (the browser's words).
    NoReader(String),
}

pub fn parse(bytes: &[u8]) -> Parsed {
    let Some(message) = MessageParser::new().parse(bytes) else {
        return Parsed {
            problems: vec![Problem::NotAMessage],
            ..Parsed::default()
        };
    };
    let mut parsed = Parsed {
        subject: message.subject().map(str::to_owned),
        from: message.from().map(format_address),
        to: message.to().map(format_address),
        date: message
            .date()
            .filter(|d| d.is_valid())
            .map(DateTime::to_rfc822),
        headers: message
            .headers()
            .iter()
            .map(|h| header_field(bytes, h))
            .collect(),
        structure: part_node(&message, 0, 0),
        ..Parsed::default()
    };
    for part in message.text_bodies() {
        if let PartType::Text(text) = &part.body {
            parsed.texts.push(Rc::from(text.as_ref()));
        }
    }
    for part in message.html_bodies() {
        if let PartType::Html(html) = &part.body {
            parsed.htmls.push(Rc::from(html.as_ref()));
        }
    }
    for part in message.attachments() {
        let name = part.attachment_name().map(str::to_owned).or_else(|| {
            part.message()
                .and_then(Message::subject)
                .map(|s| format!("{s}.eml"))
        });
        let content_type = part.content_type().map_or_else(
            || {
                if part.is_message() {
                    "message/rfc822"
                } else {
                    "text/plain"
                }
                .to_owned()
            },
            media_type,
        );
        parsed.attachments.push(Attachment {
            name,
            content_type,
            size: part.len(),
            bytes: Rc::from(part.contents()),
        });
    }
    let broken = message
        .parts
        .iter()
        .filter(|p| p.is_encoding_problem)
        .count();
    if broken > 0 {
        parsed.problems.push(Problem::Undecodable(broken));
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::{Problem, parse, summarize};

    /// Encoded words in From and Subject; a text part and a base64 attachment.
    const MIXED: &[u8] = include_bytes!("../tests/fixtures/two-parts.eml");

    #[test]
    fn a_summary_decodes_encoded_words() {
        let summary = summarize(MIXED);
        assert_eq!(summary.from.as_deref(), Some("Jürgen"));
        assert_eq!(summary.subject.as_deref(), Some("Grüße"));
        assert_eq!(summary.date.as_deref(), Some("2024-02-12 10:00"));
    }

    #[test]
    fn a_multipart_message_gives_its_text_structure_and_attachment() {
        let parsed = parse(MIXED);
        assert_eq!(parsed.texts.len(), 1);
        assert_eq!(parsed.texts[0].trim(), "Hello");
        let structure = parsed.structure.as_ref().expect("a structure");
        assert_eq!(structure.content_type, "multipart/mixed");
        assert_eq!(structure.children.len(), 2);
        assert_eq!(parsed.attachments.len(), 1);
        assert_eq!(parsed.attachments[0].name.as_deref(), Some("a.bin"));
        assert_eq!(&parsed.attachments[0].bytes[..], &[0, 1, 2, 0xff]);
        assert!(parsed.problems.is_empty());
    }

    #[test]
    fn bytes_with_no_header_are_not_a_message() {
        assert_eq!(parse(b"").problems, vec![Problem::NotAMessage]);
    }
}
