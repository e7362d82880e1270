//! The docs name only what exists. Every page under `docs/` (the short README among
//! them), `README.md` and `CHANGELOG.md` are read, and in its code spans and code blocks:
//!
//! 1. every `offer-atlas SUBCOMMAND … --flag` names a subcommand the real binary has, and
//!    a flag its `SUBCOMMAND --help` lists (nested: `token create --help`); a code span
//!    that is a flag alone (`--trusted-proxy`) and every `OFFER_ATLAS_…` variable must be
//!    in some subcommand's help;
//! 2. every `/api/v1/…` path is a path of the OpenAPI document
//!    (`server/openapi-paths.json`; a concrete id such as `/api/v1/authorities/E08000030`
//!    is an instance of `/api/v1/authorities/{code}`), and every other path of the site
//!    (`/compare`, `/editor/…`, `/board/…`) is answered by a running server with
//!    something other than 404 (placeholders such as `{id}` are filled with records of
//!    the seed registry first). Addresses on other hosts are examples, not ours, and
//!    file-system paths (`/etc/…`, `/var/lib/…`) are not the site's;
//! 3. every relative link between the docs (and to images and files in the repository)
//!    resolves to a file, and a `#section` to a heading of that file.
//!
//! One server is started for the whole test.

mod support;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use support::{TestServer, BIN};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("repository root")
}

/// The files read: every `docs/*.md`, `README.md` and `CHANGELOG.md`.
fn doc_files() -> Vec<PathBuf> {
    let root = root();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files.push(root.join("README.md"));
    files.push(root.join("CHANGELOG.md"));
    files
}

/// A piece of code in a doc: a code span, or one command of a code block (lines ending
/// in `\` joined).
struct Fragment {
    file: String,
    line: usize,
    text: String,
    /// A code span (not a block line).
    span: bool,
}

/// A Markdown link outside code.
struct Link {
    file: PathBuf,
    line: usize,
    target: String,
}

fn read_doc(path: &Path, fragments: &mut Vec<Fragment>, links: &mut Vec<Link>) {
    let text = std::fs::read_to_string(path).expect("read doc");
    let name = path
        .strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string();
    let mut in_block = false;
    let mut pending: Option<(usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if in_block {
            let (start, mut joined) = pending.take().unwrap_or((number, String::new()));
            joined.push_str(line.trim_end_matches('\\'));
            joined.push(' ');
            if line.trim_end().ends_with('\\') {
                pending = Some((start, joined));
            } else {
                fragments.push(Fragment {
                    file: name.clone(),
                    line: start,
                    text: joined,
                    span: false,
                });
            }
            continue;
        }
        // Code spans, and links in the text between them.
        let mut rest = line;
        let mut outside = String::new();
        while let Some(open) = rest.find('`') {
            outside.push_str(&rest[..open]);
            let ticks = rest[open..].chars().take_while(|c| *c == '`').count();
            let after = &rest[open + ticks..];
            let fence = "`".repeat(ticks);
            match after.find(&fence) {
                Some(close) => {
                    fragments.push(Fragment {
                        file: name.clone(),
                        line: number,
                        text: after[..close].to_string(),
                        span: true,
                    });
                    rest = &after[close + ticks..];
                }
                None => {
                    rest = after;
                    break;
                }
            }
        }
        outside.push_str(rest);
        let mut text = outside.as_str();
        while let Some(at) = text.find("](") {
            let after = &text[at + 2..];
            let Some(close) = after.find(')') else { break };
            links.push(Link {
                file: path.to_path_buf(),
                line: number,
                target: after[..close].trim().to_string(),
            });
            text = &after[close + 1..];
        }
    }
}

/// What the binary's help says: its subcommands (nested) and each one's flags.
struct Cli {
    /// `["token", "create"]` → the flags of `offer-atlas token create --help`.
    flags: HashMap<Vec<String>, BTreeSet<String>>,
    /// `[]` → top-level subcommands, `["token"]` → token's.
    subcommands: HashMap<Vec<String>, BTreeSet<String>>,
    /// Every environment variable any help names.
    env: BTreeSet<String>,
}

fn help(args: &[String]) -> String {
    let output = Command::new(BIN)
        .args(args)
        .arg("--help")
        .output()
        .expect("run offer-atlas --help");
    assert!(
        output.status.success(),
        "offer-atlas {args:?} --help failed"
    );
    String::from_utf8(output.stdout).expect("utf-8 help")
}

/// The word after each `marker` in `text` (`--` → `addr`, `data`, …).
fn words_after(text: &str, marker: &str) -> Vec<String> {
    text.match_indices(marker)
        .map(|(at, _)| {
            text[at + marker.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .collect()
}

impl Cli {
    fn read() -> Cli {
        let mut cli = Cli {
            flags: HashMap::new(),
            subcommands: HashMap::new(),
            env: BTreeSet::new(),
        };
        let mut todo: Vec<Vec<String>> = vec![vec![]];
        while let Some(command) = todo.pop() {
            let text = help(&command);
            let flags: BTreeSet<String> = words_after(&text, "--")
                .into_iter()
                .filter(|w| !w.is_empty())
                .map(|w| format!("--{w}"))
                .collect();
            cli.env.extend(
                words_after(&text, "[env: ")
                    .into_iter()
                    .chain(
                        words_after(&text, "OFFER_ATLAS_")
                            .into_iter()
                            .map(|w| format!("OFFER_ATLAS_{w}")),
                    )
                    .filter(|w| w.starts_with("OFFER_ATLAS_") && w.len() > 12),
            );
            let mut subcommands = BTreeSet::new();
            if let Some(list) = text.split("Commands:\n").nth(1) {
                for line in list.lines().take_while(|l| l.starts_with("  ")) {
                    let name = line.split_whitespace().next().unwrap_or("").to_string();
                    if name != "help" && !name.is_empty() {
                        let mut sub = command.clone();
                        sub.push(name.clone());
                        todo.push(sub);
                        subcommands.insert(name);
                    }
                }
            }
            cli.flags.insert(command.clone(), flags);
            cli.subcommands.insert(command, subcommands);
        }
        cli
    }

    fn all_flags(&self) -> BTreeSet<&String> {
        self.flags.values().flatten().collect()
    }
}

/// A flag as written in a doc (`[--data`, `--trusted-proxy=10.0.0.0/8`, `--out]`) as the
/// help writes it.
fn flag_of(token: &str) -> Option<String> {
    let token = token.trim_start_matches(['[', '(', '|']);
    let name: String = token
        .strip_prefix("--")?
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let name = name.trim_end_matches('-');
    (!name.is_empty()).then(|| format!("--{name}"))
}

/// The problems with the `offer-atlas` commands a fragment names.
fn check_commands(cli: &Cli, fragment: &Fragment, problems: &mut Vec<String>) {
    let where_ = format!("{}:{}", fragment.file, fragment.line);
    let text = &fragment.text;
    let starts: Vec<usize> = text
        .match_indices("offer-atlas")
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = text[..at].chars().last();
            let after = text[at + "offer-atlas".len()..].chars().next();
            matches!(before, None | Some(' ' | '/' | '(' | '$'))
                && matches!(after, Some(' ' | '\t'))
        })
        .collect();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        let tokens: Vec<&str> = text[start + "offer-atlas".len()..end]
            .split_whitespace()
            .collect();
        let Some(first) = tokens.first() else {
            continue;
        };
        if !first.chars().all(|c| c.is_ascii_lowercase() || c == '-') || first.starts_with('-') {
            continue; // not an invocation (`offer-atlas --help`, or prose)
        }
        let mut command: Vec<String> = Vec::new();
        let mut i = 0;
        while let Some(word) = tokens.get(i) {
            let known = &cli.subcommands[&command];
            if known.is_empty() {
                break;
            }
            if known.contains(*word) {
                command.push(word.to_string());
                i += 1;
            } else if command.is_empty() {
                problems.push(format!(
                    "{where_}: `offer-atlas {word}` is no subcommand (it has: {known:?})"
                ));
                break;
            } else {
                break; // `offer-atlas token` alone, or an argument
            }
        }
        if command.is_empty() {
            continue;
        }
        let flags = &cli.flags[&command];
        let mut tokens = tokens[i..].iter().peekable();
        while let Some(token) = tokens.next() {
            // The command ends at a comment, a redirection or the next command; `|` between
            // flags means "or" (`--role moderator | --role admin`), elsewhere a pipe.
            if token.starts_with('#') || ["&&", ";", ">", "2>"].contains(token) {
                break;
            }
            if *token == "|" && tokens.peek().is_none_or(|t| flag_of(t).is_none()) {
                break;
            }
            if let Some(flag) = flag_of(token) {
                if !flags.contains(&flag) {
                    problems.push(format!(
                        "{where_}: `offer-atlas {} {flag}`: `{} --help` has no {flag}",
                        command.join(" "),
                        command.join(" ")
                    ));
                }
            }
        }
    }
    // A code span that is a flag alone names a flag some subcommand has.
    if fragment.span && fragment.text.starts_with("--") {
        if let Some(flag) = flag_of(fragment.text.split_whitespace().next().unwrap_or("")) {
            if !cli.all_flags().contains(&flag) && !OTHER_TOOLS_FLAGS.contains(&flag.as_str()) {
                problems.push(format!("{where_}: no subcommand has the flag `{flag}`"));
            }
        }
    }
    // Every OFFER_ATLAS_ variable named is one the help lists.
    for (at, _) in text.match_indices("OFFER_ATLAS_") {
        let name: String = text[at..]
            .chars()
            .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
            .collect();
        // `OFFER_ATLAS_SMTP_…` names a family: some variable must begin so.
        let known = if name.ends_with('_') {
            cli.env.iter().any(|v| v.starts_with(&name))
        } else {
            cli.env.contains(&name)
        };
        if name.len() > "OFFER_ATLAS_".len() && !known {
            problems.push(format!("{where_}: no subcommand reads `{name}`"));
        }
    }
}

/// Flags of other tools that the measurement notes name alone in a code span.
// Flags of the tools that build the widget (rustc, wasm-bindgen, wasm-opt, terser), which
// docs/benchmarks.md names where it says how the widget was measured.
const OTHER_TOOLS_FLAGS: &[&str] = &[
    "--remap-path-prefix",
    "--remove-name-section",
    "--merge-similar-functions",
    "--module",
];

/// Hosts whose addresses are this server's in the docs' examples.
const OUR_HOSTS: &[&str] = &["ATLAS-HOST", "127.0.0.1:8080", "atlas.region.example"];
/// First segments of file-system paths, not the site's.
const FILE_SYSTEM: &[&str] = &[
    "etc", "usr", "var", "proc", "tmp", "home", "dev", "opt", "srv", "run", "bin", "lib",
];

/// The site paths a fragment names, query strings cut off, optional `[/{id}]` parts
/// expanded into both forms.
fn paths_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut skip_until = 0;
    for (n, &(at, c)) in chars.iter().enumerate() {
        if at < skip_until {
            continue;
        }
        if text[at..].starts_with("http://") || text[at..].starts_with("https://") {
            let after = &text[at + text[at..].find("//").unwrap() + 2..];
            let host: String = after
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '/' && *c != '`' && *c != '"')
                .collect();
            let host_end = at + text[at..].find("//").unwrap() + 2 + host.len();
            if OUR_HOSTS.contains(&host.as_str()) {
                skip_until = host_end; // the path after it is read next
            } else {
                // An example on another host: skip the whole address.
                skip_until = host_end
                    + text[host_end..]
                        .find(|c: char| c.is_whitespace() || c == '"' || c == '`' || c == '>')
                        .unwrap_or(text.len() - host_end);
            }
            continue;
        }
        if c != '/' {
            continue;
        }
        let before = if n == 0 { None } else { Some(chars[n - 1].1) };
        let after_host = at == skip_until && at > 0;
        if !(after_host
            || matches!(
                before,
                None | Some(' ' | '(' | '"' | '\'' | '=' | '\t' | ',')
            ))
        {
            continue;
        }
        let path: String = text[at..]
            .chars()
            .take_while(|c| {
                c.is_ascii_alphanumeric() || "/_.-{}*…[]".contains(*c) || *c == '\u{2026}'
            })
            .collect();
        let path = path.trim_end_matches(['.', ',', ':', ';']).to_string();
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
        let starts_well = path[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '{');
        if !starts_well || FILE_SYSTEM.contains(&first) {
            continue;
        }
        // `/oruk/organizations[/{id}]`: both the list and the one.
        match (path.find('['), path.find(']')) {
            (Some(open), Some(close)) if open < close => {
                found.push(format!("{}{}", &path[..open], &path[close + 1..]));
                found.push(format!(
                    "{}{}{}",
                    &path[..open],
                    &path[open + 1..close],
                    &path[close + 1..]
                ));
            }
            _ => found.push(path.replace(['[', ']'], "")),
        }
    }
    found
}

/// Whether a template segment (`{code}.atom`, `offers.csv`, `{id}`) matches a segment
/// of a path as the docs write it.
fn segment_matches(template: &str, segment: &str) -> bool {
    match (template.find('{'), template.find('}')) {
        (Some(open), Some(close)) if open < close => {
            let (prefix, suffix) = (&template[..open], &template[close + 1..]);
            segment.len() > prefix.len() + suffix.len()
                && segment.starts_with(prefix)
                && segment.ends_with(suffix)
        }
        _ => template == segment,
    }
}

/// Whether `path` is an instance of a documented path; a path cut at `…` only needs to
/// begin one.
fn documented(templates: &[String], path: &str) -> bool {
    if let Some(cut) = path.find('…') {
        let prefix = &path[..cut];
        let prefix = &prefix[..prefix.rfind('/').map_or(0, |i| i + 1)];
        return templates.iter().any(|t| t.starts_with(prefix));
    }
    // A family named by its prefix: "under `/api/v1`".
    let family = format!("{}/", path.trim_end_matches('/'));
    if templates.iter().any(|t| t.starts_with(&family)) {
        return true;
    }
    let segments: Vec<&str> = path.split('/').collect();
    templates.iter().any(|t| {
        let parts: Vec<&str> = t.split('/').collect();
        parts.len() == segments.len()
            && parts
                .iter()
                .zip(&segments)
                .all(|(p, s)| segment_matches(p, s))
    })
}

/// Whether `base` + `shorthand` is a documented path whose last segments are the
/// shorthand's as written: a placeholder only where the shorthand has one, so
/// `/no-such-page` beside `/api/v1/authorities` is not taken for `{code}`.
fn shorthand_of(templates: &[String], base: &str, shorthand: &str) -> bool {
    let full = format!("{base}{shorthand}");
    let own: Vec<&str> = shorthand.trim_start_matches('/').split('/').collect();
    templates.iter().any(|t| {
        let parts: Vec<&str> = t.split('/').collect();
        documented(std::slice::from_ref(t), &full)
            && parts.len() >= own.len()
            && parts[parts.len() - own.len()..]
                .iter()
                .zip(&own)
                .all(|(p, s)| p == s || (p.contains('{') && s.contains('{')))
    })
}

/// A path with its placeholders filled by records of the seed registry, to ask a server.
fn concrete(path: &str) -> String {
    let mut previous = "";
    let mut out = Vec::new();
    for segment in path.split('/') {
        let filled = match segment {
            "{code}" | "CODE" | "YOUR-CODE" => "E06000054".to_string(),
            "{id}" | "ID" => match previous {
                "offers" => "wiltshire-personal-adviser".to_string(),
                "new-token" => "no-such-link".to_string(),
                _ => "greater-manchester".to_string(),
            },
            "{secret}" => "no-such-link".to_string(),
            "{slug}" | "{topic}" => "council-tax".to_string(),
            "{file*}" | "…" => "offer-atlas.js".to_string(),
            other => other.to_string(),
        };
        previous = segment;
        out.push(filled);
    }
    out.join("/")
}

fn check_links(links: &[Link], problems: &mut Vec<String>) {
    for link in links {
        let target = link.target.split_whitespace().next().unwrap_or("");
        if target.is_empty()
            || target.starts_with("http://")
            || target.starts_with("https://")
            || target.starts_with("mailto:")
        {
            continue;
        }
        let where_ = format!(
            "{}:{}",
            link.file
                .strip_prefix(root())
                .unwrap_or(&link.file)
                .display(),
            link.line
        );
        let (file, anchor) = match target.split_once('#') {
            Some((file, anchor)) => (file, Some(anchor)),
            None => (target, None),
        };
        let folder = link.file.parent().expect("a folder").to_path_buf();
        let path = if file.is_empty() {
            link.file.clone()
        } else {
            folder.join(file)
        };
        if !path.exists() {
            problems.push(format!("{where_}: the link `{target}` leads to no file"));
            continue;
        }
        if let Some(anchor) = anchor {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let slugs = heading_slugs(&text);
            if !slugs.contains(anchor) {
                problems.push(format!(
                    "{where_}: `{target}`: {} has no heading `#{anchor}`",
                    path.display()
                ));
            }
        }
    }
}

/// GitHub's anchors for a Markdown file's headings.
fn heading_slugs(text: &str) -> BTreeSet<String> {
    let mut slugs = BTreeSet::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
        }
        if in_block || !line.starts_with('#') {
            continue;
        }
        let title = line.trim_start_matches('#').trim();
        let slug: String = title
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let mut candidate = slug.clone();
        let mut n = 0;
        while slugs.contains(&candidate) {
            n += 1;
            candidate = format!("{slug}-{n}");
        }
        slugs.insert(candidate);
    }
    slugs
}

#[test]
fn the_docs_name_only_commands_flags_routes_pages_and_files_that_exist() {
    let mut fragments = Vec::new();
    let mut links = Vec::new();
    for file in doc_files() {
        read_doc(&file, &mut fragments, &mut links);
    }
    assert!(
        fragments.len() > 100,
        "the docs were read ({} fragments)",
        fragments.len()
    );
    let mut problems = Vec::new();

    // 1. Commands and flags, against the real binary's help.
    let cli = Cli::read();
    assert!(cli.subcommands[&vec![]].contains("serve"), "help was read");
    for fragment in &fragments {
        check_commands(&cli, fragment, &mut problems);
    }

    // 2. Paths: the API's against its document, the site's against a running server.
    let document: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("server/openapi-paths.json")).expect("read"),
    )
    .expect("the API document");
    let templates: Vec<String> = document["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .cloned()
        .collect();
    // `--bench-routes`: docs/benchmarks.md measures against /bench/static.
    let server = TestServer::start_in_with(support::temp_dir(), &["--bench-routes"]);
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let mut asked: HashMap<String, u16> = HashMap::new();
    let mut checked = 0;
    for (n, fragment) in fragments.iter().enumerate() {
        let where_ = format!("{}:{}", fragment.file, fragment.line);
        for path in paths_in(&fragment.text) {
            checked += 1;
            if documented(&templates, &path) {
                continue;
            }
            let mut found = false;
            if !path.starts_with("/api/") && !path.contains('…') {
                let url = concrete(&path);
                let status = *asked.entry(url.clone()).or_insert_with(|| {
                    client
                        .get(server.url(&url))
                        .send()
                        .map(|r| r.status().as_u16())
                        .unwrap_or(0)
                });
                found = status != 404 && status != 0 && status < 500;
            }
            // A table row's shorthand: `/partnerships/{id}` beside `/api/v1/partnerships`,
            // `/reject` beside `/api/v1/pledges/{id}/publish`.
            if !found {
                let same_line = fragments
                    .iter()
                    .take(n)
                    .filter(|f| f.file == fragment.file && f.line == fragment.line)
                    .flat_map(|f| paths_in(&f.text))
                    .filter(|p| p.starts_with("/api/v1/"));
                'lines: for full in same_line {
                    let mut base = full.as_str();
                    while let Some(cut) = base.rfind('/') {
                        base = &base[..cut];
                        if base.len() < "/api/v1".len() {
                            break;
                        }
                        if shorthand_of(&templates, base, &path) {
                            found = true;
                            break 'lines;
                        }
                    }
                }
            }
            if !found {
                problems.push(if path.starts_with("/api/") {
                    format!("{where_}: `{path}` is not in server/openapi-paths.json")
                } else {
                    format!(
                        "{where_}: `{path}` is not served (GET {} → {:?})",
                        concrete(&path),
                        asked.get(&concrete(&path))
                    )
                });
            }
        }
    }
    assert!(checked > 50, "paths were found ({checked})");

    // 3. Links between the docs.
    check_links(&links, &mut problems);

    assert!(
        problems.is_empty(),
        "the docs name what does not exist:\n{}",
        problems.join("\n")
    );
}

/// The operators' page keeps up with the binary: it names every flag `serve --help` lists
/// and every metric `server/src/metrics.rs` defines, so a new one cannot go undocumented.
#[test]
fn the_operators_page_names_every_serve_flag_and_every_metric() {
    let page = std::fs::read_to_string(root().join("docs/operators.md")).expect("operators.md");
    let cli = Cli::read();
    let mut missing: Vec<String> = cli.flags[&vec!["serve".to_string()]]
        .iter()
        .filter(|f| !["--help", "--version"].contains(&f.as_str()))
        .filter(|f| !page.contains(&format!("`{f}`")))
        .cloned()
        .collect();
    let metrics = std::fs::read_to_string(root().join("server/src/metrics.rs")).expect("metrics");
    let names: BTreeSet<String> = words_after(&metrics, "\"offer_atlas_")
        .into_iter()
        .map(|w| format!("offer_atlas_{w}"))
        .collect();
    assert!(names.len() >= 6, "metrics were read: {names:?}");
    missing.extend(
        names
            .into_iter()
            .filter(|m| !page.contains(&format!("`{m}`"))),
    );
    assert!(
        missing.is_empty(),
        "docs/operators.md does not name: {missing:?}"
    );
}
