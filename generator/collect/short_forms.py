"""A person's short forms joined to the one full name the site has for them.

Part of the collect stage (see `name_merges`). A person's surname ("Bush", "van Persie") or a
later part of a name ("Lula" in "Luiz Inácio Lula da Silva") joins the one full name of a person
holding it, shown by that full name; with two or more ("George Bush", "Laura Bush") it stays
apart with the names it may mean. A first name alone ("Kylie") joins only when the site uses
that word for nothing else: the first word of exactly one person's full name and never a later
one. A family's name ("the Agnelli family") is not a person's: a surname the site also writes
as a family's stays apart. Organisations' short forms are in `organisation_forms`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from nameparser.config import CONSTANTS

from generator.collect.site_entity import (
    FAMILY_NOUNS,
    GROUP,
    PERSON,
    Merge,
    SiteEntity,
    final_key,
    may_join,
)
from generator.model.gazetteer import is_known_place

_PARTICLES = frozenset(CONSTANTS.prefixes)
# Words that join two names into a phrase: a match ("Everton v Sunderland"), a pair. Not "y"
# or "e", which join a person's own surnames ("Ortega y Gasset").
_LINKS = frozenset({"v", "vs"} | {w for w in CONSTANTS.conjunctions if len(w) > 1})
_SUFFIXES = frozenset(CONSTANTS.suffix_acronyms) | frozenset(CONSTANTS.suffix_not_acronyms)
# (the full names a short form may mean, whether it may join the one there is)
Targets = tuple[set[tuple[str, str]], bool]


class PersonNames:
    """The site's persons' full names by word, and what else the site calls each word."""

    def __init__(self, entities: Mapping[tuple[str, str], SiteEntity]) -> None:
        self.entities = entities
        self.by_word = _persons_by_word(entities.values())
        # A word some full name holds after its first: a surname, never a first name alone.
        self.later_words = {
            word for names in self.by_word.values() for full in names for word in full.words[1:]
        }
        self.families = {
            " ".join(w for w in e.words if w not in FAMILY_NOUNS): e
            for e in entities.values()
            if e.names_a_family and len(e.words) > 1
        }
        self.groups_by_key: dict[str, set[str]] = {}
        for group, key in entities:
            self.groups_by_key.setdefault(key, set()).add(group)

    def targets(
        self,
        short: SiteEntity,
        merged: Mapping[tuple[str, str], Merge],
        articles_of: Mapping[tuple[str, str], frozenset[int]],
    ) -> Targets:
        """The widest person names holding `short`, and whether it may join the one there is."""
        words = short.words
        if not self._may_be_a_persons_short_form(short):
            return set(), False
        holding = [
            full
            for full in self.by_word.get(words[0], ())
            if len(full.words) > len(words) and _holds_run(full.words, words)
        ]
        targets = _widest({final_key(merged, full.key) for full in holding} - {short.key})
        family = self.families.get(short.key[1])
        if family is not None or short.as_family:
            # "Agnelli" beside "Roger Agnelli" and "the Agnelli family": either.
            return targets | ({family.key} if family else set()), False
        later = any(
            _holds_run(full.words[1:], words) and final_key(merged, full.key) in targets
            for full in holding
        )
        first_name = not later and self._is_only_a_first_name(short)
        if (short.group != PERSON or first_name) and len(targets) == 1:
            # Only the model's guess keeps it from the person, or it is a first name, which
            # many people share beyond the few the site names in full ("Max" in one article,
            # "Max Lawson" in another): an article naming both shows which.
            (target,) = targets
            return targets, short.articles <= articles_of.get(target, frozenset())
        return targets, later

    def _may_be_a_persons_short_form(self, short: SiteEntity) -> bool:
        words = short.words
        if short.group != PERSON and (
            short.cued or not may_join(short, _A_PERSON) or is_known_place(short.name)
        ):
            return False  # "Dallas" the city is not the referee Hugh Dallas
        if (GROUP, short.key[1]) in self.entities:
            return False  # a word the site uses for a group is a descriptor ("Briton")
        if not ((len(words) == 1 and len(words[0]) > 1) or words[0] in _PARTICLES):
            return False
        return words[-1] not in _SUFFIXES  # "QC", "Jr": a suffix of many names, nobody's own

    def _is_only_a_first_name(self, short: SiteEntity) -> bool:
        """A word the site has only as the first word of full names ("Kylie"), never as a
        surname nor under another group: a mononym, as sport and show reports use them."""
        words = short.words
        return (
            len(words) == 1
            and words[0] not in self.later_words
            and self.groups_by_key[short.key[1]] == {short.group}
        )


# Stands for any person's full name in `may_join`.
_A_PERSON = SiteEntity((PERSON, ""), 0, "", frozenset(), ruled=False)


def _persons_by_word(entities: Iterable[SiteEntity]) -> dict[str, list[SiteEntity]]:
    """Each word of a person's name of two words or more → the names it is part of."""
    index: dict[str, list[SiteEntity]] = {}
    for entity in entities:
        words = entity.words
        if entity.group == PERSON and len(words) > 1 and not _is_a_phrase(entity):
            for word in set(words):
                index.setdefault(word, []).append(entity)
    return index


def _is_a_phrase(entity: SiteEntity) -> bool:
    """A family's name, or words no person's name holds ("Everton v Sunderland")."""
    return entity.names_a_family or any(word in _LINKS for word in entity.name.split())


def _widest(targets: set[tuple[str, str]]) -> set[tuple[str, str]]:
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
