//! Where to connect: proxy URL, host, port, security, presets, and the
//! one-click demo.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::{connect, use_session};
use crate::i18n;
use crate::state::{
    Action, Fact, Hop, Link, PRESETS, Preset, ProxyKind, ProxyPresence, Security, Settings,
    TLS_FAULTS, Via, port_for_security,
};

/// A preset in the list; its value is its label's id.
fn preset_option(preset: &Preset) -> Html {
    html! { <option value={preset.label}>{ i18n::t(preset.label) }</option> }
}

/// The connection form.
#[function_component(ConnectionForm)]
pub fn connection_form() -> Html {
    let session = use_session();
    let settings = session.settings.clone();
    let busy = matches!(session.link, Link::Connecting | Link::Open);
    let in_page = settings.via == Via::InPage;

    let update = {
        let session = session.clone();
        move |change: Box<dyn Fn(&mut Settings)>| {
            let mut settings = session.settings.clone();
            change(&mut settings);
            session.dispatch(Action::Configure(settings));
        }
    };
    let on_proxy = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            update(Box::new(move |s| s.proxy_url = value.trim().to_owned()));
        })
    };
    let on_host = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            update(Box::new(move |s| {
                s.host = value.trim().to_owned();
                s.pin_sha256 = None;
            }));
        })
    };
    let on_port = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(port) = value.trim().parse::<u16>() {
                update(Box::new(move |s| {
                    s.port = port;
                    s.pin_sha256 = None;
                }));
            }
        })
    };
    let on_kind = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            update(Box::new(move |s| s.proxy_kind = ProxyKind::parse(&value)));
        })
    };
    let on_via = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            update(Box::new(move |s| {
                s.via = Via::parse(&value);
                // In the page there is no TLS: the demo's plain port.
                if s.via == Via::InPage {
                    let demo = &PRESETS[0];
                    s.host = demo.host.to_owned();
                    s.port = demo.port;
                    s.security = demo.security;
                    s.pin_sha256 = None;
                }
            }));
        })
    };
    let on_security = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            update(Box::new(move |s| {
                s.security = Security::parse(&value);
                // A default port follows the security; a port the user typed stays.
                let port = port_for_security(s.port, s.security);
                if port != s.port {
                    s.port = port;
                    s.pin_sha256 = None;
                }
            }));
        })
    };
    let on_preset = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            // An option's value is its preset's label id.
            let value = select.value();
            if let Some(preset) = PRESETS.iter().chain(&TLS_FAULTS).find(|p| p.label == value) {
                update(Box::new(move |s| {
                    s.host = preset.host.to_owned();
                    s.port = preset.port;
                    s.security = preset.security;
                    s.pin_sha256 = None;
                    // Anything but the plain demo needs the proxy.
                    if s.via == Via::InPage && preset.security != Security::None {
                        s.via = Via::Auto;
                    }
                }));
            }
            select.set_value("");
        })
    };
    let on_connect = {
        let session = session.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            connect(&session);
        })
    };
    let on_disconnect = {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(Action::Disconnect))
    };
    let on_demo = {
        let session = session.clone();
        Callback::from(move |_| {
            let demo = &PRESETS[0];
            let mut settings = session.settings.clone();
            settings.host = demo.host.to_owned();
            settings.port = demo.port;
            settings.security = demo.security;
            settings.pin_sha256 = None;
            session.dispatch(Action::Configure(settings));
            connect(&session);
        })
    };

    let status = match &session.link {
        Link::Idle => {
            html! { <span class="muted">{ i18n::t("ui-connection-not-connected") }</span> }
        }
        Link::Connecting => {
            html! { <span class="muted">{ i18n::t("ui-connection-connecting") }</span> }
        }
        Link::Open if session.in_page() => {
            html! { <span class="ok">{ i18n::t("ui-connection-connected-in-page") }</span> }
        }
        Link::Open => {
            let connected = i18n::tr(
                "ui-connection-connected",
                &[
                    ("host", i18n::text(settings.host.as_str())),
                    ("port", i18n::text(settings.port.to_string())),
                ],
            );
            html! { <span class="ok">{ connected }</span> }
        }
        Link::Closed => {
            // The fact that ended the connection is the transcript's last word,
            // unless the proxy said why before it closed: then that, by cause.
            let transcript = session.transcript.borrow();
            let this_connection = transcript
                .entries()
                .iter()
                .rev()
                .take_while(|e| e.fact != Fact::NewConnection);
            let mut why = None;
            for entry in this_connection {
                match &entry.fact {
                    Fact::LinkError { code, cause, .. } => {
                        why = Some(i18n::failure_at_hop(*code, *cause));
                        break;
                    }
                    Fact::Closed { .. } | Fact::SessionEnded { .. } | Fact::StlsImpossible
                        if why.is_none() =>
                    {
                        why = Some(i18n::line(entry));
                    }
                    _ => {}
                }
            }
            match why {
                Some(why) => {
                    let words = i18n::tr(
                        "ui-connection-disconnected-why",
                        &[("reason", i18n::text(why))],
                    );
                    html! { <span class="muted">{ words }</span> }
                }
                None => {
                    html! { <span class="muted">{ i18n::t("ui-connection-disconnected") }</span> }
                }
            }
        }
    };

    html! {
        <section class="panel connection" aria-labelledby="connection-title">
            <h2 id="connection-title">{ i18n::t("ui-connection-title") }</h2>
            <button class="primary wide" data-testid="try-demo" onclick={on_demo} disabled={busy}>
                { i18n::t("ui-connection-try-demo") }
            </button>
            if session.proxy == ProxyPresence::Absent {
                <p class="small muted" data-testid="no-proxy-note">{ i18n::t("ui-connection-no-proxy") }</p>
            }
            <form onsubmit={on_connect}>
                <label>
                    { i18n::t("ui-connection-preset") }
                    <select data-testid="preset" onchange={on_preset} disabled={busy} aria-label={i18n::t("ui-connection-preset")}>
                        <option value="" selected=true>{ i18n::t("ui-connection-choose-server") }</option>
                        { for PRESETS.iter().map(preset_option) }
                        <optgroup label={i18n::t("ui-connection-tls-faults")}>
                            { for TLS_FAULTS.iter().map(preset_option) }
                        </optgroup>
                    </select>
                </label>
                <div class="row">
                    <label class="grow">
                        { i18n::t("ui-connection-host") }
                        <input data-testid="host" value={settings.host.clone()} onchange={on_host}
                            disabled={busy || in_page} autocomplete="off" spellcheck="false" />
                    </label>
                    <label class="port">
                        { i18n::t("ui-connection-port") }
                        <input data-testid="port" type="number" min="1" max="65535"
                            value={settings.port.to_string()} onchange={on_port} disabled={busy || in_page} />
                    </label>
                </div>
                <label>
                    { i18n::t("ui-connection-security") }
                    <select data-testid="security" onchange={on_security} disabled={busy || in_page}>
                        { for [(Security::None, "ui-connection-security-none"), (Security::Stls, "ui-connection-security-stls"), (Security::Implicit, "ui-connection-security-implicit")]
                            .into_iter().map(|(s, label)| html! {
                                <option value={s.as_str()} selected={settings.security == s}>{ i18n::t(label) }</option>
                            }) }
                    </select>
                </label>
                if in_page {
                    <p class="small muted" data-testid="in-page-note">{ i18n::t("ui-connection-via-no-tls") }</p>
                }
                <details open={settings.proxy_kind == ProxyKind::Websockify || settings.via != Via::Auto}>
                    <summary>{ i18n::t("ui-connection-proxy") }</summary>
                    <label>
                        { i18n::t("ui-connection-via") }
                        <select data-testid="transport" onchange={on_via} disabled={busy}>
                            { for [(Via::Auto, "ui-connection-via-auto"), (Via::InPage, "ui-connection-via-in-page"), (Via::Proxy, "ui-connection-via-proxy")]
                                .into_iter().map(|(via, label)| html! {
                                    <option value={via.as_str()} selected={settings.via == via}>{ i18n::t(label) }</option>
                                }) }
                        </select>
                    </label>
                    <label>
                        { i18n::t("ui-connection-proxy-kind") }
                        <select data-testid="proxy-kind" onchange={on_kind} disabled={busy}>
                            <option value="playground" selected={settings.proxy_kind == ProxyKind::Playground}>
                                { i18n::t("ui-connection-kind-playground") }
                            </option>
                            <option value="websockify" selected={settings.proxy_kind == ProxyKind::Websockify}>
                                { i18n::t("ui-connection-kind-websockify") }
                            </option>
                        </select>
                    </label>
                    if let Some(why) = settings.proxy_kind.lacks_control_channel() {
                        <p class="small warning" data-testid="websockify-note">
                            { i18n::tr("ui-connection-websockify-off", &[("reason", i18n::text(i18n::t(why)))]) }
                        </p>
                    }
                    <label>
                        { i18n::t("ui-connection-proxy-url") }
                        <input data-testid="proxy-url" value={settings.proxy_url.clone()} onchange={on_proxy}
                            disabled={busy} spellcheck="false" />
                    </label>
                </details>
                if settings.pin_sha256.is_some() {
                    <p class="muted small">{ i18n::t("ui-connection-pinned") }</p>
                }
                <div class="row">
                    <button type="submit" data-testid="connect" disabled={busy}>{ i18n::t("ui-connection-connect") }</button>
                    <button type="button" data-testid="disconnect" onclick={on_disconnect} disabled={!busy}>
                        { i18n::t("ui-connection-disconnect") }
                    </button>
                </div>
            </form>
            <p class="status" role="status">{ status }</p>
            if let Some((code, message, cause)) = &session.error {
                <p class="error" role="alert" data-testid="proxy-error"
                    data-hop={Hop::of(*code).as_str()} data-cause={cause.map(|c| c.as_str())}>
                    <strong>{ i18n::failure_at_hop(*code, *cause) }</strong>
                    <br />
                    <span class="small">{ i18n::tr("ui-connection-proxy-said", &[("message", i18n::text(message.as_str()))]) }</span>
                </p>
            }
        </section>
    }
}
