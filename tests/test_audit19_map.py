"""Audit 19, the map's reading panel: its work follows what it shows, a page of cards with the
whole text sent when opened, each card built once (item 8); a place stays chosen when the
window holds none of its events, and says so (10); the panel says where the place lies (12)."""

from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pytest

from placeline.eventindex import load_event_index
from placeline.ingest import read_paths
from placeline.pipeline import Pipeline
from placeline.snippets import place_snippets
from placeline.store import open_store
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
def busy_app(busy_db, app_store):
    """The app on the busy store (through PLACELINE_DB)."""
    return app_store(busy_db)


class CountingStore:
    """A store whose article reads are counted (what a card costs)."""

    def __init__(self, store) -> None:
        self._store, self.reads = store, 0

    def article(self, article_id: int):
        self.reads += 1
        return self._store.article(article_id)

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def _place_rows(store, place_id: str) -> pd.DataFrame:
    events = store.events_frame()
    return events[events["place_id"] == place_id]


# -- 8. the panel's work follows what it shows ----------------------------------------------

def test_only_the_cards_shown_are_read_and_each_is_built_once(busy_db):
    store = open_store(busy_db)
    try:
        rows = _place_rows(store, CAMBRIDGE)
        every = place_snippets(store, CAMBRIDGE, rows)
        counting = CountingStore(store)
        page = place_snippets(counting, CAMBRIDGE, rows, limit=5)
        assert counting.reads == 5  # not one read per article of the place (24)
        assert [s.article_id for s in page] == [s.article_id for s in every[:5]]
        assert [s.event_date for s in page] == [f"2024-03-{d}" for d in (24, 23, 22, 21, 20)]
        assert page[0].sentences_markdown == every[0].sentences_markdown
        counting.reads = 0
        again = place_snippets(counting, CAMBRIDGE, rows.iloc[::-1], limit=5)
        assert counting.reads == 0 and again == page  # the same cards: built once
        shorter = rows[rows["date"] <= "2024-03-22"]  # a step of the slider
        place_snippets(counting, CAMBRIDGE, shorter, limit=5)
        assert counting.reads == 2  # 20 and 19 March are new; 22, 21 and 20 are kept
    finally:
        store.close()


def test_a_write_to_the_store_builds_the_cards_anew(busy_db, tmp_path):
    """A correction or an ingest may change an article's mentions and keep its events'
    dates: the cards kept are for one revision of the store."""
    import shutil

    path = tmp_path / "copy.db"
    shutil.copy(busy_db, path)
    store = open_store(path)
    try:
        rows = _place_rows(store, CAMBRIDGE)
        counting = CountingStore(store)
        place_snippets(counting, CAMBRIDGE, rows, limit=3)
        store.set_setting("audit19", "a setting")  # (no content: the revision stays,
        counting.reads = 0                         # test_left20_ingest)
        place_snippets(counting, CAMBRIDGE, rows, limit=3)
        assert counting.reads == 0
        store.upsert_place(store.place(CAMBRIDGE))  # (a write of content moves it)
        place_snippets(counting, CAMBRIDGE, rows, limit=3)
        assert counting.reads == 3
    finally:
        store.close()


def test_a_card_gives_its_first_event_s_own_end(busy_db):
    """The card's date is its article's first event of the place in the window, whole: a
    first value taken column by column had given a one-day event the end of the next."""
    store = open_store(busy_db)
    try:
        rows = _place_rows(store, CAMBRIDGE)
        one = rows[rows["date"] == "2024-03-05"]
        later = one.assign(event_id=-1, date="2024-03-10", date_end="2024-03-31",
                           precision="month")
        (card,) = place_snippets(store, CAMBRIDGE, pd.concat([later, one]))
    finally:
        store.close()
    assert (card.event_date, card.event_date_end, card.precision) == (
        "2024-03-05", None, one["precision"].iloc[0])


def test_the_panel_shows_a_page_of_cards_and_sends_no_whole_text_until_asked(busy_app):
    at = _run("dashboard.py", place=CAMBRIDGE)
    assert not at.exception
    cards = [e for e in at.expander if e.label == "Read the whole article"]
    assert len(cards) == 20
    assert not at.text  # the whole texts go when an expander is opened, not before
    assert any("The newest 20 of 24 articles are shown." in c.value for c in at.caption)
    more = at.button(key="more_cards")
    assert more.label == "Show 4 more"
    more.click().run()
    assert not at.exception
    assert len([e for e in at.expander if e.label == "Read the whole article"]) == 24
    assert not [b for b in at.button if b.key == "more_cards"]
    at.select_slider(key="window").set_value(("2024-03-01", "2024-03-20")).run()
    assert len([e for e in at.expander if e.label == "Read the whole article"]) == 20
    assert not [b for b in at.button if b.key == "more_cards"]  # (all 20 shown)


def test_also_mentioned_here_comes_from_the_index_as_from_the_rows(busy_db):
    from placeline.snippets import neighbours

    store = open_store(busy_db)
    try:
        index = load_event_index(store, "event")
        mask = index.everything()
        articles = index.articles_of(MORIOKA, mask)
        rows = store.events_by_ids(index.event_ids(mask & np.isin(index.article, articles)))
        named = index.named(mask & np.isin(index.article, articles))
    finally:
        store.close()
    assert neighbours(named, MORIOKA) == neighbours(rows, MORIOKA)
    assert "Iwate Prefecture" in neighbours(named, MORIOKA)


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

def _panel_head(at) -> str:
    """The panel's first line, without the span that makes it a focus target (ui63)."""
    import re

    return re.sub(r"<[^>]+>", "", next(c.value for c in at.caption if "in this window" in
                                       c.value))


def test_the_panel_says_where_the_place_lies(busy_app):
    at = _run("dashboard.py", place=CAMBRIDGE)
    panel = _panel_head(at)
    assert panel.startswith("Cambridge · Massachusetts, United States · town or city · "
                            "42.375, -71.106 · 24 articles in this window"), panel
    at = _run("dashboard.py", place=MORIOKA)
    panel = _panel_head(at)
    assert panel.startswith("Morioka · Iwate Prefecture, Japan · town or city · "), panel


def test_a_country_is_not_said_to_lie_in_itself_and_names_are_escaped():
    import app_common

    japan = pd.Series({"place_id": "geonames:1861060", "place": "Japan", "kind": "country",
                       "country": "JP", "lat": 35.68, "lon": 139.76})
    assert app_common.place_line(japan) == "Japan · country · 35.680, 139.760"
    typed = pd.Series({"place_id": "user:x-y:1.0000,2.0000", "place": "*X* [y]",
                       "kind": "landmark", "country": np.nan, "lat": 1.0, "lon": 2.0})
    assert app_common.place_line(typed) == r"\*X\* \[y\] · landmark · 1.000, 2.000"
