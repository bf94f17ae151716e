//! The server check's Web Worker: the check panel runs its checks here
//! (`pop3_playground::check_worker`).

fn main() {
    pop3_playground::check_worker::run();
}
