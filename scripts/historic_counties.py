"""Derive placeline/data/historic_counties.csv from the rustyecon atlas's table of the UK's
historic counties (github.com/wilsoniumite/rustyecon, `data/atlas/gb.atlas.ron`, commit
2398b6a36326d3bac3bf10c5d952c0b01d640c16, ODbL 1.0, from the Historic County Borders
Project and OpenStreetMap) and the alias list of github.com/EdBeese/uk_county_locator
(`lib/uk_county_locator/aliases/historic_county_aliases.rb`, commit 9020d169…, MIT); see
placeline/data/historic_counties.LICENSE.

    pip install pyproj   # only to run this script
    python scripts/historic_counties.py atlas_regions.csv historic_county_aliases.rb

`atlas_regions.csv` is the atlas's region table as CSV (key, chapman, name, country,
area_km2, cx, cy, lx, ly: area centroid and label point in British National Grid metres).
Each county keeps its label point (the most inland point of its largest part, always inside
it); Yorkshire, which the atlas holds as three ridings, is one county at the ridings' joint
area centroid. Aliases are kept when they are several words or end in "shire", or are one of
the established short forms below; never abbreviations that are words, county towns' names,
or a bare Gaelic, Welsh or Irish fragment of a longer listed form.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

from pyproj import Transformer

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "historic_counties.csv"
NATIONS = {"England": "ENG", "Wales": "WLS", "Scotland": "SCT", "NorthernIreland": "NIR"}
RIDINGS = ("ERY", "NRY", "WRY")
NAMED_COUNTY_X = {"Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Tyrone", "Durham"}
ALIAS_TARGETS = {"County Durham": "Durham", "County Fermanagh": "Fermanagh",
                 "County Tyrone": "Tyrone", "Ross-shire & Cromartyshire": "Ross and Cromarty"}
SHORT_FORMS = {"Argyll", "Argyle", "Moray", "Zetland", "Salop", "Ceredigion", "Morgannwg",
               "Forgannwg", "Brycheiniog", "Herts", "Hants", "Lancs", "Leics", "Lincs",
               "Northants", "Notts", "Oxon", "Staffs", "Wilts", "Worcs", "Yorks", "Glos",
               "Cambs", "Middx", "Shrops", "Pembs", "Carms", "Warks", "Derbs"}
ABBREVIATED_WORDS = {"Crom", "Loth", "Dur", "E", "W", "&"}
LONGER_FORM_PREFIXES = ("Siorrachd ", "Sir ", "Contae ", "Coontie ", "Countie ", "County of ")
DROPPED = {"Bcshire", "Monshire", "Ceann Rois", "Cille Chuithbeirt"}
OLDER_NAMES = {"Angus": ["Forfarshire"], "Morayshire": ["Elginshire"],
               "East Lothian": ["Haddingtonshire"], "Midlothian": ["Edinburghshire"],
               "West Lothian": ["Linlithgowshire"], "Dunbartonshire": ["Dumbartonshire"]}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _aliases(path: str) -> dict[str, list[str]]:
    """County name → the aliases worth indexing (see the module's docstring)."""
    pairs = re.findall(r"""(['"])(.+?)\1\s*=>\s*'([^']+)'""", Path(path).read_text("utf-8"))
    listed = {_fold(alias) for _, alias, _ in pairs}

    def wanted(alias: str) -> bool:
        if alias in DROPPED or alias[0].islower() or any(
                word in ABBREVIATED_WORDS for word in alias.replace("&", " & ").split()):
            return False
        if any(_fold(prefix + alias) in listed for prefix in LONGER_FORM_PREFIXES):
            return False
        return " " in alias or alias.lower().endswith("shire") or alias in SHORT_FORMS

    found: dict[str, list[str]] = {}
    for _, alias, target in pairs:
        if wanted(alias):
            found.setdefault(ALIAS_TARGETS.get(target, target), []).append(alias)
    return found


def main(atlas_csv: str, aliases_rb: str) -> None:
    to_wgs84 = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    with open(atlas_csv, encoding="utf-8") as handle:
        regions = list(csv.DictReader(handle))
    ridings = [r for r in regions if r["chapman"] in RIDINGS]
    area = sum(float(r["area_km2"]) for r in ridings)
    counties = [r for r in regions if r["chapman"] not in RIDINGS] + [{
        "chapman": "YRK", "name": "Yorkshire", "country": "England", "lx": "", "ly": "",
        "cx": round(sum(float(r["area_km2"]) * float(r["cx"]) for r in ridings) / area),
        "cy": round(sum(float(r["area_km2"]) * float(r["cy"]) for r in ridings) / area)}]
    aliases = _aliases(aliases_rb)
    rows = []
    for county in counties:
        own = county["name"]
        name = f"County {own}" if own in NAMED_COUNTY_X else own
        others = ([own] if own != name else []) + aliases.get(own, []) + OLDER_NAMES.get(own, [])
        easting, northing = (county["lx"], county["ly"]) if county["lx"] else \
            (county["cx"], county["cy"])
        lon, lat = to_wgs84.transform(float(easting), float(northing))
        rows.append([name, "|".join(a for a in dict.fromkeys(others) if a != name),
                     NATIONS[county["country"]], f"{lat:.5f}", f"{lon:.5f}", county["chapman"]])
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "aliases", "nation", "lat", "lon", "code"])
        writer.writerows(sorted(rows))
    print(f"{len(rows)} counties → {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
