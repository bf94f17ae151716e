//! `top-stuffing`: TOP byte-stuffs the lines it sends, as RETR does (RFC 1939
//! §3: every line of a multi-line reply that begins with "." is stuffed).
//! RETR finds a line that begins with "." (one that arrived stuffed, or one
//! the decoder had to take as unstuffed); TOP then asks for the message up to
//! that line, which must arrive stuffed, and so unstuffed intact. When no
//! message RETR fetched has such a line, the probe cannot tell.

use crate::check::driver::Checker;
use crate::check::plan::Task;
use crate::check::probes::{Tag, said};
use crate::check::report::Verdict;
use crate::check::said::Said;
use crate::codec::DecodeWarning;
use crate::types::{Command, Response};

/// A line that begins with ".", as it is in the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::check) struct DottedLine {
    /// The message.
    msg: u32,
    /// Its place in the message, from 0 (headers included).
    index: usize,
    /// How many body lines TOP must ask for to reach it.
    body_lines: u32,
    /// The line, without its line ending.
    line: Vec<u8>,
}

impl DottedLine {
    /// The first line of `retr` (RETR's reply to `msg`) that begins with ".":
    /// one the decoder met unstuffed (it removed the dot, and says where), or
    /// else one that arrived stuffed.
    pub(in crate::check) fn find(
        msg: u32,
        retr: &Response,
        warnings: &[DecodeWarning],
    ) -> Option<DottedLine> {
        let lines: Vec<&[u8]> = retr.body_lines().collect();
        let unstuffed = warnings.iter().find_map(|w| match w {
            DecodeWarning::UnstuffedDot { first_line, .. } => first_line.checked_sub(1),
            _ => None,
        });
        let (index, line) = match unstuffed {
            Some(index) => {
                let mut line = b".".to_vec();
                line.extend_from_slice(lines.get(index)?);
                (index, line)
            }
            None => {
                let index = lines.iter().position(|l| l.starts_with(b"."))?;
                (index, lines[index].to_vec())
            }
        };
        // TOP n 0 sends the headers and the blank line; each body line more
        // needs one more.
        let blank = lines.iter().position(|l| l.is_empty());
        let body_lines = match blank {
            Some(blank) if blank < index => u32::try_from(index - blank).ok()?,
            _ => 0,
        };
        Some(DottedLine {
            msg,
            index,
            body_lines,
            line,
        })
    }
}

impl Checker {
    pub(in crate::check) fn start_top_stuffing(&mut self, now_ms: u64) {
        match self.learnt.dotted.clone() {
            None => self.skip(&Task::TopStuffing, [Said::TopStuffingNoDot]),
            Some(dotted) => self.send(
                Command::Top {
                    msg: dotted.msg,
                    lines: dotted.body_lines,
                },
                Tag::TopStuffing,
                now_ms,
            ),
        }
    }

    pub(in crate::check) fn top_stuffing_reply(
        &mut self,
        r: &Response,
        warnings: &[DecodeWarning],
    ) {
        let Some(dotted) = self.learnt.dotted.clone() else {
            return;
        };
        if !r.is_ok() {
            self.finish(
                &Task::TopStuffing,
                Verdict::Fail,
                [Said::CommandGot {
                    command: format!("TOP {} {}", dotted.msg, dotted.body_lines),
                    reply: said(r),
                }],
            );
            return;
        }
        let unstuffed = warnings
            .iter()
            .any(|w| matches!(w, DecodeWarning::UnstuffedDot { .. }));
        // The line must be where RETR had it (or, if the server's headers
        // differ between the two, at least be the last line).
        let lines: Vec<&[u8]> = r.body_lines().collect();
        let wanted = Some(&&dotted.line[..]);
        let intact = lines.get(dotted.index) == wanted || lines.last() == wanted;
        let (msg, lines, line) = (dotted.msg, dotted.body_lines, dotted.index + 1);
        let (verdict, detail) = if intact && !unstuffed {
            (Verdict::Pass, Said::TopStuffed { msg, lines, line })
        } else {
            (Verdict::Fail, Said::TopNotStuffed { msg, lines, line })
        };
        self.finish(&Task::TopStuffing, verdict, [detail]);
    }
}
