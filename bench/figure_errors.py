"""The figure scorer's errors on the NewsQuant dev sentences, counted by class.

`fig_eval.py` (in ../shared/tools) gives three F1 scores; this report says where the misses lie,
so that work goes to a class of error rather than to a sentence: values not found (by what the
gold unit is), units read wrongly (gold class → what the project said), directions read wrongly
(a confusion table of the change symbols), spurious rows (by the project's kind and whether the
row is notable) and concepts that cannot say what is measured (empty or a pronoun).

    python bench/figure_errors.py                 # writes bench/figure_errors.md
    python bench/figure_errors.py --examples 5    # also prints examples (not written to the file)

Matching is fig_eval's own (imported from ../shared/tools), so the counts add up to its scores.
The report holds counts only: the sentences are evaluation data and stay out of the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import math
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.analyse.figures.units import CASED_UNITS, PHYSICAL_UNITS

ROOT = Path(__file__).resolve().parent.parent
DATA = "eval/newsquant-dev/sentences.jsonl"
OUTPUT = ROOT / "bench" / "figure_errors.md"
CURRENCY_KEYS = frozenset(
    {"usd", "gbp", "eur", "jpy", "cny", "aud", "hkd", "cad", "ils", "myr", "chf", "inr", "krw"}
)
TIME_WORDS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
PRONOUNS = frozenset(
    ("i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "which",
     "who", "whom", "that", "this", "these", "those", "what", "its", "their", "his", "our")
)  # fmt: skip
# Every measure's name as the project spells it ("mile per hour"), last word as fig_eval folds it.
MEASURES = frozenset(name.split()[-1] for name in [*PHYSICAL_UNITS.values(), *CASED_UNITS.values()])
Item = dict[str, Any]


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("fig_eval", shared / "tools" / "fig_eval.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {shared}/tools/fig_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def analyse(items: list[Item]) -> dict[str, list[Item]]:
    lines = "".join(json.dumps({"id": str(i["id"]), "text": i["text"]}) + "\n" for i in items)
    command = [sys.executable, "-m", "generator", "-q", "analyze", "-"]
    done = subprocess.run(command, input=lines, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr[-2000:])
    records = (json.loads(line) for line in done.stdout.splitlines() if line.startswith("{"))
    return {str(record["id"]): record.get("figures", []) for record in records}


def unit_class(scorer: ModuleType, unit: str) -> str:
    """A unit's class: money, percent, time, no unit, or a measure/counted noun."""
    key = scorer.unit_key(unit)
    if key in CURRENCY_KEYS or key in ("cent", "penny", "pence"):
        return "money"
    if key == "percent":
        return "percent"
    if key in TIME_WORDS:
        return "time"
    if not key:
        return "none"
    return "measure" if key in MEASURES else "counted noun"


def pair(scorer: ModuleType, gold: list[Item], pred: list[Item]) -> list[tuple[Item, Item | None]]:
    """fig_eval's greedy value matching, keeping which prediction each gold quantity took."""
    used: set[int] = set()
    pairs: list[tuple[Item, Item | None]] = []
    for quantity in gold:
        wanted = scorer.values(quantity["value"])
        found = None
        for index, figure in enumerate(pred):
            offered = scorer.values(figure.get("value"))
            if figure.get("low") is not None:
                offered |= scorer.values(figure.get("low")) | scorer.values(figure.get("high"))
            close = any(
                math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9) for a in wanted for b in offered
            )
            if index not in used and close:
                used.add(index)
                found = figure
                break
        pairs.append((quantity, found))
    return pairs


def is_unsound_concept(concept: str) -> bool:
    words = concept.lower().split()
    return not words or (len(words) == 1 and words[0] in PRONOUNS)


def count_errors(
    scorer: ModuleType, items: list[Item], preds: dict[str, list[Item]]
) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        gold, pred = item["quantities"], preds.get(str(item["id"]), [])
        pairs = pair(scorer, gold, pred)
        matched = {id(figure) for _quantity, figure in pairs if figure is not None}
        for quantity, figure in pairs:
            gold_class = unit_class(scorer, quantity.get("normalized_unit") or quantity["unit"])
            counts["gold"][gold_class] += 1
            if figure is None:
                counts["missed"][gold_class] += 1
                continue
            if not scorer.LEVELS["value+unit"](quantity, figure):
                said = unit_class(scorer, figure.get("unit") or "")
                counts["unit"][f"{gold_class} → {said}"] += 1
            gold_change, said_change = quantity.get("change") or "=", figure.get("change") or "="
            if gold_change != said_change:
                counts["change"][f"{gold_change} → {said_change}"] += 1
        for figure in pred:
            counts["concept"][
                "unsound" if is_unsound_concept(figure.get("concept", "")) else "named"
            ] += 1
            if id(figure) not in matched:
                notable = "notable" if figure.get("notable", True) else "not notable"
                counts["spurious"][f"{figure.get('kind', '?')}, {notable}"] += 1
    return counts


def render(counts: dict[str, Counter[str]], scores: str) -> str:
    today = dt.date.today().isoformat()
    parts = [
        "# Figure errors by class (NewsQuant dev)\n\n",
        f"Written by `python bench/figure_errors.py` on {today}. Development figures: the "
        "sentences were read while building, so these counts say where the errors lie, not how "
        "the project does on news nobody tuned to. Counts only; the sentences stay in "
        "../shared.\n\n",
        f"Scores (fig_eval's matching): {scores}\n\n",
    ]
    sections = (
        (
            "missed",
            "Values not found, by the gold unit's class (of all gold quantities of that class)",
        ),
        ("unit", "Units read wrongly: gold class → the class the project gave"),
        ("change", "Directions read wrongly: gold change → the project's"),
        ("spurious", "Rows with no gold quantity: the project's kind, notable or not"),
        ("concept", "Concepts of all rows: a named phrase, or unsound (empty or a pronoun)"),
    )
    for key, heading in sections:
        parts.append(f"## {heading}\n\n| class | rows |\n|---|---:|\n")
        # Every gold class is listed under "missed", found in full or not.
        rows = (
            {name: counts[key][name] for name in counts["gold"]} if key == "missed" else counts[key]
        )
        for name, number in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])):
            total = f" of {counts['gold'][name]}" if key == "missed" else ""
            parts.append(f"| {name} | {number}{total} |\n")
        if not counts[key]:
            parts.append("| none | 0 |\n")
        parts.append("\n")
    return "".join(parts).rstrip() + "\n"


def score_line(scorer: ModuleType, items: list[Item], preds: dict[str, list[Item]]) -> str:
    scored = scorer.score(items, preds)
    return ", ".join(f"{level} F1 {100 * scored[level][2]:.1f}" for level in scorer.LEVELS)


def print_examples(
    scorer: ModuleType, items: list[Item], preds: dict[str, list[Item]], limit: int
) -> None:
    shown: Counter[str] = Counter()
    for item in items:
        for quantity, figure in pair(scorer, item["quantities"], preds.get(str(item["id"]), [])):
            if figure is None:
                kind = "missed"
            elif not scorer.LEVELS["value+unit"](quantity, figure):
                kind = "unit"
            elif (quantity.get("change") or "=") != (figure.get("change") or "="):
                kind = "change"
            else:
                continue
            if shown[kind] < limit:
                shown[kind] += 1
                print(f"[{kind}] gold={quantity} project={figure}\n    {item['text']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared folder"
    )
    parser.add_argument("--examples", type=int, default=0, help="print N examples per class")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the report")
    args = parser.parse_args()
    scorer = load_scorer(args.shared)
    items = [
        json.loads(line) for line in (args.shared / DATA).read_text().splitlines() if line.strip()
    ]
    preds = analyse(items)
    counts = count_errors(scorer, items, preds)
    args.output.write_text(render(counts, score_line(scorer, items, preds)), encoding="utf-8")
    if args.examples:
        print_examples(scorer, items, preds, args.examples)
    print(f"wrote {args.output.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
