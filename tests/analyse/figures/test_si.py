"""Generated tables of prefixed units: pure data, no model."""

from __future__ import annotations

import pytest

from generator.analyse.figures.si import SI_SYMBOLS, SI_WORDS


@pytest.mark.parametrize(
    ("symbol", "name"),
    [
        ("µm", "micrometre"),
        ("cl", "centilitre"),
        ("MeV", "megaelectronvolt"),
        ("kWh", "kilowatt hour"),
        ("mSv", "millisievert"),
        ("hPa", "hectopascal"),
        ("GiB", "gibibyte"),
        ("ns", "nanosecond"),
        ("Ga", "gigayear"),
    ],
)
def test_prefixed_symbols_are_named_in_full(symbol: str, name: str) -> None:
    assert SI_SYMBOLS[symbol] == name


@pytest.mark.parametrize("symbol", ["as", "Ms", "Mm", "kt", "A", "N", "s", "Pa", "a"])
def test_symbols_that_read_as_words_or_letters_are_left_out(symbol: str) -> None:
    assert symbol not in SI_SYMBOLS


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("kilometer", "kilometre"),
        ("milliliter", "millilitre"),
        ("gigajoule", "gigajoule"),
        ("megaton", "megatonne"),
        ("tebibyte", "tebibyte"),
        ("megaannum", "megayear"),
    ],
)
def test_prefixed_words_take_british_spelling(word: str, name: str) -> None:
    assert SI_WORDS[word] == name


def test_binary_prefixes_only_go_with_bytes_and_bits() -> None:
    assert "kibibit" in SI_WORDS
    assert "kibimetre" not in SI_WORDS
