"""Event dates carry precision and provenance through the store and the export."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from placeline.events import build_events
from placeline.export import COLUMNS, events_table, to_csv, to_geojson
from placeline.models import Mention, Place
from placeline.store import Store, open_store

KYIV = Place("geonames:703448", "Kyiv", 50.45, 30.52, "city", "UA")
HUNGARY = Place("geonames:719819", "Hungary", 47.0, 20.0, "country", "HU")
TEXT = ("Guterres will travel to Kyiv on Thursday. Elections will be held in Hungary in 2031. "
        "Kyiv was also visited between 26 and 29 April.")


def _mentions() -> list[Mention]:
    found, cursor = [], 0
    for place in (KYIV, HUNGARY, KYIV):
        start = TEXT.index(place.name, cursor)
        found.append(Mention(start, start + len(place.name), place.name, place, 0.9))
        cursor = start + 1
    return found


def test_events_carry_start_end_precision_and_provenance():
    events = build_events(TEXT, _mentions(), dt.date(2022, 4, 26))
    kyiv_day, hungary, kyiv_range = events
    assert (kyiv_day.start, kyiv_day.end, kyiv_day.precision) == (
        dt.date(2022, 4, 28), dt.date(2022, 4, 28), "day")
    assert kyiv_day.method == "relative" and "Thursday" in kyiv_day.evidence
    assert (kyiv_range.start, kyiv_range.end, kyiv_range.precision) == (
        dt.date(2022, 4, 26), dt.date(2022, 4, 29), "range")
    assert hungary.precision == "publication" and hungary.method == "fallback"
    assert "2031" in hungary.flag and hungary.date == dt.date(2022, 4, 26)


def _stored(store: Store) -> None:
    from placeline.models import Article, DateGuess

    article = Article("x.txt", "t", TEXT, "hash1",
                      published=DateGuess(dt.date(2022, 4, 26), "explicit", 0.97))
    article_id = store.add_article(article, _mentions())
    store.set_publication_date(article_id, article.published, story_id=article_id)
    store.replace_events(article_id, build_events(TEXT, _mentions(), dt.date(2022, 4, 26)))


def test_store_and_export_keep_provenance(store):
    _stored(store)
    frame = store.events_frame()
    assert {"date_method", "date_evidence", "date_flag", "story_id"} <= set(frame.columns)
    table = events_table(frame, {int(frame["article_id"][0]): TEXT})
    assert list(table.columns) == COLUMNS
    row = table[table["date_precision"] == "range"].iloc[0]
    assert (row["event_start"], row["event_end"]) == ("2022-04-26", "2022-04-29")
    day = table[table["date_precision"] == "day"].iloc[0]
    assert day["event_start"] == day["event_end"] == "2022-04-28"
    flagged = table[table["date_flag"] != ""]
    assert list(flagged["place"]) == ["Hungary"]
    assert "event_start" in to_csv(table).splitlines()[0]
    feature = json.loads(to_geojson(table))["features"][0]
    assert {"event_start", "event_end", "date_method", "story_id"} <= set(feature["properties"])


def test_an_old_database_gets_the_new_columns_without_losing_rows(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # the events table as first released
        conn.executescript(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
            " place_id TEXT NOT NULL, date TEXT, date_end TEXT, precision TEXT NOT NULL,"
            " snippet_start INTEGER NOT NULL, snippet_end INTEGER NOT NULL);"
            "INSERT INTO events VALUES (1, 1, 'p', '2022-04-26', NULL, 'day', 0, 5);")
    store = open_store(path)
    columns = {r[1] for r in store._conn.execute("PRAGMA table_info(events)")}
    assert {"date_method", "date_evidence", "date_flag"} <= columns
    rows = store._conn.execute("SELECT date, date_method FROM events").fetchall()
    assert [tuple(r) for r in rows] == [("2022-04-26", "")]
    store.close()
    open_store(path).close()  # opening again is a no-op


def test_cli_dates_lists_method_confidence_and_story(seeds_store, capsys):
    from placeline.cli import main

    assert main(["dates", "--db", str(seeds_store.path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id\tpublished\tmethod\tconfidence\tstory")
    by_seed = {Path(line.split("\t")[5]).name[:3]: line.split("\t") for line in lines[1:]}
    assert by_seed["002"][1:3] == ["2022-04-26", "inferred"]
    assert by_seed["001"][4] == by_seed["002"][4]


def test_the_slider_axis_can_be_publication_or_event_date(store):
    import pytest

    from placeline.eventindex import load_event_index

    _stored(store)
    by_event = load_event_index(store, "event")
    thursday = by_event.in_window(by_event.filtered(), "2022-04-28", "2022-04-28")
    assert set(by_event.summary(thursday)["place"]) == {"Kyiv"}  # Thursday, inside 26–29 April
    by_publication = load_event_index(store, "published")
    everything = by_publication.filtered()
    assert by_publication.days(everything) == ["2022-04-26"]
    assert not by_publication.in_window(everything, "2022-04-28", "2022-04-28").any()
    rows = store.events_by_ids(by_publication.event_ids(everything))
    assert "2022-04-28" in set(rows["date"])  # each event keeps its own date for display
    with pytest.raises(ValueError):
        load_event_index(store, "ingested")


def test_a_batch_with_impossible_dates_is_ingested_and_each_date_is_flagged(store, geoparser):
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline

    lines = [
        '{"id": "old", "date": "1850-01-01", "text": "Fighting in Kharkiv went on."}',
        '{"id": "future", "date": "2999-01-01", "text": "Talks in Istanbul went on."}',
        '{"id": "fine", "date": "2022-04-26", "text": "Shelling hit Mariupol again."}',
    ]
    report = Pipeline(store, geoparser).ingest(read_bytes("\n".join(lines).encode(), "b.jsonl"))
    assert len(report.added) == 3 and not report.failed
    frame = store.articles_frame().set_index("source")
    assert frame.loc["b.jsonl#fine", "published"] == "2022-04-26"
    for bad, year in (("b.jsonl#old", "1850"), ("b.jsonl#future", "2999")):
        assert frame.loc[bad, "published"] != f"{year}-01-01"
        assert year in frame.loc[bad, "published_evidence"]  # says what it refused


def test_the_ingest_report_warns_about_refused_publication_dates(store, geoparser):
    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline

    line = '{"id": "future", "date": "2999-01-01", "text": "Talks in Istanbul went on."}'
    report = Pipeline(store, geoparser).ingest(read_bytes(line.encode(), "w.jsonl"))
    assert len(report.added) == 1
    assert [w.source for w in report.warnings] == ["w.jsonl#future"]
    assert "2999" in report.warnings[0].reason and "warning w.jsonl#future" in report.summary()
