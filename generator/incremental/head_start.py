"""Ingest, clean and the analysis cache, ordered so that a rebuild's slow part starts first.

The seeds are read newest first, so an edited article reaches the analysis worker before the
rest of the site is even read (`analyses.Analyses`), and each unchanged seed comes from the seed
index instead of its file (`seed_index`). While the worker loads spaCy, `work_ahead` does
what does not depend on the new analyses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.collect.entity_resolver import KeptVote, Pair, Resolved
from generator.collect.entity_rules import EntityRules
from generator.collect.site import EntitiesAhead, prepare_entities
from generator.incremental.analyses import Analyses
from generator.incremental.analysis_cache import AnalysisCache
from generator.incremental.seed_index import SeedIndex
from generator.ingest.clean import NOTHING_LEFT, clean_body
from generator.ingest.seeds import find_seed_files, newest_first, read_seed_or_problem, seed_stats
from generator.model.analysis import Analysis, AnalysisJob
from generator.model.article import Article, CleanText
from generator.model.build import Problem
from generator.model.settings import AnalysisOptions, Settings
from generator.render.keys import ArticleDigests

Seed = tuple[Article, CleanText, int] | Problem  # an article's job number in `Analyses`


@dataclass(frozen=True, slots=True)
class Gathered:
    seeds: list[Seed]  # in path order
    # What the last build read from each seed edited since, by job number.
    before_edit: dict[int, tuple[Article, CleanText]]


def gather_seeds(settings: Settings, analyses: Analyses) -> Gathered:
    """Every seed read, cleaned and added to `analyses`, or a `Problem`."""
    seeds_dir = settings.seeds_dir
    paths = list(find_seed_files(seeds_dir))
    stats = seed_stats(paths)
    order = newest_first(stats)
    # The newest seed, the likeliest to be new or edited, is read and added before the index is
    # loaded: its analysis starts that much sooner.
    seeds = {path: _add(_read_one(path, settings), analyses) for path in order[:1]}
    index = SeedIndex(settings.cache_dir, seeds_dir, settings.max_chars)
    before_edit: dict[int, tuple[Article, CleanText]] = {}
    for path in order:
        relative = path.relative_to(seeds_dir).as_posix()
        seed = seeds.get(path)
        kept = index.get(relative, stats[path])
        if kept is not None:
            if seed is None:
                seeds[path] = _add(kept, analyses)
            continue
        if seed is None:
            seed = seeds[path] = _add(_read_one(path, settings), analyses)
        if isinstance(seed, Problem):
            continue
        article, text, job = seed
        index.put(relative, stats[path], article, text)
        if (before := index.earlier(relative)) is not None:
            before_edit[job] = before
    index.save()
    return Gathered([seeds[path] for path in paths], before_edit)


def _add(seed: tuple[Article, CleanText] | Problem, analyses: Analyses) -> Seed:
    if isinstance(seed, Problem):
        return seed
    article, text = seed
    job = len(analyses)
    analyses.add(AnalysisJob(text.text, article.meta.date))
    return (article, text, job)


def _read_one(path: Path, settings: Settings) -> tuple[Article, CleanText] | Problem:
    seed = read_seed_or_problem(path, settings.seeds_dir, settings.max_chars)
    if isinstance(seed, Problem):
        return seed
    # Clean before analysis, so boilerplate can never reach a summary or the entity index.
    text = clean_body(seed.body)
    return (seed, text) if text is not None else Problem(seed.path, NOTHING_LEFT)


@dataclass(frozen=True, slots=True)
class Ahead:
    """Work on the articles found in the analysis cache, done while a worker analyses the new
    ones; `collect_site` and `page_keys` take it up instead of doing it again."""

    entities: EntitiesAhead | None = None
    digests: ArticleDigests | None = None


def work_ahead(
    gathered: Gathered,
    cached: list[Analysis | None],
    rules: EntityRules,
    cache: AnalysisCache,
    options: AnalysisOptions,
    *,
    min_articles: int | None = None,
    resolved_before: Mapping[Pair, Resolved] | None = None,
    vote_before: KeptVote | None = None,
) -> Ahead:
    """`cached` is `Analyses.cached()`: None for the articles still being analysed. For an
    edited one, the analysis of its earlier version stands in for it in the site-wide vote on
    entity groups (the edit seldom changes its names). `min_articles` is the site's
    `entity_page_min_articles`, `resolved_before` and `vote_before` as for
    `prepare_entities`."""
    digests = ArticleDigests()
    articles: list[tuple[Article, Analysis | None, Analysis | None]] = []
    for seed in gathered.seeds:
        if isinstance(seed, Problem):
            continue
        article, text, job = seed
        analysis = cached[job]
        if analysis is not None:
            digests.of(article, text, analysis)
        articles.append((article, analysis, _analysis_before_edit(gathered, job, cache, options)))
    entities = prepare_entities(articles, rules, min_articles, resolved_before, vote_before)
    return Ahead(entities, digests)


def _analysis_before_edit(
    gathered: Gathered, job: int, cache: AnalysisCache, options: AnalysisOptions
) -> Analysis | None:
    before = gathered.before_edit.get(job)
    if before is None:
        return None
    article, text = before
    date = article.meta.date
    return cache.load(cache.key(text.text, date.isoformat() if date else None, options))
