//! The server check's side of its Web Worker (`src/bin/check-worker.rs`): it
//! runs [`Checker`] and renders the report in the reader's language, so that
//! neither the check nor its words weigh on the page's download. The page
//! ([`crate::components::server_check`]) opens the connections the checker
//! asks for, passes on what happens on them, and shows the words it gets back.
//!
//! Messages are arrays whose first item says what they are; the worker says
//! `ready` first ([`crate::services::worker`]). News of a connection comes as
//! `[kind, connection, detail, now]`: `connection` counts the `connect`
//! actions carried out (the worker drops news of one it has left behind, which
//! crossed its `close` on the way), `now` is milliseconds since the run
//! started.
//!
//! | page → worker | |
//! |---|---|
//! | `["start", config, lang, catalogs]` | a new run: `config` is `[user, password, server, security, nonce]`, `catalogs` the language's catalog files in [`crate::i18n::AREAS`] order |
//! | `["catalogs", lang, catalogs]` | the reader switched language: the words again, in it |
//! | `["connected", n, _, now]`, `["tls-started", n, _, now]` | the connection opened; TLS is up |
//! | `["connect-failed", n, reason, now]`, `["closed", n, reason, now]` | the connection failed or ended, in the page's words |
//! | `["feed", n, Uint8Array, now]` | bytes from the server |
//! | `["tick", n, _, now]` | time passed |
//!
//! The worker answers each with `["step", actions, view]`: `actions` are what
//! the checker asks for (`["connect", implicit_tls]`, `["write", Uint8Array]`,
//! `["starttls"]`, `["close"]`, `["done"]`), and `view` is the report in words
//! (`[status, findings, report_text]`, a finding being `[id, verdict, title,
//! detail, rfc, rfc_url]`).

use std::cell::RefCell;

use js_sys::{Array, Uint8Array};
use pop3::check::{Action, Checker, Config, Security};
use wasm_bindgen::JsValue;

use crate::i18n::{self, Lang};
use crate::services::worker::{array, inside};

/// The kinds of message the page sends.
pub mod to_worker {
    /// A new run: `["start", config, lang, catalogs]`.
    pub const START: &str = "start";
    /// The words in another language: `["catalogs", lang, catalogs]`.
    pub const CATALOGS: &str = "catalogs";
    /// The connection is open: `["connected", n, _, now]`.
    pub const CONNECTED: &str = "connected";
    /// It could not open: `["connect-failed", n, reason, now]`.
    pub const CONNECT_FAILED: &str = "connect-failed";
    /// Bytes from the server: `["feed", n, Uint8Array, now]`.
    pub const FEED: &str = "feed";
    /// TLS is up after STLS: `["tls-started", n, _, now]`.
    pub const TLS_STARTED: &str = "tls-started";
    /// The connection ended: `["closed", n, reason, now]`.
    pub const CLOSED: &str = "closed";
    /// Time passed: `["tick", n, _, now]`.
    pub const TICK: &str = "tick";
}

/// The kinds of message the worker sends.
pub mod to_page {
    /// What the checker asks for, and the report: `["step", actions, view]`.
    pub const STEP: &str = "step";
}

/// The kinds of action in a step.
pub mod action {
    /// Open a connection: `["connect", implicit_tls]`.
    pub const CONNECT: &str = "connect";
    /// Write bytes: `["write", Uint8Array]`.
    pub const WRITE: &str = "write";
    /// Start TLS: `["starttls"]`.
    pub const STARTTLS: &str = "starttls";
    /// Drop the connection: `["close"]`.
    pub const CLOSE: &str = "close";
    /// The check is over: `["done"]`.
    pub const DONE: &str = "done";
}

/// The security of a check's connections, as the page names it.
pub fn security_name(security: Security) -> &'static str {
    match security {
        Security::Plain => "plain",
        Security::Stls => "stls",
        Security::Implicit => "implicit",
    }
}

fn security_of(name: &str) -> Security {
    match name {
        "stls" => Security::Stls,
        "implicit" => Security::Implicit,
        _ => Security::Plain,
    }
}

/// A run: the checker, and how many connections it has asked for.
struct Run {
    checker: Checker,
    connections: u32,
}

thread_local! {
    static RUN: RefCell<Option<Run>> = const { RefCell::new(None) };
}

/// The worker's entry point: runs checks for the page until the page goes.
pub fn run() {
    inside::serve(handle);
}

/// Installs a language's catalogs, sent as an array of texts, and renders in it.
fn use_catalogs(lang: &JsValue, catalogs: &JsValue) {
    let lang = Lang::parse(&lang.as_string().unwrap_or_default()).unwrap_or(Lang::En);
    let sources: Vec<String> = array(catalogs)
        .iter()
        .map(|s| s.as_string().unwrap_or_default())
        .collect();
    i18n::install(lang, &sources);
    i18n::set_current(lang);
}

fn handle(message: &Array) {
    let kind = message.get(0).as_string().unwrap_or_default();
    let connection = message.get(1).as_f64().unwrap_or_default() as u32;
    let now = message.get(3).as_f64().unwrap_or_default() as u64;
    let text = || message.get(2).as_string().unwrap_or_default();
    RUN.with(|cell| {
        let mut slot = cell.borrow_mut();
        if kind == to_worker::START {
            let config = array(&message.get(1));
            let field = |i: u32| config.get(i).as_string().unwrap_or_default();
            let mut settings = Config::new(field(0), field(1));
            settings.server = field(2);
            settings.security = security_of(&field(3));
            settings.nonce = field(4);
            use_catalogs(&message.get(2), &message.get(3));
            *slot = Some(Run {
                checker: Checker::new(settings),
                connections: 0,
            });
        } else if kind == to_worker::CATALOGS {
            use_catalogs(&message.get(1), &message.get(2));
        }
        let Some(run) = slot.as_mut() else {
            return;
        };
        let current = connection == run.connections;
        let checker = &mut run.checker;
        match kind.as_str() {
            to_worker::START | to_worker::CATALOGS => {}
            to_worker::TICK => checker.handle_timeout(now),
            _ if !current => return,
            to_worker::CONNECTED => checker.connected(now),
            to_worker::CONNECT_FAILED => checker.connect_failed(&text(), now),
            to_worker::FEED => checker.feed(&Uint8Array::new(&message.get(2)).to_vec(), now),
            to_worker::TLS_STARTED => checker.tls_started(now),
            to_worker::CLOSED => checker.connection_closed(Some(&text()), now),
            _ => {}
        }
        let actions = actions(run);
        let view = view(&run.checker);
        inside::post(&[to_page::STEP.into(), actions.into(), view.into()]);
    });
}

fn actions(run: &mut Run) -> Array {
    let out = Array::new();
    while let Some(action) = run.checker.poll_action() {
        let item = match action {
            Action::Connect { implicit_tls, .. } => {
                run.connections += 1;
                Array::of2(&action::CONNECT.into(), &implicit_tls.into())
            }
            Action::Write(bytes) => {
                Array::of2(&action::WRITE.into(), &Uint8Array::from(bytes.as_slice()))
            }
            Action::StartTls => Array::of1(&action::STARTTLS.into()),
            Action::Close => Array::of1(&action::CLOSE.into()),
            Action::Done => Array::of1(&action::DONE.into()),
        };
        out.push(&item);
    }
    out
}

fn view(checker: &Checker) -> Array {
    let report = checker.report();
    let status = i18n::check::status(&checker.status(), &report);
    let findings: Array = report
        .findings
        .iter()
        .map(|f| -> JsValue {
            let (rfc, url) = f
                .rfc
                .as_ref()
                .map_or((JsValue::UNDEFINED, JsValue::UNDEFINED), |r| {
                    (r.to_string().into(), r.url().into())
                });
            [
                f.id.as_str().into(),
                f.verdict.as_str().into(),
                i18n::check::title(&f.probe).into(),
                i18n::check::detail(&f.detail).into(),
                rfc,
                url,
            ]
            .into_iter()
            .collect::<Array>()
            .into()
        })
        .collect();
    let report_text = if report.findings.is_empty() {
        JsValue::UNDEFINED
    } else {
        i18n::check::report_text(&report).into()
    };
    Array::of3(&status.into(), &findings, &report_text)
}
