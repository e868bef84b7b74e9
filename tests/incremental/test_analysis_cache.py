import logging
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
from factories import make_analysis, make_figure

from generator import fingerprints
from generator.analyse import version
from generator.incremental import analysis_cache
from generator.incremental.analysis_cache import AnalysisCache
from generator.model.settings import AnalysisOptions

OPTIONS = AnalysisOptions()


def sample() -> object:
    return make_analysis(
        "Xi met Putin. Trade rose 30%.",
        entities=(("Xi", "PERSON", "Xi Jinping"),),
        figures=(make_figure(30.0, "percent", kind="percent", change="up"),),
    )


def test_round_trip_is_exact_even_for_infinite_values(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    analysis = make_analysis(
        "A googol squared is 1e200 squared.", figures=(make_figure(float("inf"), "count"),)
    )
    cache.store("k", analysis)
    assert cache.load("k") == analysis


def test_the_key_changes_with_every_input_of_an_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = AnalysisCache(None)

    def key(
        options: AnalysisOptions = OPTIONS, text: str = "Text.", date: str = "2024-01-01"
    ) -> str:
        return cache.key(text, date, options)

    base = key()
    assert base == key()
    others = [
        key(text="Text!"),
        key(date="2024-01-02"),
        key(AnalysisOptions(summarizer="lead")),
        key(AnalysisOptions(summary_sentences=2)),
        key(AnalysisOptions(entity_labels=frozenset({"PERSON"}))),
    ]
    # What the machine adds: the generator's version, its analysis code, spaCy and the model.
    for name, value in (
        ("__version__", "0.0.0-other"),
        ("code_fingerprint", lambda: "other code"),
        ("model_fingerprint", lambda: "spacy=9.9;en_core_web_sm=9.9"),
    ):
        with monkeypatch.context() as patch:
            patch.setattr(analysis_cache, name, value)
            others.append(key())
    assert len({base, *others}) == len(others) + 1


def test_store_then_load(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    key = cache.key("Text.", None, OPTIONS)
    assert cache.load(key) is None
    cache.store(key, sample())  # type: ignore[arg-type]
    assert cache.load(key) == sample()


def test_corrupt_or_foreign_entries_are_never_trusted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = AnalysisCache(tmp_path)
    key = cache.key("Text.", None, OPTIONS)
    other = cache.key("Other.", None, OPTIONS)
    cache.store(other, sample())  # type: ignore[arg-type]
    path = tmp_path / other[:2] / f"{other}.msgpack"  # entries are filed by their key's start
    target = tmp_path / key[:2] / f"{key}.msgpack"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(path.read_bytes())  # a valid entry, but for another key
    caplog.set_level(logging.INFO, logger="mkdocs")  # the CLI, run in-process, sets it higher
    assert cache.load(key) is None
    assert caplog.messages == [
        f"news-digest: ignoring a bad cache entry {key}.msgpack (entry belongs to another key)"
    ]
    wrong_type = msgspec.msgpack.encode({"key": key, "analysis": {"title": 1}})
    for broken in (b"{", b"\xff\xfe", b"", wrong_type):
        target.write_bytes(broken)
        caplog.clear()
        assert cache.load(key) is None
        assert [m.split(" (")[0] for m in caplog.messages] == [
            f"news-digest: ignoring a bad cache entry {key}.msgpack"
        ]


@pytest.mark.warnings_expected
def test_no_folder_means_no_cache_and_an_unwritable_one_only_costs_speed(
    file_not_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    off = AnalysisCache(None)
    off.store("k", sample())  # type: ignore[arg-type]
    assert off.load("k") is None
    cache = AnalysisCache(file_not_folder)
    cache.store("k", sample())  # type: ignore[arg-type]
    assert cache.load("k") is None
    [message] = caplog.messages
    assert message.startswith("news-digest: cannot write the analysis cache: [Errno 20] ")


def test_a_fully_cached_build_never_imports_spacy(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("date 2024-01-02 The mayor of Lyon, Anne Roux, spoke on Monday.")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: T\nplugins:\n  - news-digest\n")
    (tmp_path / "docs").mkdir()
    script = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from generator.pipeline import build_site\n"
        "from generator.cli.settings_file import load_settings\n"
        f"settings = load_settings(Path({str(config)!r}))\n"
        "logging.basicConfig()\n"
        "logging.getLogger('mkdocs.plugins.news_digest').setLevel(logging.INFO)\n"
        "site = build_site(settings)\n"
        "print(len(site.pages), 'spacy' in sys.modules)\n"
    )
    run = [sys.executable, "-c", script]
    first = subprocess.run(run, capture_output=True, text=True, check=False)
    second = subprocess.run(run, capture_output=True, text=True, check=False)
    # The first build analyses its article (in a worker process, started for it alone); the
    # second finds it in the cache and loads spaCy nowhere.
    assert "analysed 1 of 1 articles" in first.stderr, first.stderr
    assert "analysed 0 of 1 articles" in second.stderr, second.stderr
    assert second.stdout.split() == [first.stdout.split()[0], "False"], second.stderr


def test_the_code_fingerprint_covers_nested_analysis_modules_but_not_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in ("analyse/figures/change.py", "model/analysis.py", "workers/pool.py"):
        (tmp_path / module).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / module).write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(fingerprints, "PACKAGE", tmp_path)

    def fingerprint() -> str:
        version.code_fingerprint.cache_clear()
        return version.code_fingerprint()

    first = fingerprint()
    (tmp_path / "workers/pool.py").write_text("A = 2  # where articles run, not what comes out\n")
    assert fingerprint() == first
    (tmp_path / "analyse/figures/change.py").write_text("A = 2\n", encoding="utf-8")
    second = fingerprint()
    assert second != first
    (tmp_path / "model/analysis.py").write_text("A = 2\n", encoding="utf-8")
    third = fingerprint()
    assert third != second
    # A module moved to another package is another module: the path is part of the hash.
    (tmp_path / "analyse/figures/change.py").rename(tmp_path / "analyse/change.py")
    assert fingerprint() != third
    version.code_fingerprint.cache_clear()
