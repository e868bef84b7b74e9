"""The seed index hands back an article only while its file is untouched."""

import logging
from pathlib import Path

import pytest

from generator.incremental.seed_index import SEED_INDEX_FILE, SeedIndex
from generator.model.article import Article, CleanText


def test_an_unchanged_file_is_served_and_a_touched_one_is_not(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    seed.write_text("text")
    article, clean = Article("a.txt", "text"), CleanText("text")
    index = SeedIndex(tmp_path / "cache", tmp_path, 100)
    assert index.get("a.txt", seed.lstat()) is None
    index.put("a.txt", seed.lstat(), article, clean)
    index.save()
    again = SeedIndex(tmp_path / "cache", tmp_path, 100)
    assert again.get("a.txt", seed.lstat()) == (article, clean)
    seed.write_text("TEXT")
    assert again.get("a.txt", seed.lstat()) is None
    assert again.earlier("a.txt") == (article, clean)
    # Other settings, another index: nothing is served.
    assert SeedIndex(tmp_path / "cache", tmp_path, 200).earlier("a.txt") is None


def test_a_symbolic_link_or_a_bad_file_is_never_served(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    target.write_text("text")
    (tmp_path / "link.txt").symlink_to(target)
    index = SeedIndex(tmp_path / "cache", tmp_path, 100)
    index.put("link.txt", (tmp_path / "link.txt").lstat(), Article("link.txt", "x"), CleanText("x"))
    index.save()
    assert not (tmp_path / "cache" / SEED_INDEX_FILE).exists()  # nothing worth keeping
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / SEED_INDEX_FILE).write_bytes(b"not msgpack")
    assert SeedIndex(tmp_path / "cache", tmp_path, 100).earlier("t.txt") is None


def test_each_build_keeps_what_it_read_and_what_it_was_served(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("one")
    b.write_text("two")
    cache = tmp_path / "cache"

    def read(index: SeedIndex, path: Path) -> tuple[Article, CleanText]:
        served = index.get(path.name, path.lstat())
        if served is not None:
            return served
        fresh = Article(path.name, path.read_text()), CleanText(path.read_text())
        index.put(path.name, path.lstat(), *fresh)
        return fresh

    first = SeedIndex(cache, tmp_path, 100)
    read(first, a), read(first, b)
    first.save()
    a.write_text("one, edited")  # the same seeds, one of them changed
    second = SeedIndex(cache, tmp_path, 100)
    assert second.get("b.txt", b.lstat()) is not None
    assert read(second, a)[0].body == "one, edited"
    second.save()
    third = SeedIndex(cache, tmp_path, 100)
    assert third.get("a.txt", a.lstat()) == (
        Article("a.txt", "one, edited"),
        CleanText("one, edited"),
    )
    assert third.get("b.txt", b.lstat()) == (Article("b.txt", "two"), CleanText("two"))


def test_no_folder_means_no_index(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    seed.write_text("text")
    index = SeedIndex(None, tmp_path, 100)
    index.put("a.txt", seed.lstat(), Article("a.txt", "text"), CleanText("text"))
    index.save()
    assert SeedIndex(None, tmp_path, 100).get("a.txt", seed.lstat()) is None
    assert list(tmp_path.iterdir()) == [seed]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "Input data was truncated"),
        (b"not msgpack", "Expected `object`, got `int`"),
    ],
)
def test_a_bad_index_is_ignored_with_the_reason_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, data: bytes, reason: str
) -> None:
    caplog.set_level(logging.INFO, logger="mkdocs")
    (tmp_path / SEED_INDEX_FILE).write_bytes(data)
    assert SeedIndex(tmp_path, tmp_path, 100).earlier("a.txt") is None
    assert caplog.messages == [
        f"news-digest: ignoring a bad seed index {tmp_path / SEED_INDEX_FILE} ({reason})"
    ]
