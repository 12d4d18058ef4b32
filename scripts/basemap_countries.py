"""Write placeline/data/countries_110m.geojson, the offline base map's country outlines, from
Natural Earth's 1:110m Admin 0 countries (public domain, naturalearthdata.com).

    python scripts/basemap_countries.py ne_110m_admin_0_countries.json

The input is Natural Earth's GeoJSON (we used the conversion in
github.com/martynafford/natural-earth-geojson, CC0: 110m/cultural/ne_110m_admin_0_countries.json,
commit 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e). Every feature is kept (177: sovereign
countries, countries of a sovereign state, dependencies, disputed lands: Kosovo, Somaliland,
Western Sahara …), with its name only; coordinates are rounded to 3 decimals (≈ 100 m, far
under what 1:110m draws), which keeps the file under 200 kB. The countryinfo package's
outlines, used before, lacked 83 of its entries (Hungary, Serbia, Myanmar, Jamaica …), drawn
as sea (audit 37, item 2).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "placeline" / "data" / "countries_110m.geojson"
DECIMALS = 3


def _rounded(coordinates: list) -> list:
    """A geometry's coordinates at `DECIMALS`, at any depth of nesting."""
    if coordinates and isinstance(coordinates[0], int | float):
        return [round(value, DECIMALS) for value in coordinates]
    return [_rounded(part) for part in coordinates]


def outlines(source: dict) -> dict:
    """Natural Earth's countries as a FeatureCollection of name and geometry only, in its
    order; `sovereign` says which are sovereign states (Natural Earth's TYPE), for tests."""
    features = []
    for feature in source["features"]:
        properties = feature["properties"]
        geometry = feature["geometry"]
        features.append({"type": "Feature", "properties": {
            "name": properties["NAME"], "sovereign": properties["TYPE"] in
            {"Sovereign country", "Country"}},
            "geometry": {"type": geometry["type"],
                         "coordinates": _rounded(geometry["coordinates"])}})
    return {"type": "FeatureCollection", "features": features}


def main(path: str) -> None:
    source = json.loads(Path(path).read_text(encoding="utf-8"))
    TARGET.write_text(json.dumps(outlines(source), ensure_ascii=False, separators=(",", ":"))
                      + "\n", encoding="utf-8")
    print(f"{len(source['features'])} countries → {TARGET}")


if __name__ == "__main__":
    main(sys.argv[1])
