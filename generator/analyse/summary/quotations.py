"""Sentences that lie inside a quotation: someone's words, shown alone without their marks.

News runs a long quote over several sentences and reopens it at each paragraph without closing
it ('"If you look at my career… "It's because… You put your best team out… "For me…'); a
sentence starting inside one is a piece of the quote with no quotation mark of its own, so a
summary would pass the speaker's words off as the article's. A straight mark's role is read
from where it stands: after a space it opens, against the word before it it closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from generator.analyse.nlp.boundaries import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    STRAIGHT_QUOTE,
    opens_by_position,
)


def sentences_inside_quotations(sentences: Sequence[Span]) -> set[int]:
    """Indexes of the sentences that start inside a quotation opened by an earlier sentence of
    their paragraph and not yet closed."""
    inside: set[int] = set()
    open_quote = False
    for index, sent in enumerate(sentences):
        if index and _starts_paragraph(sent):
            open_quote = False
        if open_quote and not _opens_quotation(sent[0]):
            inside.add(index)  # one that reopens with its own mark speaks for itself
        for token in sent:
            if _opens_quotation(token):
                open_quote = True
            elif token.text in CLOSING_QUOTES or token.text == STRAIGHT_QUOTE:
                open_quote = False
    return inside


def _opens_quotation(token: Token) -> bool:
    return token.text in OPENING_QUOTES or opens_by_position(token)


def _starts_paragraph(sent: Span) -> bool:
    doc = sent.doc
    before = doc[sent.start - 1] if sent.start else None
    return before is None or "\n\n" in before.whitespace_ or "\n\n" in before.text
