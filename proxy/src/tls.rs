//! TLS to the POP3 server: verified against the web PKI roots with SNI, with a
//! per-connection certificate exception (a pinned leaf) instead of any global
//! "insecure" switch, and the chain reported so a user can decide.

use std::sync::{Arc, Mutex};

use pop3::wire::{CertInfo, TlsFailure, TlsInfo};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, InvalidMessage, RootCertStore,
    SignatureScheme,
};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

/// Shared TLS settings: the root stores and the crypto provider.
#[derive(Debug, Clone)]
pub struct TlsContext {
    /// The web PKI, for every server.
    verifier: Arc<WebPkiServerVerifier>,
    /// The demo server's own certificate, for the demo's addresses only.
    demo_verifier: Option<Arc<WebPkiServerVerifier>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl TlsContext {
    /// Web PKI roots for every server; `demo_roots` (the demo server's own
    /// certificate, and the demo authority that issued the TLS faults'
    /// certificates) only for connections to the demo's addresses.
    pub fn new(demo_roots: &[Vec<u8>]) -> Self {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let verifier =
            WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                .build()
                .expect("the web PKI root store is not empty");
        let mut demo = RootCertStore::empty();
        for der in demo_roots {
            // A certificate that cannot be an anchor is simply not trusted.
            let _ = demo.add(CertificateDer::from(der.clone()));
        }
        // Fails only for an empty store: no demo, nothing to trust.
        let demo_verifier =
            WebPkiServerVerifier::builder_with_provider(Arc::new(demo), provider.clone())
                .build()
                .ok();
        TlsContext {
            verifier,
            demo_verifier,
            provider,
        }
    }

    /// Runs a TLS handshake over `tcp`. `pin` (hex SHA-256 of a leaf) accepts that
    /// exact certificate even if it does not verify. `demo`: `tcp` goes to one
    /// of the demo server's addresses, so the demo's certificate is the trusted
    /// one (and the web PKI is not needed).
    pub async fn connect<IO>(
        &self,
        tcp: IO,
        host: &str,
        pin: Option<&str>,
        demo: bool,
    ) -> Result<(TlsStream<IO>, TlsInfo), HandshakeFailure>
    where
        IO: AsyncRead + AsyncWrite + Unpin,
    {
        let inner = match (&self.demo_verifier, demo) {
            (Some(demo), true) => demo.clone(),
            _ => self.verifier.clone(),
        };
        let verifier = Arc::new(RecordingVerifier {
            inner,
            pin: pin.map(|p| p.trim().to_ascii_lowercase()),
            seen: Mutex::new(Seen::default()),
        });
        let config = ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| HandshakeFailure::other(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(verifier.clone())
            .with_no_client_auth();
        let (server_name, sni) = match host.parse::<std::net::IpAddr>() {
            Ok(ip) => (ServerName::IpAddress(ip.into()), None),
            Err(_) => (
                ServerName::try_from(host.to_owned())
                    .map_err(|e| HandshakeFailure::other(format!("bad server name: {e}")))?,
                Some(host.to_owned()),
            ),
        };
        let connector = TlsConnector::from(Arc::new(config));
        let result = connector.connect(server_name, tcp).await;
        let seen = verifier.seen.lock().expect("not poisoned").clone();
        let mut info = TlsInfo {
            sni,
            verified: seen.verified,
            error: None,
            chain: seen.chain.iter().map(|der| describe(der)).collect(),
            ..TlsInfo::default()
        };
        match result {
            Ok(stream) => {
                let (_, connection) = stream.get_ref();
                info.version = connection
                    .protocol_version()
                    .and_then(|v| v.as_str())
                    .map(str::to_owned);
                info.cipher = connection
                    .negotiated_cipher_suite()
                    .and_then(|c| c.suite().as_str())
                    .map(str::to_owned);
                Ok((stream, info))
            }
            Err(e) => {
                // The verifier's own error when it refused the chain; otherwise
                // the TLS library's, carried inside the I/O error.
                let tls_error = seen.error.clone().or_else(|| {
                    e.get_ref()
                        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                        .cloned()
                });
                let cause = match &tls_error {
                    Some(error) => classify(error, &seen.chain),
                    None => TlsFailure::HandshakeFailed,
                };
                let detail = match &tls_error {
                    Some(error) => detail(cause, error, &info.chain, host),
                    None => e.to_string(),
                };
                let message = format!("{}: {detail}", describe_failure(cause));
                info.error = Some(message.clone());
                Err(HandshakeFailure {
                    untrusted: seen.error.is_some(),
                    cause: Some(cause),
                    message,
                    info: Some(info),
                })
            }
        }
    }
}

/// Why a TLS handshake failed.
#[derive(Debug)]
pub struct HandshakeFailure {
    /// The certificate did not verify (and was not pinned).
    pub untrusted: bool,
    /// The cause, when the handshake got as far as having one.
    pub cause: Option<TlsFailure>,
    /// What failed, in English, for logs and for clients without the app's
    /// catalogs.
    pub message: String,
    /// What was seen of the server's TLS.
    pub info: Option<TlsInfo>,
}

impl HandshakeFailure {
    fn other(message: String) -> Self {
        HandshakeFailure {
            untrusted: false,
            cause: None,
            message,
            info: None,
        }
    }
}

/// The cause of a failed handshake, from the TLS library's error and the chain
/// the server sent (leaf first, DER).
pub fn classify(error: &rustls::Error, chain: &[Vec<u8>]) -> TlsFailure {
    match error {
        rustls::Error::InvalidCertificate(e) => match e {
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                TlsFailure::Expired
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                TlsFailure::NotYetValid
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                TlsFailure::WrongName
            }
            CertificateError::UnknownIssuer => unknown_issuer(chain),
            CertificateError::BadSignature => TlsFailure::BadSignature,
            CertificateError::Other(other)
                if matches!(
                    other.0.downcast_ref::<webpki::Error>(),
                    Some(webpki::Error::CaUsedAsEndEntity)
                ) =>
            {
                TlsFailure::CaUsedAsLeaf
            }
            _ => TlsFailure::InvalidCertificate,
        },
        // The first bytes back are not a TLS record header: the port speaks
        // something else, in clear (a POP3 greeting's "+OK", say).
        rustls::Error::InvalidMessage(
            InvalidMessage::InvalidContentType
            | InvalidMessage::UnknownProtocolVersion
            | InvalidMessage::MessageTooLarge,
        ) if chain.is_empty() => TlsFailure::NotTls,
        _ => TlsFailure::HandshakeFailed,
    }
}

/// An unknown issuer, told apart by the chain's shape: one certificate that
/// issued itself is self-signed; a chain that stops at a certificate issued by
/// someone else is missing a link; a chain up to a root nobody trusts has an
/// unknown issuer.
fn unknown_issuer(chain: &[Vec<u8>]) -> TlsFailure {
    let self_issued = |der: &Vec<u8>| {
        x509_parser::parse_x509_certificate(der)
            .is_ok_and(|(_, cert)| cert.subject().as_raw() == cert.issuer().as_raw())
    };
    match chain {
        [leaf] if self_issued(leaf) => TlsFailure::SelfSigned,
        [.., last] if !self_issued(last) => TlsFailure::IncompleteChain,
        _ => TlsFailure::UnknownIssuer,
    }
}

/// A cause in English, for the proxy's message (the app says it in the reader's
/// language from the cause itself).
pub fn describe_failure(cause: TlsFailure) -> &'static str {
    match cause {
        TlsFailure::SelfSigned => "the server's certificate is self-signed",
        TlsFailure::CaUsedAsLeaf => "the server presents a CA certificate as its own",
        TlsFailure::Expired => "the server's certificate has expired",
        TlsFailure::NotYetValid => "the server's certificate is not valid yet",
        TlsFailure::WrongName => "the server's certificate is for another name",
        TlsFailure::UnknownIssuer => "the server's certificate comes from an untrusted authority",
        TlsFailure::IncompleteChain => {
            "the server did not send the intermediate certificate its certificate needs"
        }
        TlsFailure::BadSignature => "a signature in the server's chain does not verify",
        TlsFailure::InvalidCertificate => "the server's certificate cannot be used",
        TlsFailure::HandshakeFailed => "the TLS handshake failed",
        TlsFailure::NotTls => "the server does not speak TLS on this port",
    }
}

/// The facts behind a cause, from the certificates themselves where they say
/// it best (the TLS library prints some of its errors in their debug form).
fn detail(cause: TlsFailure, error: &rustls::Error, chain: &[CertInfo], host: &str) -> String {
    let (Some(leaf), Some(last)) = (chain.first(), chain.last()) else {
        return match cause {
            TlsFailure::NotTls => "what came back is not a TLS record".to_owned(),
            _ => error.to_string(),
        };
    };
    match cause {
        TlsFailure::Expired => format!("it was valid until {}", leaf.not_after),
        TlsFailure::NotYetValid => format!("it is valid from {}", leaf.not_before),
        TlsFailure::WrongName => format!(
            "it names {}, not {host}",
            if leaf.sans.is_empty() {
                "no host".to_owned()
            } else {
                leaf.sans.join(", ")
            }
        ),
        TlsFailure::SelfSigned => format!("{} issued it to itself", leaf.subject),
        TlsFailure::CaUsedAsLeaf => format!("{} may sign other certificates", leaf.subject),
        TlsFailure::IncompleteChain => format!("missing: the certificate of {}", last.issuer),
        TlsFailure::UnknownIssuer => format!("the chain ends at {}", last.issuer),
        _ => match error {
            rustls::Error::InvalidCertificate(CertificateError::Other(other)) => {
                format!("invalid peer certificate: {}", other.0)
            }
            other => other.to_string(),
        },
    }
}

#[derive(Debug, Default, Clone)]
struct Seen {
    chain: Vec<Vec<u8>>,
    verified: bool,
    error: Option<rustls::Error>,
}

/// Verifies with the web PKI, remembers the chain, and honours a pin.
#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<WebPkiServerVerifier>,
    pin: Option<String>,
    seen: Mutex<Seen>,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let result = self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        let mut seen = self.seen.lock().expect("not poisoned");
        seen.chain = std::iter::once(end_entity)
            .chain(intermediates)
            .map(|c| c.as_ref().to_vec())
            .collect();
        match result {
            Ok(ok) => {
                seen.verified = true;
                Ok(ok)
            }
            Err(e) if self.pin.as_deref() == Some(sha256_hex(end_entity).as_str()) => {
                // A certificate exception: this exact leaf, chosen by the user.
                seen.error = None;
                seen.verified = false;
                let _ = e;
                Ok(ServerCertVerified::assertion())
            }
            Err(e) => {
                seen.error = Some(e.clone());
                Err(e)
            }
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// Hex SHA-256 of a certificate's DER bytes.
pub fn sha256_hex(der: &[u8]) -> String {
    pop3::lower_hex(&Sha256::digest(der))
}

/// The fields of a certificate a user needs to decide whether to trust it.
pub fn describe(der: &[u8]) -> CertInfo {
    let sha256 = sha256_hex(der);
    match x509_parser::parse_x509_certificate(der) {
        Ok((_, cert)) => {
            let sans = cert
                .subject_alternative_name()
                .ok()
                .flatten()
                .map(|ext| {
                    ext.value
                        .general_names
                        .iter()
                        .filter_map(|name| match name {
                            x509_parser::extensions::GeneralName::DNSName(d) => {
                                Some((*d).to_owned())
                            }
                            x509_parser::extensions::GeneralName::IPAddress(ip) => ip_string(ip),
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            CertInfo {
                subject: cert.subject().to_string(),
                issuer: cert.issuer().to_string(),
                not_before: rfc3339(cert.validity().not_before.timestamp()),
                not_after: rfc3339(cert.validity().not_after.timestamp()),
                sans,
                sha256,
            }
        }
        Err(e) => CertInfo {
            subject: format!("(unparseable certificate: {e})"),
            sha256,
            ..CertInfo::default()
        },
    }
}

fn ip_string(bytes: &[u8]) -> Option<String> {
    match bytes.len() {
        4 => Some(std::net::Ipv4Addr::from(<[u8; 4]>::try_from(bytes).ok()?).to_string()),
        16 => Some(std::net::Ipv6Addr::from(<[u8; 16]>::try_from(bytes).ok()?).to_string()),
        _ => None,
    }
}

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
fn rfc3339(secs: i64) -> String {
    pop3::utc::Utc::from_unix(secs).rfc3339()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::net::TcpStream;

    #[test]
    fn dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }

    /// The demo's self-signed certificate verifies on the demo's addresses
    /// and nowhere else.
    #[tokio::test]
    async fn the_demo_certificate_is_trusted_for_the_demo_only() {
        let demo = crate::demo::certificate().unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let acceptor = demo.acceptor.clone();
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let _ = acceptor.accept(tcp).await;
                });
            }
        });
        let context = TlsContext::new(std::slice::from_ref(&demo.der));
        let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
        let (_, info) = context.connect(tcp, "localhost", None, true).await.unwrap();
        assert!(info.verified);
        let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
        let failure = context
            .connect(tcp, "localhost", None, false)
            .await
            .unwrap_err();
        assert!(failure.untrusted, "{}", failure.message);
    }

    /// Each TLS fault of the demo fails at the demo's addresses with its own
    /// cause, though the demo authority is trusted there; away from the demo,
    /// that authority is trusted by nobody.
    #[tokio::test]
    async fn demo_faults_fail_each_with_its_own_cause() {
        use crate::demo::Fault;
        let demo = crate::demo::certificate().unwrap();
        let faults = crate::demo::fault_certificates().unwrap();
        let context = TlsContext::new(&[demo.der.clone(), faults.authority_der.clone()]);
        for (fault, acceptor) in faults.acceptors {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            tokio::spawn(async move {
                while let Ok((tcp, _)) = listener.accept().await {
                    let acceptor = acceptor.clone();
                    tokio::spawn(async move {
                        let _ = acceptor.accept(tcp).await;
                    });
                }
            });
            let expected = match fault {
                Fault::Expired => TlsFailure::Expired,
                Fault::WrongName => TlsFailure::WrongName,
                Fault::SelfSigned => TlsFailure::SelfSigned,
                Fault::IncompleteChain => TlsFailure::IncompleteChain,
            };
            let tcp = TcpStream::connect(addr).await.unwrap();
            let failure = context
                .connect(tcp, "localhost", None, true)
                .await
                .unwrap_err();
            assert!(failure.untrusted, "{fault:?}: {}", failure.message);
            assert_eq!(failure.cause, Some(expected), "{fault:?}");
            let tcp = TcpStream::connect(addr).await.unwrap();
            let failure = context
                .connect(tcp, "localhost", None, false)
                .await
                .unwrap_err();
            assert!(failure.untrusted, "{fault:?} away from the demo");
            if fault == Fault::WrongName {
                assert_ne!(failure.cause, Some(TlsFailure::WrongName));
            }
        }
    }

    /// A self-signed certificate for localhost, DER; a CA one when `ca`.
    fn self_signed(ca: bool) -> (Vec<u8>, rcgen::KeyPair) {
        let mut params = rcgen::CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
        if ca {
            params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        }
        let key = rcgen::KeyPair::generate().unwrap();
        (params.self_signed(&key).unwrap().der().to_vec(), key)
    }

    #[test]
    fn library_errors_map_to_causes() {
        use std::sync::Arc;
        let cert = rustls::Error::InvalidCertificate;
        let (leaf, _) = self_signed(false);
        // rcgen's default name is the same for every certificate: the
        // authority gets one of its own.
        let mut authority = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        authority.distinguished_name = rcgen::DistinguishedName::new();
        authority
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Test authority");
        let authority =
            rcgen::CertifiedIssuer::self_signed(authority, rcgen::KeyPair::generate().unwrap())
                .unwrap();
        let issued = rcgen::CertificateParams::new(vec!["localhost".to_owned()])
            .unwrap()
            .signed_by(&rcgen::KeyPair::generate().unwrap(), &authority)
            .unwrap()
            .der()
            .to_vec();
        let root = authority.der().to_vec();
        let webpki =
            |e: webpki::Error| cert(CertificateError::Other(rustls::OtherError(Arc::new(e))));
        for (error, chain, cause) in [
            (cert(CertificateError::Expired), vec![], TlsFailure::Expired),
            (
                cert(CertificateError::ExpiredContext {
                    time: UnixTime::since_unix_epoch(std::time::Duration::from_secs(2)),
                    not_after: UnixTime::since_unix_epoch(std::time::Duration::from_secs(1)),
                }),
                vec![],
                TlsFailure::Expired,
            ),
            (
                cert(CertificateError::NotValidYet),
                vec![],
                TlsFailure::NotYetValid,
            ),
            (
                cert(CertificateError::NotValidForName),
                vec![],
                TlsFailure::WrongName,
            ),
            (
                cert(CertificateError::NotValidForNameContext {
                    expected: ServerName::try_from("pop.example.org").unwrap(),
                    presented: vec!["DnsName(\"other.example\")".into()],
                }),
                vec![],
                TlsFailure::WrongName,
            ),
            (
                cert(CertificateError::UnknownIssuer),
                vec![leaf.clone()],
                TlsFailure::SelfSigned,
            ),
            (
                cert(CertificateError::UnknownIssuer),
                vec![issued.clone()],
                TlsFailure::IncompleteChain,
            ),
            (
                cert(CertificateError::UnknownIssuer),
                vec![issued, root],
                TlsFailure::UnknownIssuer,
            ),
            (
                cert(CertificateError::BadSignature),
                vec![],
                TlsFailure::BadSignature,
            ),
            (
                webpki(webpki::Error::CaUsedAsEndEntity),
                vec![],
                TlsFailure::CaUsedAsLeaf,
            ),
            (
                webpki(webpki::Error::EndEntityUsedAsCa),
                vec![],
                TlsFailure::InvalidCertificate,
            ),
            (
                cert(CertificateError::BadEncoding),
                vec![],
                TlsFailure::InvalidCertificate,
            ),
            (
                rustls::Error::InvalidMessage(InvalidMessage::InvalidContentType),
                vec![],
                TlsFailure::NotTls,
            ),
            (
                rustls::Error::InvalidMessage(InvalidMessage::InvalidContentType),
                vec![leaf],
                TlsFailure::HandshakeFailed,
            ),
            (
                rustls::Error::AlertReceived(rustls::AlertDescription::HandshakeFailure),
                vec![],
                TlsFailure::HandshakeFailed,
            ),
        ] {
            assert_eq!(classify(&error, &chain), cause, "{error:?}");
        }
    }

    /// A server that presents `der` (signed by `key`) to one client.
    async fn serve_once(der: Vec<u8>, key: &rcgen::KeyPair) -> std::net::SocketAddr {
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(der)],
            rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).unwrap(),
        )
        .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (tcp, _) = listener.accept().await.unwrap();
            let _ = tokio_rustls::TlsAcceptor::from(Arc::new(config))
                .accept(tcp)
                .await;
        });
        addr
    }

    #[tokio::test]
    async fn a_ca_certificate_as_the_server_s_own_is_named_without_debug_text() {
        let (der, key) = self_signed(true);
        let addr = serve_once(der, &key).await;
        let tcp = TcpStream::connect(addr).await.unwrap();
        let Err(failure) = TlsContext::new(&[])
            .connect(tcp, "localhost", None, false)
            .await
        else {
            panic!("a CA certificate was accepted as a server's");
        };
        assert!(failure.untrusted);
        assert_eq!(failure.cause, Some(TlsFailure::CaUsedAsLeaf));
        assert!(!failure.message.contains("Other("), "{}", failure.message);
        let info = failure.info.unwrap();
        assert_eq!(info.error.as_deref(), Some(failure.message.as_str()));
        assert_eq!(info.chain.len(), 1);
    }

    #[tokio::test]
    async fn a_pinned_self_signed_certificate_is_accepted() {
        let (der, key) = self_signed(false);
        let pin = sha256_hex(&der);
        let addr = serve_once(der, &key).await;
        let tcp = TcpStream::connect(addr).await.unwrap();
        let (_, info) = TlsContext::new(&[])
            .connect(tcp, "localhost", Some(&pin.to_ascii_uppercase()), false)
            .await
            .unwrap();
        assert!(!info.verified);
        assert_eq!(info.error, None);
    }

    #[test]
    fn describes_a_generated_certificate() {
        let cert = rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()])
            .unwrap();
        let info = describe(cert.cert.der());
        assert_eq!(info.sans, ["localhost", "127.0.0.1"]);
        assert_eq!(info.sha256.len(), 64);
        assert!(info.not_after > info.not_before);
    }
}
