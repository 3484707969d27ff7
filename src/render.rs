//! Rendering for a terminal: the human output of `citebot ask`, `cite`,
//! `company`, `companies` and `check`, and the console.

use std::fmt::Write as _;

use crate::answer::Answer;
use crate::companies::Company;
use crate::corpus::{Corpus, Passage};
use crate::engine::Engine;
use crate::flags::Flag;

/// Wraps text at `width` columns, each line indented by `indent`.
fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
    out
}

/// One flag as a line: `⚠ Unclear ("It is unclear"): It is unclear which…`.
pub fn flag_line(flag: &Flag) -> String {
    format!(
        "⚠ {} (\"{}\"): {}",
        flag.kind.label(),
        flag.cue,
        flag.sentence
    )
}

fn passage_block(out: &mut String, id: &str, section: &str, text: &str, flags: &[Flag]) {
    passage_block_with(out, id, section, &wrap(text, "    ", 76), flags);
}

/// `body` is the passage text, already laid out.
fn passage_block_with(out: &mut String, id: &str, section: &str, body: &str, flags: &[Flag]) {
    let head = if section.is_empty() {
        format!("[{id}]")
    } else {
        format!("[{id}] {section}")
    };
    let _ = writeln!(out, "{head}");
    out.push_str(body);
    for f in flags {
        out.push_str(&wrap(&flag_line(f), "    ", 76));
    }
}

/// The human form of an answer.
pub fn answer(a: &Answer) -> String {
    let mut out = String::new();
    if !a.covered {
        let note = a
            .note
            .as_deref()
            .unwrap_or("The article does not cover this question.");
        let _ = writeln!(out, "Not covered: {note}");
        return out;
    }
    for p in &a.passages {
        passage_block(&mut out, &p.id, &p.section, &p.text, &p.flags);
        out.push('\n');
    }
    out
}

/// A passage verbatim, with its id, section, flags and article.
pub fn cite(corpus: &Corpus, p: &Passage) -> String {
    let mut out = String::new();
    // Verbatim: the text on one line, as written, so it can be copied.
    passage_block_with(
        &mut out,
        &p.id,
        &p.section,
        &format!("    {}\n", p.text),
        &p.flags,
    );
    let a = corpus.article_of(p);
    let _ = write!(out, "    — {}", a.title);
    if let Some(src) = &a.source {
        let _ = write!(out, " <{src}>");
    }
    out.push('\n');
    out
}

/// A company: role, mentions, and the passages about it.
pub fn company(engine: &Engine, c: &Company) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", c.name);
    if !c.aliases.is_empty() {
        let _ = writeln!(out, "  also: {}", c.aliases.join(", "));
    }
    match (&c.role, &c.row) {
        (Some(role), Some(row)) => {
            let _ = writeln!(out, "  role: {role} (key-players table, [{row}])");
        }
        _ => {
            let _ = writeln!(
                out,
                "  role: not in the key-players table; named in the text"
            );
        }
    }
    let ids: Vec<&str> = c
        .passages
        .iter()
        .filter_map(|&i| engine.corpus.passages.get(i))
        .map(|p| p.id.as_str())
        .collect();
    let _ = writeln!(
        out,
        "  named {} time{} in the text; passages: {}\n",
        c.mentions,
        if c.mentions == 1 { "" } else { "s" },
        ids.join(", ")
    );
    for p in c
        .passages
        .iter()
        .filter_map(|&i| engine.corpus.passages.get(i))
    {
        passage_block(&mut out, &p.id, &p.section, &p.text, &p.flags);
        out.push('\n');
    }
    out
}

/// The company directory, one line each.
pub fn companies(engine: &Engine) -> String {
    let mut out = String::new();
    if engine.companies.companies.is_empty() {
        return "No companies found: the article has no key-players table and names no organisation by the rules in src/companies.rs.\n".to_string();
    }
    let width = engine
        .companies
        .companies
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);
    for c in &engine.companies.companies {
        let role = c.role.as_deref().unwrap_or("(named in the text)");
        let _ = writeln!(
            out,
            "{:width$}  {:>2} mention{}  {role}",
            c.name,
            c.mentions,
            if c.mentions == 1 { " " } else { "s" },
        );
    }
    out
}

/// What `citebot check` found.
pub fn check(engine: &Engine) -> String {
    let mut out = String::new();
    let c = &engine.corpus;
    let _ = writeln!(
        out,
        "corpus: {} ({} article{})",
        c.path.display(),
        c.articles.len(),
        if c.articles.len() == 1 { "" } else { "s" }
    );
    for a in &c.articles {
        let _ = writeln!(out, "\n{} — {}", a.path.display(), a.title);
        if let Some(s) = &a.source {
            let _ = writeln!(out, "  source: {s}");
        }
        if let Some(d) = &a.published {
            let _ = writeln!(out, "  published: {d}");
        }
        let _ = writeln!(
            out,
            "  {} sections, {} paragraphs, {} table{} with {} rows",
            a.sections.len(),
            a.paragraphs,
            a.tables,
            if a.tables == 1 { "" } else { "s" },
            a.table_rows
        );
        for s in &a.sections {
            let _ = writeln!(out, "    § {s}");
        }
        let (mut unclear, mut unconfirmed) = (0, 0);
        for f in c
            .passages
            .iter()
            .filter(|p| p.article == a.stem)
            .flat_map(|p| &p.flags)
        {
            match f.kind {
                crate::flags::FlagKind::Unclear => unclear += 1,
                crate::flags::FlagKind::Unconfirmed => unconfirmed += 1,
            }
        }
        let _ = writeln!(out, "  flags: {unclear} unclear, {unconfirmed} unconfirmed");
        for p in c.passages.iter().filter(|p| p.article == a.stem) {
            for f in &p.flags {
                let _ = writeln!(out, "    [{}] {} (\"{}\")", p.id, f.kind.as_str(), f.cue);
            }
        }
        let _ = writeln!(
            out,
            "  skipped as page furniture: {} line{}",
            a.skipped.len(),
            if a.skipped.len() == 1 { "" } else { "s" }
        );
        for s in &a.skipped {
            let _ = writeln!(out, "    line {}: {:?} — {}", s.line, s.text, s.reason);
        }
    }
    let _ = writeln!(out, "\ncompanies: {}", engine.companies.names().join(", "));
    out
}
