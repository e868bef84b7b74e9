"""Pages that list articles: the front page and the archive."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import chain, groupby

from generator.collect.site import Entry, SiteContent
from generator.collect.topics import Section, Story
from generator.render.article import summary_sentences
from generator.render.markup import NOT_SEARCHED, escape_text, front_matter, html_list, link
from generator.render.numbers import figure_rows
from generator.render.paths import (
    ARCHIVE,
    FIGURE_INDEX,
    HOME,
    SECTION_INDEX,
    STORY_INDEX,
    PageLinks,
    archive_page,
    article_path,
    entity_link,
    relative,
    section_path,
    story_path,
)
from generator.render.topics import (
    entry_line,
    newest_first,
    story_entries,
    story_line,
)

TOP_ENTITIES = 4
# Stories listed on the front page, newest first.
FRONT_STORIES = 5
# Each section on the front page shows its newest articles.
SECTION_HEADLINES = 3
# "In the news": the entities of the articles of this many days before the newest one.
NEWS_DAYS = 30
NEWS_NAMES = 6
# A name in one article is no news: "in the news" lists those in this many or more.
NEWS_MIN_ARTICLES = 2
NEWS_GROUPS = (("person", "People"), ("organisation", "Organisations"), ("place", "Places"))
# Rows on each page of the archive.
ARCHIVE_ROWS = 100


def render_home(content: SiteContent, latest: int, *, directory_urls: bool) -> str:
    """A news digest: the latest stories, the sections with their newest articles, the names in
    the news and counts that link to every listing."""
    parts = [front_matter({"title": "Home"}), "# Latest news\n\n", _counts(content), "\n\n"]
    if not content.entries:
        parts.append("No articles yet: add a text file to the seeds folder.\n")
        return "".join(parts)
    cards = _latest_cards(content, latest)
    if cards:
        # Material's card grid: md_in_html lets our own wrapper hold Markdown.
        parts += ['<div class="grid cards" markdown>\n\n', *cards, "</div>\n\n"]
    parts.append(_stories(content, PageLinks(HOME, directory_urls)))
    parts.append(_sections(content))
    parts.append(_in_the_news(content))
    return "".join(parts).rstrip() + "\n"


def _counts(content: SiteContent) -> str:
    figures = sum(len(figure_rows(entry.analysis.figures)) for entry in content.entries)
    topics = content.topics
    items = [link(counted(len(content.entries), "article"), ARCHIVE)]
    if topics.sections:
        items.append(link(counted(len(topics.sections), "section"), SECTION_INDEX))
    if topics.stories:
        items.append(link(counted(len(topics.stories), "story", "stories"), STORY_INDEX))
    items.append(link(counted(len(content.entities), "entity", "entities"), "entities/index.md"))
    items.append(link(counted(figures, "figure"), FIGURE_INDEX))
    return " · ".join(items)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 article", "2 articles", "1,204 entities"."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def _latest_cards(content: SiteContent, latest: int) -> list[str]:
    """The newest dated articles, one card per story; when there are too few, the largest
    stories and then the undated articles."""
    topics = content.topics
    by_size = sorted(topics.stories, key=lambda s: (-len(s.articles), s.first))
    # Read lazily: on a site of thousands the cards are found among the first few.
    candidates = chain(
        (entry for entry in content.entries if entry.date),
        (content.by_path[s.first] for s in by_size),
        content.entries,
    )
    cards: list[str] = []
    shown: set[str] = set()
    for entry in candidates:
        story = topics.story_of.get(entry.article.path)
        shown_as = story.first if story else entry.article.path
        if shown_as in shown:
            continue
        shown.add(shown_as)
        cards.append(_story_card(story, content) if story else _card(entry, content))
        if len(cards) == latest:
            break
    return cards


def _card(entry: Entry, content: SiteContent, *, more: str = "") -> str:
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
    if more:
        lines += ["", f"    {more}"]
    if entities:
        lines += ["", f"    {entities}"]
    return "\n".join(lines) + "\n\n"


def _story_card(story: Story, content: SiteContent) -> str:
    """The story's latest report as a card, with a link to the whole story."""
    entries = story_entries(story, content)
    newest = max(entries, key=lambda e: (e.date or dt.date.min, e.slug))
    label = f"Follow the story: {counted(len(entries), 'report')}"
    return _card(newest, content, more=link(label, relative(HOME, story_path(story, content))))


def _stories(content: SiteContent, links: PageLinks) -> str:
    """The newest stories (undated ones last), each with its reports' count and dates."""
    stories = content.topics.stories
    if not stories:
        return ""
    shown = html_list([story_line(s, content, links) for s in stories[:FRONT_STORIES]])
    every = link(f"All {counted(len(stories), 'story', 'stories')}", STORY_INDEX)
    return f"## Stories\n\n{shown}\n{every}\n\n"


def _sections(content: SiteContent) -> str:
    sections = content.topics.sections
    if not sections:
        return ""
    parts = ["## Sections\n\n"]
    for section in sections:
        heading = link(escape_text(section.name), relative(HOME, section_path(section)))
        parts.append(f"### {heading}\n\n")
        for entry in typical_newest(section, content)[:SECTION_HEADLINES]:
            date = f"{entry.date.isoformat()} · " if entry.date else ""
            title = link(escape_text(entry.title), relative(HOME, article_path(entry)))
            parts.append(f"-   {date}{title}\n")
        more = link(
            f"All {counted(len(section.articles), 'article')}",
            relative(HOME, section_path(section)),
        )
        parts.append(f"\n{more}\n\n")
    return "".join(parts)


def typical_newest(section: Section, content: SiteContent) -> list[Entry]:
    """The newest of the section's more typical half: an article that only just fell into the
    section must not be its face on the front page."""
    typical = section.articles[: max(SECTION_HEADLINES, len(section.articles) // 2)]
    return newest_first([content.by_path[key] for key in typical])


def _in_the_news(content: SiteContent) -> str:
    """The people, organisations and places in the most articles of the latest weeks, then in
    the most articles of the whole site (undated ones too), each with its count, linked."""
    parts = []
    newest = max((entry.date for entry in content.entries if entry.date), default=None)
    if newest is not None:
        latest = _named_most(content, newest - dt.timedelta(days=NEWS_DAYS))
        if latest:
            parts.append(f"## In the news: the last {NEWS_DAYS} days\n\n{latest}")
    whole = _named_most(content, None)
    if whole:
        parts.append(f"## Most mentioned\n\n{whole}")
    return "".join(parts)


def _named_most(content: SiteContent, since: dt.date | None) -> str:
    """Each group's entities in two articles or more since `since` (ever, when None): most
    articles first, then most mentions."""
    parts = []
    for group, title in NEWS_GROUPS:
        ranked = []
        for entity in content.entities:
            if entity.group != group:
                continue
            counted_in = [a for a in entity.appearances if _since(a.date, since)]
            if len(counted_in) >= NEWS_MIN_ARTICLES:
                mentions = sum(a.mentions for a in counted_in)
                ranked.append((-len(counted_in), -mentions, entity.name.casefold(), entity))
        ranked.sort(key=lambda item: item[:3])
        names = [
            f"{link(escape_text(entity.name), entity_link(HOME, entity))} ({-articles})"
            for articles, _, _, entity in ranked[:NEWS_NAMES]
        ]
        if names:
            parts.append(f"**{title}:** " + ", ".join(names) + "\n\n")
    return "".join(parts)


def _since(date: dt.date | None, since: dt.date | None) -> bool:
    return since is None or (date is not None and date >= since)


def _month_of(entry: Entry) -> str:
    return entry.date.strftime("%Y-%m") if entry.date else ""


def render_archive(content: SiteContent, *, directory_urls: bool) -> dict[str, str]:
    """Every article, dated ones by month newest first, then the undated ones by section; in
    pages of `ARCHIVE_ROWS` rows. Raw HTML lists: cheap for MkDocs on a site of thousands."""
    rows: list[tuple[str, Entry]] = []
    for month, entries in groupby((e for e in content.entries if e.date), key=_month_of):
        rows += [(month, entry) for entry in entries]
    undated = [entry for entry in content.entries if not entry.date]
    by_section = {key: s.name for key, s in content.topics.section_of.items()}
    undated.sort(key=lambda e: (by_section.get(e.article.path, ""), e.title.casefold(), e.slug))
    rows += [(_undated_heading(by_section.get(e.article.path)), e) for e in undated]
    pages = [rows[start : start + ARCHIVE_ROWS] for start in range(0, len(rows), ARCHIVE_ROWS)]
    pages = pages or [[]]
    return {
        archive_page(number): _archive_page(page, number, len(pages), directory_urls)
        for number, page in enumerate(pages, start=1)
    }


def _undated_heading(section: str | None) -> str:
    return f"Undated: {section}" if section else "Undated"


def _archive_page(
    rows: list[tuple[str, Entry]], number: int, count: int, directory_urls: bool
) -> str:
    path = archive_page(number)
    links = PageLinks(path, directory_urls)
    title = "Articles" if number == 1 else f"Articles, page {number} of {count}"
    parts = [front_matter({"title": title, **NOT_SEARCHED}), f"# {title}\n\n"]
    if count > 1:
        parts.append(_pager(number, count, path) + "\n\n")
    for heading, group in groupby(rows, key=lambda row: row[0]):
        parts.append(f"## {escape_text(heading)}\n\n")
        parts.append(html_list([entry_line(entry, links) for _, entry in group]))
    if count > 1:
        parts.append(_pager(number, count, path) + "\n")
    return "".join(parts).rstrip() + "\n"


def _pager(number: int, count: int, path: str) -> str:
    items = [
        f"**{page}**" if page == number else link(str(page), relative(path, archive_page(page)))
        for page in range(1, count + 1)
    ]
    return "Pages: " + " · ".join(items)
