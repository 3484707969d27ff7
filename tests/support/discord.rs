//! A local Discord-compatible server for end-to-end tests: Discord's v10
//! REST API (the parts the bot uses) and a websocket gateway on 127.0.0.1.
//! The real serenity/poise client connects to it through
//! `CITEBOT_DISCORD_API_URL`.
//!
//! It records every REST request and gateway payload so tests can assert on
//! what the bot sent, enforces Discord's message limits (a payload over a
//! limit gets Discord's 400 "Invalid Form Body" and is recorded as a
//! violation), and lets a test push dispatches, close the websocket, or make
//! the next interaction callbacks fail with a 500.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::sync::{mpsc, Notify};

/// The bot user's id, and the application's.
pub const BOT_ID: &str = "42";
pub const APP_ID: &str = "4242";
pub const GUILD_ID: &str = "77";

/// One REST request the bot made.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path after `/api/v10`, without the query string.
    pub path: String,
    pub body: Value,
    pub status: u16,
}

enum Command {
    Dispatch(&'static str, Value),
    Close,
}

#[derive(Default)]
struct Shared {
    token: String,
    addr: Mutex<Option<SocketAddr>>,
    requests: Mutex<Vec<Request>>,
    /// Payloads the bot sent on the gateway (IDENTIFY, RESUME, heartbeats…).
    gateway: Mutex<Vec<Value>>,
    violations: Mutex<Vec<String>>,
    changed: Notify,
    connection: Mutex<Option<mpsc::UnboundedSender<Command>>>,
    seq: AtomicU64,
    ids: AtomicU64,
    fail_callbacks: AtomicUsize,
}

impl Shared {
    fn record(&self, r: Request) {
        lock(&self.requests).push(r);
        self.changed.notify_waiters();
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The running server.
pub struct FakeDiscord {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
}

impl FakeDiscord {
    /// Starts the server on an ephemeral port; `token` is the bot token it
    /// accepts (anything else gets 401).
    pub async fn start(token: &str) -> FakeDiscord {
        let shared = Arc::new(Shared {
            token: token.to_string(),
            ids: AtomicU64::new(100_000),
            ..Shared::default()
        });
        let app = Router::new()
            .route("/gateway", get(gateway))
            .fallback(rest)
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        *lock(&shared.addr) = Some(addr);
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeDiscord { addr, shared }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every REST request so far.
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.shared.requests).clone()
    }

    /// Limit violations seen so far.
    pub fn violations(&self) -> Vec<String> {
        lock(&self.shared.violations).clone()
    }

    /// Gateway payloads the bot sent with this op code.
    pub fn gateway_ops(&self, op: u64) -> Vec<Value> {
        lock(&self.shared.gateway)
            .iter()
            .filter(|p| p["op"] == op)
            .cloned()
            .collect()
    }

    /// Waits until `find` returns something, or panics after `secs`.
    pub async fn wait_for<T>(
        &self,
        what: &str,
        secs: u64,
        mut find: impl FnMut(&FakeDiscord) -> Option<T>,
    ) -> T {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let notified = self.shared.changed.notified();
            if let Some(v) = find(self) {
                return v;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                if let Some(v) = find(self) {
                    return v;
                }
                panic!(
                    "timed out after {secs}s waiting for {what}; requests: {:#?}",
                    self.requests()
                );
            }
        }
    }

    /// Waits for a REST request matching `method` and a path predicate.
    pub async fn wait_request(&self, method: &str, path: impl Fn(&str) -> bool) -> Request {
        self.wait_for(&format!("{method} request"), 15, |s| {
            s.requests()
                .into_iter()
                .find(|r| r.method == method && path(&r.path))
        })
        .await
    }

    /// Waits for the callback of interaction `id`.
    pub async fn callback(&self, id: u64) -> Request {
        let path = format!("/interactions/{id}/");
        self.wait_request("POST", |p| p.starts_with(&path) && p.ends_with("/callback"))
            .await
    }

    /// Waits for a channel message replying to message `id`.
    pub async fn reply_to(&self, id: u64) -> Request {
        let id = id.to_string();
        self.wait_for("a reply", 15, |s| {
            s.requests().into_iter().find(|r| {
                r.method == "POST"
                    && r.path.ends_with("/messages")
                    && r.body["message_reference"]["message_id"] == id.as_str()
            })
        })
        .await
    }

    /// Waits until the bot has identified (or resumed) `n` times in all.
    pub async fn wait_sessions(&self, n: usize) {
        self.wait_for("IDENTIFY or RESUME", 30, |s| {
            (s.gateway_ops(2).len() + s.gateway_ops(6).len() >= n).then_some(())
        })
        .await
    }

    /// Sends a dispatch to the connected bot.
    pub fn dispatch(&self, event: &'static str, data: Value) {
        if let Some(tx) = lock(&self.shared.connection).as_ref() {
            let _ = tx.send(Command::Dispatch(event, data));
        }
    }

    /// Closes the gateway connection, as Discord does now and then.
    pub fn close_gateway(&self) {
        if let Some(tx) = lock(&self.shared.connection).take() {
            let _ = tx.send(Command::Close);
        }
    }

    /// The next `n` interaction callbacks get a 500.
    pub fn fail_next_callbacks(&self, n: usize) {
        self.shared.fail_callbacks.store(n, Ordering::SeqCst);
    }

    /// A fresh snowflake.
    pub fn next_id(&self) -> u64 {
        self.shared.ids.fetch_add(1, Ordering::SeqCst)
    }
}

/// A guild member (the one who asks).
pub fn member(user_id: u64) -> Value {
    json!({
        "user": user(user_id),
        "roles": [],
        "joined_at": "2025-01-01T00:00:00.000000+00:00",
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "permissions": "2147483647"
    })
}

pub fn user(id: u64) -> Value {
    json!({"id": id.to_string(), "username": format!("member{id}"), "discriminator": "0", "global_name": null, "avatar": null, "bot": false})
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "username": "citebot", "discriminator": "0", "global_name": null, "avatar": null, "bot": true})
}

/// A message object as Discord sends it.
pub fn message(id: u64, channel: u64, author: Value, content: &str, mentions: Vec<Value>) -> Value {
    json!({
        "id": id.to_string(),
        "channel_id": channel.to_string(),
        "guild_id": GUILD_ID,
        "author": author,
        "content": content,
        "timestamp": "2026-01-01T00:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": mentions,
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0
    })
}

/// A MESSAGE_CREATE from member `user_id`, mentioning the bot if `mention`.
pub fn message_create(id: u64, channel: u64, user_id: u64, content: &str, mention: bool) -> Value {
    let mentions = if mention {
        vec![bot_user()]
    } else {
        Vec::new()
    };
    let mut m = message(id, channel, user(user_id), content, mentions);
    m["member"] = json!({"roles": [], "joined_at": "2025-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false, "flags": 0});
    m
}

/// An INTERACTION_CREATE: `kind` 2 for a command, 4 for autocomplete.
pub fn interaction(id: u64, user_id: u64, kind: u8, data: Value) -> Value {
    json!({
        "id": id.to_string(),
        "application_id": APP_ID,
        "type": kind,
        "data": data,
        "guild_id": GUILD_ID,
        "channel_id": "555",
        "member": member(user_id),
        "token": format!("itoken{id}"),
        "version": 1,
        "locale": "en-US",
        "guild_locale": "en-US",
        "app_permissions": "2147483647",
        "entitlements": [],
        "authorizing_integration_owners": {},
        "context": 0,
        "attachment_size_limit": 8_388_608
    })
}

/// A slash command's data with string options.
pub fn slash(name: &str, options: &[(&str, Value)], focused: Option<&str>) -> Value {
    let options: Vec<Value> = options
        .iter()
        .map(|(n, v)| {
            let kind = if v.is_boolean() { 5 } else { 3 };
            let mut o = json!({"name": n, "type": kind, "value": v});
            if focused == Some(*n) {
                o["focused"] = json!(true);
            }
            o
        })
        .collect();
    json!({"id": "1", "name": name, "type": 1, "options": options})
}

// ---- the gateway ----------------------------------------------------------

async fn gateway(ws: WebSocketUpgrade, State(s): State<Arc<Shared>>) -> Response {
    ws.on_upgrade(move |socket| run_gateway(socket, s))
}

async fn send(socket: &mut WebSocket, v: Value) -> bool {
    socket
        .send(Message::Text(v.to_string().into()))
        .await
        .is_ok()
}

async fn run_gateway(mut socket: WebSocket, s: Arc<Shared>) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    *lock(&s.connection) = Some(tx);
    if !send(
        &mut socket,
        json!({"op": 10, "d": {"heartbeat_interval": 41250}}),
    )
    .await
    {
        return;
    }
    let addr = lock(&s.addr).map(|a| a.to_string()).unwrap_or_default();
    loop {
        tokio::select! {
            msg = socket.recv() => {
                let text = match msg {
                    Some(Ok(Message::Text(t))) => t.as_str().to_string(),
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                    Some(Ok(_)) => continue,
                };
                let Ok(payload) = serde_json::from_str::<Value>(&text) else { continue };
                lock(&s.gateway).push(payload.clone());
                s.changed.notify_waiters();
                let reply = match payload["op"].as_u64() {
                    Some(1) => json!({"op": 11}),
                    Some(2) => {
                        let seq = s.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        json!({"op": 0, "s": seq, "t": "READY", "d": {
                            "v": 10, "user": bot_user(), "guilds": [],
                            "session_id": "session-1",
                            "resume_gateway_url": format!("ws://{addr}/gateway"),
                            "application": {"id": APP_ID, "flags": 0}
                        }})
                    }
                    Some(6) => {
                        let seq = s.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        json!({"op": 0, "s": seq, "t": "RESUMED", "d": {}})
                    }
                    _ => continue,
                };
                if !send(&mut socket, reply).await { break; }
            }
            cmd = rx.recv() => match cmd {
                Some(Command::Dispatch(t, d)) => {
                    let seq = s.seq.fetch_add(1, Ordering::SeqCst) + 1;
                    if !send(&mut socket, json!({"op": 0, "s": seq, "t": t, "d": d})).await { break; }
                }
                Some(Command::Close) | None => {
                    let _ = socket.send(Message::Close(Some(axum::extract::ws::CloseFrame {
                        code: 4000, reason: "test server closed the session".into(),
                    }))).await;
                    break;
                }
            }
        }
    }
}

// ---- REST ----------------------------------------------------------------

fn error(status: StatusCode, code: u64, message: &str) -> Response {
    (status, Json(json!({"code": code, "message": message}))).into_response()
}

async fn rest(
    State(s): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let full = uri.path();
    let Some(path) = full.strip_prefix("/api/v10") else {
        return error(StatusCode::NOT_FOUND, 0, "404: Not Found");
    };
    let path = path.to_string();
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let auth_ok = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == format!("Bot {}", s.token));
    let is_callback = path.starts_with("/interactions/") && path.ends_with("/callback");
    let mut status = StatusCode::OK;
    let response = if !auth_ok && !is_callback {
        status = StatusCode::UNAUTHORIZED;
        error(status, 0, "401: Unauthorized")
    } else {
        match (method.as_str(), path.as_str()) {
            ("GET", "/gateway") => {
                let addr = lock(&s.addr).map(|a| a.to_string()).unwrap_or_default();
                Json(json!({"url": format!("ws://{addr}/gateway")})).into_response()
            }
            ("GET", "/gateway/bot") => {
                let addr = lock(&s.addr).map(|a| a.to_string()).unwrap_or_default();
                Json(json!({"url": format!("ws://{addr}/gateway"), "shards": 1,
                    "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}))
                .into_response()
            }
            ("GET", "/users/@me") => Json(bot_user()).into_response(),
            ("PUT", p) if p.starts_with("/applications/") && p.ends_with("/commands") => {
                Json(json!([])).into_response()
            }
            ("POST", p) if is_callback => {
                let problems = check_callback(&body);
                if !problems.is_empty() {
                    status = StatusCode::BAD_REQUEST;
                    lock(&s.violations).extend(problems.iter().map(|v| format!("{p}: {v}")));
                    error(status, 50035, "Invalid Form Body")
                } else if s
                    .fail_callbacks
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok()
                {
                    status = StatusCode::INTERNAL_SERVER_ERROR;
                    error(status, 0, "500: Internal Server Error")
                } else {
                    status = StatusCode::NO_CONTENT;
                    StatusCode::NO_CONTENT.into_response()
                }
            }
            ("POST", p) if p.starts_with("/channels/") && p.ends_with("/messages") => {
                let problems = check_message(&body);
                if !problems.is_empty() {
                    status = StatusCode::BAD_REQUEST;
                    lock(&s.violations).extend(problems.iter().map(|v| format!("{p}: {v}")));
                    error(status, 50035, "Invalid Form Body")
                } else {
                    let channel: u64 = p
                        .trim_start_matches("/channels/")
                        .trim_end_matches("/messages")
                        .parse()
                        .unwrap_or(0);
                    let id = s.ids.fetch_add(1, Ordering::SeqCst);
                    let content = body["content"].as_str().unwrap_or("");
                    let mut m = message(id, channel, bot_user(), content, Vec::new());
                    m["embeds"] = body.get("embeds").cloned().unwrap_or(json!([]));
                    Json(m).into_response()
                }
            }
            ("POST" | "PATCH" | "GET", p) if p.starts_with("/webhooks/") => {
                let id = s.ids.fetch_add(1, Ordering::SeqCst);
                Json(message(
                    id,
                    555,
                    bot_user(),
                    body["content"].as_str().unwrap_or(""),
                    Vec::new(),
                ))
                .into_response()
            }
            _ => {
                status = StatusCode::NOT_FOUND;
                error(status, 0, "404: Not Found")
            }
        }
    };
    s.record(Request {
        method: method.to_string(),
        path,
        body,
        status: status.as_u16(),
    });
    response
}

fn chars(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

/// Discord's limits on a message payload (content, embeds).
fn check_message(m: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    if chars(&m["content"]) > 2000 {
        problems.push(format!(
            "content has {} characters (max 2000)",
            chars(&m["content"])
        ));
    }
    let embeds = m["embeds"].as_array().cloned().unwrap_or_default();
    if embeds.len() > 10 {
        problems.push(format!("{} embeds (max 10)", embeds.len()));
    }
    let mut total = 0;
    for e in &embeds {
        let (title, desc) = (chars(&e["title"]), chars(&e["description"]));
        if title > 256 {
            problems.push(format!("embed title {title} (max 256)"));
        }
        if desc > 4096 {
            problems.push(format!("embed description {desc} (max 4096)"));
        }
        total += title + desc + chars(&e["footer"]["text"]) + chars(&e["author"]["name"]);
        let fields = e["fields"].as_array().cloned().unwrap_or_default();
        if fields.len() > 25 {
            problems.push(format!("{} fields (max 25)", fields.len()));
        }
        for f in &fields {
            let (n, v) = (chars(&f["name"]), chars(&f["value"]));
            if n == 0 || n > 256 || v == 0 || v > 1024 {
                problems.push(format!("field name {n} / value {v} (1-256 / 1-1024)"));
            }
            total += n + v;
        }
    }
    if total > 6000 {
        problems.push(format!("embeds hold {total} characters (max 6000)"));
    }
    if m.get("allowed_mentions").is_none() {
        problems.push("no allowed_mentions: the message could ping".to_string());
    }
    problems
}

/// Discord's limits on an interaction response.
fn check_callback(b: &Value) -> Vec<String> {
    match b["type"].as_u64() {
        Some(8) => {
            let choices = b["data"]["choices"].as_array().cloned().unwrap_or_default();
            let mut p = Vec::new();
            if choices.len() > 25 {
                p.push(format!("{} autocomplete choices (max 25)", choices.len()));
            }
            for c in &choices {
                let n = chars(&c["name"]);
                if n == 0 || n > 100 {
                    p.push(format!("choice name of {n} characters (1-100)"));
                }
            }
            p
        }
        Some(4 | 7) => check_message(&b["data"]),
        _ => Vec::new(),
    }
}
