"""Rates whose denominator is written after what the amount is of, through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The hotel was charged $7,500 in penalties per week.", "USD per week"),
        ("The council spends £2m of taxpayers' money a month.", "GBP per month"),
        ("The plant packs 40 tonnes of frozen fish an hour.", "tonne per hour"),
        ("The valley holds 35 farmers per square mile.", "farmer per square mile"),
    ],
)
def test_a_rate_after_what_the_amount_is_of_stays_with_the_amount(
    nlp: Language, text: str, unit: str
) -> None:
    assert find_figures(nlp(text))[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The club had $8m of debt a year ago.", "USD"),
        ("She spent $900 in cash a few days later.", "USD"),
    ],
)
def test_a_time_that_says_when_is_no_rate(nlp: Language, text: str, unit: str) -> None:
    assert find_figures(nlp(text))[0].unit == unit
