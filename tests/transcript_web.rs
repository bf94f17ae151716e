//! The transcript view in a real browser: rows, virtualization, secrets, bytes,
//! the "problems only" filter, and the link with the sequence diagram.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use pop3::Secret;
use pop3::annotate::{Annotation, Say, Severity, rfc};
use pop3::types::{Command, State};
use pop3_playground::components::diagram::SequenceDiagram;
use pop3_playground::components::transcript::{ROW_HEIGHT, TranscriptView};
use pop3_playground::hooks::SessionHandle;
use pop3_playground::state::{Action, Body, Dir, Entry, Fact, ReplyStatus, Session};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Where the harness hands its session handle to the test.
#[derive(Clone, Default)]
struct Slot(Rc<RefCell<Option<SessionHandle>>>);

impl PartialEq for Slot {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    slot: Slot,
    /// With the sequence diagram, as in the app.
    linked: bool,
}

/// The transcript (alone, or with the diagram), inside a session provider with
/// a clock stopped at 0.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let session = use_reducer(|| Session::new(|| 0.0));
    *props.slot.0.borrow_mut() = Some(session.clone());
    html! {
        <ContextProvider<SessionHandle> context={session}>
            <TranscriptView />
            if props.linked {
                <SequenceDiagram />
            }
        </ContextProvider<SessionHandle>>
    }
}

struct Mounted {
    root: web_sys::Element,
    slot: Slot,
    handle: yew::AppHandle<Harness>,
}

impl Mounted {
    async fn new() -> Self {
        Self::mount(false).await
    }

    /// The transcript and the sequence diagram, linked.
    async fn linked() -> Self {
        Self::mount(true).await
    }

    async fn mount(linked: bool) -> Self {
        let root = gloo::utils::document()
            .create_element("div")
            .expect("create a div");
        gloo::utils::body()
            .append_child(&root)
            .expect("append to body");
        let slot = Slot::default();
        let props = HarnessProps {
            slot: slot.clone(),
            linked,
        };
        let handle = yew::Renderer::<Harness>::with_root_and_props(root.clone(), props).render();
        settle().await;
        Mounted { root, slot, handle }
    }

    fn session(&self) -> SessionHandle {
        self.slot.0.borrow().clone().expect("the harness rendered")
    }

    /// Appends entries the way the reducer does, then bumps the revision.
    async fn push(&self, entries: impl IntoIterator<Item = Entry>) {
        let session = self.session();
        {
            let mut transcript = session.transcript.borrow_mut();
            for entry in entries {
                transcript.push(entry);
            }
        }
        session.dispatch(Action::Configure(session.settings.clone()));
        settle().await;
    }

    fn all(&self, selector: &str) -> Vec<web_sys::Element> {
        let list = self
            .root
            .query_selector_all(selector)
            .expect("a valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect()
    }

    fn one(&self, selector: &str) -> web_sys::Element {
        self.root
            .query_selector(selector)
            .expect("a valid selector")
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn rows(&self) -> Vec<web_sys::Element> {
        self.all("[data-testid=\"transcript-entry\"]")
    }

    fn list(&self) -> web_sys::Element {
        self.one("[data-testid=\"transcript\"]")
    }

    async fn click(&self, selector: &str) {
        self.one(selector)
            .dyn_into::<web_sys::HtmlElement>()
            .expect("an HTML element")
            .click();
        settle().await;
    }

    async fn key(&self, key: &str) {
        self.key_on(&self.list(), key).await;
    }

    async fn key_on(&self, target: &web_sys::Element, key: &str) {
        let init = js_sys::Object::new();
        js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
        js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
        js_sys::Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
        let constructor = js_sys::Reflect::get(&js_sys::global(), &"KeyboardEvent".into())
            .unwrap()
            .unchecked_into::<js_sys::Function>();
        let event =
            js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"keydown".into(), &init))
                .unwrap();
        target.dispatch_event(event.unchecked_ref()).unwrap();
        settle().await;
    }

    /// Clicks a drawn element the way a mouse does (SVG elements have no `click()`).
    async fn click_on(&self, target: &web_sys::Element) {
        let init = js_sys::Object::new();
        js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
        let constructor = js_sys::Reflect::get(&js_sys::global(), &"MouseEvent".into())
            .unwrap()
            .unchecked_into::<js_sys::Function>();
        let event =
            js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"click".into(), &init))
                .unwrap();
        target.dispatch_event(event.unchecked_ref()).unwrap();
        settle().await;
    }

    /// Opens the sequence diagram and waits for its arrows.
    async fn open_diagram(&self) {
        self.one("[data-testid=\"sequence-diagram\"]")
            .set_attribute("open", "")
            .unwrap();
        // `toggle` is fired on a later task.
        settle().await;
        settle().await;
        assert!(
            !self.arrows().is_empty(),
            "the diagram draws arrows once open"
        );
    }

    fn arrows(&self) -> Vec<web_sys::Element> {
        self.all("[data-testid=\"diagram-arrow\"]")
    }

    fn arrow(&self, index: usize) -> web_sys::Element {
        self.one(&format!(
            "[data-testid=\"diagram-arrow\"][data-index=\"{index}\"]"
        ))
    }

    /// The entry indices of the selected transcript rows.
    fn selected_rows(&self) -> Vec<String> {
        self.all("[data-testid=\"transcript-entry\"][aria-current=\"true\"]")
            .iter()
            .filter_map(|r| r.get_attribute("data-index"))
            .collect()
    }

    /// The entry indices of the marked arrows.
    fn selected_arrows(&self) -> Vec<String> {
        self.all("[data-testid=\"diagram-arrow\"][aria-current=\"true\"]")
            .iter()
            .filter_map(|r| r.get_attribute("data-index"))
            .collect()
    }

    fn pressed(&self, test_id: &str) -> bool {
        self.one(&format!("[data-testid=\"{test_id}\"]"))
            .get_attribute("aria-pressed")
            .as_deref()
            == Some("true")
    }

    fn html(&self) -> String {
        self.root.inner_html()
    }

    fn finish(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

/// Lets Yew render (it renders on a later tick of the event loop).
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn text(element: &web_sys::Element, selector: &str) -> String {
    element
        .query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn raw_of(row: &web_sys::Element) -> String {
    text(row, "[data-testid=\"raw\"]")
}

fn entry(dir: Dir, raw: &[u8], annotation: Option<Annotation>) -> Entry {
    let fact = match dir {
        Dir::Client => Fact::Command {
            command: Some(Command::parse_lenient(
                String::from_utf8_lossy(raw).trim_end(),
            )),
        },
        Dir::Server => Fact::Reply {
            status: ReplyStatus::Ok,
            code: None,
            answers: None,
        },
        Dir::Proxy => Fact::Legacy { dir },
    };
    Entry {
        raw: raw.to_vec(),
        annotation,
        ..Entry::new(fact, 0.0)
    }
}

fn stat_annotation() -> Annotation {
    let mut a = Annotation::new(
        Say::ReplyStat {
            count: 2,
            octets: 320,
        },
        Some(rfc(1939, "5")),
    );
    a.topic = Some("STAT".into());
    a
}

#[wasm_bindgen_test]
async fn shows_an_empty_state() {
    let m = Mounted::new().await;
    assert!(m.rows().is_empty());
    let list = m.list().text_content().unwrap_or_default();
    assert!(
        list.contains("Connect to a server to see every byte here"),
        "{list}"
    );
    m.finish();
}

#[wasm_bindgen_test]
async fn renders_direction_raw_annotation_time_latency_body_and_banners() {
    let m = Mounted::new().await;
    let mut client = entry(
        Dir::Client,
        b"STAT\r\n",
        Some(Annotation::new(Say::CmdStat, Some(rfc(1939, "5")))),
    );
    client.at_ms = 1234.0;
    let mut server = entry(Dir::Server, b"+OK 2 320\r\n", Some(stat_annotation()));
    server.at_ms = 1246.5;
    server.rtt_ms = Some(12.3);
    let proxy = entry(Dir::Proxy, b"Connected to 127.0.0.1:1110 (plain TCP)", None);
    let banner = Entry::new(
        Fact::StateChanged {
            from: State::Authorization { timestamp: None },
            to: State::Transaction,
        },
        0.0,
    );
    let mut list = entry(Dir::Server, b"+OK scan listing follows\r\n", None);
    list.body = Some(Body {
        bytes: Rc::new(b"1 120\r\n2 200\r\n".to_vec()),
        lines: 2,
        wire_len: 42,
        undoubled: Vec::new(),
    });
    m.push([client, server, proxy, banner, list]).await;

    let rows = m.rows();
    let dirs: Vec<String> = rows
        .iter()
        .map(|r| r.get_attribute("data-dir").unwrap_or_default())
        .collect();
    assert_eq!(dirs, ["client", "server", "proxy", "proxy", "server"]);
    for row in &rows {
        assert!(
            row.query_selector("[data-testid=\"raw\"]")
                .unwrap()
                .is_some()
        );
        assert!(
            row.query_selector("[data-testid=\"annotation\"]")
                .unwrap()
                .is_some()
        );
    }
    assert_eq!(raw_of(&rows[0]), "STAT");
    assert_eq!(raw_of(&rows[1]), "+OK 2 320");
    assert_eq!(
        text(&rows[1], "[data-testid=\"annotation\"]"),
        pop3_playground::i18n::headline(&stat_annotation())
    );
    let link = rows[1]
        .query_selector("[data-testid=\"annotation\"] a")
        .unwrap()
        .expect("a link to the RFC");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://www.rfc-editor.org/rfc/rfc1939#section-5")
    );
    let first = rows[0].text_content().unwrap_or_default();
    assert!(first.contains("+1.234 s"), "{first}");
    assert!(first.contains("C:"), "{first}");
    let second = rows[1].text_content().unwrap_or_default();
    assert!(
        second.contains("S:") && second.contains("12 ms"),
        "{second}"
    );
    assert!(
        rows[3]
            .get_attribute("class")
            .unwrap_or_default()
            .contains("tx-banner")
    );
    assert_eq!(raw_of(&rows[3]), "AUTHORIZATION → TRANSACTION");
    let body_row = rows[4].text_content().unwrap_or_default();
    assert!(body_row.contains("2 lines, 42 octets"), "{body_row}");

    // Selecting the body shows it in the inspector.
    m.click("[data-testid=\"transcript-entry\"][data-index=\"4\"]")
        .await;
    let body = text(&m.root, "[data-testid=\"detail-body\"]");
    assert_eq!(
        body, "1 120\n2 200\n.\n",
        "as on the wire, with its terminator"
    );
    m.finish();
}

#[wasm_bindgen_test]
async fn the_body_shows_its_dot_stuffing_as_on_the_wire() {
    let m = Mounted::new().await;
    let mut retr = entry(Dir::Server, b"+OK 60 octets\r\n", None);
    // Unstuffed: ".signature" came as "..signature"; "hidden" as ".hidden"
    // from a server that did not double its dot (line 3).
    retr.body = Some(Body {
        bytes: Rc::new(b"Hello\r\n.signature\r\nhidden\r\n".to_vec()),
        lines: 3,
        wire_len: 60,
        undoubled: vec![3],
    });
    m.push([retr]).await;
    m.click("[data-testid=\"transcript-entry\"]").await;
    let body = text(&m.root, "[data-testid=\"detail-body\"]");
    assert_eq!(body, "Hello\n..signature\n.hidden\n.\n");
    // The hex view has the doubled dot too: "..s" is 2e 2e 73.
    m.click("[data-testid=\"toggle-hex\"]").await;
    let hex = text(&m.root, "[data-testid=\"detail-body\"]");
    assert!(hex.replace("  ", " ").contains("0a 2e 2e 73"), "{hex}");
    m.finish();
}

#[wasm_bindgen_test]
async fn draws_only_the_visible_rows_of_100_000() {
    let m = Mounted::new().await;
    let annotation = Annotation::new(Say::CmdNoop, Some(rfc(1939, "5")));
    m.push((0..100_000).map(|i| {
        let dir = if i % 2 == 0 { Dir::Client } else { Dir::Server };
        entry(
            dir,
            format!("NOOP {i}\r\n").as_bytes(),
            Some(annotation.clone()),
        )
    }))
    .await;

    let rows = m.rows();
    assert!(
        !rows.is_empty() && rows.len() < 200,
        "{} rows drawn",
        rows.len()
    );
    // Follow is on: the newest entry is in view.
    assert!(
        rows.iter().any(|r| raw_of(r) == "NOOP 99999"),
        "the last entry is drawn"
    );

    let list = m.list();
    let middle = list.scroll_height() / 2;
    list.set_scroll_top(middle);
    let event = web_sys::Event::new("scroll").unwrap();
    list.dispatch_event(&event).unwrap();
    settle().await;

    let rows = m.rows();
    assert!(rows.len() < 200, "{} rows drawn", rows.len());
    let top_row = (f64::from(list.scroll_top()) / ROW_HEIGHT) as usize;
    assert!((49_000..=51_000).contains(&top_row), "top row {top_row}");
    let expected = format!("NOOP {}", top_row + 1);
    assert!(
        rows.iter().any(|r| raw_of(r) == expected),
        "{expected} is drawn"
    );
    assert!(!rows.iter().any(|r| raw_of(r) == "NOOP 99999"));
    // Scrolling up stopped following.
    assert_eq!(
        m.one("[data-testid=\"toggle-follow\"]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );

    // Following again jumps back to the newest entry.
    m.click("[data-testid=\"toggle-follow\"]").await;
    let rows = m.rows();
    assert!(rows.iter().any(|r| raw_of(r) == "NOOP 99999"));
    m.finish();
}

#[wasm_bindgen_test]
async fn masks_secrets_until_revealed() {
    let m = Mounted::new().await;
    let mut pass = entry(
        Dir::Client,
        b"PASS ********\r\n",
        Some(Annotation::new(Say::CmdPass, Some(rfc(1939, "7")))),
    );
    pass.secret = Some(Secret::new("PASS tanstaaf".to_owned()));
    m.push([entry(Dir::Client, b"USER mrose\r\n", None), pass])
        .await;
    m.click("[data-testid=\"transcript-entry\"][data-index=\"1\"]")
        .await;

    assert_eq!(raw_of(&m.rows()[1]), "PASS ********");
    assert!(
        !m.html().contains("tanstaaf"),
        "the secret is nowhere in the page"
    );
    // Hex of the masked line does not leak it either.
    m.click("[data-testid=\"toggle-hex\"]").await;
    assert!(!m.html().contains("tanstaaf"));
    assert!(!m.html().contains("74 61 6e 73"), "no hex of the secret");
    m.click("[data-testid=\"toggle-hex\"]").await;

    m.click("[data-testid=\"toggle-reveal\"]").await;
    assert_eq!(raw_of(&m.rows()[1]), "PASS tanstaaf");
    assert!(text(&m.root, "[data-testid=\"detail-raw\"]").contains("PASS tanstaaf"));

    m.click("[data-testid=\"toggle-reveal\"]").await;
    assert_eq!(raw_of(&m.rows()[1]), "PASS ********");
    assert!(!m.html().contains("tanstaaf"));
    m.finish();
}

#[wasm_bindgen_test]
async fn shows_non_utf8_and_control_bytes_visibly() {
    let m = Mounted::new().await;
    m.push([entry(
        Dir::Server,
        b"+OK \xff\xfe\x00 caf\xc3\xa9 \xe2\x82\r\n",
        None,
    )])
    .await;
    let row = &m.rows()[0];
    assert_eq!(raw_of(row), "+OK <FF><FE>␀ café <E2><82>");

    m.click("[data-testid=\"toggle-crlf\"]").await;
    assert_eq!(raw_of(&m.rows()[0]), "+OK <FF><FE>␀ café <E2><82>␍␊");

    m.click("[data-testid=\"transcript-entry\"]").await;
    m.click("[data-testid=\"toggle-hex\"]").await;
    let dump = text(&m.root, "[data-testid=\"detail-raw\"]");
    assert!(
        dump.starts_with("00000000  2b 4f 4b 20 ff fe 00 "),
        "{dump}"
    );
    m.finish();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_selection_and_the_inspector_shows_notes() {
    let m = Mounted::new().await;
    let mut odd = Annotation::new(Say::ReplyNoop, Some(rfc(1939, "3")));
    odd.note(
        Severity::Warning,
        Say::NoteBareLf { lines: 1 },
        Some(rfc(1939, "3")),
    );
    m.push([
        entry(Dir::Client, b"NOOP\r\n", None),
        entry(Dir::Server, b"+OK\n", Some(odd)),
        entry(Dir::Client, b"QUIT\r\n", None),
    ])
    .await;
    assert!(
        m.rows()[1]
            .query_selector(".tx-sev-warning")
            .unwrap()
            .is_some()
    );

    m.key("ArrowDown").await;
    let selected = m.all("[aria-current=\"true\"]");
    assert_eq!(selected.len(), 1);
    assert_eq!(
        selected[0].get_attribute("data-index").as_deref(),
        Some("0")
    );

    m.key("ArrowDown").await;
    let selected = m.all("[aria-current=\"true\"]");
    assert_eq!(
        selected[0].get_attribute("data-index").as_deref(),
        Some("1")
    );
    let detail = text(&m.root, "[data-testid=\"transcript-detail\"]");
    assert!(detail.contains("1 line ended in LF alone"), "{detail}");
    assert!(detail.contains("warning"), "{detail}");
    assert!(
        m.one("[data-testid=\"transcript-detail\"] .tx-notes a")
            .get_attribute("href")
            .is_some()
    );

    m.key("End").await;
    let selected = m.all("[aria-current=\"true\"]");
    assert_eq!(
        selected[0].get_attribute("data-index").as_deref(),
        Some("2")
    );
    m.key("ArrowUp").await;
    let selected = m.all("[aria-current=\"true\"]");
    assert_eq!(
        selected[0].get_attribute("data-index").as_deref(),
        Some("1")
    );
    m.finish();
}

#[wasm_bindgen_test]
async fn long_bodies_are_cut_with_a_note() {
    let m = Mounted::new().await;
    let bytes: Vec<u8> = b"0123456789abcdef\r\n".repeat(8 * 1024);
    let mut retr = entry(Dir::Server, b"+OK 147456 octets\r\n", None);
    retr.body = Some(Body {
        lines: 8 * 1024,
        wire_len: bytes.len() + 22,
        undoubled: Vec::new(),
        bytes: Rc::new(bytes),
    });
    m.push([retr]).await;
    m.click("[data-testid=\"transcript-entry\"]").await;
    let body = text(&m.root, "[data-testid=\"detail-body\"]");
    assert!(body.len() <= 64 * 1024, "{} bytes shown", body.len());
    let detail = text(&m.root, "[data-testid=\"transcript-detail\"]");
    assert!(detail.contains("Showing the first 64 KiB"), "{detail}");
    m.finish();
}

/// A NOOP exchange, `count` times: client lines, server replies; every
/// `problem_every`-th reply (from the first) carries a warning.
fn noops(count: usize, problem_every: usize) -> Vec<Entry> {
    let mut entries = Vec::new();
    for i in 0..count {
        entries.push(entry(Dir::Client, b"NOOP\r\n", None));
        let mut reply = Annotation::new(Say::ReplyNoop, Some(rfc(1939, "5")));
        if i % problem_every == 0 {
            reply.note(
                Severity::Warning,
                Say::NoteBareLf { lines: 1 },
                Some(rfc(1939, "3")),
            );
        }
        entries.push(entry(
            Dir::Server,
            format!("+OK {i}\r\n").as_bytes(),
            Some(reply),
        ));
    }
    entries
}

#[wasm_bindgen_test]
async fn problems_only_lists_the_warnings_and_counts_them() {
    let m = Mounted::new().await;
    // 10,000 entries, 100 of them with a warning, one a link error of the app.
    let mut entries = noops(5_000, 50);
    entries.push(Entry::new(Fact::StlsImpossible, 0.0));
    m.push(entries).await;
    assert!(!m.pressed("filter-problems"));
    assert_eq!(
        text(&m.root, "[data-testid=\"transcript-count\"]"),
        "10001 entries"
    );

    m.click("[data-testid=\"filter-problems\"]").await;
    assert!(m.pressed("filter-problems"));
    assert_eq!(
        text(&m.root, "[data-testid=\"transcript-count\"]"),
        "101 of 10001 entries"
    );
    let rows = m.rows();
    assert!(!rows.is_empty() && rows.len() < 101, "{} rows", rows.len());
    for row in &rows {
        assert_ne!(
            row.get_attribute("data-severity").as_deref(),
            Some("info"),
            "{}",
            raw_of(row)
        );
        assert_eq!(row.get_attribute("aria-setsize").as_deref(), Some("101"));
    }
    // Following: the newest problem, the app's own, is in view; the rows stand
    // one under the other, whatever their entry index.
    let last = rows.last().unwrap();
    assert_eq!(last.get_attribute("data-index").as_deref(), Some("10000"));
    assert_eq!(last.get_attribute("aria-posinset").as_deref(), Some("101"));
    let style = last.get_attribute("style").unwrap_or_default();
    assert!(
        style.contains(&format!("top: {}px", 100.0 * ROW_HEIGHT)),
        "{style}"
    );
    let spacer = m
        .one(".tx-spacer")
        .get_attribute("style")
        .unwrap_or_default();
    assert!(
        spacer.contains(&format!("height: {}px", 101.0 * ROW_HEIGHT)),
        "the spacer holds only the rows shown: {spacer}"
    );

    // The keys move among the rows shown.
    m.key("Home").await;
    assert_eq!(m.selected_rows(), ["1"]);
    m.key("ArrowDown").await;
    assert_eq!(m.selected_rows(), ["101"]);

    // Off again: every entry, the selection kept and in view.
    m.click("[data-testid=\"filter-problems\"]").await;
    assert!(m.rows().len() > 20);
    assert_eq!(m.selected_rows(), ["101"]);
    m.finish();
}

#[wasm_bindgen_test]
async fn problems_only_says_when_there_are_none() {
    let m = Mounted::new().await;
    m.push([entry(Dir::Client, b"NOOP\r\n", None)]).await;
    m.click("[data-testid=\"filter-problems\"]").await;
    assert!(m.rows().is_empty());
    let list = m.list().text_content().unwrap_or_default();
    assert!(list.contains("No warning or RFC violation"), "{list}");
    assert_eq!(
        text(&m.root, "[data-testid=\"transcript-count\"]"),
        "0 of 1 entry"
    );
    m.finish();
}

#[wasm_bindgen_test]
async fn an_arrow_of_the_diagram_selects_its_line_and_back() {
    let m = Mounted::linked().await;
    m.push(noops(60, 7)).await;
    m.open_diagram().await;
    assert_eq!(m.arrows().len(), 120);
    assert_eq!(
        m.arrow(0).get_attribute("tabindex").as_deref(),
        Some("0"),
        "arrows are focusable"
    );

    // A click on an arrow far from the newest rows: its row is drawn, selected
    // and in the list's view, and following stops.
    let line = m
        .arrow(5)
        .query_selector(".arrow")
        .unwrap()
        .expect("the arrow's line");
    m.click_on(&line).await;
    assert_eq!(m.selected_rows(), ["5"]);
    assert_eq!(m.selected_arrows(), ["5"]);
    assert!(!m.pressed("toggle-follow"));
    let list = m.list();
    let row_top = 5.0 * ROW_HEIGHT;
    let top = f64::from(list.scroll_top());
    assert!(
        row_top >= top && row_top + ROW_HEIGHT <= top + f64::from(list.client_height()),
        "row 5 at {row_top} px, the list shows {top} px and down"
    );
    let detail = text(&m.root, "[data-testid=\"transcript-detail\"]");
    assert!(detail.contains("#6 ·"), "{detail}");

    // A row clicked in the transcript marks its arrow (and only it).
    m.click("[data-testid=\"transcript-entry\"][data-index=\"8\"]")
        .await;
    assert_eq!(m.selected_arrows(), ["8"]);
    assert_eq!(m.selected_rows(), ["8"]);

    // The keyboard: Enter, then Space, on a focused arrow.
    m.key_on(&m.arrow(11), "Enter").await;
    assert_eq!(m.selected_rows(), ["11"]);
    m.key_on(&m.arrow(3), " ").await;
    assert_eq!(m.selected_rows(), ["3"]);
    assert_eq!(m.selected_arrows(), ["3"]);
    m.finish();
}

#[wasm_bindgen_test]
async fn picking_an_arrow_whose_line_is_filtered_out_shows_every_line() {
    let m = Mounted::linked().await;
    m.push(noops(60, 7)).await;
    m.open_diagram().await;
    m.click("[data-testid=\"filter-problems\"]").await;
    assert!(m.pressed("filter-problems"));

    // Entry 15 (a reply with a warning) is shown: the filter stays.
    m.click_on(&m.arrow(15)).await;
    assert!(m.pressed("filter-problems"));
    assert_eq!(m.selected_rows(), ["15"]);

    // Entry 4 (a client line) is hidden by the filter: picking it turns the
    // filter off and brings the line into view.
    m.click_on(&m.arrow(4)).await;
    settle().await;
    assert!(!m.pressed("filter-problems"), "the filter is off");
    assert_eq!(m.selected_rows(), ["4"]);
    assert_eq!(m.selected_arrows(), ["4"]);
    let count = text(&m.root, "[data-testid=\"transcript-count\"]");
    assert_eq!(count, "120 entries");

    // Turning the filter on again keeps the selection (shown in the inspector).
    m.click("[data-testid=\"filter-problems\"]").await;
    assert!(m.pressed("filter-problems"));
    assert!(m.selected_rows().is_empty());
    let detail = text(&m.root, "[data-testid=\"transcript-detail\"]");
    assert!(detail.contains("#5 ·"), "{detail}");
    m.finish();
}

#[wasm_bindgen_test]
async fn failures_show_their_hop_and_cause_in_words() {
    use pop3::wire::{ErrorCode, TlsFailure};
    use pop3_playground::state::Closer;
    let m = Mounted::new().await;
    m.push([
        Entry::new(
            Fact::LinkError {
                code: ErrorCode::CertUntrusted,
                message:
                    "the server's certificate has expired: it was valid until 2021-01-01T00:00:00Z"
                        .into(),
                cause: Some(TlsFailure::Expired),
            },
            0.0,
        ),
        Entry::new(
            Fact::Closed {
                by: Closer::Socket,
                reason: String::new(),
                code: Some(1006),
            },
            0.0,
        ),
    ])
    .await;
    let rows = m.rows();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0].get_attribute("data-hop").as_deref(),
        Some("proxy-server")
    );
    assert_eq!(
        rows[0].get_attribute("data-cause").as_deref(),
        Some("expired")
    );
    assert_eq!(
        rows[0].get_attribute("data-severity").as_deref(),
        Some("warning")
    );
    let words = raw_of(&rows[0]);
    assert!(
        words.starts_with(
            "Proxy ↔ server: The server's certificate has expired: its validity period is over"
        ),
        "{words}"
    );
    assert!(
        words.contains("The proxy said: the server's certificate has expired"),
        "{words}"
    );
    assert_eq!(
        rows[1].get_attribute("data-hop").as_deref(),
        Some("browser-proxy")
    );
    assert_eq!(rows[1].get_attribute("data-cause"), None);
    assert_eq!(
        rows[1].get_attribute("data-severity").as_deref(),
        Some("warning")
    );
    let words = raw_of(&rows[1]);
    assert!(
        words.starts_with("Browser ↔ proxy: ")
            && words.contains("without a close frame")
            && words.contains("(1006)"),
        "{words}"
    );
    m.finish();
}
