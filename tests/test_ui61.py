"""UI 61 (audit 34, items 8, 9 and 12): a filter narrows what the window shows and never
moves the window; the Places and Articles pages' searches match without accents and by a
place's other names; the map's legend leaves the top of a small map free."""

from __future__ import annotations

import pytest

from tests.test_apptest import _run

# -- 8. a keyword narrows the window; it does not move it -----------------------------------

SEASONS = {
    "leeds.txt": "Floods in Leeds\nLEEDS, Feb. 27, 2024 — Floods hit homes in Leeds on Sunday, "
                 "the council said.",
    "york.txt": "Cholera in York\nYORK, March 15, 2024 — A cholera outbreak was confirmed in "
                "York on Friday, doctors said.",
    "derby.txt": "Market in Derby\nDERBY, June 10, 2024 — A new market opened in Derby on "
                 "Monday, the council said.",
    "hull.txt": "Cholera in Hull\nHULL, July 1, 2024 — Cholera cases rose in Hull on Monday, "
                "officials said.",
}


@pytest.fixture
def seasons_db(tmp_path, app_store, geoparser):
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "seasons.db", geoparser, SEASONS).close()
    return app_store(tmp_path / "seasons.db")


@pytest.mark.parametrize("window", [("2024-02-25", "2024-06-10"),   # both ends outside
                                    ("2024-03-15", "2024-06-10")])  # the end only
def test_a_keyword_keeps_the_window_and_clearing_it_brings_it_back(seasons_db, window):
    """Typing "cholera" had reset a window whose ends had no cholera event to the default
    one (or moved an end to the filtered days' last), and clearing the keyword left it
    there: the window the journalist set was lost (audit 34, item 8)."""
    from tests.conftest import window_summary

    at = _run("dashboard.py", window=list(window))
    assert at.select_slider(key="window").value == window
    at.text_input(key="q").set_value("cholera").run()
    assert not at.exception
    assert at.select_slider(key="window").value == window
    assert list(at.query_params["window"]) == list(window)
    assert window_summary(at).endswith(": 1 place in 1 article")  # York only
    at.text_input(key="q").set_value("").run()
    assert at.select_slider(key="window").value == window
    assert list(at.query_params["window"]) == list(window)


def test_switching_date_by_keeps_the_window(seasons_db):
    """Leeds' floods (Sunday 25 Feb) were published on 27 Feb: dated by publication, a window
    from 25 Feb had been dropped for the default one (audit 34, item 8)."""
    window = ("2024-02-25", "2024-06-10")
    at = _run("dashboard.py", window=list(window))
    at.segmented_control(key="basis").set_value("published").run()
    assert not at.exception
    assert at.select_slider(key="window").value == window
    at.segmented_control(key="basis").set_value("event").run()
    assert at.select_slider(key="window").value == window
