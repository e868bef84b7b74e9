"""The analysis cache: an unchanged article is never analysed twice.

An entry's key is a hash of everything that could change its analysis: the cleaned text, the
article's date (relative dates hang on it), the analysis options, this generator's version and
the spaCy model's name and version. Entries are MessagePack files decoded straight into the
`Analysis` contract, type by type (msgspec): loading one never runs code, and an entry that is
corrupt, belongs to another key or does not match the contract is treated as missing and
rewritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import msgspec

from generator import __version__
from generator.analyse.version import code_fingerprint, model_fingerprint
from generator.model.analysis import Analysis
from generator.model.settings import AnalysisOptions
from generator.write.atomic import write_atomically

log = logging.getLogger("mkdocs.plugins.news_digest.cache")
# Bump when the Analysis contract or the meaning of a field changes.
CACHE_FORMAT = 2


@dataclass(frozen=True, slots=True)
class CacheEntry:
    key: str
    analysis: Analysis


_ENCODE = msgspec.msgpack.Encoder().encode
_DECODE = msgspec.msgpack.Decoder(CacheEntry).decode


@dataclass(frozen=True, slots=True)
class AnalysisCache:
    """A folder of cached analyses; `None` folder means caching is off."""

    folder: Path | None

    def key(self, text: str, date: str | None, options: AnalysisOptions) -> str:
        recipe = json.dumps(
            [
                CACHE_FORMAT,
                __version__,
                code_fingerprint(),
                model_fingerprint(),
                options.summarizer,
                options.summary_sentences,
                sorted(options.entity_labels),
                date,
                text,
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(recipe.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path | None:
        return self.folder / key[:2] / f"{key}.msgpack" if self.folder else None

    def load(self, key: str) -> Analysis | None:
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        try:
            entry = _DECODE(path.read_bytes())
            if entry.key != key:
                raise ValueError("entry belongs to another key")
        except (OSError, ValueError, msgspec.DecodeError) as error:
            log.info("news-digest: ignoring a bad cache entry %s (%s)", path.name, error)
            return None
        return entry.analysis

    def store(self, key: str, analysis: Analysis) -> None:
        path = self._path(key)
        if path is None:
            return
        try:
            write_atomically(path, _ENCODE(CacheEntry(key, analysis)))
        except OSError as error:
            # A read-only or full disk costs speed, not correctness.
            log.warning("news-digest: cannot write the analysis cache: %s", error)
