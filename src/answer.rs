//! Answer assembly: from a question to the passages that answer it, or a
//! plain "not covered".
//!
//! The "covered" decision is not a BM25 threshold (BM25 scores are not
//! comparable across questions). It asks two questions that are:
//! - does the question name something the article never mentions (a
//!   capitalised name such as "Samsung" that is not in the article, even
//!   allowing for a typo)? Then the article is not about it;
//! - does the best passage match enough of what the question is about, as a
//!   share of the question's IDF weight ([`crate::search::SearchIndex::coverage`]),
//!   and, for a short question, most of its words?

use serde::Serialize;

use crate::corpus::{Corpus, Passage, PassageKind};
use crate::flags::{Flag, FlagKind};
use crate::search::{Concept, Hit, Match, QueryPlan, SearchIndex, THESAURUS_COVERAGE};
use crate::{answer_types, superlative, text};

/// Least share of the question's weight the best passage must match.
pub const MIN_COVERAGE: f32 = 0.52;
/// The same for a question asking for personal advice
/// ([`answer_types::asks_for_advice`]), which must also match every word.
pub const ADVICE_COVERAGE: f32 = 0.8;

/// The verbs that open a question ("Is it…", "How did…").
const AUXILIARIES: &[&str] = &[
    "did", "does", "do", "is", "was", "are", "were", "can", "could", "will", "would",
];

/// What a table row's score is multiplied by when the question names
/// neither its row nor asks which row: it answers for one part only.
const PART_OF_A_TABLE: f32 = 0.5;

/// How far down the ranking a table row may be for a superlative question
/// ("Which show is most expensive?") to be answered from its table.
const SUPERLATIVE_WITHIN: usize = 10;

/// The share of a "how many X" question that a passage counting X must
/// match: the count is most of the answer.
pub const COUNTED_COVERAGE: f32 = 0.35;
/// Score factor for a passage holding a number, when the question asks for
/// one (the expected answer type); again for a percentage when it asks for a
/// share, and for a name when it asks which.
const NUMBER_BONUS: f32 = 1.3;
/// What a passage saying what will happen gains for a question asking what
/// will.
const FUTURE_BONUS: f32 = 1.3;
/// Score factor for a passage naming a place when the question asks where,
/// someone when it asks who, a date when it asks when, a reason when it
/// asks why: more than for a number, since a passage that names no place
/// cannot say where.
const TYPE_BONUS: f32 = 2.0;
/// Score factor for a passage under a heading that asks the question's own
/// kind of question ("Why the deal was blocked" for "Why was the merger
/// blocked?"): the article's own answer to it. Stop words are not indexed,
/// so the heading field alone cannot see this.
const HEADING_QUESTION_BONUS: f32 = 1.2;
/// Score factor for a passage under a yes-or-no heading that opens as the
/// question does ("Can I put one in my own house?" for "Can I fit one to
/// my house?"): in a Q&A article, the article's answer to it. (1.2 and 1.5
/// were measured; 3.0 lost answers in conversations.)
const YES_NO_HEADING_BONUS: f32 = 2.0;

/// A question heading that opens with the question's own question word and
/// the word after it ("How long does it last?" for "How long is jury
/// service?").
const WH_HEADING_BONUS: f32 = 1.5;
/// Words of the question, in its order, that a passage must repeat to
/// gain [`VERBATIM_BONUS`] ("most likely to pay more"). (4 was measured:
/// half the gain.)
const VERBATIM_RUN: usize = 3;
/// Score factor for a passage repeating a run of the question's words.
/// (1.3, 2.0 and a factor growing with the run were measured: no better.)
const VERBATIM_BONUS: f32 = 1.5;
/// Score factor for a passage under a heading that asks the question
/// ("Why did you start the choir?" for "Why did she start the choir?"), in
/// the article a conversation is about. (2.0 gained no more; 3.0 lost.)
const RESTATED_BONUS: f32 = 1.5;
/// Candidates fetched from the index before re-ranking.
const CANDIDATES: usize = 20;
/// The same when a conversation is about one article of several: enough
/// that its passages are among them.
const CONTEXT_CANDIDATES: usize = 60;
/// Score factor for a passage of the article a conversation is about
/// ("Who voted against it?" after a question on the stadium vote): a
/// follow-up keeps to its article unless another one answers it clearly
/// better, or it names what only another article mentions.
const CONTEXT_BONUS: f32 = 3.0;

/// The answer to one question: the `citebot ask --json` contract.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub question: String,
    /// False when the article does not cover the question; then `passages`
    /// is empty and `note` says why.
    pub covered: bool,
    pub passages: Vec<AnswerPassage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Answer {
    /// An answer of these passages, covered when there are any.
    fn found(question: &str, passages: Vec<AnswerPassage>) -> Answer {
        Answer {
            question: question.to_string(),
            covered: !passages.is_empty(),
            passages,
            note: None,
        }
    }
}

/// One passage of an answer.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerPassage {
    pub id: String,
    /// The article's file stem.
    pub article: String,
    pub section: String,
    pub text: String,
    /// Ranking score (BM25 re-weighted by coverage); higher is better.
    pub score: f32,
    pub flags: Vec<Flag>,
}

impl AnswerPassage {
    fn new(p: &Passage, score: f32) -> Self {
        AnswerPassage {
            id: p.id.clone(),
            article: p.article.clone(),
            section: p.section.clone(),
            text: p.text.clone(),
            score: (score * 1000.0).round() / 1000.0,
            flags: p.flags.clone(),
        }
    }
}

/// Ranks the candidates: passages that answer the question (see
/// [`answers`]) before those that only share words with it; within each
/// group, BM25 scaled by the square of (0.5 + the share of the question the
/// passage covers), so a passage that matches one rare word many times does
/// not beat one that matches the whole question, and by the same for its
/// article, so that with several articles the answer comes from the one the
/// question is about.
fn rank(
    corpus: &Corpus,
    index: &SearchIndex,
    plan: &QueryPlan,
    question: &str,
    context: Option<usize>,
    mut hits: Vec<Hit>,
) -> Vec<Hit> {
    let wants_number = answer_types::asks_for_a_number(question);
    let asks_for_a_row = matches!(
        answer_types::interrogative(question),
        Some("which" | "where" | "who")
    ) || text::folded_words(question)
        .iter()
        .any(|(w, _, _)| w == "which")
        || superlative::asked(question).is_some();
    // "When should I go to A&E?" asks in what case, not for a date.
    let when_should = answer_types::asks_when_should(question);
    let who_is_the = answer_types::asks_who_is_the(question);
    let what_called = answer_types::asks_what_called(question);
    let called_thing = answer_types::called_thing(question);
    let how_old = answer_types::asks_how_old(question);
    let how_big = answer_types::asks_how_big(question);
    // "How tall do bee orchids grow?" asks a length, "How heavy…" a
    // weight: the kind of measure the question's "how" asks, if one.
    let measured = plan
        .concepts
        .iter()
        .flat_map(|c| &c.terms)
        .map(|t| t.term.as_str())
        .find(|t| {
            [
                answer_types::LENGTH,
                answer_types::WEIGHT,
                answer_types::SPEED,
                answer_types::TEMPERATURE,
            ]
            .contains(t)
        });
    // The last word of a name the question asks about ("How old is Sian
    // Lloyd?": "lloyd"), written capitalised after its first word.
    let surname = text::folded_words(question)
        .into_iter()
        .skip(1)
        .rfind(|(_, s, _)| question[*s..].starts_with(char::is_uppercase))
        .map(|(w, _, _)| w);
    // The kinds of value the question asks for, and what a passage stating
    // one gains.
    let wanted: Vec<(&str, f32)> = [
        (
            answer_types::asks_for_a_share(question),
            answer_types::SHARE,
            NUMBER_BONUS,
        ),
        (
            answer_types::asks_when(question) && !when_should,
            answer_types::TIME,
            TYPE_BONUS,
        ),
        (
            answer_types::asks_for_a_place(question),
            answer_types::PLACE,
            TYPE_BONUS,
        ),
        (
            answer_types::asks_how_old(question),
            answer_types::AGE,
            TYPE_BONUS,
        ),
        (
            answer_types::asks_who(question),
            answer_types::NAME,
            TYPE_BONUS,
        ),
        (
            answer_types::interrogative(question) == Some("why"),
            answer_types::REASON,
            TYPE_BONUS,
        ),
        (
            answer_types::asks_which(question),
            answer_types::NAME,
            NUMBER_BONUS,
        ),
    ]
    .into_iter()
    .filter(|(asks, _, _)| *asks)
    .map(|(_, kind, bonus)| (kind, bonus))
    .collect();
    // The question's concept for a word of it, if the article has terms
    // for it.
    let concept_of = |w: String| {
        plan.concepts
            .iter()
            .find(|c| text::fold(&c.word) == w && !c.terms.is_empty())
    };
    // "How many X": only a passage that counts X answers.
    let counted = answer_types::how_many_of(question).and_then(concept_of);
    // The question's words a count may run into ("8,000 signatures" for
    // "How many people signed?"), but not what it counts within ("14
    // hives" for "How many bees are in a hive?").
    // (Copied only for such a question.)
    let within = if counted.is_some() {
        answer_types::counted_within(question)
    } else {
        Vec::new()
    };
    let counting_words: std::borrow::Cow<[Concept]> = if within.is_empty() {
        std::borrow::Cow::Borrowed(&plan.concepts)
    } else {
        plan.concepts
            .iter()
            .filter(|c| !within.contains(&text::fold(&c.word)))
            .cloned()
            .collect()
    };
    // ("How many people were fined?" is asked by "could not say how many
    // penalties it had issued": a count of people is one of what befell
    // them, the question's next word.)
    let befell = counted
        .filter(|c| matches!(text::fold(&c.word).as_str(), "people" | "persons"))
        .and_then(|c| plan.concepts.iter().skip_while(|q| q.word != c.word).nth(1));
    // "Who owns the airport?": only a passage that says who owns anything
    // answers, not one that names the airport and someone else.
    let predicate = answer_types::who_predicate(question).and_then(concept_of);
    let what_said = answer_types::asks_what_said(question);
    // "What did the band say?": who spoke.
    let speaker = what_said
        .then(|| {
            plan.concepts
                .iter()
                .find(|c| !c.frame && !c.terms.is_empty())
        })
        .flatten();
    // "How much does X cost": only a passage pricing X answers.
    let priced = answer_types::how_much_for(question).and_then(concept_of);
    // The article the question is about: the one that speaks to most of it,
    // or in a conversation, the article under discussion when it speaks to
    // the question at all.
    let in_context = |h: &&Hit| {
        context.is_some() && corpus.passages.get(h.passage).map(|p| p.article_index) == context
    };
    let best_article = hits
        .iter()
        .filter(in_context)
        .map(|h| h.article_coverage)
        .reduce(f32::max)
        .unwrap_or_else(|| hits.iter().map(|h| h.article_coverage).fold(0.0, f32::max));
    let asked = answer_types::interrogative(question);
    // "How long did they have to…": a span of time, not "1.7 metres".
    let duration = answer_types::asks_for_a_duration(question);
    let which_days = answer_types::asks_which_days(question);
    // "What is a section 114 notice?": the passage that says what it is.
    let defined = answer_types::defined_term(question);
    let question_words = text::folded_words(question);
    // The role a "who is the" question asks about: its last word ("Who is
    // the mother?" → "mother").
    let asked_role = question_words
        .last()
        .map(|(w, _, _)| w.clone())
        .filter(|w| !crate::search::STOP_WORDS.contains(&w.as_str()));
    // "When did it start?" is answered by "on Friday afternoon"; "When is
    // the final?" is not, by a passage saying when someone spoke.
    let asks_past = question_words
        .get(1)
        .is_some_and(|(w, _, _)| ["did", "was", "were", "had"].contains(&w.as_str()));
    // "When did he die?": the forms of the person the question asks about.
    let pronoun: Option<&[&str]> = question_words
        .iter()
        .find_map(|(w, _, _)| match w.as_str() {
            "he" | "him" | "his" => Some(&["he", "him", "his"][..]),
            "she" | "her" | "hers" => Some(&["she", "her", "hers"][..]),
            _ => None,
        });
    // "How much will the fee be?", "When will it open?"
    // ("When do the flights start?": "do" asking when is about what is to
    // come; "When is the library open?" asks its hours.)
    let asks_future = question_words.iter().take(4).any(|(w, _, _)| w == "will")
        || (asked == Some("when")
            && question_words
                .get(1)
                .is_some_and(|(w, _, _)| matches!(w.as_str(), "do" | "does")));
    // "How long will it last?" and the passage says "It is not clear how
    // long it will last": the question's own words, said to be unknown.
    // ("How did the letter get into the attic?" and "How the letter came
    // to be in the attic is unclear": "how" alone, before a verb.)
    let how_verb = asked == Some("how")
        && question_words
            .get(1)
            .is_some_and(|(w, _, _)| AUXILIARIES.contains(&w.as_str()));
    let yes_no = asked.is_none()
        && question_words.first().is_some_and(|(w, _, _)| {
            AUXILIARIES.contains(&w.as_str()) || matches!(w.as_str(), "has" | "have" | "had")
        });
    // The question's runs of VERBATIM_RUN words past its first, to find
    // cheaply the few passages that may repeat one before reading them word
    // by word.
    let runs: Vec<String> = question_words
        .get(1..)
        .unwrap_or_default()
        .windows(VERBATIM_RUN)
        .map(|w| w.iter().map(|x| x.0.as_str()).collect::<Vec<_>>().join(" "))
        .collect();
    let repeats_a_run = |passage: usize| {
        let folded = index.folded_words_of(passage);
        runs.iter().any(|r| folded.contains(r.as_str())) && {
            let words: Vec<&str> = folded.split(' ').collect();
            longest_run(&question_words, &words) >= VERBATIM_RUN
        }
    };
    // Its first two words ("can i"), to find a heading asking the same.
    let yes_no_opening = question_words.get(..2).filter(|_| yes_no);
    // Or a question word and the next ("who can", "how long").
    let wh_opening = question_words.get(..2).filter(|_| asked.is_some());
    let wh: Vec<String> = match asked {
        Some("how") if how_verb => vec!["how".to_string()],
        Some("how") => question_words.iter().take(2).map(|w| w.0.clone()).collect(),
        Some(w) => vec![w.to_string()],
        // "Has attendance fallen?" and "It is unclear whether the higher
        // prices have hit attendance": a yes or no said to be unknown.
        None if yes_no => vec!["whether".to_string()],
        None => Vec::new(),
    };
    // For each sentence the passage says is unclear that holds the
    // question's own "how long", "when" or "whether": the words after it.
    let unclear_after = |p: &Passage| -> Vec<Vec<String>> {
        if wh.is_empty() {
            return Vec::new();
        }
        p.flags
            .iter()
            .filter(|f| f.kind == FlagKind::Unclear)
            .filter_map(|f| {
                let words = text::folded_words(&f.sentence);
                let at = words
                    .windows(wh.len())
                    .position(|w| w.iter().zip(&wh).all(|(a, b)| a.0 == *b))?;
                Some(words.into_iter().skip(at + wh.len()).map(|w| w.0).collect())
            })
            .collect()
    };
    // "…did not say how long it would last": the sentence said unclear
    // speaks of what the passage names before it.
    // ("It is not yet known how long the protection lasts" names its own
    // subject: the pronoun must come after the question's words.)
    let says_unknown_of_it = |p: &Passage| {
        wh.len() > 1
            && unclear_after(p).iter().any(|after| {
                after
                    .iter()
                    .any(|w| matches!(w.as_str(), "it" | "they" | "this" | "that" | "its"))
            })
    };
    for h in &mut hits {
        let Some(p) = corpus.passages.get(h.passage) else {
            continue;
        };
        // Under "Why Glasgow?", "Why was Glasgow picked?" is answered,
        // though the passage never says "picked".
        // (In the article the question is about: "How much does it cost?"
        // in another does not answer "How much is a ferry ticket?".)
        let restated = h.article_coverage >= best_article
            && index.heading_restates(&p.section, question, plan);
        if restated {
            h.coverage = h.coverage.max(MIN_COVERAGE);
            h.matched = h.matched.max(plan.words());
            if context.is_none_or(|a| a == p.article_index) {
                h.score *= RESTATED_BONUS;
            }
        }
        // The question's own "how long", "when" or "why" said to be unclear;
        // and whether that sentence names every other word of the question
        // the article has.
        // ("How many marathons did she run?" is not asked by "It is not
        // known how many people have run 100 marathons": the unknown count
        // is of people.)
        let unknowns = unclear_after(p);
        let asked_unknown = !unknowns.is_empty()
            && counted.is_none_or(|c| {
                unknowns.iter().any(|after| {
                    // ("how many of the jobs": its first words.)
                    after.iter().take(3).any(|w| {
                        if let Some(verb) = befell {
                            index.text_uses_any(w, [c, verb])
                        } else {
                            index.text_uses_any(w, std::iter::once(c))
                        }
                    })
                })
            });
        let names_all = asked_unknown
            && plan
                .concepts
                .iter()
                .filter(|c| {
                    !c.frame
                        && c.terms
                            .first()
                            .is_some_and(|t| !answer_types::is_pseudo(&t.term))
                })
                .all(|c| {
                    index.said_unknown(h.passage, c)
                        || (says_unknown_of_it(p) && index.passage_names(h.passage, c))
                })
            // ("Is dark chocolate healthy?" is not "unclear whether"
            // chocolate prices will fall: a yes or no asks every word.)
            && !(yes_no
                && plan
                    .concepts
                    .iter()
                    .any(|c| !c.frame && c.how == Match::Unknown));
        // "How long will the stock last?" and "It is not clear how long the
        // stock would last": the question asked back, said to be unknown
        // (in the article the question is about).
        if h.article_coverage >= best_article && names_all {
            h.coverage = h.coverage.max(MIN_COVERAGE);
            h.matched = h.matched.max(plan.words());
        }
        h.score *= (0.5 + h.coverage).powi(2) * (0.5 + h.article_coverage).powi(2);
        // Said to be unknown ("has not said how many inspectors it will
        // hire", "did not say how much the recall would cost").
        let unknown = |c: &Concept| index.said_unknown(h.passage, c);
        if let Some(c) = counted {
            // Counted in the article the question is about. A table row is
            // one record: a count in any of its cells counts what the row
            // names ("Talon Hybrid … Vehicles recalled: 43,000").
            // ("five bidders competing" counts the bidders of "How many
            // people bid?", though it never says "people".)
            let counts = || {
                index.counts(&p.text, c, &counting_words)
                    // "★★★★☆" counts the stars it gives.
                    || (text::star_rating(&p.text).is_some() && index.passage_names(h.passage, c))
                    || (index.passage_names(h.passage, c)
                        && matches!(&p.kind, PassageKind::TableRow { cells, .. }
                        if cells.iter().any(|(_, v)| {
                            // "Grant now: £5,000" counts no boilers.
                            !answer_types::passage_terms(v).contains(&answer_types::MONEY)
                                && text::folded_words(v)
                                    .iter()
                                    .any(|(w, _, _)| answer_types::is_count(w))
                        })))
            };
            // Under "How many requests can I make?", "Two in any 12-month
            // period" counts them: the heading names what the passage's
            // opening number counts.
            let under_its_heading = || {
                restated
                    && text::folded_words(&p.text)
                        .first()
                        .is_some_and(|(w, _, _)| answer_types::is_count(w))
            };
            let stated = counts() || under_its_heading();
            let unknown_count = unknown(c) || befell.is_some_and(unknown);
            h.counts = Some(h.article_coverage >= best_article && (stated || unknown_count));
            // "How many new ambulances?": "800 new ambulances" before "It
            // is not known how many of the new ambulances are in service".
            if !stated && h.counts == Some(true) {
                h.score /= TYPE_BONUS;
            }
        }
        if let Some(c) = priced {
            // A table row takes its subject from the article: "Total cost —
            // Figure: $1.1 billion" in a story titled "…$1.1 billion
            // stadium".
            let row_of_title = || {
                matches!(p.kind, PassageKind::TableRow { .. })
                    && index.passage_has(h.passage, answer_types::MONEY)
                    && index.title_names(h.passage, c)
            };
            // "How much did it cost?" over "The council paid £180,000…":
            // the heading asks the price of the article's subject, which
            // its title names ("Council suspends AI chatbot…").
            let under_a_price_heading = || {
                index.passage_has(h.passage, answer_types::MONEY)
                    && text::fold(&p.section).starts_with("how much")
                    && index.title_names(h.passage, c)
            };
            // "How much does an allotment cost?" in a story titled
            // "Allotment waiting lists…": "Annual rents range from about
            // £30 to £150" prices the title's allotment by a word of the
            // question's own price verb.
            let by_its_price_word = || {
                index.passage_has(h.passage, answer_types::MONEY)
                    && index.title_names(h.passage, c)
                    && plan.concepts.iter().any(|v| {
                        answer_types::PRICE_VERBS.contains(&text::fold(&v.word).as_str())
                            && index.passage_uses_a_word_of(h.passage, v)
                    })
            };
            // "How much did the sandcastle cost?" in a story titled
            // "Towering sandcastle…": "which did not say how much it cost"
            // leaves the title's sandcastle unpriced, by the question's own
            // price verb and a pronoun for it (not "how much the repairs
            // would cost", nor "whether he will be given a pay rise").
            let price_unknown = || {
                text::folded_words(&p.text).windows(3).any(|w| {
                    w[0].0 == "how"
                        && w[1].0 == "much"
                        && matches!(w[2].0.as_str(), "it" | "they" | "this" | "that")
                }) && index.title_names(h.passage, c)
                    && plan.concepts.iter().any(|v| {
                        answer_types::PRICE_VERBS.contains(&text::fold(&v.word).as_str())
                            && unknown(v)
                    })
            };
            h.prices = Some(
                index.prices(h.passage, c)
                    || by_its_price_word()
                    || row_of_title()
                    || under_a_price_heading()
                    || unknown(c)
                    || price_unknown(),
            );
        }
        // States a value of this kind, or says something is unclear.
        let unclear = p.flags.iter().any(|f| f.kind == FlagKind::Unclear);
        let gives = |kind| unclear || index.passage_has(h.passage, kind);
        // "When is the Australian Open?" is not answered by the passage
        // that names it without a date.
        if asked == Some("when") && !when_should {
            // "When will it be available?" is answered by "it would take at
            // least five to ten years": a time from now.
            let takes_time = || {
                index.passage_has(h.passage, answer_types::MEASURE)
                    && text::folded_words(&p.text).iter().any(|(w, _, _)| {
                        ["years", "months", "weeks", "days", "year", "month", "week"]
                            .contains(&w.as_str())
                    })
            };
            h.dated = Some(
                gives(answer_types::TIME)
                    || (asks_past && answer_types::names_a_day(&p.text))
                    // A live report's entry is dated by its heading.
                    || (asks_past
                        && answer_types::is_a_time_of_day(&p.section)
                        && index.reports_done(&p.text, &plan.concepts))
                    || (!asks_past && (answer_types::names_a_coming_day(&p.text) || takes_time())),
            );
        }
        // "What day is my bin collected?" is not answered by a passage
        // naming no day nor date.
        if which_days {
            h.dated = Some(
                h.dated != Some(false)
                    && (answer_types::names_a_day(&p.text) || gives(answer_types::TIME)),
            );
        }
        // "How old is Ana Lima?" is not answered by a passage that states
        // no age, nor a year she could be counted from.
        if how_old {
            // "How old is Sian Lloyd?": her age, not another's in the
            // same passage.
            h.dated = Some(match &surname {
                Some(name) => unclear || answer_types::states_age_of(&p.text, name),
                None => gives(answer_types::AGE) || gives(answer_types::TIME),
            });
        }
        // Nor is it by a passage giving no measure of that kind.
        if let Some(kind) = measured {
            h.dated = Some(h.dated != Some(false) && gives(kind));
        }
        // "How big is Keston Common?" is not answered by "taken from
        // Keston Common over two days last week".
        if how_big {
            h.dated =
                Some(h.dated != Some(false) && (unclear || answer_types::states_a_size(&p.text)));
        }
        // Under "When will you retire?", "When I stop enjoying it" answers
        // "When is he retiring?", though it gives no date.
        if restated && h.dated == Some(false) {
            h.dated = None;
        }
        if who_is_the {
            // "Who is the mother?": "to mother Orla" names her too.
            h.names_someone = Some(
                gives(answer_types::NAME)
                    || asked_role
                        .as_deref()
                        .is_some_and(|r| answer_types::names_the(&p.text, r)),
            );
        }
        if let Some(c) = predicate {
            h.names_someone = Some(
                (index.passage_names(h.passage, c) && index.names_a_doer(&p.text, c)) || unknown(c),
            );
        }
        // Under "Who enforces it?", "Trading Standards." answers "Who
        // enforces the law?", though a name opening a sentence looks like
        // none.
        if restated && h.names_someone == Some(false) && answer_types::opens_with_a_name(&p.text) {
            h.names_someone = None;
        }
        if speaker.is_some_and(|c| index.says(&p.text, c)) {
            h.score *= TYPE_BONUS;
        }
        // "What did she say?": her words, quoted.
        if what_said && p.text.contains(['"', '“']) {
            h.score *= TYPE_BONUS;
        }
        if what_called {
            // "named solanocidin", or "The Swing Gate Bridge" for the bridge.
            h.names_someone = Some(
                answer_types::gives_a_name(&p.text)
                    || called_thing
                        .as_deref()
                        .is_some_and(|t| answer_types::names_the(&p.text, t)),
            );
        }
        if context == Some(p.article_index) {
            h.score *= CONTEXT_BONUS;
        }
        // ("How is the virus spreading?" is not answered by "How the virus
        // first reached Texas has not been established": with "how" alone,
        // the unclear sentence names every word of the question.)
        if asked_unknown && (!(how_verb || yes_no) || names_all) {
            h.score *= TYPE_BONUS;
        }
        // (A table row's "Price — Halo: $799" is a value, not a definition.)
        if matches!(p.kind, PassageKind::Paragraph { .. })
            && defined
                .as_ref()
                .is_some_and(|t| answer_types::defines(&p.text, t))
        {
            h.score *= TYPE_BONUS;
        }
        if asked.is_some() && answer_types::interrogative(&p.section) == asked {
            h.score *= HEADING_QUESTION_BONUS;
        }
        // "Who is most likely to pay more?" and "…are most likely to pay
        // more": the question's own words, in its order.
        // (In a conversation, only in its own article: another's wording
        // does not outweigh what the conversation is about. Nor in a
        // passage saying what is asked is unknown: "It is not known how
        // many new ambulances are in service" repeats the question.)
        if !asked_unknown
            && context.is_none_or(|a| a == p.article_index)
            && repeats_a_run(h.passage)
        {
            h.score *= VERBATIM_BONUS;
        }
        // "Can I fit one to my house?" under "Can I put one in my own
        // house?": a yes-or-no heading opening as the question does.
        // (Its first two words only, folded: this runs for every passage
        // ranked.)
        let heading_opens = |opening: &[(String, usize, usize)]| {
            p.section.trim_end().ends_with('?')
                && text::words(&p.section)
                    .take(2)
                    .map(|(s, e)| text::fold(&p.section[s..e]))
                    .eq(opening.iter().map(|w| w.0.clone()))
        };
        if yes_no_opening.is_some_and(heading_opens) {
            h.score *= YES_NO_HEADING_BONUS;
        }
        // (In the article the question is about: "How much…?" headings are
        // everywhere.)
        if wh_opening.is_some_and(|opening| {
            h.article_coverage >= best_article
                && context.is_none_or(|a| a == p.article_index)
                && heading_opens(opening)
        }) {
            h.score *= WH_HEADING_BONUS;
        }
        if duration && answer_types::states_a_duration(&p.text) {
            h.score *= NUMBER_BONUS;
        }
        if which_days && answer_types::names_a_day(&p.text) {
            h.score *= TYPE_BONUS;
        }
        // "How much will the fee be?": the passage saying what will be, not
        // what was ("raised about £3.8bn last year").
        if asks_future && answer_types::speaks_of_the_future(&p.text) {
            h.score *= FUTURE_BONUS;
        }
        // "Where was it played?": not where next year's will be.
        if asks_past && answer_types::speaks_of_the_future(&p.text) {
            h.score /= FUTURE_BONUS;
        }
        // "Why did it close?": "closed in 2024 when its owner put it up for
        // sale".
        if asked == Some("why")
            && !index.passage_has(h.passage, answer_types::REASON)
            && index.explains(&p.text, &plan.concepts)
        {
            h.score *= TYPE_BONUS;
        }
        // "When did he die?" is about the man the article is about: a
        // passage speaking of him, not statistics of others.
        if pronoun.is_some_and(|forms| {
            text::folded_words(&p.text)
                .iter()
                .any(|(w, _, _)| forms.contains(&w.as_str()))
        }) {
            h.score *= TYPE_BONUS;
        }
        if wants_number && p.text.contains(|c: char| c.is_ascii_digit()) {
            h.score *= NUMBER_BONUS;
        }
        for &(kind, bonus) in &wanted {
            if index.passage_has(h.passage, kind) {
                h.score *= bonus;
            }
        }
        // "How much did rural crime cost?" asks the whole, not one row of a
        // table of regions ("Midlands — Cost of rural crime, 2025: £10.1m"):
        // a row whose name the question never gives is a part, unless the
        // question asks which row.
        if !asks_for_a_row {
            if let PassageKind::TableRow { cells, .. } = &p.kind {
                let named = cells
                    .first()
                    .is_some_and(|(_, name)| index.text_uses_any(name, &plan.concepts));
                if !named {
                    h.score *= PART_OF_A_TABLE;
                }
            }
        }
    }
    // "What's her name?" asks only for a name, in no word of the article:
    // the first passage naming someone answers (the story's first naming,
    // not a later "Mrs Pugh said"). ("How hot is it?" is not answered by
    // the first temperature.)
    let only_a_name = !plan.concepts.is_empty()
        && plan
            .concepts
            .iter()
            .all(|c| c.terms.iter().all(|t| t.term == answer_types::NAME));
    hits.sort_by(|a, b| {
        answers(plan, b)
            .cmp(&answers(plan, a))
            .then(if only_a_name {
                std::cmp::Ordering::Equal
            } else {
                b.score.total_cmp(&a.score)
            })
            .then(a.passage.cmp(&b.passage))
    });
    for h in hits.iter().take(3) {
        tracing::trace!(
            passage = h.passage,
            score = h.score,
            coverage = h.coverage,
            matched = h.matched,
            counts = ?h.counts,
            prices = ?h.prices,
            names_someone = ?h.names_someone,
            dated = ?h.dated,
            has_names = h.has_names,
            "hit"
        );
    }
    hits
}

/// True when a passage matches enough of the question to answer it: at
/// least [`MIN_COVERAGE`] of its weight and, for a short question, most of
/// its words; for a request for advice, nearly all of it.
fn answers(plan: &QueryPlan, hit: &Hit) -> bool {
    if !hit.has_names {
        return false;
    }
    if [hit.prices, hit.names_someone, hit.dated].contains(&Some(false)) {
        return false;
    }
    if plan.advice {
        return hit.coverage >= ADVICE_COVERAGE && hit.matched == plan.words();
    }
    match hit.counts {
        // "How many patients were affected?" is answered by "2.3 million
        // patients", whatever the verb.
        Some(true) => hit.coverage >= COUNTED_COVERAGE,
        Some(false) => false,
        None => hit.coverage >= MIN_COVERAGE && short_question_matched(plan, hit),
    }
}

/// The most consecutive words of the question, past its first, that the
/// passage has in the same order, counted only when they hold a word that
/// is not a stop word.
fn longest_run(question: &[(String, usize, usize)], passage: &[&str]) -> usize {
    let q = question.get(1..).unwrap_or_default();
    let mut best = 0;
    for i in 0..q.len() {
        for j in 0..passage.len() {
            let mut n = 0;
            let mut content = false;
            while i + n < q.len() && j + n < passage.len() && q[i + n].0 == passage[j + n] {
                content |= !crate::search::STOP_WORDS.contains(&q[i + n].0.as_str());
                n += 1;
            }
            if content {
                best = best.max(n);
            }
        }
    }
    best
}

/// A short question (two or three content words) is covered only when the
/// passage matches most of its words: "ticket price" is not answered by a
/// passage about tickets, however rare the word "ticket" is.
fn short_question_matched(plan: &QueryPlan, best: &Hit) -> bool {
    let n = plan.words();
    !(2..=3).contains(&n) || 2 * best.matched > n
}

/// Why a question is not covered, or `None` when it is.
fn not_covered(
    index: &SearchIndex,
    plan: &QueryPlan,
    question: &str,
    best: Option<&Hit>,
) -> Option<String> {
    if let Some(name) = &plan.unknown_name {
        return Some(format!("The article does not mention {name}."));
    }
    if plan.concepts.is_empty() {
        return Some("The question has no words to look up.".to_string());
    }
    // "What is the population of Columbus?" and the article never says
    // "population": nothing it says about Columbus answers that.
    if let Some(attribute) = answer_types::attribute_asked(question) {
        if let Some(c) = plan
            .concepts
            .iter()
            // Unknown, or known only by a loose relation.
            .find(|c| {
                text::fold(&c.word) == attribute
                    && (c.how == Match::Unknown || c.terms.iter().all(|t| t.covers < 0.5))
            })
        {
            return Some(format!("The article never mentions “{}”.", c.word));
        }
    }
    // "Who owns the ferry?" and the article never says who owns anything.
    if let Some(predicate) = answer_types::who_predicate(question) {
        if let Some(c) = plan
            .concepts
            .iter()
            .find(|c| text::fold(&c.word) == predicate && c.how == Match::Unknown)
        {
            return Some(format!("The article never mentions “{}”.", c.word));
        }
    }
    match best {
        None => Some("No word of the question appears in the article.".to_string()),
        Some(h) if !answers(plan, h) => Some(missing_words(index, plan).map_or_else(
            || "No passage of the article speaks to the whole question.".to_string(),
            |words| format!("The article never mentions {words}."),
        )),
        Some(_) => None,
    }
}

/// The question's words the article never uses (nor any form or synonym of
/// them), quoted, for the note: "“employees”", "“excavated” or “rock”";
/// `None` when it uses them all.
fn missing_words(index: &SearchIndex, plan: &QueryPlan) -> Option<String> {
    let missing: Vec<String> = plan
        .concepts
        .iter()
        .filter(|c| c.how == Match::Unknown || !index.mentions(c))
        .take(3)
        .map(|c| format!("“{}”", c.word))
        .collect();
    match missing.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} or {last}", rest.join(", "))),
    }
}

/// The plain-BM25 reference answer: paragraphs only, ranked by BM25 over
/// their text alone, and never "not covered" (as the reference in
/// `../shared/eval/README.md`).
pub fn baseline(corpus: &Corpus, index: &SearchIndex, question: &str, top: usize) -> Answer {
    let passages: Vec<AnswerPassage> = index
        .search_plain(question, corpus.passages.len().max(1))
        .into_iter()
        .filter_map(|h| corpus.passages.get(h.passage).map(|p| (h, p)))
        .filter(|(_, p)| matches!(p.kind, PassageKind::Paragraph { .. }))
        .take(top)
        .map(|(h, p)| AnswerPassage::new(p, h.score))
        .collect();
    Answer::found(question, passages)
}

/// The answer to "what is this article about?": each article's lead, its
/// first paragraph, in corpus order; the lead of the article a conversation
/// is about first.
fn leads(corpus: &Corpus, question: &str, top: usize, context: Option<usize>) -> Answer {
    let mut seen = Vec::new();
    let in_context = corpus
        .passages
        .iter()
        .filter(|p| Some(p.article_index) == context);
    let passages: Vec<AnswerPassage> = in_context
        .chain(corpus.passages.iter())
        .filter(|p| matches!(p.kind, PassageKind::Paragraph { .. }))
        .filter(|p| {
            let first = !seen.contains(&p.article_index);
            if first {
                seen.push(p.article_index);
            }
            first
        })
        .take(top)
        .map(|p| AnswerPassage::new(p, 1.0))
        .collect();
    Answer::found(question, passages)
}

/// The passages under a section heading that asks the question itself
/// ("What were they doing?", "What happens next?"): the article's own
/// answer, though every word of it is a function word the index does not
/// hold. With several articles, only in a conversation about the one that
/// has the heading.
fn under_its_heading(
    corpus: &Corpus,
    question: &str,
    top: usize,
    context: Option<usize>,
) -> Option<Answer> {
    let words = |t: &str| -> Vec<String> {
        text::folded_words(t)
            .into_iter()
            .map(|(w, _, _)| w)
            .collect()
    };
    let asked = words(question);
    if asked.len() < 2 {
        return None;
    }
    // (Cheap tests first: this runs for every question.)
    let count = question.split_whitespace().count();
    // ("What does a chaplain do?" is asked by "What does a hospital
    // chaplain do?" too: its words in order, with one more; and "What if I
    // don't have any photo ID?" by "What if I don't have photo ID?".)
    let one_more = |longer: &[String], shorter: &[String]| {
        longer.len() == shorter.len() + 1
            && shorter.len() >= 3
            && longer.first() == shorter.first()
            && (0..longer.len()).any(|skip| {
                longer[..skip]
                    .iter()
                    .chain(&longer[skip + 1..])
                    .eq(shorter.iter())
            })
    };
    // (A question's own extra word must be a function word or one of the
    // title's, which every heading is about: "What is the energy price
    // cap?" is "What is the price cap?", but "When is the VAT deadline?" is
    // not "When is the deadline?".)
    let extra_is_given = |heading: &[String], title: &str| {
        let title = words(title);
        asked
            .iter()
            .filter(|w| !heading.contains(w))
            .all(|w| crate::search::STOP_WORDS.contains(&w.as_str()) || title.contains(w))
    };
    let restates = |heading: &[String], title: &str| {
        heading == asked.as_slice()
            || one_more(heading, &asked)
            || (one_more(&asked, heading) && extra_is_given(heading, title))
    };
    let under: Vec<&Passage> = corpus
        .passages
        .iter()
        .filter(|p| {
            let n = p.section.split_whitespace().count();
            p.section.trim_end().ends_with('?')
                && n + 1 >= count
                && n <= count + 1
                && restates(
                    &words(&p.section),
                    corpus
                        .articles
                        .get(p.article_index)
                        .map_or("", |a| a.title.as_str()),
                )
        })
        .collect();
    // With several articles, only the one under discussion: another's
    // "What happens next?" is not this one's.
    let article = match context {
        Some(a) => a,
        None if corpus.articles.len() == 1 => under.first()?.article_index,
        None => return None,
    };
    let passages: Vec<AnswerPassage> = under
        .into_iter()
        .filter(|p| p.article_index == article)
        .take(top)
        .map(|p| AnswerPassage::new(p, 1.0))
        .collect();
    (!passages.is_empty()).then(|| Answer::found(question, passages))
}

/// Answers a question with at most `top` passages. `context` is the
/// article (its index in the corpus) the conversation is about, if any:
/// with several articles, its passages are preferred.
pub fn answer(
    corpus: &Corpus,
    index: &SearchIndex,
    question: &str,
    top: usize,
    context: Option<usize>,
) -> Answer {
    // One article: nothing to prefer.
    let context = context.filter(|_| corpus.articles.len() > 1);
    if answer_types::asks_for_a_summary(question) || answer_types::asks_what_happened(question) {
        return leads(corpus, question, top, context);
    }
    if let Some(answer) = under_its_heading(corpus, question, top, context) {
        return answer;
    }
    let plan = index.plan(question);
    // (So does one that has only a loose relation of "start": "its first
    // passengers", not "began".)
    if answer_types::asks_when_it_starts(question)
        && plan.concepts.iter().all(|c| {
            c.how == Match::Unknown
                || (c.how == Match::Synonym
                    && c.terms.iter().all(|t| t.covers < THESAURUS_COVERAGE))
        })
    {
        return leads(corpus, question, top, context);
    }
    let candidates = if context.is_some() {
        CONTEXT_CANDIDATES
    } else {
        CANDIDATES
    };
    let mut found = index.search(&plan, candidates.max(top));
    // The deeper search in a conversation is for its own article's
    // passages: another article's are weighed as without one, among the
    // first [`CANDIDATES`] only, so a follow-up the article does not answer
    // is not answered from deep in another ("Are the trams electric?" by a
    // storm warning's power cuts).
    if let Some(article) = context {
        let mut others = 0;
        found.retain(|h| {
            let own = corpus.passages.get(h.passage).map(|p| p.article_index) == Some(article);
            others += usize::from(!own);
            own || others <= CANDIDATES.max(top)
        });
    }
    let hits = rank(corpus, index, &plan, question, context, found);
    let note = not_covered(index, &plan, question, hits.first());
    tracing::debug!(
        concepts = ?plan.concepts.iter().map(|c| (&c.word, c.how, (c.idf * 100.0).round() / 100.0, &c.terms)).collect::<Vec<_>>(),
        coverage = hits.first().map(|h| h.coverage),
        matched = hits.first().map(|h| h.matched),
        second = hits.get(1).map(|h| h.coverage),
        "plan"
    );
    // "Which region had the highest cost?": the table's row of the highest
    // cost first, though every row uses the question's words alike.
    let mut hits = hits;
    if note.is_none() {
        if let Some(row) =
            superlative::row(corpus, index, &plan, question, &hits, SUPERLATIVE_WITHIN)
        {
            match hits.iter().position(|h| h.passage == row) {
                Some(at) => {
                    let hit = hits.remove(at);
                    hits.insert(0, hit);
                }
                None => {
                    if let Some(first) = hits.first() {
                        let hit = Hit {
                            passage: row,
                            ..*first
                        };
                        hits.insert(0, hit);
                    }
                }
            }
        }
    }
    let passages = if note.is_some() {
        Vec::new()
    } else {
        hits.iter()
            .take(top)
            .filter_map(|h| corpus.passages.get(h.passage).map(|p| (h, p)))
            .map(|(h, p)| AnswerPassage::new(p, h.score))
            .collect()
    };
    Answer {
        question: question.to_string(),
        covered: note.is_none(),
        passages,
        note,
    }
}
