"""Where a shortened sentence ends: no word promising more, no quotation left open."""

from __future__ import annotations

from spacy.tokens import Token

DOUBLE_QUOTES = frozenset({'"', "''", "``", "“", "”"})
CLOSING_QUOTES = frozenset({"''", "”"})
# Words a shortened sentence must not end on: they promise more words to come.
_DANGLING_TAGS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PUNCT"})
_DANGLING_FINE_TAGS = frozenset({"PRP$", "WDT", "WP", "WP$", "WRB"})
_FINAL_MARKS = frozenset({".", ",", ";", ":", "!", "?"})


def without_unpaired_quotes(tokens: list[Token]) -> list[Token]:
    """Drop the quotation marks of a cut that left one open."""
    if _count_quotes(tokens) % 2 == 0:
        return tokens
    return [token for token in tokens if token.text not in DOUBLE_QUOTES]


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
