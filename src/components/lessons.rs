//! "Learn POP3": the guided course (content and checks in [`crate::lessons`]).
//!
//! A lesson picker, the steps of the chosen lesson with a "Do it" button for the
//! current one, progress, and "Start over". Steps are checked from the session
//! on every change, so typing a command in the raw command line counts too.

use std::cell::RefCell;
use std::rc::Rc;

use pop3::Secret;
use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::{SessionHandle, connect, use_session};
use crate::i18n::{self, num, text};
use crate::lessons::{
    Ctx, DEMO_PASSWORD, DEMO_USER, DoIt, Facts, LESSONS, Lesson, Move, Step, TypeIt, Walk,
    auto_login, decode_progress, encode_progress, next_move, progress_from,
};
use crate::services::browser;

/// Where the course keeps each lesson's progress between visits.
const PROGRESS_KEY: &str = "pop3-playground.lessons";
use crate::state::{Action, PRESETS, Security, Session, Via};

/// Where "Start over" left a lesson: the transcript (its address) and its length.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Baseline {
    transcript: usize,
    len: usize,
}

impl Baseline {
    fn now(session: &Session) -> Baseline {
        Baseline {
            transcript: Rc::as_ptr(&session.transcript) as *const () as usize,
            len: session.transcript.borrow().len(),
        }
    }

    /// The transcript index to check from: where "Start over" was pressed, or
    /// the beginning if the transcript has been replaced or cleared since.
    fn since(&self, session: &Session) -> usize {
        let now = Baseline::now(session);
        if now.transcript == self.transcript && now.len >= self.len {
            self.len
        } else {
            0
        }
    }
}

/// What the course remembers between renders.
#[derive(Default)]
struct Memory {
    /// The transcript, folded incrementally.
    facts: Facts,
    /// Each lesson's walk: steps ticked (kept even when their evidence is
    /// gone) and whether the current one waits for its evidence.
    walks: Vec<Walk>,
    /// Lessons opened so far: a lesson counts what happens from the moment it
    /// is first opened (the first one, from the start).
    opened: Vec<bool>,
    /// A "Connect and log in" is waiting for the greeting.
    login_pending: bool,
    /// The learner used "Do it": move the focus to the next one.
    refocus: bool,
}

fn demo_login(session: &SessionHandle) {
    session.dispatch(Action::LoginUserPass {
        user: DEMO_USER.into(),
        password: Secret::new(DEMO_PASSWORD.into()),
    });
}

/// Performs a step's move.
fn perform(session: &SessionHandle, memory: &RefCell<Memory>, step_move: Move) {
    match step_move {
        Move::Connect {
            security,
            then_login,
        } => {
            let demo = &PRESETS[0];
            let mut settings = session.settings.clone();
            settings.host = demo.host.to_owned();
            settings.port = demo.port;
            settings.security = security;
            settings.pin_sha256 = None;
            // The course runs on the demo inside the page, offline, unless the
            // learner chose the proxy or the step needs TLS.
            if settings.via == Via::Auto && security == Security::None {
                settings.via = Via::InPage;
            }
            session.dispatch(Action::Configure(settings));
            memory.borrow_mut().login_pending = then_login;
            connect(session);
        }
        Move::Send(command) => session.dispatch(Action::Send(command)),
        Move::LoginUserPass => demo_login(session),
        Move::LoginApop => session.dispatch(Action::LoginApop {
            user: DEMO_USER.into(),
            secret: Secret::new(DEMO_PASSWORD.into()),
        }),
        Move::LoginSasl(mechanism) => session.dispatch(Action::LoginSasl {
            mechanism,
            user: DEMO_USER.into(),
            secret: Secret::new(DEMO_PASSWORD.into()),
        }),
        Move::Import(text) => session.dispatch(Action::Import(text.to_owned())),
    }
}

/// Text with `code` in backquotes.
fn rich(words: &str) -> Html {
    words
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                html! { <code>{ part }</code> }
            } else {
                html! { { part } }
            }
        })
        .collect()
}

/// "Or type `…` in the command line.", with the lines as code.
fn or_type(type_it: &TypeIt) -> String {
    match type_it.lines().as_slice() {
        [first, second] => i18n::tr(
            "ui-lessons-or-type-then",
            &[("first", text(first)), ("second", text(second))],
        ),
        lines => i18n::tr("ui-lessons-or-type", &[("command", text(lines.join(" ")))]),
    }
}

/// A count for a message argument.
fn count(n: usize) -> fluent_bundle::FluentValue<'static> {
    num(n as f64)
}

/// The course panel.
#[function_component(Lessons)]
pub fn lessons() -> Html {
    let session = use_session();
    let selected = use_state(|| 0usize);
    let baselines = use_state(|| Rc::new(vec![Baseline::default(); LESSONS.len()]));
    let memory = use_mut_ref(|| {
        let mut memory = Memory {
            walks: vec![Walk::default(); LESSONS.len()],
            opened: std::iter::once(true)
                .chain(std::iter::repeat(false))
                .take(LESSONS.len())
                .collect(),
            ..Memory::default()
        };
        // Progress from earlier visits (and from before a language switch).
        for (id, ticked) in decode_progress(&browser::remembered(PROGRESS_KEY).unwrap_or_default())
        {
            if let Some(i) = LESSONS.iter().position(|l| l.id == id) {
                memory.opened[i] = true;
                memory.walks[i] = Walk::at(ticked.min(LESSONS[i].steps.len()));
            }
        }
        memory
    });
    let redraw = use_force_update();
    let reopened = use_state(|| None::<(usize, usize)>);
    let do_ref = use_node_ref();

    // Check every lesson against the session.
    let index = (*selected).min(LESSONS.len() - 1);
    let (done, ready, note) = {
        let mut m = memory.borrow_mut();
        m.facts.sync(&session);
        let Memory {
            facts,
            walks,
            opened,
            ..
        } = &mut *m;
        let ctx = Ctx {
            session: &session,
            facts,
        };
        let mut ready = false;
        let done: Vec<usize> = LESSONS
            .iter()
            .enumerate()
            .map(|(i, lesson)| {
                if !opened[i] {
                    return 0;
                }
                let since = baselines[i].since(&session);
                let checked = progress_from(lesson, &ctx, since, walks[i].ticked);
                // Only the lesson on screen moves on: a step ticks once read.
                if i == index {
                    walks[i].advance(checked);
                    ready = walks[i].ready(checked);
                }
                walks[i].ticked
            })
            .collect();
        let note = LESSONS[index]
            .steps
            .get(done[index])
            .and_then(|step| step.note)
            .and_then(|f| f(&ctx));
        (done, ready, note)
    };
    let lesson: &Lesson = &LESSONS[index];
    let progress = done[index];
    let complete = progress == lesson.steps.len();
    let current = lesson.steps.get(progress);
    // Once the current step's evidence is in, it waits to be read: no "Do it".
    let step_move = current
        .filter(|_| !ready)
        .and_then(|step| next_move(step.action, &session));
    // Keep the progress of every opened lesson for the next visit.
    let stored = {
        let m = memory.borrow();
        let walks: Vec<(&str, Walk)> = LESSONS
            .iter()
            .zip(&m.walks)
            .zip(&m.opened)
            .filter(|(_, opened)| **opened)
            .map(|((l, w), _)| (l.id, *w))
            .collect();
        encode_progress(&walks)
    };
    use_effect_with(stored, |stored| browser::remember(PROGRESS_KEY, stored));

    // "Connect and log in": log in once the server has greeted.
    {
        let session = session.clone();
        let memory = memory.clone();
        use_effect_with(session.revision, move |_| {
            if memory.borrow().login_pending
                && let Some(now) = auto_login(&session)
            {
                memory.borrow_mut().login_pending = false;
                if now {
                    demo_login(&session);
                }
            }
        });
    }
    // After "Do it", keep the keyboard focus on the course.
    {
        let memory = memory.clone();
        let do_ref = do_ref.clone();
        use_effect_with((index, progress), move |_| {
            if std::mem::take(&mut memory.borrow_mut().refocus)
                && let Some(button) = do_ref.cast::<HtmlElement>()
            {
                let _ = button.focus();
            }
        });
    }

    // Opening a lesson for the first time starts it from now.
    let choose = {
        let session = session.clone();
        let selected = selected.clone();
        let baselines = baselines.clone();
        let memory = memory.clone();
        Rc::new(move |i: usize| {
            let first_time = !std::mem::replace(&mut memory.borrow_mut().opened[i], true);
            if first_time {
                let mut next = (**baselines).clone();
                next[i] = Baseline::now(&session);
                memory.borrow_mut().walks[i] = Walk::default();
                baselines.set(Rc::new(next));
            }
            selected.set(i);
        })
    };
    let on_select = {
        let choose = choose.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(i) = LESSONS.iter().position(|l| l.id == value) {
                choose(i);
            }
        })
    };
    let on_do = {
        let session = session.clone();
        let memory = memory.clone();
        let step_move = step_move.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((m, _)) = &step_move {
                memory.borrow_mut().refocus = true;
                perform(&session, &memory, m.clone());
            }
        })
    };
    let on_start_over = {
        let session = session.clone();
        let baselines = baselines.clone();
        let memory = memory.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (**baselines).clone();
            next[index] = Baseline::now(&session);
            memory.borrow_mut().walks[index] = Walk::default();
            baselines.set(Rc::new(next));
        })
    };
    let on_continue = {
        let memory = memory.clone();
        let redraw = redraw.clone();
        let steps = lesson.steps.len();
        Callback::from(move |_: MouseEvent| {
            let mut m = memory.borrow_mut();
            m.walks[index].go_on(steps);
            m.refocus = true;
            drop(m);
            redraw.force_update();
        })
    };
    let on_next = {
        let choose = choose.clone();
        Callback::from(move |_: MouseEvent| choose((index + 1) % LESSONS.len()))
    };
    let opened = memory.borrow().opened.clone();
    let lessons_done = LESSONS
        .iter()
        .zip(&done)
        .filter(|(l, d)| **d == l.steps.len())
        .count();

    // Where the lesson's demo runs, for the explanations that say so: in the
    // page unless the learner chose the proxy (or is connected through it).
    let route = if session.in_page() || (!session.is_open() && session.settings.via != Via::Proxy) {
        "in-page"
    } else {
        "proxy"
    };
    let explain = |step: &Step| i18n::tr(step.explain, &[("route", i18n::text(route))]);
    let steps = lesson.steps.iter().enumerate().map(|(i, step)| {
        let is_done = i < progress;
        let is_current = i == progress;
        // A finished step opens again to be re-read.
        let is_reopened = is_done && *reopened == Some((index, i));
        let toggle = {
            let reopened = reopened.clone();
            Callback::from(move |_: MouseEvent| {
                reopened.set((!is_reopened).then_some((index, i)));
            })
        };
        let class = classes!(
            "lesson-step",
            is_done.then_some("done"),
            is_current.then_some("current"),
            (i > progress).then_some("locked"),
        );
        let mark = if is_done {
            "✓"
        } else if is_current {
            "▸"
        } else {
            "○"
        };
        let status = if is_done {
            "ui-lessons-status-done"
        } else if is_current {
            "ui-lessons-status-current"
        } else {
            "ui-lessons-status-locked"
        };
        html! {
            <li {class} data-testid="lesson-step" data-done={is_done.to_string()}
                aria-current={is_current.then_some("step")}>
                <div class="lesson-step-head">
                    <span class="lesson-mark" aria-hidden="true">{ mark }</span>
                    if is_done {
                        <button type="button" class="lesson-step-title lesson-reopen" data-testid="lesson-reopen"
                            aria-expanded={is_reopened.to_string()} title={i18n::t("ui-lessons-reopen")}
                            onclick={toggle}>
                            { i18n::t(step.title) }
                        </button>
                    } else {
                        <span class="lesson-step-title">{ i18n::t(step.title) }</span>
                    }
                    <span class="lesson-sr-only">{ format!(" {}", i18n::t(status)) }</span>
                </div>
                if is_reopened {
                    <div class="lesson-step-body" data-testid="lesson-step-body">
                        <p class="small">{ rich(&explain(step)) }</p>
                        <p class="small muted">
                            <a href={step.rfc.url()} target="_blank" rel="noopener noreferrer">{ step.rfc.label() }</a>
                        </p>
                    </div>
                }
                if is_current {
                    <div class="lesson-step-body" data-testid="lesson-step-body">
                        <p class="small">{ rich(&explain(step)) }</p>
                        if let Some(note) = &note {
                            <p class="lesson-note small mono">{ note.clone() }</p>
                        }
                        <p class="small muted">
                            if let Some(typed) = step.type_it.as_ref().filter(|_| !ready) {
                                { rich(&or_type(typed)) }{ " " }
                            }
                            <a href={step.rfc.url()} target="_blank" rel="noopener noreferrer">{ step.rfc.label() }</a>
                        </p>
                        if ready {
                            <button class="primary lesson-do" data-testid="lesson-continue" ref={do_ref.clone()}
                                onclick={on_continue.clone()}>
                                { i18n::t("ui-lessons-continue") }
                            </button>
                        } else if let Some((_, label)) = &step_move {
                            <button class="primary lesson-do" data-testid="lesson-do" ref={do_ref.clone()}
                                onclick={on_do.clone()}>
                                { i18n::tr("ui-lessons-do-it", &[("action", text(label))]) }
                            </button>
                        } else if !matches!(step.action, DoIt::Nothing) {
                            <p class="small muted" role="status">{ i18n::t("ui-lessons-waiting") }</p>
                        }
                    </div>
                }
            </li>
        }
    });

    html! {
        <details class="panel lessons" open=true data-testid="lessons">
            <summary>
                <h2 class="inline">{ i18n::t("ui-lessons-heading") }</h2>
                <span class="lesson-count small muted">
                    { format!(" {}", i18n::tr("ui-lessons-lessons-done", &[
                        ("done", count(lessons_done)),
                        ("total", count(LESSONS.len())),
                    ])) }
                </span>
            </summary>
            <label class="lesson-pick">
                { i18n::t("ui-lessons-pick") }
                <select data-testid="lesson-select" onchange={on_select}>
                    { for LESSONS.iter().zip(&done).enumerate().map(|(i, (l, d))| {
                        let n = l.steps.len();
                        let number = ("number", count(i + 1));
                        let title = ("title", text(i18n::t(l.title)));
                        let words = if opened[i] {
                            i18n::tr("ui-lessons-option-opened",
                                &[number, title, ("done", count(*d)), ("total", count(n))])
                        } else {
                            i18n::tr("ui-lessons-option-new", &[number, title, ("total", count(n))])
                        };
                        let tick = if opened[i] && *d == n { " ✓" } else { "" };
                        html! {
                            <option value={l.id} selected={i == index}>
                                { format!("{words}{tick}") }
                            </option>
                        }
                    }) }
                </select>
            </label>
            <p class="small lesson-intro">{ i18n::t(lesson.intro) }</p>
            <div class="lesson-progress">
                <progress max={lesson.steps.len().to_string()} value={progress.to_string()}
                    aria-label={i18n::t("ui-lessons-progress-label")} />
                <span class="small" aria-live="polite">
                    { i18n::tr("ui-lessons-progress", &[
                        ("done", count(progress)),
                        ("total", count(lesson.steps.len())),
                    ]) }
                </span>
            </div>
            <ol class="lesson-steps">{ for steps }</ol>
            if complete {
                <p class="lesson-complete" data-testid="lesson-complete" role="status">
                    { i18n::t("ui-lessons-complete") }
                    if index + 1 < LESSONS.len() {
                        { " " }
                        <button class="lesson-next" onclick={on_next}>{ i18n::t("ui-lessons-next") }</button>
                    }
                </p>
            }
            <div class="lesson-actions">
                <button class="lesson-restart" onclick={on_start_over}
                    title={i18n::t("ui-lessons-start-over-tooltip")}>
                    { i18n::t("ui-lessons-start-over") }
                </button>
            </div>
        </details>
    }
}
