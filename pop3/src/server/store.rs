//! The store every demo session shares: the mailboxes, their locks, the
//! deletions applied at QUIT, and the unique tokens for greetings and
//! challenges. Sessions ([`super::Session`]) hold it behind an [`Arc`].

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use super::HOST;
use super::mailbox::{self, Message, User};

/// Mailboxes shared by every session of one demo server: deletions are real
/// for the life of the store, and a maildrop in use by one session is locked
/// for the others.
#[derive(Debug, Default)]
pub struct Store {
    mailboxes: Mutex<HashMap<&'static str, Mailbox>>,
    /// Set apart from other servers' tokens: the process id, or a random
    /// number in the page.
    instance: u64,
    counter: AtomicU64,
}

#[derive(Debug)]
struct Mailbox {
    messages: Vec<Message>,
    /// The uids removed since the mailbox was made, in the order of removal.
    removed: Vec<String>,
    locked: bool,
}

/// What a learner changed: for each user, the uids of the messages their
/// QUITs removed. A page keeps it to give the learner their own mailboxes
/// back on the next visit.
pub type Removed = BTreeMap<String, Vec<String>>;

impl Store {
    /// A store with every user's initial mailbox (each made on first use).
    /// `instance` sets this server's tokens apart from other servers'.
    pub fn new(instance: u64) -> Arc<Store> {
        Arc::new(Store {
            instance,
            ..Store::default()
        })
    }

    /// A store whose mailboxes start without the messages in `removed`.
    pub fn with_removed(instance: u64, removed: &Removed) -> Arc<Store> {
        let store = Store::new(instance);
        {
            let mut boxes = store.boxes();
            for (name, uids) in removed {
                let Some(user) = mailbox::user(name) else {
                    continue;
                };
                let mailbox = boxes.entry(user.name).or_insert_with(|| Mailbox::new(user));
                let gone: BTreeSet<&String> = uids.iter().collect();
                mailbox.messages.retain(|m| !gone.contains(&m.uid));
                mailbox.removed = uids.clone();
            }
        }
        store
    }

    /// The messages removed so far, by user (users with none left out).
    pub fn removed(&self) -> Removed {
        self.boxes()
            .iter()
            .filter(|(_, m)| !m.removed.is_empty())
            .map(|(name, m)| ((*name).to_owned(), m.removed.clone()))
            .collect()
    }

    /// Puts every mailbox back as it was. A session holding a maildrop keeps
    /// it locked, and its QUIT removes its deletions from the restored one.
    pub fn reset(&self) {
        let mut boxes = self.boxes();
        boxes.retain(|_, m| m.locked);
        for (name, held) in boxes.iter_mut() {
            if let Some(user) = mailbox::user(name) {
                *held = Mailbox {
                    locked: true,
                    ..Mailbox::new(user)
                };
            }
        }
    }

    /// A unique `<...@demo.pop3.test>` token, as RFC 1939 §7 suggests: the
    /// server's instance, a counter and `clock` (a time the caller read).
    pub(super) fn unique_token(&self, clock: u64) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        format!("<{}.{n}.{clock}@{HOST}>", self.instance)
    }

    /// Locks a maildrop and returns its messages, or `None` if it is in use.
    pub(super) fn lock(&self, user: &'static User) -> Option<Vec<Message>> {
        let mut boxes = self.boxes();
        let mailbox = boxes.entry(user.name).or_insert_with(|| Mailbox::new(user));
        if mailbox.locked {
            return None;
        }
        mailbox.locked = true;
        Some(mailbox.messages.clone())
    }

    /// Unlocks a maildrop, first removing the messages with these uids.
    pub(super) fn unlock(&self, user: &User, remove: &BTreeSet<String>) {
        if let Some(mailbox) = self.boxes().get_mut(user.name) {
            mailbox.messages.retain(|m| !remove.contains(&m.uid));
            mailbox.removed.extend(remove.iter().cloned());
            mailbox.locked = false;
        }
    }

    fn boxes(&self) -> MutexGuard<'_, HashMap<&'static str, Mailbox>> {
        // A panic while the lock was held left the map consistent (every
        // change is one statement), so a poisoned lock is used as it is.
        self.mailboxes.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Mailbox {
    fn new(user: &User) -> Mailbox {
        Mailbox {
            messages: mailbox::initial(user.mailbox),
            removed: Vec::new(),
            locked: false,
        }
    }
}
