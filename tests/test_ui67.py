"""UI 67: the note of events outside the window in every mode of the Window control; a
correction notice at an article's end; a Pacific window's fit across the 180th meridian
in a world-wide store. Texts of our own."""

from __future__ import annotations

import json

from tests.conftest import window_summary
from tests.test_apptest import _run

# -- 1. "N events are outside this window" in every mode ------------------------------------

NEWS = [{"id": "a", "title": "Floods in York", "date": "2024-03-04",
         "text": "Floods hit York on Monday, 4 March 2024, the council said."},
        {"id": "b", "title": "Floods in Hull", "date": "2024-03-12",
         "text": "Floods hit Hull on Tuesday, 12 March 2024. In June 2013, floods also hit "
                 "Leeds, the council said."},
        {"id": "c", "title": "Floods in Selby", "date": "2024-03-20",
         "text": "Floods hit Selby on Wednesday, 20 March 2024, the council said."}]


def _news_app(tmp_path, app_store):
    from placeline.cli import main

    feed = tmp_path / "news.jsonl"
    feed.write_text("\n".join(json.dumps(row) for row in NEWS), encoding="utf-8")
    db = app_store(tmp_path / "s.db")
    assert main(["ingest", str(feed), "--db", str(db)]) == 0
    return db


def _outside(at) -> list[str]:
    return [c.value for c in at.caption if " event" in c.value and "(" in c.value
            and ("outside" in c.value or "after this window" in c.value)]


def test_a_cumulative_window_says_what_comes_after_it(tmp_path, app_store):
    """Only a range said what it left out: a cumulative window up to 12 March said nothing
    of Selby's 20 March."""
    _news_app(tmp_path, app_store)
    at = _run("dashboard.py", mode="Cumulative", until="2024-03-12")
    assert window_summary(at).startswith("1 Jun 2013 – 12 Mar 2024")
    (note,) = _outside(at)
    assert note == "1 event is after this window (20 Mar 2024).", note
    button = at.button(key="show_all_dates")
    assert button.label == "Show up to the last day"
    button.click().run()
    assert window_summary(at).startswith("1 Jun 2013 – 20 Mar 2024")
    assert at.segmented_control(key="mode").value == "cumulative"
    assert not _outside(at)


def test_a_window_of_days_says_what_lies_on_each_side(tmp_path, app_store):
    """Last N days: the days before and after it, named as the range's note names them;
    its button shows every date, in Range."""
    _news_app(tmp_path, app_store)
    at = _run("dashboard.py", mode="Last N days", until="2024-03-12", days="7")
    assert window_summary(at).startswith("6 Mar 2024 – 12 Mar 2024")
    (note,) = _outside(at)
    assert note == ("3 events are outside these 7 days (1 Jun 2013 – 4 Mar 2024; "
                    "20 Mar 2024)."), note
    at.button(key="show_all_dates").click().run()
    assert at.segmented_control(key="mode").value == "range"
    assert window_summary(at).startswith("1 Jun 2013 – 20 Mar 2024")
    assert not _outside(at)


def test_the_note_is_quiet_where_nothing_is_outside(tmp_path, app_store):
    _news_app(tmp_path, app_store)
    at = _run("dashboard.py", mode="Cumulative")
    assert window_summary(at).startswith("1 Jun 2013 – 20 Mar 2024")
    assert not _outside(at)
    assert not [b for b in at.button if b.key == "show_all_dates"]


def test_each_mode_names_its_window():
    from placeline.view import outside_note

    days = ["2024-03-01", "2024-03-05", "2024-03-09"]
    assert outside_note(2, days, "2024-03-05", "2024-03-05", str, "window") == \
        "2 events are outside this day (2024-03-01; 2024-03-09)."
    assert outside_note(1, days, "2024-03-01", "2024-03-05", str, "cumulative") == \
        "1 event is after this window (2024-03-09)."
    assert outside_note(1, days, "2024-03-01", "2024-03-05", str) == \
        "1 event is outside this window (2024-03-09)."
