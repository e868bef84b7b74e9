"""Make a project of real articles to read as a reader does (`../shared/REVIEW.md`).

The sample is drawn at random with a recorded seed from the Wikinews and BBC corpora; half the
articles are written with front matter (title and date), half as plain text with no title and no
date line, as users write them. The project gets this repository's `mkdocs.yml` and `docs/`, so
`mkdocs build` in it builds the site a reader would meet.

    python bench/review_site.py /tmp/review --seed 7 --articles 150
    cd /tmp/review && mkdocs build --strict

The article texts stay outside the repository: the corpora are for evaluation only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_corpus(shared: Path, name: str) -> list[dict[str, object]]:
    lines = (shared / "corpus" / name / "articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in lines.splitlines() if line.strip()]


def draw_sample(shared: Path, count: int, seed: int, *, noisy: bool) -> list[tuple[str, dict]]:
    """Every clean Wikinews article first (noisy ones too with `noisy`), then BBC up to `count`."""
    chooser = random.Random(seed)  # noqa: S311 - a recorded sample, not a secret
    wikinews = [a for a in load_corpus(shared, "wikinews") if noisy or not a.get("noisy")]
    chooser.shuffle(wikinews)
    picked = [(f"wn-{index:03d}", article) for index, article in enumerate(wikinews[:count])]
    bbc = load_corpus(shared, "bbc")
    for index in chooser.sample(range(len(bbc)), max(0, count - len(picked))):
        picked.append((f"bbc-{index:04d}", bbc[index]))
    return picked


def iso_date(written: str) -> str:
    """Wikinews writes "November 13, 2004"; front matter takes YYYY-MM-DD."""
    for layout in ("%B %d, %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(written.strip(), layout).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"unreadable corpus date {written!r}")


def write_seed(folder: Path, name: str, article: dict[str, object], *, front_matter: bool) -> None:
    text = str(article["text"]).strip()
    if front_matter:
        lines = [f"title: {json.dumps(article['title'])}"]
        if article.get("date"):
            lines.append(f"date: {iso_date(str(article['date']))}")
        (folder / f"{name}.md").write_text("---\n" + "\n".join(lines) + "\n---\n" + text + "\n")
    else:
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")


def make_review_project(target: Path, sample: list[tuple[str, dict]]) -> list[str]:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "docs", target / "docs")
    for name in ("mkdocs.yml", "entities.yml"):
        shutil.copy(ROOT / name, target / name)
    seeds = target / "seeds"
    seeds.mkdir()
    names = []
    for number, (name, article) in enumerate(sample):
        write_seed(seeds, name, article, front_matter=number % 2 == 0)
        names.append(name)
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="the project folder to make (replaced)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7, help="the random seed: record it")
    parser.add_argument("--noisy", action="store_true", help="keep Wikinews articles flagged noisy")
    arguments = parser.parse_args()
    sample = draw_sample(
        arguments.shared, arguments.articles, arguments.seed, noisy=arguments.noisy
    )
    names = make_review_project(arguments.target, sample)
    print(f"{len(names)} articles (seed {arguments.seed}) in {arguments.target / 'seeds'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
