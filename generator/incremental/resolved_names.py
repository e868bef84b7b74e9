"""The entity names an earlier build resolved, kept in the cache folder for the next one.

Resolving a (canonical name, label) pair to its site-wide key (`EntityResolver`) folds and expands
the name (`canonical_key`): for the ten thousand names of a large site, a quarter of a second of
every build, for answers that depend only on the pair, the rules and the code that resolves.
Those three key the file, so an edit to any of them starts afresh; the file holds the pairs of the
last build only, and is rewritten only when they change.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import msgspec

from generator.collect.entity_resolver import Pair, Resolved
from generator.collect.entity_rules import EntityRules
from generator.fingerprints import source_files, source_fingerprint
from generator.write.atomic import write_atomically

log = logging.getLogger("mkdocs.plugins.news_digest.cache")
RESOLVED_NAMES_FILE = "resolved-names-v1.msgpack"
# Every module that has a say in how a pair resolves, relative to the package.
RESOLVING_SOURCES = ("collect", "model", "incremental/resolved_names.py")


class _Stored(msgspec.Struct, array_like=True):
    fingerprint: str
    resolved: list[tuple[str, str, tuple[tuple[str, str], str] | None]]


_DECODE = msgspec.msgpack.Decoder(_Stored).decode
_ENCODE = msgspec.msgpack.Encoder().encode


@cache
def _code_fingerprint() -> str:
    return source_fingerprint(source_files(*RESOLVING_SOURCES))


def _fingerprint(rules: EntityRules) -> str:
    return f"{_code_fingerprint()}:{rules.digest()}"


def load_resolved(cache_dir: Path | None, rules: EntityRules) -> dict[Pair, Resolved]:
    """The pairs the last build resolved under these rules and this code ({} if none)."""
    if cache_dir is None:
        return {}
    try:
        stored = _DECODE((cache_dir / RESOLVED_NAMES_FILE).read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, msgspec.DecodeError, msgspec.ValidationError) as error:
        log.info("news-digest: ignoring the resolved names kept in %s (%s)", cache_dir, error)
        return {}
    if stored.fingerprint != _fingerprint(rules):
        return {}
    return {(canonical, label): resolved for canonical, label, resolved in stored.resolved}


def save_resolved(
    cache_dir: Path | None,
    rules: EntityRules,
    resolved: Mapping[Pair, Resolved],
    loaded: Mapping[Pair, Resolved],
) -> bool:
    """Keep this build's pairs, unless they are the ones `load_resolved` gave; True if written."""
    if cache_dir is None or resolved.keys() == loaded.keys():
        return False
    pairs = [(canonical, label, value) for (canonical, label), value in resolved.items()]
    try:
        write_atomically(
            cache_dir / RESOLVED_NAMES_FILE, _ENCODE(_Stored(_fingerprint(rules), pairs))
        )
    except OSError as error:
        # A cache like the others: losing it costs speed, not correctness.
        log.warning("news-digest: cannot write %s: %s", cache_dir / RESOLVED_NAMES_FILE, error)
        return False
    return True
