//! The app rendered in a real browser (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use pop3_playground::{APOP_EXAMPLE_DIGEST, App};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element of the page and lets Yew render it.
async fn mount() -> (web_sys::Element, yew::AppHandle<App>) {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create a div");
    gloo::utils::body()
        .append_child(&root)
        .expect("append to body");
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    // Yew renders on the next tick of the event loop.
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    (root, handle)
}

fn text_of(root: &web_sys::Element, test_id: &str) -> String {
    root.query_selector(&format!("[data-testid=\"{test_id}\"]"))
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn starts_disconnected() {
    let (root, handle) = mount().await;
    assert_eq!(text_of(&root, "session-state"), "DISCONNECTED");
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn shows_the_apop_digest_computed_by_the_core() {
    let (root, handle) = mount().await;
    assert_eq!(text_of(&root, "apop-digest"), APOP_EXAMPLE_DIGEST);
    let page = root.text_content().unwrap_or_default();
    assert!(page.contains("POP3 Playground"), "page text: {page}");
    assert!(page.contains("matches the RFC"), "page text: {page}");
    handle.destroy();
    root.remove();
}
