"""What a build hands back: the generated pages, and the seeds it could not use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    """A seed that could not be turned into pages, reported by path and reason."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        # A file name may hold a line break: shown raw, it could forge a line of the report.
        path = (
            self.path.encode("unicode_escape").decode("ascii")
            if not self.path.isprintable()
            else self.path
        )
        where = f"{path}:{self.line}" if self.line is not None else path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Page:
    """One generated file, at a path relative to the docs folder: a Markdown page, or a data
    file such as `figures/figures.csv` that MkDocs copies as it is."""

    path: str
    content: str


@dataclass(frozen=True, slots=True)
class SiteBuild:
    """Every generated page of the site, sorted by path, and every seed that made none."""

    pages: tuple[Page, ...]
    problems: tuple[Problem, ...]
    article_count: int
    url_history: str | None = None  # the updated urls.yml, for a build that publishes
    # The key of each page whose Markdown is keyed (`render.keys`), by path.
    page_keys: Mapping[str, str] = field(default_factory=dict)
