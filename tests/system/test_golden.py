"""Golden files: the Markdown tree generated from a folder of seeds, page by page.

Two sets: the repository's own `seeds/`, and `tests/fixtures/golden-seeds/` (made-up articles
chosen for what they exercise: falls of every kind, a figure-heavy report, a hostile title).
After an intended change, refresh both with `make golden` (UPDATE_GOLDEN=1) and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT

from generator.model.settings import Settings
from generator.pipeline import build_site

GOLDEN_SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "golden" / "seeds"),
    "articles": (
        ROOT / "tests" / "fixtures" / "golden-seeds",
        ROOT / "tests" / "golden" / "articles",
    ),
}


def generate(seeds: Path) -> dict[str, str]:
    site = build_site(Settings(seeds_dir=seeds))
    assert site.problems == ()
    return {page.path: page.content for page in site.pages}


@pytest.fixture(scope="module", params=sorted(GOLDEN_SETS))
def golden_set(request: pytest.FixtureRequest) -> tuple[Path, Path, dict[str, str]]:
    seeds, golden = GOLDEN_SETS[request.param]
    return seeds, golden, generate(seeds)


def refresh(golden: Path, generated: dict[str, str]) -> None:
    if golden.exists():
        for old in golden.rglob("*"):
            if old.is_file():
                old.unlink()
    for path, markdown in generated.items():
        target = golden / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")


def test_pages_match_the_golden_files(golden_set: tuple[Path, Path, dict[str, str]]) -> None:
    _seeds, golden, generated = golden_set
    if os.environ.get("UPDATE_GOLDEN"):
        refresh(golden, generated)
    expected = {
        p.relative_to(golden).as_posix(): p.read_text(encoding="utf-8")
        for p in golden.rglob("*")
        if p.is_file()
    }
    assert sorted(generated) == sorted(expected), "pages added or removed: run `make golden`"
    for path, markdown in generated.items():
        assert markdown == expected[path], f"{path} differs from its golden file: run `make golden`"


def test_generation_is_deterministic(golden_set: tuple[Path, Path, dict[str, str]]) -> None:
    seeds, _golden, generated = golden_set
    assert generate(seeds) == generated
