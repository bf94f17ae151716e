//! The TLS certificate panel: the chain, validity, names and fingerprint, what
//! failed, and "Trust this certificate".

use pop3::wire::{ErrorCode, TlsInfo};
use yew::prelude::*;

use crate::hooks::{connect, use_session};
use crate::i18n;
use crate::state::Action;

/// Shows the certificate that failed to verify, or the one in use.
#[function_component(CertPanel)]
pub fn cert_panel() -> Html {
    let session = use_session();
    let (tls, untrusted): (TlsInfo, bool) = match (&session.untrusted, &session.tls) {
        (Some(t), _) => (t.clone(), true),
        (None, Some(t)) => (t.clone(), false),
        (None, None) => return html! {},
    };
    let on_trust = {
        let session = session.clone();
        Callback::from(move |_| {
            session.dispatch(Action::TrustCertificate);
            connect(&session);
        })
    };
    let title = if untrusted {
        i18n::t("ui-cert-untrusted-title")
    } else {
        i18n::t("ui-cert-title")
    };
    let version = tls
        .version
        .clone()
        .unwrap_or_else(|| i18n::t("ui-cert-no-version"));
    let cipher = tls
        .cipher
        .clone()
        .unwrap_or_else(|| i18n::t("ui-cert-no-cipher"));
    let sni = tls.sni.clone().unwrap_or_else(|| i18n::t("ui-cert-no-sni"));
    // The proxy's typed cause, in words; an older proxy's error says only that
    // the certificate is not trusted.
    let cause = match &session.error {
        Some((_, _, cause)) => *cause,
        None => None,
    };
    let what_failed = i18n::failure(ErrorCode::CertUntrusted, cause);
    html! {
        <section class={classes!("panel", "cert", untrusted.then_some("untrusted"))} data-testid="cert-panel"
            aria-labelledby="cert-title">
            <h2 id="cert-title">{ title }</h2>
            <p class="small">
                { format!("{version} · {cipher} · SNI {sni}") }
            </p>
            if untrusted {
                <p class="error small" data-testid="cert-failure" data-cause={cause.map(|c| c.as_str())}>
                    { i18n::tr("ui-cert-what-failed", &[("error", i18n::text(what_failed))]) }
                </p>
            } else if !tls.verified {
                <p class="warning small">{ i18n::t("ui-cert-pinned") }</p>
            } else {
                <p class="ok small">{ i18n::t("ui-cert-verified") }</p>
            }
            <ol class="chain">
                { for tls.chain.iter().enumerate().map(|(i, cert)| html! {
                    <li>
                        <div>
                            <strong>{ i18n::t(if i == 0 { "ui-cert-server" } else { "ui-cert-issuer" }) }</strong>
                            { " " }{ &cert.subject }
                        </div>
                        <div class="small">
                            { i18n::tr("ui-cert-issued-by", &[("issuer", i18n::text(cert.issuer.as_str()))]) }
                        </div>
                        <div class="small">
                            { i18n::tr("ui-cert-valid", &[
                                ("from", i18n::text(cert.not_before.as_str())),
                                ("until", i18n::text(cert.not_after.as_str())),
                            ]) }
                        </div>
                        if !cert.sans.is_empty() {
                            <div class="small">
                                { i18n::tr("ui-cert-names", &[("names", i18n::text(cert.sans.join(", ")))]) }
                            </div>
                        }
                        <div class="small mono wrap">{ format!("SHA-256 {}", cert.sha256) }</div>
                    </li>
                }) }
            </ol>
            if untrusted && !tls.chain.is_empty() {
                <p class="small">
                    { i18n::t("ui-cert-trust-explain") }
                </p>
                <button class="primary" data-testid="trust-cert" onclick={on_trust}>{ i18n::t("ui-cert-trust") }</button>
            }
        </section>
    }
}
