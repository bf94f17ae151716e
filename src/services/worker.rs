//! A Web Worker of this app, seen from the page: messages are arrays whose
//! first item says what they are. A worker drops what arrives before its
//! WebAssembly has started, so each of this app's workers says `["ready"]`
//! first, and [`WorkerPort`] holds the page's messages until then.
//!
//! The workers: the demo server ([`crate::demo_worker`], for
//! [`super::inpage`]), the message reader ([`crate::mime_worker`], for
//! [`super::mime`]) and the server check ([`crate::check_worker`], for its
//! panel).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use js_sys::Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The first message of every worker of this app.
pub const READY: &str = "ready";

/// A worker that has not said `ready` by then has failed: its WebAssembly did
/// not load or did not start, which the browser does not report to the page.
const STARTUP_MS: u32 = 30_000;

/// A message from the other side as an array; anything else (which no worker
/// of this build sends) as an empty one, so a bad message is ignored rather
/// than thrown.
pub fn array(value: &JsValue) -> Array {
    value.dyn_ref::<Array>().cloned().unwrap_or_default()
}

/// What the page sent before the worker said it was ready (`None` after).
type Waiting = Rc<RefCell<Option<Vec<Array>>>>;

/// The page's end of a worker.
pub struct WorkerPort {
    worker: web_sys::Worker,
    waiting: Waiting,
    _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl WorkerPort {
    /// Starts the worker at `url` (relative to the page). `on_message` gets its
    /// messages but `ready`, with no borrow of the port held. `on_error` gets
    /// the browser's words when the worker fails (it crashed), or `url` when
    /// there are none: its script did not load (the browser gives a bare
    /// event), or it did not say `ready` within [`STARTUP_MS`]. Nothing is
    /// reported once the port is dropped.
    pub fn start(
        url: &str,
        on_message: impl Fn(&Array) + 'static,
        on_error: impl Fn(String) + 'static,
    ) -> Result<WorkerPort, String> {
        let worker = web_sys::Worker::new(url).map_err(|e| describe(&e))?;
        let waiting: Waiting = Rc::new(RefCell::new(Some(Vec::new())));
        let on_error: Rc<dyn Fn(String)> = Rc::new(on_error);
        let on_message = {
            let worker = worker.clone();
            let waiting = waiting.clone();
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let message = array(&event.data());
                if message.get(0).as_string().as_deref() == Some(READY) {
                    // What waited goes now.
                    let held = waiting.borrow_mut().take().unwrap_or_default();
                    for message in held {
                        let _ = worker.post_message(&message);
                    }
                } else {
                    on_message(&message);
                }
            })
        };
        let script = url.to_owned();
        let failed = {
            let on_error = on_error.clone();
            let script = script.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
                let words = js_sys::Reflect::get(&event, &"message".into())
                    .ok()
                    .and_then(|m| m.as_string())
                    .filter(|m| !m.is_empty());
                on_error(words.unwrap_or_else(|| script.clone()));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(failed.as_ref().unchecked_ref()));
        // The startup deadline holds the port's queue weakly: a port that is
        // gone, or a worker that is ready, makes it do nothing.
        let still_waiting = Rc::downgrade(&waiting);
        Timeout::new(STARTUP_MS, move || {
            let waiting = still_waiting.upgrade();
            if waiting.is_some_and(|w| w.borrow().is_some()) {
                on_error(script);
            }
        })
        .forget();
        Ok(WorkerPort {
            worker,
            waiting,
            _on_message: on_message,
            _on_error: failed,
        })
    }

    /// Sends a message to the worker, or holds it until the worker is ready.
    pub fn post(&self, items: &[JsValue]) {
        let message: Array = items.iter().collect();
        match self.waiting.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(message),
            None => {
                let _ = self.worker.post_message(&message);
            }
        }
    }
}

impl Drop for WorkerPort {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// The words of a thrown JavaScript value.
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}

/// The worker's own end: its global scope, where it listens and posts.
pub mod inside {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    /// Answers the page's messages with `handle` until the page goes, after
    /// saying [`super::READY`].
    pub fn serve(handle: impl Fn(&js_sys::Array) + 'static) {
        let scope = scope();
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                handle(&super::array(&event.data()));
            });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        post(&[super::READY.into()]);
    }

    /// Posts `items` to the page (quietly nothing if it is gone).
    pub fn post(items: &[JsValue]) {
        let _ = scope().post_message(&items.iter().collect::<js_sys::Array>());
    }

    fn scope() -> web_sys::DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }
}
