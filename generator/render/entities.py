"""The entity index and the page of each entity found in enough articles."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from generator.collect import SiteContent
from generator.entity_index import ENTITY_INDEX, Appearance, Entity
from generator.render.article import GROUP_TITLES
from generator.render.charts import mentions_over_time_svg
from generator.render.markup import (
    NOT_SEARCHED,
    escape_attribute,
    escape_text,
    front_matter,
    link,
    mark_spans,
)
from generator.render.paths import article_path, entity_link, entity_path, relative

# Material's search leaves out a section whose heading carries this attribute (attr_list).
SEARCH_SKIPS_SECTION = "{ data-search-exclude }"


def render_entity_indexes(content: SiteContent) -> dict[str, str]:
    """The entity index: one page, or an overview plus a page per initial letter when large."""
    pages: dict[str, list[Entity]] = {}
    for entity in content.entities:
        pages.setdefault(entity.index_page, []).append(entity)
    if list(pages) == [ENTITY_INDEX] or not pages:
        return {ENTITY_INDEX: _index_page("Entities", content, content.entities, ENTITY_INDEX)}
    rendered = {ENTITY_INDEX: _overview(content, sorted(pages))}
    for path, entities in sorted(pages.items()):
        letter = path.rsplit("/", 1)[-1].removesuffix(".md").upper()
        rendered[path] = _index_page(f"Entities: {letter}", content, entities, path)
    return rendered


def _overview(content: SiteContent, letter_pages: list[str]) -> str:
    counts = Counter(entity.group for entity in content.entities)
    letters = " · ".join(
        link(p.rsplit("/", 1)[-1].removesuffix(".md").upper(), relative(ENTITY_INDEX, p))
        for p in letter_pages
    )
    groups = "".join(
        f"- {title}: {counts[group]:,}\n" for group, title in GROUP_TITLES.items() if counts[group]
    )
    return (
        front_matter({"title": "Entities", **NOT_SEARCHED})
        + f"# Entities\n\n{len(content.entities):,} entities across "
        + f"{len(content.entries):,} articles.\n\n{groups}\n## By name\n\n{letters}\n"
    )


def _index_page(
    title: str, content: SiteContent, entities: list[Entity] | tuple[Entity, ...], path: str
) -> str:
    parts = [
        front_matter({"title": title, **NOT_SEARCHED}),
        f"# {title}\n\n",
        f"{len(entities):,} entities across {len(content.entries):,} articles.\n\n",
    ]
    for group, members in groupby(entities, key=lambda e: e.group):
        parts.append(f"## {GROUP_TITLES[group]}\n\n")
        parts.extend(_index_line(entity, content, path) for entity in members)
        parts.append("\n")
    return "".join(parts).rstrip() + "\n"


def _index_line(entity: Entity, content: SiteContent, path: str) -> str:
    name = escape_text(entity.name)
    if entity.has_page:
        name = link(name, relative(path, entity_path(entity)))
    articles = ", ".join(
        link(escape_text(entry.title), relative(path, article_path(entry)))
        for entry in (content.entries[a.article] for a in entity.appearances)
    )
    count = len(entity.appearances)
    noun = "article" if count == 1 else "articles"
    # The anchor is our own markup; nothing from the article reaches it unescaped.
    return f'- <span id="{entity.anchor}"></span>**{name}** ({count} {noun}): {articles}\n'


def render_entity_page(entity: Entity, content: SiteContent) -> str:
    path = entity_path(entity)
    seen = _seen(entity)
    index = link("All entities", relative(path, f"{entity.index_page}#{entity.anchor}"))
    parts = [
        front_matter({"title": escape_attribute(entity.name)}),
        f"# {escape_text(entity.name)}\n\n",
        f"*{GROUP_TITLES[entity.group]}* · {len(entity.appearances)} articles{seen} · {index}\n\n",
    ]
    if entity.aliases:
        aliases = ", ".join(escape_text(alias) for alias in entity.aliases)
        parts.append(f"**Also written as:** {aliases}\n\n")
    parts.append(_mentions_chart(entity, content))
    parts.append(_co_mentions(entity, content, path))
    # The sentences are the articles' own, already found by search on the articles' pages.
    parts.append(f"## Articles {SEARCH_SKIPS_SECTION}\n\n")
    parts.extend(_appearance_block(a, entity, content, path) for a in entity.appearances)
    return "".join(parts).rstrip() + "\n"


def figure(svg: str) -> str:
    # <figure> is a block-level tag to Python-Markdown, so the chart passes through untouched.
    return f"<figure>\n{svg}\n</figure>"


def _seen(entity: Entity) -> str:
    first, last = entity.first_seen, entity.last_seen
    if first is None or last is None:
        return ""
    if first == last:
        return f" · seen {first.isoformat()}"
    return f" · first seen {first.isoformat()}, last seen {last.isoformat()}"


def _mentions_chart(entity: Entity, content: SiteContent) -> str:
    by_month: Counter[str] = Counter()
    for appearance in entity.appearances:
        if appearance.date is not None:
            by_month[appearance.date.strftime("%Y-%m")] += appearance.mentions
    if len(by_month) < 2:
        return ""
    svg = mentions_over_time_svg(
        sorted(by_month.items()),
        title=f"Mentions of {entity.name} per month",
        description="Bar chart of how often the site's articles mention it, month by month.",
    )
    return f"## Mentions over time {SEARCH_SKIPS_SECTION}\n\n{figure(svg)}\n\n" if svg else ""


def _co_mentions(entity: Entity, content: SiteContent, path: str) -> str:
    partners = [(content.by_anchor[a], n) for a, n in entity.co_mentions if a in content.by_anchor]
    if not partners:
        return ""
    items = "".join(
        f"- {link(escape_text(other.name), entity_link(path, other))} ({count} shared "
        f"{'article' if count == 1 else 'articles'})\n"
        for other, count in partners
    )
    return f"## Mentioned with {SEARCH_SKIPS_SECTION}\n\n{items}\n"


def _appearance_block(
    appearance: Appearance, entity: Entity, content: SiteContent, path: str
) -> str:
    """One line per article, not a heading: headings would fill the page's table of contents
    (hundreds of entries for a prime minister) and the page's weight with permalinks."""
    entry = content.entries[appearance.article]
    date = entry.date.isoformat() if entry.date else "undated"
    times = "once" if appearance.mentions == 1 else f"{appearance.mentions} times"
    title = link(escape_text(entry.title), relative(path, article_path(entry)))
    sentence = _sentence_with_links(appearance, entity, content, path)
    # Two trailing spaces: a line break inside the list item, before the sentence.
    return f"- {title} · {date} · mentioned {times}  \n  {sentence}\n"


def _sentence_with_links(
    appearance: Appearance, entity: Entity, content: SiteContent, path: str
) -> str:
    """The first-mention sentence: this entity in bold, other entities linked."""
    analysis = content.entries[appearance.article].analysis
    first_start, first_end = appearance.highlight
    sentence_start = appearance.sentence.start
    text = appearance.sentence.text
    spans: list[tuple[int, int, str | None]] = [(first_start, first_end, None)]
    for mention in analysis.mentions:
        start, end = mention.start - sentence_start, mention.end - sentence_start
        if start < 0 or end > len(text) or (start < first_end and end > first_start):
            continue
        other = content.entity_of(mention)
        if other is not None and other is not entity:
            spans.append((start, end, entity_link(path, other)))
    return mark_spans(text, spans)
