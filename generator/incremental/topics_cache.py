"""The site's sections and stories, kept for the next build while the articles stay the same.

Finding them reads every article's words (`collect.topics`): about a second on a site of two
thousand, for an answer that depends only on the articles' paths, texts and dates and on the
code. A build that changed no article, `mkdocs serve` after an edit to a page of your own for
one, takes them from here; any change to an article, the code or the libraries finds them anew.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import msgspec

from generator.collect.topics import (
    Section,
    Story,
    TopicDocument,
    Topics,
    gather_topics,
)
from generator.fingerprints import source_files, source_fingerprint
from generator.write.atomic import write_atomically

log = logging.getLogger("mkdocs.plugins.news_digest.cache")
TOPICS_FILE = "topics-v1.msgpack"
TOPIC_SOURCES = (
    "collect/topics.py",
    "collect/topic_finder.py",
    "collect/sections.py",
    "collect/stories.py",
    "collect/slugs.py",
    "incremental/topics_cache.py",
)
# The libraries whose numbers decide the sections and stories.
TOPIC_LIBRARIES = ("scikit-learn", "scipy", "numpy")


class _Stored(msgspec.Struct, array_like=True):
    fingerprint: str
    sections: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]
    stories: list[tuple[str, tuple[str, ...], tuple[str, ...]]]


_DECODE = msgspec.msgpack.Decoder(_Stored).decode
_ENCODE = msgspec.msgpack.Encoder().encode


@cache
def _code_fingerprint() -> str:
    versions = ";".join(f"{name}={importlib.metadata.version(name)}" for name in TOPIC_LIBRARIES)
    return f"{source_fingerprint(source_files(*TOPIC_SOURCES))};{versions}"


def _fingerprint(documents: Sequence[TopicDocument]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for document in sorted(documents, key=lambda d: d.key):
        date = document.date.isoformat() if document.date else ""
        for part in (document.key, date, document.text):
            encoded = part.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "little") + encoded)
    return f"{_code_fingerprint()}:{digest.hexdigest()}"


def find_topics_kept(cache_dir: Path | None, documents: Sequence[TopicDocument]) -> Topics:
    """`find_topics(documents)`, from the last build's when it found them among the same."""
    fingerprint = _fingerprint(documents)
    path = cache_dir / TOPICS_FILE if cache_dir else None
    if path is not None:
        try:
            stored = _DECODE(path.read_bytes())
        except FileNotFoundError:
            stored = None
        except (OSError, msgspec.DecodeError, msgspec.ValidationError) as error:
            log.warning("news-digest: ignoring an unreadable topics cache (%s)", error)
            stored = None
        if stored is not None and stored.fingerprint == fingerprint:
            return _topics(documents, stored)
    # Imported only now: scikit-learn takes about a second to import (`topic_finder`).
    from generator.collect.topic_finder import find_topics  # noqa: PLC0415

    topics = find_topics(documents)
    if path is not None:
        sections = [(s.slug, s.name, s.words, s.articles) for s in topics.sections]
        stories = [(s.first, s.articles, s.words) for s in topics.stories]
        write_atomically(path, _ENCODE(_Stored(fingerprint, sections, stories)))
    return topics


def _topics(documents: Sequence[TopicDocument], stored: _Stored) -> Topics:
    return gather_topics(
        [document.key for document in documents],
        tuple(Section(*fields) for fields in stored.sections),
        tuple(Story(*fields) for fields in stored.stories),
    )
