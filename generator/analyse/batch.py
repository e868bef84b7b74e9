"""spaCy over many articles: in this process, or on every core with the model loaded once each.

Parsing and our own analysis both run in the workers, which send back small frozen `Analysis`
values rather than whole `Doc`s, so the parent does almost nothing but wait. It does not even
import spaCy then: the forkserver imports it once for the workers, and a second of importing
here too would only hold up their start.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tqdm import tqdm

from generator.analyse.options import AnalysisOptions
from generator.analyse.run import ClusterError
from generator.model import Analysis, AnalysisFailure

log = logging.getLogger("mkdocs.plugins.news_digest")
BATCH_SIZE = 32
CHUNK_SIZE = 16  # articles a worker takes at a time: small enough to keep both cores busy
# The last chunks shrink to this, so that no core waits long for another at the end.
LAST_CHUNK_SIZE = 4
# Starting a worker costs a model load; below this many articles per worker, stay in-process.
MIN_ARTICLES_PER_WORKER = 24

# What the forkserver imports once, so that every worker it forks starts with spaCy loaded.
ANALYSIS_MODULE = "generator.analyse.article"

Result = Analysis | AnalysisFailure
Dated = tuple[str, dt.date | None]  # a cleaned text and its article's date
Advance = Callable[[int], object]  # moves the progress bar on


def analyse_texts(
    texts: Sequence[str],
    options: AnalysisOptions,
    dates: Sequence[dt.date | None] | None = None,
    *,
    workers: int = 1,
    progress: bool = False,
    cluster: str | None = None,
) -> list[Result]:
    """Analyse cleaned texts in order, each with its article's date; one result per text.

    With `cluster`, a Dask scheduler's address, the workers of that cluster do it instead.
    """
    dated = list(zip(texts, dates if dates is not None else [None] * len(texts), strict=True))
    workers = min(workers, len(dated) // MIN_ARTICLES_PER_WORKER)
    with tqdm(total=len(dated), desc="Analysing", unit="article", disable=not progress) as bar:
        if cluster is not None:
            return _on_cluster(dated, options, cluster, bar.update)
        if workers > 1:
            return list(_in_pool(dated, options, workers, bar.update))
        return list(_in_process(dated, options, bar.update))


def _on_cluster(
    dated: list[Dated], options: AnalysisOptions, address: str, advance: Advance
) -> list[Result]:
    try:
        from generator.analyse.cluster import analyse_on_cluster  # noqa: PLC0415 - Dask if asked
    except ModuleNotFoundError as error:
        raise ClusterError(
            f"a Dask scheduler is set, but {error.name} is not installed: "
            'pip install "mkdocs-news-digest[dask]"'
        ) from error
    return analyse_on_cluster(dated, options, address, advance)


def load_worker_pipeline() -> None:
    """A worker's initializer: the model is loaded before the first chunk arrives."""
    from generator.analyse.nlp import load_pipeline  # noqa: PLC0415 - spaCy where it is used

    load_pipeline()


def _in_process(
    dated: Sequence[Dated], options: AnalysisOptions, advance: Advance
) -> Iterator[Result]:
    from generator.analyse.article import analyse_doc  # noqa: PLC0415 - spaCy where it is used
    from generator.analyse.nlp import load_pipeline  # noqa: PLC0415

    docs = load_pipeline().pipe(dated, batch_size=BATCH_SIZE, as_tuples=True)
    for doc, date in docs:
        try:
            yield analyse_doc(doc, options, date)
        except Exception as error:  # noqa: BLE001 - one article's bug must not sink the site
            yield AnalysisFailure(f"analysis failed: {type(error).__name__}: {error}")
        advance(1)


def _in_pool(
    dated: list[Dated],
    options: AnalysisOptions,
    workers: int,
    advance: Advance,
) -> Iterator[Result]:
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
            yield from _in_process(chunk, options, advance)


def chunk_articles(dated: list[Dated], workers: int) -> list[list[Dated]]:
    """Chunks of `CHUNK_SIZE` articles, then ever smaller ones as the end nears."""
    chunks = []
    start = 0
    while start < len(dated):
        remaining = len(dated) - start
        size = max(LAST_CHUNK_SIZE, min(CHUNK_SIZE, remaining // (2 * workers)))
        chunks.append(dated[start : start + size])
        start += size
    return chunks


def analyse_chunk(chunk: list[Dated], options: AnalysisOptions) -> list[Result]:
    """A few texts analysed in this process (a worker's task)."""
    return list(_in_process(chunk, options, lambda _count: None))
