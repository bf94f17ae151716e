//! The message reader's Web Worker: the message viewer and the mailbox ask it
//! to read messages (`pop3_playground::mime_worker`).

fn main() {
    pop3_playground::mime_worker::run();
}
