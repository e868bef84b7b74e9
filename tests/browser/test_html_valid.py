"""The Nu Html Checker finds no error in the markup the project writes.

Material's own page chrome has a few errors the project cannot change without forking the
theme's templates: those, and only those, are set aside, and never inside a page's content.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = [pytest.mark.site, pytest.mark.browser]

PAGES = [
    "index.html",
    "articles/vladimir-putin-and-xi-jinping-have-met-about-40-times/index.html",
    "entities/person/maria-lopez/index.html",
    "entities/index.html",
    "figures/index.html",
]
STYLESHEET = "assets/stylesheets/news-digest.css"
# Errors in Material's page chrome (its partials), each with a piece of the markup it is in.
THEME_ERRORS = {
    # The drawer and search toggles are checkboxes with autocomplete="off" (base.html).
    "Attribute “autocomplete” is only allowed when the input type is": 'class="md-toggle"',
    # The table of contents' title is a label for the hidden __toc checkbox (partials/toc.html).
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden": (
        'for="__toc"'
    ),
}
# A made-up page with one error of each kind: in the content, and in the chrome, like the theme's.
CANARY = """<!doctype html>
<html lang="en"><head><title>Canary</title></head>
<body>
<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">
<article class="md-content__inner md-typeset">
<p><img src="chart.svg"> has no text alternative</p>
<input class="md-toggle" type="checkbox" id="__search" autocomplete="off">
</article>
</body></html>
"""


@dataclass(frozen=True)
class Message:
    """One error of the checker, with where it points."""

    path: Path
    line: int
    text: str
    extract: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text} [{self.extract.strip()}]"


def content_lines(page: Path) -> range:
    """The lines of the page's own content: Material's `<article>`, which the project fills."""
    lines = page.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines, 1) if 'class="md-content__inner' in line)
    end = next(i for i, line in enumerate(lines[start:], start + 1) if "</article>" in line)
    return range(start, end + 1)


def is_from_theme(message: Message) -> bool:
    """A known error of the theme's chrome, outside the page's content."""
    if message.path.suffix != ".html" or message.line in content_lines(message.path):
        return False
    return any(
        message.text.startswith(text) and markup in message.extract
        for text, markup in THEME_ERRORS.items()
    )


def start_checker(java: str, vnu_jar: Path, *args: str) -> subprocess.Popen[str]:
    """The Nu Html Checker started on some files; its JSON report comes on standard output."""
    command = [java, "-jar", str(vnu_jar), "--format", "json", "--stdout", "--exit-zero-always"]
    return subprocess.Popen([*command, *args], stdout=subprocess.PIPE, text=True)


def validate(java: str, vnu_jar: Path, pages: list[Path], stylesheet: Path) -> list[dict[str, Any]]:
    """Every message of the checker on the pages and the stylesheet.

    The stylesheet is checked by a second, concurrent run: with `--also-check-css` the checker
    numbers every HTML line one too low (vnu 26.9.27), and lines tell content from chrome.
    """
    runs = [
        start_checker(java, vnu_jar, *map(str, pages)),
        start_checker(java, vnu_jar, "--css", str(stylesheet)),
    ]
    messages: list[dict[str, Any]] = []
    try:
        for run in runs:
            output, _ = run.communicate(timeout=60)
            assert run.returncode == 0, output
            messages += json.loads(output)["messages"]
    finally:
        for run in runs:
            if run.poll() is None:
                run.kill()
                run.wait()
    return messages


@dataclass(frozen=True)
class Verdict:
    """The checker's errors, split into the project's and the theme's."""

    ours: list[Message]
    theme: list[Message]


@pytest.fixture(scope="module")
def canary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("canary") / "canary.html"
    path.write_text(CANARY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def verdict(java: str, vnu_jar: Path, built_site: Path, canary: Path) -> Verdict:
    pages = [*(built_site / page for page in PAGES), canary]
    ours: list[Message] = []
    theme: list[Message] = []
    for entry in validate(java, vnu_jar, pages, built_site / STYLESHEET):
        # Info and warnings (Python-Markdown's `<br />`, say) are advice, not errors.
        if entry["type"] == "info":
            continue
        path = Path(unquote(urlsplit(entry.get("url", "")).path))
        line = int(entry.get("lastLine", 0))
        message = Message(path, line, entry["message"], entry.get("extract", ""))
        (theme if is_from_theme(message) else ours).append(message)
    return Verdict(ours, theme)


def test_the_checker_sees_errors_in_content_and_in_the_chrome(
    verdict: Verdict, canary: Path
) -> None:
    assert [m.line for m in verdict.ours if m.path == canary] == [6, 7]
    assert [m.line for m in verdict.theme if m.path == canary] == [4]


def test_our_pages_and_stylesheet_have_no_errors(verdict: Verdict, canary: Path) -> None:
    assert [str(m) for m in verdict.ours if m.path != canary] == []


def test_theme_errors_are_only_the_known_ones_on_our_pages(
    verdict: Verdict, built_site: Path, canary: Path
) -> None:
    pages = {m.path for m in verdict.theme} - {canary}
    assert pages <= {built_site / page for page in PAGES}
    known = {text for m in verdict.theme for text in THEME_ERRORS if m.text.startswith(text)}
    assert known == set(THEME_ERRORS)
