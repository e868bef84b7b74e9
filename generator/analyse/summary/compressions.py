"""Ever shorter versions of a clause, each dropping one more kind of detail.

The first few drop only background (when, what a subject's clause adds, who a name is); the
later ones drop what the verbs' adjuncts say, then the subject's modifiers; the last is what a
reporting verb reports ("Republicans have reported that [the White House will…]").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from generator.analyse.summary.asides import (
    VERB_TAGS,
    without_subject_modifiers,
    without_time_phrases,
)
from generator.analyse.summary.complete_cuts import (
    without_descriptors_of_names,
    without_verb_adjuncts,
)
from generator.analyse.summary.cues import REFERRING_PRONOUNS
from generator.analyse.summary.whole_fact import main_verbs

# The compressions that drop only background: the clause as it is, without its time phrases,
# without the clauses inside its subject, without the descriptions of its names.
BACKGROUND_DROPS = 4
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_REPORTING_LEMMAS = frozenset(
    {"say", "tell", "report", "state", "claim", "add", "confirm", "insist", "announce", "find"}
)


def compressions(tokens: list[Token], root: Token, *, whole_fact: bool) -> Iterator[list[Token]]:
    """The clause, then ever shorter versions of it, each dropping one more kind of detail.

    Keeping the whole fact, the subject loses only the clauses inside it ("the disaster [that
    affected a dozen nations]"), never the phrase that says which one ("the toll [from the
    tsunami]").
    """
    yield tokens
    tokens = without_time_phrases(tokens, root)
    yield tokens
    if not _is_finite(root):
        # "Calculations based on data from the telescope show…" read with "orbiting" as its
        # verb: a subject found in a misparse is no place to cut words from.
        return
    tokens = without_subject_modifiers(tokens, root, clauses_only=whole_fact)
    yield tokens
    if whole_fact:
        # Shorter still, the clause stays whole: names lose their descriptions, then the
        # verbs lose what says when, where, how or why, but not their complement.
        tokens = without_descriptors_of_names(tokens)
        yield tokens
        verbs = [root.doc[i] for i in main_verbs(root)]
        tokens = without_verb_adjuncts(tokens, verbs)
        yield tokens
        # Last, the subject keeps only its head noun: "The local elections [in the town of
        # Eastwick] have resulted in a clear victory for the Green Party".
        yield without_subject_modifiers(tokens, root)
    reported = reported_statement(tokens, root)
    if reported is not None:
        yield reported


def reported_statement(tokens: list[Token], root: Token) -> list[Token] | None:
    """What "X has reported that…" reports, when it can head on its own: not when it opens on
    a pronoun ("said his side's task…")."""
    if root.lemma_ not in _REPORTING_LEMMAS:
        return None
    reported = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    if reported is None:
        return None
    first, last = reported.left_edge.i, reported.right_edge.i
    clause = [t for t in tokens if first <= t.i <= last and not _is_mark_of(t, reported)]
    if clause and clause[0].lower_ not in REFERRING_PRONOUNS:
        return clause
    return None


def _is_finite(verb: Token) -> bool:
    """A verb that can carry a statement: tensed, or with an auxiliary ("has been", "will")."""
    if verb.pos_ not in VERB_TAGS:
        return True  # a noun the parser made the root: `_clause_root` has chosen the verb
    return verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _is_mark_of(token: Token, clause: Token) -> bool:
    """The "that" opening a reported clause."""
    return token.dep_ == "mark" and token.head.i == clause.i
