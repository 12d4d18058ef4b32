"""Derive placeline/data/natural_earth.csv from Natural Earth's 1:10m physical features:
rivers, lakes, seas (with gulfs, bays, straits…), land regions (ranges, deserts, plains,
peninsulas, islands…), and points: peaks, passes, capes and falls.

    python scripts/natural_earth.py NE_GEOJSON_FOLDER

The folder holds Natural Earth's GeoJSON files (public domain, naturalearthdata.com; we used
the conversion in github.com/martynafford/natural-earth-geojson, CC0):
ne_10m_rivers_lake_centerlines, ne_10m_rivers_north_america, ne_10m_rivers_europe,
ne_10m_lakes, ne_10m_lakes_north_america, ne_10m_lakes_europe,
ne_10m_geography_marine_polys, ne_10m_geography_regions_polys,
ne_10m_geography_regions_points, ne_10m_geography_regions_elevation_points and
ne_10m_coastline (`.json`; the repository's largest files come as `.7z`).

A river is placed at its mouth, as GeoNames places streams (and LGL's gold follows): the
segments of one name that touch form one river, and its two ends furthest apart along it are
its source and its mouth: the mouth is the one on a coast (COAST_KM) or where another river
flows on past it (CONFLUENCE_KM). Only where that does not tell does the direction Natural
Earth draws the river in decide, as it is not always downstream (see `_mouth_of`). A lake, sea or land region is placed at
its area centroid, its name written out as news writes it ("HIMALAYAS" → "Himalayas",
"Balkan Pen." → "Balkan Peninsula").
The same river or lake in two files (the world file and a regional one) is kept once; so is a
river the data breaks into pieces of one name (see SAME_RIVER_KM).
"""

from __future__ import annotations

import csv
import heapq
import json
import math
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from itertools import accumulate, pairwise
from pathlib import Path

RIVER_FILES = ("ne_10m_rivers_lake_centerlines", "ne_10m_rivers_north_america",
               "ne_10m_rivers_europe")
LAKE_FILES = ("ne_10m_lakes", "ne_10m_lakes_north_america", "ne_10m_lakes_europe")
# A river's line through a lake or reservoir is a "Lake Centerline" of the river's name.
_RIVER_CLASSES = ("River", "Lake Centerline", "River (Intermittent)")
MARINE_FILE, REGION_FILE = "ne_10m_geography_marine_polys", "ne_10m_geography_regions_polys"
COAST_FILE = "ne_10m_coastline"
POINT_FILE, PEAK_FILE = ("ne_10m_geography_regions_points",
                         "ne_10m_geography_regions_elevation_points")
# Point features news names, by Natural Earth's class: capes and falls are landmarks, a pass or
# a depression a land region. Not its islands (small atolls whose one-word names match
# ordinary words, "Pagan", "Mili") nor poles.
_POINT_CLASSES = {"cape": "cape", "waterfall": "waterfall", "plain": "region"}
_PEAK_CLASSES = {"mountain": "mountain", "pass": "region", "depression": "region",
                 "plateau": "region"}
# Land regions news names; not continents (the gazetteer has them) nor map jokes.
_REGION_CLASSES = frozenset({
    "Island", "Island group", "Coast", "Range/mtn", "Pen/cape", "Desert", "Plateau", "Geoarea",
    "Plain", "Depression", "Valley", "Wetlands", "Delta", "Basin", "Lowland", "Gorge", "Tundra",
    "Isthmus", "Foothills", "Peninsula"})
_ABBREVIATIONS = {"Mts.": "Mountains", "Mts": "Mountains", "Mt.": "Mount", "Ra.": "Range",
                  "Pen.": "Peninsula", "Plat.": "Plateau", "I.": "Island", "Is.": "Islands",
                  "Arch.": "Archipelago", "Des.": "Desert", "St.": "Saint", "G.": "Gulf", "Pt.": "Point",
                  "B.": "Bay", "Str.": "Strait"}
_SMALL_WORDS = frozenset({"of", "the", "de", "del", "la", "da", "do", "du", "des", "di", "and"})
OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "natural_earth.csv"
SAME_FEATURE_KM = 50.0
# Pieces of one name this close are one river that the data breaks (a gap at a dam, a delta,
# a file boundary): the longest piece stands for it, its mouth being the furthest downstream.
SAME_RIVER_KM = 1000.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _parts(geometry: dict) -> list:
    kind, coordinates = geometry["type"], geometry["coordinates"]
    return coordinates if kind.startswith("Multi") else [coordinates]


def _length(line: list) -> float:
    return sum(_km(a[1], a[0], b[1], b[0]) for a, b in pairwise(line))


JOIN_KM = 30.0  # segment ends this close are one junction (a river crossing a reservoir)


class _Roots(dict):
    """Union-find over any hashable keys (path halving): which keys are joined."""

    def root(self, key):
        while self.setdefault(key, key) != key:
            self[key] = self[self[key]]
            key = self[key]
        return key

    def join(self, a, b) -> None:
        self[self.root(a)] = self.root(b)


def _junctions(points: list[tuple[float, float]]) -> list[int]:
    """A junction number for each point: points within JOIN_KM of each other share one."""
    roots = _Roots()
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (lat, lon) in enumerate(points):
        cells[(int(lat // 0.5), int(lon // 0.5))].append(i)
    for (row, column), members in cells.items():
        near = [j for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                for j in cells.get((row + dr, column + dc), ())]
        for i in members:
            for j in near:
                if j < i and _km(*points[i], *points[j]) <= JOIN_KM:
                    roots.join(i, j)
    return [roots.root(i) for i in range(len(points))]


COAST_KM = 20.0  # a river end this close to the coastline flows into the sea there
CONFLUENCE_KM = 5.0  # a river end this close to a river of another name may join it there


class Outlets:
    """Where a river may end: the coastline's vertices, and every river's vertices with its
    name and where on its line each lies ("start", "end" within 2 × CONFLUENCE_KM of the
    line's first or last point, else "middle"), by 0.2° cell."""

    def __init__(self, coasts: list[list], rivers: dict[str, list[tuple[list, int]]]) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, str, str]]] = \
            defaultdict(list)
        for line in coasts:
            for lon, lat in line:
                self.cells[self._cell(lat, lon)].append((lat, lon, "", ""))
        for name, lines in rivers.items():
            for line, _ in lines:
                along = [0.0, *accumulate(_km(a[1], a[0], b[1], b[0])
                                          for a, b in pairwise(line))]
                for (lon, lat), km in zip(line, along):
                    place = "start" if km <= 2 * CONFLUENCE_KM else \
                        "end" if along[-1] - km <= 2 * CONFLUENCE_KM else "middle"
                    self.cells[self._cell(lat, lon)].append((lat, lon, name, place))

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat * 5), math.floor(lon * 5)

    def _near(self, lat: float, lon: float, km: float) -> Iterator[tuple[str, str]]:
        row, column = self._cell(lat, lon)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for y, x, name, place in self.cells.get((row + dr, column + dc), ()):
                    if _km(lat, lon, y, x) <= km:
                        yield name, place

    def on_coast(self, lat: float, lon: float) -> bool:
        return any(not name for name, _ in self._near(lat, lon, COAST_KM))

    def on_river(self, lat: float, lon: float, own: str) -> bool:
        """Does another river flow on past this point (a tributary's mouth)? Not where other
        rivers only end or begin: the Paraná and the Ob begin where two named rivers meet."""
        places: dict[str, set[str]] = defaultdict(set)
        for name, place in self._near(lat, lon, CONFLUENCE_KM):
            if name and name != own:
                places[name].add(place)
        return any("middle" in found or {"start", "end"} <= found for found in places.values())


def _distances(start: int, links: dict[int, list[tuple[int, float, bool]]]
               ) -> tuple[dict[int, float], dict[int, tuple[int, float, bool]]]:
    """Distance along the river from `start` to each junction it reaches, and the link each
    is reached by (the junction before, km, whether drawn that way)."""
    distance: dict[int, float] = {start: 0.0}
    previous: dict[int, tuple[int, float, bool]] = {}
    queue = [(0.0, start)]
    while queue:
        here, node = heapq.heappop(queue)
        if here > distance[node]:
            continue
        for other, km, forward in links[node]:
            if here + km < distance.get(other, math.inf):
                distance[other], previous[other] = here + km, (node, km, forward)
                heapq.heappush(queue, (here + km, other))
    return distance, previous


def _mouth_of(members: set[int], edges: list[tuple[int, int, float, int]],
              point: Callable[[int], tuple[float, float]], outlets: Outlets | None,
              name: str, drawn: int) -> int:
    """Of the two ends furthest apart along the river, the one on a coast or where another
    river flows on past it; where each is (the Tietê rises 20 km from the sea and flows
    inland to the Paraná), the one most of the river between them is drawn towards; where
    neither is (a river ending in a lake, or whose tributaries bear its name), the mouth the
    drawing gives (`drawn`: the end no segment continues from with the most river above).
    Natural Earth draws most rivers downstream, but the Don and the Lena from the sea up,
    and the Zambezi and the Volga have pieces drawn upstream from a reservoir."""
    links: dict[int, list[tuple[int, float, bool]]] = defaultdict(list)
    for a, b, km, _ in edges:
        if a in members:
            links[a].append((b, km, True))
            links[b].append((a, km, False))
    distance, _ = _distances(next(iter(members)), links)
    first = max(distance, key=distance.get)
    distance, previous = _distances(first, links)
    last = max(distance, key=distance.get)
    if outlets is None or first == last:
        return drawn
    outlet = [end for end in (first, last) if outlets.on_coast(*point(end))
              or outlets.on_river(*point(end), name)]
    if len(outlet) == 1:
        return outlet[0]
    if len(outlet) == 0:
        return drawn
    towards_last = towards_first = 0.0
    node = last
    while node != first:
        node, km, forward = previous[node]
        if forward:
            towards_last += km
        else:
            towards_first += km
    return last if towards_last >= towards_first else first


def river_mouths(lines: list[tuple[list, int]], outlets: Outlets | None = None, name: str = ""
                 ) -> list[tuple[float, float, int, float]]:
    """(lat, lon, scalerank, km upstream) of each river that `lines` (line, scalerank) of
    one name make, at its mouth (see `_mouth_of`)."""
    ends = [(line[i][1], line[i][0]) for line, _ in lines for i in (0, -1)]
    junction = _junctions(ends)
    edges = [(junction[2 * k], junction[2 * k + 1], _length(line), rank)
             for k, (line, rank) in enumerate(lines)]
    into: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for a, b, km, _ in edges:
        into[b].append((a, km))
    upstream: dict[int, float] = {}

    def above(node: int, seen: frozenset) -> float:
        if node not in upstream:
            upstream[node] = sum(km + above(a, seen | {node})
                                 for a, km in into[node] if a not in seen | {node})
        return upstream[node]

    sources = {a for a, _, _, _ in edges}
    found = []
    for members in _junctions_of_rivers(edges).values():
        sinks = [n for n in members if n in into and n not in sources] or \
            [n for n in members if n in into]
        drawn = max(sinks, key=lambda n: above(n, frozenset()))
        mouth = _mouth_of(members, edges, lambda n: ends[junction.index(n)], outlets, name,
                          drawn)
        lat, lon = ends[junction.index(mouth)]
        found.append((lat, lon, min(r for a, b, _, r in edges if b in members or a in members),
                      sum(km for a, b, km, _ in edges if b in members)))
    return found


def _junctions_of_rivers(edges: list[tuple[int, int, float, int]]) -> dict[int, set[int]]:
    """The junctions of each connected river."""
    roots = _Roots()
    for a, b, _, _ in edges:
        roots.join(a, b)
    groups: dict[int, set[int]] = defaultdict(set)
    for a, b, _, _ in edges:
        groups[roots.root(a)].update((a, b))
    return groups


def area_centre(geometry: dict) -> tuple[float, float, float]:
    """Area centroid (lat, lon) and area (degree², scaled by latitude) of a (multi)polygon. A
    feature across the 180th meridian (the Aleutians) is averaged on one side of it."""
    rings = [polygon[0] for polygon in _parts(geometry)]
    longitudes = [x for ring in rings for x, _ in ring]
    if max(longitudes) - min(longitudes) > 180:
        rings = [[(x + 360 if x < 0 else x, y) for x, y in ring] for ring in rings]
    total = x_sum = y_sum = 0.0
    for ring in rings:
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]]):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if area == 0:
            continue
        cx, cy = cx / (3 * area), cy / (3 * area)
        weight = abs(area / 2) * math.cos(math.radians(cy))
        total += weight
        x_sum += weight * cx
        y_sum += weight * cy
    if total == 0:
        return rings[0][0][1], rings[0][0][0], 0.0
    return y_sum / total, (x_sum / total + 180) % 360 - 180, total


def _rank(value) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 12


def main(folder: Path) -> None:
    sys.setrecursionlimit(100_000)
    rivers: dict[str, list[tuple[list, int]]] = defaultdict(list)
    for name in RIVER_FILES:
        for feature in json.loads((folder / f"{name}.json").read_text())["features"]:
            props = feature["properties"]
            if (props.get("featurecla") or "") not in _RIVER_CLASSES or not props.get("name") \
                    or not feature.get("geometry"):
                continue
            for line in _parts(feature["geometry"]):
                if len(line) > 1:
                    rivers[props["name"].strip()].append((line, _rank(props.get("scalerank"))))
    coasts = [line for feature in json.loads((folder / f"{COAST_FILE}.json").read_text())[
        "features"] for line in _parts(feature["geometry"])]
    outlets = Outlets(coasts, rivers)
    rows = []
    for name, lines in rivers.items():
        kept: list[tuple[float, float, int, float]] = []
        for river in sorted(river_mouths(lines, outlets, name), key=lambda r: -r[3]):
            if all(_km(river[0], river[1], k[0], k[1]) > SAME_RIVER_KM for k in kept):
                kept.append(river)
        rows += [(name, "river", lat, lon, rank) for lat, lon, rank, _ in kept]
    lakes: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for file_name in LAKE_FILES:
        for feature in json.loads((folder / f"{file_name}.json").read_text())["features"]:
            props = feature["properties"]
            if not props.get("name") or not feature.get("geometry"):
                continue
            lat, lon, _ = area_centre(feature["geometry"])
            name, rank = props["name"].strip(), _rank(props.get("scalerank"))
            if all(_km(lat, lon, k[0], k[1]) > SAME_FEATURE_KM for k in lakes[name]):
                lakes[name].append((lat, lon, rank))
    rows += [(name, "lake", lat, lon, rank) for name, found in lakes.items()
             for lat, lon, rank in found]
    rows += _areas(folder / f"{MARINE_FILE}.json", "sea", None)
    rows += _areas(folder / f"{REGION_FILE}.json", "region", _REGION_CLASSES)
    rows += _points(folder / f"{POINT_FILE}.json", _POINT_CLASSES)
    rows += _points(folder / f"{PEAK_FILE}.json", _PEAK_CLASSES)
    rows.sort()
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "feature", "lat", "lon", "scalerank"])
        writer.writerows((n, f, f"{lat:.3f}", f"{lon:.3f}", r) for n, f, lat, lon, r in rows)
    counts = defaultdict(int)
    for row in rows:
        counts[row[1]] += 1
    print(f"{OUT}: " + ", ".join(f"{n} {f}s" for f, n in sorted(counts.items())))


def news_name(name: str) -> str | None:
    """Natural Earth's label as news writes it, or None for a label that is no name."""
    words = name.split()
    if not words or not words[0][:1].isupper():
        return None  # "î. d'Anticosti": a French abbreviation we cannot expand
    if name.isupper():
        words = [w.lower() if w.lower() in _SMALL_WORDS and k else w.capitalize()
                 for k, w in enumerate(words)]
    words = [_ABBREVIATIONS.get(w, w) for w in words]
    if any(w.endswith(".") for w in words):
        return None  # an abbreviation left ("S. Nevada" beside the full "Sierra Nevada")
    return " ".join(words)


def _areas(path: Path, feature: str, classes: frozenset | None) -> list[tuple]:
    """(name, feature, lat, lon, scalerank) of each named polygon, once per name."""
    found: dict[str, tuple] = {}
    for item in json.loads(path.read_text())["features"]:
        props = item["properties"]
        if not props.get("name") or not item.get("geometry") or (
                classes is not None and props.get("featurecla") not in classes):
            continue
        name = news_name(props["name"])
        if name is None:
            continue
        lat, lon, area = area_centre(item["geometry"])
        if name not in found or area > found[name][5]:
            found[name] = (name, feature, lat, lon, _rank(props.get("scalerank")), area)
    return [row[:5] for row in found.values()]


def _points(path: Path, classes: dict[str, str]) -> list[tuple]:
    """(name, feature, lat, lon, scalerank) of each named point of the classes, once per
    name (the most prominent): "Mt. Everest" → "Mount Everest", "Cape of Good Hope"."""
    found: dict[str, tuple] = {}
    for item in json.loads(path.read_text())["features"]:
        props = item["properties"]
        feature = classes.get(props.get("featurecla") or "")
        name = news_name(props["name"]) if props.get("name") and feature else None
        if name is None:
            continue
        row = (name, feature, float(props["lat_y"]), float(props["long_x"]),
               _rank(props.get("scalerank")))
        if name not in found or row[4] < found[name][4]:
            found[name] = row
    return list(found.values())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
