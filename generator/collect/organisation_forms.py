"""Short forms of organisations, groups, places and works joined to the one fuller name.

Part of the collect stage (see `name_merges`). The same name by definition: the name with a
legal form ("Kmart Corp."), a word for its trade ("Apple Computer") or as a web address
("Amazon.com"). A longer name holding the short one at its end ("Senate" in "US Senate",
"Commons" in "House of Commons", "Firefox" in "Mozilla Firefox") is the same only where the site
shows it: every article naming the short form names the fuller name, or the fuller name is
"... of X" and the only one ending so. A country's body ("US Supreme Court") needs the first:
an article about another country's court may name the United States too. Words cut short ("Lib
Dems", "Liberal Democrats") are the same name. Where two fuller names fit ("House": of Commons,
of Lords), the short form stays apart, noting the names it may mean.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from generator.collect.site_entity import (
    ORGANISATION,
    PERSON,
    PLACE,
    Merge,
    SiteEntity,
    final_key,
    may_join,
)
from generator.model.gazetteer import is_country, is_known_place
from generator.model.names import canonical_key

EntityKey = tuple[str, str]
# Words that say only what legal form an organisation takes: "Kmart Corp." is Kmart.
LEGAL_FORMS = frozenset(
    {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "co"}
    | {"company", "group", "holdings", "ag", "sa", "nv", "gmbh", "spa"}
)
# Words that say only what trade a company is in, as part of its full name: "Apple Computer"
# is Apple. Not a division's words ("Sony Pictures", "Lycos Europe"): those are other firms.
TRADE_WORDS = frozenset(
    {"computer", "computers", "motor", "motors", "airlines", "airways", "industries"}
    | {"enterprises", "international", "worldwide", "technologies", "pharmaceuticals"}
)
# "Labour" is the Labour Party where an article names both; "Liberal" is many parties.
PARTY = "party"
OF = "of"
# A name cut short drops at least this many letters of a word: "Lib" of "Liberal", not "York"
# of "Yorker"; and keeps at most half of them: a word holding most of a longer one is another
# word built on it ("South", "Southern": South Africa's people are not southern Africa's).
CLIPPED_LETTERS = 3
CLIPPED_SHARE = 0.5
# A company named by its web address: "Amazon.com" is Amazon.
_WEB_ADDRESS = re.compile(r"([^\s.]{2,})\.[a-z]{2,3}(?:\.[a-z]{2})?")


@dataclass(frozen=True, slots=True)
class Candidate:
    full: SiteEntity
    shown: bool  # the site shows it is the one meant (not only that it holds the short form)
    # A reader would take the short form for it: shown, or a body of a named country or "...
    # of X" ("US Senate", "House of Lords"), not any name that ends the same ("White House").
    noted: bool
    written: bool = False  # an article wrote the short form for it


class FullerNames:
    """The site's non-person names, indexed to find the fuller names of a short one."""

    def __init__(
        self, entities: Mapping[EntityKey, SiteEntity], merged: Mapping[EntityKey, Merge]
    ) -> None:
        """`merged`: the merges made before the short forms are decided."""
        self.entities = entities
        self.merged = merged
        # The names merged into each ("Democrat" into "Democrats"): the short form's spellings.
        self.merged_into: dict[EntityKey, list[list[str]]] = {}
        for key, (target, _) in merged.items():
            self.merged_into.setdefault(target, []).append(key[1].split())
        self.by_first: dict[str, list[SiteEntity]] = {}
        self.by_last: dict[str, list[SiteEntity]] = {}
        self.by_address: dict[str, list[SiteEntity]] = {}
        self.by_form: dict[str, list[SiteEntity]] = {}
        # By the first letter of each word: a clipped form ("Lib Dems") starts each word of
        # its full name, so only names with the same initials need comparing, not every name
        # of as many words (a site of 2,000 articles has tens of thousands).
        self.by_initials: dict[tuple[str, ...], list[SiteEntity]] = {}
        for entity in entities.values():
            if entity.group == PERSON or not entity.words:
                continue
            if len(entity.words) > 1:
                self.by_first.setdefault(entity.words[0], []).append(entity)
                self.by_last.setdefault(entity.words[-1], []).append(entity)
                self.by_initials.setdefault(_initials(entity.words), []).append(entity)
            address = _web_address_of(entity.name)
            if address is not None:
                self.by_address.setdefault(address, []).append(entity)
            for form in entity.forms:
                self.by_form.setdefault(form, []).append(entity)
        self.places = {key for group, key in entities if group == PLACE}

    def targets(
        self,
        short: SiteEntity,
        articles_of: Mapping[EntityKey, frozenset[int]],
        relates: Callable[[SiteEntity, EntityKey], bool],
    ) -> tuple[set[EntityKey], bool]:
        """The fuller names `short` may mean, and whether it may join the one there is.
        `relates`: whether the short form's articles are about the same news as a name's."""
        merged = self.merged
        same = [full for full in self._identical(short) if may_join(short, full)]
        if same:
            targets = {final_key(merged, full.key) for full in same} - {short.key}
            return targets, True
        if short.group == PLACE and is_known_place(short.name):
            return set(), False  # "Ireland" is never short for "Northern Ireland"
        candidates = [
            c
            for c in self._holding(short, articles_of)
            if c.full.key[1] != short.key[1] and may_join(short, c.full)
        ]
        written = {final_key(merged, c.full.key) for c in candidates if c.written} - {short.key}
        if len(written) == 1:
            # The one name an article wrote it for: that article's word. Where the word is
            # the name's head, the noun other bodies share ("Democrats" of the Liberal
            # Democrats, "House" of the House of Fraser), it is that name's only in the
            # articles telling the same news: each of them must.
            (target,) = written
            if not _is_head(short.words, self.entities[target].words):
                return written, True
            each = (dataclasses.replace(short, articles=frozenset({a})) for a in short.articles)
            return written, all(relates(one, target) for one in each)
        targets = {final_key(merged, c.full.key) for c in candidates if c.noted} - {short.key}
        shown = {final_key(merged, c.full.key) for c in candidates if c.shown}
        return targets, targets == shown

    def _identical(self, short: SiteEntity) -> list[SiteEntity]:
        """Names that are `short` by definition: with a legal form or a trade, as a web
        address, or "X Party" where an article names both."""
        words, key = short.words, short.key[1]
        found = []
        for full in [*self.by_first.get(words[0], ()), *self.by_address.get(key, ())]:
            extra = full.words[len(words) :]
            if full is short or full in found:
                continue
            if _web_address_of(full.name) == key or (
                full.words[: len(words)] == words
                and extra
                and (
                    LEGAL_FORMS.issuperset(extra)
                    or (short.group == ORGANISATION and TRADE_WORDS.issuperset(extra))
                    or (extra == [PARTY] and not short.articles.isdisjoint(full.articles))
                )
            ):
                found.append(full)
        return found

    def _holding(
        self, short: SiteEntity, articles_of: Mapping[EntityKey, frozenset[int]]
    ) -> Iterable[Candidate]:
        words, n = short.words, len(short.words)
        for full in self.by_form.get(short.name.casefold(), ()):
            if full is not short and full.group == short.group:
                yield Candidate(full, shown=True, noted=True, written=True)
        # The short form's own spellings, and those merged into it ("Democrats", "Democrat").
        spellings = [words, *self.merged_into.get(short.key, ())]
        for written in spellings:
            for full in self.by_last.get(written[-1], ()):
                head = full.words[: len(full.words) - len(written)]
                if full is short or not head or full.words[len(head) :] != written:
                    continue
                shown, noted = self._shown(short, full, head, articles_of)
                yield Candidate(full, shown, noted)
        for full in self.by_first.get(words[0], ()):
            if full.words[: n + 1] == [*words, OF]:
                yield Candidate(full, shown=False, noted=True)  # "House": of Commons, of Lords?
        for full in self.by_initials.get(_initials(words), ()) if n > 1 else ():
            if full is not short and _is_clipped(words, full.words):
                yield Candidate(full, shown=True, noted=True)

    def _shown(
        self,
        short: SiteEntity,
        full: SiteEntity,
        head: list[str],
        articles_of: Mapping[EntityKey, frozenset[int]],
    ) -> tuple[bool, bool]:
        """Whether the site shows that `short` means `full`, which is `head` + `short`, and
        whether a reader would take one for the other."""
        written_head = full.name.split()[: len(head)]
        if not written_head or (written_head[-1].islower() and written_head[-1] != OF):
            return False, False  # "Farm in Cabixi", "Everton v Sunderland": not a name of it
        named_with = self._named_with(short, full.key, articles_of)
        if full.group == PLACE:
            # "Korea" is "South Korea", where articles say so; "Aceh" is not "Banda Aceh".
            shown = is_country(full.name) and named_with
            return shown, shown
        qualifier = canonical_key(" ".join(written_head))  # as written: "US" is a country
        if qualifier in self.places or is_known_place(qualifier):
            # One place's body or event ("US Supreme Court", "Sydney Olympics"): a reader may
            # take the short form for it, but it is the same only in articles naming it, as
            # an article about another country's court may name the United States too.
            organisation = full.group == ORGANISATION
            return organisation and named_with, organisation
        if named_with:
            return True, True  # every article naming the short form names the full one
        # "House of Commons" where nothing else ends in "Commons"; not "Home Office" for an
        # "Office" nothing ties to it.
        only = len(self.by_last.get(short.words[-1], ())) == 1
        return head[-1] == OF and only, head[-1] == OF

    @staticmethod
    def _named_with(
        short: SiteEntity, key: EntityKey, articles_of: Mapping[EntityKey, frozenset[int]]
    ) -> bool:
        """Whether every article naming `short` (or a name merged into it) names `key`."""
        naming = articles_of.get(short.key, short.articles)
        return naming <= articles_of.get(key, frozenset())


def _is_head(words: list[str], full_words: list[str]) -> bool:
    """Whether `words` are the head of the longer name: its last words, singular or plural
    ("Democrat" of "Liberal Democrats"), or those before "of" ("House" of "House of Fraser")."""
    n = len(words)
    if len(full_words) <= n:
        return False
    last = full_words[-n:]
    ends = last[:-1] == words[:-1] and singular(last[-1]) == singular(words[-1])
    return ends or full_words[: n + 1] == [*words, OF]


def _initials(words: list[str]) -> tuple[str, ...]:
    return tuple(word[:1] for word in words)


def _is_clipped(words: list[str], full_words: list[str]) -> bool:
    """Each word the start of the other's, one at least cut short ("Lib Dems", "Liberal
    Democrats"), singular and plural alike; not a word and one built on it ("South African",
    "Southern African")."""
    if len(words) < 2 or len(words) != len(full_words):
        return False
    pairs = [*zip(words[:-1], full_words[:-1], strict=True)]
    pairs.append((singular(words[-1]), singular(full_words[-1])))
    return any(word != full for word, full in pairs) and all(
        word == full
        or (
            full.startswith(word)
            and len(full) - len(word) >= CLIPPED_LETTERS
            and len(word) <= len(full) * CLIPPED_SHARE
        )
        for word, full in pairs
    )


def singular(word: str) -> str:
    """An English noun's singular by its regular ending ("Tories", "Oscars"), else itself."""
    if word.endswith("ies") and len(word) > len("ies"):
        return word[: -len("ies")] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        return word[: -len("s")]
    return word


def _web_address_of(name: str) -> str | None:
    matched = _WEB_ADDRESS.fullmatch(name)
    return canonical_key(matched.group(1)) if matched else None
