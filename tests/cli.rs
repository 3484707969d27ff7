//! The `citebot` binary, run as a user would, on the sample article and on a
//! second article written for these tests (front matter, Markdown headings,
//! other furniture and other hedges).

use assert_cmd::Command;
use serde_json::Value;

const SAMPLE: &str = "corpus/azure-china-ai.txt";
const OTHER: &str = "tests/fixtures/articles/harbor-cranes.md";

fn citebot() -> Command {
    let mut c = Command::cargo_bin("citebot").expect("binary builds");
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DISCORD_TOKEN")
        .env_remove("RUST_LOG");
    for k in [
        "CITEBOT_CORPUS",
        "CITEBOT_TOP",
        "CITEBOT_ANSWER_CHANNELS",
        "CITEBOT_GUILD_ID",
    ] {
        c.env_remove(k);
    }
    c
}

fn stdout(c: &mut Command) -> String {
    let out = c.output().expect("runs");
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Runs citebot with `args`, expects exit code `code`, returns stderr.
fn fails(args: &[&str], code: i32) -> String {
    let out = citebot().args(args).output().expect("runs");
    assert_eq!(out.status.code(), Some(code), "{args:?}");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    err
}

fn ask_json(corpus: &str, questions: &str) -> Vec<Value> {
    let out = stdout(
        citebot()
            .args(["--corpus", corpus, "ask", "--json"])
            .write_stdin(questions),
    );
    out.lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

#[test]
fn check_reports_the_sample_article() {
    let out = stdout(citebot().arg("check"));
    assert!(
        out.contains("6 sections, 17 paragraphs, 1 table with 6 rows"),
        "{out}"
    );
    assert!(
        out.contains("\"You might also like\" — no sentence in it"),
        "{out}"
    );
    assert!(out.contains("Log in to comment"), "{out}");
    assert!(
        !out.contains("§ KlipyHave"),
        "furniture question is no section: {out}"
    );
}

#[test]
fn check_reports_the_other_article() {
    let out = stdout(citebot().args(["--corpus", OTHER, "check"]));
    assert!(
        out.contains("3 sections, 5 paragraphs, 1 table with 3 rows"),
        "{out}"
    );
    assert!(out.contains("Port of Valdmar weighs a driverless crane deal"));
    assert!(out.contains("source: https://example.org/news/valdmar-cranes"));
    for furniture in [
        "Advertisement",
        "Share this article",
        "All rights reserved",
        "Tags: ports",
    ] {
        assert!(
            out.contains(furniture),
            "{furniture} reported as skipped: {out}"
        );
    }
}

#[test]
fn ask_json_follows_the_contract() {
    let a = &ask_json(SAMPLE, "What policy changes has OpenAI asked for?\n")[0];
    assert_eq!(a["question"], "What policy changes has OpenAI asked for?");
    assert_eq!(a["covered"], true);
    let p = &a["passages"][0];
    assert_eq!(p["id"], "11");
    assert_eq!(p["article"], "azure-china-ai");
    assert_eq!(
        p["section"],
        "What is model distillation, and why is OpenAI worried?"
    );
    assert!(p["text"]
        .as_str()
        .unwrap_or("")
        .starts_with("It is unclear which specific policy changes"));
    assert!(p["score"].as_f64().unwrap_or(0.0) > 0.0);
    let flag = &p["flags"][0];
    assert_eq!(flag["kind"], "unclear");
    assert_eq!(flag["cue"], "It is unclear");
    assert_eq!(
        flag["sentence"],
        "It is unclear which specific policy changes OpenAI has sought."
    );
    assert!(a["passages"].as_array().map_or(0, Vec::len) <= 3);
}

#[test]
fn top_limits_the_passages() {
    let out = stdout(citebot().args([
        "ask",
        "--json",
        "--top",
        "1",
        "Who",
        "is",
        "Microsoft's",
        "largest",
        "AI",
        "customer?",
    ]));
    let a: Value = serde_json::from_str(out.trim()).expect("json");
    assert_eq!(a["passages"].as_array().map(Vec::len), Some(1));
    assert_eq!(a["passages"][0]["id"], "1");
    citebot()
        .args(["ask", "--top", "0", "x"])
        .assert()
        .failure()
        .code(2);
}

#[test]
fn out_of_scope_questions_are_not_covered() {
    let answers = ask_json(
        SAMPLE,
        "What is the capital of France?\nhello\nDoes Samsung sell chips to China?\nok thanks\n",
    );
    assert_eq!(answers.len(), 4);
    for a in answers {
        assert_eq!(a["covered"], false, "{a}");
        assert_eq!(a["passages"].as_array().map(Vec::len), Some(0));
    }
    let out = stdout(citebot().args(["ask", "What is the capital of France?"]));
    assert!(out.starts_with("Not covered:"), "{out}");
    // The note names what the article never mentions, so members can rephrase.
    let out = stdout(citebot().args([
        "--corpus",
        "tests/fixtures/unseen",
        "ask",
        "What happens to the excavated rock?",
    ]));
    assert_eq!(
        out.trim(),
        "Not covered: The article never mentions “excavated”."
    );
}

#[test]
fn chat_input_is_never_query_syntax() {
    let long = "distillation ".repeat(800);
    let odd = [
        "",
        "-",
        "*",
        "\"\"\"",
        "(((",
        "a:b:c",
        "NOT AND OR",
        "-distillation",
        "distillation*",
        "\"model distillation\" AND (OpenAI OR -Microsoft)",
        "🤖🔥 ¿qué?",
        "\u{0}\u{1}",
        &long,
        "@everyone what is distillation?",
        "<@123> ||spoiler|| `code` **bold**",
    ];
    let input: String = odd.iter().map(|q| format!("{q}\n")).collect();
    let answers = ask_json(SAMPLE, &input);
    assert_eq!(answers.len(), odd.len());
    for a in &answers[..8] {
        assert!(a["passages"].as_array().is_some());
    }
    // "-distillation" is the word, not "everything but it".
    assert_eq!(answers[7]["passages"][0]["id"], "10");
    assert_eq!(
        answers[12]["passages"][0]["id"], "10",
        "a long paste is still answered"
    );
}

#[test]
fn invalid_utf8_on_stdin_is_answered_not_fatal() {
    let out = citebot()
        .args(["ask", "--json"])
        .write_stdin(b"distillation \xff\xfe?\n".to_vec())
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn human_output_marks_flags() {
    let out = stdout(citebot().args(["ask", "Did Microsoft comment on the report?"]));
    assert!(
        out.contains("[16] How does Microsoft operate in China?"),
        "{out}"
    );
    assert!(
        out.contains("⚠ Unconfirmed (\"declined to comment\")"),
        "{out}"
    );
    assert!(out.contains("⚠ Unclear (\"It remains unclear\")"), "{out}");
}

#[test]
fn cite_prints_the_passage_verbatim() {
    let out = stdout(citebot().args(["cite", "T1.4"]));
    assert!(
        out.starts_with("[T1.4] What are the key players and their roles?\n"),
        "{out}"
    );
    assert!(out.contains("Meituan — Role: Azure AI spender"));
    let out = stdout(citebot().args(["cite", "#5"]));
    assert!(out
        .contains("Brad Smith told Congress that China accounted for only about 1.5% of overall"));
    let err = fails(&["cite", "99"], 1);
    assert!(err.contains("no passage \"99\""), "{err}");
}

#[test]
fn company_lookup_with_aliases_and_typos() {
    for name in ["Tencent", "tencent holdings", "Tencnet"] {
        let out = stdout(citebot().args(["company", name]));
        assert!(out.starts_with("Tencent Holdings\n"), "{name}: {out}");
        assert!(out.contains("role: Azure AI spender"), "{out}");
    }
    let out = stdout(citebot().args(["company", "Meitaun"]));
    assert!(out.starts_with("Meituan\n"), "{out}");
    let out = stdout(citebot().args(["company", "anthropic"]));
    assert!(out.contains("not in the key-players table"), "{out}");
    assert!(out.contains("[14]"), "passages about it: {out}");
    let err = fails(&["company", "Samsung"], 1);
    assert!(err.contains("no company \"Samsung\""), "{err}");
    let err = fails(&["company", "Bytedanse", "Inc"], 1);
    assert!(err.contains("did you mean: ByteDance"), "{err}");
}

#[test]
fn companies_lists_table_and_text_names() {
    let out = stdout(citebot().arg("companies"));
    for name in [
        "Microsoft",
        "ByteDance",
        "Ant Group",
        "Meituan",
        "Tencent Holdings",
        "OpenAI",
        "Anthropic",
    ] {
        assert!(out.contains(name), "{name}: {out}");
    }
    assert_eq!(out.lines().count(), 7, "{out}");
}

#[test]
fn setup_errors_name_the_file_and_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();

    let err = fails(&["--corpus", &path("nope"), "check"], 2);
    assert!(
        err.contains("nope") && err.contains("corpus not found"),
        "{err}"
    );

    std::fs::create_dir(path("empty")).expect("mkdir");
    let err = fails(&["--corpus", &path("empty"), "check"], 2);
    assert!(err.contains("no .txt or .md article"), "{err}");

    std::fs::write(path("bad.txt"), b"Some text \xff here.\n").expect("write");
    let err = fails(&["--corpus", &path("bad.txt"), "check"], 2);
    assert!(
        err.contains("bad.txt") && err.contains("not valid UTF-8"),
        "{err}"
    );

    std::fs::write(path("c.toml"), "corpus = 3\n").expect("write");
    let err = fails(&["--config", &path("c.toml"), "check"], 2);
    assert!(
        err.contains("c.toml") && err.contains("invalid config"),
        "{err}"
    );

    let err = fails(&["--config", &path("none.toml"), "check"], 2);
    assert!(err.contains("none.toml"), "{err}");
}

#[test]
fn several_articles_answer_from_the_right_one_with_prefixed_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(SAMPLE, dir.path().join("azure-china-ai.txt")).expect("copy");
    std::fs::copy(OTHER, dir.path().join("harbor-cranes.md")).expect("copy");
    let corpus = dir.path().to_str().unwrap_or_default();
    let answers = ask_json(
        corpus,
        "What is model distillation?\nWho is the front-runner for the crane contract?\n",
    );
    assert_eq!(answers[0]["passages"][0]["id"], "azure-china-ai:10");
    assert_eq!(answers[1]["passages"][0]["article"], "harbor-cranes");
    assert!(answers[1]["passages"][0]["id"]
        .as_str()
        .unwrap_or("")
        .starts_with("harbor-cranes:"));
    let out = stdout(citebot().args(["--corpus", corpus, "cite", "harbor-cranes:T1.2"]));
    assert!(
        out.contains("Kessler Automation — Role: Rival bidder; Stake: Supplier"),
        "{out}"
    );
}

#[test]
fn other_article_hedges_are_flagged() {
    let answers = ask_json(
        OTHER,
        "When will the board vote?\nHow much cheaper was the rival bid?\nHow much will the project cost?\n",
    );
    let kinds = |a: &Value| -> Vec<String> {
        a["passages"][0]["flags"]
            .as_array()
            .map_or(Vec::new(), |f| {
                f.iter()
                    .map(|x| x["kind"].as_str().unwrap_or("").to_string())
                    .collect()
            })
    };
    assert_eq!(answers[0]["passages"][0]["id"], "4");
    assert!(kinds(&answers[0]).contains(&"unclear".to_string()));
    assert_eq!(answers[1]["passages"][0]["id"], "2");
    assert!(kinds(&answers[1]).contains(&"unconfirmed".to_string()));
    assert_eq!(answers[2]["passages"][0]["id"], "1");
    assert!(kinds(&answers[2]).is_empty(), "a plain fact is not flagged");
}

#[test]
fn console_answers_typed_questions() {
    let out = stdout(
        citebot().write_stdin("What is model distillation?\n/cite 3\n/company bytedance\n/quit\n"),
    );
    assert!(out.contains("[10] What is model distillation"), "{out}");
    assert!(
        out.contains("[3] How fast is Azure's AI business growing in China?"),
        "{out}"
    );
    assert!(
        out.contains("ByteDance\n  role: Microsoft's largest AI customer"),
        "{out}"
    );
}

#[test]
fn what_is_it_about_is_answered_by_each_lead() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(SAMPLE, dir.path().join("azure-china-ai.txt")).expect("copy");
    std::fs::copy(OTHER, dir.path().join("harbor-cranes.md")).expect("copy");
    let corpus = dir.path().to_str().unwrap_or_default();
    let answers = ask_json(corpus, "what is this article about?\ntl;dr\n");
    for a in &answers {
        assert_eq!(a["covered"], true, "{a}");
        let ids: Vec<&str> = a["passages"]
            .as_array()
            .map(|ps| ps.iter().filter_map(|p| p["id"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(ids, ["azure-china-ai:1", "harbor-cranes:1"], "{a}");
    }
}

#[test]
fn console_follow_ups_keep_to_the_article_under_discussion() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(SAMPLE, dir.path().join("azure-china-ai.txt")).expect("copy");
    std::fs::copy(
        "tests/fixtures/stadium/stadium-vote.md",
        dir.path().join("stadium-vote.md"),
    )
    .expect("copy");
    let corpus = dir.path().to_str().unwrap_or_default();
    // Alone, "Who declined to comment?" fits the sample article best.
    let alone = stdout(
        citebot()
            .args(["--corpus", corpus])
            .write_stdin("Who declined to comment?\n"),
    );
    assert!(alone.starts_with("[azure-china-ai:"), "{alone}");
    // After a question on the stadium vote, it follows up on that article;
    // so does "what is it about?".
    let out = stdout(
        citebot()
            .args(["--corpus", corpus])
            .env("CITEBOT_TOP", "1")
            .write_stdin("How did the council vote?\nWho declined to comment?\ntl;dr\n"),
    );
    let firsts: Vec<&str> = out.lines().filter(|l| l.starts_with('[')).collect();
    assert_eq!(firsts.len(), 3, "{out}");
    assert!(
        firsts.iter().all(|l| l.starts_with("[stadium-vote:")),
        "{firsts:?}\n{out}"
    );
}

#[test]
fn eval_in_the_context_of_an_article() {
    let out = stdout(citebot().args([
        "--corpus",
        "tests/fixtures/multi",
        "eval",
        "tests/fixtures/stadium-questions.json",
        "--context",
        "stadium-vote",
    ]));
    assert!(out.starts_with("top1 "), "{out}");
    let err = fails(
        &[
            "--corpus",
            "tests/fixtures/multi",
            "eval",
            "tests/fixtures/stadium-questions.json",
            "--context",
            "no-such-article",
        ],
        2,
    );
    assert!(err.contains("no article \"no-such-article\""), "{err}");
}

/// `citebot suite` scores every set of a manifest, each on its article, on
/// the corpus of all of them and in context, and prints the README's tables
/// with `--markdown`; a bad manifest is named in the error.
#[test]
fn suite_scores_every_set_of_a_manifest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = env!("CARGO_MANIFEST_DIR");
    let fixtures = format!("{root}/tests/fixtures");
    std::fs::copy(
        format!("{fixtures}/harbor-questions.json"),
        dir.path().join("harbor-questions.json"),
    )
    .expect("copy");
    let manifest = dir.path().join("sets.toml");
    std::fs::write(
        &manifest,
        format!(
            r#"multi = "{fixtures}/articles"
context = [0, 0]

[[set]]
name = "harbor"
title = "harbor article"
corpus = "{fixtures}/articles"
article = "harbor-cranes"
questions = [12, 4]
floors = [0, 0, 0, 0]
multi = [0, 0, 0, 0]
first_run = {{ ours = [6, 9, 3, 2], bm25 = [7, 10, 0, 0], batch = 1 }}
"#
        ),
    )
    .expect("write");
    let manifest = manifest.to_string_lossy().into_owned();
    let out = stdout(citebot().args(["suite", &manifest]));
    assert!(out.lines().any(|l| l.starts_with("harbor ")), "{out}");
    assert!(out.contains("other articles:"), "{out}");

    let md = stdout(citebot().args(["suite", &manifest, "--markdown"]));
    // The first run as recorded, summed; the set as it stands now.
    assert!(
        md.contains("| harbor article | 50% · 75% · 3/4 · 2/12 | 58% · 83% · 0/4 · 0/12 |"),
        "{md}"
    );
    assert!(
        md.contains("| **all 1 new articles' first runs** |"),
        "{md}"
    );
    assert!(
        md.contains("| harbor article, all 1 articles at once |"),
        "{md}"
    );

    std::fs::write(
        dir.path().join("bad.toml"),
        "multi = \"x\"\n[[set]]\nname = 3\n",
    )
    .expect("write");
    let bad = dir.path().join("bad.toml").to_string_lossy().into_owned();
    let err = fails(&["suite", &bad], 2);
    assert!(
        err.contains("bad.toml") && err.contains("invalid question-set manifest"),
        "{err}"
    );
}

/// A question starting "When" is answered only by a passage that states a
/// time ("until at least Friday") or says it is unclear, not by one that
/// merely names the thing asked about.
#[test]
fn when_questions_need_a_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("heist.txt");
    std::fs::write(
        &article,
        "Jewels stolen from city museum in night raid\n\n\
         Thieves broke into the city museum overnight and took six jewels, police said on Monday.\n\n\
         The museum will remain closed until at least Friday while detectives examine the scene.\n\n\
         The stolen jewels had been due to travel to the Australian Open trophy exhibition.\n",
    )
    .expect("write");
    let corpus = article.to_string_lossy().into_owned();
    let answers = ask_json(
        &corpus,
        "When will the museum reopen?\nWhen is the Australian Open?\n",
    );
    let first = answers[0]["passages"][0]["text"].as_str().unwrap_or("");
    assert!(first.contains("until at least Friday"), "{}", answers[0]);
    assert_eq!(answers[1]["covered"], false, "{}", answers[1]);
}
