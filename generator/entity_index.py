"""Entities across the whole site: every article's mentions merged by canonical name and group.

Part of the collect stage. The user's `entities.yml` rules are applied here, before anything is
counted, so a merged, renamed or hidden entity is one thing (or nothing) everywhere on the site.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from generator.analyse.aliases import canonical_key
from generator.entity_groups import ENTITY_GROUPS, GROUP_ORDER
from generator.entity_rules import EntityRules
from generator.model import Mention, Sentence
from generator.slugs import unique_slug

# Past this many entities the index is split into one page per initial letter.
SPLIT_INDEX_ABOVE = 300
ENTITY_INDEX = "entities/index.md"
CO_MENTIONS_SHOWN = 10

EntityKey = tuple[str, str]  # (group, canonical key)


@dataclass(frozen=True, slots=True)
class Appearance:
    """An entity in one article: how often, and the sentence where it first appears."""

    article: int  # index into SiteContent.entries
    date: dt.date | None
    mentions: int
    sentence: Sentence
    highlight: tuple[int, int]  # the first mention, as offsets into `sentence.text`


@dataclass(frozen=True, slots=True)
class Entity:
    """One entity across the whole site: a canonical name within a group."""

    key: EntityKey
    name: str
    group: str
    slug: str
    aliases: tuple[str, ...]
    appearances: tuple[Appearance, ...]  # newest article first
    has_page: bool
    index_page: str  # the entity index page that lists it
    co_mentions: tuple[tuple[str, int], ...] = field(default=())  # (anchor, shared articles)

    @property
    def anchor(self) -> str:
        """Its entry's id on the entity index page; unique across the site."""
        return f"{self.group}-{self.slug}"

    @property
    def first_seen(self) -> dt.date | None:
        return min((a.date for a in self.appearances if a.date), default=None)

    @property
    def last_seen(self) -> dt.date | None:
        return max((a.date for a in self.appearances if a.date), default=None)


@dataclass(slots=True)
class _Tally:
    names: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    appearances: list[Appearance] = field(default_factory=list)
    partners: Counter[EntityKey] = field(default_factory=Counter)


class EntityResolver:
    """Maps a mention to its site-wide key, through the user's rules and the site-wide vote."""

    def __init__(self, rules: EntityRules) -> None:
        self.rules = rules
        self.regrouped: dict[EntityKey, str] = {}
        # A site has far fewer distinct (name, label) pairs than mentions, and rendering asks
        # about each mention several times: resolve each pair once.
        self._resolved: dict[tuple[str, str], tuple[EntityKey, str] | None] = {}

    def key_of(self, mention: Mention) -> tuple[EntityKey, str] | None:
        """(key, display name) of the mention's entity; None for other labels or hidden ones."""
        resolved = self._resolve(mention)
        if resolved is None:
            return None
        (group, key), name = resolved
        return (self.regrouped.get((group, key), group), key), name

    def _resolve(self, mention: Mention) -> tuple[EntityKey, str] | None:
        pair = (mention.canonical, mention.label)
        if pair not in self._resolved:
            self._resolved[pair] = self._resolve_pair(*pair)
        return self._resolved[pair]

    def _resolve_pair(self, canonical: str, label: str) -> tuple[EntityKey, str] | None:
        group = ENTITY_GROUPS.get(label)
        if group is None:
            return None
        resolved = self.rules.resolve(canonical, group)
        if resolved is None:
            return None
        name, group = resolved
        return (group, canonical_key(name)), name

    def vote_groups(self, mentions: Iterable[Mention]) -> None:
        """One name, one group across the site, unless the minority is a real second entity.

        The model calls "Porto Vale" a person in one sentence and a place in ten; a group with
        less than a third of the name's mentions joins the majority. "Jordan" the country and
        "Jordan" the player stay apart when each is common.
        """
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for mention in mentions:
            resolved = self._resolve(mention)
            if resolved is not None:
                (group, key), _name = resolved
                counts[key][group] += 1
        self.regrouped = {}
        for key, groups in counts.items():
            if len(groups) < 2:
                continue
            total = sum(groups.values())
            majority = max(groups, key=lambda group: (groups[group], -GROUP_ORDER.index(group)))
            for group, count in groups.items():
                if group != majority and count * 3 < total:
                    self.regrouped[(group, key)] = majority


def collect_entities(
    articles: Sequence[tuple[Sequence[Mention], Sequence[Sentence], dt.date | None]],
    resolver: EntityResolver,
    min_articles: int,
) -> tuple[Entity, ...]:
    """Every entity of every article (given newest first), with its appearances and partners."""
    resolver.vote_groups(m for mentions, _, _ in articles for m in mentions)
    tallies: dict[EntityKey, _Tally] = defaultdict(_Tally)
    for index, (mentions, sentences, date) in enumerate(articles):
        grouped = _group_mentions(mentions, resolver)
        for key, (name, found) in grouped.items():
            tally = tallies[key]
            tally.names[name] += len(found)
            tally.aliases.update(m.text for m in found)
            tally.appearances.append(_first_appearance(index, date, found, sentences))
            # Counted with itself (one C-level update per entity, not one per pair); the self
            # count is dropped when the entities are made.
            tally.partners.update(grouped.keys())
    return _make_entities(tallies, min_articles)


def _make_entities(tallies: dict[EntityKey, _Tally], min_articles: int) -> tuple[Entity, ...]:
    split = len(tallies) > SPLIT_INDEX_ABOVE
    slugs_taken: dict[str, set[str]] = defaultdict(set)
    named: dict[EntityKey, tuple[str, str]] = {}
    for key, tally in sorted(tallies.items()):
        # The most used spelling names the entity; ties go to the longest, then A–Z.
        name = min(tally.names, key=lambda n: (-tally.names[n], -len(n), n))
        named[key] = (name, unique_slug(name, slugs_taken[key[0]], fallback="entity"))
    entities = []
    for key, tally in tallies.items():
        name, slug = named[key]
        del tally.partners[key]
        # The same as sorted(...)[:CO_MENTIONS_SHOWN], without sorting thousands of partners.
        partners = heapq.nsmallest(
            CO_MENTIONS_SHOWN,
            tally.partners.items(),
            key=lambda item: (-item[1], named[item[0]][0]),
        )
        entities.append(
            Entity(
                key=key,
                name=name,
                group=key[0],
                slug=slug,
                aliases=tuple(sorted(tally.aliases - {name}, key=lambda a: (a.casefold(), a))),
                appearances=tuple(tally.appearances),
                has_page=len(tally.appearances) >= min_articles,
                index_page=letter_page(slug) if split else ENTITY_INDEX,
                co_mentions=tuple(
                    (f"{other[0]}-{named[other][1]}", count) for other, count in partners
                ),
            )
        )
    return tuple(
        sorted(entities, key=lambda e: (GROUP_ORDER.index(e.group), e.name.casefold(), e.slug))
    )


def letter_page(slug: str) -> str:
    """The index page for names starting with the slug's letter; digits and others share one."""
    initial = slug[:1]
    return f"entities/{initial if initial.isalpha() else '0-9'}.md"


def _group_mentions(
    mentions: Iterable[Mention], resolver: EntityResolver
) -> dict[EntityKey, tuple[str, list[Mention]]]:
    grouped: dict[EntityKey, tuple[str, list[Mention]]] = {}
    for mention in mentions:
        resolved = resolver.key_of(mention)
        if resolved is not None:
            key, name = resolved
            grouped.setdefault(key, (name, []))[1].append(mention)
    return grouped


def _first_appearance(
    index: int, date: dt.date | None, mentions: list[Mention], sentences: Sequence[Sentence]
) -> Appearance:
    first = min(mentions, key=lambda m: m.start)
    sentence = sentences[first.sentence]
    return Appearance(
        article=index,
        date=date,
        mentions=len(mentions),
        sentence=sentence,
        highlight=(first.start - sentence.start, first.end - sentence.start),
    )
