"""Change symbols: qualifiers on a blank tokenizer, directions through the real pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures
from generator.analyse.figures.attach import scan_amounts
from generator.analyse.figures.change import find_qualifier


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "symbol", "written"),
    [
        ("They met about 40 times.", "~", "about 40 times"),
        ("It is roughly $5m in cash.", "~", "roughly $5m"),
        ("It took an estimated 300 hours.", "~", "an estimated 300 hours"),
        ("A height of ~1.2mm was used.", "~", "~1.2mm"),
        ("It has more than 6,650 staff.", ">", "more than 6,650"),
        ("It lasted well over 3 hours.", ">", "well over 3 hours"),
        ("Waymo will create up to 400 jobs.", "<", "up to 400"),
        ("It accounts for just under 20 percent.", "<", "just under 20 percent"),
        ("It has 400 stations.", "=", "400"),
        ("The range went from up to 252 miles.", "=", "252 miles"),
    ],
)
def test_qualifiers_before_a_number(blank: Language, text: str, symbol: str, written: str) -> None:
    doc = blank(text)
    amount = scan_amounts(doc)[0]
    qualifier = find_qualifier(doc, amount)
    assert (qualifier.symbol, doc[qualifier.start : amount.end].text) == (symbol, written)


def changes(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(figure.text, figure.change) for figure in find_figures(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to China dropped 7% to $2.3 billion.", [("7%", "down"), ("$2.3 billion", "=")]),
        ("Core inflation rose 0.3% in June.", [("0.3%", "up")]),
        ("Blackmores was up 9.4 per cent on Friday.", [("9.4 per cent", "up")]),
        ("The index edged down 0.03% on Monday.", [("0.03%", "down")]),
        ("Shares are up nearly 57% this year.", [("nearly 57%", "up")]),
        ("Temperatures dropped by 1 to 1.5 degrees.", [("1 to 1.5 degrees", "down")]),
        (
            "Revenue rose to $7.36 billion from $6.78 billion.",
            [("$7.36 billion", "="), ("$6.78 billion", "=")],
        ),
        ("This marked an increase of around 30% from 2021.", [("around 30%", "up")]),
        ("It was a 75 percent increase in usage.", [("75 percent", "=")]),
        (
            "The Dow lost 190 points, or 0.6%, on Friday.",
            [("190 points", "down"), ("0.6%", "down")],
        ),
        ("The sector closed 0.68 percent lower on Friday.", [("0.68 percent", "down")]),
        ("The company raised $5 million from investors.", [("$5 million", "=")]),
    ],
)
def test_the_size_of_a_rise_or_fall_has_a_direction(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected


def test_a_restatement_in_brackets_shares_the_qualifier(nlp: Language) -> None:
    text = "The moths can fly more than 100 kilometers (60 miles) in a night."
    assert changes(nlp, text) == [("more than 100 kilometers", ">"), ("60 miles", ">")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Falls, in every tense and form a report uses.
        ("Shares fell 5% on Monday.", [("5%", "down")]),
        ("The index falls 2% in early trade.", [("2%", "down")]),
        ("Sales declined 3% last year.", [("3%", "down")]),
        ("The pound slid 1.2% against the dollar.", [("1.2%", "down")]),
        ("Profits plunged 40% in 2023.", [("40%", "down")]),
        ("Shares slumped 3.1 percent.", [("3.1 percent", "down")]),
        ("Costs dropped by $2 million.", [("$2 million", "down")]),
        ("The company cut 300 jobs.", [("300 jobs", "down")]),
        # Rises.
        ("Revenue rose 7% in the quarter.", [("7%", "up")]),
        ("Prices climbed 4%.", [("4%", "up")]),
        # No change, and plain statements: neither a rise nor a fall.
        ("Output was flat at 2%.", [("2%", "=")]),
        ("Unemployment stayed at 5%.", [("5%", "=")]),
        ("The bridge is 120 metres long.", [("120 metres", "=")]),
    ],
)
def test_each_class_of_verb_gives_its_direction(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected
