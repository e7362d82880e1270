//! `offer-atlas publish`: a static mirror of everything a reader needs, for any static
//! host or CDN, that keeps working when no Offer Atlas server does.
//!
//! The mirror holds:
//! - `mirror.json`, the manifest: format, generation time, counts, where things are;
//! - the public JSON at the API's own paths plus `.json` (`api/v1/authorities.json`,
//!   `api/v1/authorities/{code}.json`, `api/v1/topics.json`, `api/v1/partnerships.json`,
//!   `api/v1/partnerships/{id}.json`, `api/v1/organisations.json`,
//!   `api/v1/organisations/{id}.json`, `api/v1/pledges.json`, `api/v1/pledges/{id}.json`),
//!   in the API's shapes;
//! - each council's offer page (`authorities/{code}/index.html`) and each offer's page
//!   (`offers/{id}/index.html`), rendered by the same components as the server's pages,
//!   and a short page for each retired offer the feeds still tell of;
//! - the Atom feeds (`feeds/…`), a home page with the widget (`index.html`), and the
//!   widget itself (`widget/…`), whose element knows it was published in a mirror.
//!
//! The widget, pointed at a mirror, computes comparisons in the browser with the shared
//! compare rules from this JSON (see widget/static/offer-atlas.js). The mirror is written
//! to a new directory beside `--out` and swapped in at the end, so a host never serves a
//! half-written copy.
//!
//! No dead links: every root-relative link of its pages and feeds is checked against the
//! files written (a page by its folder, with the `/` a static host needs to serve its
//! index.html without a redirect), and a feed entry about what only a server shows (a
//! partnership's board, a pledge no longer public) points at the JSON the mirror has. A
//! link the mirror cannot satisfy stops the publish.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{ensure, Context};
use atlas_shared::api::{AuthorityDetail, List, OrganisationDetail, OrganisationView};
use atlas_shared::topic::TOPICS;
use atlas_shared::{Authority, Offer};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::feeds::{atom, build, FeedLog, Subject};
use crate::http::pages::{document, escape, feed_link, Document};
use crate::snapshot::{Reference, Snapshot};
use crate::store::{Kind, Store};

/// The manifest's format name; the widget checks it before trusting a mirror.
pub const MIRROR_FORMAT: &str = "offer-atlas-mirror/1";
/// The line of `offer-atlas.js` that a mirror's copy turns to `true`.
const MIRROR_FLAG_OFF: &str = "const PUBLISHED_MIRROR = false;";
const MIRROR_FLAG_ON: &str = "const PUBLISHED_MIRROR = true;";

/// What a publish wrote.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub authorities: usize,
    pub offers: usize,
    pub partnerships: usize,
    pub organisations: usize,
    pub pledges: usize,
    pub feeds: usize,
    pub pages: usize,
    pub widget_files: usize,
}

#[derive(Serialize)]
struct Manifest<'a> {
    format: &'static str,
    generated_at: String,
    /// Where the mirror is served from, as given to `--base-url`; null when not given,
    /// and then every link in the mirror is root-relative (it is served from a host's
    /// root) and the feeds' links are root-relative too.
    base_url: Option<&'a str>,
    /// Where the API's public reads are: the API path plus `.json`.
    api: serde_json::Value,
    counts: &'a Counts,
    /// Whether the widget's files are in the mirror.
    widget: bool,
}

/// The path part of the address the mirror will be served from (`/atlas` for
/// `https://example.org/atlas/`, empty for a host's root).
fn path_prefix(base_url: Option<&str>) -> anyhow::Result<String> {
    let Some(base) = base_url else {
        return Ok(String::new());
    };
    let rest = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))
        .with_context(|| format!("--base-url must start with https:// or http:// (got {base})"))?;
    ensure!(
        !rest.is_empty()
            && !rest.contains(['?', '#', '"', '<', '>', ' '])
            && !rest.starts_with('/'),
        "--base-url must be a plain web address such as https://mirror.example.org/atlas"
    );
    Ok(rest
        .find('/')
        .map_or("", |i| &rest[i..])
        .trim_end_matches('/')
        .to_string())
}

/// Root-relative links and sources in rendered HTML, moved under `prefix`.
fn rebase(html: &str, prefix: &str) -> String {
    if prefix.is_empty() {
        return html.to_string();
    }
    html.replace("href=\"/", &format!("href=\"{prefix}/"))
        .replace("src=\"/", &format!("src=\"{prefix}/"))
}

struct Writer {
    root: PathBuf,
    /// Every file written so far, relative to the root (`offers/x/index.html`).
    written: RefCell<BTreeSet<String>>,
}

impl Writer {
    fn new(root: PathBuf) -> Writer {
        Writer {
            root,
            written: RefCell::new(BTreeSet::new()),
        }
    }

    fn file(&self, path: &str, bytes: &[u8]) -> anyhow::Result<()> {
        self.written
            .borrow_mut()
            .insert(path.trim_start_matches('/').to_string());
        let full = self.root.join(path.trim_start_matches('/'));
        ensure!(
            full.starts_with(&self.root) && !path.contains(".."),
            "refusing to write outside the mirror: {path}"
        );
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        std::fs::write(&full, bytes).with_context(|| format!("cannot write {}", full.display()))
    }

    fn json<T: Serialize>(&self, path: &str, value: &T) -> anyhow::Result<()> {
        self.file(path, &serde_json::to_vec(value)?)
    }
}

/// A file or directory name for an id or code: anything but a plain slug is refused, so
/// a record can never name a path outside its folder.
fn safe_name(id: &str) -> anyhow::Result<&str> {
    ensure!(
        !id.is_empty()
            && id.len() <= 128
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && !id.starts_with('-'),
        "the record id {id:?} cannot be a file name in a mirror"
    );
    Ok(id)
}

fn footer(generated: &DateTime<Utc>) -> String {
    format!(
        "<p class=\"atlas-small\">A copy of Offer Atlas made on {} (UTC). It changes only when a new copy is made.</p>",
        generated.format("%-d %B %Y at %H:%M")
    )
}

const MIRROR_NAV: &str = "<a href=\"/\">Home</a>";

/// Writes the mirror of `store` into `out`. `base_url` is where it will be served from.
pub fn publish(store: &Store, out: &Path, base_url: Option<&str>) -> anyhow::Result<Counts> {
    ensure!(
        !store.is_empty(),
        "the store is empty: start the server once (it loads the demo registry) or import an export first"
    );
    let prefix = path_prefix(base_url)?;
    let base_url = base_url.map(|b| b.trim_end_matches('/'));
    if out.exists() {
        let mut entries =
            std::fs::read_dir(out).with_context(|| format!("cannot read {}", out.display()))?;
        ensure!(
            entries.next().is_none() || out.join("mirror.json").is_file(),
            "{} is not empty and holds no mirror: choose an empty or new directory",
            out.display()
        );
    }
    let name = out
        .file_name()
        .and_then(|n| n.to_str())
        .context("--out must name a directory")?;
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)
        .with_context(|| format!("cannot create {}", parent.display()))?;
    let staging = parent.join(format!(".{name}.publishing-{}", std::process::id()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging)?;
    }
    std::fs::create_dir_all(&staging)?;
    let result = write_all(store, &Writer::new(staging.clone()), &prefix, base_url);
    let counts = match result {
        Ok(counts) => counts,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
    };
    // Swap the new copy in: the old one (if any) stays whole until the last moment.
    let old = parent.join(format!(".{name}.previous-{}", std::process::id()));
    if out.exists() {
        std::fs::rename(out, &old)
            .with_context(|| format!("cannot move the old mirror {} aside", out.display()))?;
    }
    std::fs::rename(&staging, out)
        .with_context(|| format!("cannot move the new mirror into {}", out.display()))?;
    if old.exists() {
        std::fs::remove_dir_all(&old)?;
    }
    Ok(counts)
}

fn write_all(
    store: &Store,
    w: &Writer,
    prefix: &str,
    base_url: Option<&str>,
) -> anyhow::Result<Counts> {
    let generated = Utc::now();
    let reference = Snapshot::default().get(store)?;
    let mut counts = Counts::default();

    // The public JSON, in the API's shapes.
    let mut authorities = reference.authorities.clone();
    authorities.sort_by(|a, b| a.name.cmp(&b.name));
    w.json(
        "api/v1/authorities.json",
        &List {
            total: authorities.len(),
            items: authorities.clone(),
        },
    )?;
    let mut offers_by_council: Vec<(Authority, Vec<Offer>)> = Vec::new();
    for a in &authorities {
        let mut offers = store.offers_of(&a.code)?;
        offers.sort_by(|x, y| {
            (x.content.category, &x.content.title).cmp(&(y.content.category, &y.content.title))
        });
        counts.offers += offers.len();
        w.json(
            &format!("api/v1/authorities/{}.json", safe_name(&a.code)?),
            &AuthorityDetail {
                authority: a.clone(),
                offers: offers.clone(),
            },
        )?;
        offers_by_council.push((a.clone(), offers));
    }
    counts.authorities = authorities.len();
    w.json(
        "api/v1/topics.json",
        &List {
            total: TOPICS.len(),
            items: TOPICS.to_vec(),
        },
    )?;
    let partnerships = store.partnerships()?;
    for p in &partnerships {
        w.json(
            &format!("api/v1/partnerships/{}.json", safe_name(&p.id)?),
            p,
        )?;
    }
    counts.partnerships = partnerships.len();
    w.json(
        "api/v1/partnerships.json",
        &List {
            total: partnerships.len(),
            items: partnerships,
        },
    )?;
    let mut organisations: Vec<OrganisationView> = reference
        .organisations
        .iter()
        .map(OrganisationView::public)
        .collect();
    organisations.sort_by(|a, b| a.organisation.name.cmp(&b.organisation.name));
    for o in &organisations {
        let mut pledges: Vec<_> = reference
            .pledges
            .iter()
            .filter(|p| p.organisation == o.organisation.id)
            .cloned()
            .collect();
        pledges.sort_by(|a, b| a.content.title.cmp(&b.content.title));
        w.json(
            &format!(
                "api/v1/organisations/{}.json",
                safe_name(&o.organisation.id)?
            ),
            &OrganisationDetail {
                organisation: o.clone(),
                pledges,
            },
        )?;
    }
    counts.organisations = organisations.len();
    w.json(
        "api/v1/organisations.json",
        &List {
            total: organisations.len(),
            items: organisations,
        },
    )?;
    w.json(
        "api/v1/law.json",
        &List {
            total: crate::law::records().len(),
            items: crate::law::records().to_vec(),
        },
    )?;
    // Each public pledge as `GET /api/v1/pledges/{id}` answers it: the feeds link there.
    for p in &reference.pledges {
        w.json(
            &format!("api/v1/pledges/{}.json", safe_name(&p.id)?),
            &p.public_view(),
        )?;
    }
    counts.pledges = reference.pledges.len();
    w.json(
        "api/v1/pledges.json",
        &List {
            total: reference.pledges.len(),
            items: reference.pledges.clone(),
        },
    )?;

    // The widget, told it lives in a mirror.
    let widget = crate::http::assets::widget_built();
    if widget {
        for crate::http::assets::WidgetFile { name, raw, .. } in crate::http::assets::WIDGET_FILES {
            let path = format!("widget/{name}");
            if *name == "offer-atlas.js" {
                let text = std::str::from_utf8(raw).context("offer-atlas.js is not UTF-8")?;
                ensure!(
                    text.matches(MIRROR_FLAG_OFF).count() == 1,
                    "offer-atlas.js has no `{MIRROR_FLAG_OFF}` line to set"
                );
                w.file(
                    &path,
                    text.replace(MIRROR_FLAG_OFF, MIRROR_FLAG_ON).as_bytes(),
                )?;
            } else {
                w.file(&path, raw)?;
            }
            counts.widget_files += 1;
        }
        // Each language's catalogue, where the widget asks for it (`lang` on the element).
        for lang in atlas_shared::words::Lang::ALL {
            if let Some(words) = atlas_shared::words::Words::held(lang) {
                let json =
                    serde_json::to_vec(&words.for_widget()).context("a catalogue as JSON")?;
                w.file(&format!("widget/words/{}.json", lang.tag()), &json)?;
                counts.widget_files += 1;
            }
        }
    } else {
        eprintln!(
            "offer-atlas: this binary was built without the widget (run scripts/build-widget, then rebuild): the mirror has no widget"
        );
    }

    // The feeds, with links under the mirror's address (or its path, without one).
    let feed_base = base_url.map_or_else(|| prefix.to_string(), str::to_string);
    let mut log = FeedLog::default();
    log.catch_up(store)?;
    let mut subjects: Vec<Subject> = authorities
        .iter()
        .map(|a| Subject::Authority(a.code.clone()))
        .collect();
    subjects.extend(
        reference
            .partnerships
            .iter()
            .map(|p| Subject::Partnership(p.id.clone())),
    );
    subjects.extend(TOPICS.iter().map(|t| Subject::Topic(t.slug.to_string())));
    subjects.push(Subject::Pledges);
    let mut feeds = Vec::new();
    for subject in &subjects {
        if let Some(feed) = build(
            store,
            &reference,
            &log,
            subject,
            &atlas_shared::words::Locale::default(),
        )? {
            feeds.push(feed);
        }
    }

    // The pages, and a page for each retired offer a feed still tells of.
    let mut pages = render_pages(store, &reference, &offers_by_council, &generated, widget)?;
    let current: BTreeSet<String> = pages.iter().map(|(path, _)| path.clone()).collect();
    let mut told: BTreeSet<&str> = BTreeSet::new();
    for feed in &feeds {
        for entry in &feed.entries {
            if let Some(id) = entry.link.strip_prefix("/offers/") {
                if !current.contains(&format!("offers/{id}/index.html")) {
                    told.insert(id);
                }
            }
        }
    }
    for id in told {
        if let Some(page) = retired_page(store, &reference, id, &generated)? {
            pages.push(page);
        }
    }

    // Every root-relative link goes to a file of the mirror (a folder's link ends in
    // `/`, which every static host serves as its index.html), or publishing fails.
    let mut files = w.written.borrow().clone();
    files.extend(pages.iter().map(|(path, _)| path.clone()));
    files.extend(
        feeds
            .iter()
            .map(|f| f.path.trim_start_matches('/').to_string()),
    );
    files.insert("mirror.json".to_string());
    let mut dead = Vec::new();
    for (path, html) in &pages {
        let html = resolve_links(html, &files, &mut |link| {
            dead.push(format!("{path} → {link}"))
        });
        w.file(path, rebase(&html, prefix).as_bytes())?;
    }
    counts.pages = pages.len();
    for mut feed in feeds {
        mirror_feed_links(store, &mut feed, &files)?;
        for link in feed.html.iter().chain(feed.entries.iter().map(|e| &e.link)) {
            if resolve(link, &files).is_none() {
                dead.push(format!("{} → {link}", feed.path));
            }
        }
        w.file(&feed.path, atom(&feed, &feed_base).as_bytes())?;
        counts.feeds += 1;
    }
    ensure!(
        dead.is_empty(),
        "the mirror would link to pages it does not have: {}",
        dead.join(", ")
    );

    let api = serde_json::json!({
        "authorities": "api/v1/authorities.json",
        "authority": "api/v1/authorities/{code}.json",
        "topics": "api/v1/topics.json",
        "partnerships": "api/v1/partnerships.json",
        "partnership": "api/v1/partnerships/{id}.json",
        "organisations": "api/v1/organisations.json",
        "organisation": "api/v1/organisations/{id}.json",
        "pledges": "api/v1/pledges.json",
        "pledge": "api/v1/pledges/{id}.json",
        "law": "api/v1/law.json",
    });
    w.json(
        "mirror.json",
        &Manifest {
            format: MIRROR_FORMAT,
            generated_at: generated.to_rfc3339_opts(SecondsFormat::Secs, true),
            base_url,
            api,
            counts: &counts,
            widget,
        },
    )?;
    Ok(counts)
}

/// A whole page of the mirror, its links root-relative (not yet under the mirror's path).
fn mirror_page(title: &str, body: &str, head: &str, generated: &DateTime<Utc>) -> String {
    document(&Document {
        locale: atlas_shared::words::Locale::default(),
        here: None,
        title,
        heading: title,
        heading_lang: None,
        body: &format!("{body}\n{}", footer(generated)),
        head,
        css: "",
        nav: std::borrow::Cow::Borrowed(MIRROR_NAV),
        skip: "#main",
        // A static mirror has no workspace to sign in to.
        footer: std::borrow::Cow::Borrowed(""),
    })
}

/// The pages: each council's, each current offer's and the home page, as (file, HTML).
fn render_pages(
    store: &Store,
    reference: &Reference,
    offers_by_council: &[(Authority, Vec<Offer>)],
    generated: &DateTime<Utc>,
    widget: bool,
) -> anyhow::Result<Vec<(String, String)>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let page = |title: &str, body: &str, head: &str| mirror_page(title, body, head, generated);
    let mut pages = Vec::new();
    for (authority, offers) in offers_by_council {
        let code = safe_name(&authority.code)?;
        let title = format!("{}: offer for care leavers", authority.name);
        let feed = Subject::Authority(authority.code.clone()).path();
        let head = feed_link(
            &atlas_shared::words::Locale::default(),
            &format!("Changes to {}'s offer", authority.name),
            &feed,
        );
        let list = runtime.block_on(atlas_widget::render_offer_list(
            atlas_shared::words::Locale::default(),
            authority.clone(),
            offers.clone(),
        ));
        let body = format!(
            "{list}\n<p><a href=\"{feed}\">Follow changes to {}'s offer (Atom feed)</a></p>",
            escape(&authority.name)
        );
        pages.push((
            format!("authorities/{code}/index.html"),
            page(&title, &body, &head),
        ));
        for offer in offers {
            let id = safe_name(&offer.id)?;
            let history = crate::http::pages::offer_history(store, &offer.id)?;
            let body = runtime.block_on(atlas_widget::render_offer(
                atlas_shared::words::Locale::default(),
                offer.clone(),
                authority.clone(),
                history,
            ));
            let title = format!("{}: {}", authority.name, offer.content.title);
            pages.push((format!("offers/{id}/index.html"), page(&title, &body, "")));
        }
    }
    pages.push((
        "index.html".to_string(),
        page(
            "Local Offers for care leavers",
            &home_body(reference, offers_by_council, generated, widget),
            "",
        ),
    ));
    Ok(pages)
}

/// The page of an offer that was retired, for the feeds that tell of it: when, and a link
/// to its council's offer. `None` for an id that is not a retired offer.
fn retired_page(
    store: &Store,
    reference: &Reference,
    id: &str,
    generated: &DateTime<Utc>,
) -> anyhow::Result<Option<(String, String)>> {
    let Ok(id) = safe_name(id) else {
        return Ok(None);
    };
    let Some(history) = store.history::<Offer>(Kind::Offer, id)? else {
        return Ok(None);
    };
    let Some(retired) = atlas_shared::retirement::retirement(&history) else {
        return Ok(None);
    };
    let council = reference.name_of(&retired.authority);
    let mut body = format!(
        "<p>{council} retired “{title}” on {day}: it is no longer part of its Local Offer.</p>\n",
        council = escape(&council),
        title = escape(&retired.title),
        day = retired.at.format("%-d %B %Y"),
    );
    if reference.authority(&retired.authority).is_some() {
        body.push_str(&format!(
            "<p><a href=\"/authorities/{}/\">Read {}'s offer as it is now</a></p>\n",
            escape(&retired.authority),
            escape(&council)
        ));
    }
    let title = format!("{council}: {} (retired)", retired.title);
    Ok(Some((
        format!("offers/{id}/index.html"),
        mirror_page(&title, &body, "", generated),
    )))
}

/// Where a root-relative link of the server goes in the mirror: the file itself, or the
/// folder (with its `/`) whose index.html it names. `None` when the mirror lacks it.
/// The query and fragment are kept (a static host ignores the query).
fn resolve(link: &str, files: &BTreeSet<String>) -> Option<String> {
    let cut = link.find(['?', '#']).unwrap_or(link.len());
    let (path, rest) = link.split_at(cut);
    let relative = path.strip_prefix('/')?;
    if relative.is_empty() || relative.ends_with('/') {
        return files
            .contains(&format!("{relative}index.html"))
            .then(|| link.to_string());
    }
    if files.contains(relative) {
        return Some(link.to_string());
    }
    files
        .contains(&format!("{relative}/index.html"))
        .then(|| format!("{path}/{rest}"))
}

/// The HTML with each root-relative `href` and `src` resolved in the mirror; a link the
/// mirror lacks is left as it is and reported to `dead`. Links elsewhere (another site,
/// `#`, `mailto:`) are left alone.
fn resolve_links(html: &str, files: &BTreeSet<String>, dead: &mut dyn FnMut(&str)) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(at) = rest.find(['h', 's']) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let attr = ["href=\"", "src=\""]
            .into_iter()
            .find(|a| from.starts_with(a));
        let Some(attr) = attr else {
            out.push_str(&from[..1]);
            rest = &from[1..];
            continue;
        };
        let value_start = attr.len();
        let Some(len) = from[value_start..].find('"') else {
            out.push_str(from);
            return out;
        };
        let value = &from[value_start..value_start + len];
        out.push_str(attr);
        if value.starts_with('/') && !value.starts_with("//") {
            match resolve(value, files) {
                Some(found) => out.push_str(&found),
                None => {
                    dead(value);
                    out.push_str(value);
                }
            }
        } else {
            out.push_str(value);
        }
        rest = &from[value_start + len..];
    }
    out.push_str(rest);
    out
}

/// A feed's links, pointed at what the mirror has: pages by their folder, a pledge at its
/// JSON (or, once it is no longer public, its organisation's), a partnership's board
/// (which only a server draws) at the partnership's JSON.
fn mirror_feed_links(
    store: &Store,
    feed: &mut crate::feeds::Feed,
    files: &BTreeSet<String>,
) -> anyhow::Result<()> {
    feed.html = feed.html.as_deref().and_then(|link| resolve(link, files));
    for entry in &mut feed.entries {
        if let Some(found) = resolve(&entry.link, files) {
            entry.link = found;
            continue;
        }
        let json = |path: String| (files.contains(&path[1..])).then_some(path);
        let elsewhere = if let Some(id) = entry.link.strip_prefix("/api/v1/pledges/") {
            match json(format!("/api/v1/pledges/{id}.json")) {
                Some(found) => Some(found),
                None => store
                    .pledge(id)?
                    .and_then(|p| json(format!("/api/v1/organisations/{}.json", p.organisation))),
            }
        } else if let Some(id) = entry.link.strip_prefix("/board/") {
            json(format!("/api/v1/partnerships/{id}.json"))
        } else {
            None
        };
        if let Some(found) = elsewhere {
            entry.link = found;
            entry.link_type = "application/json";
        }
    }
    Ok(())
}

/// The mirror's home page: the compare widget, then every council's page and feed, so a
/// reader without JavaScript finds everything too.
fn home_body(
    reference: &Reference,
    offers_by_council: &[(Authority, Vec<Offer>)],
    generated: &DateTime<Utc>,
    widget: bool,
) -> String {
    // The demo's host council where it exists (as on the server's home page), else the
    // first council that looks after children.
    let host = reference
        .authority("E06000054")
        .or_else(|| {
            offers_by_council
                .iter()
                .map(|(a, _)| a)
                .find(|a| a.tier.runs_leaving_care())
        })
        .or_else(|| offers_by_council.first().map(|(a, _)| a));
    let mut body = format!(
        "<p>This is a copy of Offer Atlas, the register of councils' Local Offers for care leavers, made on {}. \
It works without an Offer Atlas server: the comparison below runs in your browser.</p>\n",
        generated.format("%-d %B %Y")
    );
    if let Some(host) = host.filter(|_| widget) {
        body.push_str(&format!(
            "<h2>Moving to {name}?</h2>\n\
<script type=\"module\" src=\"/widget/offer-atlas.js\"></script>\n\
<offer-atlas to=\"{code}\"></offer-atlas>\n\
<noscript><p>Your browser is not running JavaScript. Read each council's offer below.</p></noscript>\n",
            name = escape(&host.name),
            code = escape(&host.code),
        ));
    }
    body.push_str("<h2>Councils</h2>\n<ul>\n");
    for (a, offers) in offers_by_council {
        body.push_str(&format!(
            "<li><a href=\"/authorities/{code}/\">{name}</a> ({n} offers) · <a href=\"{feed}\">changes (Atom)</a></li>\n",
            code = escape(&a.code),
            name = escape(&a.name),
            n = offers.len(),
            feed = Subject::Authority(a.code.clone()).path(),
        ));
    }
    body.push_str("</ul>\n<h2>Follow changes</h2>\n<ul>\n");
    for p in &reference.partnerships {
        body.push_str(&format!(
            "<li><a href=\"{}\">{} (Atom)</a></li>\n",
            Subject::Partnership(p.id.clone()).path(),
            escape(&p.name)
        ));
    }
    body.push_str(&format!(
        "<li><a href=\"{}\">Care Leaver Covenant pledges (Atom)</a></li>\n</ul>\n",
        Subject::Pledges.path()
    ));
    if !widget {
        body.push_str("<p>This copy was made without the comparison widget: read each council's offer below.</p>\n");
    }
    body.push_str(
        "<h2>For council web teams</h2>\n<p>Put the widget on your site from this copy:</p>\n\
<pre>&lt;script type=\"module\" src=\"https://THIS-COPY/widget/offer-atlas.js\"&gt;&lt;/script&gt;\n\
&lt;offer-atlas to=\"YOUR-ONS-CODE\"&gt;&lt;/offer-atlas&gt;</pre>\n\
<p>The data is also here as JSON: <a href=\"/mirror.json\">mirror.json</a> says where.</p>\n",
    );
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_url_gives_the_path_links_go_under() {
        assert_eq!(path_prefix(None).unwrap(), "");
        assert_eq!(path_prefix(Some("https://m.example.org")).unwrap(), "");
        assert_eq!(path_prefix(Some("https://m.example.org/")).unwrap(), "");
        assert_eq!(
            path_prefix(Some("https://example.github.io/atlas/")).unwrap(),
            "/atlas"
        );
        assert!(path_prefix(Some("ftp://x")).is_err());
        assert!(path_prefix(Some("https://x/a?b")).is_err());
        assert_eq!(
            rebase(
                "<a href=\"/offers/x\"><script src=\"/widget/a.js\">",
                "/atlas"
            ),
            "<a href=\"/atlas/offers/x\"><script src=\"/atlas/widget/a.js\">"
        );
    }

    #[test]
    fn a_link_goes_to_the_file_or_the_folder_the_mirror_has_or_is_reported() {
        let files: BTreeSet<String> = ["index.html", "offers/x/index.html", "feeds/a.atom"]
            .into_iter()
            .map(str::to_string)
            .collect();
        assert_eq!(resolve("/", &files).as_deref(), Some("/"));
        assert_eq!(resolve("/offers/x", &files).as_deref(), Some("/offers/x/"));
        assert_eq!(resolve("/offers/x/", &files).as_deref(), Some("/offers/x/"));
        assert_eq!(
            resolve("/offers/x#history", &files).as_deref(),
            Some("/offers/x/#history")
        );
        assert_eq!(
            resolve("/feeds/a.atom", &files).as_deref(),
            Some("/feeds/a.atom")
        );
        assert_eq!(resolve("/offers/y", &files), None);
        assert_eq!(resolve("/board/gm", &files), None);
        let mut dead = Vec::new();
        let html = resolve_links(
            "<a href=\"/offers/x\">x</a> <a href=\"https://gov.uk/\">g</a> <img src=\"/gone.png\"> <a href=\"#main\">skip</a>",
            &files,
            &mut |l| dead.push(l.to_string()),
        );
        assert_eq!(
            html,
            "<a href=\"/offers/x/\">x</a> <a href=\"https://gov.uk/\">g</a> <img src=\"/gone.png\"> <a href=\"#main\">skip</a>"
        );
        assert_eq!(dead, vec!["/gone.png"]);
    }

    #[test]
    fn only_plain_ids_become_file_names() {
        assert!(safe_name("wiltshire-wifi-12").is_ok());
        assert!(safe_name("E06000054").is_ok());
        for bad in ["", "../x", "a/b", "-x", "a b", "a.json"] {
            assert!(safe_name(bad).is_err(), "{bad}");
        }
    }
}
