//! Starts the real `offer-atlas` binary on a free port with its own data directory.

#![allow(dead_code)]

pub mod contract;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_offer-atlas");

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
        let dir = tempfile::tempdir().expect("temp dir").keep();
        TestServer::start_in(dir)
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
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
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
