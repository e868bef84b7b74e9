"""Where each page lives, and relative links between pages (MkDocs checks them in --strict)."""

from __future__ import annotations

import functools
import posixpath

from generator.collect import Entry
from generator.entity_index import Entity

HOME = "index.md"
ARCHIVE = "articles/index.md"
FIGURE_INDEX = "figures/index.md"


def article_path(entry: Entry) -> str:
    return f"articles/{entry.slug}.md"


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
    # directory, which cost seconds across the links of a large site.
    source = folder.split("/") if folder else []
    parts = target.split("/")
    common = 0
    while common < min(len(source), len(parts) - 1) and source[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + parts[common:])


def entity_link(from_page: str, entity: Entity) -> str:
    """An entity's own page when it has one, else its entry on the entity index."""
    if entity.has_page:
        return relative(from_page, entity_path(entity))
    return relative(from_page, f"{entity.index_page}#{entity.anchor}")
