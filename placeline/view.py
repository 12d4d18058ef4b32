"""What the dashboard shows, as plain functions: time windows, playback steps, filters.

The dashboard only wires widgets to these; keeping them here makes the behaviour testable
without a browser and keeps the script readable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import urlparse

import pandas as pd

MODES = {"range": "Range", "window": "Last N days", "cumulative": "Cumulative"}
BASES = {"event": "Event date", "published": "Publication date"}
ARTICLE_BINS = ((1, "1 article", "#fdae6b"), (2, "2–3", "#fd8d3c"), (4, "4–9", "#e6550d"),
                (10, "10 or more", "#a63603"))


@dataclass(frozen=True)
class Filters:
    """Everything besides time that narrows the map."""

    keyword_articles: frozenset[int] | None = None  # None: no keyword given
    kinds: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    min_confidence: float = 0.0
    extra: dict = field(default_factory=dict)


def source_label(source: str, url: str = "") -> str:
    """A short, groupable name for where an article came from (site, feed, or folder)."""
    if url:
        host = urlparse(url).netloc
        if host:
            return host.removeprefix("www.")
    if "#" in source:
        return PurePath(source.split("#", 1)[0]).name
    if source.startswith("upload:"):
        return "uploads"
    parent = PurePath(source).parent.name
    return parent or PurePath(source).name


def with_basis(events: pd.DataFrame, basis: str) -> pd.DataFrame:
    """Date events by what they report ("event") or by when they were published."""
    if basis != "published" or events.empty:
        return events
    return events.assign(date=events["published"], date_end=None, precision="publication")


def event_days(events: pd.DataFrame) -> list[str]:
    """The days the slider offers: only days that have events (sparse data stays usable)."""
    return sorted(events["date"].dropna().unique())


def window_for(mode: str, days: Sequence[str], start: str, end: str,
               length: int = 7) -> tuple[str, str]:
    """[start, end] of the window shown, for the range / last-N-days / cumulative modes."""
    if not days:
        return start, end
    if mode == "cumulative":
        return days[0], end
    if mode == "window":
        first = (dt.date.fromisoformat(end) - dt.timedelta(days=max(length, 1) - 1)).isoformat()
        return first, end
    return start, end


def play_step(days: Sequence[str], start: str, end: str, mode: str) -> tuple[str, str] | None:
    """The next frame of playback, or None at the end. A range moves as a whole."""
    if end not in days:
        return None
    i = days.index(end)
    if i + 1 >= len(days):
        return None
    if mode == "range" and start in days:
        width = i - days.index(start)
        j = i + 1
        return days[max(0, j - width)], days[j]
    return start, days[i + 1]


def nearest_day(days: Sequence[str], wanted: dt.date) -> str | None:
    """The event day closest to a date typed by the user."""
    if not days:
        return None
    return min(days, key=lambda d: (abs((dt.date.fromisoformat(d) - wanted).days), d))


def apply_filters(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    shown = events
    if filters.keyword_articles is not None:
        shown = shown[shown["article_id"].isin(filters.keyword_articles)]
    if filters.kinds:
        shown = shown[shown["kind"].isin(filters.kinds)]
    if filters.sources:
        shown = shown[shown["source"].isin(filters.sources)]
    if filters.places:
        shown = shown[shown["place_id"].isin(filters.places)]
    if filters.min_confidence > 0:
        shown = shown[shown["confidence"] >= filters.min_confidence]
    return shown


def per_day(events: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """Events per day for the timeline, marking the days inside the window."""
    if events.empty:
        return pd.DataFrame(columns=["day", "events", "in_window"])
    counts = events.dropna(subset=["date"]).groupby("date").size().rename("events")
    frame = counts.reset_index().rename(columns={"date": "day"})
    frame["in_window"] = (frame["day"] >= start) & (frame["day"] <= end)
    return frame


def colour_for(articles: int) -> str:
    colour = ARTICLE_BINS[0][2]
    for threshold, _, value in ARTICLE_BINS:
        if articles >= threshold:
            colour = value
    return colour


def option_labels(values: Iterable[str], names: dict[str, str]) -> dict[str, str]:
    return {v: names.get(v, v) for v in values}
