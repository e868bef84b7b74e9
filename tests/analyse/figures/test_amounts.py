"""Figures through the real pipeline, on the seed article and small made-up sentences."""

from __future__ import annotations

import pytest
from conftest import SEED
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures
from generator.model.analysis import Figure


@pytest.fixture(scope="module")
def seed_figures(nlp: Language) -> tuple[Figure, ...]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    body = "\n".join(line for line in lines if not line.startswith("date "))
    return find_figures(nlp(body))


def by_text(figures: tuple[Figure, ...], text: str) -> Figure:
    [figure] = [figure for figure in figures if figure.text == text]
    return figure


def test_seed_trade_in_yuan_is_paired_with_its_dollar_restatement(
    seed_figures: tuple[Figure, ...],
) -> None:
    yuan = by_text(seed_figures, "1.28 trillion yuan")
    dollars = by_text(seed_figures, "$153 billion")
    assert (yuan.value, yuan.unit, yuan.kind, yuan.change) == (1.28e12, "CNY", "money", "=")
    assert (dollars.value, dollars.unit) == (1.53e11, "USD")
    assert yuan.paired_with == seed_figures.index(dollars)
    assert dollars.paired_with == seed_figures.index(yuan)
    assert yuan.concept == dollars.concept == "trade between the two nations"
    assert yuan.date == "2022"


def test_seed_growth_and_meetings_carry_their_qualifiers(seed_figures: tuple[Figure, ...]) -> None:
    growth = by_text(seed_figures, "around 30%")
    assert (growth.value, growth.unit, growth.change, growth.notable) == (30, "percent", "up", True)
    meetings = by_text(seed_figures, "about 40 times")
    assert (meetings.value, meetings.unit, meetings.change, meetings.concept) == (
        40,
        "time",
        "~",
        "VLadimir Putin and Xi Jinping met",
    )
    assert by_text(seed_figures, "nearly 30 times").change == "~"


def test_seed_years_ordinals_and_decades_are_not_figures(seed_figures: tuple[Figure, ...]) -> None:
    texts = {figure.text for figure in seed_figures}
    assert texts.isdisjoint({"2012", "2013", "2019", "2021", "2022", "third", "1960s"})
    assert not any(figure.value in (2012, 2013, 2019, 2021, 2022) for figure in seed_figures)


def test_seed_small_counts_are_kept_but_not_notable(seed_figures: tuple[Figure, ...]) -> None:
    men = by_text(seed_figures, "two men")
    assert (men.value, men.unit, men.kind, men.notable) == (2, "man", "count", False)


def test_figures_come_in_text_order_with_offsets_and_sentences(nlp: Language) -> None:
    text = "Rain fell for two days. Then 30,000 homes lost power, up 12% on last year."
    figures = find_figures(nlp(text))
    assert [(f.text, f.sentence) for f in figures] == [
        ("two days", 0),
        ("30,000 homes", 1),
        ("12%", 1),
    ]
    assert all(text[f.start : f.end] == f.text for f in figures)


def test_counts_take_their_noun_as_unit(nlp: Language) -> None:
    figures = find_figures(nlp("Dell will cut about 6,650 jobs and close 96 Liverpool offices."))
    assert [(f.text, f.value, f.unit, f.change, f.notable) for f in figures] == [
        ("about 6,650 jobs", 6650, "job", "~", True),
        ("96 Liverpool offices", 96, "office", "=", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The 787 Dreamliner flew over Section 427 on March 3 at 9 a.m.",
        "Chelsea beat Everton 2-1 in the Big 12 final of Euro 2020.",
        "Each one was a one-off, back in the 1960s, in the Six Nations.",
        "The song hit number one, as it had in '93 and from 1994-96.",
        "The shows run between 6 and 12 December at 10.45pm.",
    ],
)
def test_names_dates_scores_and_pronouns_are_not_figures(nlp: Language, text: str) -> None:
    assert find_figures(nlp(text)) == ()


def test_an_age_after_a_name_is_an_age_and_not_notable(nlp: Language) -> None:
    [age] = find_figures(nlp("The striker Adrian Mutu, 25, was sacked on Friday."))
    assert (age.text, age.value, age.unit, age.kind, age.notable) == (
        "25",
        25,
        "year of age",
        "quantity",
        False,
    )


def test_a_sentence_final_scale_word_keeps_its_full_stop_out(nlp: Language) -> None:
    [figure] = find_figures(nlp("The package was worth up to £2.7m."))
    assert (figure.text, figure.value, figure.unit, figure.change) == (
        "up to £2.7m",
        2.7e6,
        "GBP",
        "<",
    )


def test_concepts_come_from_the_parse(nlp: Language) -> None:
    text = "The fine was 10.5 million Australian dollars, or 10 percent of annual turnover."
    figures = find_figures(nlp(text))
    assert [(f.text, f.unit, f.concept) for f in figures] == [
        ("10.5 million Australian dollars", "AUD", "fine"),
        ("10 percent", "percent", "annual turnover"),
    ]


def test_a_span_of_years_in_one_token_is_a_date_not_a_figure(nlp: Language) -> None:
    figures = find_figures(nlp("Exports grew 8% in 2021–22, after a dull 2019–20."))
    assert [(f.text, f.date) for f in figures] == [("8%", "2021")]


def test_in_is_the_inch_before_a_dimension_word(nlp: Language) -> None:
    figures = find_figures(nlp("The slab is 3 in deep and sold 40 in a day."))
    assert [(f.text, f.unit) for f in figures] == [("3 in", "inch"), ("40", "")]


def test_in_before_a_noun_phrase_stays_a_preposition(nlp: Language) -> None:
    figures = find_figures(nlp("She ranks 4 in long jumps."))
    assert [(f.text, f.unit) for f in figures] == [("4", "")]


def test_a_named_dozen_is_not_twelve(nlp: Language) -> None:
    assert find_figures(nlp("He baked a baker's dozen.")) == ()


def test_negative_temperatures_make_a_range(nlp: Language) -> None:
    [figure] = find_figures(nlp("Nights swung from -12 °C to -3 °C last week."))
    assert (figure.value, figure.low, figure.high, figure.unit) == (
        -12.0,
        -12.0,
        -3.0,
        "degree Celsius",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales rose by five million last month.", 5e6),
        ("It sold 5 million the previous year.", 5e6),
        # Digits the parser hangs on the time word: still no count of months.
        ("The queue was 80,000, down from 83,512 last month.", 83512),
        ("Visits reached 42,250 this week.", 42250),
    ],
)
def test_a_time_word_that_says_when_is_not_what_is_counted(
    nlp: Language, text: str, value: float
) -> None:
    figure = find_figures(nlp(text))[-1]
    assert (figure.value, figure.unit) == (value, "")


@pytest.mark.parametrize(
    "text", ["They waited five more years.", "Over the 50 previous years it grew."]
)
def test_a_time_word_the_number_counts_is_its_unit(nlp: Language, text: str) -> None:
    [figure] = find_figures(nlp(text))
    assert figure.unit == "year"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Attendance grew by 6,200 last summer.", 6200),
        ("The park drew 51,000 last weekend.", 51000),
        ("Bookings reached 12,400 this winter.", 12400),
    ],
)
def test_a_named_period_that_says_when_is_not_what_is_counted(
    nlp: Language, text: str, value: float
) -> None:
    figure = find_figures(nlp(text))[-1]
    assert (figure.value, figure.unit) == (value, "")


def test_a_named_period_the_number_counts_is_its_unit(nlp: Language) -> None:
    [figure] = find_figures(nlp("The show ran for 11 seasons."))
    assert figure.unit == "season"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The studio logged 600K pre-bookings.", "pre-booking"),
        ("The council sent 250 e-mails.", "e-mail"),
        ("The mill took on 70 part-time weavers.", "part-time weaver"),
    ],
)
def test_a_hyphenated_noun_after_a_count_is_what_it_counts(
    nlp: Language, text: str, unit: str
) -> None:
    assert find_figures(nlp(text))[0].unit == unit


def test_a_counted_acronym_keeps_its_capitals(nlp: Language) -> None:
    assert find_figures(nlp("The dealer sold 2,500 ATVs."))[0].unit == "ATV"


def test_scaled_values_are_the_numbers_as_written_not_float_error(nlp: Language) -> None:
    first, second = find_figures(nlp("The firm lost $4.1bn, a range of 1.1bn-2.3bn euros."))
    assert (first.value, second.low, second.high) == (4.1e9, 1.1e9, 2.3e9)
    assert repr(first.value) == "4100000000.0"
