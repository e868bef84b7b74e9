"""Short forms joined to the one full name the site has for them.

Part of the collect stage (see `name_merges`). A person's surname ("Bush", "van Persie") or a
later part of a name ("Lula" in "Luiz Inácio Lula da Silva") joins the one full name of a person
holding it, shown by that full name; with two or more ("George Bush", "Laura Bush") it stays
apart with the names it may mean. A first name alone never joins: the site's other people share
it. An organisation joins its name with a legal form ("Kmart Corp."), its web address
("Amazon.com"), the name an article wrote it for, and "X Party" when an article names both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from nameparser.config import CONSTANTS

from generator.collect.entity_groups import EntityKey
from generator.collect.site_entity import Merge, SiteEntity, final_key
from generator.model.names import canonical_key

PERSON, ORGANISATION, GROUP = "person", "organisation", "group"
# Words that say only what legal form an organisation takes: "Kmart Corp." is Kmart.
LEGAL_FORMS = frozenset(
    {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "co"}
    | {"company", "group", "holdings", "ag", "sa", "nv", "gmbh", "spa"}
)
# "Labour" is the Labour Party where an article names both; "Liberal" is many parties.
PARTY = "party"
# A company named by its web address: "Amazon.com" is Amazon.
_WEB_ADDRESS = re.compile(r"([^\s.]{2,})\.[a-z]{2,3}(?:\.[a-z]{2})?")
_PARTICLES = frozenset(CONSTANTS.prefixes)


def merge_short_forms(
    entities: Mapping[EntityKey, SiteEntity], merged: Mapping[EntityKey, Merge]
) -> tuple[dict[EntityKey, Merge], dict[EntityKey, tuple[str, ...]]]:
    """(short form → the full name it joins, short form → the full names it may mean)."""
    persons = _persons_by_word(entities.values())
    organisations = _index_organisations(entities.values())
    merges: dict[EntityKey, Merge] = {}
    may_mean: dict[EntityKey, tuple[str, ...]] = {}
    for short in entities.values():
        if short.ruled or short.key in merged or not short.words:
            continue
        if short.key[0] == PERSON:
            found = _person_targets(short, persons, entities, merged)
        elif short.key[0] in (ORGANISATION, GROUP):
            fuller = _fuller_organisation_names(short, organisations)
            found = {final_key(merged, full.key) for full in fuller} - {short.key}, True
        else:
            continue
        targets, joinable = found
        if len(targets) == 1 and joinable:
            (target,) = targets
            # A person is shown by the full name; an organisation by the name used most.
            merges[short.key] = (target, entities[target].name if short.key[0] == PERSON else "")
        elif len(targets) > 1:
            may_mean[short.key] = tuple(sorted(entities[target].name for target in targets))
    return merges, may_mean


def _person_targets(
    short: SiteEntity,
    persons: Mapping[str, list[SiteEntity]],
    entities: Mapping[EntityKey, SiteEntity],
    merged: Mapping[EntityKey, Merge],
) -> tuple[set[EntityKey], bool]:
    """The widest person names holding `short`, and whether it may join the one there is (it
    is not its first name)."""
    words = short.words
    if (GROUP, short.key[1]) in entities:
        return set(), False  # a word the site uses for a group is a descriptor ("Briton")
    if not ((len(words) == 1 and len(words[0]) > 1) or words[0] in _PARTICLES):
        return set(), False
    holding = [
        full
        for full in persons.get(words[0], ())
        if len(full.words) > len(words) and _holds_run(full.words, words)
    ]
    targets = _widest({final_key(merged, full.key) for full in holding} - {short.key})
    later = any(
        _holds_run(full.words[1:], words) and final_key(merged, full.key) in targets
        for full in holding
    )
    return targets, later


def _persons_by_word(entities: Iterable[SiteEntity]) -> dict[str, list[SiteEntity]]:
    """Each word of a person's name of two words or more → the names it is part of."""
    index: dict[str, list[SiteEntity]] = {}
    for entity in entities:
        words = entity.words
        if entity.key[0] == PERSON and len(words) > 1:
            for word in set(words):
                index.setdefault(word, []).append(entity)
    return index


def _widest(targets: set[EntityKey]) -> set[EntityKey]:
    """The names not part of another: "Lula da Silva" beside "Luiz Inácio Lula da Silva" is
    the same man, not a second one."""
    return {
        target
        for target in targets
        if not any(
            other != target and _holds_run(other[1].split(), target[1].split()) for other in targets
        )
    }


def _holds_run(words: list[str], run: list[str]) -> bool:
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


@dataclass(frozen=True, slots=True)
class _OrganisationIndex:
    """Organisations and groups by (group, first word), web address and written form."""

    by_word: dict[EntityKey, list[SiteEntity]]
    by_web_address: dict[EntityKey, list[SiteEntity]]
    by_form: dict[EntityKey, list[SiteEntity]]


def _index_organisations(entities: Iterable[SiteEntity]) -> _OrganisationIndex:
    index = _OrganisationIndex({}, {}, {})
    for entity in entities:
        group = entity.key[0]
        if group not in (ORGANISATION, GROUP) or not entity.words:
            continue
        if len(entity.words) > 1:
            index.by_word.setdefault((group, entity.words[0]), []).append(entity)
        address = _web_address_of(entity.name)
        if address is not None:
            index.by_web_address.setdefault((group, address), []).append(entity)
        for form in entity.forms:
            index.by_form.setdefault((group, form), []).append(entity)
    return index


def _fuller_organisation_names(short: SiteEntity, index: _OrganisationIndex) -> list[SiteEntity]:
    group, key = short.key
    candidates = [
        *index.by_word.get((group, short.words[0]), ()),
        *index.by_web_address.get(short.key, ()),
        *index.by_form.get((group, short.name.casefold()), ()),
    ]
    fuller: list[SiteEntity] = []
    for full in candidates:
        if full is short or full in fuller:
            continue
        if (
            _with_legal_form(short, full)
            or _web_address_of(full.name) == key
            or short.name.casefold() in full.forms
        ):
            fuller.append(full)
    return fuller


def _with_legal_form(short: SiteEntity, full: SiteEntity) -> bool:
    words, full_words = short.words, full.words
    extra = full_words[len(words) :]
    if not extra or full_words[: len(words)] != words:
        return False
    if LEGAL_FORMS.issuperset(extra):
        return True
    return extra == [PARTY] and not short.articles.isdisjoint(full.articles)


def _web_address_of(name: str) -> str | None:
    matched = _WEB_ADDRESS.fullmatch(name)
    return canonical_key(matched.group(1)) if matched else None
