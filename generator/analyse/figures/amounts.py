"""Figures: every quantity an article states, with its unit, change and what it measures.

The lexical pass (`figures_attach`) finds numbers with their currencies and units; scores, years,
dates, clock times and numbers inside names are dropped (`figures_ranges`, `figures_filter`);
ranges are joined; then the parse supplies the counted noun and concept (`figures_concept`) and
the change (`figures_change`), and the year each refers to (`figures_dating`). Amounts restated
in brackets ("1.28 trillion yuan ($153 billion)") are paired and share their qualifier.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from generator.analyse.figures.attach import AGE_UNIT, scan_amounts
from generator.analyse.figures.change import find_direction, find_qualifier
from generator.analyse.figures.concept import ConceptFinder, Shape
from generator.analyse.figures.counted import counted_noun, noun_label
from generator.analyse.figures.dating import FigurePlace, date_figures, mark_years
from generator.analyse.figures.filter import is_age_apposition, is_quantity, is_year
from generator.analyse.figures.frames import is_frame_word
from generator.analyse.figures.notability import (
    is_age,
    is_figure_of_speech,
    is_lead_count,
    is_level_of_change,
    is_time_window,
    repeats_earlier_number,
)
from generator.analyse.figures.phrases import TIME_ENTITIES
from generator.analyse.figures.ranges import drop_scores, merge_ranges
from generator.analyse.figures.rates import read_rate
from generator.analyse.figures.scan import Amount
from generator.analyse.figures.units import TIME_UNITS
from generator.model.analysis import ChangeSymbol, DateMention, Figure, FigureKind

CHINA_WORDS = frozenset({"yuan", "renminbi", "rmb", "china", "chinese", "beijing", "shanghai"})
JAPAN_WORDS = frozenset({"yen", "japan", "japanese", "tokyo"})
TIME_UNIT_NAMES = frozenset(TIME_UNITS.values())
PAIR_SEPARATORS = frozenset({"/", ",", ";", "or"})
NOTABLE_COUNT = 10
REFER_BACK_SENTENCES = 2
DIRECTIONS = frozenset({"up", "down"})
# "lost 190 points, or 0.6%", "sank 14.87% - or $1.83": an "or" with punctuation only.
REPHRASING_WORDS = frozenset({"or", ",", "-", "\u2013", "\u2014"})


@dataclass(slots=True)
class _Draft:
    """A figure being assembled; token indexes until `_to_figure`."""

    amount: Amount
    start: int
    end: int
    unit: str
    kind: FigureKind
    change: ChangeSymbol
    concept: str = ""
    date: str | None = None
    paired_with: int | None = None


def _yen_currency(doc: Doc) -> str:
    """Decide what "¥" stands for: it is written for yen and yuan, so the article's words decide."""
    china = sum(token.lower_ in CHINA_WORDS for token in doc)
    japan = sum(token.lower_ in JAPAN_WORDS for token in doc)
    return "CNY" if china > japan else "JPY"


def _draft(doc: Doc, amount: Amount, finder: ConceptFinder) -> _Draft | None:
    """Describe one amount; None when it turns out to be part of a name ("787 Dreamliner")."""
    unit, kind, end, counted_via_of = amount.unit, amount.kind, amount.end, False
    if is_age_apposition(doc, amount):
        unit, kind = AGE_UNIT, "quantity"
    elif amount.kind == "count" and not unit:
        noun = counted_noun(doc, doc[amount.number], amount.end)
        if noun is not None and noun.tag_ == "NNP" and amount.value != 1:
            return None  # a singular proper noun after a number names a model or a team
        if noun is not None:
            unit = noun_label(noun, amount.end)
            rate = read_rate(doc, noun.i + 1)  # "500 people per square kilometre"
            unit = f"{unit} per {rate[0]}" if rate is not None else unit
            counted_via_of = noun.i > amount.end and doc[amount.end].lower_ == "of"
            end = end if counted_via_of or noun.i < end else noun.i + 1
    span = doc[amount.first : end]
    qualifier = find_qualifier(doc, amount)
    direction = find_direction(
        span, qualifier.start, is_range=amount.low is not None, falling=amount.falling
    )
    return _Draft(
        amount=amount,
        start=qualifier.start,
        end=end,
        unit=unit,
        kind=kind,
        change=direction or qualifier.symbol,
        concept=finder.find(span, _shape(unit, kind), skip_of=counted_via_of),
    )


def _shape(unit: str, kind: FigureKind) -> Shape:
    counted = kind == "count" and bool(unit) and not unit.startswith("time")
    return Shape(
        counts_times=unit.startswith("time"),
        money=kind == "money",
        duration=unit in TIME_UNIT_NAMES,
        counted=counted,
    )


def _is_notable(doc: Doc, draft: _Draft) -> bool:
    """Money, shares and physical measures always; counts and durations when big or hedged, and
    counted things in the lead; people's ages (save a level a change reaches), time windows
    ("the past 15 years") and bare repeats of a number never."""
    amount = draft.amount
    if draft.kind in ("money", "percent"):
        return not is_figure_of_speech(doc, amount)
    if draft.unit == AGE_UNIT or is_age(doc, amount):
        return is_level_of_change(doc, amount)
    window = draft.unit in TIME_UNIT_NAMES and is_time_window(doc, amount)
    if window or (not draft.unit and repeats_earlier_number(doc, amount)):
        return False
    if draft.kind == "quantity" and draft.unit not in TIME_UNIT_NAMES:
        return True
    if amount.value >= NOTABLE_COUNT or draft.change != "=":
        return True
    return _is_counted(draft) and is_lead_count(doc, amount)


def _is_counted(draft: _Draft) -> bool:
    """True for a count with the noun it counts: "four players", not "four" or "four times"."""
    unit = draft.unit
    return draft.kind == "count" and bool(unit) and not unit.startswith("time")


def _is_described(draft: _Draft) -> bool:
    """Whether a reader can tell what the figure measures: from its concept, or from a unit
    that names it ("30,000 jobs", "300 km"); money, shares and counts of times need a concept."""
    if draft.concept:
        return True
    if draft.kind == "quantity":
        return True
    return draft.kind == "count" and bool(draft.unit) and not draft.unit.startswith("time")


def _between(doc: Doc, left: _Draft, right: _Draft) -> list[str]:
    return [token.lower_ for token in doc[left.end : right.start]]


def _is_rephrasing(between: list[str]) -> bool:
    return "or" in between and set(between) <= REPHRASING_WORDS


def _is_bracketed(doc: Doc, left: _Draft, right: _Draft) -> bool:
    """True for "X (Y", also with the time of X between: "3bn yuan in 2004 ($365m; ...)"."""
    between = list(doc[left.end : right.start])
    if not between or between[-1].text != "(":
        return False
    return all(token.pos_ == "ADP" or token.ent_type_ in TIME_ENTITIES for token in between[:-1])


def _refer_back(doc: Doc, drafts: list[_Draft]) -> None:
    """A concept that is a frame noun alone ("In 2003 the figure was 29%", "the total is") is
    the latest figure's of the same unit in the sentences just before; else nothing."""
    starts = [sentence.start for sentence in doc.sents]
    for index, draft in enumerate(drafts):
        if not is_frame_word(draft.concept.lower(), money=draft.kind == "money"):
            continue
        draft.concept = ""
        here = bisect.bisect_right(starts, draft.start) - 1
        for earlier in reversed(drafts[:index]):
            near = here - (bisect.bisect_right(starts, earlier.start) - 1) <= REFER_BACK_SENTENCES
            if not near:
                break
            if earlier.unit == draft.unit and earlier.concept:
                draft.concept = earlier.concept
                break


def _link_restatements(doc: Doc, drafts: list[_Draft]) -> None:
    """Pair "X (Y)" restatements and pass a change on to what restates or rephrases it.

    Everything inside the brackets ("296 hp (224 kW / 300 PS)") shares the first amount's
    change and concept; ", or 0.6%" after "lost 190 points" shares its direction and its concept.
    """
    for index, draft in enumerate(drafts[:-1]):
        following = drafts[index + 1]
        between = _between(doc, draft, following)
        if _is_bracketed(doc, draft, following) and (
            draft.kind == following.kind or not draft.unit
        ):
            draft.paired_with, following.paired_with = index + 1, index
            group = [following]
            for later in drafts[index + 2 :]:
                if not set(_between(doc, group[-1], later)) <= PAIR_SEPARATORS:
                    break
                group.append(later)
            # "cut profits by $3.8m ($2m)": a concept found on either side is the pair's.
            draft.concept = draft.concept or next((m.concept for m in group if m.concept), "")
            for member in group:
                member.concept = draft.concept or member.concept
                if member.change == "=":
                    member.change = draft.change
        elif _is_rephrasing(between):
            following.concept = following.concept or draft.concept
            if following.change == "=" and draft.change in DIRECTIONS:
                following.change = draft.change


def _tidy(value: float) -> float:
    """The number as written: "$4.1bn" is 4.1 × 10⁹ = 4099999999.9999995 in binary floating
    point, and the CSV and `analyze` output would show that. Fifteen significant digits are
    more than any news figure holds and fewer than the float's error reaches."""
    return float(f"{value:.15g}")


def _to_figure(doc: Doc, text: str, draft: _Draft, sentence_starts: list[int]) -> Figure:
    start = doc[draft.start].idx
    last = doc[draft.end - 1]
    # A sentence-final "$500m." keeps its full stop inside the token; the figure does not.
    end = last.idx + len(last.text.rstrip(".") or last.text)
    amount = draft.amount
    return Figure(
        text=text[start:end],
        value=_tidy(amount.value),
        unit=draft.unit,
        change=draft.change,
        concept=draft.concept,
        kind=draft.kind,
        notable=_is_described(draft) and _is_notable(doc, draft),
        start=start,
        end=end,
        sentence=bisect.bisect_right(sentence_starts, draft.start) - 1,
        low=None if amount.low is None else _tidy(amount.low),
        high=None if amount.high is None else _tidy(amount.high),
        paired_with=draft.paired_with,
        date=draft.date,
    )


def find_figures(doc: Doc, dates: Sequence[DateMention] = ()) -> tuple[Figure, ...]:
    """Return every quantity mentioned in `doc`, in text order.

    Each `Figure` carries the value with scale words applied (the lower bound for a range), an
    ISO 4217 code / "percent" / unit / counted noun as its unit, the change its qualifier or
    verb expresses, a short concept phrase from the parse (empty when none is sound), the year
    it refers to, and whether it is worth a table row. `dates` are the timeline's mentions of
    the same text, resolved against the article's date: those naming a year ("last year") date
    figures too.
    """
    amounts = drop_scores(doc, scan_amounts(doc, _yen_currency(doc)))
    years = [amount for amount in amounts if is_year(doc, amount)]
    amounts = merge_ranges(doc, [amount for amount in amounts if is_quantity(doc, amount)])
    finder = ConceptFinder(doc)
    drafts = [draft for amount in amounts if (draft := _draft(doc, amount, finder)) is not None]
    _refer_back(doc, drafts)
    _link_restatements(doc, drafts)
    marks = mark_years(doc, (year.number for year in years), dates)
    places = [FigurePlace(draft.start, draft.end, draft.amount.number) for draft in drafts]
    for draft, date in zip(drafts, date_figures(doc, places, marks), strict=True):
        draft.date = date
    sentence_starts = [sentence.start for sentence in doc.sents]
    # Doc.text joins every token anew on each access: read it once.
    text = doc.text
    return tuple(_to_figure(doc, text, draft, sentence_starts) for draft in drafts)
