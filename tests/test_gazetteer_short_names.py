"""Index v69: the short names English news gives island groups, ranges, plateaus and islands
("the Aleutians", "the Ozarks", "the Deccan", "Elba"), their guards, and the readings they
get in a sentence that says nothing else."""

from __future__ import annotations

import pytest

from placeline.gazetteer_build import _bare_of_kind, _group_plurals, _plurals
from placeline.resolve import name_similarity

NEUTRAL = "Tourists flocked to {} this summer, officials said."


def _read(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def test_a_groups_plural_is_written_as_english_writes_it():
    assert _plurals("Aleutian") == ["Aleutians"]
    assert _plurals("Scilly") == ["Scillies", "Scillys"]
    assert _plurals("Marquesas") == ["Marquesas"]


@pytest.mark.parametrize(("name", "plural"), [
    ("Aleutian Islands", "Aleutians"), ("Isles of Scilly", "Scillies"),
    ("Ozark Plateau", "Ozarks"), ("Tatra Mountains", "Tatras"), ("Îles Marquesas", "Marquesas"),
])
def test_a_group_or_a_range_goes_by_its_plural(name, plural):
    assert plural in _group_plurals(name, set())


@pytest.mark.parametrize("name", [
    "Channel Islands",  # "Channels": an ordinary word
    "Mackenzie Mountains",  # "the Mackenzies": a family (a given name)
    "Western Highlands",  # only a position word
    "Hawaiian Islands",  # "the Hawaiians": a people (Hawaii is a place)
    "Loess Plateau",  # a soil's name, however rare
    "Abakanskiy Range",  # a plural no English text writes
])
def test_a_plural_that_is_a_word_a_family_or_a_people_is_not_derived(name):
    assert not _group_plurals(name, {"hawaii"})


def test_a_plateau_or_a_plain_goes_by_its_bare_name_unless_it_is_a_word_or_a_name():
    assert _bare_of_kind("Deccan Plateau") == "Deccan"
    assert _bare_of_kind("Serengeti Plains") == "Serengeti"
    assert _bare_of_kind("Kalahari Desert") == "Kalahari"
    assert not _bare_of_kind("Fraser Plateau")  # a given name
    assert not _bare_of_kind("Mongolian Plateau")  # a people's adjective
    assert not _bare_of_kind("Polar Plateau")  # an ordinary word


def test_a_features_kind_word_is_no_misspelling():
    """"Skye" for "Isle of Skye", "Orkney" for "Orkney Islands": the same name."""
    assert name_similarity("Skye", "Isle of Skye") == 1.0
    assert name_similarity("Orkney", "Orkney Islands") == 1.0
    assert name_similarity("Islay", "Islay (Matarani)") < 0.6


@pytest.mark.parametrize(("surface", "country"), [
    ("the Aleutians", "US"), ("the Andamans", "IN"), ("the Shetlands", "GB"),
    ("the Balearics", "ES"), ("the Canaries", "ES"), ("the Ozarks", "US"),
    ("the Deccan", "IN"), ("Serengeti", "TZ"), ("the Solomons", "SB"),
])
def test_short_names_of_groups_and_regions_are_found(geoparser, surface, country):
    found = _read(geoparser, NEUTRAL.format(surface))
    place = found[surface.removeprefix("the ")]
    assert place.country == country or (not place.country and country == "US"), place


@pytest.mark.parametrize(("surface", "country"), [
    ("Skye", "GB"), ("Islay", "GB"), ("Orkney", "GB"), ("Elba", "IT"), ("Holyrood", "GB"),
])
def test_a_famous_island_or_seat_outranks_a_small_town_abroad(geoparser, surface, country):
    """Where nothing else helps: before v69 Skye was a Melbourne suburb, Islay a Peruvian
    port, Orkney a South African town, Elba an Alabama one and Holyrood an Alberta village."""
    assert _read(geoparser, NEUTRAL.format(surface))[surface].country == country


def test_a_region_under_a_bigger_namesake_needs_its_context(geoparser):
    """"the Kimberley" is South Africa's city alone, Western Australia's region beside Broome."""
    assert _read(geoparser, NEUTRAL.format("the Kimberley"))["Kimberley"].country == "ZA"
    found = _read(geoparser, "Cyclone warnings were issued for Broome and the Kimberley, "
                             "Western Australia's north.")
    assert found["Kimberley"].country == "AU"


def test_a_namesake_feature_abroad_is_guessed_not_taken(geoparser):
    """"Te Rapa" of a Hamilton story: the gazetteer's Rapa is a Romanian village and an
    island of French Polynesia, neither of which the story is about."""
    found = {m.surface: m for m in geoparser.parse(
        "The Waikato Expressway will link Rototuna, in Hamilton, with the industrial zone at "
        "Te Rapa, New Zealand's transport agency said. Work starts in Hamilton in May.")}
    rapa = found.get("Rapa")
    assert rapa is None or rapa.place is None or rapa.place.country == "NZ"
