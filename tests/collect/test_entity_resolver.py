"""Which site-wide entity a mention belongs to: the rules, then the vote on groups."""

from __future__ import annotations

import pytest

from generator.collect.entity_resolver import EntityKey, EntityResolver
from generator.collect.entity_rules import EMPTY_RULES
from generator.collect.name_counts import NameCount, count_names
from generator.model.analysis import Mention


def counted(*names: tuple[str, str, int]) -> tuple[NameCount, ...]:
    """The name counts of an article mentioning each (name, label) so many times."""
    mentions = [
        Mention(name, label, name, 0, len(name), 0)
        for name, label, times in names
        for _ in range(times)
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
        # The majority is the group with the most mentions, not the first A to Z.
        ([("Jordan", "PERSON", 3), ("Jordan", "GPE", 1)], {("place", "jordan"): "person"}),
        # A tie for the majority goes to the group readers meet first.
        (
            [("Jordan", "GPE", 2), ("Jordan", "PERSON", 2), ("Jordan", "ORG", 1)],
            {("organisation", "jordan"): "person"},
        ),
    ],
)
def test_a_group_with_under_a_third_of_a_names_mentions_joins_the_majority(
    names: list[tuple[str, str, int]], regrouped: dict[EntityKey, str]
) -> None:
    resolver = EntityResolver(EMPTY_RULES)
    resolver.vote_groups(counted(*names))
    assert resolver.regrouped == regrouped
