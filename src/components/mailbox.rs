//! The mailbox table: what STAT, LIST, UIDL and `TOP n 0` told about each
//! message, with Open (RETR) and DELE per row, and a progress bar while a
//! multi-line body arrives.
//!
//! A maildrop can hold 10,000 messages: the table renders the first rows only
//! (more on request), and each row is its own component that re-renders only
//! when its message changes.

use pop3::types::{Command, State};
use yew::prelude::*;

use crate::components::message::{format_size, use_summary};
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
        State::Authorization { .. } => Some("ui-mailbox-log-in-first"),
        State::Update => Some("ui-mailbox-quit-sent"),
        State::Greeting | State::Closed => Some("ui-mailbox-connect-first"),
    };
    if let Some(hint) = hint {
        return html! {
            <section class="panel mailbox" aria-label={i18n::t("ui-mailbox-title")}>
                <h2>{ i18n::t("ui-mailbox-title") }</h2>
                <p class="muted">{ i18n::t(hint) }</p>
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
    // Messages not marked as deleted, with STAT's octets (which leave the
    // marked ones out too); the marked ones are counted apart.
    let status = match (maildrop.count, engine.kept_octets()) {
        (Some(count), Some(octets)) => i18n::tr(
            "ui-mailbox-status",
            &[
                ("count", i18n::num(count.saturating_sub(deleted as u32))),
                ("octets", i18n::num(octets as f64)),
                ("size", i18n::text(format_size(octets))),
            ],
        ),
        _ => i18n::tr(
            "ui-mailbox-status-listed",
            &[("count", i18n::num(total.saturating_sub(deleted) as f64))],
        ),
    };
    let deleted_status = (deleted > 0).then(|| {
        i18n::tr(
            "ui-mailbox-marked",
            &[("deleted", i18n::num(deleted as f64))],
        )
    });

    let progress = engine.body_progress().map(|(received, expected)| {
        let what = engine.in_flight().next().map(Command::to_masked_line).unwrap_or_default();
        let received_text = format_size(received as u64);
        html! {
            <div class="body-progress" role="status">
                <span class="body-progress-label">
                    { i18n::tr("ui-mailbox-receiving", &[("command", i18n::text(what))]) }
                </span>
                if let Some(max) = expected.filter(|&max| max > 0) {
                    <progress max={max.to_string()} value={(received as u64).min(max).to_string()} />
                    <span class="muted">
                        { i18n::tr("ui-mailbox-received-of", &[
                            ("received", i18n::text(received_text)),
                            ("total", i18n::text(format_size(max))),
                        ]) }
                    </span>
                } else {
                    <progress />
                    <span class="muted">
                        { i18n::tr("ui-mailbox-received", &[("received", i18n::text(received_text))]) }
                    </span>
                }
            </div>
        }
    });

    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };

    html! {
        <section class="panel mailbox" aria-label={i18n::t("ui-mailbox-title")}>
            <h2>{ i18n::t("ui-mailbox-title") }</h2>
            <div class="mailbox-actions">
                <button type="button" onclick={on_load} disabled={load_refusal.is_some()}
                    title={load_refusal.clone().unwrap_or_else(|| i18n::t("ui-mailbox-load-title"))}>
                    { i18n::t("ui-mailbox-load") }
                </button>
                <button type="button" onclick={on_rset} disabled={rset_refusal.is_some()}
                    title={rset_refusal.clone().unwrap_or_else(|| i18n::t("ui-mailbox-rset-title"))}>
                    { "RSET" }
                </button>
                if !missing_headers.is_empty() && idle {
                    <button type="button" onclick={on_fetch_headers}
                        title={i18n::t("ui-mailbox-fetch-headers-title")}>
                        { i18n::tr("ui-mailbox-fetch-headers", &[("count", i18n::num(missing_headers.len() as f64))]) }
                    </button>
                }
                <span class="mailbox-status muted" data-testid="mailbox-status">{ status }</span>
                if let Some(marked) = deleted_status {
                    <span class="mailbox-deleted muted" data-testid="mailbox-deleted">{ marked }</span>
                }
            </div>
            { for progress }
            if total == 0 {
                <p class="muted">
                    if maildrop.count == Some(0) {
                        { i18n::t("ui-mailbox-empty") }
                    } else {
                        { i18n::t("ui-mailbox-press-load") }
                    }
                </p>
            } else {
                <div class="mailbox-scroll">
                    <table class="mailbox-table">
                        <thead>
                            <tr>
                                <th scope="col" title={i18n::t("ui-mailbox-col-number-title")}>{ "#" }</th>
                                <th scope="col" title={i18n::t("ui-mailbox-col-size-title")}>{ i18n::t("ui-mailbox-col-size") }</th>
                                <th scope="col" title={i18n::t("ui-mailbox-col-uid-title")}>{ "UID" }</th>
                                <th scope="col">{ i18n::t("ui-mailbox-col-from") }</th>
                                <th scope="col">{ i18n::t("ui-mailbox-col-subject") }</th>
                                <th scope="col">{ i18n::t("ui-mailbox-col-date") }</th>
                                <th scope="col"><span class="visually-hidden">{ i18n::t("ui-mailbox-col-actions") }</span></th>
                            </tr>
                        </thead>
                        <tbody>{ rows }</tbody>
                    </table>
                </div>
                if limit < total {
                    <p class="mailbox-more">
                        <span class="muted">
                            { i18n::tr("ui-mailbox-showing", &[
                                ("shown", i18n::num(limit as f64)),
                                ("total", i18n::num(total as f64)),
                            ]) }
                        </span>
                        { " " }
                        <button type="button" onclick={on_more}>
                            { i18n::tr("ui-mailbox-show-more", &[("count", i18n::num(PAGE.min(total - limit) as f64))]) }
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
    let summary = use_summary(props.info.headers.clone()).unwrap_or_default();
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
    let number = [("number", i18n::num(n))];
    let open_title = props.open_refusal.clone().unwrap_or_else(|| {
        if info.message.is_some() {
            i18n::tr("ui-mailbox-show-message", &number)
        } else {
            i18n::tr("ui-mailbox-retr-title", &number)
        }
    });
    let dele_title = props
        .dele_refusal
        .clone()
        .unwrap_or_else(|| i18n::tr("ui-mailbox-dele-title", &number));
    let size_title = info
        .size
        .map(|s| i18n::tr("ui-mailbox-size-title", &[("octets", i18n::num(s as f64))]));
    html! {
        <tr data-testid="message-row" data-msg={n.to_string()}
            class={classes!("message-row", info.deleted.then_some("deleted"), props.selected.then_some("selected"))}
            aria-current={props.selected.then_some("true")}>
            <td class="num">{ n }</td>
            <td class="size" title={size_title}>
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
                    <span class="deleted-label">{ i18n::t("ui-mailbox-deleted") }</span>{ " " }
                }
                { text(&summary.subject) }
            </td>
            <td class="date" title={summary.date_full.clone()}>{ text(&summary.date) }</td>
            <td class="actions">
                <button type="button" onclick={open} disabled={props.open_refusal.is_some()} title={open_title}>
                    { i18n::t("ui-mailbox-open") }
                </button>
                <button type="button" onclick={dele} disabled={props.dele_refusal.is_some()} title={dele_title}>
                    { "DELE" }
                </button>
            </td>
        </tr>
    }
}
