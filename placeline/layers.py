"""Map layers: events in a time window, aggregated to one GeoJSON feature per place.

`in_window` and `place_summary` are the plain pandas form of what `eventindex` does with
numpy columns; the dashboard uses the index, while tests check the two agree and the scale
benchmark measures the pandas form as the straightforward baseline.

The map never receives one marker per event: a window becomes one FeatureCollection with one
point per place (counts in its properties), which Leaflet draws as a single layer.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from placeline.view import colour_for

# An event spanning this many days or more (a month, a season, a year, a long range) says it
# happened some time in them, not on each: a window counts it only when it holds all of it.
# A year-precision "a year ago" is no news of every day of that year; a shorter range
# ("between 26 and 29 April") or a week is in every window it overlaps.
LONG_SPAN_DAYS = 27


def in_window(events: pd.DataFrame, start: dt.date | str | None,
              end: dt.date | str | None) -> pd.DataFrame:
    """Events whose date (or date range) overlaps [start, end], a long one (LONG_SPAN_DAYS or
    more: a month, a season, a year) only where the window holds its first day: "some time
    in 2022" is not news of each day of 2022, and a window that held all of it would never
    come for the current month or year, since the slider ends at the last first day (a
    review); undated events never are."""
    if events.empty or start is None or end is None:
        return events.iloc[0:0]
    start, end = str(start), str(end)
    first = events["date"]
    last = events["date_end"].fillna(events["date"])
    span = (pd.to_datetime(last) - pd.to_datetime(first)).dt.days
    mask = first.notna() & (first <= end) & (last >= start) & (
        (span < LONG_SPAN_DAYS) | (first >= start))
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


def radii_for(articles: np.ndarray) -> list[float]:
    """Marker radii in pixels: a circle's area grows with its number of articles."""
    return np.round(5.0 + 4.0 * np.sqrt(np.asarray(articles, dtype=float)), 1).tolist()


def radius_for(articles: int) -> float:
    return radii_for(np.array([articles]))[0]


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
                        "label": f"{place} — {count} article{'s' if count != 1 else ''}",
                        "kind": str(kind), "articles": count, "radius": radius,
                        "colour": colour_for(count)}}
        for place_id, place, lat, lon, kind, count, radius, css_name in zip(
            summary["place_id"].tolist(), summary["place"].tolist(), lats, lons,
            summary["kind"].tolist(), articles, radii, css, strict=True)
    ]
    return {"type": "FeatureCollection", "features": features}
