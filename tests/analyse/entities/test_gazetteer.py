"""The place gazetteer decides only where it knows a place."""

from __future__ import annotations

import pytest

from generator.analyse.entities.gazetteer import is_place_name


@pytest.mark.parametrize(("name", "place"), [("Oxford", True), ("Kenya", True),
    ("Texas", True), ("Maathai", False), ("Moi", False)])  # fmt: skip
def test_is_place_name(name: str, place: bool) -> None:
    assert is_place_name(name) is place
