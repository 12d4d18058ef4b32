"""Audit 19, the map's reading panel: a place stays chosen when the window holds none of its
events, and says so (item 10); the panel says where the place lies (12)."""

from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pytest
import streamlit as st

from placeline.ingest import read_paths
from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.conftest import ROOT
from tests.test_apptest import _run

CAMBRIDGE = "geonames:4931972"  # Cambridge, Massachusetts
MORIOKA = "geonames:2111834"
CAMBRIDGE_DAYS = 24  # one article a day, 1 to 24 March 2024
SYLLABLES = ["ka", "lo", "mi", "ter", "vu", "son", "dra", "pel", "quo", "ri", "ban", "zu"]


def _words(rng: random.Random, count: int) -> str:
    """Made-up lowercase words: no place names, and no run of three words shared by two
    articles (which would make them near-copies of one text)."""
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(3)) for _ in range(count))


def cambridge_rows() -> list[dict]:
    """A busy place, Cambridge, one article a day for 24 days, then a day of Morioka news."""
    rng = random.Random(19)
    rows = [{"id": f"c{day}", "date": f"2024-03-{day:02d}", "title": f"Cambridge brief {day}",
             "text": f"Officials in Cambridge, Massachusetts, said the {_words(rng, 12)}. "
                     f"The {_words(rng, 10)} was {_words(rng, 8)}."}
            for day in range(1, CAMBRIDGE_DAYS + 1)]
    rows.append({"id": "m1", "date": "2024-03-26", "title": "Quake in Morioka",
                 "text": "An earthquake shook Morioka, in Iwate Prefecture, Japan. "
                         f"The {_words(rng, 10)}."})
    return rows


def ingest_rows(folder, rows: list[dict], geoparser):
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    store = open_store(folder / "feed.db")
    Pipeline(store, geoparser).ingest(read_paths([feed]))
    return store


@pytest.fixture(scope="module")
def busy_db(tmp_path_factory, geoparser):
    """A store of `cambridge_rows`, closed: its path."""
    folder = tmp_path_factory.mktemp("audit19_map")
    store = ingest_rows(folder, cambridge_rows(), geoparser)
    places = set(store.events_frame()["place_id"])
    store.close()
    assert {CAMBRIDGE, MORIOKA} <= places, places
    return folder / "feed.db"


@pytest.fixture
def busy_app(busy_db, tmp_path, monkeypatch):
    """The app on the busy store (through PLACELINE_DB)."""
    monkeypatch.setenv("PLACELINE_DB", str(busy_db))
    monkeypatch.setenv("PLACELINE_DATA_DIR", str(tmp_path))  # no bundled articles here
    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield busy_db
    st.cache_resource.clear()
    st.cache_data.clear()


# -- 10. a chosen place stays chosen through a window without it ----------------------------

def test_a_place_stays_chosen_through_a_window_without_it(busy_app):
    at = _run("dashboard.py", mode="Last N days", days="1", until="2024-03-24",
              place=CAMBRIDGE)
    assert not at.exception
    assert at.selectbox(key="place").value == CAMBRIDGE
    at.select_slider(key="until").set_value("2024-03-26").run()  # Morioka's day alone
    assert not at.exception
    assert at.selectbox(key="place").value == CAMBRIDGE
    assert at.query_params["place"] == CAMBRIDGE
    note = " ".join(i.value for i in at.info)
    assert "**Cambridge** has no events in this window" in note, note
    assert "its events run from 1 Mar 2024 to 24 Mar 2024" in note, note
    assert not [e for e in at.expander if e.label == "Read the whole article"]
    assert not [e for e in at.expander if e.label.startswith("Wrong place?")]
    at.select_slider(key="until").set_value("2024-03-24").run()  # back again
    assert at.selectbox(key="place").value == CAMBRIDGE
    assert not at.info
    assert len([e for e in at.expander if e.label == "Read the whole article"]) == 1


def test_a_filtered_out_place_stays_chosen_and_says_why(busy_app):
    at = _run("dashboard.py", place=CAMBRIDGE)
    at.multiselect(key="kind").set_value(["country"]).run()
    assert not at.exception
    assert at.selectbox(key="place").value == CAMBRIDGE
    assert "none of its events passes these filters" in " ".join(i.value for i in at.info)


# -- 12. where the chosen place lies --------------------------------------------------------

def test_the_panel_says_where_the_place_lies(busy_app):
    at = _run("dashboard.py", place=CAMBRIDGE)
    panel = next(c.value for c in at.caption if "in this window" in c.value)
    assert panel.startswith("Cambridge · Massachusetts, United States · town or city · "
                            "42.375, -71.106 · 24 articles in this window"), panel
    at = _run("dashboard.py", place=MORIOKA)
    panel = next(c.value for c in at.caption if "in this window" in c.value)
    assert panel.startswith("Morioka · Iwate Prefecture, Japan · town or city · "), panel


def test_a_country_is_not_said_to_lie_in_itself_and_names_are_escaped():
    import app_common

    japan = pd.Series({"place_id": "geonames:1861060", "place": "Japan", "kind": "country",
                       "country": "JP", "lat": 35.68, "lon": 139.76})
    assert app_common.place_line(japan) == "Japan · country · 35.680, 139.760"
    typed = pd.Series({"place_id": "user:x-y:1.0000,2.0000", "place": "*X* [y]",
                       "kind": "landmark", "country": np.nan, "lat": 1.0, "lon": 2.0})
    assert app_common.place_line(typed) == r"\*X\* \[y\] · landmark · 1.000, 2.000"
