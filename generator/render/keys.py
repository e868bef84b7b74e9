"""Keys for the pages of one article or one entity: equal keys, equal Markdown.

Rendering is pure, so a page whose inputs did not change can be taken from the last build instead
of rendered again: after one edit on a site of thousands of articles, only the edited article's
page and the pages of the entities it names are new. A key hashes everything such a page reads:

- an article page reads its `Entry`, for each entity it names how to link and label it
  (`entity_label`), and its story's link; nothing else of the site;
- an entity page or feed reads its `Entity`, each article it appears in (that article's own key,
  by content, never by position in the site, which shifts when an article is added) and the labels
  of the entities it is mentioned with.

Everything global (settings, the generator's own code) goes into every key. The data files and
the figure pages read the whole site, but each article's share of them (its record, its rows)
reads only what its page reads: those shares are keyed like it and put together afresh. The
entity index pages (every entity's label, its articles' titles and mentions) and entities.json are
each kept under one key, which an edit that changes no entity leaves as it was. Listing pages are
always rendered.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import cache

import msgspec

from generator.collect.entity_index import Entity, EntityKey
from generator.collect.site import Entry, SiteContent
from generator.fingerprints import source_files, source_fingerprint
from generator.model.analysis import Analysis
from generator.model.article import Article, CleanText

_ENCODE = msgspec.msgpack.Encoder(order="deterministic").encode
# The code that shapes a page's Markdown: the contracts, what ingest and collect make of the
# articles, the renderer, and the pipeline that hands it its settings.
PAGE_SOURCES = ("model", "ingest", "collect", "render", "pipeline.py")
# Every field a key covers; tests/render/test_keys.py fails when a contract gains a field, so a
# new field can never be left out of the keys unnoticed.
ENTITY_FIELDS = ("key", "name", "group", "slug", "aliases", "appearances", "has_page",
                 "index_page", "co_mentions", "may_mean")  # fmt: skip
APPEARANCE_FIELDS = ("article", "date", "mentions", "sentence", "highlight")
ENTRY_FIELDS = ("article", "clean", "analysis", "slug", "title")
# An article's shares of site-wide files: its record in articles.json, its rows of figures.csv
# and its rows of the figure pages' table.
PIECES = ("articles.json", "figures.csv", "figure rows")


@cache
def code_fingerprint() -> str:
    """The code that turns content into Markdown: an edit to it must never serve a stale page."""
    return source_fingerprint(source_files(*PAGE_SOURCES))


def _digest(*parts: object) -> str:
    return hashlib.blake2b(_ENCODE(parts), digest_size=20).hexdigest()


def entity_label(entity: Entity) -> tuple[str, str, str, bool, str]:
    """What another page reads of an entity to name it and link to it (page or index entry)."""
    return (entity.group, entity.slug, entity.name, entity.has_page, entity.index_page)


class ArticleDigests:
    """A digest of each article's own content (its seed, clean text and analysis: all of an
    `Entry` but its title and slug), made at most once per build. A rebuild makes them for the
    articles already analysed while it waits for the new ones."""

    def __init__(self) -> None:
        # By identity, as `name_counts.NameCounts`: the analysis is kept, so its id stays its.
        self._made: dict[int, tuple[Analysis, str]] = {}

    def of(self, article: Article, clean: CleanText, analysis: Analysis) -> str:
        known = self._made.get(id(analysis))
        if known is not None and known[0] is analysis:
            return known[1]
        made = _digest(article, clean, analysis)
        self._made[id(analysis)] = (analysis, made)
        return made


class PageKeys:
    """The key of each article's and entity's page, for one collected site and its settings."""

    def __init__(
        self,
        content: SiteContent,
        settings: Mapping[str, object],
        digests: ArticleDigests | None = None,
    ) -> None:
        self.settings = dict(settings)
        self._site = _digest(code_fingerprint(), sorted(settings.items()))
        self._content = content
        self._labels = {entity.key: _digest(entity_label(entity)) for entity in content.entities}
        self._entities: dict[EntityKey, str] = {}
        digests = digests or ArticleDigests()
        # What each article is (its content and its names' labels): the key of its shares of the
        # data files, and what an entity page reads of it. Its own page also links its story.
        self._articles = [self._article_digest(entry, digests) for entry in content.entries]
        self._pages = [
            _digest(own, self._placement(entry))
            for own, entry in zip(self._articles, content.entries, strict=True)
        ]

    def _article_digest(self, entry: Entry, digests: ArticleDigests) -> str:
        resolver = self._content.resolver
        names: dict[tuple[str, str], str | None] = {}
        for mention in entry.analysis.mentions:
            pair = (mention.canonical, mention.label)
            if pair not in names:
                resolved = resolver.key_of(mention)
                names[pair] = self._labels.get(resolved[0]) if resolved else None
        own = digests.of(entry.article, entry.clean, entry.analysis)
        return _digest(self._site, own, entry.title, entry.slug, sorted(names.items()))

    def _placement(self, entry: Entry) -> tuple[str, int] | None:
        """The story the chips under an article's summary link to: its URL and its reports."""
        story = self._content.topics.story_of.get(entry.article.path)
        return (self._content.by_path[story.first].slug, len(story.articles)) if story else None

    def text_key(self, name: str, text: str, *context: object) -> str:
        """The key that vouches for `text` as this code's `name` file, made under `context`."""
        return _digest(self._site, name, context, text)

    def every_key(self, *, feeds: bool) -> list[str]:
        """The keys of every keyed page and piece `render_site` makes (entity feeds only with
        `feeds`)."""
        keys = list(self._pages)
        keys += [self.piece(i, kind) for kind in PIECES for i in range(len(self._articles))]
        keys += [self.entity_indexes(), self.entities_data()]
        kinds = ("page", "feed") if feeds else ("page",)
        keys += [
            self.entity(e, kind) for e in self._content.entities if e.has_page for kind in kinds
        ]
        return keys

    def article(self, index: int) -> str:
        """The key of `content.entries[index]`'s page."""
        return self._pages[index]

    def piece(self, index: int, kind: str) -> str:
        """The key of `content.entries[index]`'s share of a site-wide file (one of `PIECES`)."""
        # Told apart from its page's key by the kind: hashing the two again buys nothing.
        return f"{self._articles[index]}:{kind}"

    def entity_indexes(self) -> str:
        """The key of all the entity index pages: each entity's label and its articles' (and
        how often they mention it, which ranks the entities that lead the index)."""
        entries = self._content.entries
        listed = [
            (
                self._labels[entity.key],
                [
                    (entries[a.article].title, entries[a.article].slug, a.mentions)
                    for a in entity.appearances
                ],
            )
            for entity in self._content.entities
        ]
        return _digest(self._site, "entity indexes", len(entries), listed)

    def entities_data(self) -> str:
        """The key of entities.json: each entity's label, spellings and articles."""
        entries = self._content.entries
        listed = [
            (
                self._labels[entity.key],
                entity.aliases,
                [(entries[a.article].slug, a.date, a.mentions) for a in entity.appearances],
            )
            for entity in self._content.entities
        ]
        return _digest(self._site, "entities.json", listed)

    def entity(self, entity: Entity, kind: str) -> str:
        """The key of one of an entity's pages: `kind` tells its page from its feed."""
        inputs = self._entities.get(entity.key)
        if inputs is None:
            # Asked for before rendering (to read the cache) and again while rendering.
            inputs = self._entities[entity.key] = self._entity_digest(entity)
        return f"{inputs}:{kind}"

    def _entity_digest(self, entity: Entity) -> str:
        # An appearance's sentence and highlight are not encoded again: the article's key covers
        # its analysis and, for each of its names, the entity that name belongs to, which with
        # this entity's key settles where the entity is first mentioned.
        appearances = [(self._articles[a.article], a.date, a.mentions) for a in entity.appearances]
        partners = [
            self._labels[partner.key] if (partner := self._content.by_anchor.get(anchor)) else None
            for anchor, _count in entity.co_mentions
        ]
        fields = (entity.key, entity.name, entity.group, entity.slug, entity.aliases,
                  entity.has_page, entity.index_page, entity.co_mentions,
                  entity.may_mean)  # fmt: skip
        return _digest(self._site, fields, appearances, partners)
