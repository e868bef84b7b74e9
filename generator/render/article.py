"""An article's page: title, byline, summary, entities, figures, full text."""

from __future__ import annotations

import html
import math
from collections import Counter, defaultdict
from textwrap import shorten

from generator.analyse.summary.overlap import repeats_title
from generator.collect.entity_index import Entity
from generator.collect.site import Entry, SiteContent
from generator.render.figure_table import Cell, Column, figure_sentence, figure_table, table_row
from generator.render.markup import (
    SEARCH_SKIPS_SECTION,
    escape_attribute,
    escape_text,
    front_matter,
    html_admonition,
    html_link,
    html_list,
    html_paragraph,
    html_table,
    link,
    mark_spans,
    raw_html,
    safe_url,
)
from generator.render.numbers import figure_rows, format_pair, format_when
from generator.render.paths import (
    ARCHIVE,
    PageLinks,
    article_path,
    story_path,
)

WORDS_PER_MINUTE = 230
# Entities shown as chips under the summary, the most mentioned first.
CHIP_ENTITIES = 5
GROUP_TITLES = {
    "person": "People",
    "organisation": "Organisations",
    "place": "Places",
    "group": "Groups and nationalities",
    "event": "Events",
    "work": "Works",
    "law": "Laws",
    "product": "Products",
}


def render_article(
    entry: Entry, content: SiteContent, *, full_text: bool, directory_urls: bool
) -> str:
    """The page's Markdown: headings stay Markdown (the table of contents, permalinks and search
    sections are made from them), the sections under them are raw HTML blocks."""
    links = PageLinks(article_path(entry), directory_urls)
    summary = summary_sentences(entry)
    parts = [
        front_matter(
            {
                "title": escape_attribute(entry.title),
                "description": escape_attribute(shorten(" ".join(summary), 300, placeholder=" …")),
                # Material prints tags without escaping them, like the title.
                "tags": [escape_attribute(tag) for tag in article_tags(entry)],
                # The tags feed the tags page and search; the chips a reader meets come after
                # the summary and lead to what they name (`_chips`).
                "hide": ["tags"],
            }
        ),
        f"# {escape_text(entry.title)}\n\n",
        byline(entry, links),
        _tldr(entry, summary),
        _summary_section(entry, summary, full_text=full_text),
        _chips(entry, content, links),
        _entities_section(entry, content, links, full_text=full_text),
        _figures_section(entry, full_text=full_text),
        _timeline_section(entry, full_text=full_text),
    ]
    if full_text:
        parts.append(_full_text_section(entry, content, links))
    elif source := safe_url(entry.article.meta.url or entry.article.meta.source):
        parts.append(f"## Full text\n\n{link('Read the full article at its source', source)}\n")
    return "".join(parts).rstrip() + "\n"


def article_tags(entry: Entry) -> list[str]:
    """Front matter tags first, then the key phrases, each once whatever its case."""
    tags: dict[str, str] = {}
    for tag in (*entry.article.meta.tags, *entry.analysis.key_phrases):
        tags.setdefault(tag.casefold(), tag)
    return list(tags.values())


def _tldr(entry: Entry, summary: list[str]) -> str:
    # "In short" under a headline that already says it, or above a summary that opens with it,
    # would only repeat it.
    tldr = entry.analysis.tldr
    if entry.article.meta.summary or not tldr or repeats_title(tldr, entry.title):
        return ""
    if summary and repeats_title(tldr, summary[0]):
        return ""
    return html_admonition("abstract", "In short", escape_text(entry.analysis.tldr))


def _summary_section(entry: Entry, summary: list[str], *, full_text: bool) -> str:
    # Extracted sentences are the full text's own: searched there, once. A summary the front
    # matter gives is nowhere else on the page.
    searched = not full_text or bool(entry.article.meta.summary)
    items = html_list([escape_text(sentence) for sentence in summary], searched=searched)
    return _heading("Summary", full_text=not searched) + items


def summary_sentences(entry: Entry) -> list[str]:
    """The given summary when front matter has one, else the extracted sentences."""
    if entry.article.meta.summary:
        return [entry.article.meta.summary]
    return [entry.analysis.sentences[i].text for i in entry.analysis.summary]


def byline(entry: Entry, links: PageLinks) -> str:
    """Date, author, source, reading time and licence; the way back to the archive, which
    search leaves out: it would be the same words in every article's search entry."""
    meta = entry.article.meta
    items = [meta.date.isoformat()] if meta.date else []
    if meta.author:
        items.append(f"by {escape_text(meta.author)}")
    url = safe_url(meta.url) or safe_url(meta.source)
    if url:
        items.append(link(escape_text(_source_name(meta.source, url)), url))
    elif meta.source:
        items.append(escape_text(meta.source))
    minutes = max(1, math.ceil(entry.analysis.word_count / WORDS_PER_MINUTE))
    items.append(f"{minutes} min read")
    lines = [" · ".join(items)]
    if meta.license:
        lines.append(f"Licence: {escape_text(meta.license)}")
    back = html_paragraph(html_link("All articles", links.to(ARCHIVE)), searched=False)
    return "*" + "*  \n*".join(lines) + "*\n\n" + back


def _chips(entry: Entry, content: SiteContent, links: PageLinks) -> str:
    """The article's story and its most mentioned entities, as links. Not its section: found
    anew from every article's words, a section may shift with any edit, and would take every
    page of it along (the section's pages list the article instead)."""
    chips = []
    story = content.topics.story_of.get(entry.article.path)
    if story is not None:
        reports = f"Story: {len(story.articles)} reports"
        chips.append((reports, links.to(story_path(story, content))))
    counts: Counter[str] = Counter()
    for mention in entry.analysis.mentions:
        entity = content.entity_of(mention)
        if entity is not None:
            counts[entity.anchor] += 1
    for anchor, _ in counts.most_common(CHIP_ENTITIES):
        entity = content.by_anchor[anchor]
        chips.append((entity.name, links.to_entity(entity)))
    if not chips:
        return ""
    tags = "".join(
        f'<a class="md-tag" href="{html.escape(url)}">{escape_text(text)}</a>'
        for text, url in chips
    )
    return raw_html(f'<nav class="md-tags" aria-label="Topics">{tags}</nav>', searched=False)


def _source_name(source: str | None, url: str) -> str:
    if source and not safe_url(source):
        return source
    return "Source"


def _entities_section(
    entry: Entry, content: SiteContent, links: PageLinks, *, full_text: bool
) -> str:
    by_group: dict[str, dict[str, Entity]] = defaultdict(dict)
    for mention in entry.analysis.mentions:
        entity = content.entity_of(mention)
        if entity is not None:
            by_group[entity.group][entity.anchor] = entity
    if not by_group:
        return ""
    parts = [_heading("Entities", full_text=full_text)]
    for group, title in GROUP_TITLES.items():
        entities = sorted(by_group.get(group, {}).values(), key=lambda e: e.name.casefold())
        if entities:
            names = ", ".join(html_link(escape_text(e.name), links.to_entity(e)) for e in entities)
            line = f"<strong>{title}:</strong> {names}"
            parts.append(html_paragraph(line, searched=not full_text))
    return "".join(parts)


ARTICLE_COLUMNS = (Column("Figure"), Column("Measures"), Column("When"), Column("Sentence"))


def _figures_section(entry: Entry, *, full_text: bool) -> str:
    # The sentence in full, the figure's words in bold: what the number was read from.
    rows = []
    for figure, partner in figure_rows(entry.analysis.figures):
        read = [figure, partner] if partner else [figure]
        sentence = figure_sentence(entry.analysis.sentences[figure.sentence], read)
        if full_text:
            sentence = html_link(sentence, f"#{sentence_anchor(figure.sentence)}")
        cells = [
            escape_text(format_pair(figure, partner)),
            escape_text(figure.concept) or "–",
            escape_text(format_when(figure.date)) or "–",
            sentence,
        ]
        rows.append(table_row(ARTICLE_COLUMNS, [Cell(cell) for cell in cells]))
    if not rows:
        return ""
    table = figure_table("article", ARTICLE_COLUMNS, rows, searched=not full_text)
    return _heading("Figures", full_text=full_text) + table


def _heading(title: str, *, full_text: bool) -> str:
    # With the full text on the page, a table's sentences (and the entities' names) would be
    # indexed twice.
    return f"## {title} {SEARCH_SKIPS_SECTION}\n\n" if full_text else f"## {title}\n\n"


def _timeline_section(entry: Entry, *, full_text: bool) -> str:
    """The dates the article mentions, in time order, each with its sentence."""
    dated = sorted(
        (d for d in entry.analysis.dates if d.resolved),
        key=lambda d: (d.resolved or "", d.start),
    )
    if not dated:
        return ""
    rows = [
        [
            escape_text((d.resolved or "").replace("/", " – ")),
            escape_text(d.text),
            escape_text(entry.analysis.sentences[d.sentence].text),
        ]
        for d in dated
    ]
    headers = ["When", "As written", "Sentence"]
    table = html_table(headers, rows, searched=not full_text)
    return _heading("Timeline", full_text=full_text) + table


def _full_text_section(entry: Entry, content: SiteContent, links: PageLinks) -> str:
    """The cleaned text, paragraph by paragraph, with each entity's first mention linked."""
    firsts: list[tuple[int, int, str | None]] = []
    seen: set[str] = set()
    for mention in entry.analysis.mentions:
        entity = content.entity_of(mention)
        if entity is not None and entity.anchor not in seen:
            seen.add(entity.anchor)
            firsts.append((mention.start, mention.end, links.to_entity(entity)))
    anchored = {
        entry.analysis.sentences[figure.sentence].start: figure.sentence
        for figure, _partner in figure_rows(entry.analysis.figures)
    }
    text = entry.clean.text
    parts = ["## Full text\n\n"]
    start = 0
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        if paragraph.strip():
            cuts = sorted({start, *(s for s in anchored if start < s < end)})
            pieces: list[str] = []
            for cut, until in zip(cuts, [*cuts[1:], end], strict=True):
                # Pieces lose their outer space when escaped; a space goes back only where the
                # text has one, as a sentence may start mid-word ("100|m") or before a comma.
                if pieces and (text[cut - 1].isspace() or text[cut].isspace()):
                    pieces.append(" ")
                spans = [(s - cut, e - cut, t) for s, e, t in firsts if cut <= s and e <= until]
                # An empty span with our own id lets a figure link to its sentence.
                anchor = (
                    f'<span id="{sentence_anchor(anchored[cut])}"></span>'
                    if cut in anchored
                    else ""
                )
                pieces.append(anchor + mark_spans(text[cut:until], spans))
            parts.append(html_paragraph("".join(pieces)))
        start = end + 2
    return "".join(parts)


def sentence_anchor(index: int) -> str:
    """The id of a sentence in the article's full text."""
    return f"sentence-{index + 1}"
