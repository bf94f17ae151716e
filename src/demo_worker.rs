//! The demo POP3 server's side of the in-page link. It runs in a Web Worker
//! (`src/bin/demo-worker.rs`), off the page's thread: the 64 MiB user's message
//! is made and cut up there, and the page only ever reads what arrives. The
//! page's side is [`crate::services::inpage`].
//!
//! [`Connection`] drives one core [`Session`] with timers; [`run`] wires
//! connections to the page's messages. A message is an array whose first item
//! says what it is ([`to_worker`], [`to_page`]):
//!
//! | page → worker | worker → page |
//! |---|---|
//! | | `["ready"]` |
//! | `["init", removed, instance]` | `["open", id]` |
//! | `["open", id]` | `["bytes", id, Uint8Array]` |
//! | `["send", id, Uint8Array]` | `["closed", id]` |
//! | `["close", id]` | `["removed", removed]` |
//! | `["reset"]` | |
//!
//! The worker says `ready` first ([`crate::services::worker`]).
//!
//! `removed` is [`Removed`] as JSON: what the learner's QUITs took out of this
//! browser's demo mailboxes, which the page keeps in `localStorage`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::Arc;

use gloo::timers::callback::Timeout;
use pop3::server::{AUTOLOGOUT, Config, Output, Removed, Session, Store};

use crate::services::worker::inside;

/// The kinds of message the page sends.
pub mod to_worker {
    /// The store to start from: `["init", removed_json, instance]`.
    pub const INIT: &str = "init";
    /// A client connects: `["open", id]`.
    pub const OPEN: &str = "open";
    /// The client's bytes: `["send", id, Uint8Array]`.
    pub const SEND: &str = "send";
    /// The client went away: `["close", id]`.
    pub const CLOSE: &str = "close";
    /// Every mailbox back as it was: `["reset"]`.
    pub const RESET: &str = "reset";
}

/// The kinds of message the worker sends.
pub mod to_page {
    /// The server greets next: `["open", id]`.
    pub const OPEN: &str = "open";
    /// The server's bytes: `["bytes", id, Uint8Array]`.
    pub const BYTES: &str = "bytes";
    /// The server closed the connection: `["closed", id]`.
    pub const CLOSED: &str = "closed";
    /// What is removed now: `["removed", removed_json]`.
    pub const REMOVED: &str = "removed";
}

/// At most this many bytes go out per message, so that the page handles a
/// large message in tasks of a bounded size.
const BYTES_PER_MESSAGE: usize = 256 * 1024;
/// The page cannot start TLS.
const CONFIG: Config = Config {
    stls_available: false,
};

/// What a [`Connection`] reports, from its timers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerEvent {
    /// The connection is accepted; the greeting follows.
    Open,
    /// Bytes from the server.
    Bytes(Vec<u8>),
    /// The server closed the connection (after QUIT, a fault, or autologout).
    Closed,
}

/// One client's connection to the demo server. Dropping it closes it, as a
/// client that goes away: the session ends with no UPDATE.
pub struct Connection {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    store: Arc<Store>,
    session: Option<Session>,
    report: Rc<dyn Fn(ServerEvent)>,
    /// The one timer that is armed, if any, and what it does when it fires. A
    /// timer whose token is no longer here does nothing: a timer is never
    /// dropped from inside its own callback, it is disarmed by forgetting its
    /// token.
    timer: Option<(u64, Due)>,
    tokens: u64,
}

/// What a timer does when it fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Due {
    /// Accept the connection: the server greets.
    Open,
    /// Run the pump: a pause is over, or there is more to hand over or read.
    Turn,
    /// The client has been silent for [`AUTOLOGOUT`].
    Autologout,
}

impl Connection {
    /// Accepts a connection to `store`'s server; `report` receives its events
    /// (after this returns, from timers, as a socket's would arrive).
    pub fn open(store: Arc<Store>, report: impl Fn(ServerEvent) + 'static) -> Connection {
        let inner = Rc::new(RefCell::new(Inner {
            store,
            session: None,
            report: Rc::new(report),
            timer: None,
            tokens: 0,
        }));
        arm(&inner, &mut inner.borrow_mut(), Due::Open, 0);
        Connection { inner }
    }

    /// The client's bytes.
    pub fn receive(&self, bytes: &[u8]) {
        let mut me = self.inner.borrow_mut();
        let Some(session) = me.session.as_mut() else {
            return;
        };
        session.receive(bytes);
        // A turn already due (a pause, or more to hand over) reads it then;
        // a silent session reads it now.
        if !matches!(me.timer, Some((_, Due::Turn))) {
            arm(&self.inner, &mut me, Due::Turn, 0);
        }
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        let mut me = self.inner.borrow_mut();
        me.timer = None;
        // Dropping the session frees its maildrop, deleting nothing.
        me.session = None;
    }
}

/// Arms the connection's timer (disarming the one before): `due` happens
/// after `delay_ms`, then the pump runs.
fn arm(inner: &Rc<RefCell<Inner>>, me: &mut Inner, due: Due, delay_ms: u32) {
    me.tokens += 1;
    let token = me.tokens;
    me.timer = Some((token, due));
    let weak: Weak<RefCell<Inner>> = Rc::downgrade(inner);
    Timeout::new(delay_ms, move || {
        let Some(inner) = weak.upgrade() else {
            return;
        };
        let opened = {
            let mut me = inner.borrow_mut();
            if me.timer != Some((token, due)) {
                return;
            }
            match due {
                Due::Open => {
                    let clock = (js_sys::Date::now() / 1000.0) as u64;
                    me.session = Some(Session::new(me.store.clone(), CONFIG, false, clock));
                    Some(me.report.clone())
                }
                Due::Autologout => {
                    if let Some(session) = me.session.as_mut() {
                        session.autologout();
                    }
                    None
                }
                Due::Turn => None,
            }
        };
        if let Some(report) = opened {
            report(ServerEvent::Open);
        }
        pump(&inner);
    })
    .forget();
}

/// Runs the session until it waits for the client, must pause, or has handed
/// over [`BYTES_PER_MESSAGE`]; then reports what it wrote and arms the next
/// timer. Reports go out after the borrow ends: a report may send at once.
fn pump(inner: &Rc<RefCell<Inner>>) {
    let mut bytes = Vec::new();
    let mut closed = false;
    let report = {
        let mut me = inner.borrow_mut();
        me.timer = None;
        let Some(session) = me.session.as_mut() else {
            return;
        };
        // Where the session stopped: more to hand over (0 ms), a pause, or
        // waiting for the client.
        let mut next = (Due::Autologout, AUTOLOGOUT.as_millis() as u32);
        loop {
            if bytes.len() >= BYTES_PER_MESSAGE {
                next = (Due::Turn, 0);
                break;
            }
            match session.poll_output() {
                Some(Output::Write(written)) => bytes.extend_from_slice(&written),
                Some(Output::Wait(pause)) => {
                    next = (Due::Turn, pause.as_millis() as u32);
                    break;
                }
                // Never offered in the page (CONFIG).
                Some(Output::StartTls) => {}
                Some(Output::Close) => {
                    closed = true;
                    break;
                }
                None => break,
            }
        }
        if closed {
            me.session = None;
        } else {
            arm(inner, &mut me, next.0, next.1);
        }
        me.report.clone()
    };
    if !bytes.is_empty() {
        report(ServerEvent::Bytes(bytes));
    }
    if closed {
        report(ServerEvent::Closed);
    }
}

/// A store that starts without what `removed_json` says was removed.
pub fn store_from(removed_json: &str, instance: u64) -> Arc<Store> {
    let removed: Removed = serde_json::from_str(removed_json).unwrap_or_default();
    Store::with_removed(instance, &removed)
}

/// What `store`'s QUITs removed, as JSON.
pub fn removed_json(store: &Store) -> String {
    serde_json::to_string(&store.removed()).unwrap_or_else(|_| "{}".into())
}

/// The worker's state: the store, and the page's connections by id.
#[derive(Default)]
struct Worker {
    store: Option<Arc<Store>>,
    connections: HashMap<u32, Connection>,
}

/// The worker's entry point: answers the page's messages until the page goes.
pub fn run() {
    let state = Rc::new(RefCell::new(Worker::default()));
    inside::serve(move |message| handle(&state, message));
}

fn post_removed(store: &Store) {
    inside::post(&[to_page::REMOVED.into(), removed_json(store).into()]);
}

fn handle(state: &Rc<RefCell<Worker>>, message: &js_sys::Array) {
    let kind = message.get(0).as_string().unwrap_or_default();
    let id = message.get(1).as_f64().map_or(0, |id| id as u32);
    let store = {
        let mut me = state.borrow_mut();
        if kind == to_worker::INIT {
            let removed = message.get(1).as_string().unwrap_or_default();
            let instance = message.get(2).as_f64().unwrap_or_default() as u64;
            me.store = Some(store_from(&removed, instance));
            return;
        }
        me.store.get_or_insert_with(|| Store::new(0)).clone()
    };
    match kind.as_str() {
        to_worker::OPEN => {
            let report = {
                let state = Rc::downgrade(state);
                let store = store.clone();
                move |event: ServerEvent| match event {
                    ServerEvent::Open => inside::post(&[to_page::OPEN.into(), id.into()]),
                    ServerEvent::Bytes(bytes) => {
                        let bytes = js_sys::Uint8Array::from(bytes.as_slice());
                        inside::post(&[to_page::BYTES.into(), id.into(), bytes.into()]);
                    }
                    ServerEvent::Closed => {
                        // Forgotten after the report: the connection's own
                        // pump is what reports, and it holds the connection.
                        if let Some(state) = state.upgrade() {
                            let gone = state.borrow_mut().connections.remove(&id);
                            drop(gone);
                        }
                        inside::post(&[to_page::CLOSED.into(), id.into()]);
                        post_removed(&store);
                    }
                }
            };
            let connection = Connection::open(store, report);
            state.borrow_mut().connections.insert(id, connection);
        }
        to_worker::SEND => {
            let bytes = js_sys::Uint8Array::new(&message.get(2)).to_vec();
            if let Some(connection) = state.borrow().connections.get(&id) {
                connection.receive(&bytes);
            }
        }
        to_worker::CLOSE => {
            let gone = state.borrow_mut().connections.remove(&id);
            if gone.is_some() {
                drop(gone);
                post_removed(&store);
            }
        }
        to_worker::RESET => {
            store.reset();
            post_removed(&store);
        }
        _ => {}
    }
}
