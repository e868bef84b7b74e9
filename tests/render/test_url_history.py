import datetime as dt
from pathlib import Path

import pytest
import yaml
from factories import make_entry_input

from generator.collect.entity_rules import load_entity_rules
from generator.collect.site import SiteContent, collect_site
from generator.render.redirects import redirect_pages
from generator.render.url_history import (
    HEADER,
    UrlHistory,
    UrlHistoryError,
    current_urls,
    dump,
    entity_successors,
    load_url_history,
)

A, B, C = "articles/a/", "articles/b/", "articles/c/"


def history(**paths: tuple[str, ...]) -> UrlHistory:
    return UrlHistory({f"article:{key}.txt": value for key, value in paths.items()})


def test_update_appends_each_new_path_and_is_idempotent() -> None:
    first = UrlHistory().update({"article:x.txt": A})
    renamed = first.update({"article:x.txt": B})
    assert renamed == history(x=(A, B))
    assert renamed.update({"article:x.txt": B}) == renamed


def test_slug_rename_redirects_the_old_path() -> None:
    renamed = history(x=(A,)).update({"article:x.txt": B})
    assert renamed.redirects({"article:x.txt": B}) == {A: B}


def test_rename_back_moves_the_path_to_the_end_and_makes_no_loop() -> None:
    back = history(x=(A, B)).update({"article:x.txt": A})
    assert back == history(x=(B, A))
    assert back.redirects({"article:x.txt": A}) == {B: A}


def test_two_keys_swapping_paths_redirect_nothing() -> None:
    swapped = {"article:x.txt": B, "article:y.txt": A}
    updated = history(x=(A,), y=(B,)).update(swapped)
    assert updated == history(x=(B,), y=(A,))
    assert updated.redirects(swapped) == {}
    assert history(x=(A,), y=(B,)).redirects(swapped) == {}


def test_a_path_follows_the_key_that_held_it_last() -> None:
    # x left A for B, then y took A and moved on to C: A now leads to y's page.
    past = history(x=(A,)).update({"article:x.txt": B}).update({"article:y.txt": A})
    later = past.update({"article:x.txt": B, "article:y.txt": C})
    assert later == history(x=(B,), y=(A, C))
    assert later.redirects({"article:x.txt": B, "article:y.txt": C}) == {A: C}


def test_removed_keys_keep_their_history_but_get_no_redirect() -> None:
    kept = history(x=(A, B)).update({"article:y.txt": C})
    assert kept == history(x=(A, B), y=(C,))
    assert kept.redirects({"article:y.txt": C}) == {}


def test_pages_in_use_and_fragments_are_never_redirected() -> None:
    old = UrlHistory({"entity:person/x": ("entities/person/x/",), "article:x.txt": (A, B)})
    current = {"entity:person/x": "entities/#person-x", "article:x.txt": C}
    assert old.redirects(current, in_use=[A]) == {
        B: C,
        "entities/person/x/": "entities/#person-x",
    }
    assert old.update(current).paths["entity:person/x"] == ("entities/person/x/",)


def test_successors_lead_a_merged_key_to_its_new_page() -> None:
    old = UrlHistory({"entity:person/xi": ("entities/person/xi/",)})
    current = {"entity:person/xi jinping": "entities/person/xi-jinping/"}
    assert old.redirects(current) == {}
    assert old.redirects(current, successors={"entity:person/xi": "entity:person/xi jinping"}) == {
        "entities/person/xi/": "entities/person/xi-jinping/"
    }


def test_current_paths_must_be_distinct_and_inside_the_site() -> None:
    with pytest.raises(ValueError, match="same current URL"):
        UrlHistory().update({"article:x.txt": A, "article:y.txt": A})
    for bad in ("/articles/a/", "../a/", "https://evil.example/", "a/../../b/", ""):
        with pytest.raises(ValueError, match="inside the site"):
            UrlHistory().update({"article:x.txt": bad})


def test_dump_and_load_round_trip_hostile_keys(tmp_path: Path) -> None:
    kept = UrlHistory(
        {
            'article:it\'s: "odd" #1.txt': (A, B),
            "article:żółw/é.txt": (C,),
            "entity:person/ada lovelace": ("entities/person/ada-lovelace/",),
        }
    )
    text = dump(kept)
    assert text.startswith(HEADER)
    assert "commit it" in HEADER
    assert dump(kept) == text
    file = tmp_path / "urls.yml"
    file.write_text(text, encoding="utf-8")
    assert load_url_history(file) == kept
    assert "żółw" in text
    assert text.index("article:żółw") < text.index("entity:person")


def test_empty_and_missing_files_are_an_empty_history(tmp_path: Path) -> None:
    assert load_url_history(tmp_path / "missing.yml") == UrlHistory()
    file = tmp_path / "urls.yml"
    file.write_text(dump(UrlHistory()), encoding="utf-8")
    assert load_url_history(file) == UrlHistory()
    file.write_text("article:a.txt: []\n", encoding="utf-8")
    assert load_url_history(file) == UrlHistory()


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("article:a.txt: [articles/a/\n", 2, "YAML error"),
        ("- articles/a/\n", 1, "must map each key"),
        ("article:a.txt: articles/a/\n", 1, "must be a list"),
        ("# c\narticle:a.txt: [articles/a/]\narticle:a.txt: []\n", 3, "listed twice"),
        ("a.txt:\n- articles/a/\n", 1, "a key starts with"),
        ("article:a.txt:\n- articles/a/\n- /etc/\n", 3, "not a page URL"),
        ("article:a.txt:\n- ../../x/\n", 2, "not a page URL"),
        ("article:a.txt:\n- entities/#x\n", 2, "not a page URL"),
        ("article:a.txt:\n- !!python/name:os.system x\n", 2, "not allowed"),
        ("article:a.txt:\n- [articles/a/]\n", 2, "plain text"),
    ],
)
def test_corrupt_file_names_file_and_line(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    file = tmp_path / "urls.yml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(UrlHistoryError, match=reason) as caught:
        load_url_history(file)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{file}:{line}: ")


def test_undecodable_file_is_reported(tmp_path: Path) -> None:
    file = tmp_path / "urls.yml"
    file.write_bytes(b"article:a.txt: [\xff]\n")
    with pytest.raises(UrlHistoryError, match="cannot be read"):
        load_url_history(file)


def test_a_renamed_slug_gets_a_redirect_from_its_old_page() -> None:
    text = "Rain fell in town."
    before = collect_site([make_entry_input("r.txt", text, dt.date(2024, 1, 1), title="Rain")], 2)
    after = collect_site([make_entry_input("r.txt", text, dt.date(2024, 1, 1), slug="storm")], 2)
    assert current_urls(before) == {"article:r.txt": "articles/rain/"}
    kept = UrlHistory().update(current_urls(before)).update(current_urls(after))
    redirects = kept.redirects(current_urls(after))
    assert redirects == {"articles/rain/": "articles/storm/"}
    [page] = redirect_pages(redirects)
    assert page.path == "articles/rain/index.html"
    assert 'href="../storm/"' in page.content


def test_an_entity_renamed_in_entities_yml_leads_to_its_new_page(tmp_path: Path) -> None:
    def site_with_rules(rules: str) -> SiteContent:
        file = tmp_path / "entities.yml"
        file.write_text(rules, encoding="utf-8")
        xi = ("Xi", "PERSON", "Xi", "PERSON")
        inputs = [
            make_entry_input(f"{n}.txt", "Mr Xi spoke.", dt.date(2024, 1, n), entities=(xi,))
            for n in (1, 2)
        ]
        return collect_site(inputs, 2, load_entity_rules(file))

    before = site_with_rules("")
    after = site_with_rules("Xi Jinping:\n  aliases: [Xi]\n")
    assert current_urls(before)["entity:person/xi"] == "entities/person/xi/"
    assert current_urls(after)["entity:person/xi jinping"] == "entities/person/xi-jinping/"
    kept = UrlHistory().update(current_urls(before)).update(current_urls(after))
    successors = entity_successors(kept, after)
    assert successors == {"entity:person/xi": "entity:person/xi jinping"}
    assert kept.redirects(current_urls(after), successors=successors) == {
        "entities/person/xi/": "entities/person/xi-jinping/"
    }
    hidden = site_with_rules("Xi:\n  hide: true\n")
    assert entity_successors(kept, hidden) == {}


def test_file_is_plain_yaml_a_reader_can_load() -> None:
    text = dump(history(x=(A, B)))
    assert yaml.safe_load(text) == {"article:x.txt": [A, B]}


def test_a_surname_the_site_merges_into_a_full_name_leads_to_its_page() -> None:
    def article(day: int, *names: str) -> tuple[object, ...]:
        # "Mr Pinochet": a one-word name needs a person's evidence to be listed as one.
        text = " ".join(f"Mr {name} spoke." for name in names)
        entities = tuple((name, "PERSON", name, "PERSON") for name in names)
        return make_entry_input(f"{day}.txt", text, dt.date(2024, 1, day), entities=entities)

    before = collect_site([article(1, "Pinochet"), article(2, "Pinochet")], 2)
    after = collect_site(
        [article(1, "Pinochet"), article(2, "Pinochet"), article(3, "Augusto Pinochet")], 2
    )
    kept = UrlHistory().update(current_urls(before)).update(current_urls(after))
    successors = entity_successors(kept, after)
    assert successors == {"entity:person/pinochet": "entity:person/augusto pinochet"}
    assert kept.redirects(current_urls(after), successors=successors) == {
        "entities/person/pinochet/": "entities/person/augusto-pinochet/"
    }
