//! Loading articles: every `.txt` / `.md` file under the corpus path becomes
//! an [`Article`] of sections, paragraphs and table rows ([`Passage`]s).
//!
//! A line is a paragraph, as in the sample article; a hard-wrapped text
//! (Markdown paragraphs over several lines) is recognised and joined first.
//!
//! Articles arrive as published, with page furniture around the text ("You
//! might also like", comment widgets, share buttons). Furniture is dropped by
//! general rules, recorded with the reason in [`Article::skipped`] so
//! `citebot check` can show what was left out and why:
//! - a line with no sentence in it (no run of five or more words ending in
//!   `.`, `!` or `?`) that is neither a heading nor a table line;
//! - a short line that is a call to action ("Log in to comment", "Join
//!   today", "Drop your email");
//! - a question-style heading with no text under it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::flags::{Flag, Flagger};
use crate::text;

/// Everything loaded from the corpus path.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// Where it was loaded from (file or directory).
    pub path: PathBuf,
    pub articles: Vec<Article>,
    /// All passages of all articles, in reading order.
    pub passages: Vec<Passage>,
}

/// One article file.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// The file stem, used to prefix ids when the corpus holds several articles.
    pub stem: String,
    pub path: PathBuf,
    /// The article's title: from its front matter, its `#` title or its
    /// headline, else made from the file name.
    pub title: String,
    pub source: Option<String>,
    pub published: Option<String>,
    /// Section headings that have text under them, in order.
    pub sections: Vec<String>,
    pub paragraphs: usize,
    pub tables: usize,
    pub table_rows: usize,
    /// Lines dropped as page furniture, with why.
    pub skipped: Vec<Skipped>,
}

/// A line the loader dropped.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// 1-based line number in the file.
    pub line: usize,
    pub text: String,
    pub reason: String,
}

/// What a passage is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum PassageKind {
    /// The n-th paragraph of its article (1-based).
    Paragraph { number: usize },
    /// A table row, with its cells under the header's column names.
    TableRow {
        table: usize,
        row: usize,
        cells: Vec<(String, String)>,
    },
}

/// The unit of search and citation: a paragraph or a table row.
#[derive(Debug, Clone, Serialize)]
pub struct Passage {
    /// Short, stable, typeable id: `7`, `T1.3`, or `azure-china-ai:7` when the
    /// corpus holds several articles.
    pub id: String,
    /// Index of the article in [`Corpus::articles`].
    #[serde(skip)]
    pub article_index: usize,
    /// The article's file stem.
    pub article: String,
    pub section: String,
    pub text: String,
    pub kind: PassageKind,
    /// Sentences the article marks as unclear or unconfirmed.
    pub flags: Vec<Flag>,
    /// What the passage is about without saying it, searched with its
    /// heading but not shown: the article's title for a fact box
    /// ("Founded: 1998" is about the article's company), the first
    /// column's name for a table row ("Site" for "Bremen — Plan: Keep").
    #[serde(skip)]
    pub context: String,
}

impl Passage {
    /// The id without the article prefix (`7`, `T1.3`).
    pub fn local_id(&self) -> String {
        match &self.kind {
            PassageKind::Paragraph { number } => number.to_string(),
            PassageKind::TableRow { table, row, .. } => format!("T{table}.{row}"),
        }
    }
}

impl Corpus {
    /// Loads every `.txt` / `.md` file at `path` (a file, or a directory
    /// searched recursively, in name order) and flags its sentences.
    pub fn load(path: &Path, flagger: &Flagger) -> Result<Corpus> {
        let files = article_files(path)?;
        let mut articles = Vec::new();
        let mut per_article = Vec::new();
        for file in &files {
            let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
            let text = String::from_utf8(bytes).map_err(|e| Error::Utf8 {
                path: file.clone(),
                offset: e.utf8_error().valid_up_to(),
            })?;
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "article".to_string());
            let (article, passages) = parse_article(file, &stem, &text, flagger)?;
            articles.push(article);
            per_article.push(passages);
        }
        Ok(Corpus::from_parts(path, articles, per_article))
    }

    /// Loads one article from a string (for tests and examples).
    pub fn from_text(name: &str, text: &str, flagger: &Flagger) -> Result<Corpus> {
        let path = PathBuf::from(format!("{name}.txt"));
        let (article, passages) = parse_article(&path, name, text, flagger)?;
        Ok(Corpus::from_parts(&path, vec![article], vec![passages]))
    }

    fn from_parts(path: &Path, articles: Vec<Article>, per_article: Vec<Vec<Passage>>) -> Corpus {
        let several = articles.len() > 1;
        let mut passages = Vec::new();
        for (index, mut list) in per_article.into_iter().enumerate() {
            for p in &mut list {
                p.article_index = index;
                if several {
                    p.id = format!("{}:{}", p.article, p.local_id());
                }
            }
            passages.extend(list);
        }
        Corpus {
            path: path.to_path_buf(),
            articles,
            passages,
        }
    }

    /// Finds a passage by id, as typed: `7`, `t1.3`, `azure-china-ai:7`, or
    /// `#7`. A bare id is accepted when it is unambiguous.
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        let id = id.trim().trim_start_matches('#').trim();
        if let Some(p) = self.passages.iter().find(|p| p.id.eq_ignore_ascii_case(id)) {
            return Some(p);
        }
        let (article, local) = match id.rsplit_once(':') {
            Some((a, l)) => (Some(a.trim()), l.trim()),
            None => (None, id),
        };
        let mut found = self.passages.iter().filter(|p| {
            p.local_id().eq_ignore_ascii_case(local)
                && article.is_none_or(|a| p.article.eq_ignore_ascii_case(a))
        });
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// The article a passage belongs to.
    pub fn article_of(&self, passage: &Passage) -> &Article {
        &self.articles[passage.article_index]
    }
}

/// The article files at `path`, sorted.
fn article_files(path: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::CorpusMissing {
            path: path.to_path_buf(),
        },
        _ => Error::io(path, e),
    })?;
    let mut files = Vec::new();
    if meta.is_file() {
        files.push(path.to_path_buf());
    } else {
        collect(path, &mut files)?;
        files.sort();
    }
    if files.is_empty() {
        return Err(Error::CorpusEmpty {
            path: path.to_path_buf(),
        });
    }
    Ok(files)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(&path, files)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "md" | "markdown")
        ) {
            files.push(path);
        }
    }
    Ok(())
}

/// Words that mark a short line as a call to action or site chrome rather
/// than article text. General web furniture, not any one article's lines.
const CALLS_TO_ACTION: &[&str] = &[
    "log in",
    "login",
    "sign in",
    "sign up",
    "subscribe",
    "newsletter",
    "your email",
    "email address",
    "password",
    "magic link",
    "join the community",
    "join today",
    "join now",
    "join us",
    "create an account",
    "create a free account",
    "comments",
    "comment below",
    "leave a comment",
    "share this",
    "share on",
    "follow us",
    "follow our live",
    "follow live",
    "live coverage",
    "read more",
    "related articles",
    "you might also like",
    "recommended for you",
    "advertisement",
    "sponsored content",
    "cookie",
    "cookies",
    "all rights reserved",
    "click here",
    "download the app",
    "terms of service",
    "privacy policy",
];

/// Lines longer than this are article text whatever words they contain.
const CALL_TO_ACTION_MAX_WORDS: usize = 30;
/// A label line up to this many words may be a heading.
const LABEL_MAX_WORDS: usize = 8;
/// A question line up to this many words is a heading.
const HEADING_MAX_WORDS: usize = 16;
/// A sentence needs at least this many words to make a line text.
const SENTENCE_MIN_WORDS: usize = 5;

#[derive(Debug, Clone, PartialEq)]
enum Line<'a> {
    Blank,
    Heading(&'a str),
    /// A short question; a heading only if text follows it.
    Question(&'a str),
    /// A short label ("The deal", "What comes next"); a heading only if
    /// text follows it, furniture otherwise.
    Label(&'a str),
    Table(&'a str),
    Prose(&'a str),
    /// A fact box: a run of "Key: value" lines, joined into one text.
    Facts(String),
    Furniture(String),
    /// The closing credit or copyright line: it and what follows are page.
    Closing,
}

/// The call-to-action cue in a short line, if any.
fn call_to_action(t: &str) -> Option<&'static str> {
    if text::word_count(t) > CALL_TO_ACTION_MAX_WORDS {
        return None;
    }
    find_phrase(t, CALLS_TO_ACTION)
}

/// The call to action a short line of sentences opens one of them with
/// ("Sign up here.", "Comments are closed.", "Drop your email"), or makes a
/// whole short sentence of ("Get our weekly science newsletter."): the cue
/// words further into a sentence are the article's own ("A van clipped my
/// sign in 2003", "The council received 300 comments on the plan").
fn prose_call_to_action(t: &str) -> Option<&'static str> {
    const OPENING_WORDS: usize = 4;
    const SHORT_SENTENCE: usize = 6;
    if text::word_count(t) > CALL_TO_ACTION_MAX_WORDS {
        return None;
    }
    let sentences = text::sentences(t);
    let cue_of = |s: &str| {
        let words: Vec<String> = text::folded_words(s).into_iter().map(|w| w.0).collect();
        let opening = if words.len() <= SHORT_SENTENCE {
            &words[..]
        } else {
            &words[..OPENING_WORDS]
        };
        find_phrase(&opening.join(" "), CALLS_TO_ACTION)
    };
    let cue = sentences.iter().find_map(|s| cue_of(s))?;
    // A live entry's news before its sign-off ("…45,000 people came.
    // Street cleaners will start at 5am. That's all from our live
    // coverage.") is article text: two full sentences of it keep the line.
    let news = sentences
        .iter()
        .filter(|s| {
            cue_of(s).is_none()
                && s.trim_end().ends_with(['.', '!', '?', '"', '”'])
                && text::word_count(s) >= SENTENCE_MIN_WORDS
        })
        .count();
    (news < 2).then_some(cue)
}

/// The first of `phrases` that `t` holds as whole words, any case.
fn find_phrase(t: &str, phrases: &[&'static str]) -> Option<&'static str> {
    let words: Vec<String> = text::folded_words(t).into_iter().map(|w| w.0).collect();
    let folded = format!(" {} ", words.join(" "));
    phrases
        .iter()
        .find(|p| folded.contains(&format!(" {p} ")))
        .copied()
}

/// A line that may be a plain section label: a few words starting with a
/// capital, no sentence end, and none of the marks of page chrome (digits,
/// colons, separators, bylines, calls to action).
fn is_label(t: &str) -> bool {
    let words = text::word_count(t);
    (1..=LABEL_MAX_WORDS).contains(&words)
        && t.starts_with(char::is_uppercase)
        && !t.contains(|c: char| c.is_ascii_digit() || ":|›»·/©@#→>".contains(c))
        && !t.starts_with("By ")
        && !t.ends_with(['.', '!', '?'])
        && call_to_action(t).is_none()
}

/// Labels that start a photo caption or media credit ("Photo: …").
const MEDIA_LABELS: &[&str] = &[
    "image:",
    "image caption",
    "image source",
    "image copyright",
    "media caption",
    "caption:",
    "photo:",
    "photograph:",
    "picture:",
    "caption:",
    "illustration:",
    "graphic:",
    "video:",
    "watch:",
    "listen:",
    "file photo",
    "file -",
    "file –",
    "file —",
];

/// Starts of a note about the story rather than part of it.
const EDITORS_NOTES: &[&str] = &[
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors note",
    "correction:",
    "clarification:",
    "this article was amended",
    "this article was updated",
    "this article has been amended",
    "this article has been updated",
    "this story has been updated",
    "this story was updated",
    "this is a developing story",
    "this story is developing",
];

/// Words of a line that introduces a list of links to other stories
/// ("Related coverage:", "More from Health"): the list is page, not text.
const LINK_LIST_HEADERS: &[&str] = &[
    "related",
    "read more",
    "read next",
    "more from",
    "more on",
    "more stories",
    "more coverage",
    "see also",
    "also read",
    "further reading",
    "most read",
    "most popular",
    "popular",
    "trending",
    "recommended",
    "you might also like",
    "top stories",
];

/// Starts of the credit line that closes a wire story ("Reporting by …;
/// Editing by …") or of a copyright line: what follows is the page, not the
/// article.
const CLOSING_CREDITS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "copyright",
    "©",
];

/// The text of a list item without its marker ("- ", "* ", "• ", "1. ").
fn list_item_text(t: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ ", "• ", "· ", "– "] {
        if let Some(rest) = t.strip_prefix(marker) {
            return Some(rest.trim());
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") ")) {
        return Some(t[digits + 2..].trim());
    }
    None
}

/// A photo gallery's counter before its caption: "1 of 12 | Passengers
/// wait on the deck…".
fn gallery_counter(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().take(3).collect();
    matches!(words.as_slice(), [a, "of", b] if a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok())
        && t.contains(['|', '·', '•'])
}

fn starts_with_any(t: &str, starts: &[&str]) -> bool {
    let lower = t.to_lowercase();
    starts.iter().any(|s| lower.starts_with(s))
}

/// Why a line with no sentence and no other use is furniture.
const NO_SENTENCE: &str = "no sentence in it";

/// Words a standfirst has at least: shorter lines above the text are labels
/// and kickers.
const STANDFIRST_MIN_WORDS: usize = 8;

/// Keys of "Key: value" lines that are page chrome, not facts.
const CHROME_KEYS: &[&str] = &[
    "live",
    "breaking",
    "exclusive",
    "last updated",
    "tags",
    "topics",
    "topic",
    "category",
    "categories",
    "filed under",
    "published",
    "updated",
    "posted",
    "share",
    "source",
    "photo",
    "image",
    "credit",
    "by",
    "author",
    "reporting",
    "title",
    "date",
    "read more",
    "related",
    "listen",
    "watch",
];

/// The names in a title: its words that the article writes capitalised in
/// mid-sentence ("Nordvik" in "Wind farm operator Nordvik to cut 600
/// jobs"). A fact box is about the article's subject, not about its
/// headline's news: "How many jobs is Nordvik cutting?" is not answered by
/// "Employees: 12,400".
fn names_in(title: &str, passages: &[Passage]) -> String {
    let mut names: HashSet<String> = HashSet::new();
    for p in passages {
        for (s, e) in text::words(&p.text) {
            let before = p.text[..s].trim_end();
            let mid_sentence =
                !before.is_empty() && !before.ends_with(['.', '!', '?', ':', '"', '“']);
            if mid_sentence && p.text[s..e].starts_with(char::is_uppercase) {
                names.insert(text::fold(&p.text[s..e]));
            }
        }
    }
    text::words(title)
        .map(|(s, e)| &title[s..e])
        .filter(|w| names.contains(&text::fold(w)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A fact line of a fact box: "Founded: 1998", "2025 revenue: €4.1 billion".
/// The key is one to four words; the value is no sentence.
/// A line of a possible fact box, without its list marker.
fn fact_text(line: &str) -> &str {
    let t = line.trim();
    list_item_text(t).unwrap_or(t)
}

fn is_fact(t: &str) -> bool {
    let Some((key, value)) = t.split_once(':') else {
        return false;
    };
    let (key, value) = (key.trim(), value.trim());
    (1..=4).contains(&text::word_count(key))
        // ("£1: bees": a price or a coin is a key too.)
        && key.starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '£' | '$' | '€' | '¥')
        })
        && !value.is_empty()
        && !value.starts_with("//")
        && text::word_count(value) <= 12
        && !CHROME_KEYS.contains(&key.to_lowercase().as_str())
}

/// A headline: five to twenty words starting with a capital, no full stop,
/// and none of the marks of a byline, dateline, menu or market ticker
/// (colons, separators, arrows, "By …", calls to action).
fn looks_like_headline(t: &str) -> bool {
    // "Panda deal: Hallam Zoo to receive two giant pandas" has a colon; a
    // label ("Related: …", "Photo: …") has one word before it.
    let colon_ok = t.split_once(':').is_none_or(|(before, after)| {
        text::word_count(before) >= 2 && text::word_count(after) >= 3 && !after.contains(':')
    });
    (5..=20).contains(&text::word_count(t))
        && t.starts_with(char::is_uppercase)
        && colon_ok
        && !t.contains(|c: char| "|›»·/©@#→>▲▼".contains(c))
        && !t.starts_with("By ")
        && !t.ends_with('.')
        && !looks_like_a_date(t)
        && list_item_text(t).is_none()
        && call_to_action(t).is_none()
}

/// A headline without the label a live or breaking story, or a plain-text
/// export, puts before it ("LIVE: Flash floods hit…", "Title: …").
fn headline_text(t: &str) -> &str {
    for label in [
        "LIVE:",
        "Live:",
        "BREAKING:",
        "Breaking:",
        "EXCLUSIVE:",
        "UPDATE:",
        "LIVE UPDATES:",
        "Title:",
        "Headline:",
    ] {
        if let Some(rest) = t.strip_prefix(label) {
            return rest.trim();
        }
    }
    // Wire copy's version tags: "UPDATE 2-", "REFILE-", "CORRECTED-".
    if let Some((tag, rest)) = t.split_once('-') {
        let word = tag.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
        if [
            "UPDATE",
            "REFILE",
            "CORRECTED",
            "RPT",
            "EXCLUSIVE",
            "WRAPUP",
        ]
        .contains(&word)
            && !rest.is_empty()
        {
            return rest.trim();
        }
    }
    t
}

/// True for a dateline or timestamp: a month name next to a number, or
/// "updated", and in a short line "3 hours ago" or "5 min read" (a headline
/// such as "Bike stolen 11 years ago returned to owner" is not a date).
fn looks_like_a_date(t: &str) -> bool {
    // Month names and their abbreviations.
    let month = |w: &str| text::MONTHS.contains(&w) || text::SHORT_MONTHS.contains(&w);
    let words: Vec<String> = text::folded_words(t).into_iter().map(|w| w.0).collect();
    let number = |w: &String| w.chars().all(|c| c.is_ascii_digit());
    let short = words.len() <= 6;
    words
        .iter()
        .any(|w| w == "updated" || (short && ["ago", "read"].contains(&w.as_str())))
        || words
            .windows(2)
            .any(|p| (month(&p[0]) && number(&p[1])) || (number(&p[0]) && month(&p[1])))
}

fn classify(line: &str) -> Line<'_> {
    let t = line.trim();
    if t.is_empty() {
        return Line::Blank;
    }
    let lower = t.to_lowercase();
    if starts_with_any(t.trim_start_matches(['(', '[']), MEDIA_LABELS)
        || gallery_counter(t)
        || lower.contains("(photo by")
        || lower.contains("(ap photo")
        || lower.contains("(reuters photo")
    {
        return Line::Furniture("photo caption or media credit".to_string());
    }
    if starts_with_any(t, EDITORS_NOTES) {
        return Line::Furniture("editor's note".to_string());
    }
    // "Priya Nandakumar covers local government… Contact her at
    // priya@example.com.": the writer's bio, not the story.
    if t.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    }) && text::sentences(t).len() <= 2
    {
        return Line::Furniture("contact details".to_string());
    }
    // "Associated Press writer Lena Howard contributed to this report."
    if starts_with_any(t.trim_start_matches(['(', '[']), CLOSING_CREDITS)
        || lower.ends_with("contributed to this report.")
        || lower.ends_with("contributed reporting.")
    {
        return Line::Closing;
    }
    // A list item that says something ("- Norvolt pushes production back to
    // 2029") is text even without a full stop; a short one ("- Home") is not.
    if let Some(item) = list_item_text(t) {
        if text::word_count(item) >= SENTENCE_MIN_WORDS && call_to_action(item).is_none() {
            return Line::Prose(item);
        }
        // A numbered label ("2. What comes next") is a heading if text follows.
        if t.starts_with(|c: char| c.is_ascii_digit()) && is_label(item) {
            return Line::Label(item);
        }
    }
    if let Some(rest) = t.strip_prefix('#') {
        let h = rest.trim_start_matches('#');
        if h.starts_with(' ') {
            return Line::Heading(h.trim());
        }
    }
    if t.starts_with('|') && t.matches('|').count() >= 2 {
        return Line::Table(t);
    }
    // The border of a grid table: "+-----+------+".
    if t.starts_with('+') && t.len() > 2 && t.chars().all(|c| "+-=: ".contains(c)) {
        return Line::Table(t);
    }
    // "Updated March 4, 2026, 9:12 p.m.": a timestamp, though it ends in a
    // full stop.
    if starts_with_any(t, &["updated", "published", "posted", "last updated"])
        && text::word_count(t) <= 12
        && looks_like_a_date(t)
    {
        return Line::Furniture("timestamp".to_string());
    }
    // A review's star rating ("★★★★☆") says something, in no words.
    if text::star_rating(t).is_some() {
        return Line::Prose(t);
    }
    let sentences = text::sentences(t);
    if t.ends_with('?') && sentences.len() == 1 && text::word_count(t) <= HEADING_MAX_WORDS {
        return Line::Question(t);
    }
    let has_sentence = sentences.iter().any(|s| {
        let end = s.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
        end.ends_with(['.', '!', '?']) && text::word_count(s) >= SENTENCE_MIN_WORDS
    });
    if !has_sentence {
        if is_label(t) {
            return Line::Label(t);
        }
        return Line::Furniture(NO_SENTENCE.to_string());
    }
    if let Some(cue) = prose_call_to_action(t) {
        return Line::Furniture(format!("call to action (\"{cue}\")"));
    }
    Line::Prose(t)
}

/// True for a line that starts a Markdown list item ("- ", "* ", "+ ", "1. ").
fn is_list_item(t: &str) -> bool {
    if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ") {
        return true;
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
}

/// True when the text is hard-wrapped: its paragraphs run over several
/// lines, as Markdown allows. Seen as long lines that stop mid-sentence and
/// go on in lower case on the next line; two such breaks are enough.
fn hard_wrapped(lines: &[&str]) -> bool {
    lines
        .windows(2)
        .filter(|pair| {
            let (l, n) = (pair[0].trim(), pair[1].trim());
            l.chars().count() >= 40
                && !l.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')', '|'])
                && n.starts_with(char::is_lowercase)
        })
        .nth(1)
        .is_some()
}

/// The article's lines after the front matter, each with its 0-based line
/// index. In a hard-wrapped text the lines of one paragraph (up to a blank
/// line, a heading, a table or a list item) are joined into one.
fn logical_lines(all: &[&str], skip: usize) -> Vec<(usize, String)> {
    let body = all.get(skip..).unwrap_or_default();
    let numbered = body.iter().enumerate().map(|(i, l)| (i + skip, *l));
    if !hard_wrapped(body) {
        return numbered.map(|(i, l)| (i, l.to_string())).collect();
    }
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut open = false;
    for (i, l) in numbered {
        let t = l.trim();
        let starts_block =
            t.is_empty() || t.starts_with('#') || t.starts_with('|') || is_list_item(t);
        if open && !starts_block {
            if let Some((_, last)) = out.last_mut() {
                last.push(' ');
                last.push_str(t);
                continue;
            }
        }
        out.push((i, l.to_string()));
        open = !(t.is_empty() || t.starts_with('#') || t.starts_with('|'));
    }
    out
}

/// A front-matter value as written in YAML: a double-quoted one with its
/// escapes read (`"\"The sea decides\": a captain's life"`), a
/// single-quoted one with its doubled quotes (`'It''s late'`), or plain.
fn yaml_scalar(v: &str) -> String {
    if let Some(inner) = v.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n' | 't') => out.push(' '),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        }
        return out;
    }
    if let Some(inner) = v.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    v.to_string()
}

/// A line as published, without Markdown's inline markup or HTML entities:
/// a blockquote's `>`, `**bold**` and `__bold__`, a wholly `*italic*` line,
/// `[links](url)` (their text stays), `code` backticks, and `&amp;`,
/// `&nbsp;`, `&#8217;`… decoded. Headings, list markers and
/// table rows keep their syntax, which the classifier reads.
fn plain(line: &str) -> String {
    let mut t = line.trim();
    while let Some(rest) = t.strip_prefix('>') {
        t = rest.trim_start();
    }
    let decoded = html_escape::decode_html_entities(t);
    let mut out = decoded
        .replace('\u{a0}', " ")
        .replace("**", "")
        .replace("__", "")
        .replace('`', "");
    for mark in ['*', '_'] {
        let inner = out
            .strip_prefix(mark)
            .and_then(|r| r.strip_suffix(mark))
            .filter(|r| !r.starts_with(' ') && !r.is_empty());
        if let Some(inner) = inner {
            out = inner.to_string();
        }
    }
    let out = strip_inline_emphasis(&out, '*');
    let out = strip_inline_emphasis(&out, '_');
    // [text](url) -> text
    let mut linked = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            after[close + 2..]
                .find(')')
                .map(|end| (close, close + 2 + end))
        });
        match link {
            Some((close, end)) if !after[..close].contains(['[', ']']) => {
                linked.push_str(&rest[..open]);
                linked.push_str(&after[..close]);
                rest = &after[end + 1..];
            }
            _ => {
                linked.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    linked.push_str(rest);
    linked
}

/// Markdown emphasis inside a line ("named *Noblella minima*", "the
/// _Guardian_"): each pair of marks that opens before a word and closes
/// after one is dropped; a lone mark, a list marker ("* item") or a
/// snake_case name is kept.
fn strip_inline_emphasis(line: &str, mark: char) -> String {
    let chars: Vec<char> = line.chars().collect();
    let boundary =
        |c: Option<&char>| c.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation());
    let opens = |i: usize| {
        chars[i] == mark
            && boundary(i.checked_sub(1).and_then(|j| chars.get(j)))
            && chars
                .get(i + 1)
                .is_some_and(|c| !c.is_whitespace() && *c != mark)
    };
    let closes = |i: usize| {
        chars[i] == mark
            && i > 0
            && !chars[i - 1].is_whitespace()
            && chars[i - 1] != mark
            && boundary(chars.get(i + 1))
    };
    let mut drop = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        if opens(i) {
            if let Some(j) = (i + 2..chars.len()).find(|&j| closes(j)) {
                drop[i] = true;
                drop[j] = true;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    chars
        .iter()
        .zip(&drop)
        .filter(|(_, d)| !**d)
        .map(|(c, _)| *c)
        .collect()
}

/// A front matter block: `---`, `key: value` lines, `---`.
struct FrontMatter {
    title: Option<String>,
    source: Option<String>,
    published: Option<String>,
    /// Lines it used, so the body starts after them.
    lines: usize,
}

fn front_matter(path: &Path, lines: &[&str]) -> Result<FrontMatter> {
    let mut fm = FrontMatter {
        title: None,
        source: None,
        published: None,
        lines: 0,
    };
    let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return Ok(fm);
    };
    if lines[first].trim() != "---" {
        return Ok(fm);
    }
    let Some(close) = lines[first + 1..].iter().position(|l| l.trim() == "---") else {
        return Err(Error::FrontMatter {
            path: path.to_path_buf(),
        });
    };
    for line in &lines[first + 1..first + 1 + close] {
        if let Some((k, v)) = line.split_once(':') {
            let v = yaml_scalar(v.trim());
            if v.is_empty() {
                continue;
            }
            match k.trim().to_ascii_lowercase().as_str() {
                "title" => fm.title = Some(v),
                "source" | "url" | "source_url" => fm.source = Some(v),
                "published" | "date" => fm.published = Some(v),
                _ => {}
            }
        }
    }
    fm.lines = first + close + 2;
    Ok(fm)
}

fn split_cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_string()).collect()
}

fn is_separator(cells: &[String]) -> bool {
    cells.iter().all(|c| {
        let c = c.trim_matches(':');
        !c.is_empty() && c.chars().all(|ch| ch == '-')
    })
}

/// The items of a list under "Related coverage:" or "Read more" are links
/// to other stories, not text.
fn mark_link_lists(classes: &mut [Line], lines: &[(usize, String)]) {
    let mut link_list = false;
    for (class, (_, line)) in classes.iter_mut().zip(lines) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if list_item_text(t).is_some() {
            if link_list {
                *class = Line::Furniture("in a list of links to other stories".to_string());
            }
            continue;
        }
        link_list = matches!(class, Line::Furniture(_) | Line::Label(_))
            && find_phrase(t, LINK_LIST_HEADERS).is_some();
    }
}

/// The closing credit or copyright line and everything after it are page.
fn mark_after_closing(classes: &mut [Line]) {
    if let Some(end) = classes.iter().position(|c| *c == Line::Closing) {
        classes[end] = Line::Furniture("closing credit or copyright line".to_string());
        for c in &mut classes[end + 1..] {
            if *c != Line::Blank {
                *c = Line::Furniture("after the closing credit line".to_string());
            }
        }
    }
}

/// Setext headings: a line underlined with "===" or "---".
fn mark_setext_headings<'a>(classes: &mut [Line<'a>], lines: &'a [(usize, String)]) {
    for i in 1..classes.len() {
        let under = lines[i].1.trim();
        let setext = under.len() >= 3
            && (under.chars().all(|c| c == '=') || under.chars().all(|c| c == '-'));
        if setext && !lines[i - 1].1.trim().is_empty() && classes[i - 1] != Line::Blank {
            if matches!(classes[i - 1], Line::Prose(_) | Line::Facts(_)) {
                continue;
            }
            classes[i - 1] = Line::Heading(lines[i - 1].1.trim());
            classes[i] = Line::Blank;
        }
    }
}

/// A fact box ("Founded: 1998", "Employees: 12,400" on lines of their own,
/// or as the items of a list: "- Maker: Eli Lilly") is text: one passage of
/// its facts.
fn join_fact_boxes(classes: &mut [Line], lines: &[(usize, String)]) {
    let mut i = 0;
    while i < classes.len() {
        let run = lines[i..]
            .iter()
            .zip(&classes[i..])
            .take_while(|((_, l), c)| {
                // A timeline item long enough to pass for text ("- October:
                // health committee approves it") is a fact all the same.
                let item = list_item_text(l.trim()).is_some_and(|t| {
                    !t.trim_end().ends_with(['.', '!', '?'])
                        && t.split_once(':').is_some_and(|(key, _)| is_date_key(key))
                });
                (matches!(c, Line::Furniture(r) if r == NO_SENTENCE)
                    || (item && matches!(c, Line::Prose(_))))
                    && is_fact(fact_text(l))
            })
            .count();
        if run >= 2 {
            let facts: Vec<&str> = lines[i..i + run]
                .iter()
                .map(|(_, l)| fact_text(l))
                .collect();
            classes[i] = Line::Facts(facts.join("; "));
            for c in &mut classes[i + 1..i + run] {
                *c = Line::Blank;
            }
        }
        i += run.max(1);
    }
}

/// A list under a short label ending in a colon ("Key numbers:", "At a
/// glance:") whose items are not sentences ("- 350 permanent jobs
/// promised", "- £1.1bn construction cost") is a fact box: one passage of
/// its items, rather than some items as text and the rest dropped for
/// having no verb.
fn join_labelled_lists(classes: &mut [Line], lines: &[(usize, String)]) {
    let mut i = 0;
    while i < classes.len() {
        let label = lines[i].1.trim();
        let is_label = matches!(&classes[i], Line::Furniture(r) if r == NO_SENTENCE)
            && label.ends_with(':')
            && (1..=4).contains(&text::word_count(label));
        if !is_label {
            i += 1;
            continue;
        }
        let items: Vec<&str> = lines[i + 1..]
            .iter()
            .zip(&classes[i + 1..])
            .map_while(|((_, l), c)| {
                let item = list_item_text(l.trim())?;
                let statement = matches!(c, Line::Prose(_))
                    || matches!(c, Line::Furniture(r) if r == NO_SENTENCE);
                // "- Home" after the list is the site's menu.
                (statement
                    && text::word_count(item) >= 3
                    && !item.trim_end().ends_with(['.', '!', '?']))
                .then_some(item)
            })
            .collect();
        if items.len() >= 2 {
            classes[i + 1] = Line::Facts(items.join("; "));
            for c in &mut classes[i + 2..i + 1 + items.len()] {
                *c = Line::Blank;
            }
        }
        i += 1 + items.len();
    }
}

/// In a list whose "Key: value" items are text ("- Closed: to all
/// vehicles, cyclists and pedestrians", "- Detour: about 25 miles via the
/// M50"), a short one is text too ("- Reopening: no date yet"), not
/// furniture for having no verb: the list is the article's summary, and
/// each item stays a passage of its own.
fn keep_short_facts_of_lists<'a>(classes: &mut [Line<'a>], lines: &'a [(usize, String)]) {
    let mut i = 0;
    while i < classes.len() {
        let run = lines[i..]
            .iter()
            .take_while(|(_, l)| list_item_text(l.trim()).is_some())
            .count();
        let items = i..i + run;
        let fact = |j: usize| list_item_text(lines[j].1.trim()).filter(|t| is_fact(t));
        if items
            .clone()
            .any(|j| matches!(classes[j], Line::Prose(_)) && fact(j).is_some())
        {
            for j in items {
                if let (Line::Furniture(r), Some(item)) = (&classes[j], fact(j)) {
                    if r == NO_SENTENCE {
                        classes[j] = Line::Prose(item);
                    }
                }
            }
        }
        i += run.max(1);
    }
}

/// The standfirst of a pasted page: above the text, after the headline, a
/// second line that reads like one and is longer ("Ash cloud from Mount
/// Etna forces Catania airport to close for second day") summarises the
/// story in words of its own, so it is text, not furniture for lacking a
/// full stop. With a title already known (front matter, a "#" heading), the
/// first such line is the standfirst.
fn keep_standfirst<'a>(classes: &mut [Line<'a>], lines: &'a [(usize, String)], titled: bool) {
    let body = classes
        .iter()
        .position(|c| matches!(c, Line::Prose(_) | Line::Table(_)))
        .unwrap_or(classes.len());
    // A Markdown heading above the text is the title ("# …", "## …"); an
    // all-caps section label ("WORLD NEWS") is not.
    let heading = (0..body).any(|i| {
        matches!(classes[i], Line::Heading(_)) && lines[i].1.trim_start().starts_with('#')
    });
    let headline_like: Vec<usize> = (0..body)
        .filter(|&i| {
            // A short headline may still be read as a label here.
            matches!(&classes[i], Line::Furniture(r) if r == NO_SENTENCE)
                || matches!(&classes[i], Line::Label(_))
        })
        .filter(|&i| looks_like_headline(headline_text(lines[i].1.trim())))
        .collect();
    let standfirst = if titled || heading {
        headline_like.first()
    } else {
        headline_like.get(1)
    };
    if let Some(&i) = standfirst {
        let t = lines[i].1.trim();
        if text::word_count(t) >= STANDFIRST_MIN_WORDS
            && matches!(&classes[i], Line::Furniture(r) if r == NO_SENTENCE)
        {
            classes[i] = Line::Prose(t);
            // The headline above it names the article; it heads no section.
            if let Some(&h) = headline_like.first().filter(|&&h| h < i) {
                if matches!(classes[h], Line::Label(_)) {
                    classes[h] = Line::Furniture(NO_SENTENCE.to_string());
                }
            }
        }
    }
}

/// A key of a timeline: a month, a weekday, a year or a date ("March",
/// "Tuesday", "2024", "July 1 next year").
fn is_date_key(key: &str) -> bool {
    const DAYS: &[&str] = &["today", "yesterday", "tomorrow"];
    text::folded_words(key).first().is_some_and(|(w, _, _)| {
        text::MONTHS.contains(&w.as_str())
            || text::SHORT_MONTHS.contains(&w.as_str())
            || text::WEEKDAYS.contains(&w.as_str())
            || DAYS.contains(&w.as_str())
            || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
    })
}

/// A question or label with no text under it is not a heading.
fn drop_headings_without_text(classes: &mut [Line]) {
    for i in 0..classes.len() {
        if let Line::Question(_) | Line::Label(_) = classes[i] {
            let next = classes[i + 1..].iter().find(|c| **c != Line::Blank);
            if !matches!(next, Some(Line::Prose(_) | Line::Table(_) | Line::Facts(_))) {
                let reason = match classes[i] {
                    Line::Question(_) => "heading with no text under it",
                    _ => "no sentence in it",
                };
                classes[i] = Line::Furniture(reason.to_string());
            }
        }
    }
}

/// Parses one article's text into its summary and passages.
fn parse_article(
    path: &Path,
    stem: &str,
    text: &str,
    flagger: &Flagger,
) -> Result<(Article, Vec<Passage>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let all: Vec<&str> = text.lines().collect();
    let fm = front_matter(path, &all)?;
    let logical = logical_lines(&all, fm.lines);
    // An interviewer's question in bold, though it opens with a statement:
    // "**Islanders complain a lot about cancellations. Is that fair?**".
    let bold_questions: Vec<bool> = logical
        .iter()
        .map(|(_, l)| {
            let t = l.trim();
            t.len() > 4
                && t.starts_with("**")
                && t.ends_with("?**")
                && !t[2..t.len() - 2].contains("**")
        })
        .collect();
    let lines: Vec<(usize, String)> = logical
        .into_iter()
        .map(|(i, l)| {
            if l.trim_start().starts_with('|') {
                (i, l)
            } else {
                (i, plain(&l))
            }
        })
        .collect();
    let mut classes: Vec<Line> = lines
        .iter()
        .zip(&bold_questions)
        .map(|((_, l), &bold_question)| match classify(l) {
            Line::Prose(t) if bold_question && text::word_count(t) <= HEADING_MAX_WORDS => {
                Line::Question(t)
            }
            class => class,
        })
        .collect();
    mark_link_lists(&mut classes, &lines);
    mark_after_closing(&mut classes);
    mark_setext_headings(&mut classes, &lines);
    join_fact_boxes(&mut classes, &lines);
    join_labelled_lists(&mut classes, &lines);
    keep_short_facts_of_lists(&mut classes, &lines);
    keep_standfirst(&mut classes, &lines, fm.title.is_some());
    drop_headings_without_text(&mut classes);

    let mut title = fm.title;
    let mut section = String::new();
    let mut sections: Vec<String> = Vec::new();
    let mut passages = Vec::new();
    let mut skipped = Vec::new();
    let mut paragraphs = 0;
    let mut tables = 0;
    let mut table_rows = 0;
    // The header of the table being read, if any.
    let mut header: Option<Vec<String>> = None;
    let mut row_in_table = 0;
    let mut add = |passages: &mut Vec<Passage>, section: &str, text: String, kind: PassageKind| {
        if sections.last().map(String::as_str) != Some(section) {
            sections.push(section.to_string());
        }
        let flags = flagger.flag_in_section(section, &text);
        let mut p = Passage {
            id: String::new(),
            article_index: 0,
            article: stem.to_string(),
            section: section.to_string(),
            text,
            kind,
            flags,
            context: String::new(),
        };
        p.id = p.local_id();
        passages.push(p);
    };
    // Fact boxes, which get the article's title as their context once it
    // is known.
    let mut fact_boxes: Vec<usize> = Vec::new();

    // 1-based line of the first text, to find a headline above it.
    let mut body_start: Option<usize> = None;
    // A heading inside a blockquote ("> **Key points**") heads the quote
    // only: the section before it resumes after the quote.
    let mut outside_quote: Option<String> = None;
    for ((line_index, raw), class) in lines.iter().zip(classes) {
        let quoted = all
            .get(*line_index)
            .is_some_and(|l| l.trim_start().starts_with('>'));
        if !quoted && !matches!(class, Line::Blank) {
            if let Some(s) = outside_quote.take() {
                section = s;
            }
        }
        if !matches!(class, Line::Table(_)) {
            header = None;
        }
        if matches!(class, Line::Prose(_) | Line::Table(_)) && body_start.is_none() {
            body_start = Some(line_index + 1);
        }
        match class {
            Line::Blank | Line::Closing => {}
            Line::Heading(h) | Line::Question(h) | Line::Label(h) => {
                // A Markdown title before any text names the article; so
                // does a first heading of a lower level that reads like a
                // headline ("## Home prices fall for a third month…").
                let level_one = raw.trim_start().starts_with("# ")
                    || all
                        .get(line_index + 1)
                        .is_some_and(|u| u.trim().len() >= 3 && u.trim().chars().all(|c| c == '='));
                let headline = raw.trim_start().starts_with('#') && looks_like_headline(h);
                if title.is_none() && passages.is_empty() && (level_one || headline) {
                    title = Some(h.to_string());
                } else {
                    if quoted && outside_quote.is_none() {
                        outside_quote = Some(section.clone());
                    }
                    section = h.to_string();
                }
            }
            Line::Prose(p) => {
                paragraphs += 1;
                add(
                    &mut passages,
                    &section,
                    p.to_string(),
                    PassageKind::Paragraph { number: paragraphs },
                );
            }
            Line::Facts(p) => {
                paragraphs += 1;
                fact_boxes.push(passages.len());
                add(
                    &mut passages,
                    &section,
                    p,
                    PassageKind::Paragraph { number: paragraphs },
                );
            }
            Line::Table(row) if row.starts_with('+') => {}
            Line::Table(row) => {
                let cells = split_cells(row);
                let Some(names) = &header else {
                    tables += 1;
                    row_in_table = 0;
                    header = Some(cells);
                    continue;
                };
                if is_separator(&cells) {
                    continue;
                }
                let named: Vec<(String, String)> = cells
                    .iter()
                    .enumerate()
                    .map(|(c, v)| {
                        let name = names
                            .get(c)
                            .filter(|n| !n.is_empty())
                            .cloned()
                            .unwrap_or_else(|| format!("Column {}", c + 1));
                        (name, v.clone())
                    })
                    .collect();
                let text = row_text(&named);
                if text.is_empty() {
                    continue;
                }
                table_rows += 1;
                row_in_table += 1;
                let first_column = names.first().cloned().unwrap_or_default();
                add(
                    &mut passages,
                    &section,
                    text,
                    PassageKind::TableRow {
                        table: tables,
                        row: row_in_table,
                        cells: named,
                    },
                );
                if let Some(p) = passages.last_mut() {
                    p.context = first_column;
                }
            }
            Line::Furniture(reason) => skipped.push(Skipped {
                line: line_index + 1,
                text: raw.trim().to_string(),
                reason,
            }),
        }
    }
    // A pasted web page has its headline as a plain line above the text:
    // the first line there that reads like one names the article (a
    // standfirst may follow it, longer).
    if title.is_none() {
        let before = body_start.unwrap_or(usize::MAX);
        if let Some(h) = skipped.iter_mut().find(|s| {
            // Not a photo caption, a timestamp or a call to action.
            s.line < before
                && s.reason == NO_SENTENCE
                && looks_like_headline(headline_text(&s.text))
        }) {
            title = Some(headline_text(&h.text).to_string());
            h.reason = "the headline, used as the title".to_string();
        }
    }
    let title = title.unwrap_or_else(|| title_from_stem(stem));
    if !fact_boxes.is_empty() {
        let names = names_in(&title, &passages);
        for i in fact_boxes {
            if let Some(p) = passages.get_mut(i) {
                p.context = names.clone();
            }
        }
    }
    if passages.is_empty() {
        return Err(Error::ArticleEmpty {
            path: path.to_path_buf(),
        });
    }
    let article = Article {
        stem: stem.to_string(),
        path: path.to_path_buf(),
        title,
        source: fm.source,
        published: fm.published,
        sections: sections.into_iter().filter(|s| !s.is_empty()).collect(),
        paragraphs,
        tables,
        table_rows,
        skipped,
    };
    Ok((article, passages))
}

/// A title for an article without one: its file name in title case, short
/// words as acronyms ("azure-china-ai" → "Azure China AI").
fn title_from_stem(stem: &str) -> String {
    stem.split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().count() <= 2 {
                w.to_uppercase()
            } else {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// A table row as one passage: "Meituan — Role: Azure AI spender".
fn row_text(cells: &[(String, String)]) -> String {
    let mut it = cells.iter().filter(|(_, v)| !v.is_empty());
    let Some((_, first)) = it.next() else {
        return String::new();
    };
    let rest: Vec<String> = it.map(|(k, v)| format!("{k}: {v}")).collect();
    if rest.is_empty() {
        first.clone()
    } else {
        format!("{first} — {}", rest.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Corpus {
        Corpus::from_text("t", text, &Flagger::default()).expect("loads")
    }

    #[test]
    fn sections_paragraphs_and_table_rows() {
        let c = load(
            "What is it about?\nThe first paragraph says a thing about the matter.\n\
             Who are the players?\n| Company | Role |\n|---|---|\n| Acme | Maker of things |\n\
             The last paragraph closes the article neatly.\n",
        );
        let a = &c.articles[0];
        assert_eq!(
            a.sections,
            vec!["What is it about?", "Who are the players?"]
        );
        assert_eq!((a.paragraphs, a.tables, a.table_rows), (2, 1, 1));
        let row = c.passage("T1.1").expect("row");
        assert_eq!(row.text, "Acme — Role: Maker of things");
        assert_eq!(row.section, "Who are the players?");
        assert_eq!(
            c.passage("2").expect("p2").text,
            "The last paragraph closes the article neatly."
        );
    }

    #[test]
    fn furniture_is_dropped_with_a_reason() {
        let c = load(
            "A real paragraph of the article is here.\nYou might also like\n\
             Sign up for our newsletter to get the news first.\nHave a great take?\n\
             Drop your email and we'll send you a magic link now.\n",
        );
        let a = &c.articles[0];
        assert_eq!(a.paragraphs, 1);
        let reasons: Vec<&str> = a.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons.len(), 4, "{reasons:?}");
        assert!(reasons[0].contains("no sentence"));
        assert!(reasons[1].contains("call to action"));
        assert!(reasons[2].contains("no text under it"));
        // The same words further into a sentence are the article's own.
        let c = load(
            "A real paragraph of the article is here.\n\
             A van clipped my sign in 2003 and I broke my wrist falling.\n\
             The council received 300 comments on the plan.\n",
        );
        assert_eq!(c.articles[0].paragraphs, 3, "{:?}", c.articles[0].skipped);
        // A live entry's news before its sign-off is the article's; a
        // sign-off with one short line is not.
        let c = load(
            "A real paragraph of the article is here.\n\
             About 45,000 people came, more than expected. Street cleaners will start at 5am. \
             That's all from our live coverage.\n\
             Sign up for our newsletter. It is free and takes a minute.\n",
        );
        assert_eq!(c.articles[0].paragraphs, 2, "{:?}", c.articles[0].skipped);
        let c = load(
            "A real paragraph of the article is here.\n## Timeline\n- March: bill introduced\n\
             - October: health committee approves it\n- July 1 next year: law takes effect\n",
        );
        assert_eq!(c.passages.len(), 2, "{:?}", c.passages);
        assert!(c.passages[1]
            .text
            .contains("March: bill introduced; October: health"));
        let c =
            load("Updated March 4, 2026, 9:12 p.m.\nA real paragraph of the article is here.\n");
        assert_eq!(c.articles[0].skipped[0].reason, "timestamp");
        assert_eq!(c.articles[0].paragraphs, 1);
    }

    #[test]
    fn markdown_markup_is_not_text() {
        assert_eq!(
            plain("> \"We lost **two** harvests,\" said [Marta](https://x.y/m)."),
            "\"We lost two harvests,\" said Marta."
        );
        assert_eq!(plain("*By Ana Ruiz*"), "By Ana Ruiz");
        assert_eq!(
            plain("R&amp;D&nbsp;spending isn&#8217;t up"),
            "R&D spending isn’t up"
        );
        assert_eq!(plain("- a list item"), "- a list item");
        assert_eq!(
            plain("5 * 3 is [not a link] (really)"),
            "5 * 3 is [not a link] (really)"
        );
        let c = load(
            "**Editor's note:** This story was updated on June 19 with a comment.\n\
             A group of farmers has sued the company over the river.\n\
             Related coverage:\n- How the solvent ended up in the water\n\
             - Five things to know about farm lawsuits\n",
        );
        assert_eq!(c.passages.len(), 1, "{:?}", c.passages);
        let reasons: Vec<&str> = c.articles[0]
            .skipped
            .iter()
            .map(|s| s.reason.as_str())
            .collect();
        assert_eq!(reasons[0], "editor's note");
        assert!(reasons[2..]
            .iter()
            .all(|r| r.contains("links to other stories")));
    }

    #[test]
    fn fact_boxes_grid_tables_and_all_caps_headings() {
        let c = load(
            "Wind turbine maker Nordvik to cut 600 jobs as orders dry up\n\
             BERLIN (Wire) — The turbine maker Nordvik will cut 600 jobs in Germany, it said.\n\
             KEY FACTS\nFounded: 1998\nEmployees: 12,400\nTags: wind, jobs\n\
             WHAT'S NEXT\n+------+-------+\n| Site | Plan |\n+------+-------+\n\
             | Rostock | Close |\n| Bremen | Keep |\n+------+-------+\n",
        );
        let a = &c.articles[0];
        assert_eq!(
            a.title,
            "Wind turbine maker Nordvik to cut 600 jobs as orders dry up"
        );
        // The fact box is about the title's names, not its news.
        assert_eq!(c.passages[1].context, "Nordvik");
        assert_eq!(a.sections, vec!["KEY FACTS", "WHAT'S NEXT"]);
        assert_eq!(c.passages[1].text, "Founded: 1998; Employees: 12,400");
        assert_eq!((a.tables, a.table_rows), (1, 2));
        assert_eq!(c.passages[2].text, "Rostock — Plan: Close");
        assert!(!looks_like_headline("Updated March 4, 2026 3:04 PM"));
        assert_eq!(
            yaml_scalar(r#""\"The sea decides\": a captain's life""#),
            "\"The sea decides\": a captain's life"
        );
        assert_eq!(yaml_scalar("'It''s late'"), "It's late");
        assert_eq!(yaml_scalar("Plain title"), "Plain title");
        assert!(looks_like_a_date("4 March 2026"));
        assert!(looks_like_a_date("Updated 3 hours ago"));
        assert!(!looks_like_a_date(
            "BIKE STOLEN 11 YEARS AGO RETURNED TO OWNER AFTER POLICE MATCH FRAME NUMBER"
        ));
    }

    #[test]
    fn breadcrumbs_galleries_and_live_links_are_furniture() {
        let c = load(
            "Ferry runs aground off Skerrin Island as 412 are rescued\n\n\
             Home > News > Scotland\n\n\
             1 of 12 | Passengers wait on the deck of the ferry. Image: Coastguard handout\n\n\
             A passenger ferry carrying 412 people ran aground late on Saturday.\n\n\
             Follow our live coverage of the rescue\n\n\
             Eleven people were taken to hospital with minor injuries.\n\n\
             This article was amended on 3 March 2026 to correct the number of injured.\n",
        );
        let texts: Vec<&str> = c.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "A passenger ferry carrying 412 people ran aground late on Saturday.",
                "Eleven people were taken to hospital with minor injuries."
            ]
        );
        assert!(
            c.articles[0].sections.is_empty(),
            "{:?}",
            c.articles[0].sections
        );
    }

    #[test]
    fn a_caption_is_never_the_headline() {
        let c = load(
            "Man jailed for flying drones over Gatwell Airport\n\n\
             Published 2 hours ago\n\n\
             Image source, Getty Images\n\
             Image caption, About 140,000 passengers were affected by the closure\n\n\
             A man who flew drones over the airport has been jailed for four years.\n",
        );
        assert_eq!(
            c.articles[0].title,
            "Man jailed for flying drones over Gatwell Airport"
        );
        assert_eq!(c.passages.len(), 1);
        // A headline may have a colon; a label ("Related: …") may not.
        let c = load(
            "Panda deal: Hallam Zoo to receive two giant pandas from China\n\n\
             Related: Zoo numbers rise\n\n\
             Hallam Zoo will receive two giant pandas on a 10-year loan from China.\n",
        );
        assert_eq!(
            c.articles[0].title,
            "Panda deal: Hallam Zoo to receive two giant pandas from China"
        );
        // Wire copy's version tags are no part of it.
        assert_eq!(
            headline_text("UPDATE 2-Astralis rocket explodes in test"),
            "Astralis rocket explodes in test"
        );
        assert_eq!(
            headline_text("Anti-drone kit bought"),
            "Anti-drone kit bought"
        );
    }

    #[test]
    fn a_labelled_list_of_figures_is_one_fact_box() {
        let c = load(
            "# Council approves data centre\n\n\
             The council approved a data centre on farmland outside the town.\n\n\
             Key numbers:\n\
             - 180 MW of power when both phases are built\n\
             - 350 permanent jobs promised\n\
             - £1.1bn construction cost\n\n\
             What we know:\n\
             - The vote was held on Tuesday night.\n\
             - Objectors plan to go to court.\n",
        );
        let texts: Vec<&str> = c.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts[1],
            "180 MW of power when both phases are built; 350 permanent jobs promised; £1.1bn construction cost"
        );
        // Items that are sentences stay passages of their own.
        assert_eq!(
            &texts[2..],
            [
                "The vote was held on Tuesday night.",
                "Objectors plan to go to court."
            ]
        );
    }

    #[test]
    fn a_standfirst_under_the_headline_is_text() {
        let c = load(
            "WORLD NEWS\n\nVolcano eruption grounds flights across southern Italy\n\n\
             Ash cloud from Mount Etna forces Catania airport to close for second day\n\n\
             By Giulia Ferri in Rome\n\n\
             Mount Etna erupted overnight on Monday, forcing Catania airport to shut.\n",
        );
        assert_eq!(
            c.articles[0].title,
            "Volcano eruption grounds flights across southern Italy"
        );
        let texts: Vec<&str> = c.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Ash cloud from Mount Etna forces Catania airport to close for second day",
                "Mount Etna erupted overnight on Monday, forcing Catania airport to shut."
            ]
        );
        assert_eq!(c.passages[0].section, "");
    }

    #[test]
    fn emphasis_inside_a_line_is_not_text() {
        assert_eq!(
            plain("The frog, named *Noblella minima*, is tiny."),
            "The frog, named Noblella minima, is tiny."
        );
        assert_eq!(plain("In the _Guardian_ today."), "In the Guardian today.");
        // A lone mark, a footnote star and a snake_case name stay.
        assert_eq!(
            plain("Prices rose 5%* in snake_case_names."),
            "Prices rose 5%* in snake_case_names."
        );
        assert_eq!(plain("2 * 3 = 6"), "2 * 3 = 6");
    }

    #[test]
    fn a_heading_in_a_blockquote_heads_the_quote_only() {
        let c = load(
            "# Whale refloated\n\n\
             > **Key points**\n\
             > - The whale was found on the beach on Tuesday morning\n\n\
             A young humpback whale has been refloated after a long rescue.\n",
        );
        let sections: Vec<&str> = c.passages.iter().map(|p| p.section.as_str()).collect();
        assert_eq!(sections, ["Key points", ""]);
    }

    #[test]
    fn an_interviewers_bold_question_heads_the_answer_though_it_opens_with_a_statement() {
        let c = load(
            "# Thirty years at sea\n\n\
             Captain Morag MacLeod has sailed ferries for 30 years.\n\n\
             **Islanders complain a lot about cancellations. Is that fair?**\n\n\
             Some of it is. The fleet is old, and there is no spare boat.\n",
        );
        let sections: Vec<&str> = c.passages.iter().map(|p| p.section.as_str()).collect();
        assert_eq!(
            sections,
            [
                "",
                "Islanders complain a lot about cancellations. Is that fair?"
            ]
        );
    }

    #[test]
    fn a_summary_list_keeps_its_short_items() {
        let c = load(
            "# Bridge closed\n\n\
             The bridge was closed on Monday after cracks were found.\n\n\
             **What you need to know**\n\n\
             - Closed: to all vehicles, cyclists and pedestrians\n\
             - Detour: about 25 miles via the M50\n\
             - Reopening: no date yet\n\
             - £5: the fine for crossing\n",
        );
        let texts: Vec<&str> = c.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            &texts[1..],
            [
                "Closed: to all vehicles, cyclists and pedestrians",
                "Detour: about 25 miles via the M50",
                "Reopening: no date yet",
                "£5: the fine for crossing"
            ]
        );
        assert!(c.articles[0].skipped.is_empty());
    }

    #[test]
    fn a_live_page_has_its_headline_as_title_and_no_fact_box() {
        let c = load(
            "LIVE: Flash floods hit Ardent Valley after record rainfall\n\
             Last updated: 14:05 GMT, 9 October 2026\n\
             14:05 — The regional government has raised the confirmed death toll to 14.\n",
        );
        assert_eq!(
            c.articles[0].title,
            "Flash floods hit Ardent Valley after record rainfall"
        );
        assert_eq!(c.passages.len(), 1, "{:?}", c.passages);
    }

    /// Odd input never panics the loader: random lines built from the
    /// characters its rules look at (tables, lists, markup, headings,
    /// entities, multi-byte letters).
    #[test]
    fn odd_input_never_panics() {
        const PIECES: &[&str] = &[
            "|",
            "+",
            "-",
            "=",
            "*",
            "**",
            "_",
            "[",
            "]",
            "(",
            ")",
            "](",
            ":",
            "#",
            "# ",
            ">",
            "1. ",
            "- ",
            "•",
            "&amp;",
            "&#x",
            ";",
            "Word",
            "word",
            "é",
            "’",
            "—",
            "?",
            ".",
            " ",
            " ",
            "  ",
            "\t",
            "2026",
            "By ",
            "Photo:",
            "Reporting by",
            "---",
            "===",
            "What we don't know",
            "It is unclear whether",
            "\u{feff}",
        ];
        let mut next = text::xorshift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..300 {
            let mut doc = String::new();
            for _ in 0..(next() % 12) {
                for _ in 0..(next() % 14) {
                    doc.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                }
                doc.push('\n');
            }
            // Either a corpus or a clear error; never a panic.
            let _ = Corpus::from_text("t", &doc, &Flagger::default());
        }
    }

    #[test]
    fn setext_headings_and_numbered_labels() {
        let c = load(
            "Coach Lena Park on the title race\n=================================\n\n\
             The season so far\n-----------------\n\n\
             Lena Park took over as head coach of the club in June.\n\n\
             1. The injury list\nStriker Tomas Reyes is out for six weeks with a knee injury.\n",
        );
        let a = &c.articles[0];
        assert_eq!(a.title, "Coach Lena Park on the title race");
        assert_eq!(a.sections, vec!["The season so far", "The injury list"]);
        assert!(a.skipped.is_empty(), "{:?}", a.skipped);
    }

    #[test]
    fn a_pasted_wire_page() {
        let c = load(
            "Skip to main content\nBusiness | Technology\n\
             Chipmaker delays Ohio factory as subsidy talks drag on\n\
             By Maria Chen\nMarch 4, 2026 3:04 PM EST\nKey points:\n\
             - Production at the Ohio plant moves to 2029\n- Home\n\
             The company said on Tuesday that it had pushed back the opening.\n\
             Image: Cranes at the site near Columbus. (Photo by Jane Roe)\n\
             Local suppliers fear the delay will cost them orders.\n\
             Reporting by Maria Chen; Editing by Sam Lee\n\
             Our Standards: The Trust Principles.\nRead Next\n",
        );
        let a = &c.articles[0];
        assert_eq!(
            a.title,
            "Chipmaker delays Ohio factory as subsidy talks drag on"
        );
        let texts: Vec<&str> = c.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Production at the Ohio plant moves to 2029",
                "The company said on Tuesday that it had pushed back the opening.",
                "Local suppliers fear the delay will cost them orders.",
            ]
        );
        let reason = |start: &str| {
            a.skipped
                .iter()
                .find(|s| s.text.starts_with(start))
                .map(|s| s.reason.clone())
                .unwrap_or_default()
        };
        assert!(reason("- Home").contains("no sentence"));
        assert!(reason("Image:").contains("photo caption"));
        assert!(reason("Reporting by").contains("closing credit"));
        assert!(reason("Our Standards").contains("after the closing credit"));
        assert!(reason("Chipmaker").contains("headline"));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let c = load(
            "## What happened?\n\nThe port authority said on Tuesday that it would replace\nits twelve diesel cranes with electric ones by 2029, at a cost\nof about 340 million euros.\n\nThe union opposes the plan and says that as many as 300\njobs could be lost if the port signs the contract.\n\n- First item of a list that is long enough to wrap\n  onto a second line here.\n",
        );
        let a = &c.articles[0];
        assert_eq!(a.paragraphs, 3, "{:?}", c.passages);
        assert!(c.passages[0]
            .text
            .ends_with("at a cost of about 340 million euros."));
        assert_eq!(a.sections, vec!["What happened?"]);
        // One paragraph per line stays one paragraph per line.
        let c = load("A first paragraph of the article is here.\nA second paragraph follows right after it.\n");
        assert_eq!(c.articles[0].paragraphs, 2);
    }

    #[test]
    fn plain_labels_are_headings_only_over_text() {
        let c = load(
            "The deal\nAcme agreed to buy its rival for a large sum.\nAdvertisement\nBy Jane Doe\nThe rival's shares rose sharply on the news today.\nYou might also like\nWhat comes next\n",
        );
        let a = &c.articles[0];
        assert_eq!(a.sections, vec!["The deal"]);
        assert_eq!(a.paragraphs, 2);
        let skipped: Vec<&str> = a.skipped.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            skipped,
            vec![
                "Advertisement",
                "By Jane Doe",
                "You might also like",
                "What comes next"
            ]
        );
    }

    #[test]
    fn front_matter_and_markdown_title() {
        let c = load("---\ntitle: A Title\nsource: https://example.com/a\n---\n## Part one\nText of the only paragraph here.\n");
        let a = &c.articles[0];
        assert_eq!(a.title, "A Title");
        assert_eq!(a.source.as_deref(), Some("https://example.com/a"));
        assert_eq!(a.sections, vec!["Part one"]);
        let c = load("# Big Title\nText of the only paragraph here.\n");
        assert_eq!(c.articles[0].title, "Big Title");
        // A plain-text page: the headline, then a longer standfirst.
        let c = load(
            "WORLD NEWS\n\nVolcano eruption grounds flights across southern Italy\n\n\
             Ash cloud from Mount Etna forces Catania airport to close for second day\n\n\
             Mount Etna erupted overnight on Monday, forcing Catania airport to shut.\n",
        );
        assert_eq!(
            c.articles[0].title,
            "Volcano eruption grounds flights across southern Italy"
        );
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e =
            Corpus::from_text("t", "---\ntitle: x\nText here.", &Flagger::default()).unwrap_err();
        assert!(e.to_string().contains("never closed"), "{e}");
    }

    #[test]
    fn ids_are_typeable() {
        let c = load("One paragraph with enough words in it.\n| A | B |\n|---|---|\n| x | y |\n");
        assert!(c.passage("#1").is_some());
        assert!(c.passage("t1.1").is_some());
        assert!(c.passage("t:1").is_some());
        assert!(c.passage("9").is_none());
    }
}
