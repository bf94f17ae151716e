//! The catalog against the code: every id the core and the app use is there,
//! every id there is used, and arguments agree.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{
    Entry as FtlEntry, Expression, InlineExpression, Pattern, PatternElement,
};
use pop3::annotate::{Arg, Say};

use super::*;

fn catalog() -> Vec<(String, BTreeSet<String>)> {
    let resource = FluentResource::try_new(EN.to_owned()).expect("en.ftl parses");
    resource
        .entries()
        .filter_map(|entry| match entry {
            FtlEntry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                Some((m.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// Ids the app builds itself, by naming convention.
fn app_ids_in_source() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let src = concat!(
        include_str!("mod.rs"),
        include_str!("../export/json.rs"),
        include_str!("../components/transcript.rs"),
    );
    for piece in src.split('"').skip(1).step_by(2) {
        if piece.contains('-')
            && piece
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            ids.insert(piece.to_owned());
        }
    }
    for code in pop3::wire::ErrorCode::ALL {
        ids.insert(format!("error-{}", code.as_str().replace('_', "-")));
    }
    ids
}

#[test]
fn every_core_message_is_in_the_catalog_with_the_same_arguments() {
    let catalog = catalog();
    for id in Say::IDS {
        let (_, vars) = catalog
            .iter()
            .find(|(i, _)| i == id)
            .unwrap_or_else(|| panic!("en.ftl lacks {id}"));
        let args: BTreeSet<String> = Say::arg_names(id)
            .unwrap()
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(&args, vars, "arguments of {id}");
    }
}

#[test]
fn every_catalog_message_is_used() {
    let app = app_ids_in_source();
    for (id, _) in catalog() {
        assert!(
            Say::IDS.contains(&id.as_str()) || app.contains(&id),
            "en.ftl holds {id}, which no code uses"
        );
    }
}

#[test]
fn no_message_id_twice() {
    let ids: Vec<String> = catalog().into_iter().map(|(id, _)| id).collect();
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(ids.len(), unique.len());
}

/// One sample of every core message, with its arguments filled in.
fn samples() -> Vec<Say> {
    let mut out = Vec::new();
    for id in Say::IDS {
        let names = Say::arg_names(id).unwrap();
        let args = names
            .iter()
            .map(|n| {
                // A number for every numeric field; text fields take "7" too.
                (n.to_string(), Arg::Num(7))
            })
            .collect();
        let say = Say::from_parts(id, &args).unwrap_or_else(|| panic!("{id} from parts"));
        out.push(say);
    }
    out
}

#[test]
fn every_note_renders_without_placeholders() {
    for s in samples() {
        let words = say(&s);
        assert!(!words.is_empty(), "{s:?}");
        assert_ne!(words, s.id(), "{} has no words", s.id());
        assert!(!words.contains('{') && !words.contains('$'), "{words}");
    }
}

#[test]
fn plurals_follow_the_count() {
    assert_eq!(
        say(&Say::ReplyStat {
            count: 1,
            octets: 5
        }),
        "1 message, 5 octets in total"
    );
    assert_eq!(
        say(&Say::ReplyStat {
            count: 2,
            octets: 320
        }),
        "2 messages, 320 octets in total"
    );
    assert_eq!(
        say(&Say::RefuseBeyond { count: 1 }),
        "There is only 1 message in the maildrop"
    );
}

#[test]
fn headline_adds_reference_and_topic() {
    let a = pop3::annotate::reply(
        Some(&pop3::types::Command::Stat),
        &pop3::types::Response::ok("2 320"),
    );
    assert_eq!(
        headline(&a),
        "2 messages, 320 octets in total (RFC 1939 §5 STAT)"
    );
}

#[test]
fn arguments_are_not_isolated() {
    let words = say(&Say::CmdUser {
        name: "mrose".into(),
    });
    assert_eq!(words, "Names the mailbox \"mrose\"; PASS must follow");
}

#[test]
fn sasl_steps_read_as_sentences() {
    assert_eq!(
        say(&Say::SaslCramMd5Answer {
            username: "tim".into()
        }),
        "CRAM-MD5: answered the challenge with the username \"tim\" and the HMAC-MD5 of \
         the challenge keyed with the password, in hex; the password itself is not sent \
         (RFC 2195 §2)"
    );
    assert_eq!(
        say(&Say::SaslScramFinal { iterations: 4096 }),
        "SCRAM-SHA-256: client-final-message: the combined nonce and a proof that the client \
         knows the password, from PBKDF2-HMAC-SHA-256 over 4096 iterations; the password \
         itself is not sent (RFC 5802 §5.1, RFC 7677 §3)"
    );
    assert!(say(&Say::SaslScramFinal { iterations: 1 }).contains(" over 1 iteration; "));
    assert_eq!(
        say(&Say::SaslStopped {
            mechanism: "PLAIN".into(),
            error: "the server reported an error: x".into()
        }),
        "PLAIN: stopped: the server reported an error: x; the client should cancel the \
         exchange with \"*\" (RFC 5034 §4)"
    );
}
