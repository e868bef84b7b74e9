"""Ingest: seed files → `Article`s, with every unreadable file reported rather than raised.

One reader per format, as in Pelican: plain text whose first line may begin with
`date YYYY-MM-DD`, and Markdown or text with YAML front matter. Decoding is shared and refuses
what is not text. An article that neither gives a date takes the one its dateline names
("LONDON, March 3, 2005 (Reuters) -"; `dateline`).
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

import charset_normalizer

from generator.ingest.dateline import find_dateline
from generator.ingest.frontmatter import FrontMatterError, parse_front_matter
from generator.ingest.references import decode_references
from generator.model.article import Article, ArticleMeta
from generator.model.build import Problem

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})

# The seed format: an optional `date YYYY-MM-DD` that runs straight into the body.
DATE_LINE = re.compile(r"\s*date\s+(\d{4})-(\d{2})-(\d{2})(?=\s|\Z)[ \t]*", re.IGNORECASE)
# Control characters `file(1)` never finds in text (it allows BEL, BS, HT, LF, VT, FF, CR, ESC).
NOT_TEXT = re.compile("[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f]")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class SeedError(ValueError):
    """A seed that cannot become an article; `line` is 1-based when the fault has one."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def read_seed_or_problem(path: Path, seeds_dir: Path, max_chars: int) -> Article | Problem:
    """One seed as an `Article`, or the `Problem` that names why it cannot be one."""
    try:
        return read_seed(path, seeds_dir, max_chars)
    except SeedError as error:
        return Problem(path.relative_to(seeds_dir).as_posix(), error.reason, error.line)
    except Exception as error:  # noqa: BLE001 - one seed's fault must not sink the site
        reason = f"cannot be read: {type(error).__name__}: {error}"
        return Problem(path.relative_to(seeds_dir).as_posix(), reason)


def seed_stats(paths: Iterable[Path]) -> dict[Path, os.stat_result | None]:
    """Each path's own status (a symbolic link's, not its target's); None when it cannot be had."""
    stats: dict[Path, os.stat_result | None] = {}
    for path in paths:
        try:
            stats[path] = path.lstat()
        except OSError:
            stats[path] = None
    return stats


def newest_first(stats: Mapping[Path, os.stat_result | None]) -> list[Path]:
    """The paths by last modification, newest first; one that cannot be examined comes first.

    A rebuild reads the seeds in this order so that the edited ones, which are the newest, reach
    analysis first and their (slow) analysis overlaps with reading all the others.
    """

    def modified(path: Path) -> int:
        stat = stats[path]
        return -stat.st_mtime_ns if stat is not None else -(1 << 63)

    return sorted(stats, key=modified)


def find_seed_files(seeds_dir: Path) -> Iterator[Path]:
    """Article files below `seeds_dir`, sorted; hidden files and other suffixes are skipped."""
    if not seeds_dir.is_dir():
        return
    for root, dirs, files in os.walk(seeds_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path


def read_seed(path: Path, seeds_dir: Path, max_chars: int) -> Article:
    """Read one seed file; raise `SeedError` with a reason a user can act on."""
    relative = path.relative_to(seeds_dir).as_posix()
    try:
        resolved = path.resolve(strict=True)
    except OSError as error:
        raise SeedError(f"cannot be read: {error.strerror or error}") from error
    except RuntimeError as error:  # a loop of symbolic links, before Python 3.13 made it OSError
        raise SeedError("cannot be read: Too many levels of symbolic links") from error
    if not resolved.is_relative_to(seeds_dir.resolve()):
        raise SeedError("is a symbolic link to a file outside the seeds folder")
    if not resolved.is_file():
        # A named pipe or device would block the build or never end.
        raise SeedError("is not a regular file")
    # No encoding takes more than four bytes a character (plus a byte-order mark), so a longer
    # file is over the limit whatever it holds: refuse it without reading it all into memory.
    byte_limit = 4 * max_chars + 4
    try:
        with resolved.open("rb") as stream:
            raw = stream.read(byte_limit + 1)
    except OSError as error:
        raise SeedError(f"cannot be read: {error.strerror or error}") from error
    if len(raw) > byte_limit:
        raise SeedError(
            f"is over {byte_limit:,} bytes long, more than the limit of {max_chars:,} characters"
        )
    text, encoding = decode_bytes(raw)
    return parse_article(text, relative, max_chars, encoding)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode a seed's bytes: BOMs first, then UTF-8, then detection of legacy 8-bit text."""
    for bom, codec in BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as error:
                raise SeedError(f"is not valid {codec} text despite its byte-order mark") from error
            return _refuse_control_characters(text), codec.removesuffix("-sig")
    if b"\x00" in raw:
        raise SeedError("is not text (it contains NUL bytes)")
    try:
        return _refuse_control_characters(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(raw)


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """8-bit text in a legacy code page, as charset_normalizer detects it.

    Short texts fit many code pages equally well: for "café" it scores UTF-16 and a dozen code
    pages alike, and may list Windows-1252 only as one that reads the bytes as another does.
    Windows-1252 is what legacy news text almost always is (browsers read Latin-1 as it too), so
    for bytes that read as Windows-1252 text without control characters it wins every tie, and
    UTF-16 or UTF-32 without a byte-order mark is never taken for them.
    """
    # In charset_normalizer's order, most plausible first (it ranks near-equal chaos by coherence).
    detected = list(charset_normalizer.from_bytes(raw))
    as_cp1252 = _cp1252_text(raw)
    if as_cp1252 is not None:
        cp1252_scores = [
            _implausibility(match)
            for match in detected
            if "cp1252" in (match.encoding, *match.could_be_from_charset)
        ]
        detected = [m for m in detected if not m.encoding.startswith(("utf_16", "utf_32"))]
        if not detected or (cp1252_scores and min(cp1252_scores) <= _implausibility(detected[0])):
            return as_cp1252, "cp1252"
    if not detected:
        raise SeedError("is not text in any encoding that could be detected")
    best = detected[0]
    return _refuse_control_characters(str(best)), best.encoding


def _implausibility(match: charset_normalizer.CharsetMatch) -> tuple[float, float]:
    return match.chaos, -match.coherence


def _cp1252_text(raw: bytes) -> str | None:
    """The bytes as Windows-1252 text, or None when they are not (five bytes have no character
    in it, and control characters are no text)."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if NOT_TEXT.search(text) else text


def _refuse_control_characters(text: str) -> str:
    """The text, unless it holds a control character that plain text never does (file(1)'s rule:
    only BEL, BS, tab, line ends, VT, FF and ESC); U+0000 shows that UTF-16 was binary."""
    control = NOT_TEXT.search(text)
    if control is None:
        return text
    line = text.count("\n", 0, control.start()) + 1
    code = f"U+{ord(control.group()):04X}"
    raise SeedError(f"is not text (it contains the control character {code})", line)


def parse_article(text: str, path: str, max_chars: int, encoding: str = "utf-8") -> Article:
    """Split decoded text into front matter or date line, and body."""
    if len(text) > max_chars:
        raise SeedError(f"is {len(text):,} characters long, over the limit of {max_chars:,}")
    meta = ArticleMeta()
    body_offset = 0
    front = FRONT_MATTER.match(text)
    if front:
        try:
            meta = parse_front_matter(front.group(1) or "")
        except FrontMatterError as error:
            raise SeedError(f"has invalid front matter: {error.reason}", error.line) from error
        body_offset = front.end()
    date_line = DATE_LINE.match(text, body_offset)
    if date_line:
        date = _parse_date(*date_line.groups())
        if meta.date is None:
            meta = replace(meta, date=date)
        body_offset = date_line.end()
    body = text[body_offset:]
    if not body.strip():
        raise SeedError("has no article text")
    if meta.date is None:
        dateline = find_dateline(decode_references(body))
        if dateline is not None and dateline.date is not None:
            meta = replace(meta, date=dateline.date)
    return Article(path=path, body=body, meta=meta, body_offset=body_offset, encoding=encoding)


def _parse_date(year: str, month: str, day: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError as error:
        raise SeedError(f"has an impossible date {year}-{month}-{day} ({error})", 1) from error
