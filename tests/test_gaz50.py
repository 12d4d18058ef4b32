"""Gazetteer v102 (gaz50): each place's first-level region is recorded by the build and read
by `Gazetteer.region_name` (the dashboard's "Town · Region"), and Indonesia's regencies."""

from __future__ import annotations

import pytest


def _town(gazetteer, name: str, country: str):
    towns = [c.place for c in gazetteer.lookup_name(name)
             if c.kind == "city" and c.place.country == country]
    assert towns, name
    return max(towns, key=lambda place: place.population)


@pytest.mark.parametrize("name, country, region", [
    ("Rawalpindi", "PK", "Punjab"),  # had been "Islamabad Capital Territory"
    ("Islamabad", "PK", "Islamabad Capital Territory"),  # had been none
    ("Sarajevo", "BA", "Federation of Bosnia and Herzegovina"),  # "Una-Sana Canton"
    ("Mostar", "BA", "Federation of Bosnia and Herzegovina"),  # "Una-Sana Canton"
    ("Milan", "IT", "Lombardy"),  # "Metropolitan City of Milan"
    ("Bergamo", "IT", "Lombardy"),  # "Province of Bergamo"
    ("Naples", "IT", "Campania"),
    ("Turin", "IT", "Piedmont"),
    ("Shenzhen", "CN", "Guangdong"),  # "Hong Kong"
    ("Osnabrück", "DE", "Lower Saxony"),  # none
])
def test_a_town_is_named_with_the_region_the_build_recorded(gazetteer, name, country,
                                                             region):
    assert gazetteer.region_name(_town(gazetteer, name, country)) == region


@pytest.mark.parametrize("name, country, region", [
    ("Lahore", "PK", "Punjab"), ("Guangzhou", "CN", "Guangdong"),
    ("Dongguan", "CN", "Guangdong"), ("Quanzhou", "CN", "Fujian"),
    ("Bremen", "DE", "Bremen"), ("Taipei", "TW", "Taipei"), ("Bangkok", "TH", "Bangkok"),
    ("Manchester", "GB", "England"), ("Glasgow", "GB", "Scotland"),
    ("Barcelona", "ES", "Catalonia"), ("Munich", "DE", "Bavaria"),
])
def test_regions_named_rightly_before_stay_so(gazetteer, name, country, region):
    """Guards: right before v102 as after."""
    assert gazetteer.region_name(_town(gazetteer, name, country)) == region


def test_the_index_records_each_places_region(gazetteer):
    columns = {row[1] for row in gazetteer._conn.execute("PRAGMA table_info(places)")}
    assert "region" in columns
    england = gazetteer._conn.execute(
        "SELECT region.name FROM places JOIN places AS region ON region.row = places.region"
        " WHERE places.id = 'geonames:2643743'").fetchone()  # London
    assert england == ("England",)


def test_a_region_is_none_for_countries_and_regions(gazetteer):
    for candidate in gazetteer.lookup_name("Lombardy") + gazetteer.lookup_name("Italy"):
        if candidate.kind in ("admin1", "country"):
            assert gazetteer.region_name(candidate.place) == ""


@pytest.mark.parametrize("name", ["Tanah Datar", "Agam Regency", "Gowa", "Deli Serdang",
                                  "Padang Pariaman", "Siak", "Bantul Regency",
                                  "Kabupaten Sleman", "Gowa Regency"])
def test_indonesias_regencies_are_places(gazetteer, name):
    found = [c for c in gazetteer.lookup_name(name)
             if c.kind == "admin2" and c.place.country == "ID"]
    assert found, name
    assert gazetteer.region_name(found[0].place)  # in its province


@pytest.mark.parametrize("name", ["Bone", "Bantul", "Sleman", "Bogor"])
def test_a_regencys_bare_name_is_left_to_a_word_or_a_bigger_town(gazetteer, name):
    """Guards: "Bone" is a word; the towns Bantul, Sleman and Bogor keep their names."""
    assert not [c for c in gazetteer.lookup_name(name) if c.place.id.startswith("regency:")]
