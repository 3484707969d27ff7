//! The question side of search: a member's chat text turned into the
//! concepts it asks about, each with the analyzed terms that stand for it
//! (the word, its other forms, a corrected spelling, its WordNet and
//! thesaurus relations, the kind of value it asks for), weighed for
//! coverage.
//!
//! Chat text is never handed to tantivy's query parser: `-x`, `*`, `AND`,
//! quotes or colons in a question would be query syntax there. The
//! question goes through the same analyzer as the article and the query is
//! built from the resulting terms ([`SearchIndex::plan`]).

use std::collections::HashSet;

use tantivy::tokenizer::TextAnalyzer;

use super::{analyze, idf, stem, SearchIndex};
use crate::{answer_types, lexicon, text};

/// Weight of a word corrected from a misspelling, against an exact word.
pub const CORRECTED_WEIGHT: f32 = 0.7;

/// Weight of a synonym from the lexicon, against the word itself: below
/// the original words, so paraphrase helps without taking over.
pub const SYNONYM_WEIGHT: f32 = 0.5;

/// Weight of an adjective's antonym ("small" for "how big").
pub const ANTONYM_WEIGHT: f32 = 0.3;

/// A related word from the news thesaurus ([`crate::thesaurus`]).
pub const THESAURUS_WEIGHT: f32 = 0.45;

/// How much of a word's weight its thesaurus relation covers.
pub const THESAURUS_COVERAGE: f32 = 0.65;

/// Coverage credit of a synonym match: less than its ranking weight, since
/// a synonym of a rare sense ("founded" ~ "established") is weak evidence
/// that the article answers the question.
pub const SYNONYM_COVERAGE: f32 = 0.35;

/// Synonyms used per question word, most frequent senses first.
const MAX_SYNONYMS: usize = 12;

/// The weight a question word the article never uses counts against
/// coverage. A fixed, moderate value rather than the (maximal) IDF of an
/// unseen word: an everyday word the article happens not to use ("big",
/// "run") should not sink a question, while two or more of them should.
pub const UNKNOWN_WEIGHT: f32 = 1.6;

/// Length of the prefix that groups the corpus's words, to find other forms of a
/// word among them.
pub(super) const PREFIX: usize = 4;

/// At most this many content words of a question are used (a 10,000-character
/// paste is answered by its first words, quickly).
const MAX_QUERY_WORDS: usize = 48;

/// Adjectives of degree that close a "why" question ("Why was turnout
/// low?"): the question asks the cause, whatever words give the degree
/// (not a change: "Why are meal deals getting more expensive?").
const DEGREES: &[&str] = &[
    "high",
    "low",
    "long",
    "short",
    "big",
    "small",
    "expensive",
    "cheap",
    "late",
    "early",
    "slow",
    "busy",
    "quiet",
    "popular",
    "bad",
    "poor",
    "full",
    "empty",
];

/// English stop words, used on both sides: function words and the question
/// words every question shares, which say nothing about what is asked.
#[rustfmt::skip]
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "another", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
    "does", "doesn't", "doing", "done", "don't", "down", "during", "each", "else", "ever", "few", "for",
    "from", "further", "get", "gets", "getting", "got", "gotten", "had", "hadn't", "has", "hasn't", "have", "haven't",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
    "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "less", "let", "let's", "letting", "many",
    "may", "me", "might", "more", "most", "much", "my", "myself", "no", "nor", "not", "now", "of",
    "off", "on", "once", "ones", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over",
    "own", "really", "s", "same", "shall", "she", "should", "so", "some", "such", "t", "than",
    "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
    "was", "wasn't", "we", "were", "must", "weren't", "what", "what's", "when", "where", "where's",
    "whether", "which", "while", "who", "who's", "whom", "whose", "why", "will", "with", "won't", "would", "away",
    "wouldn't", "yet", "you", "your", "yours", "yourself",
];

/// Words that only chat adds to a question ("ok thanks", "tell me about"):
/// dropped from questions, kept in the article.
#[rustfmt::skip]
pub(super) const CHAT_WORDS: &[&str] = &[
    "hi", "hey", "hello", "thanks", "thank", "thx", "ok", "okay", "please", "pls", "tell", "know",
    "article", "story", "piece", "bot", "citebot", "lol", "yes", "yeah", "anyone", "someone",
    "explain", "mean", "means", "guys", "whats", "hows", "whos", "wheres", "whys", "im", "dont",
    "doesnt", "didnt", "cant", "isnt", "arent", "wasnt", "wont", "u", "ur", "pls", "plz", "tho",
    "i'm", "i've", "i'd", "i'll",
    "btw", "wondering", "curious", "besides", "among", "amongst", "within", "across", "around",
    "toward", "towards", "upon", "via", "per", "come", "comes", "came", "coming", "go", "goes",
    "going", "gone", "went", "thing", "things", "stuff", "kind", "kinds", "sort", "lot", "lots",
    "actually", "exactly", "currently", "right", "maybe", "probably", "basically", "generally",
    "specifically", "think", "everyone", "everybody", "anybody", "somebody", "cool", "nice", "awesome", "gm", "ty", "want", "wants", "wanted", "wat", "wut", "wot", "happen", "happens", "happened", "happening", "likely", "originally", "initially", "anything", "something", "everything", "like",
];

/// Object pronouns a particle may follow: "give them back", "send it off".
const OBJECT_PRONOUNS: &[&str] = &[
    "it", "them", "him", "her", "me", "us", "this", "that", "these", "those",
];

/// Particles of phrasal verbs, which may stand after the verb's object
/// ("in" and "on" are left out: "get it in Scotland" is no "get in").
const PARTICLES: &[&str] = &["back", "up", "down", "out", "off", "over", "away"];

/// Words that frame what a question asks about rather than name it ("how
/// did the stock react", "which contractor was involved", "who is behind
/// the attack", "can she still play"). They still find passages using them ("Calder has 30 days
/// to respond").
/// The verbs by which a "how much" question asks a sum given, paid or
/// spent: its last word, it asks the sum, not the verb.
const GIVING: &[&str] = &[
    "give",
    "gave",
    "given",
    "giving",
    "donate",
    "donated",
    "contribute",
    "contributed",
    "invest",
    "invested",
];

const FRAME_WORDS: &[&str] = &[
    // "How fast does she shear one sheep?": one of them, no count.
    "one",
    "instead",
    "soon",
    "badly",
    "type",
    "types",
    "mostly",
    "mainly",
    "largely",
    "primarily",
    "usually",
    "normally",
    "typically",
    "still",
    "react",
    "reacted",
    "reacting",
    "reaction",
    "respond",
    "responded",
    "response",
    "feel",
    "feels",
    "felt",
    "involve",
    "involved",
    "behind",
    "affected",
    "impacted",
    "back",
    "better",
    "worse",
    "best",
    "worst",
    "easier",
    "harder",
    "use",
    "used",
    "using",
    "work",
    "works",
    "take",
    "taking",
    "took",
    "taken",
    "hit",
    "say",
    "says",
    "said",
    "start",
    "starts",
    "begin",
    "begins",
    "still",
    "try",
    "tried",
    "trying",
    "include",
    "includes",
    "included",
    "including",
    "new",
    "somewhere",
    "elsewhere",
    "held",
    "current",
    "options",
    "option",
    "located",
    "situated",
    "based",
    "anywhere",
    "lasted",
    "lasts",
    "able",
    "matter",
    "matters",
    "result",
    "results",
    "outcome",
    "since",
    "affect",
];

/// Words asking someone's role ("What job did Steve Reed get?", "What is
/// Lammas's position?"): frames when the question names someone.
const ROLE_WORDS: &[&str] = &["job", "jobs", "role", "roles", "position", "post", "title"];

/// The most a frame word weighs in coverage.
pub(super) const FRAME_WEIGHT: f32 = 0.3;

/// How a question word entered the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// The article uses this word (after stemming).
    Exact,
    /// A misspelling or near form corrected to a word the article uses.
    Corrected,
    /// Only synonyms of it are in the article.
    Synonym,
    /// Neither it nor a synonym is in the article.
    Unknown,
}

/// One content word of a question and the terms that stand for it.
#[derive(Debug, Clone)]
pub struct Concept {
    /// The word as the member typed it.
    pub word: String,
    pub how: Match,
    /// How much the word counts towards coverage: its IDF when the article
    /// uses it, [`UNKNOWN_WEIGHT`] otherwise.
    pub idf: f32,
    /// Analyzed terms searched for it: the word itself first, then a
    /// corrected spelling or other forms, then its relations.
    pub terms: Vec<QueryTerm>,
    /// A later word of a name that the previous concept starts ("City" in
    /// "Harbor City"): a name is one thing asked about, and weighs as one.
    pub continues_name: bool,
    /// The word is a name ("Porto", capitalised in mid-question).
    pub name: bool,
    /// A word that frames the question rather than names what it asks
    /// about ([`FRAME_WORDS`]): it weighs [`FRAME_WEIGHT`] at most and is
    /// not one of the words a short question must match.
    pub frame: bool,
}

/// One analyzed term standing for a question word.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    /// The analyzed term; words separated by spaces for a phrase.
    pub term: String,
    /// Its boost in the search: 1 for the word itself, less for a
    /// correction ([`CORRECTED_WEIGHT`]) or a relation ([`SYNONYM_WEIGHT`],
    /// [`THESAURUS_WEIGHT`], [`ANTONYM_WEIGHT`]).
    pub weight: f32,
    /// How much of the word's weight a passage holding it covers: 1 for the
    /// word itself, [`CORRECTED_WEIGHT`] for a correction or another form,
    /// [`SYNONYM_COVERAGE`] for a WordNet relation or an answer type,
    /// [`THESAURUS_COVERAGE`] for a thesaurus relation.
    pub covers: f32,
}

impl Concept {
    /// A concept the article knows only through its relations or the kind
    /// of value it asks for ("how long", "go up", "how well"): weighed as a
    /// word the article does not use; with no terms at all ("so far"), a
    /// frame word.
    fn by_relations(word: impl Into<String>, terms: Vec<QueryTerm>) -> Concept {
        Concept {
            word: word.into(),
            how: if terms.is_empty() {
                Match::Unknown
            } else {
                Match::Synonym
            },
            idf: UNKNOWN_WEIGHT,
            frame: terms.is_empty(),
            terms,
            continues_name: false,
            name: false,
        }
    }
}

impl QueryTerm {
    pub(super) fn new(term: impl Into<String>, weight: f32, covers: f32) -> Self {
        QueryTerm {
            term: term.into(),
            weight,
            covers,
        }
    }
}

/// A question analyzed against the corpus.
#[derive(Debug, Clone, Default)]
pub struct QueryPlan {
    pub concepts: Vec<Concept>,
    /// A capitalised name in the question that the article never mentions
    /// ("Samsung"): the question is about something else.
    pub unknown_name: Option<String>,
    /// The question asks for personal advice ("How do I…?").
    pub advice: bool,
}

impl QueryPlan {
    /// How many things the question names, the way a reader counts them:
    /// frame words left out, a name of several words as one ("Who won the
    /// Pan Pacific Open?" asks about two things, not four).
    pub fn words(&self) -> usize {
        self.concepts
            .iter()
            .filter(|c| !c.frame && !c.continues_name)
            .count()
    }
}

/// Most edits allowed between a misspelt word and the article's word.
fn max_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    }
}

/// True when two words look like forms of one word: one is the other plus
/// an inflectional or agent ending ("fast", "faster", "maker"), or
/// they differ only in the last letter or two of a long stem ("criticised",
/// "criticism"). "mill" and "million" are not.
fn related_forms(a: &str, b: &str) -> bool {
    // Inflections and the agent "-er"; not "-al", "-y" or "-ment", which
    // make other words ("portal", "party", "basement").
    const ENDINGS: &[&str] = &[
        "s", "es", "d", "ed", "r", "er", "ers", "ee", "ees", "st", "est", "ing", "ings", "ly",
        "ist", "ists",
    ];
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let (la, lb) = (a.chars().count(), b.chars().count());
    let shorter = la.min(lb);
    if shorter < 4 {
        return false;
    }
    let (short, long) = if la <= lb { (a, b) } else { (b, a) };
    let ending = long.strip_prefix(short).is_some_and(|e| {
        // Between two dictionary words, "-er" is a comparative ("faster")
        // or an agent WordNet derives ("maker" of "make"): "shower" is not
        // of "show", nor "corner" of "corn".
        let agent_between_words =
            ["r", "er", "ers"].contains(&e) && lexicon::is_word(short) && lexicon::is_word(long);
        // "inspector" of "inspect", "investor" of "invest": the agent of a
        // verb, which WordNet does not always derive (only "-or" after a
        // verb: "motor" is of no "mot").
        let agent_of_a_verb = ["or", "ors"].contains(&e) && lexicon::is_verb(short);
        agent_of_a_verb
            || ENDINGS.contains(&e)
                && (!agent_between_words
                    || lexicon::is_adjective_or_adverb(short)
                    || lexicon::derives(long, short))
    });
    // A long shared stem that differs in its last letter or two, unless
    // the longer word ends in a suffix that makes another word
    // ("universe", "university").
    let other_word = long
        .char_indices()
        .nth(common)
        .is_some_and(|(i, _)| ["ity", "ities", "al", "als", "ment", "ments"].contains(&&long[i..]));
    ending || (common >= 5 && common + 1 == shorter && la.max(lb) <= common + 4 && !other_word)
}

/// True for a thank-you, a sign-off or a short reaction that asks nothing
/// ("thanks, that helps", "ty!", "stay safe everyone", "space is so cool",
/// "oof rip"): no question mark, and it starts with thanks or a sign-off, or
/// is four words at most with a word of reaction and no question word.
fn asks_nothing(message: &str) -> bool {
    /// Sign-offs of two words.
    const SIGN_OFFS: &[(&str, &str)] = &[
        ("stay", "safe"),
        ("take", "care"),
        ("good", "night"),
        ("good", "morning"),
        ("well", "done"),
        ("nice", "one"),
        ("see", "ya"),
        ("see", "you"),
        ("about", "time"),
        ("at", "last"),
        ("get", "well"),
        ("good", "luck"),
        ("happy", "birthday"),
    ];
    let words = text::folded_words(message);
    let first = words.first().map(|w| w.0.as_str());
    let second = words.get(1).map(|w| w.0.as_str());
    /// Words of a reaction, not a question ("space is so cool", "oof rip").
    const REACTIONS: &[&str] = &[
        "lol",
        "lmao",
        "rofl",
        "ugh",
        "oof",
        "rip",
        "tbh",
        "omg",
        "wow",
        "cool",
        "nice",
        "haha",
        "yikes",
        "smh",
        "damn",
        "finally",
        "unreal",
        "wild",
        "crazy",
        "insane",
        "awful",
        "terrible",
        "sad",
        "phew",
        "amazing",
        "wtf",
        "yay",
        "neat",
        "shocking",
        "disgusting",
        "brutal",
    ];
    let reaction = words.len() <= 4
        && words.iter().any(|w| REACTIONS.contains(&w.0.as_str()))
        && !matches!(
            first,
            Some(
                "what"
                    | "who"
                    | "when"
                    | "where"
                    | "why"
                    | "how"
                    | "which"
                    | "is"
                    | "are"
                    | "does"
                    | "do"
                    | "did"
                    | "can"
                    | "will"
                    | "was"
                    | "were"
            )
        );
    // "what a game", "what a mess", "heads!": an exclamation.
    let shout = words.len() <= 2 && message.trim_end().ends_with('!');
    // "come on england": a cheer.
    let cheer = first == Some("come") && second == Some("on") && words.len() <= 4;
    let exclamation = shout
        || cheer
        || first == Some("what") && matches!(second, Some("a" | "an")) && words.len() <= 4;
    !message.contains('?')
        && (reaction
            || exclamation
            || matches!(
                first,
                Some("thanks" | "thank" | "thx" | "ty" | "tysm" | "cheers" | "congrats" | "gn")
            )
            || SIGN_OFFS
                .iter()
                .any(|&(a, b)| first == Some(a) && second == Some(b)))
}

/// "microsoft's" → "microsoft".
pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").unwrap_or(word)
}

/// True for a Title Case Question: most words after the first, of three
/// letters or more, are capitalised.
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text::words(text)
        .skip(1)
        .map(|(s, e)| &text[s..e])
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.len() >= 2 && caps * 10 >= words.len() * 6
}

/// True when the question writes an ordinary word in lower case past its
/// first word: its capitals then mark names, however many there are ("How
/// much is the Winter Fuel Payment?"). Title Case leaves only its small
/// words in lower case.
fn capitals_mark_names(text: &str) -> bool {
    const SMALL: [&str; 12] = [
        "the", "and", "for", "nor", "but", "yet", "with", "from", "into", "onto", "than", "via",
    ];
    text::words(text)
        .skip(1)
        .map(|(s, e)| &text[s..e])
        .any(|w| w.chars().count() >= 3 && w.starts_with(char::is_lowercase) && !SMALL.contains(&w))
}

/// A capitalised word with lower-case letters after the first ("Samsung",
/// "McKinsey"), as names are written; not an acronym or a shouted word.
fn looks_like_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

impl SearchIndex {
    /// Turns a question into weighted terms checked against the corpus.
    pub fn plan(&self, question: &str) -> QueryPlan {
        let question = &text::strip_chat_markup(question);
        let mut an = self.analyzer.clone();
        let mut plan = QueryPlan::default();
        let mut seen = HashSet::new();
        let mut sentence_start = true;
        let mut prev_end = 0;
        let title_case = is_title_case(question);
        let names_in_capitals = capitals_mark_names(question);
        let asking = answer_types::Asking::new(question);
        plan.advice = answer_types::asks_for_advice(question);
        if asks_nothing(question) {
            return plan;
        }
        let words = self.question_words(question, &mut an);
        let asks_how_much = words.len() >= 2
            && text::fold(&question[words[0].0..words[0].1]) == "how"
            && text::fold(&question[words[1].0..words[1].1]) == "much";
        // Question words already read as part of an earlier one.
        let mut skip = 0usize;
        // The question word index of the last word of a name seen.
        let mut last_name: Option<usize> = None;
        for (i, &(s, e, split)) in words.iter().enumerate() {
            let between = &question[prev_end.min(s)..s];
            if between.contains(['.', '!', '?', '\n']) {
                sentence_start = true;
            }
            prev_end = e;
            let original = &question[s..e];
            let first = std::mem::replace(&mut sentence_start, false) && !split;
            if plan.concepts.len() >= MAX_QUERY_WORDS {
                break;
            }
            // "US" in capitals is the country, not the pronoun.
            let folded = if matches!(original, "US" | "U.S") {
                "usa".to_string()
            } else {
                text::fold(original)
            };
            let word = strip_possessive(&folded);
            if skip > 0 {
                skip -= 1;
                continue;
            }
            // "a 19-year-old": someone of an age, answered by "aged 18 to
            // 20" or "Lane, 61," rather than by the words "year" and "old".
            let word_at = |k: usize| {
                words
                    .get(k)
                    .map(|&(s2, e2, _)| text::fold(&question[s2..e2]))
            };
            if !word.is_empty()
                && word.chars().all(|c| c.is_ascii_digit())
                && matches!(word_at(i + 1).as_deref(), Some("year" | "years"))
                && word_at(i + 2).as_deref() == Some("old")
            {
                let mut terms = vec![QueryTerm::new(
                    answer_types::AGE,
                    SYNONYM_WEIGHT,
                    THESAURUS_COVERAGE,
                )];
                let news = self.thesaurus.related("old", "old");
                let _ = self.add_related(&mut an, ("", &[]), &news, &seen, &mut terms);
                plan.concepts
                    .push(Concept::by_relations(format!("{word}-year-old"), terms));
                skip = 2;
                continue;
            }
            // The two words this one starts, for the thesaurus ("tax
            // break", "go up").
            // Dictionary forms, for the thesaurus: "taken down" as "take
            // down", "suing" as "sue". A function word has none worth
            // looking up.
            let lemmas = if STOP_WORDS.contains(&word) {
                Vec::new()
            } else {
                lexicon::lemmas(word)
            };
            // "give them back" is "give back" (them): a particle after an
            // object pronoun belongs to the verb before it.
            let mut next_at = match (word_at(i + 1).as_deref(), word_at(i + 2).as_deref()) {
                (Some(p), Some(q)) if OBJECT_PRONOUNS.contains(&p) && PARTICLES.contains(&q) => {
                    i + 2
                }
                _ => i + 1,
            };
            let mut pair = None;
            let mut pair_related = Vec::new();
            // ("catching fire": WordNet lists "catching" as a noun and an
            // adjective only.)
            let bases = if lemmas.is_empty() {
                Vec::new()
            } else {
                lexicon::regular_bases(word)
            };
            let firsts: Vec<&str> = std::iter::once(word)
                .chain(lemmas.iter().copied())
                .chain(bases.iter().copied().filter(|b| !lemmas.contains(b)))
                .collect();
            // "Who raised the alarm?": a phrase with an article in it, found
            // past the article ("raise the alarm" as "raise alarm").
            let past_article = matches!(word_at(next_at).as_deref(), Some("the" | "a" | "an"));
            for at in std::iter::once(next_at).chain(past_article.then_some(next_at + 1)) {
                let Some(next) = word_at(at) else { break };
                for &first in &firsts {
                    if self.thesaurus.starts_phrase(first) {
                        let p = format!("{first} {next}");
                        pair_related.extend(self.thesaurus.related(&p, &p));
                        pair.get_or_insert(p);
                    }
                }
                if !pair_related.is_empty() {
                    next_at = at;
                    break;
                }
                pair = None;
            }
            if self.stop.contains(word) && !pair_related.is_empty() {
                // A phrasal verb of common words ("go up"): a word of its
                // own; one the article has no word for ("so far") only
                // frames the question.
                let mut terms = Vec::new();
                let _ = self.add_related(&mut an, ("", &[]), &pair_related, &seen, &mut terms);
                plan.concepts.push(Concept::by_relations(
                    pair.clone().unwrap_or_default(),
                    terms,
                ));
                skip = next_at - i;
                continue;
            }
            // "Did the band know about the pricing?" asks whether it knew;
            // "do you know", "does anyone know if…", "I want to know" and
            // "how do they know" (asking for evidence) are chat.
            let knowing = word == "know"
                && word_at(0).as_deref() != Some("how")
                && !matches!(
                    i.checked_sub(1).and_then(word_at).as_deref(),
                    Some(
                        "you"
                            | "u"
                            | "i"
                            | "anyone"
                            | "anybody"
                            | "someone"
                            | "somebody"
                            | "we"
                            | "to"
                            | "ya"
                    )
                )
                && !matches!(
                    word_at(i + 1).as_deref(),
                    Some(
                        "if" | "whether"
                            | "what"
                            | "when"
                            | "where"
                            | "why"
                            | "how"
                            | "who"
                            | "which"
                    )
                );
            // "Why did NICE say no?": a word in capitals is a name, not chat.
            let shouted_name = !first
                && original.chars().count() >= 3
                && original.chars().all(|c| c.is_ascii_uppercase());
            // "Do I have a right to work from home?": "a right to" is the
            // noun, not chat's "right?".
            let a_right = word == "right"
                && matches!(
                    i.checked_sub(1).and_then(word_at).as_deref(),
                    Some("a" | "the" | "my" | "your" | "our" | "their" | "his" | "her" | "any" | "no" | "legal")
                )
                // (Not "the right plane".)
                && matches!(word_at(i + 1).as_deref(), Some("to" | "of"));
            if word.chars().count() > 40
                || (self.stop.contains(word) && !knowing && !shouted_name && !a_right)
            {
                continue;
            }
            let Some(term) = analyze(&mut an, word).into_iter().next() else {
                continue;
            };
            if !seen.insert(term.clone()) {
                continue;
            }
            if asking.asks_degree(word) {
                // "How bad is the pollution" asks about the pollution; "how
                // well does it work" about how effective it is, not for the
                // word "well".
                let news = self.thesaurus.related(word, &term);
                let mut terms = Vec::new();
                let _ = self.add_related(&mut an, ("", &[]), &news, &seen, &mut terms);
                if !terms.is_empty() {
                    plan.concepts.push(Concept::by_relations(original, terms));
                }
                continue;
            }
            // "How long", "how often": a kind of value, not a word. ("How
            // big" keeps its word too: it is answered by "small".)
            if let Some(kind) = asking.how_term(word).filter(|k| *k != answer_types::NUMBER) {
                // The kind of value, and the thesaurus's words for it
                // ("how heavy": "weight").
                let mut terms = vec![QueryTerm::new(kind, SYNONYM_WEIGHT, THESAURUS_COVERAGE)];
                if kind == answer_types::DURATION && answer_types::asks_how_long_since(question) {
                    terms.push(QueryTerm::new(
                        answer_types::SINCE,
                        SYNONYM_WEIGHT,
                        THESAURUS_COVERAGE,
                    ));
                }
                // ("How fast can it go?" asks a speed: the minutes of "how
                // fast did it sell out" do not answer it.)
                if kind != answer_types::SPEED {
                    let news = self.thesaurus.related(word, &term);
                    let _ = self.add_related(&mut an, ("", &[]), &news, &seen, &mut terms);
                }
                plan.concepts.push(Concept::by_relations(original, terms));
                continue;
            }
            let mut terms: Vec<QueryTerm> = Vec::new();
            let mut how = Match::Unknown;
            if self.df.contains_key(&term) {
                terms.push(QueryTerm::new(term.clone(), 1.0, 1.0));
                how = Match::Exact;
                // Other forms the article uses ("maker" for "make"), which
                // the stemmer keeps apart.
                for t in self.other_forms(word, &term) {
                    if t != term && !terms.iter().any(|x| x.term == t) {
                        terms.push(QueryTerm::new(t, CORRECTED_WEIGHT, CORRECTED_WEIGHT));
                    }
                }
            } else if let Some(t) = self
                .acronym(original)
                .or_else(|| self.joined.get(word).cloned())
            {
                // "FDA" for the article's "Food and Drug Administration";
                // "ebike" for its "e-bike".
                terms.push(QueryTerm::new(t, CORRECTED_WEIGHT, CORRECTED_WEIGHT));
                how = Match::Corrected;
            } else if let Some(t) = self.correct(word, &term, !first && looks_like_name(original)) {
                if !seen.insert(t.clone()) {
                    continue;
                }
                terms.push(QueryTerm::new(t, CORRECTED_WEIGHT, CORRECTED_WEIGHT));
                how = Match::Corrected;
            }
            // "Is the road open?" and the article says only "reopened".
            // "Can it get into your blood?" and the article says only
            // "bloodstream".
            let again = if how == Match::Unknown {
                let mut again = self.repeated_forms(word);
                again.extend(self.compounds(word));
                again
            } else {
                Vec::new()
            };
            for t in again {
                if !terms.iter().any(|x| x.term == t) {
                    terms.push(QueryTerm::new(t, CORRECTED_WEIGHT, CORRECTED_WEIGHT));
                }
            }
            let idf = match terms.first() {
                Some(t) => idf(self.df.get(&t.term).copied().unwrap_or(0), self.docs),
                None => UNKNOWN_WEIGHT,
            };
            // In a Title Case Question every word looks like a name: there,
            // only a word that is no English word counts as one.
            let name =
                (!first && looks_like_name(original) && !(title_case && lexicon::is_word(word)))
                    || word == "usa";
            // A year the article never mentions is, like a name, something
            // else: "How many barrels did the 2010 spill release?"
            let year = word.len() == 4
                && (word.starts_with("19") || word.starts_with("20"))
                && word.chars().all(|c| c.is_ascii_digit());
            let mut news = self.thesaurus.related(word, &term);
            // Dictionary forms too: "suing" finds the group of "sue".
            for &lemma in &lemmas {
                news.extend(self.thesaurus.related(lemma, lemma));
            }
            // A name the article never mentions, unless the thesaurus
            // spells it out in words the article uses ("EVs": "electric
            // cars").
            // (Not a word of a longer name, though: the article's
            // "energy" is no mention of the "Winter Fuel Payment".)
            let name_at = |k: usize| {
                k > 0
                    && words
                        .get(k)
                        .is_some_and(|&(s2, e2, _)| looks_like_name(&question[s2..e2]))
            };
            let in_longer_name = !first
                && looks_like_name(original)
                && names_in_capitals
                && (name_at(i.wrapping_sub(1)) || name_at(i + 1));
            let unknown_name = how == Match::Unknown
                && (name || year || in_longer_name)
                && (in_longer_name || !self.uses_any(&mut an, &news));
            // A pair the thesaurus knows ("tax break", "share price", "cut
            // jobs") is one thing asked about: its second word is no word of
            // its own, but stands for the pair too when the article uses it.
            // Either word alone covers it less than both together do.
            if !pair_related.is_empty() {
                skip = next_at - i;
                if let Some(t) = words.get(next_at).and_then(|&(s2, e2, _)| {
                    analyze(&mut an, &text::fold(&question[s2..e2]))
                        .into_iter()
                        .next()
                        .filter(|t| self.df.contains_key(t) && !terms.iter().any(|x| x.term == *t))
                }) {
                    if let Some(own) = terms.first_mut().filter(|x| x.term == term) {
                        own.covers = CORRECTED_WEIGHT;
                        let both = format!("{term} {t}");
                        terms.insert(1, QueryTerm::new(both, 1.0, 1.0));
                    }
                    terms.push(QueryTerm::new(t, CORRECTED_WEIGHT, CORRECTED_WEIGHT));
                }
            }
            // "What did Leah say?": the article's "Leah Williamson" is
            // "Williamson" from then on.
            if name && how == Match::Exact && answer_types::asks_what_said(question) {
                if let Some(surname) = self.surnames.get(word).filter(|t| {
                    words.get(i + 1).is_none_or(|&(s2, e2, _)| {
                        analyze(&mut an, &text::fold(&question[s2..e2])).first() != Some(*t)
                    })
                }) {
                    if !terms.iter().any(|x| &x.term == surname) {
                        terms.push(QueryTerm::new(surname.clone(), CORRECTED_WEIGHT, 1.0));
                    }
                }
            }
            news.extend(pair_related);
            let restates = self.add_related(&mut an, (word, &lemmas), &news, &seen, &mut terms);
            // ("Europe" is mentioned when the article says "European".)
            if unknown_name && !terms.iter().any(|t| t.weight >= CORRECTED_WEIGHT) {
                plan.unknown_name
                    .get_or_insert_with(|| original.to_string());
            }
            // "Why did the opposition oppose it?": a word the article uses
            // only as an earlier word of the question says nothing more.
            if how == Match::Unknown && terms.is_empty() && restates {
                continue;
            }
            // (Someone named after "by" answers "Who wrote it?" only when
            // the article has a word for writing: "Who owns ECT?" is not
            // answered by "led by ECT".)
            if let Some(t) = asking
                .term_for(word)
                .filter(|&t| t != answer_types::AGENT || !terms.is_empty())
            {
                // "How big is the fine?" is answered by a number as surely
                // as "how long" by a duration.
                // "What percentage…" is answered by a percentage as surely
                // ("What was the score?" by "7-4"),
                // "Who wrote the music?" by "the score, by Gwen Pugh".
                let covers = if asking.how_term(word).is_some()
                    || t == answer_types::SHARE
                    || t == answer_types::SCORE
                    || t == answer_types::AGENT
                    || t == answer_types::NAME
                    || (t == answer_types::PLACE && how == Match::Unknown)
                {
                    THESAURUS_COVERAGE
                } else {
                    SYNONYM_COVERAGE
                };
                terms.push(QueryTerm::new(t, SYNONYM_WEIGHT, covers));
                // "How big were the waves?": "more than two metres" is a
                // size too.
                // ("How low are the reservoirs?" asks a level: "38%".)
                if t == answer_types::NUMBER && asking.how_term(word).is_some() && word != "low" {
                    terms.push(QueryTerm::new(
                        answer_types::MEASURE,
                        SYNONYM_WEIGHT,
                        covers,
                    ));
                }
            }
            if how == Match::Unknown && !terms.is_empty() {
                how = Match::Synonym;
            }
            // "How long will the ban last?": the verb of a duration, not the
            // opposite of "first" or "open".
            if word == "last" && i + 1 == words.len() {
                terms.retain(|t| t.weight > ANTONYM_WEIGHT && t.term != "first");
            }
            // "How many times…": a frame, not "times" (nor "second").
            let how_many_times = word == "times"
                && i >= 2
                && word_at(i - 2).as_deref() == Some("how")
                && word_at(i - 1).as_deref() == Some("many");
            if how_many_times {
                terms.truncate(usize::from(how == Match::Exact));
            }
            let continues_name = name && last_name == Some(i.wrapping_sub(1));
            if name {
                last_name = Some(i);
            }
            plan.concepts.push(Concept {
                word: original.to_string(),
                how,
                idf,
                terms,
                continues_name,
                name,
                // "How long did the outage last?" asks a duration; "last
                // year" names one.
                frame: FRAME_WORDS.contains(&word)
                    || (word == "last" && i + 1 == words.len())
                    // "What is the hardest part?" asks what is hardest.
                    || (matches!(word, "part" | "parts" | "thing" | "things" | "bit" | "bits") && i + 1 == words.len() && i >= 1 && word_at(i - 1).is_some_and(|w| w.len() > 5 && w.ends_with("est") && lexicon::is_word(&w)))
                    // "How long ago was it given away?" asks a span.
                    || (word == "ago" && i >= 2 && word_at(i - 2).as_deref() == Some("how") && word_at(i - 1).as_deref() == Some("long"))
                    // "How many elephants are left?": what remains.
                    || (word == "left" && i + 1 == words.len() && i >= 1 && matches!(word_at(i - 1).as_deref(), Some("are" | "is" | "were" | "was")))
                    || how_many_times
                    // "How far did the bottle travel?" asks a distance.
                    || (i + 1 == words.len() && answer_types::asks_how_far_it_went(question))
                    // "What is the bridge called?" asks for a name.
                    || (word == "called" && answer_types::asks_what_called(question))
                    // "how much did people end up paying"
                    || (word == "end" && word_at(i + 1).as_deref() == Some("up"))
                    // "What is a comet made of?" asks what it is.
                    || (word == "made" && matches!(word_at(i + 1).as_deref(), Some("of" | "from")))
                    // "Why is demand so high?" asks why demand rose: the
                    // degree is the question's, not the article's word.
                    || (i >= 1 && word_at(i - 1).as_deref() == Some("so") && word_at(0).as_deref() == Some("why") && matches!(word_at(1).as_deref(), Some("is" | "are" | "was" | "were")))
                    // "Why was turnout low?": the same, without "so", when
                    // the degree closes the question.
                    || (i + 1 == words.len() && i >= 3 && word_at(0).as_deref() == Some("why") && matches!(word_at(1).as_deref(), Some("is" | "are" | "was" | "were")) && DEGREES.contains(&word) && !matches!(word_at(i - 1).as_deref(), Some("more" | "less" | "getting" | "becoming")))
                    // "Why are trolleys a problem?" asks the harm they do,
                    // whatever words give it ("they damage propellers").
                    || (matches!(word, "problem" | "issue" | "concern" | "worry" | "danger" | "threat") && i >= 1 && word_at(i - 1).as_deref() == Some("a") && word_at(0).as_deref() == Some("why"))
                    // "Which day is it closed?" asks a weekday, whatever
                    // else the passage says of days.
                    // (An article that never says "day" does not say which.)
                    || (matches!(word, "day" | "days") && i == 1 && how != Match::Unknown && matches!(word_at(0).as_deref(), Some("which" | "what")))
                    // "How much do you need to weigh?" asks the weight.
                    || (matches!(word, "need" | "needs") && word_at(i + 1).as_deref() == Some("to"))
                    // "How many smoke alarms do I need?" asks how many.
                    || (matches!(word, "need" | "needed") && i + 1 == words.len() && word_at(0).as_deref() == Some("how") && word_at(1).as_deref() == Some("many"))
                    // "Which homes does it apply to?" asks which homes.
                    // ("Does it apply to motorbikes?" is about motorbikes.)
                    || (matches!(word, "apply" | "applies") && word_at(i + 1).as_deref() == Some("to") && matches!(word_at(0).as_deref(), Some("which" | "who" | "what" | "whom")))
                    // "How much did the lottery give?" asks the sum the
                    // lottery gave, whatever the verb ("Lottery: £4.1m").
                    || (asks_how_much && GIVING.contains(&word) && (i + 1..words.len()).all(|k| word_at(k).is_none_or(|w| STOP_WORDS.contains(&w.as_str())))),
            });
        }
        // "Who is against it?": when nothing but function words is left, a
        // function word the thesaurus relates ("against": "opposed") is
        // what is asked.
        // So is "OK" in a question ("Are they OK?"), not in "ok thanks".
        let asks = words.first().is_some_and(|&(s, e, _)| {
            let first = text::fold(&question[s..e]);
            STOP_WORDS.contains(&first.as_str()) && question.trim_end().ends_with('?')
        });
        if plan.concepts.is_empty() {
            for &(s, e, _) in &words {
                let word = text::fold(&question[s..e]);
                let chat = asks && ["ok", "okay", "alright"].contains(&word.as_str());
                if !STOP_WORDS.contains(&word.as_str()) && !chat {
                    continue;
                }
                let news = self.thesaurus.related(&word, &word);
                let mut terms = Vec::new();
                // "Why are they doing this?" asks for a reason, whatever
                // words give it.
                if word == "why" {
                    terms.push(QueryTerm::new(
                        answer_types::REASON,
                        SYNONYM_WEIGHT,
                        THESAURUS_COVERAGE,
                    ));
                }
                // "How much was it?" asks a price, whatever it is of.
                if word == "much" && asks_how_much {
                    terms.push(QueryTerm::new(
                        answer_types::MONEY,
                        SYNONYM_WEIGHT,
                        THESAURUS_COVERAGE,
                    ));
                }
                let _ = self.add_related(&mut an, ("", &[]), &news, &seen, &mut terms);
                if !terms.is_empty() {
                    plan.concepts.push(Concept::by_relations(word, terms));
                }
            }
        }
        // "What job did Steve Reed get?": the role is what is asked, given
        // by whatever the article calls it ("Housing secretary: Steve
        // Reed").
        if plan.concepts.iter().any(|c| c.name) {
            for c in &mut plan.concepts {
                if ROLE_WORDS.contains(&text::fold(&c.word).as_str()) {
                    c.frame = true;
                }
            }
        }
        // "How did the stock react?" is about the stock: a frame word
        // weighs little, and only in a question of nothing else ("what was
        // the reaction?") is it what is asked about.
        if plan.concepts.iter().all(|c| c.frame) {
            for c in &mut plan.concepts {
                c.frame = false;
            }
        }
        // The question's own words are not relations of each other: in
        // "what did the study find", "find" is a word of its own, not
        // another way to say "study".
        let own: HashSet<String> = plan
            .concepts
            .iter()
            .filter(|c| matches!(c.how, Match::Exact | Match::Corrected))
            .filter_map(|c| c.terms.first().map(|t| t.term.clone()))
            .collect();
        for c in &mut plan.concepts {
            let first = c.terms.first().map(|t| t.term.clone());
            c.terms
                .retain(|t| Some(&t.term) == first.as_ref() || !own.contains(&t.term));
        }
        plan
    }

    /// Adds a question word's thesaurus relations (`news`) and WordNet
    /// relations that the corpus uses to its terms: synonyms (multi-word
    /// ones as phrases), adjective antonyms and derived words ("death" for
    /// "die", weighed as another form of the word), each below the word itself;
    /// a relation the corpus uses only in another form counts less again.
    /// True when a relation is a term of an earlier question word (`seen`).
    fn add_related(
        &self,
        an: &mut TextAnalyzer,
        (word, forms): (&str, &[&'static str]),
        news: &[&'static str],
        seen: &HashSet<String>,
        terms: &mut Vec<QueryTerm>,
    ) -> bool {
        let mut restates = false;
        let lex = lexicon::related_with(word, forms);
        // The thesaurus first: a term both list counts as the thesaurus's.
        let related = news
            .iter()
            .map(|&w| (w, THESAURUS_WEIGHT, THESAURUS_COVERAGE))
            .chain(
                lex.synonyms
                    .into_iter()
                    .take(MAX_SYNONYMS)
                    .map(|w| (w, SYNONYM_WEIGHT, SYNONYM_COVERAGE)),
            )
            .chain(
                lex.antonyms
                    .into_iter()
                    .take(4)
                    .map(|w| (w, ANTONYM_WEIGHT, ANTONYM_WEIGHT)),
            )
            .chain(
                lex.derived
                    .into_iter()
                    .map(|w| (w, CORRECTED_WEIGHT, CORRECTED_WEIGHT)),
            );
        for (syn, weight, covers) in related {
            if syn.contains(['_', ' ']) {
                for t in self.phrase(an, syn) {
                    if !terms.iter().any(|x| x.term == t) {
                        terms.push(QueryTerm::new(t, weight, covers));
                    }
                }
                continue;
            }
            let Some(st) = stem(an, syn) else {
                continue;
            };
            // A relation the corpus uses only in another form counts less.
            let found = if self.df.contains_key(&st) {
                Some(QueryTerm::new(st, weight, covers))
            } else {
                self.other_forms(syn, &st).next().map(|t| {
                    let weight = weight * CORRECTED_WEIGHT;
                    QueryTerm::new(t, weight, covers * CORRECTED_WEIGHT)
                })
            };
            if let Some(t) = found {
                if seen.contains(&t.term) {
                    // ("Will the council pay compensation?": a synonym of
                    // an earlier word may still ask something more.)
                    restates |= weight == CORRECTED_WEIGHT;
                } else if !terms.iter().any(|x| x.term == t.term) {
                    terms.push(t);
                }
            }
        }
        restates
    }

    /// True when the article uses one of these thesaurus words (every word
    /// of a phrase).
    fn uses_any(&self, an: &mut TextAnalyzer, words: &[&'static str]) -> bool {
        words.iter().any(|&w| {
            if w.contains(' ') {
                // Only the article's own words make a phrase term.
                !self.phrase(an, w).is_empty()
            } else {
                stem(an, w).is_some_and(|t| self.df.contains_key(&t))
            }
        })
    }

    /// The question's words as byte spans. A word mixing letters and digits
    /// that the article does not use ("fy2024") is split into its letter and
    /// digit runs ("fy", "2024"), marked `true`, since articles write such
    /// things apart ("fiscal year 2024").
    fn question_words(&self, question: &str, an: &mut TextAnalyzer) -> Vec<(usize, usize, bool)> {
        let mut out = Vec::new();
        for (s, e) in text::words(question) {
            let w = &question[s..e];
            let mixed = w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic);
            let mut known = || {
                analyze(an, &text::fold(w))
                    .first()
                    .is_some_and(|t| self.df.contains_key(t))
            };
            if !mixed || known() {
                out.push((s, e, false));
                continue;
            }
            let mut start = s;
            let mut digit = None;
            for (i, c) in w.char_indices() {
                let d = c.is_ascii_digit();
                if digit.is_some_and(|prev| prev != d) {
                    out.push((start, s + i, true));
                    start = s + i;
                }
                digit = Some(d);
            }
            out.push((start, e, true));
        }
        out
    }

    /// A multi-word synonym ("chief_executive_officer" for "CEO") as the
    /// analyzed terms of its leading parts of two words or more that the
    /// corpus uses ("chief execut offic", "chief execut"), longest first,
    /// each joined by spaces: searched as phrases.
    fn phrase(&self, an: &mut TextAnalyzer, syn: &str) -> Vec<String> {
        let parts: Vec<String> = syn
            .split(['_', ' '])
            .filter_map(|w| analyze(an, w).into_iter().next())
            .collect();
        // The thesaurus's "on sale": one word once stop words are gone.
        // (Not WordNet's "call_for" for "demand": its phrases are idioms.)
        if let ([one], false) = (parts.as_slice(), syn.contains('_')) {
            return self
                .df
                .contains_key(one)
                .then(|| one.clone())
                .into_iter()
                .collect();
        }
        let known = parts
            .iter()
            .take_while(|t| self.df.contains_key(*t))
            .count();
        (2..=known).rev().map(|n| parts[..n].join(" ")).collect()
    }

    /// The analyzed terms of the other forms of a word that the corpus uses
    /// ("maker" for "make"), found among words sharing its first letters.
    fn other_forms<'a>(
        &'a self,
        word: &'a str,
        term: &'a str,
    ) -> impl Iterator<Item = String> + 'a {
        let key: String = word.chars().take(PREFIX).collect();
        self.by_prefix
            .get(&key)
            .into_iter()
            .flatten()
            .filter(move |(w, t)| w != word && (related_forms(word, w) || related_forms(term, t)))
            .map(|(_, t)| t.clone())
    }

    /// The analyzed terms of the article's words that are a word done
    /// again: "reopened" for "open", "repaid" for "pay", "rebuilt" for
    /// "built"; or the word negated: "unhurt" for "hurt". Not the words
    /// that only look so ("returned" is not "turned" again, nor "report" a
    /// port, nor "unit" an "it" undone).
    fn repeated_forms(&self, word: &str) -> Vec<String> {
        /// Words of "re" and another word that mean something else.
        const NOT_AGAIN: &[&str] = &[
            "react",
            "recall",
            "receive",
            "record",
            "recover",
            "refer",
            "refine",
            "reform",
            "refuse",
            "regard",
            "relate",
            "relay",
            "release",
            "remain",
            "remark",
            "remove",
            "render",
            "repair",
            "repeat",
            "report",
            "represent",
            "research",
            "reserve",
            "reside",
            "resign",
            "resolve",
            "resort",
            "respect",
            "restore",
            "retire",
            "retreat",
            "return",
            "reveal",
            "reward",
        ];
        /// Words of "un" and another word that are no negation of it.
        const NOT_NEGATED: &[&str] = &[
            "under", "undo", "unit", "union", "unique", "univers", "until", "unrest", "unless",
        ];
        if word.chars().count() < 3 {
            return Vec::new();
        }
        let mut out = Vec::new();
        // "Was she hurt?" and the article says "She was unhurt": the
        // word negated answers it too.
        for (prefix, not) in [("re", NOT_AGAIN), ("un", NOT_NEGATED)] {
            let again = format!("{prefix}{word}");
            let key: String = again.chars().take(PREFIX).collect();
            out.extend(
                self.by_prefix
                    .get(&key)
                    .into_iter()
                    .flatten()
                    .filter(|(w, _)| {
                        (w.starts_with(&again) || related_forms(&again, w))
                            && !not.iter().any(|n| w.starts_with(n))
                    })
                    .map(|(_, t)| t.clone()),
            );
        }
        out
    }

    /// The analyzed terms of the article's words that are the word with
    /// another word joined on: "bloodstream" for "blood", "waterfront" for
    /// "water". The word has five letters or more and the rest is an
    /// English word of four or more, so "carpet" is no car, "passage" no
    /// pass, nor "sightings" a sigh.
    fn compounds(&self, word: &str) -> Vec<String> {
        const LEAST: usize = 4;
        if word.chars().count() <= LEAST {
            return Vec::new();
        }
        let key: String = word.chars().take(PREFIX).collect();
        self.by_prefix
            .get(&key)
            .into_iter()
            .flatten()
            // ("Riverside" is a name, not a river.)
            .filter(|(w, _)| !self.capitalised.contains(w))
            .filter(|(w, _)| {
                w.strip_prefix(word).is_some_and(|rest| {
                    rest.chars().count() >= LEAST
                        && rest.chars().all(|c| c.is_ascii_lowercase())
                        && lexicon::is_word(rest)
                })
            })
            .map(|(_, t)| t.clone())
            .collect()
    }

    /// The name an acronym stands for in the corpus, as analyzed words
    /// separated by spaces: "FDA" (or "fda", not being an English word) →
    /// "food drug administr".
    fn acronym(&self, word: &str) -> Option<String> {
        let letters = word.chars().count();
        let upper = word.chars().all(|c| c.is_ascii_uppercase());
        let plain = word.chars().all(|c| c.is_ascii_lowercase()) && !lexicon::is_word(word);
        if !(2..=6).contains(&letters) || !(upper || plain) {
            return None;
        }
        self.acronyms.get(&word.to_ascii_lowercase()).cloned()
    }

    /// The article's word closest to a word it does not use: a small
    /// misspelling ("Meitaun"), or another form of the same word ("fast" for
    /// "faster"). Ties go to the more frequent word.
    ///
    /// A name ("France", capitalised in mid-question) is only corrected to a
    /// word the article writes capitalised, never to a common word ("francs").
    fn correct<'a>(&'a self, word: &str, term: &str, name: bool) -> Option<String> {
        let len = word.chars().count();
        let edits = max_edits(len);
        // A different number is a different thing ("fy2024" is not "fy2025").
        if edits == 0 || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let mut best: Option<(usize, u32, &String)> = None;
        let mut consider = |d: usize, t: &'a String| {
            let df = self.df.get(t).copied().unwrap_or(0);
            if best.is_none_or(|(bd, bdf, _)| d < bd || (d == bd && df > bdf)) {
                best = Some((d, df, t));
            }
        };
        // Misspellings: words of about the same length that start alike
        // (typos rarely hit both of the first two letters). A dictionary
        // word is no misspelling: "paid" is not a typo for "said".
        let mut first2 = word.chars();
        let (c0, c1) = (first2.next(), first2.next());
        let typo = !lexicon::is_word(word);
        for (w, wl, t, capitalised) in self.vocab.iter().filter(|_| typo) {
            if wl.abs_diff(len) > edits || (name && !capitalised) {
                continue;
            }
            let mut wc = w.chars();
            if wc.next() != c0 && wc.next() != c1 {
                continue;
            }
            let d = strsim::osa_distance(word, w);
            if d <= edits {
                consider(d, t);
            }
        }
        // Other forms of the word: they share its first letters.
        let key: String = word.chars().take(PREFIX).collect();
        for (w, t) in self.by_prefix.get(&key).into_iter().flatten() {
            if name && !self.capitalised.contains(w) {
                continue;
            }
            if related_forms(word, w) || related_forms(term, t) {
                consider(edits, t);
            }
        }
        best.map(|(_, _, t)| t.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::flags::Flagger;

    /// The index of a one-article corpus of `text`.
    /// The terms a question searches for one of its words.
    fn terms_of(i: &SearchIndex, question: &str, word: &str) -> Vec<String> {
        i.plan(question)
            .concepts
            .iter()
            .filter(|c| c.word == word)
            .flat_map(|c| c.terms.iter().map(|t| t.term.clone()))
            .collect()
    }

    #[test]
    fn i_m_is_chat_not_a_name() {
        let i = index_of("Anyone stung in the mouth should call 999.\n");
        let plan = i.plan("What should I do if I'm stung in the mouth?");
        assert_eq!(plan.unknown_name, None);
        assert!(plan.concepts.iter().all(|c| c.word != "I'm"));
    }

    #[test]
    fn the_agent_of_a_verb_is_its_other_form() {
        let i = index_of("Inspectors drive each road at set intervals.\n");
        assert!(terms_of(&i, "How often are roads inspected?", "inspected")
            .contains(&"inspector".to_string()));
    }

    #[test]
    fn a_number_in_words_is_its_digits() {
        let i = index_of(
            "| Rank | Attraction | Visitors |\n|---|---|---|\n\
             | 1 | British Museum | 6.5 million |\n| 2 | Natural History Museum | 6.2 million |\n\n\
             Four people were taken to hospital.\n",
        );
        assert_eq!(terms_of(&i, "Which is number two?", "two"), vec!["2"]);
        assert_eq!(terms_of(&i, "Were 4 people hurt?", "4"), vec!["4"]);
    }

    fn index_of(text: &str) -> SearchIndex {
        let c = Corpus::from_text("t", text, &Flagger::default()).expect("corpus");
        SearchIndex::build(&c).expect("index")
    }

    fn index() -> (Corpus, SearchIndex) {
        let c = Corpus::from_text(
            "t",
            "What does Meituan do?\nMeituan delivers food across many Chinese cities.\n\
             Who makes chips?\nNvidia designs graphics chips for data centers.\n\
             Who leads it?\nIts chief executive runs the company from California.\n",
            &Flagger::default(),
        )
        .expect("corpus");
        let i = SearchIndex::build(&c).expect("index");
        (c, i)
    }

    #[test]
    fn a_question_of_function_words_asks_their_relation() {
        let i = index_of("Shop owners opposed the law, saying it would hurt trade.\n");
        let plan = i.plan("Who is against it?");
        assert_eq!(plan.concepts.len(), 1, "{plan:?}");
        assert!(plan.concepts[0].terms.iter().any(|t| t.term == "oppos"));
        assert!(i.plan("who is it").concepts.is_empty());
        // "a 19-year-old" is one thing asked about: an age.
        let plan = i.plan("Can a 19-year-old trade?");
        assert_eq!(plan.concepts[0].word, "19-year-old", "{plan:?}");
        assert!(plan.concepts[0]
            .terms
            .iter()
            .any(|t| t.term == answer_types::AGE));
        assert_eq!(plan.concepts.len(), 2, "{plan:?}");
    }

    #[test]
    fn a_word_restating_an_earlier_one_only_in_form_says_nothing_more() {
        let i = index_of("The council will pay for new benches; the opposition was angry.\n");
        // "oppose" is only another form of "opposition".
        let plan = i.plan("Why did the opposition oppose it?");
        assert!(
            !plan.concepts.iter().any(|c| c.word == "oppose"),
            "{plan:?}"
        );
        // A synonym of "pay" the article lacks is still asked about.
        let plan = i.plan("Will the council pay compensation?");
        assert!(
            plan.concepts.iter().any(|c| c.word == "compensation"),
            "{plan:?}"
        );
    }

    #[test]
    fn how_cold_asks_a_temperature() {
        let i = index_of("It was minus eight one morning and the road was like glass.\n");
        let plan = i.plan("How cold was it?");
        assert!(
            plan.concepts
                .iter()
                .any(|c| c.terms.iter().any(|t| t.term == answer_types::TEMPERATURE)),
            "{plan:?}"
        );
    }

    #[test]
    fn query_syntax_is_just_text() {
        let (c, i) = index();
        for q in [
            "-food",
            "*",
            "chips AND NOT food",
            "\"food:\" (cities",
            "",
            "🍜🍜",
            "||||",
        ] {
            let hits = i.search(&i.plan(q), 5);
            assert!(hits.len() <= c.passages.len(), "{q}");
        }
        let hits = i.search(&i.plan("-food"), 5);
        assert_eq!(hits.len(), 1, "-food is the word food, not match-all");
    }

    #[test]
    fn misspellings_are_corrected_and_unknown_names_noticed() {
        let (_, i) = index();
        let plan = i.plan("Where does Meitaun deliver?");
        assert!(plan
            .concepts
            .iter()
            .any(|c| c.how == Match::Corrected && c.terms[0].term == "meituan"));
        assert_eq!(i.search(&plan, 1)[0].passage, 0);
        let plan = i.plan("Does Samsung make chips?");
        assert_eq!(plan.unknown_name.as_deref(), Some("Samsung"));
        let plan = i.plan("What Happens To Food Next?");
        assert_eq!(
            plan.unknown_name, None,
            "Title Case: English words are no names"
        );
        let plan = i.plan("Does Samsung Make Chips?");
        assert_eq!(plan.unknown_name.as_deref(), Some("Samsung"));
        let plan = i.plan("Samsung?");
        assert_eq!(
            plan.unknown_name, None,
            "first word: could be any capitalised word"
        );
        // A word of a longer name is not found by the thesaurus: the
        // article's "energy" is no mention of the Winter Fuel Payment.
        let i2 = index_of("Every household gets a winter payment off its energy bill.\n");
        let plan = i2.plan("How much is the Winter Fuel Payment?");
        assert_eq!(plan.unknown_name.as_deref(), Some("Fuel"), "{plan:?}");
        let plan = i2.plan("How much fuel is the payment for?");
        assert_eq!(plan.unknown_name, None, "{plan:?}");
        // A year the article never mentions is something else too.
        let plan = i.plan("How many chips did Nvidia sell in 2010?");
        assert_eq!(plan.unknown_name.as_deref(), Some("2010"));
        // A name the article uses in another form is no unknown name.
        let i = index_of("She was one of the oldest elephants in a European zoo.\n");
        assert_eq!(i.plan("Was she the oldest in Europe?").unknown_name, None);
        assert_eq!(
            i.plan("Was she the oldest in Africa?")
                .unknown_name
                .as_deref(),
            Some("Africa")
        );
    }

    #[test]
    fn a_name_of_several_words_weighs_as_one() {
        let (_, i) = index();
        let plan = i.plan("What did Brad Smith tell Congress about China?");
        let continues: Vec<(&str, bool)> = plan
            .concepts
            .iter()
            .map(|c| (c.word.as_str(), c.continues_name))
            .collect();
        assert_eq!(
            continues,
            // "tell" is chat, but it stands between the two names.
            [
                ("Brad", false),
                ("Smith", true),
                ("Congress", false),
                ("China", false)
            ]
        );
    }

    #[test]
    fn frame_words_weigh_little_unless_alone() {
        let (_, i) = index();
        let frames = |q: &str| -> Vec<(String, bool)> {
            i.plan(q)
                .concepts
                .into_iter()
                .map(|c| (c.word, c.frame))
                .collect()
        };
        assert_eq!(
            frames("How did Meituan react?"),
            [("Meituan".to_string(), false), ("react".to_string(), true)]
        );
        assert_eq!(
            frames("what was the reaction?"),
            [("reaction".to_string(), false)]
        );
        // "made of" asks what a thing is; "able to" is "can".
        assert!(frames("What are chips made of?").contains(&("made".to_string(), true)));
        assert!(frames("How long ago were chips made?").contains(&("ago".to_string(), true)));
        assert!(frames("What is the hardest part?").contains(&("part".to_string(), true)));
        assert!(
            frames("What is the hardest part of the job?").contains(&("part".to_string(), false))
        );
        assert!(frames("Will Meituan be able to deliver?").contains(&("able".to_string(), true)));
        assert!(frames("Who made the chips?").contains(&("made".to_string(), false)));
        assert!(frames("Why is demand so high?").contains(&("high".to_string(), true)));
        assert!(frames("Why was turnout low?").contains(&("low".to_string(), true)));
        // "a right to" is a word of the question; "the right plane" chat.
        assert!(frames("Do I have a right to work from home?")
            .iter()
            .any(|(w, _)| w == "right"));
        assert!(!frames("Is it the right plane?")
            .iter()
            .any(|(w, _)| w == "right"));
        assert!(frames("Why are meal deals getting more expensive?")
            .contains(&("expensive".to_string(), false)));
        assert!(frames("Why are trolleys a problem?").contains(&("problem".to_string(), true)));
        assert!(frames("How many smoke alarms do I need?").contains(&("need".to_string(), true)));
        assert!(frames("How much sleep do I need?").contains(&("need".to_string(), false)));
        assert!(frames("How fast does she shear one sheep?").contains(&("one".to_string(), true)));
        assert!(frames("How far did the bottle travel?").contains(&("travel".to_string(), true)));
        assert!(
            frames("What is the problem with trolleys?").contains(&("problem".to_string(), false))
        );
        assert!(frames("Is it mostly exams or coursework?").contains(&("mostly".to_string(), true)));
        assert!(frames("What type of plane was it?").contains(&("type".to_string(), true)));
        assert!(frames("Will it rain soon?").contains(&("soon".to_string(), true)));
        assert!(frames("Why did the warning come so late?").contains(&("late".to_string(), false)));
        assert!(frames("how much did Meituan end up paying").contains(&("end".to_string(), true)));
        assert!(frames("Which firms does it apply to?").contains(&("apply".to_string(), true)));
        assert!(frames("Does it apply to Meituan?").contains(&("apply".to_string(), false)));
        // "Which day" asks a weekday, in an article that speaks of days.
        let days = index_of("The bakery opens six days a week and is closed on Mondays.\n");
        let day_frame = |q: &str| {
            days.plan(q)
                .concepts
                .iter()
                .any(|c| c.word == "day" && c.frame)
        };
        assert!(day_frame("Which day is the bakery closed?"));
        assert!(!day_frame("Is the bakery open every day?"));
        assert!(!frames("Which day is Meituan closed?").contains(&("day".to_string(), true)));
        assert!(frames("What does Meituan need to do?").contains(&("need".to_string(), true)));
        assert!(frames("Does Meituan need chips?").contains(&("need".to_string(), false)));
        // The giving verb ending a "how much" question asks the sum.
        assert!(frames("How much did Meituan give?").contains(&("give".to_string(), true)));
        assert!(frames("Why did Meituan give up?").contains(&("give".to_string(), false)));
        assert!(frames("What was the Meituan result?").contains(&("result".to_string(), true)));
        // "How many are left?" asks what remains, not which side.
        assert!(frames("How many chips are left?").contains(&("left".to_string(), true)));
        // A role asked of someone named is given by what the article calls it.
        assert!(frames("What job does Brad Smith have?").contains(&("job".to_string(), true)));
        assert!(frames("how many jobs are going").contains(&("jobs".to_string(), false)));
    }

    #[test]
    fn thanks_sign_offs_and_reactions_ask_nothing() {
        assert!(asks_nothing("thanks, that helps"));
        assert!(asks_nothing("Thank you so much for the food tip!"));
        assert!(!asks_nothing("thanks! what does Meituan deliver?"));
        assert!(asks_nothing("stay safe everyone"));
        assert!(asks_nothing("space is so cool") && asks_nothing("oof rip"));
        assert!(asks_nothing("about time") && asks_nothing("so awful"));
        assert!(asks_nothing("heads!") && !asks_nothing("who won?!"));
        assert!(asks_nothing("what a game") && !asks_nothing("what a deal is it?"));
        assert!(asks_nothing("come on england") && !asks_nothing("come on, when is it?"));
        assert!(asks_nothing("get well soon ava") && asks_nothing("good luck lads"));
        assert!(!asks_nothing(
            "lmao microsoft really said its pretty awesome"
        ));
        assert!(!asks_nothing("how cool is that"));
        assert!(!asks_nothing("stay safe: is the water drinkable?"));
        let (_, i) = index();
        assert!(i.plan("thanks, that food thing helps").concepts.is_empty());
    }

    #[test]
    fn forms_of_one_word() {
        assert!(related_forms("fast", "faster"));
        assert!(related_forms("make", "maker"));
        assert!(related_forms("criticised", "criticism"));
        assert!(!related_forms("mill", "million"));
        assert!(!related_forms("port", "portal"));
        assert!(!related_forms("metro", "metropolitano"));
        assert!(!related_forms("every", "everyone"));
        assert!(related_forms("environmental", "environmentalists"));
        assert!(!related_forms("cat", "cats"), "too short to tell");
        assert!(!related_forms("universe", "university"));
        assert!(!related_forms("show", "shower") && !related_forms("corn", "corner"));
        assert!(
            related_forms("hack", "hackers"),
            "not both dictionary words"
        );
    }

    #[test]
    fn a_name_the_thesaurus_spells_out_is_mentioned() {
        let i = index_of("Drivers of electric cars will pay road tax from April.\n");
        assert_eq!(i.plan("Do EVs pay road tax?").unknown_name, None);
        assert_eq!(
            i.plan("Do Teslas pay road tax?").unknown_name.as_deref(),
            Some("Teslas")
        );
    }

    #[test]
    fn a_particle_after_the_object_belongs_to_the_verb() {
        let i = index_of("The museum will return the bronzes to Nigeria next spring.\n");
        // Each concept's word and whether "return" is among its terms.
        let plan = |q: &str| -> Vec<(String, bool)> {
            i.plan(q)
                .concepts
                .iter()
                .map(|c| (c.word.clone(), c.terms.iter().any(|t| t.term == "return")))
                .collect()
        };
        assert_eq!(plan("Why give them back?"), [("give".to_string(), true)]);
        assert_eq!(plan("Why give it to them?"), [("give".to_string(), false)]);
        // "in" is no particle: "get it in Scotland" is no "get in".
        assert!(plan("Can I get it in Scotland?")
            .iter()
            .any(|(w, _)| w == "Scotland"));
    }

    #[test]
    fn know_is_asked_about_unless_it_is_chat() {
        let (_, i) = index();
        let asks_know = |q: &str| i.plan(q).concepts.iter().any(|c| c.word == "know");
        assert!(asks_know("Did Microsoft know about the distillation?"));
        assert!(!asks_know("do you know what Meituan does"));
        assert!(!asks_know("does anyone know if ByteDance pays"));
        assert!(!asks_know("How do they know it was distillation?"));
    }

    #[test]
    fn a_word_done_again_or_negated_answers_for_the_word() {
        let i = index_of(
            "The road was reopened on Tuesday. Power was restored to 40,000 homes. \
             The driver was unhurt.\n",
        );
        let terms = |q: &str, word: &str| terms_of(&i, q, word);
        assert_eq!(terms("Is the road open?", "open"), ["reopen"]);
        // "restored" is not "stored" again, nor near enough "stop" again.
        assert!(terms("Was power stored?", "stored").is_empty());
        assert!(terms("Did they stop it?", "stop").is_empty());
        // The word negated.
        assert_eq!(terms("Was the driver hurt?", "hurt"), ["unhurt"]);
    }

    #[test]
    fn a_plural_finds_its_short_singular() {
        let i = index_of("The bus runs hourly along the long road.\n");
        assert_eq!(terms_of(&i, "Are the buses late?", "buses"), ["bus"]);
    }

    #[test]
    fn a_compound_answers_for_its_first_word() {
        let i = index_of(
            "Particles can pass into the bloodstream. Riverside United won. \
             The sightings were rare.\n",
        );
        let terms = |q: &str, word: &str| terms_of(&i, q, word);
        assert_eq!(
            terms("Can it get into your blood?", "blood"),
            ["bloodstream"]
        );
        // A name is no compound, nor is a short word's look-alike.
        assert!(terms("Is the river clean?", "river").is_empty());
        assert!(terms("sigh", "sigh").is_empty());
    }

    #[test]
    fn a_name_in_capitals_is_no_chat_word() {
        let i = index_of("The watchdog, NICE, said the drug cost too much. It was nice to see.\n");
        let words = |q: &str| -> Vec<String> {
            i.plan(q).concepts.iter().map(|c| c.word.clone()).collect()
        };
        assert!(words("Why did NICE say no?").contains(&"NICE".to_string()));
        assert!(!words("nice, why did it cost so much?").contains(&"nice".to_string()));
    }

    #[test]
    fn multi_word_synonyms_are_phrases() {
        let (_, i) = index();
        let plan = i.plan("Who is the CEO?");
        let ceo = &plan.concepts[0];
        assert_eq!(ceo.how, Match::Synonym);
        assert!(
            ceo.terms.iter().any(|t| t.term == "chief execut"),
            "{ceo:?}"
        );
        let hits = i.search(&plan, 3);
        let p = hits.first().expect("a hit").passage;
        assert!(i.passage_terms[p].contains("chief"));
    }

    #[test]
    fn huge_input_is_bounded() {
        let (_, i) = index();
        let q = "food ".repeat(2000) + &"zzqx ".repeat(2000);
        let plan = i.plan(&q);
        assert!(plan.concepts.len() <= MAX_QUERY_WORDS);
    }

    /// Odd chat text never panics planning or searching: random questions
    /// from query syntax, markup, mentions, numbers and multi-byte text.
    #[test]
    fn odd_questions_never_panic() {
        const PIECES: &[&str] = &[
            "how",
            "much",
            "long",
            "what",
            "who",
            "I",
            "do",
            "Meituan",
            "Meitaun",
            "food",
            "CEO",
            "fy2024",
            "2024",
            "$",
            "%",
            "-",
            "*",
            "\"",
            "AND",
            "NOT",
            ":",
            "<@1>",
            "@here",
            "https://x.y",
            "<:e:1>",
            "é",
            "’s",
            "—",
            "?",
            " ",
            "  ",
            "\n",
            "ｆｕｌｌ",
            "🙂",
        ];
        let (_, i) = index();
        let mut next = text::xorshift(0xD1B5_4A32_D192_ED03);
        for _ in 0..300 {
            let mut q = String::new();
            for _ in 0..(next() % 16) {
                q.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                if next() % 2 == 0 {
                    q.push(' ');
                }
            }
            let plan = i.plan(&q);
            let _ = i.search(&plan, 5);
        }
    }
}
