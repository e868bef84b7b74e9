"""`make eval`: score the project against its peers with the tools in ../shared, in one run.

Runs the summary, entity and figure scorers, each with the project's `analyze` command beside its
peers, writes the tables to docs/quality.md (the site's Quality page) and exits non-zero when the
project falls below a peer on any score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ANALYZE = f"{shlex.quote(sys.executable)} -m generator -q analyze"
QUANTULUM_CASES = "quantulum3 tests/quantities.json"


@dataclass(frozen=True)
class Task:
    name: str
    tool: str
    data: str
    project: str
    columns: tuple[str, ...]
    note: str
    gating: bool = True  # False: reported, but being below the peer does not fail `make eval`


TASKS = (
    Task(
        "Summaries",
        "summ_eval.py",
        "eval/summeval/docs.jsonl",
        f"{ANALYZE} --summary-sentences 3 -",
        ("R-1", "R-2", "R-Lsum"),
        "ROUGE F1 (rouge-score, stemming) of 3-sentence summaries against the CNN/DailyMail "
        "highlights; peers: LEAD-3, sumy LexRank/TextRank/LSA, pytextrank.",
    ),
    Task(
        "Summaries of BBC articles",
        "summ_eval.py",
        "eval/bbc-summaries-dev/docs.jsonl",
        f"{ANALYZE} --summary-sentences 3 -",
        ("R-1", "R-2", "R-Lsum"),
        "The same scores against the BBC News Summary set's extractive references, which hold "
        "about 40 % of each article's sentences and are not lead-biased: graph rankers that pick "
        "long central sentences score best there. The project keeps the lead where it carries "
        "the news (settings chosen by `make tune`, `bench/summary_tuning.md`), so it is reported "
        "here, not required.",
        gating=False,
    ),
    Task(
        "Entities",
        "ner_eval.py",
        "eval/conll2003-dev/docs.jsonl",
        f"{ANALYZE} -",
        ("P", "R", "F1"),
        "Mention-level precision, recall and F1 on CoNLL-2003 Reuters documents, labels folded "
        "to PER/ORG/LOC/MISC; peer: raw spaCy en_core_web_sm 3.8.0.",
    ),
    Task(
        "Figures",
        "fig_eval.py",
        "eval/newsquant-dev/sentences.jsonl",
        f"{ANALYZE} -",
        ("value", "value+unit", "value+change"),
        "Quantities in NewsQuant sentences: value, value with unit, value with change "
        "(about/more than/up/down); peer: quantulum3.",
    ),
    Task(
        "Figures on quantulum3's own test cases",
        "fig_eval.py",
        QUANTULUM_CASES,
        f"{ANALYZE} -",
        ("value", "value+unit", "value+change"),
        "The 101 sentences quantulum3 ships as its own tests (`_lang/en_US/tests/quantities.json` "
        "in its wheel), scored the same way; quantulum3 was written to pass them, so this row is "
        "reported, not required.",
        gating=False,
    ),
)
ROW = re.compile(r"^(?P<name>[\w-]+)\s+(?P<scores>[\d.]+(?:[/\s]+[\d.]+)+)\s*$")
SIZE = re.compile(r"\((?P<size>[^)]*)\)")


@dataclass(frozen=True)
class Outcome:
    task: Task
    rows: list[tuple[str, list[str]]]
    size: str
    passed: bool
    output: str


def quantulum_cases(folder: Path) -> Path:
    """quantulum3's own test sentences, in the scorer's JSON-lines format."""
    import quantulum3  # noqa: PLC0415 - only `make eval` installs it

    source = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests" / "quantities.json"
    cases = json.loads(source.read_text(encoding="utf-8"))
    target = folder / "quantulum3-cases.jsonl"
    with target.open("w", encoding="utf-8") as stream:
        for number, case in enumerate(cases):
            quantities = [
                {
                    "value": q["value"],
                    "unit": q["unit"],
                    "normalized_unit": q["unit"],
                    "change": "=",
                }
                for q in case["res"]
            ]
            stream.write(json.dumps({"id": number, "text": case["req"], "quantities": quantities}))
            stream.write("\n")
    return target


def run_task(task: Task, shared: Path, scratch: Path) -> Outcome:
    data = quantulum_cases(scratch) if task.data == QUANTULUM_CASES else shared / task.data
    command = [
        sys.executable,
        str(shared / "tools" / task.tool),
        str(data),
        "--project",
        task.project,
    ]
    print(f"== {task.name}: {task.tool}", file=sys.stderr, flush=True)
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    output = result.stdout
    print(output, file=sys.stderr)
    rows = []
    for line in output.splitlines():
        match = ROW.match(line.strip())
        if match:
            rows.append((match["name"], re.split(r"[/\s]+", match["scores"].strip())))
    header = next((line for line in output.splitlines() if line.startswith("system")), "")
    size = SIZE.search(header)
    # The tools exit 3 when the project is below a peer, anything else non-zero on failure.
    return Outcome(task, rows, size["size"] if size else "", result.returncode == 0, output)


def render_page(outcomes: list[Outcome], date: str) -> str:
    parts = [
        "# Quality\n\n",
        "How well the generator summarises, finds entities and reads figures, measured against "
        "other open-source tools on the same texts in the same run with `make eval`. Higher is "
        f"better. Last run: {date}.\n\n",
        "These are **development figures**: the sets below were used while building the "
        "generator, so they flatter it. Its owner also scores held-out sets of the same kinds, "
        "where the margins are smaller.\n\n",
    ]
    for outcome in outcomes:
        task = outcome.task
        verdict = "above every peer" if outcome.passed else "below the peer"
        parts.append(f"## {task.name}\n\n{task.note} Data: `{task.data}` ({outcome.size}); ")
        parts.append(f"the project is {verdict}.\n\n")
        width = max(len(scores) for _, scores in outcome.rows) if outcome.rows else 0
        headers = (
            list(task.columns)
            if width == len(task.columns)
            else [f"{column} {part}" for column in task.columns for part in ("P", "R", "F1")]
        )
        parts.append("| system | " + " | ".join(headers) + " |\n")
        parts.append("|---|" + "---:|" * len(headers) + "\n")
        for name, scores in outcome.rows:
            label = f"**{name}**" if name == "project" else name
            parts.append(f"| {label} | " + " | ".join(scores) + " |\n")
        parts.append("\n")
    return "".join(parts)


# The latest reader review of each kind: latest.json (titles, dates, text, summaries),
# latest-entities.json, latest-figures.json …
REVIEWS = ROOT / "bench" / "review"


def render_review(review: dict[str, Any]) -> str:
    """The latest reader review (`../shared/REVIEW.md`): what a reader of the built site counted
    as wrong, part by part, by someone who did not write the change."""
    subject = review.get("subject", "titles, dates, text and summaries")
    parts = [
        f"## What a reader finds wrong: {subject}\n\n",
        f"A reader review of a site of {review['articles']} real articles (seed {review['seed']}, "
        f"{review['read_closely']} read closely, on {review['date']}; sample, rules and examples "
        f"in `{review['report']}`). Errors by the protocol's rules; lower is better.\n\n",
        "| part | errors | items | share |\n|---|---:|---:|---:|\n",
    ]
    for part, count in review["counts"].items():
        errors, items = count["errors"], count["items"]
        share = f"{100 * errors / items:.0f} %" if items else "–"
        parts.append(f"| {part} | {errors} | {items} | {share} |\n")
    return "".join(parts) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "quality.md")
    args = parser.parse_args()
    if not (args.shared / "tools").is_dir():
        print(f"no evaluation tools in {args.shared}: pass --shared DIR", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        outcomes = [run_task(task, args.shared, Path(scratch)) for task in TASKS]
    page = render_page(outcomes, dt.date.today().isoformat())
    for review in sorted(REVIEWS.glob("latest*.json")):
        page += render_review(json.loads(review.read_text(encoding="utf-8")))
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    failed = [o.task.name for o in outcomes if o.task.gating and not o.passed]
    if failed:
        print(f"below a peer (or failed): {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
