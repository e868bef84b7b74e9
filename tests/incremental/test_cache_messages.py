"""Every cache that gives up says so, naming its file and the reason, and the build goes on.

A cache that cannot be read is ignored (an INFO line: it costs speed, not correctness); one that
cannot be written is a WARNING, since every later build pays for it until someone looks.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest

from generator.collect.entity_rules import EMPTY_RULES
from generator.incremental import page_cache as page_cache_module
from generator.incremental.page_cache import PAGE_CACHE_FILE, PageCache
from generator.incremental.resolved_names import (
    NOTHING_KEPT,
    RESOLVED_NAMES_FILE,
    Kept,
    load_resolved,
    save_resolved,
)
from generator.incremental.seed_index import SEED_INDEX_FILE, SeedIndex
from generator.model.article import Article, CleanText

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
    assert re.fullmatch(r"news-digest: cannot write the page cache: \[Errno \d+\] .+", message)


def test_a_page_cache_folder_is_made_with_its_parents(tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "a" / "b")
    cache.store({"k": "v"}, {})
    assert (tmp_path / "a" / "b" / PAGE_CACHE_FILE).is_file()


def test_bad_resolved_names_are_ignored_with_a_line(
    tmp_path: Path, info: pytest.LogCaptureFixture
) -> None:
    (tmp_path / RESOLVED_NAMES_FILE).write_bytes(b"\xff not msgpack")
    assert load_resolved(tmp_path, EMPTY_RULES) == NOTHING_KEPT
    [message] = info.messages
    assert message.startswith(f"news-digest: ignoring the resolved names kept in {tmp_path} (")
    assert not message.endswith("(None)")


@pytest.mark.warnings_expected
def test_resolved_names_that_cannot_be_written_warn(
    file_not_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    kept = Kept({("Xi", "PERSON"): None})
    assert not save_resolved(file_not_folder, EMPTY_RULES, kept, NOTHING_KEPT)
    [message] = caplog.messages
    where = re.escape(str(file_not_folder / RESOLVED_NAMES_FILE))
    assert re.fullmatch(rf"news-digest: cannot write {where}: \[Errno \d+\] .+", message)


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


@pytest.mark.warnings_expected
def test_a_seed_index_that_cannot_be_written_warns(
    tmp_path: Path, file_not_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    seed = tmp_path / "a.txt"
    seed.write_text("text", encoding="utf-8")
    index = SeedIndex(file_not_folder, tmp_path, 100)
    index.put("a.txt", seed.lstat(), Article("a.txt", "text"), CleanText("text"))
    index.save()
    [message] = caplog.messages
    assert re.fullmatch(r"news-digest: cannot write the seed index: \[Errno \d+\] .+", message)


@pytest.mark.warnings_expected
def test_a_page_cache_that_fails_twice_warns_once_and_the_build_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    failures = iter([sqlite3.DatabaseError("malformed"), sqlite3.OperationalError("disk full")])

    def update(file: Path, new: object, stale: object) -> None:
        raise next(failures)

    monkeypatch.setattr(page_cache_module, "_update", update)
    PageCache(tmp_path).store({"k": "v"}, {})
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert caplog.messages == ["news-digest: cannot write the page cache: disk full"]
