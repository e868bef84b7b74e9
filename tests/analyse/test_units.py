"""Currency and unit lookups: pure functions, no model."""

from __future__ import annotations

import pytest

from generator.analyse.units import UnitMatch, currency_for_word, match_unit, singular


@pytest.mark.parametrize(
    ("word", "before", "code"),
    [
        ("dollars", "", "USD"),
        ("dollars", "Australian", "AUD"),
        ("dollars", "Kong", "HKD"),
        ("yuan", "Chinese", "CNY"),
        ("renminbi", "", "CNY"),
        ("euros", "", "EUR"),
        ("shekels", "", "ILS"),
        ("crowns", "Danish", "DKK"),
        ("pounds", "", "GBP"),
    ],
)
def test_currency_words_become_iso_codes(word: str, before: str, code: str) -> None:
    assert currency_for_word(word, before) == code


def test_a_crown_without_a_country_keeps_its_name() -> None:
    assert currency_for_word("crowns") == "crown"


@pytest.mark.parametrize("word", ["people", "miles", "percent", "Dollarama"])
def test_other_words_are_not_currencies(word: str) -> None:
    assert currency_for_word(word) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["%"], UnitMatch("percent", "percent", 1)),
        (["per", "cent", "of"], UnitMatch("percent", "percent", 2)),
        (["percentage", "points"], UnitMatch("percentage point", "percent", 2)),
        (["km", "/", "h"], UnitMatch("kilometre per hour", "quantity", 3)),
        (["kilometers", "away"], UnitMatch("kilometre", "quantity", 1)),
        (["miles", "per", "hour"], UnitMatch("mile per hour", "quantity", 3)),
        (["MW"], UnitMatch("megawatt", "quantity", 1)),
        (["Nm", "of"], UnitMatch("newton metre", "quantity", 1)),
        (["nm"], UnitMatch("nanometre", "quantity", 1)),
        (["degrees", "Celsius"], UnitMatch("degree Celsius", "quantity", 2)),
        (["inches"], UnitMatch("inch", "quantity", 1)),
        (["years", "ago"], UnitMatch("year", "quantity", 1)),
        (["hrs"], UnitMatch("hour", "quantity", 1)),
    ],
)
def test_units_match_the_longest_phrase_and_normalise(
    words: list[str], expected: UnitMatch
) -> None:
    assert match_unit(words) == expected


@pytest.mark.parametrize("words", [["G"], ["has"], ["people"], ["in"], []])
def test_words_that_only_look_like_units(words: list[str]) -> None:
    assert match_unit(words) is None


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("inches", "inch"),
        ("companies", "company"),
        ("miles", "mile"),
        ("class", "class"),
        ("km", "km"),
    ],
)
def test_singular_strips_regular_plural_endings(plural: str, single: str) -> None:
    assert singular(plural) == single
