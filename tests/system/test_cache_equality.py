"""The speed work changes no byte: the whole built site is the same with the caches off, cold,
warm, and warm after an edit (against a build of the edited seeds with the caches off).

Every cache (analyses, seed index, resolved names, page Markdown, `mkdocs serve` previews aside)
is keyed by what it depends on; a key that misses an input serves a stale value, and shows here
as a difference in some built file.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from conftest import SEED
from projects import FIXTURE_SEEDS, make_project, run_mkdocs

pytestmark = pytest.mark.site

# It has a title of its own: a derived title could change with the edit, and so the page key.
EDITED = "city-budget.md"


def edit_one_seed(config: Path) -> None:
    # Words that name nothing: only the article's own content changes, not the entities it
    # names, so a key that missed the content would serve the old page.
    seed = config.parent / "seeds" / EDITED
    text = seed.read_text(encoding="utf-8")
    edited = text.replace("had ignored rising rents", "had ignored rising rents and fares")
    assert edited != text
    seed.write_text(edited, encoding="utf-8")


def build(config: Path, site: str) -> Path:
    result = run_mkdocs("build", "--strict", "-f", str(config), "-d", site, cwd=config.parent)
    assert result.returncode == 0, result.stderr
    return config.parent / site


def differences(left: Path, right: Path) -> list[str]:
    """Every file that is in one tree only, or in both with other bytes."""
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return sorted(found)


def test_the_site_is_the_same_with_the_caches_off_cold_warm_and_after_an_edit(
    tmp_path: Path,
) -> None:
    seeds = [*sorted(FIXTURE_SEEDS.iterdir()), SEED]
    uncached = make_project(tmp_path / "uncached", seeds, cache=False)
    cached = make_project(tmp_path / "cached", seeds)
    off = build(uncached, "site-off")
    cold = build(cached, "site-cold")
    assert (cached.parent / ".cache" / "news-digest").is_dir()
    warm = build(cached, "site-warm")
    assert differences(off, cold) == []
    assert differences(off, warm) == []

    edit_one_seed(uncached)
    edit_one_seed(cached)
    edited_off = build(uncached, "site-edited-off")
    edited_warm = build(cached, "site-edited-warm")
    assert differences(off, edited_off) != []  # the edit shows, or the test proves nothing
    assert differences(edited_off, edited_warm) == []
