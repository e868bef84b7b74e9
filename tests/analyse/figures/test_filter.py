"""Numbers that are not quantities leave no figure row: codes, labels and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures


def written(nlp: Language, text: str) -> list[str]:
    return [figure.text for figure in find_figures(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        # Telephone numbers: a leading "0" or "+", or three groups that are not thousands.
        "Call 0800 123 456 for help.",
        "Call +44 20 7946 0000 for details.",
        "Call (555) 123-4567 now.",
        "Call 555-123-4567 now.",
        # A place in a numbered series, the second end of a span of them included.
        "Turn to page 12 of chapter 3.",
        "The rule is in section 5 of the act.",
        "In episode 7 the hero returns.",
        "He read pages 12 to 14.",
        "Route 66 runs west.",
        "Flight 370 vanished.",
        # Numbers inside names.
        "The show aired on Channel 4 last night.",
        "The laptop runs Windows 7.",
        "Apollo 11 landed safely.",
        "The G8 met in Scotland.",
        "He won the Formula One title.",
    ],
)
def test_codes_labels_and_names_are_not_figures(nlp: Language, text: str) -> None:
    assert written(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thousands written in groups, and two groups, are still quantities.
        ("It cost 3 100 000 yen.", ["3 100 000 yen"]),
        ("The rate is 0.5 percent.", ["0.5 percent"]),
        ("It has 300 pages.", ["300 pages"]),
        ("A page costs $12.", ["$12"]),
    ],
)
def test_quantities_near_those_words_stay(nlp: Language, text: str, expected: list[str]) -> None:
    assert written(nlp, text) == expected


def test_a_bracket_after_an_amount_does_not_start_a_telephone_number(nlp: Language) -> None:
    assert "$400 million" in written(nlp, "It cost $400 million (1999 dollars).")


@pytest.mark.parametrize(
    "text",
    [
        # A fraction after an ordinal or a word of position names a part of a period or game.
        "Imports slowed in the second half of 2011.",
        "Rain fell in the 2nd half of the match.",
        "They led in the final quarter of the game.",
        "Prices eased in the latter half of the decade.",
    ],
)
def test_a_part_of_a_period_is_not_a_figure(nlp: Language, text: str) -> None:
    assert written(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half of the staff left.", ["Half"]),
        ("Profits fell by half in the second quarter.", ["half"]),
    ],
)
def test_a_share_is_still_a_figure(nlp: Language, text: str, expected: list[str]) -> None:
    assert written(nlp, text) == expected
