//! `capa`: CAPA and the capabilities it lists (RFC 2449 §5); the rest of the
//! check is planned from them.

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Capability, Command, Response};

impl Checker {
    pub(in crate::check) fn start_capa(&mut self, now_ms: u64) {
        self.send(Command::Capa, Tag::Capa, now_ms);
    }

    pub(in crate::check) fn capa_reply(&mut self, r: &Response) {
        let task = Task::Capa;
        if !r.is_ok() {
            self.finish(
                &task,
                Verdict::Warn,
                [Said::CapaNotSupported { reply: said(r) }],
            );
            self.learnt.capabilities = Some(Vec::new());
            self.plan(&[], false);
            return;
        }
        let mut odd = Vec::new();
        let mut caps = Vec::new();
        for line in r.body_lines() {
            let text = String::from_utf8_lossy(line);
            let cap = Capability::parse(&text);
            if let Capability::Other { name, .. } = &cap {
                let well_formed = !name.is_empty()
                    && name.len() <= 40
                    && name.bytes().all(|b| b.is_ascii_graphic())
                    && text.bytes().all(|b| (0x20..0x7f).contains(&b));
                if !well_formed {
                    odd.push(format!("\"{}\"", text.trim_end().escape_debug()));
                }
            }
            caps.push(cap);
        }
        let names: Vec<String> = caps
            .iter()
            .map(|c| c.to_line().split(' ').next().unwrap_or_default().to_owned())
            .collect();
        let (verdict, detail) = if odd.is_empty() {
            (
                Verdict::Pass,
                Said::CapaListed {
                    count: caps.len(),
                    names: names.join(" "),
                },
            )
        } else {
            (
                Verdict::Warn,
                Said::CapaMalformed {
                    lines: odd.join(", "),
                },
            )
        };
        self.finish(&task, verdict, [detail]);
        self.learnt.capabilities = Some(caps.clone());
        self.plan(&caps, true);
    }
}
