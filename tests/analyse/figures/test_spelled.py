"""Number words, fractions and the joints of spelled numbers, on a blank English tokenizer."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from generator.analyse.figures.spelled import (
    may_start_words,
    read_added_fraction,
    read_word_fraction,
    read_words,
)


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def words(blank: Language, text: str) -> tuple[float, str] | None:
    doc = blank(text)
    reading = read_words(doc, 0)
    return None if reading is None else (reading.value, doc[: reading.end].text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven dwarves", (7.0, "seven")),
        ("five-eighths of it", (5 / 8, "five-eighths")),
        ("one ninth", (1 / 9, "one ninth")),
        ("three eighths were", (3 / 8, "three eighths")),
        ("a million fans", (1e6, "a million")),
        ("half a billion", (5e8, "half a billion")),
        ("half a dozen eggs", (6.0, "half a dozen")),
        ("half of them", (0.5, "half")),
    ],
)
def test_number_words_and_fractions(
    blank: Language, text: str, expected: tuple[float, str]
) -> None:
    assert words(blank, text) == expected


@pytest.mark.parametrize(
    ("text", "start", "count"),
    [
        ("a third term", 1, 1.0),  # an ordinal after "a"
        ("two quarters ago", 1, 2.0),  # a period, not a fraction
        ("both halves", 1, 2.0),
        ("one thirds", 1, 1.0),  # count and word disagree
        ("two third-placed", 1, 2.0),
        ("the three-quarters ran", 2, 3.0),
    ],
)
def test_ordinals_and_periods_are_not_fractions(
    blank: Language, text: str, start: int, count: float
) -> None:
    assert read_word_fraction(blank(text), start, count, needs_of=text.startswith("a ")) is None


def test_periods_are_fractions_before_of(blank: Language) -> None:
    assert read_word_fraction(blank("three quarters of it"), 1, 3.0, needs_of=False) == (0.75, 2)


@pytest.mark.parametrize(
    ("text", "whole", "expected"),
    [
        ("4 and a half", 4.0, (0.5, 4)),
        ("six and three quarters", 6.0, (0.75, 4)),
        ("3 3/4 miles", 3.0, (0.75, 2)),
        ("5 ½ hours", 5.0, (0.5, 2)),
    ],
)
def test_whole_numbers_take_on_fractions(
    blank: Language, text: str, whole: float, expected: tuple[float, int]
) -> None:
    assert read_added_fraction(blank(text), 1, whole) == expected


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("2015 3/4 of them", 2015.0),
        ("4 and five", 4.0),
        ("2.5 1/2", 2.5),
        ("6 24/7", 6.0),
        ("5 and a third of staff", 5.0),
    ],
)
def test_other_followers_are_not_added_fractions(blank: Language, text: str, whole: float) -> None:
    assert read_added_fraction(blank(text), 1, whole) is None


def test_words_a_spelled_number_may_start_with() -> None:
    starts = ["seven", "twenty-five", "a", "an", "half", "dozens", "millions", "dozen"]
    assert all(may_start_words(word) for word in starts)
    assert not any(may_start_words(word) for word in ["council", "the", "halfway", "twenty-"])
