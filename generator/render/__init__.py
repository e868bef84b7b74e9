"""Render: the collected site content → Markdown pages. Pure: no file is read or written here."""

from __future__ import annotations

from generator.collect import SiteContent
from generator.model import Page
from generator.render.article import render_article
from generator.render.entities import render_entity_indexes, render_entity_page
from generator.render.figures import FIGURES_CSV, render_figure_index, render_figures_csv
from generator.render.listings import render_archive, render_home
from generator.render.paths import (
    ARCHIVE,
    FIGURE_INDEX,
    HOME,
    article_path,
    entity_path,
)


def render_site(content: SiteContent, *, full_text: bool, latest_articles: int) -> tuple[Page, ...]:
    """Every generated page, sorted by path so the output is the same bytes every time."""
    pages = [
        Page(HOME, render_home(content, latest_articles)),
        Page(ARCHIVE, render_archive(content)),
        Page(FIGURE_INDEX, render_figure_index(content, full_text=full_text)),
        Page(FIGURES_CSV, render_figures_csv(content)),
    ]
    pages.extend(Page(path, markdown) for path, markdown in render_entity_indexes(content).items())
    pages.extend(
        Page(article_path(entry), render_article(entry, content, full_text=full_text))
        for entry in content.entries
    )
    pages.extend(
        Page(entity_path(entity), render_entity_page(entity, content))
        for entity in content.entities
        if entity.has_page
    )
    return tuple(sorted(pages, key=lambda page: page.path))
