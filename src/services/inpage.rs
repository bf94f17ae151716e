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

impl InPageLink {
    /// Opens a connection; `report` receives its events (after this returns,
    /// from timers, as a socket's would arrive).
    pub fn open(report: impl Fn(LinkEvent) + 'static) -> InPageLink {
        let inner = Rc::new(RefCell::new(Inner {
            session: None,
            report: Rc::new(report),
            timer: None,
            tokens: 0,
        }));
        arm(&inner, &mut inner.borrow_mut(), Due::Open, 0);
        InPageLink { inner }
    }
}

/// Arms the link's timer (disarming the one before): `due` happens after
/// `delay_ms`, then the pump runs.
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
                    me.session = Some(Session::new(store(), CONFIG, false, clock));
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
            report(LinkEvent::Open {
                peer: None,
                tls: None,
            });
        }
        pump(&inner);
    })
    .forget();
}

/// Runs the session until it waits for the client, must pause, or has handed
/// over [`BYTES_PER_TASK`]; then reports what it wrote and arms the next
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
            if bytes.len() >= BYTES_PER_TASK {
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
            keep(&store());
        } else {
            arm(inner, &mut me, next.0, next.1);
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

impl Transport for InPageLink {
    fn send(&self, bytes: &[u8]) {
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

    fn start_tls(&self, _pin_sha256: Option<String>) {
        // The page's server never answers +OK to STLS (CONFIG).
    }

    fn close(&self) {
        let mut me = self.inner.borrow_mut();
        me.timer = None;
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
