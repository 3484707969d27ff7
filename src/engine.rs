//! The engine: config, corpus, index, flags and companies loaded together,
//! and the operations the command line and the Discord bot share.

use std::time::Instant;

use crate::answer::{self, Answer};
use crate::companies::{Directory, Lookup};
use crate::config::Config;
use crate::corpus::{Corpus, Passage};
use crate::error::Result;
use crate::flags::{FlagKind, Flagger};
use crate::search::SearchIndex;

/// Everything needed to answer questions about a corpus. Immutable once
/// loaded: the bot swaps in a whole new `Engine` on reload.
#[derive(Debug)]
pub struct Engine {
    pub config: Config,
    pub corpus: Corpus,
    pub companies: Directory,
    index: SearchIndex,
}

impl Engine {
    /// Loads the corpus named in the config and indexes it.
    pub fn load(config: Config) -> Result<Engine> {
        let flagger = Flagger::new(&config.flags.unclear, &config.flags.unconfirmed);
        let corpus = Corpus::load(&config.corpus, &flagger)?;
        Engine::from_corpus(config, corpus)
    }

    /// Builds an engine over an already loaded corpus.
    pub fn from_corpus(config: Config, corpus: Corpus) -> Result<Engine> {
        let index = SearchIndex::build_with(&corpus, config.answer.thesaurus)?;
        let companies = Directory::build(&corpus);
        Ok(Engine {
            config,
            corpus,
            companies,
            index,
        })
    }

    /// Answers a question with the configured number of passages.
    pub fn ask(&self, question: &str) -> Answer {
        self.ask_top(question, self.config.answer.top)
    }

    /// Answers a question with at most `top` passages. Never fails: odd input
    /// gets "not covered".
    pub fn ask_top(&self, question: &str, top: usize) -> Answer {
        self.ask_in(question, top, None)
    }

    /// Answers a question asked in a conversation about `context` (an
    /// article's file stem, as in [`AnswerPassage::article`]): with several
    /// articles, a follow-up such as "Who voted against it?" keeps to that
    /// article unless another answers it clearly better. An unknown stem is
    /// no context.
    ///
    /// [`AnswerPassage::article`]: crate::AnswerPassage
    pub fn ask_in(&self, question: &str, top: usize, context: Option<&str>) -> Answer {
        let span = tracing::info_span!("question", chars = question.chars().count());
        let _enter = span.enter();
        let start = Instant::now();
        let article = context.and_then(|c| self.article_index(c));
        let answer = answer::answer(&self.corpus, &self.index, question, top, article);
        tracing::info!(
            covered = answer.covered,
            first = answer.passages.first().map(|p| p.id.as_str()),
            latency_us = start.elapsed().as_micros() as u64,
            "answered"
        );
        answer
    }

    /// The index of the article with this file stem, if the corpus has one.
    pub fn article_index(&self, stem: &str) -> Option<usize> {
        self.corpus.articles.iter().position(|a| a.stem == stem)
    }

    /// The plain-BM25 reference answer (see [`answer::baseline`]).
    pub fn ask_baseline(&self, question: &str, top: usize) -> Answer {
        answer::baseline(&self.corpus, &self.index, question, top)
    }

    /// Looks up a company by name, alias or near spelling.
    pub fn company(&self, name: &str) -> Lookup<'_> {
        self.companies.lookup(name)
    }

    /// A passage by id as typed (`7`, `T1.3`, `article:7`).
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        self.corpus.passage(id)
    }

    /// Number of flagged sentences of each kind.
    pub fn flag_counts(&self) -> (usize, usize) {
        let mut unclear = 0;
        let mut unconfirmed = 0;
        for f in self.corpus.passages.iter().flat_map(|p| &p.flags) {
            match f.kind {
                FlagKind::Unclear => unclear += 1,
                FlagKind::Unconfirmed => unconfirmed += 1,
            }
        }
        (unclear, unconfirmed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flags::Flagger;

    fn engine(text: &str) -> Engine {
        let corpus = Corpus::from_text("t", text, &Flagger::default()).expect("corpus");
        Engine::from_corpus(Config::default(), corpus).expect("engine")
    }

    #[test]
    fn a_question_about_him_prefers_the_passages_about_him() {
        let e = engine(
            "Jacob Hall drowned in the river in July, an inquest heard.\n\n\
             About 236 people died in drownings last year; most died in rivers.\n\n\
             A pathologist told the inquest in Crook that he died of drowning and that \
             cold water shock, caused by the sudden change in temperature, played a part.\n",
        );
        let first = |q: &str| e.ask(q).passages.first().map(|p| p.id.clone());
        assert_eq!(first("What did he die of?").as_deref(), Some("3"));
    }

    #[test]
    fn what_someone_said_is_their_quoted_words() {
        let e = engine(
            "Asher-Smith won the 200m in Rome.\n\n\
             \"There were days I didn't think I would ever run again,\" she said.\n\n\
             British Athletics said she had been added to the relay squad for Tokyo.\n",
        );
        let answer = e.ask("What did she say?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn a_past_question_prefers_what_was_to_what_will_be() {
        let e = engine(
            "Fitzpatrick won the Open, played at Royal Birkdale in Southport this year.\n\n\
             Next year's Open will be played at Royal St George's.\n",
        );
        let answer = e.ask("Where was the Open played?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("1"));
    }

    #[test]
    fn the_question_asked_back_as_unknown_answers_it() {
        let e = engine(
            "The factory makes about 1,200 cars a week.\n\n\
             Meridian said it would use stock to keep supplying dealers. \
             It is not clear how long the stock would last.\n",
        );
        let answer = e.ask("How long will the stock last?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "2");
    }

    #[test]
    fn a_count_stated_comes_before_a_count_said_unknown() {
        let e = engine(
            "Unions said the plans did not go far enough. It is not known how many of the \
             new ambulances are already in service, and how many new ambulances crews need.\n\n\
             The government said 800 new ambulances would be on the road by the end of the year.\n",
        );
        let answer = e.ask("How many new ambulances are coming?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn a_first_name_is_the_surname_the_article_quotes() {
        let e = engine(
            "The station will be renamed after Leah Williamson, who grew up in the town.\n\n\
             More than 12,000 people signed a petition calling for the station to honour her.\n\n\
             Williamson said she was \"a bit embarrassed but incredibly proud\".\n",
        );
        let answer = e.ask("What did Leah say?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("3"));
    }

    #[test]
    fn a_price_by_the_question_s_word_prices_the_title_s_subject() {
        let e = engine(
            "Allotment waiting lists hit record as some residents wait 15 years\n\n\
             More than 170,000 people in England are on waiting lists for council allotments, \
             the highest number on record.\n\n\
             In Hackney, the list was closed to new applicants after it passed 3,000 names.\n\n\
             Demand rose sharply during the Covid pandemic, when many people took up gardening.\n\n\
             Councils have a legal duty to provide allotments if six or more residents ask.\n\n\
             A standard plot is 250 square metres, roughly the size of a doubles tennis court. \
             Many councils now offer half or quarter plots. Annual rents range from about £30 \
             to £150.\n\n\
             The society wants developers to set aside land for allotments on new estates.\n",
        );
        let answer = e.ask("how much does an allotment cost");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "5");
    }

    #[test]
    fn a_price_said_unknown_of_it_prices_the_title_s_subject() {
        let e = engine(
            "# Towering sandcastle claims record on Cornish beach\n\n\
             A team of sculptors has built the tallest sandcastle in Britain on Fistral Beach.\n\n\
             The project was paid for by a holiday park company, which did not say how much \
             it cost.\n\n\
             Visitors are asked not to climb on it.\n",
        );
        let answer = e.ask("How much did the sandcastle cost?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "2");
    }

    #[test]
    fn a_question_s_phrase_is_found_past_its_article() {
        let e = engine(
            "A cow stuck in estuary mud was pulled free after a six-hour rescue.\n\n\
             The fire service was alerted by a dog walker who heard the cow.\n\n\
             A vet checked the cow over afterwards.\n",
        );
        let answer = e.ask("Who raised the alarm?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "2");
    }

    #[test]
    fn a_number_under_a_restating_heading_counts_what_it_names() {
        let e = engine(
            "# Dental vans to visit rural villages\n\n\
             Dental vans will visit villages without an NHS dentist from next month.\n\n\
             ## What is a dental van?\n\n\
             A lorry fitted out as a dental surgery. Each van has a dentist and two nurses.\n\n\
             ## How many vans will there be?\n\n\
             Three, to start with. The NHS says more could follow if the pilot works.\n",
        );
        let answer = e.ask("How many vans are there?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "3");
    }

    #[test]
    fn how_someone_feels_is_in_their_words_of_feeling() {
        let e = engine(
            "EDF, which is building the plant, said it was in talks with other investors.\n\n\
             EDF blamed the delay on a shortage of welders. The company said it was \
             \"deeply frustrated\".\n\n\
             EDF will be paid a guaranteed price for 35 years.\n",
        );
        let answer = e.ask("How does EDF feel about it?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn when_it_starts_is_the_lead_s_date_where_nothing_says_start() {
        let e = engine(
            "All children whose families receive universal credit will be entitled to free \
             school meals from September 2027, the education secretary has announced.\n\n\
             About 500,000 more children will become eligible.\n\n\
             The change will cost about £1bn a year once fully in place.\n",
        );
        let answer = e.ask("When does it start?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "1");
        // Nor where only a loose relation of "start" is there ("first").
        let e = engine(
            "Britain's first self-driving bus service carries passengers in Edinburgh from \
             Monday.\n\n\
             A safety driver sits behind the wheel on every trip.\n\n\
             Fares are the same as on ordinary buses.\n",
        );
        let answer = e.ask("When does it start?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "1");
        // Where the article says when something starts, that is searched.
        let e = engine(
            "The power cut hit 40,000 homes in the city.\n\n\
             The cut began at 4.42pm and lasted three hours.\n",
        );
        assert_eq!(
            e.ask("When did it start?")
                .passages
                .first()
                .map(|p| p.id.as_str()),
            Some("2")
        );
    }

    #[test]
    fn the_question_s_own_word_form_ranks_first() {
        let e = engine(
            "Eleven public swimming pools in England have closed in the past year because \
             councils can no longer afford to heat them, a report says.\n\n\
             The report, by the charity Swim England, says a further 40 pools are at risk of \
             closing by 2028 unless they receive more funding.\n",
        );
        let answer = e.ask("How many pools have closed?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("1"));
    }

    #[test]
    fn why_something_is_a_problem_is_the_harm_it_does() {
        let e = engine(
            "A stretch of canal has been drained so engineers can repair a leaking lock.\n\n\
             Volunteers pulled out 40 bicycles and 23 shopping trolleys.\n\n\
             \"Every time we drain a canal we find the same things,\" said the project manager. \
             \"Trolleys are the worst. They trap silt and damage boat propellers.\"\n\n\
             The supermarket whose trolleys were found declined to comment.\n",
        );
        let answer = e.ask("Why are trolleys a problem?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("3"));
        // A fine is a penalty; "damages" in court is one too, but the
        // stemmed "damage" done to propellers is not.
        assert!(!e.ask("Will anyone be fined?").covered);
    }

    #[test]
    fn a_yes_no_heading_opening_as_the_question_does_answers_it() {
        let e = engine(
            "# Swift bricks: your questions answered\n\n\
             ## Which homes are covered?\n\n\
             Every new house of three storeys or fewer. Developers must fit at least one \
             brick per home.\n\n\
             ## Can I put one in my own house?\n\n\
             Yes. Bricks can be fitted when a wall is rebuilt.\n",
        );
        let answer = e.ask("Can I fit one to my house?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn a_heading_asking_the_question_answers_it_without_a_date() {
        let e = engine(
            "# Sixty years at the last: a cobbler\n\n\
             Stanley Arkwright, 76, has mended shoes since 1966.\n\n\
             **Will anyone take over the shop?**\n\n\
             I don't know. A young woman helps on Saturdays.\n\n\
             **When will you retire?**\n\n\
             When I stop enjoying it. Not yet.\n",
        );
        let answer = e.ask("When is he retiring?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("3"));
    }

    #[test]
    fn a_heading_asking_who_is_answered_by_a_name_opening_the_passage() {
        let e = engine(
            "# Right to repair: what the new law means\n\n\
             A new law on spare parts takes effect on Wednesday.\n\n\
             ## Who enforces it?\n\n\
             Trading Standards. Manufacturers that break the rules can be fined.\n\n\
             ## Who gets what from a repair?\n\n\
             Repair shops keep about half of the price.\n",
        );
        let answer = e.ask("Who enforces the law?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
        assert!(!e.ask("Who is the best repairer?").covered);
    }

    #[test]
    fn the_doer_of_a_passive_may_come_after_when_and_where() {
        let e = engine(
            "A rare white stag has been photographed in a forest, officials said.\n\n\
             The stag was photographed at dawn on Saturday by a walker, Priya Lal, who \
             could not believe her eyes.\n",
        );
        let answer = e.ask("Who photographed it?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
        // Further on, in one clause without a comma.
        let e = engine(
            "A goat went missing from a farm and turned up on a pub roof.\n\n\
             The goat was spotted on the slate roof of the White Hart in Hawes on Tuesday \
             morning by the pub's cleaner.\n",
        );
        let answer = e.ask("Who spotted the goat?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn a_heading_opening_as_the_question_does_ranks_first() {
        let e = engine(
            "# Blue plaques: how the scheme works\n\n\
             The civic society has put up 64 plaques since 1978.\n\n\
             ## Who can be given a plaque?\n\n\
             Someone who has been dead for at least 20 years and who made a \
             contribution to the town.\n\n\
             ## Why only three a year?\n\n\
             Money and time. Each plaque needs research into dates and addresses.\n",
        );
        let answer = e.ask("Who can get a plaque?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn a_live_entry_reporting_it_done_is_dated_by_its_time() {
        let e = engine(
            "# Snow live: roads blocked\n\n\
             ## 06:45\n\n\
             Good morning. The A628 Woodhead Pass is closed in both directions after several \
             lorries got stuck near the reservoir. Highways officers say it will not reopen \
             before midday.\n\n\
             ## 10:10\n\n\
             A reader has sent us a picture of a snowman.\n\n\
             ## 13:50\n\n\
             The Woodhead Pass has reopened, an hour later than planned, with one lane open \
             in each direction.\n",
        );
        let answer = e.ask("When did the Woodhead Pass reopen?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("3"));
    }

    #[test]
    fn a_span_of_time_is_no_size() {
        let e = engine(
            "A council has removed about 60 memorial benches from a park.\n\n\
             The benches were taken from Keston Common over two days last week by \
             contractors working for the council.\n\n\
             Families said they had not seen the notices.\n",
        );
        assert!(!e.ask("How big is Keston Common?").covered);
    }

    #[test]
    fn a_measure_of_another_kind_is_no_answer() {
        let e = engine(
            "More than 200 bee orchids have been found growing on a roundabout in Swindon, \
             prompting the council to stop mowing it for the summer.\n\n\
             Bee orchids get their name because their flowers look like a bee feeding on a \
             pink flower, which attracts male bees.\n\n\
             The trust said the roundabout was one of the largest roadside colonies it had \
             recorded in the county. Bee orchids grow on poor, chalky soil with little \
             competition from grasses.\n\n\
             The council said it would not cut the roundabout until September.\n\n\
             The winning marrow weighed 54 kilograms.\n",
        );
        assert!(!e.ask("How tall do bee orchids grow?").covered);
        assert!(e.ask("How heavy was the winning marrow?").covered);
    }

    #[test]
    fn an_unknown_count_of_something_else_does_not_answer_how_many() {
        let e = engine(
            "A teacher has run 100 marathons on 100 consecutive days, finishing in York.\n\n\
             She ran most of them on a loop around the city walls.\n\n\
             It is not known how many people have run 100 consecutive marathons. A man in \
             Britain ran 401 in as many days.\n",
        );
        let answer = e.ask("How many marathons did she run?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("1"));
    }

    #[test]
    fn the_question_s_own_words_in_its_order_rank_first() {
        let e = engine(
            "Southern Water will fit meters to every home by 2030.\n\n\
             About two-thirds of households will pay less. Single people in large houses are \
             most likely to save; large families in small homes are most likely to pay more.\n\n\
             No. The meter and fitting are free, and you do not pay for the work.\n\n\
             Households whose bills rise will pay whichever is cheaper for two years.\n",
        );
        let answer = e.ask("Who is most likely to pay more?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn which_day_is_answered_by_a_day() {
        // No passage names a day or a date: none says which.
        let e = engine(
            "Every council will collect the same materials from 2026.\n\n\
             Food waste will be collected every week from every home, every day of the year.\n",
        );
        assert!(!e.ask("What day is food waste collected?").covered);
    }

    #[test]
    fn an_interview_question_asked_again_is_answered_under_it() {
        let e = engine(
            "# 'Nobody is turned away': the choir for people who can't sing\n\n\
             Maria Okonjo started the Can't Sing Choir in a church hall in Leeds in 2021. \
             The choir now has 140 members and sang at the Royal Albert Hall.\n\n\
             **Why did you start the choir?**\n\n\
             I was a music teacher, and I kept meeting adults who had been told as children \
             that they couldn't sing.\n\n\
             **What do you sing?**\n\n\
             Mostly pop and soul.\n",
        );
        let answer = e.ask("Why did she start the choir?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn what_time_asks_a_time() {
        let e = engine(
            "Ferries to the island will run only three days a week from January, the \
             operator has announced. The route currently runs every day of the year.\n\n\
             From 6 January, the ferry will leave Portmaddock at 9am on Mondays, returning at \
             3pm.\n\n\
             The crossing takes 50 minutes, and the ferry can carry 40 cars.\n",
        );
        let answer = e.ask("What time does the ferry leave?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn a_passive_without_by_names_no_doer() {
        let e = engine(
            "The Tyne Bridge will close for a year of repairs, Newcastle City Council said.\n\n\
             The bridge was built in 1928 and was last painted in 2000.\n",
        );
        assert!(!e.ask("Who built the bridge?").covered);
        let e = engine(
            "The Tyne Bridge will close for a year of repairs, Newcastle City Council said.\n\n\
             The bridge was built by Dorman Long in 1928.\n",
        );
        let answer = e.ask("Who built the bridge?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn how_deep_asks_a_length_not_any_measure() {
        let e = engine(
            "The lido in Clevedon has reopened after a £2m restoration.\n\n\
             The pool, which took 18 months to restore, is heated to 24C.\n\n\
             Tickets cost £6 for adults.\n",
        );
        assert!(!e.ask("How deep is the pool?").covered);
        let e = engine(
            "The lido has reopened after a £2m restoration that took 18 months.\n\n\
             The pool is 50 metres long and 2 metres deep at one end.\n\n\
             Tickets cost £6 for adults.\n",
        );
        let answer = e.ask("How deep is the pool?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
        // "How far away" asks a distance too, which the months do not give.
        let e = engine(
            "The Sun is near the peak of its 11-year cycle of activity.\n\n\
             Strong storms on the Sun are more likely for the next two years.\n",
        );
        assert!(!e.ask("How far away is the Sun?").covered);
    }

    #[test]
    fn how_fast_it_goes_asks_a_speed() {
        let text = |speed: &str| {
            format!(
                "Hire e-scooters return to the city centre on Monday after a six-month pause.\n\n\
                 The scooters {speed} and must be left in marked bays within 15 minutes of a ride.\n\n\
                 A ride costs £1 to unlock and 20p a minute.\n"
            )
        };
        let e = engine(&text("are limited to riders over 18"));
        assert!(!e.ask("How fast can the scooters go?").covered);
        let e = engine(&text("have a top speed of 12.5mph"));
        let answer = e.ask("How fast can the scooters go?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn how_long_they_have_asks_a_span_of_time() {
        let e = engine(
            "A couple have been ordered to cut back a leylandii hedge in Harrogate.\n\n\
             Councils can order hedges taller than 2 metres to be cut back.\n\n\
             Leylandii are popular with gardeners who want privacy.\n",
        );
        assert!(!e.ask("How long do they have to cut it?").covered);
        let e = engine(
            "A couple have been ordered to cut back a leylandii hedge in Harrogate.\n\n\
             Councils can order hedges taller than 2 metres to be cut back.\n\n\
             The court gave them 28 days to cut the hedge.\n",
        );
        let answer = e.ask("How long do they have to cut it?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("3"));
    }

    #[test]
    fn how_long_it_lasts_said_unknown_of_what_the_passage_names() {
        let e = engine(
            "Passengers at UK airports must again put liquids in 100ml containers.\n\n\
             The rule applies even at airports with new scanners. The Department for \
             Transport said the change was temporary, but did not say how long it would last.\n\n\
             Airports said queues could be longer.\n",
        );
        let answer = e.ask("How long will the rule last?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "2");
        // "that" as well as "it".
        let e = engine(
            "The M62 is closed after a lorry caught fire.\n\n\
             The heat damaged the road, and the eastbound side will need to be resurfaced \
             before it can reopen. It has not said how long that will take.\n\n\
             Traffic is being diverted.\n",
        );
        let answer = e.ask("How long will resurfacing take?");
        assert!(answer.covered, "{:?}", answer.note);
        assert_eq!(answer.passages[0].id, "2");
    }

    #[test]
    fn a_superlative_asked_of_a_table_is_its_row_of_the_most() {
        let e = engine(
            "The cost of rural crime rose to £52.8m last year, the highest for a decade.\n\n\
             | Region | Cost of rural crime, 2025 | Change |\n\
             | --- | --- | --- |\n\
             | Midlands | £10.1m | +9% |\n\
             | North East | £4.2m | +25% |\n\
             | South East | £8.3m | +3% |\n\
             | Wales | £2.9m | -4% |\n\n\
             Farmers say the police are 40 minutes away.\n",
        );
        let first = |q: &str| {
            let answer = e.ask(q);
            answer
                .passages
                .first()
                .map(|p| p.text.clone())
                .unwrap_or_default()
        };
        assert!(first("Which region had the highest cost?").starts_with("Midlands"));
        assert!(first("Which region had the lowest cost?").starts_with("Wales"));
        assert!(first("Which region had the biggest increase?").starts_with("North East"));
        // A row the question names is not a superlative over the rows.
        assert!(first("What was the cost in Wales?").starts_with("Wales"));
        // And the whole, asked of, is the paragraph's total, not a row's part.
        assert!(first("How much did rural crime cost?").starts_with("The cost of rural crime"));
    }

    #[test]
    fn a_yes_or_no_said_unknown_is_answered_by_the_sentence_saying_so() {
        let e = engine(
            "Theatre prices are higher than ever: the best seats cost more than £300.\n\n\
             Producers say higher prices for premium seats have hurt no one and that \
             theatre attendance is strong.\n\n\
             It is unclear whether the higher prices have hurt theatre attendance. Total \
             ticket sales rose slightly in 2025.\n",
        );
        let answer = e.ask("Have higher prices hurt theatre attendance?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("3"));
        // Not a question with a word the article never uses.
        assert!(!e.ask("Have higher prices hurt theatre ghosts?").covered);
    }

    #[test]
    fn her_name_is_the_first_passage_naming_someone() {
        let e = engine(
            "A 92-year-old great-grandmother has completed a charity skydive.\n\n\
             Dorothy Pugh, from Leominster, jumped at an airfield on Saturday.\n\n\
             Asked whether she would jump again, Mrs Pugh said: \"Ask me next year.\"\n",
        );
        let answer = e.ask("What's her name?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
        // The name of something the article never names is not hers.
        assert!(!e.ask("What is the name of the airfield?").covered);
    }

    #[test]
    fn a_count_of_people_is_asked_by_what_befell_them() {
        let e = engine(
            "About 400,000 families will pay back child benefit this year.\n\n\
             HMRC can charge penalties and interest if parents do not pay.\n\n\
             HMRC could not say how many penalties it had issued last year.\n",
        );
        let answer = e.ask("How many people were fined last year?");
        assert!(answer.covered, "{answer:?}");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("3"));
    }

    #[test]
    fn how_much_was_it_asks_a_price() {
        let e = engine(
            "A woman found her mother's wedding dress in a charity shop window.\n\n\
             Staff said the dress had been donated the week before. It was priced at £45.\n",
        );
        let answer = e.ask("How much was it?");
        assert!(answer.covered, "{answer:?}");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
    }

    #[test]
    fn a_heading_with_one_more_word_restates_the_question() {
        let e = engine(
            "# A night with a hospital chaplain\n\n\
             The Rev Anita Desai is one of six chaplains at the hospital.\n\n\
             ## What does a hospital chaplain do?\n\n\
             We look after the spiritual needs of patients. Mostly I just listen.\n\n\
             ## Are chaplains at risk from cuts?\n\n\
             Some trusts have cut chaplaincy hours, and chaplains worry.\n",
        );
        let answer = e.ask("What does a chaplain do?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("2"));
        // The question's own extra word: a function word or the title's.
        let e = engine(
            "# Self-assessment: the tax return deadline\n\n\
             Millions must file a tax return by the end of January.\n\n\
             ## When is the deadline?\n\n\
             Online returns must be filed by midnight on 31 January.\n\n\
             ## Who has to file a return?\n\n\
             The self-employed and landlords earning more than £1,000.\n",
        );
        assert!(!e.ask("When is the VAT deadline?").covered);
        let e = engine(
            "# Voter ID: what to take\n\n\
             Voters will need photo ID at polling stations.\n\n\
             ## What ID can I use?\n\n\
             Your photo ID can be out of date, if the photo still looks like you.\n\n\
             ## What if I don't have photo ID?\n\n\
             You can apply for a free certificate from your council.\n",
        );
        let answer = e.ask("What if I don't have any photo ID?");
        assert_eq!(answer.passages.first().map(|p| p.id.as_str()), Some("3"));
    }
}
