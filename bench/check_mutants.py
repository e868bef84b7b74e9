"""Rerun a few mutants from `make mutate`'s last run against the tests as they are now.

After writing a test for a survivor, check that it kills the mutant without a 25-minute run:

    python bench/check_mutants.py 'generator.analyse.figures.change.x_find_qualifier__mutmut_2' \
        --tests tests/analyse/figures

Names may be shell-style patterns (`'generator.write.pages.*'`); with a pattern, only the
mutants that survived the last run are checked. The mutated code is read from `mutants/`; the
tests from the working tree, so new tests count at once.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
SURVIVED = 0  # pytest's exit code when every test passed: mutmut's "survived"


def last_survivors() -> list[str]:
    """Every mutant that the last run left alive, by name."""
    names = []
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        names += [name for name, code in codes.items() if code == SURVIVED]
    return names


def select_mutants(patterns: list[str]) -> list[str]:
    survivors = last_survivors()
    chosen: list[str] = []
    for pattern in patterns:
        if any(mark in pattern for mark in "*?["):
            chosen += [name for name in survivors if fnmatch.fnmatchcase(name, pattern)]
        else:
            chosen.append(pattern)
    return list(dict.fromkeys(chosen))


def run_tests(mutant: str, tests: list[str]) -> bool:
    """True when a test fails with `mutant` switched on (it is killed)."""
    environment = {**os.environ, "MUTANT_UNDER_TEST": mutant}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    result = subprocess.run(command, cwd=MUTANTS, env=environment, capture_output=True, check=False)
    return result.returncode != 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mutants", nargs="+", help="mutant names or shell-style patterns")
    parser.add_argument("--tests", nargs="+", default=["tests"], help="test files or folders")
    arguments = parser.parse_args()
    if not MUTANTS.is_dir():
        print("no mutants/: run `make mutate` first", file=sys.stderr)
        return 2
    tests = [str((ROOT / test).resolve()) for test in arguments.tests]
    alive = 0
    for mutant in select_mutants(arguments.mutants):
        killed = run_tests(mutant, tests)
        alive += not killed
        print(f"{'killed  ' if killed else 'SURVIVED'} {mutant}", flush=True)
    return 1 if alive else 0


if __name__ == "__main__":
    sys.exit(main())
