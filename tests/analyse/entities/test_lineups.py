"""Line-ups: the players listed for a side are people, on small made-up articles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.entities.lineups import find_lineup_players
from generator.analyse.entities.mentions import find_mentions
from generator.analyse.entities.spans import Candidate


def players(nlp: Language, text: str, teams: tuple[str, ...] = ()) -> list[str]:
    doc = nlp(text)
    candidates = []
    for team in teams:
        span = doc.char_span(text.index(team), text.index(team) + len(team))
        assert span is not None
        candidates.append(Candidate(span.start, span.end, "ORG"))
    return [doc[start:end].text for start, end in find_lineup_players(doc, candidates)]


def test_a_list_with_a_substitution_lists_players(nlp: Language) -> None:
    text = "Tarvos won.\n\nOdek, Vannan, Korrig (Maalu 73), Van Dessel, Ibbo-Rann.\n"
    assert players(nlp, text) == [
        "Odek", "Vannan", "Korrig", "Maalu", "Van Dessel", "Ibbo-Rann",
    ]  # fmt: skip


def test_a_list_under_a_team_or_the_substitutes_lists_players(nlp: Language) -> None:
    text = "Tarvos United: Odek, Vannan, Korrig.\n\nSubs not used: Maalu, Dessel.\n"
    assert players(nlp, text, teams=("Tarvos United",)) == [
        "Odek", "Vannan", "Korrig", "Maalu", "Dessel",
    ]  # fmt: skip


def test_a_rugby_side_run_into_the_report_lists_players(nlp: Language) -> None:
    """Semicolons between positions, a captain's bracket, and a heading the model did not read
    as a team, after the report's last sentence on the same line: a side's worth of names."""
    side = "Odek; Vannan, Korrig, Maalu, Dessel; Ibbo, Rann; Tesk, Vorr, Gell; Hask, Pell (capt)"
    text = f"The pitch passed its inspection. Tarvos: {side}, Morr, Kett, Lunn.\n"
    assert players(nlp, text) == [
        "Odek", "Vannan", "Korrig", "Maalu", "Dessel", "Ibbo", "Rann", "Tesk", "Vorr", "Gell",
        "Hask", "Pell", "Morr", "Kett", "Lunn",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Odek, Vannan and Korrig met on Monday.\n",  # prose, no line-up's mark
        "Odek, Vannan, Korrig.\n",  # a bare list: bookings or anything else
        "Venues: London, Paris, Rome (Milan 2).\n",  # places, not players
        "Sponsors: Korvex, Tarvos, Vannan.\n",  # a heading that is no team's
        "Korrig (Maalu 73) said he would stay, and Odek agreed, as did Vannan.\n",
    ],
)
def test_other_lists_are_no_line_up(nlp: Language, text: str) -> None:
    assert players(nlp, text) == []


def test_a_player_in_a_line_up_is_a_person_cued_as_one(nlp: Language) -> None:
    text = (
        "Tarvos beat Vardar on Saturday.\n\n"
        "Odekka, Vannan, Korrig (Maalu 73), Dessel, Ibbotsen.\n\n"
        "Subs not used: Ruuta, Lemmik.\n"
    )
    found = {m.text: (m.label, m.cue) for m in find_mentions(nlp(text))}
    for name in ("Odekka", "Vannan", "Korrig", "Maalu", "Dessel", "Ibbotsen", "Ruuta", "Lemmik"):
        assert found[name] == ("PERSON", "PERSON"), name
    assert "Maalu 73" not in found
