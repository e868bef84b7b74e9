"""Reading the plugin's settings from `mkdocs.yml` for the CLI, through MkDocs' own loader.

Going through `mkdocs.config.load_config` means the CLI accepts exactly what `mkdocs build`
accepts (including YAML tags such as `!!python/name:` and `INHERIT`) and rejects it with the
same messages.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs import exceptions
from mkdocs.config import load_config

from generator.model.settings import Settings
from generator.plugin.config import NewsDigestConfig, settings_from_config

PLUGIN_NAME = "news-digest"


class ConfigError(Exception):
    """`mkdocs.yml` exists but cannot be used."""


def load_settings(config_file: Path) -> Settings:
    """The plugin settings in `config_file`, or the defaults when there is no such file."""
    if not config_file.is_file():
        return default_settings(config_file)
    # MkDocs logs every config warning itself; keep its INFO chatter out of a CLI run.
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        config = load_config(config_file=str(config_file))
    except (exceptions.ConfigurationError, exceptions.Abort) as error:
        # MkDocs has already logged each faulty value with its reason.
        raise ConfigError(f"{config_file}: {error}") from error
    plugin = config.plugins.get(PLUGIN_NAME)
    if plugin is None:
        return default_settings(config_file)
    plugin_config = plugin.config
    if not isinstance(plugin_config, NewsDigestConfig):
        raise ConfigError(f"{config_file}: `{PLUGIN_NAME}` is not this generator's plugin")
    return settings_from_config(
        plugin_config,
        config_file,
        site_url=config.site_url,
        site_name=config.site_name,
        use_directory_urls=config.use_directory_urls,
    )


def default_settings(config_file: Path) -> Settings:
    config = NewsDigestConfig()
    config.load_dict({})
    failed, _ = config.validate()
    if failed:
        raise ConfigError(f"default settings failed to validate: {failed}")
    return settings_from_config(config, config_file)
