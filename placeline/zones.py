"""The date at a place at an instant: which day a weekday names near midnight.

A story stamped 23:30 on Thursday in California tells of dock workers in Rotterdam who
"walked out early on Friday": it was 07:30 on Friday there, so that Friday, not the one a
week before. The stamp fixes the instant and the mention the place; the calendar is the
place's. (A rule reading the weekday on the instant's date in UTC was withdrawn: it put an
arrest in Dayton told by an Ohio paper at 20:15, already Thursday in UTC, on Thursday, the
next day — the place was in the stamp's own zone.)

The zone is the one of the time zone database whose principal place is nearest, among the
zones of the place's country (`zone1970.tab`, which Python's `zoneinfo` reads beside the
zones); with no database, the sun's hour at the longitude (round(lon / 15) hours from UTC),
which can be an hour or two off the clocks (Ohio keeps Eastern time at the longitude of
Central), so it is only the fallback.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zoneinfo
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Kinds of place small enough to keep one clock. A country or a state counts only when its
# country has one time zone (the Netherlands, not Russia: Moscow's Thursday evening is Friday
# in Novosibirsk, and a story of "Russia on Friday" is Moscow's).
POINT_KINDS = frozenset({"city", "landmark", "admin2"})
WHOLE_KINDS = frozenset({"country", "admin1"})

_COORDINATES = re.compile(r"([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?$")


def _degrees(sign: str, degrees: str, minutes: str, seconds: str | None) -> float:
    value = int(degrees) + int(minutes) / 60 + int(seconds or 0) / 3600
    return -value if sign == "-" else value


def _table_text() -> str:
    """zone1970.tab (or the older zone.tab) from the system's zones or the tzdata package."""
    for name in ("zone1970.tab", "zone.tab"):
        for folder in zoneinfo.TZPATH:
            path = Path(folder) / name
            if path.is_file():
                return path.read_text(encoding="utf-8")
        try:
            return resources.files("tzdata.zoneinfo").joinpath(name).read_text("utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            continue
    return ""


@lru_cache(maxsize=1)
def _zone_table() -> tuple[tuple[frozenset[str], float, float, str], ...]:
    """(countries, lat, lon, zone name) of each zone's principal place."""
    rows = []
    for line in _table_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        where = _COORDINATES.match(fields[1]) if len(fields) >= 3 else None
        if where is None:
            continue
        lat = _degrees(*where.group(1, 2, 3, 4))
        lon = _degrees(*where.group(5, 6, 7, 8))
        rows.append((frozenset(fields[0].split(",")), lat, lon, fields[2].strip()))
    return tuple(rows)


def _distance(lat: float, lon: float, row_lat: float, row_lon: float) -> float:
    """Degrees apart, near enough for choosing the nearest of a few places."""
    d_lon = abs(lon - row_lon) % 360
    d_lon = min(d_lon, 360 - d_lon) * math.cos(math.radians((lat + row_lat) / 2))
    return math.hypot(lat - row_lat, d_lon)


@lru_cache(maxsize=4096)
def zone_at(lat: float, lon: float, country: str = "") -> zoneinfo.ZoneInfo | None:
    """The time zone of a place: its country's zone whose principal place is nearest (any
    zone's, when the country is unknown); None without a time zone database."""
    table = _zone_table()
    rows = [row for row in table if country and country in row[0]] or table
    if not rows:
        return None
    name = min(rows, key=lambda row: _distance(lat, lon, row[1], row[2]))[3]
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def _one_zone(country: str) -> bool:
    return bool(country) and sum(country in row[0] for row in _zone_table()) == 1


def date_there(stamp: dt.datetime, lat: float | None, lon: float | None, country: str = "",
               kind: str = "city") -> dt.date | None:
    """The date at the place when `stamp` (an aware instant) was written; None when the
    place has no one clock (a region, a sea, a country of several zones)."""
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)) \
            or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if kind not in POINT_KINDS and not (kind in WHOLE_KINDS and _one_zone(country or "")):
        return None
    zone = zone_at(round(lat, 2), round(lon, 2), country or "")
    if zone is not None:
        return stamp.astimezone(zone).date()
    if kind not in POINT_KINDS:
        return None
    return (stamp.astimezone(dt.UTC) + dt.timedelta(hours=round(lon / 15))).date()


def midnight_zones(instants: Iterable[dt.datetime]) -> list[str] | None:
    """The zones of the database (`zone1970.tab`) at whose midnight every one of `instants`
    falls, on its date there: New York's for 05:00 UTC on 8 March 2024 and 04:00 UTC on the
    12th, its clocks moved on the 10th; none for 03:00 on the 7th and 04:00 on the 8th. None
    without a database, where summer time cannot be told."""
    names = [row[3] for row in _zone_table()]
    if not names:
        return None
    for instant in sorted(set(instants)):
        names = [name for name in names if _at_midnight(name, instant)]
        if not names:
            break
    return names


def _at_midnight(name: str, instant: dt.datetime) -> bool:
    zone = _zone(name)
    return zone is not None and instant.astimezone(zone).time() == dt.time(0, 0)


@lru_cache(maxsize=512)
def _zone(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
