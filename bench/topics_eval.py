"""How pure and complete the site's sections and stories are, on real articles.

Sections against the five desks of the BBC corpus (business, entertainment, politics, sport,
tech): homogeneity (does a section hold one desk?) and completeness (does a desk stay in one
section?) of random samples of the sizes a site has. Sections finer than the desks (football
apart from tennis) lower completeness without being wrong, so homogeneity is the one that counts.

Stories against `bench/stories/pairs-labelled.jsonl`: 320 pairs of BBC and Wikinews articles
drawn at random from eight bands of similarity (their TF-IDF cosine over the whole text), each
labelled "same story" or not by a helper session that read both and knew nothing of the method.
The generator's stories are found on the whole corpus (2,225 BBC articles, undated, and 101
Wikinews articles with their dates); a pair counts as grouped when both articles land in one
story. Each labelled pair stands for its band (weights: the band's pairs / the pairs drawn from
it), so precision and recall are those of all pairs with a cosine of 0.15 or more; pairs below
0.15 (99.7 % of all) are taken as different stories. The threshold is chosen by two-fold
cross-validation over the labelled pairs (fit on one half, report on the other), both halves
reported. Only ids and labels are kept in the repository, never article text.

    python bench/topics_eval.py --shared ../shared      # writes bench/topics.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import homogeneity_completeness_v_measure

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.collect import stories as story_module  # noqa: E402
from generator.collect.topics import TopicDocument, find_topics, weigh_words  # noqa: E402

LABELS = ROOT / "bench" / "stories" / "pairs-labelled.jsonl"
OUTPUT = ROOT / "bench" / "topics.md"
BANDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 1.01)
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55)
SEED = 20261205
# A story that joins two events misleads a reader; a missed report only leaves it on its own.
# So the threshold maximises F0.5, which weighs precision twice as much as recall.
BETA = 0.5


def read_corpus(shared: Path) -> list[tuple[str, str, dt.date | None, str]]:
    """(id, text, date, category) of every BBC and Wikinews article, ids as in the labels."""
    docs = []
    with (shared / "corpus/bbc/articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            docs.append((f"bbc:{row['id']}", row["text"], None, row["category"]))
    with (shared / "corpus/wikinews/articles.jsonl").open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            row = json.loads(line)
            date = dt.datetime.strptime(row["date"], "%B %d, %Y").date() if row["date"] else None
            docs.append((f"wikinews:{index}", row["text"], date, "wikinews"))
    return docs


def score_sections(docs: list[tuple[str, str, dt.date | None, str]]) -> list[str]:
    bbc = [doc for doc in docs if doc[0].startswith("bbc:")]
    rows = [
        "| articles | sample | sections | homogeneity | completeness |",
        "|---:|---:|---:|---:|---:|",
    ]
    for size in (150, 500, 2000):
        for seed in (1, 2, 3):
            sample = random.Random(seed).sample(bbc, size)  # noqa: S311 - a recorded sample
            topics = find_topics([TopicDocument(key, text, date) for key, text, date, _ in sample])
            truth = [category for *_, category in sample]
            found = [topics.section_of[key].slug for key, *_ in sample]
            h, c, _ = homogeneity_completeness_v_measure(truth, found)
            rows.append(f"| {size} | {seed} | {len(topics.sections)} | {h:.2f} | {c:.2f} |")
    return rows


def grouped_pairs(docs, threshold: float) -> set[frozenset[str]]:
    ordered = sorted(docs, key=lambda doc: doc[0])
    weights, words = weigh_words([doc[1] for doc in ordered])
    found = story_module.find_stories(
        [doc[0] for doc in ordered],
        [doc[2] for doc in ordered],
        weights,
        words,
        threshold=threshold,
    )
    return {key: story.first for story in found for key in story.articles}


def band_weights(docs, labels) -> dict[int, float]:
    """Each band's pairs in the corpus / its labelled pairs."""
    ordered = sorted(docs, key=lambda doc: doc[0])
    weights, _ = weigh_words([doc[1] for doc in ordered])
    similar = (weights @ weights.T).toarray()
    upper = similar[np.triu_indices(len(ordered), 1)]
    counts = np.histogram(upper, bins=BANDS)[0]
    drawn = np.histogram([label["cosine"] for label in labels], bins=BANDS)[0]
    return {band: counts[band] / drawn[band] for band in range(len(drawn)) if drawn[band]}


def band_of(cosine: float) -> int:
    return int(np.searchsorted(BANDS, cosine, side="right") - 1)


def pair_scores(labels, story_of, weight_of) -> tuple[float, float, float]:
    tp = fp = fn = 0.0
    for label in labels:
        weight = weight_of.get(band_of(label["cosine"]), 0.0)
        a, b = story_of.get(label["a"]), story_of.get(label["b"])
        together = a is not None and a == b
        if together and label["same"]:
            tp += weight
        elif together:
            fp += weight
        elif label["same"]:
            fn += weight
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    both = BETA**2 * precision + recall
    f_beta = (1 + BETA**2) * precision * recall / both if both else 0.0
    return precision, recall, f_beta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    docs = read_corpus(args.shared)
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    weight_of = band_weights(docs, labels)
    grouped = {t: grouped_pairs(docs, t) for t in THRESHOLDS}
    halves = [[], []]
    shuffled = random.Random(SEED).sample(labels, len(labels))  # noqa: S311 - a recorded split
    for index, label in enumerate(shuffled):
        halves[index % 2].append(label)
    table = [
        "| threshold | P | R | F0.5 (all labelled pairs) | F0.5 half 1 | F0.5 half 2 |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    by_half = {}
    for t in THRESHOLDS:
        p, r, f = pair_scores(labels, grouped[t], weight_of)
        f_halves = [pair_scores(half, grouped[t], weight_of)[2] for half in halves]
        by_half[t] = f_halves
        marker = " (default)" if t == story_module.SAME_STORY else ""
        table.append(
            f"| {t}{marker} | {p:.2f} | {r:.2f} | {f:.2f} | {f_halves[0]:.2f} | {f_halves[1]:.2f} |"
        )
    folds = [
        "| fold | chosen on | threshold | fit F0.5 | held P / R / F0.5 |",
        "|---|---|---:|---:|---|",
    ]
    for fold, (fit, held) in enumerate(((0, 1), (1, 0)), start=1):
        best = max(THRESHOLDS, key=lambda t: (by_half[t][fit], -t))
        p, r, f = pair_scores(halves[held], grouped[best], weight_of)
        folds.append(
            f"| {fold} | half {fit + 1} | {best} | {by_half[best][fit]:.2f} "
            f"| {p:.2f} / {r:.2f} / {f:.2f} |"
        )
    same = sum(label["same"] for label in labels)
    story_count = len(set(grouped[story_module.SAME_STORY].values()))
    grouped_articles = len(grouped[story_module.SAME_STORY])
    text = [
        "# Sections and stories against labelled samples",
        "",
        f"Written by `bench/topics_eval.py` on {dt.date.today().isoformat()}. "
        "Method and samples: the script's docstring.",
        "",
        "## Sections: homogeneity and completeness against the BBC desks",
        "",
        *score_sections(docs),
        "",
        "## Stories: same-story pairs",
        "",
        f"{len(labels)} labelled pairs ({same} same story). At the default threshold "
        f"{story_module.SAME_STORY} the whole corpus ({len(docs):,} articles) has {story_count} "
        f"stories holding {grouped_articles} articles.",
        "",
        *table,
        "",
        "Two-fold cross-validation of the threshold "
        "(the best F0.5 on one half, scored on the other):",
        "",
        *folds,
        "",
    ]
    args.out.write_text("\n".join(text), encoding="utf-8")
    print("\n".join(text))


if __name__ == "__main__":
    main()
