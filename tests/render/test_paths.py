import posixpath

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mkdocs.structure.files import File

from generator.render.paths import canonical_url, page_url, relative, relative_url


def test_relative_links_between_pages() -> None:
    assert relative("articles/a.md", "entities/person/xi.md") == "../entities/person/xi.md"
    assert relative("index.md", "articles/a.md") == "articles/a.md"
    assert (
        relative("entities/person/xi.md", "entities/index.md#person-xi") == "../index.md#person-xi"
    )


FOLDERS = st.lists(st.sampled_from(["a", "b", "entities"]), max_size=3)
FILES = st.sampled_from(["x.md", "index.md"])


@given(FOLDERS, FILES, FOLDERS, FILES)
def test_relative_agrees_with_posixpath(
    source: list[str], source_file: str, target: list[str], target_file: str
) -> None:
    from_page, to_page = "/".join([*source, source_file]), "/".join([*target, target_file])
    expected = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    assert relative(from_page, to_page) == expected


@pytest.mark.parametrize(
    ("page", "directory_urls", "url"),
    [
        ("index.md", True, ""),
        ("articles/index.md", True, "articles/"),
        ("articles/a.md", True, "articles/a/"),
        ("entities/person/xi.md", True, "entities/person/xi/"),
        ("index.md", False, "index.html"),
        ("articles/index.md", False, "articles/index.html"),
        ("articles/a.md", False, "articles/a.html"),
    ],
)
def test_page_urls_are_where_mkdocs_publishes_the_pages(
    page: str, directory_urls: bool, url: str
) -> None:
    assert page_url(page, directory_urls=directory_urls) == url


def test_links_in_raw_html_are_final_urls() -> None:
    to_index = relative_url("articles/a.md", "entities/index.md#person-xi", directory_urls=True)
    assert to_index == "../../entities/#person-xi"
    to_page = relative_url("entities/person/xi.md", "articles/a.md", directory_urls=True)
    assert to_page == "../../../articles/a/"
    assert relative_url("articles/a.md", "index.md", directory_urls=True) == "../../"
    assert relative_url("articles/index.md", "articles/b.md", directory_urls=True) == "b/"
    flat = relative_url("articles/a.md", "entities/index.md#person-xi", directory_urls=False)
    assert flat == "../entities/index.html#person-xi"
    assert relative_url("articles/a.md", "articles/b.md", directory_urls=False) == "b.html"


def test_an_anchor_on_the_same_page_is_the_anchor_alone() -> None:
    for directory_urls in (True, False):
        link = relative_url("entities/a.md", "entities/a.md#x", directory_urls=directory_urls)
        assert link == "#x"


PAGES = st.builds(
    lambda folders, name: "/".join([*folders, name]),
    st.lists(st.sampled_from(["a", "b", "entities"]), max_size=3),
    st.sampled_from(["x.md", "index.md", "a.md"]),
)


@given(PAGES, PAGES, st.booleans(), st.sampled_from(["", "person-xi"]))
def test_relative_url_is_the_url_mkdocs_writes_for_the_same_link(
    from_page: str, to_page: str, directory_urls: bool, anchor: str
) -> None:
    # MkDocs' own rewriting of a Markdown link between the two files, as in a page's HTML.
    source, target = (File(page, "docs", "site", directory_urls) for page in (from_page, to_page))
    expected = target.url_relative_to(source)
    if anchor:
        expected = f"#{anchor}" if from_page == to_page else f"{expected}#{anchor}"
        to_page = f"{to_page}#{anchor}"
    assert relative_url(from_page, to_page, directory_urls=directory_urls) == expected


@pytest.mark.parametrize(
    ("md_path", "url"),
    [
        ("index.md", ""),
        ("articles/index.md", "articles/"),
        ("articles/a-b.md", "articles/a-b/"),
        ("entities/index.md#person-x", "entities/#person-x"),
        ("entities/person/x.md", "entities/person/x/"),
    ],
    # Whatever the site's use_directory_urls: feeds and urls.yml keep one form.
)
def test_canonical_url_follows_mkdocs_directory_urls(md_path: str, url: str) -> None:
    assert canonical_url(md_path) == url
