//! One demo connection: the core's sans-I/O [`Session`] driven over TCP, with
//! TLS from the start (port 995 style) or after STLS.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use pop3::server::{AUTOLOGOUT, Config, Output, Session, Store};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;
use tracing::{debug, info};

use super::WRITE_STALL;
use crate::deadline::WriteDeadline;

/// Behind the proxy the transport can always start TLS.
const CONFIG: Config = Config {
    stls_available: true,
};

/// How a run of the session over one stream ended.
enum Outcome {
    /// The session is over.
    Closed,
    /// `+OK` to STLS went out: switch to TLS.
    StartTls,
}

/// Serves one accepted connection to its end, or until `shutdown` turns true.
/// With `implicit_tls` it starts with a TLS handshake; otherwise it is plain
/// and may upgrade with STLS.
pub(super) async fn serve_connection(
    tcp: TcpStream,
    store: Arc<Store>,
    tls: TlsAcceptor,
    implicit_tls: bool,
    mut shutdown: watch::Receiver<bool>,
) {
    let _ = tcp.set_nodelay(true);
    // A client that stops reading (mid-RETR of a 64 MiB message) must not hold
    // the maildrop's lock.
    let tcp = WriteDeadline::new(tcp, WRITE_STALL);
    let clock = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut session = Session::new(store, CONFIG, implicit_tls, clock);
    let served = async {
        if implicit_tls {
            let mut stream = tls.accept(tcp).await?;
            drive(&mut session, &mut stream).await?;
            return stream.shutdown().await;
        }
        let mut tcp = tcp;
        match drive(&mut session, &mut tcp).await? {
            Outcome::Closed => Ok(()),
            Outcome::StartTls => {
                let mut stream = tls.accept(tcp).await?;
                session.tls_started();
                drive(&mut session, &mut stream).await?;
                stream.shutdown().await
            }
        }
    };
    tokio::select! {
        result = served => {
            if let Err(e) = result {
                debug!("session ended: {e}");
            }
        }
        // The connection is dropped, and with it the socket.
        _ = shutdown.changed() => debug!("session closed: the server is shutting down"),
    }
    // Dropping the session frees its maildrop (QUIT already applied deletions).
}

/// Carries out the session's outputs and feeds it what the client sends, until
/// the session closes or TLS must start.
async fn drive<S: AsyncRead + AsyncWrite + Unpin>(
    session: &mut Session,
    stream: &mut S,
) -> std::io::Result<Outcome> {
    let mut buf = vec![0u8; 8192];
    let mut user = session.user();
    loop {
        let output = session.poll_output();
        if session.user() != user {
            user = session.user();
            if let Some(user) = user {
                info!(user, "logged in");
            }
        }
        match output {
            Some(Output::Write(bytes)) => stream.write_all(&bytes).await?,
            Some(Output::Wait(pause)) => {
                stream.flush().await?;
                tokio::time::sleep(pause).await;
            }
            Some(Output::StartTls) => {
                stream.flush().await?;
                return Ok(Outcome::StartTls);
            }
            Some(Output::Close) => {
                stream.flush().await?;
                return Ok(Outcome::Closed);
            }
            None => {
                stream.flush().await?;
                let n = match tokio::time::timeout(AUTOLOGOUT, stream.read(&mut buf)).await {
                    Ok(read) => read?,
                    Err(_) => {
                        info!("autologout timer expired");
                        session.autologout();
                        continue;
                    }
                };
                if n == 0 {
                    return Ok(Outcome::Closed);
                }
                session.receive(&buf[..n]);
            }
        }
    }
}
