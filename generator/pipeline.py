"""The whole generator on one screen: ingest → analyse → collect → render.

Nothing is written here: the CLI hands the pages to `write.pages.write_pages`, the MkDocs plugin
hands them to MkDocs in memory. Bad seeds become `Problem`s and every other article still gets
built. The speed work (caches, workers) sits behind `SpeedWork`, and changes no byte of the
output.
"""

from __future__ import annotations

import logging

from generator.collect.entity_rules import EMPTY_RULES, EntityRules, load_entity_rules
from generator.collect.site import collect_site
from generator.incremental.speed_work import SpeedWork
from generator.model.build import SiteBuild
from generator.model.settings import Settings
from generator.render import page_keys, render_site
from generator.render.publish import publish_urls
from generator.render.url_history import UrlHistory, load_url_history

log = logging.getLogger("mkdocs.plugins.news_digest")


def build_site(settings: Settings, *, progress: bool = False) -> SiteBuild:
    """Every page of the site. Raises a `BuildError` (`EntityRulesError`, `UrlHistoryError`,
    `ClusterError`) when `entities.yml` or `urls.yml` is invalid or the Dask cluster unusable:
    a configuration fault stops the build, unlike a bad seed."""
    with SpeedWork(settings, progress=progress) as speed:
        # Ingest: read and clean every seed; the analysis of a new one starts at once.
        speed.read_seeds()
        # The configuration, read while a worker may be loading spaCy.
        rules = _load_entity_rules(settings)
        history = _load_url_history(settings)
        # Analyse: one analysis per article, from the cache or made now.
        analysed, problems = speed.analyse_articles(rules)
        # Collect: settle URLs, cross-article entities, sections and stories before rendering any.
        content = collect_site(
            analysed,
            settings.entity_page_min_articles,
            rules,
            ahead=speed.entities_ahead,
            resolved_before=speed.resolved_before,
            vote_before=speed.vote_before,
            topics=speed.topics,
        )
        speed.keep_resolved_names(rules, content)
        # Render: pure Markdown and data files; a keyed page whose inputs did not change is the
        # last build's Markdown.
        render_settings = settings.render_settings()
        keys = page_keys(content, render_settings, speed.article_digests)
        rendered = render_site(content, render_settings, keys=keys, earlier=speed.earlier_pages)
        log.info("news-digest: rendered %d article and entity pages, %d unchanged",
                 rendered.rendered, len(rendered.by_key) - rendered.rendered)  # fmt: skip
        pages, kept, updated_history = rendered.pages, rendered.by_key, None
        # Publish: redirects from the URLs no page uses any more, and the updated urls.yml.
        if history is not None:
            published = publish_urls(history, content, pages, keys, speed.earlier_pages)
            pages += published.redirects
            updated_history = published.url_history
            kept = {**kept, published.key: ""}  # the key is all that is needed of it
        speed.keep_pages(kept)
    return SiteBuild(
        tuple(sorted(pages, key=lambda page: page.path)),
        tuple(sorted(problems, key=str)),
        len(analysed),
        updated_history,
        rendered.keys_by_path,
    )


def _load_entity_rules(settings: Settings) -> EntityRules:
    rules_file = settings.entity_rules_file
    return load_entity_rules(rules_file) if rules_file else EMPTY_RULES


def _load_url_history(settings: Settings) -> UrlHistory | None:
    if settings.url_history_file is None:
        return None
    return load_url_history(settings.url_history_file)
