"""UI 56, item 3: after a Restore the map's date window had kept the range it had without
the restored article (its events off the map, nothing said), and a new ingest's days had
been left out the same way. A window that spanned the whole slider now follows its ends;
one the user narrowed stays."""

from __future__ import annotations

from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from tests.test_apptest import _run
from tests.test_audit19_map import ingest_rows

KUWAIT = {"id": "k1", "date": "2025-02-10", "title": "Kuwait emir dissolves parliament",
          "text": "The emir dissolved parliament in Kuwait City on Sunday."}
NAIROBI = {"id": "n1", "date": "2025-03-01", "title": "Nairobi floods",
           "text": "Floods hit Nairobi on Friday. Rain returned to Nairobi on Saturday."}
LAGOS = RawDocument("lagos.txt", "Lagos floods\n\nFloods hit Lagos on Friday 3 January 2025.")


def _again(at) -> None:
    """The map drawn anew (as on coming back to it from another page)."""
    at.switch_page("pages/2_Places.py").run()
    at.switch_page("dashboard.py").run()
    assert not at.exception


def _feed(tmp_path, geoparser, app_store):
    store = ingest_rows(tmp_path, [KUWAIT, NAIROBI], geoparser)
    app_store(tmp_path / "feed.db")
    return store


def test_a_restore_widens_a_window_that_spanned_the_slider(tmp_path, geoparser, app_store):
    store = _feed(tmp_path, geoparser, app_store)
    kuwait = store.articles_frame().set_index("title").loc[KUWAIT["title"], "id"]
    at = _run("dashboard.py")
    whole = at.select_slider(key="window").value
    store.delete_articles([int(kuwait)], remember=True)
    _again(at)
    assert at.select_slider(key="window").value[0] > whole[0]  # (Kuwait's days are gone)
    Pipeline(store, geoparser).restore(store.deletions()[0]["content_hash"])
    _again(at)
    slider = at.select_slider(key="window")
    assert tuple(slider.value) == tuple(whole) == (slider.options[0], slider.options[-1])
    store.close()


def test_an_ingest_widens_it_alike_and_a_narrowed_window_stays(tmp_path, geoparser,
                                                                app_store):
    store = _feed(tmp_path, geoparser, app_store)
    at = _run("dashboard.py")
    Pipeline(store, geoparser).ingest([LAGOS])
    _again(at)
    slider = at.select_slider(key="window")
    assert slider.value[0] == slider.options[0] == "2025-01-03"
    narrowed = (slider.options[1], slider.options[-1])
    slider.set_value(narrowed).run()
    Pipeline(store, geoparser).ingest([RawDocument("york.txt", "York floods\n\n"
                                                   "Floods hit York on Monday 6 January 2025.")])
    _again(at)
    assert tuple(at.select_slider(key="window").value) == narrowed
    store.close()


def _grown(window: tuple[str, str], days: list[str], grown: list[str]) -> tuple[str, str]:
    """The window after the slider's days grow from `days` to `grown` (the page's calls)."""
    import streamlit as st

    import app_common

    st.session_state.clear()
    app_common.follow_slider_ends(days)
    st.session_state["window"] = window
    app_common.sanitize_window(grown)
    app_common.follow_slider_ends(grown)
    return tuple(st.session_state["window"])


def test_each_end_of_the_window_follows_on_its_own():
    """Review 30, item 10: a window narrowed only at its start ("from 2 Jan to the latest")
    kept its old last day when a new day came, the new day's events off the map."""
    days = ["2025-01-01", "2025-01-02", "2025-01-03"]
    later = [*days, "2025-01-04"]
    earlier = ["2024-12-31", *days]
    assert _grown(("2025-01-02", "2025-01-03"), days, later) == ("2025-01-02", "2025-01-04")
    assert _grown(("2025-01-01", "2025-01-02"), days, earlier) == ("2024-12-31", "2025-01-02")
    assert _grown(("2025-01-01", "2025-01-03"), days, later) == ("2025-01-01", "2025-01-04")
    assert _grown(("2025-01-02", "2025-01-02"), days, later) == ("2025-01-02", "2025-01-02")
