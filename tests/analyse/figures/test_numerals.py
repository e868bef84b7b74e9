"""Numerals as the tokeniser leaves them, on a blank English tokenizer (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from generator.analyse.figures.numerals import read_numeral, read_thousands_groups, read_times_power


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def numeral(blank: Language, text: str, start: int = 0) -> tuple[float, float | None, str] | None:
    doc = blank(text)
    reading = read_numeral(doc, start)
    return None if reading is None else (reading.value, reading.high, doc[start : reading.end].text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-12 degrees", (-12.0, None, "-12")),
        ("6e9 cells", (6e9, None, "6e9")),
        ("2x10^5 cells", (2e5, None, "2x10^5")),
        ("1/8 inch", (0.125, None, "1/8")),
        ("6–9 weeks", (6.0, 9.0, "6–9")),
        ("4- to 5-star", (4.0, None, "4-")),
    ],
)
def test_numerals_split_or_glued_in_any_way(
    blank: Language, text: str, expected: tuple[float, float | None, str]
) -> None:
    assert numeral(blank, text) == expected


@pytest.mark.parametrize(("text", "start"), [("2^16 bytes", 2), ("the B7+12 sample", 3)])
def test_numerals_glued_on_by_a_caret_or_plus_are_no_amounts(
    blank: Language, text: str, start: int
) -> None:
    assert numeral(blank, text, start) is None


def test_a_lone_slash_fraction_needs_a_unit() -> None:
    reading = read_numeral(spacy.blank("en")("3/4"), 0)
    assert reading is not None
    assert (reading.value, reading.fraction, reading.needs_unit) == (0.75, True, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("7 500 people", (7500.0, 2)), ("1 250 000 tonnes", (1_250_000.0, 3))],
)
def test_thousands_set_apart_with_spaces(
    blank: Language, text: str, expected: tuple[float, int]
) -> None:
    doc = blank(text)
    assert read_thousands_groups(doc, 1, doc[0].text) == expected


@pytest.mark.parametrize("text", ["1250 500 people", "7 50 people", "9 500 12 times"])
def test_other_number_runs_are_not_thousands(blank: Language, text: str) -> None:
    doc = blank(text)
    assert read_thousands_groups(doc, 1, doc[0].text) is None


def test_a_power_of_ten_written_apart(blank: Language) -> None:
    doc = blank("about 6.02 × 10^23 atoms")
    assert read_times_power(doc, 2) == (1e23, 6)
    assert read_times_power(blank("6 x 10 rooms"), 1) is None
