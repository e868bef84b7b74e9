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

from generator.config import NewsDigestConfig, Settings
from generator.entity_rules import EntityRulesError
from generator.pipeline import build_site

log = logging.getLogger("mkdocs.plugins.news_digest")


class NewsDigestPlugin(BasePlugin[NewsDigestConfig]):  # type: ignore[no-untyped-call]
    """Generates article, entity and figure pages from the seeds folder."""

    def __init__(self) -> None:
        self.settings: Settings | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.settings = Settings.from_config(self.config, config.config_file_path)
        if not self.settings.seeds_dir.is_dir():
            log.warning("news-digest: the seeds folder %s does not exist", self.settings.seeds_dir)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if self.settings is None:  # MkDocs always calls on_config first
            self.settings = Settings.from_config(self.config, config.config_file_path)
        try:
            site = build_site(self.settings)
        except EntityRulesError as error:
            raise PluginError(f"news-digest: {error}") from error
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
