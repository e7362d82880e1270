//! The server's operational limits through the real binary. Issue #17: connections that
//! are idle or slow are closed while the server keeps answering, and the rate limits can
//! be turned against no one. Issue #26: the allocator it runs with gives memory back.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{json, Value};
use support::{create_token, TestServer};

fn address(server: &TestServer) -> String {
    server.base.trim_start_matches("http://").to_string()
}

/// Whether the server has closed `stream`: reading reaches the end (after any response
/// it sent) before `wait` passes.
fn closed_by_server(stream: &mut TcpStream, wait: Duration) -> (bool, String) {
    stream.set_read_timeout(Some(wait)).expect("timeout");
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return (true, String::from_utf8_lossy(&seen).into_owned()),
            Ok(n) => seen.extend_from_slice(&buf[..n]),
            // A reset is the server closing too.
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return (true, String::from_utf8_lossy(&seen).into_owned())
            }
            Err(_) => return (false, String::from_utf8_lossy(&seen).into_owned()),
        }
    }
}

/// The connection tests hold hundreds of sockets and time their answers: one at a time.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The server's open-connections gauge, read over a connection of its own: these tests
/// outwait the keep-alive timeout, so a pooled connection could be closed by the server
/// just as it is reused.
fn open_connections(server: &TestServer) -> u64 {
    let fresh = reqwest::blocking::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .expect("client");
    let text = fresh
        .get(server.url("/metrics"))
        .send()
        .and_then(|r| r.text())
        .expect("metrics");
    text.lines()
        .find_map(|l| l.strip_prefix("offer_atlas_open_connections "))
        .and_then(|n| n.trim().parse().ok())
        .expect("the open connections gauge")
}

#[test]
fn idle_and_slow_connections_are_closed_while_healthz_keeps_answering() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = TestServer::start_in_with(
        support::temp_dir(),
        &[
            "--header-read-timeout",
            "10",
            "--body-read-timeout",
            "10",
            "--max-connections",
            "1100",
        ],
    );
    let addr = address(&server);
    // 1,000 connections: most say nothing, every tenth sends half its headers.
    let mut held = Vec::new();
    for i in 0..1000 {
        let mut stream = TcpStream::connect(&addr).expect("connect");
        if i % 10 == 0 {
            stream
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: atlas\r\nX-Slow: ")
                .expect("half a request");
        }
        held.push(stream);
    }
    // A keep-alive connection that asked once and then idles.
    let mut keep_alive = TcpStream::connect(&addr).expect("connect");
    keep_alive
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: atlas\r\n\r\n")
        .unwrap();
    let mut first = [0u8; 12];
    keep_alive.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"HTTP/1.1 200");
    // A body that never finishes arriving.
    let mut slow_body = TcpStream::connect(&addr).expect("connect");
    slow_body
        .write_all(
            b"POST /api/v1/organisations HTTP/1.1\r\nHost: atlas\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"name\": \"Sl",
        )
        .unwrap();

    // Once the server holds them all, it still answers others at once.
    // (A busy machine may take a few seconds to accept them all.)
    let deadline = Instant::now() + Duration::from_millis(8000);
    while open_connections(&server) < 1000 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let open = open_connections(&server);
    assert!(open >= 1000, "{open} connections open");
    let asked = Instant::now();
    let (status, _) = server.get_json("/healthz");
    assert_eq!(status, 200);
    assert!(
        asked.elapsed() < Duration::from_millis(1500),
        "healthz took {:?}",
        asked.elapsed()
    );

    // After the timeouts every one of them has been closed by the server.
    std::thread::sleep(Duration::from_millis(10_000));
    let (closed, answer) = closed_by_server(&mut slow_body, Duration::from_secs(3));
    assert!(closed, "the slow body's connection is still open");
    assert!(answer.contains(" 408 "), "{answer}");
    assert!(answer.contains("request_timeout"), "{answer}");
    let (closed, _) = closed_by_server(&mut keep_alive, Duration::from_secs(3));
    assert!(closed, "the idle keep-alive connection is still open");
    for (i, stream) in held.iter_mut().enumerate() {
        let (closed, _) = closed_by_server(stream, Duration::from_secs(3));
        assert!(closed, "connection {i} is still open");
    }
    // Only our own metrics request is left.
    assert!(open_connections(&server) <= 2);
}

#[test]
fn connections_beyond_the_cap_wait_instead_of_being_served() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = TestServer::start_in_with(
        support::temp_dir(),
        &["--max-connections", "20", "--header-read-timeout", "2"],
    );
    let addr = address(&server);
    let held: Vec<TcpStream> = (0..40)
        .map(|_| TcpStream::connect(&addr).expect("connect"))
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    // The twenty served slots are full: a new request waits for a slot, which the header
    // timeout frees within seconds.
    let asked = Instant::now();
    let text = server.get("/metrics").text().expect("metrics");
    let waited = asked.elapsed();
    let open: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix("offer_atlas_open_connections "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    assert!(open <= 20, "{open} connections open with a cap of 20");
    assert!(
        waited >= Duration::from_millis(1000) && waited < Duration::from_secs(10),
        "waited {waited:?}"
    );
    drop(held);
}

fn offer() -> Value {
    json!({
        "topic": "leisure", "category": "health-and-wellbeing", "title": "Gym",
        "summary": "Gym.", "status": "available", "basis": "discretionary",
        "applies_to": "unstated", "age_from": 18, "age_to": 21,
        "source": {"document": "test", "locator": "1"}
    })
}

fn post_offer(server: &TestServer, token: Option<&str>, forwarded_for: Option<&str>) -> u16 {
    let mut request = server
        .client
        .post(server.url("/api/v1/authorities/E06000054/offers"))
        .json(&offer());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(ip) = forwarded_for {
        request = request.header("x-forwarded-for", ip);
    }
    request.send().expect("POST").status().as_u16()
}

#[test]
fn junk_requests_never_spend_an_editors_allowance() {
    let dir = support::temp_dir();
    let first = TestServer::start_in(dir.clone());
    first.stop();
    let editor = create_token(
        &dir,
        &["--role", "council-editor", "--authority", "E06000054"],
    );
    let server = TestServer::start_in_with(
        dir,
        &["--writes-per-minute", "2", "--refusals-per-minute", "5"],
    );
    // Five refused before any work, from the editor's own address: no token, a wrong
    // token, not JSON.
    assert_eq!(post_offer(&server, None, None), 401);
    assert_eq!(post_offer(&server, Some("oa_wrong"), None), 401);
    let not_json = server
        .client
        .post(server.url("/api/v1/authorities/E06000054/offers"))
        .bearer_auth(&editor)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .unwrap();
    assert_eq!(not_json.status().as_u16(), 415);
    assert_eq!(post_offer(&server, None, None), 401);
    // The editor still has both writes (the 415 came with a valid token, so it counted
    // as a write: one is left).
    assert_eq!(post_offer(&server, Some(&editor), None), 201);
    assert_eq!(post_offer(&server, Some(&editor), None), 429);
    // The refusal allowance is its own: the fifth refusal is answered, the sixth is 429.
    assert_eq!(post_offer(&server, None, None), 401);
    let response = server
        .client
        .post(server.url("/api/v1/authorities/E06000054/offers"))
        .json(&offer())
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    assert!(response.headers().contains_key("retry-after"));
    let body: Value = response.json().unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
}

#[test]
fn a_signatorys_refused_writes_never_spend_an_editors_allowance() {
    let dir = support::temp_dir();
    let first = TestServer::start_in(dir.clone());
    first.stop();
    let editor = create_token(
        &dir,
        &["--role", "council-editor", "--authority", "E06000054"],
    );
    let server = TestServer::start_in_with(
        dir,
        &["--writes-per-minute", "2", "--refusals-per-minute", "5"],
    );
    // Anyone may register a signatory, and so hold a valid token at the editor's address.
    let (status, registered) = server.send(
        Method::POST,
        "/api/v1/organisations",
        None,
        Some(&json!({
            "name": "Nuisance Ltd", "kind": "employer", "website": "https://nuisance.example.org",
            "contact_email": "a@example.org", "statement": "We will help."
        })),
    );
    assert_eq!(status, 201, "{registered}");
    let signatory = registered["token"].as_str().expect("token").to_string();
    // Its writes to a council's offers are refused (403): they spend the cheaper refusal
    // allowance, five a minute here, and then are slowed down.
    for _ in 0..5 {
        assert_eq!(post_offer(&server, Some(&signatory), None), 403);
    }
    assert_eq!(post_offer(&server, Some(&signatory), None), 429);
    // The editor at the same address still has both its writes.
    assert_eq!(post_offer(&server, Some(&editor), None), 201);
    assert_eq!(post_offer(&server, Some(&editor), None), 201);
    assert_eq!(post_offer(&server, Some(&editor), None), 429);
}

#[test]
fn forwarded_addresses_are_believed_only_from_a_trusted_proxy() {
    let dir = support::temp_dir();
    let first = TestServer::start_in(dir.clone());
    first.stop();
    let editor = create_token(&dir, &["--role", "admin"]);
    // Trusting the loopback proxy: each forwarded client has its own allowance.
    let server = TestServer::start_in_with(
        dir.clone(),
        &[
            "--writes-per-minute",
            "1",
            "--trusted-proxy",
            "127.0.0.1/32",
        ],
    );
    assert_eq!(post_offer(&server, Some(&editor), Some("203.0.113.1")), 201);
    assert_eq!(post_offer(&server, Some(&editor), Some("203.0.113.2")), 201);
    assert_eq!(post_offer(&server, Some(&editor), Some("203.0.113.1")), 429);
    // A client cannot pose as another by adding its own header in front of the proxy's.
    assert_eq!(
        post_offer(&server, Some(&editor), Some("198.51.100.9, 203.0.113.2")),
        429
    );
    server.stop();

    // Without --trusted-proxy the header is ignored: everyone is the connection's address.
    let server = TestServer::start_in_with(dir, &["--writes-per-minute", "1"]);
    assert_eq!(post_offer(&server, Some(&editor), Some("203.0.113.3")), 201);
    assert_eq!(post_offer(&server, Some(&editor), Some("203.0.113.4")), 429);
    let (status, _) = server.send(Method::GET, "/healthz", None, None);
    assert_eq!(status, 200);
}

#[test]
fn a_guarantee_source_must_be_a_web_link_and_names_hide_nothing() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "admin"]]);
    let admin = &tokens[0];
    let (_, consistency) = server.get_json("/api/v1/partnerships/greater-manchester/consistency");
    let (_, gm) = server.get_json("/api/v1/partnerships/greater-manchester");
    let mut guarantee = gm["guarantee"].clone();
    guarantee[0]["source"]["url"] = json!("javascript:alert(1)");
    let (status, body) = server.send(
        Method::PUT,
        "/api/v1/partnerships/greater-manchester/guarantee",
        Some(admin),
        Some(&json!({ "version": consistency["version"], "guarantee": guarantee })),
    );
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["field"], "guarantee[0].source.url");
    let (_, after) = server.get_json("/api/v1/partnerships/greater-manchester");
    assert_eq!(after["guarantee"], gm["guarantee"], "nothing was stored");

    // "Amazon" with a zero-width space would pass for the verified Amazon.
    let (status, body) = server.send(
        Method::POST,
        "/api/v1/organisations",
        None,
        Some(&json!({
            "name": "Ama\u{200B}zon", "kind": "employer", "website": "https://amazon.example.org",
            "contact_email": "people@example.org", "statement": "We will help."
        })),
    );
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["field"], "name");
    // In longer text they are taken out, not refused.
    let (status, body) = server.send(
        Method::POST,
        "/api/v1/organisations",
        None,
        Some(&json!({
            "name": "Zeta Trust", "kind": "charity",
            "website": "https://zeta.example.org",
            "contact_email": "people@example.org", "statement": "We\u{202E} will help."
        })),
    );
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["organisation"]["statement"], "We will help.");
}

/// Requests the HTTP layer rejects before the server's code runs: what they get is
/// documented in the README's error table.
#[test]
fn requests_the_http_layer_refuses_get_the_documented_answers() {
    let server = TestServer::start();
    let addr = address(&server);
    let raw = |request: String| -> String {
        let mut stream = TcpStream::connect(&addr).expect("connect");
        stream.write_all(request.as_bytes()).expect("send");
        let (_, answer) = closed_by_server(&mut stream, Duration::from_secs(5));
        answer
    };
    // A query over our 4 KB limit but one the HTTP layer reads: our JSON error.
    let answer = raw(format!(
        "GET /api/v1/search?q={} HTTP/1.1\r\nHost: atlas\r\nConnection: close\r\n\r\n",
        "a".repeat(10_000)
    ));
    assert!(answer.starts_with("HTTP/1.1 414"), "{answer}");
    assert!(answer.contains("\"query_too_long\""), "{answer}");
    // A request line over 64 KB: hyper answers 414 itself, with no body.
    let answer = raw(format!(
        "GET /api/v1/search?q={} HTTP/1.1\r\nHost: atlas\r\n\r\n",
        "a".repeat(100_000)
    ));
    assert!(answer.starts_with("HTTP/1.1 414"), "{answer}");
    // More than 100 headers: 431 from hyper.
    let headers: String = (0..120).map(|i| format!("X-H{i}: v\r\n")).collect();
    let answer = raw(format!(
        "GET /healthz HTTP/1.1\r\nHost: atlas\r\n{headers}\r\n"
    ));
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    // Not HTTP at all: 400 from hyper.
    let answer = raw("HELLO THERE\r\n\r\n".to_string());
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    // The server is still there.
    let (status, _) = server.get_json("/healthz");
    assert_eq!(status, 200);
}

/// Reads what the server sends on `stream` until it closes the connection or `wait`
/// passes; with the time the first bytes took.
fn answer_within(stream: &mut TcpStream, wait: Duration) -> (String, Duration) {
    let started = Instant::now();
    stream.set_read_timeout(Some(wait)).expect("timeout");
    let mut seen = Vec::new();
    let mut first = None;
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                first.get_or_insert(started.elapsed());
                seen.extend_from_slice(&buf[..n]);
                if String::from_utf8_lossy(&seen).contains("\r\n\r\n") && seen.ends_with(b"}") {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    (
        String::from_utf8_lossy(&seen).into_owned(),
        first.unwrap_or_else(|| started.elapsed()),
    )
}

#[test]
fn a_body_declared_over_the_limit_is_refused_at_once_without_waiting_for_it() {
    let server = TestServer::start();
    let mut stream = TcpStream::connect(address(&server)).expect("connect");
    // The headers only: a client that declares a huge body and never sends it.
    stream
        .write_all(
            b"POST /api/v1/authorities/E06000054/offers HTTP/1.1\r\nHost: atlas\r\n\
              Content-Type: application/json\r\nContent-Length: 99999999999999\r\n\r\n{",
        )
        .expect("send");
    let (answer, took) = answer_within(&mut stream, Duration::from_secs(10));
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("\"payload_too_large\""), "{answer}");
    assert!(took < Duration::from_secs(2), "413 took {took:?}");
    // The body was never read: the connection closes, and the answer says so, so a client
    // does not reuse it for its next request.
    assert!(
        answer.to_ascii_lowercase().contains("connection: close"),
        "{answer}"
    );
    // Just over the limit is refused the same way; at the limit, the body is read.
    let mut stream = TcpStream::connect(address(&server)).expect("connect");
    stream
        .write_all(
            format!(
                "PUT /api/v1/offers/x HTTP/1.1\r\nHost: atlas\r\nContent-Type: application/json\r\n\
                 Content-Length: {}\r\n\r\n",
                1024 * 1024 + 1
            )
            .as_bytes(),
        )
        .expect("send");
    let (answer, took) = answer_within(&mut stream, Duration::from_secs(10));
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(took < Duration::from_secs(2), "413 took {took:?}");
    let (status, _) = server.get_json("/healthz");
    assert_eq!(status, 200);
}

#[test]
fn a_header_block_over_400_kb_gets_431_and_one_under_it_is_answered() {
    let server = TestServer::start();
    let addr = address(&server);
    // Headers of 8 KB each, as many as make the block just under or just over 400 KB
    // (409,600 bytes) with the request line.
    let request = |total: usize| -> String {
        let head = "GET /healthz HTTP/1.1\r\nHost: atlas\r\nConnection: close\r\n";
        let mut headers = String::new();
        let mut i = 0;
        while head.len() + headers.len() + 2 < total {
            let room = total - head.len() - headers.len() - 2;
            let line_overhead = format!("X-Pad-{i}: \r\n").len();
            let value = (8 * 1024).min(room.saturating_sub(line_overhead)).max(1);
            headers.push_str(&format!("X-Pad-{i}: {}\r\n", "a".repeat(value)));
            i += 1;
        }
        format!("{head}{headers}\r\n")
    };
    let send = |total: usize| -> String {
        let request = request(total);
        assert!(
            request.len().abs_diff(total) < 64,
            "{} for {total}",
            request.len()
        );
        let mut stream = TcpStream::connect(&addr).expect("connect");
        // The server may answer and close before reading everything.
        let _ = stream.write_all(request.as_bytes());
        let (_, answer) = closed_by_server(&mut stream, Duration::from_secs(5));
        answer
    };
    let under = send(400 * 1024 - 1024);
    assert!(
        under.starts_with("HTTP/1.1 200"),
        "{}",
        &under[..under.len().min(200)]
    );
    let over = send(400 * 1024 + 1024);
    assert!(
        over.starts_with("HTTP/1.1 431"),
        "{}",
        &over[..over.len().min(200)]
    );
}

/// Runs `curl` (as an operator would check a site) and returns its headers and body.
fn curl(args: &[&str]) -> (String, String) {
    let out = std::process::Command::new("curl")
        .args(["-sS", "-D", "-"])
        .args(args)
        .output()
        .expect("curl");
    assert!(
        out.status.success(),
        "curl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (head.to_string(), body.to_string())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port()
}

/// nginx from Debian, started on the example site of `deploy/nginx-site.conf` (its names,
/// ports and paths replaced), stopped when dropped.
struct Nginx(std::process::Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn behind_nginx_over_https_staff_cookies_are_secure_and_public_pages_set_none() {
    let first = TestServer::start();
    let data = first.data.clone();
    first.stop();
    let token = create_token(
        &data,
        &[
            "--role",
            "council-editor",
            "--authority",
            "E08000030",
            "--name",
            "Wendy Hall",
            "--email",
            "wendy@walsall.example",
        ],
    );
    let server = TestServer::start_in_with(data, &["--trusted-proxy", "127.0.0.1"]);

    let dir = support::temp_dir();
    let made = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
        ])
        .arg("-keyout")
        .arg(dir.join("key.pem"))
        .arg("-out")
        .arg(dir.join("cert.pem"))
        .output()
        .expect("openssl");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let (http, https) = (free_port(), free_port());
    let example = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/nginx-site.conf"),
    )
    .unwrap();
    let site = example
        .replace("listen 80;", &format!("listen 127.0.0.1:{http};"))
        .replace(
            "listen 443 ssl http2;",
            &format!("listen 127.0.0.1:{https} ssl http2;"),
        )
        .replace(
            "/etc/ssl/certs/atlas.region.example.pem",
            &dir.join("cert.pem").display().to_string(),
        )
        .replace(
            "/etc/ssl/private/atlas.region.example.key",
            &dir.join("key.pem").display().to_string(),
        )
        .replace("127.0.0.1:8080", &address(&server));
    assert_ne!(site, example);
    std::fs::write(dir.join("site.conf"), site).unwrap();
    let d = dir.display();
    std::fs::write(
        dir.join("nginx.conf"),
        format!(
            "daemon off; master_process off; pid {d}/nginx.pid; error_log {d}/error.log warn;\n\
             events {{ worker_connections 64; }}\n\
             http {{ client_body_temp_path {d}/body; proxy_temp_path {d}/proxy; \
             fastcgi_temp_path {d}/fcgi; uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi; \
             include {d}/site.conf; }}\n"
        ),
    )
    .unwrap();
    let nginx = ["/usr/sbin/nginx", "nginx"]
        .into_iter()
        .find(|p| !p.starts_with('/') || std::path::Path::new(p).exists())
        .unwrap();
    let _nginx = Nginx(
        std::process::Command::new(nginx)
            .arg("-p")
            .arg(&dir)
            .arg("-c")
            .arg(dir.join("nginx.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start nginx (Debian: apt-get install nginx)"),
    );
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", https)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "nginx did not start: {}",
            std::fs::read_to_string(dir.join("error.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let site = format!("https://127.0.0.1:{https}");

    // Plain HTTP is sent to HTTPS; a public page over HTTPS sets no cookie.
    let (head, _) = curl(&[&format!("http://127.0.0.1:{http}/compare")]);
    assert!(head.starts_with("HTTP/1.1 301"), "{head}");
    let (head, body) = curl(&["-k", &format!("{site}/")]);
    assert!(head.starts_with("HTTP/2 200"), "{head}");
    assert!(body.contains("Offer Atlas"));
    assert!(!head.to_ascii_lowercase().contains("set-cookie"), "{head}");

    // Signing in through the proxy: every cookie is Secure, because the trusted proxy
    // says the request came over HTTPS.
    let jar = dir.join("jar");
    let jar = jar.to_str().unwrap();
    let (head, page) = curl(&["-k", "-c", jar, &format!("{site}/editor/sign-in")]);
    let cookie = head
        .lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with("set-cookie: atlas_sign_in=")
        })
        .unwrap_or_else(|| panic!("{head}"));
    assert!(cookie.contains("; Secure"), "{cookie}");
    let csrf = page
        .split('<')
        .find(|tag| tag.starts_with("input") && tag.contains("name=\"csrf\""))
        .and_then(|tag| tag.split("value=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("the form's token in: {page}"));
    let (head, _) = curl(&[
        "-k",
        "-b",
        jar,
        "-c",
        jar,
        "--data-urlencode",
        &format!("csrf={csrf}"),
        "--data-urlencode",
        &format!("token={token}"),
        &format!("{site}/editor/sign-in"),
    ]);
    assert!(head.starts_with("HTTP/2 303"), "{head}");
    let session = head
        .lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with("set-cookie: atlas_editor=")
        })
        .unwrap_or_else(|| panic!("{head}"));
    for part in ["HttpOnly", "SameSite=Strict", "Path=/editor", "Secure"] {
        assert!(session.contains(part), "{part} missing: {session}");
    }
    let (head, body) = curl(&["-k", "-b", jar, &format!("{site}/editor")]);
    assert!(head.starts_with("HTTP/2 200"), "{head}");
    assert!(body.contains("Wendy Hall"));

    // The same page asked of the server directly, over plain HTTP: not Secure.
    let (head, _) = curl(&[&format!("{}/editor/sign-in", server.base)]);
    let direct = head
        .lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with("set-cookie: atlas_sign_in=")
        })
        .unwrap();
    assert!(!direct.contains("Secure"), "{direct}");
    server.stop();
}

/// The allocator's options are compiled in (`server/src/memory.rs`): jemalloc starts its
/// background threads, which give memory freed after a burst back to the system, only
/// when its `malloc_conf` asks. Linux names threads in /proc.
#[cfg(target_os = "linux")]
#[test]
fn the_server_allocates_with_jemalloc_whose_background_thread_gives_memory_back() {
    let server = TestServer::start();
    let tasks = format!("/proc/{}/task", server.pid());
    let names: Vec<String> = std::fs::read_dir(&tasks)
        .expect("the server's threads")
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
        .map(|name| name.trim().to_string())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("jemalloc_bg_thd")),
        "no jemalloc background thread among {names:?}"
    );
}
