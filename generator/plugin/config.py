"""The plugin's typed MkDocs config options in `mkdocs.yml`, frozen into one `Settings` value.

Both doors read the same options: the MkDocs plugin gets them validated by MkDocs itself, and the
CLI loads `mkdocs.yml` through MkDocs' own loader, so a typo fails the same way in both.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as opt
from mkdocs.config.base import ValidationError

from generator.model.settings import (
    DEFAULT_MAX_CHARS,
    ENTITY_LABELS,
    SPACY_MAX_CHARS,
    SUMMARIZER_NAMES,
    Settings,
)


class _EntityLabels(opt.ListOfItems[str]):
    """A list of spaCy entity labels, each one the site knows how to index."""

    def __init__(self) -> None:
        super().__init__(opt.Choice(sorted(ENTITY_LABELS)), default=sorted(ENTITY_LABELS))


class _Count(opt.Type[int]):
    """A whole number within bounds; `True` is not a number here, whatever Python says."""

    def __init__(self, default: int | None = None, minimum: int = 1, maximum: int | None = None):
        super().__init__(int, default=default)
        self.minimum = minimum
        self.maximum = maximum

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool):
            raise ValidationError(f"Expected type: {int} but received: {type(value)}")
        number = super().run_validation(value)
        if number < self.minimum:
            raise ValidationError(f"must be at least {self.minimum:,}")
        if self.maximum is not None and number > self.maximum:
            raise ValidationError(
                f"must be between {self.minimum:,} and {self.maximum:,} (spaCy's own limit)"
            )
        return number


class NewsDigestConfig(base.Config):  # type: ignore[no-untyped-call]  # MkDocs' own hook
    """The plugin's options, as written under `plugins: - news-digest:` in `mkdocs.yml`."""

    seeds_dir = opt.Type(str, default="seeds")
    """Folder of article files, relative to `mkdocs.yml`."""
    summarizer = opt.Choice(SUMMARIZER_NAMES, default="news")
    """Which summarizer ranks sentences: `news` (default) or the `lead` baseline."""
    summary_sentences = opt.Optional(_Count())
    """Fix the summary length; unset, longer articles get a few more sentences."""
    entity_types = _EntityLabels()
    """spaCy labels that go into the entity index."""
    entity_page_min_articles = _Count(default=2)
    """An entity gets a page of its own once it appears in this many articles."""
    full_text = opt.Type(bool, default=True)
    """Publish the cleaned article text; off, pages link to the source instead."""
    max_chars = _Count(default=DEFAULT_MAX_CHARS, maximum=SPACY_MAX_CHARS)
    """Seeds longer than this many characters are refused."""
    latest_articles = _Count(default=10)
    """How many articles the home page lists."""
    entity_rules = opt.Type(str, default="entities.yml")
    """Your merges, renames, retypes and hidden entities, relative to `mkdocs.yml`."""
    url_history = opt.Type(str, default="urls.yml")
    """Every URL the site ever published, kept so renamed pages redirect; commit this file."""
    cache_dir = opt.Type(str, default=".cache/news-digest")
    """Where analyses are kept between builds, relative to `mkdocs.yml`; empty turns it off."""
    workers = _Count(default=0, minimum=0)
    """Processes that analyse articles: 0 means one per CPU core, 1 means no extra process."""
    dask_scheduler = opt.Optional(opt.Type(str))
    """Address of a Dask scheduler (`tcp://host:8786`) whose workers analyse the articles
    instead; needs `pip install "mkdocs-news-digest[dask]"`."""


def settings_from_config(
    config: NewsDigestConfig,
    config_file: str | Path | None,
    *,
    site_url: str | None = None,
    site_name: str = "News digest",
    use_directory_urls: bool = True,
) -> Settings:
    """Freeze a validated plugin config; relative paths are taken from `mkdocs.yml`'s folder."""
    root = Path(config_file).parent if config_file else Path.cwd()
    return Settings(
        seeds_dir=(root / config.seeds_dir).resolve(),
        summarizer=config.summarizer,
        summary_sentences=config.summary_sentences,
        entity_labels=frozenset(config.entity_types),
        entity_page_min_articles=config.entity_page_min_articles,
        full_text=config.full_text,
        max_chars=config.max_chars,
        latest_articles=config.latest_articles,
        entity_rules_file=(root / config.entity_rules).resolve(),
        cache_dir=(root / config.cache_dir).resolve() if config.cache_dir else None,
        workers=config.workers or os.cpu_count() or 1,
        dask_scheduler=config.dask_scheduler or None,
        url_history_file=(root / config.url_history).resolve() if config.url_history else None,
        site_url=site_url or None,
        site_name=site_name,
        use_directory_urls=use_directory_urls,
    )
