//! Flags: the sentences an article itself marks as unclear or unconfirmed,
//! each with the words (the cue) that make it so. The cue lists live in
//! [`crate::cues`]; this module matches them on whole words.

use serde::{Deserialize, Serialize};

use crate::text;

/// Why a sentence is flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum FlagKind {
    /// The article says it is not known.
    Unclear,
    /// The article does not stand behind it.
    Unconfirmed,
}

impl FlagKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::Unclear => "unclear",
            FlagKind::Unconfirmed => "unconfirmed",
        }
    }

    /// Capitalised label for people: "Unclear", "Unconfirmed".
    pub fn label(self) -> &'static str {
        match self {
            FlagKind::Unclear => "Unclear",
            FlagKind::Unconfirmed => "Unconfirmed",
        }
    }
}

/// One flagged sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    pub kind: FlagKind,
    /// The sentence as written in the article.
    pub sentence: String,
    /// The words of the sentence that triggered the flag, as written.
    pub cue: String,
    /// The cue is one of [`crate::cues::WITHHELD`]: someone would not say.
    #[serde(skip)]
    pub withheld: bool,
}

/// A cue phrase compiled to folded words; `None` is the one-word wildcard.
#[derive(Debug, Clone)]
struct Cue {
    kind: FlagKind,
    words: Vec<Option<String>>,
    withheld: bool,
}

/// The compiled cue lists. Longer cues are tried first so the reported cue is
/// the most telling one ("It is unclear" rather than "is unclear").
#[derive(Debug, Clone)]
pub struct Flagger {
    cues: Vec<Cue>,
    /// [`crate::cues::UNCLEAR_HEADINGS`], compiled.
    headings: Vec<Cue>,
}

impl Default for Flagger {
    fn default() -> Self {
        Flagger::new(&[], &[])
    }
}

impl Flagger {
    /// The built-in cues plus extra ones from the config.
    pub fn new(extra_unclear: &[String], extra_unconfirmed: &[String]) -> Self {
        let mut cues = Vec::new();
        let mut add = |kind, phrase: &str, withheld| {
            let words: Vec<Option<String>> = phrase
                .split_whitespace()
                .flat_map(|w| match w {
                    "*" => vec![None],
                    w => uncontract(&text::fold(w)).into_iter().map(Some).collect(),
                })
                .collect();
            if words.iter().any(Option::is_some) {
                cues.push(Cue {
                    kind,
                    words,
                    withheld,
                });
            }
        };
        for p in crate::cues::UNCLEAR {
            add(FlagKind::Unclear, p, false);
        }
        for p in extra_unclear {
            add(FlagKind::Unclear, p, false);
        }
        for p in crate::cues::UNCONFIRMED {
            add(FlagKind::Unconfirmed, p, false);
        }
        for p in crate::cues::WITHHELD {
            add(FlagKind::Unconfirmed, p, true);
        }
        for p in extra_unconfirmed {
            add(FlagKind::Unconfirmed, p, false);
        }
        cues.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
        let headings = crate::cues::UNCLEAR_HEADINGS
            .iter()
            .map(|p| Cue {
                kind: FlagKind::Unclear,
                words: p.split_whitespace().map(|w| Some(text::fold(w))).collect(),
                withheld: false,
            })
            .collect();
        Flagger { cues, headings }
    }

    /// The flags of a passage under a section heading: its sentences' own,
    /// and, under a heading such as "What we don't know", an unclear flag
    /// on every sentence not already flagged unclear, with the heading's
    /// words as the cue.
    pub fn flag_in_section(&self, heading: &str, passage: &str) -> Vec<Flag> {
        let words = text::folded_words(heading);
        let cue = self
            .headings
            .iter()
            .find_map(|c| find(&words, &c.words))
            .map(|(s, e)| heading[s..e].to_string());
        let Some(cue) = cue else {
            return self.flag_passage(passage);
        };
        let mut out = Vec::new();
        for sentence in text::sentences(passage) {
            let mut flags = self.flag_sentence(sentence);
            if !flags.iter().any(|f| f.kind == FlagKind::Unclear) {
                flags.push(Flag {
                    kind: FlagKind::Unclear,
                    sentence: sentence.to_string(),
                    cue: cue.clone(),
                    withheld: false,
                });
                flags.sort_by_key(|f| f.kind);
            }
            out.extend(flags);
        }
        out
    }

    /// The flags of one sentence: at most one per kind, with the longest cue.
    pub fn flag_sentence(&self, sentence: &str) -> Vec<Flag> {
        let words = uncontracted_words(sentence);
        let mut flags: Vec<Flag> = Vec::new();
        for cue in &self.cues {
            if flags.iter().any(|f| f.kind == cue.kind) {
                continue;
            }
            // "are not known to grow anywhere else", "was not known to
            // police": unrecorded, not unknown.
            let known_to = |e: usize| {
                cue.words.last() == Some(&Some("known".to_string()))
                    && words.iter().find(|w| w.1 >= e).is_some_and(|w| w.0 == "to")
            };
            if let Some((s, e)) = find(&words, &cue.words).filter(|&(_, e)| !known_to(e)) {
                flags.push(Flag {
                    kind: cue.kind,
                    sentence: sentence.to_string(),
                    cue: sentence[s..e].to_string(),
                    withheld: cue.withheld,
                });
            }
        }
        flags.sort_by_key(|f| f.kind);
        flags
    }

    /// The flags of every sentence of a passage, in order.
    pub fn flag_passage(&self, passage: &str) -> Vec<Flag> {
        text::sentences(passage)
            .into_iter()
            .flat_map(|s| self.flag_sentence(s))
            .collect()
    }
}

/// A word with its "n't" written out: "hasn't" as "has not", "won't" as
/// "will not", so that one cue ("has not decided") finds both spellings.
fn uncontract(word: &str) -> Vec<String> {
    match word.strip_suffix("n't") {
        Some(base) if !base.is_empty() => {
            let base = match base {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                b => b,
            };
            vec![base.to_string(), "not".to_string()]
        }
        _ => vec![word.to_string()],
    }
}

/// A sentence's folded words, contractions written out; both halves keep
/// the span of the word they came from.
fn uncontracted_words(sentence: &str) -> Vec<(String, usize, usize)> {
    text::folded_words(sentence)
        .into_iter()
        .flat_map(|(w, s, e)| uncontract(&w).into_iter().map(move |u| (u, s, e)))
        .collect()
}

/// Finds a cue in a sentence's folded words; returns the byte span it covers.
fn find(words: &[(String, usize, usize)], cue: &[Option<String>]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|start| match_at(words, start, cue))
}

fn match_at(
    words: &[(String, usize, usize)],
    start: usize,
    cue: &[Option<String>],
) -> Option<(usize, usize)> {
    let first = words.get(start)?;
    let mut i = start;
    let mut last = first.2;
    for (n, part) in cue.iter().enumerate() {
        match part {
            Some(w) => {
                let got = words.get(i)?;
                if &got.0 != w {
                    return None;
                }
                last = got.2;
                i += 1;
            }
            None => {
                // The wildcard takes one word only if the rest then matches.
                let rest = &cue[n + 1..];
                if let Some(span) = match_at(words, i + 1, rest).filter(|_| i < words.len()) {
                    return Some((first.1, span.1));
                }
            }
        }
    }
    Some((first.1, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(FlagKind, String)> {
        Flagger::default()
            .flag_sentence(s)
            .into_iter()
            .map(|f| (f.kind, f.cue))
            .collect()
    }

    #[test]
    fn unclear_with_its_cue() {
        assert_eq!(
            kinds("It is unclear which specific policy changes OpenAI has sought."),
            vec![(FlagKind::Unclear, "It is unclear".to_string())]
        );
        assert_eq!(
            kinds("It remains unclear exactly how those companies use the models."),
            vec![(FlagKind::Unclear, "It remains unclear".to_string())]
        );
        // Each sentence, and the cue it is flagged unclear by ("Where will
        // the new stores be?": the article says it was not told).
        for (sentence, cue) in [
            (
                "Nobody has tested it, so I can't say for certain how old it is.",
                "can't say for certain",
            ),
            (
                "It said it was not possible to predict where rates would be.",
                "not possible to predict",
            ),
            (
                "Whether the craft will survive here, I honestly don't know.",
                "I honestly don't know",
            ),
            (
                "The union has warned of strikes, but no dates have been announced.",
                "no dates have been announced",
            ),
            (
                "Aldi plans 35 more stores this year. It did not say where.",
                "did not say where",
            ),
            (
                "They said they couldn't be sure why numbers were higher.",
                "couldn't be sure",
            ),
            (
                "Staff said they did not know who had brought it in.",
                "did not know who",
            ),
            (
                "Some would not have survived by road, but you never really know for sure.",
                "never really know",
            ),
            (
                "It has promised to accept bank cards but has not set a date.",
                "not set a date",
            ),
        ] {
            assert_eq!(
                kinds(sentence),
                vec![(FlagKind::Unclear, cue.to_string())],
                "{sentence}"
            );
        }
    }

    #[test]
    fn unnamed_sources_and_no_comment_are_unconfirmed() {
        // Each sentence, and the cue it is flagged by.
        for (sentence, cue) in [
            ("Much of it supports expansion, according to people familiar with their operations.", "people familiar with"),
            ("Microsoft and OpenAI both declined to comment on the reporting.", "declined to comment"),
            ("Tencent did not immediately respond to requests for comment.", "did not immediately respond"),
            ("The figure could not be independently verified.", "could not be independently verified"),
            ("The figure could not be verified.", "could not be verified"),
            ("The company did not immediately return a call seeking comment.", "did not immediately return a call"),
            ("Neither has commented publicly.", "Neither has commented"),
            ("Some MPs said privately that the reshuffle was meant to move critics.", "said privately"),
            ("A Conservative source at the count says the party has held on.", "A Conservative source at"),
            ("We can't confirm that, and the other parties are silent.", "can't confirm"),
            ("We haven't been able to check that figure independently.", "haven't been able to check"),
        ] {
            assert_eq!(kinds(sentence)[0].1, cue, "{sentence}");
        }
        // Not coming home.
        assert!(kinds("They were reported missing when they did not return by 4pm.").is_empty());
        // Nor answering the door.
        assert!(
            kinds("I've called an ambulance for people who didn't answer the door.").is_empty()
        );
        assert!(!kinds("The agency did not answer questions about the program.").is_empty());
        assert_eq!(
            kinds("Whether the state will cover the overrun was not clear.")[0],
            (FlagKind::Unclear, "was not clear".to_string())
        );
    }

    #[test]
    fn other_wordings_of_hedges() {
        let first = |s: &str| kinds(s).first().map(|f| f.0);
        assert_eq!(
            first("Whether the plan survives remains uncertain."),
            Some(FlagKind::Unclear)
        );
        assert_eq!(
            first("It is too early to say how many jobs will go."),
            Some(FlagKind::Unclear)
        );
        assert_eq!(
            first("Where the tradition comes from, nobody really knows."),
            Some(FlagKind::Unclear)
        );
        // Unrecorded is not unknown.
        assert_eq!(
            first("Some of the varieties are not known to grow anywhere else."),
            None
        );
        assert_eq!(
            first("It is not known how many trees can be saved."),
            Some(FlagKind::Unclear)
        );
        assert_eq!(
            first("The deal is worth $2bn, sources said."),
            Some(FlagKind::Unconfirmed)
        );
        assert_eq!(
            first("The firm couldn't be reached on Sunday."),
            Some(FlagKind::Unconfirmed)
        );
        assert_eq!(
            first("He is believed to have left the company."),
            Some(FlagKind::Unconfirmed)
        );
        assert_eq!(
            first("Oil remains a source of revenue for the state."),
            None
        );
        // An unofficial count is unconfirmed; an unofficial route is not.
        assert_eq!(
            first("Lima leads, according to unofficial results."),
            Some(FlagKind::Unconfirmed)
        );
        assert_eq!(
            first("Many would have run anyway on unofficial routes."),
            None
        );
        // More wordings, from articles of other styles.
        for unclear in [
            "What will happen to the mosaic has not been decided.",
            "The health effects are not known.",
            "The cause of the explosion has not yet been established.",
            "There is no word on when the line will reopen.",
            "Details of the settlement were not released.",
            "The reason for the delay remains a mystery.",
            "Nobody knows how many people were inside.",
            "Questions remain over who authorised the payment.",
            "Little is known about the buyer.",
            "The council has not made clear whether it will continue.",
            "The exact cost has yet to be calculated.",
            "No reason was given for the change.",
            "The timing of the vote is uncertain.",
            "Staff have not been told whether they will keep their jobs.",
            "We don't know yet whether we can raise the money.",
            "The club does not know whether the match will go ahead.",
            "Fans don't know whether the match will go ahead.",
            "The council hasn't decided whether to renew it.",
        ] {
            assert_eq!(first(unclear), Some(FlagKind::Unclear), "{unclear}");
        }
        for unconfirmed in [
            "The couple are reported to have left the country.",
            "An insider said the deal was close.",
            "The claim could not be independently checked.",
            "The company supposedly paid in cash.",
            "Officials cautioned that the figures were provisional.",
            "The firm refused to say how much it paid.",
            "A spokesman would not be drawn on the figures.",
            "Neither side would comment on the talks.",
        ] {
            assert_eq!(
                first(unconfirmed),
                Some(FlagKind::Unconfirmed),
                "{unconfirmed}"
            );
        }
        assert_eq!(first("The hostages were released on Friday."), None);
    }

    #[test]
    fn negation_matters() {
        assert!(kinds("The confirmed facts on record: revenue tripled.").is_empty());
        assert_eq!(
            kinds("OpenAI raised concerns, with no confirmed policy resolution yet.")[0].1,
            "no confirmed"
        );
        assert!(
            kinds("OpenAI and Anthropic both decline to sell their models directly.").is_empty()
        );
    }

    #[test]
    fn plain_facts_are_clean() {
        assert!(kinds(
            "Microsoft President Brad Smith told Congress that China accounted for only about 1.5% of overall company revenue in 2024."
        )
        .is_empty());
        assert!(kinds("It's pretty awesome.").is_empty());
    }

    #[test]
    fn typographic_apostrophes_fold() {
        assert_eq!(
            kinds("Here’s what we know so far about the deal: it closed.")[0].1,
            "Here’s what we know so far"
        );
    }

    #[test]
    fn config_cues_extend_the_lists() {
        let f = Flagger::new(&["anyone's guess".to_string()], &[]);
        assert_eq!(
            f.flag_sentence("Where it goes is anyone's guess.")[0].kind,
            FlagKind::Unclear
        );
    }
}
