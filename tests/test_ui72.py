"""UI 72: the dashboard at scale (audit 38, items 5, 6 and 12).

Item 5: a country's "this year" (a year-precision event) had counted in every window holding
1 January and in that day's bar, so a week over New Year held 11,575 articles of a
30,000-article store against ~200 in any other, and the bars' scale was the spike's. A
window now counts an event of a month or longer only when it holds it whole (up to the
timeline's last day), and the bars count such events apart. Item 6: an upload's rows had
each scanned the store for stored files of its name.
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from streamlit.testing.v1 import AppTest

from placeline.eventindex import load_event_index
from placeline.ingest import UPLOAD, RawDocument, read_bytes
from placeline.layers import in_window
from placeline.pipeline import Pipeline
from placeline.timeline_bars import timeline_html
from placeline.view import outside_note
from tests.conftest import ROOT, window_summary

# (published, town): each story names a town on its day and Ukraine "this year".
STORIES = [("2022-06-14", "Kharkiv"), ("2022-12-29", "Poltava"), ("2023-01-02", "Lviv"),
           ("2023-01-10", "Odesa"), ("2023-03-15", "Vinnytsia")]


def _story(published: str, town: str) -> RawDocument:
    text = (f"published: {published}\n\nFlooding in {town}\n\nRescuers in {town} pumped water "
            "from flooded streets on Monday. The flood was the 38th of its kind reported in "
            "Ukraine this year, according to figures compiled by reporters.")
    return RawDocument(f"{town}.txt", text)


@pytest.fixture(scope="module")
def spans_store(tmp_path_factory, geoparser):
    from placeline.store import open_store

    store = open_store(tmp_path_factory.mktemp("ui72") / "spans.db")
    report = Pipeline(store, geoparser).ingest([_story(*story) for story in STORIES])
    assert len(report.added) == len(STORIES), report.summary()
    events = store.events_frame()
    years = events[(events["place"] == "Ukraine") & (events["precision"] == "year")]
    assert sorted(years["date"]) == ["2022-01-01", "2022-01-01", "2023-01-01",
                                     "2023-01-01", "2023-01-01"]
    return store


def _ukraine_articles(index, start: str, end: str) -> int:
    mask = index.in_window(index.filtered(), start, end)
    summary = index.summary(mask)
    return int(summary.loc[summary["place"] == "Ukraine", "articles"].sum())


def test_a_week_over_new_year_does_not_count_the_year_s_spans(spans_store):
    index, events = load_event_index(spans_store), spans_store.events_frame()
    week = ("2022-12-28", "2023-01-03")
    assert _ukraine_articles(index, *week) == 0
    assert index.article_count(index.in_window(index.filtered(), *week)) == 2  # Poltava, Lviv
    assert not (in_window(events, *week)["place"] == "Ukraine").any()
    assert index.partial_spans(index.filtered(), *week) == 5


def test_a_window_holding_the_year_counts_it_and_the_current_year_up_to_the_last_day(
        spans_store):
    index, events = load_event_index(spans_store), spans_store.events_frame()
    assert _ukraine_articles(index, "2022-01-01", "2022-12-31") == 2
    assert _ukraine_articles(index, "2022-06-01", "2022-12-31") == 0  # (not all of 2022)
    assert _ukraine_articles(index, "2022-01-01", "2022-01-05") == 0  # (its first days)
    # 2023 runs past the last day with events (15 March): a window up to it holds it.
    assert _ukraine_articles(index, "2023-01-01", "2023-03-15") == 3
    assert _ukraine_articles(index, "2022-01-01", "2023-03-15") == 5
    rows = in_window(events, "2023-01-01", "2023-03-15")
    assert (rows["place"] == "Ukraine").sum() == 3


def test_the_day_bars_count_spans_apart(spans_store):
    index = load_event_index(spans_store)
    per_day = index.per_day(index.filtered(), "2022-01-01", "2023-03-15").set_index("day")
    assert per_day.loc["2023-01-01", "events"] == 0
    assert per_day.loc["2023-01-01", "spans"] == 3
    assert per_day.loc["2023-01-02", "events"] >= 1
    html = timeline_html(per_day.reset_index())
    heights = [float(h) for h in re.findall(r"height:([\d.]+)%", html)]
    assert heights[0] == 2.0  # (1 Jan 2022: spans only, the least bar)
    assert "5 events of a month or longer" in html and "are not in the bars" in html
    assert "{" not in html.split("of a month or longer")[1].split("bars")[0]  # (no f-string
    # left unformatted: "{'is' if spans == 1 else 'are'}" had been shown)
    assert "3 of a month or longer starting here, not in the bar" in html


def test_the_note_tells_the_spans_apart_from_the_events_outside():
    days = ["2022-12-01", "2022-12-28", "2023-01-03", "2023-02-01"]
    note = outside_note(11_700, days, "2022-12-28", "2023-01-03", str, "window", partial=11_575)
    assert note.startswith("125 events are outside these 7 days (2022-12-01; 2023-02-01).")
    assert "11,575 events of a month or longer" in note and "beyond these 7 days" in note
    only = outside_note(3, days, "2022-12-28", "2023-01-03", str, "range", partial=3)
    assert only.startswith("3 events of a month or longer") and "outside" not in only


def test_the_dashboard_s_week_over_new_year_holds_its_days_only(spans_store, app_store):
    app_store(spans_store.location)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["mode"] = "Last N days"
    at.query_params["until"] = "2023-01-02"
    at.run()
    assert not at.exception
    assert window_summary(at).endswith("in 2 articles"), window_summary(at)
    notes = " ".join(c.value for c in at.caption)
    assert "of a month or longer" in notes and "beyond these 7 days" in notes
    bars = next(h.proto.body for h in at.get("html") if "Events on each day" in h.proto.body)
    assert "not in the bars" in bars


def test_an_upload_s_rows_scan_the_store_once(sqlite, geoparser):
    """Each row of an upload had scanned every stored source for a file of its name
    (`Store.sources_ending`, 40 ms a row at 30,000 articles): the Ingest page ingested
    13 rows/s where the command line ingested 71 (bench/ingest_page_speed.py)."""
    store = sqlite()
    folder = [RawDocument(f"/news/wire.jsonl#r{i}", f"published: 2024-03-0{i + 1}\n\nStorm "
                          f"number {i} in Leeds\n\nA storm hit Leeds, story {i}.")
              for i in range(3)]
    Pipeline(store, geoparser).ingest(folder)
    rows = "".join(json.dumps({"id": f"r{i}", "date": f"2024-03-0{i + 1}",
                               "title": f"Storm number {i} in Leeds",
                               "text": f"A storm hit Leeds, story {i}, with its roofs."}) + "\n"
                   for i in range(8))
    scans: list[str] = []
    conn: sqlite3.Connection = store._conn
    conn.set_trace_callback(lambda sql: scans.append(sql) if "LIKE" in sql and
                            "source" in sql and "articles" in sql else None)
    try:
        report = Pipeline(store, geoparser).ingest(
            read_bytes(rows.encode(), f"{UPLOAD}wire.jsonl"))
    finally:
        conn.set_trace_callback(None)
    assert len(scans) <= 1, scans
    # (its stored namesakes still found: the three rows of /news/wire.jsonl are new versions)
    assert len(report.updated) == 3 and len(report.added) == 5, report.summary()


# -- item 12: loads on a 30,000-article store ---------------------------------------------

def test_the_first_load_builds_the_index_of_its_own_date_basis_only(spans_store, app_store,
                                                                    monkeypatch):
    """The other "Date by"'s days (which the slider keeps a window within) are read from
    the store: its whole index had been built for them at every first load (3.9 s of a
    30,000-article store's)."""
    import app_common

    built: list[str] = []
    monkeypatch.setattr(app_common, "load_event_index",
                        lambda store, basis="event": built.append(basis) or
                        load_event_index(store, basis))
    app_store(spans_store.location)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception
    assert built == ["event"]
    every = set()
    for basis in ("event", "published"):
        index = load_event_index(spans_store, basis)
        every |= set(index.days(index.everything()))
    assert spans_store.event_days("published")
    assert app_common.timeline_days(spans_store, app_common.data_version(spans_store),
                                    "event") == sorted(every)


def test_the_articles_labels_date_each_distinct_day_once(monkeypatch):
    import pandas as pd

    import app_common

    asked: list[object] = []
    pretty = app_common.pretty_date
    monkeypatch.setattr(app_common, "pretty_date", lambda iso: asked.append(iso) or pretty(iso))
    days = ["2024-03-01T10:00:00+00:00", "2024-03-02T10:00:00+00:00", None]
    articles = pd.DataFrame({"id": range(1, 301), "title": [f"Story {i}" for i in range(300)],
                             "published": [days[i % 3] for i in range(300)],
                             "source": [f"/news/{i}.txt" for i in range(300)]})
    labels = app_common.article_labels(articles)
    assert len(asked) == 3
    assert labels[1] == "1 Mar 2024 — Story 0" and labels[3] == "undated — Story 2"


URLS = [None, "", "https://www.BBC.co.uk:443/x?y", "http://user@h.org#f", "ftp://h2/p",
        "//nohost/x", "example.com/x", "http://[::1]/x", " http://sp.org/",
        "https://example-news.org/2023/01/02/storyx-0"]


def test_source_labels_read_urls_as_urlparse_does_without_it_per_article(monkeypatch):
    import pandas as pd

    from placeline import view
    from placeline.eventindex import source_labels

    sources = pd.Series([f"/news/feed{i}.jsonl#{i}" for i in range(len(URLS))])
    urls = pd.Series(URLS, dtype=object)
    expected = [view.source_label(s, u or "") for s, u in zip(sources, urls, strict=True)]
    parsed: list[str] = []
    urlparse = view.urlparse
    monkeypatch.setattr(view, "urlparse", lambda url: parsed.append(url) or urlparse(url))
    assert source_labels(sources, urls) == expected
    assert len(parsed) <= 4  # (only those the pattern leaves: no URL, a space, a bracket)


def test_the_places_page_imports_the_pipeline_only_when_a_button_needs_it():
    """The geoparser's modules, which `placeline.pipeline` brings, had been a second of the
    Places page's first run in a new server (1.0-2.3 s at 30,000 articles, audit 38)."""
    import ast

    tree = ast.parse((ROOT / "pages" / "2_Places.py").read_text(encoding="utf-8"))
    top = [node.module for node in tree.body if isinstance(node, ast.ImportFrom)]
    assert "placeline.pipeline" not in top
