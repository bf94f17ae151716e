//! The demo server inside the page: a link to the demo POP3 server running in
//! a Web Worker ([`crate::demo_worker`]), with no network at all. It reports
//! the same [`LinkEvent`]s as a link to the proxy, so the session, the lessons
//! and the server check cannot tell the two apart, except that it says it is
//! in the page.
//!
//! The worker starts on first use and serves every in-page connection of the
//! page. Every browser has its own demo mailboxes: what a learner's QUITs
//! remove is kept in `localStorage`, and [`reset_mailboxes`] puts it all back.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::browser;
use super::link::LinkEvent;
use super::worker::WorkerPort;
use crate::demo_worker::{to_page, to_worker};
use crate::state::{Closer, Transport};
use gloo::timers::callback::Timeout;

/// The `localStorage` key of what this browser's QUITs removed.
const REMOVED_KEY: &str = "pop3-playground.demo-removed";
/// The worker's script (Trunk's loader for `src/bin/demo-worker.rs`), beside
/// the page.
const WORKER_URL: &str = "./demo-worker_loader.js";

/// Where a link's events go.
type Report = Rc<dyn Fn(LinkEvent)>;

/// The page's worker and the links it serves.
struct Hub {
    port: WorkerPort,
    links: RefCell<HashMap<u32, Report>>,
    next_id: Cell<u32>,
}

thread_local! {
    static HUB: RefCell<Option<Rc<Hub>>> = const { RefCell::new(None) };
}

fn current_hub() -> Option<Rc<Hub>> {
    HUB.with(|h| h.borrow().clone())
}

/// The page's worker, started on first use with this browser's mailboxes.
fn hub() -> Result<Rc<Hub>, String> {
    if let Some(hub) = current_hub() {
        return Ok(hub);
    }
    let port = WorkerPort::start(WORKER_URL, on_message, |reason| fail_all(&reason))?;
    let removed = browser::remembered(REMOVED_KEY).unwrap_or_else(|| "{}".into());
    let instance = (js_sys::Math::random() * 1e6).floor();
    port.post(&[to_worker::INIT.into(), removed.into(), instance.into()]);
    let hub = Rc::new(Hub {
        port,
        links: RefCell::default(),
        next_id: Cell::new(1),
    });
    HUB.with(|h| *h.borrow_mut() = Some(hub.clone()));
    Ok(hub)
}

/// The link a worker message is for, if it is still open.
fn link(id: u32) -> Option<Report> {
    HUB.with(|h| h.borrow().as_ref()?.links.borrow().get(&id).cloned())
}

/// A message from the worker, reported to its link after every borrow ends
/// (a report may send at once).
fn on_message(message: &js_sys::Array) {
    let kind = message.get(0).as_string().unwrap_or_default();
    if kind == to_page::REMOVED {
        if let Some(removed) = message.get(1).as_string() {
            browser::remember(REMOVED_KEY, &removed);
        }
        return;
    }
    let id = message.get(1).as_f64().map_or(0, |id| id as u32);
    let Some(report) = link(id) else {
        return;
    };
    match kind.as_str() {
        to_page::OPEN => report(LinkEvent::Open {
            peer: None,
            tls: None,
        }),
        to_page::BYTES => {
            report(LinkEvent::Bytes(
                js_sys::Uint8Array::new(&message.get(2)).to_vec(),
            ));
        }
        to_page::CLOSED => {
            forget(id);
            report(LinkEvent::Closed {
                by: Closer::Server,
                reason: String::new(),
                code: None,
            });
        }
        _ => {}
    }
}

fn forget(id: u32) {
    HUB.with(|h| {
        if let Some(hub) = h.borrow().as_ref() {
            hub.links.borrow_mut().remove(&id);
        }
    });
}

/// The worker failed (its script did not load, or it crashed): every link
/// closes with the browser's words for it, and the next link starts a new
/// worker.
fn fail_all(reason: &str) {
    let Some(hub) = HUB.with(|h| h.borrow_mut().take()) else {
        return;
    };
    let links: Vec<_> = hub.links.borrow_mut().drain().map(|(_, r)| r).collect();
    for report in links {
        report(LinkEvent::Closed {
            by: Closer::Server,
            reason: reason.to_owned(),
            code: None,
        });
    }
}

/// Puts every message of this browser's demo mailboxes back.
pub fn reset_mailboxes() {
    browser::remember(REMOVED_KEY, "{}");
    if let Some(hub) = current_hub() {
        hub.port.post(&[to_worker::RESET.into()]);
    }
}

/// A connection to the demo server inside the page. Dropping it closes it.
pub struct InPageLink {
    /// Its id in the worker that serves it, `None` when no worker could start
    /// (the link reported that). A worker that failed is replaced by a new one
    /// whose ids start again: the link only ever speaks to its own.
    at: Option<(u32, Weak<Hub>)>,
}

impl InPageLink {
    /// Opens a connection; `report` receives its events (after this returns,
    /// as a socket's would arrive).
    pub fn open(report: impl Fn(LinkEvent) + 'static) -> InPageLink {
        match hub() {
            Ok(hub) => {
                let id = hub.next_id.get();
                hub.next_id.set(id + 1);
                hub.links.borrow_mut().insert(id, Rc::new(report));
                hub.port.post(&[to_worker::OPEN.into(), id.into()]);
                InPageLink {
                    at: Some((id, Rc::downgrade(&hub))),
                }
            }
            Err(reason) => {
                Timeout::new(0, move || {
                    report(LinkEvent::Closed {
                        by: Closer::Server,
                        reason,
                        code: None,
                    });
                })
                .forget();
                InPageLink { at: None }
            }
        }
    }

    /// The worker, while this link is open in it.
    fn hub(&self) -> Option<(u32, Rc<Hub>)> {
        let (id, hub) = self.at.as_ref()?;
        let (id, hub) = (*id, hub.upgrade()?);
        let open = hub.links.borrow().contains_key(&id);
        open.then_some((id, hub))
    }
}

impl Transport for InPageLink {
    fn send(&self, bytes: &[u8]) {
        if let Some((id, hub)) = self.hub() {
            let bytes = js_sys::Uint8Array::from(bytes);
            hub.port
                .post(&[to_worker::SEND.into(), id.into(), bytes.into()]);
        }
    }

    fn start_tls(&self, _pin_sha256: Option<String>) {
        // The page's server never answers +OK to STLS.
    }

    fn close(&self) {
        if let Some((id, hub)) = self.hub() {
            hub.links.borrow_mut().remove(&id);
            hub.port.post(&[to_worker::CLOSE.into(), id.into()]);
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
