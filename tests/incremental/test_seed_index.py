"""The seed index hands back an article only while its file is untouched."""

from pathlib import Path

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
