"""Gazetteer v98 (audit gaz43): GeoNames sections of a city that carried the city's own
figure (Virginia's East Hampton), older and other names of regions English news still
writes (Ajara, PACA, Midi-Pyrénées, Haute-Normandie, Navarre, Gascony, Westphalia), famous
urban parks and the venues of recurring international events, and world-famous small towns a
story names without their country (Monte Carlo, Davos). Sentences of our own; each places its
name within 20 km of the place news means, or as the region news means."""

from __future__ import annotations

import pytest


def _found(geoparser, text: str) -> dict:
    return {m.surface: m.place for m in geoparser.parse(text) if m.place}


def _km(place, near: tuple[float, float]) -> float:
    from placeline.models import haversine_km

    return haversine_km(place.lat, place.lon, *near)


@pytest.mark.parametrize(("text", "name", "near", "km"), [
    # a section of Hampton, Virginia, had Hampton's 137,148 people and more
    ("The auction is led by a Willem de Kooning landscape painted in East Hampton.",
     "East Hampton", (40.96, -72.18), 20),
    # regions by older and other names
    ("Toulouse was the capital of Midi-Pyrénées until the regions were merged in 2016.",
     "Midi-Pyrénées", (43.9, 1.6), 100),
    ("Vineyards across Gascony lost half their grapes to hail.", "Gascony", (43.7, 0.3), 100),
    ("Coal mines in Westphalia closed one by one in the 1990s.", "Westphalia", (51.8, 8.0),
     100),
    ("Lignite mining in Lusatia is to end by 2038.", "Lusatia", (51.5, 14.3), 100),
    # parks
    ("Thousands marched from Hyde Park to Parliament Square on Saturday.", "Hyde Park",
     (51.507, -0.166), 20),
    ("The club held an open-air blitz tournament in Forest Park, St. Louis.", "Forest Park",
     (38.637, -90.285), 20),
    ("Runners crowded the Bois de Boulogne on Sunday morning.", "Bois de Boulogne",
     (48.86, 2.25), 20),
    ("Rents near Chapultepec Park have doubled in five years.", "Chapultepec Park",
     (19.42, -99.18), 20),
    ("Protesters gathered at Golden Gate Park before marching downtown.", "Golden Gate Park",
     (37.77, -122.49), 20),
    # venues of recurring international events
    ("The national pavilions in the Giardini opened to critics on Tuesday.", "Giardini",
     (45.43, 12.36), 20),
    ("The biennale's main exhibition fills the Arsenale this year.", "Arsenale",
     (45.43, 12.35), 20),
    ("Art Basel returned to Messe Basel with 285 galleries.", "Messe Basel", (47.56, 7.60),
     20),
    ("The esports final sold out the Spodek for a third year.", "Spodek", (50.27, 19.03), 20),
    ("The fair moved from the Grand Palais to a temporary hall.", "Grand Palais",
     (48.87, 2.31), 20),
    ("The wine fair opened at Olympia London on Monday.", "Olympia London", (51.50, -0.21),
     20),
    # world-famous small towns of their stories
    (("The Spanish player, who won in Madrid and Barcelona last year, added a victory in "
      "Monte Carlo in the spring."), "Monte Carlo", (43.74, 7.43), 20),
    ("Bankers from New York and Chicago flew to Davos for the forum.", "Davos",
     (46.80, 9.84), 20),
])
def test_gazetteer_v98_places(geoparser, text, name, near, km):
    found = _found(geoparser, text)
    assert name in found, found
    assert _km(found[name], near) < km, (found[name].name, found[name].lat, found[name].lon)


@pytest.mark.parametrize(("text", "name", "region"), [
    ("Georgia's opposition said its head in the Black Sea region of Ajara was detained.",
     "Ajara", "Adjara"),
    ("Farmers blocked roads across PACA on Monday.", "PACA", "Provence-Alpes-Côte d'Azur"),
    ("Rouen, once the capital of Haute-Normandie, voted on the budget.", "Haute-Normandie",
     "Upper Normandy"),
    ("Pamplona, the capital of Navarre, held its bull runs.", "Navarre", "Navarra"),
])
def test_regions_by_other_names(geoparser, text, name, region):
    place = _found(geoparser, text)[name]
    assert (place.name, place.kind) == (region, "admin1")


def test_sections_lose_their_city_s_figure_and_towns_keep_theirs(gazetteer):
    def population(geonameid: int) -> int:
        return next(c.place.population for name in names[geonameid]
                    for c in gazetteer.lookup_name(name) if c.place.geonameid == geonameid)

    names = {4756955: ["East Hampton"], 4951305: ["South Boston"], 4498303: ["West Raleigh"],
             5407933: ["West Covina"], 5097441: ["East Orange"], 4845411: ["West Hartford"],
             6332428: ["East Harlem"], 4177887: ["West Palm Beach"]}
    assert [population(i) for i in (4756955, 4951305, 4498303)] == [20_000] * 3  # (a quarter's)
    assert all(population(i) > 60_000 for i in (5407933, 5097441, 4845411, 6332428, 4177887))


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    # the sections' namesakes and the real neighbouring cities keep their stories
    ("Firefighters in Boston said the blaze in South Boston started in a bakery.",
     "South Boston", "US", "MA"),
    ("Traffic between Minneapolis and St Paul was halted by the storm.", "St Paul", "US",
     "MN"),
    ("Fans drove from Dallas to Fort Worth for the rodeo.", "Fort Worth", "US", "TX"),
    ("The mayor of West Palm Beach said Florida would help.", "West Palm Beach", "US", "FL"),
])
def test_namesakes_and_neighbours_keep_their_stories(geoparser, text, name, country, admin1):
    place = _found(geoparser, text)[name]
    assert (place.country, place.admin1) == (country, admin1)
