//! The demo server's session never panics on client bytes, however they are
//! cut, and never writes after it closed.
#![no_main]
use pop3::server::{Config, Output, Session, Store};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let store = Store::new(1);
    let stls_available = data.first().is_some_and(|b| b & 1 == 1);
    let mut session = Session::new(store, Config { stls_available }, false, 0);
    // Chunks cut at 0xFF; a chunk starting with 0xFE also stands for "TLS is up".
    for chunk in data.split(|&b| b == 0xFF) {
        if chunk.first() == Some(&0xFE) {
            session.tls_started();
        }
        session.receive(chunk);
        let mut closed = false;
        while let Some(output) = session.poll_output() {
            assert!(!closed, "output after Close");
            closed = output == Output::Close;
        }
    }
    session.autologout();
    while session.poll_output().is_some() {}
});
