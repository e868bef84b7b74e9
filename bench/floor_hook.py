"""MkDocs hook for `make bench`: every generated page cut to its title.

What `mkdocs build` costs for the site's pages whatever they hold: the theme, navigation, search
and writing of as many pages, plus the plugin's own work. Against a bare site's page it shows how
much of the per-page cost is the number of pages and how much is what each page carries.
"""

from __future__ import annotations

from typing import Any


def on_page_markdown(markdown: str, *, page: Any, **_: Any) -> str:
    if page.file.generated_by is None:
        return markdown
    page.meta.pop("tags", None)
    return f"# {page.title or page.file.name}\n"
