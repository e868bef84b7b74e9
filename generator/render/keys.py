"""Keys for the pages of one article or one entity: equal keys, equal Markdown.

Rendering is pure, so a page whose inputs did not change can be taken from the last build instead
of rendered again: after one edit on a site of thousands of articles, only the edited article's
page and the pages of the entities it names are new. A key hashes everything such a page reads:

- an article page reads its `Entry` and, for each entity it names, how to link and label it
  (`entity_label`); nothing else of the site;
- an entity page or feed reads its `Entity`, each article it appears in (that article's own key,
  by content, never by position in the site, which shifts when an article is added) and the labels
  of the entities it is mentioned with.

Everything global (settings, the generator's own code) goes into every key. Listing pages, the
indexes and the data files read the whole site and are always rendered.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import msgspec

from generator import __version__
from generator.collect import SiteContent
from generator.entity_index import Entity, EntityKey

_ENCODE = msgspec.msgpack.Encoder(order="deterministic").encode
# Every field a key covers; tests/render/test_keys.py fails when a contract gains a field, so a
# new field can never be left out of the keys unnoticed.
ENTITY_FIELDS = ("key", "name", "group", "slug", "aliases", "appearances", "has_page",
                 "index_page", "co_mentions")  # fmt: skip
APPEARANCE_FIELDS = ("article", "date", "mentions", "sentence", "highlight")


@cache
def code_fingerprint() -> str:
    """The code that turns content into Markdown: an edit to it must never serve a stale page."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    for source in sorted([*package.glob("*.py"), *package.glob("render/*.py")]):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _digest(*parts: object) -> str:
    return hashlib.blake2b(_ENCODE(parts), digest_size=20).hexdigest()


def entity_label(entity: Entity) -> tuple[str, str, str, bool, str]:
    """What another page reads of an entity to name it and link to it (page or index entry)."""
    return (entity.group, entity.slug, entity.name, entity.has_page, entity.index_page)


class PageKeys:
    """The key of each article's and entity's page, for one collected site and its settings."""

    def __init__(self, content: SiteContent, settings: Mapping[str, object]) -> None:
        self.settings = dict(settings)
        self._site = _digest(code_fingerprint(), sorted(settings.items()))
        self._content = content
        self._labels = {entity.key: _digest(entity_label(entity)) for entity in content.entities}
        self._entities: dict[EntityKey, str] = {}
        self._articles = [self._article_digest(index) for index in range(len(content.entries))]

    def _article_digest(self, index: int) -> str:
        entry = self._content.entries[index]
        resolver = self._content.resolver
        names: dict[tuple[str, str], str | None] = {}
        for mention in entry.analysis.mentions:
            pair = (mention.canonical, mention.label)
            if pair not in names:
                resolved = resolver.key_of(mention)
                names[pair] = self._labels.get(resolved[0]) if resolved else None
        return _digest(self._site, entry, sorted(names.items()))

    def every_key(self, *, feeds: bool) -> list[str]:
        """The keys of every keyed page `render_site` makes (entity feeds only with `feeds`)."""
        keys = list(self._articles)
        kinds = ("page", "feed") if feeds else ("page",)
        keys += [
            self.entity(e, kind) for e in self._content.entities if e.has_page for kind in kinds
        ]
        return keys

    def article(self, index: int) -> str:
        """The key of `content.entries[index]`'s page."""
        return self._articles[index]

    def entity(self, entity: Entity, kind: str) -> str:
        """The key of one of an entity's pages: `kind` tells its page from its feed."""
        inputs = self._entities.get(entity.key)
        if inputs is None:
            # Asked for before rendering (to read the cache) and again while rendering.
            inputs = self._entities[entity.key] = self._entity_digest(entity)
        return _digest(inputs, kind)

    def _entity_digest(self, entity: Entity) -> str:
        appearances = [
            (self._articles[a.article], a.date, a.mentions, a.sentence, a.highlight)
            for a in entity.appearances
        ]
        partners = [
            self._labels[partner.key] if (partner := self._content.by_anchor.get(anchor)) else None
            for anchor, _count in entity.co_mentions
        ]
        fields = (entity.key, entity.name, entity.group, entity.slug, entity.aliases,
                  entity.has_page, entity.index_page, entity.co_mentions)  # fmt: skip
        return _digest(self._site, fields, appearances, partners)
