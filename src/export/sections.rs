//! RFC section strings read back from files, interned with a bound.

use std::cell::RefCell;

/// The sections the annotator uses (and neighbours), matched without allocating.
const KNOWN_SECTIONS: &[&str] = &[
    "", "1", "2", "2.1", "2.1.1", "3", "4", "5", "6", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6",
    "6.7", "6.8", "6.9", "7", "8", "8.1", "8.1.1", "8.1.2", "9", "10", "11", "12", "13",
];
/// At most this many unknown sections are leaked per page load…
const MAX_LEAKED_SECTIONS: usize = 64;
/// …each at most this long, of digits, letters and dots.
const MAX_SECTION_LEN: usize = 16;

thread_local! {
    static LEAKED_SECTIONS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// `RfcRef::section` is `&'static str` (the annotator's references are
/// literals). A section read from a file is matched against the known ones;
/// an unknown one is leaked once with `Box::leak` and reused afterwards. That is
/// bounded: at most [`MAX_LEAKED_SECTIONS`] strings of at most
/// [`MAX_SECTION_LEN`] bytes (about 1 KiB per page load, however many files are
/// imported). Past the bound, or for a malformed section, the reference keeps
/// its RFC number and points at the whole document (empty section).
pub fn intern_section(section: &str) -> &'static str {
    if let Some(known) = KNOWN_SECTIONS.iter().find(|k| **k == section) {
        return known;
    }
    let plausible = section.len() <= MAX_SECTION_LEN
        && section
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if !plausible {
        return "";
    }
    LEAKED_SECTIONS.with(|leaked| {
        let mut leaked = leaked.borrow_mut();
        if let Some(found) = leaked.iter().find(|s| **s == section) {
            return *found;
        }
        if leaked.len() >= MAX_LEAKED_SECTIONS {
            return "";
        }
        let s: &'static str = Box::leak(section.to_owned().into_boxed_str());
        leaked.push(s);
        s
    })
}
