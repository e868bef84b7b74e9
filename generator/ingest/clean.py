"""Cleaning: the body as published → text fit for analysis, and a record of every change.

Scraped news carries furniture that is not the article: newsletter and alert sign-ups, "read
more" lines, drop caps split into two capitals ("VLadimir"), and stray full stops left where a
link was cut out (". ."). Each rule only deletes text or replaces it with text of the same length,
so `CleanText.to_original` maps every offset back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
DROP_CAP = re.compile(r"(?:\A|\n\s*\n)[ \t]*[\"'“‘]?([A-Z])([A-Z])(?=[a-z]{2,})")
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
    edits = [
        *_find_carriage_returns(text),
        *_find_boilerplate(text),
        *_find_drop_caps(text),
        *_find_stray_stops(text),
    ]
    return _apply(text, _without_overlaps(sorted(edits)))


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


def _find_drop_caps(text: str) -> list[_Edit]:
    return [
        _Edit(m.start(2), m.end(2), m.group(2).lower(), "drop cap") for m in DROP_CAP.finditer(text)
    ]


def _find_stray_stops(text: str) -> list[_Edit]:
    return [_Edit(m.start(1), m.end(1), "", "stray full stop") for m in STRAY_STOP.finditer(text)]


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
    removals: list[Removal] = []
    position = 0
    length = 0
    for edit in edits:
        parts.append(text[position : edit.start])
        length += edit.start - position
        if edit.replacement:
            # Same-length replacement: the current segment's mapping stays exact through it.
            parts.append(edit.replacement)
            length += len(edit.replacement)
        else:
            segments.append((length, edit.end))
        if edit.recorded:
            removals.append(Removal(edit.reason, text[edit.start : edit.end], edit.start))
        position = edit.end
    parts.append(text[position:])
    cleaned = "".join(parts)
    stripped = cleaned.lstrip()
    return CleanText(
        stripped.rstrip(),
        tuple(removals),
        _shift_segments(segments, len(cleaned) - len(stripped)),
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
