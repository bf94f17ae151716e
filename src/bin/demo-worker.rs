//! The demo POP3 server's Web Worker: the page's in-page link talks to it
//! (`pop3_playground::demo_worker`).

fn main() {
    pop3_playground::demo_worker::run();
}
