"""Pages that list articles: home, the archive by date, and the figures index."""

from __future__ import annotations

from itertools import groupby

from generator.collect import Entry, SiteContent
from generator.entity_index import ENTITY_INDEX
from generator.render.article import summary_sentences
from generator.render.markup import NOT_SEARCHED, escape_text, front_matter, link
from generator.render.numbers import figure_rows
from generator.render.paths import (
    ARCHIVE,
    FIGURE_INDEX,
    HOME,
    article_path,
    relative,
)


def render_home(content: SiteContent, latest: int) -> str:
    figures = sum(_notable_count(entry) for entry in content.entries)
    counts = (
        f"{link(f'{len(content.entries):,} articles', ARCHIVE)} · "
        f"{link(f'{len(content.entities):,} entities', ENTITY_INDEX)} · "
        f"{link(f'{figures:,} figures', FIGURE_INDEX)}"
    )
    parts = [front_matter({"title": "Home"}), "# Latest news\n\n", counts, "\n\n"]
    for entry in content.entries[:latest]:
        date = entry.date.isoformat() if entry.date else "Undated"
        title = link(escape_text(entry.title), relative(HOME, article_path(entry)))
        summary = escape_text(" ".join(summary_sentences(entry)))
        parts.append(f"## {title}\n\n*{date}*\n\n{summary}\n\n")
    if not content.entries:
        parts.append("No articles yet: add a text file to the seeds folder.\n")
    elif len(content.entries) > latest:
        parts.append(link("All articles", ARCHIVE) + "\n")
    return "".join(parts).rstrip() + "\n"


def _notable_count(entry: Entry) -> int:
    return len(figure_rows(entry.analysis.figures))


def _month_of(entry: Entry) -> str:
    return entry.date.strftime("%Y-%m") if entry.date else "Undated"


def render_archive(content: SiteContent) -> str:
    """Every article by month, newest first, undated last."""
    parts = [front_matter({"title": "Articles", **NOT_SEARCHED}), "# Articles\n\n"]
    for month, entries in groupby(content.entries, key=_month_of):
        parts.append(f"## {month}\n\n")
        for entry in entries:
            date = entry.date.isoformat() if entry.date else "undated"
            title = link(escape_text(entry.title), relative(ARCHIVE, article_path(entry)))
            parts.append(f"- {date} · {title}\n")
        parts.append("\n")
    return "".join(parts).rstrip() + "\n"
