//! The server-side command parser never panics, and what it accepts writes back the same.
#![no_main]
use pop3::types::Command;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(cmd) = Command::parse(data) {
        assert_eq!(Command::parse(&cmd.to_line()).as_ref(), Ok(&cmd));
    }
});
