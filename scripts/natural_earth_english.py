"""Derive placeline/data/natural_earth_english.csv: the English names Natural Earth itself
records beside a local label (public domain; the same files as scripts/natural_earth.py,
see placeline/data/natural_earth.LICENSE).

    python scripts/natural_earth_english.py FOLDER_OF_NATURAL_EARTH_JSON

Natural Earth labels many features as their own country writes them ("Huang", "Tejo",
"Bodensee", "Gora Elbrus") and keeps the English name in another attribute: `name_en` for
the world's rivers ("Yellow", "Tagus"), `name_alt` for lakes and named points ("Lake
Constance", "Mount Elbrus", "Angel Falls"). Only those attributes: in the European and North
American river files `name_alt` holds the river a stream flows into ("Swale": "Ouse"), not
another name, so they are left out. A name given to features of more than one label ("Great
Lakes", "Blue Nile" for the Abay and the Bahr el Azraq) is no one feature's and is dropped.
Rows: the label as natural_earth.csv writes it, its feature kind, the English name.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from natural_earth import (  # (the labels must match natural_earth.csv's)
    _PEAK_CLASSES,
    _POINT_CLASSES,
    LAKE_FILES,
    PEAK_FILE,
    POINT_FILE,
    news_name,
)

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "natural_earth_english.csv"
WORLD_RIVERS = "ne_10m_rivers_lake_centerlines"


def _pairs(folder: Path) -> list[tuple[str, str, str]]:
    """(label, feature, English name) wherever Natural Earth records one."""
    found = []
    for feature in json.loads((folder / f"{WORLD_RIVERS}.json").read_text())["features"]:
        props = feature["properties"]
        found.append(((props.get("name") or "").strip(), "river",
                      (props.get("name_en") or "").strip()))
    for file_name in LAKE_FILES:
        for feature in json.loads((folder / f"{file_name}.json").read_text())["features"]:
            props = feature["properties"]
            found.append(((props.get("name") or "").strip(), "lake",
                          (props.get("name_alt") or "").strip()))
    for file_name, classes in ((POINT_FILE, _POINT_CLASSES), (PEAK_FILE, _PEAK_CLASSES)):
        for feature in json.loads((folder / f"{file_name}.json").read_text())["features"]:
            props = feature["properties"]
            kind = classes.get(props.get("featurecla") or "")
            label = news_name(props["name"]) if props.get("name") and kind else None
            english = news_name(props["name_alt"]) if props.get("name_alt") else None
            if label and english:
                found.append((label, kind, english))
    return [(label, kind, english) for label, kind, english in found
            if label and english and english != label and "," not in english and
            not english.isupper()]


def main(folder: Path) -> None:
    pairs = sorted(set(_pairs(folder)))
    labels_of = defaultdict(set)
    for label, _, english in pairs:
        labels_of[english].add(label)
    rows = [row for row in pairs if len(labels_of[row[2]]) == 1]
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "feature", "english"])
        writer.writerows(rows)
    print(f"{len(rows)} English names → {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
