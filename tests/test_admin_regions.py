"""Subdivisions from Natural Earth's admin-1 regions (placeline/data/admin_regions.csv, index
v32): France's departements and the like, which no other source names, by names no place had
and no ordinary word."""

from __future__ import annotations

import math


def _regions(gazetteer, surface: str) -> list:
    return [c.place for c in gazetteer.lookup_name(surface)
            if c.place.id.startswith("naturalearth:")]


def _km(a, b) -> float:
    return math.dist((a.lat, a.lon * math.cos(math.radians(a.lat))),
                     (b.lat, b.lon * math.cos(math.radians(a.lat)))) * 111.2


def test_departements_are_indexed_as_subdivisions_of_their_country(gazetteer):
    for surface in ("Gironde", "Hérault", "Herault", "Bouches-du-Rhône", "Pas-de-Calais"):
        regions = _regions(gazetteer, surface)
        assert [(r.kind, r.country) for r in regions] == [("admin2", "FR")], surface
    bordeaux = next(c.place for c in gazetteer.lookup_name("Bordeaux")
                    if c.place.country == "FR")
    assert _km(_regions(gazetteer, "Gironde")[0], bordeaux) < 60


def test_names_other_places_have_or_ordinary_words_are_left_alone(gazetteer):
    """Tarragona and Cornwall are already a city and a county; "Ain", "Down", "City" and
    "Upper East" are words; "Windward Islands" is an island group, not only Polynesia's."""
    for surface in ("Tarragona", "Cornwall", "Ain", "Down", "City", "Upper East",
                    "Windward Islands"):
        assert not _regions(gazetteer, surface), surface


def test_a_regions_name_only_villages_have_is_the_regions_too(gazetteer, geoparser):
    """A hamlet's name does not hide a region's (index v42): Landes, Doubs and Leitrim are
    villages of a few hundred people and a French departement, a French departement and an
    Irish county; Vaud is a Swiss canton and "Le Vaud" a village's other name. A town over
    5,000 people keeps its name to itself ("Tarragona" above)."""
    for surface, country in (("Landes", "FR"), ("Doubs", "FR"), ("Leitrim", "IE"),
                             ("Vaud", "CH")):
        assert [r.country for r in _regions(gazetteer, surface)] == [country], surface
    mentions = geoparser.parse("Heat alerts covered Gironde, Landes and Charente-Maritime, "
                               "and farmers in Leitrim and Vaud counted losses.")
    kinds = {m.surface: m.place.kind for m in mentions if m.place}
    assert kinds == {"Gironde": "admin2", "Landes": "admin2", "Charente-Maritime": "admin2",
                     "Leitrim": "admin2", "Vaud": "admin2"}, kinds


def test_departements_are_found_in_news_and_a_river_keeps_its_name_after_the(geoparser):
    mentions = geoparser.parse(
        "NÎMES, France — Météo-France placed the Gard and Hérault departments on red alert as "
        "rain lashed the Cévennes. In Lyon, the Rhône rose a metre overnight, and fires burned "
        "in Gironde.")
    found = {m.surface: m.place for m in mentions if m.place}
    assert found["Gard"].kind == "admin2" and found["Hérault"].kind == "admin2"
    assert found["Gironde"].kind == "admin2"
    assert found["Rhône"].kind == "water"


def test_a_regions_name_only_places_abroad_have_is_the_regions_in_its_country(geoparser):
    """Medway (Kent), Loreto (Peru) and Berea (Lesotho) share their names with towns abroad
    of more than 5,000 people (index v46): the region enters with a village's prior, so its
    own country's news finds it and the towns keep the name elsewhere."""
    def found(text: str) -> dict:
        return {m.surface: (m.place.country, m.place.kind) for m in geoparser.parse(text)
                if m.place}
    assert found("Roads in Medway and Maidstone were flooded.")["Medway"] == ("GB", "admin2")
    assert found("Oil spills in Loreto, in Peru's Amazon, reached Iquitos.")["Loreto"] == (
        "PE", "admin2")
    assert found("In Lesotho, the Berea district near Maseru was hit by hail.")["Berea"] == (
        "LS", "admin2")
    assert found("A school in Berea, Kentucky, closed.")["Berea"] == ("US", "city")
