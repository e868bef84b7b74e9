import posixpath

from hypothesis import given
from hypothesis import strategies as st

from generator.render.paths import relative


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
