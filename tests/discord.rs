//! End to end, offline: the real `citebot` binary (serenity + poise) against
//! the local Discord-compatible server in `tests/support/discord.rs`,
//! configured only through `CITEBOT_DISCORD_API_URL` and `DISCORD_TOKEN`.
//! Every assertion is on what the server received.

mod support;

use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::{json, Value};
use support::discord::{self, FakeDiscord, APP_ID, BOT_ID, GUILD_ID};

const TOKEN: &str = "test-token-3f9a.Zk_secret";
/// The channel where every question is answered without a mention.
const ANSWER_CHANNEL: u64 = 556;
/// A channel where only mentions are answered.
const CHANNEL: u64 = 555;

struct Bot {
    child: tokio::process::Child,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Bot {
    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// Starts the bot on a copy of the sample corpus (so `/reload` can be
/// tested on a corpus that changes).
fn start_bot(server: &FakeDiscord, token: &str, cooldown: u64) -> Bot {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    std::fs::copy(
        root.join("corpus/azure-china-ai.txt"),
        corpus.join("azure-china-ai.txt"),
    )
    .expect("copy");
    let log = dir.path().join("bot.log");
    let log_file = std::fs::File::create(&log).expect("log file");
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_citebot"))
        .current_dir(root)
        .env("DISCORD_TOKEN", token)
        .env("CITEBOT_DISCORD_API_URL", server.url())
        .env("CITEBOT_CORPUS", &corpus)
        .env("CITEBOT_ANSWER_CHANNELS", ANSWER_CHANNEL.to_string())
        .env("CITEBOT_COOLDOWN_SECONDS", cooldown.to_string())
        .env_remove("CITEBOT_GUILD_ID")
        .env("RUST_LOG", "debug")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(log_file))
        .kill_on_drop(true)
        .spawn()
        .expect("start citebot");
    Bot {
        child,
        log,
        _dir: dir,
    }
}

/// The text content of an interaction callback.
fn content(req: &discord::Request) -> &str {
    req.body["data"]["content"].as_str().unwrap_or("")
}

fn embed(req: &discord::Request) -> &Value {
    &req.body["data"]["embeds"][0]
}

fn all_text(v: &Value) -> String {
    v.to_string()
}

/// Sends a slash command (or autocomplete) and returns the callback.
async fn interact(server: &FakeDiscord, user: u64, kind: u8, data: Value) -> discord::Request {
    let id = server.next_id();
    server.dispatch(
        "INTERACTION_CREATE",
        discord::interaction(id, user, kind, data),
    );
    server.callback(id).await
}

/// Posts a message from member `user` in `channel`; returns its id.
fn post(server: &FakeDiscord, channel: u64, user: u64, text: &str, mention: bool) -> u64 {
    let id = server.next_id();
    server.dispatch(
        "MESSAGE_CREATE",
        discord::message_create(id, channel, user, text, mention),
    );
    id
}

async fn ask(server: &FakeDiscord, user: u64, question: &str) -> discord::Request {
    interact(
        server,
        user,
        2,
        discord::slash("ask", &[("question", json!(question))], None),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_end_to_end() {
    let server = FakeDiscord::start(TOKEN).await;
    let mut bot = start_bot(&server, TOKEN, 30);
    server.wait_sessions(1).await;
    let identify = &server.gateway_ops(2)[0];
    assert!(identify["d"]["token"]
        .as_str()
        .unwrap_or("")
        .contains(TOKEN));
    let intents = identify["d"]["intents"].as_u64().unwrap_or(0);
    assert_ne!(
        intents & (1 << 15),
        0,
        "MESSAGE_CONTENT requested for the answer channel"
    );

    // Registered commands.
    let reg = server
        .wait_request("PUT", |p| p == format!("/applications/{APP_ID}/commands"))
        .await;
    let commands = reg.body.as_array().cloned().unwrap_or_default();
    let by_name = |n: &str| {
        commands
            .iter()
            .find(|c| c["name"] == n)
            .cloned()
            .unwrap_or(Value::Null)
    };
    for name in [
        "ask",
        "company",
        "cite",
        "about",
        "reload",
        "Find in article",
    ] {
        assert!(!by_name(name).is_null(), "{name} registered: {commands:#?}");
    }
    assert_eq!(
        by_name("Find in article")["type"],
        3,
        "a message context-menu command"
    );
    assert_eq!(by_name("company")["options"][0]["autocomplete"], true);
    assert_eq!(by_name("cite")["options"][0]["autocomplete"], true);
    assert_eq!(by_name("ask")["options"][1]["name"], "private");
    assert_eq!(
        by_name("reload")["default_member_permissions"],
        "32",
        "Manage Server"
    );

    // /ask: the expected passage, its id and the flag marking.
    let r = ask(&server, 1, "What policy changes has OpenAI asked for?").await;
    assert_eq!(r.body["type"], 4);
    let e = embed(&r);
    assert!(
        e["fields"][0]["name"]
            .as_str()
            .unwrap_or("")
            .starts_with("#11 · "),
        "{e:#}"
    );
    let value = e["fields"][0]["value"].as_str().unwrap_or("");
    assert!(
        value.contains("⚠️ It is unclear which specific policy changes OpenAI has sought."),
        "{value}"
    );
    assert!(
        value.contains("⚠️ **Unclear**: the article says “It is unclear”"),
        "{value}"
    );
    assert_eq!(r.body["data"]["allowed_mentions"]["parse"], json!([]));
    assert_ne!(
        r.body["data"]["flags"].as_u64().unwrap_or(0) & 64,
        64,
        "public by default"
    );

    // private:true → ephemeral.
    let r = interact(
        &server,
        2,
        2,
        discord::slash(
            "ask",
            &[
                ("question", json!("What is model distillation?")),
                ("private", json!(true)),
            ],
            None,
        ),
    )
    .await;
    assert_eq!(r.body["data"]["flags"].as_u64().unwrap_or(0) & 64, 64);
    assert!(all_text(embed(&r)).contains("#10"));

    // Not covered → the note, no passage.
    let r = ask(&server, 3, "What is the capital of France?").await;
    let e = embed(&r);
    assert!(
        e["description"]
            .as_str()
            .unwrap_or("")
            .contains("Not covered"),
        "{e:#}"
    );
    assert!(e["fields"].as_array().is_none_or(Vec::is_empty));

    // Cooldown: the same member again at once → a short ephemeral notice.
    let r = ask(&server, 3, "What is model distillation?").await;
    assert!(content(&r).contains("ask again in"), "{:#}", r.body);
    assert_eq!(r.body["data"]["flags"].as_u64().unwrap_or(0) & 64, 64);

    // /company autocomplete for "byted".
    let r = interact(
        &server,
        4,
        4,
        discord::slash("company", &[("name", json!("byted"))], Some("name")),
    )
    .await;
    assert_eq!(r.body["type"], 8);
    let choices = r.body["data"]["choices"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!choices.is_empty() && choices.len() <= 25);
    assert_eq!(choices[0]["name"], "ByteDance");

    // /company ByteDance → role and passages.
    let r = interact(
        &server,
        5,
        2,
        discord::slash("company", &[("name", json!("ByteDance"))], None),
    )
    .await;
    let e = embed(&r);
    assert_eq!(e["title"], "ByteDance");
    let d = e["description"].as_str().unwrap_or("");
    assert!(
        d.contains("Microsoft's largest AI customer; spending $1B+/year on Azure"),
        "{d}"
    );
    assert!(e["fields"].as_array().map_or(0, Vec::len) >= 3, "{e:#}");

    // /cite autocomplete and the verbatim passage.
    let r = interact(
        &server,
        6,
        4,
        discord::slash("cite", &[("passage", json!("T1"))], Some("passage")),
    )
    .await;
    let choices = r.body["data"]["choices"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(choices.len(), 6, "{choices:#?}");
    assert!(choices[0]["name"]
        .as_str()
        .unwrap_or("")
        .starts_with("T1.1 · Microsoft — Role:"));
    let r = interact(
        &server,
        6,
        2,
        discord::slash("cite", &[("passage", json!("5"))], None),
    )
    .await;
    let e = embed(&r);
    assert_eq!(
        e["title"],
        "#5 · How fast is Azure's AI business growing in China?"
    );
    assert_eq!(
        e["description"],
        "> Despite that growth, Microsoft's China operation remains relatively small. Microsoft President Brad Smith told Congress that China accounted for only about 1.5% of overall company revenue in 2024."
    );

    // The "Find in article" message command.
    let target = server.next_id();
    let msg = discord::message(
        target,
        CHANNEL,
        discord::user(9),
        "I read that ByteDance spends over a billion a year on Azure",
        Vec::new(),
    );
    let data = json!({"id": "2", "name": "Find in article", "type": 3, "target_id": target.to_string(),
        "resolved": {"messages": {target.to_string(): msg}}});
    let r = interact(&server, 7, 2, data).await;
    assert!(
        embed(&r)["fields"][0]["name"]
            .as_str()
            .unwrap_or("")
            .starts_with("#1 · "),
        "{:#}",
        r.body
    );

    // /about.
    let r = interact(&server, 8, 2, discord::slash("about", &[], None)).await;
    assert!(embed(&r)["description"]
        .as_str()
        .unwrap_or("")
        .contains("23 passages"));

    // A mention with @everyone → a reply to that message that pings nobody.
    let id = post(
        &server,
        CHANNEL,
        10,
        &format!("<@{BOT_ID}> @everyone what is model distillation?"),
        true,
    );
    let r = server.reply_to(id).await;
    assert_eq!(r.path, format!("/channels/{CHANNEL}/messages"));
    assert_eq!(r.body["allowed_mentions"]["parse"], json!([]));
    assert_eq!(r.body["allowed_mentions"]["users"], json!([]));
    assert_eq!(r.body["allowed_mentions"]["replied_user"], false);
    assert!(r.body["embeds"][0]["fields"][0]["name"]
        .as_str()
        .unwrap_or("")
        .starts_with("#10"));
    assert!(r.body["embeds"][0]["title"]
        .as_str()
        .unwrap_or("")
        .contains("@\u{200B}everyone"));

    // A mention the article does not cover → a short "not covered".
    let id = post(
        &server,
        CHANNEL,
        11,
        &format!("<@{BOT_ID}> who won the world cup?"),
        true,
    );
    let r = server.reply_to(id).await;
    assert!(
        r.body["content"]
            .as_str()
            .unwrap_or("")
            .contains("Not covered"),
        "{:#}",
        r.body
    );

    // Answer channel: an uncovered question gets no reply, a covered one does;
    // a plain message (no "?") in an ordinary channel is ignored.
    let quiet = post(
        &server,
        ANSWER_CHANNEL,
        12,
        "What is the weather in Berlin?",
        false,
    );
    let ignored = post(
        &server,
        CHANNEL,
        13,
        "How fast is Azure growing in China?",
        false,
    );
    let id = post(
        &server,
        ANSWER_CHANNEL,
        14,
        "How fast is Azure's AI revenue growing in China?",
        false,
    );
    let r = server.reply_to(id).await;
    assert!(
        r.body["embeds"][0]["fields"][0]["name"]
            .as_str()
            .unwrap_or("")
            .starts_with("#3"),
        "{:#}",
        r.body
    );
    // Events are handled concurrently: give the two earlier messages time
    // to be (not) answered before checking.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let replies_to = |m: u64| {
        server
            .requests()
            .iter()
            .filter(|q| q.body["message_reference"]["message_id"] == m.to_string().as_str())
            .count()
    };
    assert_eq!(replies_to(quiet), 0, "no noise for an uncovered question");
    assert_eq!(replies_to(ignored), 0, "not an answer channel, no mention");

    // A REST 500 on a callback: logged, and the next question is answered.
    server.fail_next_callbacks(1);
    let r = ask(&server, 15, "Who manages the ByteDance account?").await;
    assert_eq!(r.status, 500);
    let r = ask(&server, 16, "Who manages the ByteDance account?").await;
    assert_eq!(r.status, 204);
    assert!(all_text(embed(&r)).contains("#9"));

    // /reload: a good corpus reloads; a broken one keeps the old serving.
    let r = interact(&server, 17, 2, discord::slash("reload", &[], None)).await;
    assert!(
        content(&r).contains("Reloaded: 23 passages"),
        "{:#}",
        r.body
    );
    let corpus = bot._dir.path().join("corpus");
    std::fs::write(
        corpus.join("broken.txt"),
        b"Bad \xff bytes in this article text.\n",
    )
    .expect("write");
    let r = interact(&server, 18, 2, discord::slash("reload", &[], None)).await;
    let text = content(&r);
    assert!(
        text.contains("Reload failed") && text.contains("broken.txt") && text.contains("UTF-8"),
        "{text}"
    );
    let r = ask(&server, 19, "What is model distillation?").await;
    assert!(
        all_text(embed(&r)).contains("#10"),
        "old corpus still serving"
    );

    // The server closes the websocket → the bot comes back and answers.
    let sessions = server.gateway_ops(2).len() + server.gateway_ops(6).len();
    server.close_gateway();
    server.wait_sessions(sessions + 1).await;
    let r = ask(
        &server,
        20,
        "Where are the OpenAI models hosted for Chinese customers?",
    )
    .await;
    assert_eq!(r.status, 204);
    assert!(all_text(embed(&r)).contains("#8"));

    // Several articles: a channel's follow-up keeps to the article it is
    // discussing; the same question in another channel goes where it fits
    // best.
    std::fs::remove_file(corpus.join("broken.txt")).expect("rm");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stadium/stadium-vote.md"),
        corpus.join("stadium-vote.md"),
    )
    .expect("copy");
    let r = interact(&server, 21, 2, discord::slash("reload", &[], None)).await;
    assert!(content(&r).contains("Reloaded"), "{:#}", r.body);
    let first_id = |r: &discord::Request| {
        r.body["embeds"][0]["fields"][0]["name"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let mention = |q: &str| format!("<@{BOT_ID}> {q}");
    let id = post(
        &server,
        CHANNEL,
        22,
        &mention("How did the council vote?"),
        true,
    );
    let r = server.reply_to(id).await;
    assert!(first_id(&r).starts_with("#stadium-vote:"), "{:#}", r.body);
    let id = post(
        &server,
        CHANNEL,
        23,
        &mention("Who declined to comment?"),
        true,
    );
    let r = server.reply_to(id).await;
    assert!(first_id(&r).starts_with("#stadium-vote:"), "{:#}", r.body);
    let id = post(
        &server,
        ANSWER_CHANNEL,
        24,
        "Who declined to comment?",
        false,
    );
    let r = server.reply_to(id).await;
    assert!(first_id(&r).starts_with("#azure-china-ai:"), "{:#}", r.body);

    assert_eq!(
        server.violations(),
        Vec::<String>::new(),
        "Discord's limits respected"
    );
    // Memory: the serving bot's peak resident set, after all of the above.
    let pid = bot.child.id().expect("bot still running");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let peak_kb: u64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    eprintln!("serving bot peak RSS: {:.1} MB", peak_kb as f64 / 1024.0);
    assert!(
        peak_kb > 0 && peak_kb < 60 * 1024,
        "peak RSS {peak_kb} kB (budget 60 MB)"
    );
    let _ = bot.child.start_kill();
    let _ = bot.child.wait().await;
    let log = bot.log();
    assert!(log.contains("command failed"), "the 500 was logged:\n{log}");
    assert!(
        !log.contains(TOKEN) && !log.contains("Zk_secret"),
        "the token never appears in the log"
    );
    let _ = GUILD_ID;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_token_is_one_clear_line() {
    let server = FakeDiscord::start(TOKEN).await;
    let mut bot = start_bot(&server, "wrong-token-123", 0);
    let status = tokio::time::timeout(std::time::Duration::from_secs(30), bot.child.wait())
        .await
        .expect("exits")
        .expect("status");
    assert!(!status.success());
    let log = bot.log();
    let last = log.lines().last().unwrap_or("");
    assert!(last.contains("DISCORD_TOKEN was rejected"), "{log}");
    assert!(!log.contains("wrong-token-123"), "{log}");
    assert!(!log.contains("panicked"), "{log}");
}
