//! `pop3-proxy`: the WebSocket <-> TCP/TLS bridge between the browser app and a
//! POP3 server.
//!
//! This is the command line; the library holds the bridge, the demo server and
//! static file serving.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use pop3_proxy::{Config, Target, TaskTracker, defaults, demo, tls::TlsContext};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tracing::{error, info, warn};
use tracing_subscriber::EnvFilter;

/// Bridges a browser's WebSocket to a POP3 server over TCP or TLS.
///
/// Logging is controlled with `RUST_LOG` (default `info`).
#[derive(Debug, Parser)]
#[command(name = "pop3-proxy", version, about, long_about = None)]
struct Cli {
    /// Address for HTTP and WebSocket (`/ws`) connections.
    #[arg(long, value_name = "ADDR", default_value_t = defaults::LISTEN)]
    listen: SocketAddr,

    /// Serve the built app from this directory on the same port as `/ws`.
    #[arg(long, value_name = "DIR")]
    web: Option<PathBuf>,

    /// Also run the demo POP3 server.
    #[arg(long)]
    demo: bool,

    /// Address of the demo server's plain (and STLS) listener.
    #[arg(long, value_name = "ADDR", default_value_t = defaults::DEMO_LISTEN)]
    demo_listen: SocketAddr,

    /// Address of the demo server's implicit-TLS listener. The next four ports
    /// serve TLS faults to learn from: an expired certificate, a wrong name, a
    /// self-signed certificate and an incomplete chain.
    #[arg(long, value_name = "ADDR", default_value_t = defaults::DEMO_TLS_LISTEN)]
    demo_tls_listen: SocketAddr,

    /// Accept browser connections from this origin too (repeatable).
    #[arg(long = "allow-origin", value_name = "URL")]
    allow_origins: Vec<String>,

    /// Refuse requests that carry no Origin header.
    #[arg(long)]
    require_origin: bool,

    /// Allow connecting to this target port too, besides 110 and 995 (repeatable).
    #[arg(long = "allow-port", value_name = "N")]
    allow_ports: Vec<u16>,

    /// Allow loopback, private and link-local targets when listening on a
    /// non-loopback address.
    #[arg(long)]
    allow_private: bool,

    /// websockify-compatible mode: pipe every connection to this fixed target.
    #[arg(long, value_name = "HOST:PORT")]
    target: Option<String>,

    /// Use implicit TLS to the fixed target.
    #[arg(long, requires = "target")]
    target_tls: bool,

    /// Maximum number of concurrent sessions.
    #[arg(long, value_name = "N", default_value_t = defaults::MAX_SESSIONS)]
    max_sessions: usize,

    /// Close a session after this many seconds without traffic.
    #[arg(long, value_name = "SECS", default_value_t = defaults::IDLE_TIMEOUT.as_secs())]
    idle_timeout: u64,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            error!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// The proxy's configuration as the command line sets it (before any listener
/// is bound).
fn config_from(cli: &Cli) -> Result<Config, String> {
    let mut config = Config::new(cli.listen);
    config.web = cli.web.clone();
    config.max_sessions = cli.max_sessions;
    config.idle_timeout = Duration::from_secs(cli.idle_timeout);
    config.policy.require_origin = cli.require_origin;
    config.policy.allow_private = cli.allow_private;
    config.policy.ports.extend(&cli.allow_ports);
    config.policy.extra_origins = cli
        .allow_origins
        .iter()
        .map(|o| o.trim_end_matches('/').to_ascii_lowercase())
        .collect();
    if let Some(target) = &cli.target {
        let (host, port) = target
            .rsplit_once(':')
            .and_then(|(h, p)| Some((h.trim_matches(['[', ']']).to_owned(), p.parse().ok()?)))
            .ok_or_else(|| format!("--target must be HOST:PORT, not {target:?}"))?;
        config.target = Some(Target {
            host,
            port,
            tls: cli.target_tls,
        });
    }
    Ok(config)
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut config = config_from(&cli)?;
    if let Some(web) = &cli.web
        && !web.join("index.html").is_file()
    {
        return Err(format!(
            "--web {}: no index.html there (build the app with `cargo xtask dist`)",
            web.display()
        )
        .into());
    }

    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    // The proxy's connections and the demo server's loops and connections:
    // the proxy waits for all of them at shutdown.
    let tracker = TaskTracker::new();
    let mut extra_roots = Vec::new();
    if cli.demo {
        let certificate = demo::certificate()?;
        extra_roots.push(certificate.der.clone());
        let faults = demo::fault_certificates()?;
        extra_roots.push(faults.authority_der.clone());
        let state = demo::Demo::new();
        for (addr, implicit) in [(cli.demo_listen, false), (cli.demo_tls_listen, true)] {
            let listener = TcpListener::bind(addr)
                .await
                .map_err(|e| format!("demo server: cannot listen on {addr}: {e}"))?;
            let bound = listener.local_addr()?;
            config.policy.demo_addrs.push(bound);
            info!(
                "demo POP3 server on {bound} ({})",
                if implicit {
                    "implicit TLS"
                } else {
                    "plain + STLS"
                }
            );
            tracker.spawn(demo::serve(
                listener,
                state.clone(),
                certificate.acceptor.clone(),
                implicit,
                shutdown_rx.clone(),
                tracker.clone(),
            ));
        }
        // The TLS faults are extras: a port already taken costs only that
        // fault, not the demo.
        for (fault, acceptor) in faults.acceptors {
            let Some(addr) = fault.addr(cli.demo_tls_listen) else {
                warn!(
                    "demo TLS fault \"{}\": no port left after {}",
                    fault.name(),
                    cli.demo_tls_listen
                );
                continue;
            };
            let listener = match TcpListener::bind(addr).await {
                Ok(listener) => listener,
                Err(e) => {
                    warn!(
                        "demo TLS fault \"{}\": cannot listen on {addr}: {e}",
                        fault.name()
                    );
                    continue;
                }
            };
            let bound = listener.local_addr()?;
            config.policy.demo_addrs.push(bound);
            info!("demo TLS fault on {bound}: {}", fault.name());
            tracker.spawn(demo::serve(
                listener,
                state.clone(),
                acceptor,
                true,
                shutdown_rx.clone(),
                tracker.clone(),
            ));
        }
    }

    let listener = TcpListener::bind(cli.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", cli.listen))?;
    let bound = listener.local_addr()?;
    config.policy.listen = bound;
    if !bound.ip().is_loopback() {
        warn!(
            "listening on a non-loopback address: private targets are refused unless --allow-private"
        );
    }
    match (&config.target, &config.web) {
        (Some(t), _) => info!(
            "websockify mode: ws://{bound}/ws -> {}:{}{}",
            t.host,
            t.port,
            if t.tls { " (TLS)" } else { "" }
        ),
        (None, Some(_)) => {
            info!("serving the app on http://{bound}/ and the proxy on ws://{bound}/ws")
        }
        (None, None) => info!("pop3-proxy listening on ws://{bound}/ws"),
    }

    let proxy = tokio::spawn(pop3_proxy::run(
        listener,
        config,
        TlsContext::new(&extra_roots),
        shutdown_rx,
        tracker,
    ));
    shutdown_signal().await;
    info!("shutting down");
    let _ = shutdown_tx.send(true);
    let _ = proxy.await;
    Ok(())
}

/// Ctrl-C, or SIGTERM on Unix.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_command_line_gives_the_library_defaults() {
        let cli = Cli::try_parse_from(["pop3-proxy"]).unwrap();
        assert_eq!(config_from(&cli).unwrap(), Config::default());
        assert_eq!(cli.listen, defaults::LISTEN);
        assert_eq!(cli.demo_listen, defaults::DEMO_LISTEN);
        assert_eq!(cli.demo_tls_listen, defaults::DEMO_TLS_LISTEN);
        assert!(!cli.demo);
    }

    #[test]
    fn defaults_are_the_documented_ones() {
        let config = Config::default();
        assert_eq!(config.policy.listen.to_string(), "127.0.0.1:8110");
        assert_eq!(defaults::DEMO_LISTEN.to_string(), "127.0.0.1:1110");
        assert_eq!(defaults::DEMO_TLS_LISTEN.to_string(), "127.0.0.1:1995");
        assert_eq!(config.policy.ports, [110, 995].into());
        let fault_ports: Vec<u16> = demo::Fault::ALL
            .iter()
            .map(|f| f.addr(defaults::DEMO_TLS_LISTEN).unwrap().port())
            .collect();
        assert_eq!(fault_ports, [1996, 1997, 1998, 1999]);
        assert_eq!(config.max_sessions, 64);
        assert_eq!(config.idle_timeout, Duration::from_secs(300));
    }

    #[test]
    fn command_line_options_reach_the_config() {
        let cli = Cli::try_parse_from([
            "pop3-proxy",
            "--listen",
            "0.0.0.0:9000",
            "--max-sessions",
            "5",
            "--idle-timeout",
            "7",
            "--allow-port",
            "2110",
            "--allow-origin",
            "HTTPS://Example.org/",
            "--require-origin",
            "--allow-private",
            "--target",
            "[::1]:995",
            "--target-tls",
        ])
        .unwrap();
        let config = config_from(&cli).unwrap();
        assert_eq!(config.policy.listen.to_string(), "0.0.0.0:9000");
        assert_eq!(config.max_sessions, 5);
        assert_eq!(config.idle_timeout, Duration::from_secs(7));
        assert_eq!(config.policy.ports, [110, 995, 2110].into());
        assert_eq!(
            config.policy.extra_origins,
            ["https://example.org".to_owned()].into()
        );
        assert!(config.policy.require_origin && config.policy.allow_private);
        assert_eq!(
            config.target,
            Some(Target {
                host: "::1".into(),
                port: 995,
                tls: true
            })
        );
        assert!(
            config_from(&Cli::try_parse_from(["pop3-proxy", "--target", "nope"]).unwrap()).is_err()
        );
    }
}
