"""Which names of the site are one entity: short forms, plurals and spelling variants.

Part of the collect stage (see `site_vote`). Each rule merges only what the whole site makes
unambiguous, and says so when it cannot: "Bush" joins "George W. Bush" when no other Bush is
named, and stays apart, noting the full names it may mean, beside "Laura Bush". The in-article
resolver has already merged what one article shows; these rules work on what is left, across
articles. The user's rules (`entities.yml`) come first: a name they cover is never merged away.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from generator.collect.entity_groups import EntityKey
from generator.collect.short_forms import merge_short_forms
from generator.collect.site_entity import Merge, SiteEntity, final_merge

PERSON, ORGANISATION, GROUP = "person", "organisation", "group"
# Two spellings of one surname ("Yanukovich", "Yanukovych") agree at least this much, and are
# at least this long: shorter names differing by a letter are as often two families.
VARIANT_SIMILARITY = 0.85
VARIANT_MIN_LETTERS = 6


@dataclass(frozen=True, slots=True)
class Merges:
    merged: dict[EntityKey, Merge]
    may_mean: dict[EntityKey, tuple[str, ...]]  # a short form kept apart: the names it may mean


def merge_names(entities: Mapping[EntityKey, SiteEntity]) -> Merges:
    """Every merge the site supports, each name mapped straight to the entity it ends in."""
    merged: dict[EntityKey, Merge] = {}
    # Spellings first, so a short form finds one full name where the site spells it two ways.
    merged.update(_variant_merges(entities))
    merged.update(_plural_merges(entities, merged))
    short, may_mean = merge_short_forms(entities, merged)
    merged.update(short)
    return Merges({key: final_merge(merged, key) for key in merged}, may_mean)


def _weight(entity: SiteEntity) -> tuple[bool, int, int, str]:
    # The user's name first, then the most mentioned, the longest, and A to Z for a fixed answer.
    return (entity.ruled, entity.mentions, len(entity.name), entity.name)


def _variant_merges(entities: Mapping[EntityKey, SiteEntity]) -> dict[EntityKey, Merge]:
    """Spellings of one person's name that differ only in a transliterated surname and in
    middle initials ("Viktor Yanukovich", "Viktor F. Yanukovych"). A set of spellings joins only
    when each agrees with each other, so two near namesakes never meet through a third."""
    by_first: dict[str, list[SiteEntity]] = {}
    for entity in entities.values():
        if entity.key[0] == PERSON and len(_full_words(entity.words)) >= 2:
            by_first.setdefault(entity.words[0], []).append(entity)
    merges: dict[EntityKey, Merge] = {}
    for namesakes in by_first.values():
        for cluster in _clusters(namesakes, _are_variants):
            target = max(cluster, key=_weight)
            if sum(entity.ruled for entity in cluster) > 1:
                continue  # the user keeps them apart
            merges.update({e.key: (target.key, "") for e in cluster if e is not target})
    return merges


def _full_words(words: list[str]) -> list[str]:
    return [word for word in words if len(word) > 1]


def _are_variants(one: SiteEntity, other: SiteEntity) -> bool:
    words, other_words = _full_words(one.words), _full_words(other.words)
    initials = [word for word in one.words if len(word) == 1]
    other_initials = [word for word in other.words if len(word) == 1]
    surname, other_surname = words[-1], other_words[-1]
    return (
        len(words) == len(other_words)
        and words[:-1] == other_words[:-1]
        and surname != other_surname
        and (not initials or not other_initials or initials == other_initials)
        and min(len(surname), len(other_surname)) >= VARIANT_MIN_LETTERS
        and difflib.SequenceMatcher(None, surname, other_surname).ratio() >= VARIANT_SIMILARITY
    )


def _clusters(
    entities: list[SiteEntity], agree: Callable[[SiteEntity, SiteEntity], bool]
) -> list[list[SiteEntity]]:
    """Groups of two or more that all agree with each other, each entity in one group at most."""
    linked = {e.key: [o for o in entities if o is not e and agree(e, o)] for e in entities}
    clusters: list[list[SiteEntity]] = []
    placed: set[EntityKey] = set()
    for entity in sorted(entities, key=lambda e: e.key):
        if entity.key in placed or not linked[entity.key]:
            continue
        cluster = [entity, *linked[entity.key]]
        if all(agree(a, b) for a in cluster for b in cluster if a is not b):
            clusters.append(cluster)
            placed.update(e.key for e in cluster)
    return clusters


def _plural_merges(
    entities: Mapping[EntityKey, SiteEntity], merged: Mapping[EntityKey, Merge]
) -> dict[EntityKey, Merge]:
    """A group's or an organisation's singular and plural ("Democrat", "Democrats"; "Tory",
    "Tories"): one entity, named by whichever spelling the site uses most."""
    merges: dict[EntityKey, Merge] = {}
    for plural in entities.values():
        group, key = plural.key
        if group not in (GROUP, ORGANISATION) or plural.key in merged:
            continue
        singular = entities.get((group, _singular(key)))
        if singular is None or singular is plural or singular.key in merged:
            continue
        target, source = (
            (singular, plural) if _weight(singular) > _weight(plural) else (plural, singular)
        )
        if not source.ruled:
            merges[source.key] = (target.key, "")
    return merges


def _singular(key: str) -> str:
    if key.endswith("ies"):
        return key[: -len("ies")] + "y"
    if key.endswith("s") and not key.endswith("ss"):
        return key[: -len("s")]
    return key
