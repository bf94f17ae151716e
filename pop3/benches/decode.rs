//! Decode throughput of the core on a 64 MiB RETR reply with dot-stuffed lines,
//! fed in 16 KiB chunks, as the proxy or the browser would deliver it.
//!
//! Prints `METRIC name value unit` lines that `cargo xtask bench` collects.

use std::hint::black_box;
use std::time::{Duration, Instant};

use pop3::codec::{Decoder, Reply, stuff_into};
use pop3::engine::{Client, Event};
use pop3::types::Command;

const BODY_BYTES: usize = 64 * 1024 * 1024;
const CHUNK: usize = 16 * 1024;
const ROUNDS: usize = 5;

/// A message body of about 64 MiB: 76-character lines, every eighth one
/// starting with "." so the server must stuff it.
fn body() -> Vec<u8> {
    let mut body = Vec::with_capacity(BODY_BYTES + 128);
    let mut n = 0u64;
    while body.len() < BODY_BYTES {
        if n.is_multiple_of(8) {
            body.push(b'.');
        }
        let line = format!("{n:010} The quick brown fox jumps over the lazy dog; POP3 line {n:08}");
        body.extend_from_slice(&line.as_bytes()[..line.len().min(74)]);
        body.extend_from_slice(b"\r\n");
        n += 1;
    }
    body
}

fn wire(body: &[u8]) -> Vec<u8> {
    let mut wire = b"+OK 67108864 octets\r\n".to_vec();
    stuff_into(body, &mut wire);
    wire.extend_from_slice(b".\r\n");
    wire
}

fn best_of(rounds: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut result = 0;
    for _ in 0..rounds {
        let start = Instant::now();
        result = f();
        best = best.min(start.elapsed());
    }
    (best, result)
}

fn mb_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

fn main() {
    let body = body();
    let wire = wire(&body);

    let (decoder_time, decoded_len) = best_of(ROUNDS, || {
        let mut decoder = Decoder::new();
        for chunk in wire.chunks(CHUNK) {
            decoder.feed(chunk);
            match decoder.decode(true) {
                Ok(decoded) => match decoded.reply {
                    Reply::Response(r) => return black_box(r.body.map_or(0, |b| b.len())),
                    Reply::Continuation(_) => unreachable!(),
                },
                Err(pop3::codec::DecodeError::Incomplete) => {}
                Err(e) => panic!("{e}"),
            }
        }
        panic!("reply never completed");
    });
    assert_eq!(
        decoded_len,
        body.len(),
        "the decoder must return the unstuffed body"
    );

    let (engine_time, engine_len) = best_of(ROUNDS, || {
        let mut client = Client::new();
        client.feed(b"+OK ready\r\n");
        client.send_anyway(Command::Retr { msg: 1 }).unwrap();
        while client.poll_event().is_some() {}
        for chunk in wire.chunks(CHUNK) {
            client.feed(chunk);
        }
        std::iter::from_fn(|| client.poll_event())
            .find_map(|e| match e {
                Event::Received { decoded, .. } => Some(decoded.wire_len),
                _ => None,
            })
            .expect("a reply")
    });
    assert_eq!(engine_len, wire.len());

    println!(
        "decoding a {:.1} MiB RETR reply in {} KiB chunks, best of {ROUNDS}",
        wire.len() as f64 / 1048576.0,
        CHUNK / 1024
    );
    println!(
        "METRIC core.decode_mb_s {:.0} MB/s",
        mb_s(wire.len(), decoder_time)
    );
    println!(
        "METRIC core.engine_decode_mb_s {:.0} MB/s",
        mb_s(wire.len(), engine_time)
    );
}
