//! TLS to the POP3 server: verified against the web PKI roots with SNI, with a
//! per-connection certificate exception (a pinned leaf) instead of any global
//! "insecure" switch, and the chain reported so a user can decide.

use std::sync::{Arc, Mutex};

use pop3::wire::{CertInfo, TlsInfo};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
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
    /// certificate) only for connections to the demo's addresses.
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
    ) -> Result<(TlsStream<IO>, TlsInfo), TlsFailure>
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
            .map_err(|e| TlsFailure::other(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(verifier.clone())
            .with_no_client_auth();
        let (server_name, sni) = match host.parse::<std::net::IpAddr>() {
            Ok(ip) => (ServerName::IpAddress(ip.into()), None),
            Err(_) => (
                ServerName::try_from(host.to_owned())
                    .map_err(|e| TlsFailure::other(format!("bad server name: {e}")))?,
                Some(host.to_owned()),
            ),
        };
        let connector = TlsConnector::from(Arc::new(config));
        let result = connector.connect(server_name, tcp).await;
        let seen = verifier.seen.lock().expect("not poisoned").clone();
        let mut info = TlsInfo {
            sni,
            verified: seen.verified,
            error: seen.error.clone(),
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
                let untrusted = seen.error.is_some();
                if info.error.is_none() {
                    info.error = Some(e.to_string());
                }
                Err(TlsFailure {
                    untrusted,
                    message: e.to_string(),
                    info: Some(info),
                })
            }
        }
    }
}

/// Why a TLS handshake failed.
#[derive(Debug)]
pub struct TlsFailure {
    /// The certificate did not verify (and was not pinned).
    pub untrusted: bool,
    /// What failed.
    pub message: String,
    /// What was seen of the server's TLS.
    pub info: Option<TlsInfo>,
}

impl TlsFailure {
    fn other(message: String) -> Self {
        TlsFailure {
            untrusted: false,
            message,
            info: None,
        }
    }
}

#[derive(Debug, Default, Clone)]
struct Seen {
    chain: Vec<Vec<u8>>,
    verified: bool,
    error: Option<String>,
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
                seen.error = Some(e.to_string());
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
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem / 60) % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
