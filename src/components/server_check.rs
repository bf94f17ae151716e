//! The server check panel: a report card for the server in the connection
//! settings. It runs [`pop3::check::Checker`] over WebSockets of its own (one per
//! checker session), so the main session and its transcript are left alone.
//!
//! The report is typed; its words (titles, details, the status line, the text
//! export) come from the catalog through [`i18n::check`], when it is shown.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Interval;
use pop3::check::{Action, Checker, Config, Report, Security as CheckSecurity, Verdict};
use pop3::wire::{ErrorCode, TlsFailure};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_session;
use crate::i18n::{self, t, text, tr};
use crate::services::link::LinkEvent;
use crate::services::route::{self, AnyLink, Opening};
use crate::state::{Closer, Fact, ProxyKind, ProxyPresence, Security, Settings, Transport};

/// One run of the check.
struct Run {
    checker: Checker,
    settings: Settings,
    /// Whether a proxy answers beside the page.
    proxy: ProxyPresence,
    started: f64,
    /// The link of the current checker session, and its number.
    socket: Option<AnyLink>,
    socket_id: u32,
    connected: bool,
    /// Closed sockets, dropped later: a socket must not be dropped inside one of
    /// its own callbacks.
    graveyard: Vec<AnyLink>,
    finished: bool,
    /// Wakes the component after a change.
    redraw: Callback<()>,
    /// Runs timeouts and clears the graveyard; kept until the next run.
    _timer: Option<Interval>,
}

impl Run {
    fn now(&self) -> u64 {
        (js_sys::Date::now() - self.started).max(0.0) as u64
    }

    fn pin(&self) -> Option<String> {
        self.settings.pin_sha256.clone()
    }

    /// Carries out the checker's actions.
    fn drive(&mut self, me: &Weak<RefCell<Option<Run>>>) {
        while let Some(action) = self.checker.poll_action() {
            match action {
                Action::Connect { .. } => self.open(me),
                Action::Write(bytes) => {
                    if let Some(socket) = &self.socket {
                        socket.send(&bytes);
                    }
                }
                Action::StartTls => {
                    if let Some(socket) = &self.socket {
                        socket.start_tls(self.pin());
                    }
                }
                Action::Close => self.bury(),
                Action::Done => {
                    self.bury();
                    self.finished = true;
                }
            }
        }
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
            run.drive(&Rc::downgrade(&cell));
            // Redraw after the borrow ends: the render reads the run.
            let redraw = run.redraw.clone();
            drop(guard);
            redraw.emit(());
        };
        match route::open(&self.settings, self.proxy, report) {
            Opening::Link(socket) => self.socket = Some(socket),
            Opening::NoProxy => {
                let now = self.now();
                self.checker.connect_failed(&i18n::t("fact-no-proxy"), now);
            }
            Opening::Failed(e) => {
                let now = self.now();
                self.checker.connect_failed(&e, now);
            }
        }
    }

    fn on_link(&mut self, event: LinkEvent) {
        let now = self.now();
        match event {
            LinkEvent::Open { .. } => {
                self.connected = true;
                self.checker.connected(now);
            }
            LinkEvent::Bytes(bytes) => self.checker.feed(&bytes, now),
            LinkEvent::TlsStarted(_) => self.checker.tls_started(now),
            LinkEvent::Error {
                code,
                message,
                cause,
                ..
            } => {
                self.lost(&link_error(code, message, cause), now);
            }
            LinkEvent::Closed { by, reason, code } => {
                self.lost(&link_closed(by, reason, code), now);
            }
            LinkEvent::Dialling { .. } | LinkEvent::Unreadable { .. } => {}
        }
    }

    /// The connection ended or failed; the first report counts.
    fn lost(&mut self, reason: &str, now: u64) {
        if self.socket.is_none() {
            return;
        }
        if self.connected {
            self.checker.connection_closed(Some(reason), now);
        } else {
            self.checker.connect_failed(reason, now);
        }
        self.bury();
    }

    fn tick(&mut self, me: &Weak<RefCell<Option<Run>>>) {
        self.graveyard.clear();
        if !self.finished {
            let now = self.now();
            self.checker.handle_timeout(now);
            self.drive(me);
        }
    }
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

fn badge(verdict: Verdict) -> Html {
    let class = match verdict {
        Verdict::Pass => "pass",
        Verdict::Warn => "warn",
        Verdict::Fail => "fail",
        Verdict::Skipped => "skip",
    };
    html! { <span class={classes!("check-badge", class)}>{ verdict.as_str() }</span> }
}

fn findings_table(report: &Report) -> Html {
    html! {
        <table class="check-findings">
            <thead><tr>
                <th>{ t("ui-check-col-result") }</th>
                <th>{ t("ui-check-col-probe") }</th>
                <th>{ t("ui-check-col-seen") }</th>
                <th>{ t("ui-check-col-rfc") }</th>
            </tr></thead>
            <tbody>
                { for report.findings.iter().map(|f| html! {
                    <tr data-testid="check-finding" data-id={f.id.clone()} data-verdict={f.verdict.as_str()}>
                        <td>{ badge(f.verdict) }</td>
                        <td>{ i18n::check::title(&f.probe) }</td>
                        <td class="small">{ i18n::check::detail(&f.detail) }</td>
                        <td class="small">
                            if let Some(r) = &f.rfc {
                                <a href={r.url()} target="_blank" rel="noopener noreferrer">{ r.to_string() }</a>
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
    let user = use_state(String::new);
    let password = use_state(String::new);
    let show_export = use_state(|| false);
    let run = use_mut_ref(|| None::<Run>);
    let redraw = use_force_update();

    let on_user = {
        let user = user.clone();
        Callback::from(move |e: InputEvent| {
            user.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let on_password = {
        let password = password.clone();
        Callback::from(move |e: InputEvent| {
            password.set(e.target_unchecked_into::<HtmlInputElement>().value());
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
            let mut config = Config::new((*user).clone(), (*password).clone());
            config.server = tr(
                "ui-check-server",
                &[
                    ("host", text(settings.host.as_str())),
                    ("port", text(settings.port.to_string())),
                    ("user", text((*user).clone())),
                ],
            );
            config.security = match settings.security {
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
            config.nonce = nonce;
            // The old run (its sockets and timer) ends here, outside any callback
            // of its own.
            run.borrow_mut().take();
            let weak = Rc::downgrade(&run);
            let timer = {
                let weak = weak.clone();
                Interval::new(500, move || {
                    let Some(cell) = weak.upgrade() else {
                        return;
                    };
                    let redraw = match cell.borrow_mut().as_mut() {
                        Some(run) if !run.finished || !run.graveyard.is_empty() => {
                            run.tick(&weak);
                            run.redraw.clone()
                        }
                        _ => return,
                    };
                    redraw.emit(());
                })
            };
            let redraw_later = redraw.clone();
            *run.borrow_mut() = Some(Run {
                checker: Checker::new(config),
                settings: settings.clone(),
                proxy,
                started: js_sys::Date::now(),
                socket: None,
                socket_id: 0,
                connected: false,
                graveyard: Vec::new(),
                finished: false,
                redraw: Callback::from(move |()| redraw_later.force_update()),
                _timer: Some(timer),
            });
            if let Some(r) = run.borrow_mut().as_mut() {
                r.drive(&weak);
            }
            redraw.force_update();
        })
    };

    let (running, status, report) = match run.borrow().as_ref() {
        Some(r) => {
            let report = r.checker.report();
            let status = i18n::check::status(&r.checker.status(), &report);
            (!r.finished, status, Some(report))
        }
        None => (false, String::new(), None),
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
                    disabled={report.as_ref().is_none_or(|r| r.findings.is_empty())}>
                    { if *show_export { t("ui-check-hide-export") } else { t("ui-check-export") } }
                </button>
            </div>
            if running {
                <p class="check-status small" data-testid="check-status" aria-live="polite">
                    { &status }
                </p>
            } else if report.is_some() {
                <p class="check-status small" data-testid="check-status">{ &status }</p>
            }
            if let Some(report) = &report {
                { findings_table(report) }
                if *show_export {
                    <textarea class="check-export" data-testid="check-report-text" readonly=true
                        rows="12" value={i18n::check::report_text(report)} />
                }
            }
        </section>
    }
}
