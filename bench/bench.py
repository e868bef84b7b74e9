"""`make bench`: how the generator's cost grows with the number of articles.

Every figure is a ratio against a baseline measured in the same run on the same texts, with the
baseline's absolute figure beside it, so the results survive a faster or slower machine:

1. analysis: our analyse stage vs plain `nlp.pipe(texts, n_process=2)` with the full pipeline,
   each in a fresh process (interpreter start and model load counted on both sides);
2. rebuild: `build --out` after editing one article vs the cold build;
3. MkDocs: `mkdocs build` of the generated site vs a bare Material site of the same texts;
4. scaling: a cold build of N articles vs one of N/4; peak memory of all processes;
5. size: the built site per article, search index included;
6. Dask: a cold build analysed by a local two-worker Dask cluster vs the local process pool.

Articles come from ../shared/corpus/bbc (2,225), replicated with distinct ids and dates beyond.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_memory import peak_memory_of
from bench_serve import serve_latencies

ROOT = Path(__file__).resolve().parent.parent
ENV = {"NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}


@dataclass(frozen=True)
class Row:
    measure: str
    ours: float
    baseline: float
    target: str
    met: bool

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("inf")


def load_articles(shared: Path, count: int) -> list[dict[str, str]]:
    lines = (shared / "corpus" / "bbc" / "articles.jsonl").read_text(encoding="utf-8")
    corpus = [json.loads(line) for line in lines.splitlines()]
    articles = []
    for index in range(count):
        source = corpus[index % len(corpus)]
        copy = index // len(corpus)
        title = source["title"] + (f" ({copy + 1})" if copy else "")
        date = dt.date(2004, 1, 1) + dt.timedelta(days=index % 3000)
        articles.append({"id": f"{index:05d}", "title": title, "date": date.isoformat(),
                         "text": source["text"]})  # fmt: skip
    return articles


def make_project(folder: Path, articles: list[dict[str, str]], *, bare: bool = False) -> Path:
    """Our site (seeds + plugin) or the bare baseline (the same texts as plain pages)."""
    docs = folder / "docs"
    docs.mkdir(parents=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if bare:
        config = config.split("\nnav:", 1)[0] + "\nplugins:\n  - search\n"
        (docs / "index.md").write_text("# Articles\n", encoding="utf-8")
        for article in articles:
            body = article["text"].replace("\n\n", "\n\n")
            page = f"# {article['title']}\n\n{body}\n"
            (docs / f"a{article['id']}.md").write_text(page, encoding="utf-8")
        config += "nav:\n  - Home: index.md\nnot_in_nav: |\n  /a*.md\n"
    else:
        shutil.copytree(ROOT / "docs", docs, dirs_exist_ok=True)
        seeds = folder / "seeds"
        seeds.mkdir()
        for article in articles:
            front = f"---\ntitle: {json.dumps(article['title'])}\ndate: {article['date']}\n---\n"
            (seeds / f"{article['id']}.md").write_text(front + article["text"], encoding="utf-8")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder / "mkdocs.yml"


def timed(command: list[str], cwd: Path | None = None) -> float:
    # What the previous command left for the disk to write is flushed first, not charged to this
    # one: a rebuild timed right after a cold build otherwise pays for the cold build's 10,000
    # files (here up to a third of its time).
    os.sync()
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, env=_env(), capture_output=True)
    return time.perf_counter() - started


def _env() -> dict[str, str]:
    return {**os.environ, **ENV}


def cold_build(articles: list[dict[str, str]], scratch: Path, *options: str) -> float:
    """Seconds for `build --out` of a new project of `articles`, its caches empty."""
    folder = Path(tempfile.mkdtemp(dir=scratch))
    config = make_project(folder, articles)
    out = str(folder / "out")
    return timed([sys.executable, "-m", "generator", "-q", "-f", str(config), "build", "--out",
                  out, *options])  # fmt: skip


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def analysis_rows(articles: list[dict[str, str]], scratch: Path, runs: int) -> list[Row]:
    texts = scratch / "texts.json"
    texts.write_text(json.dumps([a["text"] for a in articles]), encoding="utf-8")
    baseline = (
        "import json, sys, spacy\n"
        "from generator.analyse.nlp.loader import MODEL_NAMES\n"
        "texts = json.load(open(sys.argv[1]))\n"
        "nlp = next(spacy.load(n) for n in MODEL_NAMES if spacy.util.is_package(n))\n"
        "for _ in nlp.pipe(texts, n_process=2, batch_size=32): pass\n"
    )
    ours = (
        "import json, sys\n"
        "from generator.workers.dispatch import analyse_texts\n"
        "from generator.model.settings import AnalysisOptions\n"
        "from generator.ingest.clean import clean_text\n"
        "texts = [clean_text(t).text for t in json.load(open(sys.argv[1]))]\n"
        "analyse_texts(texts, AnalysisOptions(), workers=2)\n"
    )
    plain = median_of(runs, lambda: timed([sys.executable, "-c", baseline, str(texts)]))
    full = median_of(runs, lambda: timed([sys.executable, "-c", ours, str(texts)]))
    n = len(articles)
    return [Row(f"analysis of {n} articles (s)", full, plain, "≤ 1.15", full <= 1.15 * plain)]


def build_rows(articles: list[dict[str, str]], scratch: Path, runs: int) -> list[Row]:
    n = len(articles)
    generator = [sys.executable, "-m", "generator", "-q"]

    def edit_one() -> float:
        folder = Path(tempfile.mkdtemp(dir=scratch))
        config = make_project(folder, articles)
        command = [*generator, "-f", str(config), "build", "--out", str(folder / "out")]
        timed(command)
        seed = folder / "seeds" / f"{articles[n // 2]['id']}.md"
        seed.write_text(seed.read_text(encoding="utf-8") + "\n\nAn added sentence.", "utf-8")
        return timed(command)

    cold_time = median_of(runs, lambda: cold_build(articles, scratch))
    rebuild = median_of(runs, edit_one)
    small = median_of(runs, lambda: cold_build(articles[: n // 4], scratch))
    return [
        Row(f"rebuild after editing 1 of {n} (s)", rebuild, cold_time, "≤ 0.03",
            rebuild <= 0.03 * cold_time),
        Row(f"cold build of {n} vs {n // 4} articles (s)", cold_time, small, "≤ 4.4",
            cold_time <= 4.4 * small),
    ]  # fmt: skip


def mkdocs_rows(articles: list[dict[str, str]], scratch: Path, runs: int) -> list[Row]:
    n = len(articles)
    ours_dir, bare_dir = scratch / "site-ours", scratch / "site-bare"
    ours_config = make_project(ours_dir, articles)
    bare_config = make_project(bare_dir, articles, bare=True)
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q"]
    timed([sys.executable, "-m", "generator", "-q", "-f", str(ours_config), "build", "--out",
           str(ours_dir / "warm")])  # fmt: skip  # fills the cache: MkDocs' own cost remains
    floor_config = ours_dir / "mkdocs-floor.yml"
    floor_hook = ROOT / "bench" / "floor_hook.py"
    floor_config.write_text(
        ours_config.read_text(encoding="utf-8") + f"\nhooks:\n  - {json.dumps(str(floor_hook))}\n",
        encoding="utf-8",
    )
    # Interleaved, so that a machine slowing down or speeding up during the runs weighs on all.
    times: dict[Path, list[float]] = {ours_config: [], floor_config: [], bare_config: []}
    for _ in range(runs):
        for config, measured in times.items():
            site = config.parent / ("site-floor" if config == floor_config else "site")
            measured.append(timed([*mkdocs, "-f", str(config), "-d", str(site)]))
    ours, floor, bare = (statistics.median(times[c]) for c in times)
    ours_pages = sum(1 for _ in (ours_dir / "site").rglob("index.html"))
    bare_pages = sum(1 for _ in (bare_dir / "site").rglob("index.html"))
    ours_size = _size(ours_dir / "site") / n
    bare_size = _size(bare_dir / "site") / n
    return [
        Row(f"mkdocs build per page ({ours_pages} vs {bare_pages} pages, ms)",
            1000 * ours / ours_pages, 1000 * bare / bare_pages, "≤ 1.2",
            ours / ours_pages <= 1.2 * bare / bare_pages),
        Row("mkdocs build, whole site (s)", ours, bare, "≤ 4", ours <= 4 * bare),
        Row(f"mkdocs build per page, generated pages cut to their titles ({ours_pages} vs "
            f"{bare_pages} pages, ms)", 1000 * floor / ours_pages, 1000 * bare / bare_pages,
            "reported", True),
        Row("site size per article, search index included (KB)", ours_size / 1000,
            bare_size / 1000, "≤ 75 KB", ours_size <= 75_000),
        _full_text_share(ours_dir / "site" / "search" / "search_index.json", n),
    ]  # fmt: skip


def _full_text_share(index_file: Path, n: int) -> Row:
    """What the articles' full text costs in the search index, against the whole index."""
    documents = json.loads(index_file.read_text(encoding="utf-8"))["docs"]
    full_text = sum(len(json.dumps(d)) for d in documents if d["location"].endswith("#full-text"))
    whole = index_file.stat().st_size
    return Row("search index: the full text's share, per article (KB)", full_text / n / 1000,
               whole / n / 1000, "reported", True)  # fmt: skip


def serve_rows(articles: list[dict[str, str]], scratch: Path, runs: int) -> list[Row]:
    """`mkdocs serve` on the whole site: seconds until a change shows, against a bare rebuild."""
    folder = scratch / "serve"
    config = make_project(folder, articles)
    timed([sys.executable, "-m", "generator", "-q", "-f", str(config), "build", "--out",
           str(folder / "warm")])  # fmt: skip  # the cache a user's earlier builds left
    bare_config = make_project(scratch / "serve-bare", articles, bare=True)
    bare = timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(bare_config)])
    n = len(articles)
    rows = []
    for options, name in ((["--dirty"], "mkdocs serve --dirty (make serve)"), ([], "mkdocs serve")):
        latencies = [serve_latencies(config, _env(), *options) for _ in range(runs)]
        rows += [
            Row(f"{name}: seconds until the {change} article shows, {n} articles",
                statistics.median(run[change] for run in latencies), bare, "reported", True)
            for change in ("added", "edited", "removed")
        ]  # fmt: skip
    return rows


def dask_rows(articles: list[dict[str, str]], scratch: Path, runs: int) -> list[Row]:
    """A cold `build --out` through a fresh two-worker cluster on this machine against the local
    process pool (two processes on two cores); the workers load spaCy within the timed build, as
    the pool's processes do. Once with Dask's defaults, once as the README advises."""
    import dask  # noqa: PLC0415 - only these rows need Dask
    from distributed import LocalCluster  # noqa: PLC0415

    defaults = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))
    advised = {**defaults, "MALLOC_TRIM_THRESHOLD_": None}

    def on_cluster(environ: dict[str, object]) -> float:
        saved = dict(os.environ)
        try:
            with (
                dask.config.set({"distributed.nanny.pre-spawn-environ": environ}),
                LocalCluster(
                    n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
                ) as cluster,
            ):
                return cold_build(articles, scratch, "--dask", cluster.scheduler_address)
        finally:
            # The nanny sets its variables in this process too, before it starts a worker: left
            # here, they would reach every later command, the local builds included.
            os.environ.clear()
            os.environ.update(saved)

    times: dict[str, list[float]] = {"local": [], "defaults": [], "advised": []}
    for _ in range(runs):  # interleaved, so that drift weighs on all three alike
        times["local"].append(cold_build(articles, scratch))
        times["defaults"].append(on_cluster(defaults))
        times["advised"].append(on_cluster(advised))
    local, default, tuned = (statistics.median(times[name]) for name in times)
    n = len(articles)
    return [
        Row(f"cold build of {n}, analysed on a local 2-worker Dask cluster vs the process pool (s)",
            default, local, "reported", True),
        Row("the same, workers without MALLOC_TRIM_THRESHOLD_ as the README advises (s)",
            tuned, local, "reported", True),
        Row("articles per worker-hour on that cluster (baseline: the pool's, per core)",
            n * 3600 / (tuned * 2), n * 3600 / (local * 2), "reported", True),
    ]  # fmt: skip


def memory_rows(articles: list[dict[str, str]], scratch: Path) -> list[Row]:
    folder = scratch / "memory"
    config = make_project(folder, articles)
    command = [sys.executable, "-m", "generator", "-q", "-f", str(config), "build", "--out",
               str(folder / "out")]  # fmt: skip
    peak = peak_memory_of(command, _env())
    limit = 2 * 1024**3
    return [Row(f"peak memory, all processes, {len(articles)} articles (MiB)", peak / 2**20,
                limit / 2**20, "≤ 2048 MiB", peak <= limit)]  # fmt: skip


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def read_results(path: Path) -> list[Row]:
    """The rows of an earlier results file, to keep those this run does not measure again."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) != 6 or not line.startswith("| ") or cells[0] == "measure":
            continue
        measure, ours, baseline, _ratio, target, met = cells
        rows.append(Row(measure, float(ours.replace(",", "")), float(baseline.replace(",", "")),
                        target, met == "yes"))  # fmt: skip
    return rows


def merge_rows(earlier: list[Row], measured: list[Row]) -> list[Row]:
    """`earlier` with each row measured again replaced in place; new measures at the end."""
    fresh = {row.measure: row for row in measured}
    kept = [fresh.pop(row.measure, row) for row in earlier]
    return kept + [row for row in measured if row.measure in fresh]


def write_results(rows: list[Row], path: Path, articles: int, runs: int) -> None:
    lines = [
        "# Benchmark results\n\n",
        f"Written by `make bench` (bench/bench.py) on {dt.date.today().isoformat()}: "
        f"{articles} articles, median of {runs} run(s), 2 cores. Each figure is a ratio against a "
        "baseline measured in the same run on the same texts.\n\n",
        "| measure | ours | baseline | ratio | target | met |\n|---|---:|---:|---:|---|---|\n",
    ]
    for row in rows:
        ratio = f"{row.ratio:.3f}"
        lines.append(f"| {row.measure} | {row.ours:,.2f} | {row.baseline:,.2f} | {ratio} | "
                     f"{row.target} | {'yes' if row.met else '**no**'} |\n")  # fmt: skip
    lines.append(READING_GUIDE)
    path.write_text("".join(lines), encoding="utf-8")


READING_GUIDE = """
## How to read this

- **analysis**: our whole analyse stage against spaCy's own `nlp.pipe(n_process=2)` on the same
  texts; both start a fresh interpreter and load the model. This is the cost of a cold build:
  it grows linearly with the number of articles and is paid once per article, then cached.
- **rebuild after editing 1**: the CLI `build --out` after one seed changed. Only that article is
  analysed (spaCy is loaded for it) and only the pages whose inputs changed are rendered; the
  rest is reading the cache and settling the site-wide entity index, which grows with the site.
- **cold build N vs N/4**: the same build on a quarter of the articles; ≤ 4.4 means no worse
  than linear growth.
- **mkdocs build**: MkDocs with Material on our generated site (the plugin reuses the caches)
  against a bare Material site made of the same article texts, per page and in total. Every page
  pays the theme's template whatever its size; an article page also carries its summary, entity
  links, figure and timeline tables, and the site has about two entity pages per article, so
  the whole site grows with pages, not only with articles.
- **generated pages cut to their titles**: the same build with every generated page reduced to
  its title (`bench/floor_hook.py`): what the number of pages costs whatever they hold, the
  plugin's own work and the entity feeds included. The distance from this row to the per-page row
  above is what the pages carry: summaries, entity links, tables, charts and full text.
- **site size**: everything MkDocs wrote, search index included, divided by the articles.
- **mkdocs serve**: seconds from a seed change on disk until the served page shows it, against
  one bare rebuild. `--dirty` (what `make serve` runs) builds only the pages whose Markdown
  changed; plain `mkdocs serve` builds every page again after each change.
- **Dask**: the same cold build with `--dask`, its analysis sent in batches to a two-worker
  cluster started on this machine for each run (one thread per worker, each loading spaCy once),
  against the local process pool on the same two cores: the ratio is what the cluster costs.
  The first row uses Dask's defaults; the second starts the workers without the
  `MALLOC_TRIM_THRESHOLD_` that Dask's nanny sets (see the README). Articles per worker-hour
  divide the articles by that whole build's time and the two workers, so they undercount the
  analysis alone: a floor for sizing a cluster.
- **peak memory**: all processes of a cold `build --out` together (the parent and its analysis
  workers).
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--memory-articles",
        type=int,
        help="articles for the peak-memory build (default: --articles; the target is at 10,000)",
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument(
        "--skip", default="", help="comma-separated: analysis,build,mkdocs,serve,dask,memory"
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the rows of the existing results file that this run skips",
    )
    args = parser.parse_args()
    if not (args.shared / "corpus" / "bbc").is_dir():
        print(f"no corpus in {args.shared}: run `make bench SHARED=DIR`", file=sys.stderr)
        return 2
    articles = load_articles(args.shared, args.articles)
    skip = set(args.skip.split(","))
    earlier = read_results(args.out) if args.keep and args.out.is_file() else []
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as scratch:
        steps = [
            ("analysis", analysis_rows),
            ("build", build_rows),
            ("mkdocs", mkdocs_rows),
            ("serve", serve_rows),
            ("dask", dask_rows),
        ]
        for name, step in steps:
            if name not in skip:
                print(f"== {name}", file=sys.stderr, flush=True)
                folder = Path(scratch) / name
                folder.mkdir()
                rows += step(articles, folder, args.runs)
                write_results(merge_rows(earlier, rows), args.out, args.articles, args.runs)
        if "memory" not in skip:
            print("== memory", file=sys.stderr, flush=True)
            many = load_articles(args.shared, args.memory_articles or args.articles)
            rows += memory_rows(many, Path(scratch) / "memory-run")
    rows = merge_rows(earlier, rows)
    write_results(rows, args.out, args.articles, args.runs)
    print(args.out.read_text(encoding="utf-8"))
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
