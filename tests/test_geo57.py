"""Geoparsing cases from helper geo57 (audit 35: a Niger River flood story; the last
notes' leftovers), with texts of our own."""

import pytest

from placeline.geoparse import Geoparser


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def _mentions(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str, str]]:
    """Each surface's place name, kind and country (the last mention of a surface wins)."""
    return {m.surface: (m.place.name, m.place.kind, m.place.country)
            for m in geoparser.parse(text) if m.place}


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
])
def test_a_name_before_a_landmark_s_noun_is_the_landmark_s(
        geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    """"the Kennedy bridge" of a Niamey story names a bridge, not Kennedy, Bogotá: a town
    abroad before a lower-case bridge, dam, stadium or market is guessed in the story."""
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
