//! The `offer-atlas` command line: serve, token, export, import, publish, offers import/export.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use atlas_shared::access::Role;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::store::{Export, Store, EXPORT_FORMAT};

#[derive(Parser)]
#[command(
    name = "offer-atlas",
    version,
    about = "A registry of Local Offers for care leavers and Care Leaver Covenant pledges"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct DataDir {
    /// Directory of the sled store (created if missing).
    #[arg(long, env = "OFFER_ATLAS_DATA", default_value = "./data")]
    data: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (and load the demo registry into an empty store).
    Serve(Box<ServeArgs>),
    /// Manage API tokens: on a running server with --server and an admin's token (at
    /// once), or else on a stopped server's data directory (sled locks the store).
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Write the whole registry, with every version and the change log, as JSON to stdout;
    /// or, with `--format csv --out DIR`, one CSV file per table for analysts.
    ///
    /// API tokens are not exported (a copy of the registry should not carry anyone's
    /// access) unless `--with-access` asks for a backup. A running server gives the same
    /// backup at `GET /api/v1/admin/backup` (an admin's token).
    Export {
        /// json: everything, for `import` (stdout, or DIR/registry.json with --out);
        /// csv: authorities, offers, partnerships, organisations and pledges as tables.
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Directory to write into (needed for csv).
        #[arg(long)]
        out: Option<PathBuf>,
        /// A backup to restore this registry: also the API tokens (their hashes and whose
        /// they are, never the tokens), which `import` restores. JSON only.
        #[arg(long)]
        with_access: bool,
        #[command(flatten)]
        data: DataDir,
    },
    /// Write a static mirror (public JSON, pages, feeds, the widget) that any static host
    /// can serve and the widget can use with no Offer Atlas server.
    Publish {
        /// Directory to write the mirror into (new, empty, or an earlier mirror).
        #[arg(long)]
        out: PathBuf,
        /// Where the mirror will be served from, e.g. https://mirror.example.org/atlas
        /// (links then go under its path; without it, the mirror must be at a host's root).
        #[arg(long)]
        base_url: Option<String>,
        #[command(flatten)]
        data: DataDir,
    },
    /// Fill an empty store with a national-scale SYNTHETIC registry, for benchmarks only.
    Synth {
        /// Seed of the generator: the same seed makes the same registry.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        data: DataDir,
    },
    /// Rebuild the search index from the store (while the server is stopped).
    Reindex {
        #[command(flatten)]
        data: DataDir,
    },
    /// A council's offers as a spreadsheet (.csv or .xlsx): import and export.
    Offers {
        #[command(subcommand)]
        command: OffersCommand,
    },
    /// Restore a registry written by `export` into an empty store. A backup
    /// (`export --with-access`, `GET /api/v1/admin/backup`) also restores its tokens; a
    /// plain export has none: create them again with `offer-atlas token create`.
    Import {
        /// The export file.
        file: PathBuf,
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, env = "OFFER_ATLAS_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Also serve GET /bench/static?bytes=N, a fixed JSON body of N bytes that load
    /// tests compare search against. Off unless asked for.
    #[arg(long)]
    bench_routes: bool,
    /// Organisation registrations allowed per client address per hour.
    #[arg(long, env = "OFFER_ATLAS_REGISTRATIONS_PER_HOUR", default_value = "5")]
    registrations_per_hour: std::num::NonZeroU32,
    /// Authenticated writes allowed per client address per minute.
    #[arg(long, env = "OFFER_ATLAS_WRITES_PER_MINUTE", default_value = "60")]
    writes_per_minute: std::num::NonZeroU32,
    /// Writes refused before any work (no valid token, a token that may not do this, not
    /// JSON, too large) allowed per client address per minute, apart from the write
    /// allowance; then 429.
    #[arg(long, env = "OFFER_ATLAS_REFUSALS_PER_MINUTE", default_value = "30")]
    refusals_per_minute: std::num::NonZeroU32,
    /// A reverse proxy (address or CIDR, repeatable) whose Forwarded / X-Forwarded-For
    /// headers name the client. Never trusted from any other address.
    #[arg(long = "trusted-proxy", env = "OFFER_ATLAS_TRUSTED_PROXIES", value_delimiter = ',', value_parser = parse_net)]
    trusted_proxies: Vec<ipnet::IpNet>,
    /// Seconds a client has to send a request's headers; also the longest a keep-alive
    /// connection may stay idle.
    #[arg(long = "header-read-timeout", env = "OFFER_ATLAS_HEADER_READ_TIMEOUT", default_value = "10",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    header_read_timeout_secs: u64,
    /// Seconds a client has to send a request's body.
    #[arg(long = "body-read-timeout", env = "OFFER_ATLAS_BODY_READ_TIMEOUT", default_value = "30",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    body_read_timeout_secs: u64,
    /// Most connections open at once; more wait until one closes.
    #[arg(long, env = "OFFER_ATLAS_MAX_CONNECTIONS", default_value = "1024",
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    max_connections: u64,
    /// Days after which an offer or council not reviewed counts as stale (DfE expects a
    /// review every two to three years).
    #[arg(long, env = "OFFER_ATLAS_STALE_AFTER_DAYS", default_value_t = atlas_shared::consistency::DEFAULT_STALE_AFTER_DAYS)]
    stale_after_days: u32,
    /// The registry an empty store starts with: `england` (every English council, the
    /// law, and each council's offer as read from its pages, over the seed documents) or
    /// `seeds` (the seed documents alone, for tests and demos).
    #[arg(
        long,
        env = "OFFER_ATLAS_REGISTRY",
        value_enum,
        default_value = "england"
    )]
    registry: Dataset,
    /// Always mark the editors' session cookie Secure (the site is served over HTTPS by a
    /// proxy that does not send X-Forwarded-Proto). Without it, the cookie is Secure when
    /// a --trusted-proxy says the request came over HTTPS.
    #[arg(long, env = "OFFER_ATLAS_SECURE_COOKIES")]
    secure_cookies: bool,
    /// Memory for cached search and compare answers, in MiB per cache (0: no cache).
    /// Answers are dropped as soon as the data changes.
    #[arg(long, env = "OFFER_ATLAS_RESPONSE_CACHE_MB", default_value = "16",
          value_parser = clap::value_parser!(u64).range(0..=4096))]
    response_cache_mb: u64,
    #[command(flatten)]
    mail: crate::mail::MailArgs,
    #[command(flatten)]
    data: DataDir,
}

/// A proxy's address or network: `10.0.0.0/8`, `192.0.2.7`, `::1`.
fn parse_net(text: &str) -> Result<ipnet::IpNet, String> {
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("'{text}' is not an IP address or CIDR network"))
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Json,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleName {
    CouncilEditor,
    Signatory,
    Moderator,
    Board,
    Admin,
}

/// Where the token commands work: a running server's admin API (`--server`), or else a
/// stopped server's data directory.
#[derive(Args, Clone)]
struct Target {
    /// A running server's address (http://127.0.0.1:8080): manage tokens through its admin
    /// API, effective at once, instead of opening a stopped server's store.
    #[arg(long, env = "OFFER_ATLAS_SERVER")]
    server: Option<String>,
    /// An admin's token, for --server.
    #[arg(long, env = "OFFER_ATLAS_ADMIN_TOKEN", hide_env_values = true)]
    admin_token: Option<String>,
    #[command(flatten)]
    data: DataDir,
}

impl Target {
    /// The running server to use, if one is named.
    fn remote(&self) -> anyhow::Result<Option<crate::remote::Remote>> {
        match &self.server {
            Some(server) if !server.trim().is_empty() => Ok(Some(crate::remote::Remote::new(
                server,
                self.admin_token.as_deref().unwrap_or(""),
            )?)),
            _ => Ok(None),
        }
    }
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create a token; it is printed once, as the last word on stdout.
    Create {
        #[arg(long, value_enum)]
        role: RoleName,
        /// GSS code of the council (council-editor).
        #[arg(long)]
        authority: Option<String>,
        /// Partnership id (board).
        #[arg(long)]
        partnership: Option<String>,
        /// Organisation id (signatory).
        #[arg(long)]
        organisation: Option<String>,
        /// The name of the person the token is for: the history signs their changes with
        /// it. Give it with `--email` for every staff token (a running server insists).
        #[arg(long, requires = "email")]
        name: Option<String>,
        /// Their email address, for what the registry needs to tell them (never shown
        /// publicly).
        #[arg(long, requires = "name")]
        email: Option<String>,
        /// The language of the letters the registry sends them: en (the default), ar,
        /// fa-AF or ps.
        #[arg(long, requires = "email")]
        lang: Option<String>,
        /// The token stops working this many days from now (1 to 3650); without it, it
        /// works until revoked.
        #[arg(long)]
        expires_in_days: Option<i64>,
        #[command(flatten)]
        target: Target,
    },
    /// Revoke a token by its id (from `token list`) or its value; with --server, at once.
    Revoke {
        token: String,
        #[command(flatten)]
        target: Target,
    },
    /// List tokens: id, role, person, created, state (never the tokens themselves).
    List {
        /// Only the tokens for this council (GSS code), organisation or partnership id.
        #[arg(long = "for")]
        scope: Option<String>,
        #[command(flatten)]
        target: Target,
    },
}

impl RoleName {
    /// The role as the API spells it.
    fn api_name(self) -> &'static str {
        match self {
            RoleName::CouncilEditor => "council-editor",
            RoleName::Signatory => "signatory",
            RoleName::Moderator => "moderator",
            RoleName::Board => "board",
            RoleName::Admin => "admin",
        }
    }
}

/// One line of `token list`: id, role, person, created, and whether it works.
fn token_line(view: &atlas_shared::api::TokenView) -> String {
    let state = match (view.revoked, view.expires) {
        (Some(at), _) => format!("revoked {at}"),
        (None, Some(at)) if !view.live => format!("expired {at}"),
        (None, Some(at)) => format!("live until {at}"),
        (None, None) => "live".to_string(),
    };
    let person = view
        .person
        .as_ref()
        .map_or_else(|| "-".to_string(), |p| format!("{} <{}>", p.name, p.email));
    format!(
        "{}\t{}\t{}\t{}\t{}",
        view.id,
        view.role.describe(),
        person,
        view.created,
        state
    )
}

#[derive(Subcommand)]
enum OffersCommand {
    /// Import a council's offers from a spreadsheet (while the server is stopped).
    ///
    /// A dry run comes first, always: the rows to add, change and leave unchanged (and
    /// the offers to retire, with --retire-missing only), or every problem with its row
    /// and column. Without --dry-run, and only when the file has no problem, the whole
    /// file is then applied in one transaction. Importing the same file again changes
    /// nothing. Rows match offers by `id`, or else by topic and title.
    Import {
        /// GSS code of the council whose offers the file holds.
        #[arg(long)]
        authority: String,
        /// The spreadsheet: .csv (UTF-8) or .xlsx, with the template's header
        /// (GET /editor/template.csv).
        file: PathBuf,
        /// Show what would change, and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Retire the council's offers that no row mentions.
        #[arg(long)]
        retire_missing: bool,
        /// A council editor's (or admin's) token: the import is checked against its
        /// rights and recorded in the history as made by it. Without one, the history
        /// says the import was made at the command line (by whoever holds the data).
        #[arg(long, env = "OFFER_ATLAS_TOKEN", hide_env_values = true)]
        token: Option<String>,
        #[command(flatten)]
        data: DataDir,
    },
    /// Write a council's current offers as CSV to stdout, in the import's format.
    Export {
        #[arg(long)]
        authority: String,
        #[command(flatten)]
        data: DataDir,
    },
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    crate::telemetry::init();
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("offer-atlas: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn open(dir: &Path) -> anyhow::Result<Store> {
    Store::open(dir).with_context(|| {
        format!(
            "cannot open the store in {} (is a server already running on it?)",
            dir.display()
        )
    })
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve(*args),
        Command::Token { command } => token(command),
        Command::Reindex { data } => reindex(&data.data),
        Command::Offers { command } => offers(command),
        Command::Synth { seed, data } => {
            let store = open(&data.data)?;
            let started = std::time::Instant::now();
            let registry = crate::synth::registry(crate::synth::Scale::NATIONAL, seed);
            let count = store.load(&registry, "synthetic-generator")?;
            eprintln!(
                "wrote {count} synthetic records in {:.2?}",
                started.elapsed()
            );
            Ok(())
        }
        Command::Export {
            format,
            out,
            with_access,
            data,
        } => {
            let store = open(&data.data)?;
            anyhow::ensure!(
                !with_access || format == ExportFormat::Json,
                "--with-access makes a backup, which is JSON"
            );
            match (format, out) {
                (ExportFormat::Json, None) => {
                    let export = store.export(with_access)?;
                    let stdout = std::io::stdout().lock();
                    serde_json::to_writer_pretty(stdout, &export)?;
                    println!();
                }
                (ExportFormat::Json, Some(dir)) => {
                    std::fs::create_dir_all(&dir)
                        .with_context(|| format!("cannot create {}", dir.display()))?;
                    let file = dir.join("registry.json");
                    let writer = std::io::BufWriter::new(
                        std::fs::File::create(&file)
                            .with_context(|| format!("cannot write {}", file.display()))?,
                    );
                    serde_json::to_writer_pretty(writer, &store.export(with_access)?)?;
                    eprintln!("wrote {}", file.display());
                }
                (ExportFormat::Csv, None) => {
                    anyhow::bail!("--format csv writes several files: give --out DIR")
                }
                (ExportFormat::Csv, Some(dir)) => {
                    let rows = crate::export_csv::write(&store, &dir)?;
                    for (table, count) in rows {
                        eprintln!("{table}.csv: {count} rows");
                    }
                }
            }
            Ok(())
        }
        Command::Publish {
            out,
            base_url,
            data,
        } => {
            let store = open(&data.data)?;
            let started = std::time::Instant::now();
            let counts = crate::publish::publish(&store, &out, base_url.as_deref())?;
            eprintln!(
                "published {} councils, {} offers, {} pledges, {} pages and {} feeds to {} in {:.2?}",
                counts.authorities,
                counts.offers,
                counts.pledges,
                counts.pages,
                counts.feeds,
                out.display(),
                started.elapsed()
            );
            Ok(())
        }
        Command::Import { file, data } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let export: Export =
                serde_json::from_str(&text).context("the file is not an Offer Atlas export")?;
            anyhow::ensure!(
                export.format == EXPORT_FORMAT,
                "unsupported export format {:?}",
                export.format
            );
            export
                .registry
                .check_references()
                .map_err(|e| anyhow::anyhow!("the export is inconsistent: {e}"))?;
            let store = open(&data.data)?;
            store.import(&export)?;
            eprintln!(
                "imported {} authorities, {} offers, {} pledges and {} changes",
                export.registry.authorities.len(),
                export.registry.offers.len(),
                export.registry.pledges.len(),
                export.events.len()
            );
            match &export.access {
                Some(tokens) => eprintln!("restored {} API tokens from the backup", tokens.len()),
                None => eprintln!(
                    "API tokens are not part of an export: issue them again with \
                     'offer-atlas token create' before anyone writes to this store"
                ),
            }
            Ok(())
        }
    }
}

fn token(command: TokenCommand) -> anyhow::Result<()> {
    match command {
        TokenCommand::Create {
            role,
            authority,
            partnership,
            organisation,
            name,
            email,
            lang,
            expires_in_days,
            target,
        } => {
            let lang = atlas_shared::people::letters_lang(lang.as_deref())
                .map_err(|problem| anyhow::anyhow!("--lang {problem}"))?;
            if let Some(remote) = target.remote()? {
                let mut body = serde_json::json!({ "role": role.api_name() });
                for (field, value) in [
                    ("authority", authority),
                    ("partnership", partnership),
                    ("organisation", organisation),
                ] {
                    if let Some(value) = value {
                        body[field] = value.into();
                    }
                }
                if let (Some(name), Some(email)) = (name, email) {
                    body["person"] = serde_json::json!({ "name": name, "email": email });
                    if let Some(lang) = &lang {
                        body["person"]["lang"] = lang.as_str().into();
                    }
                }
                if let Some(days) = expires_in_days {
                    body["expires_in_days"] = days.into();
                }
                let issued = remote.create(&body)?;
                let description = atlas_shared::access::signature(
                    issued.record.person.as_ref(),
                    &issued.record.role,
                );
                eprintln!(
                    "token {} for {description}; it works now and is shown only now, keep it safe",
                    issued.record.id
                );
                println!("{}", issued.token);
                return Ok(());
            }
            let person = match (name, email) {
                (Some(name), Some(email)) => Some(atlas_shared::access::Person {
                    lang,
                    ..atlas_shared::access::Person::new(&name, &email).map_err(|field| {
                        anyhow::anyhow!("--{field} is not valid (a name of 1 to 100 characters, an email address with a dotted domain)")
                    })?
                }),
                _ => None,
            };
            let max_days = i64::from(atlas_shared::people::MAX_EXPIRY_DAYS);
            let expires = match expires_in_days {
                Some(days) if (1..=max_days).contains(&days) => {
                    Some(chrono::Utc::now() + chrono::Duration::days(days))
                }
                Some(_) => anyhow::bail!("--expires-in-days must be from 1 to {max_days}"),
                None => None,
            };
            let store = open(&target.data.data)?;
            let need = |value: Option<String>, flag: &str| {
                value.with_context(|| format!("this role needs --{flag}"))
            };
            let role = match role {
                RoleName::CouncilEditor => {
                    let code = need(authority, "authority")?;
                    anyhow::ensure!(
                        store.authority(&code)?.is_some(),
                        "no authority {code} in this store"
                    );
                    Role::CouncilEditor { authority: code }
                }
                RoleName::Signatory => {
                    let id = need(organisation, "organisation")?;
                    anyhow::ensure!(
                        store.organisation(&id)?.is_some(),
                        "no organisation {id} in this store"
                    );
                    Role::Signatory { organisation: id }
                }
                RoleName::Board => {
                    let id = need(partnership, "partnership")?;
                    anyhow::ensure!(
                        store.partnership(&id)?.is_some(),
                        "no partnership {id} in this store"
                    );
                    Role::Board { partnership: id }
                }
                RoleName::Moderator => Role::Moderator,
                RoleName::Admin => Role::Admin,
            };
            let description = atlas_shared::access::signature(person.as_ref(), &role);
            let (id, token, _) = crate::auth::create(&store, role, person, expires)?;
            eprintln!("token {id} for {description}; it is shown only now, keep it safe");
            println!("{token}");
            Ok(())
        }
        TokenCommand::Revoke { token, target } => {
            if let Some(remote) = target.remote()? {
                // A token's value never goes over the wire: its public id does.
                let id = if token.starts_with(crate::auth::TOKEN_PREFIX) {
                    crate::auth::token_id(&crate::auth::hash(token.trim())).to_string()
                } else {
                    token.trim().to_string()
                };
                let view = remote.revoke(&id)?;
                // Revoking is idempotent: a token revoked before keeps its first date.
                let at = view
                    .revoked
                    .map_or_else(|| "now".to_string(), |at| at.to_string());
                eprintln!(
                    "revoked {} ({at}): it and its sessions no longer work",
                    view.id
                );
                return Ok(());
            }
            let store = open(&target.data.data)?;
            anyhow::ensure!(
                crate::auth::revoke(&store, &token)?,
                "no live token matches {token}"
            );
            eprintln!("revoked");
            Ok(())
        }
        TokenCommand::List { scope, target } => {
            let views = match target.remote()? {
                Some(remote) => remote.list(scope.as_deref())?,
                None => {
                    let store = open(&target.data.data)?;
                    crate::auth::list(&store, scope.as_deref())?
                }
            };
            for view in &views {
                println!("{}", token_line(view));
            }
            Ok(())
        }
    }
}

fn offers(command: OffersCommand) -> anyhow::Result<()> {
    use atlas_shared::spreadsheet::{dry_run, MAX_FILE_BYTES};
    use std::io::Write;
    match command {
        OffersCommand::Export { authority, data } => {
            let store = open(&data.data)?;
            anyhow::ensure!(
                store.authority(&authority)?.is_some(),
                "no authority {authority} in this store"
            );
            let bytes = crate::spreadsheet::write_csv(&store.offers_of(&authority)?)?;
            std::io::stdout().lock().write_all(&bytes)?;
            Ok(())
        }
        OffersCommand::Import {
            authority,
            file,
            dry_run: only_dry_run,
            retire_missing,
            token,
            data,
        } => {
            let size = std::fs::metadata(&file)
                .with_context(|| format!("cannot read {}", file.display()))?
                .len();
            anyhow::ensure!(
                size <= MAX_FILE_BYTES as u64,
                "{} is larger than 5 MB; a council's offers fit in far less",
                file.display()
            );
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
            let format = crate::spreadsheet::Format::of(name.as_deref().unwrap_or(""), &bytes)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let table = match crate::spreadsheet::read(&bytes, format) {
                Ok(table) => table,
                Err(errors) => {
                    let mut out = std::io::stdout().lock();
                    for e in &errors {
                        writeln!(out, "error: {e}")?;
                    }
                    anyhow::bail!("{} cannot be read; nothing was imported", file.display());
                }
            };
            let store = open(&data.data)?;
            anyhow::ensure!(
                store.authority(&authority)?.is_some(),
                "no authority {authority} in this store"
            );
            let actor = match token {
                Some(token) => {
                    let role = crate::auth::authenticate(&store, token.trim())?
                        .context("this token is not known, or it was revoked")?;
                    anyhow::ensure!(
                        role.may_edit_offers_of(&authority),
                        "this token may not change {authority}'s offers"
                    );
                    role.describe()
                }
                None => "command-line".to_string(),
            };
            let existing = store.offers_of(&authority)?;
            let bar = indicatif::ProgressBar::new(table.rows.len() as u64).with_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} rows checked")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            let run = dry_run(&table, &existing, retire_missing, |n| {
                bar.set_position(n as u64)
            });
            bar.finish_and_clear();
            let mut out = std::io::stdout().lock();
            writeln!(out, "dry run of {} for {authority}:", file.display())?;
            for c in &run.plan.create {
                writeln!(out, "  row {}: add \"{}\"", c.row, c.content.title)?;
            }
            for u in &run.plan.update {
                let fields: Vec<&str> = u.changes.iter().map(|c| c.column.as_str()).collect();
                writeln!(
                    out,
                    "  row {}: change \"{}\" ({}): {}",
                    u.row,
                    u.content.title,
                    u.id,
                    fields.join(", ")
                )?;
                // What each field holds now and what it would hold, as the page shows.
                for c in &u.changes {
                    let shown = |v: &str| {
                        if v.is_empty() {
                            "(empty)".to_string()
                        } else {
                            format!("\"{v}\"")
                        }
                    };
                    writeln!(
                        out,
                        "      {}: {} -> {}",
                        c.label,
                        shown(&c.before),
                        shown(&c.after)
                    )?;
                }
            }
            for r in &run.plan.retire {
                writeln!(
                    out,
                    "  retire \"{}\" ({}): no row mentions it",
                    r.title, r.id
                )?;
            }
            for e in &run.errors {
                writeln!(out, "  error: {e}")?;
            }
            writeln!(out, "{}", run.plan.summary())?;
            if !run.errors.is_empty() {
                anyhow::bail!(
                    "{} problem(s) in {}; nothing was imported",
                    run.errors.len(),
                    file.display()
                );
            }
            if only_dry_run {
                writeln!(out, "dry run only: nothing was changed")?;
                return Ok(());
            }
            if run.plan.is_empty() {
                writeln!(out, "nothing to change: the offers already match the file")?;
                return Ok(());
            }
            let outcome = store.apply_offer_import(&authority, &run.plan, &actor)?;
            writeln!(
                out,
                "imported: {} added, {} changed, {} retired, in one transaction, recorded as {actor}",
                outcome.created.len(),
                outcome.updated.len(),
                outcome.retired.len()
            )?;
            Ok(())
        }
    }
}

/// Where the search index lives: inside the data directory, beside the store.
fn index_dir(data: &Path) -> PathBuf {
    data.join("search-index")
}

fn reindex(data: &Path) -> anyhow::Result<()> {
    let store = open(data)?;
    let started = std::time::Instant::now();
    let (index, _) = atlas_index::SearchIndex::open(&index_dir(data))?;
    let total = (store.offers()?.len() + store.pledges()?.len()) as u64;
    let bar = indicatif::ProgressBar::new(total).with_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let count = crate::indexer::rebuild(&store, &index, |n| bar.set_position(n))?;
    bar.finish();
    eprintln!("indexed {count} documents in {:.2?}", started.elapsed());
    Ok(())
}

/// Which registry an empty store is loaded with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Dataset {
    England,
    Seeds,
}

/// Loads `dataset` into an empty store: the registry in one transaction, then (England)
/// each newer reading as the next version of the seed record it supersedes.
fn load_dataset(store: &Store, dataset: Dataset) -> anyhow::Result<u64> {
    let seeds = crate::demo::registry().context("the embedded demo data is invalid")?;
    match dataset {
        Dataset::Seeds => Ok(store.load(&seeds, "demo-data")?),
        Dataset::England => {
            let england =
                crate::england::registry(seeds).context("the embedded England data is invalid")?;
            let mut count = store.load(&england.registry, "demo-data")?;
            for offer in england.later {
                store.update_offer(&offer.id, 1, offer.content, crate::england::ACTOR)?;
                count += 1;
            }
            Ok(count)
        }
    }
}

fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let data = &args.data.data;
    crate::law::check()
        .map_err(|e| anyhow::anyhow!("the embedded law records are invalid: {e}"))?;
    let store = Arc::new(open(data)?);
    if store.is_empty() {
        let count = load_dataset(&store, args.registry)?;
        tracing::info!(
            records = count,
            registry = ?args.registry,
            "loaded the registry into an empty store"
        );
    }
    // The index is level with the store before the first request is answered.
    let index = Arc::new(crate::indexer::open(&store, &index_dir(data))?);
    let nudge = crate::indexer::spawn(store.clone(), index.clone())?;
    let connections = crate::http::ConnectionSettings {
        header_read_timeout: std::time::Duration::from_secs(args.header_read_timeout_secs),
        body_read_timeout: std::time::Duration::from_secs(args.body_read_timeout_secs),
        max_connections: usize::try_from(args.max_connections).unwrap_or(usize::MAX),
        ..crate::http::ConnectionSettings::default()
    };
    let limits = crate::http::LimitSettings {
        registrations_per_hour: args.registrations_per_hour,
        writes_per_minute: args.writes_per_minute,
        refusals_per_minute: args.refusals_per_minute,
        trusted_proxies: args.trusted_proxies,
        ..crate::http::LimitSettings::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let bound = listener.local_addr()?;
        let metrics = crate::metrics::Metrics::new();
        let mailer = crate::mail::Mailer::from_args(&args.mail, bound)?.map(Arc::new);
        if let Some(mailer) = &mailer {
            crate::mail::spawn(
                mailer.clone(),
                store.clone(),
                args.stale_after_days,
                metrics.mail(),
            );
        }
        let limits = Arc::new(crate::http::Limits::new(limits));
        crate::http::Limits::spawn_tidier(limits.clone(), std::time::Duration::from_secs(60));
        let cache_bytes = args.response_cache_mb << 20;
        let state = Arc::new(crate::http::AppState {
            store: store.clone(),
            index,
            nudge,
            metrics,
            snapshot: crate::snapshot::Snapshot::default(),
            bench_routes: args.bench_routes,
            limits,
            body_read_timeout: connections.body_read_timeout,
            stale_after_days: args.stale_after_days,
            search_cache: crate::http::cache::ResponseCache::new(cache_bytes),
            compare_cache: crate::http::cache::ResponseCache::new(cache_bytes),
            oruk: crate::http::cache::DirectoryCache::default(),
            feed_log: crate::feeds::SharedLog::default(),
            sessions: crate::http::Sessions::new(store.clone()),
            secure_cookies: args.secure_cookies,
            mailer,
        });
        // Decode the snapshot now rather than on the first search or comparison, which
        // are answered on the runtime's workers only once it is current (`Handler::Quick`).
        let warm = state.clone();
        tokio::task::spawn_blocking(move || {
            if let Err(e) = warm.snapshot.get(&warm.store) {
                tracing::warn!(error = %e, "could not read the snapshot at start-up");
            }
        });
        // Tests and scripts read this line to find the port.
        println!("offer-atlas listening on http://{bound}");
        crate::http::serve(listener, state, connections, shutdown_signal()).await;
        anyhow::Ok(())
    })?;
    store.flush()?;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGINT or SIGTERM, so in-flight requests finish before exit.
async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(_) => {
                    let _ = interrupt.await;
                    return;
                }
            };
        tokio::select! {
            _ = interrupt => {},
            _ = terminate.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
    tracing::info!("shutting down");
}
