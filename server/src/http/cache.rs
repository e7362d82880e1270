//! A bounded in-memory cache of public JSON answers (search and compare).
//!
//! Many people ask the same things ("council tax", Walsall to Wiltshire at 19), and an
//! answer only changes when the data does. Each answer is kept under the request as the
//! handler understood it (after validation, so nothing malformed is stored) together with
//! the generation of the data it was computed from. When the generation moves on, the
//! whole cache is emptied: a stale answer is never served, and no query outlives the data
//! it was asked of. Only the body is kept: never a client address, a time, or a count of
//! who asked (DESIGN §8), and nothing leaves memory.
//!
//! A kept answer is kept compressed too, in the coding the clients who asked for it take
//! (gzip, zstd): a comparison is ~90–200 KB of JSON at national scale and ~15 KB
//! compressed, and a phone on little data should not pay the difference. Each copy is made
//! once, when a client first takes that coding, so a hit costs no compression; an answer
//! asked only by clients that take neither is never compressed.

use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use quick_cache::sync::Cache;
use quick_cache::Weighter;

use std::sync::{Arc, RwLock};

use atlas_shared::oruk::{Directory, Sources};
use chrono::{NaiveDate, Utc};

use super::coding::{gzip, zstd, Encoding, BEST_ZSTD, FAST_GZIP, FAST_ZSTD};
use crate::snapshot::Snapshot;
use crate::store::{Store, StoreError};

/// Weighs an entry by the bytes it holds, so the limit is a memory limit.
#[derive(Clone)]
struct Size;

impl Weighter<String, Answer> for Size {
    fn weight(&self, key: &String, answer: &Answer) -> u64 {
        let copies = [&answer.gzip, &answer.zstd].map(|c| c.as_ref().map_or(0, Bytes::len));
        (key.len() + answer.json.len() + copies.iter().sum::<usize>()) as u64
    }
}

/// A JSON answer, with its compressed copies once made.
#[derive(Debug, Clone)]
pub struct Answer {
    pub json: Bytes,
    gzip: Option<Bytes>,
    zstd: Option<Bytes>,
}

impl Answer {
    fn new(json: Bytes) -> Answer {
        Answer {
            json,
            gzip: None,
            zstd: None,
        }
    }

    /// The body in `encoding`: the kept copy, or made now.
    pub fn body(&self, encoding: Encoding) -> Bytes {
        match encoding {
            Encoding::Identity => self.json.clone(),
            Encoding::Gzip => self
                .gzip
                .clone()
                .unwrap_or_else(|| gzip(&self.json, FAST_GZIP)),
            Encoding::Zstd => self
                .zstd
                .clone()
                .unwrap_or_else(|| zstd(&self.json, FAST_ZSTD)),
        }
    }

    /// Whether a copy in `encoding` is kept (the JSON always is).
    fn holds(&self, encoding: Encoding) -> bool {
        match encoding {
            Encoding::Identity => true,
            Encoding::Gzip => self.gzip.is_some(),
            Encoding::Zstd => self.zstd.is_some(),
        }
    }

    /// With a copy in `encoding` kept.
    fn keeping(mut self, encoding: Encoding) -> Answer {
        match encoding {
            Encoding::Identity => {}
            Encoding::Gzip => self.gzip = Some(self.body(encoding)),
            Encoding::Zstd => self.zstd = Some(self.body(encoding)),
        }
        self
    }

    /// An answer made once and served for the process's life (a catalogue): worth the
    /// best compression, in both codings.
    pub(super) fn with_best_compression(json: Bytes) -> Answer {
        Answer {
            gzip: Some(gzip(&json, flate2::Compression::best())),
            zstd: Some(zstd(&json, BEST_ZSTD)),
            json,
        }
    }
}

/// Answers of one kind (search or compare), for one data generation at a time.
pub struct ResponseCache {
    /// `None` when caching is switched off.
    entries: Option<Cache<String, Answer, Size>>,
    generation: AtomicU64,
}

/// Whether an answer came from the cache (for the metrics).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    Hit,
    Miss,
    Off,
}

impl ResponseCache {
    /// A cache holding at most `capacity_bytes` of keys and bodies; 0 switches it off.
    pub fn new(capacity_bytes: u64) -> ResponseCache {
        // quick_cache sizes its tables from an estimate of the entry count; answers are
        // a few KB (search) to ~100 KB (compare), so assume 4 KB each.
        let entries = (capacity_bytes > 0).then(|| {
            let estimate = usize::try_from(capacity_bytes / 4096).unwrap_or(usize::MAX);
            Cache::with_weighter(estimate.max(16), capacity_bytes, Size)
        });
        ResponseCache {
            entries,
            generation: AtomicU64::new(0),
        }
    }

    /// The answer for `key` at data `generation`, computing (and keeping) it if needed.
    /// Errors are never kept.
    /// `encoding` is the coding the client takes: a kept answer keeps a copy in it.
    /// `compute` gives the JSON in a buffer that may have room to spare: trimmed only when
    /// the answer is kept, since a kept answer is weighed by its length.
    pub fn get_or_compute<E>(
        &self,
        generation: u64,
        key: String,
        encoding: Encoding,
        compute: impl FnOnce() -> Result<Vec<u8>, E>,
    ) -> Result<(Answer, Lookup), E> {
        let Some(entries) = &self.entries else {
            return Ok((Answer::new(Bytes::from(compute()?)), Lookup::Off));
        };
        let seen = self.generation.load(Ordering::Acquire);
        if generation != seen {
            // The data moved on: drop every answer computed from the old data. Only the
            // first request to notice does the clearing.
            if self
                .generation
                .compare_exchange(seen, generation, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
            {
                entries.clear();
            }
        }
        if let Some(answer) = entries.get(&key) {
            if answer.holds(encoding) {
                return Ok((answer, Lookup::Hit));
            }
            // The first client taking this coding: its copy is made once and kept.
            let answer = answer.keeping(encoding);
            if self.generation.load(Ordering::Acquire) == generation {
                entries.insert(key, answer.clone());
            }
            return Ok((answer, Lookup::Hit));
        }
        let mut json = compute()?;
        json.shrink_to_fit();
        let answer = Answer::new(Bytes::from(json)).keeping(encoding);
        // Keep it only if the data has not moved on meanwhile.
        if self.generation.load(Ordering::Acquire) == generation {
            entries.insert(key, answer.clone());
        }
        Ok((answer, Lookup::Miss))
    }

    /// How many answers are kept now.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.as_ref().map_or(0, Cache::len)
    }
}

// ---------------------------------------------------------------------------------------
// The ORUK directory
// ---------------------------------------------------------------------------------------

/// The directory as of a change-log sequence and a day (pledges close on a date).
#[derive(Default)]
pub struct DirectoryCache {
    current: RwLock<Option<(u64, NaiveDate, Arc<Directory>)>>,
}

impl DirectoryCache {
    pub fn get(&self, store: &Store, snapshot: &Snapshot) -> Result<Arc<Directory>, StoreError> {
        let seq = store.last_seq()?;
        let today = Utc::now().date_naive();
        if let Ok(guard) = self.current.read() {
            if let Some((s, d, dir)) = guard.as_ref() {
                if *s == seq && *d == today {
                    return Ok(dir.clone());
                }
            }
        }
        let reference = snapshot.get(store)?;
        let offers = store.offers()?;
        let fresh = Arc::new(Directory::build(&Sources {
            authorities: &reference.authorities,
            partnerships: &reference.partnerships,
            organisations: &reference.organisations,
            pledges: &reference.pledges,
            offers: &offers,
            today,
        }));
        if let Ok(mut guard) = self.current.write() {
            *guard = Some((seq, today, fresh.clone()));
        }
        Ok(fresh)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Result<Vec<u8>, ()> {
        Ok(text.as_bytes().to_vec())
    }

    #[test]
    fn an_answer_is_reused_until_the_data_changes() {
        let cache = ResponseCache::new(1 << 20);
        let (b, how) = cache
            .get_or_compute(1, "q=tax".into(), Encoding::Identity, || body("one"))
            .unwrap();
        assert_eq!((b.json.as_ref(), how), (&b"one"[..], Lookup::Miss));
        let (b, how) = cache
            .get_or_compute(1, "q=tax".into(), Encoding::Identity, || body("two"))
            .unwrap();
        assert_eq!((b.json.as_ref(), how), (&b"one"[..], Lookup::Hit));
        // A new generation empties the cache and computes afresh.
        let (b, how) = cache
            .get_or_compute(2, "q=tax".into(), Encoding::Identity, || body("three"))
            .unwrap();
        assert_eq!((b.json.as_ref(), how), (&b"three"[..], Lookup::Miss));
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn errors_are_not_kept_and_zero_capacity_is_off() {
        let cache = ResponseCache::new(1 << 20);
        assert!(cache
            .get_or_compute(1, "k".into(), Encoding::Identity, || Err::<Vec<u8>, _>(()))
            .is_err());
        assert_eq!(cache.len(), 0);
        let off = ResponseCache::new(0);
        let (_, how) = off
            .get_or_compute(1, "k".into(), Encoding::Identity, || body("x"))
            .unwrap();
        assert_eq!(how, Lookup::Off);
        assert_eq!(off.len(), 0);
    }

    fn unzip(gz: &Bytes) -> String {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut text)
            .expect("gzip");
        text
    }

    fn unzstd(z: &Bytes) -> String {
        String::from_utf8(zstd::decode_all(&z[..]).expect("zstd")).expect("UTF-8")
    }

    fn long_json() -> String {
        format!("[{}]", vec!["{\"title\":\"Council tax\"}"; 200].join(","))
    }

    #[test]
    fn each_compressed_copy_is_the_same_answer_kept_or_not() {
        let json = long_json();
        let kept = ResponseCache::new(1 << 20);
        let off = ResponseCache::new(0);
        for cache in [&kept, &off] {
            let (answer, _) = cache
                .get_or_compute(1, "k".into(), Encoding::Identity, || body(&json))
                .unwrap();
            assert_eq!(answer.body(Encoding::Identity), json.as_bytes());
            let gzip = answer.body(Encoding::Gzip);
            let zstd = answer.body(Encoding::Zstd);
            assert!(gzip.len() * 10 < json.len() && zstd.len() * 10 < json.len());
            assert_eq!((unzip(&gzip), unzstd(&zstd)), (json.clone(), json.clone()));
        }
    }

    #[test]
    fn a_copy_is_made_once_for_the_first_client_taking_its_coding_and_kept() {
        let json = long_json();
        let cache = ResponseCache::new(1 << 20);
        let ask = |encoding| {
            cache
                .get_or_compute(1, "k".into(), encoding, || body(&json))
                .unwrap()
        };
        let (answer, how) = ask(Encoding::Identity);
        assert_eq!(how, Lookup::Miss);
        assert!(
            answer.gzip.is_none() && answer.zstd.is_none(),
            "nobody took a coding yet"
        );
        let (answer, how) = ask(Encoding::Zstd);
        assert_eq!(how, Lookup::Hit);
        assert!(answer.zstd.is_some() && answer.gzip.is_none());
        let (answer, _) = ask(Encoding::Gzip);
        assert!(
            answer.zstd.is_some() && answer.gzip.is_some(),
            "the zstd copy was kept"
        );
        let (answer, how) = ask(Encoding::Identity);
        assert_eq!(how, Lookup::Hit);
        assert_eq!(unzip(answer.gzip.as_ref().unwrap()), json);
        assert_eq!(unzstd(answer.zstd.as_ref().unwrap()), json);
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn a_catalogue_is_kept_in_both_codings_at_their_best() {
        let json = long_json();
        let best = Answer::with_best_compression(Bytes::from(json.clone()));
        let fast = Answer::new(Bytes::from(json.clone()));
        assert_eq!(unzip(best.gzip.as_ref().unwrap()), json);
        assert_eq!(unzstd(best.zstd.as_ref().unwrap()), json);
        assert!(best.body(Encoding::Gzip).len() <= fast.body(Encoding::Gzip).len());
    }

    #[test]
    fn the_limit_is_in_bytes() {
        let cache = ResponseCache::new(64 * 1024);
        for i in 0..100 {
            let big = "x".repeat(4096);
            cache
                .get_or_compute(1, format!("k{i}"), Encoding::Identity, || body(&big))
                .unwrap();
        }
        assert!(cache.len() < 17, "{} answers of 4 KB in 64 KB", cache.len());
    }
}
