//! The roles an article gives the people it names. News introduces someone
//! once by role and name ("Wales head coach Dai Morgan", "The
//! cinematographer, Tom Hale,") and then calls them by surname alone
//! ("Morgan has said his aim is…"); a reader asks by role ("What is the
//! coach's target?"). The index searches a passage naming "Morgan" by
//! "coach" too, so the question finds the passage that answers it.

use crate::search::STOP_WORDS;
use crate::{lexicon, text};

/// A role and the surname it belongs to, both folded: ("head coach",
/// "morgan").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub role: String,
    pub surname: String,
}

/// Most capitalised words a name runs to ("Dai Morgan", "Wey Valley Homes").
const NAME_MAX_WORDS: usize = 3;

/// The roles given in these passages of one article: a lower-case noun
/// right before a name of two or more capitalised words, or before a comma
/// and the name ("director Carys Evans", "the cinematographer, Tom Hale,"),
/// with the lower-case word before it when there is one ("head coach").
pub fn roles<'a>(passages: impl IntoIterator<Item = &'a str>) -> Vec<Role> {
    let mut out: Vec<Role> = Vec::new();
    for passage in passages {
        let words = text::folded_words(passage);
        let capitalised = |k: usize| {
            words
                .get(k)
                .is_some_and(|(_, s, _)| passage[*s..].starts_with(char::is_uppercase))
        };
        // Only spaces (or, after the role, a comma) between two words.
        let joined = |a: usize, b: usize, comma: bool| {
            let gap = passage[words[a].2..words[b].1].trim();
            gap.is_empty() || (comma && gap == ",")
        };
        for i in 1..words.len() {
            let (word, _, _) = &words[i];
            // A name of two capitalised words or more, or one that is no
            // English word ("the regulator Ofgem").
            let two = capitalised(i + 2) && joined(i + 1, i + 2, false);
            let coined = !two
                && words
                    .get(i + 1)
                    .is_some_and(|(n, _, _)| !lexicon::is_word(n));
            if capitalised(i)
                || !capitalised(i + 1)
                || !(two || coined)
                || !joined(i, i + 1, true)
                || STOP_WORDS.contains(&word.as_str())
                || text::MONTHS.contains(&word.as_str())
                || text::WEEKDAYS.contains(&word.as_str())
                || !is_role(word)
            {
                continue;
            }
            let mut last = if two { i + 2 } else { i + 1 };
            while two
                && last + 1 < words.len()
                && last + 1 < i + 1 + NAME_MAX_WORDS
                && capitalised(last + 1)
                && joined(last, last + 1, false)
            {
                last += 1;
            }
            // "The cinematographer, Tom Hale, shot…": with a comma, only an
            // appositive (not "Despite that growth, Microsoft's China…").
            let appositive = ["the", "a", "an", "its", "his", "her", "their", "our"]
                .contains(&words[i - 1].0.as_str())
                && passage[words[last].2..].starts_with(',');
            if !joined(i, i + 1, false) && !appositive {
                continue;
            }
            let before = &words[i - 1].0;
            let role = if !capitalised(i - 1)
                && joined(i - 1, i, false)
                && !STOP_WORDS.contains(&before.as_str())
                && lexicon::is_noun(before)
            {
                format!("{before} {word}")
            } else {
                word.clone()
            };
            let surname = words[last].0.clone();
            if !out.iter().any(|r| r.role == role && r.surname == surname) {
                out.push(Role { role, surname });
            }
        }
    }
    out
}

/// Roles that name no agent by their ending ("coach", "captain", "chief").
const ROLES: &[&str] = &[
    "coach",
    "captain",
    "chair",
    "boss",
    "mayor",
    "chief",
    "executive",
    "head",
    "pilot",
    "judge",
    "nurse",
    "surgeon",
    "wing",
    "striker",
    "prop",
    "hooker",
    "secretary",
    "candidate",
    "deputy",
    "aide",
    "expert",
    "mp",
    "sheriff",
    "bishop",
    "king",
    "queen",
    "prince",
    "princess",
    "star",
    "midfielder",
    "defender",
    "keeper",
    "skipper",
    "chef",
    "medic",
    "paramedic",
    "vet",
    "detective",
    "constable",
    "inspector",
    "sergeant",
    "superintendent",
    "commissioner",
    "envoy",
    "diplomat",
    "activist",
];

/// True for a word that names someone by what they do: an agent noun
/// ("director", "economist", "spokesperson", "chairman") or one of
/// [`ROLES`]. Not an adjective ("the current Infirmary", "the old
/// Bridge"), nor anything else ("that growth", "the firm Northwall
/// Capital": an organisation is not called by its last word).
fn is_role(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "er", "or", "ist", "ian", "ant", "ent", "eer", "man", "woman", "person",
    ];
    ROLES.contains(&word)
        || (ENDINGS.iter().any(|e| word.ends_with(e))
            && lexicon::is_noun(word)
            && !lexicon::is_adjective_or_adverb(word))
}

/// The roles of the people a passage names by surname, unless it gives
/// the role itself: "coach" for "Morgan has said his aim is…".
pub fn roles_named_in(passage: &str, roles: &[Role]) -> Vec<String> {
    let words = text::folded_words(passage);
    let named = |surname: &str| {
        words
            .iter()
            .any(|(w, s, _)| w == surname && passage[*s..].starts_with(char::is_uppercase))
    };
    let says = |role: &str| {
        role.split(' ')
            .all(|r| words.iter().any(|(w, _, _)| w == r))
    };
    roles
        .iter()
        .filter(|r| named(&r.surname) && !says(&r.role))
        .map(|r| r.role.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        roles([text])
            .into_iter()
            .map(|r| (r.role, r.surname))
            .collect()
    }

    #[test]
    fn a_role_before_a_name() {
        assert_eq!(
            pairs("Wales head coach Dai Morgan has named three players."),
            vec![("head coach".to_string(), "morgan".to_string())]
        );
        assert_eq!(
            pairs("The cinematographer, Tom Hale, shot the film."),
            vec![("cinematographer".to_string(), "hale".to_string())]
        );
        // No role: a verb, a preposition, a sentence start.
        assert!(pairs("The film was shot by Tom Hale in Cardiff.").is_empty());
        assert!(pairs("He said Tom Hale was right. Lock Gareth Lewis will lead.").is_empty());
        assert!(pairs("It opens on Monday Jan 5.").is_empty());
        assert_eq!(
            pairs("The cut, the regulator Ofgem said, starts in May."),
            vec![("regulator".to_string(), "ofgem".to_string())]
        );
        assert!(pairs("It was, the manager Sunday said, fine.").is_empty());
        assert!(pairs("Despite that growth, Microsoft's China arm is small.").is_empty());
    }

    #[test]
    fn a_passage_naming_the_surname_gets_the_role() {
        let roles = roles(["Wales head coach Dai Morgan named his squad."]);
        assert_eq!(
            roles_named_in("Morgan has said his aim is to win.", &roles),
            vec!["head coach".to_string()]
        );
        assert!(roles_named_in("The head coach, Morgan, said so.", &roles).is_empty());
        assert!(roles_named_in("He took over in the summer.", &roles).is_empty());
    }
}
