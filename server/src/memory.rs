//! How the server's allocator is set up for a long-running process.
//!
//! Under load a dozen or more threads of tokio's blocking pool allocate at once, and glibc
//! gives each its own arena (up to eight per core). Answers freed on one thread leave
//! holes in another's arena that are never given back: after a mixed load of searches and
//! comparisons with the response cache on, the server held 213 MB, and 165 MB with two
//! arenas at the same throughput (one arena halves the throughput of comparisons: every
//! thread waits on one lock). See docs/benchmarks.md, "the second round".

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
