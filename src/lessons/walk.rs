//! Where a learner is in each lesson: which steps are ticked, and which were
//! read. A step ticks only once its explanation has been on screen: by its own
//! evidence when that arrives while the step is shown waiting for it, or by the
//! learner's "Continue" when the evidence was there before the step was shown
//! (the greeting's timestamp arrives with the connection; one RETR shows both
//! the message and its byte-stuffing; an imported example holds every step).
//!
//! Progress is kept per lesson across reloads (`localStorage`), as the number of
//! steps ticked; only what happens after a lesson is opened counts towards it.

/// One lesson's walk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Walk {
    /// Steps ticked, from the first.
    pub ticked: usize,
    /// The current step has been shown without its evidence: the evidence
    /// ticks it when it arrives.
    waiting: bool,
}

impl Walk {
    /// A walk with `ticked` steps done (restored from storage).
    pub fn at(ticked: usize) -> Walk {
        Walk {
            ticked,
            waiting: false,
        }
    }

    /// Takes in how many steps the session shows done, in order (`checked`,
    /// from [`progress_from`](super::progress_from)), as the current step is
    /// shown: a step that was waiting ticks; one whose evidence was already
    /// there waits for [`Walk::go_on`].
    pub fn advance(&mut self, checked: usize) {
        if checked > self.ticked && self.waiting {
            self.ticked += 1;
        }
        // The step now current is on screen: without its evidence yet, the
        // evidence will tick it.
        self.waiting = checked <= self.ticked;
    }

    /// Whether the current step's evidence is in and it waits for "Continue".
    pub fn ready(&self, checked: usize) -> bool {
        checked > self.ticked
    }

    /// The learner read the current step and moves on.
    pub fn go_on(&mut self, steps: usize) {
        self.ticked = (self.ticked + 1).min(steps);
        self.waiting = false;
    }
}

/// Progress as stored: `id=ticked` per opened lesson, `;`-separated.
pub fn encode(walks: &[(&str, Walk)]) -> String {
    walks
        .iter()
        .map(|(id, w)| format!("{id}={}", w.ticked))
        .collect::<Vec<_>>()
        .join(";")
}

/// Stored progress read back; unknown or malformed parts are left out.
pub fn decode(stored: &str) -> Vec<(String, usize)> {
    stored
        .split(';')
        .filter_map(|part| {
            let (id, n) = part.split_once('=')?;
            Some((id.to_owned(), n.parse().ok()?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_shown_waiting_ticks_by_its_evidence() {
        let mut w = Walk::default();
        w.advance(0); // shown, nothing yet
        w.advance(1); // the evidence arrives
        assert_eq!(w.ticked, 1);
        // The next step was shown in the same moment, waiting: its own
        // evidence ticks it too, with no render in between.
        w.advance(2);
        assert_eq!(w.ticked, 2);
        assert!(!w.ready(2));
    }

    #[test]
    fn evidence_that_came_first_waits_to_be_read() {
        let mut w = Walk::default();
        w.advance(0);
        // One reply satisfies this step and the next two (an import, say).
        w.advance(3);
        assert_eq!(w.ticked, 1);
        // Renders again: no more ticks without the learner.
        w.advance(3);
        w.advance(3);
        assert_eq!(w.ticked, 1);
        assert!(w.ready(3));
        w.go_on(3);
        assert_eq!(w.ticked, 2);
        w.advance(3);
        assert_eq!(w.ticked, 2, "one at a time");
        w.go_on(3);
        w.go_on(3);
        assert_eq!(w.ticked, 3, "never past the last step");
        assert!(!w.ready(3));
    }

    #[test]
    fn a_restored_walk_keeps_its_steps() {
        let mut w = Walk::at(2);
        w.advance(0); // no evidence in this page yet: the kept steps stay
        assert_eq!(w.ticked, 2);
    }

    #[test]
    fn progress_round_trips_through_storage() {
        let stored = encode(&[("greeting", Walk::at(2)), ("retr", Walk::at(0))]);
        assert_eq!(stored, "greeting=2;retr=0");
        assert_eq!(
            decode(&stored),
            [("greeting".to_owned(), 2), ("retr".to_owned(), 0)]
        );
        assert_eq!(decode("x;=;a=b;ok=1"), [("ok".to_owned(), 1)]);
        assert!(decode("").is_empty());
    }
}
