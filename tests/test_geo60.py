"""Stand-in guesses placed by the places named near them, and city quarters read as towns
elsewhere (audit 36, section 3): texts of our own."""

from __future__ import annotations

ROUNDUP = """Around the region in brief

Hail near Eldoret flattened maize along the Kapsowari River on Tuesday.

In Ohio, a tornado damaged barns between Findlay and Lima on Sunday night.

Fishermen in Cebu City said the catch off Bantayan had fallen by half this year.

Volunteers planted mangroves along the Tamburaoni River at the weekend.
"""


def _at(mentions, surface):
    return next(m for m in mentions if m.surface == surface)


def test_a_roundup_s_unknown_name_goes_by_its_own_paragraph(geoparser):
    """A news-in-brief page: its most named town is one story's, no stand-in for another's."""
    mentions = geoparser.parse(ROUNDUP)
    river = _at(mentions, "Kapsowari River")
    assert river.place is not None and river.place.country == "KE"


def test_a_roundup_s_unknown_name_in_a_paragraph_naming_no_place_is_not_guessed(geoparser):
    mentions = geoparser.parse(ROUNDUP)
    assert _at(mentions, "Tamburaoni River").place is None


def test_an_unknown_name_leans_on_the_town_its_sentence_names(geoparser):
    text = ("Storm cleanup continues in Cebu\n\nCebu City, 10 October 2025\n\nCrews in Cebu City "
            "cleared fallen trees on Friday. In Cebu City the markets reopened. In Talisay, "
            "water from the Tangubaro River reached the chapel, and in Mandaue the fish port "
            "stayed shut. Cebu City officials said power would return on Sunday.")
    assert _at(geoparser.parse(text), "Tangubaro River").place.name == "Talisay"


def test_a_barangay_in_a_city_is_the_city_s_quarter(geoparser):
    text = ("Iloilo City marks flood anniversary\n\nIloilo City, 3 March 2025\n\nResidents of "
            "Iloilo City gathered on Monday to remember the flood. In Barangay Santa Rosa in "
            "Roxas City, families lit candles by the river. Officials in Iloilo City said the "
            "new dike would be finished next year.")
    quarter = _at(geoparser.parse(text), "Barangay Santa Rosa")
    assert quarter.place.name == "Roxas City" and quarter.confidence <= 0.2


def test_the_neighbourhoods_of_the_city_and_its_quay_are_its_own(geoparser):
    text = ("Recife counts the cost of the rains\n\nRecife, 12 June 2025\n\nRain fell for three "
            "days on Recife. Water covered the neighbourhoods of Ibura and Cajueiro in the south "
            "of the city, and Recife's Cais Dourado was closed to boats.")
    mentions = geoparser.parse(text)
    for name in ("Ibura", "Cajueiro", "Cais Dourado"):
        assert _at(mentions, name).place.name == "Recife", name


def test_a_colonia_is_a_neighbourhood_of_the_story_s_city(geoparser):
    text = ("Tijuana storm leaves streets flooded\n\nTijuana, Baja California, 2 February 2025\n\n"
            "In Tijuana, families in Colonia Jardín and Colonia Reforma bailed water from their "
            "homes on Sunday. Tijuana's mayor said pumps were on the way.")
    mentions = geoparser.parse(text)
    assert {m.surface for m in mentions} >= {"Colonia Jardín", "Colonia Reforma"}
    assert _at(mentions, "Colonia Jardín").place.name == "Tijuana"


def test_a_town_named_industrial_park_far_from_the_story_is_the_story_s(geoparser):
    text = ("Fire at Surrey plant\n\nSurrey, British Columbia, 4 May 2025\n\nA fire at a plant in "
            "the Windsor industrial park sent smoke over Surrey and Langley on Tuesday. Crews "
            "from Surrey, Langley and Abbotsford fought it for hours.")
    assert _at(geoparser.parse(text), "Windsor").place.admin1 == "02"


def test_the_districts_of_a_state_under_a_city_s_dateline_stay_towns(geoparser):
    """"The districts of" names a region's districts as often: only "… of the city" makes
    them a city's."""
    text = ("Farmers protest\n\nCHENNAI — Farmers from the delta districts of Thanjavur, "
            "Tiruvarur and Nagapattinam protested outside the Collectorate on Monday.")
    assert _at(geoparser.parse(text), "Tiruvarur").confidence > 0.2
