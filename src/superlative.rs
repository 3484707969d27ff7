//! "Which region had the highest cost?", "Which show is most expensive?":
//! a superlative asked of a table is answered by the row whose value is
//! the most (or the least) in the column the question names, which no word
//! match can find: every row of the table uses the same words.

use crate::corpus::{Corpus, PassageKind};
use crate::search::{Hit, QueryPlan, SearchIndex};
use crate::text;

/// Which end of a column a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Most,
    Least,
}

/// The superlative a question asks, if any: "the most", "highest",
/// "cheapest" (the least of a price).
pub fn asked(question: &str) -> Option<Direction> {
    let words = text::folded_words(question);
    let word = |w: &str| words.iter().any(|(x, _, _)| x == w);
    // ("most expensive" is the most; "least expensive" the least.)
    if word("least") || word("fewest") {
        return Some(Direction::Least);
    }
    const MOST: &[&str] = &[
        "most", "highest", "biggest", "largest", "greatest", "busiest", "dearest", "priciest",
        "longest", "fastest", "worst",
    ];
    const LEAST: &[&str] = &["lowest", "smallest", "cheapest", "shortest", "slowest"];
    if words.iter().any(|(w, _, _)| MOST.contains(&w.as_str())) {
        Some(Direction::Most)
    } else if words.iter().any(|(w, _, _)| LEAST.contains(&w.as_str())) {
        Some(Direction::Least)
    } else {
        None
    }
}

/// Names of a first column of places, for "Where was the biggest rise?".
const PLACE_COLUMNS: &[&str] = &[
    "region", "country", "city", "town", "borough", "county", "area", "state", "station",
    "district", "nation", "location", "place",
];

/// Words that ask for a change rather than a level ("the biggest
/// increase"): answered from a column of changes.
const CHANGE_WORDS: &[&str] = &[
    "increase",
    "increases",
    "rise",
    "rises",
    "rising",
    "growth",
    "grew",
    "grown",
    "jump",
    "change",
    "changes",
    "fall",
    "fell",
    "drop",
];

/// The number a cell holds, scaled by its suffix ("£10.1m", "452,000",
/// "+12%", "-4%"); `None` for a cell with none.
fn value(cell: &str) -> Option<f64> {
    let start = cell.find(|c: char| c.is_ascii_digit())?;
    let negative = cell[..start]
        .trim_end_matches(['£', '$', '€'])
        .ends_with(['-', '−']);
    let digits: String = cell[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let rest =
        cell[start..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    let scale = match rest.trim_start().split(|c: char| !c.is_alphabetic()).next() {
        Some("bn" | "billion") => 1e9,
        Some("m" | "million") => 1e6,
        Some("k" | "thousand") => 1e3,
        _ => 1.0,
    };
    let v: f64 = digits.trim_end_matches('.').parse().ok()?;
    Some(if negative { -v * scale } else { v * scale })
}

/// The passage (index into [`Corpus::passages`]) of the row a superlative
/// question asks for, in the table of the best-ranked table row among the
/// first `within` hits; `None` when the question asks no superlative, no
/// table row ranks there, or no column holds numbers.
pub fn row(
    corpus: &Corpus,
    index: &SearchIndex,
    plan: &QueryPlan,
    question: &str,
    hits: &[Hit],
    within: usize,
) -> Option<usize> {
    let direction = asked(question)?;
    let (article, table) = hits.iter().take(within).find_map(|h| {
        let p = corpus.passages.get(h.passage)?;
        match p.kind {
            PassageKind::TableRow { table, .. } => Some((p.article_index, table)),
            PassageKind::Paragraph { .. } => None,
        }
    })?;
    let rows: Vec<(usize, &[(String, String)])> = corpus
        .passages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.article_index == article)
        .filter_map(|(i, p)| match &p.kind {
            PassageKind::TableRow {
                table: t, cells, ..
            } if *t == table => Some((i, cells.as_slice())),
            _ => None,
        })
        .collect();
    let columns = rows.first()?.1.len();
    let header = |c: usize| rows[0].1.get(c).map_or("", |(h, _)| h.as_str());
    let words = text::folded_words(question);
    let concepts = || plan.concepts.iter().filter(|k| !k.frame);
    // The rows must be what is asked about: "Which region…" of a table of
    // regions, or "Where…" of one of places; not "Which subject grew the
    // most?" of a table of grades.
    let of_rows = index.text_uses_any(header(0), concepts())
        || (words.first().is_some_and(|(w, _, _)| w == "where")
            && PLACE_COLUMNS.contains(&header(0).to_lowercase().as_str()));
    // "How much is the cheapest Hamilton ticket?" names its row.
    let names_a_row = rows.iter().any(|(_, cells)| {
        cells
            .first()
            .is_some_and(|(_, name)| index.text_uses_any(name, concepts()))
    });
    if !of_rows || names_a_row {
        return None;
    }
    // The columns holding a number in every row, past the first (which
    // names the row).
    let numeric: Vec<usize> = (1..columns)
        .filter(|&c| {
            rows.iter()
                .all(|(_, cells)| cells.get(c).and_then(|(_, v)| value(v)).is_some())
        })
        .collect();
    let asks_change = words
        .iter()
        .any(|(w, _, _)| CHANGE_WORDS.contains(&w.as_str()));
    let is_change = |c: usize| {
        let h = header(c).to_lowercase();
        ["change", "rise", "increase", "growth", "fall"]
            .iter()
            .any(|w| h.contains(w))
            || rows
                .iter()
                .all(|(_, cells)| cells.get(c).is_some_and(|(_, v)| v.contains('%')))
    };
    // The column the question names ("cost", "parcels", "stolen" for
    // "thefts"), a column of changes for "the biggest increase", else the
    // first that is not one.
    // "The first that is not one" only when it is the only one: "What had
    // the biggest difference?" of prices at services and on the high street
    // names neither column.
    let named = numeric
        .iter()
        .copied()
        .find(|&c| is_change(c) == asks_change && index.text_uses_any(header(c), concepts()));
    let fitting: Vec<usize> = numeric
        .iter()
        .copied()
        .filter(|&c| is_change(c) == asks_change)
        .collect();
    let column = match (named, fitting.as_slice()) {
        (Some(c), _) => c,
        (None, [only]) => *only,
        _ => return None,
    };
    let value_of = |cells: &[(String, String)]| cells.get(column).and_then(|(_, v)| value(v));
    let best = rows
        .iter()
        .filter_map(|&(i, cells)| Some((i, value_of(cells)?)));
    let chosen = match direction {
        Direction::Most => best.max_by(|a, b| a.1.total_cmp(&b.1)),
        Direction::Least => best.min_by(|a, b| a.1.total_cmp(&b.1)),
    }?;
    Some(chosen.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_read_as_numbers_with_their_scale_and_sign() {
        assert_eq!(value("£10.1m"), Some(10_100_000.0));
        assert_eq!(value("452,000"), Some(452_000.0));
        assert_eq!(value("+12%"), Some(12.0));
        assert_eq!(value("-4%"), Some(-4.0));
        assert_eq!(value("£2bn"), Some(2e9));
        assert_eq!(value("Keep"), None);
    }

    #[test]
    fn the_superlative_a_question_asks() {
        assert_eq!(
            asked("Which show is most expensive?"),
            Some(Direction::Most)
        );
        assert_eq!(asked("Which seat is cheapest?"), Some(Direction::Least));
        assert_eq!(asked("Who pays the least?"), Some(Direction::Least));
        assert_eq!(
            asked("Which region gave out the most parcels?"),
            Some(Direction::Most)
        );
        assert_eq!(asked("How much is a ticket?"), None);
    }
}
