"""Derive placeline/data/admin_regions.csv from Natural Earth's admin-1 label points
(public domain), as converted to GeoJSON by github.com/martynafford/natural-earth-geojson
(`10m/cultural/ne_10m_admin_1_label_points.7z`, commit
0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e, CC0); see placeline/data/admin_regions.LICENSE.

    python scripts/admin_regions.py ne_10m_admin_1_label_points.json

Natural Earth's "admin-1" is each country's main subdivision as mapmakers draw it: France's
departements, Spain's and Italy's provinces, England's counties and unitary authorities,
Uganda's districts. Keeps each region's name, country and one point: a region of several
parts has one label point per part; of the main parts' points (Natural Earth's smallest
`adm0_sr`), the one with the least total distance to all the parts' points is kept: on the
mainland, never in the sea between islands. Drops regions with no
country (-1), no name, Natural Earth's placeholders ("FRA-99 (France minor island)") and
names its conversion damaged ("L?nk?ran").
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "admin_regions.csv"


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = a, b
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def main(source: str) -> None:
    features = json.loads(Path(source).read_text(encoding="utf-8"))["features"]
    parts: dict[str, list[tuple[int, float, float]]] = defaultdict(list)
    named: dict[str, tuple[str, str]] = {}
    for feature in features:
        properties = feature["properties"]
        name, country = (properties["name"] or "").strip(), properties["iso_a2"]
        if not name or country == "-1" or "(" in name or "?" in name:
            continue
        lon, lat = feature["geometry"]["coordinates"]
        parts[properties["adm1_code"]].append((properties["adm0_sr"], lat, lon))
        named[properties["adm1_code"]] = (name, country)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "country", "lat", "lon", "code"])
        for code in sorted(named):
            points = [(lat, lon) for _, lat, lon in parts[code]]
            main = min(rank for rank, _, _ in parts[code])
            lat, lon = min(((lat, lon) for rank, lat, lon in parts[code] if rank == main),
                           key=lambda p: sum(_km(p, q) for q in points))
            name, country = named[code]
            writer.writerow([name, country, f"{lat:.4f}", f"{lon:.4f}", code])
    print(f"{len(named)} regions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
