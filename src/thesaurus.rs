//! citebot's news thesaurus: the words a reader asks with and the different
//! words a news article answers with ("who pays" / "funded by", "stock" /
//! "shares", "hurt" / "treated in hospital"), which WordNet's synonyms
//! ([`crate::lexicon`]) do not relate.
//!
//! The data, `data/thesaurus.txt`, is written by hand (its header gives the
//! format) and compiled into the binary. A member is found by its own
//! spelling or by its analyzed stem, so "funded", "funding" and "funds" all
//! find the group of "fund".

use std::collections::{HashMap, HashSet};

#[cfg(test)]
use tantivy::tokenizer::TokenStream;

static DATA: &str = include_str!("../data/thesaurus.txt");

/// The thesaurus, keyed by member and by member stem.
#[derive(Debug, Default)]
pub struct Thesaurus {
    related: HashMap<String, Vec<&'static str>>,
    /// The first words of its phrases ("take" of "take down"), so that a
    /// question's word pairs are looked up only where one can match.
    phrase_starts: HashSet<&'static str>,
}

impl Thesaurus {
    /// Parses the compiled-in data; `stem` gives a word's analyzed term
    /// (the search analyzer's), so inflected question words find their group.
    pub fn new(mut stem: impl FnMut(&str) -> Option<String>) -> Self {
        let mut related: HashMap<String, Vec<&'static str>> = HashMap::new();
        let mut phrase_starts = HashSet::new();
        for line in DATA.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (from, to) = line.split_once(" > ").unwrap_or((line, ""));
            let members = |s: &'static str| s.split(',').map(str::trim).filter(|m| !m.is_empty());
            let all: Vec<&'static str> = members(from).chain(members(to)).collect();
            for m in members(from) {
                if let Some((first, _)) = m.split_once(' ') {
                    phrase_starts.insert(first);
                }
                let mut keys = vec![m.to_string()];
                if !m.contains(' ') {
                    keys.extend(stem(m));
                }
                // A question's pair past its article finds "raise the
                // alarm" as "raise alarm".
                let bare: Vec<&str> = m
                    .split(' ')
                    .filter(|w| !matches!(*w, "the" | "a" | "an"))
                    .collect();
                if bare.len() == 2 && m.split(' ').count() == 3 {
                    keys.push(bare.join(" "));
                }
                for key in keys {
                    let out = related.entry(key).or_default();
                    for &r in &all {
                        if r != m && !out.contains(&r) {
                            out.push(r);
                        }
                    }
                }
            }
        }
        Thesaurus {
            related,
            phrase_starts,
        }
    }

    /// True when some phrase of the thesaurus starts with this word.
    pub fn starts_phrase(&self, word: &str) -> bool {
        self.phrase_starts.contains(word)
    }

    /// The members related to a lower-case word or two-word phrase, looked
    /// up by `word` itself and by its analyzed `term`: single words, or
    /// phrases with words separated by spaces. Empty when it has none.
    pub fn related(&self, word: &str, term: &str) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for key in [word, term] {
            for &r in self.related.get(key).into_iter().flatten() {
                if r != word && !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(w: &str) -> Option<String> {
        let mut an = crate::search::analyzer();
        let mut ts = an.token_stream(w);
        ts.advance().then(|| ts.token().text.clone())
    }

    fn thesaurus() -> Thesaurus {
        Thesaurus::new(stem)
    }

    /// What a question word finds, looked up the way search looks it up.
    fn related(t: &Thesaurus, word: &str) -> Vec<&'static str> {
        t.related(word, &stem(word).unwrap_or_default())
    }

    #[test]
    fn groups_relate_every_member_and_inflections_find_them() {
        let t = thesaurus();
        assert!(related(&t, "pays").contains(&"fund"));
        assert!(related(&t, "paid").contains(&"fund"));
        assert!(related(&t, "funded").contains(&"pay"));
        assert!(related(&t, "stock").contains(&"shares"));
        assert!(related(&t, "prepare").contains(&"get ready"));
        assert!(t.related("lay off", "lay off").contains(&"layoff"));
        // A phrase with an article in it, found past the article.
        assert!(t.related("raise alarm", "raise alarm").contains(&"alerted"));
        assert!(related(&t, "qwxz").is_empty());
    }

    #[test]
    fn arrows_relate_one_way() {
        let t = thesaurus();
        assert!(related(&t, "hurt").contains(&"treat"));
        assert!(!related(&t, "treated").contains(&"hurt"));
        // "How much more snow is expected?": "more snow is likely".
        assert!(related(&t, "expected").contains(&"likely"));
        assert!(!related(&t, "likely").contains(&"expect"));
        // "Who gave the King flowers?": "presented with flowers by…".
        assert!(related(&t, "gave").contains(&"presented"));
        // "How punctual was Northern?": "On time: 63%".
        assert!(related(&t, "punctual").contains(&"on time"));
        // "What is the biggest danger?": "the dust is the real danger".
        assert!(related(&t, "biggest").contains(&"real"));
        assert!(!related(&t, "real").contains(&"biggest"));
        // "How long has she worked there?": "She joined eleven years ago".
        assert!(related(&t, "worked").contains(&"joined"));
        // "How did he learn piano tuning?": "they taught piano tuning".
        assert!(related(&t, "learn").contains(&"taught"));
        assert!(!related(&t, "taught").contains(&"learn"));
        // "Who is replacing her?": "Who is taking over?".
        assert!(related(&t, "replacing").contains(&"take over"));
        // "Has the record been confirmed?": "has not been verified".
        assert!(related(&t, "confirmed").contains(&"verified"));
        // "Should I keep a record of the noise?": "Keep a diary".
        assert!(related(&t, "record").contains(&"diary"));
        // "How much has the Algarve gone up?": "Change on last year: Up 2%".
        assert!(related(&t, "rise").contains(&"change"));
        assert!(!related(&t, "change").contains(&"rise"));
        // "How many jobs will go?": "14 posts would go".
        assert!(related(&t, "jobs").contains(&"posts"));
        // "Why is the furnace always on?": "It runs day and night".
        assert!(related(&t, "always").contains(&"day and night"));
    }

    #[test]
    fn every_line_is_a_group() {
        for line in DATA.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let members = line.split([',', '>']).filter(|m| !m.trim().is_empty());
            assert!(members.count() >= 2, "a group of one: {line}");
            assert_eq!(line, line.to_lowercase(), "members are lower case: {line}");
        }
    }
}
