"""Fix 53 (audit 30, item 2): a map drawn before a delete elsewhere (another tab, the CLI)
draws only the places the store still holds at its time fragment's next rerun, without
rerunning the whole app (which lost a correction form's fields while an ingest wrote)."""

from __future__ import annotations

import pytest

from placeline.eventindex import load_event_index
from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from tests.conftest import ROOT, top_places, window_summary
from tests.test_audit19_map import ingest_rows

KUWAIT = {"id": "k1", "date": "2025-02-10", "title": "Kuwait emir dissolves parliament",
          "text": "The emir dissolved parliament in Kuwait City on Sunday."}
NAIROBI = {"id": "n1", "date": "2025-03-01", "title": "Nairobi floods",
           "text": "Floods hit Nairobi on Friday. Rain returned to Nairobi on Saturday."}


@pytest.fixture
def feed(tmp_path, geoparser):
    """A store of the Kuwait and Nairobi stories (open), and their ids by title."""
    store = ingest_rows(tmp_path, [KUWAIT, NAIROBI], geoparser)
    ids = {row["title"]: row["id"] for row in store.articles_frame().to_dict("records")}
    yield store, ids
    store.close()


def test_only_a_delete_moves_the_count_of_changed_articles(feed, geoparser):
    """An ingest (every second, elsewhere) leaves it: the map then asks nothing more."""
    store, ids = feed
    assert store.articles_changed() == 0
    Pipeline(store, geoparser).ingest([RawDocument("lagos.txt", "Floods hit Lagos.")])
    assert store.articles_changed() == 0
    store.delete_articles([ids[KUWAIT["title"]]])
    assert store.articles_changed() == 1
    store.delete_articles([ids[KUWAIT["title"]]])  # (nothing left to delete)
    assert store.articles_changed() == 1


def test_an_index_read_before_a_delete_knows_which_events_are_gone(feed):
    store, ids = feed
    index = load_event_index(store)
    assert index.held(store.article_ids()) is None
    store.delete_articles([ids[KUWAIT["title"]]])
    held = index.held(store.article_ids())
    assert held is not None
    assert set(index.article[held]) == {ids[NAIROBI["title"]]}
    assert set(index.article[~held]) == {ids[KUWAIT["title"]]}
    assert index.articles_changed == 0 and load_event_index(store).articles_changed == 1


def _frozen_page(store, app_store, monkeypatch, tmp_path, place: str | None = None):
    """The map page (on `place`'s link), run once; its next runs keep the store's version
    of that first run, as the time fragment reruns alone (a slider move) with what the
    page was drawn at (AppTest runs the whole script)."""
    from streamlit.testing.v1 import AppTest

    import app_common

    app_store(tmp_path / "feed.db")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    if place:
        at.query_params["place"] = place
    at.run()
    assert not at.exception
    drawn = app_common.data_version(store)
    monkeypatch.setattr(app_common, "data_version", lambda _store: drawn)
    return at


def test_the_map_drops_a_deleted_article_s_places_at_the_fragment_s_next_run(
        feed, app_store, monkeypatch, tmp_path):
    """Audit 30, item 2: the second tab's map, place list and counts kept Kuwait City, whose
    only article had been deleted in another tab."""
    store, ids = feed
    at = _frozen_page(store, app_store, monkeypatch, tmp_path)
    assert "Kuwait City" in set(top_places(at)["place"])
    store.delete_articles([ids[KUWAIT["title"]]])
    at.run()
    assert not at.exception
    assert "Kuwait City" not in set(top_places(at)["place"])
    assert window_summary(at).endswith("in 1 article"), [c.value for c in at.caption]
    assert any(c.value.startswith("1 article on this map was deleted since the page was")
               for c in at.caption)


def test_the_map_says_nothing_more_while_an_ingest_adds_articles(
        feed, app_store, monkeypatch, tmp_path, geoparser):
    """Articles added since the whole run change nothing drawn until the next one: a form
    being filled keeps its keys (fix 51's rerun had lost its fields)."""
    store, _ = feed
    at = _frozen_page(store, app_store, monkeypatch, tmp_path)
    before = top_places(at)
    Pipeline(store, geoparser).ingest([RawDocument("lagos.txt", "Floods hit Lagos.")])
    at.run()
    assert not at.exception
    assert top_places(at).equals(before)
    assert not any("deleted since" in c.value for c in at.caption)


def test_a_deleted_place_chosen_in_the_panel_has_no_articles_left(
        feed, app_store, monkeypatch, tmp_path):
    """The panel had said "Kuwait City · … · 1 article in this window" with no card."""
    store, ids = feed
    events = store.events_frame()
    kuwait_city = events.loc[events["place"] == "Kuwait City", "place_id"].iloc[0]
    at = _frozen_page(store, app_store, monkeypatch, tmp_path, kuwait_city)
    assert any("1 article in this window" in c.value for c in at.caption)
    store.delete_articles([ids[KUWAIT["title"]]])
    at.run()
    assert not at.exception
    assert not any("article in this window" in c.value for c in at.caption)
    assert any("no articles in this window" in c.value for c in at.caption)
