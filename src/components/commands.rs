//! Guided mode (a button for every command, disabled with the reason when it is
//! not valid now) and raw mode (a command line with history that sends anything,
//! after a warning when the command is not valid in this state).

use pop3::types::{Command, State};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::use_session;
use crate::i18n;
use crate::state::Action;

/// Up to this many messages, the message picker lists them all.
const PICKER_LIST_MAX: u32 = 200;

/// The commands panel.
#[function_component(Commands)]
pub fn commands() -> Html {
    let session = use_session();
    let msg = use_state(|| 1u32);
    let top_lines = use_state(|| 0u32);
    let raw = use_state(String::new);
    let warned = use_state(|| None::<String>);
    // Position in the history while browsing it with Up/Down.
    let cursor = use_state(|| None::<usize>);
    let input_ref = use_node_ref();
    // Once logged in, the keyboard goes to the command line.
    let logged_in = session.is_open() && *session.engine.borrow().state() == State::Transaction;
    {
        let input_ref = input_ref.clone();
        use_effect_with(logged_in, move |logged_in| {
            if *logged_in {
                crate::services::browser::focus_unless_in_course(input_ref.cast());
            }
        });
    }

    if !session.is_open() {
        return html! {};
    }
    let engine = session.engine.borrow();
    let state = engine.state().clone();
    let maildrop = engine.maildrop();
    let count = maildrop
        .count
        .or_else(|| maildrop.sizes.keys().next_back().copied())
        .unwrap_or(0);
    // A list of every message (with its size) while it stays short; a number
    // field beyond that, where a list would cost each render thousands of
    // options.
    let numbers: Vec<(u32, Option<u64>)> = if count <= PICKER_LIST_MAX {
        match maildrop.count {
            Some(count) => (1..=count)
                .map(|i| (i, maildrop.sizes.get(&i).copied()))
                .collect(),
            None => maildrop.sizes.iter().map(|(i, s)| (*i, Some(*s))).collect(),
        }
    } else {
        Vec::new()
    };
    let n = *msg;
    // Every command, in the order a session uses them; those not valid now are
    // disabled, and the reasons are listed under the buttons.
    let templates: Vec<(Command, &str)> = vec![
        (Command::Capa, "CAPA"),
        (Command::Stls, "STLS"),
        (Command::Utf8, "UTF8"),
        (Command::Stat, "STAT"),
        (Command::List { msg: None }, "LIST"),
        (Command::Uidl { msg: None }, "UIDL"),
        (Command::Retr { msg: n }, "RETR n"),
        (
            Command::Top {
                msg: n,
                lines: *top_lines,
            },
            "TOP n k",
        ),
        (Command::Dele { msg: n }, "DELE n"),
        (Command::List { msg: Some(n) }, "LIST n"),
        (Command::Uidl { msg: Some(n) }, "UIDL n"),
        (Command::Rset, "RSET"),
        (Command::Noop, "NOOP"),
        (Command::Quit, "QUIT"),
    ];
    let mut disabled_reasons: Vec<(String, String)> = Vec::new();
    let buttons: Vec<Html> = templates
        .into_iter()
        .map(|(command, label)| {
            let label = label
                .replace(" n", &format!(" {n}"))
                .replace(" k", &format!(" {}", *top_lines));
            let check = match (
                &command,
                session.settings.proxy_kind.lacks_control_channel(),
            ) {
                (Command::Stls, Some(why)) => Err(i18n::tr(
                    "ui-commands-stls-off",
                    &[("reason", i18n::text(i18n::t(why)))],
                )),
                _ => engine.check(&command).map_err(|e| i18n::not_valid(&e)),
            };
            let title = match &check {
                Ok(()) => command.to_masked_line(),
                Err(reason) => {
                    disabled_reasons.push((label.clone(), reason.clone()));
                    reason.clone()
                }
            };
            let keyword = command.keyword().to_ascii_lowercase();
            let test_id = match command {
                Command::List { msg: Some(_) } | Command::Uidl { msg: Some(_) } => {
                    format!("cmd-{keyword}-n")
                }
                _ => format!("cmd-{keyword}"),
            };
            let session = session.clone();
            let send = command.clone();
            let onclick = Callback::from(move |_| session.dispatch(Action::Send(send.clone())));
            html! {
                <button type="button" class="cmd" data-testid={test_id}
                    {title} disabled={check.is_err()} {onclick}>
                    { label }
                </button>
            }
        })
        .collect();
    let in_transaction = state == State::Transaction;
    let history = session.history.clone();
    drop(engine);

    let on_msg = {
        let msg = msg.clone();
        Callback::from(move |e: Event| {
            // A <select> or, for a large maildrop, an <input type="number">.
            let value = e
                .target()
                .and_then(|t| {
                    t.dyn_ref::<HtmlSelectElement>()
                        .map(HtmlSelectElement::value)
                        .or_else(|| t.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value))
                })
                .unwrap_or_default();
            if let Ok(v) = value.trim().parse::<u32>()
                && v > 0
            {
                msg.set(v);
            }
        })
    };
    let on_lines = {
        let top_lines = top_lines.clone();
        Callback::from(move |e: Event| {
            if let Ok(v) = e
                .target_unchecked_into::<HtmlInputElement>()
                .value()
                .parse()
            {
                top_lines.set(v);
            }
        })
    };
    let on_raw_input = {
        let raw = raw.clone();
        let warned = warned.clone();
        Callback::from(move |e: InputEvent| {
            raw.set(e.target_unchecked_into::<HtmlInputElement>().value());
            warned.set(None);
        })
    };
    let on_raw_key = {
        let session = session.clone();
        let raw = raw.clone();
        let warned = warned.clone();
        let cursor = cursor.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                let line = (*raw).clone();
                let command = Command::parse_lenient(&line);
                let engine = session.engine.borrow();
                let problem = if engine.awaiting_sasl_response() {
                    None
                } else {
                    engine.check(&command).err().map(|e| i18n::not_valid(&e))
                };
                drop(engine);
                match problem {
                    // Warn once; Enter again sends anyway.
                    Some(reason) if warned.as_deref() != Some(line.as_str()) => {
                        warned.set(Some(line));
                        let _ = reason;
                    }
                    _ => {
                        session.dispatch(Action::SendRaw(line));
                        raw.set(String::new());
                        warned.set(None);
                        cursor.set(None);
                    }
                }
            }
            "ArrowUp" | "ArrowDown" if !history.is_empty() => {
                e.prevent_default();
                let up = e.key() == "ArrowUp";
                let next = match (*cursor, up) {
                    (None, true) => Some(history.len() - 1),
                    (None, false) => None,
                    (Some(0), true) => Some(0),
                    (Some(i), true) => Some(i - 1),
                    (Some(i), false) if i + 1 < history.len() => Some(i + 1),
                    (Some(_), false) => None,
                };
                cursor.set(next);
                raw.set(next.map(|i| history[i].clone()).unwrap_or_default());
            }
            _ => {}
        })
    };
    let warning = warned.as_ref().and_then(|line| {
        let command = Command::parse_lenient(line);
        session
            .engine
            .borrow()
            .check(&command)
            .err()
            .map(|e| i18n::not_valid(&e))
    });

    html! {
        <section class="panel commands" aria-labelledby="commands-title">
            <h2 id="commands-title">{ i18n::t("ui-commands-title") }</h2>
            if in_transaction {
                <div class="row pickers">
                    <label>
                        { i18n::t("ui-commands-message") }
                        if count > PICKER_LIST_MAX {
                            <input data-testid="msg-picker" type="number" min="1" max={count.to_string()}
                                value={n.to_string()} onchange={on_msg} />
                        } else {
                            <select data-testid="msg-picker" onchange={on_msg}>
                                if numbers.is_empty() {
                                    <option value="1">{ "1" }</option>
                                }
                                { for numbers.iter().map(|(i, size)| html! {
                                    <option value={i.to_string()} selected={*i == n}>
                                        { match size {
                                            Some(size) => i18n::tr("ui-commands-message-size", &[
                                                ("number", i18n::num(*i)),
                                                ("octets", i18n::num(*size as f64)),
                                            ]),
                                            None => i.to_string(),
                                        } }
                                    </option>
                                }) }
                            </select>
                        }
                    </label>
                    <label>
                        { i18n::t("ui-commands-top-lines") }
                        <input type="number" min="0" value={top_lines.to_string()} onchange={on_lines} />
                    </label>
                </div>
            }
            <div class="buttons">{ for buttons }</div>
            if !disabled_reasons.is_empty() {
                <details class="small disabled-reasons">
                    <summary>
                        { i18n::tr("ui-commands-why-disabled", &[("count", i18n::num(disabled_reasons.len() as f64))]) }
                    </summary>
                    <ul>
                        { for disabled_reasons.iter().map(|(label, reason)| html! {
                            <li><code>{ label }</code>{ ": " }{ reason }</li>
                        }) }
                    </ul>
                </details>
            }
            <label class="raw">
                { i18n::t("ui-commands-raw") }
                <input data-testid="command-input" ref={input_ref} value={(*raw).clone()} oninput={on_raw_input} onkeydown={on_raw_key}
                    placeholder={i18n::t("ui-commands-raw-placeholder")} spellcheck="false" autocomplete="off" />
            </label>
            if let Some(reason) = warning {
                <p class="warning small" role="alert" data-testid="command-warning">
                    { i18n::tr("ui-commands-send-anyway", &[("reason", i18n::text(reason))]) }
                </p>
            }
        </section>
    }
}
