//! A small English lexicon for paraphrase: WordNet's synonyms ("clients" ~
//! "customers", "biggest" ~ "largest"), adjective antonyms ("how big" is
//! answered by "small"), derived words ("died" ~ "death", "suing" ~ "suit")
//! and irregular forms ("said" → "say").
//!
//! The data, `data/lexicon.tsv`, is generated from WordNet 3.0 by
//! `scripts/gen-lexicon.py` and committed, so nothing is installed at build
//! or run time. It is compiled into the binary and searched in place (a
//! binary search over its sorted lines, whose starts are found on first
//! use); only the few thousand irregular forms, which the analyzer looks up
//! for every token, get a hash map, built on first use in about a
//! millisecond.

use std::collections::HashMap;
use std::sync::OnceLock;

/// word \t base forms (comma-separated) \t synonyms \t antonyms \t derived
/// words (space-separated) \t parts of speech (letters n v a r), sorted by
/// word.
static DATA: &str = include_str!("../data/lexicon.tsv");

/// Each line of [`DATA`]: where it starts, where its key (the word) ends
/// and where the line ends, found once (one pass over the text, a few
/// milliseconds), so a lookup is a plain binary search over the keys.
fn lines() -> &'static [(u32, u32, u32)] {
    static LINES: OnceLock<Vec<(u32, u32, u32)>> = OnceLock::new();
    LINES.get_or_init(|| {
        let mut out = Vec::new();
        let mut start = 0;
        for l in DATA.split_inclusive('\n') {
            let body = l.strip_suffix('\n').unwrap_or(l);
            let key = body.find('\t').unwrap_or(body.len());
            out.push((
                start as u32,
                (start + key) as u32,
                (start + body.len()) as u32,
            ));
            start += l.len();
        }
        out
    })
}

/// The line for `word`, by binary search over the sorted lines.
fn line(word: &str) -> Option<&'static str> {
    let lines = lines();
    lines
        .binary_search_by(|&(s, k, _)| DATA[s as usize..k as usize].cmp(word))
        .ok()
        .map(|i| {
            let (s, _, e) = lines[i];
            &DATA[s as usize..e as usize]
        })
}

/// Irregular forms that news uses as words of their own: "ground" is
/// rarely "grind" done, "feed" no plural of "fee", "Kent" no form of "ken";
/// and "lay" stays "lay", so "lay off" finds "laid off".
const OWN_WORDS: &[&str] = &[
    "bit", "bound", "cola", "collier", "dimmer", "dive", "dryer", "feed", "fitter", "flatter",
    "further", "ground", "guilder", "hinder", "kent", "lay", "lei", "madder", "rent", "roma",
    "smelt", "spelt", "squatter", "stamina", "stove", "tanner", "trimmer", "wound",
];

/// The base form of an irregular form ("slept" → "sleep", "paid" → "pay",
/// "children" → "child"), from WordNet's exception lists; `None` for
/// regular words, which the stemmer handles, and for [`OWN_WORDS`].
pub fn irregular_base(word: &str) -> Option<&'static str> {
    if OWN_WORDS.contains(&word) {
        return None;
    }
    // Every token of every article and question passes here, so the few
    // thousand irregular forms get a hash map of their own, built once.
    static IRREGULAR: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let map = IRREGULAR.get_or_init(|| {
        DATA.lines()
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let word = cols.next()?;
                let base = cols
                    .next()?
                    .split(',')
                    .find(|b| !b.is_empty() && *b != word)?;
                Some((word, base))
            })
            .collect()
    });
    map.get(word).copied()
}

/// True when a lower-case word is an English dictionary word (in any
/// inflection), as opposed to a name or a typo.
pub fn is_word(word: &str) -> bool {
    !lemmas(word).is_empty()
}

/// Regular inflections, as WordNet's "morphy" undoes them: (suffix, replacement).
const DETACH: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("est", "e"),
    ("est", ""),
    ("er", "e"),
    ("er", ""),
];

/// The dictionary forms of a lower-case word: itself if listed, with its
/// irregular base forms; otherwise what regular inflection rules give.
pub fn lemmas(word: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    if let Some(l) = line(word) {
        let mut parts = l.split('\t');
        out.push(parts.next().unwrap_or(""));
        for b in parts
            .next()
            .unwrap_or("")
            .split(',')
            .filter(|b| !b.is_empty())
        {
            if let Some(bl) = line(b) {
                out.push(bl.split('\t').next().unwrap_or(""));
            }
        }
        // A participle WordNet lists only as an adjective ("directed",
        // "limited") is still the verb done: "Who directed it?" is
        // answered by "the director".
        let participle = (word.ends_with("ed") || word.ends_with("ing"))
            && out.len() == 1
            && l.split('\t')
                .nth(5)
                .is_some_and(|pos| !pos.contains(['n', 'v']));
        if !participle {
            return out;
        }
    }
    detach(word, &mut out);
    out
}

/// What regular inflection rules make of a word, whether or not WordNet
/// lists the word itself: "catching" (a noun and an adjective there) is
/// also "catch", for a phrase such as "catch fire".
pub fn regular_bases(word: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    detach(word, &mut out);
    out
}

/// Adds what regular inflection rules make of `word` to `out`.
fn detach(word: &str, out: &mut Vec<&'static str>) {
    let mut candidate = String::with_capacity(word.len() + 2);
    for (suffix, with) in DETACH {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() < 2 {
                continue;
            }
            candidate.clear();
            candidate.push_str(stem);
            candidate.push_str(with);
            if let Some(l) = line(&candidate) {
                let key = l.split('\t').next().unwrap_or("");
                if !out.contains(&key) {
                    out.push(key);
                }
            }
        }
    }
}

/// Words related to a lower-case word, from its dictionary forms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Related {
    /// Synonyms, most frequent senses first, without the word itself.
    pub synonyms: Vec<&'static str>,
    /// Antonyms, for adjectives.
    pub antonyms: Vec<&'static str>,
    /// Words derived from the same senses in another part of speech ("die"
    /// and "death", "sue" and "suit"): the same meaning, so closer than a
    /// synonym.
    pub derived: Vec<&'static str>,
}

/// Synonyms and antonyms of a lower-case word.
pub fn related(word: &str) -> Related {
    related_with(word, &lemmas(word))
}

/// [`related`] for a word whose dictionary forms ([`lemmas`]) the caller
/// already has.
pub fn related_with(word: &str, forms: &[&'static str]) -> Related {
    let mut r = Related::default();
    for form in forms {
        let Some(l) = line(form) else { continue };
        let mut cols = l.split('\t').skip(2);
        for (col, out) in [
            (cols.next(), &mut r.synonyms),
            (cols.next(), &mut r.antonyms),
            (cols.next(), &mut r.derived),
        ] {
            for s in col.unwrap_or("").split(' ').filter(|s| !s.is_empty()) {
                if s != word && !forms.contains(&s) && !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
    r
}

/// True when a word can be an adjective or an adverb ("fast", "soon"), in
/// one of its dictionary forms.
pub fn is_adjective_or_adverb(word: &str) -> bool {
    lemmas(word)
        .iter()
        .any(|l| parts_of_speech(l).contains(['a', 'r']))
}

/// A dictionary word's parts of speech as WordNet letters ("nv" for
/// "sail"); empty for a word it does not list.
fn parts_of_speech(word: &str) -> &'static str {
    line(word).and_then(|l| l.split('\t').nth(5)).unwrap_or("")
}

/// True when a word can be a noun, in one of its dictionary forms, and is
/// no past form of a verb: "cases" and "people" are, "signed", "sold" and
/// "died" are not (though "sign" is a noun).
pub fn is_noun(word: &str) -> bool {
    let noun = |w: &str| parts_of_speech(w).contains('n');
    !word.ends_with("ed")
        && (noun(word) || (irregular_base(word).is_none() && lemmas(word).iter().any(|l| noun(l))))
}

/// True when a word, as written, can be a verb ("inspect").
pub fn is_verb(word: &str) -> bool {
    parts_of_speech(word).contains('v')
}

/// True when WordNet derives one word from the other, in some dictionary
/// form of each ("makers" and "make", "employee" and "employing").
pub fn derives(a: &str, b: &str) -> bool {
    let (la, lb) = (lemmas(a), lemmas(b));
    let derived_from = |from: &[&'static str], to: &[&'static str]| {
        from.iter()
            .any(|&f| related_with(f, &[f]).derived.iter().any(|d| to.contains(d)))
    };
    derived_from(&la, &lb) || derived_from(&lb, &la)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_is_sorted_so_search_works() {
        let keys: Vec<&str> = DATA
            .lines()
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        assert!(
            keys.windows(2).all(|w| w[0] < w[1]),
            "data/lexicon.tsv must be sorted by bytes"
        );
        for k in [keys[0], keys[keys.len() / 2], keys[keys.len() - 1]] {
            assert!(line(k).is_some(), "{k}");
        }
        assert!(line("zzzzqx").is_none());
        assert!(line("").is_none());
    }

    #[test]
    fn inflections_and_irregular_forms() {
        assert!(lemmas("clients").contains(&"client"));
        assert!(lemmas("biggest").contains(&"big"));
        assert!(lemmas("said").contains(&"say"));
        assert_eq!(irregular_base("slept"), Some("sleep"));
        assert_eq!(irregular_base("paid"), Some("pay"));
        assert_eq!(irregular_base("sleeps"), None);
        // Words of their own, and "laid off" and "lay off" kept together.
        assert_eq!(irregular_base("ground"), None);
        assert_eq!(irregular_base("feed"), None);
        assert_eq!(irregular_base("laid"), Some("lay"));
        assert_eq!(irregular_base("lay"), None);
        // A participle WordNet lists only as an adjective is the verb too.
        assert!(lemmas("directed").contains(&"direct"));
        assert_eq!(lemmas("number"), vec!["number"]);
        assert!(!lemmas("catching").contains(&"catch"));
        assert!(regular_bases("catching").contains(&"catch"));
        assert!(is_word("paid") && is_word("likely"));
        assert!(!is_word("meitaun") && !is_word("samsung"));
    }

    #[test]
    fn synonyms_of_frequent_senses() {
        assert!(related("clients").synonyms.contains(&"customer"));
        assert!(related("biggest").synonyms.contains(&"large"));
        assert!(related("earnings").synonyms.contains(&"profit"));
        assert_eq!(related("qwxz"), Related::default());
        let big = related("biggest");
        assert!(big.antonyms.contains(&"small"));
        assert!(big.antonyms.iter().all(|a| !big.synonyms.contains(a)));
    }

    #[test]
    fn derived_words_of_frequent_senses() {
        assert!(related("died").derived.contains(&"death"));
        assert!(related("suing").derived.contains(&"suit"));
        assert!(related("investment").derived.contains(&"invest"));
        // "dice" is a synonym of "die" (the cube), derived from nothing.
        assert!(!related("die").derived.contains(&"dice"));
        assert!(derives("makers", "make") && derives("employ", "employees"));
        assert!(is_adjective_or_adverb("fast") && is_adjective_or_adverb("sooner"));
        assert!(!is_adjective_or_adverb("show"));
        assert!(!derives("shower", "show") && !derives("corner", "corn"));
    }
}
