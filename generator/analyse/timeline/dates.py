"""Timeline: every date an article mentions, resolved against the article's own date.

spaCy's DATE entities are the candidates, and TIME entities that name a day ("last night",
"Tuesday evening"). Each entity's words are read into calendar parts (`timeline_words`), which
also drops what is not a point in time: ages, frequencies and bare durations ("six years"). The
rest is listed in text order and resolved (`timeline_resolve`) with the tense of its clause from
the parse, since "on Monday" is last Monday in "they met on Monday" and next Monday in "they will
meet on Monday". A mention that cannot be pinned down (a relative date in an undated article,
"recent weeks", "the next day") is still listed, with `resolved=None`, so the page can quote it.
"""

from __future__ import annotations

import bisect
import datetime as dt

from spacy.tokens import Doc, Span, Token

from generator.analyse.timeline.resolve import Tense, resolve_expression
from generator.analyse.timeline.words import read_expression
from generator.model.analysis import DateMention

FUTURE_AUXILIARIES = frozenset({"will", "wo", "'ll", "ll", "shall", "would", "'d"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'s", "'ve"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
VERB_POS = frozenset({"VERB", "AUX"})
# A clause without a finite verb of its own ("Speaking on Monday, he said ...") takes its tense
# from the clause it hangs on.
NON_FINITE_TAGS = frozenset({"VBG", "VB"})
MAX_CLAUSE_CLIMB = 4
CANDIDATE_LABELS = frozenset({"DATE", "TIME"})
TRAILING_POINTERS = frozenset({"time", "ago"})
# "plans to meet on Monday" looks ahead; "came to define" takes the tense of "came".
FUTURE_GOVERNORS = frozenset({
    "plan", "expect", "schedule", "due", "set", "agree", "hope", "aim", "intend", "want", "go",
    "prepare", "promise", "vow", "pledge", "threaten", "likely", "propose", "need", "ready",
})  # fmt: skip


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the parse, or None below a verbless root."""
    while token.pos_ not in VERB_POS:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _looks_ahead(infinitive: Token) -> bool:
    """Whether an infinitive is governed by planning: "plans to meet", "is due to meet"."""
    governor = infinitive.head
    return governor.lemma_ in FUTURE_GOVERNORS or any(
        child.dep_ == "acomp" and child.lemma_ in FUTURE_GOVERNORS for child in governor.children
    )


def _verb_tense(verb: Token) -> Tense | None:
    """The tense one verb's own form and auxiliaries give, or None for a non-finite form."""
    auxiliaries = [child for child in verb.children if child.dep_ in AUXILIARY_DEPS]
    words = {auxiliary.lower_ for auxiliary in auxiliaries}
    if words & FUTURE_AUXILIARIES:
        return "future"  # "will meet", "would discuss": not yet done
    if "to" in words:
        return "future" if _looks_ahead(verb) else None
    if verb.tag_ == "VBD" or any(auxiliary.tag_ == "VBD" for auxiliary in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and (not auxiliaries or words & PERFECT_AUXILIARIES):
        return "past"  # "has met", and "the deal signed on Monday"
    if auxiliaries or verb.tag_ not in NON_FINITE_TAGS:
        return "present"
    return None


def clause_tense(token: Token) -> Tense:
    """The tense of the clause `token` belongs to; "present" when the parse shows none."""
    verb = _governing_verb(token)
    for _ in range(MAX_CLAUSE_CLIMB):
        if verb is None:
            break
        tense = _verb_tense(verb)
        if tense is not None:
            return tense
        verb = _governing_verb(verb.head) if verb.head.i != verb.i else None
    return "present"


def _with_pointer(entity: Span) -> Span:
    """The entity with the "time" or "ago" spaCy may leave outside: "in [three weeks'] time"."""
    doc = entity.doc
    if entity.end < len(doc) and doc[entity.end].lower_ in TRAILING_POINTERS:
        return doc[entity.start : entity.end + 1]
    return entity


def find_dates(doc: Doc, article_date: dt.date | None) -> tuple[DateMention, ...]:
    """Return every date `doc` mentions, in text order, resolved against `article_date`.

    `resolved` is an ISO day, month, year or "start/end" period; None when the mention is a
    point in time that cannot be placed, for instance "next week" when `article_date` is None.
    Ages, frequencies and lengths of time ("six years") are not listed.
    """
    sentence_starts = [sentence.start for sentence in doc.sents]
    mentions: list[DateMention] = []
    for found in doc.ents:
        if found.label_ not in CANDIDATE_LABELS:
            continue
        entity = _with_pointer(found)
        expression = read_expression(entity.text)
        if expression is None or (found.label_ == "TIME" and not expression.names_day):
            continue
        resolved = resolve_expression(expression, article_date, clause_tense(entity.root))
        mentions.append(
            DateMention(
                text=entity.text,
                start=entity.start_char,
                end=entity.end_char,
                sentence=bisect.bisect_right(sentence_starts, entity.start) - 1,
                resolved=resolved,
            )
        )
    return tuple(mentions)
