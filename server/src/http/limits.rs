//! Rate limits per client address: registrations (no account needed, so the easiest to
//! abuse) and every authenticated write.
//!
//! The limiters are governor's keyed GCRA limiters. Memory is bounded two ways: keys
//! whose allowance has fully refilled are dropped every minute, and a hard cap on the
//! number of tracked clients refuses newcomers (with 429) rather than growing without
//! limit under a flood of addresses. IPv6 clients are keyed by their /64, which is what
//! one home or phone connection is usually given. Addresses live only in these maps, in
//! memory; they are never logged or stored.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::ApiError;

/// Most client addresses tracked by one limiter before newcomers are refused.
pub const MAX_CLIENTS: usize = 100_000;

/// How many requests of each limited kind a client may make.
#[derive(Debug, Clone, Copy)]
pub struct LimitSettings {
    /// Organisation registrations per client address per hour.
    pub registrations_per_hour: NonZeroU32,
    /// Authenticated writes (POST, PUT, DELETE) per client address per minute.
    pub writes_per_minute: NonZeroU32,
}

impl Default for LimitSettings {
    fn default() -> LimitSettings {
        LimitSettings {
            registrations_per_hour: NonZeroU32::new(5).unwrap_or(NonZeroU32::MIN),
            writes_per_minute: NonZeroU32::new(60).unwrap_or(NonZeroU32::MIN),
        }
    }
}

/// The limiters the server checks before it reads a write's body.
pub struct Limits {
    registrations: DefaultKeyedRateLimiter<IpAddr>,
    writes: DefaultKeyedRateLimiter<IpAddr>,
    clock: DefaultClock,
}

/// What a limited request is, for choosing a limiter and wording the refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limited {
    Registration,
    Write,
}

impl Limits {
    pub fn new(settings: LimitSettings) -> Limits {
        Limits {
            registrations: RateLimiter::keyed(Quota::per_hour(settings.registrations_per_hour)),
            writes: RateLimiter::keyed(Quota::per_minute(settings.writes_per_minute)),
            clock: DefaultClock::default(),
        }
    }

    /// Counts one request of `kind` from `client`; refuses it with 429 and `Retry-After`
    /// once the client's allowance is spent. A request with no known address (not over
    /// TCP) is counted under the unspecified address, so it is limited too.
    pub fn check(&self, kind: Limited, client: Option<SocketAddr>) -> Result<(), ApiError> {
        let (limiter, what) = match kind {
            Limited::Registration => (&self.registrations, "registrations"),
            Limited::Write => (&self.writes, "changes"),
        };
        let key = client_key(client);
        if limiter.len() >= MAX_CLIENTS {
            limiter.retain_recent();
            if limiter.len() >= MAX_CLIENTS {
                return Err(ApiError::too_many(what, 60));
            }
        }
        limiter.check_key(&key).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            ApiError::too_many(what, wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
        })
    }

    /// Forgets clients whose allowance has refilled; run now and then.
    pub fn tidy(&self) {
        self.registrations.retain_recent();
        self.writes.retain_recent();
        self.registrations.shrink_to_fit();
        self.writes.shrink_to_fit();
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

/// The key a client is limited under: its IPv4 address, or its IPv6 /64.
fn client_key(client: Option<SocketAddr>) -> IpAddr {
    match client.map(|a| a.ip()) {
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

    fn addr(s: &str) -> Option<SocketAddr> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn each_client_gets_its_own_allowance_and_a_retry_time() {
        let limits = Limits::new(LimitSettings {
            registrations_per_hour: NonZeroU32::new(2).unwrap(),
            writes_per_minute: NonZeroU32::new(1).unwrap(),
        });
        let a = addr("192.0.2.1:1000");
        assert!(limits.check(Limited::Registration, a).is_ok());
        assert!(limits.check(Limited::Registration, a).is_ok());
        let refused = limits.check(Limited::Registration, a).unwrap_err();
        assert_eq!(refused.status.as_u16(), 429);
        let wait = refused.retry_after.unwrap();
        assert!((1..=3600).contains(&wait), "{wait}");
        // Another address, and the other limiter, are unaffected.
        assert!(limits
            .check(Limited::Registration, addr("192.0.2.2:1000"))
            .is_ok());
        assert!(limits.check(Limited::Write, a).is_ok());
        assert!(limits.check(Limited::Write, a).is_err());
    }

    #[test]
    fn an_ipv6_client_is_one_slash_64() {
        assert_eq!(
            client_key(addr("[2001:db8:1:2:aaaa::1]:80")),
            client_key(addr("[2001:db8:1:2:bbbb::9]:80"))
        );
        assert_ne!(
            client_key(addr("[2001:db8:1:2::1]:80")),
            client_key(addr("[2001:db8:1:3::1]:80"))
        );
        assert_eq!(
            client_key(addr("[::ffff:192.0.2.7]:80")),
            client_key(addr("192.0.2.7:80"))
        );
    }
}
