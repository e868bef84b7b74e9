"""Which site-wide entity a mention belongs to: the user's rules, then the site-wide vote.

Part of the collect stage (see `entity_index`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from generator.collect.entity_groups import ENTITY_GROUPS, GROUP_ORDER
from generator.collect.entity_rules import EntityRules
from generator.collect.name_counts import NameCount
from generator.model.analysis import Mention
from generator.model.names import canonical_key

EntityKey = tuple[str, str]  # (group, canonical key)
Pair = tuple[str, str]  # a mention's (canonical name, label)
Resolved = tuple[EntityKey, str] | None  # its key and display name; None when hidden or other


class EntityResolver:
    """Maps a mention to its site-wide key, through the user's rules and the site-wide vote."""

    def __init__(self, rules: EntityRules, known: Mapping[Pair, Resolved] | None = None) -> None:
        """`known`: pairs resolved before under the same rules (`resolved_names`)."""
        self.rules = rules
        self.regrouped: dict[EntityKey, str] = {}
        # A site has far fewer distinct (name, label) pairs than mentions, and rendering asks
        # about each mention several times: resolve each pair once.
        self._resolved: dict[Pair, Resolved] = {}
        self._known = known or {}

    @property
    def resolved(self) -> Mapping[Pair, Resolved]:
        """Every pair asked about so far."""
        return self._resolved

    def key_of(self, mention: Mention) -> tuple[EntityKey, str] | None:
        """(key, display name) of the mention's entity; None for other labels or hidden ones."""
        return self.key_of_name(mention.canonical, mention.label)

    def key_of_name(self, canonical: str, label: str) -> tuple[EntityKey, str] | None:
        """`key_of` for a mention of this canonical name and label."""
        resolved = self._resolve(canonical, label)
        if resolved is None:
            return None
        (group, key), name = resolved
        return (self.regrouped.get((group, key), group), key), name

    def _resolve(self, canonical: str, label: str) -> Resolved:
        pair = (canonical, label)
        try:
            return self._resolved[pair]
        except KeyError:
            pass
        # Not `.get`: None is an answer (a hidden name), not a miss.
        if pair in self._known:
            resolved = self._known[pair]
        else:
            resolved = self._resolve_pair(canonical, label)
        self._resolved[pair] = resolved
        return resolved

    def _resolve_pair(self, canonical: str, label: str) -> Resolved:
        group = ENTITY_GROUPS.get(label)
        if group is None:
            return None
        resolved = self.rules.resolve(canonical, group)
        if resolved is None:
            return None
        name, group = resolved
        return (group, canonical_key(name)), name

    def resolve_names(self, names: Iterable[NameCount]) -> None:
        """Resolve these names now (to overlap with other work); the same result as later."""
        for name in names:
            self._resolve(name.canonical, name.label)

    def vote_groups(self, names: Iterable[NameCount]) -> None:
        """One name, one group across the site, unless the minority is a real second entity.

        The model calls "Porto Vale" a person in one sentence and a place in ten; a group with
        less than a third of the name's mentions joins the majority. "Jordan" the country and
        "Jordan" the player stay apart when each is common.
        """
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for name in names:
            resolved = self._resolve(name.canonical, name.label)
            if resolved is not None:
                (group, key), _name = resolved
                counts[key][group] += name.count
        self.regrouped = {}
        for key, groups in counts.items():
            if len(groups) < 2:
                continue
            total = sum(groups.values())
            majority = max(groups, key=lambda group: (groups[group], -GROUP_ORDER.index(group)))
            for group, count in groups.items():
                if group != majority and count * 3 < total:
                    self.regrouped[(group, key)] = majority
