"""Derive placeline/data/region_points_wikidata.csv: Wikidata's point (P625) for each
first-level region (state, province, oblast) that our gazetteer's country-state-city regions
can be matched to, from the `geography` table of Google's COVID-19 Open Data (v3), whose
latitude and longitude come from Wikidata, and its `index` table for the regions' names; as
copied in github.com/CMU-IDS-2022/assignment-2-outliers (`data/geography.csv` and
`data/index.csv`, commit 35f0783aae814f78b2f891294cdd7127020b9fe1). See
placeline/data/region_points_wikidata.LICENSE.

    git show 35f0783aae814f78b2f891294cdd7127020b9fe1:data/geography.csv > geography.csv
    git show 35f0783aae814f78b2f891294cdd7127020b9fe1:data/index.csv > index.csv
    PYTHONPATH=. python scripts/region_points_wikidata.py geography.csv index.csv

Keeps the rows keyed by a first-level code ("AU_QLD": one underscore) that have a point, and
matches each to one region of the installed country-state-city package (our first-level
regions, `admin1:<country>-<isoCode>` in the index) by its name: the region of the same code
when the names agree ("Queensland"; "Jujuy" and "Jujuy Province"), else, where
country-state-city has no region of that code, the one region of the country whose name
agrees (COVID-19 Open Data numbers Colombia's, Sweden's and Poland's regions where
country-state-city has letters). Names agree when, folded and without the words that only
say what kind of region it is ("Province", "Canton of"), they are equal or nearly so (a
ratio of .85: "Kuiavia-Pomerania", "Kuyavian-Pomeranian") with the same position words (not
West and East Kalimantan), or by the short list of other names below, each checked by hand.
Two rows matched to one region (Havana's old and new provinces, Lima's region and city) are
both dropped. A code whose names disagree is not matched: in
Portugal the codes are NUTS regions' (PT_11 "Norte") and country-state-city's the districts'
(PT-11 Lisbon District); BE_VLG is named Flemish Brabant and placed there, though VLG is
Flanders. A pair whose points lie more than 600 km apart (our region's point in
country-state-city, or the median of its towns there, where that point is wrong) is dropped
as a wrong match. Prints what it matched by name alone, what it left and the farthest pairs.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from placeline.gazetteer_build import (
    _km,
    _medians_of_listed_towns,
    _package_dir,
    _region_short_names,
)
from placeline.names import name_key

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / \
    "region_points_wikidata.csv"
WRONG_KM = 600.0
NEAR_RATIO = 0.85
# Words that say only what kind of region a name is, or join its words.
KIND_WORDS = re.compile(
    r"\b(province|provincia|region|department|departamento|county|district|oblast|"
    r"governorate|prefecture|canton|voivodeship|municipality|division|state|republic|"
    r"autonomous|avtonomnyy|okrug|krai|kray|special|capital|territory|metropolitan|area|"
    r"emirate|parish|of|the|de|del|la|y|and|comunidad)\b")
# Words that tell regions of one name apart ("West Kalimantan", "East Kalimantan").
POSITION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern",
                            "eastern", "western", "central", "upper", "lower", "middle",
                            "northeast", "northwest", "southeast", "southwest", "new", "greater",
                            "lesser", "norte", "sur", "oriental", "occidental"})
# Other names of one region, COVID-19 Open Data's and country-state-city's (as `_bare` leaves
# them), each checked by hand.
SAME = {
    ("KR", "chungbuk"): "north chungcheong", ("KR", "chungnam"): "south chungcheong",
    ("KR", "jeonbuk"): "north jeolla", ("KR", "jeonnam"): "south jeolla",
    ("KR", "gyeongbuk"): "north gyeongsang", ("KR", "gyeongnam"): "south gyeongsang",
    ("CH", "grisons"): "graubunden", ("RU", "yakutia"): "sakha", ("RU", "chechnya"): "chechen",
    ("RU", "jewish"): "jewish", ("CD", "kongo central"): "bas congo",
    ("CL", "magallanes"): "magellan chilean antarctic", ("ES", "islas canarias"): "canary islands",
    ("ES", "islas baleares"): "balearic islands", ("ES", "pais vasco"): "basque country",
    ("ES", "valenciana"): "valencia", ("ES", "castilla leon"): "castile leon",
    ("ES", "cataluna"): "catalonia", ("MY", "pulau pinang"): "penang",
    ("MY", "melaka"): "malacca", ("RO", "bucuresti"): "bucharest",
    ("BR", "distrito federal"): "federal", ("UA", "kiev"): "kyiv",
    ("PL", "mazovia"): "masovian", ("PL", "subcarpathia"): "podkarpackie",
}


def _bare(name: str) -> str:
    """"Canton of Zürich" → "zurich", "Hokkaidō Prefecture" → "hokkaido"."""
    return " ".join(KIND_WORDS.sub(" ", name_key(name)).split())


def _forms(name: str, country: str) -> set[str]:
    """A region's name and its short names, bare: "Guangxi Zhuang Autonomous Region" →
    "guangxi zhuang", "guangxi"."""
    forms = {_bare(form) for form in (name, *_region_short_names(name, country))}
    return {SAME.get((country, form), form) for form in forms if form}


def _agree(country: str, theirs: str, ours: str) -> bool:
    return any(_alike(a, b) for a in _forms(theirs, country) for b in _forms(ours, country))


def _alike(a: str, b: str) -> bool:
    if a == b:
        return True
    if {w for w in a.split() if w in POSITION_WORDS} != \
            {w for w in b.split() if w in POSITION_WORDS}:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= NEAR_RATIO


def main(geography: str, index: str) -> None:
    with open(index, encoding="utf-8") as handle:
        names = {row["location_key"]: row["subregion1_name"] for row in csv.DictReader(handle)}
    with open(geography, encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle)
                if row["location_key"].count("_") == 1 and row["latitude"] and row["longitude"]]
    states = json.loads(
        (_package_dir("country_state_city") / "data" / "state.json").read_text())
    by_country: dict[str, list[dict]] = defaultdict(list)
    for state in states:
        by_country[state["countryCode"]].append(state)
    codes_of = {country: {s["isoCode"] for s in found} for country, found in by_country.items()}
    medians = _medians_of_listed_towns()
    matched, by_name, unmatched, wrong = [], [], [], []
    for row in rows:
        country, code = row["location_key"].split("_")
        name = names.get(row["location_key"], "")
        point = float(row["latitude"]), float(row["longitude"])
        candidates = [s for s in by_country.get(country, []) if _agree(country, name, s["name"])]
        same_code = [s for s in candidates if s["isoCode"] == code]
        if same_code:
            state = same_code[0]
        elif len(candidates) == 1 and code not in codes_of[country]:  # numbered otherwise
            state = candidates[0]
            by_name.append((row["location_key"], name, state["isoCode"], state["name"]))
        else:
            unmatched.append((row["location_key"], name, len(candidates)))
            continue
        theirs = []
        if state["latitude"] and state["longitude"]:
            theirs.append((float(state["latitude"]), float(state["longitude"])))
        median = medians.get((country, state["isoCode"]))
        if median:
            theirs.append(median[0])
        apart = min((_km(*point, *p) for p in theirs), default=0.0)
        if apart > WRONG_KM:
            wrong.append((row["location_key"], name, state["name"], round(apart)))
            continue
        matched.append((row["location_key"], country, state["isoCode"], name, row["latitude"],
                        row["longitude"], apart, state["name"]))
    codes = [(m[1], m[2]) for m in matched]
    twice = {key for key in codes if codes.count(key) > 1}
    if twice:  # two rows for one region (old and new names): neither is sure
        matched = [m for m in matched if (m[1], m[2]) not in twice]
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["location_key", "country", "region_code", "name", "latitude",
                         "longitude"])
        for m in sorted(matched):
            writer.writerow(m[:6])
    for title, items in (("matched by name alone", by_name), ("not matched", unmatched),
                         ("dropped, over 600 km apart", wrong),
                         ("dropped, two rows for one region", sorted(twice))):
        print(f"{title}: {len(items)}")
        for item in items:
            print("   ", *item)
    print("farthest pairs kept:")
    for m in sorted(matched, key=lambda m: -m[6])[:15]:
        print(f"    {m[0]} {m[3]} = {m[2]} {m[7]}: {m[6]:.0f} km")
    print(f"{len(matched)} of {len(rows)} regions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
