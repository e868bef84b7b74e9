"""Every kind of bad seed in the hostile corpus is refused by name, line and reason.

The same table as the whole-system test (`tests/system/test_hostile_bad_seeds.py`), read here
seed by seed, in this process: a reader of the report learns what is wrong and where.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hostile_corpus import BAD, BAD_SEEDS, MAX_CHARS, make_bad_seeds

from generator.ingest.clean import NOTHING_LEFT, clean_body
from generator.ingest.seeds import read_seed_or_problem
from generator.model.build import Problem


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "seeds"
    shutil.copytree(BAD, folder, symlinks=True, ignore=shutil.ignore_patterns(".*"))
    make_bad_seeds(folder, folder.parent / "secret.txt")
    return folder


@pytest.mark.parametrize("name", sorted(BAD_SEEDS))
def test_a_bad_seed_is_refused_with_its_line_and_reason(seeds: Path, name: str) -> None:
    line, reason = BAD_SEEDS[name]
    seed = read_seed_or_problem(seeds / name, seeds, MAX_CHARS)
    if not isinstance(seed, Problem):
        # Readable, but nothing is left for the site once cleaned.
        assert clean_body(seed.body) is None
        seed = Problem(name, NOTHING_LEFT)
    assert (seed.path, seed.line) == (name, line)
    assert seed.reason.startswith(reason), seed.reason
