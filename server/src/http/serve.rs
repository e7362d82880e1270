//! Accepting connections, with the limits `warp::serve` does not offer: a cap on open
//! connections, a timeout for reading a request's headers (which also closes keep-alive
//! connections left idle that long) and, in `handle`, for reading its body. Without them
//! a few thousand idle or half-sent connections hold the server's file descriptors
//! forever and healthy clients time out.
//!
//! Each accepted socket is served by hyper's HTTP/1.1 connection with a timer, the warp
//! filter as the service, and the peer's address put in the request's extensions for the
//! rate limits ([`Peer`]). Shutdown stops accepting, lets requests in flight finish, and
//! gives up on connections after a grace period.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_service::Service;

use super::request::AppState;

/// Largest request head (request line and headers) hyper reads: beyond it, 431 with an
/// empty body. Without it hyper's limit is its read buffer's, which a single read can
/// overshoot (a block of about 500 KB got through).
pub const MAX_HEADER_BYTES: usize = 400 * 1024;

/// The TCP peer of a request, as the accept loop saw it.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

/// How long connections may take and how many may be open.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionSettings {
    /// Time to send a request's headers, and the longest a keep-alive connection may sit
    /// idle between requests.
    pub header_read_timeout: Duration,
    /// Time to send a request's body once its headers are in.
    pub body_read_timeout: Duration,
    /// Most connections open at once; further ones wait in the listen queue.
    pub max_connections: usize,
    /// On shutdown, how long requests in flight may take to finish.
    pub shutdown_grace: Duration,
}

impl Default for ConnectionSettings {
    fn default() -> ConnectionSettings {
        ConnectionSettings {
            header_read_timeout: Duration::from_secs(10),
            body_read_timeout: Duration::from_secs(30),
            max_connections: 1024,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Serves `state` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    state: Arc<AppState>,
    settings: ConnectionSettings,
    shutdown: impl Future<Output = ()>,
) {
    let open = state.metrics.open_connections();
    let service = warp::service(super::routes(state));
    let permits = Arc::new(Semaphore::new(settings.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(settings.header_read_timeout)
        .max_header_size(MAX_HEADER_BYTES)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        // Wait for a free slot before accepting, so the kernel's queue absorbs a flood
        // rather than our memory.
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment, keep serving.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = service.clone();
        let handler = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(Peer(peer));
            service.clone().call(request)
        });
        let connection = http.serve_connection(TokioIo::new(stream), handler);
        let connection = graceful.watch(connection);
        let open = open.clone();
        open.inc();
        tokio::spawn(async move {
            // Errors here are the client's (a reset, a header timeout): nothing to report.
            let _ = connection.await;
            open.dec();
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(settings.shutdown_grace) => {
            tracing::warn!("connections still open after the grace period; closing");
        }
    }
}
