//! Benchmarks inside headless Chromium (`cargo xtask bench` runs them in
//! release mode with `--features bench`): the core's decoder compiled to
//! WebAssembly, and appending to a transcript of 100,000 entries.
//!
//! They print `METRIC name value unit` lines; they assert correctness, never
//! speed.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use pop3::codec::{DecodeError, Decoder, Reply, stuff_into};
use pop3_playground::components::transcript::TranscriptView;
use pop3_playground::hooks::SessionHandle;
use pop3_playground::state::{Action, Entry, Fact, ReplyStatus, Session};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
fn decode_throughput_in_the_browser() {
    const SIZE: usize = 32 * 1024 * 1024;
    let mut body = Vec::with_capacity(SIZE + 128);
    let mut n = 0u64;
    while body.len() < SIZE {
        if n.is_multiple_of(8) {
            body.push(b'.');
        }
        body.extend_from_slice(
            format!("{n:010} The quick brown fox jumps over the lazy dog; POP3 line\r\n")
                .as_bytes(),
        );
        n += 1;
    }
    let mut wire = b"+OK message follows\r\n".to_vec();
    stuff_into(&body, &mut wire);
    wire.extend_from_slice(b".\r\n");
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = now();
        let mut decoder = Decoder::new();
        let mut decoded = None;
        for chunk in wire.chunks(16 * 1024) {
            decoder.feed(chunk);
            match decoder.decode(true) {
                Ok(d) => decoded = Some(d),
                Err(DecodeError::Incomplete) => {}
                Err(e) => panic!("{e}"),
            }
        }
        best = best.min(now() - start);
        let Some(decoded) = decoded else {
            panic!("no reply")
        };
        let Reply::Response(r) = decoded.reply else {
            panic!("not a response")
        };
        assert_eq!(
            r.body.as_deref(),
            Some(&body[..]),
            "the body is unstuffed exactly"
        );
    }
    let mb_s = wire.len() as f64 / 1e6 / (best / 1000.0);
    console_log!("METRIC app.wasm_decode_mb_s {mb_s:.0} MB/s");
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    slot: Rc<RefCell<Option<SessionHandle>>>,
}

/// Provides a session to the transcript and hands the handle to the test.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let session = use_reducer(|| Session::new(|| 0.0));
    *props.slot.borrow_mut() = Some(session.clone());
    html! {
        <ContextProvider<SessionHandle> context={session}>
            <TranscriptView />
        </ContextProvider<SessionHandle>>
    }
}

fn entry(i: usize) -> Entry {
    let (fact, raw) = if i.is_multiple_of(2) {
        (
            Fact::Command {
                command: Some(pop3::types::Command::Noop),
            },
            format!("NOOP {i}\r\n"),
        )
    } else {
        (
            Fact::Reply {
                status: ReplyStatus::Ok,
                code: None,
                answers: None,
            },
            format!("+OK entry {i}\r\n"),
        )
    };
    Entry {
        raw: raw.into_bytes(),
        annotation: Some(pop3::annotate::Annotation::new(
            pop3::annotate::Say::CmdNoop,
            Some(pop3::annotate::rfc(1939, "5")),
        )),
        ..Entry::new(fact, i as f64)
    }
}

/// Waits until the page contains `text`: first through microtasks only (Yew
/// renders in one, so no timer clamping is measured), then through timers.
async fn rendered(root: &web_sys::Element, text: &str) {
    for round in 0..1000 {
        if root.text_content().unwrap_or_default().contains(text) {
            return;
        }
        let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        if round > 100 {
            yew::platform::time::sleep(Duration::ZERO).await;
        }
    }
    panic!("{text} never rendered");
}

#[wasm_bindgen_test]
async fn transcript_append_at_100k_entries() {
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let slot = Rc::new(RefCell::new(None));
    let handle = yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps { slot: slot.clone() },
    )
    .render();
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    let session = slot.borrow().clone().expect("the harness rendered");
    {
        let mut transcript = session.transcript.borrow_mut();
        for i in 0..100_000 {
            transcript.push(entry(i));
        }
    }
    session.dispatch(Action::Configure(session.settings.clone()));
    rendered(&root, "+OK entry 99999").await;

    let mut times = Vec::new();
    for i in 100_000..100_200 {
        let session = slot.borrow().clone().unwrap();
        let start = now();
        session.transcript.borrow_mut().push(entry(i));
        session.dispatch(Action::Configure(session.settings.clone()));
        let marker = if i % 2 == 0 {
            format!("NOOP {i}")
        } else {
            format!("+OK entry {i}")
        };
        rendered(&root, &marker).await;
        times.push(now() - start);
    }
    times.sort_by(f64::total_cmp);
    let p95 = times[times.len() * 95 / 100];
    let rows = root
        .query_selector_all("[data-testid=transcript-entry]")
        .unwrap()
        .length();
    assert!(rows < 500, "only visible rows are rendered ({rows})");
    console_log!("METRIC app.transcript_append_p95_ms {p95:.2} ms");
    handle.destroy();
    root.remove();
}
