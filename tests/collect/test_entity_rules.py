from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

from generator.collect.entity_rules import (
    EMPTY_RULES,
    ENTITY_RULES_FILE,
    EntityRule,
    EntityRules,
    EntityRulesError,
    load_entity_rules,
)

EXAMPLE = """\
# Applied on the next build.
Vladimir Putin:
  aliases: [Putin, V. Putin, "President Putin"]
  type: person
European Union:
  aliases: [EU, the E.U.]
  type: organisation
West:
  hide: true
  aliases: [the Occident]
Xi:
  rename: Xi Jinping
"""


def write_rules(folder: Path, text: str) -> Path:
    path = folder / ENTITY_RULES_FILE
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(folder: Path, text: str) -> EntityRules:
    return load_entity_rules(write_rules(folder, text))


def refusal(folder: Path, text: str) -> tuple[int | None, str]:
    path = write_rules(folder, text)
    with pytest.raises(EntityRulesError) as caught:
        load_entity_rules(path)
    error = caught.value
    prefix = f"{path}:{error.line}: " if error.line is not None else f"{path}: "
    assert str(error) == prefix + error.reason
    return error.line, error.reason


# --- what each kind of rule does


def test_aliases_merge_into_the_name_to_show(tmp_path: Path) -> None:
    rules = load(tmp_path, EXAMPLE)
    for spelling in ("Putin", "V. Putin", "President Putin", "Vladimir Putin", "PUTIN's"):
        assert rules.resolve(spelling, "person") == ("Vladimir Putin", "person")


def test_a_type_moves_the_entity_into_that_group_from_any_group(tmp_path: Path) -> None:
    rules = load(tmp_path, EXAMPLE)
    assert rules.resolve("EU", "place") == ("European Union", "organisation")
    assert rules.resolve("Putin", "organisation") == ("Vladimir Putin", "person")


def test_without_a_type_the_mention_keeps_its_group(tmp_path: Path) -> None:
    rules = load(tmp_path, "Washington:\n  aliases: [Washington DC]\n")
    assert rules.resolve("Washington DC", "place") == ("Washington", "place")
    assert rules.resolve("washington", "person") == ("Washington", "person")


def test_hidden_names_and_their_aliases_resolve_to_none(tmp_path: Path) -> None:
    rules = load(tmp_path, EXAMPLE)
    assert rules.resolve("West", "place") is None
    assert rules.resolve("the west", "group") is None
    assert rules.resolve("Occident", "place") is None


def test_a_rename_merges_into_a_name_nobody_else_lists(tmp_path: Path) -> None:
    rules = load(tmp_path, EXAMPLE)
    assert rules.resolve("Xi", "person") == ("Xi Jinping", "person")
    assert rules.resolve("XI JINPING", "person") == ("Xi Jinping", "person")


def test_a_rename_takes_the_type_of_the_entry_it_points_to(tmp_path: Path) -> None:
    rules = load(tmp_path, "Xi:\n  rename: Xi Jinping\nXi Jinping:\n  type: person\n")
    assert rules.resolve("Xi", "organisation") == ("Xi Jinping", "person")


def test_renames_chain_to_the_end_and_through_aliases(tmp_path: Path) -> None:
    rules = load(
        tmp_path,
        """\
        Pekin:
          rename: Peiping
        Peiping:
          rename: Peking
        Beijing:
          aliases: [Peking]
          type: place
        """,
    )
    for spelling in ("Pekin", "Peiping", "Peking", "Beijing"):
        assert rules.resolve(spelling, "person") == ("Beijing", "place")


def test_a_rename_that_repeats_an_alias_is_accepted(tmp_path: Path) -> None:
    rules = load(tmp_path, "Xi Jinping:\n  aliases: [Xi]\nXi:\n  rename: xi jinping\n")
    assert rules.resolve("Xi", "person") == ("Xi Jinping", "person")


def test_a_bare_name_sets_how_it_is_written(tmp_path: Path) -> None:
    rules = load(tmp_path, "NATO:\n")
    assert rules.resolve("Nato", "organisation") == ("NATO", "organisation")


def test_names_no_rule_covers_come_back_unchanged(tmp_path: Path) -> None:
    rules = load(tmp_path, EXAMPLE)
    assert rules.resolve("Angela Merkel", "person") == ("Angela Merkel", "person")
    assert EMPTY_RULES.resolve("Putin", "person") == ("Putin", "person")


def test_matching_ignores_case_accents_dots_and_the(tmp_path: Path) -> None:
    rules = load(tmp_path, "America:\n  aliases: [US]\nJosé Müller:\n  aliases: [Müller]\n")
    assert rules.resolve("the U.S.", "place") == ("America", "place")
    assert rules.resolve("United States", "place") == ("America", "place")
    assert rules.resolve("MULLER", "person") == ("José Müller", "person")
    assert rules.resolve("Jose Muller's", "person") == ("José Müller", "person")


def test_type_accepts_spacy_labels_and_american_spelling(tmp_path: Path) -> None:
    rules = load(
        tmp_path,
        "Acme:\n  type: organization\nMars:\n  type: LOC\nMaria:\n  type: Person\n"
        "Magna Carta:\n  type: work of art\n",
    )
    assert rules.resolve("Acme", "person") == ("Acme", "organisation")
    assert rules.resolve("Mars", "product") == ("Mars", "place")
    assert rules.resolve("Maria", "place") == ("Maria", "person")
    assert rules.resolve("Magna Carta", "law") == ("Magna Carta", "work")


def test_names_yaml_would_read_as_numbers_or_booleans_stay_names(tmp_path: Path) -> None:
    rules = load(tmp_path, "1984:\n  type: work\nNorway:\n  aliases: [NO]\n")
    assert rules.resolve("1984", "event") == ("1984", "work")
    assert rules.resolve("NO", "place") == ("Norway", "place")


# --- files that hold no rules


def test_a_missing_file_means_no_rules(tmp_path: Path) -> None:
    assert load_entity_rules(tmp_path / ENTITY_RULES_FILE) is EMPTY_RULES


def test_an_empty_or_comment_only_file_means_no_rules(tmp_path: Path) -> None:
    assert load(tmp_path, "") == EMPTY_RULES
    assert load(tmp_path, "# nothing yet\n") == EMPTY_RULES


# --- the value itself


def test_rules_are_immutable_and_hashable(tmp_path: Path) -> None:
    rules = load(tmp_path, EXAMPLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rules.by_key = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        rules.by_key["putin"] = EntityRule("Someone")  # type: ignore[index]
    assert hash(rules) == hash(load(tmp_path, EXAMPLE))
    assert rules.by_key["putin"] == EntityRule("Vladimir Putin", "person")


def test_digest_depends_on_what_the_rules_do_not_on_layout(tmp_path: Path) -> None:
    digest = load(tmp_path, EXAMPLE).digest()
    assert len(digest) == 64
    assert set(digest) <= set("0123456789abcdef")
    reordered = """\
        Xi: {rename: Xi Jinping}
        West: {aliases: [Occident], hide: yes}
        European Union: {type: organisation, aliases: [E.U., EU]}
        Vladimir Putin:
          type: person
          aliases: ["President Putin", V. Putin, putin]
        """
    assert load(tmp_path, reordered).digest() == digest
    assert load(tmp_path, reordered) == load(tmp_path, EXAMPLE)
    assert load(tmp_path, EXAMPLE.replace("type: person", "type: group")).digest() != digest
    assert EMPTY_RULES.digest() not in {digest, load(tmp_path, "NATO:\n").digest()}


def test_digest_is_the_same_in_another_process(tmp_path: Path) -> None:
    path = write_rules(tmp_path, EXAMPLE)
    script = (
        "import sys; from pathlib import Path; from generator.collect.entity_rules import "
        "load_entity_rules; print(load_entity_rules(Path(sys.argv[1])).digest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == load_entity_rules(path).digest()


# --- refusals, each with its line


ALIAS_OF_TWO = """\
Vladimir Putin:
  aliases:
    - Putin
    - V. Putin
Putin family:
  aliases:
    - the Putins
    - Putin
"""


def test_an_alias_claimed_by_two_entities(tmp_path: Path) -> None:
    assert refusal(tmp_path, ALIAS_OF_TWO) == (
        8,
        '"Putin" is listed as an alias of both "Vladimir Putin" and "Putin family"',
    )


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("Putin: [unclosed\n", 2, "YAML error: expected ',' or ']', but got '<stream end>'"),
        (
            "Putin:\n\taliases: [x]\n",
            2,
            "YAML error: found character '\\t' that cannot start any token",
        ),
        ("- Putin\n- Xi\n", 1, "the file must list names, each followed by a colon and its rule"),
        (
            "Putin: a person\n",
            1,
            '"Putin": write its rule as keys indented below the name: '
            '"aliases", "type", "hide" or "rename"',
        ),
        ("Putin: [V. Putin]\n", 1, '"Putin": put the list of other spellings under "aliases:"'),
        (
            "Putin:\n  alias: [V. Putin]\n",
            2,
            '"Putin": unknown key "alias" (did you mean '
            '"aliases"?); use "aliases", "type", "hide" or "rename"',
        ),
        (
            "Putin:\n  aliases: V. Putin\n",
            2,
            '"Putin": aliases must be a list, such as [EU, the E.U.]',
        ),
        (
            "Putin:\n  aliases: [[V. Putin]]\n",
            2,
            'an alias of "Putin" must be plain text, not a list or a mapping',
        ),
        ("Putin:\n  aliases: [V. Putin, '...']\n", 2, '"..." is not a name'),
        ("Putin:\n  aliases:\n", 2, '"Putin": "aliases" has no value'),
        (
            "A:\n---\nB:\n",
            2,
            "YAML error: expected a single document in the stream, but found another document",
        ),
        ("? [a, b]\n: {type: person}\n", 1, "a name must be plain text, not a list or a mapping"),
        (
            "Putin:\n  type: persn\n",
            2,
            '"Putin": unknown type "persn"; use one of person, '
            "organisation, place, group, event, work, law, product",
        ),
        ("Putin:\n  type: [person]\n", 2, '"Putin": type must be one word, such as person'),
        ("West:\n  hide: maybe\n", 2, '"West": hide must be true or false'),
        ("West:\n  hide: 'true'\n", 2, '"West": hide must be true or false'),
        ("West:\n  hide: true\n  hide: false\n", 3, '"West": "hide" is given twice'),
        (
            "West:\n  hide: true\n  type: place\n",
            1,
            '"West" is hidden, so its "type" would have no effect',
        ),
        ("Xi:\n  rename: Xi Jinping\n  hide: true\n", 1, '"Xi" cannot be both hidden and renamed'),
        (
            "Xi:\n  rename: [Xi Jinping]\n",
            2,
            '"Xi": rename must be plain text, not a list or a mapping',
        ),
        (
            "Xi:\n  rename: Xi Jinping\n  type: person\n",
            1,
            '"Xi" is renamed to "Xi Jinping": put its "type" under "Xi Jinping" instead',
        ),
        (
            "nato:\n  rename: NATO\n",
            1,
            '"nato" is renamed to "NATO", which is the same name; to '
            'change how it is shown, write "NATO:" as the entry\'s name instead',
        ),
        (
            "Putin:\n  type: person\nPutin:\n  hide: true\n",
            3,
            '"Putin" already has an entry on line 1',
        ),
        (
            "EU:\n  type: organisation\nthe E.U.:\n  hide: true\n",
            3,
            '"the E.U." is the same name as "EU", which already has an entry on line 1',
        ),
        (
            "Putin:\n  type: person\nVladimir Putin:\n  aliases: [Putin]\n",
            4,
            '"Putin" is both an entry of its own (line 1) and listed as an alias of '
            '"Vladimir Putin" (line 4)',
        ),
        (
            "Europe:\n  aliases: [West]\nWest:\n  hide: true\n",
            3,
            '"West" is both hidden (line 3) and listed as an alias of "Europe" (line 2)',
        ),
        (
            "Xi family:\n  aliases: [Xi]\nXi:\n  rename: Xi Jinping\n",
            3,
            '"Xi" is both renamed to "Xi Jinping" (line 3) and listed as an alias of "Xi family" '
            "(line 2)",
        ),
        (
            "A:\n  rename: B\nB:\n  rename: C\nC:\n  rename: A\n",
            1,
            'renames go round in a circle: "A" → "B" → "C" → "A"',
        ),
        (
            "Putin: !!python/object/apply:os.system ['true']\n",
            1,
            "the YAML tag !!python/object/apply:os.system is not allowed here",
        ),
        ("Putin:\n  aliases: [!custom V. Putin]\n", 2, "the YAML tag !custom is not allowed here"),
    ],
)
def test_refusals_name_the_line_and_the_reason(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    assert refusal(tmp_path, text) == (line, reason)


def test_a_file_that_is_not_utf8_is_refused_without_a_line(tmp_path: Path) -> None:
    path = tmp_path / ENTITY_RULES_FILE
    path.write_bytes("Müller:\n  type: person\n".encode("latin-1"))
    with pytest.raises(EntityRulesError) as caught:
        load_entity_rules(path)
    assert caught.value.line is None
    assert str(caught.value).startswith(f"{path}: cannot be read: 'utf-8' codec can't decode")


def test_the_readme_example_is_valid(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```yaml\nVladimir Putin:", 1)[1].split("```", 1)[0]
    path = tmp_path / "entities.yml"
    path.write_text("Vladimir Putin:" + example, encoding="utf-8")
    rules = load_entity_rules(path)
    assert rules.resolve("V. Putin", "person") == ("Vladimir Putin", "person")
    assert rules.resolve("West", "place") is None
    assert rules.resolve("Xi", "person") == ("Xi Jinping", "person")
