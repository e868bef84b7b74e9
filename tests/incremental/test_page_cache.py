import sqlite3
from contextlib import closing
from pathlib import Path

from generator.incremental.page_cache import PAGE_CACHE_FILE, PageCache


def test_round_trip_of_every_page(tmp_path: Path) -> None:
    cache = PageCache(tmp_path)
    assert cache.load_all() == {}
    cache.store({"k1": "# One\n", "k2": "# Two ✓\n"}, {})
    assert cache.load_all() == {"k1": "# One\n", "k2": "# Two ✓\n"}


def test_a_corrupt_or_foreign_file_is_ignored_then_replaced(tmp_path: Path) -> None:
    cache = PageCache(tmp_path)
    file = tmp_path / PAGE_CACHE_FILE
    for content in (b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 200):
        file.write_bytes(content)
        assert cache.load_all() == {}
        cache.store({"k": "v"}, {})
        assert cache.load_all() == {"k": "v"}
    # Another program's table of the same name. Closed, not only committed: Python 3.13 warns
    # of a connection left open, whenever the collector happens to find it.
    with closing(sqlite3.connect(file)) as database, database:
        database.execute("DROP TABLE pages")
        database.execute("CREATE TABLE pages (x INTEGER)")
    assert cache.load_all() == {}


def test_no_folder_means_no_cache(tmp_path: Path) -> None:
    cache = PageCache(None)
    cache.store({"k": "v"}, {})
    assert cache.load_all() == {}
    assert list(tmp_path.iterdir()) == []


def test_load_all_reads_every_page_kept(tmp_path: Path) -> None:
    cache = PageCache(tmp_path)
    assert cache.load_all() == {}
    cache.store({"k1": "a", "k2": "b"}, {})
    assert cache.load_all() == {"k1": "a", "k2": "b"}


def test_storing_over_everything_loaded_adds_the_new_and_drops_the_stale(tmp_path: Path) -> None:
    cache = PageCache(tmp_path)
    cache.store({"old": "a", "kept": "b"}, cache.load_all())
    assert cache.load_all() == {"old": "a", "kept": "b"}
    cache.store({"kept": "b", "new": "c"}, cache.load_all())
    assert cache.load_all() == {"kept": "b", "new": "c"}
