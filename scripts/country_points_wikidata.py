"""Derive placeline/data/country_points_wikidata.csv: Wikidata's point (P625) for each
country, from the `geography` table of Google's COVID-19 Open Data (v3), whose latitude and
longitude come from Wikidata; as copied in github.com/CMU-IDS-2022/assignment-2-outliers
(`data/geography.csv`, commit 35f0783aae814f78b2f891294cdd7127020b9fe1). See
placeline/data/country_points_wikidata.LICENSE.

    python scripts/country_points_wikidata.py geography.csv

Keeps the rows whose key is a two-letter country code and that have a point.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / \
    "country_points_wikidata.csv"


def main(source: str) -> None:
    with open(source, encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle)
                if len(row["location_key"]) == 2 and row["latitude"] and row["longitude"]]
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["country_code", "latitude", "longitude"])
        for row in sorted(rows, key=lambda r: r["location_key"]):
            writer.writerow([row["location_key"], row["latitude"], row["longitude"]])
    print(f"{len(rows)} countries -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
