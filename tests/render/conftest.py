"""Pages converted as MkDocs converts them: the Markdown extensions `mkdocs.yml` enables."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import markdown  # type: ignore[import-untyped]  # no stubs in the lock file
import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parents[2]


@cache
def _markdown() -> markdown.Markdown:
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(
        extensions=list(config.markdown_extensions), extension_configs=dict(config.mdx_configs)
    )


def convert_page(page: str) -> BeautifulSoup:
    """A generated page's Markdown (front matter and all) as the HTML of its content."""
    body, _meta = get_data(page)
    md = _markdown()
    md.reset()
    return BeautifulSoup(md.convert(body), "html.parser")


@pytest.fixture
def to_html() -> Callable[[str], BeautifulSoup]:
    return convert_page
