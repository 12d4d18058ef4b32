"""Gazetteer v97 (audit 25, items 4, 11 and 12; audit 25b, item 10): the British Isles'
island groups, France's regions by their French names, pilgrimage and heritage towns that
had lost their bare names to bigger namesakes, Matignon and Roissy, and rivers of British,
Irish, New Zealand and Kenyan flood news. Sentences of our own; each places its name within
20 km of the place news means (a river at its mouth), or as the region news means."""

from __future__ import annotations

import pytest


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


@pytest.mark.parametrize(("text", "name", "near"), [
    # island groups of the British Isles (the Channel Islands had been California's)
    ("Gales battered Cornwall and the Channel Islands overnight; Jersey had its worst gust.",
     "Channel Islands", (49.40, -2.40)),
    ("Ferries between Poole and the Channel Islands were cancelled on Tuesday.",
     "Channel Islands", (49.40, -2.40)),
    ("The Aran Islands ferry was suspended as gales hit the west coast.", "Aran Islands",
     (53.11, -9.67)),
    ("Puffins returned to the Farne Islands this spring.", "Farne Islands", (55.63, -1.63)),
    ("The Blasket Islands were closed to visitors after the storm.", "Blasket Islands",
     (52.09, -10.53)),
    ("Pilgrims walked across the causeway to Lindisfarne at low tide.", "Lindisfarne",
     (55.68, -1.80)),
    ("Ferries to Scilly were cancelled because of the swell.", "Scilly", (49.93, -6.30)),
    ("A new ferry will serve the Small Isles from Mallaig.", "Small Isles", (56.98, -6.35)),
    # pilgrimage and heritage towns over bigger namesakes
    ("The shrine in Fatima expects 200,000 pilgrims over Easter.", "Fatima", (39.63, -8.67)),
    ("Christmas celebrations in Bethlehem were muted this year.", "Bethlehem",
     (31.70, 35.20)),
    ("Tourists crowded the canals of Bruges last summer.", "Bruges", (51.21, 3.22)),
    ("Tourists flocked to St Andrews for the golf.", "St Andrews", (56.34, -2.80)),
    ("Pilgrims gathered at Namugongo for Martyrs Day.", "Namugongo", (0.40, 32.66)),
    # French news: the prime minister's office and the airport
    ("The prime minister will receive union leaders at Matignon on Thursday.", "Matignon",
     (48.85, 2.32)),
    ("Tractors lined the A1 near Roissy on Monday.", "Roissy", (49.01, 2.55)),
    # Lake Kivu, Auckland's ranges, the Grampians
    ("The vessel had left Minova in South Kivu province.", "Minova", (-1.70, 29.01)),
    ("The boat capsized on Lake Kivu near Kituku, in Goma.", "Kituku", (-1.69, 29.22)),
    ("A fire in the Hunua Ranges south of Auckland was contained.", "Hunua Ranges",
     (-37.08, 175.18)),
    ("The bushfire destroyed homes in Pomonal near the Grampians.", "Pomonal",
     (-37.20, 142.61)),
    # rivers of flood news
    ("The River Avon burst its banks in Bath, flooding the city centre.", "River Avon",
     (51.51, -2.70)),
    ("The Nyando River burst its banks near Ahero on Monday night.", "Nyando River",
     (-0.17, 34.92)),
    ("The River Lee burst its banks in Cork.", "River Lee", (51.90, -8.47)),
    ("Floods on the River Derwent hit Cockermouth and Workington.", "River Derwent",
     (54.65, -3.57)),
])
def test_gazetteer_v97_places(geoparser, text, name, near):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < 20, (found[name].name, found[name].lat, found[name].lon)


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a river or a range the gazetteer lacked had become the town named beside it
    ("The River Avon burst its banks in Bath, flooding the city centre.", "River Avon", "water"),
    ("The Nyando River burst its banks near Ahero on Monday night.", "Nyando River", "water"),
    ("Floods on the River Derwent hit Cockermouth and Workington.", "River Derwent", "water"),
    ("A fire in the Hunua Ranges south of Auckland was contained.", "Hunua Ranges", "region"),
])
def test_rivers_and_ranges_are_no_town(geoparser, text, name, kind):
    assert _found(geoparser, text)[name].kind == kind


@pytest.mark.parametrize(("text", "name", "region"), [
    ("Wildfires in Occitanie forced the evacuation of 3,000 campers.", "Occitanie",
     "Occitania"),
    ("Farmers blocked roads in Bretagne on Monday.", "Bretagne", "Brittany"),
    ("Floods hit Bourgogne last week.", "Bourgogne", "Burgundy"),
])
def test_france_s_regions_by_their_french_names(geoparser, text, name, region):
    place = _found(geoparser, text)[name]
    assert (place.name, place.country, place.kind) == (region, "FR", "admin1")


@pytest.mark.parametrize(("text", "name", "country"), [
    # the namesakes stay theirs where their own places are named
    ("The Channel Islands off Santa Barbara were closed to boaters.", "Channel Islands", "US"),
    ("Police in Bethlehem arrested a man, Allentown officials said.", "Bethlehem", "US"),
    ("The Derwent River rose in Hobart.", "Derwent River", "AU"),
    ("The Glastonbury town council in Connecticut met near Hartford.", "Glastonbury", "US"),
])
def test_namesakes_keep_their_own_stories(geoparser, text, name, country):
    assert _found(geoparser, text)[name].country == country
