from pathlib import Path

import msgspec

from generator.page_cache import PAGE_CACHE_FILE, PageCache


def test_round_trip(tmp_path: Path) -> None:
    cache = PageCache(tmp_path)
    assert cache.load() == {}
    cache.store({"k1": "# One\n", "k2": "# Two ✓\n"}, {})
    assert cache.load() == {"k1": "# One\n", "k2": "# Two ✓\n"}


def test_nothing_is_written_when_the_keys_are_the_earlier_ones(tmp_path: Path) -> None:
    cache = PageCache(tmp_path)
    cache.store({"k": "old"}, {})
    stamp = (tmp_path / PAGE_CACHE_FILE).stat().st_mtime_ns
    cache.store({"k": "old"}, {"k": "old"})
    assert (tmp_path / PAGE_CACHE_FILE).stat().st_mtime_ns == stamp


def test_a_corrupt_or_foreign_file_is_ignored(tmp_path: Path) -> None:
    cache = PageCache(tmp_path)
    for content in (b"", b"\xc1", msgspec.msgpack.encode({"k": 1}), msgspec.msgpack.encode([1])):
        (tmp_path / PAGE_CACHE_FILE).write_bytes(content)
        assert cache.load() == {}


def test_no_folder_means_no_cache(tmp_path: Path) -> None:
    cache = PageCache(None)
    cache.store({"k": "v"}, {})
    assert cache.load() == {}
    assert list(tmp_path.iterdir()) == []
