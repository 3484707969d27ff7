//! Rendering to Discord's formats, without depending on serenity: replies as
//! plain data ([`Reply`], [`Embed`]) that the bot turns into API payloads.
//!
//! Everything here respects Discord's limits (2000 characters of content,
//! embed title 256, description 4096, 25 fields of 256/1024, 6000 characters
//! of embed text in all, 10 embeds, autocomplete names of 100) and escapes
//! article and question text so it cannot break formatting or form mentions.

use std::fmt::Write as _;

use crate::answer::Answer;
use crate::companies::Company;
use crate::corpus::{Corpus, Passage};
use crate::engine::Engine;
use crate::flags::Flag;
use crate::text;

pub const MAX_CONTENT: usize = 2000;
pub const MAX_TITLE: usize = 256;
pub const MAX_DESCRIPTION: usize = 4096;
pub const MAX_FIELDS: usize = 25;
pub const MAX_FIELD_NAME: usize = 256;
pub const MAX_FIELD_VALUE: usize = 1024;
pub const MAX_FOOTER: usize = 2048;
pub const MAX_EMBED_TOTAL: usize = 6000;
pub const MAX_EMBEDS: usize = 10;
pub const MAX_CHOICES: usize = 25;
pub const MAX_CHOICE_NAME: usize = 100;

/// Colours: an answer, a "not covered" note, a citation.
pub const COLOR_ANSWER: u32 = 0x3b82f6;
pub const COLOR_NOT_COVERED: u32 = 0x6b7280;
pub const COLOR_CITE: u32 = 0x10b981;

/// One embed field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
}

/// An embed, as plain data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Embed {
    pub title: String,
    pub description: String,
    pub url: Option<String>,
    pub fields: Vec<Field>,
    pub footer: Option<String>,
    pub color: u32,
}

impl Embed {
    /// Characters that count towards the 6000 limit.
    pub fn total_chars(&self) -> usize {
        len(&self.title)
            + len(&self.description)
            + self.footer.as_deref().map_or(0, len)
            + self
                .fields
                .iter()
                .map(|f| len(&f.name) + len(&f.value))
                .sum::<usize>()
    }

    /// True when the embed is within every Discord limit.
    pub fn fits(&self) -> bool {
        len(&self.title) <= MAX_TITLE
            && len(&self.description) <= MAX_DESCRIPTION
            && self.fields.len() <= MAX_FIELDS
            && self.fields.iter().all(|f| {
                len(&f.name) <= MAX_FIELD_NAME
                    && len(&f.value) <= MAX_FIELD_VALUE
                    && !f.value.is_empty()
                    && !f.name.is_empty()
            })
            && self.footer.as_deref().is_none_or(|f| len(f) <= MAX_FOOTER)
            && self.total_chars() <= MAX_EMBED_TOTAL
    }
}

/// A message: text content and embeds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    pub content: String,
    pub embeds: Vec<Embed>,
}

impl Reply {
    /// True when the message is within every Discord limit.
    pub fn fits(&self) -> bool {
        len(&self.content) <= MAX_CONTENT
            && self.embeds.len() <= MAX_EMBEDS
            && self.embeds.iter().all(Embed::fits)
            && self.embeds.iter().map(Embed::total_chars).sum::<usize>() <= MAX_EMBED_TOTAL
    }
}

fn len(s: &str) -> usize {
    s.chars().count()
}

/// Escapes text for Discord markdown: formatting characters get a
/// backslash, and `@everyone` / `@here` get a zero-width space so they read
/// as text even where mentions would be parsed. (Pings are also prevented by
/// `allowed_mentions`, which the bot sets on every message.)
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '~' | '`' | '|' | '<' | '>' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' if line_start => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        if c == '\n' {
            line_start = true;
        } else if !c.is_whitespace() {
            line_start = false;
        }
    }
    out.replace("@everyone", "@\u{200B}everyone")
        .replace("@here", "@\u{200B}here")
}

/// Cuts text to at most `max` characters, at a character boundary, with "…".
pub fn truncate(text: &str, max: usize) -> String {
    if len(text) <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// The text of a passage as a Markdown quote, each flagged sentence marked
/// with ⚠️, cut at a sentence when longer than `budget` characters (then
/// ending with where to read the rest).
fn quote(p_text: &str, flags: &[Flag], id: &str, budget: usize) -> String {
    let tail = format!("… (`/cite {id}` for the whole passage)");
    let mut out = String::from("> ");
    let sentences = text::sentences(p_text);
    for (n, s) in sentences.iter().enumerate() {
        let mark = if flags.iter().any(|f| f.sentence == *s) {
            "⚠️ "
        } else {
            ""
        };
        let piece = format!("{}{mark}{}", if n == 0 { "" } else { " " }, escape(s));
        let room = budget.saturating_sub(len(&tail));
        if len(&out) + len(&piece) > room {
            if n == 0 {
                // Even the first sentence is too long: cut it at a word.
                let mut cut = String::new();
                for w in piece.split(' ') {
                    if len(&out) + len(&cut) + len(w) + 1 > room {
                        break;
                    }
                    if !cut.is_empty() {
                        cut.push(' ');
                    }
                    cut.push_str(w);
                }
                out.push_str(&cut);
            }
            out.push_str(&tail);
            return out;
        }
        out.push_str(&piece);
    }
    out
}

/// The flag lines under a passage: `⚠️ **Unclear** — the article says "It is unclear"`.
fn flag_lines(flags: &[Flag]) -> String {
    let mut out = String::new();
    for f in flags {
        let _ = write!(
            out,
            "\n⚠️ **{}**: the article says “{}”",
            f.kind.label(),
            escape(&f.cue)
        );
    }
    out
}

/// A passage as an embed field within `budget` characters of value.
fn passage_field(id: &str, section: &str, text: &str, flags: &[Flag], budget: usize) -> Field {
    let name = if section.is_empty() {
        format!("#{id}")
    } else {
        format!("#{id} · {}", escape(section))
    };
    let flags_text = flag_lines(flags);
    let budget = budget
        .min(MAX_FIELD_VALUE)
        .saturating_sub(len(&flags_text))
        .max(120);
    let mut value = quote(text, flags, id, budget);
    value.push_str(&flags_text);
    Field {
        name: truncate(&name, MAX_FIELD_NAME),
        value: truncate(&value, MAX_FIELD_VALUE),
    }
}

const ANSWER_FOOTER: &str =
    "/cite ID quotes a passage in full · ⚠️ marks what the article itself says is unclear or unconfirmed";

/// The reply to a question.
pub fn answer_reply(answer: &Answer) -> Reply {
    let title = truncate(&escape(answer.question.trim()), MAX_TITLE);
    let title = if title.is_empty() {
        "(empty question)".to_string()
    } else {
        title
    };
    if !answer.covered {
        let note = answer
            .note
            .as_deref()
            .unwrap_or("The article does not cover this question.");
        return Reply {
            content: String::new(),
            embeds: vec![Embed {
                title,
                description: format!("📭 Not covered: {}", escape(note)),
                color: COLOR_NOT_COVERED,
                ..Embed::default()
            }],
        };
    }
    let n = answer.passages.len().clamp(1, MAX_FIELDS);
    let room = MAX_EMBED_TOTAL - len(&title) - len(ANSWER_FOOTER) - 100;
    let per_field = (room / n)
        .saturating_sub(MAX_FIELD_NAME.min(120))
        .min(MAX_FIELD_VALUE);
    let fields = answer
        .passages
        .iter()
        .take(MAX_FIELDS)
        .map(|p| passage_field(&p.id, &p.section, &p.text, &p.flags, per_field))
        .collect();
    Reply {
        content: String::new(),
        embeds: vec![Embed {
            title,
            fields,
            footer: Some(ANSWER_FOOTER.to_string()),
            color: COLOR_ANSWER,
            ..Embed::default()
        }],
    }
}

/// A short plain-text "not covered" line, for a mention in a channel.
pub fn not_covered_line(answer: &Answer) -> String {
    let note = answer
        .note
        .as_deref()
        .unwrap_or("The article does not cover this question.");
    truncate(&format!("📭 Not covered: {}", escape(note)), MAX_CONTENT)
}

/// The reply to `/cite`: the passage verbatim, with id, section, flags and
/// the article's title and source.
pub fn cite_reply(corpus: &Corpus, p: &Passage) -> Reply {
    let article = corpus.article_of(p);
    let title = if p.section.is_empty() {
        format!("#{}", p.id)
    } else {
        format!("#{} · {}", p.id, escape(&p.section))
    };
    let flags = flag_lines(&p.flags);
    let mut description = quote(&p.text, &p.flags, &p.id, MAX_DESCRIPTION - len(&flags));
    description.push_str(&flags);
    let mut footer = article.title.clone();
    if let Some(d) = &article.published {
        let _ = write!(footer, " · {d}");
    }
    Reply {
        content: String::new(),
        embeds: vec![Embed {
            title: truncate(&title, MAX_TITLE),
            description: truncate(&description, MAX_DESCRIPTION),
            url: article
                .source
                .clone()
                .filter(|s| s.starts_with("https://") || s.starts_with("http://")),
            fields: Vec::new(),
            footer: Some(truncate(&footer, MAX_FOOTER)),
            color: COLOR_CITE,
        }],
    }
}

/// The reply to `/company`: role, mentions, and the passages about it.
pub fn company_reply(engine: &Engine, c: &Company) -> Reply {
    let passages: Vec<&Passage> = c
        .passages
        .iter()
        .filter_map(|&i| engine.corpus.passages.get(i))
        .collect();
    let mut description = String::new();
    match (&c.role, &c.row) {
        (Some(role), Some(row)) => {
            let _ = writeln!(
                description,
                "**Role:** {} (key-players table, `{row}`)",
                escape(role)
            );
        }
        _ => {
            let _ = writeln!(
                description,
                "**Role:** not in the key-players table; named in the text"
            );
        }
    }
    if !c.aliases.is_empty() {
        let _ = writeln!(description, "**Also:** {}", escape(&c.aliases.join(", ")));
    }
    let ids: Vec<String> = passages.iter().map(|p| format!("`{}`", p.id)).collect();
    let _ = write!(
        description,
        "**Named** {} time{} in the text · **passages:** {}",
        c.mentions,
        if c.mentions == 1 { "" } else { "s" },
        ids.join(", ")
    );
    let description = truncate(&description, MAX_DESCRIPTION);
    let title = truncate(&escape(&c.name), MAX_TITLE);
    let shown = passages.len().min(6);
    let room = MAX_EMBED_TOTAL - len(&title) - len(&description) - 200;
    let per_field = (room / shown.max(1))
        .saturating_sub(120)
        .min(MAX_FIELD_VALUE);
    let fields: Vec<Field> = passages
        .iter()
        .take(shown)
        .map(|p| passage_field(&p.id, &p.section, &p.text, &p.flags, per_field))
        .collect();
    let footer = if passages.len() > shown {
        format!(
            "{} more passage(s): /cite ID to read them",
            passages.len() - shown
        )
    } else {
        "/cite ID quotes a passage in full".to_string()
    };
    Reply {
        content: String::new(),
        embeds: vec![Embed {
            title,
            description,
            fields,
            footer: Some(footer),
            color: COLOR_ANSWER,
            ..Embed::default()
        }],
    }
}

/// The reply to `/about`.
pub fn about_reply(engine: &Engine) -> Reply {
    let c = &engine.corpus;
    let (unclear, unconfirmed) = engine.flag_counts();
    let titles: Vec<String> = c
        .articles
        .iter()
        .map(|a| match &a.source {
            Some(s) if s.starts_with("http") => format!("• [{}]({s})", escape(&a.title)),
            _ => format!("• {}", escape(&a.title)),
        })
        .collect();
    let paragraphs: usize = c.articles.iter().map(|a| a.paragraphs).sum();
    let rows: usize = c.articles.iter().map(|a| a.table_rows).sum();
    let sections: usize = c.articles.iter().map(|a| a.sections.len()).sum();
    let description = format!(
        "{}\n\n{} passages ({paragraphs} paragraphs, {rows} table rows) in {sections} sections · {} companies · {} flagged sentences ({unclear} unclear, {unconfirmed} unconfirmed)\n\n\
         **How to use me**\n\
         • `/ask` a question: I answer with the article's own passages, each with an id.\n\
         • `/cite` an id to quote a passage in full in the discussion.\n\
         • `/company` to see a company's role and what the article says about it.\n\
         • Right-click a message → Apps → **Find in article** for passages that bear on it.\n\
         • Mention me with a question, or ask in an answer channel.\n\
         ⚠️ marks sentences the article itself says are unclear or unconfirmed.",
        titles.join("\n"),
        c.passages.len(),
        engine.companies.companies.len(),
        unclear + unconfirmed,
    );
    Reply {
        content: String::new(),
        embeds: vec![Embed {
            title: "About citebot".to_string(),
            description: truncate(&description, MAX_DESCRIPTION),
            color: COLOR_CITE,
            ..Embed::default()
        }],
    }
}

/// Autocomplete choices for `/cite`: `(name, id)` pairs, the name being the
/// id and the passage's first words. Ids starting with the input first, then
/// passages whose text contains it.
pub fn passage_choices(corpus: &Corpus, partial: &str) -> Vec<(String, String)> {
    let q = partial.trim().trim_start_matches('#').to_lowercase();
    let by_id = corpus.passages.iter().filter(|p| {
        p.id.to_lowercase().starts_with(&q) || p.local_id().to_lowercase().starts_with(&q)
    });
    let by_text = corpus
        .passages
        .iter()
        .filter(|p| !q.is_empty() && p.text.to_lowercase().contains(&q));
    let mut out: Vec<(String, String)> = Vec::new();
    for p in by_id.chain(by_text) {
        if out.len() >= MAX_CHOICES {
            break;
        }
        if out.iter().any(|(_, id)| *id == p.id) {
            continue;
        }
        let name = truncate(&format!("{} · {}", p.id, p.text), MAX_CHOICE_NAME);
        out.push((name, p.id.clone()));
    }
    out
}

/// Autocomplete choices for `/company`: at most 25 names.
pub fn company_choices(engine: &Engine, partial: &str) -> Vec<String> {
    engine
        .companies
        .suggest(partial, MAX_CHOICES)
        .into_iter()
        .map(|n| truncate(&n, MAX_CHOICE_NAME))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markdown_and_mentions() {
        assert_eq!(
            escape("*bold* _x_ `c` |s|"),
            "\\*bold\\* \\_x\\_ \\`c\\` \\|s\\|"
        );
        assert_eq!(escape("# head\n- item"), "\\# head\n\\- item");
        assert_eq!(escape("a-b #1"), "a-b #1");
        assert!(!escape("hi @everyone and @here <@123>").contains("@everyone"));
        assert!(escape("<@123>").starts_with("\\<"));
    }

    #[test]
    fn long_passages_are_cut_at_a_sentence_with_the_id() {
        let text = "First sentence is here. ".repeat(100);
        let q = quote(text.trim(), &[], "7", 300);
        assert!(len(&q) <= 300, "{}", len(&q));
        assert!(q.ends_with("(`/cite 7` for the whole passage)"));
        assert!(q.contains("First sentence is here."));
        let one = "word ".repeat(500);
        let q = quote(one.trim(), &[], "8", 200);
        assert!(len(&q) <= 200);
    }

    #[test]
    fn replies_fit_discords_limits_even_for_huge_passages() {
        use crate::{Config, Engine};
        let sentence =
            "Acme and Globex *both* sell widgets to buyers in the `north` region today. ";
        let mut text = String::from("| Company | Role |\n|---|---|\n| Acme | Maker |\n");
        for i in 0..12 {
            text.push_str(&format!(
                "Section {i} question here?\n{}\n",
                sentence.repeat(40 + i)
            ));
        }
        let corpus =
            crate::corpus::Corpus::from_text("big", &text, &crate::flags::Flagger::default())
                .expect("corpus");
        let engine = Engine::from_corpus(Config::default(), corpus).expect("engine");
        let answer = engine.ask_top("Which widgets do Acme and Globex sell?", 10);
        assert_eq!(answer.passages.len(), 10);
        let reply = answer_reply(&answer);
        assert!(
            reply.fits(),
            "answer: {} chars",
            reply.embeds[0].total_chars()
        );
        assert!(reply.embeds[0].fields[0].value.contains("/cite"));
        let company = match engine.company("acme") {
            crate::companies::Lookup::Found(c) => c,
            crate::companies::Lookup::NotFound { .. } => panic!("acme"),
        };
        assert!(company_reply(&engine, company).fits());
        for p in &engine.corpus.passages {
            assert!(cite_reply(&engine.corpus, p).fits(), "cite {}", p.id);
        }
        assert!(about_reply(&engine).fits());
        let choices = passage_choices(&engine.corpus, "");
        assert!(choices.len() <= MAX_CHOICES);
        assert!(choices.iter().all(|(n, _)| len(n) <= MAX_CHOICE_NAME));
    }

    #[test]
    fn truncate_counts_characters() {
        assert_eq!(truncate("ééé", 2), "é…");
        assert_eq!(truncate("ab", 2), "ab");
    }
}
