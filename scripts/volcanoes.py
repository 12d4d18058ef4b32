"""Derive placeline/data/volcanoes.csv from Wikidata's volcanoes (CC0) as compiled by
github.com/cwbhood/open-overwatch (`data/volcanoes.json`, commit
8ebb847c791eb0cc0c164ba5cf0941d49b3c8bfa: every item that is an instance of volcano, Q8072,
or a subclass, with coordinates, by its English label); see placeline/data/volcanoes.LICENSE.

    python scripts/volcanoes.py VOLCANOES_JSON

Keeps each volcano's English label, point and Wikidata id, in the source's order; drops the
unnamed ones and any later row of a name already kept (the source lists "Cerro Negro" and
"Laki" more than once; the first is the highest).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "volcanoes.csv"


def main(source: str) -> None:
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    column = {name: k for k, name in enumerate(data["cols"])}
    seen: set[str] = set()
    kept = 0
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "lat", "lon", "wikidata"])
        for row in data["rows"]:
            name = row[column["name"]].strip()
            if not name or name.lower().startswith("unnamed") or name in seen:
                continue
            seen.add(name)
            writer.writerow([name, f"{float(row[column['lat']]):.4f}",
                             f"{float(row[column['lon']]):.4f}", row[column["wiki"]]])
            kept += 1
    print(f"{kept} volcanoes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
