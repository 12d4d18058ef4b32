"""Which date the slider moves along: the event's own date or the article's publication date.

The map code filters on `date`/`date_end` (see `layers.in_window`); this swaps those columns
so the same filter serves both axes, and keeps the event's own date beside them for display.
"""

from __future__ import annotations

import pandas as pd

AXES = ("event", "publication")


def on_axis(events: pd.DataFrame, axis: str) -> pd.DataFrame:
    """`events` (from `Store.events_frame`) dated along `axis` ("event" or "publication")."""
    if axis not in AXES:
        raise ValueError(f"axis must be one of {AXES}, not {axis!r}")
    if axis == "event" or events.empty:
        return events
    moved = events.copy()
    moved["event_date"], moved["event_date_end"] = events["date"], events["date_end"]
    moved["event_precision"] = events["precision"]
    moved["date"], moved["date_end"] = events["published"], None
    moved["precision"] = "publication"
    return moved
