"""The analyse stage: the cache first, then early analyses in a worker, then the pool."""

import datetime as dt
from pathlib import Path

from generator.incremental.analyses import Analyses, analyse_jobs
from generator.incremental.analysis_cache import AnalysisCache
from generator.model.analysis import AnalysisJob
from generator.model.settings import AnalysisOptions
from generator.workers.dispatch import analyse_texts

JOBS = [
    AnalysisJob("Anne Roux, the mayor of Lyon, spoke on Monday.", dt.date(2024, 1, 2)),
    AnalysisJob("Shares in Acme rose 12% after profits doubled.", None),
]


def test_results_come_in_order_and_then_from_the_cache(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    expected = analyse_texts([job.text for job in JOBS], AnalysisOptions(), [j.date for j in JOBS])
    assert analyse_jobs(JOBS, AnalysisOptions(), cache) == expected
    again = Analyses(AnalysisOptions(), cache, early=True)
    for job in JOBS:
        again.add(job)
    assert not again.waiting  # everything was in the cache: no worker started
    assert again.cached() == expected  # every one is there
    assert again.results() == expected
