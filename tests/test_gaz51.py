"""Gazetteer v103 (gaz51, audit 31 items 5, 6, 8, 9, 10, 11): island groups whose bare name is a
town elsewhere, waterfalls, regions as their own media name them (Nelson Tasman, Papua New
Guinea's regions, New Zealand's by their current names), Pakistan's and Afghanistan's districts
and valleys news names bare, and small coastal localities of northern Australia."""

from __future__ import annotations

import pytest


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # island groups (audit 31 item 6: "Tiwi" in the Philippines, or a Darwin suburb)
    ("Ferries to the Tiwi Islands were cancelled.", "Tiwi Islands", (-11.6, 130.8), 60),
    ("A cyclone warning is current for Darwin and the Tiwi Islands.", "Tiwi Islands",
     (-11.6, 130.8), 60),
    ("Fishermen from the Kerkennah Islands said the catch had fallen.", "Kerkennah Islands",
     (34.71, 11.2), 30),
    ("Flights to the Bijagós Islands resumed from Bissau.", "Bijagós Islands", (11.25, -15.9),
     60),
    ("Police patrolled the Torres Strait Islands after the storm.", "Torres Strait Islands",
     (-10.2, 142.2), 100),
    # waterfalls (item 8: "Kuang" of Malaysia before "Si Falls")
    ("Don't miss the Kuang Si Falls, a short ride from Luang Prabang in Laos.",
     "Kuang Si Falls", (19.749, 101.991), 5),
    ("We hiked to Gullfoss and Seljalandsfoss from Reykjavik.", "Gullfoss", (64.327, -20.121),
     5),
    ("The Rhine Falls near Schaffhausen draw thousands of tourists.", "Rhine Falls",
     (47.678, 8.615), 5),
    ("Tourists crowded Ban Gioc Falls on the border between Vietnam and China.",
     "Ban Gioc Falls", (22.855, 106.724), 5),
    # regions (items 5 and 11)
    ("Heavy rain closed roads across Nelson Tasman on Saturday.", "Nelson Tasman",
     (-41.3, 173.0), 60),
    ("Flooding in Manawatū-Whanganui closed State Highway 1 near Palmerston North.",
     "Manawatū-Whanganui", (-39.73, 175.44), 80),
    ("Police in Mount Hagen said tribal fighting in the Highlands had displaced hundreds.",
     "Highlands", (-6.0, 144.5), 200),
    ("Police in Lae and Goroka arrested 40 people after tribal fighting in the Highlands.",
     "Highlands", (-6.0, 144.5), 200),
    ("Police in Momase said the roads near Wewak and Madang were cut.", "Momase",
     (-4.5, 144.5), 200),
    # districts and valleys (item 10: "Swat" had found nothing)
    ("Floods swept through Swat on Monday, killing at least 12 people.", "Swat",
     (35.2, 72.45), 50),
    ("Floods swept through Swat and Chitral in Khyber Pakhtunkhwa, police in Gilgit said.",
     "Swat", (35.2, 72.45), 50),
    ("Troops moved into Buner, Shangla and Lower Dir after clashes in Bajaur.", "Bajaur",
     (34.75, 71.5), 40),
    ("Fighting in Kurram and Orakzai left dozens dead, officials in Peshawar said.", "Kurram",
     (33.8, 70.15), 40),
    ("Taliban fighters entered the Panjshir valley north of Kabul.", "Panjshir", (35.3, 69.6),
     50),
    # coastal localities (item 9: "Dundee Beach" had been drawn on Darwin)
    (("The system is expected to cross the coast near Dundee Beach, south-west of Darwin, "
      "on Friday."), "Dundee Beach", (-12.72, 130.35), 15),
    ("Cyclone warnings were issued for Wadeye, Kalumburu and Nhulunbuy.", "Kalumburu",
     (-14.3, 126.64), 15),
])
def test_gazetteer_v103_places(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].lat, found[name].lon)


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # guards: the namesakes keep their own stories, before v103 as after
    (("Snow fell across the Highlands overnight, and roads near Inverness and Aviemore "
      "were closed."), "Highlands", (57.1, -4.7), 200),
    ("The Southern Region of Malawi was hit by Cyclone Freddy near Blantyre.",
     "Southern Region", (-15.66, 35.19), 200),
    ("The Khyber Pass was closed to trucks bound for Afghanistan.", "Khyber Pass",
     (34.1, 71.1), 30),
])
def test_namesakes_keep_their_stories(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].lat, found[name].lon)


def test_no_bare_tiwi_and_no_swat_in_capitals(geoparser):
    """Guards: "Tiwi" alone stays the towns it was; the letters "SWAT" and the verb are no
    place."""
    assert all(c.place.id.startswith("geonames:")
               for c in geoparser.gazetteer.lookup_name("Tiwi"))
    found = _found(geoparser, "A SWAT team stormed the house in Ohio as he tried to swat a fly.")
    assert set(found) == {"Ohio"}, found
