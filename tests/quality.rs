//! Answer quality as a test: question sets scored in process with the same
//! figures as `../shared/eval/score.py`. The floors are what the engine
//! reaches now, so quality cannot silently regress:
//! - the development questions (copied from `../shared/eval`);
//! - our own questions on the sample article (paraphrases, typos, chat
//!   style, the table, more out-of-scope questions), a set in the style of
//!   a busy channel, and a later set written before the engine was run on
//!   it;
//! - questions on forty-three other articles with other hedges and furniture
//!   (the glacier, sleep-study, wire-copy, court, explainer, wind,
//!   bird-flu, stadium, breach, rentals, pill, club, flood, glasses, rates,
//!   museum, tuition, airline, probe, diesel, app-fine, bribery, measles,
//!   marathon, dock-strike, housing, earnings, streaming, boil-water,
//!   airbag-recall, merger, doping, confidence-vote, heist, crypto,
//!   manager-sacked, layoffs, smoking-age, oil-spill, doorbell,
//!   mayoral-election and school-heat ones written before the engine was
//!   run on them);
//! - all of them again on a corpus holding the forty-four articles at once.

use std::path::Path;

use citebot::eval::{evaluate, evaluate_in, load_questions, Report};
use citebot::{Config, Engine};

/// The engine on a corpus path relative to the crate.
fn engine(corpus: &str) -> Engine {
    let config = Config {
        corpus: Path::new(env!("CARGO_MANIFEST_DIR")).join(corpus),
        ..Config::default()
    };
    Engine::load(config).expect("corpus loads")
}

fn report(corpus: &str, file: &str) -> Report {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let engine = engine(corpus);
    let path = root.join("tests/fixtures").join(file);
    let questions = load_questions(&path).expect("question file");
    let r = evaluate(&engine, &questions);
    eprintln!("{corpus} {file}: {}\n{}", r.summary(), r.misses.join("\n"));
    r
}

/// Asserts the floors: at least `top1` right first, `recall3` within three,
/// `refused` out-of-scope questions refused, at most `wrongly_refused`
/// in-scope ones refused, every required flag and no false flag.
fn floors(r: &Report, top1: usize, recall3: usize, refused: usize, wrongly_refused: usize) {
    assert!(r.top1 >= top1, "top-1 {}/{} < {top1}", r.top1, r.in_scope);
    assert!(
        r.recall3 >= recall3,
        "recall@3 {}/{} < {recall3}",
        r.recall3,
        r.in_scope
    );
    assert!(
        r.refused >= refused,
        "refused {}/{} < {refused}",
        r.refused,
        r.out_of_scope
    );
    assert!(
        r.wrongly_refused <= wrongly_refused,
        "in-scope refused {}",
        r.wrongly_refused
    );
    assert_eq!(
        r.flags_present, r.flags_needed,
        "every required flag present"
    );
    assert_eq!(r.falsely_flagged, 0, "no clean passage flagged");
}

#[test]
fn development_questions() {
    let r = report("corpus", "dev-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (17, 4));
    floors(&r, 17, 17, 4, 0);
}

#[test]
fn own_questions_on_the_sample() {
    let r = report("corpus", "extra-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (28, 16));
    floors(&r, 27, 28, 16, 0);
    let r = report("corpus", "chat-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (15, 4));
    floors(&r, 13, 14, 4, 1);
    // Written in a later session, before running the engine on them.
    // First run: 19/23, 21/23, 6/6, 1/23 (plain BM25: 18/23, 21/23, 1/6,
    // 0/23).
    let r = report("corpus", "sample2-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (23, 6));
    floors(&r, 21, 23, 6, 0);
}

#[test]
fn other_articles() {
    let r = report("tests/fixtures/articles", "harbor-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (12, 4));
    floors(&r, 12, 12, 4, 0);
    let r = report("tests/fixtures/unseen", "unseen-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (14, 6));
    floors(&r, 12, 13, 6, 1);
    let r = report("tests/fixtures/science", "science-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (12, 4));
    floors(&r, 10, 11, 4, 1);
    let r = report("tests/fixtures/wire", "wire-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 5));
    floors(&r, 17, 18, 5, 0);
    let r = report("tests/fixtures/court", "court-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 5));
    floors(&r, 17, 17, 5, 0);
    let r = report("tests/fixtures/explainer", "explainer-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 5));
    floors(&r, 16, 16, 5, 1);
    let r = report("tests/fixtures/wind", "wind-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (15, 4));
    floors(&r, 13, 15, 3, 0);
    // Written at the start of the session that added the thesaurus, before
    // any change; the thesaurus was written after reading it. First run:
    // 17/24 top-1, 20/24 recall@3, 3/6 refused, 3/24 wrongly refused.
    let r = report("tests/fixtures/stadium", "stadium-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (24, 6));
    floors(&r, 19, 20, 5, 2);
    // Written after the stadium one, before running the engine on it; the
    // changes it then showed were needed are general (the thesaurus's
    // hacker/attacker, info/data; frame words; counting). First run: 10/21,
    // 13/21, 5/6, 7/21.
    let r = report("tests/fixtures/breach", "breach-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (21, 6));
    floors(&r, 18, 19, 5, 0);
    // Written after the breach one, before running the engine on it. First
    // run: 10/19, 13/19, 6/6, 6/19.
    let r = report("tests/fixtures/rentals", "rentals-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (19, 6));
    floors(&r, 16, 17, 6, 2);
    // Written after the rentals one, before running the engine on it. First
    // run: 6/18, 7/18, 5/6, 11/18.
    let r = report("tests/fixtures/pill", "pill-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 15, 18, 6, 0);
    // Written after the pill one, before running the engine on it. First
    // run: 11/19, 15/19, 3/6, 4/19.
    let r = report("tests/fixtures/club", "club-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (19, 6));
    floors(&r, 15, 19, 4, 0);
    // Written after the club one, before running the engine on it. First
    // run: 12/18, 13/18, 5/6, 4/18.
    let r = report("tests/fixtures/flood", "flood-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 17, 18, 5, 0);
    // Written after the flood one, before running the engine on it. First
    // run: 8/18, 9/18, 5/6, 7/18.
    let r = report("tests/fixtures/glasses", "glasses-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 15, 15, 6, 1);
    // Written after the glasses one, before running the engine on it. First
    // run: 13/18, 16/18, 5/6, 2/18.
    let r = report("tests/fixtures/rates", "rates-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 14, 17, 5, 1);
    // Held out in the session that added the thesaurus: written after its
    // last engine change and run once (50% top-1, 72% recall@3, 5 of 6
    // refused, 5 of 18 wrongly refused); since then a development set.
    let r = report("tests/fixtures/final", "final-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 11, 17, 5, 0);
    // Written after the museum one, before running the engine on it. First
    // run: 8/17, 12/17, 5/6, 4/17 (plain BM25: 11/17, 16/17, 2/6, 0/17).
    let r = report("tests/fixtures/tuition", "tuition-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (17, 6));
    floors(&r, 12, 16, 5, 0);
    // The second set held out in the session that added the thesaurus:
    // written after its last engine change and run once (11/18 top-1, 14/18
    // recall@3, 6/6 refused, 3/18 wrongly refused; plain BM25 8/18, 13/18,
    // 0/6, 2/18); since then a development set.
    let r = report("tests/fixtures/final2", "final2-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 13, 17, 6, 1);
    // Written after the airline one, before running the engine on it. First
    // run: 11/17, 14/17, 3/6, 1/17 (plain BM25: 8/17, 14/17, 0/6, 0/17).
    let r = report("tests/fixtures/probe", "probe-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (17, 6));
    floors(&r, 14, 15, 5, 0);
    // Written after the probe one, before running the engine on it. First
    // run: 8/17, 10/17, 5/6, 5/17 (plain BM25: 8/17, 11/17, 2/6, 2/17).
    let r = report("tests/fixtures/diesel", "diesel-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (17, 6));
    floors(&r, 11, 13, 5, 2);
    // The third set held out in the session that added the thesaurus,
    // run once (12/17, 14/17, 4/6, 3/17; plain BM25 11/17, 15/17, 1/6,
    // 0/17); since then a development set.
    let r = report("tests/fixtures/final3", "final3-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (17, 6));
    floors(&r, 14, 17, 4, 0);
    // Written after the app-fine one, before running the engine on it.
    // First run: 12/18, 15/18, 3/6, 2/18 (plain BM25: 11/18, 13/18, 2/6,
    // 1/18).
    let r = report("tests/fixtures/bribery", "bribery-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 14, 18, 5, 0);
    // Written after the bribery one, before running the engine on it. First
    // run: 12/16, 15/16, 5/6, 0/16 (plain BM25: 8/16, 13/16, 0/6, 2/16).
    let r = report("tests/fixtures/measles", "measles-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (16, 6));
    floors(&r, 13, 15, 5, 0);
    // Written after the measles one, before running the engine on it. First
    // run: 6/16, 9/16, 4/6, 7/16 (plain BM25: 7/16, 9/16, 2/6, 2/16).
    let r = report("tests/fixtures/marathon", "marathon-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (16, 6));
    floors(&r, 13, 15, 4, 1);
    // The fourth set held out in the session that added the thesaurus,
    // run once (10/16, 14/16, 4/6, 0/16; plain BM25 10/16, 15/16, 1/6,
    // 0/16); since then a development set.
    let r = report("tests/fixtures/final4", "final4-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (16, 6));
    floors(&r, 12, 14, 5, 0);
    // Written after the dock-strike one, before running the engine on it.
    // First run: 9/15, 10/15, 5/6, 5/15 (plain BM25: 10/15, 13/15, 3/6,
    // 1/15).
    let r = report("tests/fixtures/housing", "housing-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (15, 6));
    floors(&r, 12, 15, 6, 0);
    // Written after the housing one, before running the engine on it.
    // First run: 7/15, 8/15, 6/6, 7/15 (plain BM25: 8/15, 10/15, 2/6, 4/15).
    let r = report("tests/fixtures/earnings", "earnings-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (15, 6));
    floors(&r, 10, 12, 6, 3);
    // Written after the earnings one, before running the engine on it.
    // First run: 10/16, 13/16, 4/6, 1/16 (plain BM25: 10/16, 11/16, 0/6,
    // 2/16).
    let r = report("tests/fixtures/streaming", "streaming-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (16, 6));
    floors(&r, 13, 15, 4, 0);
    // Written after the streaming one (a new session), before running the
    // engine on it. First run: 14/21, 19/21, 4/6, 0/21 (plain BM25: 11/21,
    // 17/21, 1/6, 1/21).
    let r = report("tests/fixtures/water", "water-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (21, 6));
    floors(&r, 16, 20, 4, 0);
    // Written after the boil-water one, before running the engine on it.
    // First run: 14/20, 15/20, 5/6, 5/20 (plain BM25: 8/20, 10/20, 0/6,
    // 1/20).
    let r = report("tests/fixtures/recall", "recall-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (20, 6));
    floors(&r, 16, 16, 6, 3);
    // Written after the airbag-recall one, before running the engine on
    // it. First run: 12/18, 14/18, 5/6, 2/18 (plain BM25: 10/18, 15/18,
    // 1/6, 0/18).
    let r = report("tests/fixtures/merger", "merger-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 14, 17, 5, 0);
    // Written after the merger one, before running the engine on it.
    // First run: 11/18, 15/18, 3/6, 3/18 (plain BM25: 13/18, 16/18, 2/6,
    // 0/18).
    let r = report("tests/fixtures/doping", "doping-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 13, 16, 4, 2);
    // Written after the doping one, before running the engine on it.
    // First run: 13/18, 17/18, 2/5, 1/18 (plain BM25: 13/18, 15/18, 1/5,
    // 0/18).
    let r = report("tests/fixtures/vote", "vote-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 5));
    floors(&r, 16, 18, 2, 0);
    // Written after the confidence-vote one, before running the engine on
    // it. First run: 9/18, 11/18, 4/6, 4/18 (plain BM25: 13/18, 14/18,
    // 1/6, 2/18).
    let r = report("tests/fixtures/heist", "heist-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (18, 6));
    floors(&r, 13, 17, 4, 1);
    // Written after the heist one, before running the engine on it.
    // First run: 9/16, 13/16, 5/6, 3/16 (plain BM25: 7/16, 11/16, 2/6,
    // 1/16).
    let r = report("tests/fixtures/crypto", "crypto-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (16, 6));
    floors(&r, 12, 15, 5, 0);
    // Written after the crypto one, before running the engine on it.
    // First run: 10/16, 12/16, 5/6, 4/16 (plain BM25: 10/16, 12/16, 1/6,
    // 0/16).
    let r = report("tests/fixtures/sacked", "sacked-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (16, 6));
    floors(&r, 12, 14, 5, 2);
    // Written after the manager-sacked one, before running the engine on
    // it. First run: 7/16, 10/16, 4/6, 5/16 (plain BM25: 7/16, 10/16, 1/6,
    // 3/16).
    let r = report("tests/fixtures/layoffs", "layoffs-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (16, 6));
    floors(&r, 12, 13, 4, 1);
    // Written after the layoffs one, before running the engine on it.
    // First run: 6/15, 7/15, 5/6, 7/15 (plain BM25: 6/15, 8/15, 1/6, 2/15).
    let r = report("tests/fixtures/smoking", "smoking-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (15, 6));
    floors(&r, 10, 11, 5, 2);
    // Written after the smoking-age one, before running the engine on it.
    // First run: 8/16, 11/16, 3/6, 5/16 (plain BM25: 9/16, 12/16, 2/6,
    // 4/16).
    let r = report("tests/fixtures/spill", "spill-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (16, 6));
    floors(&r, 12, 14, 5, 2);
    // Written after the oil-spill one, before running the engine on it.
    // First run: 4/15, 11/15, 6/6, 3/15 (plain BM25: 7/15, 14/15, 1/6,
    // 1/15).
    let r = report("tests/fixtures/doorbell", "doorbell-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (15, 6));
    floors(&r, 8, 14, 6, 1);
    // Written after the doorbell one, before running the engine on it.
    // First run: 9/15, 9/15, 5/6, 3/15, and neither required flag (plain
    // BM25: 6/15, 9/15, 1/6, 1/15).
    let r = report("tests/fixtures/mayor", "mayor-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (15, 6));
    floors(&r, 11, 11, 5, 1);
    // Written after the mayoral-election one, before running the engine on
    // it. First run: 8/15, 9/15, 4/6, 6/15 (plain BM25: 11/15, 12/15, 1/6,
    // 1/15).
    let r = report("tests/fixtures/heat", "heat-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (15, 6));
    floors(&r, 12, 13, 4, 2);
    // Held out in the session that wrote it: run once after every other
    // change. Since then a development set like the others.
    let r = report("tests/fixtures/heldout", "heldout-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (17, 5));
    floors(&r, 16, 17, 4, 0);
}

#[test]
fn several_articles_at_once() {
    // Each article added takes a few answers from the others: a question
    // with no name in it ("Who is in charge now?") can fit several. A
    // conversation keeps to its article (`a_conversation_keeps_to_its_article`).
    let multi = "tests/fixtures/multi";
    floors(&report(multi, "dev-questions.json"), 17, 17, 4, 0);
    floors(&report(multi, "extra-questions.json"), 27, 28, 13, 0);
    floors(&report(multi, "chat-questions.json"), 13, 14, 3, 1);
    floors(&report(multi, "sample2-questions.json"), 20, 23, 6, 0);
    // "What does the union think?" has two answers here: the harbor
    // article's union and the wind article's.
    floors(&report(multi, "harbor-questions.json"), 9, 12, 3, 0);
    // "how much does a ticket cost" is out of scope for the glacier
    // article; here the stadium article answers it ("Tickets for the first
    // season have not been priced"), and "What is the weather like on the
    // pass?" finds the flood and heat stories' temperatures.
    floors(&report(multi, "unseen-questions.json"), 13, 13, 4, 1);
    floors(&report(multi, "science-questions.json"), 11, 11, 4, 0);
    floors(&report(multi, "wire-questions.json"), 15, 18, 5, 0);
    // "Where was the lawsuit filed?" fits the airbag-recall article too.
    floors(&report(multi, "court-questions.json"), 13, 17, 5, 0);
    // "Did the Porto metro also close?": the oil-spill article is
    // datelined Porto Velha.
    // The school-heat article takes a few of the metro-heat explainer's
    // and the flood blog's questions.
    floors(&report(multi, "explainer-questions.json"), 12, 14, 4, 0);
    floors(&report(multi, "wind-questions.json"), 12, 14, 3, 0);
    // "Is Canada affected?": the airbag-recall article mentions Canada.
    floors(&report(multi, "heldout-questions.json"), 16, 17, 2, 0);
    floors(&report(multi, "stadium-questions.json"), 16, 20, 4, 1);
    // "Is anyone suing?" fits the court article too.
    // "Who voted against it?" fits the stadium article too.
    floors(&report(multi, "rentals-questions.json"), 13, 13, 5, 1);
    // "When will it be available?" fits the airbag-recall article too.
    floors(&report(multi, "pill-questions.json"), 8, 15, 5, 0);
    // "Is Granite Peak buying other clubs?": other articles buy things too.
    // "What happened at Northgate City?": the boil-water article has a
    // Northgate district.
    floors(&report(multi, "club-questions.json"), 15, 19, 2, 0);
    // "Was anyone arrested?" is out of scope for the flood story; the heist
    // article answers it.
    floors(&report(multi, "flood-questions.json"), 11, 13, 2, 0);
    floors(&report(multi, "glasses-questions.json"), 12, 13, 6, 1);
    floors(&report(multi, "rates-questions.json"), 8, 15, 4, 1);
    // "when is the museum open on sundays" finds the heist article's
    // museum.
    floors(&report(multi, "final-questions.json"), 8, 16, 4, 0);
    floors(&report(multi, "tuition-questions.json"), 8, 11, 3, 1);
    floors(&report(multi, "final2-questions.json"), 9, 14, 4, 0);
    // "How much ice is there?" fits the boil-water article's ice too.
    floors(&report(multi, "probe-questions.json"), 11, 15, 4, 0);
    // "When does the ban start?", "Who is against the ban?": the doping
    // article has a ban too.
    floors(&report(multi, "diesel-questions.json"), 8, 13, 4, 0);
    // "How long did the investigation take?" fits the doping article's
    // investigations too.
    // "Is this the biggest fine ever?" fits the oil-spill article's fines
    // too.
    floors(&report(multi, "final3-questions.json"), 10, 15, 4, 2);
    // "What did the developer give him?" finds the vote article's
    // lawmakers.
    floors(&report(multi, "bribery-questions.json"), 11, 14, 5, 0);
    // "How many people are in hospital?" fits the boil-water article too.
    floors(&report(multi, "measles-questions.json"), 7, 14, 5, 0);
    // "By how much did she beat the old record?" finds the doping article's
    // "24-year-old"; "Who held the record before?" the crypto article's
    // licence holder.
    floors(&report(multi, "marathon-questions.json"), 7, 11, 3, 1);
    floors(&report(multi, "final4-questions.json"), 8, 12, 5, 0);
    floors(&report(multi, "housing-questions.json"), 6, 12, 4, 0);
    floors(&report(multi, "earnings-questions.json"), 4, 7, 5, 1);
    floors(&report(multi, "streaming-questions.json"), 8, 12, 4, 0);
    // "were medical records exposed": the doping article's "medication"
    // and "tested" come close.
    // "who's the ceo" fits the crypto article's chief executive too.
    floors(&report(multi, "breach-questions.json"), 12, 16, 5, 0);
    floors(&report(multi, "water-questions.json"), 14, 18, 2, 0);
    // "Which models are affected?": the merger article has an
    // estimate's model.
    floors(&report(multi, "recall-questions.json"), 8, 10, 5, 1);
    floors(&report(multi, "merger-questions.json"), 8, 15, 5, 1);
    floors(&report(multi, "doping-questions.json"), 5, 13, 3, 1);
    floors(&report(multi, "vote-questions.json"), 16, 17, 3, 0);
    floors(&report(multi, "heist-questions.json"), 12, 15, 3, 1);
    floors(&report(multi, "crypto-questions.json"), 9, 10, 5, 0);
    floors(&report(multi, "sacked-questions.json"), 10, 13, 3, 2);
    floors(&report(multi, "layoffs-questions.json"), 8, 10, 4, 1);
    floors(&report(multi, "smoking-questions.json"), 8, 10, 4, 1);
    floors(&report(multi, "spill-questions.json"), 10, 12, 5, 1);
    floors(&report(multi, "doorbell-questions.json"), 7, 11, 5, 0);
    floors(&report(multi, "mayor-questions.json"), 8, 9, 3, 2);
    floors(&report(multi, "heat-questions.json"), 4, 9, 3, 1);
}

/// A conversation about one article of the many: every question set asked
/// on the multi-article corpus in a conversation about its own article (as
/// the console and the bot do after an answer from it) does at least as
/// well as without, and much better in all.
#[test]
fn a_conversation_keeps_to_its_article() {
    const SETS: &[(&str, &str)] = &[
        ("dev", "azure-china-ai"),
        ("extra", "azure-china-ai"),
        ("chat", "azure-china-ai"),
        ("sample2", "azure-china-ai"),
        ("harbor", "harbor-cranes"),
        ("unseen", "glacier-tunnel"),
        ("science", "sleep-study"),
        ("wire", "chip-plant"),
        ("court", "river-lawsuit"),
        ("explainer", "metro-heat"),
        ("wind", "wind"),
        ("heldout", "bird-flu-farms"),
        ("stadium", "stadium-vote"),
        ("breach", "clinic-breach"),
        ("rentals", "rental-law"),
        ("pill", "obesity-pill"),
        ("club", "club-sale"),
        ("flood", "valley-floods"),
        ("glasses", "smart-glasses"),
        ("rates", "rate-rise"),
        ("final", "museum-return"),
        ("tuition", "tuition-fees"),
        ("final2", "airline-grounding"),
        ("probe", "asteroid-probe"),
        ("diesel", "diesel-ban"),
        ("final3", "app-fine"),
        ("bribery", "mayor-verdict"),
        ("measles", "measles-outbreak"),
        ("marathon", "marathon-record"),
        ("final4", "port-strike"),
        ("housing", "house-prices"),
        ("earnings", "chip-earnings"),
        ("streaming", "stream-prices"),
        ("water", "boil-water"),
        ("recall", "airbag-recall"),
        ("merger", "grocery-merger"),
        ("doping", "tennis-ban"),
        ("vote", "confidence-vote"),
        ("heist", "jewel-heist"),
        ("crypto", "exchange-halt"),
        ("sacked", "manager-sacked"),
        ("layoffs", "software-layoffs"),
        ("smoking", "smoking-age"),
        ("spill", "oil-spill"),
        ("doorbell", "doorbell-police"),
        ("mayor", "mayor-election"),
        ("heat", "school-heat"),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let engine = engine("tests/fixtures/multi");
    let (mut plain_top1, mut top1, mut recall3) = (0, 0, 0);
    for &(set, article) in SETS {
        let path = root.join(format!("tests/fixtures/{set}-questions.json"));
        let questions = load_questions(&path).expect("question file");
        let plain = evaluate(&engine, &questions);
        let r = evaluate_in(&engine, &questions, false, Some(article));
        assert!(
            r.top1 >= plain.top1,
            "{set}: top-1 {} < {}",
            r.top1,
            plain.top1
        );
        assert!(
            r.recall3 >= plain.recall3,
            "{set}: recall@3 {} < {}",
            r.recall3,
            plain.recall3
        );
        // In context a set behaves as on its article alone, where an
        // out-of-scope question may be answered that the other articles
        // outweighed ("How old is Torsvik?").
        assert!(
            r.refused + 1 >= plain.refused,
            "{set}: refused {}",
            r.refused
        );
        plain_top1 += plain.top1;
        top1 += r.top1;
        recall3 += r.recall3;
    }
    eprintln!("in context: top-1 {top1} (without: {plain_top1}), recall@3 {recall3}");
    assert!(
        top1 >= 610 && recall3 >= 723,
        "top-1 {top1}, recall@3 {recall3}"
    );
}

#[test]
fn eval_command_matches_the_library() {
    let out = assert_cmd::Command::cargo_bin("citebot")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["eval", "tests/fixtures/dev-questions.json"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.trim(),
        report("corpus", "dev-questions.json").summary()
    );
}

/// Hedges worded the way other newsrooms word them are flagged, and
/// sentences that only share a word with a hedge ("well known", "made
/// public", "the confirmed cases") are not.
#[test]
fn hedges_of_other_newsrooms() {
    let engine = engine("tests/fixtures/hedges");
    let mut hedged = 0;
    let mut clean = 0;
    for p in &engine.corpus.passages {
        match p.section.as_str() {
            "Hedged" => {
                hedged += 1;
                assert!(!p.flags.is_empty(), "not flagged: {}", p.text);
            }
            "Clean" => {
                clean += 1;
                assert!(
                    p.flags.is_empty(),
                    "falsely flagged: {} {:?}",
                    p.text,
                    p.flags
                );
            }
            other => panic!("unexpected section {other}"),
        }
    }
    assert_eq!((hedged, clean), (52, 23));
}

/// Under a heading such as "What we don't know", every sentence is flagged
/// unclear with the heading as the cue; entities are decoded.
#[test]
fn what_we_do_not_know_sections() {
    let explainer = engine("tests/fixtures/explainer");
    let under: Vec<_> = explainer
        .corpus
        .passages
        .iter()
        .filter(|p| p.section == "What we don't know")
        .collect();
    assert_eq!(under.len(), 2);
    for p in under {
        assert!(
            p.flags.iter().any(|f| f.cue == "What we don't know"),
            "{p:?}"
        );
    }
    assert!(explainer
        .corpus
        .passages
        .iter()
        .any(|p| p.text.contains("investigating & would publish")));
    // In capitals, and "not yet known".
    let rentals = engine("tests/fixtures/rentals");
    let under = rentals
        .corpus
        .passages
        .iter()
        .filter(|p| p.section == "WHAT IS NOT YET KNOWN");
    assert!(under.clone().all(|p| p
        .flags
        .iter()
        .any(|f| f.kind == citebot::flags::FlagKind::Unclear)));
    assert_eq!(under.count(), 3);
}
