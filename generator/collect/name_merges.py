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

from nicknames import NickNamer

from generator.collect.entity_groups import EntityKey
from generator.collect.news_context import NewsContext
from generator.collect.organisation_forms import FullerNames, singular
from generator.collect.short_forms import PersonNames
from generator.collect.site_entity import (
    PERSON,
    PLACE,
    Merge,
    SiteEntity,
    articles_by_final_key,
    final_merge,
    may_join,
)
from generator.model.names import canonical_key
from generator.model.nationalities import is_nationality_key

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
    merged.update(_familiar_name_merges(entities, merged))
    merged.update(_qualifier_merges(entities, merged))
    merged.update(_plural_merges(entities, merged))
    short, may_mean = _short_form_merges(entities, merged)
    merged.update(short)
    return Merges({key: final_merge(merged, key) for key in merged}, may_mean)


def _short_form_merges(
    entities: Mapping[EntityKey, SiteEntity], merged: Mapping[EntityKey, Merge]
) -> tuple[dict[EntityKey, Merge], dict[EntityKey, tuple[str, ...]]]:
    """(short form → the full name it joins, short form → the full names it may mean)."""
    persons, fuller = PersonNames(entities), FullerNames(entities, merged)
    articles_of = articles_by_final_key(entities.values(), merged)
    context = NewsContext(entities.values(), merged, articles_of)
    merges: dict[EntityKey, Merge] = {}
    may_mean: dict[EntityKey, tuple[str, ...]] = {}
    for short in entities.values():
        if short.ruled or short.key in merged or not short.words:
            continue
        if is_nationality_key(short.key[1]):
            continue  # a people's word is itself, not short for "Association of British"
        targets, joinable = persons.targets(short, merged, articles_of)
        if targets:
            targets = {t for t in targets if context.relates(short, t)}
        else:
            targets, joinable = fuller.targets(short, articles_of, context.relates)
        if len(targets) == 1 and joinable:
            (target,) = targets
            # A person or a country is shown by the full name ("Korea" is shown as "South
            # Korea"); anything else by the name used most ("Apple" for "Apple Computer").
            full = entities[target].name if target[0] in (PERSON, PLACE) else ""
            merges[short.key] = (target, full)
        elif len(targets) > 1:
            may_mean[short.key] = tuple(sorted({entities[target].name for target in targets}))
    return merges, may_mean


def _weight(entity: SiteEntity) -> tuple[bool, int, int, str]:
    # The user's name first, then the most mentioned, the longest, and A to Z for a fixed answer.
    return (entity.ruled, entity.mentions, len(entity.name), entity.name)


def _variant_merges(entities: Mapping[EntityKey, SiteEntity]) -> dict[EntityKey, Merge]:
    """Spellings of one person's name that differ only in a transliterated surname and in
    middle initials ("Viktor Yanukovich", "Viktor F. Yanukovych"). A set of spellings joins only
    when each agrees with each other, so two near namesakes never meet through a third."""
    # Only names with the same words before the surname and a surname of the same first
    # letter are compared (transliterations keep it: "Yanukovich", "Yanukovych"): comparing
    # every "John" with every other is quadratic on a large site.
    by_stem: dict[tuple[str, ...], list[SiteEntity]] = {}
    for entity in entities.values():
        words = _full_words(entity.words)
        if entity.key[0] == PERSON and len(words) >= 2:
            by_stem.setdefault((*words[:-1], words[-1][:1]), []).append(entity)
    merges: dict[EntityKey, Merge] = {}
    for namesakes in by_stem.values():
        for cluster in _clusters(namesakes, _are_variants):
            target = max(cluster, key=_weight)
            if sum(entity.ruled for entity in cluster) > 1:
                continue  # the user keeps them apart
            merges.update({e.key: (target.key, "") for e in cluster if e is not target})
    return merges


def _familiar_name_merges(
    entities: Mapping[EntityKey, SiteEntity], merged: Mapping[EntityKey, Merge]
) -> dict[EntityKey, Merge]:
    """A familiar form of a first name with the same rest ("Bernie Ebbers", "Bernard Ebbers"),
    by the `nicknames` table, or its initial ("G Henson"), joins the one person with the
    formal name. The familiar form
    may have another group when that is only the model's guess: a first name and a surname
    that both agree with a person's are that person, not a firm."""
    by_rest: dict[tuple[str, ...], list[SiteEntity]] = {}
    for entity in entities.values():
        if len(entity.words) >= 2 and entity.key not in merged and not entity.names_a_family:
            by_rest.setdefault(tuple(entity.words[1:]), []).append(entity)
    merges: dict[EntityKey, Merge] = {}
    for namesakes in by_rest.values():
        persons = [e for e in namesakes if e.group == PERSON]
        for short in namesakes:
            if short.ruled or (short.group != PERSON and short.cued):
                continue
            formal = [p for p in persons if _is_familiar_form(short.words[0], p.words[0])]
            if len(formal) == 1:
                merges[short.key] = (formal[0].key, "")
    return merges


def _is_familiar_form(first: str, formal: str) -> bool:
    """ "bernie" of "bernard", or an initial ("g" of "gavin", as line-ups write players)."""
    if len(first) == 1:
        return first.isalpha() and len(formal) > 1 and formal.startswith(first)
    return first != formal and formal in _NICKNAMES.canonicals_of(first)


_NICKNAMES = NickNamer()


def _qualifier_merges(
    entities: Mapping[EntityKey, SiteEntity], merged: Mapping[EntityKey, Merge]
) -> dict[EntityKey, Merge]:
    """Names that differ only in how they write the country or place before the rest ("U.S
    Air Force", "United States Air Force"): one entity, named by the spelling used most."""
    by_signature: dict[tuple[str, str, str], list[SiteEntity]] = {}
    for entity in entities.values():
        # As written: "U.S" is the United States, "us" may be a word.
        words = entity.name.split()
        if entity.group == PERSON or entity.key in merged:
            continue
        for cut in range(1, len(words)):
            head, rest = " ".join(words[:cut]), " ".join(words[cut:])
            signature = (entity.group, canonical_key(head), canonical_key(rest))
            by_signature.setdefault(signature, []).append(entity)
    merges: dict[EntityKey, Merge] = {}
    for spellings in by_signature.values():
        if len({e.key for e in spellings}) < 2 or sum(e.ruled for e in spellings) > 1:
            continue
        target = max(spellings, key=_weight)
        merges.update({e.key: (target.key, "") for e in spellings if e is not target})
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
    """A name's singular and plural ("Democrat", "Democrats"; "Oscar", "Oscars"): one entity,
    named by whichever spelling the site uses most, in the group of the one whose group is not
    only the model's guess. Never two people ("William", "Williams"), nor two places where an
    article says they are ("the Americas")."""
    by_key: dict[str, list[SiteEntity]] = {}
    for entity in entities.values():
        by_key.setdefault(entity.key[1], []).append(entity)
    merges: dict[EntityKey, Merge] = {}
    for plural in entities.values():
        singular_key = _singular(plural.key[1])
        if singular_key == plural.key[1] or plural.key in merged or plural.key in merges:
            continue
        for one in by_key.get(singular_key, ()):
            if one.key in merged or one.key in merges or _kept_apart(one, plural):
                continue
            moved = _plural_moved(one, plural)
            if moved is not None:
                source, target = moved
                merges[source.key] = (target.key, "")
                break
    return merges


def _kept_apart(one: SiteEntity, other: SiteEntity) -> bool:
    # Two people ("William", "Williams"); two places ("America", "the Americas"); a plural
    # written in capitals is an acronym whose last letter is no plural ending ("SEGAS", the
    # athletics body, is not "Sega"s; "NGOs" is the plural of "NGO").
    same_kind = one.group == other.group and one.group in (PERSON, PLACE)
    plural = max(one, other, key=lambda entity: len(entity.key[1]))
    return same_kind or _is_capitals(plural.name)


def _is_capitals(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _plural_moved(one: SiteEntity, other: SiteEntity) -> tuple[SiteEntity, SiteEntity] | None:
    """(the spelling that moves, the one it joins): in one group, to the most used; across
    groups, a person's reading moves (a name whose plural is used names no one person), then
    the one whose group is only the model's guess."""
    heavier, lighter = sorted((one, other), key=_weight, reverse=True)
    if one.group == other.group:
        return None if lighter.ruled else (lighter, heavier)
    order = sorted(
        ((heavier, lighter), (lighter, heavier)),
        key=lambda pair: (pair[0].group != PERSON, pair[1].cued is False),
    )
    for source, target in order:
        # A person's name is never a plural: "Hans" is no plural of "Han".
        person_plural = source.group == PERSON and len(source.key[1]) > len(target.key[1])
        if (
            not source.ruled
            and not person_plural
            and target.group != PERSON
            and may_join(source, target)
        ):
            return source, target
    return None


def _singular(key: str) -> str:
    words = key.split()
    return " ".join([*words[:-1], singular(words[-1])]) if words else key
