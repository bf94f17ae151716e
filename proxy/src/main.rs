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
use ipnet::IpNet;
use pop3_proxy::{Config, Target, TaskTracker, defaults, demo, logging, tls::TlsContext};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tracing::{error, info, warn};
use tracing_subscriber::util::SubscriberInitExt;

/// Bridges a browser's WebSocket to a POP3 server over TCP or TLS.
///
/// Logging is controlled with `RUST_LOG` (default `info`); WebSocket frame
/// traces, which hold passwords, are never printed.
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

    /// The address of a demo server that another `pop3-proxy --demo` runs, such
    /// as 127.0.0.1:1110 for a second instance on the same host (repeatable).
    /// Its port is open towards that address only, like this proxy's own demo;
    /// its certificates are made at its start, so they are not trusted here.
    #[arg(long = "demo-at", value_name = "ADDR")]
    demo_at: Vec<SocketAddr>,

    /// Accept browser connections from this origin too (repeatable).
    #[arg(long = "allow-origin", value_name = "URL")]
    allow_origins: Vec<String>,

    /// Development: also accept pages from the Trunk dev server
    /// (http://127.0.0.1:8080, http://localhost:8080), as `cargo xtask dev` does.
    #[arg(long)]
    dev: bool,

    /// Refuse requests that carry no Origin header.
    #[arg(long)]
    require_origin: bool,

    /// Allow connecting to this target port too, besides 110 and 995 (repeatable).
    #[arg(long = "allow-port", value_name = "N")]
    allow_ports: Vec<u16>,

    /// Allow loopback, private, link-local and other special-purpose targets
    /// in public mode.
    #[arg(long)]
    allow_private: bool,

    /// Believe `Forwarded` / `X-Forwarded-For` from this reverse proxy (an
    /// address or a network such as 10.0.0.0/8; repeatable). Public mode.
    #[arg(long = "trusted-proxy", value_name = "IP[/LEN]", value_parser = parse_net)]
    trusted_proxies: Vec<IpNet>,

    /// websockify-compatible mode: pipe every connection to this fixed target.
    #[arg(long, value_name = "HOST:PORT")]
    target: Option<String>,

    /// Use implicit TLS to the fixed target.
    #[arg(long, requires = "target")]
    target_tls: bool,

    /// Maximum number of concurrent sessions.
    #[arg(long, value_name = "N", default_value_t = defaults::MAX_SESSIONS)]
    max_sessions: usize,

    /// Maximum number of concurrent sessions from one client address (an IPv6
    /// /64), in public mode.
    #[arg(long, value_name = "N", default_value_t = defaults::MAX_SESSIONS_PER_IP)]
    max_sessions_per_ip: usize,

    /// Close a session after this many seconds without traffic, or when the
    /// browser or server reads nothing for that long.
    #[arg(long, value_name = "SECS", default_value_t = defaults::IDLE_TIMEOUT.as_secs())]
    idle_timeout: u64,

    /// Close a new WebSocket that sends no `connect` within this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = defaults::FIRST_MESSAGE_TIMEOUT.as_secs())]
    first_message_timeout: u64,

    /// Maximum number of connections still sending their HTTP request head (or
    /// receiving a file); more are dropped at once.
    #[arg(long, value_name = "N", default_value_t = defaults::MAX_PENDING)]
    max_pending: usize,

    /// Seconds a client may take to send its request head.
    #[arg(long, value_name = "SECS", default_value_t = defaults::HEAD_TIMEOUT.as_secs())]
    head_timeout: u64,

    /// Serve Prometheus metrics at /metrics on the same listener.
    #[arg(long)]
    metrics: bool,
}

/// `--trusted-proxy`: an address, or a network in CIDR form.
fn parse_net(text: &str) -> Result<IpNet, String> {
    text.parse::<IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(IpNet::from))
        .map_err(|_| format!("{text:?} is neither an IP address nor a network like 10.0.0.0/8"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    logging::subscriber(logging::env_filter("info"), std::io::stdout, ansi).init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            error!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(run(cli));
    // Whatever still runs after the shutdown grace (a DNS lookup on a blocking
    // thread, a connection that ignored shutdown) is abandoned.
    runtime.shutdown_timeout(Duration::from_millis(500));
    match result {
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
    config.max_sessions_per_ip = cli.max_sessions_per_ip;
    config.idle_timeout = Duration::from_secs(cli.idle_timeout);
    config.first_message_timeout = Duration::from_secs(cli.first_message_timeout);
    config.max_pending = cli.max_pending;
    config.head_timeout = Duration::from_secs(cli.head_timeout);
    config.metrics = cli.metrics;
    config.policy.require_origin = cli.require_origin;
    config.policy.allow_private = cli.allow_private;
    config.policy.dev_origins = cli.dev;
    config.policy.trusted_proxies = cli.trusted_proxies.clone();
    config.policy.ports.extend(&cli.allow_ports);
    config.policy.demo_addrs.extend(&cli.demo_at);
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
    // Trusted at the demo's addresses only: its own certificate, and the
    // authority of the TLS faults' certificates (each of which still fails,
    // with its own fault).
    let mut demo_roots = Vec::new();
    if cli.demo {
        let certificate = demo::certificate()?;
        demo_roots.push(certificate.der.clone());
        let faults = demo::fault_certificates()?;
        demo_roots.push(faults.authority_der.clone());
        let state = demo::store();
        for (addr, implicit) in [(cli.demo_listen, false), (cli.demo_tls_listen, true)] {
            let listener = TcpListener::bind(addr)
                .await
                .map_err(|e| format!("demo server: cannot listen on {addr}: {e}"))?;
            let bound = listener.local_addr()?;
            // Its port is open towards these addresses only.
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
            // Like the demo's own ports: open towards this address only.
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
    if config.policy.is_public() {
        warn!(
            "public mode (a non-loopback address or a trusted proxy): special-purpose targets are refused unless --allow-private, and each client address may have {} sessions",
            config.max_sessions_per_ip
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
        TlsContext::new(&demo_roots),
        shutdown_rx,
        tracker,
    ));
    shutdown_signal().await;
    info!("shutting down");
    let _ = shutdown_tx.send(true);
    // `run` closes the listener at once and gives up on stragglers after the
    // shutdown grace.
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
        assert_eq!(config.max_sessions_per_ip, 8);
        assert_eq!(config.idle_timeout, Duration::from_secs(300));
        assert_eq!(config.first_message_timeout, Duration::from_secs(10));
        assert_eq!(config.head_timeout, Duration::from_secs(10));
        assert!(!config.metrics && !config.policy.dev_origins);
        assert!(config.policy.trusted_proxies.is_empty());
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
            "--dev",
            "--metrics",
            "--trusted-proxy",
            "127.0.0.1",
            "--trusted-proxy",
            "10.0.0.0/8",
            "--max-sessions-per-ip",
            "3",
            "--first-message-timeout",
            "4",
            "--max-pending",
            "9",
            "--head-timeout",
            "6",
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
        assert!(config.policy.dev_origins && config.metrics);
        assert_eq!(
            config.policy.trusted_proxies,
            [
                "127.0.0.1/32".parse().unwrap(),
                "10.0.0.0/8".parse().unwrap()
            ]
        );
        assert_eq!(config.max_sessions_per_ip, 3);
        assert_eq!(config.first_message_timeout, Duration::from_secs(4));
        assert_eq!(config.max_pending, 9);
        assert_eq!(config.head_timeout, Duration::from_secs(6));
        assert!(config.policy.demo_addrs.is_empty());
        assert!(Cli::try_parse_from(["pop3-proxy", "--trusted-proxy", "nginx"]).is_err());
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

    #[test]
    fn another_instances_demo_is_reachable_at_its_addresses_only() {
        let cli = Cli::try_parse_from([
            "pop3-proxy",
            "--trusted-proxy",
            "127.0.0.1",
            "--demo-at",
            "127.0.0.1:1110",
            "--demo-at",
            "127.0.0.1:1995",
        ])
        .unwrap();
        let policy = config_from(&cli).unwrap().policy;
        assert!(policy.is_public());
        for open in ["127.0.0.1:1110", "127.0.0.1:1995"] {
            let addr: SocketAddr = open.parse().unwrap();
            assert!(policy.port_allowed(addr.port()));
            assert_eq!(policy.check_target(addr), Ok(()), "{open}");
        }
        // Public mode still refuses loopback elsewhere, and the demo's ports
        // elsewhere.
        for closed in [
            "127.0.0.1:110",
            "127.0.0.1:1996",
            "10.0.0.1:1110",
            "[::1]:1110",
        ] {
            let addr: SocketAddr = closed.parse().unwrap();
            assert!(policy.check_target(addr).is_err(), "{closed}");
        }
        assert!(Cli::try_parse_from(["pop3-proxy", "--demo-at", "localhost"]).is_err());
    }
}
