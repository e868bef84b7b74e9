"""Currency lookups: pure functions, no model."""

from __future__ import annotations

import pytest

from generator.analyse.figures.currencies import currency_for_word


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
        ("dollars", "New Zealand", "NZD"),
        ("dollars", "Jamaican", "JMD"),
        ("shillings", "Kenyan", "KES"),
        ("pounds", "Egyptian", "EGP"),
        ("reais", "Brazilian", "BRL"),
    ],
)
def test_currency_words_become_iso_codes(word: str, before: str, code: str) -> None:
    assert currency_for_word(word, before) == code


def test_a_crown_without_a_country_keeps_its_name() -> None:
    assert currency_for_word("crowns") == "crown"


@pytest.mark.parametrize("word", ["people", "miles", "percent", "Dollarama"])
def test_other_words_are_not_currencies(word: str) -> None:
    assert currency_for_word(word) is None


@pytest.mark.parametrize(("word", "before"), [("troops", "American"), ("shillings", "Egyptian")])
def test_a_country_names_only_its_own_currency(word: str, before: str) -> None:
    assert currency_for_word(word, before) is None
