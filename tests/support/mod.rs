//! Starts the real `offer-atlas` binary on a free port with its own data directory.

#![allow(dead_code)]

pub mod contract;
pub mod relay;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_offer-atlas");

/// ONS GSS codes of the demo registry's councils that the tests name.
pub mod gss {
    pub const WALSALL: &str = "E08000030";
    pub const WILTSHIRE: &str = "E06000054";
    pub const TRAFFORD: &str = "E08000009";
    pub const MANCHESTER: &str = "E08000003";
    pub const BOLTON: &str = "E08000001";
    pub const BURY: &str = "E08000002";
    pub const OLDHAM: &str = "E08000004";
    pub const LEICESTERSHIRE: &str = "E10000018";
    pub const BLABY: &str = "E07000129";
    pub const CUMBRIA: &str = "E10000006";
}

/// A page's text as a reader sees it: tags out, entities decoded, runs of space joined.
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = unescape(&out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// HTML's five escaped characters back as themselves.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The code and field of an error answer.
pub fn error_of(body: &serde_json::Value) -> (&str, Option<&str>) {
    (
        body["error"]["code"].as_str().expect("error.code"),
        body["error"]["field"].as_str(),
    )
}

/// Asks `path` until `check` holds (the search index follows writes within moments);
/// fails after five seconds. Returns how long it took.
pub fn wait_for(
    server: &TestServer,
    path: &str,
    check: impl Fn(&serde_json::Value) -> bool,
) -> Duration {
    let started = Instant::now();
    loop {
        let (status, body) = server.get_json(path);
        assert_eq!(status, 200, "{body}");
        if check(&body) {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "never caught up: {path} → {body}"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// A fresh directory for a test's data, under Cargo's folder for test files (so that
/// `cargo clean` clears it). A server that starts in it removes it when dropped; folders
/// left by test runs that have ended are removed when the next run starts.
pub fn temp_dir() -> PathBuf {
    static TIDIED: std::sync::Once = std::sync::Once::new();
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"));
    TIDIED.call_once(|| tidy(root));
    tempfile::Builder::new()
        .prefix(&format!("atlas-{}-", std::process::id()))
        .tempdir_in(root)
        .expect("temp dir")
        .keep()
}

/// Removes the data folders of test processes that are no longer running.
fn tidy(root: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let pid = name
            .strip_prefix("atlas-")
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok());
        if let Some(pid) = pid {
            let alive = Path::new(&format!("/proc/{pid}")).exists();
            if !alive {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// Whether `dir` is one of [`temp_dir`]'s, which a server may remove.
fn is_temp(dir: &Path) -> bool {
    dir.starts_with(env!("CARGO_TARGET_TMPDIR"))
        && dir
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("atlas-"))
}

pub struct TestServer {
    child: Option<Child>,
    pub base: String,
    pub data: PathBuf,
    pub client: reqwest::blocking::Client,
}

/// Runs an `offer-atlas` subcommand against `data` and returns its stdout.
pub fn run_cli(data: &Path, args: &[&str]) -> String {
    let output = Command::new(BIN)
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .expect("run offer-atlas");
    assert!(
        output.status.success(),
        "offer-atlas {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8 stdout")
}

/// Creates a token and returns it (the last word printed).
pub fn create_token(data: &Path, role_args: &[&str]) -> String {
    let mut args = vec!["token", "create"];
    args.extend_from_slice(role_args);
    let out = run_cli(data, &args);
    out.split_whitespace().last().expect("a token").to_string()
}

impl TestServer {
    /// Starts a server on a fresh data directory (the demo registry loads on first start).
    pub fn start() -> TestServer {
        TestServer::start_in(temp_dir())
    }

    pub fn start_in(data: PathBuf) -> TestServer {
        TestServer::start_in_with(data, &[])
    }

    /// Starts on `data` with extra `serve` options (such as lower rate limits).
    pub fn start_in_with(data: PathBuf, options: &[&str]) -> TestServer {
        let mut child = Command::new(BIN)
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(options)
            .arg("--data")
            .arg(&data)
            .env("RUST_LOG", "warn")
            // The seed documents alone, which these tests pin; `--registry england` in
            // `options` (tests/england.rs) overrides it.
            .env("OFFER_ATLAS_REGISTRY", "seeds")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start offer-atlas");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(url) = line.strip_prefix("offer-atlas listening on ") {
                    let _ = tx.send(url.to_string());
                }
            }
        });
        let base = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("server did not report its address");
        let client = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client");
        TestServer {
            child: Some(child),
            base,
            data,
            client,
        }
    }

    /// Starts once so the demo registry loads, stops, creates tokens for the given roles,
    /// and starts again. Returns the server and the tokens in order.
    pub fn start_with_tokens(roles: &[&[&str]]) -> (TestServer, Vec<String>) {
        let server = TestServer::start();
        let data = server.data.clone();
        server.stop();
        let tokens = roles.iter().map(|r| create_token(&data, r)).collect();
        (TestServer::start_in(data), tokens)
    }

    /// The server process's id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A GET whose status and content type are checked against the API document; the
    /// body is left to the caller.
    pub fn get(&self, path: &str) -> reqwest::blocking::Response {
        let response = self.client.get(self.url(path)).send().expect("GET");
        let content_type = content_type(&response);
        contract::check(
            self.contract(),
            "GET",
            path,
            response.status().as_u16(),
            &content_type,
            None,
        );
        response
    }

    /// A GET of JSON, checked in full against the API document.
    pub fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let response = self.client.get(self.url(path)).send().expect("GET");
        let status = response.status().as_u16();
        let content_type = content_type(&response);
        let body: serde_json::Value = response.json().expect("JSON body");
        contract::check(
            self.contract(),
            "GET",
            path,
            status,
            &content_type,
            Some(&body),
        );
        (status, body)
    }

    /// The API document this server serves.
    pub fn contract(&self) -> &'static serde_json::Value {
        contract::document(&self.base, &self.client)
    }

    pub fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<&serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let mut request = self.client.request(method.clone(), self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().expect("request");
        let status = response.status().as_u16();
        let content_type = content_type(&response);
        let text = response.text().expect("body");
        let json =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}"));
        contract::check(
            self.contract(),
            method.as_str(),
            path,
            status,
            &content_type,
            Some(&json),
        );
        (status, json)
    }

    /// Stops with SIGTERM and waits: a graceful shutdown.
    pub fn stop(mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill")
                .arg("-TERM")
                .arg(child.id().to_string())
                .status();
            let deadline = Instant::now() + Duration::from_secs(30);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Kills with SIGKILL: no chance to flush or clean up.
    pub fn kill9(mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for TestServer {
    /// The end of a test: the server goes, and with it a temporary data folder. (`stop`
    /// and `kill9` leave the data for a restart.)
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
            if is_temp(&self.data) {
                let _ = std::fs::remove_dir_all(&self.data);
            }
        }
    }
}

fn content_type(response: &reqwest::blocking::Response) -> String {
    response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}
