//! The demo server's TLS certificates, generated at start: its own
//! self-signed one, for the implicit-TLS listener and for STLS, and one per
//! TLS fault ([`Fault`]), each served on a listener of its own so that a
//! learner can see what every kind of certificate failure looks like (as
//! badssl.com does for the web).

use std::net::SocketAddr;
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DistinguishedName, DnType, IsCa, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::TlsAcceptor;

use pop3::server::HOST;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The names on the demo's certificates: what a learner types as the host.
const NAMES: [&str; 3] = ["localhost", "127.0.0.1", HOST];

/// The one name on the wrong-name fault's certificate.
pub const WRONG_NAME: &str = "wrong.host.pop3.test";

/// A self-signed certificate for the demo's TLS, made at start.
pub struct DemoCertificate {
    /// The TLS acceptor using it.
    pub acceptor: TlsAcceptor,
    /// The certificate, DER-encoded (the proxy trusts it for the demo's addresses).
    pub der: Vec<u8>,
}

/// Generates the demo's self-signed certificate.
pub fn certificate() -> Result<DemoCertificate, BoxError> {
    // A name of its own: the proxy trusts this certificate, so it must not be
    // mistaken for another rcgen default ("rcgen self signed cert").
    let params = params(&NAMES, "POP3 Playground demo server")?;
    let signing_key = KeyPair::generate()?;
    let cert = params.self_signed(&signing_key)?;
    Ok(DemoCertificate {
        acceptor: acceptor(vec![cert.der().clone()], &signing_key)?,
        der: cert.der().to_vec(),
    })
}

/// A TLS fault the demo shows on a listener of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// A certificate whose validity ended on 1 January 2021.
    Expired,
    /// A certificate for [`WRONG_NAME`] only.
    WrongName,
    /// A certificate that signed itself, which nobody trusts.
    SelfSigned,
    /// A certificate from an intermediate authority the server does not send.
    IncompleteChain,
}

impl Fault {
    /// Every fault, in the order of their ports: the ones right after the
    /// demo's implicit-TLS port (1996 to 1999 with the defaults).
    pub const ALL: [Fault; 4] = [
        Fault::Expired,
        Fault::WrongName,
        Fault::SelfSigned,
        Fault::IncompleteChain,
    ];

    /// A short name, for logs.
    pub fn name(self) -> &'static str {
        match self {
            Fault::Expired => "expired",
            Fault::WrongName => "wrong name",
            Fault::SelfSigned => "self-signed",
            Fault::IncompleteChain => "incomplete chain",
        }
    }

    /// Where this fault listens, given the demo's implicit-TLS address: the
    /// next ports in [`Fault::ALL`]'s order, or any free port (0) when that
    /// one is 0. `None` past port 65535.
    pub fn addr(self, demo_tls: SocketAddr) -> Option<SocketAddr> {
        let index = Fault::ALL.iter().position(|f| *f == self)? as u16;
        let port = match demo_tls.port() {
            0 => 0,
            tls => tls.checked_add(1 + index)?,
        };
        Some(SocketAddr::new(demo_tls.ip(), port))
    }
}

/// The faults' certificates, and the demo authority that issued them.
pub struct FaultCertificates {
    /// The demo authority's certificate, DER-encoded. The proxy trusts it at
    /// the demo's addresses only, as it trusts the demo's own certificate, so
    /// that each fault is the only thing wrong (a wrong name shows as such
    /// only on a certificate that is otherwise trusted). Its key is dropped
    /// once the certificates are made: nothing else can ever be signed by it.
    pub authority_der: Vec<u8>,
    /// A TLS acceptor per fault, in [`Fault::ALL`]'s order.
    pub acceptors: Vec<(Fault, TlsAcceptor)>,
}

/// Generates the certificates of the TLS faults:
///
/// - expired: issued by the demo authority, valid during 2020 only;
/// - wrong name: issued by the demo authority for [`WRONG_NAME`];
/// - self-signed: issued by itself, trusted by nobody;
/// - incomplete chain: issued by an intermediate of the demo authority, which
///   the server leaves out of the chain it sends.
pub fn fault_certificates() -> Result<FaultCertificates, BoxError> {
    let authority = CertifiedIssuer::self_signed(
        ca_params("POP3 Playground demo authority")?,
        KeyPair::generate()?,
    )?;
    let intermediate = CertifiedIssuer::signed_by(
        ca_params("POP3 Playground demo intermediate")?,
        KeyPair::generate()?,
        &authority,
    )?;
    let mut acceptors = Vec::new();
    for fault in Fault::ALL {
        let key = KeyPair::generate()?;
        let cert = match fault {
            Fault::Expired => {
                let mut p = params(&NAMES, "POP3 Playground demo (expired)")?;
                p.not_before = rcgen::date_time_ymd(2020, 1, 1);
                p.not_after = rcgen::date_time_ymd(2021, 1, 1);
                p.signed_by(&key, &authority)?
            }
            Fault::WrongName => params(&[WRONG_NAME], WRONG_NAME)?.signed_by(&key, &authority)?,
            Fault::SelfSigned => {
                params(&NAMES, "POP3 Playground demo (self-signed)")?.self_signed(&key)?
            }
            Fault::IncompleteChain => params(&NAMES, "POP3 Playground demo (incomplete chain)")?
                .signed_by(&key, &intermediate)?,
        };
        // Only the leaf, always: for the incomplete chain, that is the fault.
        acceptors.push((fault, acceptor(vec![cert.der().clone()], &key)?));
    }
    Ok(FaultCertificates {
        authority_der: authority.der().to_vec(),
        acceptors,
    })
}

/// A server certificate's parameters: its names and common name.
fn params(names: &[&str], common_name: &str) -> Result<CertificateParams, BoxError> {
    let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    let mut params = CertificateParams::new(names)?;
    params.distinguished_name = DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::CommonName, common_name);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "POP3 Playground");
    Ok(params)
}

/// An authority's parameters: it may sign certificates, and names no host.
fn ca_params(common_name: &str) -> Result<CertificateParams, BoxError> {
    let mut params = params(&[], common_name)?;
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    Ok(params)
}

/// A TLS acceptor that sends `chain` (leaf first) and signs with `key`.
fn acceptor(chain: Vec<CertificateDer<'static>>, key: &KeyPair) -> Result<TlsAcceptor, BoxError> {
    let key = PrivateKeyDer::try_from(key.serialize_der())?;
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_no_client_auth()
    .with_single_cert(chain, key)?;
    Ok(TlsAcceptor::from(Arc::new(config)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_take_the_ports_after_the_demo_tls_port() {
        let tls: SocketAddr = "127.0.0.1:1995".parse().unwrap();
        let ports: Vec<u16> = Fault::ALL
            .iter()
            .map(|f| f.addr(tls).unwrap().port())
            .collect();
        assert_eq!(ports, [1996, 1997, 1998, 1999]);
        let any: SocketAddr = "127.0.0.1:0".parse().unwrap();
        assert_eq!(Fault::Expired.addr(any), Some(any));
        let last: SocketAddr = "127.0.0.1:65534".parse().unwrap();
        assert_eq!(Fault::Expired.addr(last).unwrap().port(), 65535);
        assert_eq!(Fault::WrongName.addr(last), None);
    }

    #[test]
    fn fault_certificates_are_made_in_port_order() {
        let faults = fault_certificates().unwrap();
        let order: Vec<Fault> = faults.acceptors.iter().map(|(f, _)| *f).collect();
        assert_eq!(order, Fault::ALL);
        let authority = crate::tls::describe(&faults.authority_der);
        assert_eq!(authority.subject, authority.issuer);
    }
}
