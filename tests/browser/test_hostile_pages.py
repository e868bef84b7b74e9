"""The hostile corpus (tests/hostile/clean) as a reader's browser meets it.

Every page of the strictly built site is opened in Chromium: no dialog may open (an `alert()`
that got through), no script may fail, and nothing may be requested from another host.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import TYPE_CHECKING

import pytest
from browser.conftest import QuietHandler
from browser.support import ROOT, open_reader

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog

pytestmark = pytest.mark.browser
HOSTILE = ROOT / "tests" / "hostile" / "clean"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """The hostile corpus built with `mkdocs build --strict`, served on localhost at its root."""
    project = tmp_path_factory.mktemp("hostile-browser")
    shutil.copytree(HOSTILE, project / "seeds", ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(ROOT / "docs", project / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    # Served at the root: the pages' relative links are what is under test here.
    (project / "mkdocs.yml").write_text(
        config.replace("site_url: https://example.github.io/news-digest/", "site_url: ''"),
        encoding="utf-8",
    )
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
        capture_output=True, text=True, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    site = project / "site"
    pages = sorted(
        page.relative_to(site).parent.as_posix() + "/"
        for page in site.rglob("index.html")
        if (page.parent / "index.html").read_text(encoding="utf-8").find("http-equiv") < 0
    )
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", pages
    server.shutdown()
    server.server_close()
    thread.join()


def test_hostile_pages_run_nothing_and_call_no_one(
    browser: Browser, hostile_site: tuple[str, list[str]]
) -> None:
    base_url, pages = hostile_site
    assert len(pages) > 30  # every article, entity page and listing of the corpus
    context = browser.new_context()
    reader = open_reader(context, base_url)
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    reader.page.on("dialog", refuse)
    for path in pages:
        reader.open("" if path == "./" else path)
        reader.page.wait_for_load_state("networkidle")
    context.close()
    assert dialogs == []
    assert reader.console_errors == []
    assert reader.offsite_requests() == []
