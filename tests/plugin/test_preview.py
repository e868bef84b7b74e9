"""`mkdocs serve --dirty`: only changed generated pages are built, and the site stays whole."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEED
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from projects import FIXTURE_SEEDS, make_project

from generator.plugin.preview import PreviewBuilds, merge_search_entries


def entry(location: str) -> dict[str, str]:
    return {"location": location, "title": location or "home", "text": ""}


def test_merge_keeps_old_entries_of_exactly_the_pages_not_rebuilt() -> None:
    previous = [entry(""), entry("#latest"), entry("a/"), entry("a/#summary"), entry("b/")]
    fresh = [entry(""), entry("a/")]
    merged = merge_search_entries(previous, fresh, rebuilt={"", "a/"})
    assert [e["location"] for e in merged] == ["b/", "", "a/"]


def test_merge_drops_a_gone_page_that_has_no_fresh_entries() -> None:
    merged = merge_search_entries([entry("a/"), entry("b/")], [], rebuilt={"b/"})
    assert [e["location"] for e in merged] == ["a/"]


@pytest.fixture
def config(tmp_path: Path) -> MkDocsConfig:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    loaded = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    # What MkDocs sets while a plugin's event runs, and `File.generated` reads.
    loaded.plugins._current_plugin = "news-digest"
    return loaded


def test_a_generated_file_counts_as_changed_only_when_its_bytes_are(config: MkDocsConfig) -> None:
    preview = PreviewBuilds()
    assert preview.file(config, "a.md", "# A\n").changed
    unchanged = preview.file(config, "a.md", "# A\n")
    assert not unchanged.changed
    # Still built while its output is missing (the first build into a fresh folder).
    assert unchanged.is_modified()
    Path(unchanged.abs_dest_path).parent.mkdir(parents=True)
    Path(unchanged.abs_dest_path).write_text("<p>A</p>", encoding="utf-8")
    assert not unchanged.is_modified()
    assert preview.file(config, "a.md", "# A, edited\n").is_modified()


def test_forget_makes_every_file_changed_again(config: MkDocsConfig) -> None:
    preview = PreviewBuilds()
    preview.file(config, "a.md", "# A\n")
    preview.forget()
    assert preview.file(config, "a.md", "# A\n").changed


def test_a_gone_page_is_named_once_and_counts_as_rebuilt(config: MkDocsConfig) -> None:
    preview = PreviewBuilds()
    kept, gone = preview.file(config, "a.md", "# A\n"), preview.file(config, "b.md", "# B\n")
    assert preview.gone([kept, gone]) == []
    assert preview.gone([kept]) == [gone.abs_dest_path]
    assert preview.gone([kept]) == []
    assert preview.rebuilt == {"b/"}
    assert preview.file(config, "b.md", "# B\n").changed  # back again: built again


@pytest.fixture
def fresh_plugins() -> Iterator[None]:
    # MkDocs keeps plugin instances for the life of the process, as `mkdocs serve` needs; a test
    # that plays a serve session starts from new ones, as a new `mkdocs serve` would.
    cache = MkDocsConfig.__dict__["plugins"].plugin_cache
    cache.clear()
    yield
    cache.clear()


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def search_entries(site: Path) -> list[str]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return sorted(json.dumps(doc, sort_keys=True) for doc in index["docs"])


@pytest.mark.site
@pytest.mark.warnings_expected  # MkDocs' own notice on every dirty build, checked below
@pytest.mark.usefixtures("fresh_plugins")
def test_a_dirty_preview_rebuilds_little_and_equals_a_clean_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config_file = make_project(tmp_path / "project", [*sorted(FIXTURE_SEEDS.iterdir()), SEED])
    seeds = config_file.parent / "seeds"
    preview, clean = tmp_path / "preview", tmp_path / "clean"

    def build_preview() -> None:
        build(load_config(str(config_file), site_dir=str(preview)), dirty=True)

    first = load_config(str(config_file), site_dir=str(preview))
    first.plugins.on_startup(command="serve", dirty=True)
    build(first, dirty=True)
    # The seed article shares no entity with the two articles changed below.
    untouched = preview / "articles" / "vladimir-putin-and-xi-jinping-have-met-about-40-times"
    before = (untouched / "index.html").stat().st_mtime_ns

    festival = seeds / "festival.txt"
    festival.write_text(
        festival.read_text(encoding="utf-8").replace("50 concerts", "60 concerts"), "utf-8"
    )
    (seeds / "harbour-bridge.txt").unlink()
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.news_digest"):
        build_preview()
    assert any("its page is gone" in message for message in caplog.messages)
    assert (untouched / "index.html").stat().st_mtime_ns == before
    assert not (preview / "entities" / "person" / "maria-lopez").exists()

    MkDocsConfig.__dict__["plugins"].plugin_cache.clear()
    build(load_config(str(config_file), site_dir=str(clean)))
    ours, theirs = files_of(preview), files_of(clean)
    index = "search/search_index.json"
    assert search_entries(preview) == search_entries(clean)
    del ours[index], theirs[index]
    assert sorted(ours) == sorted(theirs)
    assert [path for path in ours if ours[path] != theirs[path]] == []
    warnings = {r.getMessage()[:30] for r in caplog.records if r.levelno >= logging.WARNING}
    assert warnings == {"A 'dirty' build is being perfo"}
