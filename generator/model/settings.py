"""What a build is asked to do: `Settings` for the whole site, `AnalysisOptions` for one article.

Both are plain frozen values, known without importing spaCy or MkDocs: the MkDocs plugin and the
CLI fill `Settings` from `mkdocs.yml` (`plugin.config`), and `AnalysisOptions`, the part that
changes an analysis, is in every analysis cache key.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

# The entity types the site indexes (spaCy's labels).
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)
# The summarizers a user can choose; generator.analyse.summary.summarise registers a class for each.
SUMMARIZER_NAMES = ("centrality", "lead", "news")
DEFAULT_SUMMARIZER = "news"


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """The settings that change an analysis; part of every cache key."""

    summarizer: str = DEFAULT_SUMMARIZER
    summary_sentences: int | None = None
    entity_labels: frozenset[str] = ENTITY_LABELS


@dataclass(frozen=True, slots=True)
class RenderSettings:
    """What the pages are rendered for. All but `latest_articles`, which only the home page
    reads (and it is never reused), are part of every page key."""

    full_text: bool = True
    site_url: str | None = None  # absolute URLs in feeds and data need it
    site_name: str = "News digest"
    directory_urls: bool = True  # MkDocs' `use_directory_urls`: the URLs of links in raw HTML
    latest_articles: int = 10


DEFAULT_MAX_CHARS = 200_000
SPACY_MAX_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the pipeline needs to know, resolved and validated."""

    seeds_dir: Path
    summarizer: str = "news"
    summary_sentences: int | None = None
    entity_labels: frozenset[str] = ENTITY_LABELS
    entity_page_min_articles: int = 2
    full_text: bool = True
    max_chars: int = DEFAULT_MAX_CHARS
    latest_articles: int = 10
    entity_rules_file: Path | None = None
    cache_dir: Path | None = None
    workers: int = 1
    dask_scheduler: str | None = None  # analyse on this Dask cluster instead of `workers`
    url_history_file: Path | None = None
    site_url: str | None = None  # absolute URLs in feeds and data need it
    site_name: str = "News digest"
    use_directory_urls: bool = True  # MkDocs' own setting: the URLs that links in raw HTML use

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def render_settings(self) -> RenderSettings:
        """The part of the settings that the rendered pages depend on."""
        return RenderSettings(
            full_text=self.full_text,
            site_url=self.site_url,
            site_name=self.site_name,
            directory_urls=self.use_directory_urls,
            latest_articles=self.latest_articles,
        )

    def analysis_options(self) -> AnalysisOptions:
        """The part of the settings that changes an article's analysis."""
        return AnalysisOptions(
            summarizer=self.summarizer,
            summary_sentences=self.summary_sentences,
            entity_labels=self.entity_labels,
        )
