"""Geoparsing cases from the thirty-fifth session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser
from tests.helpers import places_by

_places = places_by("name", "country", "kind")


def test_a_list_of_provinces_the_gazetteer_lacks_keeps_its_towns(geoparser: Geoparser) -> None:
    """Spain's provinces are no first-level regions: in "the provinces of Seville, Córdoba
    and Jaén" only Argentina's Córdoba Province answers to "Córdoba Province", and it had
    taken Córdoba (and Seville, as a town "in" it) 9,800 km away."""
    places = _places(geoparser, (
        "MADRID (Reuters) — Spain's weather agency asked the regional government of "
        "Andalusia to activate its highest alert for the provinces of Seville, Córdoba and "
        "Jaén. Temperatures would reach 44C, the agency said."))
    assert places["Córdoba"][1] == "ES"
    assert places["Seville"][1] == "ES"


def test_a_list_of_regions_by_their_bare_names_stays_regions(geoparser: Geoparser) -> None:
    """Where every listed name is a region, by its kind or its bare name, the list is the
    gazetteer's regions: Argentina's provinces, not their capitals."""
    places = _places(geoparser, (
        "The government declared a water emergency in seven provinces, including Santa Fe, "
        "Entre Ríos and Corrientes, as the Paraná fell."))
    assert places["Santa Fe"][1:] == ("AR", "admin1")
    assert places["Corrientes"][1:] == ("AR", "admin1")


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("The hilltop town of Gravina in Puglia, with its ravine, is competing.",
     "Gravina in Puglia", "IT"),
    ("Shuttle buses will link Kitzbühel with Kirchberg in Tirol.", "Kirchberg in Tirol", "AT"),
])
def test_a_town_named_with_in_is_read_whole(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    """Italian and German towns named "X in Y" are one name the gazetteer holds whole;
    "Gravina" alone had been Gravina Island, Alaska."""
    assert _places(geoparser, text).get(surface, (None, None))[1] == country


def test_a_surname_after_a_particle_and_a_second_name_is_a_person(geoparser: Geoparser) -> None:
    """Portuguese names put a second name between the particle and the surname ("Maria das
    Graças Lima"): the surname is no town (Lima, Peru, had been pinned)."""
    places = _places(geoparser, (
        "\"We slept in hammocks for a week,\" said Maria das Graças Lima, a teacher in a "
        "settlement near Tefé. \"The river has never been this low,\" said Ana da Conceição "
        "Coimbra, a nurse in Manaus."))
    assert "Lima" not in places
    assert "Coimbra" not in places
    assert places["Tefé"][1] == "BR"


def test_a_town_before_stock_and_a_livestock_noun_is_a_place(geoparser: Geoparser) -> None:
    """"Tumut stock agent Mick Dunn": stock is livestock here, not a firm's shares ("Nokia
    stock fell"), so Tumut is the town."""
    places = _places(geoparser, (
        "\"It's been bone dry from Hay to Holbrook,\" said Tumut stock agent Mick Dunn, "
        "as lambs from the Riverina flooded the saleyards."))
    assert places.get("Tumut", (None, None))[1] == "AU"


def test_a_list_after_a_capitalised_kind_opening_a_sentence(geoparser: Geoparser) -> None:
    """"Communities such as Nain and Hopedale": a list after its kind is a list of places
    when the kind opens the sentence too (Nain, a Labrador village whose name is also a
    given name, had been dropped)."""
    places = _places(geoparser, (
        "Coastal Labrador is more exposed still. Communities such as Nain and Hopedale, "
        "which have no road connection, depend on mail flown in from Goose Bay."))
    assert places.get("Nain", (None, None))[1] == "CA"


def test_a_capitalised_kind_inside_a_longer_name_heads_no_list() -> None:
    """"the Maritime Provinces of Canada": the kind inside a longer name heads no list
    (without the sentence-start test, Canada was a listed province)."""
    from placeline.recognize import Recognizer

    assert Recognizer._kind_lists("Fog closed ports in the Maritime Provinces of Canada.") == {}
    assert set(Recognizer._kind_lists(
        "Fog closed ports. Communities such as Nain and Hopedale waited.").values()) == \
        {"communities"}


def test_towns_listed_after_a_preposition_before_said_they_are_places(
        geoparser: Geoparser) -> None:
    """"greenkeepers at courses around Albufeira, Portimão and Lagos said they would": the
    list is of towns (a preposition of place opens it), not of firms named together
    ("Honda and Toyota said they would build")."""
    places = _places(geoparser, (
        "Further west, greenkeepers at courses around Albufeira, Portimão and Lagos said "
        "they would let rough areas turn brown."))
    assert places.get("Portimão", (None, None))[1] == "PT"
