//! `/cite`: a passage verbatim, to back a point in discussion.

use poise::serenity_prelude as serenity;

use citebot::discord_format;

use crate::bot::{checks, reply, Context, Error};

async fn autocomplete_passage(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let engine = ctx.data().engine();
    let choices = discord_format::passage_choices(&engine.corpus, partial)
        .into_iter()
        .map(|(name, id)| serenity::AutocompleteChoice::new(name, id))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Quote a passage of the article in full, with its id and source.
#[poise::command(slash_command)]
pub async fn cite(
    ctx: Context<'_>,
    #[description = "Passage id, e.g. 7 or T1.3 (type words to find one)"]
    #[autocomplete = "autocomplete_passage"]
    #[max_length = 100]
    passage: String,
) -> Result<(), Error> {
    if !checks::may_ask(ctx).await? {
        return Ok(());
    }
    let engine = ctx.data().engine();
    match engine.passage(&passage) {
        Some(p) => {
            let r = discord_format::cite_reply(&engine.corpus, p);
            ctx.send(reply::interaction(&r, false)).await?;
        }
        None => {
            let text = format!(
                "No passage “{}”. Ids look like `7` or `T1.3`; start typing to pick one.",
                discord_format::escape(&passage)
            );
            ctx.send(reply::notice(&text)).await?;
        }
    }
    Ok(())
}
