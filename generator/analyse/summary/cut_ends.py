"""Where a shortened sentence may end: no word promising more, no quotation or dash aside
left open."""

from __future__ import annotations

from spacy.tokens import Token

from generator.analyse.nlp.boundaries import CLOSING_QUOTES, OPENING_QUOTES, STRAIGHT_QUOTE

DOUBLE_QUOTES = frozenset({STRAIGHT_QUOTE}) | OPENING_QUOTES | CLOSING_QUOTES
DASHES = frozenset({"--", "—", "\u2013", "-"})
CUT_PUNCTUATION = frozenset({",", ";", ":"}) | DASHES
# Words a shortened sentence must not end on: they promise more words to come.
_DANGLING_TAGS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PUNCT"})
_DANGLING_FINE_TAGS = frozenset({"PRP$", "WDT", "WP", "WP$", "WRB"})
_FINAL_MARKS = frozenset({".", ",", ";", ":", "!", "?"})
_OPENING_BRACKETS = frozenset({"(", "["})
_CLOSING_BRACKETS = frozenset({")", "]"})


def without_unpaired_quotes(tokens: list[Token]) -> list[Token]:
    """Drop the quotation marks of a cut that left one open."""
    if _count_quotes(tokens) % 2 == 0:
        return tokens
    return [token for token in tokens if token.text not in DOUBLE_QUOTES]


def without_unpaired_brackets(tokens: list[Token]) -> list[Token]:
    """Drop a bracket whose partner a shortening removed: "launched [today (Thursday]) on"."""
    unpaired: set[int] = set()
    opened: list[int] = []
    for token in tokens:
        if token.text in _OPENING_BRACKETS:
            opened.append(token.i)
        elif token.text in _CLOSING_BRACKETS:
            if opened:
                opened.pop()
            else:
                unpaired.add(token.i)
    unpaired.update(opened)
    return [token for token in tokens if token.i not in unpaired]


def trim_dangling(tokens: list[Token]) -> list[Token]:
    """Drop trailing function words and punctuation, but not the mark closing a quotation or
    a bracket ("Japanese time (UTC+9)"), nor a verb's particle, which ends its phrase ("the town
    where he grew up")."""
    end = len(tokens)
    while (
        end > 1
        and tokens[end - 1].dep_ != "prt"
        and (tokens[end - 1].pos_ in _DANGLING_TAGS or tokens[end - 1].tag_ in _DANGLING_FINE_TAGS)
    ):
        if tokens[end - 1].text in CLOSING_QUOTES or (
            tokens[end - 1].text == '"' and _count_quotes(tokens[:end]) % 2 == 0
        ):
            break
        if tokens[end - 1].text == ")" and _closes_bracket(tokens[:end]):
            break
        end -= 1
    kept = tokens[:end]
    # 'called it "a waste of money."': the full stop inside the quotation goes too.
    if len(kept) > 1 and kept[-1].text in DOUBLE_QUOTES and kept[-2].text in _FINAL_MARKS:
        return [*kept[:-2], kept[-1]]
    return kept


def _closes_bracket(tokens: list[Token]) -> bool:
    texts = [token.text for token in tokens]
    return texts.count("(") == texts.count(")")


def _count_quotes(tokens: list[Token]) -> int:
    return sum(1 for token in tokens if token.text in DOUBLE_QUOTES)


def is_cut_punctuation(token: Token) -> bool:
    """A comma, semicolon or colon, or a dash standing apart (not the one in "murder-suicide")."""
    if token.text not in CUT_PUNCTUATION:
        return False
    if token.text not in DASHES:
        return True
    before = token.doc[token.i - 1] if token.i else None
    return bool(token.whitespace_) and (before is None or bool(before.whitespace_))


def places_outside_asides(tokens: list[Token]) -> set[int]:
    """Token places not inside a quotation or a dash-delimited aside.

    Cutting inside one would leave a quotation open or end a title on half of a parenthetical
    thought ("the timepiece - which ranges in price").
    """
    places = set()
    in_quote = in_dash = False
    for place, token in enumerate(tokens):
        if not (in_quote or in_dash):
            places.add(place)
        if token.text in DOUBLE_QUOTES:
            in_quote = token.text not in CLOSING_QUOTES and not (in_quote and token.text == '"')
        elif is_cut_punctuation(token) and token.text in DASHES:
            in_dash = not in_dash
    return places
