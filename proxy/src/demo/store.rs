//! The store every demo session shares: the mailboxes, their locks, the
//! deletions applied at QUIT, and the unique tokens for greetings and
//! challenges.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use super::HOST;
use super::mailbox::{self, Message, User};

/// Mailboxes shared by every demo session: deletions are real for the life of
/// the process, and a maildrop in use by one session is locked for others.
#[derive(Debug, Default)]
pub struct Demo {
    mailboxes: Mutex<HashMap<&'static str, Mailbox>>,
    counter: AtomicU64,
}

#[derive(Debug)]
struct Mailbox {
    messages: Vec<Message>,
    locked: bool,
}

impl Demo {
    /// A demo server with every user's initial mailbox (created on first use).
    pub fn new() -> Arc<Demo> {
        Arc::new(Demo::default())
    }

    /// A unique `<...@demo.pop3.test>` token, as RFC 1939 §7 suggests: process
    /// id, a counter and the clock.
    pub(super) fn unique_token(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        format!("<{}.{n}.{nanos}@{HOST}>", std::process::id())
    }

    /// Locks a maildrop and returns its messages, or `None` if it is in use.
    pub(super) fn lock(&self, user: &User) -> Option<Vec<Message>> {
        let mut boxes = self.mailboxes.lock().expect("mailbox lock poisoned");
        let mailbox = boxes.entry(user.name).or_insert_with(|| Mailbox {
            messages: mailbox::initial(user.mailbox),
            locked: false,
        });
        if mailbox.locked {
            return None;
        }
        mailbox.locked = true;
        Some(mailbox.messages.clone())
    }

    /// Unlocks a maildrop, first removing the messages with these uids.
    pub(super) fn unlock(&self, user: &User, remove: &BTreeSet<String>) {
        let mut boxes = self.mailboxes.lock().expect("mailbox lock poisoned");
        if let Some(mailbox) = boxes.get_mut(user.name) {
            mailbox.messages.retain(|m| !remove.contains(&m.uid));
            mailbox.locked = false;
        }
    }
}
