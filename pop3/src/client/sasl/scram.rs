//! SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding: the client's
//! messages, the proof of the password and the check of the server's signature.
//!
//! ```text
//! client-first-message   gs2-header n=saslname,r=cnonce
//! server-first-message   r=cnonce snonce,s=salt,i=count
//! client-final-message   c=base64(gs2-header),r=cnonce snonce,p=proof
//! server-final-message   v=signature  (or e=error)
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use super::MAX_SCRAM_ITERATIONS;
use super::error::{SaslError, malformed};
use crate::apop::lower_hex;

/// The bare part of the client-first-message, `n=saslname,r=cnonce`, which also
/// goes into the AuthMessage (RFC 5802 §3).
pub(super) fn client_first_bare(username: &str, nonce: &str) -> String {
    let username = saslprep_or_raw(username);
    format!("n={},r={nonce}", sasl_name(&username))
}

/// The client-final-message and what the rest of the exchange needs.
pub(super) struct ClientFinal {
    /// `c=...,r=...,p=proof`.
    pub(super) message: String,
    /// The signature the server must send back in its server-final-message.
    pub(super) server_signature: [u8; 32],
    /// The server's PBKDF2 iteration count.
    pub(super) iterations: u32,
}

/// Answers SCRAM's server-first-message with the client-final-message
/// (RFC 5802 §3 and §5.1). `nonce` is the client's nonce, `gs2_header` the
/// header sent in the client-first-message.
pub(super) fn client_final(
    nonce: &str,
    password: &str,
    gs2_header: &str,
    client_first_bare: &str,
    challenge: &[u8],
) -> Result<ClientFinal, SaslError> {
    let server_first = ServerFirst::parse(challenge)?;
    if !server_first.nonce.starts_with(nonce) {
        return Err(SaslError::NonceMismatch);
    }
    if server_first.iterations > MAX_SCRAM_ITERATIONS {
        return Err(SaslError::IterationCountTooHigh {
            iterations: server_first.iterations,
            limit: MAX_SCRAM_ITERATIONS,
        });
    }

    let password = saslprep_or_raw(password);
    let mut salted_password = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(
        password.as_bytes(),
        &server_first.salt,
        server_first.iterations,
        &mut salted_password,
    );
    let client_key = hmac_sha256(&salted_password, b"Client Key");
    let stored_key: [u8; 32] = Sha256::digest(client_key).into();
    let server_key = hmac_sha256(&salted_password, b"Server Key");

    let without_proof = format!("c={},r={}", BASE64.encode(gs2_header), server_first.nonce);
    let auth_message = format!(
        "{client_first_bare},{},{without_proof}",
        server_first.message
    );
    let client_signature = hmac_sha256(&stored_key, auth_message.as_bytes());
    let mut client_proof = client_key;
    for (proof, signature) in client_proof.iter_mut().zip(client_signature) {
        *proof ^= signature;
    }
    let server_signature = hmac_sha256(&server_key, auth_message.as_bytes());

    Ok(ClientFinal {
        message: format!("{without_proof},p={}", BASE64.encode(client_proof)),
        server_signature,
        iterations: server_first.iterations,
    })
}

/// SCRAM's server-first-message: `r=nonce,s=salt,i=iterations` (RFC 5802 §7).
struct ServerFirst<'a> {
    /// The whole message, which goes into the AuthMessage as received.
    message: &'a str,
    nonce: &'a str,
    salt: Vec<u8>,
    iterations: u32,
}

impl<'a> ServerFirst<'a> {
    fn parse(challenge: &'a [u8]) -> Result<Self, SaslError> {
        let message = std::str::from_utf8(challenge)
            .map_err(|_| malformed("the server-first-message is not UTF-8"))?;
        let mut nonce = None;
        let mut salt = None;
        let mut iterations = None;
        for attribute in message.split(',') {
            let (name, value) = attribute.split_once('=').ok_or_else(|| {
                malformed(format!(
                    "attribute \"{}\" is not name=value",
                    attribute.escape_debug()
                ))
            })?;
            match name {
                "e" => {
                    return Err(SaslError::ServerError {
                        message: value.to_owned(),
                    });
                }
                "m" => return Err(malformed("mandatory extension m= is not supported")),
                "r" if nonce.is_none() => nonce = Some(value),
                "s" if salt.is_none() => salt = Some(value),
                "i" if iterations.is_none() => iterations = Some(value),
                _ => {} // extensions the client does not know are ignored (RFC 5802 §5.1)
            }
        }
        let nonce = nonce.ok_or_else(|| malformed("the nonce r= is missing"))?;
        let salt = salt.ok_or_else(|| malformed("the salt s= is missing"))?;
        let iterations =
            iterations.ok_or_else(|| malformed("the iteration count i= is missing"))?;
        let salt = BASE64.decode(salt).map_err(|_| {
            malformed(format!(
                "the salt \"{}\" is not base64",
                salt.escape_debug()
            ))
        })?;
        // Digits only: `u32::from_str` would also take a leading `+`, which RFC 5802's
        // `posit-number` does not allow.
        let parsed = if !iterations.is_empty() && iterations.bytes().all(|b| b.is_ascii_digit()) {
            iterations.parse::<u32>().ok()
        } else {
            None
        };
        let iterations = match parsed {
            Some(0) => return Err(malformed("the iteration count i= is zero")),
            Some(iterations) => iterations,
            None => {
                return Err(malformed(format!(
                    "the iteration count \"{}\" is not a number from 1 to {}",
                    iterations.escape_debug(),
                    u32::MAX
                )));
            }
        };
        Ok(Self {
            message,
            nonce,
            salt,
            iterations,
        })
    }
}

/// Checks SCRAM's server-final-message: `v=signature` or `e=error` (RFC 5802 §7).
pub(super) fn verify_server_final(expected: &[u8; 32], challenge: &[u8]) -> Result<(), SaslError> {
    let message = std::str::from_utf8(challenge)
        .map_err(|_| malformed("the server-final-message is not UTF-8"))?;
    let first = message.split(',').next().unwrap_or_default();
    if let Some(error) = first.strip_prefix("e=") {
        return Err(SaslError::ServerError {
            message: error.to_owned(),
        });
    }
    let verifier = first.strip_prefix("v=").ok_or_else(|| {
        malformed(format!(
            "the server-final-message \"{}\" has neither v= nor e=",
            message.escape_debug()
        ))
    })?;
    let signature = BASE64.decode(verifier).map_err(|_| {
        malformed(format!(
            "the server signature \"{}\" is not base64",
            verifier.escape_debug()
        ))
    })?;
    if constant_time_eq(&signature, expected) {
        Ok(())
    } else {
        Err(SaslError::ServerSignatureMismatch)
    }
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// Compares without an early exit, so timing does not tell how much matched.
fn constant_time_eq(left: &[u8], right: &[u8]) -> bool {
    left.len() == right.len()
        && left
            .iter()
            .zip(right)
            .fold(0u8, |difference, (a, b)| difference | (a ^ b))
            == 0
}

/// SASLprep (RFC 4013) as RFC 5802 §5.1 asks; a string it rejects (e.g. one with
/// unassigned code points) is used unchanged rather than failing the login.
#[cfg(feature = "saslprep")]
pub(super) fn saslprep_or_raw(text: &str) -> std::borrow::Cow<'_, str> {
    stringprep::saslprep(text).unwrap_or(std::borrow::Cow::Borrowed(text))
}

/// Without the `saslprep` feature strings are used as given: exact for ASCII,
/// which SASLprep leaves unchanged; callers normalize anything else first.
#[cfg(not(feature = "saslprep"))]
pub(super) fn saslprep_or_raw(text: &str) -> std::borrow::Cow<'_, str> {
    std::borrow::Cow::Borrowed(text)
}

/// RFC 5802's `saslname`: `=` and `,` escaped as `=3D` and `=2C`.
pub(super) fn sasl_name(name: &str) -> String {
    name.replace('=', "=3D").replace(',', "=2C")
}

/// The SCRAM client nonce: `printable` of RFC 5802 §7 is `%x21-2B / %x2D-7E`.
pub(super) fn scram_nonce(nonce: &str) -> String {
    let printable = nonce
        .bytes()
        .all(|byte| byte.is_ascii_graphic() && byte != b',');
    if printable {
        nonce.to_owned()
    } else {
        lower_hex(nonce.as_bytes())
    }
}
