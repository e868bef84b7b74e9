"""The whole generator on one screen: ingest → clean → analyse → collect → render.

Nothing is written here: the CLI hands the pages to `write.write_pages`, the MkDocs plugin hands
them to MkDocs in memory. Bad seeds become `Problem`s and every other article still gets built.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from generator.collect.entity_rules import EMPTY_RULES, load_entity_rules
from generator.incremental.analyses import Analyses
from generator.incremental.analysis_cache import AnalysisCache
from generator.incremental.head_start import Ahead, gather_seeds, work_ahead
from generator.incremental.page_cache import PageCache
from generator.incremental.resolved_names import load_resolved, save_resolved
from generator.model.analysis import AnalysisFailure
from generator.model.build import Page, Problem, SiteBuild
from generator.model.settings import AnalysisOptions, Settings

if TYPE_CHECKING:
    from generator.collect.site import SiteContent
    from generator.render.keys import PageKeys
    from generator.render.url_history import UrlHistory

log = logging.getLogger("mkdocs.plugins.news_digest")


def analysis_options(settings: Settings) -> AnalysisOptions:
    return AnalysisOptions(
        summarizer=settings.summarizer,
        summary_sentences=settings.summary_sentences,
        entity_labels=settings.entity_labels,
    )


def build_site(settings: Settings, *, progress: bool = False) -> SiteBuild:
    """Every page of the site. Raises `EntityRulesError` or `UrlHistoryError` when `entities.yml`
    or `urls.yml` is invalid: a configuration fault stops the build, unlike a bad seed."""
    with _cycle_collector_paused():
        return _build_site(settings, progress=progress)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    # A build holds hundreds of thousands of small acyclic values alive at once; the cyclic
    # collector would walk all of them again and again (a sixth of a rebuild) to free nothing.
    # Reference counting still frees everything as usual.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # Left where they are, all those values would make the first collection after this
            # (of the youngest generation) walk every one of them, a tenth of a second; moved to
            # the oldest, they wait for a full collection like any long-lived data.
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _build_site(settings: Settings, *, progress: bool) -> SiteBuild:
    # Ingest, clean and look each article up in the analysis cache, the newest seeds first: an
    # edited article starts its analysis in a worker before the rest of the site is even read.
    options, cache = analysis_options(settings), AnalysisCache(settings.cache_dir)
    analyses = Analyses(
        options,
        cache,
        workers=settings.workers,
        progress=progress,
        # One worker beside this process: pointless, and not asked for, with a single one.
        early=settings.workers > 1,
        cluster=settings.dask_scheduler,
    )
    page_cache = PageCache(settings.cache_dir)
    ahead = Ahead()
    try:
        gathered = gather_seeds(settings, analyses)
        # The configuration is read once a worker may be busy: an invalid file stops the build
        # all the same, and a valid one is read while the worker loads spaCy.
        rules_file = settings.entity_rules_file
        rules = load_entity_rules(rules_file) if rules_file else EMPTY_RULES
        history = _load_url_history(settings)
        # Every page the last build kept: nearly all of them are asked for again.
        earlier = page_cache.load_all()
        known = load_resolved(settings.cache_dir, rules)
        if analyses.waiting:
            cached = analyses.cached()
            ahead = work_ahead(
                gathered,
                cached,
                rules,
                cache,
                options,
                min_articles=settings.entity_page_min_articles,
                resolved_before=known,
            )
        results = analyses.results()
    finally:
        analyses.close()
    problems: list[Problem] = []
    analysed = []
    for seed in gathered.seeds:
        if isinstance(seed, Problem):
            problems.append(seed)
            continue
        article, text, job = seed
        result = results[job]
        if isinstance(result, AnalysisFailure):
            problems.append(Problem(article.path, result.reason))
        else:
            analysed.append((article, text, result))
    # Imported here rather than at the top, where they would hold up the worker's start (while
    # it works, `work_ahead` imports them).
    from generator.collect.site import collect_site  # noqa: PLC0415
    from generator.render import page_keys, render_site  # noqa: PLC0415

    # Collect: settle URLs and cross-article entities for all articles before rendering any.
    content = collect_site(
        analysed, settings.entity_page_min_articles, rules, ahead.entities, known
    )
    save_resolved(settings.cache_dir, rules, content.resolver.resolved, known)
    # Render: pure Markdown and data files; pages whose inputs did not change come from the
    # last build's Markdown instead.
    keys = page_keys(
        content,
        full_text=settings.full_text,
        site_url=settings.site_url,
        site_name=settings.site_name,
        directory_urls=settings.use_directory_urls,
        digests=ahead.digests,
    )
    rendered = render_site(
        content,
        full_text=settings.full_text,
        latest_articles=settings.latest_articles,
        site_url=settings.site_url,
        site_name=settings.site_name,
        directory_urls=settings.use_directory_urls,
        keys=keys,
        earlier=earlier,
    )
    log.info("news-digest: rendered %d article and entity pages, %d unchanged",
             rendered.rendered, len(rendered.by_key) - rendered.rendered)  # fmt: skip
    pages = rendered.pages
    kept = rendered.by_key
    # Redirect every URL the site published before and no longer uses to its page's new URL.
    updated = None
    if history is not None:
        redirects, updated, dumped = _publish(history, content, pages, keys, earlier)
        pages += redirects
        kept = {**kept, dumped: ""}  # the key is all that is needed of it
    page_cache.store(kept, earlier, complete=True)
    return SiteBuild(
        tuple(sorted(pages, key=lambda page: page.path)),
        tuple(sorted(problems, key=str)),
        len(analysed),
        updated,
        rendered.keys_by_path,
    )


def _load_url_history(settings: Settings) -> UrlHistory | None:
    if settings.url_history_file is None:
        return None
    from generator.render.url_history import load_url_history  # noqa: PLC0415 - see _build_site

    return load_url_history(settings.url_history_file)


def _publish(
    history: UrlHistory,
    content: SiteContent,
    pages: list[Page],
    keys: PageKeys,
    earlier: Mapping[str, str],
) -> tuple[tuple[Page, ...], str, str]:
    """The redirect pages, the updated urls.yml, and the key that records the text as one this
    code dumped (kept in the page cache)."""
    from generator.render.feeds import page_url  # noqa: PLC0415
    from generator.render.redirects import redirect_pages  # noqa: PLC0415 - see _build_site
    from generator.render.url_history import current_urls, dump, dump_fingerprint, entity_successors  # noqa: PLC0415

    current = current_urls(content)
    in_use = {page_url(page.path) for page in pages if page.path.endswith(".md")}
    successors = entity_successors(history, content)
    redirects = redirect_pages(history.redirects(current, successors=successors, in_use=in_use))
    fresh = history.update(current)
    # A history this build leaves as it was, read from a file this code dumped, is that file's
    # text: dumping it again (thousands of entries through PyYAML) would give the same bytes.
    source = history.source
    if source is not None and fresh == history:
        key = keys.text_key("urls.yml", source, dump_fingerprint())
        if key in earlier:
            return redirects, source, key
    updated = dump(fresh)
    return redirects, updated, keys.text_key("urls.yml", updated, dump_fingerprint())
