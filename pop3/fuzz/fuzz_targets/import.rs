//! Transcript import never panics on any text.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = pop3::import::replay(&String::from_utf8_lossy(data));
});
