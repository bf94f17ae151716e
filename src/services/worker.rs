//! A Web Worker of this app, seen from the page: messages are arrays whose
//! first item says what they are. A worker drops what arrives before its
//! WebAssembly has started, so each of this app's workers says `["ready"]`
//! first, and [`WorkerPort`] holds the page's messages until then.
//!
//! The workers: the demo server ([`crate::demo_worker`], for
//! [`super::inpage`]) and the message reader ([`crate::mime_worker`], for
//! [`super::mime`]).

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The first message of every worker of this app.
pub const READY: &str = "ready";

/// The page's end of a worker.
pub struct WorkerPort {
    worker: web_sys::Worker,
    /// What the page sent before the worker said it was ready.
    waiting: RefCell<Option<Vec<js_sys::Array>>>,
    _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl WorkerPort {
    /// Starts the worker at `url` (relative to the page). `on_message` gets its
    /// messages but `ready`, with no borrow of the port held; `on_error` gets
    /// the browser's words when the worker fails (it crashed), or `url` when
    /// there are none (its script did not load: the browser gives a bare
    /// event). Nothing is reported once the port is dropped.
    pub fn start(
        url: &str,
        on_ready: impl Fn() + 'static,
        on_message: impl Fn(&js_sys::Array) + 'static,
        on_error: impl Fn(String) + 'static,
    ) -> Result<WorkerPort, String> {
        let worker = web_sys::Worker::new(url).map_err(|e| describe(&e))?;
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let message = js_sys::Array::from(&event.data());
                if message.get(0).as_string().as_deref() == Some(READY) {
                    on_ready();
                } else {
                    on_message(&message);
                }
            });
        let script = url.to_owned();
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let words = js_sys::Reflect::get(&event, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .filter(|m| !m.is_empty());
            on_error(words.unwrap_or_else(|| script.clone()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(WorkerPort {
            worker,
            waiting: RefCell::new(Some(Vec::new())),
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sends a message to the worker, or holds it until the worker is ready.
    pub fn post(&self, items: &[JsValue]) {
        let message: js_sys::Array = items.iter().collect();
        match self.waiting.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(message),
            None => {
                let _ = self.worker.post_message(&message);
            }
        }
    }

    /// The worker listens: what waited goes now. Call it from `on_ready`.
    pub fn ready(&self) {
        let waiting = self.waiting.borrow_mut().take().unwrap_or_default();
        for message in waiting {
            let _ = self.worker.post_message(&message);
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
                handle(&js_sys::Array::from(&event.data()));
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
