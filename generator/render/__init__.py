"""Render: the collected site content → Markdown pages. Pure: no file is read or written here."""

from __future__ import annotations

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
from generator.render.listings import render_archive, render_home
from generator.render.paths import (
    ARCHIVE,
    HOME,
    article_path,
    entity_path,
)


def render_site(
    content: SiteContent,
    *,
    full_text: bool,
    latest_articles: int,
    site_url: str | None = None,
    site_name: str = "News digest",
) -> list[Page]:
    """Every generated page and data file."""
    pages = [
        Page(ARTICLES_JSON, articles_json(content, site_url)),
        Page(ENTITIES_JSON, entities_json(content, site_url)),
        Page(DATA_PAGE, data_page(feeds=bool(site_url))),
        Page(HOME, render_home(content, latest_articles)),
        Page(ARCHIVE, render_archive(content)),
        Page(FIGURES_CSV, render_figures_csv(content)),
    ]
    pages.extend(Page(path, markdown) for path, markdown in render_entity_indexes(content).items())
    figures = render_figure_pages(content, full_text=full_text)
    pages.extend(Page(path, markdown) for path, markdown in figures.items())
    pages.extend(
        Page(article_path(entry), render_article(entry, content, full_text=full_text))
        for entry in content.entries
    )
    pages.extend(
        Page(entity_path(entity), render_entity_page(entity, content))
        for entity in content.entities
        if entity.has_page
    )
    if site_url:
        # Feeds need absolute URLs: without site_url there is nothing a reader could follow.
        pages.append(Page(FEED_PATH, site_feed(content, site_url, site_name)))
        pages.extend(
            Page(entity_feed_path(entity), entity_feed(entity, content, site_url, site_name))
            for entity in content.entities
            if entity.has_page
        )
    return pages
