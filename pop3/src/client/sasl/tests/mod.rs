//! The SASL client against the examples of its RFCs, and against hostile servers.

mod robustness;
mod scram;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::*;
use crate::annotate::Say;

const RFC_7677_NONCE: &str = "rOprNGfwEbeRWgbNEkqO";
const RFC_7677_SERVER_FIRST: &str =
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const RFC_7677_CLIENT_FINAL: &str = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const RFC_7677_SERVER_FINAL: &str = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";
const XOAUTH2_ERROR: &[u8] =
    br#"{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}"#;

fn client(mechanism: Mechanism, username: &str, secret: &str) -> SaslClient {
    SaslClient::new(mechanism, Credentials::new(username, secret), "")
}

fn rfc_7677_client() -> SaslClient {
    SaslClient::new(
        Mechanism::ScramSha256,
        Credentials::new("user", "pencil"),
        RFC_7677_NONCE,
    )
}

fn exposed(response: Secret<Vec<u8>>) -> Vec<u8> {
    response.into_exposed()
}

#[test]
fn mechanism_names_round_trip() {
    let names: Vec<&str> = Mechanism::ALL.iter().map(|m| m.name()).collect();
    assert_eq!(
        names,
        [
            "PLAIN",
            "LOGIN",
            "CRAM-MD5",
            "XOAUTH2",
            "OAUTHBEARER",
            "SCRAM-SHA-256"
        ]
    );
    for mechanism in Mechanism::ALL {
        assert_eq!(Mechanism::from_name(mechanism.name()), Some(mechanism));
        assert_eq!(
            Mechanism::from_name(&mechanism.name().to_ascii_lowercase()),
            Some(mechanism)
        );
        assert_eq!(mechanism.to_string(), mechanism.name());
        assert!(!mechanism.rfc().is_empty());
    }
    assert_eq!(Mechanism::from_name("Cram-Md5"), Some(Mechanism::CramMd5));
    assert_eq!(Mechanism::from_name("GSSAPI"), None);
    assert_eq!(Mechanism::from_name("SCRAM-SHA-1"), None);
    assert_eq!(Mechanism::from_name(""), None);
    assert_eq!(Mechanism::Plain.rfc(), "RFC 4616");
    assert_eq!(Mechanism::ScramSha256.rfc(), "RFC 7677");
}

#[test]
fn mechanisms_that_speak_first() {
    let client_first: Vec<Mechanism> = Mechanism::ALL
        .into_iter()
        .filter(|m| m.sends_initial_response())
        .collect();
    assert_eq!(
        client_first,
        [
            Mechanism::Plain,
            Mechanism::XOAuth2,
            Mechanism::OAuthBearer,
            Mechanism::ScramSha256
        ]
    );
}

#[test]
fn describes_nothing_before_the_first_step() {
    for mechanism in Mechanism::ALL {
        let client = client(mechanism, "tim", "pw");
        assert_eq!(
            client.describe_last_step(),
            Say::SaslNothing {
                mechanism: mechanism.name().to_owned()
            }
        );
    }
}

#[test]
fn descriptions_escape_names() {
    let mut client = client(Mechanism::Login, "t\"im\n", "pw");
    let _ = client.step(b"Username:").unwrap();
    assert_eq!(
        client.describe_last_step(),
        Say::SaslLoginUsername {
            username: r#"t\"im\n"#.to_owned()
        }
    );
}

#[test]
fn plain_initial_response_without_authzid() {
    let mut client = client(Mechanism::Plain, "tim", "tanstaaftanstaaf");
    assert_eq!(client.mechanism(), Mechanism::Plain);
    let response = exposed(client.initial_response().unwrap());
    assert_eq!(response, b"\0tim\0tanstaaftanstaaf");
    assert!(client.initial_response().is_none(), "sent only once");
    assert_eq!(client.finish(), Ok(()));
}

#[test]
fn plain_initial_response_with_authzid() {
    let mut credentials = Credentials::new("tim", "tanstaaftanstaaf");
    credentials.authzid = Some("admin".to_owned());
    let mut client = SaslClient::new(Mechanism::Plain, credentials, "");
    let response = exposed(client.initial_response().unwrap());
    assert_eq!(response, b"admin\0tim\0tanstaaftanstaaf");
    assert_eq!(
        client.describe_last_step(),
        Say::SaslInitialPlainAuthzid {
            authzid: "admin".into(),
            username: "tim".into()
        }
    );
}

#[test]
fn plain_answers_empty_challenge_when_not_sent_with_auth() {
    let mut client = client(Mechanism::Plain, "tim", "pw");
    let response = exposed(client.step(b"").unwrap());
    assert_eq!(response, b"\0tim\0pw");
    assert_eq!(
        client.describe_last_step(),
        Say::SaslInitialPlainAfterEmpty {
            username: "tim".into()
        }
    );
    assert!(client.initial_response().is_none());
    assert_eq!(client.finish(), Ok(()));
}

#[test]
fn plain_rejects_a_further_challenge() {
    let mut client = client(Mechanism::Plain, "tim", "pw");
    let _ = client.initial_response();
    assert_eq!(
        client.step(b"again?"),
        Err(SaslError::UnexpectedChallenge {
            mechanism: Mechanism::Plain,
            challenge: b"again?".to_vec()
        })
    );
    // The failure sticks.
    assert!(client.step(b"").is_err());
    assert!(client.finish().is_err());
    assert_eq!(
        client.describe_last_step(),
        Say::SaslStopped {
            mechanism: "PLAIN".into(),
            error: client.finish().unwrap_err().to_string(),
        }
    );
}

#[test]
fn plain_rejects_non_empty_first_challenge() {
    let mut client = client(Mechanism::Plain, "tim", "pw");
    assert!(matches!(
        client.step(b"hello"),
        Err(SaslError::UnexpectedChallenge { .. })
    ));
}

#[test]
fn plain_finish_before_sending_is_incomplete() {
    let client = client(Mechanism::Plain, "tim", "pw");
    assert_eq!(
        client.finish(),
        Err(SaslError::IncompleteExchange {
            mechanism: Mechanism::Plain
        })
    );
}

#[test]
fn login_answers_username_then_password() {
    let mut client = client(Mechanism::Login, "tim", "tanstaaf");
    assert!(client.initial_response().is_none());
    assert_eq!(exposed(client.step(b"Username:").unwrap()), b"tim");
    assert_eq!(
        client.describe_last_step(),
        Say::SaslLoginUsername {
            username: "tim".into()
        }
    );
    assert_eq!(
        client.finish(),
        Err(SaslError::IncompleteExchange {
            mechanism: Mechanism::Login
        })
    );
    assert_eq!(exposed(client.step(b"Password:").unwrap()), b"tanstaaf");
    assert_eq!(client.describe_last_step(), Say::SaslLoginPassword);
    assert_eq!(client.finish(), Ok(()));
}

#[test]
fn login_chooses_by_step_not_by_prompt() {
    let mut client = client(Mechanism::Login, "tim", "tanstaaf");
    assert_eq!(exposed(client.step(b"Password:").unwrap()), b"tim");
    assert_eq!(exposed(client.step(b"").unwrap()), b"tanstaaf");
}

#[test]
fn login_rejects_third_challenge() {
    let mut client = client(Mechanism::Login, "tim", "tanstaaf");
    let _ = client.step(b"Username:").unwrap();
    let _ = client.step(b"Password:").unwrap();
    assert_eq!(
        client.step(b"More:"),
        Err(SaslError::UnexpectedChallenge {
            mechanism: Mechanism::Login,
            challenge: b"More:".to_vec()
        })
    );
}

#[test]
fn cram_md5_matches_rfc_2195_example() {
    let mut client = client(Mechanism::CramMd5, "tim", "tanstaaftanstaaf");
    assert!(client.initial_response().is_none());
    assert_eq!(
        client.finish(),
        Err(SaslError::IncompleteExchange {
            mechanism: Mechanism::CramMd5
        })
    );
    let response = client
        .step(b"<1896.697170952@postoffice.reston.mci.net>")
        .unwrap();
    assert_eq!(response.expose(), b"tim b913a602c7eda7a495b4e6e7334d3890");
    assert_eq!(
        client.describe_last_step(),
        Say::SaslCramMd5Answer {
            username: "tim".into()
        }
    );
    assert_eq!(client.finish(), Ok(()));
}

#[test]
fn cram_md5_rejects_second_challenge() {
    let mut client = client(Mechanism::CramMd5, "tim", "tanstaaftanstaaf");
    let _ = client.step(b"<1@host>").unwrap();
    assert!(matches!(
        client.step(b"<2@host>"),
        Err(SaslError::UnexpectedChallenge {
            mechanism: Mechanism::CramMd5,
            ..
        })
    ));
}

#[test]
fn xoauth2_initial_response_matches_google_example() {
    let mut client = client(
        Mechanism::XOAuth2,
        "someuser@example.com",
        "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg",
    );
    let response = exposed(client.initial_response().unwrap());
    assert_eq!(
        BASE64.encode(&response),
        "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
    );
    assert_eq!(client.server_error(), None);
    assert_eq!(client.finish(), Ok(()));
}

#[test]
fn xoauth2_error_challenge_gets_empty_response_and_fails_finish() {
    let mut client = client(Mechanism::XOAuth2, "someuser@example.com", "expired");
    let _ = client.initial_response().unwrap();
    let response = exposed(client.step(XOAUTH2_ERROR).unwrap());
    assert!(response.is_empty());
    let error = std::str::from_utf8(XOAUTH2_ERROR).unwrap();
    assert_eq!(client.server_error(), Some(error));
    assert_eq!(
        client.finish(),
        Err(SaslError::ServerError {
            message: error.to_owned()
        })
    );
    assert_eq!(client.describe_last_step(), Say::SaslXoauth2ErrorAck);
    assert!(matches!(
        client.step(XOAUTH2_ERROR),
        Err(SaslError::UnexpectedChallenge { .. })
    ));
}

#[test]
fn oauthbearer_initial_response_matches_rfc_7628_example() {
    let mut credentials = Credentials::new(
        "user@example.com",
        "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==",
    );
    credentials.authzid = Some("user@example.com".to_owned());
    credentials.host = Some("server.example.com".to_owned());
    credentials.port = Some(143);
    let mut client = SaslClient::new(Mechanism::OAuthBearer, credentials, "");
    let response = exposed(client.initial_response().unwrap());
    assert_eq!(
        BASE64.encode(&response),
        "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"
    );
    assert_eq!(client.finish(), Ok(()));
}

#[test]
fn oauthbearer_initial_response_without_optional_fields() {
    let mut client = client(Mechanism::OAuthBearer, "user", "token");
    let response = exposed(client.initial_response().unwrap());
    assert_eq!(response, b"n,,\x01auth=Bearer token\x01\x01");
}

#[test]
fn oauthbearer_escapes_authzid() {
    let mut credentials = Credentials::new("user", "token");
    credentials.authzid = Some("a,b=c".to_owned());
    let mut client = SaslClient::new(Mechanism::OAuthBearer, credentials, "");
    let response = exposed(client.initial_response().unwrap());
    assert_eq!(response, b"n,a=a=2Cb=3Dc,\x01auth=Bearer token\x01\x01");
}

#[test]
fn oauthbearer_error_challenge_gets_ctrl_a() {
    let mut client = client(Mechanism::OAuthBearer, "user", "expired");
    let _ = client.initial_response().unwrap();
    let error = br#"{"status":"invalid_token","scope":"mail"}"#;
    let response = exposed(client.step(error).unwrap());
    assert_eq!(response, b"\x01");
    assert_eq!(
        client.server_error(),
        Some(r#"{"status":"invalid_token","scope":"mail"}"#)
    );
    assert!(matches!(
        client.finish(),
        Err(SaslError::ServerError { .. })
    ));
    assert_eq!(client.describe_last_step(), Say::SaslOauthbearerErrorAck);
}
