"""Audit 18, the map and its pages: one definition and one number for the articles whose
places have no date (item 12); near-copies of one article count once on the map (13); the
article's own address shown and exported (14); the README says where long events count (17);
kinds of place in a newsroom's words (24)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from placeline.eventindex import load_event_index
from placeline.export import events_table, to_csv, to_geojson
from placeline.ingest import read_paths
from placeline.layers import in_window, place_summary
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


def _feed_db(tmp_path, app_store, geoparser, rows: list[dict], name: str = "feed",
             db: str = "feed"):
    """The store `db` with `rows` added (read as the JSONL feed `name`), opened by the app
    through PLACELINE_DB (`app_store`: the fixture)."""
    feed = tmp_path / f"{name}.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / f"{db}.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest(read_paths([feed]))
    app_store(db)
    return store


@pytest.fixture
def leeds_db(tmp_path, app_store, geoparser):
    store = _feed_db(tmp_path, app_store, geoparser, [LEEDS])
    yield store
    store.close()


LAGOS = {"id": "u1", "title": "Floods in Lagos",  # no date but the one of its last sentence
         "text": "Floods hit Lagos on Monday, cutting roads to Ikeja. In 2014 a similar flood "
                 "struck Abuja."}
ACCRA = {"id": "d1", "date": "2024-03-05", "title": "Storm in Accra",
         "text": "A storm hit Accra on Monday. Residents of Kumasi were warned."}


@pytest.fixture
def lagos_db(tmp_path, app_store, geoparser):
    store = _feed_db(tmp_path, app_store, geoparser, [LAGOS, ACCRA])
    yield store
    store.close()


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
                           "the map: [“Four \\[x\\]\\(http\\::small[]//evil\\)”](./Articles?article=4 ")
    assert "(D, E, F, G and 2 more)" in note and "Three" in note and "Two" in note
    assert "One" not in note
    every = "./Articles?show=Places+on+no+map"  # (audit 20: the Articles page lists them all)
    assert f"and [1 more]({every}). The [Articles page]({every}) lists them" in note
    assert off_timeline_note(found.iloc[0:0], titles) == ""


# -- 13. near-copies of one article count once -------------------------------------------------

PROTEST = {"id": "s1", "date": "2024-03-01", "title": "Protest in Leeds",
           "text": "Thousands marched in Leeds on Monday. Police in Wakefield reported no "
                   "arrests."}
REPORT = {"id": "r1", "date": "2024-03-01", "title": "Council meets in Leeds",
          "text": "The city council of Leeds met on Friday to discuss bus routes to Bradford "
                  "and the cost of a new tram line."}


@pytest.fixture
def copies_db(tmp_path, app_store, geoparser):
    """A daily export saved twice without URLs, the second with one word changed ("no
    arrests" → "two arrests"): two articles, one story; and another Leeds story."""
    rows = {"export_0301": PROTEST, "other": REPORT,
            "export_0302": {**PROTEST, "text": PROTEST["text"].replace("no", "two")}}
    for name, row in rows.items():
        store = _feed_db(tmp_path, app_store, geoparser, [row], name, db="copies")
        if name != "export_0302":
            store.close()
    yield store
    store.close()


def test_near_copies_in_one_story_count_once_in_a_window(copies_db):
    store = copies_db
    frame = store.articles_frame().sort_values("id")
    first, other, second = frame["id"].tolist()
    assert frame["story_id"].tolist()[0] == frame["story_id"].tolist()[2]  # one story
    index = load_event_index(store)
    assert dict(zip(index.article.tolist(), index.copy_of.tolist(), strict=True)) == {
        first: first, other: other, second: first}
    window = index.in_window(index.filtered(), "2024-02-01", "2024-03-31")
    counts = index.summary(window).set_index("place")["articles"]
    assert counts["Leeds"] == 2 and counts["Wakefield"] == 1  # (3 and 2 stored)
    assert index.article_count(window) == 2
    assert index.article_count(window, copies=True) == 3
    assert list(index.articles_of(_place_id(store, "Wakefield"), window)) == [first, second]
    events = store.events_frame()  # the pandas form counts a "copy_of" column as the index does
    events["copy_of"] = events["article_id"].map(dict(zip(index.article.tolist(),
                                                       index.copy_of.tolist(), strict=True)))
    slow = place_summary(in_window(events, "2024-02-01", "2024-03-31")).set_index("place")
    assert slow["articles"].to_dict() == counts.to_dict()


def test_articles_of_one_story_that_are_not_copies_each_count(seeds_store):
    """The four Guterres articles of the bundled set are one story, not one text."""
    frame = seeds_store.articles_frame()
    assert frame["story_id"].value_counts().max() == 4
    index = load_event_index(seeds_store)
    assert (index.copy_of == index.article).all()


def test_a_story_s_texts_are_read_once_until_one_changes():
    import pandas as pd

    from placeline.eventindex import near_copies

    class Texts:
        def __init__(self) -> None:
            self.reads: list[list[int]] = []

        def texts(self, ids):
            self.reads.append(sorted(ids))
            return {9001: "Heat wave grips Paris as temperatures hit 38C on Saturday.",
                    9002: "Heat wave grips Paris as temperatures hit 39C on Saturday.",
                    9003: "Farmers in Lyon say the harvest will be late this year again."}

    store = Texts()
    articles = pd.DataFrame({"story_id": [9001, 9001, 9001, 9004, None],
                             "content_hash": ["a", "b", "c", "d", "e"]},
                            index=[9001, 9002, 9003, 9004, 9005])
    assert near_copies(store, articles) == {9002: 9001}
    assert near_copies(store, articles) == {9002: 9001}
    assert store.reads == [[9001, 9002, 9003]]  # singletons and no story: never read
    changed = articles.assign(content_hash=["a", "b2", "c", "d", "e"])
    near_copies(store, changed)
    assert len(store.reads) == 2


def test_the_map_counts_the_copies_once_and_says_so(copies_db):
    at = _run("dashboard.py")
    assert not at.exception
    assert "in 2 articles (3 stored: near-copies of one count once)" in at.caption[0].value
    assert top_places(at).set_index("place").loc["Wakefield", "articles"] == "1"
    at = _run("dashboard.py", place=_place_id(copies_db, "Wakefield"))
    panel = next(c.value for c in at.caption if "in this window" in c.value)
    assert "1 article in this window (2 stored: near-copies of one count once)" in panel
    places = _run("pages/2_Places.py")
    table = places.dataframe[0].value.set_index("name")
    assert (table.loc["Wakefield", "articles"], table.loc["Wakefield", "on_map"]) == (2, 1)
    assert "over all its dates (near-copies of one text once)" in places.caption[0].value


# -- 14. the article's own address ------------------------------------------------------------

def test_the_export_carries_each_article_s_url_and_source(leeds_db):
    events = leeds_db.events_frame()
    table = events_table(events, leeds_db.texts(sorted(set(events["article_id"]))))
    rows = list(csv.DictReader(io.StringIO(to_csv(table))))
    assert rows and {r["url"] for r in rows} == {LEEDS["url"]}
    # its file's name, not the absolute path the store keeps (review 18: `shared_source`)
    assert str(leeds_db.article(1)["source"]).endswith("/feed.jsonl#s1")
    assert {r["source"] for r in rows} == {"feed.jsonl#s1"}
    properties = json.loads(to_geojson(table))["features"][0]["properties"]
    assert properties["url"] == LEEDS["url"] and properties["source"] == rows[0]["source"]


def test_an_article_without_a_url_exports_none(tmp_path, app_store, geoparser):
    store = _feed_db(tmp_path, app_store, geoparser, [{**LEEDS, "url": ""}])
    events = store.events_frame()
    table = events_table(events, store.texts(sorted(set(events["article_id"]))))
    assert {r["url"] for r in csv.DictReader(io.StringIO(to_csv(table)))} == {""}
    assert json.loads(to_geojson(table))["features"][0]["properties"]["url"] is None
    assert list(events_table(events.iloc[0:0], {}).columns[20:22]) == ["url", "source"]
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

# -- 17. long events count where a window holds them whole (UI 72), as the README says -----

KENYA = {"id": "k", "date": "2024-09-20", "title": "Kenya",
         "text": "Three months ago Kisumu flooded. From 2010 to 2015 Kano grew fast."}


def test_a_long_event_counts_in_the_windows_holding_it_whole_and_the_readme_says_so(
        tmp_path, app_store, geoparser):
    """(UI 72 changed this test's rule: a long event had counted in the windows holding its
    first day, and a country's "this year" put 11,575 articles in a week over New Year,
    audit 38, item 5.)"""
    store = _feed_db(tmp_path, app_store, geoparser, [KENYA])
    index = load_event_index(store)
    everything = index.filtered()

    def places(start: str, end: str) -> list[str]:
        return sorted(index.summary(index.in_window(everything, start, end))["place"])

    assert places("2024-06-01", "2024-06-01") == []  # not news of 1 June
    assert places("2024-06-01", "2024-06-30") == ["Kisumu"]  # June 2024, whole
    assert places("2010-01-01", "2010-01-01") == []
    assert places("2010-01-01", "2015-12-31") == ["Kano"]
    bars = index.per_day(everything, "2024-06-01", "2024-06-30")  # counted apart
    assert bars.loc[bars["in_window"], ["day", "events", "spans"]].values.tolist() == [
        ["2024-06-01", 0, 1]]
    store.close()
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "hold its whole span" not in readme  # (it had promised what the code never did)
    assert ('An event of a month or longer ("in June", "three months ago", a country\'s '
            '"this year", "from 2010 to 2015") counts only in the windows that hold it '
            'whole') in readme


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
    assert " · town or city · " in panel, panel  # (after its name and where it lies)
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
