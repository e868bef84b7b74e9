"""spaCy over many articles: in this process, or on every core with the model loaded once each.

The chunks of a batch are also what the Dask workers take (`dask_cluster`).

Parsing and our own analysis both run in the workers, which send back small frozen `Analysis`
values rather than whole `Doc`s, so the parent does almost nothing but wait. It does not even
import spaCy then: the forkserver imports it once for the workers, and a second of importing
here too would only hold up their start.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from generator.model.analysis import AnalysisFailure, AnalysisJob, AnalysisResult
from generator.model.settings import AnalysisOptions

log = logging.getLogger("mkdocs.plugins.news_digest")
BATCH_SIZE = 32
CHUNK_SIZE = 16  # articles a worker takes at a time: small enough to keep both cores busy
# The last chunks shrink to this, so that no core waits long for another at the end.
LAST_CHUNK_SIZE = 4

# What the forkserver imports once, so that every worker it forks starts with spaCy loaded.
ANALYSIS_MODULE = "generator.analyse.article"

Advance = Callable[[int], object]  # moves the progress bar on


def load_worker_pipeline() -> None:
    """A worker's initializer: the model is loaded before the first chunk arrives."""
    from generator.analyse.nlp.loader import load_pipeline  # noqa: PLC0415 - spaCy where it is used

    load_pipeline()


def analyse_in_process(
    dated: Sequence[AnalysisJob], options: AnalysisOptions, advance: Advance
) -> Iterator[AnalysisResult]:
    from generator.analyse.article import analyse_doc  # noqa: PLC0415 - spaCy where it is used
    from generator.analyse.nlp.loader import load_pipeline  # noqa: PLC0415

    pairs = ((job.text, job.date) for job in dated)
    docs = load_pipeline().pipe(pairs, batch_size=BATCH_SIZE, as_tuples=True)
    for doc, date in docs:
        try:
            yield analyse_doc(doc, options, date)
        except Exception as error:  # noqa: BLE001 - one article's bug must not sink the site
            yield AnalysisFailure(f"analysis failed: {type(error).__name__}: {error}")
        advance(1)


def analyse_in_pool(
    dated: list[AnalysisJob],
    options: AnalysisOptions,
    workers: int,
    advance: Advance,
) -> Iterator[AnalysisResult]:
    chunks = chunk_articles(dated, workers)
    # forkserver: workers fork from a clean, single-threaded server that has already imported
    # spaCy, so they start fast and never inherit the threads of `mkdocs serve`.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__, ANALYSIS_MODULE])
    done = 0
    try:
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=load_worker_pipeline
        ) as pool:
            for results in pool.map(analyse_chunk, chunks, [options] * len(chunks)):
                done += 1
                advance(len(results))
                yield from results
    except BrokenProcessPool:
        # A worker died (out of memory, a crash in native code): finish here, one by one.
        log.warning("news-digest: an analysis worker died; finishing in the main process")
        for chunk in chunks[done:]:
            yield from analyse_in_process(chunk, options, advance)


def chunk_articles(dated: list[AnalysisJob], workers: int) -> list[list[AnalysisJob]]:
    """Chunks of `CHUNK_SIZE` articles, then ever smaller ones as the end nears."""
    chunks = []
    start = 0
    while start < len(dated):
        remaining = len(dated) - start
        size = max(LAST_CHUNK_SIZE, min(CHUNK_SIZE, remaining // (2 * workers)))
        chunks.append(dated[start : start + size])
        start += size
    return chunks


def analyse_chunk(chunk: list[AnalysisJob], options: AnalysisOptions) -> list[AnalysisResult]:
    """A few texts analysed in this process (a worker's task)."""
    return list(analyse_in_process(chunk, options, lambda _count: None))
