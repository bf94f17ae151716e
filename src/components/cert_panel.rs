//! The TLS certificate panel: the chain, validity, names and fingerprint, what
//! failed, and "Trust this certificate".

use pop3::wire::TlsInfo;
use yew::prelude::*;

use crate::hooks::{connect, use_session};
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
        "Untrusted certificate"
    } else {
        "TLS certificate"
    };
    html! {
        <section class={classes!("panel", "cert", untrusted.then_some("untrusted"))} data-testid="cert-panel"
            aria-labelledby="cert-title">
            <h2 id="cert-title">{ title }</h2>
            <p class="small">
                { format!("{} · {} · SNI {}",
                    tls.version.as_deref().unwrap_or("handshake not finished"),
                    tls.cipher.as_deref().unwrap_or("no cipher"),
                    tls.sni.as_deref().unwrap_or("none (an IP address)")) }
            </p>
            if let Some(error) = &tls.error {
                <p class="error small">{ format!("What failed: {error}") }</p>
            } else if !tls.verified {
                <p class="warning small">{ "Not verified against the public roots: accepted because you pinned it." }</p>
            } else {
                <p class="ok small">{ "Verified against the public roots." }</p>
            }
            <ol class="chain">
                { for tls.chain.iter().enumerate().map(|(i, cert)| html! {
                    <li>
                        <div><strong>{ if i == 0 { "Server: " } else { "Issuer: " } }</strong>{ &cert.subject }</div>
                        <div class="small">{ format!("issued by {}", cert.issuer) }</div>
                        <div class="small">{ format!("valid {} to {}", cert.not_before, cert.not_after) }</div>
                        if !cert.sans.is_empty() {
                            <div class="small">{ format!("names: {}", cert.sans.join(", ")) }</div>
                        }
                        <div class="small mono wrap">{ format!("SHA-256 {}", cert.sha256) }</div>
                    </li>
                }) }
            </ol>
            if untrusted && !tls.chain.is_empty() {
                <p class="small">
                    { "Trust this exact certificate for this server (a certificate exception, as mail clients have); \
                       the connection is made again with its fingerprint pinned." }
                </p>
                <button class="primary" data-testid="trust-cert" onclick={on_trust}>{ "Trust this certificate" }</button>
            }
        </section>
    }
}
