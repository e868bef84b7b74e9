"""The analysis on a Dask cluster that people already run, instead of this machine's cores.

Imported only when a build names a scheduler (`dask_scheduler` in `mkdocs.yml`, `--dask`):
without one, nothing of Dask is loaded. Articles travel in the same batches as the local pool
uses and come back as small frozen `Analysis` values, which the caller stores in its analysis
cache exactly as it stores its own. Each worker loads the spaCy pipeline once, as it joins
(`SpacyPipeline`), so no batch waits for a model.

When a worker is lost, the scheduler runs its batches again elsewhere; each batch's result is
taken once, by its position, however many times it ran, so no article is missed or counted twice.
"""

from __future__ import annotations

import logging
import threading

from distributed import Client, Future, Worker, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from generator.analyse.version import analysis_fingerprint
from generator.model.analysis import AnalysisJob, AnalysisResult
from generator.model.errors import ClusterError
from generator.model.settings import AnalysisOptions
from generator.workers.pool import Advance, analyse_chunk, chunk_articles

log = logging.getLogger("mkdocs.plugins.news_digest")
PLUGIN_NAME = "news-digest-spacy"
# Long enough for a scheduler that is busy, short enough that a wrong address fails fast.
CONNECT_TIMEOUT = "10s"
# A cluster that scales with demand may start its first worker only once work is waiting.
WORKER_TIMEOUT = 120.0

# A worker may run several tasks at once on threads; spaCy promises nothing about one pipeline
# used from two threads, and the GIL would gain nothing: batches in one worker take turns.
_PIPELINE_LOCK = threading.Lock()


class WorkerMismatchError(RuntimeError):
    """A worker runs other analysis code or another model than the build that asked it."""


class SpacyPipeline(WorkerPlugin):
    """Loads the English pipeline in each worker when it joins the cluster or this plugin."""

    name = PLUGIN_NAME

    def setup(self, worker: Worker) -> None:
        from generator.analyse.nlp.loader import load_pipeline  # noqa: PLC0415 - in the worker only

        load_pipeline()


def analyse_batch(
    batch: list[AnalysisJob], options: AnalysisOptions, fingerprint: str
) -> list[AnalysisResult]:
    """A worker's task: one batch, analysed as the local pool analyses a chunk."""
    here = analysis_fingerprint()
    if here != fingerprint:
        # Its analyses would land in the cache under keys that promise other code or model.
        raise WorkerMismatchError(
            f"a worker analyses with {here!r}, the build with {fingerprint!r}: "
            "install the same generator and model on every worker"
        )
    with _PIPELINE_LOCK:
        return analyse_chunk(batch, options)


def analyse_on_cluster(
    dated: list[AnalysisJob], options: AnalysisOptions, address: str, advance: Advance
) -> list[AnalysisResult]:
    """One result per article, in order, analysed by the workers of the scheduler at `address`."""
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {error}") from error
    with client:
        try:
            client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        except TimeoutError as error:
            raise ClusterError(
                f"the Dask scheduler at {address} has had no worker for {WORKER_TIMEOUT:g} s"
            ) from error
        try:
            client.register_plugin(SpacyPipeline(), name=PLUGIN_NAME)
        except Exception as error:  # raised in a worker: any kind, any cause
            raise ClusterError(
                f"a worker of the Dask scheduler at {address} cannot load the analysis: "
                f"{type(error).__name__}: {error}"
            ) from error
        threads = sum(client.nthreads().values())
        log.info(
            "news-digest: analysing %d articles on %s (%d threads)", len(dated), address, threads
        )
        batches = chunk_articles(dated, max(threads, 1))
        fingerprint = analysis_fingerprint()
        futures = [
            client.submit(analyse_batch, batch, options, fingerprint, pure=False)
            for batch in batches
        ]
        position = {future.key: number for number, future in enumerate(futures)}
        done: dict[int, list[AnalysisResult]] = {}
        for future in as_completed(futures, loop=client.loop):
            number = position[future.key]
            done[number] = _result_of(future, batches[number], options)
            advance(len(batches[number]))
    return [result for number in range(len(batches)) for result in done[number]]


def _result_of(
    future: Future[list[AnalysisResult]], batch: list[AnalysisJob], options: AnalysisOptions
) -> list[AnalysisResult]:
    try:
        results: list[AnalysisResult] = future.result()
    except WorkerMismatchError as error:
        raise ClusterError(str(error)) from error
    except Exception as error:  # noqa: BLE001 - whatever befell the batch, the site is finished
        # The batch killed worker after worker (a crash in native code), or the scheduler went
        # away: as when the local pool breaks, the batch is analysed here instead.
        log.warning(
            "news-digest: a batch failed on the cluster (%s: %s); analysing it here",
            type(error).__name__,
            error,
        )
        return analyse_chunk(batch, options)
    finally:
        future.release()
    return results
