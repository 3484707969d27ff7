//! Answer types: question words that ask for a kind of value rather than
//! name a topic. "How much is the factory worth?" is answered by "a $6
//! billion factory" though the article never writes "worth"; "what share of
//! revenue" by "1.5% of overall company revenue"; "what is the timeline" by
//! "to 2029 from 2027"; "how long does it have" by "30 days".
//!
//! A passage that states such a value carries a pseudo-term for it (see
//! [`passage_terms`]); a question word the article does not use, which asks
//! for that kind of value in a question that asks for a value, is matched by
//! it ([`Asking::term_for`]). Words the article does use are matched as words.

use crate::{lexicon, text};

/// True for a pseudo-term (an answer type), not a word.
pub fn is_pseudo(term: &str) -> bool {
    term.starts_with('\u{1}')
}

/// Pseudo-terms: no analyzed word can look like them.
pub const MONEY: &str = "\u{1}money";
pub const SHARE: &str = "\u{1}share";
pub const TIME: &str = "\u{1}time";
pub const MEASURE: &str = "\u{1}measure";
/// A measure of length, height or depth ("12 metres", "a 42-storey
/// tower"): what "how deep", "how tall" and "how wide" ask, which litres or
/// weeks do not answer.
pub const LENGTH: &str = "\u{1}length";
/// A measure of weight ("4 tonnes"): what "how heavy" asks.
pub const WEIGHT: &str = "\u{1}weight";

/// A span of time ("28 days", "until the end of 2027"): what "how long do
/// they have" and "how long will it last" ask, which "2 metres" does not
/// answer. ("How long is the route?" may ask either, and stays a
/// [`MEASURE`].)
pub const DURATION: &str = "\u{1}duration";
/// A span counted from a year ("has mended shoes since 1966"): what "How
/// long has he been a cobbler?" asks, and no lifespan nor length.
pub const SINCE: &str = "\u{1}since";

/// A speed ("70mph", "30 knots", "40 miles an hour"): what "how fast does
/// it go" asks.
pub const SPEED: &str = "\u{1}speed";
/// A temperature ("35C", "minus eight", "1,300 degrees"): what "how cold"
/// and "how hot" ask; a kind of its own, not a [`MEASURE`] ("How long is
/// the pool?" is not answered by "the water is 28C").
pub const TEMPERATURE: &str = "\u{1}temperature";

/// "How far did the bottle travel?", "How far can it fly?": a distance
/// moved, asked by "how far" and a verb of moving closing the question.
pub fn asks_how_far_it_went(question: &str) -> bool {
    let words = text::folded_words(question);
    words.windows(2).any(|w| w[0].0 == "how" && w[1].0 == "far")
        && words.last().is_some_and(|w| MOVING.contains(&w.0.as_str()))
}

/// Verbs of moving: "how fast" with one of them asks a [`SPEED`].
#[rustfmt::skip]
const MOVING: &[&str] = &[
    "go", "goes", "going", "went", "travel", "travels", "travelling", "traveling", "travelled",
    "fly", "flies", "flying", "flew", "swim", "swims", "swimming", "swam", "run", "runs",
    "running", "ran", "drive", "drives", "driving", "drove", "move", "moves", "moving", "moved",
    "ride", "rides", "riding", "rode", "ridden", "cycle", "cycled", "cycling", "walk", "walked",
    "walking", "sail", "sailed", "sailing", "row", "rowed", "rowing", "paddle", "paddled",
    "paddling", "drift", "drifted", "drifting",
];

/// The kind a pseudo-term is searched as in the index: a length or a weight
/// is found as a [`MEASURE`] and only then told apart (by
/// [`passage_terms`]), so the refinements add no token to the index and
/// change no other answer's score.
pub fn indexed_kind(term: &str) -> &str {
    if term == LENGTH || term == WEIGHT || term == SPEED || term == DURATION {
        MEASURE
    } else {
        term
    }
}
pub const PLACE: &str = "\u{1}place";
pub const NUMBER: &str = "\u{1}number";
pub const NAME: &str = "\u{1}name";
pub const FREQUENCY: &str = "\u{1}frequency";
pub const AGE: &str = "\u{1}age";
pub const REASON: &str = "\u{1}reason";
/// Someone who did something, named after "by": "The score, by the folk
/// musician Gwen Pugh", "a report by the Resolution Foundation".
pub const AGENT: &str = "\u{1}agent";
/// A score or a tally: "beat Price 7-4", "a 3–0 win", "voted 7-4".
pub const SCORE: &str = "\u{1}score";

/// Adjectives that, after "how", ask for a measure ("how long", "how far"):
/// answered by a number with a unit ("30 days", "57 km"). "How old" asks
/// for an [`AGE`].
const HOW_MEASURE: &[&str] = &[
    "long", "far", "tall", "high", "wide", "deep", "heavy", "fast", "quickly", "soon", "strong",
];

/// Adjectives that, after "how", ask for a length: "how far" is left out,
/// for "how far ahead did he finish" is answered in seconds.
const HOW_LENGTH: &[&str] = &["tall", "wide", "deep"];

/// Units of length and of weight, each making a number a [`LENGTH`] or a
/// [`WEIGHT`] as well as a [`MEASURE`].
#[rustfmt::skip]
const LENGTH_UNITS: &[&str] = &[
    "metre", "metres", "meter", "meters", "km", "kilometre", "kilometres", "kilometer",
    "kilometers", "mile", "miles", "feet", "foot", "cm", "mm", "storey", "storeys", "inches",
];
#[rustfmt::skip]
const WEIGHT_UNITS: &[&str] = &[
    "kg", "kilograms", "kilogram", "kilos", "kilo", "tonne", "tonnes", "tons", "grams", "gram",
    "g", "ounces", "ounce", "oz", "lb", "lbs",
];

/// Adjectives that, after "how", ask for a size ("how big was the trial"):
/// answered by a number ("a trial of 3,100 adults").
const HOW_SIZE: &[&str] = &["big", "large", "small", "huge", "low", "full"];

/// Words that say how often ("once a day", "weekly", "every two years").
const FREQUENCY_WORDS: &[&str] = &[
    "daily", "weekly", "monthly", "yearly", "annually", "hourly", "once", "twice", "every",
    "nightly",
];

/// Adjectives of "how bad is …": they ask how much of the thing there is,
/// which any passage about the thing answers; not words to look for.
const HOW_DEGREE: &[&str] = &[
    "bad",
    "serious",
    "severe",
    "widespread",
    "significant",
    "extensive",
    "important",
    "common",
    "popular",
    "good",
    "well",
    "effective",
    "accurate",
    "reliable",
];

/// Units that make a number a measure.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
    "metre", "metres", "meter", "meters", "km", "kilometre", "kilometres", "kilometer",
    "kilometers", "mile", "miles", "feet", "foot", "kg", "kilograms", "tonne", "tonnes", "tons", "grams",
    "gram", "g", "ounces", "ounce", "oz", "lb", "lbs", "kilos", "kilo", "kilogram", "litres", "liters", "metres", "cm", "mm",
    "mph", "kph", "kmh", "knots", "storey", "storeys",
];

/// True for a unit of time, length or weight ("weeks", "km"): a number
/// before it is a measure, not a count.
pub fn is_unit(word: &str) -> bool {
    UNITS.contains(&word)
}

/// Number words, for "three years" as well as "3 years".
#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "several", "few",
];

/// Question words that ask for each kind of value.
#[rustfmt::skip]
const ASKING: &[(&str, &[&str])] = &[
    (MONEY, &[
        "worth", "cost", "costs", "costing", "price", "prices", "priced", "value", "valued",
        "valuation", "spend", "spends", "spending", "spent", "pay", "pays", "paying", "paid",
        "charge", "charges", "charged", "fee", "fees", "budget", "money", "expensive", "cheap",
        "afford",
    ]),
    (SHARE, &[
        "share", "percentage", "percent", "proportion", "fraction", "portion", "ratio",
    ]),
    (TIME, &[
        "date", "dates", "year", "deadline", "timeline", "timing", "schedule", "scheduled", "time",
    ]),
    (NUMBER, &["number", "numbers", "figure", "figures", "total", "count"]),
    (SCORE, &["score", "scores", "scoreline"]),
    (PLACE, &[
        "country", "countries", "city", "cities", "town", "towns", "region", "regions", "place",
        "places", "location", "locations", "street", "streets", "road", "roads",
    ]),
];

/// Words that are money, in any question ("Is there money to help?").
const MONEY_NOUNS: &[&str] = &["money", "cash", "funds"];

/// Words that make a number an amount of money ("40 million", "900 francs").
const MONEY_WORDS: &[&str] = &[
    "thousand", "million", "billion", "trillion", "bn", "mn", "dollars", "dollar", "euros", "euro",
    "pounds", "francs", "yen", "yuan", "renminbi", "rupees", "kroner", "kronor", "crowns", "pesos",
    "cents", "usd", "eur", "gbp", "chf", "pence",
];

/// Words that put what follows in a place ("in Rostock", "next to the
/// bridge").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "outside", "inside", "beside", "along", "across", "off", "on", "to",
];

/// Nouns that name a place ("the former rail yard", "the east bank").
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "site", "yard", "bank", "street", "road", "bridge", "river", "city", "town", "village",
    "district", "neighbourhood", "neighborhood", "county", "province", "state", "region",
    "coast", "island", "border", "port", "harbour", "harbor", "airport", "valley", "lake",
    "park", "square", "suburb", "campus", "headquarters", "country", "capital", "pole",
    "crater", "surface", "north", "south", "east", "west", "centre", "center", "outskirts",
];

/// A number written in digits, with its separators: "2,400", "1.7".
fn is_numeral(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// An age in digits: "61".
fn is_age_digits(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
}

/// A number an age is given in: "61", or a word ("a two-year-old female").
fn is_age_number(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    ];
    is_age_digits(w) || WORDS.contains(&w)
}

/// True for an age the way news gives it: between commas after a name
/// ("Lane, 61, was…"), "the 24-year-old", "aged 61".
fn states_an_age(passage: &str, words: &[(String, usize, usize)]) -> bool {
    let number = is_age_digits;
    let year = |w: &str| w == "year" || w == "years";
    // "a female about four weeks old": a young animal's age, in any unit.
    let young = |w: &str| matches!(w, "week" | "weeks" | "month" | "months" | "day" | "days");
    words
        .windows(3)
        .any(|w| number(&w[0].0) && year(&w[1].0) && w[2].0 == "old")
        || words
            .windows(3)
            .any(|w| (number(&w[0].0) || is_age_number(&w[0].0)) && young(&w[1].0) && w[2].0 == "old")
        || words.windows(3).any(|w| {
            // "aged 61", "aged between 28 and 54", "aged over 60".
            w[0].0 == "aged"
                && (number(&w[1].0)
                    || (matches!(w[1].0.as_str(), "between" | "from" | "over" | "under")
                        && number(&w[2].0)))
        })
        || words
            .windows(2)
            .any(|w| w[0].0 == "aged" && number(&w[1].0))
        // "when I was sixteen": the age something happened at.
        || at_an_age(words)
        || who_is_an_age(passage, words)
        || (1..words.len()).any(|k| now_an_age(passage, words, k))
        // "died at the age of 52"
        || words
            .windows(3)
            .any(|w| w[0].0 == "age" && w[1].0 == "of" && number(&w[2].0))
        // A thing's age: "laid about 1,700 years ago", "centuries old",
        // "dates from the fourth century" (not "went missing five years
        // ago": a date, not an age).
        || long_ago(passage, words)
        // "has stood since 1742", "founded in 1890": the year it is counted
        // from.
        || words.windows(3).any(|w| {
            let year = is_a_past_year;
            (matches!(w[0].0.as_str(), "since" | "founded" | "established" | "built")
                && (year(&w[1].0) || (w[1].0 == "in" && year(&w[2].0))))
                // "The building is from 1790."
                || (matches!(w[0].0.as_str(), "is" | "was" | "are" | "were")
                    && w[1].0 == "from"
                    && year(&w[2].0))
        })
        // "now in its 20th year", "its 50th anniversary": an age counted in
        // years.
        || words.windows(3).any(|w| {
            (matches!(w[0].0.as_str(), "its" | "their")
                && is_ordinal(&w[1].0)
                && matches!(w[2].0.as_str(), "year" | "season" | "anniversary" | "birthday"))
                // "celebrated his 112th birthday".
                || (matches!(w[0].0.as_str(), "his" | "her")
                    && is_ordinal(&w[1].0)
                    && w[2].0 == "birthday")
        })
        // "The 1873 pier": a thing named by the year it was made.
        || words.windows(3).enumerate().any(|(i, w)| {
            let before = if i == 0 { None } else { words.get(i - 1) };
            w[0].0 == "the"
                && before.is_none_or(|b| !matches!(b.0.as_str(), "in" | "since" | "of" | "during"))
                && w[1].0.len() == 4
                && w[1].0.starts_with('1')
                && w[1].0.chars().all(|c| c.is_ascii_digit())
                && passage[w[1].2..].starts_with(' ')
                && passage[w[2].1..].starts_with(char::is_lowercase)
        })
        // "The 1920s steel bridge", "a 17th-century painting": a thing of
        // its period (not "in the 1920s", a date).
        || words.windows(3).enumerate().any(|(i, w)| {
            let before = if i == 0 { None } else { words.get(i - 1) };
            matches!(w[0].0.as_str(), "the" | "a" | "an")
                && !before.is_some_and(|b| {
                    matches!(b.0.as_str(), "in" | "since" | "during" | "by" | "until" | "from" | "to" | "of")
                })
                && (is_a_decade(&w[1].0) || (is_ordinal(&w[1].0) && w[2].0 == "century" && passage[w[1].2..].starts_with('-')))
        })
        // "thatch that goes back to the 1400s": a thing's age as the
        // period it comes from.
        || words.windows(5).any(|w| {
            let period = |x: &str| is_a_decade(x) || is_a_past_year(x);
            matches!(w[0].0.as_str(), "goes" | "go" | "going" | "went")
                && w[1].0 == "back"
                && w[2].0 == "to"
                && (period(&w[3].0)
                    || (w[3].0 == "the"
                        && (period(&w[4].0) || (is_ordinal(&w[4].0) && passage[w[4].2..].starts_with(" century")))))
        })
        || words.windows(2).any(|w| {
            matches!(w[0].0.as_str(), "centuries" | "decades" | "century")
                && matches!(w[1].0.as_str(), "old")
                || matches!(w[0].0.as_str(), "dates" | "dating" | "date" | "dated")
                    && matches!(w[1].0.as_str(), "from" | "back")
        })
        || passage.match_indices(", ").any(|(i, _)| {
            // "Lane, 61," and "Gareth and Ann Pritchard, both 67,".
            let rest = &passage[i + 2..];
            let rest = rest.strip_prefix("both ").unwrap_or(rest);
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            (1..=3).contains(&digits)
                && rest[digits..].starts_with(',')
                && passage[..i]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
}

/// "until I was seventeen", "when she was six": both a time and the age
/// something happened at.
fn at_an_age(words: &[(String, usize, usize)]) -> bool {
    words.windows(4).any(|w| {
        matches!(w[0].0.as_str(), "when" | "until" | "till" | "since")
            && matches!(w[1].0.as_str(), "i" | "he" | "she" | "we" | "they" | "you")
            && matches!(w[2].0.as_str(), "was" | "were" | "turned")
            && is_age_number(&w[3].0)
    })
}

/// True when word `k` is an age given as now, after a comma: "Dylan Rees,
/// now 47 and a teacher", "Ms Hale, now 82,".
fn now_an_age(passage: &str, words: &[(String, usize, usize)], k: usize) -> bool {
    k >= 1
        && is_age_digits(&words[k].0)
        && words[k - 1].0 == "now"
        && passage[..words[k - 1].1].trim_end().ends_with(',')
        && !words.get(k + 1).is_some_and(|w| {
            matches!(
                w.0.as_str(),
                "years" | "year" | "per" | "percent" | "people" | "million"
            )
        })
}

/// "one apprentice, Lily, who's nineteen", "Mr Hale, who is 82.": an age
/// in a relative clause, the number closing the clause ("who is one of
/// the founders" gives no age).
fn who_is_an_age(passage: &str, words: &[(String, usize, usize)]) -> bool {
    let closes = |w: &(String, usize, usize)| {
        passage[w.2..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ')' | '!' | '?'))
    };
    words
        .windows(2)
        .any(|w| w[0].0 == "who's" && is_age_number(&w[1].0) && closes(&w[1]))
        || words.windows(3).any(|w| {
            w[0].0 == "who"
                && matches!(w[1].0.as_str(), "is" | "was" | "turns" | "turned")
                && is_age_number(&w[2].0)
                && closes(&w[2])
        })
}

/// True when a passage says something happened at least a hundred years
/// ago: "laid about 1,700 years ago", "166 million years ago". Both an age
/// and a time; "went missing five years ago" is neither, as a time a
/// reader cannot place and no thing's age.
fn long_ago(passage: &str, words: &[(String, usize, usize)]) -> bool {
    words.windows(3).any(|w| {
        // The whole number as written ("850,000"), not its last group.
        let written = passage[..w[0].2]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default()
            .replace(',', "");
        let amount = written.parse::<u64>().is_ok_and(|n| n >= 100)
            || matches!(
                w[0].0.as_str(),
                "hundreds" | "thousands" | "millions" | "thousand" | "million" | "billion"
            );
        amount && matches!(w[1].0.as_str(), "years" | "decades" | "centuries") && w[2].0 == "ago"
    })
}

/// True when a passage states an age that may be that of the person
/// named by `surname` (folded): "Darren Kyle, 34,", "Grant, aged 18", or
/// an age the passage gives no one else ("The 46-year-old Spaniard", of
/// the manager named before). "Ashbury manager Sian Lloyd made two
/// changes… the 18-year-old winger Ollie Grant" states Grant's age, not
/// Lloyd's.
pub fn states_age_of(passage: &str, surname: &str) -> bool {
    let words = text::folded_words(passage);
    let number = is_age_number;
    let capitalised = |k: usize| passage[words[k].1..].starts_with(char::is_uppercase);
    // Whose each age is: the name just before ", 34," or "aged 34", or
    // the name within three words after "34-year-old", each of its words
    // ("How old is Stanley?" of "Stanley Arkwright, 76,"); `None` when the
    // passage names no one there.
    let mut owners: Vec<Option<Vec<String>>> = Vec::new();
    // The name ending at word `j`: it and the capitalised words right
    // before it.
    let name_ending = |j: usize| {
        let mut start = j;
        while start > 0
            && capitalised(start - 1)
            && passage[words[start - 1].2..words[start].1]
                .trim()
                .is_empty()
        {
            start -= 1;
        }
        words[start..=j]
            .iter()
            .map(|w| w.0.clone())
            .collect::<Vec<_>>()
    };
    for k in 0..words.len() {
        if number(&words[k].0)
            && words.get(k + 1).is_some_and(|w| w.0 == "year")
            && words.get(k + 2).is_some_and(|w| w.0 == "old")
        {
            // A full name ("the 18-year-old winger Ollie Grant"), not "the
            // 46-year-old Spaniard".
            let caps: Vec<usize> = (k + 3..(k + 6).min(words.len()))
                .filter(|&j| capitalised(j))
                .collect();
            let named = caps.windows(2).any(|w| w[1] == w[0] + 1);
            owners.push(caps.last().filter(|_| named).map(|&j| name_ending(j)));
        }
        // "Dolly was about 50 years old": the subject of the verb before it.
        if number(&words[k].0)
            && words.get(k + 1).is_some_and(|w| w.0 == "years")
            && words.get(k + 2).is_some_and(|w| w.0 == "old")
        {
            const HEDGES: &[&str] = &[
                "about", "around", "nearly", "almost", "over", "roughly", "just", "only",
            ];
            let mut j = k;
            while j > 0 && HEDGES.contains(&words[j - 1].0.as_str()) {
                j -= 1;
            }
            let verb = j
                .checked_sub(1)
                .filter(|&v| matches!(words[v].0.as_str(), "is" | "was" | "turned" | "turns"));
            // ("The house was 50 years old" is the house's age, no one's.)
            owners.push(
                verb.and_then(|v| v.checked_sub(1))
                    .map(|n| vec![words[n].0.clone()]),
            );
        }
        if number(&words[k].0) && k > 0 {
            let before = &passage[..words[k].1];
            let after = &passage[words[k].2..];
            let aged = words[k - 1].0 == "aged";
            let comma = before.trim_end().ends_with(',') && after.starts_with(',');
            if aged || comma {
                let j = if aged && k >= 2 { k - 2 } else { k - 1 };
                owners.push(capitalised(j).then(|| name_ending(j)));
            }
            // "The writer, Dylan Rees, now 47 and a teacher".
            if k >= 2 && now_an_age(passage, &words, k) {
                owners.push(capitalised(k - 2).then(|| name_ending(k - 2)));
            }
        }
    }
    owners.iter().any(|o| {
        o.as_ref()
            .is_none_or(|name| name.iter().any(|w| w == surname))
    })
}

/// True when a passage says where something is: a place preposition
/// followed, within a few words, by a name written capitalised in mid
/// sentence or by a place noun ("in Rostock", "on the east bank").
fn states_place(passage: &str, words: &[(String, usize, usize)]) -> bool {
    words.iter().enumerate().any(|(i, (w, _, _))| {
        let next_to = w == "next" && words.get(i + 1).is_some_and(|n| n.0 == "to");
        if !PLACE_PREPOSITIONS.contains(&w.as_str()) && !next_to {
            return false;
        }
        // Up to the end of the sentence, at most five words on; a month or
        // a weekday is a time, not a place ("in March", "on Monday").
        words[i + 1..]
            .iter()
            .take(5)
            .take_while(|(_, s, _)| !passage[..*s].trim_end().ends_with(['.', '!', '?', ';']))
            .any(|(n, s, _)| {
                PLACE_NOUNS.contains(&n.as_str())
                    || (passage[*s..].starts_with(char::is_uppercase)
                        && !text::MONTHS.contains(&n.as_str())
                        && !text::SHORT_MONTHS.contains(&n.as_str())
                        && !text::WEEKDAYS.contains(&n.as_str()))
            })
    })
}

/// True when a passage opens with a name: two capitalised words in a row,
/// the first no word that opens sentences ("Trading Standards.", not "The
/// Council" nor "Streaming service").
pub fn opens_with_a_name(passage: &str) -> bool {
    // (Its first two words only: a passage may be long.)
    let words: Vec<(String, usize, usize)> = text::words(passage)
        .take(2)
        .map(|(s, e)| (text::fold(&passage[s..e]), s, e))
        .collect();
    words.len() == 2
        && words
            .iter()
            .all(|(_, s, _)| passage[*s..].starts_with(char::is_uppercase))
        && passage[words[0].2..words[1].1].trim().is_empty()
        && !OPENERS.contains(&words[0].0.as_str())
        && !matches!(words[0].0.as_str(), "yes" | "no")
}

/// Words that open sentences, written capitalised there, unlike a name
/// ("The council…", "When it…" against "Trading Standards", "Shabana
/// Mahmood").
const OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "we", "it", "they", "he", "she", "i",
    "our", "there", "in", "on", "at", "if", "when",
];

/// True when a passage names someone: two capitalised words in a row in
/// mid-sentence ("chief executive Laura Whitcombe", "Velvet Spider").
fn names_someone(passage: &str, words: &[(String, usize, usize)]) -> bool {
    // ([`OPENERS`] start a sentence after a colon, "He said: The
    // council…", unlike a name, "Home secretary: Shabana Mahmood".)
    let capitalised = |(w, s, _): &(String, usize, usize)| {
        let before = passage[..*s].trim_end();
        let opens_a_sentence = before.ends_with(['.', '!', '?', '"', '“'])
            || (before.ends_with(':') && OPENERS.contains(&w.as_str()));
        passage[*s..].starts_with(char::is_uppercase)
            && !opens_a_sentence
            && !before.is_empty()
            && !text::MONTHS.contains(&w.as_str())
            && !text::WEEKDAYS.contains(&w.as_str())
    };
    // "Dorothy Pugh, from Leominster, jumped…": a name opening a sentence,
    // when its first word is no English word ("The Treasury" is not one).
    let opens_with_a_name = |(w, s, _): &(String, usize, usize)| {
        passage[*s..].starts_with(char::is_uppercase)
            && !lexicon::is_word(w)
            && !crate::search::STOP_WORDS.contains(&w.as_str())
    };
    words.windows(2).any(|w| {
        (capitalised(&w[0]) || opens_with_a_name(&w[0]))
            && capitalised(&w[1])
            && passage[w[0].2..w[1].1].trim() == ""
    })
}

/// The pseudo-terms for the values a passage states.
pub fn passage_terms(passage: &str) -> Vec<&'static str> {
    let words = text::folded_words(passage);
    let mut out = Vec::new();
    if states_a_temperature(&words) {
        out.push(TEMPERATURE);
    }
    if since_a_year(&words) {
        out.push(SINCE);
    }
    if states_money(passage, &words) {
        out.push(MONEY);
    }
    // "one in five", "two-thirds", "half of": a share in words.
    let fraction = words.windows(3).any(|w| {
        NUMBER_WORDS.contains(&w[0].0.as_str())
            && w[1].0 == "in"
            && NUMBER_WORDS.contains(&w[2].0.as_str())
    }) || words.windows(2).any(|w| {
        (matches!(
            w[0].0.as_str(),
            "half" | "third" | "thirds" | "quarter" | "quarters"
        ) && w[1].0 == "of")
            || (matches!(w[0].0.as_str(), "two" | "three")
                && matches!(w[1].0.as_str(), "thirds" | "quarters"))
    });
    if passage.contains('%')
        || words
            .iter()
            .any(|(w, _, _)| w == "percent" || w == "percentage")
        || passage.to_lowercase().contains("per cent")
        || fraction
    {
        out.push(SHARE);
    }
    // A year, a month, or a period named from now ("next fall", "this
    // spring", "last week").
    let period = |w: &str| {
        [
            "week",
            "month",
            "year",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "semester",
            "quarter",
            "decade",
            "fortnight",
        ]
        .contains(&w)
    };
    if words.iter().any(|(w, s, _)| {
        is_year(w)
            || (text::MONTHS.contains(&w.as_str()) && passage[*s..].starts_with(char::is_uppercase))
    })
        // An earlier year after a word that dates it: "sank in 1766",
        // "since 1850" (alone, "1800 jobs" is a count).
        || words.windows(2).any(|w| {
            matches!(w[0].0.as_str(), "in" | "since" | "from" | "until" | "by" | "before" | "after" | "around")
                && w[1].0.len() == 4
                && w[1].0.starts_with('1')
                && w[1].0.chars().all(|c| c.is_ascii_digit())
        })
        // "4 a.m.", "7pm", "5.30am" (not "on Tuesday": nearly every news
        // paragraph says when something was said)
        || words.windows(3).any(|w| {
            w[0].0.chars().all(|c| c.is_ascii_digit())
                && matches!((w[1].0.as_str(), w[2].0.as_str()), ("a" | "p", "m"))
        })
        || words.iter().any(|(w, _, _)| is_clock(w))
        // "in place until noon", "at midnight"
        || words.windows(2).any(|w| {
            matches!(w[0].0.as_str(), "at" | "until" | "till" | "by" | "from" | "before" | "after" | "around")
                && matches!(w[1].0.as_str(), "noon" | "midday" | "midnight")
        })
        // "19:40 — The Portree lifeboat is launched": a 24-hour time.
        || has_24_hour_time(passage)
        // "until at least Friday", "from Monday": a day a thing starts or
        // ends, not the day something was said.
        || words.iter().enumerate().any(|(i, (w, _, _))| {
            text::WEEKDAYS.contains(&w.as_str())
                && words[i.saturating_sub(3)..i].iter().any(|(b, _, _)| {
                    ["until", "till", "by", "from", "before", "after", "starting"]
                        .contains(&b.as_str())
                })
        })
        // "last Friday's draw", "next Monday".
        || words.windows(2).any(|w| {
            ["last", "next"].contains(&w[0].0.as_str())
                && text::WEEKDAYS.contains(&w[1].0.trim_end_matches("'s"))
        })
        // "Dec. 15", "Sept 3"
        || words.windows(2).any(|w| {
            text::SHORT_MONTHS.contains(&w[0].0.as_str())
                && passage[w[0].1..].starts_with(char::is_uppercase)
                && (1..=2).contains(&w[1].0.len())
                && w[1].0.chars().all(|c| c.is_ascii_digit())
        })
        || words
        .windows(2)
        .any(|w| ["next", "last", "this"].contains(&w[0].0.as_str()) && period(&w[1].0))
        // "until I was seventeen", "when she was six": a time given by an
        // age.
        || at_an_age(&words)
        // "will close at the end of the month"
        || words.windows(4).any(|w| {
            matches!(w[0].0.as_str(), "end" | "start" | "beginning" | "middle")
                && w[1].0 == "of"
                && matches!(w[2].0.as_str(), "the" | "this" | "next")
                && (period(&w[3].0) || matches!(w[3].0.as_str(), "term" | "season" | "decade"))
        })
        // "would be announced in the spring"
        || words.windows(3).any(|w| {
            matches!(w[0].0.as_str(), "in" | "by" | "until" | "over")
                && w[1].0 == "the"
                && matches!(
                    w[2].0.as_str(),
                    "spring" | "summer" | "autumn" | "winter" | "new" | "morning" | "evening" | "afternoon"
                )
                && (w[2].0 != "new" || passage[w[2].2..].trim_start().to_lowercase().starts_with("year"))
        })
        // "in late autumn", "by early March"
        || words.windows(2).any(|w| {
            ["late", "early", "mid"].contains(&w[0].0.as_str())
                && (period(&w[1].0) || text::MONTHS.contains(&w[1].0.as_str()))
        })
        // "lived about 166 million years ago"
        || long_ago(passage, &words)
        // "buried around 920AD", "in AD 43", "500 BC"
        || words.iter().any(|(w, _, _)| {
            ["ad", "bc", "bce", "ce"].iter().any(|era| {
                w.strip_suffix(era)
                    .is_some_and(|n| !n.is_empty() && n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit()))
            })
        })
        || words.windows(2).any(|w| {
            let digits = |x: &str| !x.is_empty() && x.len() <= 4 && x.chars().all(|c| c.is_ascii_digit());
            (w[0].0 == "ad" && digits(&w[1].0))
                || (digits(&w[0].0) && matches!(w[1].0.as_str(), "bc" | "bce"))
        })
        // "within a week", "in two months"
        || words.windows(3).any(|w| {
            ["within", "in"].contains(&w[0].0.as_str())
                && (["a", "an"].contains(&w[1].0.as_str())
                    || NUMBER_WORDS.contains(&w[1].0.as_str())
                    || w[1].0.chars().all(|c| c.is_ascii_digit()))
                && (period(&w[2].0) || period(w[2].0.trim_end_matches('s')) || w[2].0 == "days" || w[2].0 == "day")
        })
    {
        out.push(TIME);
    }
    // A number with a unit ("30 days"), or a span of time with none
    // ("could take months").
    let number = is_numeral;
    // ("The 24-year-old" is an age, not a span of years.)
    let aged = |i: usize| words.get(i + 2).is_some_and(|w| w.0 == "old");
    // A number before one of `units` ("30 days", "three metres"), with it
    // in one word ("10km", "3kg"), or "hundreds of metres".
    let with_unit = |units: &[&str]| {
        words.windows(2).enumerate().any(|(i, w)| {
            (number(&w[0].0) || NUMBER_WORDS.contains(&w[0].0.as_str()))
                && units.contains(&w[1].0.as_str())
                && !aged(i)
        }) || words.iter().any(|w| {
            let unit =
                w.0.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
            unit.len() < w.0.len() && units.contains(&unit)
        }) || words.windows(3).any(|w| {
            matches!(
                w[0].0.as_str(),
                "hundreds" | "thousands" | "millions" | "billions" | "dozens"
            ) && w[1].0 == "of"
                && units.contains(&w[2].0.as_str())
        }) || words.windows(3).any(|w| {
            // "half a mile from the nearest beach"
            w[0].0 == "half"
                && matches!(w[1].0.as_str(), "a" | "an")
                && units.contains(&w[2].0.as_str())
        })
    };
    // "120 light years from Earth"
    let light_years = words.windows(3).any(|w| {
        (number(&w[0].0) || NUMBER_WORDS.contains(&w[0].0.as_str()))
            && w[1].0 == "light"
            && matches!(w[2].0.as_str(), "years" | "year")
    });
    if with_unit(UNITS)
        || light_years
        // "a month-long amnesty", "a week-long strike": a span of time.
        || {
            let lower = passage.to_lowercase();
            ["day-long", "week-long", "month-long", "year-long", "decade-long"]
                .iter()
                .any(|span| lower.contains(span))
        }
        // "ten working days", "three full weeks"
        || words.windows(3).any(|w| {
            (number(&w[0].0) || NUMBER_WORDS.contains(&w[0].0.as_str()))
                && TIME_QUALIFIERS.contains(&w[1].0.as_str())
                && TIME_UNITS.contains(&w[2].0.as_str())
        })
        // "a magnitude 6.4 earthquake"
        || words.windows(2).any(|w| w[0].0 == "magnitude" && number(&w[1].0))
        || spans_clock_or_days(&words)
        || lasts_until(&words)
        || open_ended(&words)
        || words.windows(2).any(|w| {
            ["take", "takes", "took", "last", "lasts", "lasted", "for", "be"].contains(&w[0].0.as_str())
                && ["hours", "days", "weeks", "months", "years", "decades"]
                    .contains(&w[1].0.as_str())
        })
        || words.windows(3).any(|w| {
            // "usually take about a year", "for nearly an hour".
            [
                "take", "takes", "took", "last", "lasts", "lasted", "for", "about", "around",
                "nearly", "almost", "roughly", "within",
            ]
            .contains(&w[0].0.as_str())
                && ["a", "an"].contains(&w[1].0.as_str())
                && [
                    "hour",
                    "day",
                    "week",
                    "fortnight",
                    "month",
                    "year",
                    "decade",
                ]
                .contains(&w[2].0.as_str())
        })
    {
        out.push(MEASURE);
        // ("40 minutes away", "two hours' drive": a distance in time.)
        let away = words.windows(3).any(|w| {
            (number(&w[0].0) || NUMBER_WORDS.contains(&w[0].0.as_str()))
                && matches!(
                    w[1].0.as_str(),
                    "minutes" | "hours" | "minute" | "hour" | "days"
                )
                && matches!(
                    w[2].0.as_str(),
                    "away" | "drive" | "walk" | "ride" | "journey"
                )
        });
        if with_unit(LENGTH_UNITS) || light_years || away {
            out.push(LENGTH);
        }
        if with_unit(WEIGHT_UNITS) {
            out.push(WEIGHT);
        }
        // "70mph", "30 knots", "40 miles an hour", "900 km per hour".
        let per_hour = words.windows(3).any(|w| {
            LENGTH_UNITS.contains(&w[0].0.as_str())
                && matches!(w[1].0.as_str(), "an" | "a" | "per")
                && matches!(w[2].0.as_str(), "hour" | "second")
        });
        if with_unit(&["mph", "kph", "kmh", "knots"]) || per_hour {
            out.push(SPEED);
        }
        // ("could take months", "weeks rather than days": a span with no
        // number.)
        if spans_time(&words)
            || words.iter().any(|(w, _, _)| {
                matches!(
                    w.as_str(),
                    "seconds"
                        | "minutes"
                        | "hours"
                        | "days"
                        | "weeks"
                        | "fortnight"
                        | "months"
                        | "years"
                        | "decades"
                        | "centuries"
                )
            })
        {
            out.push(DURATION);
        }
    }
    // "The warning is in place until 6pm": how long it lasts, by its end.
    if !out.contains(&DURATION) && lasts_until_a_time(&words) {
        out.push(DURATION);
    }
    if states_an_age(passage, &words) {
        out.push(AGE);
    }
    if states_place(passage, &words) {
        out.push(PLACE);
    }
    let period = |w: &str| ["day", "week", "month", "year", "night", "hour"].contains(&w);
    if words
        .iter()
        .any(|(w, _, _)| FREQUENCY_WORDS.contains(&w.as_str()))
        || words
            .windows(2)
            .any(|w| ["a", "per", "each"].contains(&w[0].0.as_str()) && period(&w[1].0))
        || passage.contains("-a-day")
        // "about a dozen over the past ten years": how many in how long.
        || words.windows(5).any(|w| {
            matches!(w[0].0.as_str(), "over" | "in")
                && w[1].0 == "the"
                && matches!(w[2].0.as_str(), "past" | "last")
                && (w[3].0.starts_with(|c: char| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w[3].0.as_str()))
                && matches!(w[4].0.as_str(), "years" | "months" | "decades" | "weeks")
        })
    {
        out.push(FREQUENCY);
    }
    if words
        .iter()
        .any(|(w, _, _)| w.chars().any(|c| c.is_ascii_digit()))
    {
        out.push(NUMBER);
    }
    if names_someone(passage, &words) {
        out.push(NAME);
    }
    if names_an_agent(passage, &words) {
        out.push(AGENT);
    }
    if states_a_score(passage) {
        out.push(SCORE);
    }
    out
}

/// True when a passage holds a score or tally written with a hyphen or
/// dash: "beating Price 7-4", "a 3–0 win", "121-110"; not a season
/// ("2024-25") nor a telephone number ("1-800-555-0199").
fn states_a_score(passage: &str) -> bool {
    passage.split_whitespace().any(|token| {
        let t = token.trim_matches(|c: char| !c.is_ascii_digit());
        let parts: Vec<&str> = t.split(['-', '–']).collect();
        parts.len() == 2
            && parts
                .iter()
                .all(|p| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    })
}

/// True when "by" is followed, within a few lower-case words, by a
/// capitalised one that is no month or weekday: "by the folk musician Gwen
/// Pugh", "a report by Ofsted", not "by the end of March".
fn names_an_agent(passage: &str, words: &[(String, usize, usize)]) -> bool {
    const BETWEEN: usize = 4;
    words.iter().enumerate().any(|(i, (w, _, _))| {
        w == "by"
            && words[i + 1..]
                .iter()
                .take(BETWEEN + 1)
                .find(|(_, s, _)| passage[*s..].starts_with(char::is_uppercase))
                .is_some_and(|(n, s, _)| {
                    words[i + 1..]
                        .iter()
                        .take_while(|(_, s2, _)| s2 < s)
                        .count()
                        <= BETWEEN
                        && passage[words[i].2..*s]
                            .chars()
                            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
                        && !text::MONTHS.contains(&n.as_str())
                        && !text::WEEKDAYS.contains(&n.as_str())
                        && !text::SHORT_MONTHS.contains(&n.as_str())
                })
    })
}

/// True for "How long has he been a cobbler?", "how long have they lived
/// there": a span up to now, which "since 1966" gives.
pub fn asks_how_long_since(question: &str) -> bool {
    text::folded_words(question).windows(3).any(|w| {
        w[0].0 == "how" && w[1].0 == "long" && matches!(w[2].0.as_str(), "has" | "have" | "had")
    })
}

/// Questions that ask how long something took or takes ("How long did
/// they have to study them?", "how long will the closure last"), not how
/// long a thing is ("How long is the runway?").
pub fn asks_for_a_duration(question: &str) -> bool {
    let words = text::folded_words(question);
    words.windows(3).any(|w| {
        w[0].0 == "how"
            && w[1].0 == "long"
            && !matches!(w[2].0.as_str(), "is" | "are" | "was" | "were" | "'s")
    })
}

/// True when a passage states a span of time: a number, or "a", "few",
/// "several", before a unit of time ("two weeks", "a fortnight", "six
/// months"); "1.7 metres" is no duration.
pub fn states_a_duration(passage: &str) -> bool {
    spans_time(&text::folded_words(passage))
}

/// Units of time: "two weeks" is a span ([`spans_time`]) and no size
/// ([`states_a_size`]).
const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
];

/// Words that may stand between a number and its unit of time: "ten
/// working days", "three full weeks", "two calendar months".
const TIME_QUALIFIERS: &[&str] = &[
    "working",
    "full",
    "whole",
    "calendar",
    "consecutive",
    "straight",
    "school",
    "business",
];

/// [`states_a_duration`] of a passage's words, split once.
fn spans_time(words: &[(String, usize, usize)]) -> bool {
    words.windows(2).enumerate().any(|(i, w)| {
        // ("15 complaints a year" is a rate: "a" is a span only after a
        // word that measures time, "for a year", "about a week".)
        let a_span = w[0].0 == "a"
            && i.checked_sub(1).is_some_and(|k| {
                matches!(
                    words[k].0.as_str(),
                    "for"
                        | "about"
                        | "around"
                        | "nearly"
                        | "almost"
                        | "within"
                        | "in"
                        | "over"
                        | "than"
                        | "after"
                        | "take"
                        | "takes"
                        | "took"
                        | "taken"
                        | "last"
                        | "lasts"
                        | "lasted"
                        | "just"
                        | "only"
                        | "half"
                        | "least"
                        | "up"
                        | "to"
                        | "under"
                        | "roughly"
                        | "barely"
                        | "spend"
                        | "spent"
                        | "given"
                        | "give"
                        | "gave"
                        | "has"
                        | "have"
                        | "had"
                        | "get"
                        | "got"
                        | "need"
                        | "needs"
                        | "during"
                )
            });
        let amount = w[0].0.starts_with(|c: char| c.is_ascii_digit())
            || NUMBER_WORDS.contains(&w[0].0.as_str())
            || a_span
            || w[0].0 == "few";
        // ("ten working days", "three full weeks": a span too.)
        let unit = if TIME_UNITS.contains(&w[1].0.as_str()) {
            i + 1
        } else if TIME_QUALIFIERS.contains(&w[1].0.as_str())
            && words
                .get(i + 2)
                .is_some_and(|x| TIME_UNITS.contains(&x.0.as_str()))
        {
            i + 2
        } else {
            return false;
        };
        // ("the 24-year-old" is an age.)
        amount && words.get(unit + 1).is_none_or(|x| x.0 != "old")
    }) || spans_clock_or_days(words)
        || lasts_until(words)
        || open_ended(words)
}

/// A span counted from a year: "has mended shoes since 1966".
fn since_a_year(words: &[(String, usize, usize)]) -> bool {
    words
        .windows(2)
        .any(|w| w[0].0 == "since" && is_a_past_year(&w[1].0))
        // "She joined the workshop eleven years ago": how long she has.
        || words.windows(3).any(|w| {
            (is_age_number(&w[0].0) || w[0].0 == "a")
                && matches!(w[1].0.as_str(), "years" | "decades" | "year" | "decade")
                && w[2].0 == "ago"
        })
}

/// A decade in digits: "1920s", "1400s".
fn is_a_decade(w: &str) -> bool {
    w.len() == 5 && w.ends_with('s') && w[..4].chars().all(|c| c.is_ascii_digit())
}

/// A year something could be counted from: four digits, 1000 to 2099
/// ("since 1742", "founded in 1890").
fn is_a_past_year(w: &str) -> bool {
    w.len() == 4
        && w.chars().all(|c| c.is_ascii_digit())
        && (w.starts_with('1') || w.starts_with("20"))
}

/// A span with no end: "the strike is indefinite", "closed indefinitely".
fn open_ended(words: &[(String, usize, usize)]) -> bool {
    words
        .iter()
        .any(|(w, _, _)| matches!(w.as_str(), "indefinite" | "indefinitely" | "open-ended"))
}

/// "runs from 6am to 9pm", "from Monday until Friday": a span of time.
fn spans_clock_or_days(words: &[(String, usize, usize)]) -> bool {
    words.windows(4).any(|w| {
        w[0].0 == "from"
            && is_clock_or_day(&w[1].0)
            && matches!(w[2].0.as_str(), "to" | "until")
            && is_clock_or_day(&w[3].0)
    })
}

/// A span given by its end: "runs until the end of 2027", "open until
/// October", "until Friday": what "how long will it last" asks.
/// "in place until 6pm", "until midday": the end of a span, for "How long
/// does the warning last?" (not a measure: "open until 5pm" is no length).
fn lasts_until_a_time(words: &[(String, usize, usize)]) -> bool {
    lasts_until(words)
        || words.iter().enumerate().any(|(i, (w, _, _))| {
            matches!(w.as_str(), "until" | "till")
                && words.get(i + 1).is_some_and(|(x, _, _)| {
                    is_clock(x) || matches!(x.as_str(), "midday" | "noon" | "midnight")
                })
        })
}

fn lasts_until(words: &[(String, usize, usize)]) -> bool {
    words.iter().enumerate().any(|(i, (w, _, _))| {
        matches!(w.as_str(), "until" | "till")
            && words[i + 1..].iter().take(4).any(|(x, _, _)| {
                (x.len() == 4 && x.starts_with("20") && x.chars().all(|c| c.is_ascii_digit()))
                    || text::MONTHS.contains(&x.as_str())
                    || text::WEEKDAYS.contains(&x.as_str())
            })
    })
}

/// "6am", "9.30pm", "Friday".
fn is_clock_or_day(w: &str) -> bool {
    is_clock(w) || text::WEEKDAYS.contains(&w)
}

/// True when a heading is only a time of day ("13:50", "Updated 9.30am"):
/// the entry of a live report, dated by it.
pub fn is_a_time_of_day(heading: &str) -> bool {
    let words = text::folded_words(heading);
    (1..=3).contains(&words.len())
        && (has_24_hour_time(heading) || words.iter().any(|(w, _, _)| is_clock(w)))
}

/// True when a passage holds a time of day written "19:40" or "09:00".
fn has_24_hour_time(passage: &str) -> bool {
    let b = passage.as_bytes();
    (0..b.len()).any(|i| {
        b[i] == b':'
            && i >= 1
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
            && {
                let start = if i >= 2 && b[i - 2].is_ascii_digit() {
                    i - 2
                } else {
                    i - 1
                };
                let hour: u32 = passage[start..i].parse().unwrap_or(99);
                let minute: u32 = passage[i + 1..i + 3].parse().unwrap_or(99);
                (start == 0 || !b[start - 1].is_ascii_digit()) && hour < 24 && minute < 60
            }
    })
}

/// "6am", "9.30pm", "5:45am".
fn is_clock(w: &str) -> bool {
    w.strip_suffix("am")
        .or_else(|| w.strip_suffix("pm"))
        .is_some_and(|c| {
            c.starts_with(|c: char| c.is_ascii_digit())
                && c.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ':')
        })
}

/// True when a passage names a day ("on Friday afternoon", "yesterday"):
/// too common to count as a [`TIME`] for ranking (nearly every paragraph
/// says when something was said), but an answer to "When did it start?".
pub fn names_a_day(passage: &str) -> bool {
    text::folded_words(passage).iter().any(|(w, _, _)| {
        // ("on Mondays and Fridays" too)
        text::WEEKDAYS.contains(&w.as_str())
            || w.strip_suffix('s')
                .is_some_and(|d| text::WEEKDAYS.contains(&d))
            || ["today", "yesterday", "tomorrow", "tonight"].contains(&w.as_str())
    })
}

/// True when a passage names a day on which something is to happen: a
/// weekday after "will", "to", "due", "expected"… ("hoped to reopen on
/// Thursday morning"), or "tomorrow". Answers "When will it reopen?"; "the
/// council said on Monday" and "won in Berlin on Sunday" do not.
pub fn names_a_coming_day(passage: &str) -> bool {
    const FUTURE: &[&str] = &[
        "will",
        "to",
        "due",
        "expected",
        "scheduled",
        "planned",
        "plans",
        "until",
        "from",
        "next",
        "shall",
    ];
    let words = text::folded_words(passage);
    words.iter().enumerate().any(|(i, (w, _, _))| {
        ["tomorrow", "tonight"].contains(&w.as_str())
            || (text::WEEKDAYS.contains(&w.as_str())
                && words[i.saturating_sub(8)..i]
                    .iter()
                    .any(|(v, _, _)| FUTURE.contains(&v.as_str())))
    })
}

/// The kinds of value a passage states ([`passage_terms`]), and a
/// [`REASON`] when it gives one: under a heading asking why ("Why it
/// happened"), or saying "because", "due to", "blamed on", "caused by", "in
/// protest", "a dispute over", "over concerns", "in order to"…, or
/// saying why is not known ("Why he did it has never been explained").
pub fn passage_kinds(passage: &str, section: &str) -> Vec<&'static str> {
    let mut out = passage_terms(passage);
    let lower = passage.to_lowercase();
    if interrogative(section) == Some("why")
        || text::folded_words(passage)
            .iter()
            .any(|(w, _, _)| w == "why")
        || [
            " because ",
            " blamed ",
            " caused by ",
            " as a result of ",
            " owing to ",
            " in protest ",
            " in response to ",
            " dispute over ",
            " over concerns ",
            " amid concerns ",
            " on the grounds that ",
            " in order to ",
            " driven by ",
            " fuelled by ",
            " fueled by ",
            " triggered by ",
            " sparked by ",
            " prompted by ",
            // "The delay follows a national review"
            " follows a ",
            " follows the ",
            // "Whether this explains the rise is not clear"
            " explains the ",
            " explain the ",
            " explained by ",
            " came after ",
            " comes after ",
            // A purpose: "in a bid to…", "as part of plans to cut…"
            " in an effort to ",
            " in a bid to ",
            " as part of plans to ",
            " as part of efforts to ",
            " as part of a plan to ",
            " as it tries to ",
            " as they try to ",
            " aimed at ",
            " is intended to ",
            " are intended to ",
            " in a move to ",
            // "fined for breaching the rules", "docked for failing to…"
            " for breaching ",
            " for breaking ",
            " for failing to ",
            " for violating ",
            " for refusing to ",
            " for misleading ",
        ]
        .iter()
        .any(|p| lower.contains(p))
        || due_to_a_cause(&lower)
        || so_a_consequence(&lower)
    {
        out.push(REASON);
    }
    out
}

/// A cause and its consequence joined by ", so" ("the contract pays them
/// too little, so many have left"); not ", so far" or ", so long as".
fn so_a_consequence(lower: &str) -> bool {
    lower.match_indices(", so ").any(|(i, m)| {
        let next = lower[i + m.len()..]
            .split(|c: char| !c.is_alphanumeric())
            .next();
        !matches!(next, Some("far" | "long"))
    })
}

/// "due to" giving a cause ("due to heavy rain", "due to rising costs"),
/// not a schedule ("is already due to rise from 66 to 67", "due to open in
/// May").
fn due_to_a_cause(lower: &str) -> bool {
    const SCHEDULED: &[&str] = &[
        "be", "rise", "fall", "open", "close", "start", "begin", "end", "finish", "take", "come",
        "arrive", "leave", "meet", "vote", "report", "expire", "launch", "resume", "return",
        "sign", "go", "hold", "appear", "face", "stand", "retire", "step", "make", "publish",
        "give", "deliver", "announce", "run", "play", "land", "complete", "decide", "rule",
    ];
    lower.match_indices(" due to ").any(|(i, m)| {
        let next = lower[i + m.len()..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        !next.is_empty() && !SCHEDULED.contains(&next)
    })
}

/// Words that ask for a reason ("What caused the run?"), answered by a
/// passage giving one ([`REASON`]) though it never uses the word.
const REASON_WORDS: &[&str] = &["cause", "causes", "caused", "causing", "reason", "reasons"];

/// Verbs of making something, whose maker an article names after "by"
/// ("a film by…", "the report, written by…", "funded by…"); not "own" or
/// "hold" ("led by ECT" says nothing of who owns it). Dictionary forms: a
/// question's verb is matched through [`lexicon::lemmas`] ("wrote" → "write").
const MAKING: &[&str] = &[
    "write",
    "direct",
    "make",
    "design",
    "build",
    "paint",
    "compose",
    "produce",
    "create",
    "invent",
    "develop",
    "discover",
    "found",
    "fund",
    "organise",
    "organize",
    "conduct",
    "publish",
    "commission",
    "draw",
    "shoot",
    "film",
    "sing",
    "carve",
    "sculpt",
    "lead",
    "run",
    "sponsor",
];

/// What a question asks for, read once per question.
#[derive(Debug, Clone)]
pub struct Asking {
    /// The question asks for a value at all ("how much…", "what…",
    /// "when…", "which…"), not for a person ("Who paid?").
    value: bool,
    /// The words right after each "how" ("how long" → "long").
    after_how: Vec<String>,
    /// The verb of a "who" question ("Who wrote the music?" → "wrote").
    who_verb: Option<String>,
    /// The question asks a span of time ("How long do they have?").
    duration: bool,
    /// The question asks a distance ("How far away is the Sun?"), not a
    /// lead ("How far ahead did he finish?").
    distance: bool,
    /// The question asks how fast something moves ("How fast can it go?"):
    /// a speed, not the growth or the time of "How fast did it sell out?".
    moving: bool,
    /// The question asks someone's name ("What's her name?"): a passage
    /// that names someone answers, whatever else it says.
    their_name: bool,
}

impl Asking {
    pub fn new(question: &str) -> Asking {
        let words: Vec<String> = text::folded_words(question)
            .into_iter()
            .map(|w| w.0)
            .collect();
        let after_how: Vec<String> = words
            .windows(2)
            .filter(|w| w[0] == "how")
            .map(|w| w[1].clone())
            .collect();
        let value = after_how.iter().any(|w| w == "much")
            || words.first().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "what" | "what's" | "whats" | "which" | "when" | "how"
                )
            });
        let who_verb = who_predicate(question)
            .filter(|v| lexicon::lemmas(v).iter().any(|l| MAKING.contains(l)));
        let moving = after_how.iter().any(|w| w == "fast")
            && words.iter().any(|w| MOVING.contains(&w.as_str()));
        Asking {
            value,
            after_how,
            who_verb,
            duration: asks_for_a_duration(question),
            // ("How close can boats get?": as near as they may come.)
            // ("How far did the bottle travel?": the distance it went.)
            distance: words.windows(3).any(|w| {
                w[0] == "how" && w[1] == "far" && matches!(w[2].as_str(), "away" | "apart" | "from")
            }) || asks_how_far_it_went(question)
                || (words.windows(2).any(|w| w[0] == "how" && w[1] == "close")
                    && words.iter().any(|w| {
                        MOVING.contains(&w.as_str()) || matches!(w.as_str(), "get" | "come")
                    })),
            moving,
            their_name: words.windows(2).any(|w| {
                matches!(w[0].as_str(), "his" | "her" | "their")
                    && matches!(w[1].as_str(), "name" | "names")
            }),
        }
    }

    /// The pseudo-term for the word after "how" that asks for a kind of
    /// value rather than names a word to look for: a measure ("how long",
    /// "how far"), a number ("how big"), a frequency ("how often").
    pub fn how_term(&self, word: &str) -> Option<&'static str> {
        if !self.after_how.iter().any(|w| w == word) {
            return None;
        }
        if word == "fast" && self.moving {
            Some(SPEED)
        } else if word == "long" && self.duration {
            Some(DURATION)
        } else if HOW_LENGTH.contains(&word)
            || ((word == "far" || word == "close") && self.distance)
        {
            Some(LENGTH)
        } else if word == "heavy" {
            Some(WEIGHT)
        } else if HOW_MEASURE.contains(&word) {
            Some(MEASURE)
        } else if word == "old" {
            Some(AGE)
        } else if matches!(word, "cold" | "hot" | "warm" | "chilly") {
            Some(TEMPERATURE)
        } else if HOW_SIZE.contains(&word) {
            Some(NUMBER)
        } else if word == "often" || word == "frequently" {
            Some(FREQUENCY)
        } else {
            None
        }
    }

    /// True for the adjective of "how bad", "how serious"…: a frame, not a
    /// word of what is asked about.
    pub fn asks_degree(&self, word: &str) -> bool {
        HOW_DEGREE.contains(&word) && self.after_how.iter().any(|w| w == word)
    }

    /// The pseudo-term that answers `word` (folded) in this question, when
    /// the word asks for a kind of value and the question for a value.
    pub fn term_for(&self, word: &str) -> Option<&'static str> {
        if let Some(t) = self.how_term(word) {
            return Some(t);
        }
        if MONEY_NOUNS.contains(&word) {
            return Some(MONEY);
        }
        if REASON_WORDS.contains(&word) {
            return Some(REASON);
        }
        if self.their_name && matches!(word, "name" | "names") {
            return Some(NAME);
        }
        // "Who wrote the music?" is answered by "the score, by Gwen Pugh".
        if self.who_verb.as_deref() == Some(word) {
            return Some(AGENT);
        }
        if !self.value {
            return None;
        }
        ASKING
            .iter()
            .find(|(_, words)| words.contains(&word))
            .map(|(term, _)| *term)
    }
}

/// Questions that ask for a share ("how much of the revenue", "what share",
/// "what percentage", "what fraction"): passages holding a percentage are
/// preferred.
pub fn asks_for_a_share(question: &str) -> bool {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .collect();
    words
        .windows(3)
        .any(|w| w[0] == "how" && w[1] == "much" && w[2] == "of")
        || words.windows(2).any(|w| {
            matches!(w[0].as_str(), "what" | "which")
                && matches!(
                    w[1].as_str(),
                    "share" | "percentage" | "percent" | "proportion" | "fraction" | "part"
                )
        })
}

/// Questions whose answer is a number or a date ("how many", "how much",
/// "what share", "when"): passages that hold one are preferred.
pub fn asks_for_a_number(question: &str) -> bool {
    let q = format!(
        " {} ",
        question
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    [
        " how many ",
        " how much ",
        " what share ",
        " what percentage ",
        " what proportion ",
        " what year ",
        " how long ",
    ]
    .iter()
    .any(|p| q.contains(p))
}

/// The word a "how many" question counts ("How many jobs will it create?"
/// → "jobs"), folded.
pub fn how_many_of(question: &str) -> Option<String> {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .collect();
    let at = words
        .windows(3)
        .position(|w| w[0] == "how" && w[1] == "many")?;
    // The head of a compound is its last noun, which a count names in the
    // plural: "how many measles cases" counts cases ("how many people
    // work…" counts people).
    let mut head = at + 2;
    let stop = |w: &str| crate::search::STOP_WORDS.contains(&w);
    // "How many new emergency areas…": the plural after the words that
    // describe it.
    if !words[head].ends_with('s') {
        if let Some(k) = (head + 1..words.len().min(at + 5))
            .find(|&k| words[k].ends_with('s') && !stop(&words[k]) && lexicon::is_noun(&words[k]))
        {
            if words[head..k].iter().all(|w| !stop(w)) {
                head = k;
            }
        }
    }
    while head + 1 < words.len()
        && head < at + 4
        && words[head + 1].ends_with('s')
        && !crate::search::STOP_WORDS.contains(&words[head + 1].as_str())
        && lexicon::is_noun(&words[head + 1])
    {
        head += 1;
    }
    // "How many times…" counts events, not times.
    words.get(head).filter(|w| *w != "times").cloned()
}

/// The words of a "how many" question that say what the count is within
/// or per, not what is counted: "hive" in "How many bees are in a hive?",
/// which "keeps 14 hives" does not answer.
pub fn counted_within(question: &str) -> Vec<String> {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .collect();
    let Some(at) = words
        .windows(2)
        .position(|w| w[0] == "how" && w[1] == "many")
    else {
        return Vec::new();
    };
    let originals: Vec<String> = text::words(question)
        .map(|(s, e)| &question[s..e])
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(text::fold)
        .collect();
    let mut within = Vec::new();
    for k in at + 2..words.len() {
        if matches!(
            words[k].as_str(),
            "in" | "inside" | "per" | "each" | "every"
        ) {
            let noun = words[k + 1..]
                .iter()
                .find(|w| !matches!(w.as_str(), "a" | "an" | "the" | "one" | "each" | "every"));
            // (Not a name: "How many chargers are in London?" is asked of
            // the place's own figures.)
            within.extend(noun.filter(|w| !originals.contains(w)).cloned());
        }
    }
    within
}

/// The verbs of a "how much" question that ask a price: "How much does it
/// cost?", "how much did it sell for?".
#[rustfmt::skip]
pub const PRICE_VERBS: &[&str] = &[
    "cost", "costs", "pay", "pays", "paid", "paying", "earn", "earns", "earned", "earning",
    "charge", "charges", "charged", "worth", "spend", "spent", "spending", "sell", "sells",
    "sold", "selling", "fetch", "fetched",
];

/// The thing whose price a "how much does X cost" question asks
/// ("How much does the repair cost?" → "repair", "How much is the fine?" →
/// "fine"), folded: the last word before the money verb, or of the
/// question. `None` when the question asks how much of something else
/// ("How much did profit grow?").
pub fn how_much_for(question: &str) -> Option<String> {
    const BE: &[&str] = &[
        "does", "do", "did", "is", "are", "was", "were", "will", "would", "could",
    ];
    /// Words that do not name the thing ("the", "their").
    const FILLER: &[&str] = &[
        "the", "a", "an", "it", "this", "that", "they", "their", "its", "his", "her",
    ];
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .collect();
    let at = words
        .windows(3)
        .position(|w| w[0] == "how" && w[1] == "much" && BE.contains(&w[2].as_str()))?;
    let rest = &words[at + 3..];
    let verb = rest.iter().position(|w| PRICE_VERBS.contains(&w.as_str()));
    let is_be = matches!(words[at + 2].as_str(), "is" | "are" | "was" | "were");
    let last_named = |ws: &[String]| {
        ws.iter()
            .rev()
            .find(|w| !FILLER.contains(&w.as_str()))
            .cloned()
    };
    // "How much is Veridian spending on AI?": what is paid for, when named.
    if let Some(thing) = verb.and_then(|v| {
        rest[v + 1..]
            .split(|w| w == "on" || w == "for")
            .nth(1)
            .and_then(last_named)
    }) {
        return Some(thing);
    }
    // ("How much is footfall down by 2pm?" asks a change, not a price.)
    let change = rest.iter().any(|w| {
        matches!(
            w.as_str(),
            "down" | "up" | "higher" | "lower" | "more" | "less" | "fallen" | "risen"
        )
    });
    match verb {
        // "How much does he charge?": what someone is paid, priced by its
        // verb ("I charge £1,200 a year", not "charging businesses").
        Some(v)
            if rest[..v]
                .iter()
                .all(|w| matches!(w.as_str(), "he" | "she" | "i" | "you" | "we" | "they"))
                && v > 0 =>
        {
            Some(rest[v].clone())
        }
        Some(v) => last_named(&rest[..v]),
        // "How much is the fine?": the thing itself is the price.
        None if is_be && !change => last_named(rest),
        None => None,
    }
}

/// The attribute a "what is the X of Y" question asks for ("What is the
/// population of Columbus?" → "population"), folded: if the article never
/// uses it, nothing about Y answers the question.
pub fn attribute_asked(question: &str) -> Option<String> {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .collect();
    let start = match words.first().map(String::as_str) {
        Some("what's" | "whats") => 1,
        Some("what" | "which" | "who")
            if matches!(
                words.get(1).map(String::as_str),
                Some("is" | "was" | "are" | "were")
            ) =>
        {
            2
        }
        _ => return None,
    };
    match (words.get(start), words.get(start + 1), words.get(start + 2)) {
        (Some(the), Some(x), Some(of)) if the == "the" && of == "of" => Some(x.clone()),
        _ => None,
    }
}

/// What a "who" question asks about someone, folded: the verb right after
/// "who" ("Who owns the ferry?" → "owns") or the role in "who is/was X of
/// Y" ("Who was king of Benin?" → "king"). If the article has no word for
/// it at all, no passage says who.
pub fn who_predicate(question: &str) -> Option<String> {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .collect();
    if words.first().map(String::as_str) != Some("who") {
        return None;
    }
    let second = words.get(1)?;
    if matches!(second.as_str(), "is" | "was" | "are" | "were") {
        return match (words.get(2), words.get(3)) {
            (Some(x), Some(of)) if of == "of" && !matches!(x.as_str(), "the" | "a" | "an") => {
                Some(x.clone())
            }
            _ => None,
        };
    }
    const AUXILIARIES: &[&str] = &[
        "has", "had", "have", "did", "does", "do", "will", "would", "could", "should", "can",
        "may", "might", "must", "else", "exactly", "else's",
    ];
    (!AUXILIARIES.contains(&second.as_str())).then(|| second.clone())
}

/// Questions asking what someone said or thinks ("What did the band
/// say?", "what does Ofgem think"): answered by a passage where they speak.
pub fn asks_what_said(question: &str) -> bool {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .collect();
    matches!(words.first().map(String::as_str), Some("what"))
        && matches!(
            words.last().map(String::as_str),
            Some("say" | "said" | "think" | "thinks")
        )
}

/// True when a passage says what will happen: "will rise", "is expected
/// to", "plans to", "is due to".
pub fn speaks_of_the_future(passage: &str) -> bool {
    let words = text::folded_words(passage);
    words.iter().any(|(w, _, _)| w == "will" || w == "won't")
        || words.windows(2).any(|w| {
            matches!(
                w[0].0.as_str(),
                "expected" | "plans" | "planned" | "due" | "set" | "going"
            ) && w[1].0 == "to"
        })
}

/// True for an ordinal: "third", "ninth", "21st".
pub fn is_ordinal(word: &str) -> bool {
    const ORDINALS: &[&str] = &[
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "twentieth",
    ];
    ORDINALS.contains(&word)
        || ["st", "nd", "rd", "th"].iter().any(|s| {
            word.strip_suffix(s)
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        })
}

/// True for a word that states a count: digits ("2,400", "38,000"), not a
/// year nor a name with a digit in it ("the A3", "rated 12A"), or a number
/// word ("eleven", "dozens", "thousands").
pub fn is_count(word: &str) -> bool {
    (word.starts_with(|c: char| c.is_ascii_digit())
        && ["bn", "m", "k", "s", ""].iter().any(|suffix| {
            word.strip_suffix(suffix)
                .is_some_and(|n| n.ends_with(|c: char| c.is_ascii_digit()))
        })
        && !is_year(word))
        || NUMBER_WORDS.contains(&word)
        || [
            "dozen",
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "billions",
            "eleven",
            "thirteen",
            "fourteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "thousand",
            "million",
            "billion",
        ]
        .contains(&word)
}

/// The thing a question asks to be defined, as folded words: "What is a
/// section 114 notice?" → `["section", "114", "notice"]`; "what are
/// superbugs", "what does HBM mean" too. `None` for other questions,
/// and for "what is the government doing about it?" (a function word or
/// a verb form in it).
pub fn defined_term(question: &str) -> Option<Vec<String>> {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|(w, _, _)| w)
        .collect();
    let rest: &[String] = match words.as_slice() {
        [what, be, rest @ ..] if what == "what" && ["is", "are", "'s"].contains(&be.as_str()) => {
            rest
        }
        [whats, rest @ ..] if whats == "what's" || whats == "whats" => rest,
        [what, does, rest @ .., mean] if what == "what" && does == "does" && mean == "mean" => rest,
        _ => return None,
    };
    let rest = match rest {
        // "What is the price?" asks a value, not what a price is.
        [the, _] if the == "the" => return None,
        [a, rest @ ..] if ["a", "an", "the"].contains(&a.as_str()) => rest,
        _ => rest,
    };
    // ("warning" is a thing; "doing", "planning" are what someone does.)
    const DOING: &[&str] = &[
        "doing",
        "planning",
        "saying",
        "happening",
        "going",
        "offering",
        "proposing",
        "asking",
        "seeking",
        "trying",
        "looking",
        "making",
        "getting",
    ];
    let plain = |w: &String| {
        !crate::search::STOP_WORDS.contains(&w.as_str())
            && !DOING.contains(&w.as_str())
            && !["this", "that", "it", "they", "he", "she"].contains(&w.as_str())
    };
    ((1..=4).contains(&rest.len()) && rest.iter().all(plain)).then(|| rest.to_vec())
}

/// True when a passage defines a thing: names it, then says what it is
/// ("a section 114 notice, which bans all new spending", "Model
/// distillation is a process", "HBM (high-bandwidth memory)", "superbugs
/// — bacteria that…"), or names it as a thing known by that name ("a
/// process known as distillation").
pub fn defines(passage: &str, term: &[String]) -> bool {
    let words = text::folded_words(passage);
    let n = term.len();
    if n == 0 || words.len() < n {
        return false;
    }
    let same = |w: &str, t: &str| {
        w == t || w.strip_suffix('s') == Some(t) || t.strip_suffix('s') == Some(w)
    };
    (0..=words.len() - n).any(|i| {
        if !words[i..i + n].iter().zip(term).all(|(w, t)| same(&w.0, t)) {
            return false;
        }
        let end = words[i + n - 1].2;
        // ('a "statutory nuisance", meaning…': past the closing quote.)
        let after = passage[end..]
            .trim_start_matches(['"', '”', '\'', '’'])
            .trim_start();
        let next: Vec<&str> = words[i + n..]
            .iter()
            .take(2)
            .map(|w| w.0.as_str())
            .collect();
        let before: Vec<&str> = words[i.saturating_sub(2)..i]
            .iter()
            .map(|w| w.0.as_str())
            .collect();
        // "a section 114 notice on Wednesday night, which bans…": a
        // relative clause a few words on.
        let which_soon = words[i + n..]
            .iter()
            .take(5)
            .any(|w| w.0 == "which" && passage[..w.1].trim_end().ends_with(','));
        which_soon
            || after.starts_with(['(', '—', '–', ':'])
            || (after.starts_with(',')
                && next
                    .first()
                    .is_some_and(|w| ["which", "a", "an", "the", "known", "meaning"].contains(w)))
            || matches!(
                next.as_slice(),
                [
                    "is" | "are" | "was" | "were",
                    "a" | "an" | "the" | "when" | "where" | "how"
                ] | ["means" | "refers" | "describes", ..]
            )
            || matches!(before.as_slice(), [.., "known", "as"] | [.., "called"])
    })
}

/// Questions that ask what the article is about ("what is this article
/// about?", "tldr", "summary pls"): answered by each article's lead.
pub fn asks_for_a_summary(question: &str) -> bool {
    /// Words that ask for the gist.
    const GIST: &[&str] = &[
        "summary",
        "summarize",
        "summarise",
        "summarized",
        "summarised",
        "tldr",
        "gist",
        "overview",
        "takeaway",
        "takeaways",
        "recap",
    ];
    /// Words that may come with them.
    #[rustfmt::skip]
    const FRAME: &[&str] = &[
        "what", "whats", "what's", "is", "was", "are", "the", "this", "that", "article", "story",
        "piece", "it", "about", "give", "me", "us", "a", "an", "of", "can", "could", "you", "u",
        "please", "pls", "plz", "quick", "short", "brief", "tell", "so", "in", "one", "sentence",
        "main", "key", "point", "points", "tl", "dr", "hey", "hi", "ok", "bot", "citebot", "do",
        "does", "say", "says", "basically", "here", "all", "for", "to", "mean",
    ];
    let words = text::folded_words(question);
    let about = words.iter().any(|(w, _, _)| w == "about")
        && words
            .iter()
            .any(|(w, _, _)| ["article", "story", "piece", "this", "it"].contains(&w.as_str()));
    let gist = words.iter().any(|(w, _, _)| GIST.contains(&w.as_str()))
        || (words.iter().any(|(w, _, _)| w == "tl") && words.iter().any(|(w, _, _)| w == "dr"));
    (about || gist)
        && words
            .iter()
            .all(|(w, _, _)| FRAME.contains(&w.as_str()) || GIST.contains(&w.as_str()))
}

/// Questions that ask what happened and name nothing ("What happened?",
/// "Where did it happen?", "what's going on"): the story's own lead answers
/// them, as it does a request for the gist.
pub fn asks_what_happened(question: &str) -> bool {
    #[rustfmt::skip]
    const FRAME: &[&str] = &[
        "what", "whats", "what's", "where", "when", "how", "did", "does", "do", "has", "have",
        "it", "this", "that", "all", "just", "so", "exactly", "here", "there", "is", "was",
        "going", "on", "the", "hey", "ok", "bot", "citebot", "pls", "please",
    ];
    const HAPPEN: &[&str] = &["happen", "happened", "happens", "happening"];
    let words = text::folded_words(question);
    let going_on = words
        .windows(2)
        .any(|w| w[0].0 == "going" && w[1].0 == "on");
    (going_on || words.iter().any(|(w, _, _)| HAPPEN.contains(&w.as_str())))
        && words
            .iter()
            .all(|(w, _, _)| FRAME.contains(&w.as_str()) || HAPPEN.contains(&w.as_str()))
}

/// Questions that ask when the story's change starts and name nothing
/// else ("When does it start?", "when will this come in"): where the
/// article never says "start", its lead, which dates the change, answers.
pub fn asks_when_it_starts(question: &str) -> bool {
    #[rustfmt::skip]
    const FRAME: &[&str] = &[
        "when", "does", "do", "did", "will", "is", "it", "this", "that", "the", "change",
        "changes", "come", "comes", "in", "into", "force", "take", "takes", "effect", "kick",
        "kicks", "exactly",
    ];
    const START: &[&str] = &[
        "start", "starts", "started", "begin", "begins", "began", "come", "kick", "effect",
    ];
    let words = text::folded_words(question);
    words.first().is_some_and(|(w, _, _)| w == "when")
        && words.iter().any(|(w, _, _)| START.contains(&w.as_str()))
        && words
            .iter()
            .all(|(w, _, _)| FRAME.contains(&w.as_str()) || START.contains(&w.as_str()))
}

/// Questions that ask who ("who's the ceo", "Who is behind the attack?"):
/// passages that name someone are preferred.
pub fn asks_who(question: &str) -> bool {
    has_any_word(question, &["who", "who's", "whos", "whom"])
}

/// Questions that ask which ("Which cities are affected?"): the answer is
/// often a name, less surely than for who ("Which cars are banned?").
pub fn asks_which(question: &str) -> bool {
    has_any_word(question, &["which"])
}

/// Questions that ask when ("When will it be available?"): passages that
/// hold a date (a year, a month) are preferred; a price is no answer.
/// "How old is she?": a passage stating an age is preferred to one that
/// only says "age".
pub fn asks_how_old(question: &str) -> bool {
    text::folded_words(question)
        .windows(2)
        .any(|w| w[0].0 == "how" && w[1].0 == "old")
}

/// True when a passage gives a temperature: "35C", "35 degrees", "minus
/// eight", "-5C" (folded, "5c" after a minus sign is still 5C).
fn states_a_temperature(words: &[(String, usize, usize)]) -> bool {
    let number = is_numeral;
    words.iter().enumerate().any(|(i, (w, _, _))| {
        // "35c", "98.6f"
        let unit = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        (unit.len() < w.len()
            && matches!(unit, "c" | "f")
            && w.starts_with(|c: char| c.is_ascii_digit()))
            || (number(w)
                && words.get(i + 1).is_some_and(|(n, _, _)| {
                    matches!(
                        n.as_str(),
                        "degrees" | "degree" | "celsius" | "fahrenheit" | "c" | "f"
                    )
                }))
            || (w == "minus"
                && words
                    .get(i + 1)
                    .is_some_and(|(n, _, _)| number(n) || NUMBER_WORDS.contains(&n.as_str())))
    })
}

/// "How big is Keston Common?", "How large was the crowd?": a size, which
/// a span or a point of time does not give.
pub fn asks_how_big(question: &str) -> bool {
    text::folded_words(question)
        .windows(2)
        .any(|w| w[0].0 == "how" && matches!(w[1].0.as_str(), "big" | "large" | "huge" | "small"))
}

/// True when a passage holds a number that is not a time: "taken from
/// Keston Common over two days last week" and "opened in 1931" state no
/// size; "2,000 hectares", "£4m", "12 metres", "one of 30 sites" do.
pub fn states_a_size(passage: &str) -> bool {
    let words = text::folded_words(passage);
    let month = |k: Option<usize>| {
        k.and_then(|k| words.get(k))
            .is_some_and(|(m, _, _)| text::MONTHS.contains(&m.as_str()))
    };
    words.iter().enumerate().any(|(i, (w, from, to))| {
        (w.starts_with(|c: char| c.is_ascii_digit()) || is_count(w))
            && !is_year(w)
            && !is_clock(w)
            // ("13:50")
            && !passage[*to..].starts_with(':')
            && !passage[..*from].ends_with(':')
            && !words
                .get(i + 1)
                .is_some_and(|(n, _, _)| {
                    TIME_UNITS.contains(&n.as_str())
                        || matches!(n.as_str(), "fortnights" | "century" | "centuries" | "am" | "pm" | "o'clock")
                })
            && !month(i.checked_sub(1))
            && !month(Some(i + 1))
    }) || words.windows(2).any(|w| {
        // "the second-largest cloud company", "about a fifth of the world's".
        matches!(w[1].0.as_str(), "largest" | "biggest" | "smallest")
            || (w[0].0 == "a" && matches!(w[1].0.as_str(), "third" | "quarter" | "fifth"))
    }) || words.windows(3).any(|w| {
        // "about the size of a grain of rice" (not "the size of its arena").
        w[0].0 == "size" && w[1].0 == "of" && matches!(w[2].0.as_str(), "a" | "an")
    })
}

/// Questions that ask when: "when", and "which years", "what date", "what
/// time of day".
pub fn asks_when(question: &str) -> bool {
    has_any_word(question, &["when", "when's", "whens"])
        || text::folded_words(question).windows(2).any(|w| {
            matches!(w[0].0.as_str(), "what" | "which")
                && matches!(
                    w[1].0.as_str(),
                    "year"
                        | "years"
                        | "date"
                        | "dates"
                        | "month"
                        | "months"
                        | "day"
                        | "days"
                        | "time"
                )
        })
}

/// "When should I go to A&E?", "when must you declare it": a question
/// asking in what case to do something, answered by a condition ("If you
/// have severe swelling…"), not a date.
pub fn asks_when_should(question: &str) -> bool {
    text::folded_words(question)
        .windows(2)
        .any(|w| w[0].0 == "when" && matches!(w[1].0.as_str(), "should" | "must"))
}

/// Questions that ask which days ("Which days will it sail?", "what day is
/// the vote"): a passage naming weekdays answers, though weekdays are too
/// common to count as a time otherwise.
pub fn asks_which_days(question: &str) -> bool {
    text::folded_words(question).windows(2).any(|w| {
        matches!(w[0].0.as_str(), "what" | "which") && matches!(w[1].0.as_str(), "day" | "days")
    })
}

/// Questions that ask where ("where is it being built", "Where's the
/// plant?", "Which areas are hit hardest?"): passages that name a place are
/// preferred.
pub fn asks_for_a_place(question: &str) -> bool {
    const PLACES: &[&str] = &[
        "area",
        "areas",
        "region",
        "regions",
        "city",
        "cities",
        "country",
        "countries",
        "state",
        "states",
        "town",
        "towns",
        "district",
        "districts",
        "county",
        "counties",
        "place",
        "places",
        "neighbourhood",
        "neighbourhoods",
        "neighborhood",
        "neighborhoods",
    ];
    let words = text::folded_words(question);
    has_any_word(question, &["where", "where's", "wheres"])
        || words.windows(2).any(|w| {
            matches!(w[0].0.as_str(), "which" | "what") && PLACES.contains(&w[1].0.as_str())
        })
}

/// The question word a text starts with ("Why was it blocked?", "why the
/// deal was blocked": "why"), if it starts with one that asks for a kind of
/// answer. "What" and "which" ask for anything, so they are left out.
pub fn interrogative(text: &str) -> Option<&'static str> {
    const ASKS: &[&str] = &["why", "how", "who", "when", "where"];
    // Only the first word: this runs for every passage ranked.
    let (s, e) = text::words(text).next()?;
    let first = text::fold(&text[s..e]);
    ASKS.iter().copied().find(|w| *w == first)
}

/// Questions asking what a thing is called ("What is it called?", "what's
/// the new drug called", "What is the name of the compound?"): only a
/// passage that gives a name answers.
pub fn asks_what_called(question: &str) -> bool {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .collect();
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    // ("What time were crews called?" asks when they were called.)
    let called = w.last() == Some(&"called");
    match w.as_slice() {
        ["whats" | "what's", ..] => called || w.windows(3).any(|x| x == ["the", "name", "of"]),
        ["what", second, ..] => {
            (called
                && matches!(
                    *second,
                    "is" | "was" | "are" | "were" | "will" | "would" | "should" | "has" | "have"
                ))
                || w.windows(3).any(|x| x == ["the", "name", "of"])
        }
        _ => false,
    }
}

/// The thing a "what is it called" question asks the name of, folded:
/// "What is the bridge called?" → "bridge".
pub fn called_thing(question: &str) -> Option<String> {
    let words = text::folded_words(question);
    let at = words.iter().position(|(w, _, _)| w == "called")?;
    words[..at]
        .iter()
        .rev()
        .map(|(w, _, _)| w)
        .find(|w| !crate::search::STOP_WORDS.contains(&w.as_str()))
        .cloned()
}

/// True when a passage calls the thing by a name: "The Swing Gate Bridge"
/// for the bridge, capitalised words ending in the thing's own word, or
/// "the ferry MV Hebridean Star", the thing's word before two capitalised
/// ones.
pub fn names_the(passage: &str, thing: &str) -> bool {
    let words = text::folded_words(passage);
    let capitalised = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| passage[w.1..].starts_with(char::is_uppercase))
    };
    let joined = |a: usize, b: usize| passage[words[a].2..words[b].1].trim().is_empty();
    (0..words.len()).any(|k| {
        let is_thing = words[k].0 == thing || words[k].0.strip_suffix('s') == Some(thing);
        let ends_a_name = k >= 1 && capitalised(k) && capitalised(k - 1) && joined(k - 1, k);
        let before_a_name = !capitalised(k)
            && capitalised(k + 1)
            && capitalised(k + 2)
            && joined(k, k + 1)
            && joined(k + 1, k + 2);
        // "Comet Tsuchinshan-ATLAS", "the drug Wegovy": a coined name.
        // (Or after a comma: "Her father, Meru, came from…".)
        let apposed = |a: usize, b: usize| {
            let between = passage[words[a].2..words[b].1].trim();
            between.is_empty() || between == ","
        };
        let before_a_coined_name = k + 1 < words.len()
            && capitalised(k + 1)
            && apposed(k, k + 1)
            && !lexicon::is_word(&words[k + 1].0);
        // "The engine, No. 4472 Lady of Avalon, hauled…": a name in
        // apposition, capitalised words right after the comma.
        let before_an_apposed_name = k + 1 < words.len()
            && passage[words[k].2..words[k + 1].1].trim() == ","
            && capitalised(k + 1)
            && (k + 2..(k + 4).min(words.len())).any(capitalised);
        // "Dolly, a Greek spur-thighed tortoise, went missing": the name
        // before, the thing closing an apposition of a few words.
        let after_an_apposed_name = || {
            passage[words[k].2..].trim_start().starts_with(',')
                && (k.saturating_sub(5)..k).any(|m| {
                    m >= 1
                        && matches!(words[m].0.as_str(), "a" | "an" | "the")
                        && passage[words[m - 1].2..words[m].1].trim() == ","
                        && capitalised(m - 1)
                })
        };
        is_thing
            && (ends_a_name
                || before_a_name
                || before_a_coined_name
                || before_an_apposed_name
                || after_an_apposed_name())
    })
}

/// True when a passage gives something a name: "named solanocidin",
/// "called Ozempic", "known as HBM", "dubbed…"; not "so-called superbugs".
pub fn gives_a_name(passage: &str) -> bool {
    let words = text::folded_words(passage);
    words.windows(2).enumerate().any(|(i, w)| {
        let so = i > 0 && words[i - 1].0 == "so";
        // A name after it: capitalised or coined ("called Ozempic", "named
        // solanocidin"), not "called the book \"quietly devastating\"".
        let name = passage[w[1].1..].starts_with(char::is_uppercase)
            || !(lexicon::is_word(&w[1].0) || crate::search::STOP_WORDS.contains(&w[1].0.as_str()));
        // "The sanctuary named her Waffles": past the pronoun.
        let named_it = matches!(w[1].0.as_str(), "her" | "him" | "it" | "them")
            && words
                .get(i + 2)
                .is_some_and(|n| passage[n.1..].starts_with(char::is_uppercase));
        (matches!(w[0].0.as_str(), "named" | "called" | "dubbed" | "branded")
            && !so
            && (name || named_it))
            || (w[0].0 == "known" && w[1].0 == "as")
            // "she would name the colony \"Boots\"", "call it \"Big Ben\"":
            // a quoted name a few words after a verb of naming.
            || (matches!(
                w[0].0.as_str(),
                "name" | "names" | "named" | "call" | "calls" | "called" | "rename" | "renamed"
                    | "christen" | "christened" | "dub" | "dubbed"
            ) && words[i + 1..].iter().take(4).any(|(_, s, _)| {
                passage[..*s].ends_with(['"', '“', '\''])
                    && passage[*s..].starts_with(char::is_uppercase)
            }))
            // "who call themselves the Oar-some Grannies"
            || (matches!(w[0].0.as_str(), "call" | "calls")
                && matches!(w[1].0.as_str(), "themselves" | "itself" | "himself" | "herself")
                && words[i + 2..]
                    .iter()
                    .take(2)
                    .any(|(_, s, _)| passage[*s..].starts_with(char::is_uppercase)))
    })
}

/// Questions asking who someone is by role ("Who is the environment
/// minister?", "who's the ceo"): only a passage naming someone answers, not
/// one that mentions the role alone ("…, the environment minister said").
pub fn asks_who_is_the(question: &str) -> bool {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .take(3)
        .collect();
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    matches!(
        w.as_slice(),
        ["who", "is" | "was", "the", ..] | ["who's" | "whos", "the", ..]
    )
}

/// True when the question holds one of these (folded) words.
fn has_any_word(question: &str, words: &[&str]) -> bool {
    text::folded_words(question)
        .iter()
        .any(|(w, _, _)| words.contains(&w.as_str()))
}

/// Questions that ask for personal advice or instructions ("How do I buy
/// a ticket?", "Should I sell my shares?"): a news article rarely gives
/// any, so such a question is answered only by a passage that matches all
/// of it.
pub fn asks_for_advice(question: &str) -> bool {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .take(4)
        .collect();
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    // "What do we know so far?" asks what the article says.
    if w.get(3)
        .is_some_and(|v| ["know", "think", "learn", "understand"].contains(v))
    {
        return false;
    }
    matches!(
        w.as_slice(),
        ["how", "do" | "can" | "should" | "would", "i" | "we", ..]
            | [
                "where" | "what" | "when" | "who",
                "can" | "should" | "do",
                "i" | "we",
                ..
            ]
            | ["should", "i" | "we", ..]
            | ["how", "to", ..]
    ) || which_should_i(question)
}

/// "Which water filter should I buy?", "What time can we visit?": which
/// thing to choose, asked for oneself.
fn which_should_i(question: &str) -> bool {
    let words: Vec<String> = text::folded_words(question)
        .into_iter()
        .map(|w| w.0)
        .take(6)
        .collect();
    matches!(words.first().map(String::as_str), Some("which" | "what"))
        && words.windows(2).skip(2).any(|w| {
            matches!(w[0].as_str(), "should" | "can") && matches!(w[1].as_str(), "i" | "we")
        })
}

/// A currency sign before a number ("$6 billion", "€ 40"), a number
/// followed by a scale or currency word ("1.2 billion francs"), or no price
/// at all ("free of charge").
fn states_money(passage: &str, words: &[(String, usize, usize)]) -> bool {
    let chars: Vec<char> = passage.chars().collect();
    let sign = |c: char| "$€£¥₹".contains(c);
    if chars
        .windows(2)
        .any(|w| sign(w[0]) && w[1].is_ascii_digit())
        || chars
            .windows(3)
            .any(|w| sign(w[0]) && w[1] == ' ' && w[2].is_ascii_digit())
    {
        return true;
    }
    // A price of nothing answers "how much does it cost" as well.
    const FREE: &[&[&str]] = &[
        &["free", "of", "charge"],
        &["at", "no", "cost"],
        &["at", "no", "charge"],
        &["at", "no", "extra"],
        &["for", "free"],
    ];
    let says = |phrase: &[&str]| {
        words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a.0 == *b))
    };
    FREE.iter().any(|p| says(p))
        || words.windows(2).any(|w| {
            w[0].0.chars().all(|c| c.is_ascii_digit()) && MONEY_WORDS.contains(&w[1].0.as_str())
        })
        // Pence and cents written on the number: "20p", "99c".
        || words.iter().any(|(w, _, _)| {
            w.strip_suffix('p')
                .or_else(|| w.strip_suffix('c'))
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        })
}

fn is_year(w: &str) -> bool {
    // A decade is a time too: "between the 1950s and the 1990s".
    let w = w.strip_suffix('s').unwrap_or(w);
    w.len() == 4
        && w.chars().all(|c| c.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_a_passage_states() {
        // The kinds of value, leaving out the plain NUMBER of any digit.
        // (The kinds searched in the index: a duration or a length is a
        // measure there.)
        let kinds = |p: &str| -> Vec<&str> {
            passage_terms(p)
                .into_iter()
                .filter(|t| *t != NUMBER && indexed_kind(t) == *t)
                .collect()
        };
        assert_eq!(kinds("a $6 billion factory"), vec![MONEY]);
        assert_eq!(
            kinds("add about 1.2 billion francs to the cost"),
            vec![MONEY]
        );
        assert_eq!(kinds("costs € 40"), vec![MONEY]);
        assert_eq!(kinds("will fix it free of charge"), vec![MONEY]);
        assert!(kinds("a free press").is_empty());
        assert_eq!(kinds("only about 1.5% of revenue"), vec![SHARE]);
        assert!(kinds("about one in five new car sales").contains(&SHARE));
        assert!(kinds("about two-thirds of the reefs").contains(&SHARE));
        assert_eq!(kinds("pushed back to 2029"), vec![TIME]);
        assert_eq!(kinds("has 30 days to respond"), vec![MEASURE]);
        assert_eq!(kinds("for at least three years"), vec![MEASURE]);
        assert_eq!(kinds("the cleanup could take months"), vec![MEASURE]);
        assert!(kinds("investigations usually take about a year").contains(&MEASURE));
        assert!(kinds("a column of ash about 10km into the sky").contains(&MEASURE));
        assert!(names_a_coming_day(
            "It hoped to reopen on Thursday morning."
        ));
        assert!(!names_a_coming_day(
            "The council said on Monday that it would."
        ));
        assert!(!names_a_coming_day(
            "She broke the record in Berlin on Sunday."
        ));
        assert!(kinds("Etna, at about 3,300 metres, is active").contains(&MEASURE));
        assert!(kinds("will double to 20p from 1 April").contains(&MONEY));
        assert!(kinds("a warship that sank in a storm in 1766").contains(&TIME));
        assert!(kinds("about a dozen over the past ten years").contains(&FREQUENCY));
        assert!(kinds("a floor laid about 1,700 years ago").contains(&AGE));
        assert_eq!(kinds("the floor dates from the fourth century"), vec![AGE]);
        assert!(kinds("the bridge is centuries old").contains(&AGE));
        assert!(passage_terms("half a mile from the nearest beach").contains(&LENGTH));
        assert!(kinds("the pup, a female about four weeks old, was lost").contains(&AGE));
        assert!(kinds("The building is from 1790 and still stands").contains(&AGE));
        assert!(!kinds("Prices rose from 1990 to 2000").contains(&AGE));
        assert!(kinds("The 1920s steel bridge closed in May.").contains(&AGE));
        assert!(kinds("A 17th-century Dutch painting was found.").contains(&AGE));
        assert!(!kinds("It was popular in the 1920s and later.").contains(&AGE));
        assert!(kinds("left about 850,000 years ago").contains(&AGE));
        assert!(!kinds("went missing five years ago").contains(&AGE));
        assert!(!kinds("in 2021 the 2nd time").contains(&MEASURE));
        assert!(kinds("the 24-year-old German").contains(&AGE));
        assert_eq!(kinds("the jury convicted Lane, 61, on Thursday"), vec![AGE]);
        assert_eq!(kinds("faces a separate vote on Dec. 15"), vec![TIME]);
        // A day, and how long it stays closed.
        assert_eq!(
            kinds("will remain closed until at least Friday"),
            vec![TIME, MEASURE]
        );
        // The end of a span says how long it lasts, though no length.
        assert!(passage_terms("A warning is in place until 6pm.").contains(&DURATION));
        assert!(!kinds("The trail is open until 5pm.").contains(&MEASURE));
        // A word between the number and its unit of time.
        let working = passage_terms("Usually ten working days, or longer.");
        assert!(working.contains(&MEASURE) && working.contains(&DURATION));
        assert!(passage_terms("until two consecutive days of clean results").contains(&DURATION));
        assert!(!passage_terms("ten working people").contains(&MEASURE));
        // A temperature, which "how cold" asks; no measure of length.
        assert!(passage_terms("The pool is heated to about 24C.").contains(&TEMPERATURE));
        assert!(passage_terms("It was minus eight one morning.").contains(&TEMPERATURE));
        assert!(passage_terms("About 1,300 degrees when welding.").contains(&TEMPERATURE));
        assert!(!passage_terms("The 40-metre pool opens in May.").contains(&TEMPERATURE));
        assert!(!kinds("It was minus eight one morning.").contains(&MEASURE));
        // A size is a number that is no time.
        assert!(asks_how_big("How big is Keston Common?"));
        assert!(!asks_how_big("How old is Keston Common?"));
        assert!(!states_a_size(
            "The benches were taken from Keston Common over two days last week."
        ));
        assert!(!states_a_size(
            "It opened in 1931 and closes at 6pm on 5 April."
        ));
        assert!(!states_a_size("Entry 13:50 says the pass has reopened."));
        assert!(states_a_size("The common covers 2,000 hectares."));
        assert!(states_a_size("Nimbus, the second-largest cloud company"));
        assert!(states_a_size("A chip about the size of a grain of rice."));
        assert!(!states_a_size(
            "It was favourite because of the size of its arena."
        ));
        assert_eq!(
            kinds("Five toilets will close at the end of the month."),
            vec![TIME]
        );
        assert!(kinds("the minister said on Friday").is_empty());
        assert!(names_a_day("The fire started on Friday afternoon."));
        assert_eq!(kinds("expected to arrive in late autumn"), vec![TIME]);
        assert!(!names_a_day("The fire started in a pine forest."));
        assert!(kinds("shortly after 4 a.m. on Sunday").contains(&TIME));
        assert!(!kinds("the company said on Tuesday").contains(&TIME));
        assert!(kinds("a new manager within the next fortnight").contains(&TIME));
        assert!(!kinds("Jan Berg abstained").contains(&TIME));
        assert_eq!(kinds("on 4 March the board met"), vec![TIME]);
        assert_eq!(
            passage_terms("employ 1,800 people, a billion users"),
            vec![NUMBER]
        );
        assert!(passage_terms("you may march on").is_empty());
        // A length or a weight is told apart from other measures.
        assert!(passage_terms("a 12-metre leylandii hedge").contains(&LENGTH));
        assert!(passage_terms("a 40-tonne lorry").contains(&WEIGHT));
        assert!(passage_terms("a bag that can weigh up to 16 kilos").contains(&WEIGHT));
        assert!(passage_terms("a planet 120 light years from Earth").contains(&LENGTH));
        assert!(passage_terms("The police are 40 minutes away.").contains(&LENGTH));
        assert!(passage_terms("a top speed of 70mph").contains(&SPEED));
        assert!(passage_terms("travelling at 40 miles an hour").contains(&SPEED));
        assert!(!passage_terms("a 14-mile route").contains(&SPEED));
        let weeks = passage_terms("repairs will take about eight weeks");
        assert!(weeks.contains(&MEASURE) && !weeks.contains(&LENGTH));
        assert!(passage_terms("call 1-800-555-0199").contains(&NUMBER));
        assert!(passage_terms("said chief executive Laura Whitcombe").contains(&NAME));
        assert!(passage_terms("Dorothy Pugh, from Leominster, jumped.").contains(&NAME));
        assert!(!passage_terms("The Treasury said so.").contains(&NAME));
        assert!(
            !passage_terms("The company paid no ransom, its chief executive said.").contains(&NAME)
        );
    }

    #[test]
    fn words_that_ask_for_a_value() {
        assert_eq!(
            Asking::new("How much is the factory worth?").term_for("worth"),
            Some(MONEY)
        );
        assert_eq!(
            Asking::new("What share of revenue is it?").term_for("share"),
            Some(SHARE)
        );
        assert_eq!(
            Asking::new("what's the timeline").term_for("timeline"),
            Some(TIME)
        );
        assert_eq!(
            Asking::new("Who paid for the study?").term_for("paid"),
            None
        );
        // A span of time; a length where it may be either.
        assert_eq!(
            Asking::new("how long does it take").term_for("long"),
            Some(DURATION)
        );
        assert_eq!(
            Asking::new("How long is the route?").term_for("long"),
            Some(MEASURE)
        );
        assert_eq!(
            Asking::new("How far away is it?").term_for("far"),
            Some(LENGTH)
        );
        assert_eq!(
            Asking::new("How close can boats get?").term_for("close"),
            Some(LENGTH)
        );
        assert_ne!(
            Asking::new("How close is the vote?").term_for("close"),
            Some(LENGTH)
        );
        assert_eq!(
            Asking::new("How far ahead did he finish?").term_for("far"),
            Some(MEASURE)
        );
        assert_eq!(Asking::new("How old is she?").term_for("old"), Some(AGE));
        assert!(asks_how_old("How old is she?"));
        assert!(!asks_how_old("Is the old record official?"));
        assert_eq!(
            Asking::new("What caused the run?").term_for("caused"),
            Some(REASON)
        );
        assert!(passage_kinds("The run began after reports.", "Why it happened").contains(&REASON));
        assert!(passage_kinds(
            "Dentists say the contract pays too little, so many have left the NHS.",
            ""
        )
        .contains(&REASON));
        assert!(!passage_kinds("There have been 12 cases, so far.", "").contains(&REASON));
        assert!(passage_terms("a star 120 light years from Earth").contains(&MEASURE));
        assert!(passage_terms("More acts will be announced in the spring.").contains(&TIME));
        assert!(
            passage_terms("Take it before symptoms start, ideally in the morning.").contains(&TIME)
        );
        assert!(!passage_terms("The bill was passed in the House.").contains(&TIME));
        // The maker of a who-made question, in any form of the verb.
        assert_eq!(
            Asking::new("Who wrote the music?").term_for("wrote"),
            Some(AGENT)
        );
        assert_eq!(
            Asking::new("Who led the study?").term_for("led"),
            Some(AGENT)
        );
        assert_eq!(Asking::new("Who owns ECT?").term_for("owns"), None);
        assert_eq!(
            called_thing("What is the bridge called?").as_deref(),
            Some("bridge")
        );
        assert!(names_the(
            "The Swing Gate Bridge, which cost £120m, opened.",
            "bridge"
        ));
        assert!(!names_the(
            "The bridge opened. Bridge works continue.",
            "bridge"
        ));
        assert!(
            passage_kinds("Whether this explains the rise is not clear.", "").contains(&REASON)
        );
        assert!(passage_terms("a tail millions of kilometres long").contains(&MEASURE));
        assert!(gives_a_name("The drug, called Ozempic, was approved."));
        assert!(gives_a_name("a compound named solanocidin"));
        assert!(gives_a_name(
            "The sanctuary named her Waffles, after breakfast."
        ));
        assert!(!gives_a_name("The report named her as a witness."));
        assert!(gives_a_name(
            "The crew, who call themselves the Oar-some Grannies, set off."
        ));
        assert!(!gives_a_name("They call themselves lucky."));
        assert!(!gives_a_name(
            "The judge called the book \"quietly devastating\"."
        ));
        assert!(names_the(
            "Comet Tsuchinshan-ATLAS was discovered in 2023.",
            "comet"
        ));
        assert!(!names_the("The comet Is bright.", "comet"));
        assert!(names_the("Her father, Meru, came from a zoo.", "father"));
        assert!(names_the(
            "The engine, No. 4472 Lady of Avalon, hauled five carriages.",
            "engine"
        ));
        assert!(!names_the(
            "The engine, built in 1938, hauled trains.",
            "engine"
        ));
        assert!(names_the("born to mother Orla", "mother"));
        assert!(names_the(
            "Dolly, a Greek spur-thighed tortoise, went missing in 1996.",
            "tortoise"
        ));
        assert!(!names_the(
            "Yesterday, a tortoise went missing.",
            "tortoise"
        ));
        assert!(speaks_of_the_future("The fee will rise to £180."));
        assert!(speaks_of_the_future("Buses are expected to use it."));
        assert!(!speaks_of_the_future("The fee raised £3.8bn last year."));
        // "the A3" and "rated 12A" are names, "2.3m" a count.
        assert!(!is_count("a3") && !is_count("12a") && is_count("2.3m") && is_count("2,400"));
        // Long ago is a time too; "five years ago" no time a reader can place.
        assert!(passage_terms("It lived about 166 million years ago.").contains(&TIME));
        assert!(passage_terms("The festival, now in its 20th year, drew crowds.").contains(&AGE));
        assert!(passage_terms("The 1873 pier was shut after a storm.").contains(&AGE));
        assert!(!passage_terms("The pier was shut in the 1873 storm, 10 years on.").contains(&AGE));
        assert!(passage_terms("A red warning is in place until noon.").contains(&TIME));
        assert!(!passage_terms("A red warning is in place.").contains(&TIME));
        assert!(!passage_terms("It went missing five years ago.").contains(&TIME));
        // Someone named after "by".
        assert!(
            passage_terms("The score, by the folk musician Gwen Pugh, is good.").contains(&AGENT)
        );
        assert!(passage_terms("A report by Ofsted found failings.").contains(&AGENT));
        assert!(!passage_terms("It will be finished by the end of March.").contains(&AGENT));
        assert!(!passage_terms("Prices rose by 5%. Then Labour won.").contains(&AGENT));
        assert!(!passage_terms("It was hit by a wave of protests in Leeds.").contains(&AGENT));
        assert!(passage_kinds("Shares fell because of the report.", "").contains(&REASON));
        assert!(passage_kinds("Crews will walk out in a dispute over pay.", "").contains(&REASON));
        assert!(passage_kinds("It was closed due to heavy rain.", "").contains(&REASON));
        // A purpose is a reason too.
        assert!(passage_kinds(
            "The council will shut 12 branches as it tries to fill a gap in its budget.",
            ""
        )
        .contains(&REASON));
        assert!(passage_kinds(
            "It is changing the rules in an effort to end the scramble.",
            ""
        )
        .contains(&REASON));
        assert!(!passage_kinds("The age is already due to rise to 67.", "").contains(&REASON));
        assert!(!passage_kinds("The dispute is over.", "").contains(&REASON));
        assert!(passage_kinds("Why he did it has never been explained.", "").contains(&REASON));
        assert!(!passage_kinds("Shares fell.", "What happens now").contains(&REASON));
        assert_eq!(
            Asking::new("What is the long-term plan?").term_for("long"),
            None
        );
        assert_eq!(
            Asking::new("How much is the factory worth?").term_for("factory"),
            None
        );
    }

    #[test]
    fn scores_and_a_things_age() {
        let has = |p: &str, kind| passage_terms(p).contains(&kind);
        assert!(has("Van Leeuwen beat Price 7-4 in the final.", SCORE));
        assert!(has("a 3–0 home defeat", SCORE));
        assert!(!has("in the 2024-25 season", SCORE));
        assert!(!has("Call 1-800-555-0199.", SCORE));
        // The year a thing is counted from is its age; "since 2020" of
        // prices is not.
        assert!(has(
            "The Plough, which has stood there since 1742, closed.",
            AGE
        ));
        assert!(has("The club was founded in 1890.", AGE));
        assert!(has("Noorjahan has died at the age of 52.", AGE));
        // A name after a colon; a sentence after one is no name.
        assert!(has(
            "Home secretary: Shabana Mahmood, promoted from the Treasury",
            NAME
        ));
        assert!(!has("He said: The council agreed.", NAME));
        assert!(names_a_coming_day(
            "Ministers are expected to attend their first cabinet meeting on Tuesday."
        ));
        assert!(!has(
            "The 24-year-old, seeded fourth, was due to play.",
            MEASURE
        ));
        assert!(!states_a_duration(
            "The 24-year-old, seeded fourth, was due to play."
        ));
        assert!(states_a_duration("He faces four to six weeks out."));
        // A rate is no span: "15 complaints a year".
        assert!(!states_a_duration("It handles about 15 complaints a year."));
        assert!(states_a_duration("Residents were given a week to leave."));
        // Or with no end.
        assert!(states_a_duration(
            "The union says the strike is indefinite."
        ));
        // A span given by its end.
        assert!(states_a_duration("The trial runs until the end of 2027."));
        assert!(passage_terms("open on weekends until October").contains(&MEASURE));
        assert!(!states_a_duration("They waited until the council agreed."));
        assert!(!has("Prices have risen 20% in 2024.", AGE));
    }

    #[test]
    fn passages_that_name_a_place() {
        assert!(passage_terms("built on a former rail yard next to the bridge").contains(&PLACE));
        assert!(passage_terms("will close a blade factory in Rostock").contains(&PLACE));
        assert!(!passage_terms("He said so in March. Prices rose.").contains(&PLACE));
        assert!(!passage_terms("The team will stay there until it is finished.").contains(&PLACE));
        assert!(asks_for_a_place("where is it being built"));
        assert!(asks_for_a_place("Which areas would be hit hardest?"));
        assert_eq!(
            how_much_for("How much does the repair cost?").as_deref(),
            Some("repair")
        );
        assert_eq!(
            how_much_for("How much is the fine?").as_deref(),
            Some("fine")
        );
        assert_eq!(
            how_much_for("How much does Voss earn from Altra?").as_deref(),
            Some("voss")
        );
        assert_eq!(how_much_for("How much did profit grow?"), None);
        assert_eq!(how_much_for("How much is footfall down by 2pm?"), None);
        assert_eq!(
            how_much_for("How much is Veridian spending on AI?").as_deref(),
            Some("ai")
        );
        assert_eq!(
            how_much_for("How much did Riverside pay for their striker?").as_deref(),
            Some("striker")
        );
        assert_eq!(how_much_for("How much does it cost?"), None);
        assert_eq!(counted_within("How many bees are in a hive?"), ["hive"]);
        assert!(counted_within("How many people signed the petition?").is_empty());
        assert!(counted_within("How many chargers are in London?").is_empty());
        // Someone's price: its verb, which a passage must state a sum by.
        assert_eq!(
            how_much_for("How much does he charge?").as_deref(),
            Some("charge")
        );
        assert_eq!(
            how_much_for("How much did the painting sell for?").as_deref(),
            Some("painting")
        );
        assert_eq!(interrogative("Why was the merger blocked?"), Some("why"));
        assert_eq!(interrogative("Why the deal was blocked"), Some("why"));
        assert_eq!(interrogative("What happens now"), None);
        assert_eq!(interrogative("Key facts"), None);
        assert!(!asks_for_a_place("Which company is buying it?"));
        assert!(asks_who_is_the("Who is the environment minister?"));
        assert!(asks_who_is_the("who's the ceo"));
        assert!(!asks_who_is_the("Who are the suspects?"));
        assert!(!asks_who_is_the("Who is most at risk?"));
        for q in [
            "What is this article about?",
            "tldr",
            "tl;dr pls",
            "summary?",
            "whats the story about",
            "give me a quick summary",
        ] {
            assert!(asks_for_a_summary(q), "{q}");
        }
        for q in [
            "What did OpenAI complain to Microsoft about?",
            "summary of the fees",
            "what is it",
        ] {
            assert!(!asks_for_a_summary(q), "{q}");
        }
        for q in [
            "What happened?",
            "Where did it happen?",
            "what's going on",
            "when did this happen",
        ] {
            assert!(asks_what_happened(q), "{q}");
        }
        for q in [
            "What happened to the rocket?",
            "What happens next?",
            "Where is it going?",
        ] {
            assert!(!asks_what_happened(q), "{q}");
        }
        assert_eq!(
            how_many_of("How many jobs will it create?").as_deref(),
            Some("jobs")
        );
        assert_eq!(how_many_of("how much is it"), None);
        // The head noun of a compound; not a verb, adverb or stop word.
        for (q, head) in [
            ("How many measles cases are there?", "cases"),
            ("how many data centres does it run", "centres"),
            ("How many people work there?", "people"),
            ("How many people signed the petition?", "people"),
            ("How many are still missing?", "are"),
            // The plural after the words that describe it.
            ("How many new emergency areas will be built?", "areas"),
            ("How many people have died?", "people"),
        ] {
            assert_eq!(how_many_of(q).as_deref(), Some(head), "{q}");
        }
        assert_eq!(
            attribute_asked("What is the population of Columbus?").as_deref(),
            Some("population")
        );
        assert_eq!(
            attribute_asked("whats the capital of France").as_deref(),
            Some("capital")
        );
        assert_eq!(attribute_asked("What did the mayor of Lisbon say?"), None);
        assert_eq!(
            who_predicate("Who owns the ferry?").as_deref(),
            Some("owns")
        );
        assert_eq!(
            who_predicate("Who was king of Benin in 1897?").as_deref(),
            Some("king")
        );
        assert_eq!(who_predicate("Who is the coach?"), None);
        assert_eq!(who_predicate("Who did she beat?"), None);
        assert_eq!(who_predicate("What owns it?"), None);
        assert!(is_count("2,400") && is_count("eleven") && !is_count("many"));
        assert!(!is_count("2028"), "a year is no count");
        assert!(!asks_for_a_place("who is building it"));
    }

    #[test]
    fn how_bad_asks_for_a_degree() {
        let q = Asking::new("How bad is the pollution?");
        assert!(q.asks_degree("bad") && !q.asks_degree("pollution"));
        assert!(!Asking::new("Was the harvest bad?").asks_degree("bad"));
    }

    #[test]
    fn questions_that_ask_for_advice() {
        assert!(asks_for_advice("How do I buy a metro ticket in Lisbon?"));
        assert!(asks_for_advice("should i sell my shares"));
        assert!(asks_for_advice("Where can I read the report?"));
        assert!(!asks_for_advice("What do we know for sure?"));
        assert!(!asks_for_advice("How do the farmers grow apples?"));
        assert!(!asks_for_advice("What did I miss?"));
        assert!(asks_for_advice("Which water filter should I buy?"));
        assert!(!asks_for_advice("Which brands should regulators name?"));
    }

    #[test]
    fn questions_that_ask_for_a_share() {
        assert!(asks_for_a_share("how much of microsoft's revenue is china"));
        assert!(asks_for_a_share("What percentage comes from China?"));
        assert!(!asks_for_a_share("How much is ByteDance spending?"));
    }

    #[test]
    fn questions_that_ask_for_a_number() {
        assert!(asks_for_a_number("How many jobs could be lost?"));
        assert!(asks_when("when will  the tunnel open"));
        assert!(asks_when("Which years did the spills happen?"));
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(
            defined_term("What is a section 114 notice?"),
            Some(words(&["section", "114", "notice"]))
        );
        assert_eq!(defined_term("what does HBM mean"), Some(words(&["hbm"])));
        assert!(states_age_of(
            "The men, Darren Kyle, 34, and Liam Ostrowski, 29, were missing.",
            "kyle"
        ));
        assert!(states_age_of(
            "bringing on the 18-year-old winger Ollie Grant",
            "grant"
        ));
        assert!(!states_age_of(
            "Ashbury manager Sian Lloyd made two changes, bringing on the 18-year-old winger Ollie Grant.",
            "lloyd"
        ));
        assert!(states_age_of(
            "The 46-year-old Spaniard leaves the club.",
            "reyes"
        ));
        assert!(states_age_of(
            "The vet said Dolly was about 50 years old and in good health.",
            "dolly"
        ));
        assert!(!states_age_of(
            "Carol said the house was 50 years old.",
            "carol"
        ));
        assert!(opens_with_a_name(
            "Trading Standards. Manufacturers can be fined."
        ));
        assert!(!opens_with_a_name("The Council said so."));
        assert!(!opens_with_a_name("Streaming service — Before: 37%"));
        // Asked by the first name.
        assert!(states_age_of(
            "Stanley Arkwright, 76, has mended shoes since 1966.",
            "stanley"
        ));
        assert!(!states_age_of(
            "Stanley met Joan Arkwright, 76, in 1966.",
            "stanley"
        ));
        // An age in words.
        assert!(states_age_of(
            "The penguin, a two-year-old female called Pebble, was spotted.",
            "pebble"
        ));
        assert!(asks_for_a_duration("how long did they have to study them"));
        assert!(!asks_for_a_duration("How long is the runway?"));
        // A time given by an age.
        assert!(passage_terms("Not near a customer's shoe until I was seventeen.").contains(&TIME));
        assert!(!passage_terms("Not near a customer's shoe until I was told.").contains(&TIME));
        assert!(passage_terms("I went on a course when I was sixteen.").contains(&AGE));
        assert!(passage_terms("He celebrated his 112th birthday on Sunday.").contains(&AGE));
        // An age in a relative clause, and a thing's age as its period.
        assert!(passage_terms(
            "I've got one apprentice, Lily, who's nineteen, and she's brilliant."
        )
        .contains(&AGE));
        assert!(!passage_terms("Lily, who is one of the founders, said so.").contains(&AGE));
        assert!(states_age_of(
            "The writer, Dylan Rees, now 47 and a teacher, said so.",
            "rees"
        ));
        assert!(!states_age_of(
            "The writer, Dylan Rees, now 47 and a teacher, met Ann Lee.",
            "lee"
        ));
        assert!(!passage_terms("Sales, now 47 million a year, fell.").contains(&AGE));
        assert!(
            passage_terms("We found thatch that people reckon goes back to the 1400s.")
                .contains(&AGE)
        );
        assert!(!passage_terms("We went back to the farm in the 1990s.").contains(&AGE));
        assert!(asks_how_long_since("How long has he been a cobbler?"));
        assert!(!asks_how_long_since("How long do swifts live?"));
        assert!(passage_terms("He has mended shoes since 1966.").contains(&SINCE));
        assert!(passage_terms("She joined the workshop eleven years ago.").contains(&SINCE));
        assert!(!passage_terms("She joined the workshop in the spring.").contains(&SINCE));
        // ("fallen by 66% since 1995" is no lifespan: no measure.)
        assert!(!passage_terms("Numbers have fallen by 66% since 1995.").contains(&MEASURE));
        assert!(states_a_duration(
            "Researchers had only about two weeks to record them."
        ));
        assert!(!states_a_duration(
            "The tallest adult was about 1.7 metres tall."
        ));
        assert!(
            asks_which_days("Which days will it sail?")
                && !asks_which_days("Which company bought it?")
        );
        assert!(asks_when("What time does the ferry leave?"));
        assert!(asks_when_should("When should I go to A&E?"));
        assert!(!asks_when_should("When will the ferry leave?"));
        assert!(
            passage_kinds("The delay follows a national review of projects.", "").contains(&REASON)
        );
        assert!(
            is_ordinal("ninth") && is_ordinal("21st") && !is_ordinal("st") && !is_ordinal("nine")
        );
        assert!(asks_what_called("What is it called?"));
        assert!(asks_what_called("what's the name of the drug"));
        assert!(!asks_what_called("Who called the police?"));
        assert!(!asks_what_called("What time were crews called?"));
        assert!(asks_what_called("What will the bridge be called?"));
        assert!(asks_how_far_it_went("How far did the bottle travel?"));
        assert!(asks_how_far_it_went("How far did he ride?"));
        assert!(!asks_how_far_it_went("How far is the beach from the town?"));
        assert!(gives_a_name(
            "The compound, named solanocidin, is made by a bacterium."
        ));
        assert!(!gives_a_name("a new weapon against so-called superbugs"));
        assert!(gives_a_name(
            "She said she would name the colony \"Boots\" after the pharmacy."
        ));
        assert!(!gives_a_name(
            "She said she would name the colony after the pharmacy."
        ));
        assert_eq!(defined_term("What is the government doing about it?"), None);
        assert_eq!(defined_term("What's the price?"), None);
        let notice = words(&["section", "114", "notice"]);
        assert!(defines(
            "She issued a section 114 notice on Wednesday night, which bans new spending.",
            &notice
        ));
        assert!(!defines(
            "Authority issues section 114 notice after £48m black hole.",
            &notice
        ));
        assert!(defines(
            "It must act if the noise is a \"statutory nuisance\", meaning it interferes.",
            &words(&["statutory", "nuisance"])
        ));
        assert!(defines(
            "Model distillation is a process of training one model on another.",
            &words(&["model", "distillation"])
        ));
        assert!(!asks_when("Which company bought it?"));
        assert!(asks_for_a_number("What share of revenue comes from China?"));
        assert!(!asks_for_a_number("Who runs the study?"));
        assert!(!asks_for_a_number("Whenever is fine"));
    }
}
