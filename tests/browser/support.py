"""What the browser tests share: where the tools are, and a reader's tab that records trouble.

The tools come from `.ci/install-browser-deps` (Debian's Chromium and Java, the npm packages in
tests/browser/node_modules). Where one is missing a test skips and says which, except under CI,
where a missing tool fails the run: a green CI must not hide an install step that went missing.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = Path(__file__).resolve().parent / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
INSTALL_HINT = "run `.ci/install-browser-deps` (as root) to install it"
# A closed network floods Chromium with refused connections unless its background traffic is off;
# Playwright gives every launch a fresh, empty profile directory of its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Debian's package first; Google's build is what GitHub's Ubuntu runners come with.
CHROMIUM_NAMES = ("chromium", "google-chrome")
TIMEOUT_MS = 10_000


def missing_tool(reason: str) -> NoReturn:
    """Skip on a developer's machine; fail under CI, where the install script must have run."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: {INSTALL_HINT}")
    pytest.skip(f"{reason}: {INSTALL_HINT}", allow_module_level=True)


def missing_playwright() -> NoReturn:
    """Playwright is a Python package of the dev lock; without it the browser tests cannot run."""
    missing_tool("the Python package `playwright` is not installed")


def require_file(path: Path, what: str) -> Path:
    """The path of a file the tests need, or a skip (a failure under CI) naming it."""
    if not path.is_file():
        missing_tool(f"{what} not found at {path.relative_to(ROOT)}")
    return path


def require_program(*names: str) -> str:
    """The full path of the first of some programs on PATH, or a skip (a failure under CI)."""
    for name in names:
        found = shutil.which(name)
        if found is not None:
            return found
    missing_tool(f"`{names[0]}` is not installed")


@dataclass
class Reader:
    """A browser tab on the served site that keeps what a reader would not want to see."""

    page: Page
    base_url: str
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        """Open a page of the site by its path below the site's root, e.g. "figures/"."""
        self.page.goto(self.base_url + path, wait_until="load")

    def offsite_requests(self) -> list[str]:
        """Every request that went to another host than this machine."""
        return [url for url in self.requests if urlsplit(url).hostname not in LOCAL_HOSTS]

    def record_console(self, message: ConsoleMessage) -> None:
        """Keep a console error (a failed load of a page's asset is one too)."""
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location.get('url')})")

    def record_page_error(self, error: Exception) -> None:
        """Keep an exception a script threw and nobody caught."""
        self.console_errors.append(f"uncaught: {error}")

    def record_request(self, request: Request) -> None:
        """Keep the address of every request, the search worker's included."""
        self.requests.append(request.url)


def open_reader(context: BrowserContext, base_url: str) -> Reader:
    """A reader on a new tab of `context` that records console errors and every request."""
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    reader = Reader(page, base_url)
    page.on("console", reader.record_console)
    page.on("pageerror", reader.record_page_error)
    # The context, not the page, also sees the requests of workers.
    context.on("request", reader.record_request)
    return reader
