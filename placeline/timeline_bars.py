"""The events-per-day bars under the date slider, as a few lines of plain HTML.

Why not a charting library: the dashboard's first map waits for every front-end chunk its
first page needs, and Vega-Lite (with the Arrow decoder a chart's data travels in) was the
largest of them; bars, three labels and a tooltip per bar need none of it (see the cold
start in docs/SCALE.md). Plain elements with inline styles, not SVG: Streamlit's HTML
element keeps only the HTML profile.

The bars share the slider's axis, not the calendar's: the slider offers only days that have
events and spaces them evenly, so each such day gets an equal slot centred under its slider
stop (the first and last slots are half as wide, as the thumbs stop at the track's ends).
A calendar axis put the thumbs over the wrong bars, and a few historical dates ("built in
1907") squeezed a year of news into one bar. More than `MAX_BARS` days share bars, a run
of neighbouring days each.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

import numpy as np
import pandas as pd

from placeline.present import counted

MAX_BARS = 400
HEIGHT_PX = 80
IN_WINDOW = "#c44100"  # (the light theme's primaryColor, the slider's)
# The bars outside the window: a faint grey fill in a 1 px grey outline. The fill alone
# (#cfcfcf) read 1.56:1 on the light page, where WCAG 2.1's non-text contrast (1.4.11) asks
# 3:1 of what shows a bar's extent; one mid grey outlines them at 3.54:1 on the light
# page's white and 5.33:1 on the dark one's #0e1117, and the translucent fill stays faint
# on both (a fixed light grey glared on the dark page, brighter than the window's bars).
# Hollow beside solid orange, they read as "outside" by shape, not by colour alone.
OUTSIDE_LINE = "#888888"
OUTSIDE = f"background:rgba(136,136,136,0.3);box-shadow:inset 0 0 0 1px {OUTSIDE_LINE}"
# The axis dates and the note under the bars in the page's own text colour, faded: a fixed
# grey (#666) read 5.74:1 on the light theme's white but 3.15:1 on the dark theme's page
# (audit 32); no one grey reaches WCAG AA's 4.5:1 on both. Faded so: 5.6:1 light, 10:1 dark.
LABELS = "color:inherit;opacity:0.8"
# Streamlit's slider stops its thumbs' centres this far inside the element's edges (1.67).
THUMB_INSET_PX = 6
# The first and last days keep their line: at 390 px the note between them squeezed them
# into "1907-/01-01"; the note wraps instead.
END_LABEL = "flex:none;white-space:nowrap"


def slot_weights(days: int) -> np.ndarray:
    """Width of each day's slot in slider steps: the thumb of day i sits at i / (days - 1),
    so slots end halfway between stops, and the end days keep only their inner half."""
    weights = np.ones(days)
    weights[[0, -1]] = 0.5
    return weights


# Calendar ticks under the bars, thinned so no two are closer than this share of the width
# (about 45 px on a 500 px column: "1968" at the 0.75rem of the labels is about 30 px), and
# none so near the right end that its label would run off the chart.
TICK_GAP = 0.09
LAST_TICK = 0.94
# Above this many years a tick marks each decade instead ("1970s").
MAX_YEAR_TICKS = 12
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def calendar_ticks(days: list[str]) -> list[tuple[float, str]]:
    """(share of the slider's width, label) where a year, a decade or a month begins among
    `days` (the slider's stops, ISO): the stops skip the days without events and are evenly
    spaced, so the two end dates alone told a historian nothing of where 1970 lay (audit 37,
    item 9). Decades over more than `MAX_YEAR_TICKS` years, years over two or more, months
    within a year or across one new year ("Jan 2024"). Every k-th beginning is ticked, k
    the least that keeps ticks `TICK_GAP` apart: a greedy pick had skipped unevenly ("Feb,
    Apr, Jun, Aug, Sep, Nov": review 35)."""
    if len(days) < 2:
        return []
    years = [int(day[:4]) for day in days]
    if years[-1] - years[0] > MAX_YEAR_TICKS:
        units = [year // 10 for year in years]
        labels = [f"{unit * 10}s" for unit in units]
    elif years[-1] - years[0] >= 2:
        units, labels = years, [str(year) for year in years]
    else:
        units = [year * 12 + int(day[5:7]) for year, day in zip(years, days, strict=True)]
        labels = [_MONTHS[int(day[5:7]) - 1] + (f" {day[:4]}" if day[5:7] == "01" else "")
                  for day in days]
    last = len(days) - 1
    starts = [(i / last, labels[i]) for i in range(1, len(days))
              if units[i] != units[i - 1] and i / last <= LAST_TICK]
    for step in range(1, len(starts) + 1):
        ticks = starts[::step]
        if all(b[0] - a[0] >= TICK_GAP for a, b in pairwise(ticks)):
            return ticks
    return []


def _ticks_html(days: list[str]) -> str:
    """The calendar ticks as a row of labels, each left-aligned on a short line at its stop."""
    spans = "".join(
        f'<span style="position:absolute;left:{100 * at:.2f}%;top:0;padding-left:2px;'
        f'border-left:1px solid {OUTSIDE_LINE};line-height:1.2">{escape(text)}</span>'
        for at, text in calendar_ticks(days))
    return (f'<div style="position:relative;height:1.3em;font-size:0.75rem;{LABELS}">'
            f"{spans}</div>") if spans else ""


def timeline_html(per_day: pd.DataFrame) -> str:
    """Bars of `per_day` (columns day ISO, events, in_window; one row per day with events,
    in order: the slider's options), evenly spaced like the slider. Fewer than two days
    draw nothing: there is no axis to scrub, and the dashboard says the day in words."""
    if len(per_day) < 2:
        return ""
    days = per_day["day"].tolist()
    per_bar = -(-len(days) // MAX_BARS)
    starts = np.arange(0, len(days), per_bar)
    events = np.add.reduceat(per_day["events"].to_numpy(), starts)
    spans = np.add.reduceat(_spans(per_day), starts)
    inside = np.add.reduceat(per_day["in_window"].to_numpy(dtype=int), starts) > 0
    widths = np.add.reduceat(slot_weights(len(days)), starts)
    tallest = float(events.max()) or 1.0
    cells = []
    for i, first in enumerate(starts):
        last = min(first + per_bar, len(days)) - 1
        when = days[first] if first == last else (
            f"{days[first]} – {days[last]} ({last - first + 1} days with events)")
        cells.append(
            f'<div title="{escape(when)}: {counted(int(events[i]), "event")}'
            f'{_spans_said(int(spans[i]))}" style="flex:{widths[i]:g} '
            f"1 0;height:{max(2.0, 100 * events[i] / tallest):.1f}%;"
            f'{f"background:{IN_WINDOW}" if inside[i] else OUTSIDE}"></div>')
    per = "a day" if per_bar == 1 else f"per {per_bar} days"
    gap = "1px" if len(starts) <= 150 else "0"
    return (
        f'<div role="img" aria-label="Events on each day that has events, spaced as on the '
        f'slider; the days in the window are coloured, the others outlined" style="padding:0 {THUMB_INSET_PX}px">'
        f'<div style="display:flex;align-items:flex-end;gap:{gap};height:{HEIGHT_PX}px;'
        f'border-bottom:1px solid #999">{"".join(cells)}</div>{_ticks_html(days)}'
        f'<div style="display:flex;justify-content:space-between;gap:8px;font-size:0.8rem;'
        f'{LABELS}"><span style="{END_LABEL}">{escape(days[0])}</span>'
        f'<span style="flex:0 1 auto;min-width:0;text-align:center">up to {int(tallest)} '
        f"events {per}; days without events are skipped, as on the slider"
        f"{_spans_note(int(spans.sum()))}</span>"
        f'<span style="{END_LABEL}">{escape(days[-1])}</span></div></div>')


def _spans(per_day: pd.DataFrame) -> np.ndarray:
    """Each day's events of a month or longer (`EventIndex.per_day`'s `spans`; none where a
    frame lacks the column)."""
    if "spans" not in per_day:
        return np.zeros(len(per_day), dtype=int)
    return per_day["spans"].fillna(0).to_numpy(dtype=int)


def _spans_said(spans: int) -> str:
    """A bar's tooltip's word on the long events starting in it, which it does not count."""
    return f"; and {spans:,} of a month or longer starting here, not in the bar" \
        if spans else ""


def _spans_note(spans: int) -> str:
    """The note's word on the events of a month or longer, left out of the bars: each is
    some time in its span, not on its first day, and a country's "this year" on 1 January
    (10,457 events in three days of a 30,000-article store) had set the scale, every other
    bar a flat line (audit 38, item 5)."""
    return (f"; {spans:,} event{'' if spans == 1 else 's'} of a month or longer "
            f"(\u201cthis year\u201d, \u201cin June\u201d) {'is' if spans == 1 else 'are'} not in "
            "the bars") if spans else ""
