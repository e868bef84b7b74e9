"""Render: the collected site content → Markdown pages. Pure: no file is read or written here.

The pages of articles and entities, nearly all of a large site, carry a key (`keys.PageKeys`):
given the Markdown of earlier builds by key, a page whose inputs did not change is taken from
there instead of rendered again. So are each article's share of the data files and figure pages,
and the entity index pages (see `keys`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import msgspec

from generator.collect.site import Entry, SiteContent
from generator.model.build import Page
from generator.model.settings import RenderSettings
from generator.render.article import render_article
from generator.render.data import (
    ARTICLES_JSON,
    DATA_PAGE,
    ENTITIES_JSON,
    article_record,
    articles_json,
    data_page,
    entities_json,
)
from generator.render.entities import render_entity_indexes, render_entity_page
from generator.render.feeds import FEED_PATH, entity_feed, entity_feed_path, site_feed
from generator.render.figures import (
    FIGURES_CSV,
    figure_csv_rows,
    figure_table_rows,
    render_figure_pages,
    render_figures_csv,
)
from generator.render.keys import ArticleDigests, PageKeys
from generator.render.listings import render_archive, render_home
from generator.render.paths import (
    HOME,
    SECTION_INDEX,
    STORY_INDEX,
    article_path,
    entity_path,
    section_path,
    story_path,
)
from generator.render.topics import (
    render_section,
    render_section_index,
    render_story,
    render_story_index,
)


def page_keys(
    content: SiteContent, settings: RenderSettings, digests: ArticleDigests | None = None
) -> PageKeys:
    """The keys of the keyed pages: everything else a page reads is in `content` (`digests` may
    hold some articles' digests already)."""
    return PageKeys(content, _key_settings(settings), digests)


def _key_settings(settings: RenderSettings) -> dict[str, object]:
    return {
        "full_text": settings.full_text,
        "site_url": settings.site_url,
        "site_name": settings.site_name,
        "use_directory_urls": settings.directory_urls,
    }


@dataclass(frozen=True, slots=True)
class RenderedSite:
    pages: list[Page]
    by_key: dict[str, str] = field(default_factory=dict)  # every keyed page and piece
    rendered: int = 0  # keyed pages and pieces rendered afresh rather than reused
    keys_by_path: dict[str, str] = field(default_factory=dict)  # each page kept under a key


_PAGES_DECODE = msgspec.json.Decoder(dict[str, str]).decode


def _encode_pages(pages: dict[str, str]) -> str:
    # The entity index pages are kept under one key, as one text: {path: Markdown} in JSON.
    return msgspec.json.encode(pages).decode()


@dataclass(frozen=True, slots=True)
class _Pieces:
    """Shares of site-wide files, and whole files, kept from an earlier build under their keys."""

    content: SiteContent
    keys: PageKeys
    earlier: Mapping[str, str]
    by_key: dict[str, str]

    def of_each_article(self, kind: str, make: Callable[[Entry], str]) -> list[str]:
        pieces = []
        for index, entry in enumerate(self.content.entries):
            key = self.keys.piece(index, kind)
            piece = self.earlier.get(key)
            if piece is None:  # not `or`: an article without figures has an empty share
                piece = make(entry)
            self.by_key[key] = piece
            pieces.append(piece)
        return pieces

    def whole(self, key: str, make: Callable[[], str]) -> str:
        """A whole file kept under one key."""
        kept = self.earlier.get(key)
        made = kept if kept is not None else make()
        self.by_key[key] = made
        return made


def render_site(
    content: SiteContent,
    settings: RenderSettings,
    *,
    keys: PageKeys | None = None,
    earlier: Mapping[str, str] | None = None,
) -> RenderedSite:
    """Every generated page and data file; keyed pages found in `earlier` are not rendered.

    `keys` must be `page_keys` of the same content and settings (made once for the cache too).
    """
    earlier = earlier or {}
    key_settings = _key_settings(settings)
    if keys is None:
        keys = PageKeys(content, key_settings)
    elif keys.settings != key_settings:
        # Keys made for other settings would hand back pages rendered for those settings.
        raise ValueError("the page keys were made for other settings than this render")
    full_text, site_url, site_name = settings.full_text, settings.site_url, settings.site_name
    directory_urls = settings.directory_urls
    by_key: dict[str, str] = {}
    pieces = _Pieces(content, keys, earlier, by_key)
    records = pieces.of_each_article(
        "articles.json", lambda entry: article_record(entry, content, site_url)
    )
    csv_rows = pieces.of_each_article("figures.csv", lambda e: figure_csv_rows(e, content))
    table_rows = pieces.of_each_article(
        "figure rows", lambda entry: figure_table_rows(entry, content, full_text=full_text)
    )
    entities_key = keys.entities_data()
    indexes_key = keys.entity_indexes()
    pages = [
        Page(ARTICLES_JSON, articles_json(content, site_url, records)),
        Page(ENTITIES_JSON, pieces.whole(entities_key, lambda: entities_json(content, site_url))),
        Page(DATA_PAGE, data_page(feeds=bool(site_url))),
        Page(HOME, render_home(content, settings.latest_articles, directory_urls=directory_urls)),
        Page(FIGURES_CSV, render_figures_csv(content, csv_rows)),
        Page(SECTION_INDEX, render_section_index(content, directory_urls=directory_urls)),
        Page(STORY_INDEX, render_story_index(content, directory_urls=directory_urls)),
    ]
    archive = render_archive(content, directory_urls=directory_urls)
    pages.extend(Page(path, markdown) for path, markdown in archive.items())
    # Sections and stories are found afresh by each build, so their pages are always rendered.
    pages.extend(
        Page(section_path(s), render_section(s, content, directory_urls=directory_urls))
        for s in content.topics.sections
    )
    pages.extend(
        Page(story_path(s, content), render_story(s, content, directory_urls=directory_urls))
        for s in content.topics.stories
    )
    indexes = _PAGES_DECODE(
        pieces.whole(
            indexes_key,
            lambda: _encode_pages(render_entity_indexes(content, directory_urls=directory_urls)),
        )
    )
    pages.extend(Page(path, markdown) for path, markdown in indexes.items())
    # A page's key for `write`: equal keys, equal bytes.
    keys_by_path = {ENTITIES_JSON: entities_key} | {
        path: f"{indexes_key}:{path}" for path in indexes
    }
    figures = render_figure_pages(
        content, full_text=full_text, directory_urls=directory_urls, table_rows=table_rows
    )
    pages.extend(Page(path, markdown) for path, markdown in figures.items())

    def keyed(path: str, key: str, markdown: str) -> None:
        pages.append(Page(path, markdown))
        by_key[key] = markdown
        keys_by_path[path] = key

    for index, entry in enumerate(content.entries):
        key = keys.article(index)
        markdown = earlier.get(key) or render_article(
            entry, content, full_text=full_text, directory_urls=directory_urls
        )
        keyed(article_path(entry), key, markdown)
    with_pages = [entity for entity in content.entities if entity.has_page]
    for entity in with_pages:
        key = keys.entity(entity, "page")
        markdown = earlier.get(key) or render_entity_page(
            entity, content, directory_urls=directory_urls
        )
        keyed(entity_path(entity), key, markdown)
    if site_url:
        # Feeds need absolute URLs: without site_url there is nothing a reader could follow.
        pages.append(Page(FEED_PATH, site_feed(content, site_url, site_name)))
        for entity in with_pages:
            key = keys.entity(entity, "feed")
            feed = earlier.get(key) or entity_feed(entity, content, site_url, site_name)
            keyed(entity_feed_path(entity), key, feed)
    reused = sum(1 for key in by_key if key in earlier)
    return RenderedSite(pages, by_key, len(by_key) - reused, keys_by_path)
