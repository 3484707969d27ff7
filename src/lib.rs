//! citebot's engine: loads news articles, indexes their passages, answers
//! questions with cited passages, flags what the article marks as unclear or
//! unconfirmed, and renders all of it for a terminal or for Discord.
//!
//! The command line and the Discord bot (in `src/main.rs` and `src/bot/`)
//! are thin layers over [`Engine`]; nothing here knows about serenity.

pub mod answer;
pub mod answer_types;
pub mod companies;
pub mod config;
pub mod corpus;
pub mod cues;
pub mod discord_format;
pub mod engine;
pub mod error;
pub mod eval;
pub mod flags;
pub mod lexicon;
pub mod render;
pub mod roles;
pub mod search;
pub mod suite;
pub mod superlative;
pub mod text;
pub mod thesaurus;

pub use answer::{Answer, AnswerPassage};
pub use config::Config;
pub use engine::Engine;
pub use error::{Error, Result};
