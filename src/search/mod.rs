//! The search index: the corpus's passages in an in-RAM tantivy index with an
//! English analyzer (lower case, stop words, irregular forms, stemming), the
//! search for a question's plan (one dis-max clause per question word), and
//! coverage: how much of a question a passage, or its article, speaks to.
//!
//! The question side, which turns chat text into that plan, is
//! [`question`].

mod question;

use question::{strip_possessive, CHAT_WORDS, FRAME_WEIGHT, PREFIX};
pub use question::{
    Concept, Match, QueryPlan, QueryTerm, ANTONYM_WEIGHT, CORRECTED_WEIGHT, STOP_WORDS,
    SYNONYM_COVERAGE, SYNONYM_WEIGHT, THESAURUS_COVERAGE, THESAURUS_WEIGHT, UNKNOWN_WEIGHT,
};

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
use crate::flags::FlagKind;
use crate::roles;
use crate::thesaurus::Thesaurus;
use crate::{answer_types, lexicon, text};

/// Name under which the English analyzer is registered with tantivy.
const ANALYZER: &str = "en_citebot";
/// The analyzer of the surface field: words as written, folded, unstemmed.
const SURFACE_ANALYZER: &str = "en_surface";
/// How much a question word written the same way in the passage ("have
/// closed" for "have closed", not "closing") adds to its stem's match.
const SURFACE_BOOST: f32 = 0.3;
/// How much a match in the section heading weighs against one in the text.
/// Headings of this kind of article are often the very questions members ask.
pub const HEADING_BOOST: f32 = 0.7;
/// Positions a phrase's words may stray: stop words the analyzer drops
/// leave gaps between them.
const PHRASE_SLOP: u32 = 1;

/// How much of a word's weight the article's title covers for each of its
/// passages.
const TITLE_COVERAGE: f32 = 0.5;
/// Least weight of a word the article uses, however common there.
const MIN_IDF: f32 = 0.1;

/// The most a frame word weighs against the heaviest other word of the
/// question.
const FRAME_SHARE: f32 = 0.3;

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
    /// For a "how much does X cost" question, whether this passage prices
    /// X (names X and states an amount); `None` for other questions.
    pub prices: Option<bool>,
    /// For a "who is the X" question, whether this passage names someone
    /// (or says something is unclear); for "who owns X", whether it uses
    /// the question's verb or a relation of it ("owner"); for "what is it
    /// called", whether it gives a name ("named solanocidin"); `None` for
    /// other questions.
    pub names_someone: Option<bool>,
    /// For a question starting "When", whether this passage states a time;
    /// for "how old", an age or a time to count from (either way, or says
    /// something is unclear); `None` for other questions.
    pub dated: Option<bool>,
    /// Its article mentions every name of the question the corpus knows
    /// ([`SearchIndex::article_has_names`]).
    pub has_names: bool,
}

/// The index and what the query side needs to know about the corpus.
pub struct SearchIndex {
    reader: IndexReader,
    text: tantivy::schema::Field,
    heading: tantivy::schema::Field,
    /// The passage's words as written (folded), for a question word's own
    /// form.
    surface: tantivy::schema::Field,
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
    /// Each passage's folded words joined by single spaces, to find a run
    /// of a question's words in it without reading it word by word for
    /// every question.
    folded: Vec<String>,
    /// The article of each passage.
    passage_article: Vec<usize>,
    /// The analyzed terms of each passage's sentences flagged unclear ("has
    /// not said how many inspectors it will hire").
    unclear_terms: Vec<HashSet<String>>,
    /// Per article: document frequency of each term among its passages,
    /// and how many passages it has. Coverage weighs a question's words by
    /// how distinctive they are within the passage's own article, so an
    /// answer does not depend on which other articles share the corpus.
    article_df: Vec<(HashMap<String, u32>, u32)>,
    /// Acronyms of the capitalised names in the corpus ("fda" for "Food and
    /// Drug Administration"), to the analyzed words of the name.
    acronyms: HashMap<String, String>,
    /// The first word of each capitalised pair of words ("leah" of "Leah
    /// Williamson"), folded, to the analyzed second: a member who says
    /// "Leah" means the Williamson the article goes on to quote.
    surnames: HashMap<String, String>,
    /// The corpus's hyphenated words written solid ("ebike" for "e-bike",
    /// "coop" for "co-op"), to their analyzed parts: chat drops hyphens.
    joined: HashMap<String, String>,
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

/// True when a set of analyzed terms holds one of the concept's terms (each
/// word of a phrase term).
fn uses(terms: &HashSet<String>, concept: &Concept) -> bool {
    uses_any(terms, &concept.terms)
}

/// True when the terms hold one of these query terms (all words of a
/// phrase).
fn uses_any<'a>(terms: &HashSet<String>, of: impl IntoIterator<Item = &'a QueryTerm>) -> bool {
    of.into_iter()
        .any(|q| q.term.split(' ').all(|t| terms.contains(t)))
}

/// Token filter: irregular forms to their base form ("slept" → "sleep",
/// "paid" → "pay"), which the Porter stemmer leaves alone, so a question's
/// "sleep" finds the article's "slept"; never to a stop word. An ordinal
/// becomes its number, so "the 14th" finds "14 December".
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

/// The length of a plural's singular where the stemmer would miss it: a
/// noun in "-s" whose plural adds "-es" ("buses", "gases", "lenses"), as
/// against "houses" (a "house"): the singular is a noun and the plural
/// without its "-s" is no word.
fn short_plural(word: &str) -> Option<usize> {
    let stem = word.strip_suffix("ses")?;
    let singular = &word[..word.len() - 2];
    (stem.len() >= 2 && lexicon::is_noun(singular) && !lexicon::is_word(&word[..word.len() - 1]))
        .then_some(singular.len())
}

impl<S: TokenStream> TokenStream for IrregularFormsStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let text = &mut self.0.token_mut().text;
        if let Some(digits) = ordinal_number(text) {
            text.truncate(digits);
            return true;
        }
        // "number two" finds the table's "2", "four people" the "4 people".
        if let Some(n) = number_word(text) {
            text.clear();
            text.push_str(n);
            return true;
        }
        // Not to a function word, which the next filter drops: "offer" is
        // no comparative of "off" here, nor "upped" a form of "up".
        if let Some(base) =
            lexicon::irregular_base(&self.0.token().text).filter(|b| !STOP_WORDS.contains(b))
        {
            let text = &mut self.0.token_mut().text;
            text.clear();
            text.push_str(base);
        } else if let Some(len) = short_plural(&self.0.token().text) {
            // "buses" is "bus", which the stemmer makes "buse".
            self.0.token_mut().text.truncate(len);
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

/// The digits of a number written as a word ("two" → "2"). Not "one",
/// which is as often a pronoun.
fn number_word(token: &str) -> Option<&'static str> {
    const WORDS: &[(&str, &str)] = &[
        ("two", "2"),
        ("three", "3"),
        ("four", "4"),
        ("five", "5"),
        ("six", "6"),
        ("seven", "7"),
        ("eight", "8"),
        ("nine", "9"),
        ("ten", "10"),
        ("eleven", "11"),
        ("twelve", "12"),
        ("fifteen", "15"),
        ("twenty", "20"),
        ("thirty", "30"),
        ("forty", "40"),
        ("fifty", "50"),
        ("hundred", "100"),
    ];
    WORDS.iter().find(|(w, _)| *w == token).map(|(_, n)| *n)
}

/// The length of the number of an ordinal ("14th", "1st", "22nd", "3rd"):
/// digits, then one of the four suffixes.
fn ordinal_number(token: &str) -> Option<usize> {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &token[digits..];
    (digits > 0 && ["st", "nd", "rd", "th"].contains(&suffix)).then_some(digits)
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

impl SearchIndex {
    /// Indexes every passage of the corpus in RAM.
    pub fn build(corpus: &Corpus) -> Result<SearchIndex> {
        Self::build_with(corpus, true)
    }

    /// [`SearchIndex::build`], with or without the news thesaurus.
    pub fn build_with(corpus: &Corpus, thesaurus: bool) -> Result<SearchIndex> {
        let mut schema = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let opts = TextOptions::default().set_indexing_options(indexing);
        let text = schema.add_text_field("text", opts.clone());
        let heading = schema.add_text_field("heading", opts);
        let surface = schema.add_text_field(
            "surface",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(SURFACE_ANALYZER)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        );
        // The kinds of value each passage states (answer types), so that
        // "How heavy are they?" finds "49 grams" though no word matches.
        let kinds = schema.add_text_field("kinds", STRING);
        let pid = schema.add_u64_field("pid", NumericOptions::default().set_fast());
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register(ANALYZER, analyzer());
        index.tokenizers().register(
            SURFACE_ANALYZER,
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        );
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        // The roles each article gives the people it names ("head coach
        // Dai Morgan"), searched with the passages that name them by
        // surname alone.
        let mut texts: Vec<Vec<&str>> = vec![Vec::new(); corpus.articles.len()];
        for p in &corpus.passages {
            if let Some(t) = texts.get_mut(p.article_index) {
                t.push(&p.text);
            }
        }
        let roles: Vec<Vec<roles::Role>> = texts.into_iter().map(roles::roles).collect();
        tracing::debug!(?roles, "roles");
        // Each passage's heading field, built once for the index and for
        // the passage's terms below.
        let headings: Vec<String> = corpus
            .passages
            .iter()
            .map(|p| heading_text(p, roles.get(p.article_index).map_or(&[][..], Vec::as_slice)))
            .collect();
        for (i, (p, heading_text)) in corpus.passages.iter().zip(&headings).enumerate() {
            let mut document = doc!(
                text => p.text.as_str(),
                surface => p.text.as_str(),
                heading => heading_text.as_str(),
                pid => i as u64,
            );
            for kind in answer_types::passage_kinds(&p.text, &p.section) {
                if answer_types::indexed_kind(kind) == kind {
                    document.add_text(kinds, kind);
                }
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
        let mut folded = Vec::with_capacity(corpus.passages.len());
        for (p, heading) in corpus.passages.iter().zip(&headings) {
            let mut terms = HashSet::new();
            for (k, source) in [&p.text, heading].into_iter().enumerate() {
                let source_words = text::folded_words(source);
                // The text's words, kept joined (the heading's are not).
                if k == 0 {
                    let joined: Vec<&str> = source_words.iter().map(|w| w.0.as_str()).collect();
                    folded.push(joined.join(" "));
                }
                for (w, start, _) in source_words {
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
                answer_types::passage_kinds(&p.text, &p.section)
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
        // What the corpus's names and hyphenated words stand for, in one
        // pass over its text.
        let (mut acronyms, mut surnames, mut joined) =
            (HashMap::new(), HashMap::new(), HashMap::new());
        for p in &corpus.passages {
            collect_acronyms(&p.text, &mut an_th, &mut acronyms);
            collect_surnames(&p.text, &mut an_th, &mut surnames);
            collect_joined(&p.text, &mut an_th, &mut joined);
        }
        Ok(SearchIndex {
            vocab,
            capitalised,
            by_prefix,
            reader,
            text,
            heading,
            surface,
            kinds,
            analyzer: an,
            doc_passage,
            df,
            passage_terms,
            folded,
            unclear_terms: corpus
                .passages
                .iter()
                .map(|p| {
                    p.flags
                        .iter()
                        .filter(|f| f.kind == FlagKind::Unclear || f.withheld)
                        .flat_map(|f| analyze(&mut an_th, &f.sentence))
                        .collect()
                })
                .collect(),
            passage_article,
            article_df,
            acronyms,
            surnames,
            joined,
            title_terms: corpus
                .articles
                .iter()
                .map(|a| analyze(&mut an_th, &a.title).into_iter().collect())
                .collect(),
            stop: STOP_WORDS.iter().chain(CHAT_WORDS).copied().collect(),
            docs: corpus.passages.len() as u32,
            thesaurus: if thesaurus {
                // Built once per process: it depends only on the analyzer.
                static THESAURUS: OnceLock<Thesaurus> = OnceLock::new();
                THESAURUS.get_or_init(|| {
                    let mut an = analyzer();
                    Thesaurus::new(|w| analyze(&mut an, w).into_iter().next())
                })
            } else {
                static NONE: OnceLock<Thesaurus> = OnceLock::new();
                NONE.get_or_init(Thesaurus::default)
            },
        })
    }

    fn searcher(&self) -> Searcher {
        self.reader.searcher()
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

    /// The search itself: `full` for the engine's (headings and the
    /// question's own word forms searched too), or plain BM25 over the text.
    fn search_fields(&self, plan: &QueryPlan, limit: usize, full: bool) -> Vec<Hit> {
        let fields: &[(tantivy::schema::Field, f32)] = if full {
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
                                Term::from_field_text(self.kinds, answer_types::indexed_kind(term)),
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
                        // Only the best counts (no tie breaker): a second
                        // relation in the same passage adds nothing.
                        Box::new(DisjunctionMaxQuery::new(alternatives)),
                    ));
                }
            }
        }
        // The question's own word forms, as written: of two passages
        // matching "closed", "have closed" before "at risk of closing".
        for concept in plan.concepts.iter().filter(|_| full) {
            if concept.how != Match::Exact || concept.frame || concept.terms.is_empty() {
                continue;
            }
            let word = text::fold(&concept.word);
            if word.contains(' ') || STOP_WORDS.contains(&word.as_str()) {
                continue;
            }
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_field_text(self.surface, &word),
                        IndexRecordOption::WithFreqs,
                    )),
                    SURFACE_BOOST,
                )),
            ));
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
                    prices: None,
                    names_someone: None,
                    dated: None,
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

    /// A passage's folded words joined by single spaces ("" for no such
    /// passage).
    pub fn folded_words_of(&self, passage: usize) -> &str {
        self.folded.get(passage).map_or("", String::as_str)
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
            // Found by the thesaurus too: "EVs" as "electric cars".
            .filter(|c| c.name && c.how != Match::Unknown)
            // A name may stand for a phrase ("US" for "United States").
            .all(|c| {
                c.terms
                    .iter()
                    .any(|t| t.term.split(' ').all(|w| df.contains_key(w)))
            })
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

    /// True when a passage states a count of what a concept names (its word,
    /// forms or relations): a number just before it ("2,400 construction
    /// jobs"), one closing its clause ("Employees: 12,400", "voted 7-4")
    /// unless it runs into another noun, one running into another word of
    /// the `question` ("8,000 signatures"), or "the number of …". Money,
    /// telephone numbers and scores count nothing.
    pub fn counts(&self, passage: &str, concept: &Concept, question: &[Concept]) -> bool {
        const WINDOW: usize = 5;
        // "Councillors in the Marrowdale district voted 7-4": a count after
        // the concept may close the clause it is the subject of.
        const AFTER_WINDOW: usize = 8;
        let mut an = self.analyzer.clone();
        let words = text::folded_words(passage);
        let terms: Vec<Option<String>> = words
            .iter()
            .map(|(w, _, _)| analyze(&mut an, w).into_iter().next())
            .collect();
        let is_concept = |k: usize| {
            terms[k]
                .as_ref()
                .is_some_and(|t| concept.terms.iter().any(|q| &q.term == t))
        };
        let in_question = |k: usize| {
            terms[k].as_ref().is_some_and(|t| {
                question
                    .iter()
                    .any(|c| c.terms.iter().any(|q| &q.term == t))
            })
        };
        // The clause of the concept: no full stop or semicolon between, nor
        // a comma beyond the first few words.
        let same_clause = |i: usize, j: usize| {
            let between = &passage[words[i].2..words[j].1];
            !between.contains(['.', ';', '!', '?']) && (j - i <= WINDOW || !between.contains(','))
        };
        // The whitespace-delimited token holding a word ("€4,000",
        // "1-800-555-0199").
        let token = |j: usize| {
            let (from, to) = (words[j].1, words[j].2);
            let start = passage[..from]
                .rfind(char::is_whitespace)
                .map_or(0, |i| i + 1);
            let end = passage[to..]
                .find(char::is_whitespace)
                .map_or(passage.len(), |i| to + i);
            &passage[start..end]
        };
        let month = |k: Option<usize>| {
            k.and_then(|k| words.get(k))
                .is_some_and(|(m, _, _)| text::MONTHS.contains(&m.as_str()))
        };
        // A number of something else ("16 weeks of pay") counts no
        // employees, an amount of money ("€4,000 per driver") no drivers,
        // the day of a date ("between October 20 and November 15", "on
        // 5 April") nothing, nor does "one of the largest".
        let one_of =
            |j: usize| words[j].0 == "one" && words.get(j + 1).is_some_and(|w| w.0 == "of");
        // "a 43-year-old man" is one man, of an age; so are "aged 17 to
        // 65" and "a man in his 70s".
        let age = |j: usize| {
            (words
                .get(j + 1)
                .is_some_and(|w| matches!(w.0.as_str(), "year" | "years"))
                && words.get(j + 2).is_some_and(|w| w.0 == "old"))
                || j.checked_sub(1).is_some_and(|k| words[k].0 == "aged")
                || (j >= 3
                    && words[j - 3].0 == "aged"
                    && matches!(words[j - 1].0.as_str(), "to" | "and" | "or"))
                || (j >= 2
                    && words[j - 2].0 == "in"
                    && matches!(words[j - 1].0.as_str(), "his" | "her" | "their"))
                // "Megan Pryce, 29, shears sheep": her age, between commas
                // after her name.
                || (j >= 1
                    && passage[..words[j].1].trim_end().ends_with(',')
                    && passage[words[j].2..].starts_with(',')
                    && passage[words[j - 1].1..].starts_with(char::is_uppercase))
        };
        // "built in 1867", "since 2019": a year, not 1,867 of anything.
        let year = |j: usize| {
            let w = words[j].0.as_str();
            w.len() == 4
                && w.parse::<u16>().is_ok_and(|y| (1500..=2100).contains(&y))
                && j.checked_sub(1).is_some_and(|k| {
                    matches!(
                        words[k].0.as_str(),
                        "in" | "since" | "from" | "until" | "till" | "by" | "before" | "after"
                    )
                })
        };
        let is_number = |j: usize| {
            answer_types::is_count(&words[j].0)
                && !year(j)
                // ("five days" counts days, though a day is a unit.)
                && !words
                    .get(j + 1)
                    .is_some_and(|(u, _, _)| answer_types::is_unit(u) && !is_concept(j + 1))
                && !token(j).starts_with(['$', '€', '£', '¥'])
                // "risen by about 60%": a change, not sixty of anything
                // (though "rose by 8% to about 165 million" leads to the
                // count, past the window).
                && !((token(j).trim_end_matches([',', '.', ';', ')']).ends_with('%')
                    || words.get(j + 1).is_some_and(|w| w.0 == "percent"))
                    && words[j.saturating_sub(3)..j].iter().any(|w| w.0 == "by")
                    && !words[j + 1..(j + 3).min(words.len())].iter().any(|w| w.0 == "to"))
                && !one_of(j)
                && !age(j)
                && !month(j.checked_sub(1))
                && !month(Some(j + 1))
        };
        // "1-800-555-0199" is a telephone number, not a count.
        let in_phone_number = |j: usize| token(j).matches('-').count() >= 2;
        // "7-4", "3-0": a tally or a score. It closes a clause ("voted 7-4")
        // but counts nothing after it ("a 3-0 home defeat").
        let is_score = |j: usize| {
            let t = token(j).trim_matches(|c: char| !c.is_ascii_digit());
            t.split_once('-').is_some_and(|(a, b)| {
                [a, b]
                    .iter()
                    .all(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
            })
        };
        // The content word a number runs into ("350 permanent jobs",
        // "2.3 million patients", "7-4 on Tuesday" runs into none): what it
        // counts, when the concept is named before it.
        // The first word after the number that starts at `j` ("2.3 million
        // patients": "patients").
        // ("two to three cups": past the range too.)
        let past_number = |j: usize| {
            let mut k = j + 1;
            loop {
                if k < words.len() && answer_types::is_count(&words[k].0) {
                    k += 1;
                } else if k + 1 < words.len()
                    && matches!(words[k].0.as_str(), "to" | "or")
                    && answer_types::is_count(&words[k + 1].0)
                {
                    k += 2;
                } else {
                    break k;
                }
            }
        };
        let counted_after = |j: usize| {
            let k = past_number(j);
            (k < words.len()
                && terms[k].is_some()
                && passage[words[k - 1].2..words[k].1].trim().is_empty())
            .then_some(k)
        };
        // "About five million are thrown away": a number standing for the
        // noun of the sentence before, then the question's own verb.
        let then_a_question_word = |j: usize| {
            let k = past_number(j);
            (k..(k + 2).min(words.len()))
                .find(|&k| terms[k].is_some())
                .is_some_and(|k| k > j + 1 && in_question(k) && same_clause(j, k))
                && counted_after(j).is_none()
        };
        // "bridge strikes cost £23m a year, and there are about 1,700 a
        // year": "there are" a number counts what the sentence is about.
        // Where the number at `j` starts with the words hedging it ("about",
        // "more than", "up to", "at least").
        let hedged_from = |j: usize| {
            const ROUGHLY: &[&str] = &[
                "about", "around", "some", "nearly", "almost", "roughly", "over", "more", "than",
                "up", "to", "at", "least", "just", "under", "fewer", "less",
            ];
            let mut k = j;
            while k > 0 && ROUGHLY.contains(&words[k - 1].0.as_str()) {
                k -= 1;
            }
            k
        };
        let there_are = |j: usize| {
            let k = hedged_from(j);
            let be = k.checked_sub(1).map(|b| words[b].0.as_str());
            let existential = matches!(be, Some("are" | "were" | "been" | "is" | "was"))
                && words[..k - 1].iter().rev().take(2).any(|w| w.0 == "there");
            existential
                && (0..j).any(|i| {
                    is_concept(i) && !passage[words[i].2..words[j].1].contains(['.', '!', '?'])
                })
        };
        // "Postal votes have been verified. About 14,000 were returned": a
        // number opening its sentence, then a verb, counts what the
        // sentence before was about.
        let counts_the_last_sentence = |j: usize| {
            let k = hedged_from(j);
            let opens = k > 0 && passage[words[k - 1].2..words[k].1].contains(['.', '!', '?']);
            let verb = words.get(past_number(j)).is_some_and(|w| {
                matches!(
                    w.0.as_str(),
                    "were" | "was" | "are" | "is" | "have" | "had" | "has"
                )
            });
            // The words of the sentence before: back from its last word to
            // the full stop before it.
            opens
                && verb
                && (0..k)
                    .rev()
                    .take_while(|&i| {
                        i + 1 == k || !passage[words[i].2..words[k - 1].1].contains(['.', '!', '?'])
                    })
                    .any(is_concept)
        };
        // "Couples are inviting fewer guests. The average number fell to
        // 79": a sentence about "the number" counts what the one before
        // named.
        let the_number_of_the_last_sentence = |j: usize| {
            let opens =
                |k: usize| k == 0 || passage[words[k - 1].2..words[k].1].contains(['.', '!', '?']);
            let Some(start) = (0..=j).rev().find(|&k| opens(k)) else {
                return false;
            };
            let head: Vec<&str> = words[start..j]
                .iter()
                .take(3)
                .map(|w| w.0.as_str())
                .collect();
            let about_the_number = matches!(
                head.as_slice(),
                ["the", "number" | "total", ..] | ["the", "average" | "overall", "number", ..]
            );
            about_the_number
                && start > 0
                && (0..start)
                    .rev()
                    .take_while(|&i| {
                        i + 1 == start
                            || !passage[words[i].2..words[start - 1].1].contains(['.', '!', '?'])
                    })
                    .any(is_concept)
        };
        // "How many people signed the petition?": "8,000 signatures"
        // counts what the question names in other words.
        let counts_a_question_word = (0..words.len())
            .filter(|&j| is_number(j) && !in_phone_number(j) && !is_score(j))
            .any(|j| {
                counted_after(j).is_some_and(|k| is_concept(k) || in_question(k))
                    || then_a_question_word(j)
                    || (counted_after(j).is_none() && there_are(j))
                    || (counted_after(j).is_none() && counts_the_last_sentence(j))
                    || the_number_of_the_last_sentence(j)
            });
        counts_a_question_word
            || (0..words.len()).filter(|&i| is_concept(i)).any(|i| {
                // "The number of homes for sale was at its highest": a passage
                // about the count answers how many, digits or not.
                // ("the number of single-use plastic bags": a few words on.)
                let number_of = words[i.saturating_sub(5)..i]
                    .windows(2)
                    .any(|w| w[0].0 == "number" && w[1].0 == "of");
                if number_of {
                    return true;
                }
                // "Red deer numbers in the forest have grown to about
                // 1,200": the count of its numbers, later in the clause.
                // (Past the question's other words: "red deer numbers".)
                let mut k = i + 1;
                while k < words.len() && (is_concept(k) || in_question(k)) {
                    k += 1;
                }
                let numbers = words.get(k).is_some_and(|w| {
                    matches!(w.0.as_str(), "numbers" | "population" | "populations")
                }) && (k + 1..words.len())
                    .any(|j| is_number(j) && !is_score(j) && same_clause(i, j));
                if numbers {
                    return true;
                }
                // "2,400 construction jobs": a number just before the concept;
                // "for the third time", "the ninth English council to do so": an
                // ordinal just before it counts how many so far.
                let ordinal = words[i.saturating_sub(2)..i]
                    .iter()
                    .any(|w| answer_types::is_ordinal(&w.0));
                // ("…built by her three children. Schools being shut…": not
                // across a sentence.)
                let before = ordinal
                    || (i.saturating_sub(WINDOW)..i).any(|j| {
                        is_number(j)
                            && !is_score(j)
                            && !passage[words[j].2..words[i].1].contains(['.', '!', '?'])
                    });
                // "Employees: 12,400", "voted 7-4": a number after it, unless
                // it counts something else ("…councillors and promised 350
                // permanent jobs").
                let after = (i + 1..(i + AFTER_WINDOW + 1).min(words.len()))
                    .filter(|&j| is_number(j) && !in_phone_number(j) && same_clause(i, j))
                    .any(|j| {
                        counted_after(j)
                            .is_none_or(|k| !is_score(j) && (is_concept(k) || in_question(k)))
                    });
                before || after
            })
    }

    /// True when a passage gives what someone said: a word of the concept
    /// (a name, "the band") then, within six words of the same sentence,
    /// "said", "says", "told"…: "Ticketmaster said the prices were set by…", "The band said
    /// in a statement", not "fans … say prices more than doubled after
    /// Ticketmaster used…".
    pub fn says(&self, passage: &str, concept: &Concept) -> bool {
        const SAYING: &[&str] = &[
            "said", "says", "say", "told", "tells", "added", "warned", "argued", "insisted",
        ];
        let mut an = self.analyzer.clone();
        let words = text::folded_words(passage);
        let own = concept.terms.first().map(|t| t.term.as_str());
        // ("Care England, which represents independent providers, said";
        // "The note, written in pencil on lined paper, said:", the words
        // between commas further.)
        (0..words.len()).any(|k| {
            SAYING.contains(&words[k].0.as_str())
                && words[k.saturating_sub(12)..k]
                    .iter()
                    .enumerate()
                    .any(|(at, (w, _, e))| {
                        let between = &passage[*e..words[k].1];
                        let near = k.saturating_sub(12) + at + 6 >= k;
                        let aside = between.starts_with(',') && between.trim_end().ends_with(',');
                        (near || aside)
                            && !between.contains(['.', '!', '?', ';'])
                            && analyze(&mut an, w).into_iter().next().as_deref() == own
                    })
        })
    }

    /// True when a heading asks the question in fewer words: "Why
    /// Glasgow?" over "Why was Glasgow picked?". It asks with the same
    /// word, and every other word of it is one the question uses (its own
    /// word or a form of it). The passages under it answer the question
    /// though they never repeat its verb.
    pub fn heading_restates(&self, heading: &str, question: &str, plan: &QueryPlan) -> bool {
        let asked = answer_types::interrogative(question);
        if asked.is_none() || answer_types::interrogative(heading) != asked {
            return false;
        }
        // A word the article never uses ("How much does penicillin cost?")
        // may be what the question asks about: the heading leaves out
        // only words the article has in some form.
        if plan.concepts.iter().any(|c| c.how == Match::Unknown) {
            return false;
        }
        let mut an = self.analyzer.clone();
        // "How far do you walk a day?" asks what "How far does she walk
        // each day?" does: the word after "how" is the question's kind of
        // value, not a word to find, when both ask with it.
        let opening = |t: &str| {
            text::folded_words(t)
                .into_iter()
                .take(2)
                .map(|(w, _, _)| w)
                .collect::<Vec<_>>()
        };
        let same_how = {
            let (h, q) = (opening(heading), opening(question));
            h.first().is_some_and(|w| w == "how") && h == q
        };
        let words: Vec<String> = text::folded_words(heading)
            .into_iter()
            .skip(if same_how { 2 } else { 1 })
            .map(|(w, _, _)| w)
            .filter(|w| !self.stop.contains(w.as_str()))
            .collect();
        !words.is_empty()
            && words.iter().all(|w| {
                analyze(&mut an, w).into_iter().next().is_some_and(|t| {
                    plan.concepts.iter().any(|c| {
                        c.terms
                            .iter()
                            .any(|q| q.term == t && q.covers >= CORRECTED_WEIGHT)
                    })
                })
            })
    }

    /// True when a passage tells why a word of the question happened in a
    /// clause after it: "closed in 2024 when its owner put it up for sale",
    /// "resigned after the report was published". ("When" and "after"
    /// give a time too, so only next to the question's own word.)
    pub fn explains(&self, passage: &str, question: &[Concept]) -> bool {
        const WINDOW: usize = 6;
        let mut an = self.analyzer.clone();
        let words = text::folded_words(passage);
        let mut own = |k: usize| {
            analyze(&mut an, &words[k].0)
                .into_iter()
                .next()
                .is_some_and(|t| {
                    question.iter().filter(|c| !c.frame && !c.name).any(|c| {
                        c.terms
                            .first()
                            .is_some_and(|q| q.term == t && q.weight >= 1.0)
                    })
                })
        };
        let at: Vec<usize> = (0..words.len()).filter(|&i| own(i)).collect();
        at.into_iter().any(|i| {
            (i + 1..(i + WINDOW + 1).min(words.len())).any(|j| {
                matches!(words[j].0.as_str(), "when" | "after")
                    && !passage[words[i].2..words[j].1].contains(['.', ';', '!', '?'])
            })
        })
    }

    /// True when the passage (by index) names the concept (its word, forms
    /// or relations) and states an amount of money: "The glasses will cost
    /// $799" prices the glasses, not the company's shares. (The whole
    /// passage, not one sentence: "…replace its cranes… The project would
    /// cost about €340 million.") From the terms indexed for the passage,
    /// so nothing is analyzed again.
    pub fn prices(&self, passage: usize, concept: &Concept) -> bool {
        self.passage_has(passage, answer_types::MONEY) && self.passage_names(passage, concept)
    }

    /// Like [`Self::passage_names`], by a word only: not by a value of the
    /// kind the concept asks for (any sum of money for "cost").
    pub fn passage_uses_a_word_of(&self, passage: usize, concept: &Concept) -> bool {
        self.passage_terms.get(passage).is_some_and(|terms| {
            uses_any(
                terms,
                concept
                    .terms
                    .iter()
                    .filter(|q| !answer_types::is_pseudo(&q.term)),
            )
        })
    }

    /// True when `text` (a table's column name, say) uses the word of one
    /// of the concepts, or one of its forms and relations.
    pub fn text_uses_any<'a>(
        &self,
        text: &str,
        concepts: impl IntoIterator<Item = &'a Concept>,
    ) -> bool {
        let mut an = self.analyzer.clone();
        let terms = analyze(&mut an, text).into_iter().collect();
        concepts.into_iter().any(|c| uses(&terms, c))
    }

    /// True when the passage (by index, heading included) uses the word of
    /// a concept, or one of its forms and relations, from the terms indexed
    /// for it.
    pub fn passage_names(&self, passage: usize, concept: &Concept) -> bool {
        self.passage_terms
            .get(passage)
            .is_some_and(|terms| uses(terms, concept))
    }

    /// True when the passage says who does what the concept names: it uses
    /// the word other than only in a passive without "by" ("The bridge was
    /// built in 1966" names no builder; "built by Arup", "Arup built it"
    /// and "was photographed at dawn on Saturday by a walker", its "by" six
    /// words on, or further in a clause without a comma, do).
    pub fn names_a_doer(&self, passage: &str, concept: &Concept) -> bool {
        const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
        let mut an = self.analyzer.clone();
        let words = text::folded_words(passage);
        (0..words.len()).any(|k| {
            let is_concept = analyze(&mut an, &words[k].0)
                .into_iter()
                .next()
                .is_some_and(|t| concept.terms.iter().any(|q| q.term == t));
            if !is_concept {
                return false;
            }
            let passive = k >= 1 && BE.contains(&words[k - 1].0.as_str());
            // (Further on in one clause without a comma: "was spotted on
            // the slate roof of the White Hart on Tuesday morning by the
            // pub's cleaner".)
            !passive
                || words[k + 1..]
                    .iter()
                    .take(14)
                    .enumerate()
                    .take_while(|(_, (_, s, _))| !passage[words[k].2..*s].contains(['.', ';']))
                    .any(|(n, (w, s, _))| {
                        w == "by" && (n < 6 || !passage[words[k].2..*s].contains(','))
                    })
        })
    }

    /// True when the passage reports one of the concepts as just done, in
    /// the present perfect: "The Woodhead Pass has reopened", "has now
    /// reopened" (not "will not reopen"). In a live report the entry's
    /// time then says when it happened.
    pub fn reports_done(&self, passage: &str, concepts: &[Concept]) -> bool {
        let mut an = self.analyzer.clone();
        let words = text::folded_words(passage);
        (1..words.len()).any(|k| {
            let mut h = k - 1;
            if h >= 1 && matches!(words[h].0.as_str(), "now" | "just" | "finally" | "been") {
                h -= 1;
            }
            matches!(words[h].0.as_str(), "has" | "have")
                && analyze(&mut an, &words[k].0)
                    .into_iter()
                    .next()
                    .is_some_and(|t| concepts.iter().any(|c| c.terms.iter().any(|q| q.term == t)))
        })
    }

    /// True when a sentence of the passage flagged unclear, or saying
    /// someone would not tell, names the concept: the article says the
    /// value asked for is not known ("has not said how many inspectors it
    /// will hire", "declined to give an estimate of the cost").
    pub fn said_unknown(&self, passage: usize, concept: &Concept) -> bool {
        self.unclear_terms
            .get(passage)
            .is_some_and(|terms| uses(terms, concept))
    }

    /// True when the title of the passage's article names the concept.
    pub fn title_names(&self, passage: usize, concept: &Concept) -> bool {
        self.passage_article
            .get(passage)
            .and_then(|a| self.title_terms.get(*a))
            .is_some_and(|terms| uses(terms, concept))
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
        // A frame word weighs at most FRAME_WEIGHT, and less when the
        // question's words are common in the article: in "When does the
        // grant start?" about grants, "start" should not outweigh "grant".
        let mut weights: Vec<f32> = plan.concepts.iter().map(&weight_of).collect();
        let heaviest = plan
            .concepts
            .iter()
            .zip(&weights)
            .filter(|(c, _)| !c.frame)
            .fold(0.0f32, |m, (_, &w)| m.max(w));
        let frame_cap = if heaviest > 0.0 {
            FRAME_WEIGHT.min(FRAME_SHARE * heaviest)
        } else {
            FRAME_WEIGHT
        };
        for (c, w) in plan.concepts.iter().zip(&mut weights) {
            if c.frame {
                *w = w.min(frame_cap);
            }
        }
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
            if best > 0.0 && !c.frame && !c.continues_name {
                matched += 1;
            }
            weight += w * best;
        }
        (weight / total, matched)
    }
}

/// Adds a text's hyphenated words ("e-bike", "co-op", "lithium-ion"),
/// written solid and folded, to their analyzed parts joined by spaces (a
/// phrase; one term when the analyzer keeps only one part).
fn collect_joined(text: &str, an: &mut TextAnalyzer, out: &mut HashMap<String, String>) {
    let words: Vec<(usize, usize)> = text::words(text).collect();
    let mut i = 0;
    while i < words.len() {
        // A run of words each joined to the next by one hyphen.
        let mut j = i;
        while j + 1 < words.len() && &text[words[j].1..words[j + 1].0] == "-" {
            j += 1;
        }
        if j > i {
            let parts: Vec<String> = words[i..=j]
                .iter()
                .map(|&(s, e)| text::fold(&text[s..e]))
                .collect();
            let analyzed: Vec<String> = parts
                .iter()
                .filter_map(|w| analyze(an, w).into_iter().next())
                .collect();
            if !analyzed.is_empty() {
                out.entry(parts.concat())
                    .or_insert_with(|| analyzed.join(" "));
            }
        }
        i = j + 1;
    }
}

/// Adds a text's pairs of capitalised words ("Leah Williamson", "Grace
/// Lin"): the first, folded, to the second's analyzed term. The first pair
/// found for a word keeps it.
fn collect_surnames(text: &str, an: &mut TextAnalyzer, out: &mut HashMap<String, String>) {
    let words: Vec<(usize, usize)> = text::words(text).collect();
    let name = |(s, e): (usize, usize)| {
        let w = &text[s..e];
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    for pair in words.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if name(a) && name(b) && text[a.1..b.0] == *" " {
            if let Some(t) = analyze(an, &text::fold(&text[b.0..b.1])).into_iter().next() {
                out.entry(text::fold(&text[a.0..a.1])).or_insert(t);
            }
        }
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

/// What a passage is searched by besides its text: its section heading;
/// its context; a star rating said in words ("★★★★☆": "4 stars out of 5"),
/// so that "How many stars did it get?" finds the review's rating; and the
/// roles of the people it names by surname alone ("Morgan has said…":
/// "head coach").
fn heading_text(p: &crate::corpus::Passage, roles: &[roles::Role]) -> String {
    let mut out = format!("{} {}", p.section, p.context);
    if let Some((stars, of)) = text::star_rating(&p.text) {
        out.push_str(&format!(" rating {stars} stars out of {of}"));
    }
    for role in roles::roles_named_in(&p.text, roles) {
        out.push(' ');
        out.push_str(&role);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_forms_fold_but_never_into_a_stop_word() {
        let mut an = analyzer();
        assert_eq!(analyze(&mut an, "slept paid"), vec!["sleep", "pay"]);
        // WordNet lists "offer" as a comparative of "off" and "upped" as a
        // form of "up"; folding them would drop them as stop words.
        assert_eq!(
            analyze(&mut an, "offers offer upped"),
            vec!["offer", "offer", "up"]
        );
        assert!(analyze(&mut an, "done getting gotten").is_empty());
        assert_eq!(
            analyze(&mut an, "14th 1st 22nd 3rd 4x4 th"),
            vec!["14", "1", "22", "3", "4x4", "th"]
        );
    }

    #[test]
    fn who_speaks() {
        let c = Corpus::from_text(
            "t",
            "Fans say prices doubled after Ticketmaster used dynamic pricing.\n\n\
             Ticketmaster said the prices were set by promoters.\n",
            &crate::flags::Flagger::default(),
        )
        .expect("corpus");
        let i = SearchIndex::build(&c).expect("index");
        let plan = i.plan("What did Ticketmaster say?");
        let speaker = &plan.concepts[0];
        assert!(i.says(
            "Ticketmaster said the prices were set by promoters.",
            speaker
        ));
        assert!(!i.says(
            "Fans say prices doubled after Ticketmaster used dynamic pricing.",
            speaker
        ));
        assert!(i.says(
            "Ticketmaster, which sold the tickets, said prices were set by promoters.",
            speaker
        ));
        assert!(!i.says("Ticketmaster sold out. Fans said it was a con.", speaker));
        // Past a longer aside between commas, but not as far without one.
        assert!(i.says(
            "Ticketmaster, which sold most of the tickets on its own website, said so.",
            speaker
        ));
        assert!(!i.says(
            "Ticketmaster sold most of the tickets on its own website and fans said so.",
            speaker
        ));
        assert!(answer_types::asks_what_said("what does the union think"));
        assert!(!answer_types::asks_what_said("What did Ticketmaster do?"));
        assert!(answer_types::asks_when_it_starts("When does it start?"));
        assert!(answer_types::asks_when_it_starts(
            "when will this come into force"
        ));
        assert!(!answer_types::asks_when_it_starts(
            "When does the ban start?"
        ));
        assert!(!answer_types::asks_when_it_starts("When did it happen?"));
    }

    #[test]
    fn a_heading_may_ask_the_question_in_fewer_words() {
        let c = Corpus::from_text(
            "t",
            "# Glasgow to host\n\nGlasgow was chosen to host the contest.\n\n\
             ## Why Glasgow?\n\nThe bid stood out for its passion.\n\n\
             ## How far do fans walk a day?\n\nAbout eleven miles, on foot.\n",
            &crate::flags::Flagger::default(),
        )
        .expect("corpus");
        let i = SearchIndex::build(&c).expect("index");
        let restates = |h: &str, q: &str| i.heading_restates(h, q, &i.plan(q));
        assert!(restates("Why Glasgow?", "Why was Glasgow picked?"));
        // Another question word, a word the heading adds, or a word the
        // article never uses: not the same question.
        assert!(!restates("Why Glasgow?", "When was Glasgow picked?"));
        assert!(!restates("Why Glasgow won", "Why was Glasgow picked?"));
        assert!(!restates("Why Glasgow?", "Why was Glasgow's mayor sacked?"));
        // The word after "how", when both ask with it, is no word to find.
        assert!(restates(
            "How far do fans walk a day?",
            "How far does a fan walk each day?"
        ));
        assert!(!restates(
            "How far do fans walk a day?",
            "How long do fans walk a day?"
        ));
    }

    #[test]
    fn a_when_or_after_clause_on_the_questions_verb_explains_it() {
        let c = Corpus::from_text(
            "t",
            "The pub closed in 2024.\n",
            &crate::flags::Flagger::default(),
        )
        .expect("corpus");
        let i = SearchIndex::build(&c).expect("index");
        let plan = i.plan("Why did it close?");
        assert!(i.explains(
            "It closed in 2024 when its owner put it up for sale.",
            &plan.concepts
        ));
        assert!(i.explains("The pub closed after the owner retired.", &plan.concepts));
        // Another word's clause, or the next sentence, says nothing of why.
        assert!(!i.explains(
            "It closed in 2024. When it reopens is unclear.",
            &plan.concepts
        ));
        assert!(!i.explains("When the pub opened in 1742, it was small.", &plan.concepts));
    }

    #[test]
    fn a_count_is_a_number_of_the_thing_not_a_measure() {
        let c = Corpus::from_text(
            "t",
            "Departing employees will receive at least 16 weeks of pay.\n\
             The company employs 2,300 people in three countries.\n\
             The number of homes for sale was at its highest in five years.\n\n\
             Councillors in the Marrowdale district voted 7-4 on Tuesday.\n\n\
             The chief thanked councillors and promised 350 permanent jobs.\n\n\
             Patients can call a dedicated hotline at 1-800-555-0199 today.\n\n\
             A petition gathered more than 8,000 signatures.\n\n\
             Back pay could reach €4,000 per driver.\n\n\
             The manager was sacked after a 3-0 home defeat.\n\n\
             People fell ill between October 20 and November 15.\n\n\
             A 43-year-old man died in the fire.\n\n\
             St Bees lighthouse, built in 1867, was replaced in 2019.\n\n\
             Bridge strikes cost £23m a year, and there are about 1,700 a year.\n\n\
             Bridge strikes are costly. There are about 1,700 miles of line.\n\n\
             A man in his 70s died after a tree fell on his car.\n\n\
             Most people aged 17 to 65 can give blood.\n\n\
             It was built by her three children. Schools being shut helps.\n\n\
             Megan Pryce, 29, shears sheep across Wales.\n\n\
             Red deer numbers in the forest have grown to about 1,200.\n\n\
             Prices at vet practices had risen by about 60% since 2016.\n\n\
             Total visits to its sites rose by 8% to about 165 million.\n\n\
             Postal votes have been verified. About 14,000 were returned.\n\n\
             Postal votes have been verified. The count went on. About 14,000 were seen.\n\n\
             Couples invite fewer guests. The average number fell to 79.\n\n\
             Couples invite fewer guests. Venues now cost 79% more.\n",
            &crate::flags::Flagger::default(),
        )
        .expect("corpus");
        let index = SearchIndex::build(&c).expect("index");
        let concept = |q: &str| {
            index
                .plan(q)
                .concepts
                .into_iter()
                .next()
                .expect("a concept")
        };
        let employees = concept("employees");
        assert!(
            !index.counts(&c.passages[0].text, &employees, &[]),
            "16 weeks"
        );
        // Though a number of weeks counts the weeks.
        assert!(index.counts(&c.passages[0].text, &concept("weeks"), &[]));
        assert!(index.counts(&c.passages[1].text, &concept("people"), &[]));
        assert!(index.counts(&c.passages[2].text, &concept("homes"), &[]));
        // A count may close the clause of what it counts, unless it runs
        // into what it counts instead; a telephone number counts nothing.
        let councillors = concept("councillors");
        assert!(index.counts(&c.passages[3].text, &councillors, &[]));
        assert!(
            !index.counts(&c.passages[4].text, &councillors, &[]),
            "jobs"
        );
        assert!(!index.counts(&c.passages[5].text, &concept("patients"), &[]));
        // A count of another word of the question.
        let petition = concept("petition");
        assert!(!index.counts(&c.passages[6].text, &petition, &[]));
        let signed = index.plan("signatures").concepts;
        assert!(index.counts(&c.passages[6].text, &petition, &signed));
        // An amount of money is no count.
        assert!(!index.counts(&c.passages[7].text, &concept("drivers"), &[]));
        // A score counts nothing after it.
        assert!(!index.counts(&c.passages[8].text, &concept("homes"), &[]));
        // Nor does the day of a date.
        assert!(!index.counts(&c.passages[9].text, &concept("people"), &[]));
        // Nor does an age.
        assert!(!index.counts(&c.passages[10].text, &concept("man"), &[]));
        // Nor does a year.
        assert!(!index.counts(&c.passages[11].text, &concept("lighthouse"), &[]));
        // "There are" a number counts what its sentence is about.
        assert!(index.counts(&c.passages[12].text, &concept("strikes"), &[]));
        assert!(!index.counts(&c.passages[13].text, &concept("strikes"), &[]));
        // Nor do "in his 70s" and "aged 17 to 65".
        assert!(!index.counts(&c.passages[14].text, &concept("trees"), &[]));
        let give = index.plan("give").concepts;
        assert!(!index.counts(&c.passages[15].text, &concept("people"), &give));
        // Nor does a number in the sentence before.
        assert!(!index.counts(&c.passages[16].text, &concept("schools"), &[]));
        // Nor does an age between commas after a name.
        assert!(!index.counts(&c.passages[17].text, &concept("sheep"), &[]));
        // The count of its numbers, far on in the clause.
        assert!(index.counts(&c.passages[18].text, &concept("deer"), &[]));
        // A change by a share counts nothing, unless it leads to the count.
        assert!(!index.counts(&c.passages[19].text, &concept("practices"), &[]));
        assert!(index.counts(&c.passages[20].text, &concept("visits"), &[]));
        // A number opening a sentence counts what the one before was about.
        assert!(index.counts(&c.passages[21].text, &concept("votes"), &[]));
        assert!(!index.counts(&c.passages[22].text, &concept("votes"), &[]));
        // "The average number" counts what the sentence before named.
        assert!(index.counts(&c.passages[23].text, &concept("guests"), &[]));
        assert!(!index.counts(&c.passages[24].text, &concept("guests"), &[]));
    }

    #[test]
    fn a_value_said_unknown_or_withheld_but_not_a_rumour() {
        let c = Corpus::from_text(
            "t",
            "The council declined to give an estimate of the cost.\n\n\
             The cost of the scheme is unclear.\n\n\
             People familiar with the plans said the cost had doubled.\n",
            &crate::flags::Flagger::default(),
        )
        .expect("corpus");
        let index = SearchIndex::build(&c).expect("index");
        let cost = &index.plan("cost").concepts[0];
        assert!(index.said_unknown(0, cost), "withheld");
        assert!(index.said_unknown(1, cost), "unclear");
        assert!(!index.said_unknown(2, cost), "an unnamed source");
    }

    #[test]
    fn a_plural_in_es_is_its_singular() {
        assert_eq!(short_plural("buses"), Some(3));
        assert_eq!(short_plural("gases"), Some(3));
        // "houses" is a house's plural, which the stemmer already knows.
        assert_eq!(short_plural("houses"), None);
        assert_eq!(short_plural("uses"), None);
        assert_eq!(
            analyze(&mut analyzer(), "Night buses"),
            vec!["night", "bus"]
        );
    }

    #[test]
    fn hyphenated_words_written_solid() {
        let mut an = analyzer();
        let mut j = HashMap::new();
        collect_joined(
            "Charging an e-bike overnight, a lithium-ion battery - said the co-op.",
            &mut an,
            &mut j,
        );
        assert_eq!(j.get("ebike").map(String::as_str), Some("e bike"));
        assert_eq!(j.get("lithiumion").map(String::as_str), Some("lithium ion"));
        assert_eq!(j.get("coop").map(String::as_str), Some("co op"));
        // A spaced dash joins nothing.
        assert!(!j.contains_key("batterysaid"));
    }

    #[test]
    fn first_names_to_surnames() {
        let mut an = analyzer();
        let mut n = HashMap::new();
        collect_surnames(
            "Leah Williamson grew up in the town. Williamson said so, as did her coach.",
            &mut an,
            &mut n,
        );
        assert_eq!(n.get("leah").map(String::as_str), Some("williamson"));
        assert!(!n.contains_key("williamson"));
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
}
