//! Secrets never show, errors read as one line, and no challenge panics.

use super::*;
use crate::sasl::error::malformed;

#[test]
fn debug_and_descriptions_never_show_secrets() {
    let secret = "s3cr3t-Pa55";
    let server_first = format!("r={RFC_7677_NONCE}srv,s=QUJD,i=4096");
    let scripts: [(Mechanism, Vec<&[u8]>); 6] = [
        (Mechanism::Plain, vec![]),
        (Mechanism::Login, vec![b"Username:", b"Password:"]),
        (Mechanism::CramMd5, vec![b"<1@host>"]),
        (Mechanism::XOAuth2, vec![XOAUTH2_ERROR]),
        (Mechanism::OAuthBearer, vec![XOAUTH2_ERROR]),
        (
            Mechanism::ScramSha256,
            vec![server_first.as_bytes(), b"v=AAAA"],
        ),
    ];
    // A step's message, as its id, its arguments and its Debug form.
    let said = |say: Say| -> Vec<String> {
        let mut texts = vec![format!("{say:?}"), say.id().to_owned()];
        texts.extend(say.args().into_iter().map(|(_, arg)| arg.to_text()));
        texts
    };
    for (mechanism, script) in scripts {
        for with_initial_response in [true, false] {
            let mut credentials = Credentials::new("user", secret);
            credentials.authzid = Some("admin".to_owned());
            credentials.host = Some("pop.example.org".to_owned());
            credentials.port = Some(995);
            let mut client = SaslClient::new(mechanism, credentials, RFC_7677_NONCE);
            let mut texts = vec![format!("{client:?}")];
            texts.extend(said(client.describe_last_step()));
            if with_initial_response {
                if let Some(response) = client.initial_response() {
                    texts.push(format!("{response:?}"));
                }
            } else if mechanism.sends_initial_response() {
                // The initial response in answer to an empty challenge.
                texts.push(format!("{:?}", client.step(b"")));
            }
            texts.extend(said(client.describe_last_step()));
            for challenge in &script {
                let result = client.step(challenge);
                texts.push(format!("{result:?}"));
                texts.extend(said(client.describe_last_step()));
                texts.push(format!("{client:?}"));
            }
            texts.push(format!("{:?}", client.finish()));
            for text in texts {
                assert!(!text.contains(secret), "{mechanism}: {text}");
            }
        }
    }
}

#[test]
fn errors_display_plain_language() {
    let errors = [
        SaslError::UnexpectedChallenge {
            mechanism: Mechanism::Login,
            challenge: b"More:\n".to_vec(),
        },
        malformed("the salt s= is missing"),
        SaslError::NonceMismatch,
        SaslError::IterationCountTooHigh {
            iterations: 5_000_000,
            limit: MAX_SCRAM_ITERATIONS,
        },
        SaslError::ServerSignatureMismatch,
        SaslError::MissingServerSignature,
        SaslError::ServerError {
            message: "invalid-proof".to_owned(),
        },
        SaslError::IncompleteExchange {
            mechanism: Mechanism::Plain,
        },
    ];
    for error in errors {
        let text = error.to_string();
        assert!(!text.is_empty());
        assert!(!text.contains('\n'), "{text}");
    }
    let error: Box<dyn std::error::Error> = Box::new(SaslError::NonceMismatch);
    assert!(error.to_string().contains("nonce"));
}

#[test]
fn arbitrary_challenges_never_panic() {
    let weird: [&[u8]; 16] = [
        b"",
        b"\0",
        b"\xff\xfe\xfd",
        b"\xc3\x28",
        b"=",
        b",,,",
        b"r=",
        b"r=,s=,i=",
        b"e=",
        b"v=",
        b"v=\xff",
        b"r=rOprNGfwEbeRWgbNEkqO,s=,i=1",
        b"r=rOprNGfwEbeRWgbNEkqOx,s=QUJD,i=4294967295",
        b"r=rOprNGfwEbeRWgbNEkqOx,s=QUJD,i=18446744073709551616",
        b"m=\xff,r=\x00,s=\x01",
        &[0x01; 300],
    ];
    let server_first = RFC_7677_SERVER_FIRST.as_bytes();
    let server_final = RFC_7677_SERVER_FINAL.as_bytes();
    let scripts: [(Mechanism, Vec<&[u8]>); 6] = [
        (Mechanism::Plain, vec![]),
        (Mechanism::Login, vec![b"Username:", b"Password:"]),
        (
            Mechanism::CramMd5,
            vec![b"<1896.697170952@postoffice.reston.mci.net>"],
        ),
        (Mechanism::XOAuth2, vec![XOAUTH2_ERROR]),
        (Mechanism::OAuthBearer, vec![XOAUTH2_ERROR]),
        (Mechanism::ScramSha256, vec![server_first, server_final]),
    ];
    for (mechanism, script) in &scripts {
        for prefix in 0..=script.len() {
            for with_initial_response in [true, false] {
                for junk in weird {
                    let mut credentials = Credentials::new("user", "pencil");
                    credentials.authzid = Some("=,\u{0}".to_owned());
                    credentials.host = Some("host".to_owned());
                    credentials.port = Some(0);
                    let mut client = SaslClient::new(*mechanism, credentials, RFC_7677_NONCE);
                    if with_initial_response {
                        let _ = client.initial_response();
                    } else if mechanism.sends_initial_response() {
                        let _ = client.step(b"");
                    }
                    for challenge in &script[..prefix] {
                        let _ = client.step(challenge);
                    }
                    let _ = client.step(junk);
                    let _ = client.describe_last_step();
                    let _ = client.finish();
                    let _ = client.step(junk);
                    let _ = client.initial_response();
                    let _ = client.finish();
                    let _ = format!("{client:?} {:?}", client.describe_last_step());
                }
            }
        }
    }
    // And straight from the start, before any initial response.
    for mechanism in Mechanism::ALL {
        for junk in weird {
            let mut client = client(mechanism, "user", "pencil");
            let _ = client.step(junk);
            let _ = client.step(junk);
            let _ = client.finish();
        }
    }
}
