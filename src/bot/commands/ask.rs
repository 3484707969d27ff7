//! `/ask` and the "Find in article" message command.

use poise::serenity_prelude as serenity;

use citebot::discord_format;

use crate::bot::{checks, reply, Context, Error};

/// Ask a question about the article; the answer quotes its passages.
#[poise::command(slash_command)]
pub async fn ask(
    ctx: Context<'_>,
    #[description = "Your question about the article"]
    #[max_length = 1000]
    question: String,
    #[description = "Only you see the answer (default: everyone in the channel)"] private: Option<
        bool,
    >,
) -> Result<(), Error> {
    if !checks::may_ask(ctx).await? {
        return Ok(());
    }
    let private = private.unwrap_or(false);
    let answer = ctx
        .data()
        .ask_in_channel(ctx.channel_id(), &question, !private);
    let r = discord_format::answer_reply(&answer);
    ctx.send(reply::interaction(&r, private)).await?;
    Ok(())
}

/// On any message: the passages of the article that bear on what it says.
/// Shown only to the member who asked, so a lookup adds no noise.
#[poise::command(context_menu_command = "Find in article")]
pub async fn find_in_article(
    ctx: Context<'_>,
    #[description = "The message to look up"] message: serenity::Message,
) -> Result<(), Error> {
    if !checks::may_ask(ctx).await? {
        return Ok(());
    }
    let answer = ctx
        .data()
        .ask_in_channel(ctx.channel_id(), &message.content, false);
    let r = discord_format::answer_reply(&answer);
    ctx.send(reply::interaction(&r, true)).await?;
    Ok(())
}
