//! The per-member cooldown (`discord.cooldown_seconds`): a member who asks
//! again too soon gets a short notice instead of an answer.
//!
//! It is called from the commands rather than registered as a poise
//! `check`, because poise runs checks for autocomplete too, and typing in
//! an autocompleted option must not use up the member's turn.

use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

use super::{reply, Context, Data, Error};

/// Most members remembered before old entries are dropped.
const MAX_TRACKED: usize = 10_000;

/// `None` when the member may ask now (and records the time), or how long
/// they still have to wait.
pub fn wait_time(data: &Data, user: serenity::UserId) -> Option<Duration> {
    let window = Duration::from_secs(data.config.discord.cooldown_seconds);
    if window.is_zero() {
        return None;
    }
    let now = Instant::now();
    let mut last = data
        .last_asked
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(&t) = last.get(&user) {
        let elapsed = now.duration_since(t);
        if elapsed < window {
            return Some(window - elapsed);
        }
    }
    if last.len() >= MAX_TRACKED {
        last.retain(|_, t| now.duration_since(*t) < window);
    }
    last.insert(user, now);
    None
}

/// The notice for a member who asked too soon.
pub fn notice(wait: Duration) -> String {
    let secs = wait.as_secs_f32().ceil().max(1.0) as u64;
    format!("⏳ Easy there: you can ask again in {secs} s.")
}

/// Whether the member may ask now; if not, tells them (ephemerally) how
/// long to wait.
pub async fn may_ask(ctx: Context<'_>) -> Result<bool, Error> {
    match wait_time(ctx.data(), ctx.author().id) {
        None => Ok(true),
        Some(wait) => {
            ctx.send(reply::notice(&notice(wait))).await?;
            Ok(false)
        }
    }
}
