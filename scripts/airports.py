"""Derive placeline/data/airports.csv from Natural Earth's airports (public domain), as
converted to GeoJSON by github.com/martynafford/natural-earth-geojson
(`10m/cultural/ne_10m_airports.json`, commit 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e, CC0);
see placeline/data/airports.LICENSE.

    python scripts/airports.py AIRPORTS_JSON

Natural Earth labels an airport for a map ("Sky Harbor Int'l", "OR Tambo Int'l") and links
its English Wikipedia article, whose title is the name news writes ("Phoenix Sky Harbor
International Airport"). Each airport keeps the title, where it names an airport, and the
label written out ("Sky Harbor International Airport"; "Dulles Int'l" is also "Dulles
Airport"), with its point and a code: the IATA code, or the label's own letters where there is none or it
is taken. Airports without a name are dropped.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import urllib.parse
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "airports.csv"
_AIRFIELD = re.compile(r"\b(?:Airport|Aerodrome|Airfield|Air Base|Airbase)\b")


def _names(label: str, wikipedia: str) -> list[str]:
    names = []
    title = urllib.parse.unquote(wikipedia.rsplit("/wiki/", 1)[-1]).replace("_", " ")
    if wikipedia and _AIRFIELD.search(title):
        names.append(re.sub(r" \(.*\)$", "", title))
    if label.endswith(" Int'l"):
        short = label.removesuffix(" Int'l")
        names += [f"{short} International Airport", f"{short} Airport"]
    else:
        names.append(label if _AIRFIELD.search(label) else f"{label} Airport")
    return list(dict.fromkeys(names))


def main(source: str) -> None:
    kept = 0
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "aliases", "lat", "lon", "code"])
        codes: set[str] = set()
        features = json.loads(Path(source).read_text(encoding="utf-8"))["features"]
        for feature in sorted(features, key=lambda f: f["properties"]["name"] or ""):
            properties = feature["properties"]
            label = " ".join((properties["name"] or "").split())
            if not label:
                continue
            names = _names(label, properties["wikipedia"] or "")
            lon, lat = feature["geometry"]["coordinates"]
            code = properties["iata_code"] or ""
            if not code or code in codes:
                code = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
            codes.add(code)
            writer.writerow([names[0], "|".join(names[1:]), f"{lat:.4f}", f"{lon:.4f}", code])
            kept += 1
    print(f"{kept} airports -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
