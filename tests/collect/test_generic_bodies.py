import datetime as dt

from factories import make_entry_input

from generator.collect.entity_rules import EMPTY_RULES
from generator.collect.generic_bodies import qualify_generic_bodies
from generator.collect.site import collect_site, prepare_entities

# Made-up countries would not be in the gazetteer: these are real countries, the bodies' texts
# are made up.
CHILE, KENYA, UK = ("Chile", "GPE", "Chile"), ("Kenya", "GPE", "Kenya"), ("UK", "GPE", "UK")


def _site(*articles: tuple[tuple[str, str, str], ...]) -> list[tuple[str, str, int]]:
    content = collect_site(
        [
            make_entry_input(f"{i}.txt", _text(names), dt.date(2024, 1, i + 1), entities=names)
            for i, names in enumerate(articles)
        ],
        entity_page_min_articles=1,
    )
    return [(e.group, e.name, len(e.appearances)) for e in content.entities if e.group != "place"]


def _text(names: tuple[tuple[str, str, str], ...]) -> str:
    return " ".join(f"{surface} said." for surface, _, _ in names)


def test_a_generic_body_is_one_per_country() -> None:
    parliament = ("Parliament", "ORG", "Parliament")
    listed = _site((UK, UK, parliament), (UK, parliament), (KENYA, parliament))
    assert listed == [
        ("organisation", "Parliament (Kenya)", 1),
        ("organisation", "Parliament (UK)", 2),
    ]


def test_a_generic_body_of_one_country_keeps_its_name() -> None:
    court = ("Supreme Court", "ORG", "Supreme Court")
    assert _site((CHILE, court), (CHILE, court)) == [("organisation", "Supreme Court", 2)]


def test_a_country_qualified_body_takes_its_country_and_no_other() -> None:
    us_court = ("US Supreme Court", "ORG", "US Supreme Court")
    court = ("Supreme Court", "ORG", "Supreme Court")
    us = ("United States", "GPE", "United States")
    listed = _site((us, us_court), (us, court), (CHILE, court))
    assert listed == [
        ("organisation", "Supreme Court (Chile)", 1),
        ("organisation", "US Supreme Court", 2),
    ]


def test_a_ministry_word_alone_is_generic_but_a_named_body_is_not() -> None:
    agriculture = ("Agriculture", "ORG", "Agriculture")
    bbc = ("BBC", "ORG", "BBC")
    listed = _site((KENYA, agriculture, bbc), (UK, agriculture, bbc))
    assert listed == [
        ("organisation", "Agriculture (Kenya)", 1),
        ("organisation", "Agriculture (UK)", 1),
        ("organisation", "BBC", 2),
    ]


def test_an_articles_country_is_the_one_its_lead_names_even_by_its_peoples_word() -> None:
    court = ("Supreme Court", "ORG", "Supreme Court")
    us = ("United States", "GPE", "United States")
    chilean_lead = make_entry_input(
        "a.txt",
        "A Chilean court ruled. The Supreme Court said. United States said. US said.",
        dt.date(2024, 1, 1),
        entities=(("Chilean", "NORP", "Chilean"), court, us, ("US", "GPE", "United States")),
    )
    uk_court = make_entry_input(
        "b.txt", "UK said. Supreme Court said.", dt.date(2024, 1, 2), entities=(UK, court)
    )
    content = collect_site([chilean_lead, uk_court], entity_page_min_articles=1)
    bodies = sorted(e.name for e in content.entities if e.group == "organisation")
    assert bodies == ["Supreme Court (Chile)", "Supreme Court (UK)"]


def test_work_done_ahead_hands_the_collect_stage_the_same_renamed_mentions() -> None:
    """The plan made while one article is analysed decides as the site's own: its renamed
    mentions are the very ones collected, so the work done on them ahead is not done again."""
    parliament = ("Parliament", "ORG", "Parliament")
    site = [
        make_entry_input(f"{i}.txt", _text(names), dt.date(2024, 1, i + 1), entities=names)
        for i, names in enumerate([(UK, parliament), (UK, parliament), (KENYA, parliament)])
    ]
    pending = [(article, None if i == 2 else analysis, analysis if i == 2 else None)
               for i, (article, _, analysis) in enumerate(site)]  # fmt: skip
    ahead = prepare_entities(pending, min_articles=1)
    assert ahead.bodies.split == {"parliament"}
    qualified = qualify_generic_bodies(site, EMPTY_RULES, ahead.bodies)
    for (_, _, analysis), (_, _, renamed) in zip(site, qualified, strict=True):
        assert renamed.mentions is ahead.bodies.rename(analysis).mentions
    assert collect_site(site, 1, ahead=ahead).entities == collect_site(site, 1).entities
