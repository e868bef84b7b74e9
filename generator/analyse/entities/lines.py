"""Line-level structure the model does not see: datelines and tables of results.

A news line can be a dateline ("LONDON 1996-08-30", "KYIV, Ukraine (Reuters) -") whose first
words are a place, or a row of a results or standings table ("Lyon 20 6 8 6 24 31 26",
"Plymouth 4 Exeter 1"), whose names are teams: organisations, even when named after a city,
though national sides keep their country's label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from generator.analyse.entities.places import COUNTRY_KEYS
from generator.analyse.entities.spans import Candidate

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december)\.?"
)
# The date closing a dateline: "1996-08-30", "30/8/1996", "March 3", "Aug. 30, 1996".
_DATELINE_DATE = re.compile(
    rf"\d{{1,4}}\s?[-/.]\s?\d{{1,2}}\s?[-/.]\s?\d{{1,4}}|{_MONTH}\s\d{{1,2}}(?:\s?,\s?\d{{4}})?",
    re.IGNORECASE,
)
# A dateline's place is a place: its label outweighs the model's in the vote.
DATELINE_WEIGHT = 2.0
# A hyphen or apostrophe inside a word in capitals: "AL-AIN", "CÔTE D'IVOIRE".
WORD_JOINERS = frozenset({"-", "'", "\u2019"})
DATELINE_FOLLOWERS = frozenset({",", "(", "-", "\u2013", "\u2014"})
# Words that may stand between the names of a results line ("Dallas at Arizona", "A v B")
# or inside a name ("Paris St Germain", "Willem II", "Van der Vegt").
RESULT_CONNECTORS = frozenset({"v", "vs", "vs.", "at", "-", "(", ")", ",", ".", "'", "&"})
NAME_PARTICLES = frozenset({"de", "van", "der", "von", "di", "da", "la", "le", "del", "dos"})
# Scores, standings and fractions of games behind; decimals and negatives are not results.
_RESULT_NUMBER = re.compile(r"\d{1,3}|\.\d{3}|\d/\d")
# Labels a team named after its home may get from the model.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def line_token_ranges(doc: Doc) -> Iterator[tuple[int, int]]:
    """Yield (start, end) token ranges of the document's lines, without the line breaks."""
    start = 0
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                yield start, end
            start = token.i + 1
    if start < len(doc):
        yield start, len(doc)


def find_dateline_places(doc: Doc) -> list[Candidate]:
    """Find the place that opens a dateline: "LONDON 1996-08-30", "KYIV, Ukraine (Reuters) -".

    The place is a run of capitals opening a line, followed by a date alone, or by a comma, a
    bracket or a dash and then a capitalised word or a number ("Ukraine", "Reuters", "March");
    the rest of the line must not be in capitals too, or the line is a headline.
    """
    candidates: list[Candidate] = []
    for start, end in line_token_ranges(doc):
        run_end = _capitals_run_end(doc, start, end)
        if run_end in (start, end):
            continue
        rest = doc[run_end:end].text
        if _DATELINE_DATE.fullmatch(rest.strip()) or (
            _introduces(doc, run_end, end) and any(char.islower() for char in rest)
        ):
            candidates.append(Candidate(start, run_end, "GPE", DATELINE_WEIGHT))
    return candidates


def _introduces(doc: Doc, index: int, end: int) -> bool:
    """True for a comma, bracket or dash followed by a capitalised word or a number."""
    if index + 1 >= end or doc[index].text not in DATELINE_FOLLOWERS:
        return False
    after = doc[index + 1].text[:1]
    return after.isupper() or after.isdigit()


def _capitals_run_end(doc: Doc, start: int, end: int) -> int:
    """End of the run of words in capitals opening the line `start`..`end`."""
    run_end = start
    while run_end < end and (
        _is_capitals_word(doc[run_end].text) or _joins_words(doc, run_end, start)
    ):
        run_end += 1
    while run_end > start and not _is_capitals_word(doc[run_end - 1].text):
        run_end -= 1
    return run_end


def _is_capitals_word(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and text.isupper() and (len(letters) > 1 or text.endswith("."))


def _joins_words(doc: Doc, index: int, line_start: int) -> bool:
    """True for a hyphen or apostrophe inside a word: "AL-AIN", "CÔTE D'IVOIRE"."""
    token = doc[index]
    return (
        token.text in WORD_JOINERS
        and index > line_start
        and not doc[index - 1].whitespace_
        and not token.whitespace_
    )


def _is_results_word(token: Token) -> bool:
    text = token.text
    return (
        text[:1].isupper()
        or token.lower_ in RESULT_CONNECTORS
        or token.lower_ in NAME_PARTICLES
        or bool(_RESULT_NUMBER.fullmatch(text))
        or token.is_space
    )


def find_results_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of lines that are rows of results or standings: names and scores only."""
    rows = []
    for start, end in line_token_ranges(doc):
        tokens = doc[start:end]
        has_score = any(_RESULT_NUMBER.fullmatch(token.text) for token in tokens)
        has_name = any(token.is_alpha and token.text[:1].isupper() for token in tokens)
        if has_score and has_name and all(_is_results_word(token) for token in tokens):
            rows.append((start, end))
    return rows


def label_teams(doc: Doc, candidates: list[Candidate], weight: float) -> list[Candidate]:
    """Relabel the places named in results lines as teams (ORG), countries excepted."""
    rows = find_results_lines(doc)
    if not rows:
        return candidates
    in_row = [False] * len(doc)
    for start, end in rows:
        in_row[start:end] = [True] * (end - start)
    return [
        candidate._replace(label="ORG", weight=weight)
        if in_row[candidate.start]
        and candidate.label in PLACE_LABELS
        and doc[candidate.start : candidate.end].text.lower() not in COUNTRY_KEYS
        else candidate
        for candidate in candidates
    ]
