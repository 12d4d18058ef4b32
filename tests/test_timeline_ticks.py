"""Calendar ticks under the timeline's bars: where a year, a decade or a month begins among
the slider's stops (audit 37, item 9: over decades the two end dates alone told nobody
where 1970 lay)."""

from __future__ import annotations

import re
from itertools import pairwise

import pandas as pd

from placeline.timeline_bars import TICK_GAP, calendar_ticks, timeline_html


def test_years_are_ticked_at_their_first_stop() -> None:
    days = ["2019-05-01", "2019-11-02", "2020-01-04", "2020-06-01", "2021-02-02",
            "2021-03-03", "2022-07-07", "2022-08-08", "2022-09-09", "2022-10-10"]
    assert calendar_ticks(days) == [(2 / 9, "2020"), (4 / 9, "2021"), (6 / 9, "2022")]


def test_decades_over_long_ranges_and_ticks_kept_apart() -> None:
    days = ["1956-10-23", "1963-11-22", "1968-04-04", "1969-07-20", "1974-08-09",
            "1986-04-28", "1989-11-09", "2004-12-26", "2011-03-11", "2020-03-11"]
    ticks = calendar_ticks(days)
    assert [label for _, label in ticks] == ["1960s", "1970s", "1980s", "2000s", "2010s"]
    assert all(b[0] - a[0] >= TICK_GAP for a, b in pairwise(ticks))


def test_months_within_one_year_and_none_for_one_month() -> None:
    assert [label for _, label in calendar_ticks(
        ["2024-01-03", "2024-02-01", "2024-02-05", "2024-03-01", "2024-03-09"])] == \
        ["Feb", "Mar"]
    assert calendar_ticks(["2024-03-01", "2024-03-02", "2024-03-30"]) == []


def test_crowded_ticks_are_thinned_and_none_runs_off_the_end() -> None:
    days = pd.date_range("2000-01-01", "2011-12-31", freq="MS").strftime("%Y-%m-%d").tolist()
    ticks = calendar_ticks(days)
    assert ticks and all(at <= 0.94 for at, _ in ticks)
    assert all(b[0] - a[0] >= TICK_GAP for a, b in pairwise(ticks))


def test_the_bars_show_the_ticks_under_them() -> None:
    days = ["1956-10-23", "1968-04-04", "1986-04-28", "2011-03-11"]
    frame = pd.DataFrame({"day": days, "events": [1, 2, 3, 4], "in_window": [True] * 4})
    html = timeline_html(frame)
    assert re.search(r"left:33\.33%[^>]*>1960s</span>", html)
    assert re.search(r"left:66\.67%[^>]*>1980s</span>", html)


def test_ticks_are_thinned_at_a_regular_step() -> None:
    """A greedy pick had skipped unevenly (review 35: "Feb, Apr, Jun, Aug, Sep, Nov")."""
    days = pd.date_range("2024-01-01", "2024-12-31", freq="3D").strftime("%Y-%m-%d").tolist()
    assert [label for _, label in calendar_ticks(days)] == \
        ["Feb", "Apr", "Jun", "Aug", "Oct", "Dec"]


def test_months_across_one_new_year_name_its_january() -> None:
    days = pd.date_range("2023-12-01", "2024-03-31", freq="2D").strftime("%Y-%m-%d").tolist()
    assert [label for _, label in calendar_ticks(days)] == ["Jan 2024", "Feb", "Mar"]
