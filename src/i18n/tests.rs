//! The catalog against the code: every id the core and the app use is there,
//! every id there is used, and arguments agree.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{
    Entry as FtlEntry, Expression, InlineExpression, Pattern, PatternElement,
};
use pop3::annotate::{Arg, Say};
use pop3::check::Said;

use super::*;

/// One language's catalog files, read from the source tree (every language,
/// English included, is checked the same way).
fn sources(lang: Lang) -> Vec<String> {
    AREAS
        .iter()
        .map(|area| {
            let path = format!(
                "{}/src/i18n/ftl/{}/{area}.ftl",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        })
        .collect()
}

/// Every message of a language: id and the variables it uses.
fn catalog_of(lang: Lang) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    for source in sources(lang) {
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", lang.code()));
        for entry in resource.entries() {
            if let FtlEntry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                out.push((m.id.name.to_owned(), vars));
            }
        }
    }
    out
}

fn catalog() -> Vec<(String, BTreeSet<String>)> {
    catalog_of(Lang::En)
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

/// Every string literal in the app's sources that looks like a message id, and
/// the ids the app builds from a prefix (`error-<code>`).
fn app_ids_in_source() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut ids = BTreeSet::new();
    for src in files {
        for piece in src.split('"').skip(1).step_by(2) {
            if piece.contains('-')
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.insert(piece.to_owned());
            }
        }
    }
    for code in pop3::wire::ErrorCode::ALL {
        ids.insert(format!("error-{}", code.as_str().replace('_', "-")));
    }
    ids
}

/// Every id of a vocabulary is in the English catalog, with the same arguments.
fn assert_in_catalog(ids: &[&str], arg_names: fn(&str) -> Option<&'static [&'static str]>) {
    let catalog = catalog();
    for id in ids {
        let (_, vars) = catalog
            .iter()
            .find(|(i, _)| i == id)
            .unwrap_or_else(|| panic!("the English catalog lacks {id}"));
        let args: BTreeSet<String> = arg_names(id)
            .unwrap()
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(&args, vars, "arguments of {id}");
    }
}

#[test]
fn every_core_message_is_in_the_catalog_with_the_same_arguments() {
    assert_in_catalog(Say::IDS, Say::arg_names);
}

#[test]
fn every_catalog_message_is_used() {
    let app = app_ids_in_source();
    for (id, _) in catalog() {
        assert!(
            Say::IDS.contains(&id.as_str())
                || Said::IDS.contains(&id.as_str())
                || app.contains(&id),
            "en.ftl holds {id}, which no code uses"
        );
    }
}

#[test]
fn every_check_message_is_in_the_catalog_with_the_same_arguments() {
    assert_in_catalog(Said::IDS, Said::arg_names);
}

#[test]
fn every_check_message_renders_without_placeholders() {
    for id in Said::IDS {
        let args = Said::arg_names(id)
            .unwrap()
            .iter()
            .map(|n| (n.to_string(), Arg::Num(7)))
            .collect();
        let said = Said::from_parts(id, &args).unwrap_or_else(|| panic!("{id} from parts"));
        let words = check::said(&said);
        assert!(!words.is_empty(), "{said:?}");
        assert_ne!(words, *id, "{id} has no words");
        assert!(!words.contains('{') && !words.contains('$'), "{words}");
    }
}

#[test]
fn no_message_id_twice() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (id, _) in catalog_of(lang) {
            assert!(seen.insert(id.clone()), "{}: {id} twice", lang.code());
        }
    }
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
fn every_language_has_every_message_with_the_same_arguments() {
    let english = catalog();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let theirs = catalog_of(lang);
        for (id, vars) in &english {
            let (_, their_vars) = theirs
                .iter()
                .find(|(i, _)| i == id)
                .unwrap_or_else(|| panic!("{}: lacks {id}", lang.code()));
            // A translation may leave out a number its plural form already says
            // ("one" in Polish: "wiadomość"), never add or rename one.
            assert!(
                their_vars.is_subset(vars),
                "{}: {id} uses {their_vars:?}, English {vars:?}",
                lang.code()
            );
        }
        for (id, _) in &theirs {
            assert!(
                english.iter().any(|(i, _)| i == id),
                "{}: holds {id}, which English does not",
                lang.code()
            );
        }
    }
}

#[test]
fn every_note_renders_in_every_language() {
    for lang in Lang::ALL {
        let bundle = super::bundle(lang, &sources(lang));
        for s in samples() {
            let message = bundle
                .get_message(s.id())
                .unwrap_or_else(|| panic!("{}: {}", lang.code(), s.id()));
            let mut args = fluent_bundle::FluentArgs::new();
            for (name, value) in s.args() {
                match value {
                    Arg::Num(n) => args.set(name, n),
                    Arg::Text(t) => args.set(name, t),
                }
            }
            let mut errors = Vec::new();
            let words = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{} {}: {errors:?}", lang.code(), s.id());
            assert!(!words.trim().is_empty());
        }
    }
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

#[test]
fn websocket_close_codes_are_explained_each_in_its_own_words() {
    use std::collections::BTreeSet;
    let known = [1000, 1001, 1005, 1006, 1008, 1009, 1011, 1012, 1013, 1015];
    let mut seen = BTreeSet::new();
    for code in known {
        let words = socket_close(Some(code), "");
        assert!(words.contains(&code.to_string()), "{code}: {words}");
        assert!(!words.contains("does not know"), "{code}: {words}");
        assert!(seen.insert(words), "{code} shares its words");
    }
    assert_eq!(
        socket_close(Some(1006), ""),
        "the connection to the proxy dropped without a close frame: the proxy is not running, \
         the proxy URL is wrong, the proxy refused this page's origin, or the network failed (1006)"
    );
    assert_eq!(
        socket_close(Some(4001), ""),
        "closed with code 4001, which this app does not know"
    );
    assert_eq!(
        socket_close(Some(1001), "restarting"),
        "the proxy is going away, e.g. shutting down (1001): restarting"
    );
    assert_eq!(socket_close(None, "bad URL"), "bad URL");
}

#[test]
fn failures_name_their_hop_and_cause_and_keep_the_proxy_words_as_a_detail() {
    use pop3::wire::{ErrorCode, TlsFailure};

    use crate::state::{Closer, Fact};
    let self_signed = fact(&Fact::LinkError {
        code: ErrorCode::CertUntrusted,
        message: "the server's certificate is not trusted: the server's certificate is self-signed"
            .into(),
        cause: Some(TlsFailure::SelfSigned),
    })
    .unwrap();
    assert!(
        self_signed.starts_with(
            "Proxy ↔ server: The server's certificate is self-signed: it signed itself"
        ),
        "{self_signed}"
    );
    assert!(self_signed.ends_with(
        ". The proxy said: the server's certificate is not trusted: the server's certificate is self-signed"
    ));
    let old_proxy = fact(&Fact::LinkError {
        code: ErrorCode::CertUntrusted,
        message: "x".into(),
        cause: None,
    })
    .unwrap();
    assert_eq!(
        old_proxy,
        "Proxy ↔ server: The server's certificate is not trusted. The proxy said: x"
    );
    let busy = fact(&Fact::LinkError {
        code: ErrorCode::TooManySessions,
        message: "x".into(),
        cause: None,
    })
    .unwrap();
    assert!(
        busy.starts_with("Browser ↔ proxy: The proxy is busy"),
        "{busy}"
    );
    let dropped = fact(&Fact::Closed {
        by: Closer::Socket,
        reason: String::new(),
        code: Some(1006),
    })
    .unwrap();
    assert!(
        dropped.starts_with("Browser ↔ proxy: ") && dropped.contains("without a close frame"),
        "{dropped}"
    );
    // Every cause has words of its own, none of them the library's.
    let mut seen = BTreeSet::new();
    for cause in TlsFailure::ALL {
        let words = tls_failure(cause);
        assert!(
            words.len() > 40 && !words.contains('{'),
            "{cause:?}: {words}"
        );
        assert!(seen.insert(words), "{cause:?} shares its words");
    }
    assert!(tls_failure(TlsFailure::NotTls).contains("\"+OK\""));
}
