//! Prometheus metrics: request counts and latency by route family and status.
//! Labels are route names, never paths or queries, so nothing personal is recorded.

use std::time::Duration;

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    cache: IntCounterVec,
    connections: IntGauge,
    mail: MailMetrics,
}

/// What the mail task counts: letters by what they are about and how their try ended,
/// and how many wait in the outbox.
#[derive(Clone)]
pub struct MailMetrics {
    pub letters: IntCounterVec,
    pub waiting: IntGauge,
}

impl Metrics {
    #[allow(
        clippy::expect_used,
        reason = "fixed definitions, registered once at start: a failure is a bug to see at once"
    )]
    pub fn new() -> Metrics {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new(
                "offer_atlas_http_requests_total",
                "HTTP requests by route and status",
            ),
            &["route", "status"],
        )
        .expect("static metric definition");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "offer_atlas_http_request_duration_seconds",
                "Time to answer a request",
            )
            .buckets(vec![
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
            ]),
            &["route"],
        )
        .expect("static metric definition");
        let cache = IntCounterVec::new(
            Opts::new(
                "offer_atlas_response_cache_total",
                "Search and compare answers by whether the response cache held them",
            ),
            &["cache", "outcome"],
        )
        .expect("static metric definition");
        let connections = IntGauge::new(
            "offer_atlas_open_connections",
            "Client connections open now (the cap is --max-connections)",
        )
        .expect("static metric definition");
        let mail = MailMetrics {
            letters: IntCounterVec::new(
                Opts::new(
                    "offer_atlas_mail_letters_total",
                    "Letters handed to the SMTP relay, by what they are about and outcome (sent, retry, dropped)",
                ),
                &["about", "outcome"],
            )
            .expect("static metric definition"),
            waiting: IntGauge::new(
                "offer_atlas_mail_outbox_letters",
                "Letters waiting in the outbox for the relay",
            )
            .expect("static metric definition"),
        };
        registry
            .register(Box::new(mail.letters.clone()))
            .expect("registered once");
        registry
            .register(Box::new(mail.waiting.clone()))
            .expect("registered once");
        registry
            .register(Box::new(connections.clone()))
            .expect("registered once");
        registry
            .register(Box::new(cache.clone()))
            .expect("registered once");
        registry
            .register(Box::new(requests.clone()))
            .expect("registered once");
        registry
            .register(Box::new(latency.clone()))
            .expect("registered once");
        Metrics {
            registry,
            requests,
            latency,
            cache,
            connections,
            mail,
        }
    }

    /// The mail task's counters.
    pub fn mail(&self) -> MailMetrics {
        self.mail.clone()
    }

    /// The gauge of open connections, for the accept loop to move.
    pub fn open_connections(&self) -> IntGauge {
        self.connections.clone()
    }

    pub fn observe(&self, route: &str, status: u16, elapsed: Duration) {
        self.requests
            .with_label_values(&[route, &status.to_string()])
            .inc();
        self.latency
            .with_label_values(&[route])
            .observe(elapsed.as_secs_f64());
    }

    /// Counts one answer of `cache` ("search" or "compare") by where it came from.
    pub fn cache(&self, cache: &str, lookup: crate::http::cache::Lookup) {
        use crate::http::cache::Lookup;
        let outcome = match lookup {
            Lookup::Hit => "hit",
            Lookup::Miss => "miss",
            Lookup::Off => "off",
        };
        self.cache.with_label_values(&[cache, outcome]).inc();
    }

    pub fn render(&self) -> String {
        let mut buffer = Vec::new();
        if TextEncoder::new()
            .encode(&self.registry.gather(), &mut buffer)
            .is_err()
        {
            return String::new();
        }
        String::from_utf8(buffer).unwrap_or_default()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}
