"""Rivers, lakes, seas and regions from Natural Earth: where each point goes, and the names
news uses."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from placeline.gazetteer_build import water_names

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "natural_earth.py"
_spec = importlib.util.spec_from_file_location("natural_earth", _SCRIPT)
natural_earth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(natural_earth)


def _line(*points):  # (lat, lon) pairs → GeoJSON's [lon, lat]
    return [[lon, lat] for lat, lon in points]


def test_a_river_sits_at_the_end_no_segment_leaves():
    """Two tributaries join and flow on to the sea: the mouth, not a source or the junction."""
    lines = [(_line((10.0, 0.0), (9.0, 1.0)), 8), (_line((10.0, 2.0), (9.0, 1.0)), 8),
             (_line((9.0, 1.0), (8.0, 1.0), (7.0, 1.5)), 6)]
    [(lat, lon, rank, _)] = natural_earth.river_mouths(lines)
    assert (lat, lon, rank) == (7.0, 1.5, 6)


def test_a_gap_at_a_reservoir_does_not_make_two_rivers():
    """Segments that stop 10 km short of each other (a dam, a lake) are one river."""
    lines = [(_line((50.0, 10.0), (49.0, 10.0)), 5), (_line((48.91, 10.0), (48.0, 10.0)), 5)]
    assert [(m[0], m[1]) for m in natural_earth.river_mouths(lines)] == [(48.0, 10.0)]


def _outlets(coast=(), others=None):
    """A coastline through `coast` points and other rivers {name: [line, ...]}."""
    rivers = {name: [(_line(*points), 6) for points in lines]
              for name, lines in (others or {}).items()}
    return natural_earth.Outlets([_line(*coast)] if coast else [], rivers)


def test_a_river_drawn_from_the_sea_up_has_its_mouth_on_the_coast():
    """The Waikato is drawn from the Tasman Sea up to Lake Taupo, the Don from the Sea of
    Azov to its source: the end on the coast is the mouth, whatever the drawing says."""
    lines = [(_line((-37.3, 174.8), (-38.0, 175.5), (-38.7, 176.1)), 6)]
    coast = ((-37.0, 174.75), (-37.3, 174.78), (-37.6, 174.8))
    [(lat, lon, _, _)] = natural_earth.river_mouths(lines, _outlets(coast), "Waikato")
    assert (lat, lon) == (-37.3, 174.8)


def test_a_river_drawn_in_pieces_both_ways_has_its_mouth_on_the_coast():
    """The Zambezi: a piece drawn upstream from a reservoir makes a false end inside it."""
    lines = [(_line((-11.0, 24.0), (-15.6, 30.8)), 3), (_line((-15.6, 32.7), (-15.6, 30.8)), 3),
             (_line((-15.6, 32.7), (-18.8, 36.1)), 3)]
    coast = ((-18.5, 36.3), (-18.8, 36.15), (-19.1, 36.0))
    mouths = natural_earth.river_mouths(lines, _outlets(coast), "Zambezi")
    assert [(m[0], m[1]) for m in mouths] == [(-18.8, 36.1)]


def test_a_tributary_flows_into_the_river_that_goes_on_not_the_sea_near_its_source():
    """The Tietê rises 20 km from the sea and flows inland into the Paraná, which goes on."""
    lines = [(_line((-23.6, -46.0), (-22.0, -48.5), (-20.6, -51.6)), 8)]
    coast = ((-23.7, -45.9), (-23.75, -46.1))
    parana = {"Paraná": [[(-19.0, -50.5), (-20.6, -51.58), (-22.0, -52.5)]]}
    [(lat, lon, _, _)] = natural_earth.river_mouths(lines, _outlets(coast, parana), "Tietê")
    assert (lat, lon) == (-20.6, -51.6)


def test_a_river_beginning_where_two_rivers_end_is_not_their_tributary():
    """The Paraná begins where the Paranaíba and the Grande end: that is its source, and its
    mouth is the other end, drawn so, though neither is on the coast."""
    lines = [(_line((-19.0, -50.5), (-25.0, -54.5), (-34.0, -58.4)), 2)]
    others = {"Paranaíba": [[(-18.0, -48.0), (-19.0, -50.49)]],
              "Grande": [[(-20.0, -45.0), (-19.01, -50.5)]]}
    [(lat, lon, _, _)] = natural_earth.river_mouths(lines, _outlets((), others), "Paraná")
    assert (lat, lon) == (-34.0, -58.4)


def test_rivers_of_one_name_far_apart_stay_two():
    lines = [(_line((40.0, -120.0), (41.0, -124.0)), 6), (_line((32.0, -96.0), (30.0, -95.0)), 10)]
    assert len(natural_earth.river_mouths(lines)) == 2


@pytest.mark.parametrize("name, feature, expected", [
    ("Thames", "river", ["Thames River", "River Thames"]),
    ("Rio Grande", "river", ["Rio Grande"]),
    ("Otter Creek", "river", ["Otter Creek"]),
    ("Erie", "lake", ["Lake Erie", "Erie Lake"]),
    ("Lake of the Woods", "lake", ["Lake of the Woods"]),
    # a local name, and the English one news writes
    ("Lago Titicaca", "lake", ["Lago Titicaca", "Lake Titicaca"]),
    ("Lago di Como", "lake", ["Lago di Como", "Lake Como"]),
    ("Lac de Neuchâtel", "lake", ["Lac de Neuchâtel", "Lake Neuchâtel"]),
    ("Lagoa dos Patos", "lake", ["Lagoa dos Patos"]),
    ("Loch Ness", "lake", ["Loch Ness"]),
])
def test_news_names_a_river_or_lake_with_its_kind_never_bare(name, feature, expected):
    """A bare "Severn" or "Jordan" is a town, a state or a person far more often."""
    assert water_names(name, feature) == expected


def test_every_shipped_row_has_a_point_and_a_rank():
    import csv

    from placeline.config import PACKAGE_DATA

    with (PACKAGE_DATA / "natural_earth.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 6000
    for row in rows:
        assert row["name"] and row["feature"] in ("river", "lake", "sea", "region", "mountain",
                                                  "cape", "waterfall")
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert 0 <= int(row["scalerank"]) <= 12


@pytest.mark.parametrize("label, name", [
    ("HIMALAYAS", "Himalayas"), ("PLATEAU OF TIBET", "Plateau of Tibet"),
    ("Balkan Pen.", "Balkan Peninsula"), ("APPALACHIAN MTS.", "Appalachian Mountains"),
    ("Bathurst I.", "Bathurst Island"), ("S. Nevada", None), ("î. d’Anticosti", None),
    ("Mt. Everest", "Mount Everest"), ("Pt. Conception", "Point Conception"),
])
def test_labels_are_written_as_news_writes_them(label, name):
    assert natural_earth.news_name(label) == name


def test_a_feature_across_the_180th_meridian_is_centred_on_one_side():
    """Two halves of an island at ±180: its centre is at the meridian, not at 0°."""
    halves = {"type": "MultiPolygon", "coordinates": [
        [[[179.0, 10.0], [180.0, 10.0], [180.0, 11.0], [179.0, 11.0], [179.0, 10.0]]],
        [[[-180.0, 10.0], [-179.0, 10.0], [-179.0, 11.0], [-180.0, 11.0], [-180.0, 10.0]]]]}
    lat, lon, _ = natural_earth.area_centre(halves)
    assert abs(lat - 10.5) < 0.01 and abs(abs(lon) - 180.0) < 0.01


@pytest.mark.parametrize("text, name, kind", [
    ("Smoke from fires in the Sierra Nevada foothills drifted to Fresno.", "Sierra Nevada",
     "region"),
    ("Houthi forces attacked a tanker in the Gulf of Aden on Monday.", "Gulf of Aden", "water"),
])
def test_ranges_and_seas_news_names_are_found(geoparser, text, name, kind):
    found = {m.surface: m.place for m in geoparser.parse(text)}
    assert found[name].kind == kind


def test_natural_earth_ids_are_safe_in_urls(geoparser):
    """A place id travels in the dashboard's URL and CSS classes: no spaces or commas."""
    [severn] = [c.place.id for c in geoparser.gazetteer.lookup_name("River Severn")
                if c.place.country == "GB"]
    assert severn == "naturalearth:river-severn:51.778:-2.391"


def test_peaks_and_capes_are_landmarks_named_whole(geoparser):
    """Natural Earth's points: "the Cape of Good Hope" and "Mount Everest" are landmarks
    (ships round the cape, not a town named Hope)."""
    found = {m.surface: (m.place.kind, m.place.country) for m in geoparser.parse(
        "Ships rerouted around the Cape of Good Hope, while climbers waited below Mount "
        "Everest in Nepal.")}
    assert found["Cape of Good Hope"] == ("landmark", "ZA")
    assert found["Mount Everest"] == ("landmark", "NP")


def test_a_sea_named_in_its_coasts_language_goes_by_its_english_name(geoparser):
    """Natural Earth writes "Golfo de California"; news and the map say "Gulf of
    California"."""
    found = {m.surface: m.place for m in geoparser.parse(
        "Moisture streams north from Mexico and the Gulf of California, forecasters said.")}
    assert (found["Gulf of California"].name, found["Gulf of California"].kind) == \
        ("Gulf of California", "water")


@pytest.mark.parametrize(("text", "surface", "mouth"), [
    ("Fires burned along the Lena River in Yakutia.", "Lena River", (72.42, 126.67)),
    ("Barges sailed down the Yangtze to Shanghai.", "Yangtze", (31.39, 121.98)),
])
def test_a_river_whose_line_misled_the_script_sits_at_its_mouth(geoparser, text, surface,
                                                                 mouth):
    """placeline/data/river_mouths.csv moves the rivers Natural Earth's geometry misplaced
    (the Lena had sat at its source by Lake Baikal, 2,229 km from its delta; the Yangtze at
    Yueyang, 875 km upriver), and the place keeps the id its old point gave it."""
    from placeline.resolve import haversine_km

    [place] = [m.place for m in geoparser.parse(text) if m.surface == surface]
    assert place.kind == "water"
    assert haversine_km(place.lat, place.lon, *mouth) < 20
    if surface == "Lena River":
        assert place.id == "naturalearth:lena-river:54.004:107.980"


def test_a_river_goes_by_rio_where_its_country_writes_it_so(geoparser):
    """"The Rio Negro dropped to 12.6 metres at Manaus": the river, which Brazil writes with
    "Rio" before its name (the town Rio Negro in Paraná, 2,800 km off, had been the only
    reading); its id stays the one its English name gave it."""
    text = "MANAUS, Brazil — The Rio Negro dropped to 12.6 metres at the port of Manaus."
    [place] = [m.place for m in geoparser.parse(text) if m.surface == "Rio Negro"]
    assert (place.kind, place.country, place.name) == ("water", "BR", "Negro River")


def test_a_corrected_piece_of_a_river_gives_way_to_its_main_row(gazetteer):
    """The Volga's upper piece, moved to the delta by river_mouths.csv, is the same river as
    Natural Earth's main row there: the main row stays, with its size and its id (the piece
    had replaced it, a hundredfold smaller — a review)."""
    [volga] = [c.place for c in gazetteer.lookup_name("Volga River")]
    assert volga.id == "naturalearth:volga-river:45.766:47.556"
    assert volga.population > 500_000


def test_rio_before_a_rivers_name_gives_way_to_a_town_of_that_name(geoparser):
    """"Police in Río Colorado": the Argentine town, not the Colorado River's mouth 190 km
    off (a review); a great river keeps "Rio X" beside a small town ("the Rio Negro")."""
    [town] = [m.place for m in geoparser.parse(
        "Police in Río Colorado, Argentina, arrested two men.") if m.surface == "Río Colorado"]
    assert town.kind == "city"
