"""The whole build: here, what it hands back for urls.yml."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.model.settings import Settings
from generator.pipeline import build_site


def test_an_unchanged_url_history_comes_back_as_the_file_it_was_read_from(
    tmp_path: Path,
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("date 2024-01-02 The mayor of Lyon, Anne Roux, spoke on Monday.")
    (seeds / "b.txt").write_text("date 2024-01-03 Rain fell on Paris for a third day.")
    history = tmp_path / "urls.yml"
    settings = Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache", url_history_file=history)
    dumped = build_site(settings).url_history
    assert dumped is not None
    history.write_text(dumped, encoding="utf-8")
    assert build_site(settings).url_history == dumped
    # The same history written otherwise (keys out of order, a comment): dumped again, since
    # nothing vouches for that text as this code's.
    entries = yaml.safe_load(dumped)
    assert len(entries) > 1
    reordered = yaml.safe_dump(dict(reversed(entries.items())), sort_keys=False)
    history.write_text("# by hand\n" + reordered, encoding="utf-8")
    assert build_site(settings).url_history == dumped
