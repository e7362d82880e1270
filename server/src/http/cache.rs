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
//! A kept answer is kept gzipped too: a comparison is ~200 KB of JSON at national scale
//! and ~15 KB gzipped, and a phone on little data should not pay the difference; made once
//! when kept, a hit costs no compression.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use quick_cache::sync::Cache;
use quick_cache::Weighter;

use std::sync::{Arc, RwLock};

use atlas_shared::oruk::{Directory, Sources};
use chrono::{NaiveDate, Utc};

use crate::snapshot::Snapshot;
use crate::store::{Store, StoreError};

/// Weighs an entry by the bytes it holds, so the limit is a memory limit.
#[derive(Clone)]
struct Size;

impl Weighter<String, Answer> for Size {
    fn weight(&self, key: &String, answer: &Answer) -> u64 {
        (key.len() + answer.json.len() + answer.gzip.as_ref().map_or(0, Bytes::len)) as u64
    }
}

/// A JSON answer, with its gzip copy once made.
#[derive(Debug, Clone)]
pub struct Answer {
    pub json: Bytes,
    gzip: Option<Bytes>,
}

impl Answer {
    /// The answer gzipped: the kept copy, or made now.
    pub fn gzip(&self) -> Bytes {
        self.gzip
            .clone()
            .unwrap_or_else(|| gzip(&self.json, flate2::Compression::fast()))
    }

    pub(super) fn with_gzip(json: Bytes) -> Answer {
        let gzip = Some(gzip(&json, flate2::Compression::fast()));
        Answer { json, gzip }
    }

    /// An answer made once and served for the process's life (a catalogue): worth the
    /// best compression.
    pub(super) fn with_best_gzip(json: Bytes) -> Answer {
        let gzip = Some(gzip(&json, flate2::Compression::best()));
        Answer { json, gzip }
    }
}

/// gzip at the fastest level: a comparison compresses ~12 to 1 in well under a millisecond
/// (the best level saves a third more, for three times the work on every fresh answer).
fn gzip(json: &[u8], level: flate2::Compression) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(json.len() / 8), level);
    // Writing to memory cannot fail.
    let _ = encoder.write_all(json);
    let mut gzip = encoder.finish().unwrap_or_default();
    // Kept as long as the answer: without what the Vec reserved while it grew.
    gzip.shrink_to_fit();
    Bytes::from(gzip)
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
    pub fn get_or_compute<E>(
        &self,
        generation: u64,
        key: String,
        compute: impl FnOnce() -> Result<Bytes, E>,
    ) -> Result<(Answer, Lookup), E> {
        let Some(entries) = &self.entries else {
            let json = compute()?;
            return Ok((Answer { json, gzip: None }, Lookup::Off));
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
            return Ok((answer, Lookup::Hit));
        }
        let answer = Answer::with_gzip(compute()?);
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

    fn body(text: &str) -> Result<Bytes, ()> {
        Ok(Bytes::from(text.to_string()))
    }

    #[test]
    fn an_answer_is_reused_until_the_data_changes() {
        let cache = ResponseCache::new(1 << 20);
        let (b, how) = cache
            .get_or_compute(1, "q=tax".into(), || body("one"))
            .unwrap();
        assert_eq!((b.json.as_ref(), how), (&b"one"[..], Lookup::Miss));
        let (b, how) = cache
            .get_or_compute(1, "q=tax".into(), || body("two"))
            .unwrap();
        assert_eq!((b.json.as_ref(), how), (&b"one"[..], Lookup::Hit));
        // A new generation empties the cache and computes afresh.
        let (b, how) = cache
            .get_or_compute(2, "q=tax".into(), || body("three"))
            .unwrap();
        assert_eq!((b.json.as_ref(), how), (&b"three"[..], Lookup::Miss));
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn errors_are_not_kept_and_zero_capacity_is_off() {
        let cache = ResponseCache::new(1 << 20);
        assert!(cache
            .get_or_compute(1, "k".into(), || Err::<Bytes, _>(()))
            .is_err());
        assert_eq!(cache.len(), 0);
        let off = ResponseCache::new(0);
        let (_, how) = off.get_or_compute(1, "k".into(), || body("x")).unwrap();
        assert_eq!(how, Lookup::Off);
        assert_eq!(off.len(), 0);
    }

    #[test]
    fn the_gzip_copy_is_the_same_answer() {
        let unzip = |gz: Bytes| {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut text)
                .expect("gzip");
            text
        };
        let json = format!("[{}]", vec!["{\"title\":\"Council tax\"}"; 200].join(","));
        let kept = ResponseCache::new(1 << 20);
        let (answer, _) = kept.get_or_compute(1, "k".into(), || body(&json)).unwrap();
        assert!(answer.gzip.is_some(), "a kept answer is kept gzipped");
        assert!(answer.gzip().len() * 10 < json.len());
        assert_eq!(unzip(answer.gzip()), json);
        let off = ResponseCache::new(0);
        let (answer, _) = off.get_or_compute(1, "k".into(), || body(&json)).unwrap();
        assert_eq!(unzip(answer.gzip()), json);
    }

    #[test]
    fn the_limit_is_in_bytes() {
        let cache = ResponseCache::new(64 * 1024);
        for i in 0..100 {
            let big = "x".repeat(4096);
            cache
                .get_or_compute(1, format!("k{i}"), || body(&big))
                .unwrap();
        }
        assert!(cache.len() < 17, "{} answers of 4 KB in 64 KB", cache.len());
    }
}
