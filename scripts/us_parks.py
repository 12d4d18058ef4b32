"""Derive placeline/data/us_parks.csv from Natural Earth's parks and protected lands (the units
of the US National Park Service; public domain), as converted to GeoJSON by
github.com/martynafford/natural-earth-geojson (`10m/cultural/
ne_10m_parks_and_protected_lands_point.json` and `..._area.json`, commit
0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e, CC0); see placeline/data/us_parks.LICENSE.

    python scripts/us_parks.py POINTS_JSON AREAS_JSON

Natural Earth abbreviates the kind in `unit_name` ("Hopewell Culture NHP", "Mojave N PRES");
each unit's name is written out with its `unit_type` ("Hopewell Culture National Historical
Park"). A unit whose name does not end in such an abbreviation keeps its name as it is, and
one of several parts ("Big Thicket N PRES--Lance Rosier Unit") is dropped. A point unit keeps
its point; an area unit takes the mean of its largest ring's vertices.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "us_parks.csv"
# Natural Earth's abbreviations of the Park Service's kinds, as the last words of a name.
_ABBREVIATED_KIND = re.compile(
    r"\s+(?:N(?:P|S|RA|HP|HS|M|B|MP|L|R|BP|ST|BS|RRA|HR|MEM)|N PRES|N RES|N MEM|MEM PKWY|MEM|PKWY"
    r"|NP & PRES|NM & PRES|NP&PRES|NM&PRES)$")


def _largest_ring(geometry: dict) -> list[list[float]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
        else [geometry["coordinates"]]
    return max((polygon[0] for polygon in polygons), key=len)


def main(points_json: str, areas_json: str) -> None:
    units: dict[str, tuple[str, float, float, str, str]] = {}
    for source in (points_json, areas_json):
        for feature in json.loads(Path(source).read_text(encoding="utf-8"))["features"]:
            properties, geometry = feature["properties"], feature["geometry"]
            unit_name, kind = properties["unit_name"] or "", properties["unit_type"] or ""
            short = _ABBREVIATED_KIND.sub("", " ".join(unit_name.split()))
            if "--" in unit_name or not kind or short == unit_name or unit_name in units:
                continue
            if geometry["type"] == "Point":
                lon, lat = geometry["coordinates"]
            else:
                ring = _largest_ring(geometry)
                lon = sum(p[0] for p in ring) / len(ring)
                lat = sum(p[1] for p in ring) / len(ring)
            units[unit_name] = (f"{short} {kind}", lat, lon, properties["unit_code"], kind)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "lat", "lon", "code", "kind", "country"])
        for name, lat, lon, code, kind in sorted(units.values()):
            writer.writerow([name, f"{lat:.4f}", f"{lon:.4f}", code, kind, "US"])
    print(f"{len(units)} park units -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
