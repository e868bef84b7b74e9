"""One analysis worker that starts as soon as a rebuild finds its first new article.

A rebuild after an edit has one or a few articles to analyse, and importing spaCy and loading
its model takes far longer than analysing them. Started the moment the first one is found, that
load runs on another core while this process reads, cleans and looks up the rest of the site.
The worker is started only when something needs analysing: a fully cached build never loads
spaCy anywhere.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from generator.model.analysis import AnalysisJob, AnalysisResult
from generator.model.settings import AnalysisOptions
from generator.workers.pool import analyse_chunk, load_worker_pipeline

log = logging.getLogger("mkdocs.plugins.news_digest")


class BackgroundAnalysis:
    """Texts analysed in one worker process, in the order they were submitted."""

    def __init__(self, options: AnalysisOptions) -> None:
        self._options = options
        self._pool: ProcessPoolExecutor | None = None
        self._submitted: list[tuple[str, dt.date | None, Future[list[AnalysisResult]]]] = []

    def __len__(self) -> int:
        return len(self._submitted)

    def submit(self, text: str, date: dt.date | None) -> None:
        if self._pool is None:
            context = multiprocessing.get_context(_start_method())
            self._pool = ProcessPoolExecutor(
                1, mp_context=context, initializer=load_worker_pipeline
            )
        future = self._pool.submit(analyse_chunk, [AnalysisJob(text, date)], self._options)
        self._submitted.append((text, date, future))

    def results(self) -> list[AnalysisResult]:
        """One result per submitted text, in order; waits for the worker to finish them."""
        results: list[AnalysisResult] = []
        try:
            for text, date, future in self._submitted:
                results.extend(_result_of(future, text, date, self._options))
        finally:
            self.close()
        return results

    def close(self) -> None:
        """Let the worker go; its exit (freeing the model takes a while) is not waited for."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _start_method() -> str:
    # Forking a single-threaded process is safe and skips starting an interpreter; under
    # `mkdocs serve`, whose threads a fork would copy mid-flight, the worker is spawned. Not the
    # forkserver of `pool`'s workers: starting it waits until it has imported spaCy, which would
    # hold this process up for as long as the load it is meant to overlap.
    forkable = "fork" in multiprocessing.get_all_start_methods()
    return "fork" if forkable and threading.active_count() == 1 else "spawn"


def _result_of(
    future: Future[list[AnalysisResult]], text: str, date: dt.date | None, options: AnalysisOptions
) -> list[AnalysisResult]:
    try:
        return future.result()
    except BrokenProcessPool:
        # The worker died (out of memory, a crash in native code): analyse here instead.
        log.warning("news-digest: the analysis worker died; analysing in the main process")
        return analyse_chunk([AnalysisJob(text, date)], options)
