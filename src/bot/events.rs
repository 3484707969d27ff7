//! Channel messages: a member who mentions the bot gets a reply; in the
//! configured answer channels every question (a message ending in `?`) is
//! answered without a mention, and a question the article does not cover
//! gets no reply there (no noise).

use poise::serenity_prelude as serenity;

use citebot::discord_format;

use super::{checks, reply, Data, Error};

pub async fn handle(
    framework: poise::FrameworkContext<'_, Data, Error>,
    event: &serenity::FullEvent,
) -> Result<(), Error> {
    match event {
        serenity::FullEvent::Message { new_message } => {
            on_message(framework.serenity_context, framework.user_data, new_message).await
        }
        serenity::FullEvent::Ready { data_about_bot } => {
            tracing::info!(user = %data_about_bot.user.name, "gateway session ready");
            Ok(())
        }
        serenity::FullEvent::Resume { .. } => {
            tracing::info!("gateway session resumed");
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The message without mentions of the bot (`<@id>`, `<@!id>`).
fn strip_mentions(content: &str, me: serenity::UserId) -> String {
    content
        .replace(&format!("<@{me}>"), " ")
        .replace(&format!("<@!{me}>"), " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

async fn on_message(
    ctx: &serenity::Context,
    data: &Data,
    msg: &serenity::Message,
) -> Result<(), Error> {
    if msg.author.bot || msg.webhook_id.is_some() {
        return Ok(());
    }
    let me = ctx.cache.current_user().id;
    let mentioned = msg.mentions_user_id(me);
    let question = strip_mentions(&msg.content, me);
    let in_channel = data
        .config
        .discord
        .answer_channels
        .contains(&msg.channel_id.get());
    let asked_in_channel = in_channel && question.ends_with('?');
    if !(mentioned || asked_in_channel) {
        return Ok(());
    }
    if let Some(wait) = checks::wait_time(data, msg.author.id) {
        if mentioned {
            let r = discord_format::Reply {
                content: checks::notice(wait),
                embeds: Vec::new(),
            };
            msg.channel_id
                .send_message(&ctx.http, reply::message(&r, msg))
                .await?;
        }
        return Ok(());
    }
    // Only a covered answer is shown in an answer channel; a mention
    // always gets a reply.
    let answer = data.ask_in_channel(msg.channel_id, &question, true);
    let r = if answer.covered {
        discord_format::answer_reply(&answer)
    } else if mentioned {
        discord_format::Reply {
            content: discord_format::not_covered_line(&answer),
            embeds: Vec::new(),
        }
    } else {
        return Ok(());
    };
    msg.channel_id
        .send_message(&ctx.http, reply::message(&r, msg))
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_of_the_bot_are_removed() {
        let me = serenity::UserId::new(42);
        assert_eq!(
            strip_mentions("<@42> what is  distillation?", me),
            "what is distillation?"
        );
        assert_eq!(strip_mentions("hey <@!42>, why?", me), "hey , why?");
        assert_eq!(strip_mentions("<@43> hi", me), "<@43> hi");
    }
}
