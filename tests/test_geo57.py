"""Geoparsing cases from helper geo57 (audit 35: a Niger River flood story; the last
notes' leftovers), with texts of our own."""

import pytest

from placeline.geoparse import Geoparser
from tests.helpers import places_by

_mentions = places_by("name", "kind", "country")


@pytest.mark.parametrize(("text", "surface", "country"), [
    (("NIAMEY, Niger (AP) — Water lapped at the Kennedy bridge on Tuesday as the river rose "
     "past Niamey and Tillabéri."), "Kennedy", "NE"),
    (("Soldiers guarded the Kennedy bridge in Niamey, Niger, as flood water reached "
     "Tillabéri."), "Kennedy", "NE"),
    # a landmark the gazetteer holds, or one named for a town of the story, stays so
    (("Water poured over the Kakhovka dam near Kherson, Ukraine, as Nova Kakhovka "
     "flooded."), "Kakhovka", "UA"),
    (("Traders at the Dajabón market said the border with Haiti near Santiago and "
     "Monte Cristi reopened."), "Dajabón", "DO"),
    # a capital's or a great city's market is its bourse
    (("LONDON — Shares in Manchester and London fell on Monday, tracking losses on the "
      "Tokyo market overnight."), "Tokyo", "JP"),
    ("Investors in Chicago and New York watched the London market closely.", "London", "GB"),
])
def test_a_name_before_a_landmark_s_noun_is_the_landmark_s(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    """"the Kennedy bridge" of a Niamey story names a bridge, not Kennedy, Bogotá: a town
    abroad named like a person, before a lower-case bridge, dam, stadium or market, is
    guessed in the story (a town's own market: tests/test_rev33g.py)."""
    assert _mentions(geoparser, text)[surface][2] == country


@pytest.mark.parametrize(("text", "surface", "kept"), [
    (("The oil field's new owner, Horizon Africa Energy, would not say how much crude had "
      "spilled near Warri, Nigeria."), "Africa", False),
    (("Mediterranean Shipping Company said its vessel had left Durban for Mombasa."),
     "Mediterranean", False),
    (("Shares of Sahel Resources fell after the mine near Kayes, Mali, flooded."),
     "Sahel", False),
    # the continent or the sea itself stays
    ("Fuel prices rose across Africa, traders in Lagos said.", "Africa", True),
    ("Tankers crossed the Mediterranean to Genoa.", "Mediterranean", True),
])
def test_a_continent_or_region_inside_a_firm_s_name_is_the_firm_s(
        geoparser: Geoparser, text: str, surface: str, kept: bool) -> None:
    """"Renaissance Africa Energy" is a firm: a continent's, a region's or a sea's name
    before a capitalised firm word ("Energy", "Shipping", "Resources") is no mention."""
    assert (surface in _mentions(geoparser, text)) is kept


def _surfaces(geoparser: Geoparser, text: str) -> list[tuple[str, str]]:
    """Each mention's surface and place name, in text order."""
    return [(m.surface, m.place.name) for m in geoparser.parse(text) if m.place]


def test_a_union_gone_ending_a_list_is_its_two_countries(geoparser: Geoparser) -> None:
    """"Serbia and Montenegro" after a list's comma is the list's last two countries, not
    the union of 2003-2006 the gazetteer keeps beside them."""
    found = _surfaces(geoparser, "Storms closed schools in Croatia, Serbia and Montenegro.")
    assert found == [("Croatia", "Croatia"), ("Serbia", "Serbia"),
                     ("Montenegro", "Montenegro")]


@pytest.mark.parametrize("country", [
    "Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda"])
def test_a_country_named_x_and_y_in_a_list_stays_whole(geoparser: Geoparser,
                                                       country: str) -> None:
    """A country whose halves are no countries by their own names stays one."""
    found = _surfaces(geoparser, f"Aid went to Kenya, {country} and Peru.")
    assert (country, country) in found


def test_a_town_joined_to_its_country_by_du_is_one_name(geoparser: Geoparser) -> None:
    """"Saint-Louis du Sénégal" is the town, written with the country that tells it from
    its namesakes: one name, not the country after a dropped "Saint-Louis"."""
    found = _surfaces(geoparser, "Fishing boats stayed in port at Saint-Louis du Sénégal as "
                                 "the storm neared Dakar.")
    assert found == [("Saint-Louis du Sénégal", "Saint-Louis"), ("Dakar", "Dakar")]


@pytest.mark.parametrize(("text", "expected"), [
    # a name the gazetteer holds whole stays so
    ("Villages around Nioro du Sahel and Diéma in Mali were cut off.",
     [("Nioro du Sahel", "Nioro"), ("Diéma", "Diéma"), ("Mali", "Mali")]),
    # "Tour" is only another name of Tours: the event keeps its country
    ("The Tour de France will start in Lille next year.",
     [("France", "France"), ("Lille", "Lille")]),
])
def test_a_qualifier_joins_only_a_town_of_that_own_name(
        geoparser: Geoparser, text: str, expected: list[tuple[str, str]]) -> None:
    assert _surfaces(geoparser, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fishermen at the Sava-Danube confluence in Belgrade said the water was rising.",
     [("Sava", "water"), ("Danube", "water"), ("Belgrade", "city")]),
    ("Rice fields in the Bani-Niger confluence zone near Mopti were under water.",
     [("Bani", "water"), ("Niger", "water"), ("Mopti", "city")]),
])
def test_a_hyphen_pair_before_confluence_is_two_rivers(
        geoparser: Geoparser, text: str, expected: list[tuple[str, str]]) -> None:
    """Two names joined by a hyphen before "confluence" are the rivers that meet: not
    Sava in Italy, nor Baní and the country Niger."""
    assert [(m.surface, m.place.kind) for m in geoparser.parse(text) if m.place] == expected


def _place(geoparser: Geoparser, text: str, surface: str):
    return next(m.place for m in geoparser.parse(text) if m.surface == surface and m.place)


def test_a_capital_s_dateline_lends_no_region(geoparser: Geoparser) -> None:
    """A story datelined TOKYO (a capital's, a bureau's dateline) about Nagasaki is about
    the city of 400,000 in Nagasaki Prefecture, not the suburb of that name in Tokyo's own
    prefecture."""
    place = _place(geoparser, "TOKYO (Reuters) — Survivors gathered in Nagasaki on Sunday "
                              "to remember the bombing, as the mayor called for peace.",
                   "Nagasaki")
    assert place.population > 100_000


def test_a_local_dateline_still_lends_its_region(geoparser: Geoparser) -> None:
    """A town's dateline whose namesake is a capital ("PARIS, Texas", not France's) is a
    local story's: its 50 km lend Detroit, Texas (25 km off), not Michigan's (review 33
    item 8: "BURLINGTON, Vt." had tested no capital's namesake)."""
    place = _place(geoparser, "PARIS, Texas (AP) — Police in Detroit said a man was "
                              "arrested on Monday.", "Detroit")
    assert (place.country, place.admin1) == ("US", "TX")


@pytest.mark.parametrize("text", [
    ("Rescuers reached Makilala, Santa Cruz and Bansalan after the quake, the Philippine "
     "disaster agency said."),
    "DAVAO CITY, Philippines — Aftershocks cracked walls in Makilala, Santa Cruz and Bansalan.",
])
def test_a_town_listed_among_neighbours_is_their_neighbour(geoparser: Geoparser,
                                                           text: str) -> None:
    """Makilala and Bansalan lie 22 km apart across a provincial border: the Santa Cruz
    listed between them is the town of Davao del Sur beside them, not Manila's district."""
    place = _place(geoparser, text, "Santa Cruz")
    assert (place.country, place.admin1) == ("PH", "11")


def test_a_capital_s_dateline_still_lends_its_part_of_the_country(
        geoparser: Geoparser) -> None:
    """A bureau's dateline keeps its nearness within 250 km: fans in Santiago of a story
    datelined SANTO DOMINGO are in the Dominican Santiago, 130 km off, not Chile's."""
    place = _place(geoparser, "SANTO DOMINGO (Reuters) — Baseball fans in Santiago "
                              "celebrated the win on Sunday night.", "Santiago")
    assert place.country == "DO"
