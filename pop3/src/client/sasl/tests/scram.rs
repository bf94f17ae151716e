//! SCRAM-SHA-256: the RFC 7677 example and every way a server-first or
//! server-final message can be wrong.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::*;

#[test]
fn scram_sha256_matches_rfc_7677_example() {
    let mut client = rfc_7677_client();
    let first = exposed(client.initial_response().unwrap());
    assert_eq!(first, b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
    assert_eq!(client.describe_last_step(), Say::SaslInitialScram);
    assert_eq!(client.finish(), Err(SaslError::MissingServerSignature));

    let final_message = exposed(client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap());
    assert_eq!(final_message, RFC_7677_CLIENT_FINAL.as_bytes());
    assert_eq!(
        client.describe_last_step(),
        Say::SaslScramFinal { iterations: 4096 }
    );
    assert_eq!(client.finish(), Err(SaslError::MissingServerSignature));

    let last = exposed(client.step(RFC_7677_SERVER_FINAL.as_bytes()).unwrap());
    assert!(last.is_empty());
    assert_eq!(client.describe_last_step(), Say::SaslScramVerified);
    assert_eq!(client.finish(), Ok(()));
}

#[test]
fn scram_answers_empty_challenge_with_client_first() {
    let mut client = rfc_7677_client();
    let first = exposed(client.step(b"").unwrap());
    assert_eq!(first, b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
    let final_message = exposed(client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap());
    assert_eq!(final_message, RFC_7677_CLIENT_FINAL.as_bytes());
}

#[test]
fn scram_rejects_wrong_server_signature() {
    let mut client = rfc_7677_client();
    let _ = client.initial_response();
    let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
    let wrong = format!("v={}", BASE64.encode([0u8; 32]));
    assert_eq!(
        client.step(wrong.as_bytes()),
        Err(SaslError::ServerSignatureMismatch)
    );
    assert_eq!(client.finish(), Err(SaslError::ServerSignatureMismatch));
}

#[test]
fn scram_rejects_truncated_server_signature() {
    let mut client = rfc_7677_client();
    let _ = client.initial_response();
    let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
    assert_eq!(
        client.step(b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95A=="),
        Err(SaslError::ServerSignatureMismatch)
    );
}

#[test]
fn scram_rejects_nonce_without_client_prefix() {
    let mut client = rfc_7677_client();
    let _ = client.initial_response();
    let server_first =
        "r=XOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    assert_eq!(
        client.step(server_first.as_bytes()),
        Err(SaslError::NonceMismatch)
    );
    assert_eq!(client.finish(), Err(SaslError::NonceMismatch));
}

#[test]
fn scram_reports_server_errors() {
    let mut client = rfc_7677_client();
    let _ = client.initial_response();
    let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
    assert_eq!(
        client.step(b"e=invalid-proof"),
        Err(SaslError::ServerError {
            message: "invalid-proof".to_owned()
        })
    );

    let mut client = rfc_7677_client();
    let _ = client.initial_response();
    assert_eq!(
        client.step(b"e=unknown-user"),
        Err(SaslError::ServerError {
            message: "unknown-user".to_owned()
        })
    );
}

#[test]
fn scram_rejects_malformed_server_first() {
    let cases: [&[u8]; 10] = [
        b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=0",
        b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=-1",
        b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=+4096",
        b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=99999999999",
        b"r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==",
        b"r=rOprNGfwEbeRWgbNEkqOabc,i=4096",
        b"s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
        b"r=rOprNGfwEbeRWgbNEkqOabc,s=not base64!,i=4096",
        b"m=ext,r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
        b"r=rOprNGfwEbeRWgbNEkqO\xff,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
    ];
    for case in cases {
        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        assert!(
            matches!(client.step(case), Err(SaslError::MalformedChallenge { .. })),
            "{:?}",
            String::from_utf8_lossy(case)
        );
    }
}

#[test]
fn scram_accepts_low_iteration_counts_but_not_huge_ones() {
    let mut client = rfc_7677_client();
    let _ = client.initial_response();
    let low = b"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1";
    assert!(client.step(low).is_ok());

    let mut client = rfc_7677_client();
    let _ = client.initial_response();
    let huge = b"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4294967295";
    assert_eq!(
        client.step(huge),
        Err(SaslError::IterationCountTooHigh {
            iterations: u32::MAX,
            limit: MAX_SCRAM_ITERATIONS
        })
    );
}

#[test]
fn scram_rejects_malformed_server_final() {
    for case in [&b"x=abc"[..], b"v=***", b"", b"\xff"] {
        let mut client = rfc_7677_client();
        let _ = client.initial_response();
        let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
        assert!(
            matches!(client.step(case), Err(SaslError::MalformedChallenge { .. })),
            "{:?}",
            String::from_utf8_lossy(case)
        );
    }
}

#[test]
fn scram_rejects_challenge_after_verification() {
    let mut client = rfc_7677_client();
    let _ = client.initial_response();
    let _ = client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap();
    let _ = client.step(RFC_7677_SERVER_FINAL.as_bytes()).unwrap();
    assert!(matches!(
        client.step(b""),
        Err(SaslError::UnexpectedChallenge { .. })
    ));
}

#[test]
fn scram_escapes_username_and_uses_authzid() {
    let mut credentials = Credentials::new("a=b,c", "pw");
    credentials.authzid = Some("admin".to_owned());
    let mut client = SaslClient::new(Mechanism::ScramSha256, credentials, "nonce");
    let first = exposed(client.initial_response().unwrap());
    assert_eq!(first, b"n,a=admin,n=a=3Db=2Cc,r=nonce");
    let final_message = exposed(client.step(b"r=nonceSERVER,s=QUJD,i=4096").unwrap());
    let expected_binding = format!("c={},", BASE64.encode("n,a=admin,"));
    assert!(final_message.starts_with(expected_binding.as_bytes()));
}

#[test]
#[cfg(feature = "saslprep")]
fn scram_applies_saslprep_to_the_password() {
    // U+00A0 NO-BREAK SPACE maps to a plain space under SASLprep (RFC 4013 §2.1),
    // so both passwords give the same proof.
    let proof_for = |password: &str| {
        let mut client = SaslClient::new(
            Mechanism::ScramSha256,
            Credentials::new("user", password),
            RFC_7677_NONCE,
        );
        let _ = client.initial_response();
        exposed(client.step(RFC_7677_SERVER_FIRST.as_bytes()).unwrap())
    };
    assert_eq!(proof_for("pen\u{a0}cil"), proof_for("pen cil"));
    assert_ne!(proof_for("pen cil"), proof_for("pencil"));
}

#[test]
fn scram_nonce_outside_printable_is_hex_encoded() {
    let mut client = SaslClient::new(
        Mechanism::ScramSha256,
        Credentials::new("user", "pw"),
        "a,b c",
    );
    let first = exposed(client.initial_response().unwrap());
    assert_eq!(first, b"n,,n=user,r=612c622063");
}
