"""Reading numerals, number words and scale words: pure functions, no model."""

from __future__ import annotations

import pytest

from generator.analyse.figures.numbers import (
    AttachedNumber,
    RangeText,
    combine_number_words,
    looks_like_clock,
    parse_fold_word,
    parse_number_word,
    parse_numeral,
    parse_slash_fraction,
    read_range_text,
    scale_value,
    split_attached,
    split_range,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("7", 7.0), ("1,234.5", 1234.5), ("30,000", 30000.0), (".500", 0.5), ("0.03", 0.03)],
)
def test_numerals_read_with_thousands_separators_and_decimals(text: str, value: float) -> None:
    assert parse_numeral(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6e3", 6000.0),
        ("7.5E-2", 0.075),
        ("1.6×10−4", 1.6e-4),
        ("5x10^6", 5e6),
        ("4.2×10⁵", 4.2e5),
        ("3^4", 81.0),
        ("¾", 0.75),
        ("3½", 3.5),
    ],
)
def test_numerals_with_exponents_and_vulgar_fractions(text: str, value: float) -> None:
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text", ["12,34", "1:36.6", "2-1", "S23", "", "1,2345", "7x10", "2e"])
def test_malformed_numerals_are_not_numbers(text: str) -> None:
    assert parse_numeral(text) is None


@pytest.mark.parametrize(
    ("word", "value"),
    [("seven", 7.0), ("Nineteen", 19.0), ("forty", 40.0), ("twenty-five", 25.0), ("dozen", 12.0)],
)
def test_number_words(word: str, value: float) -> None:
    assert parse_number_word(word) == value


@pytest.mark.parametrize("word", ["twenty-twelve", "first", "third", "tenfold", "none"])
def test_words_that_are_not_cardinals(word: str) -> None:
    assert parse_number_word(word) is None


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("HK$10.5bn", ("HK$", 10.5, "bn")),
        ("~45g", ("~", 45.0, "g")),
        ("25k", ("", 25.0, "k")),
        ("US113", ("US", 113.0, "")),
        ("1.38pc", ("", 1.38, "pc")),
        ("80km/h", ("", 80.0, "km/h")),
        ("1960s", ("", 1960.0, "s")),
    ],
)
def test_symbols_glued_to_a_numeral_are_split_off(
    token: str, parts: tuple[str, float, str]
) -> None:
    assert split_attached(token) == AttachedNumber(*parts)


@pytest.mark.parametrize("token", ["9AB8", "1:36.6", "2-1", "01T10:38:07.190Z", "B-52", "US-7"])
def test_codes_and_times_do_not_split(token: str) -> None:
    assert split_attached(token) is None


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("-7", ("", -7.0, "")),
        ("\u22120.5", ("", -0.5, "")),
        ("+3.1", ("", 3.1, "")),
        ("-2e-4", ("", -2e-4, "")),
        ("12m²", ("", 12.0, "m²")),
        ("9cm^3", ("", 9.0, "cm^3")),
    ],
)
def test_signs_and_powered_units_split_off(token: str, parts: tuple[str, float, str]) -> None:
    assert split_attached(token) == AttachedNumber(*parts)


@pytest.mark.parametrize(("text", "value"), [("1/4", 0.25), ("3/8", 0.375), ("1/50", 0.02)])
def test_proper_slash_fractions(text: str, value: float) -> None:
    assert parse_slash_fraction(text) == value


@pytest.mark.parametrize("text", ["24/7", "50/50", "0/3", "1/2/3", "a/b"])
def test_improper_slash_fractions_are_not_fractions(text: str) -> None:
    assert parse_slash_fraction(text) is None


@pytest.mark.parametrize(
    ("token", "bounds"),
    [
        ("6–9", (6.0, 9.0, "")),
        ("2.5-3.0", (2.5, 3.0, "")),
        ("40–25", (25.0, 40.0, "")),
        ("4–6bn", (4.0, 6.0, "bn")),
    ],
)
def test_ranges_in_one_token_split_into_bounds(
    token: str, bounds: tuple[float, float, str]
) -> None:
    assert split_range(token) == bounds


@pytest.mark.parametrize("token", ["6", "6–", "A4–5", "1:2"])
def test_other_tokens_are_not_ranges(token: str) -> None:
    assert split_range(token) is None


@pytest.mark.parametrize(
    ("text", "clock"),
    [("9", True), ("11.45", True), ("7:30", True), ("13", False), ("2.5", False), ("3.125", False)],
)
def test_clock_times_are_hours_and_two_digit_minutes(text: str, clock: bool) -> None:
    assert looks_like_clock(text) is clock


def test_scale_words_multiply_everywhere_but_letters_only_when_allowed() -> None:
    assert scale_value("trillion", letters=False) == 1e12
    assert scale_value("bn", letters=False) == 1e9
    assert scale_value("K", letters=False) == 1e3
    assert scale_value("m", letters=False) is None
    assert scale_value("m", letters=True) == 1e6
    assert scale_value("B", letters=True) == 1e9
    assert scale_value("miles", letters=True) is None
    assert scale_value("T", letters=True) is None
    assert scale_value("T", letters=True, money=True) == 1e12


def test_number_word_runs_fold_into_one_number() -> None:
    two_hundred_fifty_thousand = [(2.0, False), (100.0, True), (50.0, False), (1000.0, True)]
    assert combine_number_words(two_hundred_fifty_thousand) == 250_000.0
    assert combine_number_words([(1.28, False), (1e12, True)]) == 1.28e12
    assert combine_number_words([(2.0, False), (1e6, True), (3.0, False), (100.0, True)]) == (
        2_000_300.0
    )
    assert combine_number_words([(1000.0, False), (1e6, True)]) == 1e9


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("1m-$2", RangeText(1.0, 2.0, "", "m", "$")),
        ("5bn-6bn", RangeText(5.0, 6.0, "bn", "bn")),
        ("4–6bn", RangeText(4.0, 6.0, "bn")),
    ],
)
def test_a_range_token_keeps_what_each_bound_has_written_on_it(
    token: str, parts: RangeText
) -> None:
    assert read_range_text(token) == parts


def test_a_range_with_a_scale_on_its_lower_bound_is_no_plain_range() -> None:
    assert split_range("5bn-6bn") is None


@pytest.mark.parametrize(
    ("word", "value"),
    [("threefold", 3.0), ("Tenfold", 10.0), ("twentyfold", 20.0), ("hundredfold", 100.0)],
)
def test_fold_words_are_multipliers(word: str, value: float) -> None:
    assert parse_fold_word(word) == value


@pytest.mark.parametrize("word", ["manifold", "fold", "kfold", "3fold", "unfold"])
def test_other_fold_words_are_not(word: str) -> None:
    assert parse_fold_word(word) is None


def test_minus_glued_on_with_a_hyphen_is_a_sign() -> None:
    assert split_attached("minus-7") == split_attached("-7")
