"""The reader's site, built once from made-up articles, served on localhost and read in Chromium."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
import yaml
from browser.support import (
    AXE_SCRIPT,
    CHROMIUM_ARGS,
    CHROMIUM_NAMES,
    ROOT,
    TIMEOUT_MS,
    VNU_JAR,
    Reader,
    missing_playwright,
    open_reader,
    require_file,
    require_program,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext

SEEDS = [
    *sorted((ROOT / "tests" / "fixtures" / "site-seeds").iterdir()),
    ROOT / "seeds" / "000_129643cfcd3c7d50.txt",
]
# Real articles (Wikinews, see its ATTRIBUTION.md): enough for sections, stories and listings.
REAL_SEEDS = sorted((ROOT / "tests" / "fixtures" / "wikinews" / "seeds").iterdir())
# As tests/test_mkdocs_plugin.py: one retype and one hidden entity, so the alias file is in play.
ENTITY_RULES = """\
Porto Vale:
  type: place
Northern Lights Festival:
  hide: true
"""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: needs the tools .ci/install-browser-deps installs (slow)"
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site `mkdocs build --strict` makes from the made-up articles and the repo's seed."""
    return build_site(tmp_path_factory.mktemp("browser-project"))


@pytest.fixture(scope="session")
def site_without_directory_urls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same site with `use_directory_urls: false`: pages at `articles/a.html`."""
    return build_site(tmp_path_factory.mktemp("flat-project"), "use_directory_urls: false\n")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site `mkdocs build --strict` makes from real Wikinews articles."""
    return build_site(tmp_path_factory.mktemp("real-project"), seeds=REAL_SEEDS)


def build_site(project: Path, extra_config: str = "", seeds: list[Path] = SEEDS) -> Path:
    """Build `seeds` (the made-up articles) in `project` with the repository's `mkdocs.yml`,
    plus `extra_config` appended to it; the built site's folder."""
    (project / "seeds").mkdir()
    for seed in seeds:
        shutil.copy(seed, project / "seeds" / seed.name)
    shutil.copytree(ROOT / "docs", project / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8") + extra_config
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    (project / "entities.yml").write_text(ENTITY_RULES, encoding="utf-8")
    site = project / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def published_url() -> str:
    """Where the site is published: `site_url` in mkdocs.yml, with its final slash."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return str(config["site_url"]).rstrip("/") + "/"


@pytest.fixture(scope="session")
def published_path(published_url: str) -> str:
    """The path the site is published under, e.g. "/news-digest/"."""
    return urlsplit(published_url).path


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the site without a log line per request."""

    def log_message(self, format: str, *args: Any) -> None:
        del format, args


@pytest.fixture(scope="session")
def site_url(
    built_site: Path, published_path: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The built site served by a threaded `http.server` on a free localhost port.

    It is served under the path it is published under, so that the absolute links MkDocs
    writes from `site_url` (the 404 page's) are exercised too.
    """
    yield from serve(built_site, published_path, tmp_path_factory)


@pytest.fixture(scope="session")
def real_site_url(
    real_site: Path, published_path: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The site of real articles, served as `site_url` serves the made-up one."""
    yield from serve(real_site, published_path, tmp_path_factory)


def serve(
    built_site: Path, published_path: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    root = built_site
    if published_path != "/":
        root = tmp_path_factory.mktemp("served")
        mount = root / published_path.strip("/")
        mount.parent.mkdir(parents=True, exist_ok=True)
        mount.symlink_to(built_site, target_is_directory=True)
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{published_path}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright."""
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError:
        missing_playwright()
    chromium = require_program(*CHROMIUM_NAMES)
    # A shared machine can be slow to start the search worker: the same patience as actions.
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def close_and_check(context: BrowserContext, reader: Reader) -> None:
    context.close()
    assert reader.console_errors == [], "errors in the browser console"
    assert reader.offsite_requests() == [], "requests to hosts other than localhost"


def desktop_reader(browser: Browser, url: str) -> Iterator[Reader]:
    """A desktop-sized tab; at the end, no console error and no request off localhost."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    reader = open_reader(context, url)
    yield reader
    close_and_check(context, reader)


@pytest.fixture
def reader(browser: Browser, site_url: str) -> Iterator[Reader]:
    """A desktop-sized tab on the made-up site."""
    yield from desktop_reader(browser, site_url)


@pytest.fixture
def news_reader(browser: Browser, real_site_url: str) -> Iterator[Reader]:
    """A desktop-sized tab on the site of real articles."""
    yield from desktop_reader(browser, real_site_url)


@pytest.fixture
def phone_reader(browser: Browser, site_url: str) -> Iterator[Reader]:
    """A phone-sized tab (390 by 844, touch), checked like `reader` at the end."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    reader = open_reader(context, site_url)
    yield reader
    close_and_check(context, reader)


@pytest.fixture(scope="session")
def vnu_jar() -> Path:
    """The Nu Html Checker's jar from the npm package `vnu-jar`."""
    return require_file(VNU_JAR, "the Nu Html Checker (npm `vnu-jar`)")


@pytest.fixture(scope="session")
def java() -> str:
    """The Java runtime the Nu Html Checker runs on."""
    return require_program("java")


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core's browser bundle from the npm package `axe-core`."""
    return require_file(AXE_SCRIPT, "axe-core (npm `axe-core`)")
