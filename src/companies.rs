//! The company directory: the organisations an article is about, each with
//! its role from the article's key-players table (where it has one) and the
//! passages that mention it.
//!
//! Names come from two places, by general rules:
//! - the first column of a table whose first column is a company-like heading
//!   ("Company", "Firm", "Organisation", "Player", "Name");
//! - names written in the text that are listed together with a known company
//!   ("OpenAI and Anthropic both decline…"), that carry a corporate suffix
//!   ("… Holdings", "… Group", "… Inc"), or that an apposition describes as
//!   an organisation ("IG Metall, Germany's largest union", "the grid
//!   operator, REN,").
//!
//! A name with a corporate suffix also answers to its short form when the
//! article uses it ("Tencent" for "Tencent Holdings"). Lookups accept any
//! case, prefixes and small misspellings ("Meitaun").

use std::collections::BTreeMap;

use serde::Serialize;

use crate::corpus::{Corpus, PassageKind};
use crate::text;

/// First-column headings that make a table a directory of organisations.
const NAME_COLUMNS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "firms",
    "organisation",
    "organization",
    "player",
    "players",
    "name",
    "entity",
    "entities",
    "business",
    "businesses",
    "organisations",
    "organizations",
    "party",
    "parties",
    "institution",
    "institutions",
    "stakeholder",
    "stakeholders",
];
/// Last words that mark a name as an organisation's ("… Holdings",
/// "… University", "… Transit Authority").
const SUFFIXES: &[&str] = &[
    "group",
    "holdings",
    "inc",
    "corp",
    "corporation",
    "ltd",
    "limited",
    "labs",
    "technologies",
    "technology",
    "systems",
    "bank",
    "capital",
    "partners",
    "plc",
    "llc",
    "ag",
    "sa",
    "co",
    "university",
    "institute",
    "council",
    "agency",
    "authority",
    "ministry",
    "association",
    "foundation",
    "commission",
    "committee",
    "fund",
    "trust",
    "organisation",
    "organization",
    "department",
    "chemicals",
    "energy",
    "industries",
    "motors",
    "pharmaceuticals",
    "airlines",
    "electronics",
    "semiconductor",
    "semiconductors",
    "software",
    "enterprises",
    "therapeutics",
    "gmbh",
    "nv",
    "bv",
    "ab",
    "asa",
    "se",
];

/// Nouns that, in apposition, say a name is an organisation's: "Nordvik
/// Energy, the Danish wind turbine maker", "IG Metall, Germany's largest
/// union", "the grid operator, REN,".
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "maker",
    "manufacturer",
    "chipmaker",
    "carmaker",
    "automaker",
    "group",
    "union",
    "operator",
    "regulator",
    "bank",
    "lender",
    "insurer",
    "retailer",
    "airline",
    "carrier",
    "startup",
    "start-up",
    "developer",
    "publisher",
    "broadcaster",
    "agency",
    "conglomerate",
    "supplier",
    "producer",
    "provider",
    "utility",
    "exchange",
    "investor",
    "distributor",
    "subsidiary",
    "rival",
    "competitor",
    "contractor",
    "consultancy",
    "charity",
    "nonprofit",
    "ministry",
    "regulator",
    "watchdog",
    "university",
    "institute",
];

/// True when the sentence describes `name` as an organisation by an
/// apposition: "Name, the … maker," or "the operator Name" / "the
/// operator, Name,".
fn described_as_organisation(sentence: &str, name: &str) -> bool {
    let Some(at) = sentence.find(name) else {
        return false;
    };
    let after = sentence[at + name.len()..].trim_start();
    // ", the Danish wind turbine maker," / ", Germany's largest union,".
    let described_after = after.strip_prefix(',').is_some_and(|rest| {
        let phrase = rest.split([',', '.', ';', '(']).next().unwrap_or("");
        let words: Vec<String> = text::folded_words(phrase)
            .into_iter()
            .map(|w| w.0)
            .collect();
        // The head noun comes before any preposition: "an analyst at the
        // firm" describes a person.
        let head = words
            .iter()
            .position(|w| {
                matches!(
                    w.as_str(),
                    "at" | "of" | "for" | "with" | "in" | "on" | "from" | "who" | "which" | "that"
                )
            })
            .unwrap_or(words.len());
        (2..=7).contains(&words.len())
            && words.first().is_some_and(|w| {
                matches!(w.as_str(), "the" | "a" | "an") || w.ends_with("'s") || w.ends_with("’s")
            })
            && head > 0
            && ORG_NOUNS.contains(&words[head - 1].as_str())
    });
    let before: Vec<String> = text::folded_words(sentence[..at].trim_end().trim_end_matches(','))
        .into_iter()
        .map(|w| w.0)
        .collect();
    let described_before = before.len() >= 2
        && ORG_NOUNS.contains(&before[before.len() - 1].as_str())
        && before[..before.len() - 1]
            .iter()
            .rev()
            .take(3)
            .any(|w| w == "the");
    described_after || described_before
}

/// Adds the short form of a suffixed name as an alias ("Nordvik" for
/// "Nordvik Energy", "Tencent" for "Tencent Holdings") when the text uses it
/// alone.
fn add_short_forms(companies: &mut [Company], anywhere: &std::collections::HashSet<String>) {
    for c in companies {
        let parts: Vec<&str> = c.name.split_whitespace().collect();
        if parts.len() > 1
            && SUFFIXES.contains(&parts[parts.len() - 1].to_lowercase().trim_end_matches('.'))
        {
            let short = parts[..parts.len() - 1].join(" ");
            if anywhere.contains(&short) && !c.aliases.contains(&short) {
                c.aliases.push(short);
            }
        }
    }
}

/// One organisation.
#[derive(Debug, Clone, Serialize)]
pub struct Company {
    pub name: String,
    /// Other names it goes by in the article.
    pub aliases: Vec<String>,
    /// Its role from the key-players table, if it has a row there.
    pub role: Option<String>,
    /// The table row's passage id, if any.
    pub row: Option<String>,
    /// Passages (indices into `Corpus::passages`) that name it: the table
    /// row first, then the text in reading order.
    #[serde(skip)]
    pub passages: Vec<usize>,
    /// How many times the name (or an alias) appears in the text.
    pub mentions: usize,
}

/// The outcome of a lookup.
#[derive(Debug, Clone)]
pub enum Lookup<'a> {
    Found(&'a Company),
    /// Nothing close enough; these are the nearest names.
    NotFound {
        suggestions: Vec<String>,
    },
}

/// All organisations of a corpus.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub companies: Vec<Company>,
}

/// Letters and digits only, lower case: "Tencent Holdings" → "tencentholdings".
fn key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Splits a text's sentences into runs of capitalised words (candidate
/// names), each with what separates it from the next run.
fn name_lists(sentence: &str, known_caps: &dyn Fn(&str) -> bool) -> Vec<Vec<String>> {
    let spans: Vec<(usize, usize)> = text::words(sentence).collect();
    let mut lists: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    // Whether the current list is joined by "and"/"or" ("A, B and C"), not
    // by commas alone ("In 2025, Acme…" is no list).
    let mut joined = false;
    let flush = |current: &mut Vec<String>, joined: &mut bool, lists: &mut Vec<Vec<String>>| {
        if *joined {
            lists.push(std::mem::take(current));
        } else {
            lists.extend(current.drain(..).map(|n| vec![n]));
        }
        *joined = false;
    };
    let mut i = 0;
    while i < spans.len() {
        let (s, e) = spans[i];
        let w = &sentence[s..e];
        let initial = i == 0;
        // A sentence's first word is a name if it is written capitalised
        // elsewhere too, or starts a run of capitalised words ("Harbor
        // Systems Group, a Finnish firm…"); articles are never part of one.
        let starts_run = spans.get(i + 1).is_some_and(|&(s2, e2)| {
            sentence[e..s2].trim().is_empty() && is_capitalised(&sentence[s2..e2])
        });
        let article = matches!(w, "The" | "A" | "An");
        if is_capitalised(w) && !article && (!initial || known_caps(w) || starts_run) {
            let mut j = i + 1;
            let mut end = e;
            while j < spans.len() {
                let (s2, e2) = spans[j];
                let between = &sentence[end..s2];
                if between.trim().is_empty() && is_capitalised(&sentence[s2..e2]) {
                    end = e2;
                    j += 1;
                } else {
                    break;
                }
            }
            let name = sentence[s..end].to_string();
            let name = name
                .strip_suffix("'s")
                .or(name.strip_suffix("’s"))
                .unwrap_or(&name)
                .to_string();
            current.push(name);
            // Does a list separator follow, then another name?
            let next_start = spans.get(j).map_or(sentence.len(), |x| x.0);
            let between = sentence[end..next_start].trim();
            let sep_word = spans.get(j).map(|x| &sentence[x.0..x.1]);
            if between == "," || between.is_empty() && matches!(sep_word, Some("and" | "or")) {
                // ", " or " and " / " or ": skip an "and"/"or" after a comma too.
                let mut k = j;
                if matches!(
                    spans.get(k).map(|x| &sentence[x.0..x.1]),
                    Some("and" | "or")
                ) {
                    k += 1;
                    joined = true;
                }
                i = k;
                continue;
            }
            flush(&mut current, &mut joined, &mut lists);
            i = j;
            continue;
        }
        if !current.is_empty() {
            flush(&mut current, &mut joined, &mut lists);
        }
        i += 1;
    }
    if !current.is_empty() {
        flush(&mut current, &mut joined, &mut lists);
    }
    lists
}

impl Directory {
    /// Builds the directory from the corpus's tables and text.
    pub fn build(corpus: &Corpus) -> Directory {
        let mut companies: Vec<Company> = Vec::new();
        // 1. Key-players tables.
        for (i, p) in corpus.passages.iter().enumerate() {
            let PassageKind::TableRow { cells, .. } = &p.kind else {
                continue;
            };
            let Some((col, name)) = cells.first() else {
                continue;
            };
            if name.is_empty() || !NAME_COLUMNS.contains(&col.to_lowercase().as_str()) {
                continue;
            }
            let role: Vec<String> = cells[1..]
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| {
                    if cells.len() == 2 {
                        v.clone()
                    } else {
                        format!("{k}: {v}")
                    }
                })
                .collect();
            if let Some(c) = companies.iter_mut().find(|c| key(&c.name) == key(name)) {
                c.passages.push(i);
                continue;
            }
            companies.push(Company {
                name: name.clone(),
                aliases: Vec::new(),
                role: (!role.is_empty()).then(|| role.join("; ")),
                row: Some(p.id.clone()),
                passages: vec![i],
                mentions: 0,
            });
        }
        // Names written capitalised somewhere other than a sentence start.
        let mut caps: BTreeMap<String, usize> = BTreeMap::new();
        let sentences: Vec<&str> = corpus
            .passages
            .iter()
            .filter(|p| matches!(p.kind, PassageKind::Paragraph { .. }))
            .flat_map(|p| text::sentences(&p.text))
            .collect();
        let mut anywhere: std::collections::HashSet<String> = std::collections::HashSet::new();
        for s in &sentences {
            for (n, (a, b)) in text::words(s).enumerate() {
                let w = s[a..b].trim_end_matches("'s").trim_end_matches("’s");
                if is_capitalised(w) {
                    anywhere.insert(w.to_string());
                    if n > 0 {
                        *caps.entry(w.to_string()).or_default() += 1;
                    }
                }
            }
        }
        add_short_forms(&mut companies, &anywhere);
        // 2. Names in the text: listed with a known company, suffixed, or
        //    described as an organisation.
        loop {
            let mut added = false;
            let mut known_keys: std::collections::HashSet<String> = companies
                .iter()
                .flat_map(|c| std::iter::once(&c.name).chain(&c.aliases).map(|n| key(n)))
                .collect();
            for s in &sentences {
                let known_caps = |w: &str| caps.contains_key(w) || known_keys.contains(&key(w));
                for list in name_lists(s, &known_caps) {
                    let listed_with_known =
                        list.len() > 1 && list.iter().any(|n| known_keys.contains(&key(n)));
                    for n in &list {
                        let last = n.split_whitespace().last().unwrap_or("").to_lowercase();
                        let suffixed = n.split_whitespace().count() > 1
                            && SUFFIXES.contains(&last.trim_end_matches('.'));
                        // Not a tail of a known name ("Systems Group").
                        let tail = known_keys.iter().any(|k| k.ends_with(&key(n)));
                        if (listed_with_known || suffixed || described_as_organisation(s, n))
                            && !tail
                            && !known_keys.contains(&key(n))
                            && n.split_whitespace().count() <= 4
                        {
                            known_keys.insert(key(n));
                            companies.push(Company {
                                name: n.clone(),
                                aliases: Vec::new(),
                                role: None,
                                row: None,
                                passages: Vec::new(),
                                mentions: 0,
                            });
                            added = true;
                        }
                    }
                }
            }
            if !added {
                break;
            }
        }
        add_short_forms(&mut companies, &anywhere);
        // 3. Mentions in the text.
        for c in &mut companies {
            let names: Vec<Vec<String>> = std::iter::once(&c.name)
                .chain(&c.aliases)
                .map(|n| text::folded_words(n).into_iter().map(|w| w.0).collect())
                .collect();
            for (i, p) in corpus.passages.iter().enumerate() {
                if matches!(p.kind, PassageKind::TableRow { .. }) && c.passages.contains(&i) {
                    continue;
                }
                let words: Vec<String> = text::folded_words(&p.text)
                    .into_iter()
                    .map(|w| w.0.trim_end_matches("'s").to_string())
                    .collect();
                let mut count = 0;
                let mut k = 0;
                while k < words.len() {
                    if let Some(n) = names
                        .iter()
                        .filter(|n| !n.is_empty())
                        .find(|n| words[k..].starts_with(n))
                    {
                        count += 1;
                        k += n.len();
                    } else {
                        k += 1;
                    }
                }
                if count > 0 {
                    c.mentions += count;
                    c.passages.push(i);
                }
            }
        }
        Directory { companies }
    }

    /// Finds a company by name or alias: exact (any case, spacing and
    /// punctuation), then a unique prefix, then a small misspelling.
    pub fn lookup(&self, query: &str) -> Lookup<'_> {
        let q = key(query);
        if q.is_empty() {
            return Lookup::NotFound {
                suggestions: self.names(),
            };
        }
        let keys = |c: &Company| -> Vec<String> {
            let mut ks: Vec<String> = std::iter::once(&c.name)
                .chain(&c.aliases)
                .map(|n| key(n))
                .collect();
            // The first word alone, for "tencent" → "Tencent Holdings".
            if let Some(first) = c.name.split_whitespace().next() {
                let f = key(first);
                if f.len() >= 4 {
                    ks.push(f);
                }
            }
            ks
        };
        if let Some(c) = self.companies.iter().find(|c| keys(c).contains(&q)) {
            return Lookup::Found(c);
        }
        let prefixed: Vec<&Company> = self
            .companies
            .iter()
            .filter(|c| q.len() >= 2 && keys(c).iter().any(|k| k.starts_with(&q)))
            .collect();
        if prefixed.len() == 1 {
            return Lookup::Found(prefixed[0]);
        }
        let mut close: Vec<(usize, &Company)> = self
            .companies
            .iter()
            .filter_map(|c| {
                let d = keys(c).iter().map(|k| strsim::osa_distance(&q, k)).min()?;
                (d <= (q.chars().count() / 4).clamp(1, 3)).then_some((d, c))
            })
            .collect();
        close.sort_by_key(|(d, _)| *d);
        match close.as_slice() {
            [(_, c)] => return Lookup::Found(c),
            [(d1, c), (d2, _), ..] if d1 < d2 => return Lookup::Found(c),
            _ => {}
        }
        Lookup::NotFound {
            suggestions: self.suggest(query, 3),
        }
    }

    /// Up to `limit` names for a partial or misspelt name, best first: for
    /// autocomplete and for "did you mean". Empty input lists every name.
    pub fn suggest(&self, partial: &str, limit: usize) -> Vec<String> {
        let q = key(partial);
        let mut scored: Vec<(f64, &Company)> = self
            .companies
            .iter()
            .map(|c| {
                let best = std::iter::once(&c.name)
                    .chain(&c.aliases)
                    .map(|n| {
                        let k = key(n);
                        if q.is_empty() {
                            1.0
                        } else if k.starts_with(&q) {
                            2.0
                        } else if n.split_whitespace().any(|w| key(w).starts_with(&q)) {
                            1.5
                        } else {
                            strsim::jaro_winkler(
                                &q,
                                &k[..k.len().min(q.len().max(1) + 2).min(k.len())],
                            )
                            .max(strsim::jaro_winkler(&q, &k))
                        }
                    })
                    .fold(0.0, f64::max);
                (best, c)
            })
            .filter(|(s, _)| *s >= 0.75)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.mentions.cmp(&a.1.mentions)));
        scored
            .into_iter()
            .take(limit)
            .map(|(_, c)| c.name.clone())
            .collect()
    }

    /// Every name, in directory order.
    pub fn names(&self) -> Vec<String> {
        self.companies.iter().map(|c| c.name.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flags::Flagger;

    #[test]
    fn appositions_describe_organisations() {
        let s = "Nordvik Energy, the Danish wind turbine maker, will cut 600 jobs.";
        assert!(described_as_organisation(s, "Nordvik Energy"));
        let s = "IG Metall, Germany's largest union, said it would fight.";
        assert!(described_as_organisation(s, "IG Metall"));
        let s = "The grid operator, REN, said it was investigating.";
        assert!(described_as_organisation(s, "REN"));
        let s = "It was led at the University of Bergen, with colleagues at Aarhus University.";
        assert!(!described_as_organisation(s, "Bergen"));
        let s = "Mayor Rui Calado, who took office in 2023, said so.";
        assert!(!described_as_organisation(s, "Rui Calado"));
        let s = "\"There won't be enough of it,\" said Courtney Wallace, an analyst at the firm.";
        assert!(!described_as_organisation(s, "Courtney Wallace"));
    }

    fn dir() -> Directory {
        let c = Corpus::from_text(
            "t",
            "Who is involved?\n| Company | Role |\n|---|---|\n| Tencent Holdings | Cloud buyer |\n| Acme | Seller |\n\
             Acme and Globex both sell widgets to buyers abroad.\n\
             Tencent did not say much, and Initech Group stayed away from the market.\n\
             Reporters in Beijing and Shanghai covered the story closely.\n",
            &Flagger::default(),
        )
        .expect("corpus");
        Directory::build(&c)
    }

    #[test]
    fn table_and_text_names() {
        let d = dir();
        let names = d.names();
        assert_eq!(
            names,
            vec!["Tencent Holdings", "Acme", "Globex", "Initech Group"]
        );
        let t = &d.companies[0];
        assert_eq!(t.role.as_deref(), Some("Cloud buyer"));
        assert_eq!(t.aliases, vec!["Tencent"]);
        assert_eq!(t.mentions, 1);
        assert_eq!(t.passages.len(), 2, "its row and one paragraph");
    }

    #[test]
    fn lookups_tolerate_case_prefix_and_typos() {
        let d = dir();
        let name = |q: &str| match d.lookup(q) {
            Lookup::Found(c) => c.name.clone(),
            Lookup::NotFound { .. } => "-".into(),
        };
        assert_eq!(name("tencent"), "Tencent Holdings");
        assert_eq!(name("TENCENT HOLDINGS"), "Tencent Holdings");
        assert_eq!(name("Tencnet"), "Tencent Holdings");
        assert_eq!(name("glob"), "Globex");
        assert_eq!(name("Beijing"), "-");
        match d.lookup("Acmee Corp") {
            Lookup::NotFound { suggestions } => {
                assert_eq!(suggestions.first().map(String::as_str), Some("Acme"))
            }
            Lookup::Found(c) => panic!("found {}", c.name),
        }
    }
}
