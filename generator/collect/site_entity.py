"""One entity of the site as the merge rules see it, and where a chain of merges ends.

Part of the collect stage (see `name_merges`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.collect.entity_groups import EntityKey


@dataclass(frozen=True, slots=True)
class SiteEntity:
    """One entity after the group vote, as the merge rules see it."""

    key: EntityKey
    mentions: int
    name: str  # its most used display name
    forms: frozenset[str]  # every way an article wrote it, case-folded
    ruled: bool  # named by the user's rules
    articles: frozenset[int] = frozenset()  # the articles naming it, by place in the vote

    @property
    def words(self) -> list[str]:
        return self.key[1].split()


# The entity a name joins, and the name to show for it ("" keeps the name's own spelling).
Merge = tuple[EntityKey, str]


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
