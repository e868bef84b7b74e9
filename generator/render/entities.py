"""The entity index and the page of each entity found in enough articles."""

from __future__ import annotations

from itertools import groupby

from generator.collect import Appearance, Entity, SiteContent
from generator.render.article import GROUP_TITLES
from generator.render.markup import (
    escape_attribute,
    escape_fragment,
    escape_text,
    front_matter,
    link,
)
from generator.render.paths import (
    ENTITY_INDEX,
    article_path,
    entity_link,
    entity_path,
    relative,
)


def render_entity_index(content: SiteContent) -> str:
    """Every entity, grouped by type, A–Z, with its article count and articles."""
    parts = [
        front_matter({"title": "Entities"}),
        "# Entities\n\n",
        f"{len(content.entities):,} entities across {len(content.entries):,} articles.\n\n",
    ]
    for group, entities in groupby(content.entities, key=lambda e: e.group):
        parts.append(f"## {GROUP_TITLES[group]}\n\n")
        parts.extend(_index_line(entity) for entity in entities)
        parts.append("\n")
    return "".join(parts).rstrip() + "\n"


def _index_line(entity: Entity) -> str:
    name = escape_text(entity.name)
    if entity.has_page:
        name = link(name, relative(ENTITY_INDEX, entity_path(entity)))
    articles = ", ".join(
        link(escape_text(a.entry.title), relative(ENTITY_INDEX, article_path(a.entry)))
        for a in entity.appearances
    )
    count = len(entity.appearances)
    noun = "article" if count == 1 else "articles"
    # The anchor is our own markup; nothing from the article reaches it unescaped.
    return f'- <span id="{entity.anchor}"></span>**{name}** ({count} {noun}): {articles}\n'


def render_entity_page(entity: Entity, content: SiteContent) -> str:
    path = entity_path(entity)
    title = escape_text(entity.name)
    parts = [
        front_matter({"title": escape_attribute(entity.name)}),
        f"# {title}\n\n",
        f"*{GROUP_TITLES[entity.group]}* · {len(entity.appearances)} articles · "
        f"{link('All entities', relative(path, f'{ENTITY_INDEX}#{entity.anchor}'))}\n\n",
    ]
    if entity.aliases:
        aliases = ", ".join(escape_text(alias) for alias in entity.aliases)
        parts.append(f"**Also written as:** {aliases}\n\n")
    parts.append("## Articles\n\n")
    parts.extend(
        _appearance_block(appearance, entity, content, path) for appearance in entity.appearances
    )
    return "".join(parts).rstrip() + "\n"


def _appearance_block(
    appearance: Appearance, entity: Entity, content: SiteContent, path: str
) -> str:
    entry = appearance.entry
    date = entry.date.isoformat() if entry.date else "Undated"
    times = "once" if appearance.mentions == 1 else f"{appearance.mentions} times"
    heading = link(escape_text(entry.title), relative(path, article_path(entry)))
    sentence = _sentence_with_links(appearance, entity, content, path)
    return f"### {heading}\n\n*{date}* · mentioned {times}\n\n> {sentence}\n\n"


def _sentence_with_links(
    appearance: Appearance, entity: Entity, content: SiteContent, path: str
) -> str:
    """The first-mention sentence: this entity in bold, other entities linked."""
    analysis = appearance.entry.analysis
    first_start, first_end = appearance.highlight
    sentence_start = appearance.sentence.start
    text = appearance.sentence.text
    spans: list[tuple[int, int, str]] = [(first_start, first_end, "")]
    for mention in analysis.mentions:
        start, end = mention.start - sentence_start, mention.end - sentence_start
        if start < 0 or end > len(text) or (start < first_end and end > first_start):
            continue
        other = content.entity_of(mention)
        if other is not None and other is not entity:
            spans.append((start, end, entity_link(path, other)))
    pieces: list[str] = []
    position = 0
    for start, end, target in sorted(spans):
        if start < position:
            continue
        pieces.append(escape_fragment(text[position:start]))
        words = escape_fragment(text[start:end])
        pieces.append(link(words, target) if target else f"**{words}**")
        position = end
    pieces.append(escape_fragment(text[position:]))
    return "".join(pieces).strip()
