//! Answer-quality evaluation: the figures of `../shared/eval/score.py`
//! (top-1, recall@3, MRR, out-of-scope refused, in-scope wrongly refused,
//! required flags present, clean passages wrongly flagged), computed in
//! process over a question file.

use std::path::Path;

use serde::Deserialize;

use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::flags::FlagKind;

/// Passages fetched per question, as in the documented `score.py` command.
pub const EVAL_TOP: usize = 5;

/// One question of a question file (`../shared/eval/README.md`).
#[derive(Debug, Clone, Deserialize)]
pub struct Question {
    pub question: String,
    pub in_scope: bool,
    /// The best passage is right when it contains every string of one list.
    #[serde(default)]
    pub accept: Vec<Vec<String>>,
    /// `unclear`, `unconfirmed`, `flagged`, `none` or `any`.
    #[serde(default)]
    pub flag: Option<String>,
}

/// The figures, as counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub in_scope: usize,
    pub top1: usize,
    pub recall3: usize,
    pub mrr: f64,
    pub out_of_scope: usize,
    pub refused: usize,
    pub wrongly_refused: usize,
    pub flags_needed: usize,
    pub flags_present: usize,
    pub clean: usize,
    pub falsely_flagged: usize,
    /// One line per miss.
    pub misses: Vec<String>,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

impl Report {
    pub fn top1_pct(&self) -> f64 {
        pct(self.top1, self.in_scope)
    }
    pub fn recall3_pct(&self) -> f64 {
        pct(self.recall3, self.in_scope)
    }
    pub fn refused_pct(&self) -> f64 {
        pct(self.refused, self.out_of_scope)
    }
    pub fn wrongly_refused_pct(&self) -> f64 {
        pct(self.wrongly_refused, self.in_scope)
    }
    /// The summary line, in `score.py`'s format.
    pub fn summary(&self) -> String {
        let n = self.in_scope.max(1);
        format!(
            "top1 {}/{} ({:.0}%) recall@3 {}/{} ({:.0}%) mrr {:.2} | out-of-scope refused {}/{} | in-scope refused {}/{} | flags {}/{} | false flags {}/{}",
            self.top1,
            self.in_scope,
            self.top1_pct(),
            self.recall3,
            self.in_scope,
            self.recall3_pct(),
            self.mrr / n as f64,
            self.refused,
            self.out_of_scope,
            self.wrongly_refused,
            self.in_scope,
            self.flags_present,
            self.flags_needed,
            self.falsely_flagged,
            self.clean
        )
    }
}

/// Reads a question file.
pub fn load_questions(path: &Path) -> Result<Vec<Question>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    serde_json::from_str(&text).map_err(|e| Error::Eval {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

fn accepted(text: &str, accept: &[Vec<String>]) -> bool {
    accept
        .iter()
        .any(|alt| alt.iter().all(|s| text.contains(s.as_str())))
}

fn short(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Scores the engine on a list of questions.
pub fn evaluate(engine: &Engine, questions: &[Question]) -> Report {
    evaluate_with(engine, questions, false)
}

/// Scores the engine, or with `baseline` the plain-BM25 reference.
pub fn evaluate_with(engine: &Engine, questions: &[Question], baseline: bool) -> Report {
    evaluate_in(engine, questions, baseline, None)
}

/// [`evaluate_with`], every question asked in a conversation about the
/// article `context` (see [`Engine::ask_in`]).
pub fn evaluate_in(
    engine: &Engine,
    questions: &[Question],
    baseline: bool,
    context: Option<&str>,
) -> Report {
    let mut r = Report::default();
    for q in questions {
        let question = q.question.replace('\n', " ");
        let a = if baseline {
            engine.ask_baseline(&question, EVAL_TOP)
        } else {
            engine.ask_in(&question, EVAL_TOP, context)
        };
        let first = a.passages.first();
        if !q.in_scope {
            r.out_of_scope += 1;
            if a.covered {
                r.misses.push(format!(
                    "answered out-of-scope: {:?} -> {}",
                    q.question,
                    first.map_or(String::new(), |p| short(&p.text, 60))
                ));
            } else {
                r.refused += 1;
            }
            continue;
        }
        r.in_scope += 1;
        if !a.covered {
            r.wrongly_refused += 1;
            r.misses.push(format!("refused in-scope: {:?}", q.question));
            continue;
        }
        let rank = a
            .passages
            .iter()
            .take(10)
            .position(|p| accepted(&p.text, &q.accept));
        match rank {
            Some(0) => r.top1 += 1,
            _ => r.misses.push(format!(
                "top1 miss: {:?} -> {}",
                q.question,
                first.map_or("nothing".to_string(), |p| short(&p.text, 70))
            )),
        }
        if let Some(k) = rank {
            if k < 3 {
                r.recall3 += 1;
            }
            r.mrr += 1.0 / (k as f64 + 1.0);
        }
        if rank != Some(0) {
            continue;
        }
        let kinds: Vec<FlagKind> =
            first.map_or(Vec::new(), |p| p.flags.iter().map(|f| f.kind).collect());
        let want = q.flag.as_deref().unwrap_or("any");
        let ok = match want {
            "unclear" => Some(kinds.contains(&FlagKind::Unclear)),
            "unconfirmed" => Some(kinds.contains(&FlagKind::Unconfirmed)),
            "flagged" => Some(!kinds.is_empty()),
            _ => None,
        };
        if let Some(ok) = ok {
            r.flags_needed += 1;
            if ok {
                r.flags_present += 1;
            } else {
                r.misses.push(format!(
                    "flag missing ({want}): {:?} kinds={kinds:?}",
                    q.question
                ));
            }
        } else if want == "none" {
            r.clean += 1;
            if !kinds.is_empty() {
                r.falsely_flagged += 1;
                r.misses
                    .push(format!("false flag: {:?} kinds={kinds:?}", q.question));
            }
        }
    }
    r
}
