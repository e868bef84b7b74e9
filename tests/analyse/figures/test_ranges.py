"""Ranges, scores and shared units on a blank English tokenizer, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from generator.analyse.figures.attach import scan_amounts
from generator.analyse.figures.ranges import drop_scores, merge_ranges


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def ranges(blank: Language, text: str) -> list[tuple[str, float, float | None, float | None, str]]:
    doc = blank(text)
    amounts = merge_ranges(doc, drop_scores(doc, scan_amounts(doc)))
    return [(doc[a.first : a.end].text, a.value, a.low, a.high, a.unit) for a in amounts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fares rose 10-15% last year.", ("10-15%", 10.0, 10.0, 15.0, "percent")),
        (
            "It cost $1.2 million to $23.5 million.",
            ("$1.2 million to $23.5 million", 1.2e6, 1.2e6, 23.5e6, "USD"),
        ),
        ("Between 5 and 7 million came.", ("Between 5 and 7 million", 5e6, 5e6, 7e6, "")),
        ("Lift rose from 13.5 to 14.0 mm.", ("13.5 to 14.0 mm", 13.5, 13.5, 14.0, "millimetre")),
        (
            "A price of between $62 and $68 per share.",
            ("between $62 and $68 per share", 62.0, 62.0, 68.0, "USD per share"),
        ),
        ("It fell from $2,415 to $2,315.", ("$2,415 to $2,315", 2315.0, 2315.0, 2415.0, "USD")),
        (
            "Profits were cut by $3.8m to $4.9m in all.",
            ("$3.8m to $4.9m", 3.8e6, 3.8e6, 4.9e6, "USD"),
        ),
    ],
)
def test_ranges_become_one_amount_with_bounds(
    blank: Language, text: str, expected: tuple[str, float, float, float, str]
) -> None:
    assert ranges(blank, text) == [expected]


def test_a_change_and_the_level_it_reached_stay_apart(blank: Language) -> None:
    assert ranges(blank, "The deficit increased by $43.6 billion to $419.2 billion.") == [
        ("$43.6 billion", 43.6e9, None, None, "USD"),
        ("$419.2 billion", 419.2e9, None, None, "USD"),
    ]


def test_different_units_are_not_a_range(blank: Language) -> None:
    assert [row[0] for row in ranges(blank, "Shares rose 6.5% to 164p.")] == ["6.5%", "164p"]


@pytest.mark.parametrize(
    "text", ["City beat Rovers 2-1 at home.", "It passed ISO 3888-2 tests.", "Call 555-1234 now."]
)
def test_hyphenated_bare_integers_are_scores_or_codes(blank: Language, text: str) -> None:
    assert ranges(blank, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fees rose 4–6% this year.", ("4–6%", 4.0, 4.0, 6.0, "percent")),
        ("It costs £3–4bn in all.", ("£3–4bn", 3e9, 3e9, 4e9, "GBP")),
        ("A 2.5-3.5 kg load.", ("2.5-3.5 kg", 2.5, 2.5, 3.5, "kilogram")),
        ("Plans for 12- to 15-metre masts.", ("12- to 15-metre", 12.0, 12.0, 15.0, "metre")),
    ],
)
def test_ranges_written_as_one_token_or_with_a_suspended_hyphen(
    blank: Language, text: str, expected: tuple[str, float, float, float, str]
) -> None:
    assert ranges(blank, text) == [expected]


@pytest.mark.parametrize("text", ["United won 3–0 away.", "Rovers drew 1–1 at home."])
def test_dashed_bare_integers_in_one_token_are_scores(blank: Language, text: str) -> None:
    assert ranges(blank, text) == []


def test_dashed_bare_integers_after_between_are_a_range(blank: Language) -> None:
    assert ranges(blank, "It took between 3–5 tries.") == [("3–5", 3.0, 3.0, 5.0, "")]


def test_a_unit_written_once_covers_both_alternatives(blank: Language) -> None:
    assert ranges(blank, "A meal costs eight or nine euros.") == [
        ("eight", 8.0, None, None, "EUR"),
        ("nine euros", 9.0, None, None, "EUR"),
    ]
