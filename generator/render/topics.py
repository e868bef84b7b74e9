"""Pages of sections and stories: where a reader browses the news by topic or follows one event."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.collect.site import Entry, SiteContent
from generator.collect.topics import Section, Story
from generator.render.article import summary_sentences
from generator.render.markup import (
    NOT_SEARCHED,
    escape_attribute,
    escape_text,
    front_matter,
    html_link,
    html_list,
    html_paragraph,
)
from generator.render.paths import (
    SECTION_INDEX,
    STORY_INDEX,
    PageLinks,
    article_path,
    section_path,
    story_path,
)

# Two summary sentences this alike (share of words in common) say the same thing.
SAME_SENTENCE = 0.6
_WORD = re.compile(r"\w+")


def newest_first(entries: Sequence[Entry]) -> list[Entry]:
    """Dated entries newest first, then undated ones, as the site orders its entries."""
    return sorted(entries, key=lambda entry: (entry.date is None, -_ordinal(entry), entry.slug))


def _ordinal(entry: Entry) -> int:
    return entry.date.toordinal() if entry.date else 0


def entry_line(entry: Entry, links: PageLinks) -> str:
    """An article in a listing: its title linked, and its date when it has one."""
    title = html_link(escape_text(entry.title), links.to(article_path(entry)))
    return f"{entry.date.isoformat()} · {title}" if entry.date else title


def section_entries(section: Section, content: SiteContent) -> list[Entry]:
    return newest_first([content.by_path[key] for key in section.articles])


def story_entries(story: Story, content: SiteContent) -> list[Entry]:
    """A story's articles in the order they were reported (undated ones last)."""
    return [content.by_path[key] for key in story.articles]


def story_title(story: Story, content: SiteContent) -> str:
    """A story is named by its latest report."""
    return newest_first(story_entries(story, content))[0].title


def render_section_index(content: SiteContent, *, directory_urls: bool) -> str:
    links = PageLinks(SECTION_INDEX, directory_urls)
    items = [
        f"{html_link(escape_text(s.name), links.to(section_path(s)))} · "
        f"{_articles(len(s.articles))}"
        for s in content.topics.sections
    ]
    return _index_page(
        "Sections", items, "The site has too few articles to sort into sections yet."
    )


def render_story_index(content: SiteContent, *, directory_urls: bool) -> str:
    """Every story, newest first (undated ones last), with its reports' count and dates."""
    links = PageLinks(STORY_INDEX, directory_urls)
    items = [story_line(story, content, links) for story in content.topics.stories]
    intro = (
        "Articles that report the same event, found by the words they share and, when dated, "
        "appearing within two weeks of each other.\n\n"
    )
    return _index_page("Stories", items, "No two articles report the same event yet.", intro)


def _index_page(title: str, items: list[str], empty: str, intro: str = "") -> str:
    parts = [front_matter({"title": title, **NOT_SEARCHED}), f"# {title}\n\n"]
    if not items:
        return "".join([*parts, empty, "\n"])
    return "".join([*parts, intro, html_list(items)])


def render_section(section: Section, content: SiteContent, *, directory_urls: bool) -> str:
    """A section's stories, then every one of its articles, newest first and undated last."""
    links = PageLinks(section_path(section), directory_urls)
    entries = section_entries(section, content)
    title = f"Section: {section.name}"
    parts = [
        front_matter({"title": escape_attribute(title), **NOT_SEARCHED}),
        f"# {escape_text(title)}\n\n",
        f"{_articles(len(entries))}, found by the words they share: "
        f"{escape_text(', '.join(section.words))}.\n\n"
        if section.words
        else "",
    ]
    members = set(section.articles)
    stories = [s for s in content.topics.stories if s.first in members]
    if stories:
        parts.append("## Stories\n\n")
        parts.append(html_list([story_line(s, content, links) for s in stories]))
    dated = [entry_line(e, links) for e in entries if e.date]
    undated = [entry_line(e, links) for e in entries if not e.date]
    if dated:
        parts += ["## Articles\n\n", html_list(dated)]
    if undated:
        parts += ["## Undated articles\n\n", html_list(undated)]
    return "".join(parts).rstrip() + "\n"


def story_line(story: Story, content: SiteContent, links: PageLinks) -> str:
    entries = story_entries(story, content)
    title = html_link(
        escape_text(story_title(story, content)), links.to(story_path(story, content))
    )
    dates = sorted(e.date for e in entries if e.date)
    when = f" · {dates[0].isoformat()} to {dates[-1].isoformat()}" if len(set(dates)) > 1 else ""
    return f"{title} · {_articles(len(entries))}{when}"


def render_story(story: Story, content: SiteContent, *, directory_urls: bool) -> str:
    """The story's reports in order: what they all say, then what each one adds."""
    links = PageLinks(story_path(story, content), directory_urls)
    entries = story_entries(story, content)
    title = story_title(story, content)
    parts = [
        front_matter({"title": escape_attribute(f"Story: {title}"), **NOT_SEARCHED}),
        f"# Story: {escape_text(title)}\n\n",
        f"{_articles(len(entries))} report this story; "
        f"the words they share: {escape_text(', '.join(story.words))}.\n\n",
    ]
    said: list[set[str]] = []
    for entry in entries:
        heading = entry.date.isoformat() if entry.date else "Undated"
        parts.append(f"## {heading}: {escape_text(entry.title)}\n\n")
        new, repeated = [], 0
        for sentence in summary_sentences(entry):
            words = set(_WORD.findall(sentence.casefold()))
            if any(_alike(words, earlier) for earlier in said):
                repeated += 1
                continue
            said.append(words)
            new.append(escape_text(sentence))
        if new:
            parts.append(html_list(new))
        note = f"; {repeated} of its summary sentences repeat earlier reports" if repeated else ""
        read = html_link("Read the article", links.to(article_path(entry)))
        parts.append(html_paragraph(f"{read}{note}."))
    return "".join(parts).rstrip() + "\n"


def _alike(words: set[str], earlier: set[str]) -> bool:
    union = words | earlier
    return bool(union) and len(words & earlier) / len(union) >= SAME_SENTENCE


def _articles(count: int) -> str:
    return f"{count:,} article{'' if count == 1 else 's'}"
