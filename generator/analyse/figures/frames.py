"""Nouns that frame a figure rather than name what it measures, and what lies beyond them.

"a record high of $5bn", "a 43% rise in net profits", "an annual rate of 3.7%", "80 staff in
size": the frame noun says how the figure is given; the measured thing is the phrase the frame is
of, or else the subject the whole phrase is said of.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.analyse.figures.concept_words import (
    DIMENSION_NOUNS,
    FRAME_NOUNS,
    MONEY_MEASURES,
    PACE_NOUNS,
)
from generator.analyse.figures.phrases import TIME_ENTITIES, describe


def is_frame_word(word: str, *, money: bool = False) -> bool:
    """True for a frame noun written alone ("figure", "total", "record")."""
    return word in FRAME_NOUNS and not (money and word in MONEY_MEASURES)


def is_frame(noun: Token, *, money: bool = False) -> bool:
    """True for a noun that frames a value: "record", "total", "rise"; a "rate" or "pace" set
    only by its period ("an annual rate of 3.7%", not "the jobless rate" or "inflation rate")."""
    lemma = noun.lemma_.lower()
    if lemma in FRAME_NOUNS:
        return is_frame_word(lemma, money=money)
    if lemma not in PACE_NOUNS:
        return False
    modifiers = [child for child in noun.lefts if child.dep_ in ("amod", "compound", "nmod")]
    return any(child.ent_type_ in TIME_ENTITIES for child in modifiers) and not any(
        child.dep_ == "compound" for child in modifiers
    )


def framed(frame: Token, avoid: range) -> str:
    """What a frame noun is of: "a 43% rise [in net profits]", "an increase of 5% [in sales]";
    only a phrase right after the noun or the figure, not a later one ("..., in part"), and not
    a time ("an increase in October" is of nothing named)."""
    for child in frame.rights:
        if child.i not in (frame.i + 1, avoid.stop):
            continue
        objects = [word for word in child.children if word.dep_ == "pobj"]
        if child.dep_ != "prep" or child.lower_ not in ("in", "of") or not objects:
            continue
        if objects[0].ent_type_ in TIME_ENTITIES:
            continue
        concept = describe(objects[0], avoid)
        if concept and not any(word.i in avoid for word in child.subtree):
            return concept
    return ""


def kind_after(span: Span) -> Token | None:
    """The bare noun of an "in" right after an amount, which says what it is made of: "$48m in
    sales", "$2bn in new loans" (not "in 2004", "in London", "in the market", nor a dimension
    such as "in size" or "in value", which says the amount measures something else)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "in":
        return None
    objects = [child for child in doc[span.end].children if child.dep_ == "pobj"]
    if not objects:
        return None
    noun = objects[0]
    bare = not any(child.dep_ in ("det", "poss", "nummod") for child in noun.children)
    plain = noun.pos_ == "NOUN" and not noun.ent_type_ and not noun.like_num
    lemma = noun.lemma_.lower()
    framing = lemma in FRAME_NOUNS or lemma in DIMENSION_NOUNS
    return noun if bare and plain and not framing else None
