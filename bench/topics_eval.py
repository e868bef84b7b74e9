"""How pure and complete the site's sections and stories are, on real articles.

Sections against the five desks of the BBC corpus (business, entertainment, politics, sport,
tech): homogeneity (does a section hold one desk?) and completeness (does a desk stay in one
section?) of random samples of the sizes a site has. Sections finer than the desks (football
apart from tennis) lower completeness without being wrong, so homogeneity is the one that counts.

Stories against `bench/stories/pairs-labelled.jsonl`: 320 pairs of BBC and Wikinews articles
drawn at random from eight bands of similarity (their TF-IDF cosine over the whole text), each
labelled "same story" or not by a helper session that read both and knew nothing of the method.
TF-IDF reads words differently on a small site (a topic's common words seem rare), so each pair
is placed in three sites: one of 150 and one of 600 articles (the pair and others drawn at
random from the corpus) and the whole corpus (2,225 BBC articles, undated, and 101 Wikinews
articles with their dates); a pair counts as grouped when both articles land in one story. Each
labelled pair stands for its band (weights: the band's pairs / the pairs drawn from it), so
precision and recall are those of all pairs with a cosine of 0.15 or more; pairs below 0.15
(99.7 % of all) are taken as different stories. The setting (the threshold on a large site, and
the margin added on small ones) is chosen by two-fold cross-validation over the labelled pairs:
on one half, among the settings whose precision is at least 0.85 at every site size (a wrong
story misleads a reader; a missed one leaves two reports apart), the one that groups the most
(mean recall); reported on the other half. Only ids and labels are kept in the repository,
never text.

    python bench/topics_eval.py --shared ../shared      # writes bench/topics.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import statistics
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import homogeneity_completeness_v_measure

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.collect import stories as story_module  # noqa: E402
from generator.collect.topic_finder import find_topics, weigh_words  # noqa: E402
from generator.collect.topics import TopicDocument  # noqa: E402

LABELS = ROOT / "bench" / "stories" / "pairs-labelled.jsonl"
OUTPUT = ROOT / "bench" / "topics.md"
BANDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 1.01)
SEED = 20261205
# F0.5, reported beside precision and recall, weighs precision twice as much as recall.
BETA = 0.5
# The setting is chosen for precision first: a reader must be able to trust a story page.
PRECISION_FLOOR = 0.85


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


# The settings tried: (SAME_STORY, SMALL_SITE_MARGIN).
SETTINGS = [(base, margin) for base in (0.35, 0.4, 0.45, 0.5) for margin in (0.0, 0.05, 0.1)]
# Each labelled pair is placed in a site of this many articles (the rest drawn at random), as
# TF-IDF reads words differently on a small site; None: the whole corpus as one site.
SITE_SIZES = (150, 600, None)


def threshold_of(setting: tuple[float, float], articles: int) -> float:
    base, margin = setting
    smallness = min(1.0, max(0.0, math.log10(story_module.LARGE_SITE / articles)))
    return base + margin * smallness


def stories_found(site, thresholds: list[float]) -> list[dict[str, str]]:
    """Each article's story in `site` at each threshold (the words weighed once)."""
    weights, words = weigh_words([doc[1] for doc in site])
    keys, dates = [doc[0] for doc in site], [doc[2] for doc in site]
    found = []
    for threshold in thresholds:
        stories = story_module.find_stories(keys, dates, weights, words, threshold=threshold)
        found.append({key: story.first for story in stories for key in story.articles})
    return found


def decisions(docs, labels, size: int | None) -> dict[tuple[float, float], list[bool]]:
    """For each setting, whether each labelled pair lands in one story of a site of `size`."""
    ordered = sorted(docs, key=lambda doc: doc[0])
    if size is None:
        found = stories_found(ordered, [threshold_of(s, len(ordered)) for s in SETTINGS])
        return {
            setting: [_together(story_of, label) for label in labels]
            for setting, story_of in zip(SETTINGS, found, strict=True)
        }
    by_id = {doc[0]: doc for doc in ordered}
    chooser = random.Random(size)  # noqa: S311 - a recorded sample
    made: dict[tuple[float, float], list[bool]] = {setting: [] for setting in SETTINGS}
    for label in labels:
        others = [doc for doc in chooser.sample(ordered, size + 2) if doc[0] not in label.values()]
        site = sorted([*others[: size - 2], by_id[label["a"]], by_id[label["b"]]])
        found = stories_found(site, [threshold_of(s, size) for s in SETTINGS])
        for setting, story_of in zip(SETTINGS, found, strict=True):
            made[setting].append(_together(story_of, label))
    return made


def _together(story_of: dict[str, str], label: dict) -> bool:
    first = story_of.get(label["a"])
    return first is not None and first == story_of.get(label["b"])


def _size(size: int | None) -> str:
    return f"{size} articles" if size else "whole corpus"


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


def pair_scores(labels, together: list[bool], weight_of) -> tuple[float, float, float]:
    """Precision, recall and F0.5 over `labels` (indexes into the labelled pairs), each pair
    standing for its band of similarity."""
    tp = fp = fn = 0.0
    for index, label in labels:
        weight = weight_of.get(band_of(label["cosine"]), 0.0)
        if together[index] and label["same"]:
            tp += weight
        elif together[index]:
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
    made = {size: decisions(docs, labels, size) for size in SITE_SIZES}
    indexed = list(enumerate(labels))
    shuffled = random.Random(SEED).sample(indexed, len(indexed))  # noqa: S311 - a recorded split
    halves = [shuffled[0::2], shuffled[1::2]]

    def scores(setting: tuple[float, float], half: list) -> list[tuple[float, float, float]]:
        return [pair_scores(half, made[z][setting], weight_of) for z in made]

    def choice_key(setting: tuple[float, float], half: list) -> tuple[bool, float, float]:
        # A story a reader can trust first: precision at least PRECISION_FLOOR at every site
        # size; among those, the most reports grouped (mean recall).
        found = scores(setting, half)
        trusted = all(p >= PRECISION_FLOOR for p, _, _ in found)
        return (trusted, statistics.mean(r for _, r, _ in found), -setting[0])

    default = (story_module.SAME_STORY, story_module.SMALL_SITE_MARGIN)
    table = [
        "| SAME_STORY, margin | " + " | ".join(f"{_size(z)}: P / R / F0.5" for z in made) + " |",
        "|---|" + "---|" * len(made),
    ]
    for setting in SETTINGS:
        cells = []
        for z in made:
            p, r, f = pair_scores(indexed, made[z][setting], weight_of)
            cells.append(f"{p:.2f} / {r:.2f} / {f:.2f}")
        marker = " (default)" if setting == default else ""
        table.append(f"| {setting[0]}, {setting[1]}{marker} | " + " | ".join(cells) + " |")
    folds = [
        "| fold | chosen on | setting | held P / R at 150 · 600 · whole |",
        "|---|---|---|---|",
    ]
    for fold, (fit, held) in enumerate(((0, 1), (1, 0)), start=1):
        best = max(SETTINGS, key=lambda setting: choice_key(setting, halves[fit]))
        held_scores = " · ".join(f"{p:.2f} / {r:.2f}" for p, r, _ in scores(best, halves[held]))
        folds.append(f"| {fold} | half {fit + 1} | {best[0]}, {best[1]} | {held_scores} |")
    whole = sorted(docs, key=lambda doc: doc[0])
    [story_of] = stories_found(whole, [threshold_of(default, len(whole))])
    story_count = len(set(story_of.values()))
    grouped_articles = len(story_of)
    same = sum(label["same"] for label in labels)
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
        f"{len(labels)} labelled pairs ({same} same story), each placed in a site of 150 and "
        f"of 600 articles drawn at random, and in the whole corpus. With the default setting "
        f"the whole corpus ({len(docs):,} articles) has {story_count} stories holding "
        f"{grouped_articles} articles.",
        "",
        *table,
        "",
        "Two-fold cross-validation of the setting: on one half, the settings whose precision is "
        f"at least {PRECISION_FLOOR} at every size, and of those the one with the best mean "
        "recall; scored on the other half:",
        "",
        *folds,
        "",
    ]
    args.out.write_text("\n".join(text), encoding="utf-8")
    print("\n".join(text))


if __name__ == "__main__":
    main()
