//! The `citebot` command line: the console, one-shot commands over the
//! engine, and the Discord bot (`src/bot/`).

mod bot;
mod console;

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use citebot::companies::Lookup;
use citebot::config::MAX_TOP;
use citebot::{eval, render, suite, Config, Engine};

/// Answers questions about a news article with the article's own passages,
/// cited by id, flagging what the article marks as unclear or unconfirmed.
///
/// With no command: the Discord bot when DISCORD_TOKEN is set, otherwise an
/// interactive console.
#[derive(Debug, Parser)]
#[command(name = "citebot", version, about, long_about = None)]
struct Cli {
    /// Article file or directory of .txt/.md articles [default: corpus/, or `corpus` in the config]
    #[arg(long, global = true, value_name = "PATH")]
    corpus: Option<PathBuf>,
    /// Config file [default: config/citebot.toml, if present]
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Answer a question, or every line of stdin when none is given.
    Ask {
        /// One JSON object per question: {question, covered, passages:[{id, article, section, text, score, flags}]}
        #[arg(long)]
        json: bool,
        /// Passages per answer [default: answer.top in the config, 3]
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=MAX_TOP as i64))]
        top: Option<u8>,
        /// The question; all the words are joined.
        question: Vec<String>,
    },
    /// Show a company's role and the passages about it (any case, typos welcome).
    Company {
        /// Company name or alias.
        #[arg(required = true)]
        name: Vec<String>,
    },
    /// List the companies the article names, with their roles.
    Companies,
    /// Print a passage verbatim, with its id, section and flags.
    Cite {
        /// Passage id: 7, T1.3, or article:7 with several articles.
        id: String,
    },
    /// Load the config and corpus and report what was found.
    Check,
    /// Score answer quality on a question file (format: shared/eval/README.md).
    Eval {
        /// The question file (JSON).
        file: PathBuf,
        /// Also list each miss.
        #[arg(long)]
        fails: bool,
        /// Score plain BM25 instead (paragraph text only, no headings,
        /// corrections or synonyms, never "not covered"): the reference.
        #[arg(long)]
        baseline: bool,
        /// Ask every question in a conversation about this article (its
        /// file stem), as the console and the bot do after an answer from
        /// it.
        #[arg(long, value_name = "ARTICLE")]
        context: Option<String>,
        /// Without the news thesaurus (`data/thesaurus.txt`): what it adds.
        #[arg(long)]
        no_thesaurus: bool,
    },
    /// Score every question set of a manifest: each on its own article, on
    /// the corpus of all of them, and in a conversation about its article.
    Suite {
        /// The manifest (TOML) listing the sets.
        #[arg(default_value = "tests/fixtures/sets.toml")]
        manifest: PathBuf,
        /// Also list each miss on its own article.
        #[arg(long)]
        fails: bool,
        /// Print the README's answer-quality tables (Markdown) instead.
        #[arg(long, conflicts_with = "fails")]
        markdown: bool,
        /// Without the news thesaurus, as on an article whose vocabulary
        /// nobody has read: what the thesaurus adds.
        #[arg(long)]
        no_thesaurus: bool,
    },
}

/// Exit code for a problem with the config, the corpus or an input file.
const EXIT_SETUP: u8 = 2;
/// Exit code for a lookup that found nothing (unknown company or id).
const EXIT_NOT_FOUND: u8 = 1;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let serving =
        cli.command.is_none() && std::env::var("DISCORD_TOKEN").is_ok_and(|t| !t.trim().is_empty());
    init_logging(serving);
    match run(cli) {
        Ok(code) => code,
        // Output piped into `head` and closed: not an error (as ripgrep does).
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            // One line per cause, never a backtrace.
            let mut msg = format!("citebot: {e}");
            for cause in e.chain().skip(1) {
                let cause = cause.to_string();
                if !msg.contains(&cause) {
                    msg.push_str(": ");
                    msg.push_str(&cause);
                }
            }
            eprintln!("{msg}");
            ExitCode::from(EXIT_SETUP)
        }
    }
}

/// Logs go to stderr; `RUST_LOG` sets the level (default: `info` for the
/// bot, `warn` for commands, so their output stays clean).
fn init_logging(serving: bool) {
    let default = if serving { "warn,citebot=info" } else { "warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Config file, then environment, then command-line flags.
fn load_config(cli: &Cli) -> anyhow::Result<Config> {
    let (path, required) = match &cli.config {
        Some(p) => (p.clone(), true),
        None => (PathBuf::from("config/citebot.toml"), false),
    };
    let mut config = Config::load(&path, required)?;
    config.apply_env(|k| std::env::var(k).ok())?;
    if let Some(c) = &cli.corpus {
        config.corpus = c.clone();
    }
    Ok(config)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // A suite names its own corpora: no config or corpus to load.
    if let Some(Command::Suite {
        manifest,
        fails,
        markdown,
        no_thesaurus,
    }) = &cli.command
    {
        let suite = suite::Suite::load(manifest)?;
        let reports = suite::run(&suite, !no_thesaurus)?;
        let text = if *markdown {
            suite::markdown(&suite, &reports)
        } else {
            suite::summary(&suite, &reports, *fails)
        };
        std::io::stdout().lock().write_all(text.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut config = load_config(&cli)?;
    if let Some(Command::Eval { no_thesaurus, .. }) = &cli.command {
        config.answer.thesaurus &= !no_thesaurus;
    }
    let engine = Engine::load(config)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    match cli.command {
        None => {
            drop(out);
            return match std::env::var("DISCORD_TOKEN") {
                Ok(token) if !token.trim().is_empty() => bot::run(engine, token.trim().to_string()),
                _ => console::run(&engine).map(|()| ExitCode::SUCCESS),
            };
        }
        Some(Command::Ask {
            json,
            top,
            question,
        }) => {
            let top = top.map_or(engine.config.answer.top, usize::from);
            let ask = |q: &str, out: &mut dyn Write| -> std::io::Result<()> {
                let a = engine.ask_top(q, top);
                if json {
                    let line = serde_json::to_string(&a).map_err(std::io::Error::other)?;
                    writeln!(out, "{line}")
                } else {
                    write!(out, "{}", render::answer(&a))
                }
            };
            if question.is_empty() {
                let stdin = std::io::stdin();
                for line in stdin.lock().split(b'\n') {
                    let line = line.context("reading questions from stdin")?;
                    let q = String::from_utf8_lossy(&line);
                    ask(q.trim_end_matches('\r'), &mut out)?;
                    out.flush()?;
                }
            } else {
                ask(&question.join(" "), &mut out)?;
            }
        }
        Some(Command::Company { name }) => {
            let name = name.join(" ");
            match engine.company(&name) {
                Lookup::Found(c) => write!(out, "{}", render::company(&engine, c))?,
                Lookup::NotFound { suggestions } => {
                    let hint = if suggestions.is_empty() {
                        format!("known: {}", engine.companies.names().join(", "))
                    } else {
                        format!("did you mean: {}?", suggestions.join(", "))
                    };
                    eprintln!("citebot: no company {name:?} in the article; {hint}");
                    return Ok(ExitCode::from(EXIT_NOT_FOUND));
                }
            }
        }
        Some(Command::Companies) => write!(out, "{}", render::companies(&engine))?,
        Some(Command::Cite { id }) => match engine.passage(&id) {
            Some(p) => write!(out, "{}", render::cite(&engine.corpus, p))?,
            None => {
                let ids: Vec<&str> = engine
                    .corpus
                    .passages
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect();
                eprintln!("citebot: no passage {id:?}; ids are {}", ids.join(", "));
                return Ok(ExitCode::from(EXIT_NOT_FOUND));
            }
        },
        Some(Command::Check) => write!(out, "{}", render::check(&engine))?,
        Some(Command::Eval {
            file,
            fails,
            baseline,
            context,
            ..
        }) => {
            let questions = eval::load_questions(&file)?;
            if let Some(c) = context.as_deref() {
                if engine.article_index(c).is_none() {
                    let stems: Vec<&str> = engine
                        .corpus
                        .articles
                        .iter()
                        .map(|a| a.stem.as_str())
                        .collect();
                    eprintln!(
                        "citebot: no article {c:?}; articles are {}",
                        stems.join(", ")
                    );
                    return Ok(ExitCode::from(EXIT_SETUP));
                }
            }
            let report = eval::evaluate_in(&engine, &questions, baseline, context.as_deref());
            if fails {
                for m in &report.misses {
                    writeln!(out, "  {m}")?;
                }
            }
            writeln!(out, "{}", report.summary())?;
        }
        Some(Command::Suite { .. }) => unreachable!("handled before the engine loads"),
    }
    Ok(ExitCode::SUCCESS)
}
