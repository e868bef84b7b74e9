"""The analyse stage as the pipeline sees it: the cache first, spaCy only for what is new.

Nothing here imports spaCy: when every article is in the cache, a rebuild never pays for
loading the NLP stack.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from generator.analyse.options import AnalysisOptions
from generator.cache import AnalysisCache
from generator.model import Analysis, AnalysisFailure

log = logging.getLogger("mkdocs.plugins.news_digest")


@dataclass(frozen=True, slots=True)
class AnalysisJob:
    text: str  # cleaned
    date: dt.date | None


def analyse_jobs(
    jobs: Sequence[AnalysisJob],
    options: AnalysisOptions,
    cache: AnalysisCache,
    *,
    workers: int = 1,
    progress: bool = False,
) -> list[Analysis | AnalysisFailure]:
    """One result per job, in order: from the cache when the same text was analysed before."""
    keys = [
        cache.key(job.text, job.date.isoformat() if job.date else None, options) for job in jobs
    ]
    results: list[Analysis | AnalysisFailure | None] = [cache.load(key) for key in keys]
    missing = [index for index, result in enumerate(results) if result is None]
    if missing:
        from generator.analyse.batch import analyse_texts  # noqa: PLC0415 - spaCy on demand

        fresh = analyse_texts(
            [jobs[i].text for i in missing],
            options,
            [jobs[i].date for i in missing],
            workers=workers,
            progress=progress,
        )
        for index, result in zip(missing, fresh, strict=True):
            results[index] = result
            if isinstance(result, Analysis):
                cache.store(keys[index], result)
    log.info(
        "news-digest: analysed %d of %d articles, %d from the cache",
        len(missing),
        len(jobs),
        len(jobs) - len(missing),
    )
    return [result for result in results if result is not None]
