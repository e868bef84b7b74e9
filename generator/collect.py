"""Collect: all analysed articles → the site's cross-article content, before any page is rendered.

This is Pelican's first phase: URLs, entity identities and their article lists are settled here
for every article at once, so the render stage can link anything to anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generator.entity_index import Entity, EntityKey, EntityResolver, collect_entities
from generator.entity_rules import EMPTY_RULES, EntityRules
from generator.model import Analysis, Article, CleanText, Mention
from generator.slugs import unique_slug


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
class SiteContent:
    entries: tuple[Entry, ...]  # newest first, undated last
    entities: tuple[Entity, ...]  # by group, then name
    resolver: EntityResolver
    by_key: dict[EntityKey, Entity]
    by_anchor: dict[str, Entity]

    def entity_of(self, mention: Mention) -> Entity | None:
        """The site-wide entity a mention belongs to; None when hidden or of another label."""
        resolved = self.resolver.key_of(mention)
        return self.by_key.get(resolved[0]) if resolved else None


def collect_site(
    analysed: Sequence[tuple[Article, CleanText, Analysis]],
    entity_page_min_articles: int,
    rules: EntityRules = EMPTY_RULES,
) -> SiteContent:
    """Settle slugs, order and entity identities for every analysed article."""
    entries = _make_entries(analysed)
    resolver = EntityResolver(rules)
    entities = collect_entities(
        [(e.analysis.mentions, e.analysis.sentences, e.date) for e in entries],
        resolver,
        entity_page_min_articles,
    )
    return SiteContent(
        entries,
        entities,
        resolver,
        by_key={entity.key: entity for entity in entities},
        by_anchor={entity.anchor: entity for entity in entities},
    )


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
    taken: set[str] = {"index"}  # articles/index.md is the archive
    entries = []
    for article, clean, analysis in ordered:
        title = article.meta.title or analysis.title or _title_from_path(article.path)
        wanted = article.meta.slug or title
        slug = unique_slug(wanted, taken, fallback="article")
        entries.append(Entry(article, clean, analysis, slug, title))
    return tuple(sorted(entries, key=_newest_first))


def _title_from_path(path: str) -> str:
    # An article with no sentence good enough for a headline still needs a name.
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return stem.replace("_", " ").replace("-", " ").strip() or "Untitled article"
