"""Peak resident memory of a command and every process it starts, sampled from /proc."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

SAMPLE_EVERY = 0.1  # seconds


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        try:
            found += [int(child) for child in children.read_text().split()]
        except OSError:
            continue
    return found


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants right now."""
    total, pending, seen = 0, [root], set()
    while pending:
        pid = pending.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _rss(pid)
        pending += _children(pid)
    return total


def peak_memory_of(command: list[str], env: dict[str, str]) -> int:
    """Run `command` to the end; return the highest total RSS its process tree reached."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(SAMPLE_EVERY)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    return peak
