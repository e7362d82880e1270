//! Atom feeds (RFC 4287) built from the store's change log and versions: follow a
//! council, a partnership, a topic or the covenant's pledges without an account.
//!
//! The change log says what happened to which record and version; it does not say which
//! council an offer belongs to. [`FeedLog`] reads each event's version once and keeps that
//! (council, topic, organisation, whether a pledge's step is public) in memory, catching up
//! from the last sequence number it saw, so a feed request filters memory and reads only
//! the versions of the entries it shows. The words are `atlas_shared::feed`'s.

use std::sync::Mutex;

use atlas_shared::api::{Action, Version};
use atlas_shared::feed::{
    offer_entry, partnership_entry, pledge_entry, pledge_step_is_public, MAX_ENTRIES,
};
use atlas_shared::oruk::{uuid_for, Uuid};
use atlas_shared::topic::topic;
use atlas_shared::words::{Arg, Locale};
use atlas_shared::{percent_encode, Offer, Partnership, Pledge};
use chrono::{DateTime, SecondsFormat, Utc};

use crate::snapshot::Reference;
use crate::store::{Kind, Store, StoreError};

/// One change-log event with what the feeds need to pick it.
#[derive(Debug, Clone)]
pub struct LogEntry {
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub action: Action,
    pub kind: Kind,
    pub id: String,
    pub version: u64,
    /// An offer's council, as of this version.
    pub authority: Option<String>,
    /// An offer's or pledge's topic, as of this version.
    pub topic: Option<String>,
    /// A pledge's organisation.
    pub organisation: Option<String>,
    /// A pledge step the public sees (published, or withdrawn after being published).
    pub public_step: bool,
}

/// The change log, annotated, in sequence order.
#[derive(Debug, Default)]
pub struct FeedLog {
    pub seq: u64,
    pub entries: Vec<LogEntry>,
}

impl FeedLog {
    /// Reads the events after the last one seen.
    pub fn catch_up(&mut self, store: &Store) -> Result<(), StoreError> {
        if store.last_seq()? == self.seq {
            return Ok(());
        }
        for event in store.events_after(self.seq) {
            let event = event?;
            let mut entry = LogEntry {
                seq: event.seq,
                at: event.at,
                action: event.action,
                kind: event.kind,
                id: event.id,
                version: event.version,
                authority: None,
                topic: None,
                organisation: None,
                public_step: false,
            };
            match entry.kind {
                Kind::Offer => {
                    if let Some(v) =
                        store.version::<Offer>(Kind::Offer, &entry.id, entry.version)?
                    {
                        entry.authority = Some(v.record.authority);
                        entry.topic = Some(v.record.content.topic);
                    }
                }
                Kind::Pledge => {
                    if let Some(v) =
                        store.version::<Pledge>(Kind::Pledge, &entry.id, entry.version)?
                    {
                        let previous = previous::<Pledge>(store, Kind::Pledge, &entry)?;
                        entry.public_step = pledge_step_is_public(
                            entry.action,
                            previous.as_ref().map(|p| &p.record),
                            &v.record,
                        );
                        entry.topic = Some(v.record.content.topic);
                        entry.organisation = Some(v.record.organisation);
                    }
                }
                _ => {}
            }
            self.seq = entry.seq;
            self.entries.push(entry);
        }
        Ok(())
    }
}

/// The log shared by the server's requests.
#[derive(Default)]
pub struct SharedLog(Mutex<FeedLog>);

impl SharedLog {
    /// Catches up with the store and runs `f` over the log.
    pub fn with<T>(
        &self,
        store: &Store,
        f: impl FnOnce(&FeedLog) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut log = self.0.lock().map_err(|_| StoreError::Poisoned)?;
        log.catch_up(store)?;
        f(&log)
    }
}

fn previous<T: serde::de::DeserializeOwned>(
    store: &Store,
    kind: Kind,
    entry: &LogEntry,
) -> Result<Option<Version<T>>, StoreError> {
    if entry.version <= 1 {
        return Ok(None);
    }
    store.version::<T>(kind, &entry.id, entry.version - 1)
}

/// What a feed follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Authority(String),
    Partnership(String),
    Topic(String),
    Pledges,
}

impl Subject {
    /// The feed's address on the server (and in a static mirror).
    pub fn path(&self) -> String {
        match self {
            Subject::Authority(code) => format!("/feeds/authorities/{}.atom", percent_encode(code)),
            Subject::Partnership(id) => format!("/feeds/partnerships/{}.atom", percent_encode(id)),
            Subject::Topic(slug) => format!("/feeds/topics/{}.atom", percent_encode(slug)),
            Subject::Pledges => "/feeds/pledges.atom".to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: Uuid,
    pub title: String,
    pub summary: String,
    pub updated: DateTime<Utc>,
    pub author: String,
    /// Path of the page about the record.
    pub link: String,
    pub link_type: &'static str,
    /// (term, label) of the topic.
    pub category: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub id: Uuid,
    /// The language tag of the feed's words (`xml:lang`).
    pub lang: &'static str,
    pub title: String,
    pub subtitle: String,
    /// The feed's own path.
    pub path: String,
    /// The feed's own address as served: its path, with the language when it was chosen.
    pub self_link: String,
    /// The HTML page the feed follows, if there is one.
    pub html: Option<String>,
    pub updated: DateTime<Utc>,
    pub entries: Vec<Entry>,
}

/// Which log entries a feed shows.
type Picker<'a> = Box<dyn Fn(&LogEntry) -> bool + 'a>;

/// The feed of `subject`, newest entry first, or `None` when the subject is unknown. Its
/// words are in `locale`'s language, and its links to pages carry the language when the
/// locale says it must; published words (titles, names, summaries) stay as written.
pub fn build(
    store: &Store,
    reference: &Reference,
    log: &FeedLog,
    subject: &Subject,
    locale: &Locale,
) -> Result<Option<Feed>, StoreError> {
    let l = locale;
    let public_org = |id: &str| reference.organisations.iter().any(|o| o.id == id);
    let pledge_news = |e: &LogEntry| {
        e.kind == Kind::Pledge && e.public_step && e.organisation.as_deref().is_some_and(public_org)
    };
    let (title, subtitle, html, picks): (String, String, Option<String>, Picker<'_>) = match subject
    {
        Subject::Authority(code) => {
            let Some(a) = reference.authority(code) else {
                return Ok(None);
            };
            let code = code.clone();
            let council = [("council", Arg::Text(&a.name))];
            (
                l.f("feed-authority-title", &council),
                l.f("feed-authority-subtitle", &council),
                Some(l.link(&format!("/authorities/{}", percent_encode(&a.code)))),
                Box::new(move |e| {
                    e.kind == Kind::Offer && e.authority.as_deref() == Some(code.as_str())
                }),
            )
        }
        Subject::Partnership(id) => {
            let Some(p) = reference.partnership(id) else {
                return Ok(None);
            };
            let members = p.members.clone();
            let id = id.clone();
            let partnership = [("partnership", Arg::Text(&p.name))];
            (
                l.f("feed-partnership-title", &partnership),
                l.f("feed-partnership-subtitle", &partnership),
                Some(l.link(&format!("/board/{}", percent_encode(&p.id)))),
                Box::new(move |e| {
                    (e.kind == Kind::Partnership && e.id == id)
                        || (e.kind == Kind::Offer
                            && e.authority.as_ref().is_some_and(|a| members.contains(a)))
                }),
            )
        }
        Subject::Topic(slug) => {
            let Some(t) = topic(slug) else {
                return Ok(None);
            };
            let slug = slug.clone();
            let name = t.name(l);
            (
                l.f("feed-topic-title", &[("topic", Arg::Text(&name))]),
                l.f(
                    "feed-topic-subtitle",
                    &[("topic", Arg::Text(&name.to_lowercase()))],
                ),
                None,
                Box::new(move |e| {
                    e.topic.as_deref() == Some(slug.as_str())
                        && (e.kind == Kind::Offer || pledge_news(e))
                }),
            )
        }
        Subject::Pledges => (
            l.t("feed-pledges-title"),
            l.t("feed-pledges-subtitle"),
            None,
            Box::new(pledge_news),
        ),
    };
    let mut entries = Vec::new();
    for e in log.entries.iter().rev().filter(|e| picks(e)) {
        if let Some(entry) = entry(store, reference, e, l)? {
            entries.push(entry);
        }
        if entries.len() >= MAX_ENTRIES {
            break;
        }
    }
    let updated = entries
        .first()
        .map(|e| e.updated)
        .or_else(|| log.entries.last().map(|e| e.at))
        .unwrap_or(DateTime::UNIX_EPOCH);
    let path = subject.path();
    Ok(Some(Feed {
        id: uuid_for("feed", &path),
        lang: l.lang().tag(),
        title,
        subtitle,
        self_link: l.link(&path),
        path,
        html,
        updated,
        entries,
    }))
}

fn topic_category(slug: &str, l: &Locale) -> Option<(String, String)> {
    topic(slug).map(|t| (t.slug.to_string(), t.name(l)))
}

/// The entry for one event, read from its version (and the one before).
fn entry(
    store: &Store,
    reference: &Reference,
    e: &LogEntry,
    l: &Locale,
) -> Result<Option<Entry>, StoreError> {
    let id = uuid_for(
        "feed_entry",
        &format!("{}:{}:{}", e.kind.name(), e.id, e.version),
    );
    Ok(match e.kind {
        Kind::Offer => {
            let Some(current) = store.version::<Offer>(Kind::Offer, &e.id, e.version)? else {
                return Ok(None);
            };
            let before = previous::<Offer>(store, Kind::Offer, e)?;
            let council = reference.name_of(&current.record.authority);
            let (title, summary) = offer_entry(
                l,
                e.action,
                before.as_ref().map(|v| &v.record.content),
                &current.record.content,
                &council,
            );
            Some(Entry {
                id,
                title,
                summary,
                updated: e.at,
                author: council,
                link: l.link(&format!("/offers/{}", percent_encode(&e.id))),
                link_type: "text/html",
                category: topic_category(&current.record.content.topic, l),
            })
        }
        Kind::Pledge => {
            let Some(current) = store.version::<Pledge>(Kind::Pledge, &e.id, e.version)? else {
                return Ok(None);
            };
            let before = previous::<Pledge>(store, Kind::Pledge, e)?;
            let current = current.record.public_view();
            let before = before.map(|v| v.record.public_view());
            let organisation = reference
                .organisations
                .iter()
                .find(|o| o.id == current.organisation)
                .map_or_else(|| current.organisation.clone(), |o| o.name.clone());
            let (title, summary) =
                pledge_entry(l, e.action, before.as_ref(), &current, &organisation);
            Some(Entry {
                id,
                title,
                summary,
                updated: e.at,
                author: organisation,
                link: format!("/api/v1/pledges/{}", percent_encode(&e.id)),
                link_type: "application/json",
                category: topic_category(&current.content.topic, l),
            })
        }
        Kind::Partnership => {
            let Some(current) =
                store.version::<Partnership>(Kind::Partnership, &e.id, e.version)?
            else {
                return Ok(None);
            };
            let before = previous::<Partnership>(store, Kind::Partnership, e)?;
            let (title, summary) =
                partnership_entry(l, before.as_ref().map(|v| &v.record), &current.record);
            Some(Entry {
                id,
                title,
                summary,
                updated: e.at,
                author: current.record.name.clone(),
                link: l.link(&format!("/board/{}", percent_encode(&e.id))),
                link_type: "text/html",
                category: None,
            })
        }
        Kind::Authority | Kind::Organisation => None,
    })
}

// ---------------------------------------------------------------------------------------
// Writing Atom
// ---------------------------------------------------------------------------------------

/// Text for XML: markup escaped, and characters XML 1.0 does not allow (most control
/// characters, U+FFFE, U+FFFF) dropped, since no escape can carry them.
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The feed as an Atom document. `base` goes before every path: empty for links relative
/// to the host serving the feed, or a site's address (`https://mirror.example.org/atlas`).
pub fn atom(feed: &Feed, base: &str) -> String {
    let base = base.trim_end_matches('/');
    let mut xml = String::with_capacity(1024 + feed.entries.len() * 800);
    xml.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        xml_text(feed.lang)
    ));
    xml.push_str(&format!("  <id>urn:uuid:{}</id>\n", feed.id));
    xml.push_str(&format!(
        "  <title type=\"text\">{}</title>\n",
        xml_text(&feed.title)
    ));
    xml.push_str(&format!(
        "  <subtitle type=\"text\">{}</subtitle>\n",
        xml_text(&feed.subtitle)
    ));
    xml.push_str(&format!("  <updated>{}</updated>\n", time(feed.updated)));
    xml.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_text(&format!("{base}{}", feed.self_link))
    ));
    if let Some(html) = &feed.html {
        xml.push_str(&format!(
            "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_text(&format!("{base}{html}"))
        ));
    }
    xml.push_str("  <author><name>Offer Atlas</name></author>\n");
    xml.push_str("  <generator>Offer Atlas</generator>\n");
    for e in &feed.entries {
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <id>urn:uuid:{}</id>\n", e.id));
        xml.push_str(&format!(
            "    <title type=\"text\">{}</title>\n",
            xml_text(&e.title)
        ));
        xml.push_str(&format!("    <updated>{}</updated>\n", time(e.updated)));
        xml.push_str(&format!(
            "    <author><name>{}</name></author>\n",
            xml_text(&e.author)
        ));
        xml.push_str(&format!(
            "    <link rel=\"alternate\" type=\"{}\" href=\"{}\"/>\n",
            e.link_type,
            xml_text(&format!("{base}{}", e.link))
        ));
        if let Some((term, label)) = &e.category {
            xml.push_str(&format!(
                "    <category term=\"{}\" label=\"{}\"/>\n",
                xml_text(term),
                xml_text(label)
            ));
        }
        xml.push_str(&format!(
            "    <summary type=\"text\">{}</summary>\n",
            xml_text(&e.summary)
        ));
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::content;
    use atlas_shared::registry::Registry;
    use atlas_shared::{Authority, Tier};

    #[test]
    fn a_feed_holds_the_newest_fifty_entries_and_catches_up() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let council = |code: &str, name: &str| Authority {
            region: None,
            leaving_care: None,
            code: code.into(),
            name: name.into(),
            tier: Tier::Unitary,
            parent: None,
            partnerships: vec![],
            website: None,
            offer_url: None,
            offer_reviewed: None,
            predecessors: vec![],
            successors: vec![],
            replaced_on: None,
        };
        store
            .load(
                &Registry {
                    authorities: vec![
                        council("E06000054", "Wiltshire"),
                        council("E08000030", "Walsall"),
                    ],
                    ..Registry::default()
                },
                "test",
            )
            .unwrap();
        let reference = crate::snapshot::Snapshot::default().get(&store).unwrap();
        let mut log = FeedLog::default();
        let en = Locale::default();
        let subject = Subject::Authority("E06000054".into());
        log.catch_up(&store).unwrap();
        let empty = build(&store, &reference, &log, &subject, &en)
            .unwrap()
            .unwrap();
        assert!(empty.entries.is_empty());

        let mut ids = Vec::new();
        for n in 0..30 {
            let offer = store
                .create_offer("E06000054", content(&format!("offer {n}")), "t")
                .unwrap();
            store
                .create_offer("E08000030", content("elsewhere"), "t")
                .unwrap();
            ids.push(offer.id);
        }
        for (n, id) in ids.iter().enumerate().take(25) {
            store
                .update_offer(id, 1, content(&format!("offer {n} renamed")), "t")
                .unwrap();
        }
        log.catch_up(&store).unwrap();
        let feed = build(&store, &reference, &log, &subject, &en)
            .unwrap()
            .unwrap();
        assert_eq!(feed.entries.len(), MAX_ENTRIES);
        // Newest first: the last rename leads, and Walsall's offers are not here.
        assert_eq!(
            feed.entries[0].title,
            "Wiltshire: \u{201c}offer 24 renamed\u{201d} changed"
        );
        assert!(feed.entries.iter().all(|e| e.author == "Wiltshire"));
        assert_eq!(feed.updated, feed.entries[0].updated);
        let again = build(&store, &reference, &log, &subject, &en)
            .unwrap()
            .unwrap();
        assert_eq!(again, feed, "the same log gives the same feed");
        assert!(build(
            &store,
            &reference,
            &log,
            &Subject::Authority("E99999999".into()),
            &en
        )
        .unwrap()
        .is_none());
    }

    #[test]
    fn text_is_escaped_and_characters_xml_cannot_hold_are_dropped() {
        assert_eq!(
            xml_text("<b>&\"'\u{1}\u{8}x\ty\u{FFFF}"),
            "&lt;b&gt;&amp;&quot;&apos;x\ty"
        );
    }

    #[test]
    fn a_feed_is_well_formed_atom_with_absolute_links_when_given_a_base() {
        let at = DateTime::parse_from_rfc3339("2026-05-01T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let feed = Feed {
            id: uuid_for("feed", "/feeds/pledges.atom"),
            lang: "en",
            title: "A & B <c>".into(),
            subtitle: "s".into(),
            path: "/feeds/pledges.atom".into(),
            self_link: "/feeds/pledges.atom".into(),
            html: None,
            updated: at,
            entries: vec![Entry {
                id: uuid_for("feed_entry", "x"),
                title: "t \u{2013} \"q\"".into(),
                summary: "line\u{0}".into(),
                updated: at,
                author: "Org".into(),
                link: "/offers/x".into(),
                link_type: "text/html",
                category: Some(("wifi".into(), "Wi-fi".into())),
            }],
        };
        let xml = atom(&feed, "https://mirror.example.org/atlas/");
        assert!(xml.contains("<title type=\"text\">A &amp; B &lt;c&gt;</title>"));
        assert!(xml.contains("href=\"https://mirror.example.org/atlas/offers/x\""));
        assert!(xml.contains("<updated>2026-05-01T10:00:00Z</updated>"));
        assert!(!xml.contains('\u{0}'));
    }
}
