"""Geoparsing cases from the thirty-sixth session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser
from tests.helpers import places_by

_places = places_by("name", "country", "kind")


@pytest.mark.parametrize("text", [
    "BOGOTA, Colombia — Rebels bombed the pipeline in Arauca, which carries crude across "
    "the Andes to Coveñas. Medellín and Cali were calm.",
    "Medellín's growers say frost in the Andes, where most of the country's coffee grows, "
    "has cut the harvest in Antioquia.",
])
def test_a_range_after_the_is_the_range_not_a_town_of_its_name(
        geoparser: Geoparser, text: str) -> None:
    """English writes a town with "the" only where the town's name holds it: "across the
    Andes" of a Colombian story had been Andes, a Colombian town of 16,000."""
    assert _places(geoparser, text)["Andes"][2] == "region"


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("Judges at the court in the Hague ruled on Friday.", "Hague", "city"),
    ("The Paris office of the firm in the Hague closed.", "Paris", "city"),
])
def test_a_town_after_the_stays_where_no_landform_has_its_name(
        geoparser: Geoparser, text: str, surface: str, kind: str) -> None:
    assert _places(geoparser, text)[surface][2] == kind


def test_a_people_s_adjective_listed_with_its_neighbour_town_is_the_town(
        geoparser: Geoparser) -> None:
    """"Alpine" is the Alps' adjective, but "In Marfa and Alpine" lists two West Texas
    towns 35 km apart; the list's first item had been read as "In Marfa", so the neighbour
    was never found."""
    places = _places(geoparser, (
        "In Marfa and Alpine, where tourism depends on the night sky, business owners "
        "welcomed the news."))
    assert places["Alpine"][:2] == ("Alpine", "US")


@pytest.mark.parametrize("text", [
    "French and German troops crossed the border.",
    "Resorts offer Alpine and Nordic skiing near Innsbruck.",
])
def test_people_s_adjectives_listed_together_stay_adjectives(
        geoparser: Geoparser, text: str) -> None:
    places = _places(geoparser, text)
    assert not {"French", "German", "Alpine", "Nordic"} & set(places)


def test_a_name_after_an_arabic_article_ends_a_longer_name(geoparser: Geoparser) -> None:
    """"Fez el-Bali" is the old city of Fez: its last word is no Bali, 12,000 km from the
    Moroccan story, as "Deir el-Balah" the gazetteer holds whole is one name."""
    places = _places(geoparser, (
        "FEZ, Morocco (Reuters) — Traders in Fez el-Bali protested on Wednesday against the "
        "closure of the tanneries, the Fez Chamber of Commerce said. Officials in Rabat and "
        "Meknes said talks would go on. In Gaza, aid reached Deir el-Balah."))
    assert places.get("Bali", (None, None))[1] != "ID"  # (a stand-in at Fez, or nothing)
    assert places["Deir el-Balah"][1] == "PS"


def test_bali_alone_stays_bali(geoparser: Geoparser) -> None:
    places = _places(geoparser, "Tourists returned to Bali after the eruption, Jakarta said.")
    assert places["Bali"][1] == "ID"


def test_a_surname_listed_after_a_place_and_a_weakly_dropped_one_is_a_town(
        geoparser: Geoparser) -> None:
    """"Buyers from Preston, Leyland and Chorley" after "said Tom Chorley": the list's
    middle name, a surname too, is rescued by the list only later, so Chorley had followed
    one place, not two, and stayed the stallholder's name."""
    places = _places(geoparser, (
        '"It was a good year," said Tom Chorley, a stallholder in Lancashire. Buyers from '
        "Preston, Leyland and Chorley came every week."))
    assert places["Chorley"][:2] == ("Chorley", "GB")


def test_a_surname_listed_with_words_stays_a_person(geoparser: Geoparser) -> None:
    places = _places(geoparser, (
        '"It was a good year," said Tom Chorley, a stallholder. He sold apples, pears and '
        "Chorley cakes at the market in Preston."))
    assert "Chorley" not in places


def test_an_unknown_name_takes_one_guess_for_all_its_mentions(geoparser: Geoparser) -> None:
    """A text names one village however often it writes it: each mention of a name the
    gazetteer lacks had leant on its own sentence's town, so "Engineers from Cape Town
    visited the village of Vanwyksvlei" put it 500 km from its other two mentions."""
    mentions = [m for m in geoparser.parse(
        "CARNARVON, South Africa — Farmers in the village of Vanwyksvlei say the new dishes "
        "have brought jobs to Carnarvon. Engineers from Cape Town visited the village of "
        "Vanwyksvlei on Tuesday. The village of Vanwyksvlei lies in the Karoo, where "
        "Williston and Carnarvon share the radio-quiet zone.") if m.surface == "Vanwyksvlei"]
    assert len(mentions) == 3
    assert {m.place.name for m in mentions} == {"Carnarvon"}


def test_a_name_the_gazetteer_lacks_is_a_place_wherever_the_text_writes_it_alone(
        geoparser: Geoparser) -> None:
    """One sense per discourse: "the dark-sky reserve around Vanwyksvlei" shows the name a
    place's, so "staying in Vanwyksvlei guesthouses" and "come to Vanwyksvlei only for the
    sky" are that place too (they had been nothing)."""
    text = ("CARNARVON, South Africa — Guides will be trained for the dark-sky reserve around "
            "Vanwyksvlei, about 100 kilometres from Carnarvon. Visitors staying in Vanwyksvlei "
            'guesthouses have tripled. "Now they come to Vanwyksvlei only for the sky," a guide '
            "said.")
    assert [m.surface for m in geoparser.parse(text)].count("Vanwyksvlei") == 3


def test_a_name_written_again_inside_a_longer_name_stays_out(geoparser: Geoparser) -> None:
    text = ("Guides will be trained for the reserve around Vanwyksvlei, near Carnarvon. The "
            "Vanwyksvlei Dam Trust said the Trust would help.")
    assert [m.surface for m in geoparser.parse(text)].count("Vanwyksvlei") == 1


@pytest.mark.parametrize("text", [
    "The planetarium on the outskirts of Leh will run shows in Ladakhi, Hindi and English.",
    "Signs in Gurindji and English now stand at the gate near Kalkarindji.",
])
def test_a_name_listed_with_languages_is_a_language(geoparser: Geoparser, text: str) -> None:
    """An unknown word beside a language's name in a list is a language, not a place to
    guess (round 72's Ladakhi had been put at Leh)."""
    surfaces = {m.surface for m in geoparser.parse(text)}
    assert not {"Ladakhi", "Gurindji"} & surfaces
