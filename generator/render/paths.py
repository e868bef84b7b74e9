"""Where each page lives, and relative links between pages.

Two kinds of link: `relative` gives the link between Markdown files, for the few Markdown links
MkDocs rewrites and checks itself; `relative_url` gives the final URL between published pages, for
the links inside raw HTML blocks, which MkDocs passes through untouched.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass

from generator.collect.entity_index import Entity
from generator.collect.site import Entry, SiteContent
from generator.collect.topics import Section, Story

HOME = "index.md"
ARCHIVE = "articles/index.md"
FIGURE_INDEX = "figures/index.md"
SECTION_INDEX = "sections/index.md"
STORY_INDEX = "stories/index.md"


def article_path(entry: Entry) -> str:
    return f"articles/{entry.slug}.md"


def archive_page(number: int) -> str:
    """The archive's pages: the first at `articles/`, the others below it."""
    return ARCHIVE if number == 1 else f"articles/page/{number}.md"


def section_path(section: Section) -> str:
    return f"sections/{section.slug}.md"


def story_path(story: Story, content: SiteContent) -> str:
    """A story lives at its first article's slug: it keeps its URL as later reports join it."""
    return f"stories/{content.by_path[story.first].slug}.md"


def entity_path(entity: Entity) -> str:
    return f"entities/{entity.group}/{entity.slug}.md"


def relative(from_page: str, to_page: str) -> str:
    """The link from one page's Markdown file to another's (or to an anchor on it)."""
    target, _, anchor = to_page.partition("#")
    path = _relative_path(target, posixpath.dirname(from_page))
    return f"{path}#{anchor}" if anchor else path


@functools.lru_cache(maxsize=65_536)
def _relative_path(target: str, folder: str) -> str:
    # Both are paths below the docs folder: no need for posixpath.relpath's trips to the current
    # directory, once for each of the many links of a large site.
    source = folder.split("/") if folder else []
    parts = target.split("/")
    common = 0
    while common < min(len(source), len(parts) - 1) and source[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + parts[common:])


def page_url(page: str, *, directory_urls: bool) -> str:
    """Where MkDocs publishes a Markdown page (and anchor), below the site's root: with
    `use_directory_urls` `articles/a.md` → `articles/a/`, `articles/index.md` → `articles/`,
    `entities/index.md#x` → `entities/#x` and `index.md` → `` (the home page); without it
    `articles/a.md` → `articles/a.html`."""
    target, _, anchor = page.partition("#")
    url = _page_url(target, directory_urls)
    return f"{url}#{anchor}" if anchor else url


def canonical_url(page: str) -> str:
    """The URL a page is known by in feeds, data files and `urls.yml`, whatever the site's
    `use_directory_urls`: MkDocs' default form, so that it never changes with that setting."""
    return page_url(page, directory_urls=True)


def _page_url(page: str, directory_urls: bool) -> str:
    stem = page.removesuffix(".md")
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


def relative_url(from_page: str, to_page: str, *, directory_urls: bool) -> str:
    """The URL that leads from one published page to another (or to an anchor on it), written
    as MkDocs writes the links it rewrites; pages are given as their Markdown files."""
    target, _, anchor = to_page.partition("#")
    if anchor and target == from_page:
        return f"#{anchor}"
    url = _relative_url(from_page, target, directory_urls)
    return f"{url}#{anchor}" if anchor else url


@functools.lru_cache(maxsize=65_536)
def _relative_url(from_page: str, to_page: str, directory_urls: bool) -> str:
    # A page's links resolve against its URL's folder: `articles/a/` with directory URLs (the
    # page is a folder's index.html), `articles/` for `articles/a.html`.
    here = page_url(from_page, directory_urls=directory_urls)
    folder = here.rstrip("/") if directory_urls else posixpath.dirname(here)
    return _relative_path(page_url(to_page, directory_urls=directory_urls), folder) or "./"


@dataclass(frozen=True, slots=True)
class PageLinks:
    """Final URLs from one page to the others, for links in the page's raw HTML blocks."""

    page: str  # the page's Markdown file, e.g. `articles/a.md`
    directory_urls: bool  # MkDocs' `use_directory_urls`

    def to(self, page: str) -> str:
        """The URL of another page (`entities/index.md#person-x`: an anchor on it)."""
        return relative_url(self.page, page, directory_urls=self.directory_urls)

    def to_entity(self, entity: Entity) -> str:
        """An entity's own page when it has one, else its entry on the entity index."""
        if entity.has_page:
            return self.to(entity_path(entity))
        return self.to(f"{entity.index_page}#{entity.anchor}")


def entity_link(from_page: str, entity: Entity) -> str:
    """The Markdown link to an entity's own page when it has one, else to its index entry."""
    if entity.has_page:
        return relative(from_page, entity_path(entity))
    return relative(from_page, f"{entity.index_page}#{entity.anchor}")
