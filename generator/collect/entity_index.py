"""Entities across the whole site: every article's mentions merged by canonical name and group.

Part of the collect stage. The user's `entities.yml` rules are applied here, before anything is
counted, so a merged, renamed or hidden entity is one thing (or nothing) everywhere on the site.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.collect.co_mentions import CO_MENTIONS_SHOWN, most_shared
from generator.collect.entity_groups import GROUP_ORDER
from generator.collect.entity_resolver import EntityKey, EntityResolver
from generator.collect.name_counts import First, NameCount, NameCounts
from generator.collect.site_vote import NO_VOTE, SiteVote
from generator.collect.slugs import unique_slug
from generator.model.analysis import Mention, Sentence
from generator.model.name_words import is_descriptor

# EntityKey and EntityResolver live in `entity_resolver`; the rest of the site imports them here.
__all__ = [
    "CO_MENTIONS_SHOWN",
    "ENTITY_INDEX",
    "SPLIT_INDEX_ABOVE",
    "Appearance",
    "Entity",
    "EntityKey",
    "EntityResolver",
    "EntityTallies",
    "collect_entities",
    "letter_page",
]

# Past this many entities the index is split into one page per initial letter.
SPLIT_INDEX_ABOVE = 300
ENTITY_INDEX = "entities/index.md"


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
    # (anchor, shared articles), for an entity with a page: nothing else shows them, and ranking
    # the partners of the thousands of entities seen once would be work for no page.
    co_mentions: tuple[tuple[str, int], ...] = field(default=())
    # A short form the site kept apart ("Bush"): the full names it may mean, A to Z.
    may_mean: tuple[str, ...] = ()

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


@dataclass(frozen=True, slots=True)
class _Settled:
    """An entity's name, other spellings and the partners its page shows (`most_shared`)."""

    name: str
    aliases: tuple[str, ...]
    ranked: list[tuple[EntityKey, int]]


@dataclass(slots=True)
class _Tally:
    names: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    appearances: list[Appearance] = field(default_factory=list)  # by article


# What the index reads of one article: its mentions, its sentences and its date.
ArticleMentions = tuple[Sequence[Mention], Sequence[Sentence], dt.date | None]


class EntityTallies:
    """Each entity's names, spellings and appearances, article by article, under one vote.

    Articles may come in any order (appearances stay in article order): a rebuild tallies the
    articles already analysed while it waits for the new ones, at the places they will have,
    and adds the new ones after (see `collect_entities`).
    """

    def __init__(self, vote: SiteVote = NO_VOTE) -> None:
        self.vote = vote  # the site-wide vote the tallies were made under
        self.tallies: dict[EntityKey, _Tally] = defaultdict(_Tally)
        self.keys_by_article: dict[int, tuple[EntityKey, ...]] = {}
        self._articles: dict[int, tuple[Sequence[Mention], dt.date | None]] = {}
        # `settle`'s work, and the keys an article added since has changed.
        self.settled: dict[EntityKey, _Settled] = {}
        self.settled_for = 0  # the min_articles it was done for
        self.touched: set[EntityKey] = set()

    def add(
        self,
        article: ArticleMentions,
        names: Sequence[NameCount],
        resolver: EntityResolver,
        index: int | None = None,
    ) -> None:
        """An article (its mentions, sentences and date, and `count_names` of them) at `index`
        among all, by default after the last one added."""
        mentions, sentences, date = article
        if index is None:
            index = max(self.keys_by_article, default=-1) + 1
        grouped = _group_names(names, resolver)
        for key, (name, count, first, texts) in grouped.items():
            tally = self.tallies[key]
            tally.names[name] += count
            for written in texts:
                tally.aliases.update(written)
            appearance = _appearance(index, date, count, first[2], sentences)
            if tally.appearances and tally.appearances[-1].article > index:
                bisect.insort(tally.appearances, appearance, key=lambda a: a.article)
            else:
                tally.appearances.append(appearance)
        self.keys_by_article[index] = tuple(grouped)
        self._articles[index] = (mentions, date)
        self.touched.update(grouped)

    def settle(self, min_articles: int) -> None:
        """Name each entity and rank its partners now (while a rebuild waits for the new
        articles); `_make_entities` redoes only what the articles added later change."""
        name_of = {key: _name_of(tally) for key, tally in self.tallies.items()}
        settled = {}
        for key, tally in self.tallies.items():
            ranked: list[tuple[EntityKey, int]] = []
            if len(tally.appearances) >= min_articles:
                ranked = self.ranked_partners(key, tally.appearances)
            settled[key] = _Settled(name_of[key], _aliases(tally, name_of[key]), ranked)
        self.settled, self.settled_for, self.touched = settled, min_articles, set()

    def fits(self, articles: Sequence[ArticleMentions], vote: SiteVote) -> bool:
        """True when each article tallied is the one at its place in `articles` (the very same
        mentions) and the vote (groups and merges) is the one the tallies were made under."""
        return vote == self.vote and all(
            index < len(articles) and articles[index][0] is mentions and articles[index][2] == date
            for index, (mentions, date) in self._articles.items()
        )

    def partners(self, appearances: Sequence[Appearance]) -> Counter[EntityKey]:
        """How many articles each entity shares with the one appearing in these articles
        (itself included), counted only for the entities whose pages show them."""
        partners: Counter[EntityKey] = Counter()
        for appearance in appearances:
            partners.update(self.keys_by_article[appearance.article])
        return partners

    def ranked_partners(
        self, key: EntityKey, appearances: Sequence[Appearance]
    ) -> list[tuple[EntityKey, int]]:
        """The partners the page of the entity `key`, in these articles, shows (`most_shared`)."""
        shared = self.partners(appearances)
        del shared[key]
        # Appearances are in article order, which is newest first.
        return most_shared(shared, (self.keys_by_article[a.article] for a in appearances))


def collect_entities(
    articles: Sequence[ArticleMentions],
    resolver: EntityResolver,
    min_articles: int,
    counts: NameCounts | None = None,
    ahead: EntityTallies | None = None,
) -> tuple[Entity, ...]:
    """Every entity of every article (given newest first), with its appearances and partners.

    `counts` may hold some articles' name counts already, and `ahead` some articles' tallies
    (made while waiting for others): used only if they fit these articles and this vote."""
    counts = counts or NameCounts()
    named = [counts.of(mentions, sentences) for mentions, sentences, _ in articles]
    resolver.vote_groups(named)
    tallies = ahead if ahead is not None and ahead.fits(articles, resolver.vote) else None
    if tallies is None:
        tallies = EntityTallies(resolver.vote)
    for index, (article, names) in enumerate(zip(articles, named, strict=True)):
        if index not in tallies.keys_by_article:
            tallies.add(article, names, resolver, index)
    return _make_entities(tallies, min_articles)


def _make_entities(tallies: EntityTallies, min_articles: int) -> tuple[Entity, ...]:
    split = len(tallies.tallies) > SPLIT_INDEX_ABOVE
    # What `settle` did still holds for an entity no later article names.
    touched = tallies.touched
    settled = tallies.settled if tallies.settled_for == min_articles else {}
    kept = {key: done for key, done in settled.items() if key not in touched}
    slugs_taken: dict[str, set[str]] = defaultdict(set)
    named: dict[EntityKey, tuple[str, str]] = {}
    for key, tally in sorted(tallies.tallies.items()):
        done = kept.get(key)
        name = done.name if done is not None else _name_of(tally)
        named[key] = (name, unique_slug(name, slugs_taken[key[0]], fallback="entity"))
    entities = []
    for key, tally in tallies.tallies.items():
        name, slug = named[key]
        has_page = len(tally.appearances) >= min_articles
        done = kept.get(key)
        partners = []
        # An untouched entity shares the same articles with the same partners as before, and
        # names play no part in their ranking.
        if has_page and done is not None:
            partners = done.ranked
        elif has_page:
            partners = tallies.ranked_partners(key, tally.appearances)
        entities.append(
            Entity(
                key=key,
                name=name,
                group=key[0],
                slug=slug,
                aliases=done.aliases if done is not None else _aliases(tally, name),
                appearances=tuple(tally.appearances),
                has_page=has_page,
                index_page=letter_page(slug) if split else ENTITY_INDEX,
                co_mentions=tuple(
                    (f"{other[0]}-{named[other][1]}", count) for other, count in partners
                ),
                may_mean=tallies.vote.may_mean.get(key, ()),
            )
        )
    return tuple(
        sorted(entities, key=lambda e: (GROUP_ORDER.index(e.group), e.name.casefold(), e.slug))
    )


def _name_of(tally: _Tally) -> str:
    # The most used spelling names the entity; ties go to the longest, then A–Z.
    return min(tally.names, key=lambda n: (-tally.names[n], -len(n), n))


def _aliases(tally: _Tally, name: str) -> tuple[str, ...]:
    shown = {alias for alias in tally.aliases - {name} if not is_descriptor(alias)}
    return tuple(sorted(shown, key=lambda a: (a.casefold(), a)))


def letter_page(slug: str) -> str:
    """The index page for names starting with the slug's letter; digits and others share one."""
    initial = slug[:1]
    return f"entities/{initial if initial.isalpha() else '0-9'}.md"


_Group = tuple[str, int, First, list[frozenset[str]]]  # name, mentions, first, spellings


def _group_names(names: Sequence[NameCount], resolver: EntityResolver) -> dict[EntityKey, _Group]:
    # In order of first mention, as the names are: the entity's display name in this article
    # is that of the first of its names to be mentioned.
    grouped: dict[EntityKey, _Group] = {}
    for counted in names:
        resolved = resolver.key_of_name(counted.canonical, counted.label)
        if resolved is None:
            continue
        key, name = resolved
        seen = grouped.get(key)
        if seen is None:
            grouped[key] = (name, counted.count, counted.first, [counted.texts])
        else:
            seen[3].append(counted.texts)
            grouped[key] = (seen[0], seen[1] + counted.count, min(seen[2], counted.first), seen[3])
    return grouped


def _appearance(
    index: int, date: dt.date | None, mentions: int, first: Mention, sentences: Sequence[Sentence]
) -> Appearance:
    sentence = sentences[first.sentence]
    return Appearance(
        article=index,
        date=date,
        mentions=mentions,
        sentence=sentence,
        highlight=(first.start - sentence.start, first.end - sentence.start),
    )
