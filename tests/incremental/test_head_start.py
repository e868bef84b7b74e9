"""Reading the seeds newest first, from the seed index when unchanged."""

import os
from pathlib import Path

from generator.incremental.analyses import Analyses
from generator.incremental.analysis_cache import AnalysisCache
from generator.incremental.head_start import Gathered, Seed, gather_seeds
from generator.model.build import Problem
from generator.model.settings import AnalysisOptions, Settings


def gather(settings: Settings) -> tuple[Gathered, int]:
    analyses = Analyses(AnalysisOptions(), AnalysisCache(settings.cache_dir))
    return gather_seeds(settings, analyses), len(analyses)


def text_of(seed: Seed) -> str:
    return seed.reason if isinstance(seed, Problem) else seed[1].text


def test_seeds_come_in_path_order_and_an_edit_brings_its_earlier_version(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in (("a.txt", "Anne Roux spoke."), ("b.txt", ""), ("c.txt", "Rain fell.")):
        (seeds / name).write_text(text)
    os.utime(seeds / "a.txt", ns=(10**18, 10**18))  # the newest: read before the index
    settings = Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache")
    first, jobs = gather(settings)
    assert [text_of(seed) for seed in first.seeds] == [
        "Anne Roux spoke.",
        "has no article text",
        "Rain fell.",
    ]
    assert (first.before_edit, jobs) == ({}, 2)
    again, _ = gather(settings)
    assert again == first  # every article from the index, equal to what reading gives
    (seeds / "c.txt").write_text("Rain fell all day.")
    edited, _ = gather(settings)
    assert text_of(edited.seeds[2]) == "Rain fell all day."
    before = [(article.path, text.text) for article, text in edited.before_edit.values()]
    assert before == [("c.txt", "Rain fell.")]
