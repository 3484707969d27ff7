//! The engine's Discord-format replies ([`citebot::discord_format`]) as
//! serenity/poise builders, with mentions always off.

use poise::serenity_prelude as serenity;

use citebot::discord_format::{Embed, Reply};

/// Allowed mentions for every message the bot sends: nobody, not even the
/// member being replied to. `@everyone` in a question pings no one.
pub fn no_mentions() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
        .empty_users()
        .empty_roles()
        .replied_user(false)
}

fn embed(e: &Embed) -> serenity::CreateEmbed {
    let mut b = serenity::CreateEmbed::new().title(&e.title).colour(e.color);
    if !e.description.is_empty() {
        b = b.description(&e.description);
    }
    if let Some(url) = &e.url {
        b = b.url(url);
    }
    for f in &e.fields {
        b = b.field(&f.name, &f.value, false);
    }
    if let Some(footer) = &e.footer {
        b = b.footer(serenity::CreateEmbedFooter::new(footer));
    }
    b
}

/// A reply to a slash command or context-menu command.
pub fn interaction(r: &Reply, ephemeral: bool) -> poise::CreateReply {
    let b = poise::CreateReply::default()
        .ephemeral(ephemeral)
        .allowed_mentions(no_mentions());
    let b = if r.content.is_empty() {
        b
    } else {
        b.content(&r.content)
    };
    r.embeds.iter().fold(b, |b, e| b.embed(embed(e)))
}

/// A short ephemeral text reply.
pub fn notice(text: &str) -> poise::CreateReply {
    poise::CreateReply::default()
        .content(citebot::discord_format::truncate(
            text,
            citebot::discord_format::MAX_CONTENT,
        ))
        .ephemeral(true)
        .allowed_mentions(no_mentions())
}

/// A channel message replying to `to`.
pub fn message(r: &Reply, to: &serenity::Message) -> serenity::CreateMessage {
    let b = serenity::CreateMessage::new()
        .reference_message(to)
        .allowed_mentions(no_mentions());
    let b = if r.content.is_empty() {
        b
    } else {
        b.content(&r.content)
    };
    r.embeds.iter().fold(b, |b, e| b.embed(embed(e)))
}
