"""`make mutate`'s results file: what mutmut's last run left in `mutants/`, module by module.

For each module of the core (`[tool.mutmut] only_mutate` in `pyproject.toml`): how many mutants
were made, killed (a test failed, or the run timed out), survived, or had no test run them. Every
survivor is listed with the line that the mutant changes, and with the one-line reason from
`bench/mutation_equivalent/*.txt` where a survivor was judged equivalent (a change no behaviour
can show); the others are the tests still to write.

    python bench/mutation_report.py --out bench/mutation.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
EQUIVALENT = ROOT / "bench" / "mutation_equivalent"
KILLED = frozenset({"killed", "timeout", "caught by type check"})


def read_statuses() -> dict[str, dict[str, str]]:
    """Module path → mutant name → status, for every module mutmut's last run checked."""
    statuses: dict[str, dict[str, str]] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        module = meta.relative_to(MUTANTS).as_posix().removesuffix(".meta")
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        statuses[module] = {name: status_by_exit_code[code] for name, code in codes.items()}
    return statuses


def read_equivalent() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    """Reasons a survivor is equivalent: by mutant name (`name: reason`), or for a class of them
    by the line they change (`~REGEX: reason`); `#` starts a comment."""
    by_name: dict[str, str] = {}
    by_line: list[tuple[re.Pattern[str], str]] = []
    for reasons in sorted(EQUIVALENT.glob("*.txt")):
        for line in reasons.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("~"):
                pattern, _, reason = line[1:].partition(": ")
                by_line.append((re.compile(pattern), reason.strip()))
            else:
                name, _, reason = line.partition(":")
                by_name[name.strip()] = reason.strip()
    return by_name, by_line


def changed_line(module: str, name: str) -> str:
    """The first line the mutant changes, as it reads after the change."""
    try:
        diff = get_diff_for_mutant(name, path=module)
    except Exception as error:  # noqa: BLE001 - one line of a report, not a reason to stop
        return f"(no diff: {error})"
    added = (line[1:].strip() for line in diff.splitlines() if line.startswith("+"))
    return next((line for line in added if not line.startswith("++")), "")


def write_report(
    statuses: dict[str, dict[str, str]],
    reasons: tuple[dict[str, str], list[tuple[re.Pattern[str], str]]],
    out: Path,
) -> float:
    by_name, by_line = reasons
    rows = []
    totals: Counter[str] = Counter()
    survivors: list[str] = []
    explained = 0
    for module, by_mutant in statuses.items():
        counts = Counter("killed" if s in KILLED else s for s in by_mutant.values())
        totals.update(counts)
        made = sum(counts.values())
        score = counts["killed"] / made * 100 if made else 0.0
        unsettled = made - counts["killed"] - counts["survived"] - counts["no tests"]
        rows.append(f"| `{module}` | {made} | {counts['killed']} | {counts['survived']} | "
                    f"{counts['no tests']} | {unsettled} | {score:.1f} % |")  # fmt: skip
        for name, status in by_mutant.items():
            if status == "survived":
                short = name.removeprefix("generator.")
                line = changed_line(module, name)
                why = by_name.get(name) or next(
                    (reason for pattern, reason in by_line if pattern.search(line)), "no test yet"
                )
                explained += why != "no test yet"
                line = line.replace("|", "\\|")
                survivors.append(f"| `{short}` | `{line[:90]}` | {why} |")
    made = sum(totals.values())
    score = totals["killed"] / made * 100 if made else 0.0
    unchecked = made - totals["killed"] - totals["survived"] - totals["no tests"]
    lines = [
        "# Mutation testing of the core",
        "",
        f"Written by `make mutate` (mutmut, `bench/mutation_report.py`) on {dt.date.today()}. "
        "A mutant is a small change to the code (an operator, a constant, a condition); it is "
        "killed when a test fails. The browser suite and the whole-system tests are not run per "
        "mutant (they run the generator in processes of their own).",
        "",
        "| module | mutants | killed | survived | no test ran | not checked | killed share |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *rows,
        f"| **all** | {made} | {totals['killed']} | {totals['survived']} | "
        f"{totals['no tests']} | {unchecked} | **{score:.1f} %** |",
        "",
        "## Survivors",
        "",
        "Each is a test still to write, or a reason (`bench/mutation_equivalent/`) why no "
        f"behaviour can tell it from the code: {explained} of {len(survivors)} explained so far.",
        "",
        "| mutant | the changed line | why it survives |",
        "|---|---|---|",
        *survivors,
        "",
    ]
    out.write_text("\n".join(lines), encoding="utf-8")
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "mutation.md")
    arguments = parser.parse_args()
    statuses = read_statuses()
    if not statuses:
        print("no results in mutants/: run `mutmut run` first", file=sys.stderr)
        return 2
    score = write_report(statuses, read_equivalent(), arguments.out)
    print(f"{score:.1f} % of the mutants killed; see {arguments.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
