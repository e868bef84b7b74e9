"""Render: the collected site content → Markdown pages. Pure: no file is read or written here.

The pages of articles and entities, nearly all of a large site, carry a key (`keys.PageKeys`):
given the Markdown of earlier builds by key, a page whose inputs did not change is taken from
there instead of rendered again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.collect import SiteContent
from generator.model import Page
from generator.render.article import render_article
from generator.render.data import (
    ARTICLES_JSON,
    DATA_PAGE,
    ENTITIES_JSON,
    articles_json,
    data_page,
    entities_json,
)
from generator.render.entities import render_entity_indexes, render_entity_page
from generator.render.feeds import FEED_PATH, entity_feed, entity_feed_path, site_feed
from generator.render.figures import FIGURES_CSV, render_figure_pages, render_figures_csv
from generator.render.keys import PageKeys
from generator.render.listings import render_archive, render_home
from generator.render.paths import (
    ARCHIVE,
    HOME,
    article_path,
    entity_path,
)


def page_keys(
    content: SiteContent,
    *,
    full_text: bool,
    site_url: str | None,
    site_name: str,
    directory_urls: bool = True,
) -> PageKeys:
    """The keys of the keyed pages: everything else a page reads is in `content`."""
    return PageKeys(content, _key_settings(full_text, site_url, site_name, directory_urls))


def _key_settings(
    full_text: bool, site_url: str | None, site_name: str, directory_urls: bool
) -> dict[str, object]:
    return {
        "full_text": full_text,
        "site_url": site_url,
        "site_name": site_name,
        "use_directory_urls": directory_urls,
    }


@dataclass(frozen=True, slots=True)
class RenderedSite:
    pages: list[Page]
    by_key: dict[str, str] = field(default_factory=dict)  # Markdown of every keyed page
    rendered: int = 0  # keyed pages rendered afresh rather than reused


def render_site(
    content: SiteContent,
    *,
    full_text: bool,
    latest_articles: int,
    site_url: str | None = None,
    site_name: str = "News digest",
    directory_urls: bool = True,
    keys: PageKeys | None = None,
    earlier: Mapping[str, str] | None = None,
) -> RenderedSite:
    """Every generated page and data file; keyed pages found in `earlier` are not rendered.

    `keys` must be `page_keys` of the same content and settings (made once for the cache too).
    `directory_urls` is MkDocs' `use_directory_urls`: the links in raw HTML are final URLs.
    """
    earlier = earlier or {}
    settings = _key_settings(full_text, site_url, site_name, directory_urls)
    if keys is None:
        keys = PageKeys(content, settings)
    elif keys.settings != settings:
        # Keys made for other settings would hand back pages rendered for those settings.
        raise ValueError("the page keys were made for other settings than this render")
    by_key: dict[str, str] = {}
    pages = [
        Page(ARTICLES_JSON, articles_json(content, site_url)),
        Page(ENTITIES_JSON, entities_json(content, site_url)),
        Page(DATA_PAGE, data_page(feeds=bool(site_url))),
        Page(HOME, render_home(content, latest_articles)),
        Page(ARCHIVE, render_archive(content, directory_urls=directory_urls)),
        Page(FIGURES_CSV, render_figures_csv(content)),
    ]
    indexes = render_entity_indexes(content, directory_urls=directory_urls)
    pages.extend(Page(path, markdown) for path, markdown in indexes.items())
    figures = render_figure_pages(content, full_text=full_text, directory_urls=directory_urls)
    pages.extend(Page(path, markdown) for path, markdown in figures.items())
    for index, entry in enumerate(content.entries):
        key = keys.article(index)
        markdown = earlier.get(key) or render_article(
            entry, content, full_text=full_text, directory_urls=directory_urls
        )
        pages.append(Page(article_path(entry), markdown))
        by_key[key] = markdown
    with_pages = [entity for entity in content.entities if entity.has_page]
    for entity in with_pages:
        key = keys.entity(entity, "page")
        markdown = earlier.get(key) or render_entity_page(
            entity, content, directory_urls=directory_urls
        )
        pages.append(Page(entity_path(entity), markdown))
        by_key[key] = markdown
    if site_url:
        # Feeds need absolute URLs: without site_url there is nothing a reader could follow.
        pages.append(Page(FEED_PATH, site_feed(content, site_url, site_name)))
        for entity in with_pages:
            key = keys.entity(entity, "feed")
            feed = earlier.get(key) or entity_feed(entity, content, site_url, site_name)
            pages.append(Page(entity_feed_path(entity), feed))
            by_key[key] = feed
    reused = sum(1 for key in by_key if key in earlier)
    return RenderedSite(pages, by_key, len(by_key) - reused)
