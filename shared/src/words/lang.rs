//! The languages the interface is written in, and how a reader's language is chosen: a
//! `lang` query parameter first, then the browser's `Accept-Language`, then English.

use serde::{Deserialize, Serialize};

/// A language of the interface. Council and pledge texts stay in the words they were
/// published in (English); only the interface is translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    English,
    Arabic,
    /// Dari, the Persian of Afghanistan.
    Dari,
    Pashto,
    /// English with every letter changed and padded, so a test can see at once any
    /// interface text that did not come from the catalogue. Never in the menu.
    Pseudo,
}

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

impl Lang {
    /// The languages a reader can choose, in the order the menu shows them.
    pub const MENU: [Lang; 4] = [Lang::English, Lang::Arabic, Lang::Dari, Lang::Pashto];
    /// Every language with a catalogue, the pseudo-locale included.
    pub const ALL: [Lang; 5] = [
        Lang::English,
        Lang::Arabic,
        Lang::Dari,
        Lang::Pashto,
        Lang::Pseudo,
    ];

    /// The BCP 47 tag: the `lang` attribute, the `lang` parameter, the catalogue's file.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Arabic => "ar",
            Lang::Dari => "fa-AF",
            Lang::Pashto => "ps",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Arabic => "العربية",
            Lang::Dari => "دری",
            Lang::Pashto => "پښتو",
            Lang::Pseudo => "Ƥşḗŭḓǿ",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Lang::Arabic | Lang::Dari | Lang::Pashto => Direction::RightToLeft,
            Lang::English | Lang::Pseudo => Direction::LeftToRight,
        }
    }

    /// The language a tag names, ignoring case and any region or script the catalogue does
    /// not distinguish (`ar-EG` is Arabic). Persian without a region is read as Dari, the
    /// nearest catalogue held.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        if tag == "en-xa" {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split('-').next().unwrap_or("");
        match primary {
            "en" => Some(Lang::English),
            "ar" => Some(Lang::Arabic),
            "fa" | "prs" => Some(Lang::Dari),
            "ps" | "pus" | "pbu" | "pbt" => Some(Lang::Pashto),
            _ => None,
        }
    }

    /// The reader's language: the `lang` parameter if it names one held, otherwise the
    /// first held language of the `Accept-Language` header by its weights, otherwise
    /// English. The pseudo-locale is only ever chosen by the parameter.
    pub fn choose(param: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = param.and_then(Lang::from_tag) {
            return lang;
        }
        let Some(header) = accept_language else {
            return Lang::English;
        };
        let mut best: Option<(u16, usize, Lang)> = None;
        for (position, range) in header.split(',').take(32).enumerate() {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(quality))
                .unwrap_or(1000);
            let Some(lang) = Lang::from_tag(tag).filter(|l| *l != Lang::Pseudo) else {
                continue;
            };
            if weight == 0 {
                continue;
            }
            // Higher weight wins; between equal weights, the one listed first.
            let better = match best {
                None => true,
                Some((w, p, _)) => weight > w || (weight == w && position < p),
            };
            if better {
                best = Some((weight, position, lang));
            }
        }
        best.map(|(_, _, l)| l).unwrap_or(Lang::English)
    }
}

/// A `q=` weight in thousandths (`0.8` → 800); anything unreadable counts as 0.
fn quality(q: &str) -> u16 {
    let q = q.trim();
    let (whole, fraction) = q.split_once('.').unwrap_or((q, ""));
    let whole: u16 = match whole {
        "1" => 1000,
        "0" | "" => 0,
        _ => return 0,
    };
    let mut thousandths = 0u16;
    for (i, c) in fraction.chars().take(3).enumerate() {
        let Some(d) = c.to_digit(10) else { return 0 };
        thousandths += d as u16 * [100, 10, 1][i];
    }
    (whole + thousandths).min(1000)
}

/// `url` with its `lang` parameter set to `lang`'s tag, or taken away for `None`. The
/// choice travels in links because the public pages set no cookie.
pub fn with_lang(url: &str, lang: Option<Lang>) -> String {
    let (path, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (url, None),
    };
    let (base, query) = match path.split_once('?') {
        Some((b, q)) => (b, q),
        None => (path, ""),
    };
    let mut pairs: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang=") && *p != "lang")
        .collect();
    let param;
    if let Some(lang) = lang {
        param = format!("lang={}", lang.tag());
        pairs.push(&param);
    }
    let mut out = base.to_string();
    if !pairs.is_empty() {
        out.push('?');
        out.push_str(&pairs.join("&"));
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parameter_wins_over_the_browser() {
        assert_eq!(Lang::choose(Some("ar"), Some("ps, en;q=0.5")), Lang::Arabic);
    }

    #[test]
    fn an_unknown_parameter_falls_back_to_the_browser_then_english() {
        assert_eq!(Lang::choose(Some("xx"), Some("ps")), Lang::Pashto);
        assert_eq!(Lang::choose(Some("xx"), None), Lang::English);
        assert_eq!(Lang::choose(None, Some("de, fr;q=0.9")), Lang::English);
    }

    #[test]
    fn the_browser_language_with_the_highest_weight_is_chosen() {
        assert_eq!(
            Lang::choose(None, Some("en;q=0.4, fa-AF;q=0.9, ar;q=0.8")),
            Lang::Dari
        );
        assert_eq!(Lang::choose(None, Some("ar-SA, en")), Lang::Arabic);
        assert_eq!(Lang::choose(None, Some("ps;q=0, en;q=0.1")), Lang::English);
    }

    #[test]
    fn the_pseudo_locale_is_never_chosen_by_a_browser() {
        assert_eq!(Lang::choose(None, Some("en-XA")), Lang::English);
        assert_eq!(Lang::choose(Some("en-XA"), None), Lang::Pseudo);
    }

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang), "{lang:?}");
        }
    }

    #[test]
    fn arabic_dari_and_pashto_are_written_right_to_left() {
        for lang in Lang::MENU {
            let rtl = matches!(lang, Lang::Arabic | Lang::Dari | Lang::Pashto);
            assert_eq!(lang.direction() == Direction::RightToLeft, rtl, "{lang:?}");
        }
    }

    #[test]
    fn a_link_names_the_language_once_or_not_at_all() {
        let ar = Some(Lang::Arabic);
        assert_eq!(
            with_lang("/compare?from=E1&to=E2", ar),
            "/compare?from=E1&to=E2&lang=ar"
        );
        assert_eq!(
            with_lang("/map#key", Some(Lang::Dari)),
            "/map?lang=fa-AF#key"
        );
        assert_eq!(with_lang("/search?lang=ps&q=x", ar), "/search?q=x&lang=ar");
        assert_eq!(
            with_lang("/search?lang=ps&q=x", Some(Lang::English)),
            "/search?q=x&lang=en"
        );
        assert_eq!(with_lang("/search?lang=ps&q=x", None), "/search?q=x");
        assert_eq!(with_lang("/", None), "/");
    }
}
