//! The slash and context-menu commands, one file per group.

mod about;
mod admin;
mod ask;
mod cite;
mod company;

use super::{Data, Error};

/// Every command the bot registers.
pub fn all() -> Vec<poise::Command<Data, Error>> {
    vec![
        ask::ask(),
        ask::find_in_article(),
        company::company(),
        cite::cite(),
        about::about(),
        admin::reload(),
    ]
}
