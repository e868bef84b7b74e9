"""The site-wide vote on each name's group, on small made-up sites."""

from __future__ import annotations

import pytest

from generator.collect.entity_groups import EntityKey
from generator.collect.group_vote import count_votes, decide_groups, vote_groups

# (key, the model's group, mentions, mentions by the group their cue names)
Entry = tuple[str, str, int, dict[str, int]]


def regrouped(*entries: Entry) -> dict[EntityKey, str]:
    return vote_groups(count_votes(entries))


@pytest.mark.parametrize(
    ("entries", "moved"),
    [
        # The model's law in a name without a legal word joins the name's other reading ...
        (
            [("quest 2", "law", 2, {}), ("quest 2", "product", 1, {})],
            {("law", "quest 2"): "product"},
        ),
        # ... a law's name keeps it.
        (
            [("korvex act", "law", 2, {}), ("korvex act", "organisation", 1, {})],
            {("organisation", "korvex act"): "law"},
        ),
    ],
)
def test_a_law_needs_a_legal_word(entries: list[Entry], moved: dict[EntityKey, str]) -> None:
    assert regrouped(*entries) == moved


@pytest.mark.parametrize(
    ("entries", "moved"),
    [
        # Two readings the model alone gives: one group, however the votes split.
        (
            [("korvex", "organisation", 2, {}), ("korvex", "group", 1, {})],
            {("group", "korvex"): "organisation"},
        ),
        # A cued minority beside a majority nothing supports joins it too.
        (
            [("korvex", "organisation", 4, {}), ("korvex", "organisation", 1, {"product": 1})],
            {("product", "korvex"): "organisation"},
        ),
        # Two readings each with evidence and a third of the votes stay apart.
        (
            [
                ("korvex", "organisation", 2, {"organisation": 2}),
                ("korvex", "event", 1, {"event": 1}),
            ],
            {},
        ),
    ],
)
def test_one_name_one_group_unless_each_reading_has_evidence(
    entries: list[Entry], moved: dict[EntityKey, str]
) -> None:
    assert regrouped(*entries) == moved


@pytest.mark.parametrize(
    ("entries", "moved"),
    [
        # The first word opens another person's name on the site, which the words call one ...
        (
            [("celo amaro", "organisation", 2, {}), ("celo amaro", "person", 1, {}),
             ("celo vargas", "person", 1, {"person": 1})],
            {("organisation", "celo amaro"): "person"},
        ),
        # ... not one only the model read as a person.
        (
            [("celo amaro", "organisation", 2, {}), ("celo amaro", "person", 1, {}),
             ("celo vargas", "person", 1, {})],
            {("person", "celo amaro"): "organisation"},
        ),
        # The last word alone is cued as a person's elsewhere ("Mr Amaro").
        (
            [("rui amaro", "organisation", 2, {}), ("rui amaro", "person", 1, {}),
             ("amaro", "person", 1, {"person": 1})],
            {("organisation", "rui amaro"): "person"},
        ),
        # An initial and a surname is a person's name.
        (
            [("c amaro", "place", 2, {}), ("c amaro", "person", 1, {})],
            {("place", "c amaro"): "person"},
        ),
    ],
)  # fmt: skip
def test_a_proven_person_takes_the_readings_nothing_supports(
    entries: list[Entry], moved: dict[EntityKey, str]
) -> None:
    assert regrouped(*entries) == moved


def test_a_one_word_person_the_gazetteer_knows_as_a_place_the_model_also_saw_is_a_place() -> None:
    assert regrouped(("oxford", "person", 4, {}), ("oxford", "place", 1, {})) == {
        ("person", "oxford"): "place"
    }
    # A word the gazetteer does not know stays with the majority.
    assert regrouped(("amaro", "person", 4, {}), ("amaro", "place", 1, {})) == {
        ("place", "amaro"): "person"
    }


def test_a_longer_name_with_no_person_evidence_joins_a_reading_with_a_third() -> None:
    assert regrouped(("porto alto", "person", 2, {}), ("porto alto", "place", 1, {})) == {
        ("person", "porto alto"): "place"
    }


def unlisted(*entries: Entry, user_typed: frozenset[str] = frozenset()) -> frozenset[EntityKey]:
    return decide_groups(count_votes(entries), user_typed).unlisted


def test_a_one_word_person_with_no_evidence_is_not_listed() -> None:
    assert unlisted(("korvex", "person", 3, {})) == {("person", "korvex")}
    # Readings the model joins to the person's go with it.
    assert unlisted(("korvex", "person", 4, {}), ("korvex", "place", 1, {})) == {
        ("person", "korvex")
    }


@pytest.mark.parametrize(
    "entries",
    [
        # A cue somewhere on the site ("Mr Amaro") ...
        [("amaro", "person", 3, {}), ("amaro", "person", 1, {"person": 1})],
        # ... a longer person's name holding it ("Rui Amaro") ...
        [("amaro", "person", 3, {}), ("rui amaro", "person", 1, {})],
        # ... or a given name ("Laura").
        [("laura", "person", 2, {})],
    ],
)
def test_a_one_word_person_with_evidence_is_listed(entries: list[Entry]) -> None:
    assert unlisted(*entries) == frozenset()


def test_a_name_typed_by_the_users_rules_is_listed() -> None:
    assert unlisted(("korvex", "person", 3, {}), user_typed=frozenset({"korvex"})) == frozenset()


def test_a_one_word_person_with_no_evidence_the_gazetteer_knows_is_a_place() -> None:
    vote = decide_groups(count_votes([("oxford", "person", 3, {})]))
    assert vote.regrouped == {("person", "oxford"): "place"}
    assert vote.unlisted == frozenset()
