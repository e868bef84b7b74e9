"""Reading one number, the currency before it and the unit glued to it; the scan's shortcut."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.figures.attach import read_amount
from generator.analyse.figures.reading import NumberReading
from generator.analyse.figures.scan import (
    may_start_amount,
    read_currency_prefix,
    read_number,
    suffix_unit,
)

TEXTS = (
    "The firm paid $5m, US $2.5bn and HK$10.5bn; A$5 fees and a $5 fee rose 3% to ¥200,000 "
    "(about €1.2m) in 2023, while 27,000 Model S cars cost £35,000 each.",
    "Two-thirds of voters, a third of staff, half a million people and dozens of towns saw "
    "twenty-five new homes, a hundred and two schools and one sixth of the budget.",
    "Tens of thousands marched 6ft 4in tall men 5 ± 0.2 mm away, at 10.45pm on 3 March; the "
    "XC40 and PS5 sold 1,000 units at 2 1/2 times the rate, about 40 per cent more.",
)


def test_turned_away_tokens_start_no_amount(nlp: Language) -> None:
    read = 0
    for doc in nlp.pipe(TEXTS):
        for token in doc:
            amount = read_amount(doc, token.i, "JPY")
            read += amount is not None
            assert may_start_amount(token) or amount is None, token.text
    assert read > 20  # the texts do hold amounts


def test_ordinary_words_are_turned_away(nlp: Language) -> None:
    doc = nlp("The council said the budget would rise next year.")
    assert not any(may_start_amount(token) for token in doc)


def read_at(nlp: Language, text: str, word: str, *, money: bool = False) -> NumberReading | None:
    doc = nlp(text)
    return read_number(doc, next(token.i for token in doc if token.text == word), money=money)


@pytest.mark.parametrize(
    ("text", "word", "money", "expected"),
    [
        # A lone "m" or "b" is a scale word before a plural noun or next to money.
        ("It has 1.5b people.", "1.5b", False, (1.5e9, 1e9, "", 3)),
        ("About 2.7m people live there.", "2.7", False, (2.7e6, 1e6, "", 3)),
        ("A 100m race was run.", "100", False, (100.0, 1.0, "", 2)),
        # Past modifiers to the noun: a plural counts in millions, unless it names a race.
        ("It had 3.4m combined sales.", "3.4", False, (3.4e6, 1e6, "", 4)),
        ("It drew 2m new US viewers.", "2", False, (2e6, 1e6, "", 4)),
        ("He won the 400m hurdles.", "400", False, (400.0, 1.0, "", 4)),
        ("He won the 100m sprint heats.", "100", False, (100.0, 1.0, "", 4)),
        ("She is 1.85m tall.", "1.85", False, (1.85, 1.0, "", 3)),
        ("They built a 3m high wall.", "3", False, (3.0, 1.0, "", 4)),
        ("It cost $100m in all.", "100", True, (1e8, 1e6, "", 5)),
        # "T" is trillions only next to money, also when the full stop stays glued on.
        ("It was worth $2.1T.", "2.1T.", True, (2.1e12, 1e12, "", 5)),
        ("It was worth $2.1T in all.", "2.1", True, (2.1e12, 1e12, "", 6)),
        ("It was worth 2.1T in all.", "2.1", False, (2.1, 1.0, "", 4)),
        # The scale of "a hundred and two" is the hundred.
        ("They built a hundred and two schools.", "a", False, (102.0, 100.0, "", 6)),
        ("Speed is 2.998 × 10^8 m/s here.", "2.998", False, (2.998e8, 1.0, "", 7)),
    ],
)
def test_scale_letters_words_and_powers_after_a_number(
    nlp: Language, text: str, word: str, money: bool, expected: tuple[float, float, str, int]
) -> None:
    reading = read_at(nlp, text, word, money=money)
    assert reading is not None
    assert (reading.value, reading.multiplier, reading.suffix, reading.end) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [("It rose 10–20 × 10^6 cells.", "10–20"), ("It was 3–4 1/2 inches long.", "3–4")],
)
def test_a_range_in_one_token_is_worth_its_lower_bound(nlp: Language, text: str, word: str) -> None:
    reading = read_at(nlp, text, word)
    assert reading is not None
    assert reading.value == reading.low


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("They paid A$5 fees.", "A$", ("AUD", 3)),
        ("It costs A $5 fee.", "A", None),  # an article before "$5"
        ("It cost US $5 in all.", "US", ("USD", 4)),
        ("It cost ¥500 in all.", "¥", ("CNY", 3)),
    ],
)
def test_currency_written_before_a_number(
    nlp: Language, text: str, word: str, expected: tuple[str, int] | None
) -> None:
    doc = nlp(text)
    start = next(token.i for token in doc if token.text == word)
    assert read_currency_prefix(doc, start, "CNY") == expected


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        ("x", ("time", "count")),
        ("G", ("generation", "count")),
        ("p", ("penny", "money")),
        ("C", ("degree Celsius", "quantity")),
        ("in", ("inch", "quantity")),
        ("km/h", ("kilometre per hour", "quantity")),
        ("kHz", ("kilohertz", "quantity")),
        ("%", ("percent", "percent")),
        ("km/hr", None),
    ],
)
def test_units_glued_to_a_numeral(suffix: str, expected: tuple[str, str] | None) -> None:
    assert suffix_unit(suffix) == expected
