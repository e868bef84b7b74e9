"""Nothing is lost: a killed build leaves nothing half-written, and the next run completes.

`python -m generator build --out DIR` is killed with SIGKILL part-way and run again; its tree
must then be byte-identical to an uninterrupted run's, with no temporary file left. Kills at
exact points of the write (a child process that kills itself) check the same without luck, and
a seed that turns bad must take its pages with it.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli.main import main
from generator.model.build import Page
from generator.write.pages import MANIFEST, write_pages

ARTICLES = 40
PEOPLE = ("Maria Lopez", "Tomas Berg", "Ana Costa", "Ingrid Solberg", "Paul Roux", "Omar Haddad")
PLACES = ("Porto Vale", "Lyon", "Bergen", "Valencia", "Tampere", "Graz")
WORKS = ("tram line", "harbour bridge", "library", "ferry terminal", "school", "bus depot")
MONTHS = ("January", "March", "May", "July", "September", "November")


def made_up_article(number: int) -> str:
    """A short dated news article about invented people and places, different for each number."""

    def pick(options: tuple[str, ...], step: int) -> str:
        return options[(number * step + step) % len(options)]

    def amount(low: int, high: int, step: int) -> int:
        return low + (number * step) % (high - low)

    person = pick(PEOPLE, 1)
    other = PEOPLE[(PEOPLE.index(person) + 1 + number % 5) % len(PEOPLE)]
    place, work = pick(PLACES, 7), pick(WORKS, 11)
    day = f"2024-{amount(1, 13, 5):02d}-{amount(1, 29, 13):02d}"
    return (
        f"date {day} The council of {place} approved a budget of {amount(20, 400, 37)} million "
        f"euros for a new {work} on Monday, said the mayor, {person}. Work will start in "
        f"{pick(MONTHS, 13)} and last {amount(2, 7, 3)} years.\n\n"
        f"{other}, who leads the opposition, said the {work} would cost {amount(5, 90, 17)}% "
        f"more than planned. Ticket prices rose {amount(2, 15, 7)}% last year, while the number "
        f"of passengers fell to {amount(10, 90, 23)},000 a day.\n\n"
        f"{person} told reporters in {place} that report number {number} had answered every "
        f"question, and that {amount(3, 40, 29)} companies had bid for the work.\n"
    )


def write_articles(seeds: Path, count: int = ARTICLES) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (seeds / f"article-{number:02d}.txt").write_text(made_up_article(number), encoding="utf-8")


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def temporaries(folder: Path) -> list[Path]:
    return sorted(folder.rglob(".*.tmp"))


def build_command(config: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "-q", "-f", str(config), "build", "--out", str(out)]


def run_build(config: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(build_command(config, out), capture_output=True, text=True, check=False)


def count_files(folder: Path) -> int:
    try:
        return sum(1 for _ in folder.iterdir())
    except FileNotFoundError:
        return 0


def kill_when_writing(config: Path, out: Path, timeout: float = 120) -> int:
    """Start a build, SIGKILL it (with any workers) once it has written half the articles."""
    process = subprocess.Popen(
        build_command(config, out),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    try:
        # Pages are written in path order, articles/ first.
        while count_files(out / "articles") < ARTICLES // 2 and process.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.001)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return process.returncode


@pytest.mark.site
def test_a_killed_build_completes_on_the_next_run(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write_articles(seeds)
    # The CLI reads mkdocs.yml for its settings; the analysis cache lives next to it.
    config = tmp_path / "mkdocs.yml"
    (tmp_path / "docs").mkdir()
    config.write_text(
        "site_name: Test\nplugins:\n  - news-digest:\n      seeds_dir: seeds\n", encoding="utf-8"
    )
    before = {p.name: hashlib.sha256(p.read_bytes()).digest() for p in seeds.iterdir()}

    interrupted = tmp_path / "interrupted"
    assert kill_when_writing(config, interrupted) == -signal.SIGKILL
    assert interrupted.is_dir()
    resumed = run_build(config, interrupted)
    assert resumed.returncode == 0, resumed.stderr

    reference = tmp_path / "reference"
    uninterrupted = run_build(config, reference)
    assert uninterrupted.returncode == 0, uninterrupted.stderr

    assert tree(interrupted) == tree(reference)
    assert len(list((reference / "articles").glob("*.md"))) == ARTICLES + 1  # and the archive
    assert not temporaries(interrupted)
    assert {p.name: hashlib.sha256(p.read_bytes()).digest() for p in seeds.iterdir()} == before


# A child process that writes pages and SIGKILLs itself at its n-th fsync: with data in a
# temporary file not yet renamed into place.
KILLED_WRITER = """
import json, os, signal, sys
from pathlib import Path
from generator.model.build import Page
from generator.write.pages import write_pages

pages, out, kill_at = json.load(sys.stdin)
calls = 0
sync = os.fsync

def fsync_then_die(handle):
    global calls
    calls += 1
    if calls == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    sync(handle)

os.fsync = fsync_then_die
write_pages([Page(path, content) for path, content in pages], Path(out))
"""


def pages(contents: dict[str, str]) -> list[Page]:
    return [Page(path, content) for path, content in sorted(contents.items())]


# Three generations of a site: the second adds `articles/a-new.md` (written first) and is
# killed; the third, run to the end, no longer has it.
FIRST = {"index.md": "home 1", "articles/old.md": "old", "articles/kept.md": "kept"}
SECOND = {"index.md": "home 2", "articles/a-new.md": "new", "articles/kept.md": "kept 2"}
THIRD = {"index.md": "home 3", "articles/kept.md": "kept 3", "entities/x.md": "x"}


@pytest.mark.parametrize("kill_at", [1, 2, 3, 4])
def test_a_write_killed_at_any_point_is_repaired_by_the_next(tmp_path: Path, kill_at: int) -> None:
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "mine.md").write_text("a page the user put there")
    write_pages(pages(FIRST), out)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER],
        input=json.dumps([sorted(SECOND.items()), str(out), kill_at]),
        capture_output=True,
        text=True,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert temporaries(out), "the kill left a temporary file behind, as a real one would"
    # Whatever the kill left, every page is whole: some generation's bytes, never a mix.
    for path, data in tree(out).items():
        if not path.startswith(".") and not Path(path).name.startswith("."):
            known = {g[path] for g in (FIRST, SECOND) if path in g} | {"a page the user put there"}
            assert data.decode() in known, path

    write_pages(pages(THIRD), out)
    fresh = tmp_path / "fresh"
    (fresh / "articles").mkdir(parents=True)
    (fresh / "articles" / "mine.md").write_text("a page the user put there")
    write_pages(pages(THIRD), fresh)
    assert tree(out) == tree(fresh)
    assert not temporaries(out)
    assert (out / MANIFEST).read_text() == "".join(f"{p}\n" for p in sorted(THIRD))


def test_a_seed_that_turns_bad_loses_its_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "library.txt").write_text(
        "date 2024-03-04 The mayor of Lyon, Anne Roux, opened a new library on Monday.\n"
    )
    (seeds / "school.txt").write_text(
        "date 2024-04-08 Anne Roux, the mayor of Lyon, opened a new school on Friday.\n"
    )
    out = tmp_path / "out"
    argv = ["-q", "-f", str(tmp_path / "none.yml"), "build", "--seeds", str(seeds), "--out"]
    assert main([*argv, str(out)]) == 0
    first = tree(out)
    assert "entities/person/anne-roux.md" in first  # in two articles: a page of her own
    school = [p for p in first if p.startswith("articles/") and "school" in p]
    assert len(school) == 1

    (seeds / "school.txt").write_bytes(b"\x00\x01 not text any more")
    assert main([*argv, str(out)]) == 1
    assert "error: school.txt: is not text (it contains NUL bytes)" in capsys.readouterr().err
    second = tree(out)
    assert school[0] not in second
    assert "entities/person/anne-roux.md" not in second  # now in one article only
    assert not [p for p, data in second.items() if b"school" in data.lower()]
    assert school[0] not in second[MANIFEST].decode().splitlines()

    # Output is a function of the seeds: the same as a first build of what is there now.
    fresh = tmp_path / "fresh"
    assert main([*argv, str(fresh)]) == 1
    assert tree(fresh) == second
