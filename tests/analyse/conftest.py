"""Shared fixtures for the analysis tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline, loaded once for the whole session."""
    return load_pipeline()
