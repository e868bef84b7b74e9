"""One entity of the site as the merge rules see it, and where a chain of merges ends.

Part of the collect stage (see `name_merges`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.collect.entity_groups import EntityKey

PERSON, ORGANISATION, GROUP, PLACE = "person", "organisation", "group", "place"
# Nouns that make a name a family's or siblings' ("Agnelli family", "Scissor Sisters"): never
# one person's.
FAMILY_NOUNS = frozenset({"family", "families", "clan", "dynasty", "brothers", "sisters"})


@dataclass(frozen=True, slots=True)
class SiteEntity:
    """One entity after the group vote, as the merge rules see it."""

    key: EntityKey
    mentions: int
    name: str  # its most used display name
    forms: frozenset[str]  # every way an article wrote it, case-folded
    ruled: bool  # named by the user's rules
    articles: frozenset[int] = frozenset()  # the articles naming it, by place in the vote
    # Some article's own words say it is of its group ("Mr Moi", "oil giant Yukos"): its group
    # is evidence, not only the model's guess, and a merge must not move it to another.
    cued: bool = False
    # Some article wrote it before a family noun ("the Agnelli family"): not one person's name.
    as_family: bool = False

    @property
    def words(self) -> list[str]:
        return self.key[1].split()

    @property
    def group(self) -> str:
        return self.key[0]

    @property
    def names_a_family(self) -> bool:
        return self.as_family or not FAMILY_NOUNS.isdisjoint(self.words)


# The entity a name joins, and the name to show for it ("" keeps the name's own spelling).
Merge = tuple[EntityKey, str]


def may_join(short: SiteEntity, full: SiteEntity) -> bool:
    """Whether `short` may join `full` as far as their groups go: the same group, or another
    when `short`'s is only the model's guess ("Oscar" a person beside the award "Oscars").
    An organisation, a group or a family never joins a person, and a place joins only a
    person ("Moi" beside "Daniel arap Moi"): a country's or a city's name is far more often
    itself than part of an organisation's ("England", "Bank of England"). Nothing joins a
    place of another group: the model's place is the guess most often wrong."""
    if short.group == full.group:
        return not (full.group == PERSON and short.names_a_family)
    if short.cued or short.names_a_family:
        return False
    if full.group == PERSON:
        return short.group not in (ORGANISATION, GROUP)
    return PLACE not in (short.group, full.group)


def final_key(merged: Mapping[EntityKey, Merge], key: EntityKey) -> EntityKey:
    """The entity a name ends in after these merges (itself when none moves it)."""
    return final_merge(merged, key)[0] if key in merged else key


def final_merge(merged: Mapping[EntityKey, Merge], key: EntityKey) -> Merge:
    """Where a merged name ends, through merges of the names it joined; the name to show is
    the last one a merge along the way set."""
    target, name = merged[key]
    seen = {key}
    while target in merged and target not in seen:
        seen.add(target)
        target, further = merged[target]
        name = further or name
    return target, name


def articles_by_final_key(
    entities: Iterable[SiteEntity], merged: Mapping[EntityKey, Merge]
) -> dict[EntityKey, frozenset[int]]:
    """The articles naming each entity after these merges, any of its names counting."""
    found: dict[EntityKey, set[int]] = {}
    for entity in entities:
        found.setdefault(final_key(merged, entity.key), set()).update(entity.articles)
    return {key: frozenset(articles) for key, articles in found.items()}
