//! `offer-atlas token … --server URL --admin-token T`: the command line as a client of a
//! running server's admin API (`/api/v1/admin/tokens`), so that people are invited and
//! tokens revoked while the server runs, effective at once. Without `--server` the token
//! commands open a stopped server's store instead (see `cli`).
//!
//! The client speaks plain HTTP (no TLS stack is built in): run it on the server's machine
//! against its listening address, or through an SSH tunnel.

use anyhow::Context;
use atlas_shared::api::{IssuedToken, List, TokenView};
use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::Method;

/// A running server and the admin token to use it with.
pub struct Remote {
    base: String,
    token: String,
    client: Client,
}

impl Remote {
    /// Checks the address (http, with a host) and makes the client.
    pub fn new(server: &str, admin_token: &str) -> anyhow::Result<Remote> {
        let base = server.trim().trim_end_matches('/').to_string();
        if base.starts_with("https://") {
            anyhow::bail!(
                "--server: this build speaks plain HTTP only; run it on the server's machine against the address it listens on (such as http://127.0.0.1:8080), or through an SSH tunnel"
            );
        }
        let host = base
            .strip_prefix("http://")
            .filter(|rest| !rest.is_empty() && !rest.contains('/'))
            .with_context(|| {
                format!("--server {server} is not an address such as http://127.0.0.1:8080")
            })?;
        let loopback =
            host.starts_with("127.") || host.starts_with("localhost") || host.starts_with("[::1]");
        if !loopback {
            eprintln!(
                "warning: the admin token goes to {host} unencrypted; prefer the server's own machine or an SSH tunnel"
            );
        }
        let token = admin_token.trim().to_string();
        anyhow::ensure!(
            !token.is_empty(),
            "--server needs an admin's token: give --admin-token or set OFFER_ATLAS_ADMIN_TOKEN"
        );
        let client = Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .context("cannot make an HTTP client")?;
        Ok(Remote {
            base,
            token,
            client,
        })
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token)
    }

    /// Sends a request; a refusal becomes an error in the server's own words.
    fn send(&self, request: RequestBuilder) -> anyhow::Result<Response> {
        let response = request
            .send()
            .with_context(|| format!("cannot reach the server at {}", self.base))?;
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let body: serde_json::Value = response.json().unwrap_or_default();
        let error = &body["error"];
        let mut message = error["message"]
            .as_str()
            .unwrap_or("no reason given")
            .to_string();
        let problems: Vec<String> = error["errors"]
            .as_array()
            .into_iter()
            .flatten()
            .skip(1)
            .filter_map(|e| {
                Some(format!(
                    "{}: {}",
                    e["field"].as_str()?,
                    e["message"].as_str()?
                ))
            })
            .collect();
        if !problems.is_empty() {
            message = format!("{message}; {}", problems.join("; "));
        }
        anyhow::bail!("the server refused ({}): {message}", status.as_u16())
    }

    /// `POST /api/v1/admin/tokens` with `body` (the invitation as JSON).
    pub fn create(&self, body: &serde_json::Value) -> anyhow::Result<IssuedToken> {
        let response = self.send(
            self.request(Method::POST, "/api/v1/admin/tokens")
                .json(body),
        )?;
        response
            .json()
            .context("the server's answer is not a token")
    }

    /// `GET /api/v1/admin/tokens`, for one council, organisation or partnership or all.
    pub fn list(&self, scope: Option<&str>) -> anyhow::Result<Vec<TokenView>> {
        let mut request = self.request(Method::GET, "/api/v1/admin/tokens");
        if let Some(scope) = scope {
            request = request.query(&[("for", scope)]);
        }
        let list: List<TokenView> = self
            .send(request)?
            .json()
            .context("the server's answer is not a list of tokens")?;
        Ok(list.items)
    }

    /// `DELETE /api/v1/admin/tokens/{id}`: the token's record after it (revoked now or
    /// before).
    pub fn revoke(&self, id: &str) -> anyhow::Result<TokenView> {
        let path = format!("/api/v1/admin/tokens/{}", atlas_shared::percent_encode(id));
        let response = self.send(self.request(Method::DELETE, &path))?;
        response
            .json()
            .context("the server's answer is not a token")
    }
}
