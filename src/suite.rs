//! Question suites: many question sets, each about its own article, listed in
//! one TOML manifest (`tests/fixtures/sets.toml`) with the floors the quality
//! tests hold and the figures of each set's first run.
//!
//! One list instead of one per consumer: `tests/quality.rs` asserts the
//! floors from it, and `citebot suite` scores every set (on its article, on
//! the corpus of all articles, in a conversation about its article) and
//! prints the README's tables from it, so adding an article is one entry.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::config::Config;
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::eval::{self, Question, Report};

/// The four figures a floor or a first run records, as counts: top-1,
/// recall@3, out-of-scope questions refused, in-scope questions refused.
/// Written in the manifest as `[top1, recall3, refused, wrongly_refused]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "[usize; 4]")]
pub struct Figures {
    pub top1: usize,
    pub recall3: usize,
    pub refused: usize,
    pub wrongly_refused: usize,
}

impl From<[usize; 4]> for Figures {
    fn from([top1, recall3, refused, wrongly_refused]: [usize; 4]) -> Self {
        Figures {
            top1,
            recall3,
            refused,
            wrongly_refused,
        }
    }
}

impl Figures {
    /// The figures of a report.
    pub fn of(r: &Report) -> Self {
        Figures {
            top1: r.top1,
            recall3: r.recall3,
            refused: r.refused,
            wrongly_refused: r.wrongly_refused,
        }
    }

    /// Where `r` falls short of these floors (at most `wrongly_refused`
    /// in-scope questions refused), and any missing or false flag: one line
    /// each, empty when the floors hold.
    pub fn shortfalls(&self, r: &Report) -> Vec<String> {
        let mut out = Vec::new();
        let mut below = |what: &str, got: usize, floor: usize, of: usize| {
            if got < floor {
                out.push(format!("{what} {got}/{of} < {floor}"));
            }
        };
        below("top-1", r.top1, self.top1, r.in_scope);
        below("recall@3", r.recall3, self.recall3, r.in_scope);
        below("refused", r.refused, self.refused, r.out_of_scope);
        if r.wrongly_refused > self.wrongly_refused {
            out.push(format!(
                "in-scope refused {}/{} > {}",
                r.wrongly_refused, r.in_scope, self.wrongly_refused
            ));
        }
        if r.flags_present != r.flags_needed {
            out.push(format!(
                "flags {}/{} required present",
                r.flags_present, r.flags_needed
            ));
        }
        if r.falsely_flagged != 0 {
            out.push(format!("{} clean passages flagged", r.falsely_flagged));
        }
        out
    }
}

/// What the engine of its day answered on a set before any change made for
/// it: the figure that says what a new article gets.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstRun {
    pub ours: Figures,
    /// Plain BM25 (`--baseline`) on the same run.
    pub bm25: Figures,
    /// The sets written in one session share a batch.
    pub batch: u32,
    /// Written after the last engine change of its session and run once.
    #[serde(default)]
    pub held_out: bool,
    /// A caveat printed beside the figures.
    #[serde(default)]
    pub note: Option<String>,
}

/// One question set and its article.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSet {
    /// The question file is `NAME-questions.json` beside the manifest.
    pub name: String,
    /// How the README's tables name it.
    pub title: String,
    /// The corpus holding its article (resolved against the manifest's
    /// directory when loaded).
    pub corpus: PathBuf,
    /// The article's file stem, as [`Engine::ask_in`] takes it.
    pub article: String,
    /// A set on the bundled sample article (summed apart from the others).
    #[serde(default)]
    pub sample: bool,
    /// In-scope and out-of-scope questions in the file.
    pub questions: [usize; 2],
    /// Floors on its own article.
    pub floors: Figures,
    /// Floors on the corpus of every article at once.
    pub multi: Figures,
    #[serde(default)]
    pub first_run: Option<FirstRun>,
    #[serde(skip)]
    pub file: PathBuf,
}

impl QuestionSet {
    pub fn load_questions(&self) -> Result<Vec<Question>> {
        eval::load_questions(&self.file)
    }

    /// The engine on this set's own corpus.
    pub fn engine(&self) -> Result<Engine> {
        engine_on(&self.corpus, true)
    }
}

/// The engine on a corpus, with every other setting at its default but
/// the news thesaurus, on or off.
pub fn engine_on(corpus: &Path, thesaurus: bool) -> Result<Engine> {
    let mut config = Config {
        corpus: corpus.to_path_buf(),
        ..Config::default()
    };
    config.answer.thesaurus = thesaurus;
    Engine::load(config)
}

/// Every set of a manifest.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suite {
    /// The corpus holding every article at once.
    pub multi: PathBuf,
    /// Floors on the sum over every set asked on `multi` in a conversation
    /// about its own article: top-1 and recall@3.
    pub context: [usize; 2],
    #[serde(rename = "set")]
    pub sets: Vec<QuestionSet>,
}

impl Suite {
    /// Reads a manifest; its paths are relative to its directory.
    pub fn load(path: &Path) -> Result<Suite> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let bad = |message: String| Error::Suite {
            path: path.to_path_buf(),
            message,
        };
        let mut suite: Suite = toml::from_str(&text).map_err(|e| bad(e.to_string()))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        suite.multi = dir.join(&suite.multi);
        for set in &mut suite.sets {
            set.corpus = dir.join(&set.corpus);
            set.file = dir.join(format!("{}-questions.json", set.name));
        }
        if let Some(dup) = suite
            .sets
            .iter()
            .enumerate()
            .find(|(i, s)| suite.sets[..*i].iter().any(|t| t.name == s.name))
        {
            return Err(bad(format!("set {:?} is listed twice", dup.1.name)));
        }
        // The corpus of every article holds one file of each name: two
        // corpora with an article of the same name would score one set on
        // the other's article there.
        if let Some((s, t)) = suite.sets.iter().enumerate().find_map(|(i, s)| {
            suite.sets[..i]
                .iter()
                .find(|t| t.article == s.article && t.corpus != s.corpus)
                .map(|t| (s, t))
        }) {
            return Err(bad(format!(
                "sets {:?} and {:?} both name article {:?} from different corpora; rename one file",
                t.name, s.name, s.article
            )));
        }
        Ok(suite)
    }
}

/// A running sum of reports, for a line that stands for several sets.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    pub in_scope: usize,
    pub out_of_scope: usize,
    pub figures: Figures,
}

impl Tally {
    pub fn add(&mut self, figures: Figures, in_scope: usize, out_of_scope: usize) {
        self.in_scope += in_scope;
        self.out_of_scope += out_of_scope;
        self.figures.top1 += figures.top1;
        self.figures.recall3 += figures.recall3;
        self.figures.refused += figures.refused;
        self.figures.wrongly_refused += figures.wrongly_refused;
    }

    pub fn add_report(&mut self, r: &Report) {
        self.add(Figures::of(r), r.in_scope, r.out_of_scope);
    }

    /// "57% · 72% · 156/209 (75%) · 138/608 (23%)": top-1 and recall@3 of
    /// the in-scope questions, then refusals as counts and shares.
    pub fn cell(&self) -> String {
        self.format(true)
    }

    /// "57% · 72% · 4/6 · 3/18": the refusals as counts only, for one set.
    pub fn row_cell(&self) -> String {
        self.format(false)
    }

    fn format(&self, shares: bool) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        let f = &self.figures;
        let share = |a: usize, b: usize| {
            if shares {
                format!("{a}/{b} ({:.0}%)", pct(a, b))
            } else {
                format!("{a}/{b}")
            }
        };
        format!(
            "{:.0}% · {:.0}% · {} · {}",
            pct(f.top1, self.in_scope),
            pct(f.recall3, self.in_scope),
            share(f.refused, self.out_of_scope),
            share(f.wrongly_refused, self.in_scope),
        )
    }
}

/// First runs summed: ours, plain BM25's, and how many sets.
#[derive(Debug, Clone, Copy, Default)]
struct FirstRuns {
    ours: Tally,
    bm25: Tally,
    sets: usize,
}

impl FirstRuns {
    fn add(&mut self, f: &FirstRun, [in_scope, out_of_scope]: [usize; 2]) {
        self.ours.add(f.ours, in_scope, out_of_scope);
        self.bm25.add(f.bm25, in_scope, out_of_scope);
        self.sets += 1;
    }
}

/// One set's reports: on its article (ours and plain BM25), and on the
/// corpus of every article, without and with the conversation context.
#[derive(Debug, Clone)]
pub struct SetReports {
    pub own: Report,
    pub own_bm25: Report,
    pub multi: Report,
    pub multi_bm25: Report,
    pub context: Report,
}

/// Scores every set every way, with or without the news thesaurus. Errors
/// name the corpus or file at fault.
pub fn run(suite: &Suite, thesaurus: bool) -> Result<Vec<SetReports>> {
    let multi = engine_on(&suite.multi, thesaurus)?;
    let mut out = Vec::with_capacity(suite.sets.len());
    for set in &suite.sets {
        let questions = set.load_questions()?;
        let engine = engine_on(&set.corpus, thesaurus)?;
        out.push(SetReports {
            own: eval::evaluate(&engine, &questions),
            own_bm25: eval::evaluate_with(&engine, &questions, true),
            multi: eval::evaluate(&multi, &questions),
            multi_bm25: eval::evaluate_with(&multi, &questions, true),
            context: eval::evaluate_in(&multi, &questions, false, Some(&set.article)),
        });
    }
    Ok(out)
}

/// The summary a terminal wants: one line per set (on its article, on every
/// article, in context) and the sums; with `fails`, each miss on its article.
pub fn summary(suite: &Suite, reports: &[SetReports], fails: bool) -> String {
    let mut s = String::new();
    let width = suite.sets.iter().map(|x| x.name.len()).max().unwrap_or(0);
    let short = |r: &Report| {
        format!(
            "{}/{} {}/{} {}/{} {}/{}",
            r.top1,
            r.in_scope,
            r.recall3,
            r.in_scope,
            r.refused,
            r.out_of_scope,
            r.wrongly_refused,
            r.in_scope
        )
    };
    let _ = writeln!(
        s,
        "{:width$}  own article (top-1 recall@3 refused wrongly-refused) | all articles | in context",
        "set"
    );
    let [mut sample, mut others, mut multi, mut context] = [Tally::default(); 4];
    for (set, r) in suite.sets.iter().zip(reports) {
        let _ = writeln!(
            s,
            "{:width$}  {} | {} | {}",
            set.name,
            short(&r.own),
            short(&r.multi),
            short(&r.context)
        );
        if fails {
            for m in &r.own.misses {
                let _ = writeln!(s, "{:width$}    {m}", "");
            }
        }
        let bucket: &mut Tally = if set.sample { &mut sample } else { &mut others };
        bucket.add_report(&r.own);
        multi.add_report(&r.multi);
        context.add_report(&r.context);
    }
    let _ = writeln!(s, "sample article sets: {}", sample.cell());
    let _ = writeln!(s, "other articles:      {}", others.cell());
    let _ = writeln!(s, "all articles at once: {}", multi.cell());
    let _ = writeln!(s, "  in context:         {}", context.cell());
    s
}

/// The README's answer-quality tables, in Markdown: first runs (as
/// recorded), every set as it stands (ours and plain BM25, on its article
/// and on every article at once), and the corpus of every article without
/// and with the conversation context.
pub fn markdown(suite: &Suite, reports: &[SetReports]) -> String {
    let mut s = String::new();
    let header = "citebot: top-1 · recall@3 · out-of-scope refused · in-scope refused";
    let mut stems: Vec<&str> = suite.sets.iter().map(|x| x.article.as_str()).collect();
    stems.sort_unstable();
    stems.dedup();
    let articles = stems.len();

    // First runs, as recorded in the manifest.
    let _ = writeln!(s, "| first run | {header} | plain BM25, same run |");
    let _ = writeln!(s, "|---|---|---|");
    let (mut all, mut held) = (FirstRuns::default(), FirstRuns::default());
    let mut batches: BTreeMap<u32, FirstRuns> = BTreeMap::new();
    let mut held_batches: BTreeMap<u32, FirstRuns> = BTreeMap::new();
    for set in &suite.sets {
        let Some(f) = &set.first_run else { continue };
        let mut one = FirstRuns::default();
        one.add(f, set.questions);
        let mut title = set.title.clone();
        if f.held_out {
            title.push_str(", held out");
        }
        if let Some(n) = &f.note {
            let _ = write!(title, " ({n})");
        }
        let _ = writeln!(
            s,
            "| {title} | {} | {} |",
            one.ours.row_cell(),
            one.bm25.row_cell()
        );
        if set.sample {
            continue;
        }
        all.add(f, set.questions);
        batches.entry(f.batch).or_default().add(f, set.questions);
        if f.held_out {
            held.add(f, set.questions);
            held_batches
                .entry(f.batch)
                .or_default()
                .add(f, set.questions);
        }
    }
    let _ = writeln!(
        s,
        "| **all {} new articles' first runs** | **{}** | {} |",
        all.sets,
        all.ours.cell(),
        all.bm25.cell()
    );
    for (batch, runs) in &batches {
        let what = match runs.sets {
            1 => "the article".to_string(),
            n => format!("the {n} articles"),
        };
        let _ = writeln!(
            s,
            "| {what} of session batch {batch} | {} | {} |",
            runs.ours.cell(),
            runs.bm25.cell()
        );
        // The batch's articles written after its last change to ranking.
        if let Some(h) = held_batches.get(batch).filter(|h| h.sets < runs.sets) {
            let _ = writeln!(
                s,
                "| its {} held out | {} | {} |",
                h.sets,
                h.ours.cell(),
                h.bm25.cell()
            );
        }
    }
    if held.sets > 0 {
        let _ = writeln!(
            s,
            "| the {} held out | {} | {} |",
            held.sets,
            held.ours.cell(),
            held.bm25.cell()
        );
    }

    // Every set as it stands.
    let _ = writeln!(s);
    let _ = writeln!(s, "| question set | {header} | plain BM25 (`--baseline`) |");
    let _ = writeln!(s, "|---|---|---|");
    let cell = |r: &Report| {
        let mut t = Tally::default();
        t.add_report(r);
        t.row_cell()
    };
    let mut others = (Tally::default(), Tally::default());
    for (set, r) in suite.sets.iter().zip(reports) {
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            set.title,
            cell(&r.own),
            cell(&r.own_bm25)
        );
        if !set.sample {
            others.0.add_report(&r.own);
            others.1.add_report(&r.own_bm25);
        }
    }
    let _ = writeln!(
        s,
        "| **the {} other articles together**, each on its own | **{}** | {} |",
        articles - 1,
        others.0.cell(),
        others.1.cell()
    );
    for (set, r) in suite.sets.iter().zip(reports) {
        let _ = writeln!(
            s,
            "| {}, all {articles} articles at once | {} | {} |",
            set.title,
            cell(&r.multi),
            cell(&r.multi_bm25)
        );
    }

    // The corpus of every article, without and with context.
    let (mut plain, mut context) = (Tally::default(), Tally::default());
    for r in reports {
        plain.add_report(&r.multi);
        context.add_report(&r.context);
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| every set, all {articles} articles at once | without context | in a conversation about its article (`--context`) |"
    );
    let _ = writeln!(s, "|---|---|---|");
    let _ = writeln!(
        s,
        "| top-1 · recall@3 · out-of-scope refused · in-scope refused | {} | {} |",
        plain.cell(),
        context.cell()
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortfalls_name_each_figure_below_its_floor() {
        let r = Report {
            in_scope: 10,
            top1: 7,
            recall3: 9,
            out_of_scope: 4,
            refused: 4,
            wrongly_refused: 2,
            flags_needed: 2,
            flags_present: 1,
            ..Report::default()
        };
        let floors = Figures::from([8, 9, 3, 1]);
        assert_eq!(
            floors.shortfalls(&r),
            [
                "top-1 7/10 < 8",
                "in-scope refused 2/10 > 1",
                "flags 1/2 required present"
            ]
        );
        assert!(Figures::from([7, 9, 4, 2])
            .shortfalls(&Report {
                flags_present: 2,
                ..r
            })
            .is_empty());
    }

    #[test]
    fn a_batch_s_held_out_sets_get_a_row_of_their_own() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let path = tmp.path().join("sets.toml");
        let set = |name: &str, ours: &str, held: bool| {
            format!(
                "[[set]]\nname = \"{name}\"\ntitle = \"{name}\"\ncorpus = \"c\"\narticle = \"{name}\"\n\
                 questions = [10, 4]\nfloors = [0, 0, 0, 0]\nmulti = [0, 0, 0, 0]\n\
                 first_run = {{ ours = [{ours}], bm25 = [5, 6, 1, 0], batch = 3, held_out = {held} }}\n"
            )
        };
        let manifest = format!(
            "multi = \"m\"\ncontext = [0, 0]\n{}{}",
            set("a", "6, 8, 2, 1", false),
            set("b", "9, 10, 3, 0", true)
        );
        std::fs::write(&path, manifest).expect("write");
        let suite = Suite::load(&path).expect("loads");
        let md = markdown(&suite, &[]);
        assert!(
            md.contains("| the 2 articles of session batch 3 | 75% · "),
            "{md}"
        );
        assert!(md.contains("| its 1 held out | 90% · 100% · 3/4"), "{md}");
    }

    #[test]
    fn a_manifest_naming_a_set_twice_is_refused() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path();
        let set = "[[set]]\nname = \"a\"\ntitle = \"A\"\ncorpus = \"c\"\narticle = \"a\"\nquestions = [1, 0]\nfloors = [0, 0, 0, 0]\nmulti = [0, 0, 0, 0]\n";
        let path = dir.join("sets.toml");
        std::fs::write(
            &path,
            format!("multi = \"m\"\ncontext = [0, 0]\n{set}{set}"),
        )
        .expect("write");
        let err = Suite::load(&path).expect_err("duplicate").to_string();
        assert!(err.contains("listed twice"), "{err}");
        std::fs::write(&path, format!("multi = \"m\"\ncontext = [0, 0]\n{set}")).expect("write");
        let suite = Suite::load(&path).expect("loads");
        assert_eq!(suite.sets[0].corpus, dir.join("c"));
        assert_eq!(suite.sets[0].file, dir.join("a-questions.json"));
        // Another set's article of the same name, from another corpus.
        let other = set
            .replace("name = \"a\"", "name = \"b\"")
            .replace("corpus = \"c\"", "corpus = \"d\"");
        std::fs::write(
            &path,
            format!("multi = \"m\"\ncontext = [0, 0]\n{set}{other}"),
        )
        .expect("write");
        let err = Suite::load(&path)
            .expect_err("same article name")
            .to_string();
        assert!(err.contains("both name article \"a\""), "{err}");
    }
}
