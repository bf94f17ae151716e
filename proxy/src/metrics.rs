//! Counters for `--metrics`, served as Prometheus text at `/metrics`.
//!
//! The text format is small enough to write by hand: `# HELP`, `# TYPE`, then
//! one `name{labels} value` line per series.

use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use pop3::wire::ErrorCode;

/// The metrics path.
pub const PATH: &str = "/metrics";

/// Everything counted since start. Updated with relaxed atomics: each value is
/// exact, the set is not a snapshot.
#[derive(Debug, Default)]
pub struct Metrics {
    sessions_active: AtomicU64,
    sessions_total: AtomicU64,
    demo_sessions_total: AtomicU64,
    refusals: [AtomicU64; ErrorCode::ALL.len()],
    /// Connections dropped at accept because too many were still sending
    /// their request head.
    pending_refused: AtomicU64,
    bytes_to_server: AtomicU64,
    bytes_from_server: AtomicU64,
    tls_failures: AtomicU64,
}

/// Counts one session as active until dropped.
#[derive(Debug)]
pub struct ActiveSession(Arc<Metrics>);

impl Drop for ActiveSession {
    fn drop(&mut self) {
        self.0.sessions_active.fetch_sub(1, Relaxed);
    }
}

impl Metrics {
    /// A session was admitted.
    pub fn session_started(self: &Arc<Self>) -> ActiveSession {
        self.sessions_total.fetch_add(1, Relaxed);
        self.sessions_active.fetch_add(1, Relaxed);
        ActiveSession(self.clone())
    }

    /// A session reached the demo server.
    pub fn demo_session(&self) {
        self.demo_sessions_total.fetch_add(1, Relaxed);
    }

    /// An error with this code was sent, or an HTTP request refused for it.
    pub fn refused(&self, code: ErrorCode) {
        if let Some(i) = ErrorCode::ALL.iter().position(|c| *c == code) {
            self.refusals[i].fetch_add(1, Relaxed);
        }
    }

    /// A connection was dropped at accept: too many in the HTTP head phase.
    pub fn pending_refused(&self) {
        self.pending_refused.fetch_add(1, Relaxed);
    }

    /// Bytes written to the POP3 server.
    pub fn to_server(&self, n: usize) {
        self.bytes_to_server.fetch_add(n as u64, Relaxed);
    }

    /// Bytes read from the POP3 server.
    pub fn from_server(&self, n: usize) {
        self.bytes_from_server.fetch_add(n as u64, Relaxed);
    }

    /// A TLS handshake to a server failed (or took too long).
    pub fn tls_failure(&self) {
        self.tls_failures.fetch_add(1, Relaxed);
    }

    /// The Prometheus text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(2048);
        let mut metric = |name: &str, kind: &str, help: &str, series: &[(&str, u64)]| {
            let _ = writeln!(out, "# HELP pop3_proxy_{name} {help}");
            let _ = writeln!(out, "# TYPE pop3_proxy_{name} {kind}");
            for (labels, value) in series {
                let _ = writeln!(out, "pop3_proxy_{name}{labels} {value}");
            }
        };
        let get = |a: &AtomicU64| a.load(Relaxed);
        metric(
            "sessions_active",
            "gauge",
            "WebSocket sessions open now.",
            &[("", get(&self.sessions_active))],
        );
        metric(
            "sessions_total",
            "counter",
            "WebSocket sessions admitted since start.",
            &[("", get(&self.sessions_total))],
        );
        metric(
            "demo_sessions_total",
            "counter",
            "Sessions that reached the demo server.",
            &[("", get(&self.demo_sessions_total))],
        );
        let labels: Vec<String> = ErrorCode::ALL
            .iter()
            .map(|c| format!("{{code=\"{}\"}}", c.as_str()))
            .collect();
        let refusals: Vec<(&str, u64)> = labels
            .iter()
            .zip(&self.refusals)
            .map(|(label, count)| (label.as_str(), get(count)))
            .collect();
        metric(
            "refusals_total",
            "counter",
            "Errors sent to browsers and HTTP requests refused, by wire error code.",
            &refusals,
        );
        metric(
            "pending_refused_total",
            "counter",
            "Connections dropped at accept while too many were sending their request head.",
            &[("", get(&self.pending_refused))],
        );
        metric(
            "bytes_total",
            "counter",
            "POP3 bytes relayed, by direction.",
            &[
                ("{direction=\"to_server\"}", get(&self.bytes_to_server)),
                ("{direction=\"from_server\"}", get(&self.bytes_from_server)),
            ],
        );
        metric(
            "tls_failures_total",
            "counter",
            "TLS handshakes to servers that failed or timed out.",
            &[("", get(&self.tls_failures))],
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_every_series() {
        let metrics = Arc::new(Metrics::default());
        let session = metrics.session_started();
        metrics.refused(ErrorCode::PortNotAllowed);
        metrics.to_server(12);
        metrics.from_server(34);
        let text = metrics.render();
        assert!(text.contains("\npop3_proxy_sessions_active 1\n"), "{text}");
        assert!(text.contains("\npop3_proxy_sessions_total 1\n"));
        assert!(text.contains("\npop3_proxy_refusals_total{code=\"port_not_allowed\"} 1\n"));
        assert!(text.contains("\npop3_proxy_refusals_total{code=\"bad_request\"} 0\n"));
        assert!(text.contains("\npop3_proxy_bytes_total{direction=\"to_server\"} 12\n"));
        assert!(text.contains("\npop3_proxy_bytes_total{direction=\"from_server\"} 34\n"));
        assert!(text.contains("# TYPE pop3_proxy_tls_failures_total counter\n"));
        drop(session);
        assert!(
            metrics
                .render()
                .contains("\npop3_proxy_sessions_active 0\n")
        );
        // Every line is a comment or `name[{labels}] value`.
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (_, value) = line.rsplit_once(' ').unwrap();
            value.parse::<u64>().unwrap();
        }
    }
}
