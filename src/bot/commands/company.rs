//! `/company`: a company's role and the passages about it.

use poise::serenity_prelude as serenity;

use citebot::companies::Lookup;
use citebot::discord_format;

use crate::bot::{checks, reply, Context, Error};

async fn autocomplete_company(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let engine = ctx.data().engine();
    let choices = discord_format::company_choices(&engine, partial)
        .into_iter()
        .map(serenity::AutocompleteChoice::from)
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// A company's role in the article and what the article says about it.
#[poise::command(slash_command)]
pub async fn company(
    ctx: Context<'_>,
    #[description = "Company name (typos are fine)"]
    #[autocomplete = "autocomplete_company"]
    #[max_length = 100]
    name: String,
) -> Result<(), Error> {
    if !checks::may_ask(ctx).await? {
        return Ok(());
    }
    let engine = ctx.data().engine();
    match engine.company(&name) {
        Lookup::Found(c) => {
            let r = discord_format::company_reply(&engine, c);
            ctx.send(reply::interaction(&r, false)).await?;
        }
        Lookup::NotFound { suggestions } => {
            let hint = if suggestions.is_empty() {
                format!("It names: {}.", engine.companies.names().join(", "))
            } else {
                format!("Did you mean {}?", suggestions.join(", "))
            };
            let text = format!(
                "The article names no company “{}”. {}",
                discord_format::escape(&name),
                discord_format::escape(&hint)
            );
            ctx.send(reply::notice(&text)).await?;
        }
    }
    Ok(())
}
