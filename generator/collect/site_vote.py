"""What the whole site decides about its names before any article is tallied.

Part of the collect stage (see `entity_resolver`). Two decisions need every article's names:
the group each name belongs to (`group_vote`) and which names are one entity (`name_merges`).
Both change entities' keys, so they are made once, from all articles' `NameCount`s, before
anything is tallied, and a tally made ahead under another vote is not used (`EntityTallies.fits`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from generator.collect.entity_groups import ENTITY_GROUPS, EntityKey
from generator.collect.entity_rules import EntityRule
from generator.collect.group_vote import count_votes, decide_groups
from generator.collect.name_counts import NameCount
from generator.collect.name_merges import merge_names
from generator.collect.site_entity import Merge, SiteEntity

# A mention's (canonical name, label) resolved by the user's rules: its key and display name.
Resolved = tuple[EntityKey, str] | None


@dataclass(frozen=True, slots=True)
class SiteVote:
    """The site's decisions: groups outvoted, names merged, short forms kept apart."""

    regrouped: Mapping[EntityKey, str] = field(default_factory=dict)  # → the group it joins
    merged: Mapping[EntityKey, Merge] = field(default_factory=dict)  # → the entity it joins
    may_mean: Mapping[EntityKey, tuple[str, ...]] = field(default_factory=dict)
    unlisted: frozenset[EntityKey] = frozenset()  # after `regrouped`: names no page lists


NO_VOTE = SiteVote()


@dataclass(frozen=True, slots=True)
class KeptVote:
    """A vote, and the digest of the names it was taken on (`ballots_digest`): what one build
    keeps for the next, whose vote on names of the same digest is this one."""

    ballots: str
    vote: SiteVote


# What the vote reads of a `NameCount`: not where the name is first mentioned, which an edit
# elsewhere in its article moves (a test checks that no other field is left out).
BALLOT_FIELDS = ("canonical", "label", "count", "texts", "cues", "as_family")
_read_ballot = attrgetter(*BALLOT_FIELDS)


def ballots_digest(articles: Sequence[Sequence[NameCount]]) -> str:
    """A digest of what `decide_vote` reads of these articles' names, the same in any process:
    equal digests, the same vote (under the same rules and code)."""
    digest = hashlib.blake2b(digest_size=20)
    for names in articles:
        digest.update(repr([*map(_fixed_ballot, names)]).encode())
    return digest.hexdigest()


def _fixed_ballot(name: NameCount) -> tuple[object, ...]:
    # A set's order differs from one process to the next (string hashing): sorted, it does not.
    return tuple(sorted(v) if isinstance(v, frozenset) else v for v in _read_ballot(name))


def same_ballots(
    articles: Sequence[Sequence[NameCount]], others: Sequence[Sequence[NameCount]]
) -> bool:
    """True when `decide_vote` reads the same of both lists of articles' names (each article's
    names at the same place), so that it would give the same vote."""
    return len(articles) == len(others) and all(
        names is other or [*map(_read_ballot, names)] == [*map(_read_ballot, other)]
        for names, other in zip(articles, others, strict=True)
    )


def decide_vote(
    articles: Iterable[Iterable[NameCount]],
    resolve: Callable[[str, str], Resolved],
    rule_of: Callable[[str], EntityRule | None],
) -> SiteVote:
    """The vote on every article's names, each resolved by `resolve`. `rule_of` gives the
    user's rule for a key: a name it covers is never merged away, and one it gives a type
    keeps it, whatever the cues say."""
    counted = [
        (article, name, resolve(name.canonical, name.label))
        for article, names in enumerate(articles)
        for name in names
    ]
    entries = []
    user_typed = set()
    for _, name, resolved in counted:
        if resolved is not None:
            (group, key), _ = resolved
            rule = rule_of(key)
            if rule is not None and rule.group:
                user_typed.add(key)
            cued = {} if key in user_typed else _cued_groups(name)
            entries.append((key, group, name.count, cued))
    groups = decide_groups(count_votes(entries), user_typed)
    merges = merge_names(_site_entities(counted, groups.regrouped, rule_of))
    # A name that joins another entity, or that another joins, is listed as that entity: the
    # merge is the evidence ("Wimbo" read as a person beside the firm's plural "Wimbos").
    targets = {target for target, _ in merges.merged.values()}
    unlisted = frozenset(groups.unlisted - merges.merged.keys() - targets)
    return SiteVote(groups.regrouped, merges.merged, merges.may_mean, unlisted)


def _cued_groups(name: NameCount) -> dict[str, int]:
    cued: Counter[str] = Counter()
    for cue, count in name.cues:
        group = ENTITY_GROUPS.get(cue)
        if group is not None:
            cued[group] += count
    return dict(cued)


def _site_entities(
    counted: list[tuple[int, NameCount, Resolved]],
    regrouped: Mapping[EntityKey, str],
    rule_of: Callable[[str], EntityRule | None],
) -> dict[EntityKey, SiteEntity]:
    mentions: Counter[EntityKey] = Counter()
    spellings: dict[EntityKey, Counter[str]] = defaultdict(Counter)
    forms: dict[EntityKey, set[str]] = defaultdict(set)
    articles: dict[EntityKey, set[int]] = defaultdict(set)
    cued: set[EntityKey] = set()
    families: set[EntityKey] = set()
    for article, name, resolved in counted:
        if resolved is None:
            continue
        (group, key), display = resolved
        entity = (regrouped.get((group, key), group), key)
        mentions[entity] += name.count
        if entity[0] in _cued_groups(name):
            cued.add(entity)
        if name.as_family:
            families.add(entity)
        spellings[entity][display] += name.count
        forms[entity].update(text.casefold() for text in name.texts)
        articles[entity].add(article)
    return {
        entity: SiteEntity(
            entity,
            count,
            # As the index names an entity: the most used spelling, ties to the longest, A to Z.
            min(spellings[entity], key=lambda n: (-spellings[entity][n], -len(n), n)),
            frozenset(forms[entity]),
            rule_of(entity[1]) is not None,
            frozenset(articles[entity]),
            cued=entity in cued,
            as_family=entity in families,
        )
        for entity, count in mentions.items()
    }
