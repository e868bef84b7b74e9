"""Which site-wide entity a mention belongs to: the user's rules, then the site-wide vote.

Part of the collect stage (see `entity_index`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from generator.collect.entity_groups import ENTITY_GROUPS, EntityKey
from generator.collect.entity_rules import EntityRules
from generator.collect.name_counts import NameCount
from generator.collect.site_vote import (
    NO_VOTE,
    KeptVote,
    Resolved,
    SiteVote,
    ballots_digest,
    decide_vote,
    same_ballots,
)
from generator.model.analysis import Mention
from generator.model.names import canonical_key

__all__ = ["EntityKey", "EntityResolver", "KeptVote", "Pair", "Resolved"]

Pair = tuple[str, str]  # a mention's (canonical name, label)


class EntityResolver:
    """Maps a mention to its site-wide key, through the user's rules and the site-wide vote."""

    def __init__(
        self,
        rules: EntityRules,
        known: Mapping[Pair, Resolved] | None = None,
        vote_before: KeptVote | None = None,
    ) -> None:
        """`known`: pairs resolved before under the same rules (`resolved_names`);
        `vote_before`: a vote taken before under the same rules, which stands for the same
        names."""
        self.rules = rules
        self.vote: SiteVote = NO_VOTE
        # A site has far fewer distinct (name, label) pairs than mentions, and rendering asks
        # about each mention several times: resolve each pair once.
        self._resolved: dict[Pair, Resolved] = {}
        self._known = known or {}
        # The names the vote was taken on (`vote_groups`); None before any.
        self._ballots: Sequence[Sequence[NameCount]] | None = None
        self._digest: str | None = None  # theirs, once asked
        self._vote_before = vote_before

    @property
    def regrouped(self) -> Mapping[EntityKey, str]:
        """(group, key) → the group the site-wide vote moved it to."""
        return self.vote.regrouped

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
        entity = (self.vote.regrouped.get((group, key), group), key)
        if entity in self.vote.unlisted:
            return None
        merge = self.vote.merged.get(entity)
        if merge is None:
            return entity, name
        target, full_name = merge
        return target, full_name or name

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

    def vote_groups(self, articles: Iterable[Sequence[NameCount]]) -> None:
        """Decide, from every article's names (article by article), each name's group and which
        names are one entity (`site_vote`); `key_of` answers under that vote from now on.

        A vote already taken on the same names stands: a rebuild votes once on the names it
        has while new articles are analysed, and again once they are, and an edit seldom
        changes an article's names."""
        ballots = list(articles)
        if self._ballots is not None and same_ballots(ballots, self._ballots):
            return
        self._ballots, self._digest = ballots, None
        before = self._vote_before
        if before is not None and before.ballots == self._ballots_digest(ballots):
            self.vote = before.vote
        else:
            self.vote = decide_vote(ballots, self._resolve, self.rules.by_key.get)

    def kept_vote(self) -> KeptVote | None:
        """The vote taken, with the digest of its names, for a later build; None before any."""
        if self._ballots is None:
            return None
        return KeptVote(self._ballots_digest(self._ballots), self.vote)

    def _ballots_digest(self, ballots: Sequence[Sequence[NameCount]]) -> str:
        if self._digest is None:
            self._digest = ballots_digest(ballots)
        return self._digest
