"""Gazetteer v101 (gaz49): polar research stations, glaciers, ice shelves and ice fields,
passes, the fells, glens, peaks and headlands of Britain and Ireland, and autonomous and
unofficial regions (the Kurdistan Region of Iraq, Northern Cyprus, Azad Jammu and Kashmir)
that the index lacked or misnamed. Sentences of our own; each places its name within the given
distance of the place news means. The guards (the last tests) pass on either index: a surname
that a station has keeps what it was in ordinary news, and Iran's Kurdistan stays Iran's in an
Iranian story."""

from __future__ import annotations

import pytest

from tests.test_gaz47 import _found, _km


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # polar stations
    ("The icebreaker reached McMurdo on Monday after a week in the Ross Sea.", "McMurdo",
     (-77.85, 166.67), 10),
    ("Japan's team at Syowa measured the ozone hole over Antarctica.", "Syowa",
     (-69.0, 39.58), 10),
    ("The ship called at King Edward Point in South Georgia.", "King Edward Point",
     (-54.28, -36.50), 10),
    ("Russia resupplied Progress Station and Mirny Station in Antarctica.", "Progress Station",
     (-69.38, 76.39), 20),
    ("Russia resupplied Progress Station and Mirny Station in Antarctica.", "Mirny Station",
     (-66.55, 93.01), 20),
    ("Scientists at EastGRIP drilled through the Greenland ice sheet.", "EastGRIP",
     (75.63, -35.99), 50),
    ("Scientists at Eureka, Nunavut, recorded the warmest day.", "Eureka", (79.99, -85.94), 20),
    ("Spain's scientists returned to Juan Carlos I Base on Livingston Island.",
     "Juan Carlos I Base", (-62.66, -60.39), 10),
    ("Italy's Mario Zucchelli Station opened for the summer season.",
     "Mario Zucchelli Station", (-74.69, 164.11), 10),
    ("A supply flight reached SANAE IV on Monday.", "SANAE IV", (-71.67, -2.84), 10),
    # a station by a bare surname, chosen by its Antarctic story
    ("A medical evacuation from Casey, the Australian station in Antarctica, began on Monday.",
     "Casey", (-66.28, 110.53), 20),
    # glaciers, ice shelves, ice fields and passes
    ("Tourists flocked to Hubbard Glacier and the Tasman Glacier this summer.",
     "Hubbard Glacier", (60.0, -139.5), 50),
    ("Tourists flocked to Hubbard Glacier and the Tasman Glacier this summer.",
     "Tasman Glacier", (-43.6, 170.2), 30),
    ("The Ronne Ice Shelf and the Amery Ice Shelf lost mass, the study found.",
     "Ronne Ice Shelf", (-78.5, -61.0), 400),
    ("The Ronne Ice Shelf and the Amery Ice Shelf lost mass, the study found.",
     "Amery Ice Shelf", (-69.75, 71.0), 300),
    ("The Southern Patagonian Ice Field is shrinking, scientists said.",
     "Southern Patagonian Ice Field", (-49.5, -73.5), 250),
    ("The Sani Pass was closed by snow on Monday.", "Sani Pass", (-29.59, 29.29), 20),
    ("A cyclist died on Hardknott Pass on Sunday.", "Hardknott Pass", (54.40, -3.21), 10),
    ("Traffic through the Gotthard was diverted after the crash in Switzerland.", "Gotthard",
     (46.56, 8.56), 30),
    # fells, glens, peaks and headlands of Britain and Ireland
    ("Walkers were rescued from Skiddaw and Blencathra on Sunday.", "Skiddaw",
     (54.65, -3.15), 5),
    ("Walkers were rescued from Skiddaw and Blencathra on Sunday.", "Blencathra",
     (54.64, -3.05), 5),
    ("The walker fell from Striding Edge on Helvellyn.", "Striding Edge", (54.52, -3.00), 5),
    ("Climbers were rescued from Ben Macdui and Cairn Gorm overnight.", "Ben Macdui",
     (57.07, -3.67), 5),
    ("Climbers were rescued from Ben Macdui and Cairn Gorm overnight.", "Cairn Gorm",
     (57.12, -3.64), 5),
    ("Snow closed the road through Glen Coe on Monday.", "Glen Coe", (56.67, -5.05), 20),
    ("A trawler sank off Loop Head on Monday, the Irish Coast Guard said.", "Loop Head",
     (52.56, -9.93), 10),
    ("The lifeboat was called to Flamborough Head on Sunday.", "Flamborough Head",
     (54.12, -0.08), 10),
    ("A ship ran aground off the Great Orme near Llandudno.", "Great Orme", (53.33, -3.87), 10),
    ("Gales battered the Old Head of Kinsale overnight.", "Old Head of Kinsale",
     (51.60, -8.53), 10),
    # autonomous and unofficial regions
    ("The Kurdistan Region said oil exports through Turkey would resume on Monday.",
     "Kurdistan Region", (36.4, 44.3), 150),
    ("Drone attacks hit oil fields in Iraqi Kurdistan on Tuesday.", "Iraqi Kurdistan",
     (36.4, 44.3), 150),
    ("Oil exports from Kurdistan to Turkey resumed on Monday, Baghdad said.", "Kurdistan",
     (36.4, 44.3), 150),
    ("Talks on Northern Cyprus resumed in Nicosia.", "Northern Cyprus", (35.25, 33.6), 60),
    ("Elections were held in Azad Jammu and Kashmir on Sunday.", "Azad Jammu and Kashmir",
     (33.9, 73.8), 100),
    ("Police in AJK arrested five men on Sunday.", "AJK", (33.9, 73.8), 100),
    ("Wildfires burned across Scania in southern Sweden.", "Scania", (55.99, 13.6), 80),
    ("Floods hit Hadramaut province in Yemen.", "Hadramaut", (16.9, 49.4), 200),
    ("Separatists in Ambazonia attacked a school in Cameroon.", "Ambazonia", (5.5, 9.8), 200),
])
def test_the_name_is_placed(geoparser, text, name, near, km):
    place = _found(geoparser, text).get(name)
    assert place is not None, name
    assert _km(place, near) <= km, (name, place.name, place.lat, place.lon)


@pytest.mark.parametrize(("text", "name"), [
    ("Casey scored twice for Leeds on Saturday.", "Casey"),
    ("Davis said the bill would pass on Tuesday.", "Davis"),
    ("The court heard from Palmer, the company's director, in Brisbane.", "Palmer"),
    ("Concordia University in Montreal closed on Monday.", "Concordia"),
    ("Eureka! the founders cried in their garage in California.", "Eureka"),
])
def test_a_surname_a_station_has_is_no_station_in_ordinary_news(geoparser, text, name):
    place = _found(geoparser, text).get(name)
    assert place is None or place.country not in ("AQ", "CA"), (place.name, place.country)


@pytest.mark.parametrize(("text", "name", "country"), [
    # Iran's Kurdistan in an Iranian story is Iran's province
    ("Mahsa Amini, from Saqqez in Kurdistan, died in Tehran, Iranian media said.", "Kurdistan",
     "IR"),
    ("Iranian forces shelled villages in Kurdistan, Iran's state media said on Monday.",
     "Kurdistan", "IR"),
])
def test_a_namesake_keeps_its_meaning(geoparser, text, name, country):
    place = _found(geoparser, text).get(name)
    assert (place.country if place else None) == country
