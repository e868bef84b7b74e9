"""What an amount says about change: approximate, a bound, or a rise or fall.

A qualifier written before the number gives `~`, `>` or `<` ("about 40", "more than 6,650", "up
to 400"). The amount of a rise or fall gives `up` or `down`: the object of "rose"/"fell", of "by"
after a change verb, of "of" after a change noun ("an increase of 30%"), or after "up"/"down"
("up 9.4 per cent"). The level reached ("rose to $7.36 billion", "from $6.78 billion") is not a
change, nor is a comparison of two things ("5% higher than expected") or a past level set
against today ("A year ago, debt was 11bn higher"). Nor is a count of discrete things that a verb
of rise or fall acts on ("dropped 3 bombs", "lost 3 games", "cut 1,200 jobs"): the verb's object
is the things counted, not the size of a change in a measure, as it is for a share, points, a unit
or money ("fell 3%", "dropped 3 points", "lost 286 gigatonnes", "lost $5m") and for whatever
follows "by" ("cut the workforce by 1,200 jobs"). Direction wins over a qualifier: "up nearly
57%" is `up`. The words themselves live in `change_words`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.analyse.figures.change_words import (
    ADVERBS,
    AMOUNT_NOUNS,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    CHANGE_VERBS_WITH_BY,
    MOVEMENT_VERBS,
    RELATIVE_UNITS,
    TRAILING_ADVERBS,
)
from generator.analyse.figures.counted import PERIOD_WORDS
from generator.analyse.figures.currencies import SUBUNITS, currency_for_word
from generator.analyse.figures.scan import Amount
from generator.analyse.figures.units import match_unit
from generator.model.analysis import ChangeSymbol

QUALIFIERS: dict[tuple[str, ...], ChangeSymbol] = {
    **dict.fromkeys(
        [("about",), ("around",), ("approximately",), ("roughly",), ("nearly",), ("almost",),
         ("some",), ("circa",), ("approx",), ("approx.",), ("estimated",), ("an", "estimated"),
         ("close", "to"), ("~",), ("≈",)],
        "~",
    ),
    **dict.fromkeys(
        [("more", "than"), ("over",), ("above",), ("at", "least"), ("upwards", "of"),
         ("in", "excess", "of"), ("greater", "than"), ("over", "than"), ("north", "of"),
         ("exceeding",), ("beyond",)],
        ">",
    ),
    **dict.fromkeys(
        [("less", "than"), ("fewer", "than"), ("under",), ("below",), ("up", "to"),
         ("at", "most"), ("no", "more", "than"), ("not", "more", "than"), ("as", "few", "as"),
         ("as", "little", "as"), ("maximum", "of"), ("a", "maximum", "of")],
        "<",
    ),
}  # fmt: skip
INTENSIFIERS = frozenset({"just", "well", "only", "slightly", "far", "a", "little"})

OBJECT_DEPS = frozenset({"dobj", "npadvmod", "advmod", "attr"})
PREMODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "npadvmod", "quantmod"})
# After these the amount is the level reached or left ("rose to $7.36 billion"), not the change.
LEVEL_PREPOSITIONS = frozenset({"to", "from", "at"})
# Words that set a clause at a past point counted back from now ("a year ago", "a week earlier").
PAST_ANCHORS = frozenset({"ago", "earlier", "previously", "before", "formerly"})
ANCHOR_DEPS = frozenset({"advmod", "npadvmod", "prep", "advcl"})
TIME_LABELS = frozenset({"DATE", "TIME"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB", "AUX"})
TIMES_WORDS = frozenset({"time", "times"})


@dataclass(frozen=True, slots=True)
class Qualifier:
    """A qualifier's symbol and the token where the figure's text should start."""

    symbol: ChangeSymbol
    start: int


def _is_moving_up(up: Token) -> bool:
    """True for the "up" of a verb of movement ("went up", "moved up"), not of "is up to"."""
    head = up.head
    return up.dep_ in ("prt", "advmod") and head.lemma_ in MOVEMENT_VERBS and head.lemma_ != "be"


def find_qualifier(doc: Doc, amount: Amount) -> Qualifier:
    """Return the `~`/`>`/`<` qualifier written before `amount`, or `=` at the amount's start."""
    first = amount.first
    for length in (3, 2, 1):
        if first - length < 0:
            continue
        words = tuple(token.lower_ for token in doc[first - length : first])
        symbol = QUALIFIERS.get(words)
        if symbol is None:
            continue
        start = first - length
        if words == ("up", "to") and start > 0 and doc[start - 1].lower_ == "from":
            break  # "from up to 252 miles" gives the old level, not a bound
        if words[0] == "up" and _is_moving_up(doc[start]):
            break  # "prices went up to $40" gives the level reached, not a bound
        if words == ("over",) and _is_during(doc[start]):
            break  # "40 goals over three seasons": the span it took, not a bound
        while start > 0 and doc[start - 1].lower_ in INTENSIFIERS:
            start -= 1
        return Qualifier(symbol, start)
    return Qualifier("~" if amount.approximate else "=", first)


def _is_during(over: Token) -> bool:
    """True for an "over" that is a preposition of a span of time: "scored 40 goals over three
    seasons", "repaid over 25 years"; "for over five years" and "lasted over 3 hours" hang it
    on the number instead, as a bound."""
    if over.dep_ != "prep":
        return False
    objects = [child for child in over.children if child.dep_ == "pobj"]
    return any(
        word.lemma_.lower() in PERIOD_WORDS or word.lower_ in PERIOD_WORDS for word in objects
    )


def _is_relative(span: Span) -> bool:
    """True for a share or points ("3%", "0.25 percentage points"), which after a verb of change
    can only be the change's size."""
    for token in span:
        if token.lower_ in RELATIVE_UNITS or token.lemma_ == "point":
            return True
        if token.lower_ == "cent" and token.i > 0 and token.nbor(-1).lower_ == "per":
            return True
    return False


def _counts_things(span: Span) -> bool:
    """True when the figure counts discrete things named by its noun ("3 bombs", "300 staff"),
    not a measure: no share, points, times, unit of measure or money."""
    root = span.root
    if root.pos_ not in NOUN_POS or root.like_num or not any(t.like_num for t in span):
        return False
    lowered = root.lower_
    if lowered in RELATIVE_UNITS or lowered in TIMES_WORDS or root.lemma_ == "point":
        return False
    money = lowered in SUBUNITS or currency_for_word(root.text) is not None
    return not money and match_unit([root.text]) is None


def _verb_direction(token: Token, *, with_by: bool, relative: bool = False) -> ChangeSymbol | None:
    """Direction of a change verb; a noun counts only before "by" ("a decrease by 1")."""
    lemma = token.lemma_.lower()
    verbal = token.pos_ in ("VERB", "AUX")
    if lemma in CHANGE_VERBS and (verbal or (with_by and token.pos_ == "NOUN")):
        return CHANGE_VERBS[lemma]
    if (with_by or (relative and verbal)) and lemma in CHANGE_VERBS_WITH_BY:
        return CHANGE_VERBS_WITH_BY[lemma]
    return None


def _names_time(tokens: Span | list[Token]) -> bool:
    return any(token.ent_type_ in TIME_LABELS or token.lower_ in PAST_ANCHORS for token in tokens)


def _is_comparison(comparative: Token) -> bool:
    """True when "higher"/"lower" compares, rather than says that a level moved.

    "5% higher than expected" and "higher than the average" set two things side by side; "higher
    than a year ago" or "than in 2010" compares one thing over time, which is a change. Without
    "than", a clause set at a past point counted back from now ("A year ago, debt was 11bn
    higher") gives the old level's difference from today: nothing has risen.
    """
    for token in comparative.subtree:
        if token.i > comparative.i and token.lower_ == "than":
            # "than expected" is a clause that "than" marks; "than in 2010" a phrase it heads.
            phrase = token.head.subtree if token.dep_ == "mark" else token.subtree
            return not _names_time(list(phrase))
    clause = comparative.head
    return any(
        child.i != comparative.i
        and child.dep_ in ANCHOR_DEPS
        and any(token.lower_ in PAST_ANCHORS for token in child.subtree)
        for child in clause.children
    )


def _adverb_direction(token: Token) -> ChangeSymbol | None:
    direction = ADVERBS.get(token.lower_)
    if direction is None or (token.dep_ == "prt" and token.head.lemma_ not in MOVEMENT_VERBS):
        return None
    if token.lower_ in TRAILING_ADVERBS and _is_comparison(token):
        return None
    return direction


def _syntactic_direction(root: Token, *, relative: bool, things: bool) -> ChangeSymbol | None:
    """Direction from the parse: object of a change verb, of "by", or of "an increase of"."""
    head = root.head
    if root.dep_ in OBJECT_DEPS and head.i != root.i:
        acted_on = things and head.pos_ in VERB_POS
        direction = None if acted_on else _verb_direction(head, with_by=False, relative=relative)
        direction = direction or _adverb_direction(head)
        if direction is not None:
            return direction
    if root.dep_ == "pobj" and head.lower_ == "by":
        governor = head.head
        return _verb_direction(governor, with_by=True) or CHANGE_NOUNS.get(governor.lemma_)
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return CHANGE_NOUNS.get(head.head.lemma_.lower())
    if root.dep_ in PREMODIFIER_DEPS and head.pos_ == "NOUN" and head.i > root.i:
        # "a 12% fall", "a $2 million cut": the size written before the change noun.
        lemma = head.lemma_.lower()
        return None if lemma in AMOUNT_NOUNS and not relative else CHANGE_NOUNS.get(lemma)
    return None


def _direction_before(doc: Doc, start: int, *, relative: bool, things: bool) -> ChangeSymbol | None:
    """Direction from the words just before the figure: "up 9.4%", "fell (by) 7%", "lower by
    2%"; not from a verb whose object counts things ("dropped 3 bombs")."""
    before = doc[start - 1]
    direction = _adverb_direction(before)
    if direction is None and before.lower_ == "by" and start > 1:
        return _verb_direction(doc[start - 2], with_by=True) or _adverb_direction(doc[start - 2])
    if direction is not None or (things and before.pos_ in VERB_POS):
        return direction
    return _verb_direction(before, with_by=False, relative=relative)


def find_direction(
    span: Span, start: int, *, is_range: bool, falling: bool = False
) -> ChangeSymbol | None:
    """Return `up`/`down` when the figure `span` (its text from `start`) is the size of a rise
    or fall. A range written from its high end down after "from" (`falling`: "a decline since
    October from 785 to 708") is a fall whatever stands before it: ranges are written low to
    high."""
    doc = span.doc
    relative = _is_relative(span)
    things = _counts_things(span)
    before = doc[start - 1] if start > 0 else None
    if before is None:
        return _syntactic_direction(span.root, relative=relative, things=things)
    direction = _direction_before(doc, start, relative=relative, things=things)
    if direction is not None:
        return direction
    if before.lower_ == "from" and is_range and start > 1:
        # "fell from $2,415 to $2,315": the range the change spans takes the verb's direction.
        return "down" if falling else _verb_direction(doc[start - 2], with_by=False)
    if before.lower_ in LEVEL_PREPOSITIONS:
        return None
    direction = _syntactic_direction(span.root, relative=relative, things=things)
    if direction is None and span.end < len(doc) and doc[span.end].lower_ in TRAILING_ADVERBS:
        return _adverb_direction(doc[span.end])
    return direction
