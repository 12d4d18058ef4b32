"""Audit 24's geoparsing items: airports written "X airport", Britain's rivers the gazetteer
lacked, and names before "Station", "Square" or "House" read as their town."""

from __future__ import annotations

import pytest


def _placed(geoparser, text: str) -> dict[str, tuple[str, str, str]]:
    """Each name the text places: (place, country, kind)."""
    return {m.surface: (m.place.name, m.place.country, m.place.kind)
            for m in geoparser.parse(text) if m.place}


@pytest.mark.parametrize(("text", "name", "airport"), [
    ("Flights at Salgado Filho airport in Porto Alegre were suspended.", "Salgado Filho",
     "Salgado Filho International Airport"),
    ("Passengers were stranded at Ben Gurion airport near Tel Aviv.", "Ben Gurion",
     "Ben Gurion Airport"),
    ("A drone struck near Sheremetyevo airport outside Moscow.", "Sheremetyevo",
     "Sheremetyevo International Airport"),
    ("Flights at Amsterdam's Schiphol airport were cancelled because of fog.", "Schiphol",
     "Amsterdam Schiphol Airport"),
    ("Police arrested a man at Dulles airport outside Washington.", "Dulles",
     "Washington Dulles International Airport"),
])
def test_a_name_before_airport_in_lower_case_is_the_airport(geoparser, text, name, airport):
    assert _placed(geoparser, text)[name][0] == airport


@pytest.mark.parametrize(("text", "name", "town", "country"), [
    ("Flights were diverted to London airport on Monday.", "London", "London", "GB"),
    ("A new runway at Manchester airport opened on Friday.", "Manchester", "Manchester", "GB"),
    ("He flew into Leeds airport on Friday.", "Leeds", "Leeds", "GB"),
])
def test_a_big_town_s_airport_stays_the_town(geoparser, text, name, town, country):
    assert _placed(geoparser, text)[name][:2] == (town, country)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(*a, *b)


@pytest.mark.parametrize(("text", "name", "near"), [
    ("The River Aire burst its banks in Leeds.", "River Aire", (53.80, -1.55)),
    ("The council in Leeds voted last night to approve a new bridge over the River Aire.",
     "River Aire", (53.80, -1.55)),
    ("Police searched the River Don in Sheffield.", "River Don", (53.38, -1.47)),
    ("Flood warnings were issued for the River Calder at Hebden Bridge.", "River Calder",
     (53.74, -2.01)),
    ("The River Don burst its banks at Aberdeen.", "River Don", (57.15, -2.09)),
])
def test_britain_s_rivers_are_britain_s(geoparser, text, name, near):
    found = {m.surface: m.place for m in geoparser.parse(text) if m.place}
    assert found[name].country == "GB"
    assert _km((found[name].lat, found[name].lon), near) < 161


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Cossacks fished the River Don near Rostov-on-Don.", "River Don", "RU"),
    ("Barges sailed up the Aire River to Pontoise.", "Aire River", "FR"),
])
def test_the_namesake_rivers_abroad_stay(geoparser, text, name, country):
    assert _placed(geoparser, text)[name][1] == country


@pytest.mark.parametrize(("text", "town"), [
    ("Police closed Victoria Station in London after a suspicious package was found.",
     "Victoria"),
    ("Commuters were stranded at Union Station in Washington.", "Union"),
    ("The Kansas City Chiefs parade ended in gunfire at Union Station.", "Union"),
    ("Crowds filled Waterloo station on Friday.", "Waterloo"),
    ("Thousands gathered in Freedom Square in Tbilisi.", "Freedom"),
    ("The summit was held at Lancaster House.", "Lancaster"),
])
def test_a_building_named_for_a_town_is_not_the_town(geoparser, text, town):
    assert town not in {m.place.name for m in geoparser.parse(text) if m.place}


@pytest.mark.parametrize(("text", "name", "at"), [
    ("Police closed Victoria Station in London after a suspicious package was found.",
     "Victoria Station", "London"),
    ("Thousands gathered in Freedom Square in Tbilisi.", "Freedom Square", "Tbilisi"),
])
def test_a_building_the_sentence_places_is_guessed_there(geoparser, text, name, at):
    assert _placed(geoparser, text)[name][0] == at


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Delays hit Leeds station after a signal failure.", "Leeds", "Leeds"),
    ("Passengers were stranded at Crewe station on Sunday.", "Crewe", "Crewe"),
    ("A man was stabbed near Leeds station in West Yorkshire.", "Leeds", "Leeds"),
    ("Commuters queued outside Kings Cross station in London.", "Kings Cross",
     "King's Cross"),
    ("Protesters gathered in Trafalgar Square.", "Trafalgar Square", "Trafalgar Square"),
    ("The president spoke at the White House in Washington.", "White House", "White House"),
    ("The bill passed the Ohio House of Representatives on Tuesday.", "Ohio", "Ohio"),
    (("Farmers from Athlone and Kilkenny gathered at Merrion Square before moving on to "
      "Leinster House."), "Merrion", "Mount Merrion"),
])
def test_a_town_s_own_station_and_known_wholes_stay(geoparser, text, name, place):
    assert _placed(geoparser, text)[name][0] == place


def test_a_sentence_s_first_word_glued_from_a_town_s_name_is_a_word(geoparser):
    text = "Tremors were felt in Taipei. Rockfalls closed the road to Taroko Gorge."
    assert "Rock Falls" not in {m.place.name for m in geoparser.parse(text) if m.place}


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Police in Rockfalls arrested a man on Friday.", "Rockfalls", "Rock Falls"),
    ("Sandpoint police arrested a man on Friday.", "Sandpoint", "Sandpoint"),
])
def test_a_glued_name_inside_a_sentence_or_a_town_s_own_stays(geoparser, text, name, place):
    assert _placed(geoparser, text)[name][0] == place


@pytest.mark.parametrize(("text", "name", "near"), [
    ("A fire broke out in a tower block in North Kensington, west London.",
     "North Kensington", (51.52, -0.21)),
    ("Fans laid flowers at Hillsborough in Sheffield on the anniversary of the disaster.",
     "Hillsborough", (53.40, -1.50)),
    ("Residents of Moss Side in Manchester complained about the noise.", "Moss Side",
     (53.46, -2.23)),
    ("The operator runs the 350-km line between Nangang in Taipei and Zuoying.", "Nangang",
     (25.05, 121.61)),
])
def test_a_district_named_with_its_city_is_in_that_city(geoparser, text, name, near):
    found = {m.surface: m.place for m in geoparser.parse(text) if m.place}
    assert _km((found[name].lat, found[name].lon), near) < 30


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Flights from Leeds in London were delayed.", "Leeds", "Leeds"),
    ("Police were called to Brixton in London on Friday.", "Brixton", "Brixton"),
    ("Gunmen attacked Daquq, south of Kirkuk, on Friday.", "Daquq", "Dāqūq"),
])
def test_a_town_or_a_known_district_beside_a_city_stays(geoparser, text, name, place):
    assert _placed(geoparser, text)[name][0] == place


HUALIEN = ("A magnitude 7.4 earthquake struck off the coast of Hualien, Taiwan, on Wednesday "
           "morning, collapsing buildings and triggering landslides on the road to Taroko "
           "Gorge. Tremors were felt in Taipei and as far away as Shanghai.")


def test_an_unknown_feature_is_not_put_in_a_town_the_story_names_once_after_its_region(
        geoparser):
    gorge = next(m for m in geoparser.parse(HUALIEN) if m.surface == "Taroko Gorge")
    assert gorge.place is None or _km((gorge.place.lat, gorge.place.lon), (24.16, 121.62)) < 50


@pytest.mark.parametrize(("text", "guessed_at"), [
    ("Floods hit Queensland on Monday. In Brisbane, the road to Enoggera Gorge was closed.",
     "Brisbane"),
    (("Floods hit Queensland on Monday. In Sydney, the road to Enoggera Gorge was closed. "
      "Sydney's mayor said the city would recover."), "Sydney"),
])
def test_an_unknown_name_of_a_local_story_stays_at_its_town(geoparser, text, guessed_at):
    guessed = [m for m in geoparser.parse(text) if m.place and m.confidence == 0.2]
    assert guessed and all(m.place.name == guessed_at for m in guessed)
