//! The server check panel: a report card for the server in the connection
//! settings. The check itself, [`pop3::check::Checker`], runs in a Web Worker
//! ([`crate::check_worker`]) that also puts its report into words; this panel
//! opens the links it asks for (one per checker session, so the main session
//! and its transcript are left alone), passes on what happens on them, and
//! shows what the worker says.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Interval;
use js_sys::{Array, Uint8Array};
use pop3::check::Security as CheckSecurity;
use pop3::wire::{ErrorCode, TlsFailure};
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::check_worker::{action, security_name, to_page, to_worker};
use crate::hooks::use_session;
use crate::i18n::{self, t, text, tr};
use crate::services::link::LinkEvent;
use crate::services::route::{self, AnyLink, Opening};
use crate::services::worker::{WorkerPort, array};
use crate::state::{Closer, Fact, ProxyKind, ProxyPresence, Security, Settings, Transport};

/// The check's worker script (Trunk's loader for `src/bin/check-worker.rs`),
/// beside the page.
const WORKER_URL: &str = "./check-worker_loader.js";

/// The report as the worker put it into words.
#[derive(Default)]
struct View {
    status: String,
    findings: Vec<Row>,
    /// The text export, once there are findings.
    report_text: Option<String>,
}

/// One finding, in words.
struct Row {
    id: String,
    /// `PASS`, `WARN`, `FAIL` or `SKIP`: a code, as it is.
    verdict: String,
    title: String,
    detail: String,
    /// The rule, and its link.
    rfc: Option<(String, String)>,
}

impl View {
    fn from_js(view: &JsValue) -> View {
        let view = array(view);
        let text = |a: &Array, i: u32| a.get(i).as_string().unwrap_or_default();
        let findings = array(&view.get(1))
            .iter()
            .map(|f| {
                let f = array(&f);
                Row {
                    id: text(&f, 0),
                    verdict: text(&f, 1),
                    title: text(&f, 2),
                    detail: text(&f, 3),
                    rfc: f.get(4).as_string().map(|rfc| (rfc, text(&f, 5))),
                }
            })
            .collect();
        View {
            status: text(&view, 0),
            findings,
            report_text: view.get(2).as_string(),
        }
    }
}

/// One run of the check.
struct Run {
    settings: Settings,
    /// Whether a proxy answers beside the page.
    proxy: ProxyPresence,
    started: f64,
    /// The checker's worker; the run's checks end with it.
    worker: Option<WorkerPort>,
    /// The link of the current checker session, and its number.
    socket: Option<AnyLink>,
    socket_id: u32,
    connected: bool,
    /// Closed sockets, dropped later: a socket must not be dropped inside one of
    /// its own callbacks.
    graveyard: Vec<AnyLink>,
    finished: bool,
    view: View,
    /// Wakes the component after a change.
    redraw: Callback<()>,
    /// Runs timeouts and clears the graveyard; kept until the next run.
    _timer: Option<Interval>,
}

impl Run {
    fn now(&self) -> f64 {
        (js_sys::Date::now() - self.started).max(0.0).floor()
    }

    fn pin(&self) -> Option<String> {
        self.settings.pin_sha256.clone()
    }

    /// Tells the worker something about the current connection, with the
    /// time: `[kind, connection, detail, now]`. The connection's number lets
    /// the worker drop news of one it has already left behind.
    fn tell(&self, kind: &str, detail: JsValue) {
        if let Some(worker) = &self.worker {
            worker.post(&[
                kind.into(),
                self.socket_id.into(),
                detail,
                self.now().into(),
            ]);
        }
    }

    /// A step from the worker: the report in words, and the actions to carry
    /// out (none once the run is over: then only the words change, as when
    /// the reader switches language).
    fn step(&mut self, me: &Weak<RefCell<Option<Run>>>, message: &Array) {
        if message.get(0).as_string().as_deref() != Some(to_page::STEP) {
            return;
        }
        self.view = View::from_js(&message.get(2));
        if self.finished {
            return;
        }
        for item in array(&message.get(1)).iter() {
            let item = array(&item);
            match item.get(0).as_string().as_deref() {
                Some(action::CONNECT) => self.open(me),
                Some(action::WRITE) => {
                    if let Some(socket) = &self.socket {
                        socket.send(&Uint8Array::new(&item.get(1)).to_vec());
                    }
                }
                Some(action::STARTTLS) => {
                    if let Some(socket) = &self.socket {
                        socket.start_tls(self.pin());
                    }
                }
                Some(action::CLOSE) => self.bury(),
                Some(action::DONE) => {
                    self.bury();
                    self.finished = true;
                }
                _ => {}
            }
        }
    }

    /// The worker failed: the run ends, saying why.
    fn failed(&mut self, reason: &str) {
        self.bury();
        self.finished = true;
        self.worker = None;
        self.view.status = tr("ui-check-no-worker", &[("reason", text(reason))]);
    }

    fn bury(&mut self) {
        if let Some(socket) = self.socket.take() {
            socket.close();
            self.graveyard.push(socket);
        }
        self.connected = false;
    }

    fn open(&mut self, me: &Weak<RefCell<Option<Run>>>) {
        self.bury();
        self.socket_id += 1;
        let id = self.socket_id;
        let me = me.clone();
        let report = move |event: LinkEvent| {
            let Some(cell) = me.upgrade() else {
                return;
            };
            let mut guard = cell.borrow_mut();
            let Some(run) = guard.as_mut() else {
                return;
            };
            if run.socket_id != id || run.finished {
                return;
            }
            run.on_link(event);
        };
        match route::open(&self.settings, self.proxy, report) {
            Opening::Link(socket) => self.socket = Some(socket),
            Opening::NoProxy => {
                self.tell(to_worker::CONNECT_FAILED, t("fact-no-proxy").into());
            }
            Opening::Failed(e) => self.tell(to_worker::CONNECT_FAILED, e.into()),
        }
    }

    fn on_link(&mut self, event: LinkEvent) {
        match event {
            LinkEvent::Open { .. } => {
                self.connected = true;
                self.tell(to_worker::CONNECTED, JsValue::UNDEFINED);
            }
            LinkEvent::Bytes(bytes) => {
                let bytes = Uint8Array::from(bytes.as_slice());
                self.tell(to_worker::FEED, bytes.into());
            }
            LinkEvent::TlsStarted(_) => self.tell(to_worker::TLS_STARTED, JsValue::UNDEFINED),
            LinkEvent::Error {
                code,
                message,
                cause,
                ..
            } => {
                self.lost(&link_error(code, message, cause));
            }
            LinkEvent::Closed { by, reason, code } => {
                self.lost(&link_closed(by, reason, code));
            }
            LinkEvent::Dialling { .. } | LinkEvent::Unreadable { .. } => {}
        }
    }

    /// The connection ended or failed; the first report counts.
    fn lost(&mut self, reason: &str) {
        if self.socket.is_none() {
            return;
        }
        let kind = if self.connected {
            to_worker::CLOSED
        } else {
            to_worker::CONNECT_FAILED
        };
        self.tell(kind, reason.into());
        self.bury();
    }

    fn tick(&mut self) {
        self.graveyard.clear();
        if !self.finished {
            self.tell(to_worker::TICK, JsValue::UNDEFINED);
        }
    }
}

thread_local! {
    /// The page's check run, if one was started.
    static RUN: Rc<RefCell<Option<Run>>> = Rc::new(RefCell::new(None));
    /// The user and password in the form (in memory only, never stored).
    static FORM: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

/// Starts a run's worker; its steps and its failure go to the run.
fn start_worker(me: &Weak<RefCell<Option<Run>>>) -> Result<WorkerPort, String> {
    let step = me.clone();
    let failed = me.clone();
    // Each callback does its part with the run borrowed, then redraws after.
    let with_run = |me: &Weak<RefCell<Option<Run>>>, f: &dyn Fn(&mut Run)| {
        let Some(cell) = me.upgrade() else {
            return;
        };
        let redraw = {
            let mut guard = cell.borrow_mut();
            let Some(run) = guard.as_mut() else {
                return;
            };
            f(run);
            run.redraw.clone()
        };
        redraw.emit(());
    };
    WorkerPort::start(
        WORKER_URL,
        move |message| with_run(&step, &|run: &mut Run| run.step(&step, message)),
        move |reason| with_run(&failed, &|run: &mut Run| run.failed(&reason)),
    )
}

/// The current language's catalogs, for the worker: `[lang, [texts…]]`.
fn catalogs() -> (JsValue, JsValue) {
    let lang = i18n::current();
    let texts: Array = i18n::sources(lang)
        .unwrap_or_default()
        .iter()
        .map(|s| JsValue::from(s.as_str()))
        .collect();
    (lang.code().into(), texts.into())
}

/// A proxy error, in the app's words, for the report (which shows it as it is).
fn link_error(code: ErrorCode, message: String, cause: Option<TlsFailure>) -> String {
    let fallback = message.clone();
    i18n::fact(&Fact::LinkError {
        code,
        message,
        cause,
    })
    .unwrap_or(fallback)
}

/// The end of a link, in the app's words, for the report.
fn link_closed(by: Closer, reason: String, code: Option<u16>) -> String {
    let fallback = reason.clone();
    i18n::fact(&Fact::Closed { by, reason, code }).unwrap_or(fallback)
}

fn badge(verdict: &str) -> Html {
    let class = match verdict {
        "PASS" => "pass",
        "WARN" => "warn",
        "FAIL" => "fail",
        _ => "skip",
    };
    html! { <span class={classes!("check-badge", class)}>{ verdict }</span> }
}

fn findings_table(view: &View) -> Html {
    html! {
        <table class="check-findings">
            <thead><tr>
                <th>{ t("ui-check-col-result") }</th>
                <th>{ t("ui-check-col-probe") }</th>
                <th>{ t("ui-check-col-seen") }</th>
                <th>{ t("ui-check-col-rfc") }</th>
            </tr></thead>
            <tbody>
                { for view.findings.iter().map(|f| html! {
                    <tr data-testid="check-finding" data-id={f.id.clone()} data-verdict={f.verdict.clone()}>
                        <td>{ badge(&f.verdict) }</td>
                        <td>{ &f.title }</td>
                        <td class="small">{ &f.detail }</td>
                        <td class="small">
                            if let Some((rfc, url)) = &f.rfc {
                                <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ rfc }</a>
                            }
                        </td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The server check panel.
#[function_component(ServerCheck)]
pub fn server_check() -> Html {
    let session = use_session();
    // Kept with the run, so that a language switch (which mounts the panel
    // again) clears nothing the reader typed.
    let user = use_state(|| FORM.with(|f| f.borrow().0.clone()));
    let password = use_state(|| FORM.with(|f| f.borrow().1.clone()));
    let show_export = use_state(|| false);
    // The run outlives the panel: switching language mounts the panel again,
    // and the report stays, in the new words.
    let run = RUN.with(Rc::clone);
    let redraw = use_force_update();
    {
        let run = run.clone();
        let redraw = redraw.clone();
        use_effect_with((), move |()| {
            if let Some(r) = run.borrow_mut().as_mut() {
                r.redraw = Callback::from(move |()| redraw.force_update());
            }
        });
    }

    let on_user = {
        let user = user.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            FORM.with(|f| f.borrow_mut().0.clone_from(&value));
            user.set(value);
        })
    };
    let on_password = {
        let password = password.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            FORM.with(|f| f.borrow_mut().1.clone_from(&value));
            password.set(value);
        })
    };

    let on_run = {
        let run = run.clone();
        let settings = session.settings.clone();
        let proxy = session.proxy;
        let user = user.clone();
        let password = password.clone();
        let redraw = redraw.clone();
        let show_export = show_export.clone();
        Callback::from(move |_: MouseEvent| {
            if user.is_empty() || password.is_empty() {
                return;
            }
            show_export.set(false);
            let server = tr(
                "ui-check-server",
                &[
                    ("host", text(settings.host.as_str())),
                    ("port", text(settings.port.to_string())),
                    ("user", text((*user).clone())),
                ],
            );
            let security = match settings.security {
                Security::None => CheckSecurity::Plain,
                // websockify carries no `starttls` control message.
                Security::Stls if settings.proxy_kind == ProxyKind::Websockify => {
                    CheckSecurity::Plain
                }
                Security::Stls => CheckSecurity::Stls,
                Security::Implicit => CheckSecurity::Implicit,
            };
            // SCRAM needs unpredictable nonces; without the browser's crypto the
            // check does not start rather than use a weaker source.
            let Some(nonce) = crate::services::browser::nonce() else {
                gloo::console::warn!("no crypto.getRandomValues: the server check needs it");
                return;
            };
            // The old run (its worker, sockets and timer) ends here, outside any
            // callback of its own.
            run.borrow_mut().take();
            let weak = Rc::downgrade(&run);
            let timer = {
                let weak = weak.clone();
                Interval::new(500, move || {
                    let Some(cell) = weak.upgrade() else {
                        return;
                    };
                    if let Some(run) = cell.borrow_mut().as_mut()
                        && (!run.finished || !run.graveyard.is_empty())
                    {
                        run.tick();
                    }
                })
            };
            let redraw_later = redraw.clone();
            let (worker, failure) = match start_worker(&weak) {
                Ok(worker) => (Some(worker), None),
                Err(reason) => (None, Some(reason)),
            };
            *run.borrow_mut() = Some(Run {
                settings: settings.clone(),
                proxy,
                started: js_sys::Date::now(),
                worker,
                socket: None,
                socket_id: 0,
                connected: false,
                graveyard: Vec::new(),
                finished: false,
                view: View::default(),
                redraw: Callback::from(move |()| redraw_later.force_update()),
                _timer: Some(timer),
            });
            if let Some(r) = run.borrow_mut().as_mut() {
                if let Some(reason) = failure {
                    r.failed(&reason);
                } else if let Some(worker) = &r.worker {
                    let config: Array = [
                        (*user).clone(),
                        (*password).clone(),
                        server,
                        security_name(security).to_owned(),
                        nonce,
                    ]
                    .iter()
                    .map(|s| JsValue::from(s.as_str()))
                    .collect();
                    let (lang, texts) = catalogs();
                    worker.post(&[to_worker::START.into(), config.into(), lang, texts]);
                }
            }
            redraw.force_update();
        })
    };

    // The reader switched language: the worker says it all again in it.
    {
        let run = run.clone();
        use_effect_with(i18n::current(), move |_| {
            if let Some(Some(worker)) = run.borrow().as_ref().map(|r| r.worker.as_ref()) {
                let (lang, texts) = catalogs();
                worker.post(&[to_worker::CATALOGS.into(), lang, texts]);
            }
        });
    }

    let run_ref = run.borrow();
    let (running, view) = match run_ref.as_ref() {
        Some(r) => (!r.finished, Some(&r.view)),
        None => (false, None),
    };
    let on_export = {
        let show_export = show_export.clone();
        Callback::from(move |_: MouseEvent| show_export.set(!*show_export))
    };
    let settings = &session.settings;
    let can_run = !running && !user.is_empty() && !password.is_empty();

    html! {
        <section class="panel server-check" data-testid="server-check" aria-labelledby="check-title">
            <h2 id="check-title">{ t("ui-check-title") }</h2>
            <p class="small">
                { tr("ui-check-intro", &[
                    ("host", text(settings.host.as_str())),
                    ("port", text(settings.port.to_string())),
                    ("security", text(settings.security.as_str())),
                ]) }
            </p>
            <div class="check-form">
                <label>{ t("ui-check-user") }{ " " }
                    <input data-testid="check-user" value={(*user).clone()} oninput={on_user}
                        autocomplete="username" disabled={running} />
                </label>
                <label>{ t("ui-check-password") }{ " " }
                    <input data-testid="check-password" type="password" value={(*password).clone()}
                        oninput={on_password} autocomplete="current-password" disabled={running} />
                </label>
                <button data-testid="check-run" onclick={on_run} disabled={!can_run}>
                    { if running { t("ui-check-running") } else { t("ui-check-run") } }
                </button>
                <button data-testid="check-export" onclick={on_export}
                    disabled={view.is_none_or(|v| v.report_text.is_none())}>
                    { if *show_export { t("ui-check-hide-export") } else { t("ui-check-export") } }
                </button>
            </div>
            if let Some(view) = view {
                if running {
                    <p class="check-status small" data-testid="check-status" aria-live="polite">
                        { &view.status }
                    </p>
                } else {
                    <p class="check-status small" data-testid="check-status">{ &view.status }</p>
                }
                { findings_table(view) }
                if *show_export {
                    <textarea class="check-export" data-testid="check-report-text" readonly=true
                        rows="12" value={view.report_text.clone().unwrap_or_default()} />
                }
            }
        </section>
    }
}
