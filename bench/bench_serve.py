"""How long `mkdocs serve` takes to show an added, an edited and a removed article."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

GIVE_UP_AFTER = 600.0  # seconds: the first build of a large site is slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _status_and_text(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - localhost only
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _wait(condition: object, url: str, expect: str | int) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < GIVE_UP_AFTER:
        status, text = _status_and_text(url)
        if (isinstance(expect, int) and status == expect) or (
            isinstance(expect, str) and expect in text
        ):
            return time.perf_counter() - started
        time.sleep(0.2)
    raise TimeoutError(f"{condition}: nothing after {GIVE_UP_AFTER:.0f} s")


def serve_latencies(config: Path, env: dict[str, str], *options: str) -> dict[str, float]:
    """Seconds from a seed change to the served page showing it: added, edited, removed.

    `options` go to `mkdocs serve`: `--dirty` is what `make serve` runs.
    """
    port = _free_port()
    site_url = re.search(r"^site_url:\s*(\S+)", config.read_text(encoding="utf-8"), re.M)
    base = "/" + site_url.group(1).split("/", 3)[-1] if site_url else "/"
    root = f"http://127.0.0.1:{port}{base if base.endswith('/') else base + '/'}"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}",
         *options],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    try:
        _wait("first build", root, 200)
        seed = config.parent / "seeds" / "zz-bench-edit.md"
        page = root + "articles/bench-edit/"
        front = "---\ntitle: Bench edit\nslug: bench-edit\ndate: 2024-03-01\n---\n"
        seed.write_text(front + "The council opened a library holding 20,000 books.\n", "utf-8")
        added = _wait("added", page, "20,000 books")
        seed.write_text(front + "The council opened a library holding 35,000 books.\n", "utf-8")
        edited = _wait("edited", page, "35,000 books")
        seed.unlink()
        removed = _wait("removed", page, 404)
    finally:
        server.terminate()
        server.wait(timeout=60)
    return {"added": added, "edited": edited, "removed": removed}
