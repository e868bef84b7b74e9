"""Shared fixtures: factories for articles and analyses, and a guard that fails on warnings."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from generator.analyse.nlp.loader import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_129643cfcd3c7d50.txt"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "warnings_expected: the test logs warnings on purpose")


@pytest.fixture(autouse=True)
def fail_on_unexpected_warnings(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """Like oprypin's plugins: a warning nobody asked for is a failure, not noise."""
    yield
    if request.node.get_closest_marker("warnings_expected"):
        return
    warnings = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    assert not warnings, [r.getMessage() for r in warnings]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline, loaded once for the whole session."""
    return load_pipeline()


@pytest.fixture
def file_not_folder(tmp_path: Path) -> Path:
    """A path given as a cache or output folder where a file stands: nothing can be written."""
    path = tmp_path / "a file, not a folder"
    path.write_text("", encoding="utf-8")
    return path
