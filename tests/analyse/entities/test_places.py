"""The country table."""

from __future__ import annotations

from generator.analyse.entities.places import COUNTRIES, COUNTRY_KEYS, NATIONALITIES


def test_table_parses_countries_and_adjectives() -> None:
    assert {"France", "United Arab Emirates", "New Zealand"} <= COUNTRIES
    assert {"French", "Chinese", "Filipino"} <= NATIONALITIES
    assert "Chad" not in COUNTRIES  # also a given name
    assert "new zealand" in COUNTRY_KEYS
    assert "United Kingdom" in COUNTRIES and "British" in NATIONALITIES


def test_no_name_is_both_a_country_and_a_nationality() -> None:
    assert not COUNTRIES & NATIONALITIES
