//! The server's allocator: jemalloc, set up for a long-running process on a small machine.
//!
//! A fresh comparison makes and frees a few thousand small strings. Under glibc's malloc
//! that was a quarter of the server's CPU (malloc, free and consolidating freed chunks),
//! and glibc needed its arenas cut to two to keep resident memory down, which made
//! threads wait on each other's locks. jemalloc spends about a fifth less CPU per
//! comparison and holds a little less memory (docs/benchmarks.md, "the fourth round").
//! mimalloc was as fast but held 154-180 MB after the same mixes against jemalloc's
//! 136-144.

/// Every allocation of the server, its tests and its benches goes through jemalloc.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, read before `main`: a background thread gives freed memory back
/// to the system, dirty pages after a second, and none is kept half-released ("muzzy"),
/// so memory freed after a burst of comparisons is not held as resident. An operator
/// overrides any of them with `_RJEM_MALLOC_CONF` (docs/operators.md).
#[cfg(not(target_env = "msvc"))]
#[export_name = "_rjem_malloc_conf"]
#[allow(non_upper_case_globals)]
pub static malloc_conf: &[u8; 60] =
    b"background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0\0";
