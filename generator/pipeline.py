"""The whole generator on one screen: ingest → clean → analyse → collect → render.

Nothing is written here: the CLI hands the pages to `write.write_pages`, the MkDocs plugin hands
them to MkDocs in memory. Bad seeds become `Problem`s and every other article still gets built.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from generator.analyse.options import AnalysisOptions
from generator.analyse.run import AnalysisJob, analyse_jobs
from generator.cache import AnalysisCache
from generator.clean import NOTHING_LEFT, clean_body
from generator.collect import collect_site
from generator.config import Settings
from generator.entity_rules import EMPTY_RULES, load_entity_rules
from generator.ingest import read_seeds
from generator.model import AnalysisFailure, Page, Problem
from generator.page_cache import PageCache
from generator.render import page_keys, render_site
from generator.render.feeds import page_url
from generator.url_history import (
    current_urls,
    dump,
    entity_successors,
    load_url_history,
    redirect_pages,
)

log = logging.getLogger("mkdocs.plugins.news_digest")


@dataclass(frozen=True, slots=True)
class SiteBuild:
    pages: tuple[Page, ...]
    problems: tuple[Problem, ...]
    article_count: int
    url_history: str | None = None  # the updated urls.yml, for a build that publishes


def analysis_options(settings: Settings) -> AnalysisOptions:
    return AnalysisOptions(
        summarizer=settings.summarizer,
        summary_sentences=settings.summary_sentences,
        entity_labels=settings.entity_labels,
    )


def build_site(settings: Settings, *, progress: bool = False) -> SiteBuild:
    """Every page of the site. Raises `EntityRulesError` or `UrlHistoryError` when `entities.yml`
    or `urls.yml` is invalid: a configuration fault stops the build, unlike a bad seed."""
    with _cycle_collector_paused():
        return _build_site(settings, progress=progress)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    # A build holds hundreds of thousands of small acyclic values alive at once; the cyclic
    # collector would walk all of them again and again (a sixth of a rebuild) to free nothing.
    # Reference counting still frees everything as usual.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_site(settings: Settings, *, progress: bool) -> SiteBuild:
    rules = load_entity_rules(settings.entity_rules_file) if settings.entity_rules_file else None
    history_file = settings.url_history_file
    history = load_url_history(history_file) if history_file else None
    # Ingest: every seed file becomes an Article, or a Problem that names it.
    ingested = read_seeds(settings.seeds_dir, settings.max_chars)
    problems = list(ingested.problems)
    # Clean before analysis, so boilerplate can never reach a summary or the entity index.
    articles, cleaned = [], []
    for article in ingested.articles:
        text = clean_body(article.body)
        if text is None:
            problems.append(Problem(article.path, NOTHING_LEFT))
        else:
            articles.append(article)
            cleaned.append(text)
    # Analyse: what the cache does not hold goes through spaCy once, on every core.
    results = analyse_jobs(
        [
            AnalysisJob(text.text, article.meta.date)
            for article, text in zip(articles, cleaned, strict=True)
        ],
        analysis_options(settings),
        AnalysisCache(settings.cache_dir),
        workers=settings.workers,
        progress=progress,
    )
    analysed = []
    for article, text, result in zip(articles, cleaned, results, strict=True):
        if isinstance(result, AnalysisFailure):
            problems.append(Problem(article.path, result.reason))
        else:
            analysed.append((article, text, result))
    # Collect: settle URLs and cross-article entities for all articles before rendering any.
    content = collect_site(analysed, settings.entity_page_min_articles, rules or EMPTY_RULES)
    # Render: pure Markdown and data files; pages whose inputs did not change come from the
    # last build's Markdown instead.
    keys = page_keys(
        content,
        full_text=settings.full_text,
        site_url=settings.site_url,
        site_name=settings.site_name,
        directory_urls=settings.use_directory_urls,
    )
    page_cache = PageCache(settings.cache_dir)
    earlier = page_cache.load(keys.every_key(feeds=bool(settings.site_url)))
    rendered = render_site(
        content,
        full_text=settings.full_text,
        latest_articles=settings.latest_articles,
        site_url=settings.site_url,
        site_name=settings.site_name,
        directory_urls=settings.use_directory_urls,
        keys=keys,
        earlier=earlier,
    )
    page_cache.store(rendered.by_key, earlier)
    log.info("news-digest: rendered %d article and entity pages, %d unchanged",
             rendered.rendered, len(rendered.by_key) - rendered.rendered)  # fmt: skip
    pages = rendered.pages
    # Redirect every URL the site published before and no longer uses to its page's new URL.
    updated = None
    if history is not None:
        current = current_urls(content)
        in_use = {page_url(page.path) for page in pages if page.path.endswith(".md")}
        successors = entity_successors(history, content)
        pages += redirect_pages(history.redirects(current, successors=successors, in_use=in_use))
        updated = dump(history.update(current))
    return SiteBuild(
        tuple(sorted(pages, key=lambda page: page.path)),
        tuple(sorted(problems, key=str)),
        len(analysed),
        updated,
    )
