"""`python -m generator`: build the Markdown tree, or analyse articles as JSON.

Exit codes: 0 when every article went through, 1 when some could not (each is named on stderr
with its reason, after the others were finished), 2 for usage and configuration errors.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from generator import __version__
from generator.cli.analyze import Record, analyse_records
from generator.cli.settings_file import ConfigError, load_settings
from generator.incremental.analysis_cache import AnalysisCache
from generator.ingest.seeds import SeedError, decode_bytes
from generator.model.errors import BuildError
from generator.model.settings import SUMMARIZER_NAMES, Settings
from generator.pipeline import build_site
from generator.write.pages import save_url_history, write_pages, written_record

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn news articles into Markdown pages of summaries, entities and figures.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=Path("mkdocs.yml"),
        metavar="FILE",
        help="mkdocs.yml whose news-digest plugin settings to use (default: %(default)s)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    # Both commands analyse articles, so both can send that work to a cluster.
    analysing = argparse.ArgumentParser(add_help=False)
    analysing.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="analyse on the workers of this Dask scheduler, e.g. tcp://10.0.0.5:8786 "
        "(overrides dask_scheduler in the config; needs the [dask] extra)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build",
        parents=[analysing],
        help="write the site's Markdown tree",
        description="Write every generated Markdown page to a folder, rewriting only pages "
        "whose content changed. The same pages `mkdocs build` renders through the plugin.",
    )
    build.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    build.add_argument("--seeds", type=Path, metavar="DIR", help="seeds folder (overrides config)")

    analyze = commands.add_parser(
        "analyze",
        parents=[analysing],
        help="print each article's analysis as JSON lines",
        description='Analyse article files, or JSON lines {"id", "text"[, "date"]} read '
        "from standard input when the only path is `-`, and print one JSON object per article "
        "in input order: id, title, summary, entities, figures.",
    )
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="article files, or - for stdin")
    analyze.add_argument(
        "--summary-sentences", type=int, metavar="N", help="fix the summary length to N sentences"
    )
    analyze.add_argument("--summarizer", choices=SUMMARIZER_NAMES, help="ranking algorithm")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        settings = load_settings(args.config_file)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.dask:
        settings = settings.replace(dask_scheduler=args.dask)
    if args.command == "build":
        if args.seeds is not None:
            settings = settings.replace(seeds_dir=args.seeds.resolve())
        return run_build(settings, args.out, quiet=args.quiet)
    if args.summary_sentences is not None and args.summary_sentences < 1:
        parser.error("--summary-sentences must be at least 1")
    settings = settings.replace(
        summary_sentences=args.summary_sentences or settings.summary_sentences,
        summarizer=args.summarizer or settings.summarizer,
    )
    return run_analyze(settings, args.paths, sys.stdin, sys.stdout, quiet=args.quiet)


def run_build(settings: Settings, out_dir: Path, *, quiet: bool) -> int:
    if not settings.seeds_dir.is_dir():
        print(f"error: the seeds folder {settings.seeds_dir} does not exist", file=sys.stderr)
        return EXIT_USAGE
    try:
        site = build_site(settings, progress=not quiet and sys.stderr.isatty())
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    record = written_record(settings.cache_dir, out_dir)
    report = write_pages(site.pages, out_dir, site.page_keys, record)
    save_url_history(settings, site)
    for problem in site.problems:
        print(f"error: {problem}", file=sys.stderr)
    if not quiet:
        print(
            f"{site.article_count} articles, {len(site.pages)} pages in {out_dir}: "
            f"{len(report.written)} written, {report.unchanged} unchanged, "
            f"{len(report.removed)} removed; {len(site.problems)} seeds failed",
            file=sys.stderr,
        )
    return EXIT_SOME_FAILED if site.problems else EXIT_OK


def run_analyze(
    settings: Settings, paths: Sequence[str], stdin: TextIO, stdout: TextIO, *, quiet: bool
) -> int:
    try:
        records = list(read_stdin_records(stdin) if list(paths) == ["-"] else read_files(paths))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    progress = not quiet and sys.stderr.isatty()
    try:
        outputs = analyse_records(
            records,
            settings.analysis_options(),
            settings.max_chars,
            cache=AnalysisCache(settings.cache_dir),
            workers=settings.workers,
            progress=progress,
            cluster=settings.dask_scheduler,
        )
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    failed = 0
    for output in outputs:
        stdout.write(json.dumps(output, ensure_ascii=False) + "\n")
        if "error" in output:
            failed += 1
            print(f"error: {output['id']}: {output['error']}", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def read_stdin_records(stdin: TextIO) -> Iterator[Record]:
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"stdin line {number} is not JSON: {error.msg}") from error
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise ValueError(f'stdin line {number} needs an object with a "text" string')
        date = data.get("date")
        yield Record(str(data.get("id", number)), data["text"], str(date) if date else None)


def read_files(paths: Sequence[str]) -> Iterator[Record]:
    for path in paths:
        try:
            text, _ = decode_bytes(Path(path).read_bytes())
        except OSError as error:
            # An unreadable file is one failed record, like any other bad article.
            yield Record(path, "", error=f"cannot be read: {error.strerror or error}")
            continue
        except SeedError as error:
            yield Record(path, "", error=error.reason)
            continue
        yield Record(path, text)
