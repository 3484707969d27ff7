//! `/reload`, for server managers: re-read the corpus without a restart.

use citebot::Engine;

use crate::bot::{reply, Context, Error};

/// Re-read the article(s); if the new corpus fails to load, the old one keeps serving.
#[poise::command(slash_command, default_member_permissions = "MANAGE_GUILD", guild_only)]
pub async fn reload(ctx: Context<'_>) -> Result<(), Error> {
    let config = ctx.data().config.clone();
    let loaded = tokio::task::spawn_blocking(move || Engine::load(config)).await?;
    let text = match loaded {
        Ok(engine) => {
            let n = engine.corpus.passages.len();
            let a = engine.corpus.articles.len();
            ctx.data().replace_engine(engine);
            tracing::info!(passages = n, articles = a, "corpus reloaded");
            format!("✅ Reloaded: {n} passages from {a} article(s).")
        }
        Err(e) => {
            tracing::warn!(error = %e, "reload failed; keeping the old corpus");
            format!(
                "❌ Reload failed, still serving the old corpus: {}",
                citebot::discord_format::escape(&e.to_string())
            )
        }
    };
    ctx.send(reply::notice(&text)).await?;
    Ok(())
}
