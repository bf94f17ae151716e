//! The client engine never panics on server bytes, whatever it sent before.
#![no_main]
use pop3::engine::Client;
use pop3::types::Command;

const COMMANDS: [&str; 16] = [
    "CAPA", "USER a", "PASS b", "STAT", "LIST", "LIST 1", "RETR 1", "TOP 1 0", "UIDL", "DELE 1",
    "RSET", "NOOP", "STLS", "AUTH PLAIN", "AUTH", "QUIT",
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut client = Client::new();
    // Each chunk: one control byte (the command to send), then server bytes up to the next 0xFF.
    for chunk in data.split(|&b| b == 0xFF) {
        let Some((&control, bytes)) = chunk.split_first() else { continue };
        let _ = client.send_anyway(Command::parse_lenient(COMMANDS[control as usize % COMMANDS.len()]));
        client.feed(bytes);
        if control & 0x80 != 0 {
            client.tls_started();
        }
        while client.poll_event().is_some() {}
        while client.poll_transmit().is_some() {}
    }
    client.connection_closed();
    while client.poll_event().is_some() {}
});
