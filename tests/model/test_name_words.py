"""What a name's own words say of its class."""

from __future__ import annotations

import pytest

from generator.model.name_words import (
    ends_in_title_number,
    holds_legal_word,
    holds_organisation_word,
    is_descriptor,
    is_initial_and_surname,
    names_event,
    names_generic_body,
    names_organisation,
)


@pytest.mark.parametrize(("name", "law"), [("Korvex Act", True), ("Treaty of Tarvos", True),
    ("Quest 2", False), ("Tarvos Street", False)])  # fmt: skip
def test_holds_legal_word(name: str, law: bool) -> None:
    assert holds_legal_word(name) is law


@pytest.mark.parametrize(("name", "organisation"), [("Korvex plc", True), ("Tarvos United", True),
    ("United Tarvos", False), ("Tarvos City", False), ("Korvex", False)])  # fmt: skip
def test_names_organisation(name: str, organisation: bool) -> None:
    assert names_organisation(name) is organisation


@pytest.mark.parametrize(("name", "word"), [("Tarvos City", True), ("Korvex Group", True),
    ("Ana Odera", False), ("City", False)])  # fmt: skip
def test_holds_organisation_word(name: str, word: bool) -> None:
    assert holds_organisation_word(name) is word


@pytest.mark.parametrize(("name", "event"), [("Tarvos Film Festival", True),
    ("Korvex Cup", True), ("Festival Hall", False)])  # fmt: skip
def test_names_event(name: str, event: bool) -> None:
    assert names_event(name) is event


@pytest.mark.parametrize(("name", "numbered"), [("Quest 2", True), ("Korvex Station 3", True),
    ("Channel 4", False), ("Formula 1", False), ("Euro 2004", False),
    ("Quest", False)])  # fmt: skip
def test_ends_in_title_number(name: str, numbered: bool) -> None:
    assert ends_in_title_number(name) is numbered


@pytest.mark.parametrize(("name", "initial"), [("C Maas", True), ("J. Odera", True),
    ("J.P. Odera", True), ("A Tarvos", False), ("BT Group", False), ("US Senate", False),
    ("C MAAS", False), ("Ana Odera", False), ("U.K. Tarvos Office", False),
    ("U.S. Tarvos", False)])  # fmt: skip
def test_is_initial_and_surname(name: str, initial: bool) -> None:
    assert is_initial_and_surname(name) is initial


@pytest.mark.parametrize(
    ("name", "describes"),
    [
        ("Party", True),
        ("the Council", True),
        ("Mr", True),
        ("DJ", True),
        ("US", False),
        ("Labour", False),
        ("Bush", False),
    ],
)
def test_a_descriptor_is_one_organisation_word_or_title(name: str, describes: bool) -> None:
    assert is_descriptor(name) is describes


@pytest.mark.parametrize(
    ("name", "club"),
    [
        ("Oxford City", True),  # a place and a club's word after it
        ("Real Oxford", True),  # ... or before it
        ("Mexico City", False),  # the whole is a place the gazetteer knows
        ("Orange County", False),  # most counties are places
        ("Tarvos City", False),  # no place the gazetteer knows
    ],
)
def test_a_clubs_word_beside_a_place_names_an_organisation(name: str, club: bool) -> None:
    assert names_organisation(name) is club


def test_a_generic_body_is_named_only_by_a_bodys_or_a_portfolios_words() -> None:
    generic = ["Supreme Court", "Parliament", "Ministry of Agriculture", "Agriculture", "Senate"]
    named = ["US Supreme Court", "Labour", "National", "Korvex Council", "Home", "BBC"]
    assert [names_generic_body(name) for name in generic] == [True] * len(generic)
    assert [names_generic_body(name) for name in named] == [False] * len(named)
