"""Geoparsing cases from the thirty-fourth session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _places(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str]]:
    """Each surface's place name and country (the last mention of a surface wins)."""
    return {m.surface: (m.place.name, m.place.country) for m in geoparser.parse(text)
            if m.place}


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Slides have hit Alta in northern Norway before.", "Alta", "NO"),
    ("The crew would have headed for Shannon in Ireland, the airline said.", "Shannon", "IE"),
    ("Ash fell on Kobayashi in Miyazaki Prefecture overnight.", "Kobayashi", "JP"),
    ("Groups combine Fatima with Lourdes in southern France.", "Lourdes", "FR"),
])
def test_a_name_placed_in_its_region_is_a_place(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    """"X in (northern) Y", where the state or country Y holds one of X's places: the
    writer places the name, so an ordinary word or a given name is the place here."""
    assert _places(geoparser, text).get(surface, (None, None))[1] == country


@pytest.mark.parametrize(("text", "surface"), [
    # the region must hold the name's place, not merely be one
    ("Grace in France said she would stay.", "Grace"),
    # nor is the last word of a longer name placed ("Agency": a Washington village's other name)
    ("The Environmental Protection Agency in Washington sent a team.", "Agency"),
])
def test_a_region_after_in_places_only_what_it_holds(
        geoparser: Geoparser, text: str, surface: str) -> None:
    assert surface not in _places(geoparser, text)
