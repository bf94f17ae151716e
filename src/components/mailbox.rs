//! The mailbox table: what STAT, LIST, UIDL and `TOP n 0` told about each
//! message, with Open (RETR) and DELE per row, and a progress bar while a
//! multi-line body arrives.
//!
//! A maildrop can hold 10,000 messages: the table renders the first rows only
//! (more on request), and each row is its own component that re-renders only
//! when its message changes.

use pop3::types::{Command, State};
use yew::prelude::*;

use crate::components::message::{format_size, summarize};
use crate::hooks::use_session;
use crate::i18n;
use crate::state::{Action, MessageInfo, Session};

/// Rows rendered at first, and added by "Show more".
const PAGE: usize = 200;

/// How many `TOP n 0` one click of "Fetch headers" sends.
const HEADERS_BATCH: usize = 50;

/// The mailbox panel.
#[function_component(Mailbox)]
pub fn mailbox() -> Html {
    let session = use_session();
    let shown = use_state(|| PAGE);
    let dispatcher = session.dispatcher();
    let on_open = use_callback(
        dispatcher.clone(),
        |n: u32, d: &UseReducerDispatcher<Session>| d.dispatch(Action::Open(n)),
    );
    let on_dele = use_callback(
        dispatcher.clone(),
        |n: u32, d: &UseReducerDispatcher<Session>| {
            d.dispatch(Action::Send(Command::Dele { msg: n }))
        },
    );

    let engine = session.engine.borrow();
    let hint = match engine.state() {
        State::Transaction => None,
        State::Authorization { .. } => Some("Log in to open the maildrop (RFC 1939 §4)."),
        State::Update => {
            Some("QUIT was sent: the server is removing the messages marked as deleted.")
        }
        State::Greeting | State::Closed => Some("Connect and log in to see the mailbox."),
    };
    if let Some(hint) = hint {
        return html! {
            <section class="panel mailbox" aria-label="Mailbox">
                <h2>{ "Mailbox" }</h2>
                <p class="muted">{ hint }</p>
            </section>
        };
    }

    let refusal = |cmd: &Command| engine.check(cmd).err().map(|e| i18n::not_valid(&e));
    let load_refusal = refusal(&Command::Stat);
    let rset_refusal = refusal(&Command::Rset);
    let on_load = {
        let d = dispatcher.clone();
        Callback::from(move |_| d.dispatch(Action::LoadMailbox))
    };
    let on_rset = {
        let d = dispatcher.clone();
        Callback::from(move |_| d.dispatch(Action::Send(Command::Rset)))
    };

    let mailbox = session.mailbox();
    let total = mailbox.len();
    let limit = (*shown).min(total);
    let visible = || mailbox.iter().take(limit);
    let missing_headers: Vec<u32> = visible()
        .filter(|(n, info)| {
            info.headers.is_none()
                && !info.deleted
                && refusal(&Command::Top { msg: **n, lines: 0 }).is_none()
        })
        .map(|(n, _)| *n)
        .take(HEADERS_BATCH)
        .collect();
    // Offered only between exchanges, so a second click cannot ask twice.
    let idle = engine.in_flight().next().is_none();
    let on_fetch_headers = {
        let d = dispatcher.clone();
        let missing = missing_headers.clone();
        Callback::from(move |_| {
            for &msg in &missing {
                d.dispatch(Action::Send(Command::Top { msg, lines: 0 }));
            }
        })
    };
    let rows = visible()
        .map(|(&n, info)| {
            let open_refusal = if info.message.is_some() {
                None
            } else {
                refusal(&Command::Retr { msg: n })
            };
            html! {
                <MessageRow key={n} {n} info={info.clone()} selected={session.selected == Some(n)}
                    {open_refusal} dele_refusal={refusal(&Command::Dele { msg: n })}
                    on_open={on_open.clone()} on_dele={on_dele.clone()} />
            }
        })
        .collect::<Html>();

    let maildrop = engine.maildrop();
    let deleted = maildrop.deleted.len();
    let mut status = match (maildrop.count, maildrop.total) {
        (Some(count), Some(octets)) => format!(
            "{count} message{}, {octets} octets ({})",
            if count == 1 { "" } else { "s" },
            format_size(octets)
        ),
        _ => format!("{total} message{}", if total == 1 { "" } else { "s" }),
    };
    if deleted > 0 {
        status.push_str(&format!(", {deleted} marked as deleted"));
    }

    let progress = engine.body_progress().map(|(received, expected)| {
        let what = engine.in_flight().next().map(Command::to_masked_line).unwrap_or_default();
        let received_text = format_size(received as u64);
        html! {
            <div class="body-progress" role="status">
                <span class="body-progress-label">{ format!("Receiving {what}") }</span>
                if let Some(max) = expected.filter(|&max| max > 0) {
                    <progress max={max.to_string()} value={(received as u64).min(max).to_string()} />
                    <span class="muted">{ format!("{received_text} of {}", format_size(max)) }</span>
                } else {
                    <progress />
                    <span class="muted">{ format!("{received_text} received") }</span>
                }
            </div>
        }
    });

    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };

    html! {
        <section class="panel mailbox" aria-label="Mailbox">
            <h2>{ "Mailbox" }</h2>
            <div class="mailbox-actions">
                <button type="button" onclick={on_load} disabled={load_refusal.is_some()}
                    title={load_refusal.clone().unwrap_or_else(|| "STAT, LIST, UIDL and TOP n 0 for the first messages".into())}>
                    { "Load mailbox" }
                </button>
                <button type="button" onclick={on_rset} disabled={rset_refusal.is_some()}
                    title={rset_refusal.clone().unwrap_or_else(|| "RSET: unmark every message marked as deleted (RFC 1939 §5)".into())}>
                    { "RSET" }
                </button>
                if !missing_headers.is_empty() && idle {
                    <button type="button" onclick={on_fetch_headers}
                        title="TOP n 0: the header section of each shown message without one (RFC 1939 §7)">
                        { format!("Fetch headers ({})", missing_headers.len()) }
                    </button>
                }
                <span class="mailbox-status muted">{ status }</span>
            </div>
            { for progress }
            if total == 0 {
                <p class="muted">
                    if maildrop.count == Some(0) {
                        { "The maildrop is empty." }
                    } else {
                        { "Press “Load mailbox” to list the messages." }
                    }
                </p>
            } else {
                <div class="mailbox-scroll">
                    <table class="mailbox-table">
                        <thead>
                            <tr>
                                <th scope="col" title="Message number (RFC 1939 §5)">{ "#" }</th>
                                <th scope="col" title="Octets, from LIST">{ "Size" }</th>
                                <th scope="col" title="Unique id, from UIDL">{ "UID" }</th>
                                <th scope="col">{ "From" }</th>
                                <th scope="col">{ "Subject" }</th>
                                <th scope="col">{ "Date" }</th>
                                <th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                            </tr>
                        </thead>
                        <tbody>{ rows }</tbody>
                    </table>
                </div>
                if limit < total {
                    <p class="mailbox-more">
                        <span class="muted">{ format!("Showing {limit} of {total}. ") }</span>
                        <button type="button" onclick={on_more}>
                            { format!("Show {} more", PAGE.min(total - limit)) }
                        </button>
                    </p>
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MessageRowProps {
    n: u32,
    info: MessageInfo,
    selected: bool,
    open_refusal: Option<String>,
    dele_refusal: Option<String>,
    on_open: Callback<u32>,
    on_dele: Callback<u32>,
}

const UNKNOWN: &str = "—";

/// One message in the table.
#[function_component(MessageRow)]
fn message_row(props: &MessageRowProps) -> Html {
    let summary = use_memo(props.info.headers.clone(), |headers| {
        headers.as_deref().map(|h| summarize(h)).unwrap_or_default()
    });
    let n = props.n;
    let info = &props.info;
    let open = {
        let cb = props.on_open.clone();
        Callback::from(move |_| cb.emit(n))
    };
    let dele = {
        let cb = props.on_dele.clone();
        Callback::from(move |_| cb.emit(n))
    };
    let text = |v: &Option<String>| v.clone().unwrap_or_else(|| UNKNOWN.to_owned());
    let open_title = props.open_refusal.clone().unwrap_or_else(|| {
        if info.message.is_some() {
            format!("Show message {n}")
        } else {
            format!("RETR {n}: fetch and show it")
        }
    });
    let dele_title = props
        .dele_refusal
        .clone()
        .unwrap_or_else(|| format!("DELE {n}: mark it as deleted"));
    html! {
        <tr data-testid="message-row" data-msg={n.to_string()}
            class={classes!("message-row", info.deleted.then_some("deleted"), props.selected.then_some("selected"))}
            aria-current={props.selected.then_some("true")}>
            <td class="num">{ n }</td>
            <td class="size" title={info.size.map(|s| format!("{s} octets, from LIST"))}>
                if let Some(size) = info.size {
                    <span class="octets">{ size }</span>
                    <span class="human">{ format_size(size) }</span>
                } else {
                    { UNKNOWN }
                }
            </td>
            <td class="uid"><code>{ text(&info.uid) }</code></td>
            <td class="from" title={summary.from_full.clone()}>{ text(&summary.from) }</td>
            <td class="subject">
                if info.deleted {
                    <span class="deleted-label">{ "deleted" }</span>{ " " }
                }
                { text(&summary.subject) }
            </td>
            <td class="date" title={summary.date_full.clone()}>{ text(&summary.date) }</td>
            <td class="actions">
                <button type="button" onclick={open} disabled={props.open_refusal.is_some()} title={open_title}>
                    { "Open" }
                </button>
                <button type="button" onclick={dele} disabled={props.dele_refusal.is_some()} title={dele_title}>
                    { "DELE" }
                </button>
            </td>
        </tr>
    }
}
