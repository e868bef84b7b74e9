"""The MkDocs door: `mkdocs build` and `mkdocs serve` get every generated page in memory.

Only wiring lives here, as in Material's own plugins: the pipeline runs at `on_files`, its pages
join MkDocs' file collection, and bad seeds become MkDocs warnings, so a plain build carries on
and `--strict` fails.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator.collect.entity_index import ENTITY_INDEX
from generator.model.build import SiteBuild
from generator.model.errors import BuildError
from generator.model.settings import Settings
from generator.pipeline import build_site
from generator.plugin.config import NewsDigestConfig, settings_from_config
from generator.plugin.html_trim import drop_indentation
from generator.plugin.preview import PreviewBuilds, build_listing_pages, repair_search_index
from generator.plugin.raw_html import GeneratedHtmlExtension, anchor_ids
from generator.plugin.unsearched import UnsearchedBlocks
from generator.render.paths import ARCHIVE, FIGURE_INDEX, HOME, SECTION_INDEX, STORY_INDEX
from generator.write.pages import remove_site_pages, save_url_history

log = logging.getLogger("mkdocs.plugins.news_digest")

# The generated listings that a site's `nav` names (or that MkDocs' own navigation shows when
# `mkdocs.yml` has none).
NAVIGATION_PAGES = frozenset(
    (HOME, ARCHIVE, SECTION_INDEX, STORY_INDEX, ENTITY_INDEX, FIGURE_INDEX)
)


class NewsDigestPlugin(BasePlugin[NewsDigestConfig]):  # type: ignore[no-untyped-call]
    """Generates article, entity and figure pages from the seeds folder."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.command = "build"
        self.dirty = False
        self.unsearched = UnsearchedBlocks()
        self.preview = PreviewBuilds()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `serve` shows drafts: only a real build records URLs in urls.yml.
        self.command = command
        # `--dirty` (as `make serve` runs it): rebuild only the generated pages that changed.
        self.dirty = dirty
        self.preview = PreviewBuilds()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.settings = self._settings(config)
        config.markdown_extensions.append(GeneratedHtmlExtension())
        if not self.settings.seeds_dir.is_dir():
            log.warning("news-digest: the seeds folder %s does not exist", self.settings.seeds_dir)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        settings = self.settings or self._settings(config)
        try:
            site = build_site(settings)
        except BuildError as error:
            raise PluginError(f"news-digest: {error}") from error
        if self.command != "serve" and save_url_history(settings, site):
            log.info("news-digest: recorded new URLs in %s", settings.url_history_file)
        for problem in site.problems:
            log.warning("news-digest: seed %s", problem)
        generated = self._generated_files(site, files, config)
        for file in generated:
            files.append(file)
        if self.dirty:
            self.preview.rebuilt.clear()
            gone = self.preview.gone(generated)
            for output in remove_site_pages(Path(config.site_dir), gone):
                log.info("news-digest: removed %s, its page is gone", output)
            files = build_listing_pages(files, config)
        log.info("news-digest: %d articles, %d pages", site.article_count, len(site.pages))
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.dirty:
            self.preview.rebuilt.add(page.url)
        return self.unsearched.hold(page.file.src_uri, markdown)

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        # MkDocs checks links to anchors against the ids it saw while converting the page; the
        # generated blocks it did not parse (`raw_html`, `unsearched`) are added here,
        # so a link to an entity's entry is not reported as broken while a user's still is.
        if page.present_anchor_ids is not None:
            for block in (html, *self.unsearched.held(page.file.src_uri)):
                page.present_anchor_ids |= anchor_ids(block)
        return html

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        return drop_indentation(self.unsearched.restore(page.file.src_uri, output))

    @event_priority(110)  # before Material's tags plugin fills its listings (at 100)
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> None:
        if self.dirty:
            self.preview.keep_tag_mappings(config.plugins)

    @event_priority(100)  # before Material's search plugin writes its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.dirty:
            repair_search_index(config.plugins, self.preview.rebuilt)

    def on_build_error(self, *, error: Exception) -> None:
        self.preview.forget()

    def _generated_files(self, site: SiteBuild, files: Files, config: MkDocsConfig) -> list[File]:
        generated: list[File] = []
        for page in site.pages:
            if files.get_file_from_path(page.path) is not None:
                # A hand-written page in docs/ wins: the user put it there on purpose.
                log.info("news-digest: docs/%s replaces the generated page", page.path)
            elif self.dirty:
                key = site.page_keys.get(page.path)
                file = self.preview.file(config, page.path, page.content, key)
                file.inclusion = _inclusion(page.path)
                generated.append(file)
            else:
                generated.append(
                    File.generated(
                        config, page.path, content=page.content, inclusion=_inclusion(page.path)
                    )
                )
        return generated

    def _settings(self, config: MkDocsConfig) -> Settings:
        return settings_from_config(
            self.config,
            config.config_file_path,
            site_url=config.site_url,
            site_name=config.site_name,
            use_directory_urls=config.use_directory_urls,
        )

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        if self.settings is None:
            return server
        if self.settings.seeds_dir.is_dir():
            server.watch(str(self.settings.seeds_dir))
        rules = self.settings.entity_rules_file
        if rules is not None and rules.is_file():
            server.watch(str(rules))
        return server


def _inclusion(path: str) -> InclusionLevel:
    """Listings belong in the navigation; the pages they list (thousands of articles and
    entities, the A-Z pages) are reached through them, and MkDocs need not report them as
    missing from `nav`, which it keeps doing for the user's own pages."""
    return InclusionLevel.INCLUDED if path in NAVIGATION_PAGES else InclusionLevel.NOT_IN_NAV
