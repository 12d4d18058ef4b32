"""Gazetteer v99 (audit gaz47): rivers English news names that the index lacked or held only
as a town (the Charles, the East River, the Yarra), bays, harbours, estuaries and cities'
lakes (The Wash, Port Phillip, Moreton Bay, Tokyo Bay), Württemberg and East Prussia, and
castles, palaces, cathedrals, bridges, opera houses and theatres of world renown (the Palais
des Papes, Sadler's Wells, Glyndebourne, Olavinlinna). Sentences of our own; each places its
name within the given distance of the place news means."""

from __future__ import annotations

import pytest


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # rivers, at their mouths
    ("Rowers from Harvard and MIT trained on the Charles River before dawn.", "Charles River",
     (42.37, -71.06), 20),
    ("A ferry crossed the East River from Brooklyn to Manhattan.", "East River",
     (40.70, -74.00), 20),
    ("Heavy rain pushed the Yarra River over its banks near Melbourne's centre.",
     "Yarra River", (-37.84, 144.91), 20),
    ("Anglers reported fish kills along the Raritan River after the spill.", "Raritan River",
     (40.50, -74.28), 20),
    ("Floodwater on the Pee Dee River crested near Georgetown on Friday.", "Pee Dee River",
     (33.36, -79.25), 30),
    ("Boats moored on the Amstel River were damaged by the storm.", "Amstel River",
     (52.37, 4.90), 20),
    ("Volunteers pulled plastic from the Anacostia River on Saturday.", "Anacostia River",
     (38.86, -77.02), 20),
    ("Tanneries have poured waste into the Buriganga River for decades.", "Buriganga River",
     (23.58, 90.48), 20),
    ("Tour boats on the Huangpu River were halted by the typhoon.", "Huangpu River",
     (31.39, 121.50), 40),
    ("Residents were evacuated as the Brisbane River rose overnight.", "Brisbane River",
     (-27.36, 153.17), 20),
    ("The Moskva River froze early this year.", "Moskva River", (55.09, 38.77), 20),
    ("In Richmond, Virginia, kayakers paddled the James River rapids.", "James River",
     (36.98, -76.36), 20),
    ("A barge ran aground in the Detroit River on Tuesday.", "Detroit River", (42.05, -83.15),
     30),
    ("The Kelani River burst its banks north of the capital.", "Kelani River", (6.98, 79.87),
     20),
    ("Officials warned people to keep away from the River Cam after the heavy rain.",
     "River Cam", (52.35, 0.24), 20),
    # bays, harbours, estuaries and lakes
    ("Seals were counted on the sandbanks of The Wash this summer.", "The Wash",
     (52.93, 0.30), 30),
    ("A shark was sighted in Port Phillip on Sunday.", "Port Phillip", (-38.15, 144.85), 30),
    ("Dugongs feed on the seagrass of Moreton Bay.", "Moreton Bay", (-27.35, 153.25), 30),
    ("Cook landed at Botany Bay in 1770.", "Botany Bay", (-33.99, 151.19), 20),
    ("The national rowing championships were held on Lake Karapiro.", "Lake Karapiro",
     (-37.93, 175.53), 20),
    ("Swimmers crowded the beach at Repulse Bay.", "Repulse Bay", (22.24, 114.20), 10),
    ("The new bridge across Tokyo Bay opened to traffic.", "Tokyo Bay", (35.45, 139.80), 40),
    ("Sewage spills closed beaches along Dublin Bay.", "Dublin Bay", (53.33, -6.13), 20),
    ("Container ships waited at anchor in Table Bay.", "Table Bay", (-33.87, 18.45), 20),
    # historic regions
    ("The carmaker's roots lie in Württemberg.", "Württemberg", (48.7, 9.2), 100),
    ("Her family fled East Prussia in 1945.", "East Prussia", (54.5, 21.0), 150),
    # landmarks
    ("The festival's main stage is the courtyard of the Palais des Papes.",
     "Palais des Papes", (43.951, 4.807), 5),
    ("The company opens its season at Sadler's Wells next month.", "Sadler's Wells",
     (51.529, -0.106), 5),
    ("The new production opened at Glyndebourne on Sunday.", "Glyndebourne",
     (50.878, 0.064), 5),
    ("The opera festival at Olavinlinna sold out.", "Olavinlinna", (61.864, 28.900), 5),
    ("Lightning struck the Boston Stump on Tuesday night.", "Boston Stump", (52.978, -0.025),
     5),
    ("Fire broke out in the roof of the Semperoper.", "Semperoper", (51.054, 13.735), 5),
    ("The orchestra recorded the symphony at the Musikverein.", "Musikverein",
     (48.201, 16.372), 5),
    ("Tourists queued for hours at Bran Castle.", "Bran Castle", (45.515, 25.367), 5),
    ("The concert at Carnegie Hall was cancelled.", "Carnegie Hall", (40.765, -73.980), 5),
])
def test_gazetteer_v99_places(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].lat, found[name].lon)


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # the namesakes whose names the new rows share keep their own stories
    ("Farmers near Jamestown, North Dakota, watched the James River rise.", "James River",
     (42.89, -97.28), 50),
    ("In Launceston, Tasmania, the Tamar River flooded the seaport.", "Tamar River",
     (-41.16, 146.95), 50),
    ("In Rostov-on-Don, the Don River rose after the thaw in southern Russia.", "Don River",
     (47.11, 39.38), 50),
    ("Councillors in Yarra voted to ban gas connections.", "Yarra", (-37.80, 145.00), 20),
])
def test_namesakes_keep_their_stories(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].lat, found[name].lon)


def test_ordinary_words_stay_words(geoparser):
    found = _found(geoparser, "The wash and the zwinger of the liceu were cleaned.")
    assert not found, found
