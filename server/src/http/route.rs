//! What a route is: one row of a family's table (method, path template, name, the query
//! parameters it takes, what kind of address it is, and its handler), and how a path finds
//! its rows. Each family module (`catalog`, `pages`, `editor`, `oruk`, `feeds`, …) declares
//! its own `ROUTES`; `http/mod.rs` only runs the table.

use futures_util::future::BoxFuture;
use warp::http::Method;
use warp::reply::Response;

use super::error::ApiError;
use super::request::{AppState, Request, MAX_BODY_BYTES};

/// What a handler answers.
pub type Answer = Result<Response, ApiError>;

/// A handler that reads (the store, the index, the compare rules): run on the blocking
/// pool, so slow work never stalls other connections.
pub type ReadFn = fn(&AppState, &Request, &PathArgs) -> Answer;

/// A handler that awaits (rendering a page, or a write waiting for the disk).
pub type AwaitFn = for<'a> fn(&'a AppState, PathArgs, Request) -> BoxFuture<'a, Answer>;

#[derive(Clone, Copy)]
pub enum Handler {
    Read(ReadFn),
    /// A read whose work is small and bounded once the snapshot is current (a search, a
    /// comparison: a few milliseconds at most): answered on the runtime's worker, since
    /// handing it to the blocking pool and back cost more than the work (docs/benchmarks.md,
    /// "the second round"). While the snapshot is rebuilt after a change (hundreds of
    /// milliseconds at national scale) it runs on the blocking pool like any read.
    Quick(ReadFn),
    Await(AwaitFn),
}

/// An awaiting handler from an expression over the state, the path's arguments and the
/// request: `awaits!(state, args, req => offers::create(state, args.at(0), req))`.
macro_rules! awaits {
    ($state:ident, $args:ident, $req:ident => $body:expr) => {{
        #[allow(unused_variables)]
        fn handler(
            $state: &$crate::http::request::AppState,
            $args: $crate::http::route::PathArgs,
            $req: $crate::http::request::Request,
        ) -> futures_util::future::BoxFuture<'_, $crate::http::route::Answer> {
            Box::pin(async move { $body.await })
        }
        $crate::http::route::Handler::Await(handler)
    }};
}
pub(crate) use awaits;

/// The methods a row answers (HEAD is answered wherever GET is).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verb {
    Get,
    Post,
    Put,
    Delete,
}

impl Verb {
    pub fn method(self) -> Method {
        match self {
            Verb::Get => Method::GET,
            Verb::Post => Method::POST,
            Verb::Put => Method::PUT,
            Verb::Delete => Method::DELETE,
        }
    }
}

/// The query parameters a route takes. Every route is one of these, so none accepts a
/// parameter it ignores.
#[derive(Clone, Copy)]
pub enum Params {
    /// The handler checks its own against its own list ([`Request::params`]).
    Own,
    /// Exactly these, each at most once; any other is refused before the handler runs.
    Only(&'static [&'static str]),
    /// A form's: these names only, but one may repeat (a checkbox per ticked box).
    Form(&'static [&'static str]),
}

/// What kind of address a route is: it decides the OpenAPI document's part, how refusals
/// are told, and the headers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// The public API (JSON, CSV, Atom): in the OpenAPI document.
    Api,
    /// Not part of the API: the widget's files, the load-test route.
    Internal,
    /// A public HTML page: a refused parameter is told as a page.
    Page,
    /// The council editors' workspace: refusals are its own pages, and its forms send
    /// their origin.
    Editor,
}

/// One row of a route table.
#[derive(Clone, Copy)]
pub struct Route {
    pub verb: Verb,
    /// The path as the OpenAPI document writes it: `{name}` is one segment, `{name}.atom`
    /// one segment with that ending (the argument is the part before it), and `{name*}`
    /// the rest of the path (at least one segment).
    pub path: &'static str,
    /// The name in metrics and the request log.
    pub name: &'static str,
    pub params: Params,
    pub kind: Kind,
    /// Largest body accepted.
    pub body_limit: usize,
    pub handler: Handler,
    /// Where the path's text lies without its outer slashes, and where its first braced
    /// segment starts (see [`Route::could_match`]); worked out when the table is compiled.
    outline: Outline,
}

#[derive(Clone, Copy)]
struct Outline {
    start: usize,
    end: usize,
    brace: Option<usize>,
}

impl Outline {
    const fn of(path: &str) -> Outline {
        let bytes = path.as_bytes();
        let (mut start, mut end) = (0, bytes.len());
        while start < end && bytes[start] == b'/' {
            start += 1;
        }
        while end > start && bytes[end - 1] == b'/' {
            end -= 1;
        }
        let mut brace = None;
        let mut i = start;
        while i < end {
            if bytes[i] == b'{' {
                brace = Some(i);
                break;
            }
            i += 1;
        }
        Outline { start, end, brace }
    }
}

impl Route {
    /// A GET row of the public API whose handler reads.
    pub const fn read(path: &'static str, name: &'static str, params: Params, f: ReadFn) -> Route {
        Route {
            verb: Verb::Get,
            path,
            name,
            params,
            kind: Kind::Api,
            body_limit: MAX_BODY_BYTES,
            handler: Handler::Read(f),
            outline: Outline::of(path),
        }
    }

    /// A GET row of the public API whose read is small and bounded ([`Handler::Quick`]).
    pub const fn quick(path: &'static str, name: &'static str, params: Params, f: ReadFn) -> Route {
        Route {
            handler: Handler::Quick(f),
            ..Route::read(path, name, params, f)
        }
    }

    /// A row of the public API whose handler awaits.
    pub const fn awaits(
        verb: Verb,
        path: &'static str,
        name: &'static str,
        handler: Handler,
    ) -> Route {
        Route {
            verb,
            path,
            name,
            params: Params::Only(&[]),
            kind: Kind::Api,
            body_limit: MAX_BODY_BYTES,
            handler,
            outline: Outline::of(path),
        }
    }

    pub const fn kind(self, kind: Kind) -> Route {
        Route { kind, ..self }
    }

    pub const fn params(self, params: Params) -> Route {
        Route { params, ..self }
    }

    pub const fn body_limit(self, body_limit: usize) -> Route {
        Route { body_limit, ..self }
    }

    /// The path's arguments if `segments` (the request path split at `/`, outer slashes
    /// trimmed) is this row's path. Walks the template without collecting it: every request
    /// asks every row, and most differ at the first or second segment.
    /// Whether a path (without its outer slashes) can match, by comparing the fixed text
    /// before the first braced segment: most rows fail here without splitting their path,
    /// which every request did for every row, or even looking for their braces.
    fn could_match(&self, trimmed: &str) -> bool {
        let Outline { start, end, brace } = self.outline;
        match brace {
            None => self.path.get(start..end) == Some(trimmed),
            Some(brace) => self
                .path
                .get(start..brace)
                .is_some_and(|fixed| trimmed.starts_with(fixed)),
        }
    }

    pub fn matches(&self, segments: &[&str]) -> Option<PathArgs> {
        let mut args = Vec::new();
        let mut count = 0;
        for (i, part) in self.path.trim_matches('/').split('/').enumerate() {
            count = i + 1;
            if part.starts_with('{') && part.ends_with("*}") {
                let rest = segments
                    .get(i..)
                    .filter(|r| !r.is_empty() && !r[0].is_empty())?;
                args.push(rest.join("/"));
                return Some(PathArgs(args));
            }
            let segment = *segments.get(i)?;
            match part.strip_prefix('{').and_then(|p| p.split_once('}')) {
                Some((_, ending)) => {
                    let value = segment.strip_suffix(ending)?;
                    if value.is_empty() {
                        return None;
                    }
                    args.push(value.to_string());
                }
                None if part == segment => {}
                None => return None,
            }
        }
        (segments.len() == count).then_some(PathArgs(args))
    }

    /// How many of the path's segments are fixed words: where two rows match a path
    /// (`/editor/offers/new` and `/editor/offers/{id}`), the one with more wins.
    pub fn fixed_segments(&self) -> usize {
        self.path
            .trim_matches('/')
            .split('/')
            .filter(|p| !p.starts_with('{'))
            .count()
    }
}

/// The arguments a path gave its route's `{…}` segments, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathArgs(Vec<String>);

impl PathArgs {
    /// The `i`th argument ("" if the route has fewer: a table row and its handler
    /// disagree, which the route tests catch).
    pub fn at(&self, i: usize) -> &str {
        self.0.get(i).map_or("", String::as_str)
    }
}

/// The rows a path names, most specific first, each with its arguments.
pub fn find<'t>(table: &'t [Route], path: &str) -> Vec<(&'t Route, PathArgs)> {
    let trimmed = path.trim_matches('/');
    let segments: Vec<&str> = trimmed.split('/').collect();
    let mut found: Vec<(&Route, PathArgs)> = table
        .iter()
        .filter(|r| r.could_match(trimmed))
        .filter_map(|r| r.matches(&segments).map(|args| (r, args)))
        .collect();
    let best = found.iter().map(|(r, _)| r.fixed_segments()).max();
    found.retain(|(r, _)| Some(r.fixed_segments()) == best);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(path: &'static str) -> Route {
        Route::read(path, "x", Params::Own, |_, _, _| Err(ApiError::internal()))
    }

    /// What a table of the one row `path` finds for `request`.
    fn args(path: &'static str, request: &str) -> Option<Vec<String>> {
        let table = [row(path)];
        let found = find(&table, request).into_iter().next();
        found.map(|(_, args)| args.0)
    }

    #[test]
    fn a_braced_segment_takes_one_segment_and_fixed_ones_must_be_equal() {
        assert_eq!(
            args("/api/v1/offers/{id}", "/api/v1/offers/x"),
            Some(vec!["x".into()])
        );
        assert_eq!(
            args("/api/v1/offers/{id}", "/api/v1/offers/x/history"),
            None
        );
        assert_eq!(args("/api/v1/offers/{id}", "/api/v1/offer/x"), None);
        assert_eq!(args("/api/v1/offers", "/api/v1/offers"), Some(vec![]));
        assert_eq!(args("/api/v1/offers", "/api/v1/offerss"), None);
        assert_eq!(args("/api/v1/offers", "/api/v1/offers/x"), None);
        assert_eq!(args("/", "/"), Some(vec![]));
        assert_eq!(args("/oruk/", "/oruk"), Some(vec![]));
    }

    #[test]
    fn an_ending_must_be_there_with_something_before_it() {
        let feed = "/feeds/topics/{slug}.atom";
        assert_eq!(
            args(feed, "/feeds/topics/wifi.atom"),
            Some(vec!["wifi".into()])
        );
        assert_eq!(args(feed, "/feeds/topics/wifi"), None);
        assert_eq!(args(feed, "/feeds/topics/.atom"), None);
    }

    #[test]
    fn a_starred_segment_takes_the_rest_but_never_nothing() {
        let files = "/widget/{file*}";
        assert_eq!(args(files, "/widget/a/b.js"), Some(vec!["a/b.js".into()]));
        assert_eq!(args(files, "/widget"), None);
        assert_eq!(args(files, "/widget/"), None);
    }

    #[test]
    fn the_row_with_more_fixed_words_wins() {
        let table = [row("/editor/offers/{id}"), row("/editor/offers/new")];
        let found = find(&table, "/editor/offers/new");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.path, "/editor/offers/new");
        assert_eq!(
            find(&table, "/editor/offers/7")[0].0.path,
            "/editor/offers/{id}"
        );
    }
}
