"""Collect: all analysed articles → the site's cross-article content, before any page is rendered.

This is Pelican's first phase: URLs, entity identities and their article lists are settled here
for every article at once, so the render stage can link anything to anything.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from slugify import slugify

from generator.analyse.aliases import canonical_key
from generator.model import Analysis, Article, CleanText, Mention, Sentence

SLUG_MAX_LENGTH = 60

# The site groups spaCy's labels the way a reader thinks of them.
ENTITY_GROUPS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "LAW": "law",
    "PRODUCT": "product",
}
# The order readers meet the groups in, on the index and on each article.
GROUP_ORDER = ("person", "organisation", "place", "group", "event", "work", "law", "product")


@dataclass(frozen=True, slots=True)
class Entry:
    """One article with everything the site shows about it, and its settled URL slug."""

    article: Article
    clean: CleanText
    analysis: Analysis
    slug: str
    title: str

    @property
    def date(self) -> dt.date | None:
        return self.article.meta.date


@dataclass(frozen=True, slots=True)
class Appearance:
    """An entity in one article: how often, and the sentence where it first appears."""

    entry: Entry
    mentions: int
    sentence: Sentence
    highlight: tuple[int, int]  # the first mention, as offsets into `sentence.text`


@dataclass(frozen=True, slots=True)
class Entity:
    """One entity across the whole site: a canonical name within a group."""

    name: str
    group: str
    slug: str
    aliases: tuple[str, ...]
    appearances: tuple[Appearance, ...]  # newest article first
    has_page: bool

    @property
    def anchor(self) -> str:
        """Its entry's id on the entity index page."""
        return f"{self.group}-{self.slug}"


@dataclass(frozen=True, slots=True)
class SiteContent:
    entries: tuple[Entry, ...]  # newest first, undated last
    entities: tuple[Entity, ...]  # by group, then name
    entity_by_mention: dict[tuple[str, str], Entity]  # (group, canonical key) → entity

    def entity_of(self, mention: Mention) -> Entity | None:
        group = ENTITY_GROUPS.get(mention.label)
        if group is None:
            return None
        return self.entity_by_mention.get((group, canonical_key(mention.canonical)))


def collect_site(
    analysed: Sequence[tuple[Article, CleanText, Analysis]], entity_page_min_articles: int
) -> SiteContent:
    """Settle slugs, order and entity identities for every analysed article."""
    entries = _make_entries(analysed)
    entities = _collect_entities(entries, entity_page_min_articles)
    by_key = {(e.group, canonical_key(e.name)): e for e in entities}
    return SiteContent(entries, entities, by_key)


def _newest_first(entry: Entry) -> tuple[bool, int, str]:
    ordinal = entry.date.toordinal() if entry.date else 0
    return (entry.date is None, -ordinal, entry.article.path)


def _make_entries(analysed: Sequence[tuple[Article, CleanText, Analysis]]) -> tuple[Entry, ...]:
    # Slugs are handed out in a fixed order (oldest first, then by path) so that adding a newer
    # article never changes the URL of an older one that shares its title.
    ordered = sorted(
        analysed,
        key=lambda item: (item[0].meta.date or dt.date.max, item[0].path),
    )
    taken: set[str] = set()
    entries = []
    for article, clean, analysis in ordered:
        title = article.meta.title or analysis.title
        wanted = article.meta.slug or title or article.path
        slug = unique_slug(wanted, taken, fallback="article")
        entries.append(Entry(article, clean, analysis, slug, title))
    return tuple(sorted(entries, key=_newest_first))


def unique_slug(text: str, taken: set[str], fallback: str) -> str:
    """A URL-safe slug for `text`, made unique against `taken` (which it joins)."""
    base = slugify(text) or fallback
    if len(base) > SLUG_MAX_LENGTH:
        # Cut at a word boundary, keeping a prefix: slugify's own word_boundary mode skips long
        # words and keeps later short ones, which reads as a different title.
        cut = base.rfind("-", 0, SLUG_MAX_LENGTH + 1)
        base = base[: cut if cut > 0 else SLUG_MAX_LENGTH]
    slug = base
    number = 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    taken.add(slug)
    return slug


@dataclass(slots=True)
class _Tally:
    names: Counter[str]
    aliases: set[str]
    appearances: list[Appearance]


def _collect_entities(entries: Iterable[Entry], min_articles: int) -> tuple[Entity, ...]:
    tallies: dict[tuple[str, str], _Tally] = defaultdict(lambda: _Tally(Counter(), set(), []))
    for entry in entries:
        for key, mentions in _group_mentions(entry.analysis.mentions).items():
            tally = tallies[key]
            tally.names[mentions[0].canonical] += len(mentions)
            tally.aliases.update(m.text for m in mentions)
            tally.appearances.append(_first_appearance(entry, mentions))
    slugs_taken: dict[str, set[str]] = defaultdict(set)
    entities = []
    for (group, _key), tally in sorted(tallies.items()):
        # The most used spelling names the entity; ties go to the longest, then A–Z.
        name = min(tally.names, key=lambda n: (-tally.names[n], -len(n), n))
        entities.append(
            Entity(
                name=name,
                group=group,
                slug=unique_slug(name, slugs_taken[group], fallback="entity"),
                aliases=tuple(sorted(tally.aliases - {name}, key=str.casefold)),
                appearances=tuple(tally.appearances),
                has_page=len(tally.appearances) >= min_articles,
            )
        )
    return tuple(
        sorted(entities, key=lambda e: (GROUP_ORDER.index(e.group), e.name.casefold(), e.slug))
    )


def _group_mentions(mentions: Iterable[Mention]) -> dict[tuple[str, str], list[Mention]]:
    grouped: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        group = ENTITY_GROUPS.get(mention.label)
        if group is not None:
            grouped[(group, canonical_key(mention.canonical))].append(mention)
    return grouped


def _first_appearance(entry: Entry, mentions: list[Mention]) -> Appearance:
    first = min(mentions, key=lambda m: m.start)
    sentence = entry.analysis.sentences[first.sentence]
    return Appearance(
        entry=entry,
        mentions=len(mentions),
        sentence=sentence,
        highlight=(first.start - sentence.start, first.end - sentence.start),
    )
