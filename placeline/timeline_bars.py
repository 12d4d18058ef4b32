"""The events-per-day bars under the date slider, as a few lines of plain HTML.

Why not a charting library: the dashboard's first map waits for every front-end chunk its
first page needs, and Vega-Lite (with the Arrow decoder a chart's data travels in) was the
largest of them; bars, three labels and a tooltip per bar need none of it (see the cold
start in docs/SCALE.md). Plain elements with inline styles, not SVG: Streamlit's HTML
element keeps only the HTML profile. Days are
binned by whole days so that a store spanning years draws at most `MAX_BARS` bars.
"""

from __future__ import annotations

import datetime as dt
from html import escape

import numpy as np
import pandas as pd

MAX_BARS = 400
HEIGHT_PX = 80
IN_WINDOW, OUTSIDE = "#d94801", "#cfcfcf"


def timeline_html(per_day: pd.DataFrame) -> str:
    """Bars of `per_day` (columns day ISO, events, in_window) over its whole time span."""
    if per_day.empty:
        return ""
    ordinals = np.array([dt.date.fromisoformat(d).toordinal() for d in per_day["day"]])
    first, last = int(ordinals.min()), int(ordinals.max())
    span = last - first + 1
    days_per_bar = -(-span // MAX_BARS)
    bars = -(-span // days_per_bar)
    slot = (ordinals - first) // days_per_bar
    events = np.bincount(slot, weights=per_day["events"].to_numpy(), minlength=bars)
    inside = np.bincount(slot, weights=per_day["in_window"].to_numpy(dtype=float),
                         minlength=bars) > 0
    tallest = float(events.max()) or 1.0
    cells = []
    for i in range(bars):
        if not events[i]:
            cells.append('<div style="flex:1 1 0"></div>')
            continue
        start = dt.date.fromordinal(first + i * days_per_bar)
        end = dt.date.fromordinal(min(last, first + (i + 1) * days_per_bar - 1))
        when = start.isoformat() if start == end else f"{start} – {end}"
        cells.append(
            f'<div title="{escape(when)}: {int(events[i])} events" style="flex:1 1 0;'
            f"height:{max(2.0, 100 * events[i] / tallest):.1f}%;"
            f'background:{IN_WINDOW if inside[i] else OUTSIDE}"></div>')
    per = "a day" if days_per_bar == 1 else f"per {days_per_bar} days"
    gap = "1px" if bars <= 150 else "0"
    return (
        f'<div role="img" aria-label="Events per day; the days in the window are coloured">'
        f'<div style="display:flex;align-items:flex-end;gap:{gap};height:{HEIGHT_PX}px;'
        f'border-bottom:1px solid #999">{"".join(cells)}</div>'
        f'<div style="display:flex;justify-content:space-between;font-size:0.8rem;'
        f'color:#666"><span>{dt.date.fromordinal(first)}</span>'
        f"<span>up to {int(tallest)} events {per}</span>"
        f"<span>{dt.date.fromordinal(last)}</span></div></div>")
