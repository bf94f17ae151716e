//! The decoder never panics, and splitting the input never changes its output.
#![no_main]
use pop3::codec::{DecodeError, Decoder};

fn decode_all(chunks: &[&[u8]], multiline: bool) -> Vec<Result<pop3::codec::Decoded, DecodeError>> {
    let mut decoder = Decoder::new();
    let mut out = Vec::new();
    for chunk in chunks {
        decoder.feed(chunk);
        loop {
            match decoder.decode(multiline) {
                Err(DecodeError::Incomplete) => break,
                other => out.push(other),
            }
        }
    }
    out
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&control, input)) = data.split_first() else { return };
    let multiline = control & 1 == 1;
    let at = (control as usize >> 1).min(input.len());
    let whole = decode_all(&[input], multiline);
    assert_eq!(decode_all(&[&input[..at], &input[at..]], multiline), whole);
});
