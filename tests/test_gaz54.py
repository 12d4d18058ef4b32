"""Gazetteer v107 (gaz54): coasts, waters and islands that maritime, weather and regional
news names and the index lacked: headlands, rocks and lighthouses ("aground off Bishop
Rock", "off Cape Point"), harbours, sounds and bays ("into Scapa Flow", "Kilindini
Harbour", "Casco Bay"), coastal villages and lifeboat stations (Happisburgh, Ballycotton, Peggy's Cove,
Diani Beach, Kommetjie, Bells Beach), islands of big lakes and inhabited islands near coasts
(Migingo, the Ssese Islands, Bhasan Char, Manitoulin Island, Whiddy Island) and rivers of
Australian flood news (the Murrumbidgee, the Richmond). Namesakes the index held keep their
stories (Needles, California; Greenland's Cape Farewell; Eddystone, Pennsylvania)."""

from __future__ import annotations

import pytest


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


@pytest.mark.parametrize(("text", "name", "near"), [
    # headlands, rocks and lighthouses
    ("A yacht lost its keel in a gale off Fastnet Rock.", "Fastnet Rock", (51.39, -9.60)),
    ("A cargo ship lost power off Bishop Rock in the Isles of Scilly.", "Bishop Rock",
     (49.87, -6.45)),
    ("Coastguards searched for a kayaker missing near Rattray Head.", "Rattray Head",
     (57.61, -1.82)),
    ("A tanker sheltered off Cape Point as the storm passed.", "Cape Point", (-34.36, 18.50)),
    ("The search for the missing fishermen moved to Cape Flattery.", "Cape Flattery",
     (48.38, -124.72)),
    ("A swimmer was swept out past North Head from Manly.", "North Head", (-33.82, 151.30)),
    ("Whales were seen off Cape Kidnappers on Saturday.", "Cape Kidnappers", (-39.64, 177.09)),
    # harbours, sounds and bays
    ("The frigate sailed into Scapa Flow on Monday.", "Scapa Flow", (58.90, -3.05)),
    ("Fog rolled in from Casco Bay before the start.", "Casco Bay", (43.70, -70.10)),
    ("A ferry ran aground in Lyttelton Harbour.", "Lyttelton Harbour", (-43.62, 172.72)),
    ("Algal blooms spread across Georgian Bay this summer.", "Georgian Bay", (45.30, -80.90)),
    # coastal villages and lifeboat stations
    ("Residents of Happisburgh watched another house fall into the sea.", "Happisburgh",
     (52.82, 1.53)),
    ("The lifeboat crew from Ballycotton rescued three fishermen.", "Ballycotton",
     (51.83, -8.01)),
    ("Tourists crowded the rocks at Peggy's Cove on Sunday.", "Peggy's Cove", (44.49, -63.92)),
    ("Two tourists were robbed at Diani Beach.", "Diani Beach", (-4.30, 39.58)),
    ("A great white shark was seen off Kommetjie.", "Kommetjie", (-34.14, 18.33)),
    ("Surfers gathered at Bells Beach for the Easter contest.", "Bells Beach", (-38.37, 144.28)),
    # islands of big lakes and near coasts
    ("Fishermen on Migingo Island complained of harassment by police.", "Migingo Island",
     (-0.89, 33.94)),
    ("A boat capsized near the Ssese Islands in Lake Victoria.", "Ssese Islands",
     (-0.40, 32.30)),
    ("More Rohingya refugees were moved to Bhasan Char.", "Bhasan Char", (22.37, 91.40)),
    ("Ferries to Manitoulin Island were cancelled by the storm.", "Manitoulin Island",
     (45.75, -82.20)),
    ("The oil terminal on Whiddy Island reopened.", "Whiddy Island", (51.69, -9.50)),
    # rivers
    ("The Murrumbidgee River broke its banks after days of rain.", "Murrumbidgee River",
     (-34.72, 143.22)),
    ("Floods along the Richmond River cut off Lismore.", "Richmond River", (-28.87, 153.58)),
])
def test_gazetteer_v107_places(geoparser, text, name, near):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < 25, (found[name].name, found[name].country)


@pytest.mark.parametrize(("text", "name", "country"), [
    # the namesakes the index held keep their stories
    ("Temperatures reached 120 degrees in Needles, California.", "Needles", "US"),
    ("The mayor of Eddystone, Pennsylvania, resigned.", "Eddystone", "US"),
    ("Icebergs drifted past Cape Farewell at the southern tip of Greenland.", "Cape Farewell",
     "GL"),
])
def test_namesakes_keep_their_stories(geoparser, text, name, country):
    found = _found(geoparser, text)
    assert name in found, found
    assert found[name].country == country, (found[name].name, found[name].country)


@pytest.mark.parametrize(("text", "word"), [
    ("Chris Hoy won gold in the keirin.", "Hoy"),
    ("The distillery's Rum won a medal in Martinique.", "Rum"),
])
def test_words_and_surnames_are_no_islands(geoparser, text, word):
    """Hoy, Rum, Yell and Coll go only as "Isle of X": the bare names are a surname and words."""
    assert word not in _found(geoparser, text)
