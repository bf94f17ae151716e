//! Exports in a real browser: the C:/S: text log (and its re-import), the JSON
//! round trip, the share link, the SVG sequence diagram and the two panels.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use pop3::annotate::Say;
use pop3::annotate::{Annotation, Severity, rfc};
use pop3::types::State;
use pop3_playground::components::diagram::SequenceDiagram;
use pop3_playground::components::export::ExportPanel;
use pop3_playground::export::{
    DIAGRAM_LIMIT, intern_section, parse_json, parse_share, proxy_allowed, sequence_svg,
    share_fragment, share_link, transcript_json, transcript_text, url_decode, url_encode,
};
use pop3_playground::hooks::SessionHandle;
use pop3_playground::state::{
    Action, Body, Dir, Entry, Fact, ReplyStatus, Security, Session, Settings, TlsUp, Trust,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::Reducible;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const LOG: &str = "S: +OK POP3 server ready <1896.697170952@dbc.mit.edu>
C: USER mrose
S: +OK mrose is a real hoopy frood
C: PASS tanstaaf
S: +OK mrose's maildrop has 2 messages (320 octets)
C: STAT
S: +OK 2 320
C: LIST
S: +OK 2 messages (320 octets)
S: 1 120
S: 2 200
S: .
C: RETR 1
S: +OK 120 octets
S: From: a@example.org
S: Subject: dots
S:
S: ..leading dot
S: ...two dots
S: .
C: QUIT
S: +OK dewey POP3 server signing off
";

/// A session after replaying `text` (offline, clock at 0).
fn imported(text: &str) -> Rc<Session> {
    Rc::new(Session::new(|| 0.0)).reduce(Action::Import(text.to_owned()))
}

fn entries(session: &Session) -> Vec<Entry> {
    session.transcript.borrow().entries().to_vec()
}

/// Client and server entries as (dir, raw, body) for comparison.
fn wire(entries: &[Entry]) -> Vec<(Dir, Vec<u8>, Option<Vec<u8>>)> {
    entries
        .iter()
        .filter(|e| e.dir() != Dir::Proxy)
        .map(|e| {
            (
                e.dir(),
                e.raw.clone(),
                e.body.as_ref().map(|b| b.bytes.to_vec()),
            )
        })
        .collect()
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[wasm_bindgen_test]
fn text_export_lines_stuffing_and_masking() {
    let session = imported(LOG);
    let original = entries(&session);
    let text = transcript_text(&original, false);
    assert!(text.contains("C: USER mrose\n"), "{text}");
    assert!(text.contains("C: PASS ********\n"), "{text}");
    assert!(!text.contains("tanstaaf"), "masked by default: {text}");
    assert!(text.contains("S: +OK 2 320\n"), "{text}");
    // Bodies as on the wire: dot-stuffed again, blank line kept, terminator.
    assert!(
        text.contains("S: Subject: dots\nS:\nS: ..leading dot\nS: ...two dots\nS: .\n"),
        "{text}"
    );
    assert!(text.contains("S: 1 120\nS: 2 200\nS: .\n"), "{text}");
    // Proxy notes and state changes are comments.
    assert!(text.contains("# proxy: Imported"), "{text}");
    assert!(
        text.contains("# state: AUTHORIZATION → TRANSACTION"),
        "{text}"
    );
    for line in text.lines() {
        assert!(
            line.starts_with("C:") || line.starts_with("S:") || line.starts_with('#'),
            "unexpected line {line:?}"
        );
    }

    // Re-imported, the same client and server lines (and bodies) come back.
    let again = imported(&text);
    assert_eq!(wire(&entries(&again)), wire(&original));
    // …with the same annotations.
    let summaries = |e: &[Entry]| -> Vec<pop3::annotate::Say> {
        e.iter()
            .filter(|e| e.dir() != Dir::Proxy)
            .map(|e| e.annotation.as_ref().unwrap().summary.clone())
            .collect()
    };
    assert_eq!(summaries(&entries(&again)), summaries(&original));

    // Asked for, the secret is in the export.
    let revealed = transcript_text(&original, true);
    assert!(revealed.contains("C: PASS tanstaaf\n"), "{revealed}");
}

#[wasm_bindgen_test]
fn text_export_of_odd_lines() {
    let entries = vec![
        entry(reply(), b"+OK hi\r\n"),
        Entry {
            body: Some(Body {
                bytes: Rc::new(b".\r\nx\r\n".to_vec()),
                lines: 2,
                wire_len: 0,
                undoubled: Vec::new(),
            }),
            ..entry(reply(), b"+OK body\r\n")
        },
        Entry {
            body: Some(Body {
                bytes: Rc::new(Vec::new()),
                lines: 0,
                wire_len: 0,
                undoubled: Vec::new(),
            }),
            ..entry(reply(), b"+OK empty\r\n")
        },
        entry(Fact::Legacy { dir: Dir::Proxy }, b"two\nlines"),
    ];
    let text = transcript_text(&entries, false);
    assert!(
        text.ends_with(
            "S: +OK hi\nS: +OK body\nS: ..\nS: x\nS: .\nS: +OK empty\nS: .\n# proxy: two lines\n"
        ),
        "{text}"
    );
}

fn entry(fact: Fact, raw: &[u8]) -> Entry {
    Entry {
        raw: raw.to_vec(),
        ..Entry::new(fact, 0.0)
    }
}

fn reply() -> Fact {
    Fact::Reply {
        status: ReplyStatus::Ok,
        code: None,
        answers: None,
    }
}

/// Imported entries plus hand-made ones with everything a file may hold.
fn rich_entries() -> Vec<Entry> {
    let mut all = entries(&imported(LOG));
    let mut annotation = Annotation::new(
        Say::ReplyRetr { msg: 1, octets: 4 },
        Some(rfc(1939, "9.9.9")),
    );
    annotation.topic = Some("RETR".into());
    annotation.note(
        Severity::Violation,
        Say::NoteUidChars {
            uid: "\u{e9}".into(),
        },
        Some(rfc(2449, "6.9")),
    );
    annotation.note(Severity::Warning, Say::NoteUnknownCommand, None);
    all.push(Entry {
        at_ms: 1234.5,
        rtt_ms: Some(3.25),
        body: Some(Body {
            bytes: Rc::new(vec![0xff, b'a', b'\r', b'\n']),
            lines: 1,
            wire_len: 9,
            undoubled: Vec::new(),
        }),
        annotation: Some(annotation),
        ..entry(reply(), &[b'+', b'O', b'K', b' ', 0xe9, 0x00, b'\r', b'\n'])
    });
    all.push(entry(
        Fact::StateChanged {
            from: State::Transaction,
            to: State::Update,
        },
        b"",
    ));
    for (i, e) in all.iter_mut().enumerate() {
        e.id = i;
    }
    all
}

#[wasm_bindgen_test]
fn json_round_trip() {
    let original = rich_entries();
    let settings = Settings {
        host: "pop.example.org".into(),
        port: 995,
        security: Security::Implicit,
        pin_sha256: Some("ab".repeat(32)),
        ..Settings::default()
    };
    assert!(original.iter().any(|e| e.secret.is_some()));

    // With secrets: exactly equal.
    let json = transcript_json(&settings, &original, true);
    assert!(
        json.contains("\"format\": \"pop3-playground-transcript\""),
        "{json}"
    );
    assert!(json.contains("tanstaaf"));
    let saved = parse_json(&json).expect("reads back");
    assert_eq!(saved.entries, original);
    let s = saved.settings.expect("settings saved");
    assert_eq!(
        (s.host.as_str(), s.port, s.security.as_str()),
        ("pop.example.org", 995, "implicit")
    );
    assert_eq!(s.pin_sha256, settings.pin_sha256);

    // Masked: equal but for the secrets, which are not in the file.
    let json = transcript_json(&settings, &original, false);
    assert!(!json.contains("tanstaaf"), "{json}");
    assert!(json.contains("PASS ********"));
    let saved = parse_json(&json).expect("reads back");
    let without: Vec<Entry> = original
        .iter()
        .cloned()
        .map(|e| {
            // The file holds each command as masked: its secret is not there.
            let fact = match &e.fact {
                Fact::Command { command: Some(c) } => Fact::Command {
                    command: Some(pop3::types::Command::parse_lenient(&c.to_masked_line())),
                },
                other => other.clone(),
            };
            Entry {
                secret: None,
                fact,
                ..e
            }
        })
        .collect();
    assert_eq!(saved.entries, without);
    // Non-UTF-8 bytes: readable text plus exact base64.
    assert!(json.contains("\"raw_base64\""));
    assert!(json.contains("\"base64\""));

    // Restore shows exactly those entries.
    let restored = Rc::new(Session::new(|| 0.0)).reduce(Action::Restore(saved.entries));
    assert_eq!(entries(&restored), without);

    // Unknown sections are interned, not leaked again; silly ones are dropped.
    let a = intern_section("9.9.9");
    assert!(std::ptr::eq(a, intern_section("9.9.9")));
    assert!(std::ptr::eq(intern_section("5"), intern_section("5")));
    assert_eq!(intern_section("<script>"), "");

    // Bad input says why.
    assert!(parse_json("{}").is_err());
    assert!(
        parse_json(r#"{"format":"other","version":1,"entries":[]}"#)
            .unwrap_err()
            .contains("format")
    );
    assert!(
        parse_json(r#"{"format":"pop3-playground-transcript","version":1,"entries":[{"at_ms":0,"dir":"moon","raw":""}]}"#)
            .unwrap_err()
            .contains("moon")
    );
}

#[wasm_bindgen_test]
fn share_link_round_trip_without_secrets() {
    let settings = Settings {
        proxy_url: "wss://relay.example.org/ws".into(),
        host: "pop.example.org".into(),
        port: 995,
        security: Security::Implicit,
        pin_sha256: Some("cd".repeat(32)),
        ..Settings::default()
    };
    let fragment = share_fragment(&settings, "ws://127.0.0.1:8110/ws");
    assert_eq!(
        fragment,
        "#host=pop.example.org&port=995&security=implicit&proxy=wss%3A%2F%2Frelay.example.org%2Fws"
    );
    assert!(!fragment.contains("cdcd"), "no pin in links");
    let shared = parse_share(&fragment);
    let base = Settings::default();
    let back = shared.apply(&base);
    assert_eq!(back.host, settings.host);
    assert_eq!(back.port, settings.port);
    assert_eq!(back.security, settings.security);
    assert_eq!(back.proxy_url, settings.proxy_url);
    assert_eq!(back.pin_sha256, None);

    // The default proxy is left out; the page's address is kept, its fragment not.
    let link = share_link(
        "http://127.0.0.1:8110/?x=1#old",
        &Settings {
            proxy_url: "ws://127.0.0.1:8110/ws".into(),
            ..settings.clone()
        },
        "ws://127.0.0.1:8110/ws",
    );
    assert_eq!(
        link,
        "http://127.0.0.1:8110/#host=pop.example.org&port=995&security=implicit"
    );

    // Whatever a hand-made link holds, only the four settings are read.
    let shared = parse_share(
        "http://x/?host=a.example&password=hunter2&user=bob#port=110&security=stls&pin_sha256=00",
    );
    assert_eq!(shared.host.as_deref(), Some("a.example"));
    assert_eq!(shared.port, Some(110));
    assert_eq!(shared.security, Some(Security::Stls));
    assert!(!format!("{shared:?}").contains("hunter2"));
    // Invalid values are ignored.
    let shared = parse_share("#host=a%20b&port=99999&security=maybe&proxy=javascript:alert(1)");
    assert!(shared.is_empty(), "{shared:?}");
    assert!(parse_share("http://127.0.0.1:8110/").is_empty());

    // Only a local proxy, or the page's own host, is taken from a link.
    assert!(proxy_allowed("ws://127.0.0.1:8110/ws", "example.org"));
    assert!(proxy_allowed("wss://example.org/ws", "example.org"));
    assert!(!proxy_allowed("wss://evil.example/ws", "example.org"));

    assert_eq!(
        url_decode(&url_encode("a b&c=d/é")).as_deref(),
        Some("a b&c=d/é")
    );
}

/// Parses SVG text as XML in the browser; the number of `g.msg` groups, or -1
/// when it is not a well-formed SVG document.
fn parse_svg(svg: &str) -> i32 {
    let f = js_sys::Function::new_with_args(
        "s",
        "const d = new DOMParser().parseFromString(s, 'image/svg+xml');
         if (d.getElementsByTagName('parsererror').length || d.documentElement.localName !== 'svg'
             || d.documentElement.namespaceURI !== 'http://www.w3.org/2000/svg'
             || d.getElementsByTagName('script').length) return -1;
         return d.querySelectorAll('g.msg').length;",
    );
    f.call1(&wasm_bindgen::JsValue::NULL, &svg.into())
        .unwrap()
        .as_f64()
        .unwrap() as i32
}

#[wasm_bindgen_test]
fn sequence_diagram_svg() {
    let mut all = entries(&imported(LOG));
    all.push(entry(
        Fact::TlsUp(TlsUp {
            version: Some("TLSv1.3".into()),
            trust: Trust::Verified,
        }),
        b"",
    ));
    all.push(entry(
        Fact::Reply {
            status: ReplyStatus::Err,
            code: None,
            answers: None,
        },
        b"-ERR <script>alert(1)</script> & \"quotes\" \x01\x7f\r\n",
    ));
    let svg = sequence_svg(&all);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(count(&svg, "class=\"lane\""), 3);
    for lane in ["client", "proxy", "server"] {
        assert!(svg.contains(&format!("data-lane=\"{lane}\"")));
    }
    assert_eq!(count(&svg, "<g class=\"msg\""), all.len());
    assert_eq!(count(&svg, "class=\"arrow\""), all.len());
    assert_eq!(
        count(&svg, "data-dir=\"client\""),
        all.iter().filter(|e| e.dir() == Dir::Client).count()
    );
    // Escaped, never markup.
    assert!(!svg.contains("<script"), "{svg}");
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    assert!(!svg.contains('\u{1}'));
    // The TLS upgrade and the states.
    assert_eq!(count(&svg, "class=\"tls\""), 1);
    assert!(svg.contains("data-state=\"AUTHORIZATION\""));
    assert!(svg.contains("data-state=\"TRANSACTION\""));
    assert!(svg.contains("data-state=\"UPDATE\""));
    // No secret, even though the entry holds one.
    assert!(!svg.contains("tanstaaf"));
    // Standalone and well-formed.
    assert!(!svg.contains("class=\"tx-"), "no app CSS needed");
    assert_eq!(parse_svg(&svg), all.len() as i32);

    // A long session: the last DIAGRAM_LIMIT entries, with a note.
    let long: Vec<Entry> = (0..DIAGRAM_LIMIT + 50)
        .map(|i| {
            entry(
                if i % 2 == 0 {
                    Fact::Command { command: None }
                } else {
                    reply()
                },
                format!("NOOP {i} {}\r\n", "x".repeat(200)).as_bytes(),
            )
        })
        .collect();
    let svg = sequence_svg(&long);
    assert_eq!(count(&svg, "<g class=\"msg\""), DIAGRAM_LIMIT);
    assert!(svg.contains("Showing the last 200 of 250 entries"));
    // Labels are cut at 70 characters (tooltips at 300).
    assert!(
        svg.contains(&format!(">NOOP 249 {}…</text>", "x".repeat(61))),
        "{svg}"
    );
    assert!(!svg.contains(&"x".repeat(300)));
    assert_eq!(parse_svg(&svg), DIAGRAM_LIMIT as i32);
}

// ---------------------------------------------------------------------------------
// The panels, mounted.

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
}

#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let session = use_reducer(|| Session::new(|| 0.0));
    *props.slot.0.borrow_mut() = Some(session.clone());
    html! {
        <ContextProvider<SessionHandle> context={session}>
            <ExportPanel />
            <SequenceDiagram />
        </ContextProvider<SessionHandle>>
    }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

#[wasm_bindgen_test]
async fn panels_show_the_export_and_the_diagram() {
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let slot = Slot::default();
    let handle = yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps { slot: slot.clone() },
    )
    .render();
    settle().await;
    let session = slot.0.borrow().clone().unwrap();
    session.dispatch(Action::Import(LOG.into()));
    settle().await;

    // Closed, nothing is built.
    assert!(
        root.query_selector("[data-testid=export-text]")
            .unwrap()
            .is_none()
    );
    assert!(
        root.query_selector("[data-testid=sequence-diagram] svg")
            .unwrap()
            .is_none()
    );

    for details in ["details.export", "details.diagram"] {
        let el = root.query_selector(details).unwrap().unwrap();
        el.set_attribute("open", "").unwrap();
    }
    settle().await;

    let area = root
        .query_selector("[data-testid=export-text]")
        .unwrap()
        .expect("the export text once open")
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    assert_eq!(area.value(), transcript_text(&entries(&session), false));
    let link = root
        .query_selector("[data-testid=share-link]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        link.contains("#host=127.0.0.1&port=1110&security=none"),
        "{link}"
    );

    let svg = root
        .query_selector("[data-testid=sequence-diagram] svg")
        .unwrap()
        .expect("the diagram once open");
    assert_eq!(
        svg.query_selector_all("g.msg").unwrap().length() as usize,
        session.transcript.borrow().len()
    );
    assert!(
        root.query_selector("[data-testid=diagram-export]")
            .unwrap()
            .is_some()
    );

    // New entries redraw it.
    session.dispatch(Action::Restore(rich_entries()));
    settle().await;
    let svg = root
        .query_selector("[data-testid=sequence-diagram] svg")
        .unwrap()
        .unwrap();
    assert_eq!(
        svg.query_selector_all("g.msg").unwrap().length() as usize,
        rich_entries().len()
    );

    handle.destroy();
    root.remove();
}
