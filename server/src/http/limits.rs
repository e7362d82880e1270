//! Rate limits per client: registrations (no account needed, so the easiest to abuse),
//! authenticated writes, and a cheaper allowance for requests refused before any work
//! (no valid token, a token that may not do this, not JSON, too large), so that nobody can
//! spend someone else's allowance by sending junk, or a token of their own that may not
//! write there, from behind the same address.
//!
//! The limiters are governor's GCRA limiters over a state store of our own that is
//! bounded: when it is full, the client seen least recently is forgotten to make room, so
//! a flood of new addresses can never lock out everyone else (a forgotten client simply
//! starts again with a full allowance). Idle clients are also dropped every minute. IPv6
//! clients are keyed by their /64, which is what one home or phone connection is usually
//! given. Addresses live only in these maps, in memory; they are never logged or stored.
//!
//! Behind a reverse proxy every request comes from the proxy's address. With
//! `--trusted-proxy CIDR`, and only for connections from such an address, the client is
//! read from `Forwarded` or `X-Forwarded-For`: the nearest address that is not itself a
//! trusted proxy. From anywhere else those headers are ignored, so they cannot be forged.

use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::nanos::Nanos;
use governor::state::keyed::ShrinkableKeyedStateStore;
use governor::state::StateStore;
use governor::{Quota, RateLimiter};
use ipnet::IpNet;
use lru::LruCache;
use warp::http::HeaderMap;

use super::error::ApiError;

/// Most clients one limiter remembers; beyond it, the least recently seen is forgotten.
pub const MAX_CLIENTS: usize = 100_000;

/// How many requests of each limited kind a client may make.
#[derive(Debug, Clone)]
pub struct LimitSettings {
    /// Organisation registrations per client address per hour.
    pub registrations_per_hour: NonZeroU32,
    /// Authenticated writes (POST, PUT, DELETE) per client address per minute.
    pub writes_per_minute: NonZeroU32,
    /// Writes refused before any work (401, 403, 413, 415) per client address per minute.
    pub refusals_per_minute: NonZeroU32,
    /// Proxies whose `Forwarded` / `X-Forwarded-For` headers name the real client.
    pub trusted_proxies: Vec<IpNet>,
    /// Most clients each limiter remembers.
    pub max_clients: usize,
}

impl Default for LimitSettings {
    fn default() -> LimitSettings {
        LimitSettings {
            registrations_per_hour: NonZeroU32::new(5).unwrap_or(NonZeroU32::MIN),
            writes_per_minute: NonZeroU32::new(60).unwrap_or(NonZeroU32::MIN),
            refusals_per_minute: NonZeroU32::new(30).unwrap_or(NonZeroU32::MIN),
            trusted_proxies: Vec::new(),
            max_clients: MAX_CLIENTS,
        }
    }
}

/// A keyed GCRA state store that holds at most `capacity` keys, forgetting the least
/// recently seen one to make room.
#[derive(Debug)]
pub struct BoundedStore<K: Hash + Eq> {
    states: Mutex<LruCache<K, Nanos>>,
}

impl<K: Hash + Eq> BoundedStore<K> {
    fn new(capacity: usize) -> BoundedStore<K> {
        let capacity = std::num::NonZeroUsize::new(capacity).unwrap_or(std::num::NonZeroUsize::MIN);
        BoundedStore {
            states: Mutex::new(LruCache::new(capacity)),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<K, Nanos>> {
        // A panic while holding the lock cannot leave a half-written state (each change
        // is one insert), so the map is still good to use.
        self.states.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl<K: Hash + Eq + Clone> StateStore for BoundedStore<K> {
    type Key = K;

    fn measure_and_replace<T, F, E>(&self, key: &K, f: F) -> Result<T, E>
    where
        F: Fn(Option<Nanos>) -> Result<(T, Nanos), E>,
    {
        let mut states = self.lock();
        let (answer, next) = f(states.get(key).copied())?;
        // `push` evicts the least recently used key when the cache is full.
        states.push(key.clone(), next);
        Ok(answer)
    }
}

impl<K: Hash + Eq + Clone> ShrinkableKeyedStateStore<K> for BoundedStore<K> {
    fn retain_recent(&self, drop_below: Nanos) {
        let mut states = self.lock();
        let stale: Vec<K> = states
            .iter()
            .filter(|(_, tat)| **tat < drop_below)
            .map(|(k, _)| k.clone())
            .collect();
        for k in stale {
            states.pop(&k);
        }
    }

    fn len(&self) -> usize {
        self.lock().len()
    }

    fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }
}

type Limiter = RateLimiter<IpAddr, BoundedStore<IpAddr>, DefaultClock>;

/// The limiters the server checks.
pub struct Limits {
    registrations: Limiter,
    writes: Limiter,
    refusals: Limiter,
    trusted_proxies: Vec<IpNet>,
    clock: DefaultClock,
}

/// What a limited request is, for choosing a limiter and wording the refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limited {
    /// An organisation's registration (no account needed).
    Registration,
    /// A write with a valid token.
    Write,
    /// A write refused before any work: no valid token, a token that may not do this, not
    /// JSON, or too large.
    Refusal,
}

impl Limits {
    pub fn new(settings: LimitSettings) -> Limits {
        let clock = DefaultClock::default();
        let limiter = |quota: Quota| {
            RateLimiter::new(
                quota,
                BoundedStore::new(settings.max_clients),
                clock.clone(),
            )
        };
        Limits {
            registrations: limiter(Quota::per_hour(settings.registrations_per_hour)),
            writes: limiter(Quota::per_minute(settings.writes_per_minute)),
            refusals: limiter(Quota::per_minute(settings.refusals_per_minute)),
            trusted_proxies: settings.trusted_proxies,
            clock,
        }
    }

    /// Counts one request of `kind` from `client`; refuses it with 429 and `Retry-After`
    /// once the client's allowance is spent. A request with no known address is counted
    /// under the unspecified address, so it is limited too.
    pub fn check(&self, kind: Limited, client: Option<IpAddr>) -> Result<(), ApiError> {
        let (limiter, what) = match kind {
            Limited::Registration => (&self.registrations, "registrations"),
            Limited::Write => (&self.writes, "changes"),
            Limited::Refusal => (&self.refusals, "refused requests"),
        };
        limiter.check_key(&client_key(client)).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            ApiError::too_many(what, wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
        })
    }

    /// The client a request comes from: the connection's peer, or, when the peer is a
    /// trusted proxy, the address the proxy forwarded.
    pub fn client(&self, peer: Option<SocketAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        let peer = peer?.ip();
        let trusted = |ip: &IpAddr| self.trusted_proxies.iter().any(|net| net.contains(ip));
        if !trusted(&peer) {
            return Some(peer);
        }
        // The chain as the proxies appended it, nearest last; the client is the first
        // address from the right that is not a trusted proxy.
        let chain = forwarded_for(headers);
        Some(
            chain
                .iter()
                .rev()
                .find(|ip| !trusted(ip))
                .or_else(|| chain.first())
                .copied()
                .unwrap_or(peer),
        )
    }

    /// Whether the connection comes from a trusted proxy, whose `X-Forwarded-Proto` and
    /// `X-Forwarded-Host` may then be believed (the editors' cookies and origin check).
    pub fn is_trusted_proxy(&self, peer: Option<SocketAddr>) -> bool {
        peer.is_some_and(|p| self.trusted_proxies.iter().any(|net| net.contains(&p.ip())))
    }

    /// Forgets clients whose allowance has refilled; run now and then.
    pub fn tidy(&self) {
        for limiter in [&self.registrations, &self.writes, &self.refusals] {
            limiter.retain_recent();
        }
    }

    /// Tidies every `period` for as long as the runtime runs.
    pub fn spawn_tidier(limits: std::sync::Arc<Limits>, period: Duration) {
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(period);
            loop {
                ticker.tick().await;
                limits.tidy();
            }
        });
    }
}

/// The addresses a proxy chain forwarded, in order: `Forwarded` (RFC 7239) if present,
/// else `X-Forwarded-For`. Anything that is not an address is skipped.
fn forwarded_for(headers: &HeaderMap) -> Vec<IpAddr> {
    let values = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|s| s.trim().to_string())
            .collect()
    };
    let forwarded = values("forwarded");
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .filter_map(|element| {
                element.split(';').find_map(|pair| {
                    let (key, value) = pair.split_once('=')?;
                    key.trim()
                        .eq_ignore_ascii_case("for")
                        .then(|| parse_node(value.trim()))?
                })
            })
            .collect();
    }
    values("x-forwarded-for")
        .iter()
        .filter_map(|v| parse_node(v))
        .collect()
}

/// An address as proxies write it: `192.0.2.1`, `192.0.2.1:4711`, `"[2001:db8::1]:80"`.
fn parse_node(text: &str) -> Option<IpAddr> {
    let text = text.trim_matches('"');
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Some(addr.ip());
    }
    text.strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(ip, _)| ip.parse().ok())
}

/// The key a client is limited under: its IPv4 address, or its IPv6 /64.
fn client_key(client: Option<IpAddr>) -> IpAddr {
    match client {
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
        Some(v4) => v4,
        None => IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    fn settings() -> LimitSettings {
        LimitSettings {
            registrations_per_hour: NonZeroU32::new(2).unwrap(),
            writes_per_minute: NonZeroU32::new(1).unwrap(),
            refusals_per_minute: NonZeroU32::new(1).unwrap(),
            ..LimitSettings::default()
        }
    }

    #[test]
    fn each_client_gets_its_own_allowance_and_a_retry_time() {
        let limits = Limits::new(settings());
        let a = ip("192.0.2.1");
        assert!(limits.check(Limited::Registration, a).is_ok());
        assert!(limits.check(Limited::Registration, a).is_ok());
        let refused = limits.check(Limited::Registration, a).unwrap_err();
        assert_eq!(refused.status.as_u16(), 429);
        let wait = refused.retry_after.unwrap();
        assert!((1..=3600).contains(&wait), "{wait}");
        // Another address, and the other limiters, are unaffected.
        assert!(limits.check(Limited::Registration, ip("192.0.2.2")).is_ok());
        assert!(limits.check(Limited::Write, a).is_ok());
        assert!(limits.check(Limited::Write, a).is_err());
        // Refusals are counted apart from writes.
        assert!(limits.check(Limited::Refusal, a).is_ok());
        assert!(limits.check(Limited::Refusal, a).is_err());
    }

    #[test]
    fn a_full_table_forgets_the_least_recently_seen_instead_of_refusing_newcomers() {
        let limits = Limits::new(LimitSettings {
            max_clients: 3,
            ..settings()
        });
        let editor = ip("198.51.100.7");
        assert!(limits.check(Limited::Write, editor).is_ok());
        assert!(limits.check(Limited::Write, editor).is_err());
        // A flood of new addresses: every newcomer is admitted…
        for i in 1..=50 {
            assert!(
                limits
                    .check(Limited::Write, ip(&format!("203.0.113.{i}")))
                    .is_ok(),
                "newcomer {i} refused"
            );
        }
        assert_eq!(limits.writes.len(), 3);
        // …and the editor, forgotten, starts again with a full allowance.
        assert!(limits.check(Limited::Write, editor).is_ok());
    }

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let limits = Limits::new(LimitSettings {
            trusted_proxies: vec!["10.0.0.0/8".parse().unwrap(), "::1/128".parse().unwrap()],
            ..settings()
        });
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "203.0.113.9, 10.1.1.1".parse().unwrap());
        let via_proxy: SocketAddr = "10.0.0.2:5000".parse().unwrap();
        let direct: SocketAddr = "192.0.2.50:5000".parse().unwrap();
        // The nearest untrusted hop is the client.
        assert_eq!(limits.client(Some(via_proxy), &headers), ip("203.0.113.9"));
        // From anywhere else the header is ignored.
        assert_eq!(limits.client(Some(direct), &headers), ip("192.0.2.50"));
        // RFC 7239 wins over X-Forwarded-For, with ports and IPv6 brackets.
        headers.insert(
            "forwarded",
            "for=\"[2001:db8::5]:443\";proto=https, for=10.2.2.2"
                .parse()
                .unwrap(),
        );
        assert_eq!(limits.client(Some(via_proxy), &headers), ip("2001:db8::5"));
        // A trusted peer that forwards nothing is the client itself.
        assert_eq!(
            limits.client(Some(via_proxy), &HeaderMap::new()),
            ip("10.0.0.2")
        );
        // A forged chain of only trusted addresses falls back to its first entry.
        let mut forged = HeaderMap::new();
        forged.insert("x-forwarded-for", "10.9.9.9".parse().unwrap());
        assert_eq!(limits.client(Some(via_proxy), &forged), ip("10.9.9.9"));
    }

    #[test]
    fn an_ipv6_client_is_one_slash_64() {
        assert_eq!(
            client_key(ip("2001:db8:1:2:aaaa::1")),
            client_key(ip("2001:db8:1:2:bbbb::9"))
        );
        assert_ne!(
            client_key(ip("2001:db8:1:2::1")),
            client_key(ip("2001:db8:1:3::1"))
        );
        assert_eq!(
            client_key(ip("::ffff:192.0.2.7")),
            client_key(ip("192.0.2.7"))
        );
    }
}
