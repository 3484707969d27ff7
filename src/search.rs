//! The search index: the corpus's passages in an in-RAM tantivy index with an
//! English analyzer, and the query side that turns chat text into weighted
//! terms.
//!
//! Chat text is never handed to tantivy's query parser: `-x`, `*`, `AND`,
//! quotes or colons in a question would be query syntax there. Instead the
//! question goes through the same analyzer as the article (lower case, stop
//! words, stemming), each word is checked against the article's vocabulary
//! (with small misspellings corrected to a word the article uses), and the
//! query is built from those terms.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{
    IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};
use tantivy::{doc, Index, IndexReader, ReloadPolicy, Searcher, Term};

use crate::corpus::Corpus;
use crate::error::Result;
use crate::thesaurus::Thesaurus;
use crate::{answer_types, lexicon, text};

/// Name under which the English analyzer is registered with tantivy.
const ANALYZER: &str = "en_citebot";
/// How much a match in the section heading weighs against one in the text.
/// Headings of this kind of article are often the very questions members ask.
pub const HEADING_BOOST: f32 = 0.7;
/// Weight of a word corrected from a misspelling, against an exact word.
pub const CORRECTED_WEIGHT: f32 = 0.7;
/// Weight of a synonym from the lexicon, against the word itself: below
/// the original words, so paraphrase helps without taking over.
pub const SYNONYM_WEIGHT: f32 = 0.5;
/// Weight of an adjective's antonym ("small" for "how big").
pub const ANTONYM_WEIGHT: f32 = 0.3;
/// Positions a phrase's words may stray: stop words the analyzer drops
/// leave gaps between them.
const PHRASE_SLOP: u32 = 1;

/// How much the terms standing for one question word add beyond the best of
/// them (0: only the best counts).
const TIE_BREAKER: f32 = 0.0;
/// How much of a word's weight the article's title covers for each of its
/// passages.
const TITLE_COVERAGE: f32 = 0.5;
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
/// Least weight of a word the article uses, however common there.
const MIN_IDF: f32 = 0.1;
/// Length of the prefix that groups the corpus's words, to find other forms of a
/// word among them.
const PREFIX: usize = 4;
/// At most this many content words of a question are used (a 10,000-character
/// paste is answered by its first words, quickly).
const MAX_QUERY_WORDS: usize = 48;

/// English stop words, used on both sides: function words and the question
/// words every question shares, which say nothing about what is asked.
#[rustfmt::skip]
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
    "does", "doesn't", "doing", "don't", "down", "during", "each", "else", "ever", "few", "for",
    "from", "further", "get", "gets", "got", "had", "hadn't", "has", "hasn't", "have", "haven't",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
    "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "let", "let's", "many",
    "may", "me", "might", "more", "most", "much", "my", "myself", "no", "nor", "not", "now", "of",
    "off", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over",
    "own", "really", "s", "same", "shall", "she", "should", "so", "some", "such", "t", "than",
    "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
    "was", "wasn't", "we", "were", "must", "weren't", "what", "what's", "when", "where", "where's",
    "whether", "which", "while", "who", "who's", "whom", "why", "will", "with", "won't", "would", "away",
    "wouldn't", "yet", "you", "your", "yours", "yourself",
];

/// Words that only chat adds to a question ("ok thanks", "tell me about"):
/// dropped from questions, kept in the article.
#[rustfmt::skip]
const CHAT_WORDS: &[&str] = &[
    "hi", "hey", "hello", "thanks", "thank", "thx", "ok", "okay", "please", "pls", "tell", "know",
    "article", "story", "piece", "bot", "citebot", "lol", "yes", "yeah", "anyone", "someone",
    "explain", "mean", "means", "guys", "whats", "hows", "whos", "wheres", "whys", "im", "dont",
    "doesnt", "didnt", "cant", "isnt", "arent", "wasnt", "wont", "u", "ur", "pls", "plz", "tho",
    "btw", "wondering", "curious", "besides", "among", "amongst", "within", "across", "around",
    "toward", "towards", "upon", "via", "per", "come", "comes", "came", "coming", "go", "goes",
    "going", "gone", "went", "thing", "things", "stuff", "kind", "kinds", "sort", "lot", "lots",
    "actually", "exactly", "currently", "right", "maybe", "probably", "basically", "generally",
    "specifically", "think", "everyone", "everybody", "anybody", "somebody", "cool", "nice", "awesome", "gm", "ty", "want", "wants", "wanted", "wat", "wut", "wot", "happen", "happens", "happened", "happening", "likely", "originally", "initially",
];

/// Words that frame what a question asks about rather than name it ("how
/// did the stock react", "which contractor was involved", "who is behind
/// the attack"). They still find passages using them ("Calder has 30 days
/// to respond").
const FRAME_WORDS: &[&str] = &[
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
];

/// The most a frame word weighs in coverage.
const FRAME_WEIGHT: f32 = 0.3;

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

impl QueryTerm {
    fn new(term: impl Into<String>, weight: f32, covers: f32) -> Self {
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

/// A passage found for a question.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// Index into [`Corpus::passages`].
    pub passage: usize,
    /// The tantivy BM25 score.
    pub score: f32,
    /// Share of the question's weight (IDF) that this passage matches, 0 to 1.
    pub coverage: f32,
    /// How many of the question's content words it matches (directly, by a
    /// corrected spelling, or by a synonym).
    pub matched: usize,
    /// Share of the question its article matches anywhere
    /// ([`SearchIndex::article_coverage`]).
    pub article_coverage: f32,
    /// For a "how many X" question, whether this passage counts X ("2,400
    /// construction jobs"); `None` for other questions.
    pub counts: Option<bool>,
    /// Its article mentions every name of the question the corpus knows
    /// ([`SearchIndex::article_has_names`]).
    pub has_names: bool,
}

/// The index and what the query side needs to know about the corpus.
pub struct SearchIndex {
    reader: IndexReader,
    text: tantivy::schema::Field,
    heading: tantivy::schema::Field,
    kinds: tantivy::schema::Field,
    analyzer: TextAnalyzer,
    /// Per segment, the passage index of each document.
    doc_passage: Vec<Vec<usize>>,
    /// Every folded word of the corpus, with its length in characters, its
    /// analyzed term and whether the article ever writes it capitalised, for
    /// typo search.
    vocab: Vec<(String, usize, String, bool)>,
    /// Folded words the article writes capitalised somewhere.
    capitalised: HashSet<String>,
    /// The same words grouped by their first [`PREFIX`] characters, for
    /// other forms of a word.
    by_prefix: HashMap<String, Vec<(String, String)>>,
    /// Document frequency of each analyzed term.
    df: HashMap<String, u32>,
    /// The analyzed terms of each passage (text and heading).
    passage_terms: Vec<HashSet<String>>,
    /// The article of each passage.
    passage_article: Vec<usize>,
    /// Per article: document frequency of each term among its passages,
    /// and how many passages it has. Coverage weighs a question's words by
    /// how distinctive they are within the passage's own article, so an
    /// answer does not depend on which other articles share the corpus.
    article_df: Vec<(HashMap<String, u32>, u32)>,
    /// Acronyms of the capitalised names in the corpus ("fda" for "Food and
    /// Drug Administration"), to the analyzed words of the name.
    acronyms: HashMap<String, String>,
    /// The analyzed terms of each article's title: what every passage of
    /// it is about ("Who is paying for it?" is about the title's tunnel).
    title_terms: Vec<HashSet<String>>,
    stop: HashSet<&'static str>,
    docs: u32,
    thesaurus: &'static Thesaurus,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("docs", &self.docs)
            .finish()
    }
}

/// The English analyzer used for the article and for questions alike.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(IrregularForms)
        .filter(StopWordFilter::remove(
            STOP_WORDS.iter().map(|w| w.to_string()),
        ))
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Token filter: irregular forms to their base form ("slept" → "sleep",
/// "paid" → "pay"), which the Porter stemmer leaves alone, so a question's
/// "sleep" finds the article's "slept".
#[derive(Clone, Copy)]
pub struct IrregularForms;

impl TokenFilter for IrregularForms {
    type Tokenizer<T: Tokenizer> = IrregularFormsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> IrregularFormsFilter<T> {
        IrregularFormsFilter(tokenizer)
    }
}

#[derive(Clone)]
pub struct IrregularFormsFilter<T>(T);

impl<T: Tokenizer> Tokenizer for IrregularFormsFilter<T> {
    type TokenStream<'a> = IrregularFormsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        IrregularFormsStream(self.0.token_stream(text))
    }
}

pub struct IrregularFormsStream<S>(S);

impl<S: TokenStream> TokenStream for IrregularFormsStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        if let Some(base) = lexicon::irregular_base(&self.0.token().text) {
            let text = &mut self.0.token_mut().text;
            text.clear();
            text.push_str(base);
        }
        true
    }

    fn token(&self) -> &Token {
        self.0.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(tok) = stream.next() {
        out.push(tok.text.clone());
    }
    out
}

/// The analyzed term of a dictionary word (a relation from the lexicon or
/// the thesaurus), remembered: the same few thousand words come up question
/// after question, and the analyzer never changes.
fn stem(analyzer: &mut TextAnalyzer, word: &'static str) -> Option<String> {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Option<String>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.lock().ok().and_then(|c| c.get(word).cloned()) {
        return hit;
    }
    let term = analyze(analyzer, word).into_iter().next();
    if let Ok(mut c) = cache.lock() {
        c.insert(word, term.clone());
    }
    term
}

/// Inverse document frequency (the BM25 form, always positive).
fn idf(df: u32, docs: u32) -> f32 {
    let (df, n) = (df as f32, docs as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// Most edits allowed between a misspelt word and the article's word.
fn max_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    }
}

impl SearchIndex {
    /// Indexes every passage of the corpus in RAM.
    pub fn build(corpus: &Corpus) -> Result<SearchIndex> {
        let mut schema = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let opts = TextOptions::default().set_indexing_options(indexing);
        let text = schema.add_text_field("text", opts.clone());
        let heading = schema.add_text_field("heading", opts);
        // The kinds of value each passage states (answer types), so that
        // "How heavy are they?" finds "49 grams" though no word matches.
        let kinds = schema.add_text_field("kinds", STRING);
        let pid = schema.add_u64_field("pid", NumericOptions::default().set_fast());
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register(ANALYZER, analyzer());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for (i, p) in corpus.passages.iter().enumerate() {
            let mut document = doc!(
                text => p.text.as_str(),
                heading => format!("{} {}", p.section, p.context),
                pid => i as u64,
            );
            for kind in answer_types::passage_terms(&p.text) {
                document.add_text(kinds, kind);
            }
            writer.add_document(document)?;
        }
        writer.commit()?;
        drop(writer);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let mut doc_passage = Vec::new();
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64("pid")?;
            let map = (0..segment.max_doc())
                .map(|d| column.first(d).unwrap_or(0) as usize)
                .collect();
            doc_passage.push(map);
        }

        let mut an = analyzer();
        let mut words = HashMap::new();
        let mut df: HashMap<String, u32> = HashMap::new();
        let mut passage_terms = Vec::with_capacity(corpus.passages.len());
        let mut passage_article = Vec::with_capacity(corpus.passages.len());
        let mut article_df: Vec<(HashMap<String, u32>, u32)> = Vec::new();
        let mut capitalised = HashSet::new();
        for p in &corpus.passages {
            let mut terms = HashSet::new();
            let heading = format!("{} {}", p.section, p.context);
            for source in [&p.text, &heading] {
                for (w, start, _) in text::folded_words(source) {
                    let w = strip_possessive(&w).to_string();
                    if source[start..].starts_with(char::is_uppercase) {
                        capitalised.insert(w.clone());
                    }
                    if words.contains_key(&w) {
                        continue;
                    }
                    if let Some(t) = analyze(&mut an, &w).into_iter().next() {
                        words.insert(w, t);
                    }
                }
                terms.extend(analyze(&mut an, source));
            }
            for t in &terms {
                *df.entry(t.clone()).or_default() += 1;
            }
            if article_df.len() <= p.article_index {
                article_df.resize_with(p.article_index + 1, Default::default);
            }
            let (adf, docs) = &mut article_df[p.article_index];
            *docs += 1;
            for t in &terms {
                *adf.entry(t.clone()).or_default() += 1;
            }
            passage_article.push(p.article_index);
            terms.extend(
                answer_types::passage_terms(&p.text)
                    .into_iter()
                    .map(String::from),
            );
            passage_terms.push(terms);
        }
        let mut by_prefix: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for (w, t) in &words {
            let key: String = w.chars().take(PREFIX).collect();
            by_prefix
                .entry(key)
                .or_default()
                .push((w.clone(), t.clone()));
        }
        for list in by_prefix.values_mut() {
            list.sort();
        }
        let mut vocab: Vec<(String, usize, String, bool)> = words
            .iter()
            .map(|(w, t)| {
                (
                    w.clone(),
                    w.chars().count(),
                    t.clone(),
                    capitalised.contains(w),
                )
            })
            .collect();
        vocab.sort();
        let mut an_th = analyzer();
        Ok(SearchIndex {
            vocab,
            capitalised,
            by_prefix,
            reader,
            text,
            heading,
            kinds,
            analyzer: an,
            doc_passage,
            df,
            passage_terms,
            passage_article,
            article_df,
            acronyms: {
                let mut acronyms = HashMap::new();
                for p in &corpus.passages {
                    collect_acronyms(&p.text, &mut an_th, &mut acronyms);
                }
                acronyms
            },
            title_terms: corpus
                .articles
                .iter()
                .map(|a| analyze(&mut an_th, &a.title).into_iter().collect())
                .collect(),
            stop: STOP_WORDS.iter().chain(CHAT_WORDS).copied().collect(),
            docs: corpus.passages.len() as u32,
            thesaurus: {
                // Built once per process: it depends only on the analyzer.
                static THESAURUS: OnceLock<Thesaurus> = OnceLock::new();
                THESAURUS.get_or_init(|| {
                    let mut an = analyzer();
                    Thesaurus::new(|w| analyze(&mut an, w).into_iter().next())
                })
            },
        })
    }

    fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Turns a question into weighted terms checked against the corpus.
    pub fn plan(&self, question: &str) -> QueryPlan {
        let question = &text::strip_chat_markup(question);
        let mut an = self.analyzer.clone();
        let mut plan = QueryPlan::default();
        let mut seen = HashSet::new();
        let mut sentence_start = true;
        let mut prev_end = 0;
        let title_case = is_title_case(question);
        let asking = answer_types::Asking::new(question);
        plan.advice = answer_types::asks_for_advice(question);
        if is_thanks(question) {
            return plan;
        }
        let words = self.question_words(question, &mut an);
        let mut skip = false;
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
            let folded = text::fold(original);
            let word = strip_possessive(&folded);
            if std::mem::take(&mut skip) {
                continue;
            }
            // The two words this one starts, for the thesaurus ("tax
            // break", "go up").
            let pair = words
                .get(i + 1)
                .map(|&(s2, e2, _)| format!("{word} {}", text::fold(&question[s2..e2])));
            let mut pair_related = pair
                .as_deref()
                .map(|p| self.thesaurus.related(p, p))
                .unwrap_or_default();
            // Dictionary forms, for the thesaurus: "taken down" as "take
            // down", "suing" as "sue".
            let lemmas = lexicon::lemmas(word);
            if let Some(next) = pair
                .as_deref()
                .and_then(|p| p.split_once(' '))
                .map(|(_, n)| n)
            {
                for lemma in &lemmas {
                    let p = format!("{lemma} {next}");
                    pair_related.extend(self.thesaurus.related(&p, &p));
                }
            }
            if self.stop.contains(word) && !pair_related.is_empty() {
                // A phrasal verb of common words ("go up"): a word of its
                // own; one the article has no word for ("so far") only
                // frames the question.
                let mut terms = Vec::new();
                let _ = self.add_related(&mut an, "", &pair_related, &seen, &mut terms);
                plan.concepts.push(Concept {
                    word: pair.unwrap_or_default(),
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
                });
                skip = true;
                continue;
            }
            if word.chars().count() > 40 || self.stop.contains(word) {
                continue;
            }
            let Some(term) = analyze(&mut an, word).into_iter().next() else {
                continue;
            };
            if !seen.insert(term.clone()) {
                continue;
            }
            if asking.asks_degree(word) {
                continue;
            }
            // "How long", "how often": a kind of value, not a word. ("How
            // big" keeps its word too: it is answered by "small".)
            if let Some(kind) = asking.how_term(word).filter(|k| *k != answer_types::NUMBER) {
                // The kind of value, and the thesaurus's words for it
                // ("how heavy": "weight").
                let mut terms = vec![QueryTerm::new(kind, SYNONYM_WEIGHT, THESAURUS_COVERAGE)];
                let news = self.thesaurus.related(word, &term);
                let _ = self.add_related(&mut an, "", &news, &seen, &mut terms);
                plan.concepts.push(Concept {
                    word: original.to_string(),
                    how: Match::Synonym,
                    idf: UNKNOWN_WEIGHT,
                    terms,
                    continues_name: false,
                    name: false,
                    frame: false,
                });
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
            } else if let Some(t) = self.acronym(original) {
                // "FDA" for the article's "Food and Drug Administration".
                terms.push(QueryTerm::new(t, CORRECTED_WEIGHT, CORRECTED_WEIGHT));
                how = Match::Corrected;
            } else if let Some(t) = self.correct(word, &term, !first && looks_like_name(original)) {
                if !seen.insert(t.clone()) {
                    continue;
                }
                terms.push(QueryTerm::new(t, CORRECTED_WEIGHT, CORRECTED_WEIGHT));
                how = Match::Corrected;
            }
            let idf = match terms.first() {
                Some(t) => idf(self.df.get(&t.term).copied().unwrap_or(0), self.docs),
                None => UNKNOWN_WEIGHT,
            };
            // In a Title Case Question every word looks like a name: there,
            // only a word that is no English word counts as one.
            let name =
                !first && looks_like_name(original) && !(title_case && lexicon::is_word(word));
            if how == Match::Unknown && name {
                plan.unknown_name
                    .get_or_insert_with(|| original.to_string());
            }
            let mut news = self.thesaurus.related(word, &term);
            // Dictionary forms too: "suing" finds the group of "sue".
            for lemma in lemmas {
                news.extend(self.thesaurus.related(lemma, lemma));
            }
            // A pair the thesaurus knows ("tax break", "take effect") is one
            // thing asked about: its second word, if the article does not
            // use it, is not a word of its own.
            skip = !pair_related.is_empty()
                && words.get(i + 1).is_some_and(|&(s2, e2, _)| {
                    analyze(&mut an, &text::fold(&question[s2..e2]))
                        .first()
                        .is_none_or(|t| !self.df.contains_key(t))
                });
            news.extend(pair_related);
            let restates = self.add_related(&mut an, word, &news, &seen, &mut terms);
            // "Why did the opposition oppose it?": a word the article uses
            // only as an earlier word of the question says nothing more.
            if how == Match::Unknown && terms.is_empty() && restates {
                continue;
            }
            if let Some(t) = asking.term_for(word) {
                terms.push(QueryTerm::new(t, SYNONYM_WEIGHT, SYNONYM_COVERAGE));
            }
            if how == Match::Unknown && !terms.is_empty() {
                how = Match::Synonym;
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
                frame: FRAME_WORDS.contains(&word),
            });
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
    /// ones as phrases) and adjective antonyms, each below the word itself;
    /// a relation the corpus uses only in another form counts less again.
    /// True when a relation is a term of an earlier question word (`seen`).
    fn add_related(
        &self,
        an: &mut TextAnalyzer,
        word: &str,
        news: &[&'static str],
        seen: &HashSet<String>,
        terms: &mut Vec<QueryTerm>,
    ) -> bool {
        let mut restates = false;
        let lex = lexicon::related(word);
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
                    restates = true;
                } else if !terms.iter().any(|x| x.term == t.term) {
                    terms.push(t);
                }
            }
        }
        restates
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

    /// The passages matching a plan, best first, at most `limit`.
    pub fn search(&self, plan: &QueryPlan, limit: usize) -> Vec<Hit> {
        self.search_fields(plan, limit, true)
    }

    /// Plain BM25, the reference `citebot eval --baseline` measures against:
    /// every analyzed word of the question as is (no corrections, synonyms or
    /// chat handling), over the passage text only (no headings).
    pub fn search_plain(&self, question: &str, limit: usize) -> Vec<Hit> {
        let mut an = self.analyzer.clone();
        let concepts = analyze(&mut an, question)
            .into_iter()
            .map(|t| Concept {
                word: t.clone(),
                how: Match::Exact,
                idf: idf(self.df.get(&t).copied().unwrap_or(0), self.docs),
                terms: vec![QueryTerm::new(t, 1.0, 1.0)],
                continues_name: false,
                name: false,
                frame: false,
            })
            .collect();
        let plan = QueryPlan {
            concepts,
            unknown_name: None,
            advice: false,
        };
        self.search_fields(&plan, limit, false)
    }

    fn search_fields(&self, plan: &QueryPlan, limit: usize, headings: bool) -> Vec<Hit> {
        let fields: &[(tantivy::schema::Field, f32)] = if headings {
            &[(self.text, 1.0), (self.heading, HEADING_BOOST)]
        } else {
            &[(self.text, 1.0)]
        };
        // One clause per word of the question and field: the best of the
        // terms standing for the word ("revenue", or its relation "sales"),
        // so a passage using both does not count the word twice.
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for concept in &plan.concepts {
            for &(field, boost) in fields {
                let alternatives: Vec<Box<dyn Query>> = concept
                    .terms
                    .iter()
                    // An answer type is searched once, in the kinds field.
                    .filter(|t| !answer_types::is_pseudo(&t.term) || field == self.text)
                    .map(|QueryTerm { term, weight, .. }| {
                        let q: Box<dyn Query> = if answer_types::is_pseudo(term) {
                            Box::new(TermQuery::new(
                                Term::from_field_text(self.kinds, term),
                                IndexRecordOption::Basic,
                            ))
                        } else if term.contains(' ') {
                            let words = term
                                .split(' ')
                                .map(|t| Term::from_field_text(field, t))
                                .collect();
                            // Slop 1: the article's stop words ("Food and
                            // Drug Administration") leave gaps.
                            let mut phrase = PhraseQuery::new(words);
                            phrase.set_slop(PHRASE_SLOP);
                            Box::new(phrase)
                        } else {
                            Box::new(TermQuery::new(
                                Term::from_field_text(field, term),
                                IndexRecordOption::WithFreqs,
                            ))
                        };
                        Box::new(BoostQuery::new(q, weight * boost)) as Box<dyn Query>
                    })
                    .collect();
                if !alternatives.is_empty() {
                    clauses.push((
                        Occur::Should,
                        Box::new(DisjunctionMaxQuery::with_tie_breaker(
                            alternatives,
                            TIE_BREAKER,
                        )),
                    ));
                }
            }
        }
        if clauses.is_empty() || limit == 0 {
            return Vec::new();
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.searcher();
        let found = match searcher.search(&query, &TopDocs::with_limit(limit).order_by_score()) {
            Ok(found) => found,
            Err(e) => {
                tracing::error!(error = %e, "search failed");
                return Vec::new();
            }
        };
        let mut articles: HashMap<usize, f32> = HashMap::new();
        found
            .into_iter()
            .filter_map(|(score, addr)| {
                let passage = *self
                    .doc_passage
                    .get(addr.segment_ord as usize)?
                    .get(addr.doc_id as usize)?;
                let (coverage, matched) = self.coverage(plan, passage);
                let article = self.passage_article.get(passage).copied().unwrap_or(0);
                let article_coverage = *articles
                    .entry(article)
                    .or_insert_with(|| self.article_coverage(plan, article));
                Some(Hit {
                    passage,
                    score,
                    coverage,
                    matched,
                    article_coverage,
                    counts: None,
                    has_names: self.article_has_names(plan, passage),
                })
            })
            .collect()
    }

    /// True when some passage matches the concept: the word, a correction,
    /// a relation or, for a phrase, all of its words.
    pub fn mentions(&self, concept: &Concept) -> bool {
        concept.terms.iter().any(|QueryTerm { term: t, .. }| {
            self.passage_terms
                .iter()
                .any(|terms| t.split(' ').all(|w| terms.contains(w)))
        })
    }

    /// True when a passage's text or heading has the analyzed term, or, for
    /// a pseudo-term of [`answer_types`], states that kind of value.
    pub fn passage_has(&self, passage: usize, term: &str) -> bool {
        self.passage_terms
            .get(passage)
            .is_some_and(|t| t.contains(term))
    }

    /// True when every name of the question that the corpus knows is in the
    /// passage's article: with several articles, "Did the Porto metro also
    /// close?" is not answered by an article that never mentions Porto.
    pub fn article_has_names(&self, plan: &QueryPlan, passage: usize) -> bool {
        let Some((df, _)) = self
            .passage_article
            .get(passage)
            .and_then(|a| self.article_df.get(*a))
        else {
            return false;
        };
        plan.concepts
            .iter()
            .filter(|c| c.name && matches!(c.how, Match::Exact | Match::Corrected))
            .all(|c| c.terms.iter().any(|t| df.contains_key(&t.term)))
    }

    /// Share of the question's IDF weight that a passage matches, and how
    /// many of its content words it matches.
    pub fn coverage(&self, plan: &QueryPlan, passage: usize) -> (f32, usize) {
        let Some(terms) = self.passage_terms.get(passage) else {
            return (0.0, 0);
        };
        let article = self.passage_article.get(passage).copied();
        let title = article.and_then(|a| self.title_terms.get(a));
        self.share(plan, article, |w| {
            if terms.contains(w) {
                1.0
            } else if title.is_some_and(|t| t.contains(w)) {
                TITLE_COVERAGE
            } else {
                0.0
            }
        })
    }

    /// True when a passage states a count of what a concept names: a
    /// number within a few words of the word or one of its forms and
    /// relations ("2,400 construction jobs", "Employees: 12,400", "the
    /// number of states … to eleven").
    pub fn counts(&self, passage: &str, concept: &Concept) -> bool {
        const WINDOW: usize = 5;
        let mut an = self.analyzer.clone();
        let words = text::folded_words(passage);
        words.iter().enumerate().any(|(i, (w, _, _))| {
            let Some(t) = analyze(&mut an, w).into_iter().next() else {
                return false;
            };
            concept.terms.iter().any(|q| q.term == t)
                && words[i.saturating_sub(WINDOW)..(i + WINDOW + 1).min(words.len())]
                    .iter()
                    .any(|(n, _, _)| answer_types::is_count(n))
        })
    }

    /// True when a text uses the word of a concept, or one of its forms
    /// and relations.
    pub fn names(&self, text: &str, concept: &Concept) -> bool {
        let mut an = self.analyzer.clone();
        analyze(&mut an, text)
            .iter()
            .any(|t| concept.terms.iter().any(|q| q.term == *t))
    }

    /// The same share for a whole article: how much of the question it
    /// speaks to anywhere. With several articles, this keeps an answer in
    /// the article the question is about.
    pub fn article_coverage(&self, plan: &QueryPlan, article: usize) -> f32 {
        match self.article_df.get(article) {
            Some((df, _)) => {
                self.share(plan, Some(article), |w| {
                    f32::from(u8::from(df.contains_key(w)))
                })
                .0
            }
            None => 0.0,
        }
    }

    /// Share of the question's weight matched by the terms `has` accepts,
    /// each word weighed within `article`; and how many words (not frame
    /// words) matched.
    fn share(
        &self,
        plan: &QueryPlan,
        article: Option<usize>,
        has: impl Fn(&str) -> f32,
    ) -> (f32, usize) {
        let article = article.and_then(|a| self.article_df.get(a));
        // A word's weight within the article: its IDF there, or
        // UNKNOWN_WEIGHT when that article does not use it.
        let weight_of = |c: &Concept| match (article, c.terms.first()) {
            (Some((df, docs)), Some(QueryTerm { term: t, .. }))
                if matches!(c.how, Match::Exact | Match::Corrected) =>
            {
                df.get(t)
                    .map_or(UNKNOWN_WEIGHT, |&n| idf(n, *docs).max(MIN_IDF))
            }
            _ => c.idf,
        };
        let mut weights: Vec<f32> = plan
            .concepts
            .iter()
            .map(|c| {
                let w = weight_of(c);
                if c.frame {
                    w.min(FRAME_WEIGHT)
                } else {
                    w
                }
            })
            .collect();
        // A name of several words weighs as its heaviest word: "Harbor
        // City" is one thing, not two, against the "population" asked of it.
        let mut start = 0;
        while start < weights.len() {
            let end = (start + 1..plan.concepts.len())
                .find(|&i| !plan.concepts[i].continues_name)
                .unwrap_or(plan.concepts.len());
            let (sum, max) = weights[start..end]
                .iter()
                .fold((0.0f32, 0.0f32), |(s, m), &w| (s + w, m.max(w)));
            if end - start > 1 && sum > 0.0 {
                for w in &mut weights[start..end] {
                    *w *= max / sum;
                }
            }
            start = end;
        }
        let total: f32 = weights.iter().sum();
        if total <= 0.0 {
            return (0.0, 0);
        }
        let mut matched = 0;
        let mut weight = 0.0;
        for (c, w) in plan.concepts.iter().zip(&weights) {
            // The best of the terms standing for the word that the passage holds.
            let best = c
                .terms
                .iter()
                .map(|t| {
                    let found = t.term.split(' ').map(&has).fold(1.0, f32::min);
                    // Only the word itself, or its forms, count in the
                    // title: relations there are too loose a reading.
                    if found < 1.0 && t.covers < CORRECTED_WEIGHT {
                        0.0
                    } else {
                        t.covers * found
                    }
                })
                .fold(0.0, f32::max);
            if best > 0.0 && !c.frame {
                matched += 1;
            }
            weight += w * best;
        }
        (weight / total, matched)
    }
}

/// Adds the acronyms of a text's capitalised names: for every run of two
/// or more capitalised words (joined perhaps by "and", "of", "for", "the",
/// "&"), the initials of each of its stretches of two or more capitalised
/// words ("Food and Drug Administration" → "fda", "Department of Health and
/// Human Services" → "dhhs", "hhs"…), to the stretch's analyzed words. The
/// first name found for an acronym keeps it.
fn collect_acronyms(text: &str, an: &mut TextAnalyzer, out: &mut HashMap<String, String>) {
    const JOINERS: &[&str] = &["and", "of", "for", "the", "&"];
    let words: Vec<&str> = text::words(text).map(|(s, e)| &text[s..e]).collect();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().count() > 1;
    let mut i = 0;
    while i < words.len() {
        if !capital(words[i]) {
            i += 1;
            continue;
        }
        // A run: capitalised words, joiners between them.
        let mut run = vec![words[i]];
        let mut j = i + 1;
        while j < words.len() {
            if capital(words[j]) {
                run.push(words[j]);
                j += 1;
            } else if JOINERS.contains(&words[j].to_lowercase().as_str())
                && words.get(j + 1).is_some_and(|w| capital(w))
            {
                j += 1;
            } else {
                break;
            }
        }
        for a in 0..run.len() {
            for b in a + 2..=run.len().min(a + 6) {
                let initials: String = run[a..b]
                    .iter()
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_lowercase)
                    .collect();
                let analyzed: Vec<String> = run[a..b]
                    .iter()
                    .filter_map(|w| analyze(an, &text::fold(w)).into_iter().next())
                    .collect();
                if analyzed.len() >= 2 {
                    out.entry(initials).or_insert_with(|| analyzed.join(" "));
                }
            }
        }
        i = j;
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
    let ending = long
        .strip_prefix(short)
        .is_some_and(|e| ENDINGS.contains(&e));
    // A long shared stem that differs in its last letter or two, unless
    // the longer word ends in a suffix that makes another word
    // ("universe", "university").
    let other_word = long
        .char_indices()
        .nth(common)
        .is_some_and(|(i, _)| ["ity", "ities", "al", "als", "ment", "ments"].contains(&&long[i..]));
    ending || (common >= 5 && common + 1 == shorter && la.max(lb) <= common + 4 && !other_word)
}

/// True for a thank-you or a sign-off that asks nothing ("thanks, that
/// helps", "ty!", "stay safe everyone", "good night all"): it starts with
/// one and holds no question mark.
fn is_thanks(message: &str) -> bool {
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
    ];
    let words = text::folded_words(message);
    let first = words.first().map(|w| w.0.as_str());
    let second = words.get(1).map(|w| w.0.as_str());
    !message.contains('?')
        && (matches!(
            first,
            Some("thanks" | "thank" | "thx" | "ty" | "tysm" | "cheers" | "congrats" | "gn")
        ) || SIGN_OFFS
            .iter()
            .any(|&(a, b)| first == Some(a) && second == Some(b)))
}

/// "microsoft's" → "microsoft".
fn strip_possessive(word: &str) -> &str {
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

/// A capitalised word with lower-case letters after the first ("Samsung",
/// "McKinsey"), as names are written; not an acronym or a shouted word.
fn looks_like_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flags::Flagger;

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
    }

    #[test]
    fn acronyms_of_the_article_names() {
        let mut an = analyzer();
        let mut a = HashMap::new();
        collect_acronyms(
            "The US Food and Drug Administration said so, as did the Department of Health and Human Services.",
            &mut an,
            &mut a,
        );
        assert_eq!(
            a.get("fda").map(String::as_str),
            Some("food drug administr")
        );
        assert_eq!(
            a.get("hhs").map(String::as_str),
            Some("health human servic")
        );
        assert!(!a.contains_key("said"));
    }

    #[test]
    fn thanks_asks_nothing() {
        assert!(is_thanks("thanks, that helps"));
        assert!(is_thanks("Thank you so much for the food tip!"));
        assert!(!is_thanks("thanks! what does Meituan deliver?"));
        assert!(is_thanks("stay safe everyone"));
        assert!(!is_thanks("stay safe: is the water drinkable?"));
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
