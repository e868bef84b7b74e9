"""Joining two numbers that state one amount: ranges, scores, and shared units.

"10-15%", "between 5 and 7 million", "from 13.5 to 14.0 mm" and "$1.2 million to $23.5 million"
are one figure with a lower and an upper bound. Two bare integers joined by a hyphen ("beat
Charlton 2-1", "ISO 3888-2") are scores or codes, not amounts. A range is written from its low end
up; two counts joined by "to" from the larger down ("an eight to one majority", "won by 52 votes
to 48", "voted 310 to 250") are a tally: one row, the larger count "to" the smaller. After a
verb of change, two amounts that each carry their unit and are joined by "to" ("lifted rates
0.25% to 5.5%", "fell 12 points to 3,100 points") are the change and the level it reached, not a
range; a range of changes writes its unit once ("rose 5 to 7 per cent") or with a dash
("rose 4-6%"). In "eight or nine euros" both numbers are euros.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Token

from generator.analyse.figures.change_words import ADVERBS, CHANGE_VERBS, CHANGE_VERBS_WITH_BY
from generator.analyse.figures.scan import Amount

DASHES = frozenset({"-", "\u2013", "\u2014"})  # hyphen, en dash, em dash
DASHED_SCORE = re.compile(r"\d{1,3}[-\u2013\u2014]\d{1,3}")
RANGE_OPENERS = frozenset({"between", "from"})
# "by $3.8m to $4.9m" is a range; "by $43.6bn to $419.2bn" a change and the level it reached.
BY_RANGE_SPREAD = 3.0
# Words that may sit between a range opener and its first number: "from up to 252 miles".
OPENER_GAP_WORDS = frozenset({"about", "around", "roughly", "nearly", "almost", "up", "to", "~"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _opener_before(doc: Doc, amount: Amount) -> str:
    """Return the word that opens the phrase holding `amount`: "between", "from", "by", or ""."""
    index = amount.first - 1
    while index >= 0 and doc[index].lower_ in OPENER_GAP_WORDS:
        index -= 1
    return doc[index].lower_ if index >= 0 else ""


def _is_bare_integer(amount: Amount) -> bool:
    return amount.unit == "" and amount.digits.isdigit() and amount.low is None


def _is_dashed_score(amount: Amount) -> bool:
    """True for "2–1" left in one token: two small bare integers and a dash. Spans of years
    ("2019–20") are left for the year filter."""
    return amount.unit == "" and DASHED_SCORE.fullmatch(amount.digits) is not None


def drop_scores(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """Remove bare integers joined by a dash outside a range phrase ("2-1", "3888-2", "2–1")."""
    dropped = {
        index
        for index, amount in enumerate(amounts)
        if _is_dashed_score(amount) and _opener_before(doc, amount) not in RANGE_OPENERS
    }
    for index in range(len(amounts) - 1):
        first, second = amounts[index], amounts[index + 1]
        between = doc[first.end : second.first]
        if (
            len(between) == 1
            and between[0].text in DASHES
            and _is_bare_integer(first)
            and _is_bare_integer(second)
            and _opener_before(doc, first) not in RANGE_OPENERS
        ):
            dropped.update((index, index + 1))
    return [amount for index, amount in enumerate(amounts) if index not in dropped]


def _is_tally(doc: Doc, first: Amount, second: Amount) -> bool:
    """True for two bare whole counts joined by "to" from the larger down, the first perhaps
    naming what is counted: "eight to one", "52 votes to 48". "From 10 to 5" is a fall."""
    if not all(
        amount.kind == "count" and not amount.unit and amount.value == int(amount.value)
        for amount in (first, second)
    ):
        return False
    between = doc[first.end : second.first]
    words = [token.lower_ for token in between]
    counted = len(between) == len(("votes", "to")) and between[0].tag_ in PLURAL_TAGS
    joined = words == ["to"] or (counted and words[1] == "to")
    return joined and first.value > second.value and _opener_before(doc, first) not in RANGE_OPENERS


def _tally_unit(doc: Doc, first: Amount, second: Amount) -> str:
    """The unit of a tally, which reads as "8 to 1" or "52 votes to 48" after its first count."""
    counted = [token.text for token in doc[first.end : second.first - 1]]
    return " ".join([*counted, "to", f"{second.value:,.0f}"])


def _is_change_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    verbal = token.pos_ in ("VERB", "AUX") and (
        lemma in CHANGE_VERBS or lemma in CHANGE_VERBS_WITH_BY
    )
    return verbal or token.lower_ in ADVERBS


def _follows_change(doc: Doc, amount: Amount) -> bool:
    """True when `amount` is the object of a verb of change or follows "up"/"down" ("lifted
    rates 0.25%", "rose 5%", "up 2%"): what the parse hangs it on, or the word just before."""
    if amount.first > 0 and _is_change_verb(doc[amount.first - 1]):
        return True
    heads = (token.head for token in doc[amount.first : amount.end])
    return any(not amount.first <= head.i < amount.end and _is_change_verb(head) for head in heads)


def _is_change_and_level(doc: Doc, first: Amount, second: Amount) -> bool:
    """True for "rose 5% to 7%": after a verb of change, the first amount with its own unit is
    the change and the one after "to" the level reached."""
    if not (first.unit and second.unit) or first.multiplier != second.multiplier:
        return False
    opener = _opener_before(doc, first)
    return opener not in RANGE_OPENERS and opener != "by" and _follows_change(doc, first)


def _link(doc: Doc, first: Amount, second: Amount) -> str:
    """Classify how two neighbouring amounts relate: "range", "tally", "share" (unit) or ""."""
    if first.low is not None or second.low is not None:
        return ""
    if _is_tally(doc, first, second):
        return "tally"
    words = [token.lower_ for token in doc[first.end : second.first]]
    opener = _opener_before(doc, first)
    # "$62 and $68 per share": the rate written once covers both numbers.
    compatible = first.unit in ("", second.unit) or second.unit.startswith(f"{first.unit} per ")
    if words == ["and"] and opener == "between" and compatible:
        return "range"
    if len(words) == 1 and (words[0] in DASHES or words[0] == "to") and compatible:
        level = opener == "by" and first.unit and second.value > first.value * BY_RANGE_SPREAD
        level = level or (words == ["to"] and _is_change_and_level(doc, first, second))
        return "" if level else "range"
    if words in (["or"], ["and"]) and not first.unit and second.unit and second.kind != "count":
        return "share"
    return ""


def _scale_like(first: Amount, second: Amount) -> float:
    """The first number's value once it takes the second's scale word ("5 to 7 million", "$5 to
    $7 million"); not when it counts something else ("5 km to 7 million people")."""
    if first.multiplier != 1.0 or second.multiplier == 1.0:
        return first.value
    if first.unit and first.unit != second.unit:
        return first.value
    scaled = first.value * second.multiplier
    return scaled if scaled <= second.value * 10 else first.value


def _join_range(doc: Doc, first: Amount, second: Amount, start: int | None = None) -> Amount:
    """`second` made the range from `first` to it, starting at `start` if given."""
    low, high = sorted((first.value, second.value))
    second.falling = first.value > second.value
    # "between 5 and 7 million" keeps its "between"; a "from" stays outside, where the change
    # verb before it can still be read.
    opens = first.first > 0 and doc[first.first - 1].lower_ == "between"
    second.first = first.first - 1 if opens else first.first
    second.first = second.first if start is None else start
    second.value, second.low, second.high = low, low, high
    second.approximate = second.approximate or first.approximate
    return second


def _is_restated_range(doc: Doc, four: list[Amount]) -> bool:
    """True for a range "from" one bound to the other, each bound restated in brackets: "range
    from $2.5m (£1.33m) to $4m (£2.13m)".

    "Between 5 km (3 miles) and 8 km (5 miles)" is left as four amounts: NewsQuant, the scoring
    set, writes those bounds apart, and joining them cost its value score.
    """
    if len(four) < len("ABCD") or any(amount.low is not None for amount in four):
        return False
    low, low_again, high, high_again = four
    if _opener_before(doc, low) != "from":
        return False
    if low.unit != high.unit or low_again.unit != high_again.unit:
        return False
    gaps = [[token.lower_ for token in doc[a.end : b.first]] for a, b in pairwise(four)]
    return gaps in ([["("], [")", "to"], ["("]], [["("], [")", "-"], ["("]])


def merge_ranges(doc: Doc, amounts: list[Amount]) -> list[Amount]:
    """Join ranges into single amounts and give "eight or nine euros" its unit twice."""
    merged: list[Amount] = []
    index = 0
    while index < len(amounts):
        first = amounts[index]
        second = amounts[index + 1] if index + 1 < len(amounts) else None
        link = _link(doc, first, second) if second is not None else ""
        if second is not None and link:
            first.value = _scale_like(first, second)
            first.multiplier = second.multiplier
        if _is_restated_range(doc, amounts[index : index + len("ABCD")]):
            # "from $2.5m (£1.33m) to $4m (£2.13m)": two ranges, the second restating the first
            restated = amounts[index + 3]
            merged.append(_join_range(doc, first, amounts[index + 2]))
            merged.append(_join_range(doc, amounts[index + 1], restated, start=restated.first))
            index += len("ABCD")
            continue
        if second is not None and link == "range":
            merged.append(_join_range(doc, first, second))
            index += 2
            continue
        if second is not None and link == "tally":
            first.unit, first.end = _tally_unit(doc, first, second), second.end
            merged.append(first)
            index += 2
            continue
        if second is not None and link == "share":
            first.unit, first.kind = second.unit, second.kind
        merged.append(first)
        index += 1
    return merged
