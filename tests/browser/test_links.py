"""Every internal link and anchor in the built site resolves; external links are only counted."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.site

SITE_URL = "https://example.org/news-digest/"
SITEMAP_LOCATION = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
# Addresses a browser does not fetch from the site: nothing to resolve.
UNCHECKED_SCHEMES = frozenset({"mailto", "tel", "javascript", "data"})
LINKING_ATTRIBUTES = ("href", "src")


@dataclass
class LinkReport:
    """What the checker saw: every broken link with the page it is on, and what it counted."""

    broken: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)


@dataclass
class SiteLinks:
    """Resolves the links of a built site the way a browser would, from the files alone.

    `site_url` is where the site is published: links into it (MkDocs writes them on the 404
    page, the canonical link and the sitemap) are internal ones.
    """

    site: Path
    site_url: str
    report: LinkReport = field(default_factory=LinkReport)
    ids_by_page: dict[Path, frozenset[str]] = field(default_factory=dict)

    def check_pages(self) -> LinkReport:
        """Check every link of every HTML page; the report of what is broken."""
        for page in sorted(self.site.rglob("*.html")):
            self.report.counts["pages"] += 1
            for element in read_html(page).find_all(True):
                for attribute in LINKING_ATTRIBUTES:
                    value = element.get(attribute)
                    if isinstance(value, str):
                        self.check(self.url_of(page), value, where=page)
        return self.report

    def url_of(self, page: Path) -> str:
        """The address a page of the site is published at."""
        return urljoin(self.site_url, page.relative_to(self.site).as_posix())

    def check(self, base: str, link: str, *, where: Path) -> None:
        """Count `link`, as written on a page at `base`; report it if it leads nowhere."""
        address = urlsplit(urljoin(base, link.strip()))
        if address.scheme in UNCHECKED_SCHEMES:
            self.report.counts["other"] += 1
            return
        own = urlsplit(self.site_url)
        if (address.scheme, address.netloc) != (own.scheme, own.netloc) or not (
            address.path.startswith(own.path)
        ):
            self.report.counts["external"] += 1
            return
        self.report.counts["internal"] += 1
        target = self.file_at(unquote(address.path.removeprefix(own.path)))
        page = where.relative_to(self.site)
        if target is None:
            self.report.broken.append(f"{page}: {link} (no such file)")
        elif address.fragment:
            self.report.counts["anchors"] += 1
            if unquote(address.fragment) not in self.ids_in(target):
                self.report.broken.append(f"{page}: {link} (no such id)")

    def file_at(self, path: str) -> Path | None:
        """The file a path below the site's root is served from, as a static server does."""
        target = self.site / path
        if path in {"", "."} or path.endswith("/") or target.is_dir():
            target /= "index.html"
        return target if target.is_file() else None

    def ids_in(self, page: Path) -> frozenset[str]:
        """The ids an anchor may point to on a page (ids, and the names of old-style anchors)."""
        if page not in self.ids_by_page:
            html = read_html(page) if page.suffix == ".html" else BeautifulSoup("", "html.parser")
            names = [str(e["id"]) for e in html.find_all(id=True)]
            names += [str(e["name"]) for e in html.find_all("a", attrs={"name": True})]
            self.ids_by_page[page] = frozenset(names)
        return self.ids_by_page[page]


def read_html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_internal_link_and_anchor_resolves(built_site: Path, published_url: str) -> None:
    report = SiteLinks(built_site, published_url).check_pages()
    assert report.broken == []
    # The checker really walked the site: every page links to many others and to its anchors.
    assert report.counts["pages"] >= 10
    assert report.counts["internal"] > 10 * report.counts["pages"]
    assert report.counts["anchors"] > report.counts["pages"]


def test_links_resolve_without_directory_urls(
    site_without_directory_urls: Path, published_url: str
) -> None:
    # Links in the pages' raw HTML are written as final URLs: they must follow MkDocs' other
    # URL style too (`articles/a.html` rather than `articles/a/`).
    site = site_without_directory_urls
    assert (site / "articles" / "porto-vale-passes-its-budget.html").is_file()
    report = SiteLinks(site, published_url).check_pages()
    assert report.broken == []
    assert report.counts["internal"] > 10 * report.counts["pages"]
    assert report.counts["anchors"] > report.counts["pages"]


def test_search_results_and_sitemap_lead_to_pages(built_site: Path, published_url: str) -> None:
    links = SiteLinks(built_site, published_url)
    index_file = built_site / "search" / "search_index.json"
    locations = [entry["location"] for entry in json.loads(index_file.read_text())["docs"]]
    for location in locations:
        links.check(published_url, location, where=index_file)
    sitemap_file = built_site / "sitemap.xml"
    pages = [str(e.text) for e in ET.parse(sitemap_file).iter(SITEMAP_LOCATION)]
    for page in pages:
        links.check(published_url, page, where=sitemap_file)
    assert links.report.broken == []
    assert links.report.counts["internal"] == len(locations) + len(pages)
    assert len(pages) >= 10


def test_the_checker_reports_a_missing_page_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h1 id="top">A</h1>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="a/#top">ok</a> <a href="a/#gone">bad anchor</a> <a href="b/">bad page</a>'
        ' <a href="https://example.org/">away</a> <img src="/news-digest/a/">',
        encoding="utf-8",
    )
    report = SiteLinks(tmp_path, SITE_URL).check_pages()
    assert sorted(report.broken) == [
        "index.html: a/#gone (no such id)",
        "index.html: b/ (no such file)",
    ]
    assert report.counts == Counter(pages=2, internal=4, anchors=2, external=1)
