"""Hostile and broken seeds built into a real site: nothing runs, nothing leaks, nothing is lost.

The corpus is `tests/hostile/`; its README lists every payload and what it must produce.
`clean/` holds valid articles that carry payloads: `mkdocs build --strict` must build them, and
every page must show their text as the same visible text and nothing else. `bad/` holds seeds
that must be refused: each is reported with its path, reason and line, and the other articles
are still built.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from conftest import ROOT
from hostile_corpus import (
    CLEAN,
    MAX_CHARS,
    SEED_ENCODINGS,
)
from mkdocs.commands.build import build
from mkdocs.config import load_config
from projects import make_project, tree_digest

from generator.ingest.clean import clean_text
from generator.ingest.seeds import FRONT_MATTER, read_seed

pytestmark = pytest.mark.site

SITE_NAME = load_config(config_file=str(ROOT / "mkdocs.yml")).site_name

# Inside <article>: the elements the generator's own Markdown and SVG charts make, nothing more.
ARTICLE_ELEMENTS = frozenset(
    {"a", "blockquote", "br", "div", "em", "figure", "h1", "h2", "h3", "li", "nav", "p", "span"}
    | {"strong", "table", "tbody", "td", "th", "thead", "tr", "ul"}
    | {"svg", "title", "desc", "g", "rect", "line", "polyline", "circle", "text"}
)
# Elements a payload would inject for effect; a page may hold no more of them than the theme's
# own hand-written About page does.
ACTIVE_ELEMENTS = frozenset(
    {"script", "iframe", "frame", "object", "embed", "applet", "img", "video", "audio", "style"}
    | {"meta", "base", "form", "input", "button", "textarea", "select", "math", "svg"}
    | {"template", "noscript", "details", "dialog", "marquee", "foreignobject", "use", "animate"}
)
THEME_LINKS = frozenset({"stylesheet", "icon", "canonical", "prev", "next", "preconnect"})
# Pages that hold no article text: hand-written ones in docs/, MkDocs' 404 page and the
# generated page that documents the data downloads (its `<code>` is ours).
STATIC = frozenset({"about/index.html", "quality/index.html", "404.html", "data/index.html"})
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "background"}
    | {"cite", "ping", "srcset", "manifest", "codebase", "longdesc"}
)
SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):")
ASSET_SCRIPT = re.compile(r"(\.\./)*assets/javascripts/[\w.-]+\.js")
# The marker every payload carries: it may show as text, never inside markup.
MARKER = "HOSTILE"


def visible(text: str) -> str:
    """Text as a reader sees it: control characters gone, whitespace folded to single spaces."""
    return " ".join("".join(c for c in text if c.isspace() or c.isprintable()).split())


def read_html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def heading_text(tag: Tag) -> str:
    return visible(tag.get_text()).removesuffix("¶").rstrip()


@dataclass(frozen=True)
class BuiltSite:
    project: Path
    site: Path
    seeds_before: dict[str, str]
    seeds_after: dict[str, str]


@pytest.fixture(scope="module")
def clean_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    project = tmp_path_factory.mktemp("hostile")
    config = make_project(project, CLEAN)
    before = tree_digest(project / "seeds")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return BuiltSite(project, project / "site", before, tree_digest(project / "seeds"))


@dataclass(frozen=True)
class Seed:
    """A clean seed as the generator reads it, with what its page must show."""

    path: str
    meta: dict[str, object]  # the front matter as written, `expect` included
    paragraphs: tuple[str, ...]  # the cleaned body, paragraph by paragraph, as visible text


def clean_seeds() -> Iterator[Seed]:
    for path in sorted(CLEAN.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        article = read_seed(path, CLEAN, MAX_CHARS)
        # The front matter (with `expect`) is read in the encoding the file was written in, not
        # the one the generator detected: a wrong detection must not fool the oracle too.
        text = path.read_bytes().decode(SEED_ENCODINGS.get(path.name, "utf-8"))
        front = FRONT_MATTER.match(text)
        meta = yaml.safe_load(front.group(1) or "") if front else {}
        paragraphs = clean_text(article.body).text.split("\n\n")
        yield Seed(article.path, meta, tuple(visible(p) for p in paragraphs if p.strip()))


@pytest.fixture(scope="module")
def pages_by_seed(clean_site: BuiltSite) -> dict[str, BeautifulSoup]:
    """Each clean seed's article page: the one page showing its title and all its paragraphs."""
    pages = [read_html(p) for p in sorted((clean_site.site / "articles").glob("*/index.html"))]
    found: dict[str, BeautifulSoup] = {}
    for seed in clean_seeds():
        matches = []
        for page in pages:
            article = page.select_one("article")
            assert article is not None and article.h1 is not None
            shown = {visible(p.get_text()) for p in article.find_all("p")}
            title = seed.meta.get("title")
            if title is not None and heading_text(article.h1) != visible(str(title)):
                continue
            if all(paragraph in shown for paragraph in seed.paragraphs):
                matches.append(page)
        assert len(matches) == 1, f"{seed.path}: {len(matches)} pages show its text"
        found[seed.path] = matches[0]
    return found


def test_seeds_are_never_modified(clean_site: BuiltSite) -> None:
    assert clean_site.seeds_after == clean_site.seeds_before
    assert tree_digest(CLEAN) == tree_digest(clean_site.project / "seeds")


def test_every_seed_is_published_under_its_own_url(
    clean_site: BuiltSite, pages_by_seed: dict[str, BeautifulSoup]
) -> None:
    article_pages = list((clean_site.site / "articles").glob("*/index.html"))
    assert len(article_pages) == len(pages_by_seed)
    assert len({id(page) for page in pages_by_seed.values()}) == len(pages_by_seed)
    # The slug that tried to climb out stayed inside articles/, and the archive is still there.
    archive = read_html(clean_site.site / "articles" / "index.html")
    assert archive.h1 is not None and heading_text(archive.h1) == "Articles"
    escaped = [p for p in clean_site.project.rglob("*passwd*") if "site" not in p.parts]
    assert not escaped


def test_a_rebuild_reads_its_own_state_back_and_changes_nothing(
    clean_site: BuiltSite, tmp_path: Path
) -> None:
    # The second build reads what the first left beside the seeds (the analysis cache, the URL
    # history): hostile text that went in must come back out the same.
    config = load_config(
        config_file=str(clean_site.project / "mkdocs.yml"), site_dir=str(tmp_path), strict=True
    )
    build(config)
    first, second = (
        {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}
        for root in (clean_site.site, tmp_path)
    )
    assert first == second


def injected_elements(page: BeautifulSoup, baseline: Counter[str]) -> list[str]:
    """Elements on `page` that neither the generator nor the theme puts there."""
    faults = []
    article = page.select_one("article")
    assert article is not None and page.body is not None
    for element in article.find_all(True):
        if element.name not in ARTICLE_ELEMENTS:
            faults.append(f"<{element.name}> in the article")
        if element.name == "svg" and "news-digest-chart" not in element.get_attribute_list("class"):
            faults.append("an <svg> that is not one of our charts")
    counts = Counter(e.name for e in page.find_all(True) if e.name in ACTIVE_ELEMENTS)
    counts["svg"] -= len(page.select("svg.news-digest-chart"))
    faults.extend(f"{n} <{name}>" for name, n in counts.items() if n > baseline[name])
    faults.extend(f"<{e.name}> in the body" for e in page.body.find_all(["meta", "link", "base"]))
    # Pages in the navigation link their neighbours, so <link> elements are checked one by one.
    for element in page.find_all("link"):
        if not set(element.get_attribute_list("rel")) <= THEME_LINKS:
            faults.append(f"<link rel={element.get('rel')!r}>")
    for script in page.find_all("script"):
        source = script.get("src")
        if source is not None and not ASSET_SCRIPT.fullmatch(str(source)):
            faults.append(f"<script src={source!r}>")
        if MARKER in script.get_text() or "alert(" in script.get_text():
            faults.append("a payload inside a <script>")
    return faults


def injected_attributes(page: BeautifulSoup) -> list[str]:
    """Event handlers, script URLs and styles that load things, and the marker in any attribute."""
    faults = []
    for element in page.find_all(True):
        description = element.name == "meta" and element.get("name") == "description"
        for name, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on"):
                faults.append(f"<{element.name} {name}>")
            scheme = SCHEME.match(visible(text).replace(" ", "").lower())
            if name.lower() in URL_ATTRIBUTES and scheme and scheme[1] not in ("http", "https"):
                faults.append(f"<{element.name} {name}={text!r}>")
            if name == "style" and re.search(r"url\(|expression|@import", text, re.IGNORECASE):
                faults.append(f"<{element.name} style={text!r}>")
            if MARKER in text and not (description and name == "content"):
                faults.append(f"the marker in <{element.name} {name}={text!r}>")
    return faults


def test_no_page_holds_injected_markup(clean_site: BuiltSite) -> None:
    about = read_html(clean_site.site / "about" / "index.html")
    baseline = Counter(e.name for e in about.find_all(True) if e.name in ACTIVE_ELEMENTS)
    faults = {}
    pages = {p.relative_to(clean_site.site).as_posix(): p for p in clean_site.site.rglob("*.html")}
    assert len(pages.keys() - STATIC) > 40 and "index.html" in pages
    for name in sorted(pages.keys() - STATIC):
        page = read_html(pages[name])
        found = injected_elements(page, baseline) + injected_attributes(page)
        if found:
            faults[name] = found
    assert not faults


@pytest.mark.parametrize(
    ("payload", "fault"),
    [
        ("<img src=x>", "<img> in the article"),
        ("<script>x()</script>", "<script> in the article"),
        ("<b onclick=x()>b</b>", "<b onclick>"),
        ('<a href=" JaVa\tScRiPt:x()">a</a>', "<a href=' JaVa\\tScRiPt:x()'>"),
        ('<a href="data:text/html,x">a</a>', "<a href='data:text/html,x'>"),
        ('<span style="background:url(x)">s</span>', "<span style='background:url(x)'>"),
        ("<svg></svg>", "an <svg> that is not one of our charts"),
        ('<span title="HOSTILE">s</span>', "the marker in <span title='HOSTILE'>"),
    ],
)
def test_the_checks_catch_an_injection(clean_site: BuiltSite, payload: str, fault: str) -> None:
    page = read_html(clean_site.site / "articles" / "council" / "index.html")
    baseline = Counter(e.name for e in page.find_all(True) if e.name in ACTIVE_ELEMENTS)
    assert not injected_elements(page, baseline) + injected_attributes(page)
    article = page.select_one("article")
    assert article is not None
    article.append(BeautifulSoup(payload, "html.parser"))
    assert fault in injected_elements(page, baseline) + injected_attributes(page)


def test_title_description_and_heading_show_the_text(
    pages_by_seed: dict[str, BeautifulSoup],
) -> None:
    for path, page in pages_by_seed.items():
        article = page.select_one("article")
        assert article is not None and article.h1 is not None and page.title is not None
        title = heading_text(article.h1)
        assert visible(page.title.get_text()) == f"{title} - {SITE_NAME}", path
        header = page.select_one(".md-header__topic[data-md-component=header-topic]")
        assert header is not None and visible(header.get_text()) == title, path
        description = page.select_one('meta[name="description"]')
        assert description is not None, path
        summary = " ".join(visible(li.get_text()) for li in summary_items(article))
        assert summary.startswith(visible(str(description["content"])).removesuffix(" …")), path


def summary_items(article: Tag) -> list[Tag]:
    heading = article.find("h2", id="summary")
    assert isinstance(heading, Tag)
    summary = heading.find_next_sibling("ul")
    assert isinstance(summary, Tag)
    return summary.find_all("li")


def test_front_matter_fields_show_as_text(pages_by_seed: dict[str, BeautifulSoup]) -> None:
    checked = Counter[str]()
    for seed in clean_seeds():
        page = pages_by_seed[seed.path]
        article = page.select_one("article")
        assert article is not None
        text = visible(article.get_text())
        byline = visible(article.find("p").get_text())  # type: ignore[union-attr]
        meta = {key: visible(str(value)) for key, value in seed.meta.items()}
        if "author" in meta:
            assert f"by {meta['author']}" in byline, seed.path
        if "license" in meta:
            assert f"Licence: {meta['license']}" in byline, seed.path
        if "source" in meta and not meta["source"].startswith("https://"):
            assert meta["source"] in byline, seed.path
        if "summary" in meta:
            assert [visible(li.get_text()) for li in summary_items(article)] == [meta["summary"]]
            description = page.select_one('meta[name="description"]')
            assert description is not None
            assert description["content"] == textwrap.shorten(
                meta["summary"], 300, placeholder=" …"
            ), seed.path
        tags = [visible(a.get_text()) for a in page.select("nav.md-tags .md-tag")]
        for tag in front_matter_tags(seed.meta.get("tags")):
            assert tag in tags, seed.path
        for expected in seed.meta.get("expect") or []:  # type: ignore[attr-defined]
            assert visible(expected) in text, seed.path
        checked.update(key for key in meta if key != "date")
    assert checked["title"] >= 20 and checked["tags"] >= 8 and checked["expect"] >= 6


def front_matter_tags(tags: object) -> list[str]:
    if isinstance(tags, str):
        tags = tags.split(",")
    return [visible(str(tag)) for tag in tags or []]  # type: ignore[attr-defined]


def test_links_from_front_matter_are_http_only(pages_by_seed: dict[str, BeautifulSoup]) -> None:
    for path, page in pages_by_seed.items():
        article = page.select_one("article")
        assert article is not None
        external = {
            a["href"] for a in article.find_all("a", href=True) if not is_internal(str(a["href"]))
        }
        expected = {"https://example.org/ferry?from=vale&to=porto#times"}
        assert external == (expected if path == "url-good.md" else set()), path
    good = pages_by_seed["url-good.md"].select_one("article a[href^='https://']")
    assert good is not None and good.get_text() == "The Vale Gazette"


def is_internal(href: str) -> bool:
    return not SCHEME.match(href) and not href.startswith("//")


def test_search_index_holds_text_not_markup(clean_site: BuiltSite) -> None:
    index = json.loads((clean_site.site / "search" / "search_index.json").read_text())
    docs = [doc for doc in index["docs"] if doc["location"].startswith("articles/")]
    titles = set()
    for doc in docs:
        # Material's search shows these fields as HTML: they must parse to text and the few
        # block elements a page section holds, nothing else.
        title = BeautifulSoup(doc["title"], "html.parser")
        assert not title.find_all(True), doc["title"]
        text = BeautifulSoup(doc["text"], "html.parser")
        assert {e.name for e in text.find_all(True)} <= {"p", "ul", "li"}, doc["text"]
        assert not [e for e in text.find_all(True) if e.attrs], doc["text"]
        for tag in doc.get("tags", []):
            assert not BeautifulSoup(tag, "html.parser").find_all(True), tag
        if "#" not in doc["location"]:
            titles.add(visible(title.get_text()))
    breakout = (
        "</title><script>alert('HOSTILE')</script>\"' onfocus=alert('HOSTILE') autofocus x=\""
    )
    assert breakout in titles


def test_every_xml_and_json_file_parses_and_holds_no_markup(clean_site: BuiltSite) -> None:
    # The sitemap always, feeds and data files when the site makes them: hostile titles must
    # leave them well-formed, with the text as text.
    files = sorted(clean_site.site.rglob("*.xml")) + sorted(clean_site.site.rglob("*.json"))
    assert "sitemap.xml" in {path.name for path in files}
    for path in files:
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
            continue
        root = ElementTree.parse(path).getroot()
        names = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
        assert not names & {"script", "iframe", "img", "object", "embed", "svg", "a", "b"}, path


def test_tags_index_shows_tags_as_text(clean_site: BuiltSite) -> None:
    page = read_html(clean_site.site / "tags" / "index.html")
    shown = {visible(tag.get_text()) for tag in page.select("article .md-tag")}
    for seed in clean_seeds():
        assert set(front_matter_tags(seed.meta.get("tags"))) <= shown, seed.path


def test_figures_csv_cells_are_not_formulas(clean_site: BuiltSite) -> None:
    with (clean_site.site / "figures" / "figures.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert rows
    text_columns = ("article_title", "text", "concept", "paired_with", "entities", "sentence")
    for row in rows:
        for column in text_columns:
            assert row[column][:1] not in ("=", "+", "-", "@"), (column, row[column])
    titles = {row["article_title"] for row in rows}
    assert '\'=HYPERLINK("https://evil.example/HOSTILE","Click") Porto Vale prices' in titles


def test_entity_pages_and_charts_show_names_as_text(clean_site: BuiltSite) -> None:
    pages = sorted((clean_site.site / "entities").glob("*/*/index.html"))
    assert pages, "the two entity-names seeds share people who get pages of their own"
    for path in pages:
        page = read_html(path)
        article = page.select_one("article")
        assert article is not None and article.h1 is not None and page.title is not None
        assert visible(page.title.get_text()) == f"{heading_text(article.h1)} - {SITE_NAME}"
    maria = read_html(clean_site.site / "entities" / "person" / "maria-lopez" / "index.html")
    charts = maria.select("article svg.news-digest-chart")
    assert len(charts) == 2  # mentions over time, mentioned with
