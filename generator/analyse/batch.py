"""spaCy over many articles: in this process, or on every core with the model loaded once each.

Parsing and our own analysis both run in the workers, which send back small frozen `Analysis`
values rather than whole `Doc`s, so the parent does almost nothing but wait.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tqdm import tqdm

from generator.analyse.article import analyse_doc
from generator.analyse.nlp import load_pipeline
from generator.analyse.options import AnalysisOptions
from generator.model import Analysis, AnalysisFailure

log = logging.getLogger("mkdocs.plugins.news_digest")
BATCH_SIZE = 32
CHUNK_SIZE = 16  # articles a worker takes at a time: small enough to keep both cores busy
# Starting a worker costs a model load; below this many articles per worker, stay in-process.
MIN_ARTICLES_PER_WORKER = 24

Result = Analysis | AnalysisFailure
Advance = Callable[[int], object]  # moves the progress bar on


def analyse_texts(
    texts: Sequence[str],
    options: AnalysisOptions,
    dates: Sequence[dt.date | None] | None = None,
    *,
    workers: int = 1,
    progress: bool = False,
) -> list[Result]:
    """Analyse cleaned texts in order, each with its article's date; one result per text."""
    dated = list(zip(texts, dates if dates is not None else [None] * len(texts), strict=True))
    workers = min(workers, len(dated) // MIN_ARTICLES_PER_WORKER)
    with tqdm(total=len(dated), desc="Analysing", unit="article", disable=not progress) as bar:
        if workers > 1:
            return list(_in_pool(dated, options, workers, bar.update))
        return list(_in_process(dated, options, bar.update))


def _in_process(
    dated: Sequence[tuple[str, dt.date | None]], options: AnalysisOptions, advance: Advance
) -> Iterator[Result]:
    docs = load_pipeline().pipe(dated, batch_size=BATCH_SIZE, as_tuples=True)
    for doc, date in docs:
        try:
            yield analyse_doc(doc, options, date)
        except Exception as error:  # noqa: BLE001 - one article's bug must not sink the site
            yield AnalysisFailure(f"analysis failed: {type(error).__name__}: {error}")
        advance(1)


def _in_pool(
    dated: list[tuple[str, dt.date | None]],
    options: AnalysisOptions,
    workers: int,
    advance: Advance,
) -> Iterator[Result]:
    chunks = [dated[i : i + CHUNK_SIZE] for i in range(0, len(dated), CHUNK_SIZE)]
    # forkserver: workers fork from a clean, single-threaded server that has already imported
    # spaCy, so they start fast and never inherit the threads of `mkdocs serve`.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    done = 0
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=load_pipeline) as pool:
            for results in pool.map(_analyse_chunk, chunks, [options] * len(chunks)):
                done += 1
                advance(len(results))
                yield from results
    except BrokenProcessPool:
        # A worker died (out of memory, a crash in native code): finish here, one by one.
        log.warning("news-digest: an analysis worker died; finishing in the main process")
        for chunk in chunks[done:]:
            yield from _in_process(chunk, options, advance)


def _analyse_chunk(
    chunk: list[tuple[str, dt.date | None]], options: AnalysisOptions
) -> list[Result]:
    return list(_in_process(chunk, options, lambda _count: None))
