"""Derive placeline/data/country_points_google.csv: Google's point for each country, from the
canonical countries table of Google's Dataset Publishing Language samples
(github.com/google/dspl, `samples/google/canonical/countries.csv`, BSD-3-Clause; see
placeline/data/country_points_google.LICENSE).

    python scripts/country_points_google.py countries.csv

These are the country points Google's own answers and many public datasets (JHU CSSE's
COVID-19 tables among them) carry, so readers who look a country's point up often write
them. Keeps the rows that have a point.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / \
    "country_points_google.csv"


def main(source: str) -> None:
    with open(source, encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["latitude"] and row["longitude"]]
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["country_code", "latitude", "longitude"])
        for row in sorted(rows, key=lambda r: r["country"]):
            writer.writerow([row["country"], row["latitude"], row["longitude"]])
    print(f"{len(rows)} countries -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
