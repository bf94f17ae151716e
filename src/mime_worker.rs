//! The message reader's side of [`crate::services::mime`]. It runs in a Web
//! Worker (`src/bin/mime-worker.rs`), so that neither mail-parser nor a long
//! parse sits on the page's thread, and answers each request with what
//! [`crate::mime`] read. Messages are arrays whose first item says what they
//! are; the worker says `ready` first ([`crate::services::worker`]):
//!
//! | page → worker | worker → page |
//! |---|---|
//! | `["summary", id, Uint8Array]` (a header section) | `["summary", id, summary]` |
//! | `["parse", id, Uint8Array]` (a whole message) | `["parsed", id, parsed]` |
//!
//! `summary` and `parsed` are [`Summary`] and [`Parsed`] as plain arrays
//! ([`summary_to_js`], [`parsed_to_js`]), which the browser copies between the
//! threads as they are: no text format to write and read back.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsValue;

use crate::mime::{self, Attachment, HeaderField, Parsed, PartNode, Problem, Summary};
use crate::services::worker::{array, inside};

/// The kinds of message the page sends.
pub mod to_worker {
    /// Summarize a header section: `["summary", id, Uint8Array]`.
    pub const SUMMARY: &str = "summary";
    /// Read a whole message: `["parse", id, Uint8Array]`.
    pub const PARSE: &str = "parse";
}

/// The kinds of message the worker sends.
pub mod to_page {
    /// A summary: `["summary", id, summary]`.
    pub const SUMMARY: &str = "summary";
    /// A message read into parts: `["parsed", id, parsed]`.
    pub const PARSED: &str = "parsed";
}

/// The worker's entry point: answers the page's requests until the page goes.
pub fn run() {
    inside::serve(handle);
}

fn handle(message: &js_sys::Array) {
    let kind = message.get(0).as_string().unwrap_or_default();
    let id = message.get(1);
    let bytes = js_sys::Uint8Array::new(&message.get(2)).to_vec();
    match kind.as_str() {
        to_worker::SUMMARY => {
            let summary = summary_to_js(&mime::summarize(&bytes));
            inside::post(&[to_page::SUMMARY.into(), id, summary.into()]);
        }
        to_worker::PARSE => {
            let parsed = parsed_to_js(&mime::parse(&bytes));
            inside::post(&[to_page::PARSED.into(), id, parsed.into()]);
        }
        _ => {}
    }
}

fn text(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::UNDEFINED, JsValue::from)
}

fn list<T>(items: &[T], to_js: impl Fn(&T) -> JsValue) -> JsValue {
    items.iter().map(to_js).collect::<Array>().into()
}

/// A field of an array, as text.
fn text_at(array: &Array, i: u32) -> Option<String> {
    array.get(i).as_string()
}

/// A field of an array, as a count.
fn count_at(array: &Array, i: u32) -> usize {
    array.get(i).as_f64().unwrap_or_default() as usize
}

/// A field of an array, as a list read with `from_js`.
fn list_at<T>(a: &Array, i: u32, from_js: impl Fn(JsValue) -> T) -> Vec<T> {
    array(&a.get(i)).iter().map(from_js).collect()
}

/// `[from, from_full, subject, date, date_full]`.
pub fn summary_to_js(summary: &Summary) -> Array {
    [
        &summary.from,
        &summary.from_full,
        &summary.subject,
        &summary.date,
        &summary.date_full,
    ]
    .into_iter()
    .map(text)
    .collect()
}

/// The other way round from [`summary_to_js`].
pub fn summary_from_js(value: &JsValue) -> Summary {
    let a = array(value);
    Summary {
        from: text_at(&a, 0),
        from_full: text_at(&a, 1),
        subject: text_at(&a, 2),
        date: text_at(&a, 3),
        date_full: text_at(&a, 4),
    }
}

/// `[subject, from, to, date, headers, structure, texts, htmls, attachments,
/// problems]`: a header is `[name, value, raw]`, the structure a part (or
/// `undefined`), an attachment `[name, type, size, Uint8Array]`, a problem
/// `[kind, detail]`.
pub fn parsed_to_js(parsed: &Parsed) -> Array {
    let header = |h: &HeaderField| -> JsValue {
        [&h.name, &h.value, &h.raw]
            .into_iter()
            .map(|s| JsValue::from(s.as_str()))
            .collect::<Array>()
            .into()
    };
    let attachment = |a: &Attachment| -> JsValue {
        Array::of4(
            &text(&a.name),
            &a.content_type.as_str().into(),
            &(a.size as f64).into(),
            &Uint8Array::from(&a.bytes[..]),
        )
        .into()
    };
    let problem = |p: &Problem| -> JsValue {
        match p {
            Problem::NotAMessage => Array::of1(&"not-a-message".into()),
            Problem::Undecodable(parts) => {
                Array::of2(&"undecodable".into(), &(*parts as f64).into())
            }
            Problem::NoReader(reason) => Array::of2(&"no-reader".into(), &reason.as_str().into()),
        }
        .into()
    };
    let shared = |t: &std::rc::Rc<str>| JsValue::from(&**t);
    [
        text(&parsed.subject),
        text(&parsed.from),
        text(&parsed.to),
        text(&parsed.date),
        list(&parsed.headers, header),
        parsed
            .structure
            .as_ref()
            .map_or(JsValue::UNDEFINED, |p| part_to_js(p).into()),
        list(&parsed.texts, shared),
        list(&parsed.htmls, shared),
        list(&parsed.attachments, attachment),
        list(&parsed.problems, problem),
    ]
    .into_iter()
    .collect()
}

/// `[type, implied, size, raw_size, charset, transfer_encoding, disposition,
/// filename, problem, children]`.
fn part_to_js(part: &PartNode) -> Array {
    [
        part.content_type.as_str().into(),
        part.implied.into(),
        (part.size as f64).into(),
        (part.raw_size as f64).into(),
        text(&part.charset),
        text(&part.transfer_encoding),
        text(&part.disposition),
        text(&part.filename),
        part.problem.into(),
        list(&part.children, |c| part_to_js(c).into()),
    ]
    .into_iter()
    .collect()
}

fn part_from_js(value: JsValue) -> PartNode {
    let a = array(&value);
    PartNode {
        content_type: text_at(&a, 0).unwrap_or_default(),
        implied: a.get(1).is_truthy(),
        size: count_at(&a, 2),
        raw_size: count_at(&a, 3),
        charset: text_at(&a, 4),
        transfer_encoding: text_at(&a, 5),
        disposition: text_at(&a, 6),
        filename: text_at(&a, 7),
        problem: a.get(8).is_truthy(),
        children: list_at(&a, 9, part_from_js),
    }
}

/// The other way round from [`parsed_to_js`].
pub fn parsed_from_js(value: &JsValue) -> Parsed {
    let a = array(value);
    let header = |v: JsValue| {
        let h = array(&v);
        HeaderField {
            name: text_at(&h, 0).unwrap_or_default(),
            value: text_at(&h, 1).unwrap_or_default(),
            raw: text_at(&h, 2).unwrap_or_default(),
        }
    };
    let shared = |v: JsValue| std::rc::Rc::from(v.as_string().unwrap_or_default());
    let attachment = |v: JsValue| {
        let at = array(&v);
        Attachment {
            name: text_at(&at, 0),
            content_type: text_at(&at, 1).unwrap_or_default(),
            size: count_at(&at, 2),
            bytes: Uint8Array::new(&at.get(3)).to_vec().into(),
        }
    };
    let problem = |v: JsValue| {
        let p = array(&v);
        match text_at(&p, 0).as_deref() {
            Some("undecodable") => Problem::Undecodable(count_at(&p, 1)),
            Some("no-reader") => Problem::NoReader(text_at(&p, 1).unwrap_or_default()),
            _ => Problem::NotAMessage,
        }
    };
    let structure = a.get(5);
    Parsed {
        subject: text_at(&a, 0),
        from: text_at(&a, 1),
        to: text_at(&a, 2),
        date: text_at(&a, 3),
        headers: list_at(&a, 4, header),
        structure: (!structure.is_undefined()).then(|| part_from_js(structure)),
        texts: list_at(&a, 6, shared),
        htmls: list_at(&a, 7, shared),
        attachments: list_at(&a, 8, attachment),
        problems: list_at(&a, 9, problem),
    }
}
