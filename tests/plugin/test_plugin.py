"""End to end: the real site, built by `mkdocs build --strict` from small made-up articles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import SEED
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from projects import FIXTURE_SEEDS, make_project, run_mkdocs

from generator.write.pages import MANIFEST

pytestmark = pytest.mark.site

# The user's alias file: one retype that merges a name the model split, one hidden entity.
ENTITY_RULES = """\
Porto Vale:
  type: place
Northern Lights Festival:
  hide: true
"""


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("project")
    config = make_project(folder, [*sorted(FIXTURE_SEEDS.iterdir()), SEED])
    (folder / "entities.yml").write_text(ENTITY_RULES, encoding="utf-8")
    result = run_mkdocs("build", "--strict", "-f", str(config), "-d", str(folder / "site"))
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    (folder / "build.log").write_text(result.stderr, encoding="utf-8")
    return folder / "site"


def read_html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def article_links(page: BeautifulSoup) -> set[str]:
    content = page.select_one("article")
    assert content is not None
    return {a["href"] for a in content.find_all("a", href=True) if "/articles/" in a["href"]}


def test_entity_page_lists_every_article_of_a_person(built_site: Path) -> None:
    page = read_html(built_site / "entities" / "person" / "maria-lopez" / "index.html")
    assert page.h1 is not None and page.h1.get_text(strip=True).startswith("Maria Lopez")
    assert (
        article_links(page)
        == {
            "../../../articles/porto-vale-passes-its-budget/",
            "../../../articles/mayor-maria-lopez-opened-the-new-harbour-bridge-in-porto/",
        }
        or len(article_links(page)) == 2
    )


def test_entity_page_shows_aliases_co_mentions_and_a_chart(built_site: Path) -> None:
    page = read_html(built_site / "entities" / "person" / "maria-lopez" / "index.html")
    text = page.get_text(" ", strip=True)
    assert "Also written as: Lopez" in text
    assert "first seen 2024-05-02, last seen 2024-06-10" in text
    svg = page.select_one("article figure svg[role=img]")
    assert svg is not None and svg.title is not None
    assert svg.title.get_text() == "Mentions of Maria Lopez per month"
    assert len(svg.select("rect")) == 2
    co_mentions = page.select_one("#mentioned-with + figure svg[role=img]")
    assert co_mentions is not None and co_mentions.title is not None
    assert co_mentions.title.get_text().startswith("Entities most often in the same articles")
    mentioned_with = page.select_one("#mentioned-with + figure + ul")
    assert mentioned_with is not None
    partners = [(a.get_text(strip=True), a["href"]) for a in mentioned_with.select("a[href]")]
    assert ("Porto Vale", "../../place/porto-vale/") in partners
    assert [name for name, _ in partners].count("Porto Vale") == 1
    articles = page.select_one("#articles + ul")
    assert articles is not None and len(articles.select(":scope > li")) == 2
    assert {strong.get_text() for strong in articles.select("li strong")} == {"Maria Lopez"}
    # The sentences where she first appears tell search what she is in the news for.
    assert page.select_one("#articles[data-search-exclude]") is None


def test_an_entity_pages_search_entries_hold_its_aliases_and_first_mention_sentences(
    built_site: Path,
) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    texts = " ".join(
        doc["text"]
        for doc in index["docs"]
        if doc["location"].startswith("entities/person/maria-lopez/")
    )
    assert "Also written as: Lopez" in texts
    assert "the mayor of Porto Vale, said the money would pay for schools" in texts
    assert "opened the new Harbour Bridge in Porto Vale on Tuesday" in texts
    # Not the charts, the partners, nor each article's title, date and count: the sentences.
    assert "Mentions of Maria Lopez per month" not in texts
    assert "shared article" not in texts
    assert "Porto Vale passes its budget" not in texts and "mentioned" not in texts


def test_alias_file_hides_entities(built_site: Path) -> None:
    index = read_html(built_site / "entities" / "index.html")
    ids = {span["id"] for span in index.select("article span[id]")}
    assert "person-ingrid-solberg" in ids
    assert not [i for i in ids if "northern-lights" in i]


def test_article_text_links_the_first_mention_of_each_entity(built_site: Path) -> None:
    page = read_html(built_site / "articles" / "porto-vale-passes-its-budget" / "index.html")
    paragraph = next(p for p in page.select("article p") if "opposition leader" in p.get_text())
    links = {a.get_text(): a["href"] for a in paragraph.select("a[href]")}
    assert links == {"Tomas Berg": "../../entities/#person-tomas-berg"}


def test_seed_figure_table_holds_the_dollar_amount(built_site: Path) -> None:
    pages = [p for p in (built_site / "articles").glob("*/index.html") if "putin" in p.parent.name]
    assert len(pages) == 1
    page = read_html(pages[0])
    tables = page.select("article table")
    assert tables, "the seed page has a figure table"
    assert "$153 billion" in tables[0].get_text()


def test_home_lists_the_latest_articles_with_counts(built_site: Path) -> None:
    text = read_html(built_site / "index.html").get_text(" ", strip=True)
    assert "4 articles" in text
    assert len(read_html(built_site / "index.html").select("article .grid.cards li")) == 4
    assert "Porto Vale passes its budget" in text


def test_archive_puts_undated_articles_last(built_site: Path) -> None:
    page = read_html(built_site / "articles" / "index.html")
    headings = [h.get_text(strip=True).rstrip("¶") for h in page.select("article h2")]
    assert headings == ["2024-06", "2024-05", "2023-03", "Undated"]


def test_front_matter_source_becomes_a_link(built_site: Path) -> None:
    page = read_html(built_site / "articles" / "porto-vale-passes-its-budget" / "index.html")
    links = {a.get_text(strip=True): a["href"] for a in page.select("article a[href]")}
    assert links["The Vale Gazette"] == "https://example.org/vale/budget"
    assert "Licence: CC BY 4.0" in page.get_text()


def test_search_index_holds_every_article(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    titles = {doc["title"] for doc in index["docs"]}
    assert "Porto Vale passes its budget" in titles


def test_navigation_stays_small(built_site: Path) -> None:
    page = read_html(built_site / "index.html")
    nav_links = page.select("nav.md-nav--primary a.md-nav__link[href]")
    pages = {a["href"] for a in nav_links if not a["href"].startswith("#")}
    assert pages == {".", "articles/", "sections/", "stories/", "entities/", "figures/", "about/"}
    # Every page carries the navigation: the rest is one click away, on the About page.
    about = read_html(built_site / "about" / "index.html")
    linked = {a["href"] for a in about.select("article a[href]")}
    assert {"../tags/", "../data/", "../quality/"} <= linked


def test_the_build_log_reports_no_generated_anchor_or_page_as_a_problem(built_site: Path) -> None:
    # The home page links entity entries on the entity index (`entities/index.md#person-...`),
    # and the entity index splits into A-Z pages that no `nav` lists.
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "entities/#person-" in home or "entities/index.html#person-" in home
    log = (built_site.parent / "build.log").read_text(encoding="utf-8")
    assert "anchor" not in log
    assert "not included in the" not in log


@pytest.mark.warnings_expected
def test_a_broken_link_in_a_hand_written_page_still_fails_strict(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project", [SEED])
    notes = tmp_path / "project" / "docs" / "notes.md"
    notes.write_text(
        "# Notes\n\n[Putin](entities/index.md#person-vladimir-putin) is listed; "
        "[nobody](entities/index.md#person-nobody) is not, nor is [a page](missing.md).\n",
        encoding="utf-8",
    )
    result = run_mkdocs("build", "--strict", "-f", str(config), "-d", str(tmp_path / "site"))
    assert result.returncode == 1
    problems = sorted(line for line in result.stderr.splitlines() if "notes.md" in line)
    assert len(problems) == 3, result.stderr
    # The user's own page is still reported as missing from `nav`, at MkDocs' usual level.
    assert problems[0] == "  - notes.md"
    assert problems[1].startswith("WARNING") and "'#person-nobody'" in problems[1]
    assert problems[2].startswith("WARNING") and "'missing.md'" in problems[2]


@pytest.mark.warnings_expected
def test_a_bad_seed_warns_and_strict_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [broken\n---\nBody.\n", encoding="utf-8")
    config = make_project(tmp_path / "project", [FIXTURE_SEEDS / "festival.txt", bad])
    lenient = run_mkdocs("build", "-f", str(config), "-d", str(tmp_path / "site"))
    assert lenient.returncode == 0
    assert "WARNING" in lenient.stderr and "bad.md" in lenient.stderr
    assert (tmp_path / "site" / "articles").is_dir()
    strict = run_mkdocs("build", "--strict", "-f", str(config), "-d", str(tmp_path / "strict"))
    assert strict.returncode == 1


class CaptureGeneratedFiles(BasePlugin):  # type: ignore[type-arg]
    """Records the Markdown MkDocs was handed for every generated page."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> None:
        for file in files:
            if file.generated_by == "news-digest":
                self.pages[file.src_uri] = file.content_string


@pytest.mark.parametrize("directory_urls", [True, False])
def test_plugin_markdown_equals_the_cli_tree_byte_for_byte(
    tmp_path: Path, directory_urls: bool
) -> None:
    config_file = make_project(tmp_path / "project", sorted(FIXTURE_SEEDS.iterdir()))
    if not directory_urls:
        # The pages' raw HTML links differ by URL style: both doors must read the same one.
        config_file.write_text(
            config_file.read_text(encoding="utf-8") + "use_directory_urls: false\n",
            encoding="utf-8",
        )
    config = load_config(config_file=str(config_file), site_dir=str(tmp_path / "site"))
    capture = CaptureGeneratedFiles()
    config.plugins["capture"] = capture  # runs after news-digest: it was added last
    build(config)

    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "-q",
            "-f",
            str(config_file),
            "build",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    written = {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and p.name != MANIFEST
    }
    assert written == {path: markdown.encode() for path, markdown in capture.pages.items()}
    archive = written["articles/index.md"].decode()
    assert ('porto-vale-passes-its-budget/"' in archive) is directory_urls
    # home, 3 listings, 3 articles, Maria Lopez and Porto Vale (one place across two articles,
    # with a feed); figures.csv, 2 JSON files, data page, 2 feeds
    assert len(written) == 18


def test_key_phrases_become_tags_with_an_index(built_site: Path) -> None:
    slug = "vladimir-putin-and-xi-jinping-have-met-about-40-times"
    article = read_html(built_site / "articles" / slug / "index.html")
    tags = [a.get_text(strip=True) for a in article.select("nav.md-tags .md-tag")]
    assert "Xi Jinping" in tags
    index = read_html(built_site / "tags" / "index.html")
    assert f"../articles/{slug}/" in {a["href"] for a in index.select("article a[href]")}


def test_article_page_leaves_out_a_tldr_its_summary_opens_with(built_site: Path) -> None:
    page = read_html(built_site / "articles" / "porto-vale-passes-its-budget" / "index.html")
    # The TL;DR is the lead, shortened; the summary right below opens with the lead itself.
    assert page.select_one("article .admonition.abstract") is None
    first = page.select_one("article h2#summary + ul > li")
    assert first is not None and "approved a budget of 120 million euros" in first.get_text()


def test_figures_index_offers_csv_and_sorting(built_site: Path) -> None:
    page = read_html(built_site / "figures" / "index.html")
    assert page.select_one("#news-digest-figure-table") is not None
    scripts = [s["src"] for s in page.select("script[src]")]
    assert any(src.endswith("tablesort.min.js") for src in scripts)
    csv_text = (built_site / "figures" / "figures.csv").read_text(encoding="utf-8")
    assert "1.28 trillion yuan" in csv_text and "$153 billion" in csv_text


def test_seed_timeline_resolves_weekdays_against_the_article_date(built_site: Path) -> None:
    slug = "vladimir-putin-and-xi-jinping-have-met-about-40-times"
    page = read_html(built_site / "articles" / slug / "index.html")
    rows = {
        cells[1]: cells[0]
        for row in page.select("article table tr")
        if len(cells := [td.get_text(strip=True) for td in row.select("td")]) == 3
    }
    assert rows["Monday"] == "2023-03-20"
    assert rows["Tuesday"] == "2023-03-21"


def test_feeds_are_valid_and_absolute(built_site: Path) -> None:
    import feedparser  # type: ignore[import-untyped]

    feed = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert feed.bozo == 0
    links = [entry.link for entry in feed.entries]
    assert "https://example.github.io/news-digest/articles/porto-vale-passes-its-budget/" in links
    person = feedparser.parse((built_site / "entities" / "person" / "maria-lopez.xml").read_bytes())
    assert person.bozo == 0
    assert len(person.entries) == 2


def test_data_files_round_trip_to_the_pages(built_site: Path) -> None:
    articles = json.loads((built_site / "articles.json").read_text(encoding="utf-8"))["articles"]
    for article in articles:
        assert (built_site / "articles" / article["id"] / "index.html").is_file()
    entities = json.loads((built_site / "entities.json").read_text(encoding="utf-8"))["entities"]
    lopez = next(e for e in entities if e["name"] == "Maria Lopez")
    assert (built_site / "entities" / lopez["id"] / "index.html").is_file()
    assert len(lopez["articles"]) == 2
    assert (built_site / "sitemap.xml").is_file()
    assert (built_site / "data" / "index.html").is_file()


def test_a_renamed_slug_redirects_to_the_new_page(tmp_path: Path) -> None:
    config = make_project(tmp_path, [FIXTURE_SEEDS / "city-budget.md"])
    site = tmp_path / "site"
    assert run_mkdocs("build", "--strict", "-f", str(config), "-d", str(site)).returncode == 0
    assert "articles/porto-vale-passes-its-budget/" in (tmp_path / "urls.yml").read_text()
    seed = tmp_path / "seeds" / "city-budget.md"
    seed.write_text(seed.read_text().replace("title:", "slug: budget-2024\ntitle:", 1))
    result = run_mkdocs("build", "--strict", "-f", str(config), "-d", str(site))
    assert result.returncode == 0, result.stderr
    old = read_html(site / "articles" / "porto-vale-passes-its-budget" / "index.html")
    refresh = old.select_one('meta[http-equiv="refresh"]')
    assert refresh is not None and refresh["content"].endswith("../budget-2024/")
    assert (site / "articles" / "budget-2024" / "index.html").is_file()
