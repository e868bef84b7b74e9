"""Docs built word by word with exact annotations, for rules that read tags, entities and the
parse: no model guess stands between a test and the rule it checks."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.analyse.figures.scan import Amount


@cache
def _vocab() -> Vocab:
    return spacy.blank("en").vocab


def make_doc(
    words: str,
    *,
    glued: tuple[int, ...] = (),
    **annotations: list[str] | list[int] | list[bool],
) -> Doc:
    """A Doc of the space-separated `words`; the words at `glued` have no space after them.
    `annotations` are Doc's own arguments (tags, pos, lemmas, deps, heads, ents, ...)."""
    split = words.split(" ")
    spaces = [i not in glued and i < len(split) - 1 for i in range(len(split))]
    return Doc(_vocab(), words=split, spaces=spaces, **annotations)


def amount_at(doc: Doc, first: int, end: int | None = None, **fields: object) -> Amount:
    """The Amount written at tokens first..end (one token by default), its value and digits
    read from the first token unless given."""
    text = doc[first].text
    number = float(text) if text.replace(".", "", 1).isdigit() else 1.0
    values: dict[str, object] = {"value": number, "digits": text if text.isdigit() else ""}
    values.update(fields)
    return Amount(first=first, end=first + 1 if end is None else end, number=first, **values)
