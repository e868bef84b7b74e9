from pathlib import Path

import pytest

from generator import fingerprints
from generator.analyse.version import ANALYSIS_SOURCES
from generator.fingerprints import UNCACHED, source_files, source_fingerprint
from generator.incremental.resolved_names import RESOLVING_SOURCES
from generator.incremental.seed_index import READING_SOURCES
from generator.incremental.topics_cache import TOPIC_SOURCES
from generator.render.keys import PAGE_SOURCES

# Every cache's sources: a module that none of them names changes no cached value.
CACHE_SOURCES = {
    "analyses": ANALYSIS_SOURCES,
    "pages": PAGE_SOURCES,
    "seeds": READING_SOURCES,
    "resolved names": RESOLVING_SOURCES,
    "topics": TOPIC_SOURCES,
}


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(fingerprints, "PACKAGE", tmp_path)
    return tmp_path


def test_the_fingerprint_follows_paths_and_bytes_not_order(package: Path) -> None:
    (package / "stage").mkdir()
    first, second = package / "stage" / "a.py", package / "b.py"
    first.write_text("A = 1\n", encoding="utf-8")
    second.write_text("B = 1\n", encoding="utf-8")
    before = source_fingerprint([first, second])
    assert source_fingerprint([second, first]) == before
    first.write_text("A = 2\n", encoding="utf-8")
    assert source_fingerprint([first, second]) != before
    first.write_text("A = 1\n", encoding="utf-8")
    assert source_fingerprint([first, second]) == before
    moved = first.rename(package / "a.py")  # same name, another package
    assert source_fingerprint([moved, second]) != before


def test_a_package_is_searched_recursively_and_a_missing_name_is_an_error(package: Path) -> None:
    for module in ("stage/__init__.py", "stage/part/deep.py", "other.py", "stage/notes.txt"):
        (package / module).parent.mkdir(parents=True, exist_ok=True)
        (package / module).write_text("", encoding="utf-8")
    found = [path.relative_to(package).as_posix() for path in source_files("stage", "other.py")]
    assert found == ["other.py", "stage/__init__.py", "stage/part/deep.py"]
    with pytest.raises(FileNotFoundError, match="'gone'"):
        source_files("gone")


def test_every_module_is_in_some_cache_fingerprint_or_listed_as_uncached() -> None:
    every = set(source_files("."))
    cached = {path for sources in CACHE_SOURCES.values() for path in source_files(*sources)}
    uncached = set(source_files(*UNCACHED))
    missing = sorted(path.relative_to(fingerprints.PACKAGE) for path in every - cached - uncached)
    assert missing == []
    # Listed as uncached but shaping a cache: a contradiction one of the lists must lose.
    assert sorted(cached & uncached) == []
