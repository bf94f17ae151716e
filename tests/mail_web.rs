//! The mailbox table and the message viewer in a real browser, driven through
//! the real reducer: replies are fed as the server's bytes (`LinkEvent::Bytes`)
//! after commands were sent with no transport attached.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::time::Duration;

use pop3::Secret;
use pop3_playground::components::mailbox::Mailbox;
use pop3_playground::components::message::MessageView;
use pop3_playground::hooks::SessionHandle;
use pop3_playground::state::{Action, Session};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// The session handle of the mounted harness, as of its last render.
    static SESSION: RefCell<Option<SessionHandle>> = const { RefCell::new(None) };
}

/// The two components under test inside a session provider, with a clock that
/// never moves.
#[function_component(Harness)]
fn harness() -> Html {
    let session = use_reducer(|| Session::new(|| 0.0));
    SESSION.with(|s| *s.borrow_mut() = Some(session.clone()));
    html! {
        <ContextProvider<SessionHandle> context={session}>
            <Mailbox />
            <MessageView />
        </ContextProvider<SessionHandle>>
    }
}

struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<Harness>>,
}

impl Mounted {
    async fn new() -> Mounted {
        // No worker to load here: the message reader runs in this thread.
        pop3_playground::services::mime::read_in_this_thread();
        let root = gloo::utils::document()
            .create_element("div")
            .expect("create a div");
        gloo::utils::body()
            .append_child(&root)
            .expect("append to body");
        let handle = yew::Renderer::<Harness>::with_root(root.clone()).render();
        settle().await;
        Mounted {
            root,
            handle: Some(handle),
        }
    }

    fn session(&self) -> SessionHandle {
        SESSION
            .with(|s| s.borrow().clone())
            .expect("the harness rendered")
    }

    async fn dispatch(&self, action: Action) {
        self.session().dispatch(action);
        self.settle().await;
    }

    /// Lets Yew render, and the message reader finish what it reads.
    async fn settle(&self) {
        settle().await;
        for _ in 0..400 {
            if self.find("[data-testid=\"message-reading\"]").is_none() {
                return;
            }
            settle().await;
        }
        panic!("the message reader never answered: {}", self.text());
    }

    /// The server's bytes arrive.
    async fn server(&self, bytes: &[u8]) {
        self.dispatch(Action::Link(
            pop3_playground::services::link::LinkEvent::Bytes(bytes.to_vec()),
        ))
        .await;
    }

    /// Greeting, USER and PASS: the session is in TRANSACTION.
    async fn login(&self) {
        self.server(b"+OK POP3 server ready\r\n").await;
        self.dispatch(Action::LoginUserPass {
            user: "mrose".into(),
            password: Secret::new("tanstaaf".into()),
        })
        .await;
        self.server(b"+OK mrose is a real hoopy frood\r\n").await;
        self.server(b"+OK mrose's maildrop has 3 messages\r\n")
            .await;
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .root
            .query_selector_all(selector)
            .expect("a valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .collect()
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root
            .query_selector(selector)
            .expect("a valid selector")
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}; page: {}", self.text()))
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    fn row(&self, n: u32) -> Element {
        self.get(&format!("[data-testid=\"message-row\"][data-msg=\"{n}\"]"))
    }

    /// Clicks the button inside `scope` whose text is `label`.
    async fn click_in(&self, scope: &Element, label: &str) {
        let buttons = scope
            .query_selector_all("button")
            .expect("a valid selector");
        let button = (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("no button {label:?} in {:?}", scope.text_content()));
        button.click();
        self.settle().await;
    }

    async fn click(&self, label: &str) {
        self.click_in(&self.root.clone(), label).await;
    }

    async fn tab(&self, id: &str) {
        let tab = self.get(&format!(
            "[data-testid=\"message-view\"] [data-tab=\"{id}\"]"
        ));
        tab.dyn_into::<HtmlElement>().expect("a button").click();
        settle().await;
    }

    fn view_text(&self) -> String {
        self.get("[data-testid=\"message-view\"]")
            .text_content()
            .unwrap_or_default()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

fn has_class(element: &Element, class: &str) -> bool {
    element
        .get_attribute("class")
        .unwrap_or_default()
        .split_whitespace()
        .any(|c| c == class)
}

/// Lets Yew run the reducer and render.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// A reply with a multi-line body: dot-stuffed, CRLF, terminated.
fn multiline(status: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("{status}\r\n").into_bytes();
    for line in body.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.first() == Some(&b'.') {
            out.push(b'.');
        }
        out.extend_from_slice(line);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
    out
}

const HEADERS_1: &[u8] = b"From: Marshall Rose <mrose@dbc.mtview.ca.us>\r\n\
To: mrose@example.org\r\n\
Subject: Plain hello\r\n\
Date: Tue, 13 Feb 2024 09:30:00 +0000\r\n\
\r\n";

const HEADERS_2: &[u8] = b"From: =?UTF-8?B?SsO8cmdlbg==?= <juergen@example.de>\r\n\
To: mrose@example.org\r\n\
Subject: =?ISO-8859-1?Q?Gr=FC=DFe?= aus =?UTF-8?Q?M=C3=BCnchen?=\r\n\
Date: Mon, 12 Feb 2024 10:00:00 +0100\r\n\
\r\n";

/// Headers with bytes that are not UTF-8 and a date that is not a date.
const HEADERS_3: &[u8] = b"From: \xff\xfe <broken@\xc3>\r\n\
Subject: caf\xe9 \xff bytes\r\n\
Date: the day after tomorrow\r\n\
\r\n";

/// multipart/mixed: an alternative (text + HTML) and a PDF attachment.
const MULTIPART: &[u8] = b"From: =?UTF-8?B?SsO8cmdlbg==?= <juergen@example.de>\r\n\
To: Marshall Rose <mrose@example.org>\r\n\
Subject: =?UTF-8?Q?Quarterly_r=C3=A9sum=C3=A9?= attached\r\n\
Date: Mon, 12 Feb 2024 10:00:00 +0100\r\n\
Message-ID: <q1@example.de>\r\n\
X-Note: =?UTF-8?Q?caf=C3=A9?=\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"outer\"\r\n\
\r\n\
This is a multi-part message in MIME format.\r\n\
--outer\r\n\
Content-Type: multipart/alternative; boundary=\"inner\"\r\n\
\r\n\
--inner\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
Hello Marshall, the r=C3=A9sum=C3=A9 is attached.\r\n\
.a line that needs dot-stuffing\r\n\
--inner\r\n\
Content-Type: text/html; charset=utf-8\r\n\
\r\n\
<p>Hello <b>Marshall</b></p><script>window.parent.pwned = true;</script>\r\n\
--inner--\r\n\
--outer\r\n\
Content-Type: application/pdf; name=\"report.pdf\"\r\n\
Content-Disposition: attachment; filename=\"=?UTF-8?Q?r=C3=A9sum=C3=A9.pdf?=\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
JVBERi0xLjQKJcOkw7zDtsOfCg==\r\n\
--outer--\r\n";

/// Logs in, then STAT, LIST, UIDL and `TOP n 0` for three messages.
async fn loaded() -> Mounted {
    let app = Mounted::new().await;
    app.login().await;
    app.click("Load mailbox").await;
    app.server(b"+OK 3 1700\r\n").await;
    app.server(&multiline("+OK 3 messages", b"1 400\n2 1000\n3 300"))
        .await;
    app.server(&multiline(
        "+OK",
        b"1 whqtswO00WBw418f9t5JxYwZ\n2 QhdPYR:00WBw1Ph7x7\n3 uid-three",
    ))
    .await;
    // The first press cannot ask for headers before STAT is answered; the
    // table offers to fetch the missing ones.
    if app.find(".mailbox-actions").is_some_and(|a| {
        a.text_content()
            .unwrap_or_default()
            .contains("Fetch headers")
    }) {
        app.click("Fetch headers (3)").await;
    }
    for headers in [HEADERS_1, HEADERS_2, HEADERS_3] {
        app.server(&multiline("+OK", headers)).await;
    }
    app
}

#[wasm_bindgen_test]
async fn mailbox_waits_for_login() {
    let app = Mounted::new().await;
    assert!(app.text().contains("Connect and log in"), "{}", app.text());
    app.server(b"+OK POP3 server ready\r\n").await;
    assert!(app.text().contains("Log in"), "{}", app.text());
    assert!(app.find("[data-testid=\"message-row\"]").is_none());
}

#[wasm_bindgen_test]
async fn rows_show_list_uidl_and_decoded_headers() {
    let app = loaded().await;
    let rows = app.all("[data-testid=\"message-row\"]");
    let numbers: Vec<String> = rows
        .iter()
        .filter_map(|r| r.get_attribute("data-msg"))
        .collect();
    assert_eq!(numbers, ["1", "2", "3"]);

    let row1 = app.row(1).text_content().unwrap_or_default();
    assert!(row1.contains("400"), "{row1}");
    assert!(row1.contains("whqtswO00WBw418f9t5JxYwZ"), "{row1}");
    assert!(row1.contains("Marshall Rose"), "{row1}");
    assert!(row1.contains("Plain hello"), "{row1}");
    assert!(row1.contains("2024-02-13 09:30"), "{row1}");

    // RFC 2047: Q in ISO-8859-1 and UTF-8, B in UTF-8.
    let row2 = app.row(2).text_content().unwrap_or_default();
    assert!(row2.contains("Grüße aus München"), "{row2}");
    assert!(row2.contains("Jürgen"), "{row2}");
    assert!(!row2.contains("=?"), "{row2}");

    // Bytes that are not UTF-8 do not break the row; an unreadable date is unknown.
    let row3 = app.row(3).text_content().unwrap_or_default();
    assert!(row3.contains("bytes"), "{row3}");
    assert!(row3.contains('—'), "{row3}");
    assert!(
        app.text().contains("3 messages, 1700 octets"),
        "{}",
        app.text()
    );
}

#[wasm_bindgen_test]
async fn dele_marks_the_row_and_rset_unmarks_it() {
    let app = loaded().await;
    let row = app.row(2);
    app.click_in(&row, "DELE").await;
    assert!(
        !has_class(&app.row(2), "deleted"),
        "not before the server's +OK"
    );
    app.server(b"+OK message 2 deleted\r\n").await;

    let row = app.row(2);
    assert!(has_class(&row, "deleted"));
    let label = row
        .query_selector(".deleted-label")
        .unwrap()
        .expect("a deleted label");
    assert_eq!(label.text_content().unwrap_or_default(), "deleted");
    let dele = row
        .query_selector(".actions button:last-child")
        .unwrap()
        .expect("a DELE button");
    assert!(
        dele.has_attribute("disabled"),
        "DELE of a deleted message is refused"
    );
    let reason = dele.get_attribute("title").unwrap_or_default();
    assert!(reason.contains("marked as deleted"), "{reason}");
    assert!(!has_class(&app.row(1), "deleted"));
    // Counts apart: the messages kept, with STAT's octets, then the marked one.
    let status = |id: &str| {
        app.find(&format!("[data-testid=\"{id}\"]"))
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    // STAT said 1700 for three; LIST gave message 2 1000 of them.
    assert_eq!(status("mailbox-status"), "2 messages, 700 octets (700 B)");
    assert_eq!(
        status("mailbox-deleted"),
        "1 more marked as deleted (removed at QUIT)"
    );

    app.click("RSET").await;
    app.server(b"+OK maildrop has 3 messages\r\n").await;
    assert!(!has_class(&app.row(2), "deleted"));
    assert!(app.find("[data-testid=\"mailbox-deleted\"]").is_none());
    assert!(status("mailbox-status").starts_with("3 messages"));
    assert!(
        app.row(2)
            .query_selector(".deleted-label")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn open_fetches_with_progress_then_shows_every_tab() {
    let app = loaded().await;
    app.click_in(&app.row(2), "Open").await;
    assert!(app.text().contains("Fetching…"), "{}", app.text());
    assert!(app.find("[data-testid=\"message-view\"]").is_none());

    // Half the body: a determinate progress bar, its maximum from LIST.
    let wire = multiline("+OK 1000 octets", MULTIPART);
    let half = wire.len() / 2;
    app.server(&wire[..half]).await;
    let progress = app.get("progress");
    assert_eq!(progress.get_attribute("max").as_deref(), Some("1000"));
    let value: u64 = progress
        .get_attribute("value")
        .unwrap_or_default()
        .parse()
        .unwrap_or(0);
    assert!(value > 0, "progress value {value}");
    assert!(app.text().contains("Receiving RETR 2"), "{}", app.text());

    app.server(&wire[half..]).await;
    assert!(
        app.find("progress").is_none(),
        "the bar goes once the body is in"
    );
    let view = app.get("[data-testid=\"message-view\"]");
    assert_eq!(view.get_attribute("data-msg").as_deref(), Some("2"));
    assert!(has_class(&app.row(2), "selected"));

    // The subject and sender, decoded, are always visible.
    let text = app.view_text();
    assert!(text.contains("Quarterly résumé attached"), "{text}");
    assert!(text.contains("Jürgen <juergen@example.de>"), "{text}");

    // Text (the default tab): quoted-printable decoded, dot-unstuffed.
    assert!(text.contains("the résumé is attached"), "{text}");
    assert!(text.contains(".a line that needs dot-stuffing"), "{text}");

    app.tab("headers").await;
    let text = app.view_text();
    for expected in [
        "Message-ID",
        "<q1@example.de>",
        "X-Note",
        "café",
        "=?UTF-8?Q?caf=C3=A9?=",
        "multipart/mixed",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }

    app.tab("structure").await;
    let tree = app.get(".mime-tree").text_content().unwrap_or_default();
    for expected in [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "application/pdf",
        "résumé.pdf",
        "base64",
    ] {
        assert!(tree.contains(expected), "{expected:?} in {tree}");
    }
    assert_eq!(
        app.all(".mime-tree ul ul li").len(),
        2,
        "text and HTML nest under the alternative"
    );

    app.tab("attachments").await;
    let table = app
        .get(".attachment-table")
        .text_content()
        .unwrap_or_default();
    assert!(table.contains("résumé.pdf"), "{table}");
    assert!(table.contains("application/pdf"), "{table}");
    assert!(table.contains(" B"), "{table}");
    // The name saves the attachment: a download of its decoded bytes.
    js_sys::eval(
        "window.__saved = []; HTMLAnchorElement.prototype.click = function () { \
         window.__saved.push([this.getAttribute('download'), this.getAttribute('href')]); };",
    )
    .unwrap();
    app.click_in(&app.get(".attachment-table"), "résumé.pdf")
        .await;
    let saved = js_sys::eval("JSON.stringify(window.__saved)")
        .unwrap()
        .as_string()
        .unwrap_or_default();
    assert!(
        saved.contains("[\"résumé.pdf\",\"blob:"),
        "one download under the attachment's name: {saved}"
    );
    js_sys::eval("delete HTMLAnchorElement.prototype.click").unwrap();

    app.tab("html").await;
    let frame = app.get("iframe");
    assert_eq!(
        frame.get_attribute("sandbox").as_deref(),
        Some(""),
        "sandboxed, nothing allowed"
    );
    let srcdoc = frame.get_attribute("srcdoc").unwrap_or_default();
    assert!(srcdoc.contains("<b>Marshall</b>"), "{srcdoc}");
    assert!(srcdoc.contains("Content-Security-Policy"), "{srcdoc}");
    settle().await;
    let pwned = js_sys::Reflect::get(&gloo::utils::window(), &"pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "a script in the mail ran");
    app.click("Source").await;
    assert!(app.find("iframe").is_none());
    assert!(
        app.view_text().contains("<p>Hello <b>Marshall</b></p>"),
        "{}",
        app.view_text()
    );
    app.click("Rendered (sandboxed)").await;
    assert!(app.find("iframe[sandbox=\"\"]").is_some());

    app.tab("raw").await;
    let raw = app.get(".message-raw").text_content().unwrap_or_default();
    assert!(raw.contains("Content-Transfer-Encoding: base64"), "{raw}");
    assert!(raw.contains("JVBERi0xLjQKJcOkw7zDtsOfCg=="), "{raw}");

    // Opening it again does not fetch it again.
    app.click_in(&app.row(2), "Open").await;
    let in_flight = app.session().engine.borrow().in_flight().count();
    assert_eq!(in_flight, 0);
}

#[wasm_bindgen_test]
async fn malformed_and_non_utf8_messages_do_not_panic() {
    let app = loaded().await;

    // Broken MIME: no boundary parameter, an unterminated part, bad base64,
    // bytes that are UTF-8 in no charset.
    let broken: &[u8] = b"From: \xff\xfe\r\n\
Subject: \xc3\x28 broken \x80\r\n\
Content-Type: multipart/mixed\r\n\
\r\n\
--nowhere\r\n\
Content-Type: text/plain; charset=x-unknown\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
!!!! not base64 \xff\xff\r\n\
--nowhere\r\n\
Content-Type: multipart/alternative; boundary=\r\n\
\r\n\
\xfe\xfe\xfe";
    app.click_in(&app.row(3), "Open").await;
    app.server(&multiline("+OK", broken)).await;
    let view = app.get("[data-testid=\"message-view\"]");
    assert_eq!(view.get_attribute("data-msg").as_deref(), Some("3"));
    for tab in ["headers", "structure", "text", "html", "attachments", "raw"] {
        app.tab(tab).await;
        assert!(
            app.find("[data-testid=\"message-view\"]").is_some(),
            "tab {tab}"
        );
    }
    let raw = app.get(".message-raw").text_content().unwrap_or_default();
    assert!(
        raw.contains('\u{FFFD}'),
        "bytes that are not UTF-8 show as U+FFFD: {raw}"
    );
    assert!(raw.contains("broken"), "{raw}");

    // Not a message at all.
    app.click_in(&app.row(1), "Open").await;
    app.server(&multiline(
        "+OK",
        b"\x00\x01\xff\xfe garbage without any header",
    ))
    .await;
    assert!(
        app.find("[data-testid=\"message-view\"][data-msg=\"1\"]")
            .is_some()
    );
    app.tab("raw").await;
    assert!(
        app.get(".message-raw")
            .text_content()
            .unwrap_or_default()
            .contains("garbage")
    );

    // An empty message.
    let app2 = Mounted::new().await;
    app2.login().await;
    app2.dispatch(Action::Open(1)).await;
    app2.server(b"+OK\r\n.\r\n").await;
    assert!(
        app2.find("[data-testid=\"message-view\"]").is_some(),
        "{}",
        app2.text()
    );
    assert!(
        app2.view_text().contains("(no subject)"),
        "{}",
        app2.view_text()
    );
}

#[wasm_bindgen_test]
async fn indeterminate_progress_without_a_size() {
    let app = Mounted::new().await;
    app.login().await;
    app.dispatch(Action::Open(2)).await;
    app.server(b"+OK\r\nSubject: no LIST was asked\r\n\r\nsome of the body\r\n")
        .await;
    let progress = app.get("progress");
    assert!(!progress.has_attribute("value"), "indeterminate");
    assert!(app.text().contains("received"), "{}", app.text());
    app.server(b"the rest\r\n.\r\n").await;
    assert!(app.find("progress").is_none());
    assert!(app.view_text().contains("no LIST was asked"));
}

#[wasm_bindgen_test]
async fn ten_thousand_messages_render_a_page_at_a_time() {
    let app = Mounted::new().await;
    app.login().await;
    let mut listing = Vec::new();
    for n in 1..=10_000u32 {
        listing.extend_from_slice(format!("{n} {}\n", 1000 + n).as_bytes());
    }
    listing.pop();
    app.dispatch(Action::Send(pop3::types::Command::List { msg: None }))
        .await;
    let started = js_sys::Date::now();
    app.server(&multiline("+OK 10000 messages", &listing)).await;
    let elapsed = js_sys::Date::now() - started;
    assert_eq!(app.session().mailbox().len(), 10_000);
    assert_eq!(app.all("[data-testid=\"message-row\"]").len(), 200);
    assert!(elapsed < 5_000.0, "took {elapsed} ms");
    assert!(
        app.text().contains("Showing 200 of 10000"),
        "{}",
        app.text()
    );

    app.click("Show 200 more").await;
    let rows = app.all("[data-testid=\"message-row\"]");
    assert_eq!(rows.len(), 400);
    assert_eq!(rows[399].get_attribute("data-msg").as_deref(), Some("400"));
    let last = rows[399].text_content().unwrap_or_default();
    assert!(last.contains("1400"), "sizes from LIST: {last}");
}

/// A message with only an HTML part: the text tab shows its text as the
/// browser's parser reads it, one line per block, without the script.
#[wasm_bindgen_test]
async fn html_only_message_gets_a_text_view() {
    let app = loaded().await;
    app.click_in(&app.row(3), "Open").await;
    let body = b"From: a@example.org\r\nSubject: News\r\nMIME-Version: 1.0\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n\
<html><head><style>p { color: red }</style></head><body>\
<h1>Caf&eacute; news</h1><p>First   line,\r\n still first.</p>\
<p>Second<br>Third &amp; last</p><script>window.parent.pwned = 1;</script></body></html>\r\n";
    app.server(&multiline("+OK 300 octets", body)).await;
    let text = app.get(".message-text").text_content().unwrap_or_default();
    assert!(
        text.starts_with("Café news\nFirst line, still first.\nSecond\nThird & last"),
        "{text:?}"
    );
    assert!(
        !text.contains("pwned") && !text.contains("color"),
        "{text:?}"
    );
    assert!(
        app.view_text()
            .contains("this text was made from the HTML part"),
        "{}",
        app.view_text()
    );
}

/// A message over 8 MiB is not read into parts until the reader asks: its
/// summary shows at once, its tabs after the button.
#[wasm_bindgen_test]
async fn a_large_message_is_read_into_parts_on_request() {
    let app = loaded().await;
    app.click_in(&app.row(3), "Open").await;
    let mut body = b"From: Big <big@example.org>\r\nSubject: A large one\r\n\r\n".to_vec();
    while body.len() <= 9 * 1024 * 1024 {
        body.extend_from_slice(b"0123456789 0123456789 0123456789 0123456789 0123456789\r\n");
    }
    app.server(&multiline("+OK", &body)).await;
    // The summary comes from the message reader, after the view.
    for _ in 0..200 {
        if app.view_text().contains("A large one") {
            break;
        }
        settle().await;
    }
    let view = app.view_text();
    assert!(view.contains("A large one"), "{view}");
    assert!(view.contains("waits for you"), "{view}");
    assert!(app.find(".tabs").is_none(), "no parts yet");
    app.click("Show its parts").await;
    assert!(app.find(".tabs").is_some(), "{}", app.view_text());
    assert!(app.view_text().contains("0123456789"));
}

/// What the message reader's worker sends reads back as it was: headers, the
/// MIME tree, texts, an attachment's bytes, problems; and a summary.
#[wasm_bindgen_test]
fn a_read_message_crosses_from_the_worker_unchanged() {
    use pop3_playground::mime::{self, Problem};
    use pop3_playground::mime_worker::{
        parsed_from_js, parsed_to_js, summary_from_js, summary_to_js,
    };
    let message = include_bytes!("fixtures/two-parts.eml");
    let mut parsed = mime::parse(message);
    parsed.problems.push(Problem::Undecodable(2));
    parsed.problems.push(Problem::NoReader("gone".into()));
    assert_eq!(parsed.attachments[0].bytes.len(), 4);
    assert_eq!(parsed_from_js(&parsed_to_js(&parsed).into()), parsed);
    let summary = mime::summarize(message);
    assert_eq!(summary.from.as_deref(), Some("Jürgen"));
    assert_eq!(summary_from_js(&summary_to_js(&summary).into()), summary);
}
