"""The dashboard and its pages through Streamlit's AppTest (no browser, real scripts)."""

from __future__ import annotations

import shutil

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

TIMEOUT = 60


@pytest.fixture
def app_db(seeds_store, tmp_path, monkeypatch):
    """A private copy of the seeds store, selected through PLACELINE_DB."""
    seeds_store.close()
    path = tmp_path / "app.db"
    shutil.copy(seeds_store.path, path)
    monkeypatch.setenv("PLACELINE_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield path
    st.cache_resource.clear()
    st.cache_data.clear()


def _run(script: str, **query) -> AppTest:
    at = AppTest.from_file(str(ROOT / script), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def test_dashboard_shows_the_window_and_the_places(app_db):
    at = _run("dashboard.py")
    assert not at.exception
    slider = at.select_slider[0]
    assert slider.label == "Dates with events"
    assert slider.value[0] <= "2022-04-26" and slider.value[1] >= "2023-03-02"
    assert "places in 5 articles" in at.caption[0].value
    assert at.subheader[0].value == "Click a circle"
    top = at.dataframe[0].value
    assert {"Mariupol", "Moscow", "Kyiv"} <= set(top["place"])


def test_moving_the_window_changes_what_is_counted(app_db):
    at = _run("dashboard.py")
    before = at.caption[0].value
    at.select_slider[0].set_value(("2023-03-02", "2023-03-02")).run()
    assert not at.exception
    after = at.caption[0].value
    assert after != before and "in 1 articles" in after
    assert at.query_params["from"] == "2023-03-02"


def test_a_selected_place_shows_its_snippets(app_db, seeds_store):
    events = seeds_store.events_frame()
    mariupol = events.loc[events["place"] == "Mariupol", "place_id"].iloc[0]
    at = _run("dashboard.py", place=mariupol)
    assert not at.exception
    assert at.subheader[0].value == "Mariupol"
    sentences = [m.value for m in at.markdown if "**Mariupol**" in m.value]
    assert sentences and all(":orange-background[" in s for s in sentences)
    assert any("Read the whole article" in e.label for e in at.expander)
    captions = " ".join(c.value for c in at.caption)
    assert "published" in captions and "Event:" in captions


def test_an_empty_store_explains_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PLACELINE_DB", str(tmp_path / "empty.db"))
    monkeypatch.setenv("PLACELINE_DATA_DIR", str(tmp_path))  # no bundled articles here
    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    st.cache_resource.clear()
    st.cache_data.clear()
    at = _run("dashboard.py")
    assert not at.exception
    assert "No dated events yet" in at.info[0].value
    st.cache_resource.clear()


def test_articles_page_shows_dates_places_and_cleaning(app_db, seeds_store):
    at = _run("pages/1_Articles.py")
    assert not at.exception
    assert len(at.dataframe[0].value) == 5
    frame = seeds_store.articles_frame()
    seed_004 = int(frame.loc[frame["source"].str.contains("004_"), "id"].iloc[0])
    at.selectbox[0].select(seed_004).run()
    assert not at.exception
    page = " ".join(m.value for m in at.markdown)
    assert "given by the source" in page
    cleaned = next(m.value for m in at.markdown if "**Kreminna**" in m.value)
    assert "TRY IT TONIGHT" not in cleaned and "Kremlin" not in cleaned
    assert any("Removed while cleaning (3)" in e.label for e in at.expander)


def test_places_page_lists_sources_and_filters(app_db):
    at = _run("pages/2_Places.py")
    assert not at.exception
    table = at.dataframe[0].value
    assert {"Mariupol", "Ukraine", "Azovstal Iron and Steel Works"} <= set(table["name"])
    assert "placeline supplement" in set(table["source"])
    at.multiselect[0].set_value(["country"]).run()
    assert set(at.dataframe[0].value["kind"]) == {"country"}
    at.text_input[0].set_value("mari").run()
    assert list(at.dataframe[0].value["name"]) == []  # no country matches "mari"
