"""Which group each name belongs to, the whole site voting on the evidence.

Part of the collect stage (see `entity_resolver`). The model's label is a guess made from one
sentence; the article's own words ("oil giant Yukos", "Mr Moi") are evidence (`Mention.cue`),
and a person needs some: a cue, or a longer person's name the word is part of ("Maathai" beside
"Wangari Maathai"). The vote decides per name key, across every article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from generator.collect.entity_groups import GROUP_ORDER, EntityKey

PERSON = "person"
# A mention whose own words say what it is counts as this many of the model's guesses.
CUE_WEIGHT = 3


@dataclass(slots=True)
class NameVotes:
    """What the site says about one name key: mentions per group, by the model and by cues."""

    model: Counter[str] = field(default_factory=Counter)  # mentions with no cue, by label
    cued: Counter[str] = field(default_factory=Counter)  # mentions by the group their cue names

    def scores(self) -> Counter[str]:
        scores = Counter(self.model)
        for group, count in self.cued.items():
            scores[group] += CUE_WEIGHT * count
        return scores


def vote_groups(votes: Mapping[str, NameVotes]) -> dict[EntityKey, str]:
    """(group, key) → the group its mentions join, for each reading the site outvotes.

    A person needs evidence: a one-word name with none joins its other readings when they are
    cued or hold a third of the votes, and a longer one joins them when they are cued. Then the
    old rule: a group with under a third of a name's votes joins the majority ("Porto Vale" a
    person once, a place ten times), and "Jordan" the country and "Jordan" the player stay
    apart when each is common.
    """
    in_person_names = _words_of_longer_persons(votes)
    regrouped: dict[EntityKey, str] = {}
    for key, name in votes.items():
        scores = name.scores()
        if len(scores) < 2:
            continue
        one_word = " " not in key
        proven = name.cued[PERSON] > 0 or (one_word and key in in_person_names)
        others = scores.total() - scores[PERSON]
        others_cued = any(count for group, count in name.cued.items() if group != PERSON)
        # One word needs only other readings worth keeping (a third, as below); a longer name,
        # whose first name the model saw, needs the article's words against it.
        outvoted = others_cued or (one_word and others * 3 >= scores.total())
        unproven = PERSON in scores and not proven and outvoted
        moves = _moves(scores, unproven_person=unproven)
        regrouped.update({(group, key): to for group, to in moves.items()})
    return regrouped


def _moves(scores: Counter[str], *, unproven_person: bool) -> dict[str, str]:
    moves: dict[str, str] = {}
    if unproven_person:
        moves[PERSON] = _majority({g: s for g, s in scores.items() if g != PERSON})
    pooled: Counter[str] = Counter()
    for group, score in scores.items():
        pooled[moves.get(group, group)] += score
    total = sum(pooled.values())
    majority = _majority(pooled)
    for group, score in pooled.items():
        if group != majority and score * 3 < total:
            moves[group] = majority
    # A reading that joined one that joined another ends where that one did.
    return {g: _follow(moves, g) for g in moves if _follow(moves, g) != g}


def _follow(moves: Mapping[str, str], group: str) -> str:
    seen = {group}
    while group in moves and moves[group] not in seen:
        group = moves[group]
        seen.add(group)
    return group


def _majority(scores: Mapping[str, int]) -> str:
    # Ties go to the group readers meet first.
    return max(scores, key=lambda group: (scores[group], -GROUP_ORDER.index(group)))


def _words_of_longer_persons(votes: Mapping[str, NameVotes]) -> set[str]:
    """Every word of a name of two words or more that something calls a person."""
    return {
        word
        for key, name in votes.items()
        if " " in key and (name.model[PERSON] or name.cued[PERSON])
        for word in key.split()
    }


def count_votes(entries: Iterable[tuple[str, str, int, Mapping[str, int]]]) -> dict[str, NameVotes]:
    """(key, model group, mentions, mentions by cued group) of each name → votes by key."""
    votes: dict[str, NameVotes] = {}
    for key, group, count, cued in entries:
        name = votes.setdefault(key, NameVotes())
        name.model[group] += count - sum(cued.values())
        name.cued.update(cued)
    return {key: _without_zeros(name) for key, name in votes.items()}


def _without_zeros(name: NameVotes) -> NameVotes:
    # A name whose every mention is cued has no model vote, not a vote of nothing.
    return NameVotes(+name.model, +name.cued)
