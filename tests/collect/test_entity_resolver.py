"""Which site-wide entity a mention belongs to: the rules, then the vote on groups."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Any

import pytest

from generator.collect import entity_resolver
from generator.collect.entity_resolver import EntityKey, EntityResolver
from generator.collect.entity_rules import EMPTY_RULES, EntityRule, EntityRules
from generator.collect.name_counts import NameCount, count_names
from generator.collect.site_vote import SiteVote, decide_vote
from generator.model.analysis import Mention
from generator.model.names import canonical_key


def _rules(rules: dict[str, EntityRule]) -> EntityRules:
    return EntityRules(
        MappingProxyType({canonical_key(name): rule for name, rule in rules.items()})
    )


def counted(*names: tuple[str, str, int] | tuple[str, str, int, str]) -> tuple[NameCount, ...]:
    """The name counts of an article mentioning each (name, label) so many times, with the cue
    given as a fourth item, if any, on each of those mentions."""
    mentions = [
        Mention(name[0], name[1], name[0], 0, len(name[0]), 0, name[3] if len(name) > 3 else "")
        for name in names
        for _ in range(name[2])
    ]
    return count_names(mentions)


def test_names_resolved_ahead_are_each_resolved_under_their_own_label() -> None:
    resolver = EntityResolver(EMPTY_RULES)
    resolver.resolve_names(counted(("Anne Roux", "PERSON", 2), ("Monday", "DATE", 1)))
    assert resolver.resolved == {
        ("Anne Roux", "PERSON"): (("person", "anne roux"), "Anne Roux"),
        ("Monday", "DATE"): None,
    }


@pytest.mark.parametrize(
    ("names", "regrouped"),
    [
        # A name read one way only does not stop the vote on the names after it.
        (
            [("Lyon", "GPE", 1), ("Porto Vale", "GPE", 3), ("Porto Vale", "PERSON", 1)],
            {("person", "porto vale"): "place"},
        ),
        # The majority is the group with the most mentions, not the first A to Z ("Michael
        # Jordan" makes the one-word person a person).
        (
            [("Jordan", "PERSON", 3), ("Jordan", "GPE", 1), ("Michael Jordan", "PERSON", 1)],
            {("place", "jordan"): "person"},
        ),
        # A tie for the majority goes to the group readers meet first, and a reading nothing
        # but the model supports joins it however many votes it has: one name, one group.
        (
            [("Porto Vale", "GPE", 2), ("Porto Vale", "ORG", 2), ("Porto Vale", "PERSON", 1)],
            {("person", "porto vale"): "organisation", ("place", "porto vale"): "organisation"},
        ),
    ],
)
def test_a_group_with_under_a_third_of_a_names_votes_joins_the_majority(
    names: list[tuple[str, str, int] | tuple[str, str, int, str]],
    regrouped: dict[EntityKey, str],
) -> None:
    resolver = EntityResolver(EMPTY_RULES)
    resolver.vote_groups([counted(*names)])
    assert resolver.regrouped == regrouped


@pytest.mark.parametrize(
    ("names", "regrouped"),
    [
        # One word the model calls a person, with no person evidence and read as a place a
        # third of the time: a place, though the model said person more often ...
        ([("Maathai", "PERSON", 2), ("Maathai", "GPE", 1)], {("person", "maathai"): "place"}),
        # ... while a reading under a third joins the person, as any minority does.
        ([("Maathai", "PERSON", 3), ("Maathai", "GPE", 1)], {("place", "maathai"): "person"}),
        # ... unless a longer person's name has the word ...
        (
            [("Maathai", "PERSON", 4), ("Maathai", "GPE", 1), ("Wangari Maathai", "PERSON", 1)],
            {("place", "maathai"): "person"},
        ),
        # ... or some article's words make it a person ("Mr Maathai").
        (
            [("Maathai", "PERSON", 4, "PERSON"), ("Maathai", "GPE", 1)],
            {("place", "maathai"): "person"},
        ),
        # With no evidence either way, the model's vote stands.
        ([("Maathai", "PERSON", 4)], {}),
        # A cue counts well above the model: "oil giant Yukos" once outweighs two guesses.
        (
            [("Yukos", "PERSON", 2), ("Yukos", "PERSON", 1, "ORG")],
            {("person", "yukos"): "organisation"},
        ),
        # A longer name the model calls a person joins the readings the article's words give.
        (
            [("Canary Wharf", "PERSON", 4), ("Canary Wharf", "PERSON", 1, "FAC")],
            {("person", "canary wharf"): "place"},
        ),
        # Evidence on both sides keeps two well-attested readings apart.
        (
            [("Jordan", "GPE", 2, "GPE"), ("Jordan", "PERSON", 2, "PERSON")],
            {},
        ),
    ],
)
def test_a_person_needs_person_evidence_and_cues_outweigh_the_model(
    names: list[tuple[str, str, int] | tuple[str, str, int, str]],
    regrouped: dict[EntityKey, str],
) -> None:
    resolver = EntityResolver(EMPTY_RULES)
    resolver.vote_groups([counted(*names)])
    assert resolver.regrouped == regrouped


def test_a_type_the_user_gives_is_kept_whatever_the_cues_say() -> None:
    rules = _rules({"Yukos": EntityRule("Yukos", "person")})
    resolver = EntityResolver(rules)
    resolver.vote_groups([counted(("Yukos", "PERSON", 1), ("Yukos", "ORG", 3, "ORG"))])
    assert resolver.key_of_name("Yukos", "ORG") == (("person", "yukos"), "Yukos")


def test_a_vote_on_the_same_names_stands_and_one_on_other_names_is_taken_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    taken: list[int] = []

    def counting_vote(*args: Any) -> SiteVote:
        taken.append(1)
        return decide_vote(*args)

    monkeypatch.setattr(entity_resolver, "decide_vote", counting_vote)
    resolver = EntityResolver(EMPTY_RULES)
    jordan = counted(("Jordan", "PERSON", 3), ("Jordan", "GPE", 1))
    resolver.vote_groups([jordan, counted(("Michael Jordan", "PERSON", 1))])
    # The same names, an edit having moved the first mention: the vote stands.
    moved = tuple(replace(name, first=(7, 0, name.first[2])) for name in jordan)
    resolver.vote_groups([moved, counted(("Michael Jordan", "PERSON", 1))])
    assert len(taken) == 1
    assert resolver.regrouped == {("place", "jordan"): "person"}
    # One article's names changed: the site votes again (no "Michael Jordan" any more).
    resolver.vote_groups([moved, counted(("Amman", "GPE", 1))])
    assert len(taken) == 2
    assert resolver.regrouped == {("person", "jordan"): "place"}
