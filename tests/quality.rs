//! Answer quality as a test: the development questions from
//! `../shared/eval` (copied to `tests/fixtures/`) and our own, scored in
//! process with the same figures as `score.py`. The floors are what the
//! engine reaches now, so quality cannot silently regress.

use std::path::Path;

use citebot::eval::{evaluate, load_questions, Report};
use citebot::{Config, Engine};

fn engine() -> Engine {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = Config {
        corpus: root.join("corpus"),
        ..Config::default()
    };
    Engine::load(config).expect("sample corpus loads")
}

fn report(file: &str) -> Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(file);
    let questions = load_questions(&path).expect("question file");
    let r = evaluate(&engine(), &questions);
    eprintln!("{file}: {}\n{}", r.summary(), r.misses.join("\n"));
    r
}

#[test]
fn development_questions_floor() {
    let r = report("dev-questions.json");
    assert_eq!(r.in_scope, 17);
    assert!(r.top1 >= 16, "top-1 {}/17", r.top1);
    assert!(r.recall3 >= 17, "recall@3 {}/17", r.recall3);
    assert_eq!(
        r.refused, r.out_of_scope,
        "every out-of-scope question refused"
    );
    assert_eq!(r.wrongly_refused, 0);
    assert_eq!(
        r.flags_present, r.flags_needed,
        "every required flag present"
    );
    assert_eq!(r.falsely_flagged, 0, "no clean passage flagged");
}

#[test]
fn own_questions_floor() {
    let r = report("extra-questions.json");
    assert_eq!((r.in_scope, r.out_of_scope), (28, 16));
    assert!(r.top1 >= 25, "top-1 {}/{}", r.top1, r.in_scope);
    assert!(r.recall3 >= 28, "recall@3 {}/{}", r.recall3, r.in_scope);
    assert!(r.refused >= 15, "refused {}/{}", r.refused, r.out_of_scope);
    assert_eq!(r.wrongly_refused, 0, "in-scope refused");
    assert_eq!(r.flags_present, r.flags_needed);
    assert_eq!(r.falsely_flagged, 0);
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
    assert_eq!(text.trim(), report("dev-questions.json").summary());
}
