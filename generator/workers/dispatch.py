"""Where a batch of articles is analysed: a Dask cluster when one is set, else every core of
this machine once there are enough articles to pay for starting workers, else this process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tqdm import tqdm

from generator.model.analysis import AnalysisJob, AnalysisResult
from generator.model.errors import ClusterError
from generator.model.settings import AnalysisOptions
from generator.workers.pool import Advance, analyse_in_pool, analyse_in_process

# Starting a worker costs a model load; below this many articles per worker, stay in-process.
MIN_ARTICLES_PER_WORKER = 24


def analyse_texts(
    texts: Sequence[str],
    options: AnalysisOptions,
    dates: Sequence[dt.date | None] | None = None,
    *,
    workers: int = 1,
    progress: bool = False,
    cluster: str | None = None,
) -> list[AnalysisResult]:
    """Analyse cleaned texts in order, each with its article's date; one result per text.

    With `cluster`, a Dask scheduler's address, the workers of that cluster do it instead.
    """
    every_date = dates if dates is not None else [None] * len(texts)
    dated = [AnalysisJob(text, date) for text, date in zip(texts, every_date, strict=True)]
    workers = min(workers, len(dated) // MIN_ARTICLES_PER_WORKER)
    with tqdm(total=len(dated), desc="Analysing", unit="article", disable=not progress) as bar:
        if cluster is not None:
            return _on_cluster(dated, options, cluster, bar.update)
        if workers > 1:
            return list(analyse_in_pool(dated, options, workers, bar.update))
        return list(analyse_in_process(dated, options, bar.update))


def _on_cluster(
    dated: list[AnalysisJob], options: AnalysisOptions, address: str, advance: Advance
) -> list[AnalysisResult]:
    try:
        from generator.workers.dask_cluster import analyse_on_cluster  # noqa: PLC0415 - Dask if asked
    except ModuleNotFoundError as error:
        raise ClusterError(
            f"a Dask scheduler is set, but {error.name} is not installed: "
            'pip install "mkdocs-news-digest[dask]"'
        ) from error
    return analyse_on_cluster(dated, options, address, advance)
