//! The engine as a library, in one page: load the bundled article, ask a
//! question, and render the answer for a terminal and for Discord.
//!
//! Run from the repository root:
//!
//!     cargo run --release --example engine -- "What policy changes has OpenAI asked for?"

use citebot::{discord_format, render, Config, Engine};

fn main() -> anyhow::Result<()> {
    // 1. Load: the config's defaults point at `corpus/`, which holds the
    //    sample article. Loading parses the article, flags its sentences,
    //    indexes its passages in RAM and builds the company directory.
    let engine = Engine::load(Config::default())?;
    let question = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let question = if question.is_empty() {
        "What policy changes has OpenAI asked for?".to_string()
    } else {
        question
    };

    // 2. Ask: never fails; an answer is either passages or "not covered".
    let answer = engine.ask(&question);
    println!("covered: {}", answer.covered);

    // 3. Render for a terminal…
    print!("{}", render::answer(&answer));

    // 4. …and for Discord: plain data, escaped and within Discord's limits,
    //    which the bot turns into serenity builders.
    let reply = discord_format::answer_reply(&answer);
    assert!(reply.fits());
    for embed in &reply.embeds {
        println!("--- embed: {}", embed.title);
        for field in &embed.fields {
            println!("[{}]\n{}\n", field.name, field.value);
        }
        if !embed.description.is_empty() {
            println!("{}", embed.description);
        }
    }
    Ok(())
}
