//! The message reader, seen from the page: [`summarize`] and [`parse`] hand
//! bytes to the reader's Web Worker ([`crate::mime_worker`]) and call back with
//! what it read ([`crate::mime`]). The worker starts on first use; if it
//! fails, the requests waiting for it get an empty summary, or a message whose
//! problem says so, and the next request starts a new one.
//!
//! Browser tests, which have no worker to load, call [`read_in_this_thread`].

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use super::worker::WorkerPort;
use crate::mime::{Parsed, Problem, Summary};
use crate::mime_worker::{parsed_from_js, summary_from_js, to_page, to_worker};

/// The worker's script (Trunk's loader for `src/bin/mime-worker.rs`), beside
/// the page.
const WORKER_URL: &str = "./mime-worker_loader.js";

/// A request waiting for its answer.
enum Pending {
    Summary(Box<dyn FnOnce(Summary)>),
    Parsed(Box<dyn FnOnce(Parsed)>),
}

impl Pending {
    /// Answers with what a reader that did not run gives.
    fn fail(self, reason: &str) {
        match self {
            Pending::Summary(done) => done(Summary::default()),
            Pending::Parsed(done) => done(Parsed {
                problems: vec![Problem::NoReader(reason.to_owned())],
                ..Parsed::default()
            }),
        }
    }
}

struct Reader {
    port: WorkerPort,
    pending: RefCell<HashMap<u32, Pending>>,
    next_id: Cell<u32>,
}

/// Reading in the page's own thread, for browser tests.
#[derive(Clone, Copy)]
struct Direct {
    summarize: fn(&[u8]) -> Summary,
    parse: fn(&[u8]) -> Parsed,
}

thread_local! {
    static READER: RefCell<Option<Rc<Reader>>> = const { RefCell::new(None) };
    static DIRECT: Cell<Option<Direct>> = const { Cell::new(None) };
}

/// Reads messages in this thread from now on, with no worker (browser tests
/// have none to load). Answers still come after the call returns.
pub fn read_in_this_thread() {
    DIRECT.with(|d| {
        d.set(Some(Direct {
            summarize: crate::mime::summarize,
            parse: crate::mime::parse,
        }));
    });
}

fn current() -> Option<Rc<Reader>> {
    READER.with(|r| r.borrow().clone())
}

/// The page's reader, started on first use.
fn reader() -> Result<Rc<Reader>, String> {
    if let Some(reader) = current() {
        return Ok(reader);
    }
    let port = WorkerPort::start(WORKER_URL, on_message, |reason| fail_all(&reason))?;
    let reader = Rc::new(Reader {
        port,
        pending: RefCell::default(),
        next_id: Cell::new(1),
    });
    READER.with(|r| *r.borrow_mut() = Some(reader.clone()));
    Ok(reader)
}

/// The From, Subject and Date of a header section (or of the start of a
/// message: only its header section is read).
pub fn summarize(bytes: &[u8], done: Box<dyn FnOnce(Summary)>) {
    let headers = header_section(bytes);
    if let Some(direct) = DIRECT.with(Cell::get) {
        let summary = (direct.summarize)(headers);
        Timeout::new(0, move || done(summary)).forget();
        return;
    }
    request(to_worker::SUMMARY, headers, Pending::Summary(done));
}

/// A whole message read into parts.
pub fn parse(bytes: &[u8], done: Box<dyn FnOnce(Parsed)>) {
    if let Some(direct) = DIRECT.with(Cell::get) {
        let parsed = (direct.parse)(bytes);
        Timeout::new(0, move || done(parsed)).forget();
        return;
    }
    request(to_worker::PARSE, bytes, Pending::Parsed(done));
}

fn request(kind: &str, bytes: &[u8], pending: Pending) {
    match reader() {
        Ok(reader) => {
            let id = reader.next_id.get();
            reader.next_id.set(id + 1);
            reader.pending.borrow_mut().insert(id, pending);
            reader.port.post(&[
                kind.into(),
                id.into(),
                js_sys::Uint8Array::from(bytes).into(),
            ]);
        }
        Err(reason) => {
            Timeout::new(0, move || pending.fail(&reason)).forget();
        }
    }
}

/// The header section: up to the first empty line (CRLF or bare LF), or
/// everything. Only the header section is scanned, however long the body.
fn header_section(bytes: &[u8]) -> &[u8] {
    let mut from = 0;
    while let Some(at) = bytes[from..].iter().position(|&b| b == b'\n') {
        let end = from + at + 1;
        let rest = &bytes[end..];
        if rest.starts_with(b"\n") || rest.starts_with(b"\r\n") {
            return &bytes[..end];
        }
        from = end;
    }
    bytes
}

/// An answer from the worker, given to its request with no borrow held.
fn on_message(message: &js_sys::Array) {
    let kind = message.get(0).as_string().unwrap_or_default();
    let id = message.get(1).as_f64().map_or(0, |id| id as u32);
    let Some(pending) = current().and_then(|r| r.pending.borrow_mut().remove(&id)) else {
        return;
    };
    match (kind.as_str(), pending) {
        (to_page::SUMMARY, Pending::Summary(done)) => done(summary_from_js(&message.get(2))),
        (to_page::PARSED, Pending::Parsed(done)) => done(parsed_from_js(&message.get(2))),
        // An answer of the wrong kind: this worker is not the reader the page
        // expects (a stale copy of its script).
        (_, pending) => pending.fail(WORKER_URL),
    }
}

/// The worker failed: every waiting request gets a failed answer, and the
/// next request starts a new worker.
fn fail_all(reason: &str) {
    let Some(reader) = READER.with(|r| r.borrow_mut().take()) else {
        return;
    };
    let pending: Vec<Pending> = reader
        .pending
        .borrow_mut()
        .drain()
        .map(|(_, p)| p)
        .collect();
    for request in pending {
        request.fail(reason);
    }
}

#[cfg(test)]
mod tests {
    use super::header_section;

    #[test]
    fn the_header_section_ends_at_the_first_empty_line() {
        assert_eq!(
            header_section(b"From: a\r\nSubject: b\r\n\r\nbody\r\n\r\nmore"),
            b"From: a\r\nSubject: b\r\n"
        );
        assert_eq!(
            header_section(b"From: a\nSubject: b\n\nbody"),
            b"From: a\nSubject: b\n"
        );
        assert_eq!(header_section(b"From: a\r\n"), b"From: a\r\n");
        assert_eq!(header_section(b""), b"");
    }
}
