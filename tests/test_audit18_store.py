"""Audit 18, the store: a different article under a stored one's name is no new version of it
(item 2); a text recased, or its source's declared date fixed, is one (item 5); a correction
saved during an ingest reaches the articles stored after it (item 10); `export` and `backup`
never read their output path (item 11); `backup` takes no companion file's name, and a rebuild
of a sound store leaves only the kept copy (item 22)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from placeline import pipeline as pipeline_module
from placeline.cli import main
from placeline.ingest import RawDocument, content_hash, read_paths
from placeline.models import Place
from placeline.pipeline import Pipeline, load_corrections, prepare
from placeline.recovery import read_journal, rebuild
from placeline.store import open_store
from tests.conftest import ROOT

BRIEF_LEEDS = """Morning traffic brief
Published March 4, 2024
Drivers should expect delays on the M62 near Leeds this morning after a lorry overturned on \
Monday. Police said the road would reopen later today. Diversions are in place through \
Bradford. Commuters are advised to allow extra time and to check the latest travel updates \
before setting off.
"""
BRIEF_DURHAM = """Morning traffic brief
Published March 5, 2024
Drivers should expect delays on the A1 near Durham this morning after a lorry overturned on \
Tuesday. Police said the road would reopen later today. Diversions are in place through \
Darlington. Commuters are advised to allow extra time and to check the latest travel updates \
before setting off.
"""
MARKET = """Leeds market report
Published March {day}, 2024
Traders at Kirkgate Market in Leeds said footfall was steady this week, with fresh produce \
prices unchanged from the week before. Stallholders in Bradford and Wakefield reported similar \
trade, and the council said the market hall roof repairs remain on schedule for the spring.
"""
FLOOD = """Floodwaters rise along the Ohio River as Cincinnati braces for crest
date 2024-03-14
CINCINNATI — The Ohio River rose above flood stage on Wednesday, forcing the closure of \
riverside roads in Cincinnati and across the river in Covington, Kentucky.
Officials in Louisville said last Tuesday that the river would crest there on Saturday, and \
emergency crews spent Thursday stacking sandbags along the waterfront.
The National Weather Service said rainfall totals in Columbus and Dayton reached four inches \
over the weekend.
"""
STORM = "Storm update\nMarch 4, 2024\nThe storm reached new york on Monday and moved on to boston.\n"


def _ingest(store, geoparser, *paths):
    """As `ingest` does: with the store's corrections."""
    return Pipeline(store, geoparser.with_corrections(load_corrections(store))).ingest(
        read_paths(paths))


def _places(store, article_id: int) -> set[str]:
    return {m["name"] for m in store.mentions(article_id) if m["place_id"]}


# -- 2. a different article under the same name ----------------------------------------------

def test_a_daily_brief_saved_under_one_name_does_not_replace_yesterdays(store, geoparser,
                                                                        tmp_path):
    """The audit: the 5 March brief (the A1 near Durham) saved over the 4 March one (the M62
    near Leeds) shares most of its wording, and was taken for a new version: "1 updated",
    the Leeds events gone. They name no place in common: two articles, and the warning
    says why the second is not a version."""
    path = tmp_path / "brief.txt"
    path.write_text(BRIEF_LEEDS, encoding="utf-8")
    (monday,) = _ingest(store, geoparser, path).added
    path.write_text(BRIEF_DURHAM, encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert len(report.added) == 1 and not report.updated
    tuesday = report.added[0][1]
    assert {store.article(monday[1])["published"], store.article(tuesday)["published"]} == {
        "2024-03-04", "2024-03-05"}
    assert {"Leeds", "Bradford"} <= _places(store, monday[1])
    assert {"Durham", "Darlington"} <= _places(store, tuesday)
    (warning,) = [w for w in report.warnings if "same source" in w.reason]
    assert f"article {monday[1]} came from the same source" in warning.reason
    assert "no place in common (Bradford, Leeds; this one Darlington, Durham)" in warning.reason


def test_a_weekly_report_dated_a_week_later_is_a_new_article(store, geoparser, tmp_path):
    """The same places, most of the wording, but its own date a week after the stored
    one's: next week's report, not an edit of this week's."""
    path = tmp_path / "market.txt"
    path.write_text(MARKET.format(day=4), encoding="utf-8")
    assert len(_ingest(store, geoparser, path).added) == 1
    path.write_text(MARKET.format(day=11).replace("steady", "busy"), encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert len(report.added) == 1 and not report.updated
    assert store.article_count() == 2
    (warning,) = [w for w in report.warnings if "same source" in w.reason]
    assert "it is dated 2024-03-04 and this one 2024-03-11" in warning.reason


def test_the_updated_line_says_what_changed(store, geoparser, tmp_path):
    """An edit that keeps the date and a place is still a new version, and the line says
    what it changed, so a wrong replacement would show."""
    path = tmp_path / "flood.txt"
    path.write_text(FLOOD, encoding="utf-8")
    (added,) = _ingest(store, geoparser, path).added
    path.write_text(FLOOD.replace("Officials in Louisville said", "Officials in Frankfort said")
                    .replace("crest there", "crest in Louisville"), encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert report.updated == [(str(path), added[1])]
    assert f"updated {path}: a new version of article {added[1]} (now naming Frankfort)" in \
        report.summary()
    path.write_text(FLOOD.replace("four inches", "five inches"), encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert f"a new version of article {added[1]} (no longer naming Frankfort)" in \
        report.summary()
    path.write_text(FLOOD.replace("four inches", "five inches")  # its date alone fixed
                    .replace("date 2024-03-14", "date 2024-03-15"), encoding="utf-8")
    assert "(dated 2024-03-15, was 2024-03-14)" in _ingest(store, geoparser, path).summary()


# -- 5. a recased text, a fixed metadata date --------------------------------------------------

def test_a_fixed_date_in_a_feed_row_is_a_new_version(store, geoparser, tmp_path):
    """The audit: the same JSONL row with its "date" fixed from 2023 to 2024 was "already
    stored", and the article kept the wrong year."""
    feed = tmp_path / "feed.jsonl"
    row = {"id": "s1", "url": "https://news.example/s1", "date": "2023-03-04",
           "title": "Protest in Leeds", "text": "Thousands marched in Leeds on Monday."}
    feed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (added,) = _ingest(store, geoparser, feed).added
    assert store.article(added[1])["published"] == "2023-03-04"
    feed.write_text(json.dumps({**row, "date": "2024-03-04"}) + "\n", encoding="utf-8")
    report = _ingest(store, geoparser, feed)
    assert report.updated == [(f"{feed}#s1", added[1])]
    assert "(dated 2024-03-04, was 2023-03-04)" in report.summary()
    assert store.article(added[1])["published"] == "2024-03-04"
    assert set(store.events_frame()["date"]) == {"2024-03-04"}
    again = _ingest(store, geoparser, feed)
    assert (again.updated, again.duplicates) == ([], [f"{feed}#s1"])


def test_a_case_fix_is_a_new_version_and_keeps_its_corrections(store, geoparser, tmp_path):
    """The audit: "new york" and "boston" fixed to capitals were "already stored", and the
    article kept no places. The hash still ignores case (stored articles and one-article
    corrections are keyed by it), so the new version keeps its key and its corrections."""
    path = tmp_path / "storm.txt"
    path.write_text(STORM, encoding="utf-8")
    (added,) = _ingest(store, geoparser, path).added
    article_id = added[1]
    assert _places(store, article_id) == set()
    key = store.article(article_id)["content_hash"]
    elsewhere = Place(id="user:monday:10.0,10.0", name="Monday", lat=10.0, lon=10.0,
                      kind="city")
    store.add_correction("Monday", elsewhere, key)  # one-article, kept through the update
    path.write_text(STORM.replace("new york", "New York").replace("boston", "Boston"),
                    encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert report.updated == [(str(path), article_id)]
    # (its "Monday", found nowhere as a place, is one the correction adds: UI 65, 1.4)
    assert "its letter case" in report.summary() and \
        "now naming Boston, Monday, New York" in report.summary()
    article = store.article(article_id)
    assert "reached New York" in article["text"] and article["content_hash"] == key
    assert {"New York", "Boston"} <= _places(store, article_id)
    assert [(c["surface"], c["context_hint"]) for c in store.corrections()] == [("Monday", key)]
    if store.journal_path:  # (SQLite's: a PostgreSQL server keeps corrections itself)
        active, _ = read_journal(store.journal_path)
        assert [(surface, hint) for surface, hint, _ in active] == [("Monday", key)]
    again = _ingest(store, geoparser, path)
    assert (again.updated, again.duplicates) == ([], [str(path)])


def test_the_same_text_recased_from_another_source_is_still_stored_once(store, geoparser,
                                                                         tmp_path):
    """A guard: copies of one text are one article whatever their case (what the
    case-blind hash is for); only the source it came from can bring a new version."""
    first, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(STORM, encoding="utf-8")
    copy.write_text(STORM.upper(), encoding="utf-8")
    report = _ingest(store, geoparser, first, copy)
    assert (len(report.added), report.duplicates) == (1, [str(copy)])
    assert content_hash(STORM) == content_hash("  " + STORM.upper().replace(" ", "\n"))


# -- 10. a correction saved while an ingest runs -------------------------------------------------

TEXAS_COUNTY = Place(id="user:texas-county:37.3168,-91.9654", name="Texas County",
                     lat=37.3168, lon=-91.9654, kind="county", country="US")


def _texas_reports(count: int) -> list[RawDocument]:
    return [RawDocument(f"feed.jsonl#t{n}", (
        f"Storm report {n}\n\nMarch {n + 1}, 2024\n\nHail fell across Texas on Monday, and "
        f"crews cleared {n + 3} roads by the evening, officials said.\n"), {"id": f"t{n}"})
        for n in range(count)]


def _saving_midway(store, geoparser, items: list, after: int):
    """The items, with a correction of "Texas" in every article saved after `after` of them
    have been stored, as the dashboard's Save does (and reprocessing what it names)."""
    for number, item in enumerate(items):
        if number == after:
            store.add_correction("Texas", TEXAS_COUNTY, "")
            Pipeline(store, geoparser).reprocess(store.articles_with_surface("Texas"))
        yield item


def _pins_of_texas(store) -> dict[int, str]:
    return {article_id: m["place_id"] for article_id in store.article_ids()
            for m in store.mentions(article_id) if m["surface"] == "Texas"}


def test_a_correction_saved_during_an_ingest_reaches_its_later_articles(store, geoparser,
                                                                        monkeypatch):
    """The audit: "Texas" corrected in every article while a feed was read; the articles
    stored afterwards kept the state. Now the ingest reads the corrections again at its
    next commit group."""
    monkeypatch.setattr(pipeline_module, "COMMIT_EVERY", 2)
    documents = _texas_reports(6)
    report = Pipeline(store, geoparser).ingest(_saving_midway(store, geoparser, documents, 2))
    assert len(report.added) == 6
    pins = _pins_of_texas(store)
    assert len(pins) == 6 and set(pins.values()) == {TEXAS_COUNTY.id}, pins


def test_articles_prepared_elsewhere_follow_the_correction_too(store, geoparser, monkeypatch):
    """Dask's workers geoparse with the corrections of the ingest's start: the writer
    geoparses again the texts naming a correction made since."""
    monkeypatch.setattr(pipeline_module, "COMMIT_EVERY", 2)
    prepared = [prepare(document, geoparser) for document in _texas_reports(6)]
    assert all(m.place.id != TEXAS_COUNTY.id for p in prepared for m in p.mentions if m.place)
    Pipeline(store, geoparser).ingest(_saving_midway(store, geoparser, prepared, 2))
    assert set(_pins_of_texas(store).values()) == {TEXAS_COUNTY.id}


def test_the_corrections_revision_grows_with_each_change(store):
    before = store.corrections_revision()
    correction = store.add_correction("Texas", TEXAS_COUNTY, "")
    assert store.corrections_revision() == before + 1
    store.remove_correction(correction)
    assert store.corrections_revision() == before + 2


# -- 11. export and backup never read their output --------------------------------------------

def _store_with_an_article(path: Path, geoparser) -> Path:
    store = open_store(path)
    Pipeline(store, geoparser).ingest([RawDocument("flood.txt", FLOOD)])
    store.close()
    return path


def _placeline(folder: Path, *args, timeout: float = 30) -> subprocess.CompletedProcess:
    """The command line in a process of its own, run in `folder`: a hang is a timeout, not
    a stuck suite."""
    return subprocess.run([sys.executable, "-m", "placeline", *map(str, args)], cwd=folder,
                          capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_export_to_dev_stdout_or_dash_writes_the_csv(tmp_path, geoparser):
    """The audit: `export --out /dev/stdout | cat` waited forever (the output path was
    opened for reading to see whether it is a database)."""
    db = _store_with_an_article(tmp_path / "day.db", geoparser)
    for out in ("/dev/stdout", "-"):
        done = _placeline(tmp_path, "export", "--format", "csv", "--db", db, "--out", out)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("article_id,") and "Cincinnati" in done.stdout


def test_export_to_a_named_pipe_writes_into_it(tmp_path, geoparser):
    db = _store_with_an_article(tmp_path / "day.db", geoparser)
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text("utf-8")),
                              daemon=True)
    reader.start()
    try:
        done = _placeline(tmp_path, "export", "--format", "csv", "--db", db, "--out", fifo)
    finally:
        try:  # a reader still waiting for a writer (the export failed): let it go
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
        reader.join(10)
    assert done.returncode == 0, done.stderr
    assert received and received[0].startswith("article_id,")


@pytest.mark.parametrize("out", ["/dev/stdout", "-"])
def test_backup_to_a_stream_is_refused_at_once(tmp_path, geoparser, out):
    db = _store_with_an_article(tmp_path / "day.db", geoparser)
    done = _placeline(tmp_path, "backup", "--db", db, out)
    assert done.returncode == 2 and not done.stdout
    assert done.stderr.startswith("error: ") and "file" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day.db"]  # (no file "-")


# -- 22. backup under a companion's name; a rebuild of a sound store ---------------------------

@pytest.mark.parametrize("suffix", [".corrections.jsonl", "-wal", "-shm", "-journal"])
def test_backup_refuses_a_name_a_database_beside_it_would_take_for_its_own(
        tmp_path, geoparser, capsys, suffix):
    """The audit: `backup handover.db.corrections.jsonl` wrote a SQLite file there; opened,
    handover.db appended its journal lines to it, and its rebuild warned of 139 cut-off
    lines."""
    db = _store_with_an_article(tmp_path / "day.db", geoparser)
    out = tmp_path / f"handover.db{suffix}"
    code = main(["backup", "--db", str(db), str(out)])
    err = capsys.readouterr().err
    assert code == 2 and f"cannot write {out}: a name ending in" in err
    assert not out.exists()


def test_a_rebuild_of_a_sound_store_leaves_only_the_kept_copy(tmp_path, geoparser):
    """The audit: after the rebuild of a sound copy, its folder held `…damaged-…-shm` and
    `…-wal` beside the kept copy (the read-only look at it had made them)."""
    folder = tmp_path / "handover"
    folder.mkdir()
    db = _store_with_an_article(folder / "handover.db", geoparser)
    open_store(db).close()  # a colleague opened it: WAL mode, no log left on closing
    assert sorted(p.name for p in folder.iterdir()) == ["handover.db"]
    report = rebuild(db, log=lambda _: None, force=True)
    assert report.sound and report.salvaged == 1
    assert sorted(p.name for p in folder.iterdir()) == ["handover.db", report.kept_as.name]
