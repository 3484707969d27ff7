//! The Discord bot: serenity + poise glue over the engine. Commands live in
//! `commands/` (one file per group), channel messages in `events.rs`, the
//! cooldown in `checks.rs`, and the conversion of the engine's
//! Discord-format replies to serenity builders in `reply.rs`. Nothing here
//! searches or formats passages: that is the engine's job.

mod checks;
mod commands;
mod events;
mod reply;

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Instant;

use anyhow::Context as _;
use poise::serenity_prelude as serenity;

use citebot::{Answer, Config, Engine};

/// Shared state of the running bot.
pub struct Data {
    /// The engine serving answers; `/reload` swaps in a new one.
    engine: RwLock<Arc<Engine>>,
    /// The configuration the bot started with (corpus path, channels, …).
    config: Config,
    /// When each member last asked something, for the cooldown.
    last_asked: Mutex<HashMap<serenity::UserId, Instant>>,
    /// Per channel, the article (file stem) of the last answer shown there:
    /// with several articles, a follow-up ("Who voted against it?") keeps
    /// to it.
    conversations: Mutex<HashMap<serenity::ChannelId, String>>,
}

impl Data {
    /// The engine now serving (cheap: an `Arc` clone).
    pub fn engine(&self) -> Arc<Engine> {
        self.engine
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Answers a question asked in a channel, following up on the article
    /// the channel last discussed. A `shown` answer (one the channel sees,
    /// not an ephemeral one) moves the conversation to its article.
    pub fn ask_in_channel(
        &self,
        channel: serenity::ChannelId,
        question: &str,
        shown: bool,
    ) -> Answer {
        let conversations = || {
            self.conversations
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        };
        let engine = self.engine();
        let context = conversations().get(&channel).cloned();
        let answer = engine.ask_in(question, engine.config.answer.top, context.as_deref());
        if let Some(p) = answer.passages.first().filter(|_| shown) {
            conversations().insert(channel, p.article.clone());
        }
        answer
    }

    fn replace_engine(&self, engine: Engine) {
        *self.engine.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(engine);
    }
}

pub type Error = anyhow::Error;
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// Runs the bot until it is stopped (Ctrl-C) or Discord refuses it.
pub fn run(engine: Engine, token: String) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(engine, token))
}

async fn serve(engine: Engine, token: String) -> anyhow::Result<ExitCode> {
    let config = engine.config.clone();
    let mut http = serenity::HttpBuilder::new(&token);
    if let Some(url) = &config.discord.api_url {
        // The rate limiter ignores the proxy setting and would still call
        // discord.com, so it is off: the proxy (or test server) owns the
        // rate limits.
        http = http
            .proxy(url.trim_end_matches('/'))
            .ratelimiter_disabled(true);
        tracing::info!(api_url = %url, "sending REST calls to the configured API URL");
    }
    let http = http.build();
    drop(token);

    // One clear line for a bad token, before any gateway work. Only a 401
    // or an unreachable API stops the bot; any other answer (a proxy or a
    // test server without this route) is logged and the gateway decides.
    match http.get_current_user().await {
        Ok(me) => tracing::info!(user = %me.name, id = %me.id, "token accepted"),
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r))) => {
            if r.status_code.as_u16() == 401 {
                anyhow::bail!("DISCORD_TOKEN was rejected by Discord (401 Unauthorized); copy the bot token again from the Developer Portal");
            }
            tracing::warn!(status = %r.status_code, "GET /users/@me failed; connecting to the gateway anyway");
        }
        Err(serenity::Error::Http(serenity::HttpError::Request(e))) => {
            let url = config
                .discord
                .api_url
                .as_deref()
                .unwrap_or("https://discord.com");
            return Err(
                anyhow::Error::new(e).context(format!("cannot reach the Discord API at {url}"))
            );
        }
        Err(e) => {
            tracing::warn!(error = %e, "checking the token failed; connecting to the gateway anyway")
        }
    }

    let mut intents = serenity::GatewayIntents::GUILDS
        | serenity::GatewayIntents::GUILD_MESSAGES
        | serenity::GatewayIntents::DIRECT_MESSAGES;
    if !config.discord.answer_channels.is_empty() {
        // Privileged: must be enabled for the application (see README).
        intents |= serenity::GatewayIntents::MESSAGE_CONTENT;
    }

    let guild = config.discord.guild_id;
    let data = Data {
        engine: RwLock::new(Arc::new(engine)),
        config,
        last_asked: Mutex::new(HashMap::new()),
        conversations: Mutex::new(HashMap::new()),
    };
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: commands::all(),
            on_error: |error| Box::pin(on_error(error)),
            event_handler: |framework, event| Box::pin(events::handle(framework, event)),
            allowed_mentions: Some(reply::no_mentions()),
            initialize_owners: false,
            ..Default::default()
        })
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                match guild {
                    Some(g) => {
                        poise::builtins::register_in_guild(
                            ctx,
                            commands,
                            serenity::GuildId::new(g),
                        )
                        .await?;
                        tracing::info!(guild = g, "commands registered in the guild");
                    }
                    None => {
                        poise::builtins::register_globally(ctx, commands).await?;
                        tracing::info!(
                            "commands registered globally (may take up to an hour to appear)"
                        );
                    }
                }
                tracing::info!(user = %ready.user.name, "ready");
                Ok(data)
            })
        })
        .build();

    let mut client = serenity::ClientBuilder::new_with_http(http, intents)
        .framework(framework)
        .await
        .context("building the Discord client")?;

    let shards = client.shard_manager.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            tracing::info!("shutting down");
            shards.shutdown_all().await;
        }
    });

    match client.start().await {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(serenity::Error::Gateway(e)) => {
            anyhow::bail!("Discord closed the connection: {e} (check DISCORD_TOKEN and the intents enabled for the application)")
        }
        Err(e) => Err(e).context("the Discord client stopped"),
    }
}

/// Errors in commands are logged and the bot keeps serving; the member sees
/// a short notice where one can still be sent.
async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
            tracing::error!(command = %ctx.command().qualified_name, error = %format!("{error:#}"), "command failed");
        }
        poise::FrameworkError::EventHandler { error, event, .. } => {
            tracing::error!(event = %event.snake_case_name(), error = %format!("{error:#}"), "event handler failed");
        }
        poise::FrameworkError::Setup { error, .. } => {
            tracing::error!(error = %format!("{error:#}"), "setup failed (registering commands)");
        }
        other => {
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::error!(error = %e, "could not report an error");
            }
        }
    }
}
