//! The demo server's TLS certificate: self-signed, generated at start, for the
//! implicit-TLS listener and for STLS.

use std::sync::Arc;

use tokio_rustls::TlsAcceptor;

use super::HOST;

/// A self-signed certificate for the demo's TLS, made at start.
pub struct DemoCertificate {
    /// The TLS acceptor using it.
    pub acceptor: TlsAcceptor,
    /// The certificate, DER-encoded (the proxy trusts it for the demo's addresses).
    pub der: Vec<u8>,
}

/// Generates the demo's self-signed certificate.
pub fn certificate() -> Result<DemoCertificate, Box<dyn std::error::Error + Send + Sync>> {
    let names = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        HOST.to_owned(),
    ];
    let mut params = rcgen::CertificateParams::new(names)?;
    // A name of its own: the proxy trusts this certificate, so it must not be
    // mistaken for another rcgen default ("rcgen self signed cert").
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "POP3 Playground demo server");
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationName, "POP3 Playground");
    let signing_key = rcgen::KeyPair::generate()?;
    let cert = params.self_signed(&signing_key)?;
    let der = cert.der().to_vec();
    let key = rustls::pki_types::PrivateKeyDer::try_from(signing_key.serialize_der())?;
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_no_client_auth()
    .with_single_cert(vec![cert.der().clone()], key)?;
    Ok(DemoCertificate {
        acceptor: TlsAcceptor::from(Arc::new(config)),
        der,
    })
}
