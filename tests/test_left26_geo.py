"""Geoparsing cases left by the twenty-fifth session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser
from tests.helpers import places_by

_places = places_by("country", "admin1")


@pytest.mark.parametrize(("text", "name", "where"), [
    ("Miami Beach approved a $900 million budget on Tuesday after a long night of debate.",
     "Miami Beach", ("US", "FL")),
    (("Council votes on pier repairs\n\nWest Columbia approved the repairs on Monday, and the "
     "work starts next month."), "West Columbia", ("US", "SC")),
    ("New London approved a new contract for its teachers on Monday night.",
     "New London", ("US", "CT")),
])
def test_a_town_opening_a_sentence_is_found_when_its_words_are_a_place_s(
        geoparser: Geoparser, text: str, name: str, where: tuple[str, str]) -> None:
    assert _places(geoparser, text).get(name) == where


@pytest.mark.parametrize(("text", "name"), [
    ("Iron Mountain said it would open a new data centre next year.", "Iron Mountain"),
    ("Blue Bell recalled its ice cream after a listeria scare.", "Blue Bell"),
    ("Southern Cross University said its campus would reopen after the floods.",
     "Southern Cross"),
])
def test_a_phrase_of_ordinary_words_opening_a_sentence_stays_no_place(
        geoparser: Geoparser, text: str, name: str) -> None:
    assert name not in _places(geoparser, text)


def test_a_team_named_for_a_big_city_makes_no_other_mention_a_person_s(
        geoparser: Geoparser) -> None:
    text = ("A former Orlando Magic guard bought a condominium downtown, and the party that "
            "followed was thrown by an Orlando developer who said Orlando had become a "
            "year-round market.")
    assert [m.place.admin1 for m in geoparser.parse(text)
            if m.surface == "Orlando" and m.place] == ["FL", "FL"]


def test_a_university_named_for_its_city_stays_no_place(geoparser: Geoparser) -> None:
    text = ("The Nile talks resumed in Addis Ababa on Monday. \"The technical problem could be "
            "solved in an afternoon,\" said Mohamed Hafez, a water engineer at Cairo "
            "University.")
    assert "Cairo" not in {m.surface for m in geoparser.parse(text) if m.place}


@pytest.mark.parametrize("text", [
    ('Ana Ruiz, a dealer from Madrid, shrugged. "In Miami Beach people buy at the bar. Here '
     'they ask about the frame."'),
    "The fair closed in Doha on Sunday. Art Basel Miami Beach opens in December.",
])
def test_a_feature_s_name_ending_in_a_known_town_is_the_town(geoparser: Geoparser,
                                                            text: str) -> None:
    found = {m.surface: m.place.admin1 for m in geoparser.parse(text) if m.place}
    assert found.get("Miami Beach") == "FL"
    assert not any(" Beach" in surface and surface != "Miami Beach" for surface in found)


def test_a_feature_named_by_kind_words_stays_whole(geoparser: Geoparser) -> None:
    found = {m.surface for m in geoparser.parse("Hikers crowded Zion National Park in Utah.")}
    assert "Zion National Park" in found


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Buyers came from 34 countries, the most from London, Hong Kong and the Dallas area.",
     "London", "GB"),
    ("The airline adds flights to Tokyo, Singapore and Sydney next spring.", "Tokyo", "JP"),
])
def test_a_big_city_listed_before_a_country_is_placed(geoparser: Geoparser, text: str,
                                                      name: str, country: str) -> None:
    assert _places(geoparser, text).get(name, ("",))[0] == country


def test_a_village_written_before_a_country_it_is_not_in_is_still_guessed_there(
        geoparser: Geoparser) -> None:
    text = "Trekkers set off from Thame, Nepal, towards the Everest region on Monday."
    assert _places(geoparser, text).get("Thame", ("NP",))[0] == "NP"


def test_a_curated_quarter_named_by_ordinary_words_is_found(geoparser: Geoparser) -> None:
    text = ("The auction house moved into the former Whitney building on the Upper East Side, "
            "a block from Central Park.")
    assert _places(geoparser, text).get("Upper East Side") == ("US", "NY")
