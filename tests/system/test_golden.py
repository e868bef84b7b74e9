"""Golden files: the Markdown tree generated from the repository's own seeds/.

After an intended change, refresh with `make golden` (UPDATE_GOLDEN=1) and review the diff.
"""

from __future__ import annotations

import os

import pytest
from conftest import ROOT

from generator.model.settings import Settings
from generator.pipeline import build_site

GOLDEN = ROOT / "tests" / "golden" / "seeds"


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    site = build_site(Settings(seeds_dir=ROOT / "seeds"))
    assert site.problems == ()
    return {page.path: page.content for page in site.pages}


def test_pages_match_the_golden_files(generated: dict[str, str]) -> None:
    if os.environ.get("UPDATE_GOLDEN"):
        if GOLDEN.exists():
            for old in GOLDEN.rglob("*"):
                if old.is_file():
                    old.unlink()
        for path, markdown in generated.items():
            target = GOLDEN / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(markdown, encoding="utf-8")
    golden = {
        p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
        for p in GOLDEN.rglob("*")
        if p.is_file()
    }
    assert sorted(generated) == sorted(golden), "pages added or removed: run `make golden`"
    for path, markdown in generated.items():
        assert markdown == golden[path], f"{path} differs from its golden file: run `make golden`"


def test_generation_is_deterministic(generated: dict[str, str]) -> None:
    again = build_site(Settings(seeds_dir=ROOT / "seeds"))
    assert {page.path: page.content for page in again.pages} == generated
