"""What an amount says about change: approximate, a bound, or a rise or fall.

A qualifier written before the number gives `~`, `>` or `<` ("about 40", "more than 6,650", "up
to 400"). The amount of a rise or fall gives `up` or `down`: the object of "rose"/"fell", of "by"
after a change verb, of "of" after a change noun ("an increase of 30%"), or after "up"/"down"
("up 9.4 per cent"). The level reached ("rose to $7.36 billion", "from $6.78 billion") is not a
change. Direction wins over a qualifier: "up nearly 57%" is `up`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.analyse.figures.scan import Amount
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

UP: ChangeSymbol = "up"
DOWN: ChangeSymbol = "down"
CHANGE_VERBS: dict[str, ChangeSymbol] = {
    **dict.fromkeys(
        ("rise", "increase", "jump", "grow", "gain", "climb", "advance", "surge", "soar", "rally",
         "rocket", "spike", "leap", "swell"),
        UP,
    ),
    **dict.fromkeys(
        ("fall", "drop", "decline", "decrease", "slide", "slip", "lose", "shed", "tumble",
         "plunge", "plummet", "sink", "dip", "shrink", "slump", "ease", "retreat", "sag", "crash",
         "dive", "cut", "reduce", "slash", "trim"),
        DOWN,
    ),
}  # fmt: skip
# Verbs whose object is often not a change ("raised $5 million" in funding): only with "by".
CHANGE_VERBS_WITH_BY: dict[str, ChangeSymbol] = {
    **dict.fromkeys(("boost", "hike", "lift", "raise", "add", "expand"), UP),
    **dict.fromkeys(("lower", "contract"), DOWN),
}
CHANGE_NOUNS: dict[str, ChangeSymbol] = {
    **dict.fromkeys(
        ("increase", "rise", "gain", "jump", "growth", "surge", "hike", "boost", "climb", "rally"),
        UP,
    ),
    **dict.fromkeys(
        ("decrease", "drop", "fall", "decline", "loss", "cut", "reduction", "slump", "dip",
         "plunge", "contraction"),
        DOWN,
    ),
}  # fmt: skip
ADVERBS: dict[str, ChangeSymbol] = {"up": UP, "higher": UP, "down": DOWN, "lower": DOWN}
TRAILING_ADVERBS: dict[str, ChangeSymbol] = {"higher": UP, "lower": DOWN}
# Verbs that "up"/"down" may follow as the direction of a figure ("edged down 0.03%"), unlike
# "set up 3 companies".
MOVEMENT_VERBS = frozenset(
    ("be", "edge", "move", "trend", "go", "come", "close", "end", "finish", "open", "trade",
     "tick", "inch", "shoot", "head")
)  # fmt: skip
OBJECT_DEPS = frozenset({"dobj", "npadvmod", "advmod", "attr"})
PREMODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "npadvmod", "quantmod"})
# "a $5 million loss" states an amount lost or won, not how much something fell or rose.
AMOUNT_NOUNS = frozenset({"loss", "gain"})
# After these the amount is the level reached or left ("rose to $7.36 billion"), not the change.
LEVEL_PREPOSITIONS = frozenset({"to", "from", "at"})


@dataclass(frozen=True, slots=True)
class Qualifier:
    """A qualifier's symbol and the token where the figure's text should start."""

    symbol: ChangeSymbol
    start: int


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
        while start > 0 and doc[start - 1].lower_ in INTENSIFIERS:
            start -= 1
        return Qualifier(symbol, start)
    return Qualifier("~" if amount.approximate else "=", first)


def _verb_direction(token: Token, *, with_by: bool) -> ChangeSymbol | None:
    """Direction of a change verb; a noun counts only before "by" ("a decrease by 1")."""
    lemma = token.lemma_.lower()
    verbal = token.pos_ in ("VERB", "AUX")
    if lemma in CHANGE_VERBS and (verbal or (with_by and token.pos_ == "NOUN")):
        return CHANGE_VERBS[lemma]
    if with_by and lemma in CHANGE_VERBS_WITH_BY:
        return CHANGE_VERBS_WITH_BY[lemma]
    return None


def _adverb_direction(token: Token) -> ChangeSymbol | None:
    direction = ADVERBS.get(token.lower_)
    if direction is None or (token.dep_ == "prt" and token.head.lemma_ not in MOVEMENT_VERBS):
        return None
    return direction


def _syntactic_direction(root: Token) -> ChangeSymbol | None:
    """Direction from the parse: object of a change verb, of "by", or of "an increase of"."""
    head = root.head
    if root.dep_ in OBJECT_DEPS and head.i != root.i:
        direction = _verb_direction(head, with_by=False) or _adverb_direction(head)
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
        return None if lemma in AMOUNT_NOUNS else CHANGE_NOUNS.get(lemma)
    return None


def _direction_before(doc: Doc, start: int) -> ChangeSymbol | None:
    """Direction from the words just before the figure: "up 9.4%", "fell (by) 7%"."""
    before = doc[start - 1]
    direction = _adverb_direction(before)
    if direction is None and before.lower_ == "by" and start > 1:
        return _verb_direction(doc[start - 2], with_by=True)
    return direction or _verb_direction(before, with_by=False)


def find_direction(span: Span, start: int, *, is_range: bool) -> ChangeSymbol | None:
    """Return `up`/`down` when the figure `span` (its text from `start`) is the size of a rise
    or fall."""
    doc = span.doc
    before = doc[start - 1] if start > 0 else None
    if before is None:
        return _syntactic_direction(span.root)
    direction = _direction_before(doc, start)
    if direction is not None:
        return direction
    if before.lower_ == "from" and is_range and start > 1:
        # "fell from $2,415 to $2,315": the range the change spans takes the verb's direction.
        return _verb_direction(doc[start - 2], with_by=False)
    if before.lower_ in LEVEL_PREPOSITIONS:
        return None
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    return _syntactic_direction(span.root) or TRAILING_ADVERBS.get(following)
