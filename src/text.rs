//! Plain-text helpers shared by the loader, the flagger and the search:
//! sentence splitting, word spans and normalisation for phrase matching.

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "vs", "etc",
    "e.g", "i.e", "u.s", "u.k", "u.n", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "gen", "lt", "col", "capt",
];

/// Splits a passage into sentences, keeping each sentence's text exactly as
/// written (closing quotes and brackets stay with their sentence).
///
/// A sentence ends at `.`, `!` or `?` (plus any closing quotes) followed by
/// white space and then something that can start a sentence. Decimal numbers
/// ("1.5%"), initials ("J. Smith") and common abbreviations do not end one.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Extend over repeated terminators and closing quotes/brackets.
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']'
                )
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let next_is_space = chars.get(j).is_none_or(|&(_, n)| n.is_whitespace());
            if next_is_space && !(c == '.' && is_abbreviation(&text[start..pos])) {
                // Look at the first non-space character after the break.
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let starts_sentence = chars.get(k).is_none_or(|&(_, n)| {
                    n.is_uppercase()
                        || n.is_numeric()
                        || matches!(n, '"' | '\'' | '“' | '‘' | '(' | '[' | '—' | '-')
                });
                if starts_sentence {
                    let s = text[start..end].trim();
                    if !s.is_empty() {
                        out.push(s);
                    }
                    start = chars.get(k).map_or(text.len(), |&(p, _)| p);
                    i = k;
                    continue;
                }
            }
            i = j;
            continue;
        }
        let _ = pos;
        i += 1;
    }
    let rest = text[start.min(text.len())..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// True when the text before a full stop ends in an abbreviation or a single
/// initial, so the stop is not a sentence end.
fn is_abbreviation(before: &str) -> bool {
    let last = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let word = last.trim_end_matches('.').to_lowercase();
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    ABBREVIATIONS.contains(&word.as_str())
}

/// Number of words (runs of letters or digits) in a text.
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// The words of a text as byte spans: runs of letters and digits, with inner
/// apostrophes kept ("can't", "we'll"). Everything else separates words.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip separators.
        let (start, _) = loop {
            let &(p, c) = iter.peek()?;
            if c.is_alphanumeric() {
                break (p, c);
            }
            iter.next();
        };
        let mut end = start;
        while let Some(&(p, c)) = iter.peek() {
            if c.is_alphanumeric() {
                end = p + c.len_utf8();
                iter.next();
            } else if matches!(c, '\'' | '’') {
                // Keep an apostrophe only between two letters.
                let mut look = iter.clone();
                look.next();
                match look.peek() {
                    Some(&(_, n)) if n.is_alphanumeric() => {
                        iter.next();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        Some((start, end))
    })
}

/// A review's star rating, as (stars, out of): "★★★★☆" is (4, 5), "★★★"
/// (3, 3). Only a passage that is nothing but stars (and spaces) is one.
pub fn star_rating(text: &str) -> Option<(usize, usize)> {
    let text = text.trim();
    let full = text.chars().filter(|&c| c == '★').count();
    let empty = text.chars().filter(|&c| c == '☆').count();
    let only_stars = text
        .chars()
        .all(|c| matches!(c, '★' | '☆') || c.is_whitespace());
    (full > 0 && only_stars).then_some((full, full + empty))
}

/// Lower-cases a word and folds typographic apostrophes, so "It’s" and "it's"
/// compare equal.
pub fn fold(word: &str) -> String {
    word.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A text's words, folded, each with its byte span in the original text.
pub fn folded_words(text: &str) -> Vec<(String, usize, usize)> {
    words(text)
        .map(|(s, e)| (fold(&text[s..e]), s, e))
        .collect()
}

/// Days of the week, for dates ("on Tuesday", "until Friday").
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Abbreviated month names, as wire copy writes dates ("Dec. 15").
pub const SHORT_MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Month names, for dates ("4 March", "June 2025").
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A small deterministic random number generator (xorshift64) for the
/// tests that feed the loader and the planner odd input.
#[cfg(test)]
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

/// Removes chat markup that is not part of what a member asks: Discord
/// mentions and custom emoji (`<@123>`, `<#5>`, `<:wave:9>`), `@everyone`,
/// `@here` and `@name`, and links.
pub fn strip_chat_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some(end) = rest.find('>') {
                let inner = &rest[1..end];
                let markup = inner.starts_with(['@', '#', ':'])
                    || inner.starts_with("a:")
                    || inner.starts_with("t:")
                    || inner.starts_with("http");
                if markup && !inner.contains(char::is_whitespace) {
                    out.push(' ');
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        if c == '@' || rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push(' ');
            rest = &rest[end..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_star_rating_is_read_as_a_number_of_stars() {
        assert_eq!(star_rating("★★★★☆"), Some((4, 5)));
        assert_eq!(star_rating(" ★★★ "), Some((3, 3)));
        assert_eq!(star_rating("☆☆☆"), None);
        assert_eq!(star_rating("★★★★☆ A quiet film."), None);
    }

    #[test]
    fn chat_markup_is_not_part_of_the_question() {
        assert_eq!(
            strip_chat_markup("<@42> @everyone what is <:x:1> it? https://x.y/z"),
            "    what is   it?  "
        );
        assert_eq!(strip_chat_markup("a < b > c"), "a < b > c");
    }

    #[test]
    fn splits_sentences_but_not_decimals_or_initials() {
        let s = sentences(
            "China accounted for only about 1.5% of revenue in 2024. J. Smith said so. \"It's pretty awesome.\" Done",
        );
        assert_eq!(
            s,
            vec![
                "China accounted for only about 1.5% of revenue in 2024.",
                "J. Smith said so.",
                "\"It's pretty awesome.\"",
                "Done"
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = sentences("He met Mr. Wu in the U.S. on Monday. Then he left.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn words_keep_inner_apostrophes() {
        let t = "We’ll see: can't-stop 1.5%";
        let w: Vec<&str> = words(t).map(|(s, e)| &t[s..e]).collect();
        assert_eq!(w, vec!["We’ll", "see", "can't", "stop", "1", "5"]);
        assert_eq!(fold("We’ll"), "we'll");
    }
}
