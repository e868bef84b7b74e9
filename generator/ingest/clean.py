"""Cleaning: the body as published → text fit for analysis, and a record of every change.

Scraped news carries furniture that is not the article: HTML character references ("&mdash;"),
newsletter and alert sign-ups, "read more" lines, a dateline ("LONDON, March 3, 2005 (Reuters) -",
whose date becomes the article's), drop caps split into two capitals ("VLadimir"), and stray full
stops left where a link was cut out (". ."). Each rule only deletes text or replaces it with text
of the same length, and a reference is decoded as its character in place of its "&" with the rest
deleted, so `CleanText.span_to_original` maps every span back exactly.

References are decoded first and the other rules read the decoded text (a dash written "&mdash;"
ends a dateline, "&ldquo;VLadimir" has a drop cap); what they find is mapped back to the text as
given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.dateline import find_dateline
from generator.ingest.references import Reference, find_references
from generator.ingest.wiki_markup import find_wiki_markup
from generator.model.article import CleanText, Removal

# A sentence is boilerplate when it asks the reader to do something with the publication rather
# than telling them news: sign up, subscribe, follow, download, read more.
_MAILINGS = r"(?:newsletters?|e-?mails?|alerts?|inbox|updates|briefing)"
BOILERPLATE = re.compile(
    rf"""
      \bsign(?:ing)?[ -]up\b[^.!?\n]{{0,80}}\b{_MAILINGS}\b
    | \b{_MAILINGS}\b[^.!?\n]{{0,60}}\bsign[ -]up\b
    | \bsubscribe\b[^.!?\n]{{0,60}}\b(?:{_MAILINGS}|channel|today|now)\b
    | \bstraight\ to\ your\ inbox\b
    | \b(?:click|tap)\ here\b
    | \bdownload\ (?:our|the)\ (?:free\ )?app\b
    | \bfollow\ us\ on\b
    | ^\s*(?:read\ more|related\ (?:stories|articles|content)|advertisement|share\ this\ article
           |listen\ to\ this\ article)\s*(?:[:|›»]|\Z|\b(?:here|at|on)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Every BOILERPLATE alternative contains one of these words: a text with none of them (most
# articles) is passed over with a few plain substring searches, far cheaper than the pattern.
BOILERPLATE_HINTS = ("sign up", "sign-up", "signing up", "signing-up", "subscribe", "inbox",
                     "click here", "tap here", "download", "follow us", "read more", "related",
                     "advertisement", "share this", "listen to")  # fmt: skip
# Sentence-ish pieces: up to and including terminal punctuation, or a whole line when a scraped
# line has none (the seed's sign-up banner runs two sentences together without a full stop).
PIECE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|(?=\n)|\Z)[ \t]*")
# A drop cap rendered as its own letter makes the first word start with two capitals followed by
# lowercase ("VLadimir"); only at a paragraph start, where drop caps live, so "McDonald" and
# "iPhone"-style names elsewhere are never touched.
DROP_CAP = re.compile(r"(?:\A|\n\s*\n)[ \t]*[\"'“‘]?([A-Z])([A-Z])(?=[a-z]{2,}\b)")
# Windows and old Mac line ends; "\r\n" loses its "\r", a lone "\r" becomes "\n" (same length).
CARRIAGE_RETURN = re.compile(r"\r(\n)?")
# A full stop standing alone after a sentence's own terminal punctuation: ". ." → "."
STRAY_STOP = re.compile(r"(?<=[.!?])([ \t]+\.)(?=\s|\Z)")


@dataclass(frozen=True, slots=True, order=True)
class _Edit:
    start: int
    end: int
    replacement: str
    reason: str
    recorded: bool = True  # line-end fixes are too many and too dull to list


NOTHING_LEFT = "has nothing left once boilerplate is removed"


def clean_body(body: str) -> CleanText | None:
    """`clean_text`, or None when nothing but boilerplate was there: such a seed is a bad one."""
    cleaned = clean_text(body)
    return cleaned if cleaned.text.strip() else None


def clean_text(text: str) -> CleanText:
    """Apply every cleaning rule to `text` and keep the map back to it."""
    references = find_references(text)
    decoded, origins = _decode(text, references)
    found = [
        *_find_carriage_returns(decoded),
        *_find_boilerplate(decoded),
        *_find_dateline(decoded),
        *_find_drop_caps(decoded),
        *_find_stray_stops(decoded),
        *_find_wiki_markup(decoded),
    ]
    edits = _without_overlaps(sorted(found))
    if origins is not None:
        edits = _in_original(edits, origins, text)
    # A reference inside removed text goes with it.
    kept = _without_overlaps(sorted(edits))
    decodings = [_Edit(r.start, r.end, r.decoded, "character reference", False) for r in references]
    return _apply(text, _without_overlaps(sorted([*kept, *_outside(decodings, kept)])))


def _decode(text: str, references: list[Reference]) -> tuple[str, list[int] | None]:
    """The text with its references decoded, and where each of its characters (and its end)
    starts in `text`; None for the positions when nothing was decoded."""
    if not references:
        return text, None
    parts: list[str] = []
    origins: list[int] = []
    position = 0
    for reference in references:
        parts.append(text[position : reference.start])
        origins.extend(range(position, reference.start))
        parts.append(reference.decoded)
        # Every character of a reference's decoding starts at the reference ("&mdash;" is one).
        origins.extend([reference.start] * len(reference.decoded))
        position = reference.end
    parts.append(text[position:])
    origins.extend(range(position, len(text) + 1))
    return "".join(parts), origins


def _in_original(edits: list[_Edit], origins: list[int], text: str) -> list[_Edit]:
    """Edits found in the decoded text, as edits of `text`: a removal takes whole references;
    a one-for-one fix of a character written as a reference (rare) is not made."""
    mapped = []
    for edit in edits:
        start, end = origins[edit.start], _end_of(edit.end, origins)
        if edit.replacement and end - start != len(edit.replacement):
            continue
        mapped.append(_Edit(start, end, edit.replacement, edit.reason, edit.recorded))
    return mapped


def _end_of(end: int, origins: list[int]) -> int:
    """Where the decoded text's `end` falls in the original: after the last character's source."""
    if end == 0:
        return 0
    last = origins[end - 1]
    following = origins[end]
    return following if following > last else last + 1


def _outside(edits: list[_Edit], taken: list[_Edit]) -> list[_Edit]:
    """The `edits` that overlap none of `taken` (both sorted)."""
    spans = [(edit.start, edit.end) for edit in taken]
    kept = []
    index = 0
    for edit in edits:
        while index < len(spans) and spans[index][1] <= edit.start:
            index += 1
        if index < len(spans) and spans[index][0] < edit.end:
            continue
        kept.append(edit)
    return kept


def _find_carriage_returns(text: str) -> list[_Edit]:
    return [
        _Edit(m.start(), m.start() + 1, "" if m.group(1) else "\n", "line end", recorded=False)
        for m in CARRIAGE_RETURN.finditer(text)
    ]


def _find_boilerplate(text: str) -> list[_Edit]:
    folded = text.casefold()
    if not any(hint in folded for hint in BOILERPLATE_HINTS):
        return []
    edits = []
    for piece in PIECE.finditer(text):
        if BOILERPLATE.search(piece.group()):
            edits.append(_Edit(piece.start(), piece.end(), "", "boilerplate"))
    return edits


def _find_dateline(text: str) -> list[_Edit]:
    # Its date is read when the seed is (`seeds.parse_article`); left in, a dateline would open
    # the first sentence and so the title and the summary.
    dateline = find_dateline(text)
    return [_Edit(dateline.start, dateline.end, "", "dateline")] if dateline else []


def _find_drop_caps(text: str) -> list[_Edit]:
    return [
        _Edit(m.start(2), m.end(2), m.group(2).lower(), "drop cap") for m in DROP_CAP.finditer(text)
    ]


def _find_stray_stops(text: str) -> list[_Edit]:
    return [_Edit(m.start(1), m.end(1), "", "stray full stop") for m in STRAY_STOP.finditer(text)]


def _find_wiki_markup(text: str) -> list[_Edit]:
    # Syntax, not words of the article: not listed among the removals, like decoded references.
    return [_Edit(start, end, "", "wiki markup", False) for start, end in find_wiki_markup(text)]


def _without_overlaps(edits: list[_Edit]) -> list[_Edit]:
    kept: list[_Edit] = []
    for edit in edits:
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def _apply(text: str, edits: list[_Edit]) -> CleanText:
    parts: list[str] = []
    segments: list[tuple[int, int]] = [(0, 0)]
    wide: list[tuple[int, int]] = []
    removals: list[Removal] = []
    position = 0
    length = 0
    for edit in edits:
        parts.append(text[position : edit.start])
        length += edit.start - position
        # The replacement maps one to one onto the start of what it replaces: the current
        # segment stays exact through it. What is left of the original run is deleted.
        parts.append(edit.replacement)
        length += len(edit.replacement)
        mapped_end = edit.start + len(edit.replacement)
        if edit.end > mapped_end:
            if edit.replacement:
                # A decoded reference: its (last) character stands for the rest of it too.
                wide.append((length - 1, edit.end - mapped_end + 1))
            segments.append((length, edit.end))
        if edit.recorded:
            removals.append(Removal(edit.reason, text[edit.start : edit.end], edit.start))
        position = edit.end
    parts.append(text[position:])
    cleaned = "".join(parts)
    stripped = cleaned.lstrip()
    cut = len(cleaned) - len(stripped)
    return CleanText(
        stripped.rstrip(),
        tuple(removals),
        _shift_segments(segments, cut),
        tuple((offset - cut, width) for offset, width in wide if offset >= cut),
    )


def _shift_segments(segments: list[tuple[int, int]], cut: int) -> tuple[tuple[int, int], ...]:
    """The map after cutting `cut` leading characters (blank lines a removed banner left)."""
    shifted: list[tuple[int, int]] = []
    for clean, original in segments:
        if clean <= cut:
            # Starts inside the cut: it now starts at 0, further into the original.
            shifted = [(0, original + cut - clean)]
        else:
            shifted.append((clean - cut, original))
    return tuple(shifted)
