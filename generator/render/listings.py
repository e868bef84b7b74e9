"""Pages that list articles: home, the archive by date, and the figures index."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from generator.collect.entity_index import ENTITY_INDEX
from generator.collect.site import Entry, SiteContent
from generator.render.article import summary_sentences
from generator.render.markup import (
    NOT_SEARCHED,
    escape_text,
    front_matter,
    html_link,
    html_list,
    link,
)
from generator.render.numbers import figure_rows
from generator.render.paths import (
    ARCHIVE,
    FIGURE_INDEX,
    HOME,
    PageLinks,
    article_path,
    entity_link,
    relative,
)

TOP_ENTITIES = 4


def render_home(content: SiteContent, latest: int) -> str:
    figures = sum(_notable_count(entry) for entry in content.entries)
    counts = (
        f"{link(counted(len(content.entries), 'article'), ARCHIVE)} · "
        f"{link(counted(len(content.entities), 'entity', 'entities'), ENTITY_INDEX)} · "
        f"{link(counted(figures, 'figure'), FIGURE_INDEX)}"
    )
    parts = [front_matter({"title": "Home"}), "# Latest news\n\n", counts, "\n\n"]
    if content.entries[:latest]:
        # Material's card grid: md_in_html lets our own wrapper hold Markdown.
        parts.append('<div class="grid cards" markdown>\n\n')
        parts.extend(_card(entry, content) for entry in content.entries[:latest])
        parts.append("</div>\n\n")
    if not content.entries:
        parts.append("No articles yet: add a text file to the seeds folder.\n")
    elif len(content.entries) > latest:
        parts.append(link("All articles", ARCHIVE) + "\n")
    return "".join(parts).rstrip() + "\n"


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 article", "2 articles", "1,204 entities"."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def _card(entry: Entry, content: SiteContent) -> str:
    """Title, date, TL;DR and the most mentioned entities of one article, as a card."""
    date = entry.date.isoformat() if entry.date else "Undated"
    title = link(escape_text(entry.title), relative(HOME, article_path(entry)))
    tldr = entry.analysis.tldr or " ".join(summary_sentences(entry)[:1])
    mentions: Counter[str] = Counter()
    for mention in entry.analysis.mentions:
        entity = content.entity_of(mention)
        if entity is not None:
            mentions[entity.anchor] += 1
    top = [content.by_anchor[anchor] for anchor, _ in mentions.most_common(TOP_ENTITIES)]
    entities = ", ".join(link(escape_text(e.name), entity_link(HOME, e)) for e in top)
    lines = [f"-   **{title}**", "", f"    *{date}* · {escape_text(tldr)}"]
    if entities:
        lines += ["", f"    {entities}"]
    return "\n".join(lines) + "\n\n"


def _notable_count(entry: Entry) -> int:
    return len(figure_rows(entry.analysis.figures))


def _month_of(entry: Entry) -> str:
    return entry.date.strftime("%Y-%m") if entry.date else "Undated"


def render_archive(content: SiteContent, *, directory_urls: bool) -> str:
    """Every article by month, newest first, undated last; the lists are raw HTML blocks, cheap
    for MkDocs to convert on a site of thousands of articles."""
    links = PageLinks(ARCHIVE, directory_urls)
    parts = [front_matter({"title": "Articles", **NOT_SEARCHED}), "# Articles\n\n"]
    for month, entries in groupby(content.entries, key=_month_of):
        parts.append(f"## {month}\n\n")
        items = []
        for entry in entries:
            date = entry.date.isoformat() if entry.date else "undated"
            items.append(
                f"{date} · {html_link(escape_text(entry.title), links.to(article_path(entry)))}"
            )
        parts.append(html_list(items))
    return "".join(parts).rstrip() + "\n"
