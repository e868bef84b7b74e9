from generator.render.paths import relative


def test_relative_links_between_pages() -> None:
    assert relative("articles/a.md", "entities/person/xi.md") == "../entities/person/xi.md"
    assert relative("index.md", "articles/a.md") == "articles/a.md"
    assert (
        relative("entities/person/xi.md", "entities/index.md#person-xi") == "../index.md#person-xi"
    )
