"""The small HTML pages that send a reader from a URL the site no longer uses to its page now.

`url_history` decides which old URL goes where; this module writes the pages, at the file a web
server answers the old URL with, linking relatively so that the site works under any sub-path.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Mapping

from generator.model.build import Page

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def redirect_page(target_relative_url: str) -> str:
    """A page that sends the reader on to `target_relative_url` (relative, so that the site
    works under any sub-path); it tells search engines which URL is the real one."""
    if not _is_relative_reference(target_relative_url):
        raise ValueError(f"a redirect must go to a relative URL, not {target_relative_url!r}")
    target = html.escape(target_relative_url, quote=True)
    return (
        "<!doctype html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>This page has moved</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{target}">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        "</head>\n"
        "<body>\n"
        f'<p>This page has moved to <a href="{target}">{target}</a>.</p>\n'
        "</body>\n"
        "</html>\n"
    )


def redirect_pages(redirects: Mapping[str, str]) -> tuple[Page, ...]:
    """One redirect page per old path, at the file a web server answers that URL with."""
    return tuple(
        Page(redirect_file(old), redirect_page(relative_url(old, new)))
        for old, new in sorted(redirects.items())
    )


def redirect_file(url_path: str) -> str:
    """The file that serves a URL path: `a/b/` → `a/b/index.html`, `a/b.html` as it is."""
    if url_path.endswith(".html"):
        return url_path
    return f"{url_path.rstrip('/')}/index.html" if url_path else "index.html"


def relative_url(from_url: str, to_url: str) -> str:
    """The link from the page at one URL path to another URL path (and fragment)."""
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url)
    target, hash_mark, fragment = to_url.partition("#")
    relative = posixpath.relpath(target.rstrip("/") or ".", base.rstrip("/") or ".")
    if target.endswith("/") or not target:
        relative = "./" if relative == "." else f"{relative}/"
    return f"{relative}{hash_mark}{fragment}"


def is_site_path(url: str) -> bool:
    """A URL path from the site's root to one of its pages: relative, with no `.` or `..` step,
    so that it can leave neither the site nor, as a file name, the output folder."""
    path = url.partition("#")[0]
    steps = path.rstrip("/").split("/")
    return _is_relative_reference(url) and not (
        path and any(step in ("", ".", "..") for step in steps)
    )


def _is_relative_reference(url: str) -> bool:
    # No scheme (javascript:, https:), no host (//evil), no root-relative path that would miss
    # the site's sub-path, and nothing a browser would quietly rewrite.
    return not (url.startswith("/") or _SCHEME.match(url) or "\\" in url or _CONTROL.search(url))
