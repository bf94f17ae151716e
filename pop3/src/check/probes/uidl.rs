//! `uidl` and `uidl-stable`: UIDL lists one unique, well-formed id per
//! message, and the same ids in a later session (RFC 1939 §7).

use std::collections::{BTreeMap, BTreeSet};

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Command, Response};

impl Checker {
    /// Sends UIDL, for either probe.
    pub(in crate::check) fn start_uidl(&mut self, now_ms: u64) {
        self.send(Command::Uidl { msg: None }, Tag::Uidl, now_ms);
    }

    pub(in crate::check) fn uidl_reply(&mut self, r: &Response) {
        let stability = self.current == Some(Task::UidlStability);
        let task = self.current.clone().unwrap_or(Task::Uidl);
        if !r.is_ok() {
            self.finish(
                &task,
                Verdict::Fail,
                [Said::AdvertisedBut {
                    command: "UIDL".into(),
                    reply: said(r),
                }],
            );
            return;
        }
        let mut uids = BTreeMap::new();
        let mut problems = Vec::new();
        let mut seen = BTreeSet::new();
        for line in r.body_lines() {
            let text = String::from_utf8_lossy(line);
            let mut words = text.split(' ');
            match (words.next().map(str::parse::<u32>), words.next()) {
                (Some(Ok(n)), Some(uid)) => {
                    let chars_ok = uid.bytes().all(|b| (0x21..=0x7e).contains(&b));
                    if !chars_ok {
                        problems.push(Said::UidChars { msg: n });
                    }
                    if uid.is_empty() || uid.len() > 70 {
                        problems.push(Said::UidLength {
                            msg: n,
                            length: uid.len(),
                        });
                    }
                    if !seen.insert(uid.to_owned()) {
                        problems.push(Said::UidTwice {
                            msg: n,
                            uid: uid.escape_debug().to_string(),
                        });
                    }
                    uids.insert(n, uid.to_owned());
                }
                _ => problems.push(Said::UidlBadLine {
                    line: text.escape_debug().to_string(),
                }),
            }
        }
        if stability {
            self.judge_stability(&task, &uids);
        } else {
            self.judge_ids(&task, uids, problems);
        }
    }

    /// `uidl`: the ids of the first session.
    fn judge_ids(&mut self, task: &Task, uids: BTreeMap<u32, String>, mut problems: Vec<Said>) {
        let listed = self.learnt.sizes.len();
        if uids.len() != listed && problems.is_empty() {
            problems.push(Said::UidCount {
                ids: uids.len(),
                listed,
            });
        }
        let (verdict, detail) = if problems.is_empty() {
            (Verdict::Pass, vec![Said::UidlGood { count: uids.len() }])
        } else {
            problems.truncate(5);
            (Verdict::Fail, problems)
        };
        self.learnt.uids = Some(uids);
        self.finish(task, verdict, detail);
    }

    /// `uidl-stable`: the ids of a later session against the first's.
    fn judge_stability(&mut self, task: &Task, uids: &BTreeMap<u32, String>) {
        let (verdict, detail) = match &self.learnt.uids {
            None => (Verdict::Skipped, vec![Said::UidlNoFirst]),
            Some(first) if first == uids => {
                (Verdict::Pass, vec![Said::UidlSame { count: uids.len() }])
            }
            Some(first) => {
                let mut detail = vec![Said::UidlChanged];
                detail.extend(
                    first
                        .iter()
                        .filter(|(n, uid)| uids.get(n) != Some(uid))
                        .take(5)
                        .map(|(&msg, uid)| {
                            let first = uid.escape_debug().to_string();
                            match uids.get(&msg) {
                                Some(then) => Said::UidChanged {
                                    msg,
                                    first,
                                    then: then.escape_debug().to_string(),
                                },
                                None => Said::UidGone { msg, first },
                            }
                        }),
                );
                (Verdict::Fail, detail)
            }
        };
        self.finish(task, verdict, detail);
    }
}
