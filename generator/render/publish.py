"""What a publishing build adds to the pages: redirects from the URLs the site no longer uses,
and `urls.yml` updated with the URLs it uses now."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.collect.site import SiteContent
from generator.model.build import Page
from generator.render.keys import PageKeys
from generator.render.paths import canonical_url
from generator.render.redirects import redirect_pages
from generator.render.url_history import (
    UrlHistory,
    current_urls,
    dump,
    dump_fingerprint,
    entity_successors,
)


@dataclass(frozen=True, slots=True)
class PublishedUrls:
    redirects: tuple[Page, ...]
    url_history: str  # the text of the updated urls.yml
    # The key that vouches for that text as this code's dump of it, for the page cache.
    key: str


def publish_urls(
    history: UrlHistory,
    content: SiteContent,
    pages: Sequence[Page],
    keys: PageKeys,
    earlier: Mapping[str, str],
) -> PublishedUrls:
    """Redirect every URL in `history` that no page uses now to its page's new URL, and add the
    URLs in use; `earlier` holds the keys of the texts the last builds dumped."""
    current = current_urls(content)
    in_use = {canonical_url(page.path) for page in pages if page.path.endswith(".md")}
    successors = entity_successors(history, content)
    redirects = redirect_pages(history.redirects(current, successors=successors, in_use=in_use))
    fresh = history.update(current)
    # A history this build leaves as it was, read from a file this code dumped, is that file's
    # text: dumping it again (thousands of entries through PyYAML) would give the same bytes.
    source = history.source
    if source is not None and fresh == history:
        key = keys.text_key("urls.yml", source, dump_fingerprint())
        if key in earlier:
            return PublishedUrls(redirects, source, key)
    updated = dump(fresh)
    return PublishedUrls(redirects, updated, keys.text_key("urls.yml", updated, dump_fingerprint()))
