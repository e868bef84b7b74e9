"""Atom feeds: the site's latest articles, and one per entity page ("follow this person").

Feeds are read by other programs, not by MkDocs, so every link in them is absolute, built from
`site_url` and the URL MkDocs gives each page with `use_directory_urls`. The XML is built with
ElementTree, which escapes all text; characters XML 1.0 cannot carry at all are dropped first.
Nothing here reads the clock: the same content gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import NamedTuple
from urllib.parse import quote, urlsplit

from generator.collect.entity_index import Entity
from generator.collect.site import Entry, SiteContent
from generator.render.article import article_tags, summary_sentences
from generator.render.markup import safe_url
from generator.render.paths import HOME, article_path, canonical_url, entity_path

FEED_PATH = "feed.xml"
FEED_LIMIT = 20
# An entity's feed follows one name through the site: its newest ten, each in one sentence, keep
# thousands of entity feeds from outweighing the pages they follow.
ENTITY_FEED_LIMIT = 10
ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"
GENERATOR_NAME = "mkdocs-news-digest"
# A feed with no dated article still needs an `updated`; a fixed instant keeps the bytes stable.
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# Everything XML 1.0 forbids even as a character reference: C0 controls other than tab, newline
# and carriage return, lone surrogates, U+FFFE and U+FFFF. ElementTree would write them as they
# are and every feed reader would reject the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def entity_feed_path(entity: Entity) -> str:
    """The entity's feed, next to its page: `entities/<group>/<slug>.xml`."""
    return f"entities/{entity.group}/{entity.slug}.xml"


def site_root(site_url: str) -> str:
    """`site_url` checked to be an absolute http(s) URL, ending with a slash."""
    parts = urlsplit(site_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"site_url must be an absolute http(s) URL, not {site_url!r}")
    root = parts.geturl()
    return root if root.endswith("/") else f"{root}/"


def absolute_url(site_url: str, url_path: str) -> str:
    """A URL path relative to the site root (a page URL or a file's path) made absolute."""
    return site_root(site_url) + quote(url_path, safe="/#-._~")


def site_feed(content: SiteContent, site_url: str, site_name: str, limit: int = FEED_LIMIT) -> str:
    """An Atom feed of the `limit` newest dated articles of the site.

    Undated articles are left out: a feed is a timeline, and any date we invented for them would
    be shown by every reader as when they were published.
    """
    head = _FeedHead(title=site_name, author=site_name, path=FEED_PATH, page=canonical_url(HOME))
    return _feed(head, content.entries, site_url, limit)


def entity_feed(
    entity: Entity,
    content: SiteContent,
    site_url: str,
    site_name: str,
    limit: int = ENTITY_FEED_LIMIT,
) -> str:
    """An Atom feed of the `limit` newest dated articles that mention the entity, each summed up
    in one sentence (its *In short*)."""
    page = entity_path(entity) if entity.has_page else f"{entity.index_page}#{entity.anchor}"
    head = _FeedHead(
        title=f"{entity.name} · {site_name}",
        author=site_name,
        path=entity_feed_path(entity),
        page=canonical_url(page),
    )
    entries = (content.entries[appearance.article] for appearance in entity.appearances)
    return _feed(head, entries, site_url, limit, brief=True)


def entry_id(entry: Entry, site_url: str) -> str:
    """A permanent id for the article's feed entries, shared by every feed of the site.

    It comes from the seed's path rather than the page URL, so a changed title (and slug) does
    not make readers show the article again as new.
    """
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, site_root(site_url) + entry.article.path)}"


class _FeedHead(NamedTuple):
    title: str
    author: str
    path: str  # the feed's own file
    page: str  # the URL path of the page it follows


def _feed(
    head: _FeedHead, entries: Iterable[Entry], site_url: str, limit: int, *, brief: bool = False
) -> str:
    dated = [entry for entry in entries if entry.date is not None][:limit]
    feed = ET.Element("feed", {"xmlns": ATOM_NAMESPACE})
    self_url = absolute_url(site_url, head.path)
    _text(feed, "id", self_url)
    _text(feed, "title", head.title)
    _text(feed, "updated", _timestamp(dated[0].date if dated else None))
    ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": self_url})
    ET.SubElement(
        feed,
        "link",
        {"rel": "alternate", "type": "text/html", "href": absolute_url(site_url, head.page)},
    )
    # Atom wants an author on the feed unless every entry has one; the site stands in.
    _text(ET.SubElement(feed, "author"), "name", head.author)
    _text(feed, "generator", GENERATOR_NAME)
    for entry in dated:
        _add_entry(feed, entry, site_url, brief=brief)
    if not brief:
        # Indented for people who open it; the thousands of entity feeds are left unindented,
        # which feed readers do not mind and which keeps the site smaller.
        ET.indent(feed)
    body = ET.tostring(feed, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _add_entry(feed: ET.Element, entry: Entry, site_url: str, *, brief: bool) -> None:
    meta = entry.article.meta
    element = ET.SubElement(feed, "entry")
    _text(element, "id", entry_id(entry, site_url))
    _text(element, "title", entry.title)
    link = absolute_url(site_url, canonical_url(article_path(entry)))
    ET.SubElement(element, "link", {"rel": "alternate", "type": "text/html", "href": link})
    if source := safe_url(meta.url) or safe_url(meta.source):
        ET.SubElement(element, "link", {"rel": "related", "href": source})
    stamp = _timestamp(entry.date)
    _text(element, "published", stamp)
    _text(element, "updated", stamp)
    if meta.author:
        _text(ET.SubElement(element, "author"), "name", meta.author)
    if not brief:
        for tag in article_tags(entry):
            ET.SubElement(element, "category", {"term": _clean(tag)})
    sentences = summary_sentences(entry)
    if brief:
        sentences = [entry.article.meta.summary or entry.analysis.tldr or " ".join(sentences[:1])]
    _text(element, "summary", " ".join(sentences))


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = _clean(text)


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _timestamp(date: dt.date | None) -> str:
    # Seeds give a day, not a time: midnight UTC is the earliest instant the day could mean.
    instant = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC) if date else EPOCH
    return instant.strftime("%Y-%m-%dT%H:%M:%SZ")
