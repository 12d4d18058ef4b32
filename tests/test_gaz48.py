"""Gazetteer v100 (audit 29, items 4, 6, 7 and 8): Irish counties by their councils' names
("Kerry County Council"), the letters regional papers write for their provinces (KZN, Qld,
FCT, PEI, NWT), the Red River of the North by "Red River" as its main name, and South Asian
rivers by the names and spellings Indian news writes (Ganga River, Satluj, Tapti, the Barak
and the Surma). Sentences of our own; each places its name within the given distance of the
place news means. The guards (the last tests) pass on either index, and so do two sentences the
old index already read rightly (Roscommon's council lent its county by the bare name; "Tapti
River" found as a spelling of the Tapi in an Indian story)."""

from __future__ import annotations

import pytest

from tests.test_gaz47 import _found, _km

# The Republic's 26 counties, and Northern Ireland's six (Derry, Londonderry's other name)
REPUBLIC = ["Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry",
            "Kildare", "Kilkenny", "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo",
            "Meath", "Monaghan", "Offaly", "Roscommon", "Sligo", "Tipperary", "Waterford",
            "Westmeath", "Wexford", "Wicklow"]
NORTHERN = ["Armagh", "Down", "Fermanagh", "Londonderry", "Derry", "Tyrone"]
# counties a US county shares "X County" with: only the council's whole name is Ireland's
US_NAMESAKES = {"Clare", "Roscommon", "Wexford", "Antrim"}


def _irish_county(candidates, county: str) -> list:
    country = "GB" if county in NORTHERN or county == "Antrim" else "IE"
    return [c for c in candidates if c.place.country == country
            and c.kind in ("admin1", "admin2", "region") and c.name_type == 0]


@pytest.mark.parametrize("county", [*REPUBLIC, *NORTHERN, "Antrim"])
def test_an_irish_county_goes_by_its_councils_name(gazetteer, county):
    name = f"{county} County" + (" Council" if county in US_NAMESAKES else "")
    assert _irish_county(gazetteer.lookup_name(name), county), name


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    ("Kerry County Council said the road at Killarney would reopen on Friday.", "Killarney",
     (52.06, -9.51), 20),
    ("Kerry County Council said the road at Killarney would reopen on Friday.", "Kerry County",
     (52.15, -9.57), 60),
    ("Clare County Council said the Ennis bypass would close for repairs.", "Ennis",
     (52.84, -8.98), 20),
    ("Clare County Council said the Ennis bypass would close for repairs.",
     "Clare County Council", (52.85, -9.0), 60),
    ("Roscommon County Council said the road near Boyle would close.", "Boyle",
     (53.97, -8.30), 20),
    ("Tyrone County Board said the match in Omagh would go ahead.", "Tyrone County",
     (54.61, -7.21), 60),
    # provinces by their letters
    ("Floods in KZN killed 12 people on Monday, the provincial government said.", "KZN",
     (-28.6, 30.9), 300),
    ("Storms hit south-east Qld on Monday.", "Qld", (-21.0, 143.0), 800),
    ("Schools in the FCT will reopen on Monday, the minister said.", "FCT", (8.9, 7.2), 100),
    ("Ferries to PEI were cancelled on Monday.", "PEI", (46.4, -63.2), 100),
    ("Wildfires in the NWT forced thousands from their homes.", "NWT", (64.0, -119.0), 600),
    # the Red River of a Winnipeg story is the northern one, at its mouth on Lake Winnipeg
    ("The Red River rose in Winnipeg on Monday and the province said the floodway would open.",
     "Red River", (50.40, -96.80), 30),
    # South Asian rivers by India's and Bangladesh's names
    ("Flooding along the River Ganga hit Varanasi on Sunday.", "River Ganga", (22.0, 90.8), 30),
    ("Pilgrims bathed in the Ganga River at Haridwar.", "Ganga River", (22.0, 90.8), 30),
    ("The Satluj River was in spate near Ropar.", "Satluj River", (29.37, 71.02), 30),
    ("The Tapti River flooded low-lying parts of Surat.", "Tapti River", (21.15, 72.73), 30),
    ("The Barak River rose above the danger mark at Silchar.", "Barak River", (24.88, 92.49),
     30),
    ("The Surma River overflowed in Sylhet after days of rain.", "Surma River", (24.05, 90.97),
     30),
])
def test_the_name_is_placed(geoparser, text, name, near, km):
    place = _found(geoparser, text).get(name)
    assert place is not None, name
    assert _km(place, near) <= km, (name, place.name, place.lat, place.lon)


@pytest.mark.parametrize(("text", "name", "country"), [
    # guards: namesakes and letters that mean something else keep what they were
    ("Clare County commissioners met in Harrison, Michigan, on Tuesday.", "Clare County", "US"),
    ("Union Pacific (UP) said the line would reopen on Monday.", "UP", None),
    ("The AP reported that MP fares would rise.", "AP", None),
    ("The Red River rivalry game is played in Dallas, Texas, every October.", "Red River", "US"),
])
def test_a_namesake_or_a_word_keeps_its_meaning(geoparser, text, name, country):
    place = _found(geoparser, text).get(name)
    assert (place.country if place else None) == country
    if name == "Red River" and place is not None:
        assert place.lat < 40  # the southern river, Texas's border, not the Dakotas'
