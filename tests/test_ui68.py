"""UI 68 (audit 37's items 2, 7, 8, 12 and 13): every country on the offline base map; a
saved page's own address kept; a date in a file's name; other names of a row's columns; the
Ingest page's counts, Skipped table and "Go to date" (the browser's part:
tests/browser/test_ui68_browser.py)."""

from __future__ import annotations

import json

import pytest

# -- 1. the base map draws every country (audit 37, item 2) -----------------------------------

# A city inside each country the map had drawn as sea (lon, lat).
CITIES = {"Hungary": (19.04, 47.50), "Serbia": (20.46, 44.79), "Myanmar": (96.16, 16.87),
          "Montenegro": (19.26, 42.44), "Kosovo": (21.17, 42.67), "Jamaica": (-77.30, 18.10)}


def _inside(point: tuple[float, float], ring: list) -> bool:
    """Whether `point` lies inside `ring` (a polygon's outer ring), by counting crossings."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _outer_rings(geometry: dict) -> list:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else \
        geometry["coordinates"]
    return [polygon[0] for polygon in polygons]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The base map as the app serves it: written by `ensure_static_assets` to a new folder."""
    from unittest import mock

    from placeline import assets

    folder = tmp_path_factory.mktemp("static")
    with mock.patch.object(assets, "static_dir", lambda: folder):
        vendor = assets.ensure_static_assets(force=True)
    return vendor


def test_the_base_map_draws_the_countries_it_had_drawn_as_sea(served):
    """countryinfo's outlines lacked 83 entries: Budapest, Belgrade and Yangon sat in sea."""
    data = json.loads((served / "basemap" / "countries.geojson").read_text(encoding="utf-8"))
    by_name = {feature["properties"]["name"]: feature for feature in data["features"]}
    for country, city in CITIES.items():
        assert country in by_name, country
        assert any(_inside(city, ring) for ring in _outer_rings(by_name[country]["geometry"])), \
            country


def test_every_country_of_natural_earth_is_drawn_and_credited(served):
    """All 177 of Natural Earth's 1:110m countries, the sovereign ones (169) among them, each
    with an outline; its licence and credit go with it; the file stays small."""
    path = served / "basemap" / "countries.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    features = data["features"]
    assert len(features) == 177
    sovereign = [f for f in features if f["properties"]["sovereign"]]
    assert len(sovereign) == 169
    assert all(f["geometry"]["coordinates"] for f in features)
    assert len({f["properties"]["name"] for f in features}) == 177
    assert path.stat().st_size < 250_000
    licence = (served / "basemap" / "LICENSE").read_text(encoding="utf-8")
    assert "Natural Earth" in licence and "public domain" in licence
    assert "Natural Earth" in (served / "LICENSES.md").read_text(encoding="utf-8")
