"""The year a figure refers to, told apart from the years around it.

A year dates the figures of its scope: the clause it belongs to ("In 2004 it earned $3bn", "its 2004
net profit was 4.6bn euros", "in the third quarter of 2004"), unless a word of comparison stands
between it and the clause ("up from 2003", "since 2001", "compared with $5bn in 2003"): then it
dates only the figures under that word, the baseline's own ("up from 3.2bn euros in 2003"); after a
rise or fall, "on" and "over" are such words too ("up 2.6% on 2003", "a 5% rise over 2003"). A year
that names a thing ("2000's Meet the Parents", "the 2004 Olympics") says which one is meant, not
when the clause's figures stand: it dates them only when that thing is the clause's subject ("The
2004 Olympics drew 3.9bn viewers"), never when it is named on the side ("the sequel to 2004's Shrek
2 earned $40m"). Within one scope the year written on a figure's own phrase wins ("$5bn in 2004 and
$3bn in 2003"). A clause that names no year takes one from the clause it is the complement or the
continuation of ("this year it expects to lend $6bn"). Years are the numbers read as years and the
date expressions of the timeline that name a year, "last year" and "this year" among them, resolved
against the article's date (so left alone in an undated article); one that names a span of years
dates its figures with the span ("between 1989 and 2003" → "1989/2003").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.analyse.figures.change_words import (
    ADVERBS,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    CHANGE_VERBS_WITH_BY,
)
from generator.model.analysis import DateMention

# Words after which a year is what the figure is compared with, not when it stands.
BASELINE_WORDS = frozenset(
    {"from", "since", "than", "after", "before", "until", "against", "versus", "vs", "vs."}
)
BASELINE_LEMMAS = frozenset({"compare"})
# Words that give a baseline only after a rise or fall: "up 2.6% on 2003", "5% over 2003".
CHANGE_BASELINE_WORDS = frozenset({"on", "over"})
CHANGE_LEMMAS = frozenset({*CHANGE_VERBS, *CHANGE_VERBS_WITH_BY, *CHANGE_NOUNS, *ADVERBS})
POSSESSIVES = frozenset({"'s", "\u2019s"})
# Entity labels of named things a year may pick out ("2004's Shrek 2", "the 2006 World Cup").
NAMED_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "ORG", "FAC"})
NAME_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A clause that continues another or completes its verb shares that clause's year.
SHARING_DEPS = frozenset({"xcomp", "conj"})
VERB_POS = frozenset({"VERB", "AUX"})
# Expressions counted from a moment ("a year ago", "a year earlier") compare more than they date.
COUNTED_BACK = frozenset({"ago", "earlier", "later", "before"})
YEAR_DIGITS = 4
MAX_PATH = 12


@dataclass(frozen=True, slots=True)
class YearMark:
    """A year written in the text: where, which, and the words from it up to its scope."""

    token: int
    year: str | None
    path: tuple[int, ...]
    scope: int


def _is_boundary(token: Token) -> bool:
    if token.lower_ in CHANGE_BASELINE_WORDS:
        return any(
            word.lemma_.lower() in CHANGE_LEMMAS or word.lower_ in CHANGE_LEMMAS
            for word in (token.head, token.head.head)
        )
    return token.lower_ in BASELINE_WORDS or token.lemma_.lower() in BASELINE_LEMMAS


def _is_name(token: Token) -> bool:
    """True for a word of a name: an entity of a named thing, or capitalised mid-sentence."""
    capitalised = token.text[:1].isupper() and not token.is_sent_start
    return token.ent_type_ in NAMED_LABELS or token.pos_ == "PROPN" or capitalised


def _names_thing(token: Token) -> bool:
    """True for a year that picks out a named thing: "2004's Shrek 2", "the 2004 Olympics"."""
    doc = token.doc
    after = token.i + 1
    if after + 1 < len(doc) and doc[after].text in POSSESSIVES:
        return _is_name(doc[after + 1])
    head = token.head
    return token.dep_ in NAME_DEPS and head.i > token.i and _is_name(head)


def _dates_its_clause(doc: Doc, token: Token, path: tuple[int, ...]) -> bool:
    """False for a year naming a thing that is not its clause's subject itself: one reached
    through a preposition ("the sequel to 2004's Shrek 2", "fans of the 2006 World Cup") is
    named on the side."""
    if not _names_thing(token):
        return True
    on_the_side = any(doc[index].pos_ == "ADP" for index in path[1:])
    return doc[path[-1]].dep_ in SUBJECT_DEPS and not on_the_side


def _climb(token: Token) -> tuple[tuple[int, ...], int]:
    """The words from `token` up to its scope, and the scope: the nearest word of comparison or
    verb above it, or the sentence root."""
    path: list[int] = []
    for _ in range(MAX_PATH):
        path.append(token.i)
        head = token.head
        if head.i == token.i or _is_boundary(head) or head.pos_ in VERB_POS:
            return tuple(path), head.i
        token = head
    return tuple(path), token.i


def _period(resolved: str) -> str | None:
    """The year or span of years of a resolved date ("2004-03" → "2004", "2006/2015")."""
    ends = [end[:YEAR_DIGITS] for end in resolved.split("/")]
    if not all(end.isdigit() for end in ends):
        return None
    return ends[0] if len(set(ends)) == 1 else "/".join(ends)


def _mention_mark(doc: Doc, mention: DateMention) -> tuple[Span, str | None] | None:
    """The span of a date expression and the year or span of years it names ("last year", "the
    year to March 2005", "between 1989 and 2003"); None as the year for any other date, which
    still keeps its clause from borrowing another clause's year; None for a counted-back one."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or any(token.lower_ in COUNTED_BACK for token in span):
        return None
    names_year = any(
        token.lemma_.lower() == "year" or (token.like_num and len(token.text) == YEAR_DIGITS)
        for token in span
    )
    year = _period(mention.resolved) if mention.resolved and names_year else None
    return span, year


def mark_years(
    doc: Doc, year_tokens: Iterable[int], mentions: Sequence[DateMention]
) -> list[YearMark]:
    """Every year in `doc` with its scope: the date mentions (a year, a span of years, or none
    for a date that names no year), and the numbers read as years outside them."""
    found: list[tuple[Token, str | None]] = []
    covered: set[int] = set()
    for mention in mentions:
        marked = _mention_mark(doc, mention)
        if marked is not None:
            found.append((marked[0].root, marked[1]))
            covered.update(range(marked[0].start, marked[0].end))
    found += [
        (doc[index], doc[index].text[:YEAR_DIGITS]) for index in year_tokens if index not in covered
    ]
    marks = []
    for token, year in found:
        path, scope = _climb(token)
        if _dates_its_clause(doc, token, path):
            marks.append(YearMark(token.i, year, path, scope))
    return sorted(marks, key=lambda mark: mark.token)


@dataclass(frozen=True, slots=True)
class FigurePlace:
    """Where a figure stands: its words and the token its scope is climbed from."""

    start: int
    end: int
    number: int


def _own_year(place: FigurePlace, marks: list[YearMark]) -> str | None:
    """The year whose path reaches the figure's words soonest, if one does."""
    best: tuple[int, str] | None = None
    for mark in marks:
        if mark.year is None:
            continue
        steps = [i for i, index in enumerate(mark.path) if place.start <= index < place.end]
        if steps and (best is None or steps[0] < best[0]):
            best = (steps[0], mark.year)
    return best[1] if best else None


def date_figures(
    doc: Doc, places: Sequence[FigurePlace], marks: list[YearMark]
) -> list[str | None]:
    """The year each figure refers to, or None when its scope names none."""
    owned = {
        index
        for place in places
        for mark in marks
        for index in mark.path
        if place.start <= index < place.end
    }
    dates: list[str | None] = []
    for place in places:
        scope = _climb(doc[place.number])[1]
        year = None
        for _ in range(MAX_PATH):
            in_scope = [mark for mark in marks if mark.scope == scope]
            year = _own_year(place, in_scope)
            if year is None:
                free = [mark.year for mark in in_scope if not owned.intersection(mark.path)]
                year = next((found for found in free if found is not None), None)
            verb = doc[scope]
            # A clause with a date of its own, even one that cannot be placed ("next year" in
            # an undated article), never borrows the year of the clause it continues.
            if in_scope or verb.dep_ not in SHARING_DEPS or verb.head.i == verb.i:
                break
            scope = _climb(verb)[1]
        dates.append(year)
    return dates
