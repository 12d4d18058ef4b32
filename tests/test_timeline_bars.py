"""The events-per-day bars under the slider: one bar per day with events (or per few such
days), spaced as on the slider, the window's days coloured, a tooltip per bar, and nothing
from the data interpreted as HTML."""

from __future__ import annotations

import re

import pandas as pd

from placeline.timeline_bars import IN_WINDOW, MAX_BARS, OUTSIDE, timeline_html


def _per_day(days: list[str], events: list[int], start: str, end: str) -> pd.DataFrame:
    frame = pd.DataFrame({"day": pd.Series(days, dtype=object), "events": events})
    frame["in_window"] = (frame["day"] >= start) & (frame["day"] <= end)
    return frame


def _bars(html: str) -> list[str]:
    inner = re.search(r'height:80px;[^"]*">(.*?)</div></div><div', html).group(1)
    return re.findall(r"<div[^>]*>", inner)


def test_each_day_with_events_has_a_slot_as_on_the_slider_and_the_window_is_coloured():
    html = timeline_html(_per_day(["2022-04-01", "2022-04-03", "2022-04-04"], [2, 4, 1],
                                  "2022-04-03", "2022-04-04"))
    bars = _bars(html)
    assert len(bars) == 3  # 2 April has no events: like the slider, the bars skip it
    assert 'title="2022-04-01: 2 events"' in bars[0] and OUTSIDE in bars[0]
    assert "height:100.0%" in bars[1] and IN_WINDOW in bars[1] and IN_WINDOW in bars[2]
    assert "height:50.0%" in bars[0]
    assert "flex:0.5 1 0" in bars[0] and "flex:1 1 0" in bars[1]  # ends stop at the track's ends
    assert "2022-04-01" in html and "2022-04-04" in html and "up to 4 events a day" in html


def test_years_of_days_are_binned_into_at_most_max_bars():
    days = pd.date_range("2015-01-01", "2024-12-31", freq="D").strftime("%Y-%m-%d")
    html = timeline_html(_per_day(list(days), [1] * len(days), "2020-01-01", "2020-12-31"))
    bars = _bars(html)
    assert len(bars) <= MAX_BARS
    assert "events per 10 days" in html
    assert 'title="2015-01-01 – 2015-01-10 (10 days with events): 10 events"' in bars[0]
    assert sum(IN_WINDOW in bar for bar in bars) in (37, 38)  # 366 days of 2020


def test_no_days_no_bars():
    assert timeline_html(_per_day([], [], "2022-01-01", "2022-01-02")) == ""
