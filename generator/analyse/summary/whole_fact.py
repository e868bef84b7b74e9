"""Where a headline may be cut and still state the whole fact of its sentence.

A cut there drops what hangs from the statement's verbs (when, where, why, how), or an aside
set off by a comma; everything the verbs need (their subject and complement, each whole) stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.analyse.summary.asides import VERB_TAGS

# Dependents whose subtree can be dropped from the end of a sentence without breaking its core.
CUT_DEPENDENCIES = frozenset(
    {"advcl", "relcl", "acl", "conj", "cc", "prep", "parataxis", "npadvmod", "appos", "agent"}
)
# What may be cut after the verbs' complements; the agent of a passive ("fueled [by a black
# hole]") is the news itself.
_HANGING = CUT_DEPENDENCIES - {"agent"}
# Words that open a preposition of two words: cut between them, "thanks" would hang.
_PREPOSITION_OPENERS = frozenset({"thanks", "due", "ahead", "instead", "because", "prior"})
# How the verbs of one statement link up: "announced [that it will buy]", "agreed [to pay]".
_VERB_CHAIN = frozenset({"ccomp", "xcomp", "conj"})
# Prepositions that open only a phrase of place or time ("from", "as", "like" may say who or
# what: "a film [from Universal]").
_PLACE_AND_TIME_PREPOSITIONS = frozenset(
    {"at", "in", "on", "during", "after", "before", "since", "until", "near", "amid",
     "inside", "outside", "throughout", "within"}
)  # fmt: skip
# …and a phrase holding a date, a time or a place's name says where or when, not "concern [at
# the plans]" or "dependence [on oil]".
_PLACE_AND_TIME_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# Set off by a comma, these add to a noun and can go: ", the man credited with…", ", which…".
_ASIDE_DEPENDENCIES = frozenset({"appos", "relcl", "acl"})


def whole_fact_cuts(tokens: list[Token], root: Token) -> set[int]:
    """Places where a cut keeps the statement whole: before a phrase or clause hanging from a
    verb of the main clause, or at the comma before an aside ("those of Rwanda[, which…]")."""
    spine = main_verbs(root)
    places = {token.i: place for place, token in enumerate(tokens)}
    cuts = set()
    for token in tokens:
        start = places.get(token.left_edge.i)
        if start is None:
            continue
        if start and tokens[start - 1].lower_ in _PREPOSITION_OPENERS:
            continue
        if (token.dep_ in _HANGING and token.head.i in spine) or _says_where_or_when(token):
            # The comma before the phrase goes with it.
            cuts.add(start - 1 if tokens[start - 1].text == "," else start)
        elif token.dep_ in _ASIDE_DEPENDENCIES and start and tokens[start - 1].text == ",":
            cuts.add(start - 1)
    return cuts


def _says_where_or_when(token: Token) -> bool:
    """A phrase of where or when after a noun, wherever the noun stands ("suspended for their
    actions during a brawl [at the end of the game]"): the fact before it is whole."""
    return (
        token.dep_ == "prep"
        and token.lower_ in _PLACE_AND_TIME_PREPOSITIONS
        and token.head.pos_ in ("NOUN", "PROPN")
        and any(inner.ent_type_ in _PLACE_AND_TIME_LABELS for inner in token.subtree)
    )


def main_verbs(root: Token) -> set[int]:
    """The verb the clause hangs from and the verbs of its complement chain ("announced it will
    buy"): phrases hanging from a verb inside a noun phrase are part of that noun phrase."""
    spine, waiting = set(), [root]
    while waiting:
        verb = waiting.pop()
        spine.add(verb.i)
        waiting += [c for c in verb.children if c.dep_ in _VERB_CHAIN and c.pos_ in VERB_TAGS]
    return spine
