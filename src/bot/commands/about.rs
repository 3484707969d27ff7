//! `/about`: what the bot has loaded and how to use it.

use citebot::discord_format;

use crate::bot::{reply, Context, Error};

/// The article, what was found in it, and how to use this bot.
#[poise::command(slash_command)]
pub async fn about(ctx: Context<'_>) -> Result<(), Error> {
    let engine = ctx.data().engine();
    let r = discord_format::about_reply(&engine);
    ctx.send(reply::interaction(&r, true)).await?;
    Ok(())
}
