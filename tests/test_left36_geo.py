"""Geoparsing cases from the thirty-sixth session, with texts of our own."""

import pytest

from placeline.geoparse import Geoparser
from tests.helpers import places_by

_places = places_by("name", "country", "kind")


@pytest.mark.parametrize("text", [
    ("BOGOTA, Colombia — Rebels bombed the pipeline in Arauca, which carries crude across "
    "the Andes to Coveñas. Medellín and Cali were calm."),
    ("Medellín's growers say frost in the Andes, where most of the country's coffee grows, "
    "has cut the harvest in Antioquia."),
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
    "Resorts near San Diego offer Alpine and Nordic skiing.",
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
    assert places["Bali"][:2] == ("Fes", "MA")  # (the old city of Fez, its first word's)
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
    mentions = [m for m in geoparser.parse(text) if m.surface == "Vanwyksvlei"]
    assert len(mentions) == 3
    assert len({m.place.id for m in mentions}) == 1


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


@pytest.mark.parametrize(("text", "surface"), [
    ("Traders in the Lagos and Abuja markets reported shortages.", "Lagos"),
    ("Staff at the Washington and Moscow embassies were told to leave.", "Washington"),
])
def test_a_town_of_a_pair_before_a_noun_stays_a_town(
        geoparser: Geoparser, text: str, surface: str) -> None:
    """"the Lagos and Abuja markets": the pair qualifies the noun, so the phrase does not
    end at the first name, which stays the city (review 36)."""
    assert _places(geoparser, text)[surface][2] == "city"


def test_a_people_s_adjective_before_its_noun_stays_an_adjective(geoparser: Geoparser) -> None:
    """"from San Diego and Alpine guides": Alpine, California lies near San Diego, but the
    word qualifies the guides (review 36)."""
    places = _places(geoparser, (
        "Skiers from San Diego and Alpine guides were trapped by the avalanche in Zermatt."))
    assert "Alpine" not in places


@pytest.mark.parametrize("text", [
    ("Landslides cut off Dumre, a village in Gorkha district, on Monday. Mr. Dumre, the "
    "district's chief officer, said roads would reopen."),
    ("Landslides cut off Dumre, a village in Gorkha district, on Monday. Ram Dumre, a farmer, "
    "said his fields were lost."),
    ("Landslides cut off Dumre, a village in Gorkha district, on Monday. Later Dumre said the "
    "roads were open."),
])
def test_a_person_bearing_an_unknown_place_s_name_is_no_mention(
        geoparser: Geoparser, text: str) -> None:
    """The name written again is a person's after a title, after a given name opening its
    sentence, or before a verb of saying (review 36)."""
    assert [m.surface for m in geoparser.parse(text)].count("Dumre") == 1


def test_an_unknown_name_s_own_placing_outvotes_its_repeats(geoparser: Geoparser) -> None:
    """"Dumre, a village in Gorkha district" places the village; two later mentions beside
    Pokhara, found only as the name written again, follow it (review 36)."""
    mentions = [m for m in geoparser.parse(
        "Landslides cut off Dumre, a village in Gorkha district, on Monday. Rescuers from "
        "Pokhara reached Dumre on Tuesday. Supplies for Dumre were flown in from Pokhara.")
        if m.surface == "Dumre"]
    assert len(mentions) == 3
    assert {m.place.name for m in mentions} == {mentions[0].place.name}
    assert mentions[0].place.name != "Pokhara"


def test_a_town_before_suburbs_is_the_town_whoever_bears_its_name(
        geoparser: Geoparser) -> None:
    """"in the Killeen suburbs" after "said Jo Killeen": a town's suburbs, as "a Killeen
    man" is its resident, whatever person the text names so (round 72)."""
    places = _places(geoparser, (
        '"It is hot," said Jo Killeen, a farmer near Waco, Texas. Growers now sell in the '
        "Killeen suburbs instead."))
    assert places["Killeen"][:2] == ("Killeen", "US")
