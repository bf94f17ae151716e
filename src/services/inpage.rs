//! The demo server inside the page: the core's sans-I/O [`Session`] driven by
//! browser timers, with no network at all. It reports the same [`LinkEvent`]s
//! as a link to the proxy, so the session, the lessons and the server check
//! cannot tell the two apart, except that it says it is in the page.
//!
//! Every browser has its own demo mailboxes: what a learner's QUITs remove is
//! kept in `localStorage`, and [`reset_mailboxes`] puts it all back.

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;

use gloo::timers::callback::Timeout;
use pop3::server::{AUTOLOGOUT, Config, Output, Removed, Session, Store};

use super::browser;
use super::link::LinkEvent;
use crate::state::{Closer, Transport};

/// The `localStorage` key of what this browser's QUITs removed.
const REMOVED_KEY: &str = "pop3-playground.demo-removed";
/// At most this many bytes are handed over per task, so that the page stays
/// responsive while a large message streams.
const BYTES_PER_TASK: usize = 256 * 1024;
/// The page cannot start TLS.
const CONFIG: Config = Config {
    stls_available: false,
};

thread_local! {
    static STORE: RefCell<Option<Arc<Store>>> = const { RefCell::new(None) };
}

/// This browser's demo store, made on first use from what was kept.
fn store() -> Arc<Store> {
    STORE.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                let removed: Removed = browser::remembered(REMOVED_KEY)
                    .and_then(|json| serde_json::from_str(&json).ok())
                    .unwrap_or_default();
                let instance = (js_sys::Math::random() * 1e6) as u64;
                Store::with_removed(instance, &removed)
            })
            .clone()
    })
}

/// Keeps what the learner's QUITs removed, for the next visit.
fn keep(store: &Store) {
    let json = serde_json::to_string(&store.removed()).unwrap_or_else(|_| "{}".into());
    browser::remember(REMOVED_KEY, &json);
}

/// Puts every message of this browser's demo mailboxes back.
pub fn reset_mailboxes() {
    let store = store();
    store.reset();
    keep(&store);
}

/// A connection to the demo server inside the page. Dropping it closes it.
pub struct InPageLink {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    session: Option<Session>,
    report: Rc<dyn Fn(LinkEvent)>,
    /// The turn of the pump that is due, if one is: a timer whose token is no
    /// longer here does nothing. (A timer is never dropped from inside its own
    /// callback; it is disarmed by forgetting its token.)
    turn: Option<u64>,
    /// The autologout timer's token, while the session waits for the client.
    idle: Option<u64>,
    tokens: u64,
}

impl Inner {
    fn token(&mut self) -> u64 {
        self.tokens += 1;
        self.tokens
    }
}

impl InPageLink {
    /// Opens a connection; `report` receives its events (after this returns,
    /// from timers, as a socket's would arrive).
    pub fn open(report: impl Fn(LinkEvent) + 'static) -> InPageLink {
        let inner = Rc::new(RefCell::new(Inner {
            session: None,
            report: Rc::new(report),
            turn: None,
            idle: None,
            tokens: 0,
        }));
        let token = inner.borrow_mut().token();
        inner.borrow_mut().turn = Some(token);
        let weak = Rc::downgrade(&inner);
        Timeout::new(0, move || {
            let Some(inner) = weak.upgrade() else {
                return;
            };
            let report = {
                let mut me = inner.borrow_mut();
                if me.turn != Some(token) {
                    return;
                }
                let clock = (js_sys::Date::now() / 1000.0) as u64;
                me.session = Some(Session::new(store(), CONFIG, false, clock));
                me.report.clone()
            };
            report(LinkEvent::Open {
                peer: None,
                tls: None,
            });
            pump(&inner);
        })
        .forget();
        InPageLink { inner }
    }
}

/// Runs the session until it waits for the client, must pause, or has handed
/// over [`BYTES_PER_TASK`]; then reports what it wrote and schedules the next
/// turn. Reports go out after the borrow ends: a report may send at once.
fn pump(inner: &Rc<RefCell<Inner>>) {
    let mut bytes = Vec::new();
    let mut closed = false;
    let report = {
        let mut me = inner.borrow_mut();
        me.turn = None;
        me.idle = None;
        let Some(session) = me.session.as_mut() else {
            return;
        };
        let mut next_turn = None;
        loop {
            if bytes.len() >= BYTES_PER_TASK {
                next_turn = Some(0);
                break;
            }
            match session.poll_output() {
                Some(Output::Write(written)) => bytes.extend_from_slice(&written),
                Some(Output::Wait(pause)) => {
                    next_turn = Some(pause.as_millis() as u32);
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
            keep(&store());
        } else if let Some(delay) = next_turn {
            schedule(inner, &mut me, delay);
        } else {
            let token = me.token();
            me.idle = Some(token);
            let weak = Rc::downgrade(inner);
            Timeout::new(AUTOLOGOUT.as_millis() as u32, move || {
                let Some(inner) = weak.upgrade() else {
                    return;
                };
                {
                    let mut me = inner.borrow_mut();
                    if me.idle != Some(token) {
                        return;
                    }
                    if let Some(session) = me.session.as_mut() {
                        session.autologout();
                    }
                }
                pump(&inner);
            })
            .forget();
        }
        me.report.clone()
    };
    if !bytes.is_empty() {
        report(LinkEvent::Bytes(bytes));
    }
    if closed {
        report(LinkEvent::Closed {
            by: Closer::Server,
            reason: String::new(),
            code: None,
        });
    }
}

/// Makes a turn of the pump due after `delay_ms`.
fn schedule(inner: &Rc<RefCell<Inner>>, me: &mut Inner, delay_ms: u32) {
    let token = me.token();
    me.turn = Some(token);
    let weak: Weak<RefCell<Inner>> = Rc::downgrade(inner);
    Timeout::new(delay_ms, move || {
        let Some(inner) = weak.upgrade() else {
            return;
        };
        if inner.borrow().turn == Some(token) {
            pump(&inner);
        }
    })
    .forget();
}

impl Transport for InPageLink {
    fn send(&self, bytes: &[u8]) {
        let mut me = self.inner.borrow_mut();
        let Some(session) = me.session.as_mut() else {
            return;
        };
        session.receive(bytes);
        // A turn already due (a pause, or more to hand over) reads it then.
        if me.turn.is_none() {
            schedule(&self.inner, &mut me, 0);
        }
    }

    fn start_tls(&self, _pin_sha256: Option<String>) {
        // The page's server never answers +OK to STLS (CONFIG).
    }

    fn close(&self) {
        let mut me = self.inner.borrow_mut();
        me.turn = None;
        me.idle = None;
        // Dropping the session frees its maildrop, deleting nothing.
        if me.session.take().is_some() {
            keep(&store());
        }
    }

    fn in_page(&self) -> bool {
        true
    }
}

impl Drop for InPageLink {
    fn drop(&mut self) {
        self.close();
    }
}
