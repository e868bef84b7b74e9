"""Every cache that gives up says so, naming its file and the reason, and the build goes on.

A cache that cannot be read is ignored (an INFO line: it costs speed, not correctness); one that
cannot be written is a WARNING, since every later build pays for it until someone looks.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from generator.collect.entity_rules import EMPTY_RULES
from generator.incremental.page_cache import PAGE_CACHE_FILE, PageCache
from generator.incremental.resolved_names import RESOLVED_NAMES_FILE, load_resolved, save_resolved
from generator.incremental.seed_index import SEED_INDEX_FILE, SeedIndex

NOT_A_DATABASE = b"not a database at all" * 100


@pytest.fixture
def info(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    # On the "mkdocs" logger itself: the CLI sets it to WARNING, and tests run the CLI in-process.
    caplog.set_level(logging.INFO, logger="mkdocs")
    return caplog


def test_a_bad_page_cache_is_ignored_then_replaced_with_a_line_each(
    tmp_path: Path, info: pytest.LogCaptureFixture
) -> None:
    file = tmp_path / "nested" / PAGE_CACHE_FILE
    file.parent.mkdir()
    file.write_bytes(NOT_A_DATABASE)
    cache = PageCache(file.parent)
    assert cache.load_all() == {}
    cache.store({"k": "v"}, {})
    assert cache.load_all() == {"k": "v"}
    assert info.messages == [
        f"news-digest: ignoring a bad page cache {file} (file is not a database)",
        f"news-digest: replacing a bad page cache {file} (file is not a database)",
    ]


@pytest.mark.warnings_expected
def test_a_page_cache_that_cannot_be_written_warns(
    file_not_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    PageCache(file_not_folder).store({"k": "v"}, {})
    [message] = caplog.messages
    assert message.startswith("news-digest: cannot write the page cache: ")


def test_a_page_cache_folder_is_made_with_its_parents(tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "a" / "b")
    cache.store({"k": "v"}, {})
    assert (tmp_path / "a" / "b" / PAGE_CACHE_FILE).is_file()


def test_bad_resolved_names_are_ignored_with_a_line(
    tmp_path: Path, info: pytest.LogCaptureFixture
) -> None:
    (tmp_path / RESOLVED_NAMES_FILE).write_bytes(b"\xff not msgpack")
    assert load_resolved(tmp_path, EMPTY_RULES) == {}
    [message] = info.messages
    assert message.startswith(f"news-digest: ignoring the resolved names kept in {tmp_path} (")


@pytest.mark.warnings_expected
def test_resolved_names_that_cannot_be_written_warn(
    file_not_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert not save_resolved(file_not_folder, EMPTY_RULES, {("Xi", "PERSON"): None}, {})
    [message] = caplog.messages
    assert message.startswith(
        f"news-digest: cannot write {file_not_folder / RESOLVED_NAMES_FILE}: "
    )


def test_a_bad_seed_index_is_ignored_with_a_line(
    tmp_path: Path, info: pytest.LogCaptureFixture
) -> None:
    (tmp_path / SEED_INDEX_FILE).write_bytes(b"\xff not msgpack")
    index = SeedIndex(tmp_path, tmp_path, 100)
    assert index.earlier("a.txt") is None
    [message] = info.messages
    assert message.startswith(
        f"news-digest: ignoring a bad seed index {tmp_path / SEED_INDEX_FILE} ("
    )
