//! The demo POP3 server on real TCP and TLS: the core's sans-I/O demo
//! ([`pop3::server`]: sessions, users, mailboxes) behind listeners.
//!
//! - `session`: one connection, the core's session driven with tokio;
//! - `cert`: the self-signed certificate for implicit TLS and STLS, and the
//!   certificates of the TLS faults ([`Fault`]), one listener each.

mod cert;
mod session;

use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;
use tracing::{Instrument, info_span, warn};

use crate::TaskTracker;

pub use cert::{
    DemoCertificate, Fault, FaultCertificates, WRONG_NAME, certificate, fault_certificates,
};
pub use pop3::server::{Store, mailbox};

/// A write to a client that makes no progress for this long ends the session
/// (and frees its maildrop).
const WRITE_STALL: Duration = Duration::from_secs(60);

/// The store of a demo server in this process: its tokens carry the process id.
pub fn store() -> Arc<Store> {
    Store::new(u64::from(std::process::id()))
}

/// Accepts demo connections until `shutdown` turns true. With `implicit_tls`
/// every connection starts with a TLS handshake (port 995 style); otherwise
/// connections are plain and may upgrade with STLS.
///
/// Each connection runs as a task on `tracker`, and is closed when `shutdown`
/// turns true. Spawn this loop on the same tracker as the proxy's (the one
/// given to [`crate::run`]), so that shutdown waits for the demo too.
pub async fn serve(
    listener: TcpListener,
    demo: Arc<Store>,
    tls: TlsAcceptor,
    implicit_tls: bool,
    mut shutdown: watch::Receiver<bool>,
    tracker: TaskTracker,
) {
    let mut id = 0u64;
    loop {
        let (tcp, peer) = tokio::select! {
            biased;
            _ = shutdown.changed() => return,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    warn!("demo accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        id += 1;
        let span = info_span!("demo", id, %peer, tls = implicit_tls);
        tracker.spawn(
            session::serve_connection(
                tcp,
                demo.clone(),
                tls.clone(),
                implicit_tls,
                shutdown.clone(),
            )
            .instrument(span),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    /// Shutdown ends the accept loop and closes open connections, and the
    /// tracker sees both end.
    #[tokio::test]
    async fn shutdown_closes_connections_and_the_tracker_waits_for_them() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let certificate = certificate().unwrap();
        let (shutdown, rx) = watch::channel(false);
        let tracker = TaskTracker::new();
        tracker.spawn(serve(
            listener,
            store(),
            certificate.acceptor,
            false,
            rx,
            tracker.clone(),
        ));
        let mut client = TcpStream::connect(addr).await.unwrap();
        let mut buf = [0u8; 512];
        let n = client.read(&mut buf).await.unwrap();
        assert!(buf[..n].starts_with(b"+OK POP3 Playground demo server ready <"));
        client.write_all(b"USER mrose\r\n").await.unwrap();
        let n = client.read(&mut buf).await.unwrap();
        assert_eq!(&buf[..n], b"+OK mrose is welcome here, send PASS\r\n");
        assert_eq!(tracker.len(), 2, "the accept loop and one connection");

        shutdown.send(true).unwrap();
        tracker.close();
        tokio::time::timeout(Duration::from_secs(5), tracker.wait())
            .await
            .expect("the demo's tasks end at shutdown");
        let n = tokio::time::timeout(Duration::from_secs(5), client.read(&mut buf))
            .await
            .unwrap()
            .unwrap_or(0);
        assert_eq!(n, 0, "the connection is closed");
    }
}
