//! The Discord bot (serenity + poise).

use std::process::ExitCode;

use citebot::Engine;

pub fn run(_engine: Engine, _token: String) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the Discord bot is not built yet; unset DISCORD_TOKEN to use the console")
}
