"""The UK's historic counties (placeline/data/historic_counties.csv, index v37): names British
news still writes ("Perthshire", "County Fermanagh") that no council has any more, indexed by
names no place had and no ordinary word."""

from __future__ import annotations

import csv
from pathlib import Path

from placeline.resolve import haversine_km

DATA = Path(__file__).resolve().parent.parent / "placeline" / "data" / "historic_counties.csv"


def _counties(gazetteer, surface: str) -> list:
    return [c.place for c in gazetteer.lookup_name(surface)
            if c.place.id.startswith("historic-county:")]


def test_the_file_holds_one_row_per_county_inside_the_united_kingdom():
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len({r["code"] for r in rows}) == len(rows) == 91
    assert {r["nation"] for r in rows} == {"ENG", "WLS", "SCT", "NIR"}
    assert all(49.8 < float(r["lat"]) < 60.9 and -8.2 < float(r["lon"]) < 1.8 for r in rows)


def test_counties_no_council_names_are_found_near_their_towns(gazetteer):
    towns = {"Perthshire": "Perth", "County Fermanagh": "Enniskillen", "Ayrshire": "Ayr",
             "Inverness-shire": "Inverness", "Glamorganshire": "Cardiff"}
    for surface, town in towns.items():
        counties = _counties(gazetteer, surface)
        assert [(c.kind, c.country) for c in counties] == [("admin2", "GB")], surface
        near = next(c.place for c in gazetteer.lookup_name(town) if c.place.country == "GB")
        assert haversine_km(counties[0].lat, counties[0].lon, near.lat, near.lon) < 80, surface


def test_names_other_places_have_or_ordinary_words_are_left_alone(gazetteer):
    """Kent and Aberdeenshire are today's counties already; "Down" is a word."""
    for surface in ("Kent", "Aberdeenshire", "Down"):
        assert not _counties(gazetteer, surface), surface
    assert _counties(gazetteer, "Siorrachd Obar Dheathain")[0].name == "Aberdeenshire"


def test_a_name_places_abroad_have_is_the_county_too(gazetteer):
    """Westmorland is also a town in California and in New Zealand: the county joins them,
    for context to choose."""
    readings = [c.place for c in gazetteer.lookup_name("Westmorland")]
    assert _counties(gazetteer, "Westmorland") and any(p.country == "US" for p in readings)


def test_a_historic_county_in_news_holds_its_towns(geoparser):
    found = {m.surface: m.place for m in geoparser.parse(
        "ENNISKILLEN, County Fermanagh — Turnout in the last by-election in Perthshire, held "
        "in Blairgowrie, was low, and Lanarkshire councils said the same.") if m.place}
    assert found["County Fermanagh"].name == "County Fermanagh"
    assert found["Perthshire"].country == "GB" and found["Lanarkshire"].country == "GB"
    assert found["ENNISKILLEN"].country == "GB"
