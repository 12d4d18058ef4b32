"""Geoparsing cases from the twenty-seventh session's reading of round 54, with texts of our
own: Romance surnames' particles and a surname with an age opening a sentence."""

import pytest

from placeline.geoparse import Geoparser
from tests.helpers import places_by

_surfaces = places_by("country", "admin1")


@pytest.mark.parametrize(("text", "person"), [
    ("The conquistador Francisco de Montejo founded the city in 1542 on Maya ruins.",
     "Montejo"),
    ("A drawing by Leonardo da Vinci sold in London on Tuesday.", "Vinci"),
    ("Hernando de Soto crossed the river near Memphis in 1541.", "Soto"),
    ("The ballet's sets were designed by Piero della Francesca's admirers in Arezzo.",
     "Francesca"),
])
def test_a_name_after_a_given_name_and_a_romance_particle_is_a_person_s(
        geoparser: Geoparser, text: str, person: str) -> None:
    assert not [s for s in _surfaces(geoparser, text) if person in s]


@pytest.mark.parametrize(("text", "name"), [
    ("Protesters blocked the motorway in the Val di Susa on Saturday.", "Susa"),
    ("Climbers were rescued in the Sierra de Órganos in Zacatecas.", "Órganos"),
])
def test_a_place_named_with_a_particle_after_a_place_word_stays_a_place(
        geoparser: Geoparser, text: str, name: str) -> None:
    assert any(name in s for s in _surfaces(geoparser, text))


def test_a_particle_s_person_leaves_the_word_a_place_elsewhere(geoparser: Geoparser) -> None:
    """The filly Belle de Touques is no river, but the mouth of the Touques still is."""
    text = ("DEAUVILLE, France - The filly Belle de Touques won on Sunday at the seaside "
            "course, a few hundred metres from the mouth of the Touques.")
    found = [m for m in geoparser.parse(text) if m.surface == "Touques" and m.place]
    assert [text[m.start - 13:m.start] for m in found] == ["mouth of the "]


def test_a_surname_with_an_age_opening_a_sentence_is_that_person(geoparser: Geoparser) -> None:
    """"Hamilton, 26, said …" is the rower, and the city of the same story stays a place."""
    text = ("HAMILTON, New Zealand - Rowers from across the country raced at Lake Karapiro "
            "near Hamilton on Sunday. Jack Hamilton of Auckland won the single sculls.\n\n"
            "Hamilton, 26, said he would now head to Sydney.")
    found = [m.start for m in geoparser.parse(text) if m.surface == "Hamilton" and m.place]
    assert text.index("Hamilton, 26") not in found
    assert text.index("near Hamilton") + 5 in found


@pytest.mark.parametrize(("text", "firm"), [
    ("BHP, Fortescue and Rio Tinto said they had cut staff at mine sites in the Pilbara.",
     "Rio Tinto"),
    ("Hitachi won the contract to build the trains for the line north of Leeds.", "Hitachi"),
    ("Subaru upsets Toyota on home roads as the relay goes to the wire.", "Toyota"),
])
def test_a_great_firm_named_like_a_town_is_the_firm_with_no_sign_of_a_place(
        geoparser: Geoparser, text: str, firm: str) -> None:
    assert firm not in _surfaces(geoparser, text)


def test_a_firm_s_town_stays_a_place_where_the_text_shows_one(geoparser: Geoparser) -> None:
    text = "Workers at the plant in Toyota, Aichi prefecture, walked out on Monday."
    assert _surfaces(geoparser, text).get("Toyota") == ("JP", "01")


@pytest.mark.parametrize("text", [
    "The cabinet approved the extension of the Lucknow Metro to Charbagh and Aminabad.",
    "The Kolkata Metro to Howrah reopened on Monday.",
])
def test_a_head_noun_ending_a_city_s_longer_name_is_no_town(geoparser: Geoparser,
                                                             text: str) -> None:
    """Audit 29, item 5: "the Lucknow Metro" had put a pin in Metro, Lampung, Indonesia."""
    assert "Metro" not in _surfaces(geoparser, text)


@pytest.mark.parametrize(("text", "town"), [
    ("Pontiac man charged in fatal shooting of neighbor", "Pontiac"),
    ("A Pontiac woman was killed in a crash on Woodward Avenue, police said.", "Pontiac"),
    ("Cadillac man sentenced for burglary", "Cadillac"),
    ("The Pontiac school board voted to close two buildings.", "Pontiac"),
])
def test_a_carmaker_s_town_with_its_people_or_bodies_is_the_town(
        geoparser: Geoparser, text: str, town: str) -> None:
    """Review 27, item 1: the firm rule had taken local news of Pontiac and Cadillac."""
    assert town in _surfaces(geoparser, text)


@pytest.mark.parametrize(("text", "town"), [
    ("Phoenix, 115, was the hottest city in the country on Sunday.", "Phoenix"),
    ("Springfield, 41, reported the most overdoses in the state last year.", "Springfield"),
])
def test_a_town_with_a_number_opening_a_sentence_is_no_person_unnamed_before(
        geoparser: Geoparser, text: str, town: str) -> None:
    """Review 27, item 4: only a surname the text gave in full before is a person's."""
    assert town in _surfaces(geoparser, text)


def test_a_capitalised_romance_particle_is_still_a_person_s(geoparser: Geoparser) -> None:
    """Review 27, item 5: English news writes "Hernando De Soto", "Leonardo Da Vinci"."""
    text = "Hernando De Soto crossed the river near Memphis in 1541; Leonardo Da Vinci drew it."
    assert set(_surfaces(geoparser, text)) == {"Memphis"}
