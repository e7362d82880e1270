//! Mail when something needs someone: a signatory whose pledge was published or
//! rejected, moderators when something new waits, council editors (weekly) when offers
//! are due for review, and anyone who asked to replace a lost token.
//!
//! Letters are decided from the change log ([`follow`]) and the review rule ([`digest`]),
//! queued in the store's outbox, and handed to the operator's SMTP relay by one task that
//! retries with growing waits. Nothing is queued or sent unless a relay is configured.

mod digest;
mod follow;
pub mod letters;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use chrono::Utc;
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::metrics::MailMetrics;
use crate::store::{Queued, Store};

/// How the connection to the relay is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SmtpTls {
    /// Plain connection upgraded with STARTTLS, required (port 587 by default).
    Starttls,
    /// TLS from the first byte, "SMTPS" (port 465 by default).
    Tls,
    /// No encryption: only for a relay on this machine or a private network (port 25).
    None,
}

/// Where mail goes, from flags or the environment.
#[derive(Debug, Clone, clap::Args)]
pub struct MailArgs {
    /// The SMTP relay that sends the registry's mail (e.g. smtp.council.example). Without
    /// it, no mail is queued or sent.
    #[arg(long = "smtp-host", env = "OFFER_ATLAS_SMTP_HOST")]
    pub host: Option<String>,
    /// The relay's port (default: 587 with starttls, 465 with tls, 25 with none).
    #[arg(long = "smtp-port", env = "OFFER_ATLAS_SMTP_PORT")]
    pub port: Option<u16>,
    /// How the connection to the relay is protected.
    #[arg(
        long = "smtp-tls",
        env = "OFFER_ATLAS_SMTP_TLS",
        value_enum,
        default_value = "starttls"
    )]
    pub tls: SmtpTls,
    /// The relay's user name, if it asks for one.
    #[arg(
        long = "smtp-user",
        env = "OFFER_ATLAS_SMTP_USER",
        requires = "password"
    )]
    pub user: Option<String>,
    /// The relay's password. Prefer the environment variable: flags show in the process list.
    #[arg(
        long = "smtp-password",
        env = "OFFER_ATLAS_SMTP_PASSWORD",
        hide_env_values = true,
        requires = "user"
    )]
    pub password: Option<String>,
    /// The sender, e.g. "Offer Atlas <atlas@region.example>" (needed with --smtp-host).
    #[arg(long = "mail-from", env = "OFFER_ATLAS_MAIL_FROM", requires = "host")]
    pub from: Option<String>,
    /// Where people reach this server, for the links in letters
    /// (e.g. https://atlas.region.example). Default: http:// and the listening address.
    #[arg(long = "public-url", env = "OFFER_ATLAS_PUBLIC_URL")]
    pub public_url: Option<String>,
}

/// Letters tried per pass.
const BATCH: usize = 50;
/// How often the outbox and the change log are looked at.
const POLL: Duration = Duration::from_secs(1);
/// The longest wait before a letter the relay refused is tried again.
const LONGEST_WAIT: chrono::Duration = chrono::Duration::hours(6);

/// The configured relay.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The server's public address, without a trailing slash.
    pub site: String,
}

impl Mailer {
    /// The relay the flags describe, or `None` when no `--smtp-host` is given.
    pub fn from_args(args: &MailArgs, listening: SocketAddr) -> anyhow::Result<Option<Mailer>> {
        let Some(host) = args.host.as_deref() else {
            return Ok(None);
        };
        let from: Mailbox = args
            .from
            .as_deref()
            .context("--mail-from is needed with --smtp-host: the address letters come from")?
            .parse()
            .context(
                "--mail-from is not an address such as \"Offer Atlas <atlas@region.example>\"",
            )?;
        let builder = match args.tls {
            SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?,
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
        };
        let port = args.port.unwrap_or(match args.tls {
            SmtpTls::Starttls => 587,
            SmtpTls::Tls => 465,
            SmtpTls::None => 25,
        });
        let mut builder = builder.port(port).timeout(Some(Duration::from_secs(30)));
        if let (Some(user), Some(password)) = (&args.user, &args.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        let site = match &args.public_url {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                url.trim_end_matches('/').to_string()
            }
            Some(_) => anyhow::bail!("--public-url must start with https:// or http://"),
            None => format!("http://{listening}"),
        };
        Ok(Some(Mailer {
            transport: builder.build(),
            from,
            site,
        }))
    }

    /// Hands one letter to the relay. `Err(true)` when trying again cannot help (the
    /// address is not one), `Err(false)` when it may.
    async fn send(&self, letter: &Queued) -> Result<(), bool> {
        let to: Mailbox = letter.to.parse().map_err(|_| true)?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(letter.subject.as_str())
            .header(ContentType::TEXT_PLAIN)
            .body(letter.body.clone())
            .map_err(|_| true)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => {
                tracing::warn!(about = %letter.about, error = %e, "the mail relay did not take a letter");
                Err(e.is_permanent())
            }
        }
    }
}

/// Starts the task that queues and sends mail, for as long as the runtime runs.
pub fn spawn(mailer: Arc<Mailer>, store: Arc<Store>, stale_after_days: u32, metrics: MailMetrics) {
    tokio::spawn(async move {
        loop {
            let (s, site) = (store.clone(), mailer.site.clone());
            let queued = tokio::task::spawn_blocking(move || {
                let now = Utc::now();
                let told = follow::follow(&s, &site, now)?;
                let digest = digest::review_digest(&s, &site, stale_after_days, now)?;
                Ok::<_, crate::store::StoreError>(told + digest)
            })
            .await;
            match queued {
                Ok(Ok(0)) => {}
                Ok(Ok(count)) => tracing::info!(letters = count, "mail queued"),
                Ok(Err(e)) => tracing::error!(error = %e, "could not queue mail"),
                Err(e) => tracing::error!(error = %e, "the mail queue task failed"),
            }
            deliver(&mailer, &store, &metrics).await;
            metrics
                .waiting
                .set(i64::try_from(store.letters_waiting()).unwrap_or(i64::MAX));
            tokio::time::sleep(POLL).await;
        }
    });
}

/// Tries every letter whose time has come.
async fn deliver(mailer: &Mailer, store: &Arc<Store>, metrics: &MailMetrics) {
    let now = Utc::now();
    let due = match store.letters_due(now, BATCH) {
        Ok(due) => due,
        Err(e) => {
            tracing::error!(error = %e, "could not read the outbox");
            return;
        }
    };
    for (key, letter) in due {
        let sent = mailer.send(&letter).await;
        let outcome = match sent {
            Ok(()) => "sent",
            Err(true) => "dropped",
            Err(false) => "retry",
        };
        metrics
            .letters
            .with_label_values(&[letter.about.as_str(), outcome])
            .inc();
        let done = match sent {
            Ok(()) => {
                tracing::info!(about = %letter.about, "mail sent");
                store.letter_sent(key)
            }
            Err(true) => {
                tracing::warn!(about = %letter.about, "a letter that cannot be sent was dropped");
                store.letter_sent(key)
            }
            Err(false) => store.letter_failed(key, &letter, now + retry_after(letter.attempts)),
        };
        if let Err(e) = done {
            tracing::error!(error = %e, "could not update the outbox");
        }
    }
}

/// How long to wait after `attempts` failures: 30 s, doubling, at most six hours.
fn retry_after(attempts: u32) -> chrono::Duration {
    let seconds = 30i64.saturating_mul(1i64 << attempts.min(20));
    chrono::Duration::seconds(seconds).min(LONGEST_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_letter_waits_longer_each_time_but_never_more_than_six_hours() {
        assert_eq!(retry_after(0), chrono::Duration::seconds(30));
        assert_eq!(retry_after(1), chrono::Duration::seconds(60));
        assert!(retry_after(5) > retry_after(4));
        assert_eq!(retry_after(40), LONGEST_WAIT);
    }
}
