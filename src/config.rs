//! `config/citebot.toml`: every setting with its default, and the
//! environment overrides used in deployment. The Discord token is not here:
//! it comes only from `DISCORD_TOKEN`, so it is never in a file in the repo.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// The whole configuration. Unknown keys are errors, so a typo is reported
/// instead of silently ignored.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The article file, or a directory of `.txt` / `.md` articles, relative
    /// to the working directory. Env: `CITEBOT_CORPUS`.
    pub corpus: PathBuf,
    pub answer: AnswerConfig,
    pub flags: FlagsConfig,
    pub discord: DiscordConfig,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AnswerConfig {
    /// Passages per answer. Env: `CITEBOT_TOP`.
    pub top: usize,
    /// Use the news thesaurus (`data/thesaurus.txt`). Off only to measure
    /// what it adds: without it the engine knows no more of an article's
    /// vocabulary than WordNet does, as on an article nobody has read
    /// (`citebot suite --no-thesaurus`).
    pub thesaurus: bool,
}

/// Extra cue phrases, added to the built-in lists in `src/cues.rs`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct FlagsConfig {
    pub unclear: Vec<String>,
    pub unconfirmed: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct DiscordConfig {
    /// Channels where every question (a message ending in `?`) is answered
    /// without a mention. Env: `CITEBOT_ANSWER_CHANNELS` (comma-separated ids).
    pub answer_channels: Vec<u64>,
    /// Register commands in this guild only (instant, for development);
    /// global registration otherwise. Env: `CITEBOT_GUILD_ID`.
    pub guild_id: Option<u64>,
    /// Seconds a member waits between two questions. Env: `CITEBOT_COOLDOWN_SECONDS`.
    pub cooldown_seconds: u64,
    /// Send every REST call to this base URL instead of `https://discord.com`
    /// (an HTTP proxy that owns the rate limits, or a local test server).
    /// Env: `CITEBOT_DISCORD_API_URL`.
    pub api_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            corpus: PathBuf::from("corpus"),
            answer: AnswerConfig::default(),
            flags: FlagsConfig::default(),
            discord: DiscordConfig::default(),
        }
    }
}

impl Default for AnswerConfig {
    fn default() -> Self {
        AnswerConfig {
            top: 3,
            thesaurus: true,
        }
    }
}

impl Default for DiscordConfig {
    fn default() -> Self {
        DiscordConfig {
            answer_channels: Vec::new(),
            guild_id: None,
            cooldown_seconds: 5,
            api_url: None,
        }
    }
}

/// Most passages an answer may show.
pub const MAX_TOP: usize = 10;

impl Config {
    /// Reads the config file. A missing file is an error only when
    /// `required` (the user named it); the default path may be absent.
    pub fn load(path: &Path, required: bool) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                return Ok(Config::default())
            }
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                return Err(Error::Config {
                    path: path.to_path_buf(),
                    message: "not valid UTF-8".to_string(),
                })
            }
            Err(e) => return Err(Error::io(path, e)),
        };
        let config: Config = toml::from_str(&text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            message: e.to_string().trim().replace('\n', " "),
        })?;
        config.validate(path)?;
        Ok(config)
    }

    /// Applies `CITEBOT_*` environment overrides, read through `get` so tests
    /// need not touch the process environment.
    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> Result<()> {
        let bad = |key: &str, message: String| Error::Config {
            path: PathBuf::from(format!("${key}")),
            message,
        };
        let get = |k: &str| {
            get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        if let Some(v) = get("CITEBOT_CORPUS") {
            self.corpus = PathBuf::from(v);
        }
        if let Some(v) = get("CITEBOT_TOP") {
            self.answer.top = v
                .parse()
                .map_err(|_| bad("CITEBOT_TOP", format!("{v:?} is not a number")))?;
        }
        if let Some(v) = get("CITEBOT_ANSWER_CHANNELS") {
            self.discord.answer_channels = v
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| {
                    s.parse().map_err(|_| {
                        bad(
                            "CITEBOT_ANSWER_CHANNELS",
                            format!("{s:?} is not a channel id"),
                        )
                    })
                })
                .collect::<Result<_>>()?;
        }
        if let Some(v) = get("CITEBOT_GUILD_ID") {
            self.discord.guild_id = Some(
                v.parse()
                    .map_err(|_| bad("CITEBOT_GUILD_ID", format!("{v:?} is not a guild id")))?,
            );
        }
        if let Some(v) = get("CITEBOT_COOLDOWN_SECONDS") {
            self.discord.cooldown_seconds = v.parse().map_err(|_| {
                bad(
                    "CITEBOT_COOLDOWN_SECONDS",
                    format!("{v:?} is not a number of seconds"),
                )
            })?;
        }
        if let Some(v) = get("CITEBOT_DISCORD_API_URL") {
            self.discord.api_url = Some(v);
        }
        self.validate(Path::new("$CITEBOT_*"))
    }

    fn validate(&self, path: &Path) -> Result<()> {
        let bad = |message: String| {
            Err(Error::Config {
                path: path.to_path_buf(),
                message,
            })
        };
        if self.answer.top == 0 || self.answer.top > MAX_TOP {
            return bad(format!(
                "answer.top = {} (must be 1 to {MAX_TOP})",
                self.answer.top
            ));
        }
        if let Some(url) = &self.discord.api_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return bad(format!(
                    "discord.api_url = {url:?} (must start with http:// or https://)"
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_config_parses_to_the_defaults() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/citebot.toml");
        let c = Config::load(&path, true).expect("committed config loads");
        assert_eq!(c, Config::default());
    }

    #[test]
    fn typos_and_bad_values_name_the_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "[answer]\ntopp = 3\n").expect("write");
        let e = Config::load(&p, true).unwrap_err().to_string();
        assert!(e.contains("c.toml") && e.contains("topp"), "{e}");
        std::fs::write(&p, "[answer]\ntop = 0\n").expect("write");
        let e = Config::load(&p, true).unwrap_err().to_string();
        assert!(e.contains("answer.top"), "{e}");
        assert!(Config::load(&dir.path().join("none.toml"), true).is_err());
        assert!(Config::load(&dir.path().join("none.toml"), false).is_ok());
    }

    #[test]
    fn environment_overrides() {
        let mut c = Config::default();
        c.apply_env(|k| match k {
            "CITEBOT_ANSWER_CHANNELS" => Some("1, 2".into()),
            "CITEBOT_DISCORD_API_URL" => Some("http://127.0.0.1:9".into()),
            _ => None,
        })
        .expect("valid");
        assert_eq!(c.discord.answer_channels, vec![1, 2]);
        assert_eq!(c.discord.api_url.as_deref(), Some("http://127.0.0.1:9"));
        let e = c
            .apply_env(|k| (k == "CITEBOT_GUILD_ID").then(|| "abc".into()))
            .unwrap_err();
        assert!(e.to_string().contains("CITEBOT_GUILD_ID"));
    }
}
