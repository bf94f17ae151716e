//! `uidl` and `uidl-stable`: UIDL lists one unique, well-formed id per
//! message, and the same ids in a later session (RFC 1939 §7).

use std::collections::{BTreeMap, BTreeSet};

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
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
                format!("UIDL is advertised but {}", said(r)),
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
                        problems.push(format!("message {n}: id has characters outside 0x21-0x7E"));
                    }
                    if uid.is_empty() || uid.len() > 70 {
                        problems.push(format!(
                            "message {n}: id is {} characters long (1-70 allowed)",
                            uid.len()
                        ));
                    }
                    if !seen.insert(uid.to_owned()) {
                        problems.push(format!("message {n}: id \"{uid}\" is not unique"));
                    }
                    uids.insert(n, uid.to_owned());
                }
                _ => problems.push(format!("a line that is not \"n id\": \"{text}\"")),
            }
        }
        if stability {
            self.judge_stability(&task, &uids);
        } else {
            self.judge_ids(&task, uids, problems);
        }
    }

    /// `uidl`: the ids of the first session.
    fn judge_ids(&mut self, task: &Task, uids: BTreeMap<u32, String>, mut problems: Vec<String>) {
        let listed = self.learnt.sizes.len();
        if uids.len() != listed && problems.is_empty() {
            problems.push(format!("{} ids for {listed} listed messages", uids.len()));
        }
        let (verdict, detail) = if problems.is_empty() {
            (
                Verdict::Pass,
                format!("{} ids, unique, 1-70 characters of 0x21-0x7E", uids.len()),
            )
        } else {
            problems.truncate(5);
            (Verdict::Fail, problems.join("; "))
        };
        self.learnt.uids = Some(uids);
        self.finish(task, verdict, detail);
    }

    /// `uidl-stable`: the ids of a later session against the first's.
    fn judge_stability(&mut self, task: &Task, uids: &BTreeMap<u32, String>) {
        let (verdict, detail) = match &self.learnt.uids {
            None => (
                Verdict::Skipped,
                "no ids from the first session to compare".to_owned(),
            ),
            Some(first) if first == uids => (
                Verdict::Pass,
                format!("the same {} ids in a second session", uids.len()),
            ),
            Some(first) => {
                let changed: Vec<String> = first
                    .iter()
                    .filter(|(n, uid)| uids.get(n) != Some(uid))
                    .take(5)
                    .map(|(n, uid)| {
                        format!(
                            "message {n}: \"{uid}\" then \"{}\"",
                            uids.get(n).map_or("(none)", String::as_str)
                        )
                    })
                    .collect();
                (
                    Verdict::Fail,
                    format!("ids changed between sessions: {}", changed.join("; ")),
                )
            }
        };
        self.finish(task, verdict, detail);
    }
}
