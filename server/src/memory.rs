//! How the server's allocator is set up for a long-running process.
//!
//! Every read runs on tokio's blocking pool, so under load a dozen or more threads
//! allocate at once, and glibc gives each its own arena (up to eight per core). Answers
//! freed on one thread leave holes in another's arena that are never given back, so the
//! resident size grew to about 210 MB after the load test with the response cache on
//! against 145 MB without it. Two arenas keep it to about 165 MB at the same throughput
//! (one halves the throughput of comparisons: every thread waits on one lock). Measured
//! with `scripts/load-test`; see docs/benchmarks.md.

/// Arenas the allocator may use unless `MALLOC_ARENA_MAX` says otherwise.
pub const MALLOC_ARENAS: i32 = 2;

/// Limits glibc's malloc to [`MALLOC_ARENAS`] arenas, unless the operator set
/// `MALLOC_ARENA_MAX` (glibc reads that itself). Call before any thread starts. Other C
/// libraries (musl) have no per-thread arenas, and nothing is done there.
pub fn limit_arenas() {
    if std::env::var_os("MALLOC_ARENA_MAX").is_some() {
        return;
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: `mallopt` only changes a malloc parameter; it is called once, at start-up,
        // before the runtime's threads exist. M_ARENA_MAX is -8 in glibc's malloc.h.
        let _ = unsafe { libc::mallopt(libc::M_ARENA_MAX, MALLOC_ARENAS) };
    }
}
