import datetime as dt
from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from factories import make_entry_input

from generator.collect import entity_index
from generator.collect.entity_index import Entity
from generator.collect.site import SiteContent, collect_site
from generator.render.entities import LEADERS_SHOWN, render_entity_indexes, render_entity_page
from generator.render.markup import RAW_HTML_START, UNSEARCHED_HTML_START

ToHtml = Callable[[str], BeautifulSoup]
ADA = ("Ada Lovelace", "PERSON", "Ada Lovelace")
ADA_SHORT = ("Lovelace", "PERSON", "Ada Lovelace")
ROME = ("Rome", "GPE", "Rome")
BOB = ("Bob Stone", "PERSON", "Bob Stone")


def site() -> SiteContent:
    """Ada (also written "Lovelace") and Rome in two articles each, Bob in one."""
    return collect_site(
        [
            make_entry_input(
                "a.txt",
                "Ada Lovelace went to Rome with Bob Stone. It rained.",
                dt.date(2024, 1, 2),
                title="Ada <i>in</i> Rome",
                entities=(ADA, ROME, BOB),
            ),
            make_entry_input(
                "b.txt",
                "Lovelace saw Rome. She left.",
                dt.date(2024, 2, 1),
                title="Back",
                entities=(ADA_SHORT, ROME),
            ),
        ],
        2,
    )


def entity(content: SiteContent, anchor: str) -> Entity:
    return content.by_anchor[anchor]


def test_entity_page_sections_are_raw_html_with_final_urls(to_html: ToHtml) -> None:
    content = site()
    ada = entity(content, "person-ada-lovelace")
    markdown = render_entity_page(ada, content, directory_urls=True)
    # One Markdown link, to the entity index, in the line under the title.
    assert markdown.count("](") == 1
    page = to_html(markdown)
    aliases = page.select_one("h1 ~ p strong")
    assert aliases is not None and aliases.parent is not None
    assert aliases.parent.get_text() == "Also written as: Lovelace"
    chart = page.select_one("h2#mentioned-with + figure > svg > title")
    assert chart is not None
    assert chart.get_text() == "Entities most often in the same articles as Ada Lovelace"
    partners = page.select("h2#mentioned-with + figure + ul > li")
    assert [li.get_text() for li in partners] == [
        "Rome (2 shared articles)",
        "Bob Stone (1 shared article)",
    ]
    assert [a["href"] for a in page.select("h2#mentioned-with + figure + ul a")] == [
        "../../place/rome/",
        "../../#person-bob-stone",
    ]
    items = page.select("h2#articles + ul > li")
    assert len(items) == 2
    newest = items[0]
    assert [a.get_text() for a in newest.select("a")] == ["Back", "Rome"]
    assert [a["href"] for a in newest.select("a")] == [
        "../../../articles/back/",
        "../../place/rome/",
    ]
    assert newest.select_one("strong") is not None
    assert newest.get_text() == "Back · 2024-02-01 · mentioned once\nLovelace saw Rome."
    oldest = items[1]
    assert oldest.select_one("a") is not None
    assert oldest.get_text().startswith("Ada <i>in</i> Rome · 2024-01-02")
    assert oldest.select("i") == []
    # Bob has no page: his mention links his entry on the entity index.
    assert "../../#person-bob-stone" in [a["href"] for a in oldest.select("a")]


def test_entity_page_articles_section_is_searched_and_its_sentences_stay_text(
    to_html: ToHtml,
) -> None:
    hostile = "Ada Lovelace wrote <script>x()</script> [a](b) {{ c }} in Rome."
    content = collect_site(
        [
            make_entry_input("a.txt", hostile, dt.date(2024, 1, 2), entities=(ADA, ROME)),
            make_entry_input("b.txt", "Ada Lovelace left Rome.", entities=(ADA, ROME)),
        ],
        2,
    )
    markdown = render_entity_page(
        entity(content, "person-ada-lovelace"), content, directory_urls=True
    )
    articles = markdown[markdown.index("## Articles") :]
    assert articles.startswith("## Articles\n\n" + RAW_HTML_START + "\n<ul>")
    assert UNSEARCHED_HTML_START not in articles
    page = to_html(markdown)
    heading = page.select_one("h2#articles")
    assert heading is not None and not heading.has_attr("data-search-exclude")
    items = page.select("h2#articles + ul > li")
    assert (
        items[0]
        .get_text()
        .endswith("Ada Lovelace wrote <script>x()</script> [a](b) {{ c }} in Rome.")
    )
    assert page.select("script") == [] and "{{" not in markdown
    # Search skips the line of title, date and count, and reads the sentence.
    skipped = items[0].select_one("span[data-search-exclude]")
    assert skipped is not None and skipped.get_text().endswith("mentioned once")


def test_entity_page_links_without_directory_urls(to_html: ToHtml) -> None:
    content = site()
    page = to_html(render_entity_page(entity(content, "place-rome"), content, directory_urls=False))
    links = [a["href"] for a in page.select("h2#articles + ul a")]
    assert "../../articles/back.html" in links
    assert "../person/ada-lovelace.html" in links


def test_entity_index_lines(to_html: ToHtml) -> None:
    content = site()
    for directory_urls, ada, back in [
        (True, "person/ada-lovelace/", "../articles/back/"),
        (False, "person/ada-lovelace.html", "../articles/back.html"),
    ]:
        pages = render_entity_indexes(content, directory_urls=directory_urls)
        page = to_html(pages["entities/index.md"])
        line = page.select_one("li:has(> #person-ada-lovelace)")
        assert line is not None
        assert line.get_text() == "Ada Lovelace (2 articles): Back, Ada <i>in</i> Rome"
        assert [a["href"] for a in line.select("a")][:2] == [ada, back]
        bob = page.select_one("li:has(> #person-bob-stone)")
        assert bob is not None and bob.get_text().startswith("Bob Stone (1 article)")
        assert bob.select_one("strong a") is None  # no page of his own


def leaders_site() -> SiteContent:
    """Rome in three articles; Ada and Bob in two each, Bob named more often; Cy in one."""
    cy = ("Cy Hart", "PERSON", "Cy Hart")
    return collect_site(
        [
            make_entry_input(
                "a.txt",
                "Ada Lovelace met Bob Stone in Rome.",
                dt.date(2024, 1, 1),
                entities=(ADA, BOB, ROME),
            ),
            make_entry_input(
                "b.txt",
                "Ada Lovelace met Bob Stone in Rome.",
                dt.date(2024, 1, 2),
                entities=(ADA, BOB, BOB, ROME),
            ),
            make_entry_input(
                "c.txt", "Cy Hart saw Rome.", dt.date(2024, 1, 3), entities=(cy, ROME)
            ),
        ],
        2,
    )


def leader_lines(page: BeautifulSoup) -> list[str]:
    # Each count is kept on one line with its noun by a no-break space.
    lines = [li.get_text() for li in page.select("h2#most-mentioned + ul > li")]
    assert all("\xa0article" in line for line in lines)
    return [line.replace("\xa0", " ") for line in lines]


def test_the_entity_index_leads_with_each_groups_most_mentioned(to_html: ToHtml) -> None:
    content = leaders_site()
    page = to_html(render_entity_indexes(content, directory_urls=True)["entities/index.md"])
    headings = [h2.get_text() for h2 in page.select("h2")]
    assert headings[0].startswith("Most mentioned")
    assert headings[1].startswith("People")
    assert leader_lines(page) == [
        "People · 3 in all: Bob Stone (2 articles), Ada Lovelace (2 articles), Cy Hart (1 article)",
        "Places · 1 in all: Rome (3 articles)",
    ]
    links = [a["href"] for a in page.select("h2#most-mentioned + ul a")]
    # Cy Hart, in one article, has no page: his entry on this page.
    assert links == ["person/bob-stone/", "person/ada-lovelace/", "#person-cy-hart", "place/rome/"]


def test_the_leaders_are_cut_and_ties_go_to_the_newer(to_html: ToHtml) -> None:
    people = [(f"Person {n:02d}", "PERSON", f"Person {n:02d}") for n in range(LEADERS_SHOWN + 2)]
    content = collect_site(
        [
            make_entry_input(
                f"{n}.txt",
                f"{name} spoke.",
                dt.date(2024, 1, 1 + n),
                entities=((name, label, canonical),),
            )
            for n, (name, label, canonical) in enumerate(people)
        ],
        1,
    )
    page = to_html(render_entity_indexes(content, directory_urls=True)["entities/index.md"])
    (line,) = leader_lines(page)
    newest_first = [f"Person {n:02d} (1 article)" for n in reversed(range(len(people)))]
    assert line == f"People · {len(people)} in all: " + ", ".join(newest_first[:LEADERS_SHOWN])


def test_a_split_index_leads_with_the_leaders_before_the_letters(
    to_html: ToHtml, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entity_index, "SPLIT_INDEX_ABOVE", 2)
    content = leaders_site()
    assert {e.index_page for e in content.entities} == {
        "entities/a.md", "entities/b.md", "entities/c.md", "entities/r.md"
    }  # fmt: skip
    for directory_urls, bob, cy in [
        (True, "person/bob-stone/", "c/#person-cy-hart"),
        (False, "person/bob-stone.html", "c.html#person-cy-hart"),
    ]:
        pages = render_entity_indexes(content, directory_urls=directory_urls)
        page = to_html(pages["entities/index.md"])
        assert [h2.get_text() for h2 in page.select("h2")][:2] == ["Most mentioned¶", "By name¶"]
        links = [a["href"] for a in page.select("h2#most-mentioned + ul a")]
        assert links[0] == bob and links[2] == cy
        assert leader_lines(page)[0].startswith("People · 3 in all: Bob Stone (2 articles)")
        assert all(
            "most-mentioned" not in text
            for path, text in pages.items()
            if path != "entities/index.md"
        )


def test_a_short_form_kept_apart_says_what_it_may_mean() -> None:
    content = collect_site(
        [
            make_entry_input("a.txt", "Bush spoke.", entities=(("Bush", "PERSON", "Bush"),)),
            make_entry_input(
                "b.txt", "George Bush left.", entities=(("George Bush", "PERSON", "George Bush"),)
            ),
            make_entry_input(
                "c.txt", "Laura Bush came.", entities=(("Laura Bush", "PERSON", "Laura Bush"),)
            ),
        ],
        entity_page_min_articles=1,
    )
    pages = {e.name: render_entity_page(e, content, directory_urls=True) for e in content.entities}
    assert "<strong>May mean any of:</strong> George Bush, Laura Bush" in pages["Bush"]
    assert "May mean" not in pages["George Bush"]
