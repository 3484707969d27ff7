//! The interactive console: the bot's main job without Discord. Plain lines
//! are questions; `/cite ID`, `/company NAME`, `/companies`, `/about` and
//! `/quit` do what the slash commands do. As in a Discord channel, a
//! question follows up on the article of the last answer.

use std::io::{BufRead, IsTerminal, Write};

use citebot::companies::Lookup;
use citebot::{render, Engine};

const HELP: &str = "Type a question about the article, or:\n  /cite ID       quote a passage (e.g. /cite 7)\n  /company NAME  a company's role and passages\n  /companies     the companies the article names\n  /about         what is loaded\n  /quit          leave (or Ctrl-D)\n";

pub fn run(engine: &Engine) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let mut out = std::io::stdout().lock();
    if interactive {
        let a = &engine.corpus.articles;
        let titles: Vec<&str> = a.iter().map(|a| a.title.as_str()).collect();
        writeln!(
            out,
            "citebot console: {} passages from {} (no DISCORD_TOKEN set, so no Discord).\n{HELP}",
            engine.corpus.passages.len(),
            titles.join(", ")
        )?;
    }
    // The article of the last answer: follow-ups keep to it.
    let mut context: Option<String> = None;
    let mut lines = stdin.lock().split(b'\n');
    loop {
        if interactive {
            write!(out, "citebot> ")?;
            out.flush()?;
        }
        let Some(line) = lines.next() else { break };
        let line = String::from_utf8_lossy(&line?).trim().to_string();
        if line.is_empty() {
            continue;
        }
        let (cmd, arg) = match line.strip_prefix('/') {
            Some(rest) => {
                let (c, a) = rest.split_once(' ').unwrap_or((rest, ""));
                (c.to_lowercase(), a.trim().to_string())
            }
            None => (String::new(), line.clone()),
        };
        let reply = match cmd.as_str() {
            "" | "ask" => {
                let a = engine.ask_in(&arg, engine.config.answer.top, context.as_deref());
                if let Some(p) = a.passages.first() {
                    context = Some(p.article.clone());
                }
                render::answer(&a)
            }
            "cite" => match engine.passage(&arg) {
                Some(p) => render::cite(&engine.corpus, p),
                None => format!("No passage {arg:?}. Ids look like 7 or T1.3.\n"),
            },
            "company" => match engine.company(&arg) {
                Lookup::Found(c) => render::company(engine, c),
                Lookup::NotFound { suggestions } if !suggestions.is_empty() => {
                    format!(
                        "No company {arg:?}. Did you mean: {}?\n",
                        suggestions.join(", ")
                    )
                }
                Lookup::NotFound { .. } => format!(
                    "No company {arg:?}. Known: {}\n",
                    engine.companies.names().join(", ")
                ),
            },
            "companies" => render::companies(engine),
            "about" => render::check(engine),
            "quit" | "exit" | "q" => break,
            _ => HELP.to_string(),
        };
        writeln!(out, "{reply}")?;
    }
    Ok(())
}
