"""Ratios of two counts as one figure; tallies as one figure, never a range."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures

Row = tuple[str, float, str, float | None]


def rows(nlp: Language, text: str) -> list[Row]:
    return [(f.text, round(f.value, 2), f.unit, f.low) for f in find_figures(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The share of a group, or the odds of a thing, in percent; the ratio is the text.
        ("It gave the comet a 1 in 40 chance of a hit.", [("1 in 40", 2.5, "percent", None)]),
        ("Polls say one in five adults drink daily.", [("one in five", 20.0, "percent", None)]),
        ("Three out of 10 members agreed.", [("Three out of 10", 30.0, "percent", None)]),
        # "four weeks" is a time: no ratio.
        ("They met one in every four weeks.", [("four weeks", 4.0, "week", None)]),
        ("One in every eight homes was empty.", [("One in every eight", 12.5, "percent", None)]),
        ("There is a 1-in-50 risk of frost.", [("1-in-50", 2.0, "percent", None)]),
        ("The odds are one-in-four now.", [("one-in-four", 25.0, "percent", None)]),
    ],
)  # fmt: skip
def test_a_ratio_of_two_counts_is_one_share(nlp: Language, text: str, expected: list[Row]) -> None:
    assert rows(nlp, text) == expected


def test_out_of_with_no_group_is_a_mark_on_a_scale(nlp: Language) -> None:
    assert rows(nlp, "Critics rated the film as 3 out of 5 on average.") == [
        ("3 out of 5", 3.0, "out of 5", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They won one in 2010 and two in 2012.",  # a year after "in"
        "She bought a 2-in-1 laptop.",  # a kind of thing
        "He scored 2 in 3 minutes.",  # a count in a time
    ],
)
def test_two_numbers_around_in_that_are_no_ratio(nlp: Language, text: str) -> None:
    assert all(unit != "percent" for _, _, unit, _ in rows(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two counts joined by "to" from the larger down: one row, "8 to 1", never a range.
        ("The panel ruled by a seven to two majority.", [("seven to two", 7.0, "to 2", None)]),
        ("The bill passed by 61 votes to 39.", [("61 votes to 39", 61.0, "votes to 39", None)]),
        ("Delegates voted 412 to 280 for the plan.", [("412 to 280", 412.0, "to 280", None)]),
        # A range is written from its low end up; "from" gives the level left and reached.
        ("Delegates numbered 280 to 412.", [("280 to 412", 280.0, "", 280.0)]),
        ("The staff fell from 412 to 280.", [("412 to 280", 280.0, "", 280.0)]),
    ],
)  # fmt: skip
def test_a_tally_is_one_row_and_no_range(nlp: Language, text: str, expected: list[Row]) -> None:
    assert rows(nlp, text) == expected
