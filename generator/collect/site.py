"""Collect: all analysed articles → the site's cross-article content, before any page is rendered.

This is Pelican's first phase: URLs, entity identities and their article lists are settled here
for every article at once, so the render stage can link anything to anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.collect.entity_index import (
    Entity,
    EntityKey,
    EntityResolver,
    EntityTallies,
    collect_entities,
)
from generator.collect.entity_resolver import KeptVote, Pair, Resolved
from generator.collect.entity_rules import EMPTY_RULES, EntityRules
from generator.collect.generic_bodies import (
    GenericBodies,
    plan_generic_bodies,
    qualify_generic_bodies,
)
from generator.collect.name_counts import NameCounts
from generator.collect.slugs import unique_slug
from generator.collect.topics import TopicDocument, Topics
from generator.model.analysis import AnalysedArticle, Analysis, Mention
from generator.model.article import Article, CleanText


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
    topics: Topics  # sections and stories, by article path
    by_path: dict[str, Entry]  # each entry by its article's path

    def entity_of(self, mention: Mention) -> Entity | None:
        """The site-wide entity a mention belongs to; None when hidden or of another label."""
        resolved = self.resolver.key_of(mention)
        return self.by_key.get(resolved[0]) if resolved else None


def collect_site(
    analysed: Sequence[AnalysedArticle],
    entity_page_min_articles: int,
    rules: EntityRules = EMPTY_RULES,
    *,
    ahead: EntitiesAhead | None = None,
    resolved_before: Mapping[Pair, Resolved] | None = None,
    vote_before: KeptVote | None = None,
    topics: Topics | None = None,
) -> SiteContent:
    """Settle slugs, order, entity identities, sections and stories for every analysed article.

    `ahead` is work done while some articles were still being analysed (`prepare_entities`,
    for the same `rules`): what of it still holds is not done again, and the content is the
    same as without it. `resolved_before` and `vote_before`: names resolved and the site-wide
    vote taken by an earlier build (`resolved_names`).
    """
    bodies = ahead.bodies if ahead else None
    entries = _make_entries(qualify_generic_bodies(analysed, rules, bodies))
    resolver = ahead.resolver if ahead else EntityResolver(rules, resolved_before, vote_before)
    entities = collect_entities(
        [(e.analysis.mentions, e.analysis.sentences, e.date) for e in entries],
        resolver,
        entity_page_min_articles,
        ahead.counts if ahead else None,
        ahead.tallies if ahead else None,
    )
    return SiteContent(
        entries,
        entities,
        resolver,
        by_key={entity.key: entity for entity in entities},
        by_anchor={entity.anchor: entity for entity in entities},
        topics=_topics_of(entries, topics),
        by_path={entry.article.path: entry for entry in entries},
    )


def topic_documents(articles: Sequence[tuple[Article, CleanText]]) -> list[TopicDocument]:
    """What sections and stories are found from: each article's path, cleaned text and date."""
    return [
        TopicDocument(article.path, clean.text, article.meta.date) for article, clean in articles
    ]


def _topics_of(entries: Sequence[Entry], ahead: Topics | None) -> Topics:
    paths = frozenset(entry.article.path for entry in entries)
    if ahead is not None and ahead.articles == paths:
        return ahead
    from generator.collect.topic_finder import find_topics  # noqa: PLC0415 - slow to import

    return find_topics(topic_documents([(entry.article, entry.clean) for entry in entries]))


@dataclass(frozen=True, slots=True)
class EntitiesAhead:
    resolver: EntityResolver
    counts: NameCounts
    tallies: EntityTallies
    bodies: GenericBodies  # planned on the articles and stand-ins at hand


def prepare_entities(
    articles: Sequence[tuple[Article, Analysis | None, Analysis | None]],
    rules: EntityRules = EMPTY_RULES,
    min_articles: int | None = None,
    resolved_before: Mapping[Pair, Resolved] | None = None,
    vote_before: KeptVote | None = None,
) -> EntitiesAhead:
    """The entity work of `collect_site` on the articles analysed so far, while the others are
    (their analysis is None): each article's names counted and resolved, and its tallies, at
    the place it will have once the others are analysed too.

    The tallies hang on the site-wide vote on entity groups, which counts the others' names
    too: their stand-ins (an edited article's earlier analysis, or None) vote for them. The
    tallies are used only if the vote turns out the same and no other article fails. With
    `min_articles` (the site's), the entities are named and their partners ranked too.
    `resolved_before` and `vote_before` are as for `collect_site`.
    """
    resolver = EntityResolver(rules, resolved_before, vote_before)
    counts = NameCounts()
    ordered = sorted(articles, key=lambda item: _newest_first(item[0]))
    bodies = plan_generic_bodies(
        (voter for _, analysis, stand_in in ordered if (voter := analysis or stand_in)), rules
    )
    known = [
        (i, a, bodies.rename(analysis))
        for i, (a, analysis, _) in enumerate(ordered)
        if analysis is not None
    ]
    for _, _, analysis in known:
        resolver.resolve_names(counts.of(analysis.mentions, analysis.sentences))
    voters = [
        bodies.rename(voter) if (voter := analysis or stand_in) else None
        for _, analysis, stand_in in ordered
    ]
    resolver.vote_groups(counts.of(a.mentions, a.sentences) for a in voters if a is not None)
    tallies = EntityTallies(resolver.vote)
    for index, article, analysis in known:
        mentions = analysis.mentions
        tallied = (mentions, analysis.sentences, article.meta.date)
        tallies.add(tallied, counts.of(mentions, analysis.sentences), resolver, index)
    if min_articles is not None:
        tallies.settle(min_articles)
    return EntitiesAhead(resolver, counts, tallies, bodies)


def _newest_first(article: Article) -> tuple[bool, int, str]:
    date = article.meta.date
    return (date is None, -date.toordinal() if date else 0, article.path)


def _make_entries(analysed: Sequence[AnalysedArticle]) -> tuple[Entry, ...]:
    # Slugs are handed out in a fixed order (oldest first, then by path) so that adding a newer
    # article never changes the URL of an older one that shares its title.
    ordered = sorted(
        analysed,
        key=lambda item: (item[0].meta.date or dt.date.max, item[0].path),
    )
    taken: set[str] = {"index", "page"}  # the archive: articles/index.md, articles/page/N.md
    entries = []
    for article, clean, analysis in ordered:
        title = article.meta.title or analysis.title or _title_from_path(article.path)
        wanted = article.meta.slug or title
        slug = unique_slug(wanted, taken, fallback="article")
        entries.append(Entry(article, clean, analysis, slug, title))
    return tuple(sorted(entries, key=lambda entry: _newest_first(entry.article)))


def _title_from_path(path: str) -> str:
    # An article with no sentence good enough for a headline still needs a name.
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return stem.replace("_", " ").replace("-", " ").strip() or "Untitled article"
