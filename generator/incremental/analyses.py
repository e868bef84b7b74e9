"""The analyse stage as the pipeline sees it: the cache first, spaCy only for what is new.

Nothing here imports spaCy: when every article is in the cache, a rebuild never pays for
loading the NLP stack.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.incremental.analysis_cache import AnalysisCache
from generator.model.analysis import Analysis, AnalysisJob, AnalysisResult
from generator.model.settings import AnalysisOptions

if TYPE_CHECKING:
    from generator.workers.early import BackgroundAnalysis

log = logging.getLogger("mkdocs.plugins.news_digest")
# New articles up to this many go to one worker as soon as they are found; more than that is a
# cold build, whose analysis the pool of `workers.pool` spreads over every core once all are known.
EARLY_ANALYSES = 24


class Analyses:
    """Jobs added one by one, each looked up in the cache at once; `results` finishes the rest.

    With `early`, the first new articles start their analysis in a worker process the moment
    they are added, so that loading spaCy overlaps with whatever the caller does next. A process
    that has already imported spaCy (the tests, a notebook) analyses them itself instead.
    """

    def __init__(
        self,
        options: AnalysisOptions,
        cache: AnalysisCache,
        *,
        workers: int = 1,
        progress: bool = False,
        early: bool = False,
        cluster: str | None = None,
    ) -> None:
        self._options = options
        self._cache = cache
        self._workers = workers
        self._progress = progress
        self._cluster = cluster
        # With a cluster, every analysis is its work: none starts early on this machine.
        self._early = early and cluster is None and "spacy" not in sys.modules
        self._background: BackgroundAnalysis | None = None
        self._jobs: list[AnalysisJob] = []
        self._keys: list[str] = []
        self._found: list[AnalysisResult | None] = []
        self._in_background: list[int] = []

    def __len__(self) -> int:
        return len(self._jobs)

    def add(self, job: AnalysisJob) -> None:
        key = self._cache.key(job.text, job.date.isoformat() if job.date else None, self._options)
        found = self._cache.load(key)
        if found is None and self._early and len(self._in_background) < EARLY_ANALYSES:
            if self._background is None:
                from generator.workers.early import BackgroundAnalysis  # noqa: PLC0415

                self._background = BackgroundAnalysis(self._options)
            self._background.submit(job.text, job.date)
            self._in_background.append(len(self._jobs))
        self._jobs.append(job)
        self._keys.append(key)
        self._found.append(found)

    @property
    def waiting(self) -> bool:
        """True while new articles are being analysed in the background."""
        return self._background is not None

    def cached(self) -> list[Analysis | None]:
        """By job, the analyses found in the cache (None for a new article), to work on while
        the new ones are made."""
        return [found if isinstance(found, Analysis) else None for found in self._found]

    def results(self) -> list[AnalysisResult]:
        """One result per job, in the order they were added."""
        results = list(self._found)
        elsewhere = set(self._in_background)
        missing = [i for i, result in enumerate(results) if result is None and i not in elsewhere]
        if missing:
            from generator.workers.dispatch import analyse_texts  # noqa: PLC0415 - spaCy on demand

            fresh = analyse_texts(
                [self._jobs[i].text for i in missing],
                self._options,
                [self._jobs[i].date for i in missing],
                workers=self._workers,
                progress=self._progress,
                cluster=self._cluster,
            )
            for index, result in zip(missing, fresh, strict=True):
                results[index] = result
        if self._background is not None:
            # Asked for last: on a cold build, the worker's few articles are done by now.
            made = self._background.results()
            for index, result in zip(self._in_background, made, strict=True):
                results[index] = result
        analysed = [*self._in_background, *missing]
        for index in analysed:
            new = results[index]
            if isinstance(new, Analysis):
                self._cache.store(self._keys[index], new)
        log.info(
            "news-digest: analysed %d of %d articles, %d from the cache",
            len(analysed),
            len(self._jobs),
            len(self._jobs) - len(analysed),
        )
        return [result for result in results if result is not None]

    def close(self) -> None:
        """Stop the worker, for a build that ends before asking for the results."""
        if self._background is not None:
            self._background.close()


def analyse_jobs(
    jobs: Sequence[AnalysisJob],
    options: AnalysisOptions,
    cache: AnalysisCache,
    *,
    workers: int = 1,
    progress: bool = False,
    cluster: str | None = None,
) -> list[AnalysisResult]:
    """One result per job, in order: from the cache when the same text was analysed before."""
    analyses = Analyses(options, cache, workers=workers, progress=progress, cluster=cluster)
    for job in jobs:
        analyses.add(job)
    return analyses.results()
