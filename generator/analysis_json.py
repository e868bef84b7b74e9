"""`Analysis` ↔ plain JSON data, checked field by field on the way in.

The cache stores analyses as JSON rather than pickles: a cache folder is a file on disk like any
other, and loading it must never run code. Anything that does not match the contract exactly is
rejected with `ValueError`, so a corrupt or foreign entry is rebuilt, never trusted.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from generator.model import Analysis, DateMention, Figure, Mention, Sentence

T = TypeVar("T")
CHANGES = frozenset({"=", "~", ">", "<", "up", "down"})
KINDS = frozenset({"money", "percent", "quantity", "count"})


def analysis_to_data(analysis: Analysis) -> dict[str, Any]:
    return dataclasses.asdict(analysis)


def analysis_from_data(data: object) -> Analysis:
    """Rebuild an `Analysis`; raise `ValueError` unless `data` is exactly one."""
    fields = _fields(data, Analysis)
    return Analysis(
        title=_of(fields["title"], str),
        sentences=tuple(_sentence(item) for item in _list(fields["sentences"])),
        summary=tuple(_of(item, int) for item in _list(fields["summary"])),
        mentions=tuple(_mention(item) for item in _list(fields["mentions"])),
        figures=tuple(_figure(item) for item in _list(fields["figures"])),
        word_count=_of(fields["word_count"], int),
        key_phrases=tuple(_of(item, str) for item in _list(fields["key_phrases"])),
        tldr=_of(fields["tldr"], str),
        dates=tuple(_date_mention(item) for item in _list(fields["dates"])),
    )


def _fields(data: object, kind: type) -> dict[str, Any]:
    names = {field.name for field in dataclasses.fields(kind)}
    if not isinstance(data, dict) or set(data) != names:
        raise ValueError(f"not a {kind.__name__}")
    return data


def _of(value: object, kind: type[T]) -> T:
    # bool is an int to Python, never to this contract.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _optional(value: object, kind: type[T]) -> T | None:
    return None if value is None else _of(value, kind)


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected a number, got {type(value).__name__}")
    return float(value)


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return value


def _sentence(data: object) -> Sentence:
    fields = _fields(data, Sentence)
    return Sentence(_of(fields["text"], str), _of(fields["start"], int), _of(fields["end"], int))


def _mention(data: object) -> Mention:
    f = _fields(data, Mention)
    return Mention(
        _of(f["text"], str),
        _of(f["label"], str),
        _of(f["canonical"], str),
        _of(f["start"], int),
        _of(f["end"], int),
        _of(f["sentence"], int),
    )


def _figure(data: object) -> Figure:
    f = _fields(data, Figure)
    if f["change"] not in CHANGES or f["kind"] not in KINDS:
        raise ValueError("unknown change or kind")
    low, high = f["low"], f["high"]
    return Figure(
        text=_of(f["text"], str),
        value=_number(f["value"]),
        unit=_of(f["unit"], str),
        change=f["change"],
        concept=_of(f["concept"], str),
        kind=f["kind"],
        notable=_of(f["notable"], bool),
        start=_of(f["start"], int),
        end=_of(f["end"], int),
        sentence=_of(f["sentence"], int),
        low=None if low is None else _number(low),
        high=None if high is None else _number(high),
        paired_with=_optional(f["paired_with"], int),
        date=_optional(f["date"], str),
    )


def _date_mention(data: object) -> DateMention:
    f = _fields(data, DateMention)
    return DateMention(
        _of(f["text"], str),
        _of(f["start"], int),
        _of(f["end"], int),
        _of(f["sentence"], int),
        _optional(f["resolved"], str),
    )
