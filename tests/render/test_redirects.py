import pytest

from generator.render.redirects import redirect_page, redirect_pages, relative_url

A, B = "articles/a/", "articles/b/"


def test_redirect_page_refreshes_links_and_names_the_canonical_url() -> None:
    page = redirect_page('../b/?q="x"&y')
    target = "../b/?q=&quot;x&quot;&amp;y"
    assert f'<meta http-equiv="refresh" content="0; url={target}">' in page
    assert f'<link rel="canonical" href="{target}">' in page
    assert f'<a href="{target}">{target}</a>' in page
    assert '"x"' not in page


@pytest.mark.parametrize("bad", ["https://evil.example/", "//evil.example/", "javascript:x", "/a/"])
def test_redirect_page_refuses_targets_outside_the_site(bad: str) -> None:
    with pytest.raises(ValueError, match="relative URL"):
        redirect_page(bad)


@pytest.mark.parametrize(
    ("source", "target", "link"),
    [
        ("articles/a/", "articles/b/", "../b/"),
        ("entities/person/x/", "entities/#person-x", "../../#person-x"),
        ("entities/person/x/", "entities/person/y/", "../y/"),
        ("articles/a.html", "articles/b.html", "b.html"),
        ("articles/a/", "", "../../"),
        ("articles/a/", "articles/a/#top", "./#top"),
    ],
)
def test_relative_url(source: str, target: str, link: str) -> None:
    assert relative_url(source, target) == link


def test_redirect_pages_sit_where_the_old_url_is_served() -> None:
    pages = redirect_pages({B: A, "articles/old.html": "articles/new.html"})
    assert [page.path for page in pages] == ["articles/b/index.html", "articles/old.html"]
    assert 'url=../a/"' in pages[0].content
    assert 'url=new.html"' in pages[1].content
