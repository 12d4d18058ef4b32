"""UI 62 (audit 34, items 11, 12, 13 and 14): the slider's range narrows to a sub-period,
kept in the URL; the legend hides no circle; a bench/synth.py store keeps its synthetic
articles when real ones are ingested; the map's view is kept in the URL."""

from __future__ import annotations

import json
import sqlite3

import pytest

from placeline.cli import main
from tests.test_apptest import _run
from tests.test_ui61 import seasons_db  # noqa: F401 (a fixture)

# -- 13. a synthetic store keeps its articles' dates and events through an ingest -----------

FLOOD = ("Floods in Leeds\nLEEDS, Feb. 27, 2024 — Floods hit homes in Leeds on Sunday, the "
         "council said.")


def _dated(db) -> tuple[int, int, int]:
    """Synthetic articles with a date, synthetic events with a date, and all events."""
    with sqlite3.connect(db) as conn:
        return (conn.execute("SELECT count(*) FROM articles WHERE source LIKE 'bench/%'"
                             " AND published IS NOT NULL").fetchone()[0],
                conn.execute("SELECT count(*) FROM events WHERE place_id LIKE 'bench:%'"
                             " AND date IS NOT NULL").fetchone()[0],
                conn.execute("SELECT count(*) FROM events").fetchone()[0])


def test_ingesting_real_articles_keeps_a_synthetic_store_whole(tmp_path, capsys,
                                                                monkeypatch):
    """Ingesting 19 articles into `fill_store`'s store had re-dated the whole store from the
    synthetic texts ("Body."): every synthetic article undated, 6,104 events gone, and the
    store told it was placed by an index it does not record (audit 34, item 13)."""
    from bench.synth import fill_store
    from tests.conftest import ROOT

    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    db = tmp_path / "big.db"
    fill_store(db, events=400, places=60)
    assert _dated(db) == (40, 400, 400)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "leeds.txt").write_text(FLOOD, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "news"), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "1 added" in out
    assert "does not record" not in out and "older gazetteer" not in out
    articles, events, every = _dated(db)
    assert (articles, events) == (40, 400) and every > 400  # Leeds's events beside them


def test_a_synthetic_article_dates_itself(tmp_path):
    """Dated again from what it holds (a whole-store re-date), an article keeps its date:
    the date is in its metadata, as a feed gives it."""
    from bench.synth import fill_store
    from placeline.dates import date_from_metadata
    from placeline.store import open_store

    fill_store(tmp_path / "s.db", events=20, places=5)
    store = open_store(tmp_path / "s.db")
    try:
        for row in store.dating_rows(store.article_ids()):
            guess = date_from_metadata(json.loads(row["metadata"]), row["text"])
            assert guess is not None and guess.date.isoformat() == row["published"]
    finally:
        store.close()


# -- 11. the slider zooms to a sub-period, kept in the URL -----------------------------------

@pytest.fixture
def years_db(tmp_path, app_store):
    """Five years of synthetic events (2019-2023): hundreds of days on the slider."""
    from bench.synth import fill_store

    fill_store(tmp_path / "years.db", events=3_000, places=200)
    return app_store(tmp_path / "years.db")


def _window_slider(at):
    return at.select_slider(key="window")


def test_the_slider_zooms_to_the_window_and_the_link_keeps_it(years_db):
    """A one-month story in five years was a sliver of the slider (audit 34, item 11):
    *Zoom the timeline* narrows it to the window and as much again on each side, and a
    second slider sets that span; both are in the URL, which opens the same slider."""
    at = _run("dashboard.py", window=["2021-06-01", "2021-06-30"])
    every = list(_window_slider(at).options)
    assert at.toggle(key="zoom").value is False  # (off by default: the slider as it was)
    assert not [s for s in at.select_slider if s.key == "span"]
    at.toggle(key="zoom").set_value(True).run()
    assert not at.exception
    first, last = at.select_slider(key="span").value
    zoomed = list(_window_slider(at).options)
    assert first < "2021-06-01" and "2021-06-30" < last and len(zoomed) < len(every) / 10
    assert zoomed == [day for day in every if first <= day <= last]
    assert _window_slider(at).value == ("2021-06-01", "2021-06-30")  # the window stays
    assert list(at.query_params["span"]) == [first, last]  # (and "zoom", in the browser)
    again = _run("dashboard.py", window=["2021-06-01", "2021-06-30"], zoom="true",
                 span=[first, last])
    assert list(_window_slider(again).options) == zoomed
    span = [d for d in at.select_slider(key="span").options if "2021-05" <= d < "2021-08"]
    at.select_slider(key="span").set_value((span[0], span[-1])).run()
    assert list(_window_slider(at).options) == span
    assert list(at.query_params["span"]) == [span[0], span[-1]]
    at.toggle(key="zoom").set_value(False).run()  # the whole timeline again
    assert list(_window_slider(at).options) == every and "span" not in at.query_params


def test_the_bundled_timeline_is_as_it_was(app_store, tmp_path):
    """Too short a timeline to zoom (the bundled articles' days): no toggle, no change."""
    from tests.conftest import ROOT

    app_store(tmp_path / "b.db", data=ROOT / "data")
    at = _run("dashboard.py")
    assert not at.exception
    assert not [t for t in at.toggle if t.key == "zoom"]


# -- 14. the map's zoom and centre are in the URL ------------------------------------------

@pytest.fixture
def maps_made(monkeypatch):
    """The `view` each run's map was made with."""
    from placeline import mapview

    made = []
    original = mapview.base_map
    monkeypatch.setattr(mapview, "base_map", lambda *a, **kw: (
        made.append(kw.get("view")), original(*a, **kw))[1])
    return made


@pytest.mark.usefixtures("seasons_db")
def test_a_link_s_view_opens_the_map_there_and_holds(maps_made):
    """A shared link kept everything but the map's zoom and centre (audit 34, item 14): the
    map writes them (`view=zoom/lat/lon`) as the reader moves it; the link's opens the map
    there, the same at every run (a new script would remount the map)."""
    at = _run("dashboard.py", view="6.5/53.8/-1.55")
    assert not at.exception
    at.query_params["view"] = "3/10/10"  # (what the page reads is the link's, once)
    at.select_slider(key="window").set_value(("2024-02-27", "2024-06-10")).run()
    assert not at.exception
    assert maps_made and set(maps_made) == {(6.5, 53.8, -1.55)}


@pytest.mark.usefixtures("seasons_db")
@pytest.mark.parametrize("link", [None, "x/1/2", "6/95/0", "30/1/2", "nan/1/2", "6/1"])
def test_without_a_view_the_map_fits_the_window(maps_made, link):
    at = _run("dashboard.py", **({"view": link} if link else {}))
    assert not at.exception
    assert maps_made and set(maps_made) == {None}


def test_the_map_s_script_opens_on_the_view_and_writes_only_the_reader_s_moves():
    from placeline.layers import legend_steps
    from placeline.mapview import base_map

    opened = base_map([[49.0, 24.0], [51.0, 31.0]], legend=legend_steps(),
                      view=(6.5, 53.8, -1.55)).get_root().render()
    assert "map.setView([53.8, -1.55], 6.5," in opened
    assert "map.fitBounds([[49.0, 24.0]" not in opened and "held: true" in opened
    fitted = base_map([[49.0, 24.0], [51.0, 31.0]]).get_root().render()
    assert "map.fitBounds([[49.0, 24.0]" in fitted and "held: false" in fitted
    assert "window.parent.history.replaceState" in fitted  # no rerun for a pan
    assert 'indexOf("view=")' in fitted
