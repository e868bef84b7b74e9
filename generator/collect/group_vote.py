"""Which group each name belongs to, the whole site voting on the evidence.

Part of the collect stage (see `entity_resolver`). The model's label is a guess made from one
sentence; the article's own words ("oil giant Yukos", "Mr Moi") are evidence (`Mention.cue`),
and a person needs some: a cue, or a longer person's name the word is part of ("Maathai" beside
"Wangari Maathai"). The vote decides per name key, across every article.

A one-word name the model alone reads as a person's, with no evidence anywhere on the site and
no given name in it, is no person a reader can trust ("Bolton", "Library", "Christmas"): the
gazetteer makes it a place, and otherwise it is not listed at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from generator.collect.entity_groups import GROUP_ORDER, EntityKey
from generator.model.gazetteer import is_country_or_continent, is_place_name
from generator.model.given_names import is_given_name
from generator.model.name_words import INITIAL_NAME_WORDS, holds_legal_word
from generator.model.nationalities import is_nationality_key

PERSON = "person"
PLACE = "place"
GROUP = "group"
LAW = "law"
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


@dataclass(frozen=True, slots=True)
class GroupVote:
    """The site's groups: readings moved to another group, and people nobody should list."""

    regrouped: Mapping[EntityKey, str]  # (group, key) → the group its mentions join
    unlisted: frozenset[EntityKey]  # (group, key) after `regrouped`: no entity of the site


def vote_groups(votes: Mapping[str, NameVotes]) -> dict[EntityKey, str]:
    """`decide_groups`' readings moved to another group."""
    return dict(decide_groups(votes).regrouped)


def decide_groups(
    votes: Mapping[str, NameVotes], user_typed: Collection[str] = frozenset()
) -> GroupVote:
    """(group, key) → the group its mentions join, for each reading the site outvotes; and
    the one-word people without evidence that are not listed.

    One name, one group, unless each of two readings has evidence of its own and a third of
    the votes ("Jordan" the country and "Jordan" the player):
    - a law needs a legal word in the name ("Licensing Act"): the model's LAW elsewhere joins
      the name's other readings;
    - a person needs evidence (`PersonEvidence`): a name with none joins its other readings
      when they are cued or hold a third of the votes, and a one-word name when they are
      places the gazetteer knows; a proven person takes the readings nothing supports
      ("Celso Amorim" an organisation once);
    - any other reading without a cue (or, for a place, the gazetteer), or under a third of
      the votes, joins the majority ("Porto Vale" a person once, a place ten times);
    - a one-word person still unproven after that is a place when the gazetteer knows it, a
      person when it is a given name ("Lauren"), and otherwise not listed (`user_typed` keys,
      whose group `entities.yml` gives, excepted);
    - a closed class decides before any guess (`closed_class_group`): a people's word
      ("British") is a group and a country or continent a place, keeping only the readings
      an article's words cue ("Mr Irish"); where a person's full name holds it ("Michael
      Jordan") the vote above decides.
    """
    evidence = PersonEvidence(votes)
    regrouped: dict[EntityKey, str] = {}
    unlisted: set[EntityKey] = set()
    for key, name in votes.items():
        scores = name.scores()
        proven = evidence.proves(key, name)
        closed = None if key in user_typed else closed_class_group(key)
        # A longer person's name holding it ("Michael Jordan") is evidence the vote weighs
        # against the country's reading: only then does the closed class not decide alone.
        by_full_name = proven and PERSON in scores and not name.cued[PERSON]
        if closed is not None and not by_full_name:
            regrouped.update(_closed_class_moves(key, name, closed, proven_person=proven))
            continue
        if len(scores) > 1:
            moves = _moves(key, name, scores, proven_person=proven)
            regrouped.update({(group, key): to for group, to in moves.items()})
        if proven or key in user_typed or not _unproven_one_word_person(key, scores, regrouped):
            continue
        if is_place_name(key):
            for group in scores:
                if group != PLACE:
                    regrouped[(group, key)] = PLACE
                else:
                    regrouped.pop((group, key), None)
        else:
            unlisted.add((PERSON, key))
    return GroupVote(regrouped, frozenset(unlisted))


def closed_class_group(key: str) -> str | None:
    """The group a name key belongs to whatever the model guessed: a people's word is a
    group, a country's or a continent's name a place; None for other names."""
    if is_nationality_key(key):
        return GROUP
    return PLACE if is_country_or_continent(key) else None


def _closed_class_moves(
    key: str, name: NameVotes, closed: str, *, proven_person: bool
) -> dict[EntityKey, str]:
    # One sentence's guess ("British" an organisation, "Africa" a person) is no evidence
    # against the gazetteer; an article's own cue or a person's full name elsewhere is.
    kept = {
        group
        for group in name.scores()
        if group == closed or name.cued[group] > 0 or (group == PERSON and proven_person)
    }
    return {(group, key): closed for group in name.scores() if group not in kept}


def _unproven_one_word_person(
    key: str, scores: Counter[str], regrouped: Mapping[EntityKey, str]
) -> bool:
    """A one-word name some of whose readings end as a person's, not a given name."""
    if not key or " " in key or is_given_name(key):
        return False
    return any(regrouped.get((group, key), group) == PERSON for group in scores)


class PersonEvidence:
    """What the whole site says of people's names, for the key of one name.

    A one-word name is a person's when a longer person's name holds it ("Maathai" beside
    "Wangari Maathai"); a longer one when its first word opens another person's name, its last
    word alone is cued as a person's ("Mr Maas"), or it is an initial and a surname; either
    when the article's words make some mention of it a person's ("Mr Moi", "Moi, 77,").
    (A name cued as a person's is proven before its first word is looked up, so it never
    proves itself.)
    """

    def __init__(self, votes: Mapping[str, NameVotes]) -> None:
        self.votes = votes
        self.person_words: set[str] = set()
        # First words of the names the article's words call a person's ("Mr Ana Odera"): the
        # model's guesses alone would prove "Korvex Sport" by a "Korvex News" it misread.
        self.first_words: Counter[str] = Counter()
        for key, name in votes.items():
            if " " in key and (name.model[PERSON] or name.cued[PERSON]):
                self.person_words.update(key.split())
            if " " in key and name.cued[PERSON]:
                self.first_words[key.split()[0]] += 1

    def proves(self, key: str, name: NameVotes) -> bool:
        if name.cued[PERSON] > 0:
            return True
        words = key.split()
        if len(words) < 2:
            return key in self.person_words
        surname = self.votes.get(words[-1])
        return (
            self.first_words[words[0]] > 0
            or (surname is not None and surname.cued[PERSON] > 0)
            or _is_initial_key(words)
        )


def _is_initial_key(words: list[str]) -> bool:
    # Keys are lower case: "c maas" is "C Maas"; "a" and "i" open sentences, not names.
    return len(words) in INITIAL_NAME_WORDS and len(words[0]) == 1 and words[0] not in ("a", "i")


def _has_evidence(key: str, name: NameVotes, group: str, *, proven_person: bool) -> bool:
    if group == PERSON:
        return proven_person
    return name.cued[group] > 0 or (group == PLACE and is_place_name(key))


def _moves(
    key: str, name: NameVotes, scores: Counter[str], *, proven_person: bool
) -> dict[str, str]:
    moves: dict[str, str] = {}
    if LAW in scores and not holds_legal_word(key):
        moves[LAW] = _majority({g: s for g, s in scores.items() if g != LAW})
    if PERSON in scores and not proven_person and _outvoted_person(key, name, scores):
        moves[PERSON] = _majority({g: s for g, s in scores.items() if g not in (PERSON, LAW)})
    pooled: Counter[str] = Counter()
    for group, score in scores.items():
        pooled[_follow(moves, group)] += score
    total = sum(pooled.values())
    majority = _majority(pooled)
    evidenced = {g for g in pooled if _has_evidence(key, name, g, proven_person=proven_person)}
    # Evidence outweighs guesses: a proven person with a third of the votes takes the rest.
    if evidenced == {PERSON} and pooled[PERSON] * 3 >= total:
        majority = PERSON
    for group, score in pooled.items():
        apart = group in evidenced and majority in evidenced and score * 3 >= total
        if group != majority and not apart:
            moves[group] = majority
    # A reading that joined one that joined another ends where that one did.
    return {g: _follow(moves, g) for g in moves if _follow(moves, g) != g}


def _outvoted_person(key: str, name: NameVotes, scores: Counter[str]) -> bool:
    """An unproven person's other readings are worth keeping: cued, a third of the votes, or,
    for one word, a place the gazetteer knows ("Slough" read as a place once)."""
    others = scores.total() - scores[PERSON] - scores[LAW]
    if any(count for group, count in name.cued.items() if group != PERSON):
        return True
    if not others:
        return False
    one_word = " " not in key
    return others * 3 >= scores.total() or (one_word and scores[PLACE] > 0 and is_place_name(key))


def _follow(moves: Mapping[str, str], group: str) -> str:
    seen = {group}
    while group in moves and moves[group] not in seen:
        group = moves[group]
        seen.add(group)
    return group


def _majority(scores: Mapping[str, int]) -> str:
    # Ties go to the group readers meet first.
    return max(scores, key=lambda group: (scores[group], -GROUP_ORDER.index(group)))


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
