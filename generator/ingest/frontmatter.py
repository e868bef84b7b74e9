"""YAML front matter → `ArticleMeta`, strictly typed, with the line of each fault.

Text values scraped from HTML carry character references ("Q&amp;A", "&mdash;"); each is
decoded exactly once, as in the body (`references`), so "&amp;mdash;" stays the text "&mdash;".
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
from typing import Any

import yaml
from yaml.constructor import ConstructorError

from generator.ingest.references import decode_references
from generator.model.article import ArticleMeta

TEXT_FIELDS = ("title", "source", "url", "author", "slug", "summary", "license")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# PyYAML's constructors let Python's own errors escape on some values (`!!bool maybe` is a
# KeyError, `!!timestamp 2020-13-45` a ValueError, and so is an integer of 5,000 digits); each is
# the value's fault, so it becomes a YAML error that names the value's line.
_VALUE_FAULTS = (ArithmeticError, AttributeError, LookupError, TypeError, ValueError)
# Values quoted in a message: YAML aliases can make a small block describe a vast structure.
_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict = 2, 3, 3


# libyaml's parser when PyYAML was built with it (its wheels are): the same YAML, parsed in C.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DatesAsTextLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """YAML's safe loader, except that dates stay text so that we can check them ourselves."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except _VALUE_FAULTS as error:
            tag = node.tag.removeprefix("tag:yaml.org,2002:")
            problem = f"{_SHORT.repr(node.value)} is not a valid {tag} value ({error})"
            raise ConstructorError(None, None, problem, node.start_mark) from error


_DatesAsTextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class FrontMatterError(ValueError):
    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def parse_front_matter(block: str) -> ArticleMeta:
    """Read the YAML between the `---` fences; unknown keys are ignored, known ones type-checked.

    Line numbers count the opening fence as line 1, so they match the seed file.
    """
    try:
        data = yaml.load(block, _DatesAsTextLoader) if block.strip() else {}  # noqa: S506
    except RecursionError as error:
        # PyYAML composes nested collections recursively: `[[[[…` a thousand deep overflows.
        raise FrontMatterError("YAML error: collections nested too deeply") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        raise FrontMatterError(f"YAML error: {problem}", line) from error
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", 2)
    fields: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        if data.get(key) is not None:
            fields[key] = _as_text(key, data[key], block)
    if data.get("date") is not None:
        fields["date"] = _as_date(data["date"], block)
    if data.get("tags") is not None:
        fields["tags"] = _as_tags(data["tags"], block)
    return ArticleMeta(**fields)


def _line_of(key: str, block: str) -> int | None:
    for number, line in enumerate(block.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return number
    return None


def _fail(key: str, block: str, reason: str) -> FrontMatterError:
    return FrontMatterError(f"`{key}` {reason}", _line_of(key, block))


def _as_text(key: str, value: object, block: str) -> str:
    # YAML reads `title: 2024` as a number and `title: yes` as a bool; both are fine as text.
    if isinstance(value, str | int | float | bool | dt.date):
        text = decode_references(str(value)).strip()
        if text:
            return text
    raise _fail(key, block, "must be a non-empty piece of text")


def _as_date(value: object, block: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as error:
            # "2023-02-30" is written right but is no day of the calendar: say so.
            why = f" ({error})" if ISO_DATE.fullmatch(value.strip()) else ""
            message = f"must be a date written YYYY-MM-DD, not {_SHORT.repr(value)}{why}"
            raise _fail("date", block, message) from error
    raise _fail("date", block, f"must be a date written YYYY-MM-DD, not {_SHORT.repr(value)}")


def _as_tags(value: object, block: str) -> tuple[str, ...]:
    if isinstance(value, str):
        items: list[object] = [part.strip() for part in value.split(",")]
    elif isinstance(value, list):
        items = value
    else:
        raise _fail("tags", block, "must be a list or a comma-separated string")
    tags: list[str] = []
    for item in items:
        if not isinstance(item, str | int | float):
            raise _fail("tags", block, f"holds {_SHORT.repr(item)}, which is not text")
        tag = decode_references(str(item)).strip()
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)
