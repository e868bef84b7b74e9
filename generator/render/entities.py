"""The entity index and the page of each entity found in enough articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import groupby

from generator.collect.entity_index import ENTITY_INDEX, Appearance, Entity
from generator.collect.site import SiteContent
from generator.render.article import GROUP_TITLES
from generator.render.charts import co_mentions_svg, mentions_over_time_svg
from generator.render.listings import counted
from generator.render.markup import (
    NOT_SEARCHED,
    SEARCH_SKIPS_ELEMENT,
    SEARCH_SKIPS_SECTION,
    escape_attribute,
    escape_text,
    front_matter,
    html_link,
    html_list,
    html_paragraph,
    link,
    mark_spans,
    raw_html,
)
from generator.render.paths import PageLinks, article_path, entity_path, relative

# How many of each group's most mentioned entities lead the entity index.
LEADERS_SHOWN = 5


def render_entity_indexes(content: SiteContent, *, directory_urls: bool) -> dict[str, str]:
    """The entity index: one page, or an overview plus a page per initial letter when large."""
    pages: dict[str, list[Entity]] = {}
    for entity in content.entities:
        pages.setdefault(entity.index_page, []).append(entity)
    index_links = PageLinks(ENTITY_INDEX, directory_urls)
    if list(pages) == [ENTITY_INDEX] or not pages:
        leaders = _leaders(content, index_links)
        return {
            ENTITY_INDEX: _index_page("Entities", content, content.entities, index_links, leaders)
        }
    rendered = {ENTITY_INDEX: _overview(content, sorted(pages), index_links)}
    for path, entities in sorted(pages.items()):
        letter = path.rsplit("/", 1)[-1].removesuffix(".md").upper()
        links = PageLinks(path, directory_urls)
        rendered[path] = _index_page(f"Entities: {letter}", content, entities, links)
    return rendered


def _overview(content: SiteContent, letter_pages: list[str], links: PageLinks) -> str:
    letters = " · ".join(
        link(p.rsplit("/", 1)[-1].removesuffix(".md").upper(), relative(ENTITY_INDEX, p))
        for p in letter_pages
    )
    return (
        front_matter({"title": "Entities", **NOT_SEARCHED})
        + f"# Entities\n\n{_entities_across(content.entities, content)}\n\n"
        + _leaders(content, links)
        + f"## By name\n\n{letters}\n"
    )


def _leaders(content: SiteContent, links: PageLinks) -> str:
    """Each group's most mentioned entities, linked, with the group's size: where a reader
    looking for the news starts, rather than at the top of an alphabet."""
    by_group: dict[str, list[Entity]] = {}
    for entity in content.entities:
        by_group.setdefault(entity.group, []).append(entity)
    lines = []
    for group, title in GROUP_TITLES.items():
        members = by_group.get(group)
        if not members:
            continue
        # A stable sort: entities equal on every count keep the index's own order.
        leaders = sorted(members, key=_prominence)[:LEADERS_SHOWN]
        names = ", ".join(
            f"{html_link(escape_text(e.name), links.to_entity(e))} "
            # A count does not break from its noun at the end of a line.
            f"({counted(len(e.appearances), 'article').replace(' ', '&nbsp;')})"
            for e in leaders
        )
        lines.append(f"<strong>{title}</strong> · {len(members):,} in all: {names}")
    return f"## Most mentioned\n\n{html_list(lines)}" if lines else ""


def _entities_across(entities: Sequence[Entity], content: SiteContent) -> str:
    return (
        f"{counted(len(entities), 'entity', 'entities')} across "
        f"{counted(len(content.entries), 'article')}."
    )


def _prominence(entity: Entity) -> tuple[int, int, int]:
    # Articles, then mentions, then the newest appearance (articles are numbered newest first).
    mentions = sum(appearance.mentions for appearance in entity.appearances)
    return (-len(entity.appearances), -mentions, entity.appearances[0].article)


def _index_page(
    title: str,
    content: SiteContent,
    entities: Sequence[Entity],
    links: PageLinks,
    leaders: str = "",
) -> str:
    parts = [
        front_matter({"title": title, **NOT_SEARCHED}),
        f"# {title}\n\n",
        f"{_entities_across(entities, content)}\n\n",
        leaders,
    ]
    for group, members in groupby(entities, key=lambda e: e.group):
        parts.append(f"## {GROUP_TITLES[group]}\n\n")
        parts.append(html_list([_index_line(entity, content, links) for entity in members]))
    return "".join(parts).rstrip() + "\n"


def _index_line(entity: Entity, content: SiteContent, links: PageLinks) -> str:
    name = escape_text(entity.name)
    if entity.has_page:
        name = html_link(name, links.to(entity_path(entity)))
    articles = ", ".join(
        html_link(escape_text(entry.title), links.to(article_path(entry)))
        for entry in (content.entries[a.article] for a in entity.appearances)
    )
    count = counted(len(entity.appearances), "article")
    # The anchor is our own markup (a slug); nothing from the article reaches it unescaped.
    return f'<span id="{entity.anchor}"></span><strong>{name}</strong> ({count}): {articles}'


def render_entity_page(entity: Entity, content: SiteContent, *, directory_urls: bool) -> str:
    """The page's Markdown: headings and the line under the title stay Markdown, the sections
    under the headings are raw HTML blocks (see `render_article`)."""
    path = entity_path(entity)
    links = PageLinks(path, directory_urls)
    seen = _seen(entity)
    index = link("All entities", relative(path, f"{entity.index_page}#{entity.anchor}"))
    parts = [
        front_matter({"title": escape_attribute(entity.name)}),
        f"# {escape_text(entity.name)}\n\n",
        f"*{GROUP_TITLES[entity.group]}* · {len(entity.appearances)} articles{seen} · {index}\n\n",
    ]
    if entity.aliases:
        aliases = ", ".join(escape_text(alias) for alias in entity.aliases)
        parts.append(html_paragraph(f"<strong>Also written as:</strong> {aliases}"))
    if entity.may_mean:
        # The site names several people or things this short form could be: say so rather
        # than guess which one each article meant.
        meanings = ", ".join(escape_text(name) for name in entity.may_mean)
        parts.append(html_paragraph(f"<strong>May mean any of:</strong> {meanings}"))
    parts.append(_mentions_chart(entity, content))
    parts.append(_co_mentions(entity, content, links))
    # Searched: the sentence where the entity first appears in each article tells a search what
    # the entity is in the news for, which its name and count alone do not (the sentences are
    # escaped here, and Material's search escapes the text it reads again).
    parts.append("## Articles\n\n")
    parts.append(
        html_list([_appearance_item(a, entity, content, links) for a in entity.appearances])
    )
    return "".join(parts).rstrip() + "\n"


def figure(svg: str) -> str:
    # <figure> is a block-level tag to Python-Markdown, so the chart passes through untouched.
    return raw_html(f"<figure>\n{svg}\n</figure>", searched=False)


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
    return f"## Mentions over time {SEARCH_SKIPS_SECTION}\n\n{figure(svg)}" if svg else ""


def _co_mentions(entity: Entity, content: SiteContent, links: PageLinks) -> str:
    partners = [(content.by_anchor[a], n) for a, n in entity.co_mentions if a in content.by_anchor]
    if not partners:
        return ""
    items = [
        f"{html_link(escape_text(other.name), links.to_entity(other))} ({count} shared "
        f"{'article' if count == 1 else 'articles'})"
        for other, count in partners
    ]
    chart = co_mentions_svg(
        [(other.name, count) for other, count in partners],
        title=f"Entities most often in the same articles as {entity.name}",
        description="Bar chart of how many articles each shares with it, most first.",
    )
    return (
        f"## Mentioned with {SEARCH_SKIPS_SECTION}\n\n"
        f"{figure(chart) if chart else ''}{html_list(items, searched=False)}"
    )


def _appearance_item(
    appearance: Appearance, entity: Entity, content: SiteContent, links: PageLinks
) -> str:
    """One list item per article, not a heading: headings would fill the page's table of
    contents (hundreds of entries for a prime minister) and the page's weight with permalinks."""
    entry = content.entries[appearance.article]
    date = entry.date.isoformat() if entry.date else "undated"
    times = "once" if appearance.mentions == 1 else f"{appearance.mentions} times"
    title = html_link(escape_text(entry.title), links.to(article_path(entry)))
    sentence = _sentence_with_links(appearance, entity, content, links)
    # Search reads the sentence, not the line above it: the title is searched on the article's
    # own page, and dates and counts only crowd the entity's search entry.
    line = f"{title} · {date} · mentioned {times}"
    return f"<span {SEARCH_SKIPS_ELEMENT}>{line}</span><br>\n{sentence}"


def _sentence_with_links(
    appearance: Appearance, entity: Entity, content: SiteContent, links: PageLinks
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
            spans.append((start, end, links.to_entity(other)))
    return mark_spans(text, spans)
