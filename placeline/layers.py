"""Map layers: events in a time window, aggregated to one GeoJSON feature per place.

`in_window` and `place_summary` are the plain pandas form of what `eventindex` does with
numpy columns; the dashboard uses the index, while tests check the two agree and the scale
benchmark measures the pandas form as the straightforward baseline.

The map never receives one marker per event: a window becomes one FeatureCollection with one
point per place (counts in its properties), which Leaflet draws as a single layer.
"""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pandas as pd

from placeline.view import ARTICLE_BINS, colour_for

# An event spanning this many days or more (a month, a season, a year, a long range) says it
# happened some time in them, not on each: a window counts it only when it holds all of it.
# A year-precision "a year ago" is no news of every day of that year; a shorter range
# ("between 26 and 29 April") or a week is in every window it overlaps.
LONG_SPAN_DAYS = 27


def in_window(events: pd.DataFrame, start: dt.date | str | None,
              end: dt.date | str | None, until: dt.date | str | None = None) -> pd.DataFrame:
    """Events whose date (or date range) overlaps [start, end], a long one (LONG_SPAN_DAYS or
    more: a month, a season, a year) only where the window holds it whole, up to `until`
    (the timeline's last day: by default the last day an event of `events` starts on), as
    the slider ends there and a window would never come for the current month or year
    otherwise (a review). "Some time in 2022" is not news of each day of 2022: counted in
    the windows holding its first day, a country's "this year" had put 11,575 articles in a
    week over New Year against ~200 in any other (audit 38, item 5). Undated events never
    are in a window."""
    if events.empty or start is None or end is None:
        return events.iloc[0:0]
    start, end = str(start), str(end)
    first = events["date"]
    last = events["date_end"].fillna(events["date"])
    until = str(until) if until is not None else first.max()
    span = (pd.to_datetime(last) - pd.to_datetime(first)).dt.days
    whole = (first >= start) & (last.where(last <= until, until) <= end)
    mask = first.notna() & (first <= end) & (last >= start) & (
        (span < LONG_SPAN_DAYS) | whole)
    return events[mask]


def place_summary(events: pd.DataFrame) -> pd.DataFrame:
    """One row per place: where, what, how many articles and events (a `copy_of` column, as
    `eventindex` has, counts near-copies of one text once)."""
    if events.empty:
        return pd.DataFrame(columns=["place_id", "place", "lat", "lon", "kind", "country",
                                     "articles", "events", "first", "last"])
    grouped = events.groupby("place_id", sort=False)
    counted = "copy_of" if "copy_of" in events else "article_id"
    summary = grouped.agg(place=("place", "first"), lat=("lat", "first"), lon=("lon", "first"),
                          kind=("kind", "first"), country=("country", "first"),
                          articles=(counted, "nunique"), events=("article_id", "size"),
                          first=("date", "min"), last=("date", "max"))
    return summary.reset_index().sort_values("articles", ascending=False)


# Up to SQRT_UP_TO articles a circle's area grows with its count (5 + 4·sqrt px: 17.6 px at
# 10, the legend's "10 or more"); beyond, its radius grows by PX_PER_TENFOLD for each tenfold
# and stops at SATURATES_AT articles (23.6 px, 47 px across). A square root with no end drew
# a place of 1,650 articles 337 px across and a store's busy places hid the map (audit 29).
SQRT_UP_TO = 10
PX_PER_TENFOLD = 3.0
SATURATES_AT = 1000
SIZE_STEPS = (100, SATURATES_AT)  # the legend's sizes beyond its colours' last step


def radii_for(articles: np.ndarray) -> list[float]:
    """Marker radii in pixels: a circle's area grows with its number of articles up to
    SQRT_UP_TO, then its radius by PX_PER_TENFOLD a tenfold, up to SATURATES_AT."""
    counts = np.clip(np.asarray(articles, dtype=float), 0.0, SATURATES_AT)
    small = 5.0 + 4.0 * np.sqrt(np.minimum(counts, SQRT_UP_TO))
    more = PX_PER_TENFOLD * np.log10(np.maximum(counts, SQRT_UP_TO) / SQRT_UP_TO)
    return np.round(small + more, 1).tolist()


def radius_for(articles: int) -> float:
    return radii_for(np.array([articles]))[0]


def legend_steps() -> list[tuple[str, str, float]]:
    """The legend's steps, (label, colour, dot diameter in px), as the map draws them: the
    colours' steps (view.ARTICLE_BINS), the last one ("10 or more") split at SIZE_STEPS,
    where its circles still grow, so no circle on the map is bigger than the legend's
    largest dot (its last had said "10 or more" at 35 px beside circles of 337 px)."""
    steps = [(label, colour, 2 * radius_for(threshold))
             for threshold, label, colour in ARTICLE_BINS[:-1]]
    last, _, colour = ARTICLE_BINS[-1]
    bounds = (last, *SIZE_STEPS)
    for low, high in itertools.pairwise(bounds):
        steps.append((f"{low:,}–{high - 1:,}", colour, 2 * radius_for(low)))
    steps.append((f"{bounds[-1]:,} or more", colour, 2 * radius_for(bounds[-1])))
    return steps


def css_classes(place_ids: pd.Series) -> list[str]:
    """CSS classes naming each place's circle (lets people and tests find one marker)."""
    return ("pl-" + place_ids.astype(str).str.lower().str.replace(r"[^a-z0-9]+", "-", regex=True)
            .str.strip("-")).tolist()


def feature_collection(summary: pd.DataFrame) -> dict:
    """GeoJSON for the map. Strings stay plain text: the map sets them with textContent and
    the template's `tojson` escapes `<`, `>` and `&`, so no name can become markup (escaping
    here as well would show "&amp;" to users)."""
    if summary.empty:
        return {"type": "FeatureCollection", "features": []}
    css = summary["css"].tolist() if "css" in summary else css_classes(summary["place_id"])
    articles = summary["articles"].astype(int).tolist()
    radii = radii_for(summary["articles"].to_numpy())
    lons = summary["lon"].astype(float).round(5).tolist()
    lats = summary["lat"].astype(float).round(5).tolist()
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
         "properties": {"place_id": place_id, "css": css_name,
                        "label": f"{place} — {count:,} article{'s' if count != 1 else ''}",
                        "kind": str(kind), "articles": count, "radius": radius,
                        "colour": colour_for(count)}}
        for place_id, place, lat, lon, kind, count, radius, css_name in zip(
            summary["place_id"].tolist(), summary["place"].tolist(), lats, lons,
            summary["kind"].tolist(), articles, radii, css, strict=True)
    ]
    return {"type": "FeatureCollection", "features": features}
