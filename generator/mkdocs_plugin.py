"""The MkDocs door: `mkdocs build` and `mkdocs serve` get every generated page in memory.

Only wiring lives here, as in Material's own plugins: the pipeline runs at `on_files`, its pages
join MkDocs' file collection, and bad seeds become MkDocs warnings, so a plain build carries on
and `--strict` fails.
"""

from __future__ import annotations

import logging
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.config import NewsDigestConfig, Settings
from generator.entity_rules import EntityRulesError
from generator.html_trim import drop_indentation
from generator.markdown_html import GeneratedHtmlExtension
from generator.mkdocs_unsearched import UnsearchedBlocks
from generator.pipeline import build_site
from generator.url_history import UrlHistoryError
from generator.write import save_url_history

log = logging.getLogger("mkdocs.plugins.news_digest")


class NewsDigestPlugin(BasePlugin[NewsDigestConfig]):  # type: ignore[no-untyped-call]
    """Generates article, entity and figure pages from the seeds folder."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.command = "build"
        self.unsearched = UnsearchedBlocks()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `serve` shows drafts: only a real build records URLs in urls.yml.
        self.command = command

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
        except (EntityRulesError, UrlHistoryError) as error:
            raise PluginError(f"news-digest: {error}") from error
        if self.command != "serve" and save_url_history(settings, site):
            log.info("news-digest: recorded new URLs in %s", settings.url_history_file)
        for problem in site.problems:
            log.warning("news-digest: seed %s", problem)
        for page in site.pages:
            existing = files.get_file_from_path(page.path)
            if existing is not None:
                # A hand-written page in docs/ wins: the user put it there on purpose.
                log.info("news-digest: docs/%s replaces the generated page", page.path)
                continue
            files.append(File.generated(config, page.path, content=page.content))
        log.info("news-digest: %d articles, %d pages", site.article_count, len(site.pages))
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        return self.unsearched.hold(page.file.src_uri, markdown)

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        return drop_indentation(self.unsearched.restore(page.file.src_uri, output))

    def _settings(self, config: MkDocsConfig) -> Settings:
        return Settings.from_config(
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
