"""The hostile corpus in `tests/hostile/` (its README lists every payload): where it is, and what
each of its seeds must produce."""

from __future__ import annotations

import os
from pathlib import Path

CORPUS = Path(__file__).parent / "hostile"
CLEAN = CORPUS / "clean"
BAD = CORPUS / "bad"
MAX_CHARS = 200_000  # the repository's mkdocs.yml sets the default

# What each seed in bad/ (and each one the fixture makes: links, a pipe, oversized files) must
# produce: the line of the fault, or None, and the start of the reason.
BAD_SEEDS: dict[str, tuple[int | None, str]] = {
    "bad-utf16.txt": (None, "is not valid utf-16 text despite its byte-order mark"),
    "binary.txt": (None, "is not text (it contains NUL bytes)"),
    "boilerplate.txt": (None, "has nothing left once boilerplate is removed"),
    "control-characters.txt": (2, "is not text (it contains the control character U+0001)"),
    "empty-title.md": (3, "has invalid front matter: `title` must be a non-empty piece of text"),
    "empty.txt": (None, "has no article text"),
    "front-matter-only.md": (None, "has no article text"),
    "impossible-date-front-matter.md": (
        4,
        "has invalid front matter: `date` must be a date written YYYY-MM-DD, not '2024-02-31' "
        "(day is out of range for month)",
    ),
    "impossible-date.txt": (1, "has an impossible date 2023-02-30 (day is out of range"),
    "invalid-yaml.md": (5, "has invalid front matter: YAML error: did not find expected ','"),
    "tag-not-text.md": (4, "has invalid front matter: `tags` holds {'onclick'"),
    "whitespace.txt": (None, "has no article text"),
    "yaml-bad-bool.md": (4, "has invalid front matter: YAML error: 'maybe' is not a valid bool"),
    "yaml-bad-timestamp.md": (
        4,
        "has invalid front matter: YAML error: '2024-13-45' is not a valid timestamp value",
    ),
    "yaml-billion-laughs.md": (13, "has invalid front matter: `date` must be a date written"),
    "yaml-deep.md": (3, "has invalid front matter: YAML error: exceeded maximum nesting depth"),
    "yaml-huge-int.md": (3, "has invalid front matter: YAML error: '999"),
    "yaml-not-a-mapping.md": (2, "has invalid front matter: front matter must be a mapping"),
    "yaml-python-tag.md": (
        3,
        "has invalid front matter: YAML error: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    "made/oversized.txt": (None, f"is {MAX_CHARS + 1:,} characters long, over the limit"),
    "made/huge.txt": (None, f"is over {4 * MAX_CHARS + 4:,} bytes long"),
    "made/outside-link.txt": (None, "is a symbolic link to a file outside the seeds folder"),
    "made/loop-link.txt": (None, "cannot be read: Too many levels of symbolic links"),
    "made/dangling-link.txt": (None, "cannot be read: No such file or directory"),
    "made/pipe.txt": (None, "is not a regular file"),
}
# How the clean seeds that are not plain UTF-8 were written (`expect` is read with this).
SEED_ENCODINGS = {
    "utf8-bom.md": "utf-8-sig",
    "utf16le-bom.md": "utf-16",
    "utf16be-bom.md": "utf-16",
    "utf32-bom.md": "utf-32",
    "cp1252.md": "cp1252",
    "latin1.txt": "latin-1",
}
# Good articles that go into the bad corpus too: they must still be published.
GOOD_AMONG_BAD = (CLEAN / "url-good.md", CLEAN / "sub dir" / "ünïcödé café name.md")
GOOD_PAGES = (
    "articles/porto-vale-ferry-timetable/index.html",
    "articles/cafe-in-zurich/index.html",
)


def make_bad_seeds(folder: Path, outside: Path) -> None:
    """The bad seeds that cannot live in git, in `folder/made/` (`outside`: a file beyond it)."""
    made = folder / "made"
    made.mkdir()
    (made / "oversized.txt").write_text("w" * (MAX_CHARS + 1), encoding="utf-8")
    (made / "huge.txt").write_bytes(b"word " * (MAX_CHARS + 1))
    outside.write_text("The secret plans of Porto Vale.", encoding="utf-8")
    (made / "outside-link.txt").symlink_to(outside)
    (made / "loop-link.txt").symlink_to("loop-link.txt")
    (made / "dangling-link.txt").symlink_to("missing.txt")
    os.mkfifo(made / "pipe.txt")
