"""Derive placeline/data/islands.csv from the island names of github.com/blauewelt/earth
(`data/islands.json`, commit b884582a057940193176faa1479cc832eb9c3e94): 4,950 islands of
Natural Earth's 1:10m coastlines, named from Natural Earth (public domain) and GeoNames (CC BY
4.0); see placeline/data/islands.LICENSE.

    python scripts/islands.py ISLANDS_JSON

Keeps each island's name as the file writes it ("Isla de Formentera", "Lifou Island",
"Gozo"), its point, its country (ISO 3166 alpha-2) and its extent in km (the diagonal of its
bounding box), largest first, as the source orders them. The gazetteer builder derives the
English and bare forms news uses ("Formentera", "Formentera Island").
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "islands.csv"


def main(source: str) -> None:
    islands = json.loads(Path(source).read_text(encoding="utf-8"))["islands"]
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "lat", "lon", "country", "extent_km"])
        for island in islands:
            writer.writerow([island["n"].strip(), f"{island['a']:.4f}", f"{island['o']:.4f}",
                             island["c"], f"{island['e']:.1f}"])
    print(f"{len(islands)} islands -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
