"""Geoparsing cases from the thirty-first session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _readings(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str]]:
    return {m.surface: (m.place.name, m.place.country) for m in geoparser.parse(text) if m.place}


def _country(geoparser: Geoparser, text: str, surface: str) -> str:
    return _readings(geoparser, text)[surface][1]


@pytest.mark.parametrize("text", [
    "Power cuts hit Havana, Santiago and Camagüey on Tuesday, the Cuban grid operator said.",
    "Queues for fuel formed in Holguín, Santiago and Havana as tankers were delayed.",
])
def test_a_town_listed_with_big_towns_of_one_country_is_their_country_s(
        geoparser: Geoparser, text: str) -> None:
    """Big towns of several provinces of one country pull a namesake there, no smaller than
    the least of them, from a bigger capital abroad: Santiago de Cuba, not Chile's."""
    assert _country(geoparser, text, "Santiago") == "CU"


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Crowds gathered in Santiago, Valparaíso and Concepción.", "Santiago", "CL"),
    ("Flights to Madrid, Barcelona and Santiago were cancelled.", "Madrid", "ES"),
    ("The chain opened stores in Leeds, Bristol and Birmingham.", "Birmingham", "GB"),
])
def test_a_list_of_one_country_s_towns_leaves_its_own_readings(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    assert _country(geoparser, text, surface) == country
