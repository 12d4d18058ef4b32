"""Audit 18, the map and its pages: one definition and one number for the articles whose
places have no date (item 12); the article's own address shown and exported (14); kinds of
place in a newsroom's words (24)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import streamlit as st

from placeline.export import events_table, to_csv, to_geojson
from placeline.ingest import read_paths
from placeline.pipeline import Pipeline
from placeline.present import KIND_LABELS, candidate_label, kind_label, web_link
from placeline.store import open_store
from tests.conftest import ROOT, top_places
from tests.test_apptest import (  # noqa: F401 — app_db: the fixture
    _place_id,
    _run,
    app_db,
    fix,
)
from tests.test_audit17_pages import with_undated  # noqa: F401 — a fixture

LEEDS = {"id": "s1", "url": "https://news.example/leeds-march", "date": "2024-03-01",
         "title": "Protest in Leeds", "text": "Thousands marched in Leeds on Monday."}


def _feed_db(tmp_path, monkeypatch, geoparser, rows: list[dict], name: str = "feed"):
    """A store of `rows` (read as a JSONL feed), opened by the app through PLACELINE_DB."""
    feed = tmp_path / f"{name}.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / f"{name}.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest(read_paths([feed]))
    monkeypatch.setenv("PLACELINE_DB", str(db))
    monkeypatch.setenv("PLACELINE_DATA_DIR", str(tmp_path))  # no bundled articles here
    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    st.cache_resource.clear()
    st.cache_data.clear()
    return store


@pytest.fixture
def leeds_db(tmp_path, monkeypatch, geoparser):
    store = _feed_db(tmp_path, monkeypatch, geoparser, [LEEDS])
    yield store
    store.close()
    st.cache_resource.clear()
    st.cache_data.clear()


LAGOS = {"id": "u1", "title": "Floods in Lagos",  # no date but the one of its last sentence
         "text": "Floods hit Lagos on Monday, cutting roads to Ikeja. In 2014 a similar flood "
                 "struck Abuja."}
ACCRA = {"id": "d1", "date": "2024-03-05", "title": "Storm in Accra",
         "text": "A storm hit Accra on Monday. Residents of Kumasi were warned."}


@pytest.fixture
def lagos_db(tmp_path, monkeypatch, geoparser):
    store = _feed_db(tmp_path, monkeypatch, geoparser, [LAGOS, ACCRA])
    yield store
    store.close()
    st.cache_resource.clear()
    st.cache_data.clear()


def _no_date_note(at) -> str:
    return next((c.value for c in at.caption if "with no date" in c.value), "")


def _said_count(text: str) -> int:
    return int(re.search(r"(\d+) articles? names? places with no date", text).group(1))


# -- 12. articles whose places have no date: one definition, one number -----------------------

def test_off_the_timeline_is_a_place_no_date_of_its_article_puts_there(store, geoparser,
                                                                       tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(f"{json.dumps(LAGOS)}\n{json.dumps(ACCRA)}\n", encoding="utf-8")
    Pipeline(store, geoparser).ingest(read_paths([feed]))
    lagos = int(store.articles_frame().set_index("title").loc["Floods in Lagos", "id"])
    off = store.off_timeline_places("event")
    assert list(off.columns) == ["article_id", "place_id", "place", "kind", "confidence",
                                 "first_char"]
    assert list(zip(off["article_id"], off["place"])) == [(lagos, "Lagos"), (lagos, "Ikeja")]
    assert off["confidence"].notna().all()
    by_publication = store.off_timeline_places("published")  # Lagos's article has no date
    assert list(by_publication["place"]) == ["Lagos", "Ikeja", "Abuja"]
    with pytest.raises(ValueError):
        store.off_timeline_places("weekday")


def test_the_map_names_the_articles_and_places_it_cannot_date(lagos_db):
    at = _run("dashboard.py")
    assert not at.exception
    note = _no_date_note(at)
    assert note.startswith("1 article names places with no date"), note
    assert "Floods in Lagos" in note and "(Lagos, Ikeja)" in note
    assert "Abuja" not in note  # 2014: on the map
    assert "(./Articles?article=" in note  # the article opens on the Articles page
    published = _run("dashboard.py", basis="Publication date")
    assert "(Lagos, Ikeja, Abuja)" in _no_date_note(published)  # as the article names them


def test_the_map_and_the_places_page_count_the_same_articles(lagos_db):
    note = _no_date_note(_run("dashboard.py"))
    places = _run("pages/2_Places.py")
    assert not places.exception
    caption = places.caption[0].value
    assert _said_count(note) == _said_count(caption) == 1
    table = places.dataframe[0].value.set_index("name")
    assert (table.loc["Lagos", "articles"], table.loc["Lagos", "on_map"]) == (1, 0)
    assert (table.loc["Abuja", "articles"], table.loc["Abuja", "on_map"]) == (1, 1)


def test_a_wholly_undated_article_counts_on_both_pages_too(app_db, with_undated):  # noqa: F811
    note = _no_date_note(_run("dashboard.py"))
    assert _said_count(note) == 1 and "Shelling in Kharkiv" in note
    assert _said_count(_run("pages/2_Places.py").caption[0].value) == 1


def test_the_note_follows_the_filters_and_lists_a_few(lagos_db):
    assert _no_date_note(_run("dashboard.py", q="storm")) == ""
    at = _run("dashboard.py", q="floods")  # Abuja's 2014 is on the map; Lagos is said
    assert "(Lagos, Ikeja)" in _no_date_note(at)
    at = _run("dashboard.py", places=_place_id(lagos_db, "Accra"))
    assert not at.exception and _no_date_note(at) == ""
    at = _run("dashboard.py", places=_place_id(lagos_db, "Abuja"))
    assert "(Lagos, Ikeja)" not in _no_date_note(at)


def test_a_long_note_names_the_latest_few_and_counts_the_rest():
    import pandas as pd

    from app_common import off_timeline_note

    found = pd.DataFrame({"article_id": [1, 2, 3, 4, 4, 4, 4, 4, 4],
                          "place": ["A", "B", "C", "D", "E", "F", "G", "H", "I"]})
    titles = pd.Series({1: "One", 2: "Two", 3: "Three", 4: "Four [x](http://evil)"})
    note = off_timeline_note(found, titles)
    assert note.startswith("4 articles name places with no date, so those places are not on "
                           "the map: [“Four \\[x\\]\\(http\\:\u2060//evil\\)”](./Articles?article=4 ")
    assert "(D, E, F, G and 2 more)" in note and "Three" in note and "Two" in note
    assert "One" not in note and "and 1 more. The Articles page lists them" in note
    assert off_timeline_note(found.iloc[0:0], titles) == ""


# -- 14. the article's own address ------------------------------------------------------------

def test_the_export_carries_each_article_s_url_and_source(leeds_db):
    events = leeds_db.events_frame()
    table = events_table(events, leeds_db.texts(sorted(set(events["article_id"]))))
    rows = list(csv.DictReader(io.StringIO(to_csv(table))))
    assert rows and {r["url"] for r in rows} == {LEEDS["url"]}
    assert {r["source"] for r in rows} == {str(leeds_db.article(1)["source"])}
    assert rows[0]["source"].endswith("feed.jsonl#s1")
    properties = json.loads(to_geojson(table))["features"][0]["properties"]
    assert properties["url"] == LEEDS["url"] and properties["source"] == rows[0]["source"]


def test_an_article_without_a_url_exports_none(tmp_path, monkeypatch, geoparser):
    store = _feed_db(tmp_path, monkeypatch, geoparser, [{**LEEDS, "url": ""}])
    events = store.events_frame()
    table = events_table(events, store.texts(sorted(set(events["article_id"]))))
    assert {r["url"] for r in csv.DictReader(io.StringIO(to_csv(table)))} == {""}
    assert json.loads(to_geojson(table))["features"][0]["properties"]["url"] is None
    assert list(events_table(events.iloc[0:0], {}).columns[-2:]) == ["url", "source"]
    store.close()


def test_the_card_and_the_articles_page_link_to_the_original(leeds_db):
    leeds = _place_id(leeds_db, "Leeds")
    at = _run("dashboard.py", place=leeds)
    assert not at.exception
    assert "[**Protest in Leeds**](https://news.example/leeds-march)" in \
        [m.value for m in at.markdown]
    at.switch_page("pages/1_Articles.py").run()
    assert not at.exception
    header = next(m.value for m in at.markdown if "**Source:**" in m.value)
    assert "](https://news.example/leeds-march)" in header


@pytest.mark.parametrize("url, link", [
    ("https://news.example/a?b=1&c=2#top", "https://news.example/a?b=1&c=2#top"),
    ("http://news.example/a (b)", "http://news.example/a%20%28b%29"),
    ('https://x.example/"><script>', "https://x.example/%22%3E%3Cscript%3E"),
    ("https://x.example/a)[b](javascript:c)", "https://x.example/a%29%5Bb%5D%28javascript:c%29"),
    ("https://bücher.example/straße", "https://b%C3%BCcher.example/stra%C3%9Fe"),
])
def test_a_web_address_is_a_link_that_nothing_in_it_can_end(url, link):
    assert web_link("**T**", url) == f"[**T**]({link})"


@pytest.mark.parametrize("url", ["", None, float("nan"), "javascript:alert(1)",
                                 "file:///etc/passwd", "ftp://x.example/a", "https://",
                                 "news.example/a", "data:text/html,<b>x</b>"])
def test_only_a_web_address_makes_a_link(url):
    assert web_link("**T**", url) == "**T**"

CODES = {"admin1", "admin2", "city", "water"}  # the gazetteer's own words for kinds

# -- 24. kinds of place in words a newsroom uses ----------------------------------------------


def test_every_kind_the_gazetteer_gives_has_a_word(gazetteer):
    kinds = {row[0] for row in gazetteer._conn.execute("SELECT DISTINCT kind FROM places")}
    assert kinds <= set(KIND_LABELS)
    assert not CODES & set(KIND_LABELS.values())
    assert kind_label("admin1") == "state / province" and kind_label("city") == "town or city"
    assert kind_label("peninsula") == "peninsula"  # one it does not know stays as stored
    texas = gazetteer.search("Texas")[0]
    assert candidate_label(texas).startswith("Texas (state / province, US, ")


def test_the_kind_filter_shows_words_and_the_link_keeps_the_code(app_db):  # noqa: F811
    at = _run("dashboard.py")
    kind = at.multiselect(key="kind")
    assert not CODES & set(kind.options), kind.options
    assert {"town or city", "state / province", "body of water"} <= set(kind.options)
    at = _run("dashboard.py", kind="city")  # a link's codes, as links made before hold
    assert not at.exception
    assert at.multiselect(key="kind").value == ["city"]
    assert set(top_places(at)["kind"]) == {"town or city"}


def test_the_reading_panel_says_the_kind_in_words(app_db, seeds_store):  # noqa: F811
    at = _run("dashboard.py", place=_place_id(seeds_store, "Mariupol"))
    assert not at.exception
    panel = next(c.value for c in at.caption if "in this window" in c.value)
    assert panel.startswith("town or city · "), panel
    fix(at.radio, "how").set_value("coordinates").run()
    kind = fix(at.selectbox, "kind")  # the correction form's kind of a typed place
    assert kind.value == "city" and not CODES & set(kind.options)
    assert not CODES & set(top_places(_run("dashboard.py"))["kind"])


def test_the_places_and_articles_pages_say_the_kind_in_words(app_db, seeds_store):  # noqa: F811
    at = _run("pages/2_Places.py")
    assert not at.exception
    assert not CODES & set(at.multiselect(key="kinds").options)
    assert not CODES & set(at.dataframe[0].value["kind"])
    assert "town or city" in set(at.dataframe[0].value["kind"])
    at.multiselect(key="kinds").set_value(["admin1"]).run()
    assert set(at.dataframe[0].value["kind"]) == {"state / province"}
    articles = _run("pages/1_Articles.py")
    found = articles.dataframe[1].value
    assert not CODES & set(found["kind"]) and "town or city" in set(found["kind"])
