//! Logging in: USER/PASS, APOP (with its digest shown step by step) and every
//! SASL mechanism the server advertises; STLS first when it is offered.

use pop3::sasl::Mechanism;
use pop3::types::{Capability, Command, State};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::use_session;
use crate::i18n;
use crate::lessons::{DEMO_FAULT_USERS, DEMO_PASSWORD, DEMO_USER};
use crate::services::{browser, inpage};
use crate::state::{Action, PRESETS};

/// How to log in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    UserPass,
    Apop,
    Sasl(Mechanism),
}

impl Method {
    fn value(self) -> String {
        match self {
            Method::UserPass => "user".into(),
            Method::Apop => "apop".into(),
            Method::Sasl(m) => m.name().into(),
        }
    }

    fn label(self) -> String {
        match self {
            Method::UserPass => "USER / PASS (RFC 1939)".into(),
            Method::Apop => "APOP (RFC 1939 §7)".into(),
            Method::Sasl(m) => format!("AUTH {} ({})", m.name(), m.rfc()),
        }
    }

    fn parse(value: &str) -> Method {
        match value {
            "user" => Method::UserPass,
            "apop" => Method::Apop,
            other => Mechanism::from_name(other).map_or(Method::UserPass, Method::Sasl),
        }
    }

    /// Whether the password itself crosses the wire (readable without TLS).
    fn sends_password(self) -> bool {
        matches!(
            self,
            Method::UserPass | Method::Sasl(Mechanism::Plain | Mechanism::Login)
        )
    }
}

/// The login form, shown in the AUTHORIZATION state.
#[function_component(Login)]
pub fn login() -> Html {
    let session = use_session();
    let method = use_state(|| Method::UserPass);
    let user = use_state(String::new);
    let password = use_state(String::new);
    let confirmed_clear = use_state(|| false);
    let user_ref = use_node_ref();
    // When the server greets, the keyboard goes to the login form.
    let greeted =
        session.is_open() && matches!(session.engine.borrow().state(), State::Authorization { .. });
    {
        let user_ref = user_ref.clone();
        use_effect_with(greeted, move |greeted| {
            if *greeted {
                browser::focus_unless_in_course(user_ref.cast());
            }
        });
    }
    let on_demo = PRESETS[..2]
        .iter()
        .any(|p| p.host == session.settings.host && p.port == session.settings.port);
    // The page's own demo keeps this browser's mailboxes, which a reset restores.
    let in_page = session.in_page();
    let reset_done = use_state(|| false);
    let on_reset = {
        let reset_done = reset_done.clone();
        Callback::from(move |_| {
            inpage::reset_mailboxes();
            reset_done.set(true);
        })
    };

    let engine = session.engine.borrow();
    let State::Authorization { timestamp } = engine.state().clone() else {
        return html! {};
    };
    if !session.is_open() {
        return html! {};
    }
    let caps_known = engine.capabilities().is_some();
    let advertised = engine.supported_mechanisms();
    let mut methods = vec![Method::UserPass];
    if timestamp.is_some() {
        methods.push(Method::Apop);
    }
    let mechanisms: Vec<Mechanism> = if caps_known {
        advertised
    } else {
        Mechanism::ALL.to_vec()
    };
    methods.extend(mechanisms.into_iter().map(Method::Sasl));
    let current = if methods.contains(&*method) {
        *method
    } else {
        Method::UserPass
    };
    let stls_offered =
        engine.has_capability(|c| *c == Capability::Stls) == Some(true) && !engine.tls_active();
    let in_clear = session.password_in_clear() && current.sends_password();
    drop(engine);

    let on_method = {
        let method = method.clone();
        Callback::from(move |e: Event| {
            method.set(Method::parse(
                &e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let on_user = {
        let user = user.clone();
        Callback::from(move |e: InputEvent| {
            user.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_password = {
        let password = password.clone();
        Callback::from(move |e: InputEvent| {
            password.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    // The demo's users: fill in the first, name the others.
    let on_fill_demo = {
        let user = user.clone();
        let password = password.clone();
        let method = method.clone();
        Callback::from(move |_| {
            method.set(Method::UserPass);
            user.set(DEMO_USER.to_owned());
            password.set(DEMO_PASSWORD.to_owned());
        })
    };
    let on_stls = {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(Action::Send(Command::Stls)))
    };
    let on_capa = {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(Action::Send(Command::Capa)))
    };
    let on_submit = {
        let session = session.clone();
        let user = user.clone();
        let password = password.clone();
        let confirmed_clear = confirmed_clear.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if in_clear && !*confirmed_clear {
                // The first press shows the warning; the second sends.
                confirmed_clear.set(true);
                return;
            }
            let secret = pop3::Secret::new((*password).clone());
            let user = user.trim().to_owned();
            session.dispatch(match current {
                Method::UserPass => Action::LoginUserPass {
                    user,
                    password: secret,
                },
                Method::Apop => Action::LoginApop { user, secret },
                Method::Sasl(mechanism) => Action::LoginSasl {
                    mechanism,
                    user,
                    secret,
                },
            });
            confirmed_clear.set(false);
        })
    };

    html! {
        <section class="panel login" aria-labelledby="login-title">
            <h2 id="login-title">{ i18n::t("ui-login-title") }</h2>
            if stls_offered {
                <p class="hint">
                    { i18n::t("ui-login-stls-offered") }{ " " }
                    <button type="button" onclick={on_stls}>{ i18n::t("ui-login-send-stls") }</button>
                </p>
            }
            if !caps_known {
                <p class="hint small">
                    { i18n::t("ui-login-capa-hint") }{ " " }
                    <button type="button" onclick={on_capa}>{ i18n::t("ui-login-send-capa") }</button>
                </p>
            }
            if on_demo {
                <p class="hint small demo-credentials" data-testid="demo-credentials">
                    { i18n::tr("ui-login-demo-credentials", &[
                        ("user", i18n::text(DEMO_USER)),
                        ("password", i18n::text(DEMO_PASSWORD)),
                        ("others", i18n::text(DEMO_FAULT_USERS.join(", "))),
                    ]) }{ " " }
                    <button type="button" data-testid="demo-fill" onclick={on_fill_demo}>
                        { i18n::tr("ui-login-demo-fill", &[("user", i18n::text(DEMO_USER))]) }
                    </button>
                    if in_page {
                        { " " }
                        <button type="button" data-testid="demo-reset" onclick={on_reset}>
                            { i18n::t("ui-login-demo-reset") }
                        </button>
                    }
                </p>
                if *reset_done {
                    <p class="small ok" role="status" data-testid="demo-reset-done">{ i18n::t("ui-login-demo-reset-done") }</p>
                }
            }
            <form onsubmit={on_submit}>
                <label>
                    { i18n::t("ui-login-method") }
                    <select data-testid="auth-method" onchange={on_method}>
                        { for methods.iter().map(|m| html! {
                            <option value={m.value()} selected={*m == current}>{ m.label() }</option>
                        }) }
                    </select>
                </label>
                <label>
                    { i18n::t("ui-login-user") }
                    <input data-testid="username" ref={user_ref} value={(*user).clone()} oninput={on_user}
                        autocomplete="username" spellcheck="false" />
                </label>
                <label>
                    { i18n::t(if matches!(current, Method::Sasl(Mechanism::XOAuth2 | Mechanism::OAuthBearer)) { "ui-login-token" } else { "ui-login-password" }) }
                    <input data-testid="password" type="password" value={(*password).clone()} oninput={on_password}
                        autocomplete="current-password" />
                </label>
                if in_clear && *confirmed_clear {
                    <p class="warning" role="alert" data-testid="cleartext-warning">
                        { i18n::tr("ui-login-cleartext-warning", &[("host", i18n::text(session.settings.host.as_str()))]) }
                    </p>
                }
                <button type="submit" class="primary" data-testid="login">
                    { i18n::t(if in_clear && *confirmed_clear { "ui-login-send-in-clear" } else { "ui-login-button" }) }
                </button>
            </form>
            if let Some(error) = &session.login_error {
                <p class="error" role="alert" data-testid="login-error">{ i18n::login_error(error) }</p>
            }
            if current == Method::Apop {
                <ApopSteps timestamp={timestamp.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ApopStepsProps {
    timestamp: Option<String>,
}

/// How the APOP digest is made, without the secret.
#[function_component(ApopSteps)]
fn apop_steps(props: &ApopStepsProps) -> Html {
    let session = use_session();
    let Some(timestamp) = &props.timestamp else {
        return html! {};
    };
    let digest = session.apop.as_ref().map(|a| a.digest.clone());
    html! {
        <ol class="apop-steps small" data-testid="apop-steps">
            <li>{ i18n::t("ui-login-apop-timestamp") }{ " " }<code>{ timestamp }</code></li>
            <li>
                { i18n::t("ui-login-apop-concatenate") }{ " " }
                <code>{ format!("{timestamp}{}", pop3::secret::MASK) }</code>
            </li>
            <li>
                { i18n::t("ui-login-apop-md5") }{ " " }
                <code>{ digest.unwrap_or_else(|| i18n::t("ui-login-apop-pending")) }</code>
            </li>
            <li>{ i18n::t("ui-login-apop-send") }</li>
        </ol>
    }
}
