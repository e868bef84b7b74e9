"""Live preview: `mkdocs serve` picks up added, edited and removed seeds, analysing only those."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from projects import FIXTURE_SEEDS, make_project

pytestmark = pytest.mark.site
GIVE_UP_AFTER = 60.0  # seconds


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - localhost only
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def wait_for(condition: Callable[[], bool], what: str) -> float:
    started = time.monotonic()
    while time.monotonic() - started < GIVE_UP_AFTER:
        if condition():
            return time.monotonic() - started
        time.sleep(0.25)
    raise AssertionError(f"gave up after {GIVE_UP_AFTER:.0f} s waiting for {what}")


class Server:
    def __init__(self, config: Path, *options: str) -> None:
        self.port = free_port()
        # MkDocs serves the site under site_url's path, as it will be published.
        site_url = re.search(r"^site_url:\s*(\S+)", config.read_text(encoding="utf-8"), re.M)
        self.base = urlsplit(site_url.group(1)).path if site_url else "/"
        self.log = config.parent / "serve.log"
        self.stream = self.log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(config),
             "-a", f"127.0.0.1:{self.port}", *options],
            stdout=self.stream, stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )  # fmt: skip

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{self.base}{path}"

    def analysed(self) -> list[str]:
        text = self.log.read_text(encoding="utf-8")
        return re.findall(r"analysed (\d+ of \d+) articles", text)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.stream.close()


# `make serve` runs `mkdocs serve --dirty`: only the generated pages that changed are built again.
@pytest.fixture(params=["", "--dirty"], ids=["serve", "serve-dirty"])
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    config = make_project(tmp_path, [FIXTURE_SEEDS / "festival.txt"])
    running = Server(config, *filter(None, [request.param]))
    try:
        wait_for(lambda: fetch(running.url(""))[0] == 200, "the first build")
        yield running
    finally:
        running.stop()


def test_added_edited_and_removed_seeds_show_up(server: Server, tmp_path: Path) -> None:
    seed = tmp_path / "seeds" / "library.md"
    page = server.url("articles/new-library/")
    seed.write_text(
        "---\ntitle: A new library\nslug: new-library\ndate: 2024-03-01\n---\n"
        "The town of Millbrook opened a new library on Friday. It holds 20,000 books.\n",
        encoding="utf-8",
    )
    wait_for(lambda: "20,000 books" in fetch(page)[1], "the added article")
    assert server.analysed()[-1] == "1 of 2"

    seed.write_text(seed.read_text(encoding="utf-8").replace("20,000", "35,000"), "utf-8")
    wait_for(lambda: "35,000 books" in fetch(page)[1], "the edited article")
    assert server.analysed()[-1] == "1 of 2"

    seed.unlink()
    wait_for(lambda: fetch(page)[0] == 404, "the removed article's 404")
    assert server.analysed()[-1] == "0 of 1"
    assert fetch(server.url(""))[0] == 200
