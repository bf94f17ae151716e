//! `stls-after-tls`: once the session is under TLS (after STLS, or from the
//! first byte), STLS is refused and CAPA no longer lists it (RFC 2595 §4: "A
//! -ERR response MAY result if a security layer is already active"). A +OK
//! would ask for a second handshake inside the first, which no client can
//! follow; a CAPA that still lists STLS invites one to try.
//!
//! It runs in AUTHORIZATION, where STLS is allowed, right after the CAPA the
//! check asked under TLS; on a plain connection it is skipped.

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::types::{Capability, Command, Response};

impl Checker {
    pub(in crate::check) fn start_stls_after_tls(&mut self, now_ms: u64) {
        // The engine refuses STLS under TLS; the check sends it all the same.
        self.send_raw(Command::Stls, Tag::StlsAfterTls, now_ms);
    }

    pub(in crate::check) fn stls_after_tls_reply(&mut self, r: &Response) {
        let mut verdict = Verdict::Pass;
        let mut detail = Vec::new();
        // The capabilities come from this session's CAPA, asked under TLS; an
        // empty list means CAPA failed, which the capa probe reports.
        let caps = self.learnt.capabilities.clone().unwrap_or_default();
        if caps.contains(&Capability::Stls) {
            verdict = Verdict::Warn;
            detail.push(Said::CapaTlsStillStls);
        } else if !caps.is_empty() {
            detail.push(Said::CapaTlsNoStls);
        }
        if r.is_ok() {
            detail.push(Said::StlsAgainAccepted { reply: said(r) });
            self.finish(&Task::StlsAfterTls, Verdict::Fail, detail);
            // The server now waits for a handshake that will not come (and the
            // engine would ask for one): drop the connection.
            self.close_now();
        } else {
            detail.push(Said::StlsAgainRefused { reply: said(r) });
            self.finish(&Task::StlsAfterTls, verdict, detail);
        }
    }
}
