"""Audit 19, items 1, 6, 7 and 14: re-ingest is idempotent whatever the order of a story's
versions, an upload of an edited file is its stored article's new version, an ingest's
progress and end are recorded (and one the Ingest page starts goes on in the background),
and exports say the name as written, the confidence and where the coordinates come from."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from placeline.cli import main
from placeline.export import COLUMNS, store_table, to_csv, to_geojson
from placeline.htmlpage import LAST_MODIFIED
from placeline.ingest import UPLOAD, RawDocument, read_bytes, read_paths
from placeline.ingest_runs import (
    RUN_PREFIX,
    BackgroundIngest,
    RunRecord,
    ended_note,
    input_key,
    recorded_ingest,
    running,
    runs,
    stopped_note,
    unfinished,
)
from placeline.models import Place
from placeline.pipeline import IngestInterrupted, IngestReport, Pipeline, load_corrections
from placeline.store import open_store
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture

# -- item 14: exports ------------------------------------------------------------------------

MUMBAI = """Monsoon floods hit Bombay
date 2024-07-08
Floods hit Bombay on Monday, closing the airport. Officials in Cambridge said they would \
send help.
"""
OTHER = """Students march in Cambridge
date 2024-07-09
Students marched through Cambridge on Tuesday.
"""
ELSEWHERE = Place(id="user:cambridge:42.3736,-71.1097", name="Cambridge", lat=42.3736,
                  lon=-71.1097, kind="city", country="US", admin1="",
                  source="correction")


def _export_rows(store) -> list[dict]:
    return list(csv.DictReader(io.StringIO(to_csv(store_table(store, store.events_frame())))))


def test_exports_carry_the_name_as_written_the_confidence_and_a_correction(store, geoparser):
    """The audit: a corrected pin's row read "Cambridge, geonames:4931972" and nothing said
    the text named "Harvard", that the place was a user's correction, or how sure the
    resolution was (the dashboard filters on it; the CSV could not). The new columns come
    after the old ones, in their order."""
    report = Pipeline(store, geoparser).ingest([RawDocument("mumbai.txt", MUMBAI),
                                                RawDocument("other.txt", OTHER)])
    mumbai, other = (article_id for _, article_id in report.added)
    store.add_correction("Cambridge", ELSEWHERE, store.article(mumbai)["content_hash"])
    Pipeline(store, geoparser.with_corrections(load_corrections(store))).reprocess([mumbai])
    assert COLUMNS[:22] == ["article_id", "title", "published", "event_date", "date_end",
                            "date_precision", "place", "place_id", "kind", "country", "lat",
                            "lon", "snippet", "event_start", "event_end", "date_method",
                            "date_evidence", "date_flag", "published_method", "story_id",
                            "url", "source"]
    assert COLUMNS[22:25] == ["name_as_written", "confidence", "coordinates_from"]
    rows = _export_rows(store)
    by = {(int(r["article_id"]), r["place"]): r for r in rows}
    assert by[(mumbai, "Mumbai")]["name_as_written"] == "Bombay"
    assert by[(mumbai, "Mumbai")]["coordinates_from"] == "gazetteer"
    assert 0 < float(by[(mumbai, "Mumbai")]["confidence"]) < 1
    corrected = by[(mumbai, "Cambridge")]
    assert (corrected["place_id"], corrected["coordinates_from"],
            corrected["name_as_written"], corrected["confidence"]) == (
        ELSEWHERE.id, "correction", "Cambridge", "1.0")
    # The same name in another article, which the one-article correction leaves alone:
    assert by[(other, "Cambridge")]["coordinates_from"] == "gazetteer"
    features = json.loads(to_geojson(store_table(store, store.events_frame())))["features"]
    names = {(f["properties"]["article_id"], f["properties"]["name_as_written"],
              f["properties"]["coordinates_from"]) for f in features}
    assert (mumbai, "Cambridge", "correction") in names
    assert (mumbai, "Bombay", "gazetteer") in names


# -- item 1: re-ingest is idempotent, and an older version never replaces a newer one -------

STORY = {"id": "st-101", "url": "https://news.example/st-101", "published": "2024-03-04",
         "title": "Floods hit Leeds",
         "text": "Floods hit Leeds on Monday, closing roads into the city centre. The council "
                 "said no one was hurt. Residents in Wakefield were told to expect more rain "
                 "overnight."}
UPDATE = dict(STORY, text=STORY["text"] + " By Monday evening, two people had been rescued "
                                          "from cars in Wakefield.")
OTHER_STORY = {"id": "st-102", "url": "https://news.example/st-102", "published": "2024-03-05",
               "title": "Storm reaches York",
               "text": "The storm reached York on Tuesday, flooding the riverside. Shops in "
                       "Selby closed early."}
WAKEFIELD_MA = Place(id="user:wakefield:42.5064,-71.0728", name="Wakefield", lat=42.5064,
                     lon=-71.0728, kind="city", country="US", admin1="",
                     source="correction")


def _feed(path: Path, rows: list[dict], modified: float) -> Path:
    """A feed file whose modification time is `modified` (seconds since 1970)."""
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    os.utime(path, (modified, modified))
    return path


def _daily_exports(folder: Path) -> tuple[Path, Path]:
    """The audit's feeds: the 4th's export, and the 5th's with st-101 updated, written a day
    later."""
    folder.mkdir()
    return (_feed(folder / "feed_2024-03-04.jsonl", [STORY], 1_709_600_000),
            _feed(folder / "feed_2024-03-05.jsonl", [UPDATE, OTHER_STORY], 1_709_686_400))


def _state(store) -> tuple:
    """Everything a run that changes nothing leaves as it was."""
    articles = [(a, store.article(a)) for a in store.article_ids()]
    return ([(a, row["content_hash"], row["text"], row["metadata"], row["published"],
              row["story_id"], row["source"]) for a, row in articles],
            store.events_frame().drop(columns=["event_id"]).to_dict("records"),
            [(c["surface"], c["context_hint"], c["id"]) for c in store.corrections()],
            _journal_lines(store))


def _journal_lines(store) -> int:
    path = store.journal_path
    return len(path.read_text(encoding="utf-8").splitlines()) if path and path.exists() \
        else 0


def _ingest(store, geoparser, *paths):
    return Pipeline(store, geoparser.with_corrections(load_corrections(store))).ingest(
        read_paths(paths))


def test_reading_a_feed_folder_again_changes_nothing(store, geoparser, tmp_path):
    """The audit: each unchanged run rewrote the article twice, old text then new, moved its
    one-article correction back and forth (+4 journal lines) and said "2 updated"."""
    _daily_exports(tmp_path / "feeds")
    first = _ingest(store, geoparser, tmp_path / "feeds")
    assert (len(first.added), len(first.updated)) == (2, 1)
    (article_id,) = [a for _, a in first.updated]
    store.add_correction("Wakefield", WAKEFIELD_MA, store.article(article_id)["content_hash"])
    before = _state(store)
    for _ in range(2):
        again = _ingest(store, geoparser, tmp_path / "feeds")
        assert (again.added, again.updated, again.warnings) == ([], [], [])
        assert len(again.duplicates) == 3
        assert _state(store) == before
    assert "two people had been rescued" in store.article(article_id)["text"]


def test_an_older_version_read_after_the_newer_one_is_not_stored(store, geoparser, tmp_path):
    """The audit: the same two files named in the other order left the 4th's text, and
    "two people had been rescued" was gone without a word. The newer file's text stays; the
    older is "already stored" with a warning, once."""
    old, new = _daily_exports(tmp_path / "feeds")
    report = _ingest(store, geoparser, new, old)
    assert report.updated == [] and len(report.added) == 2
    assert report.duplicates == [f"{old}#st-101"]
    (warning,) = report.warnings
    assert warning.source == f"{old}#st-101"
    assert warning.reason.startswith("not stored: an older version of article ")
    assert "modified 2024-03-05 00:53:20 UTC, the stored one 2024-03-06 00:53:20 UTC" in \
        warning.reason
    (article_id,) = [a for s, a in report.added if s.endswith("#st-101")]
    assert "two people had been rescued" in store.article(article_id)["text"]
    before = _state(store)
    again = _ingest(store, geoparser, new, old)
    assert (again.added, again.updated, again.warnings) == ([], [], [])
    assert _state(store) == before
    assert _ingest(store, geoparser, tmp_path / "feeds").duplicates == [
        f"{old}#st-101", f"{new}#st-101", f"{new}#st-102"]


def test_the_time_a_row_says_it_was_modified_outranks_its_files(store, geoparser, tmp_path):
    """A row's own dateModified tells which version is newer before its file's time does
    (a feed re-exported later holds an old row)."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    _feed(folder / "a.jsonl", [dict(UPDATE, dateModified="2024-03-05T09:00:00Z")],
          1_709_600_000)
    _feed(folder / "b.jsonl", [dict(STORY, dateModified="2024-03-04T09:00:00Z")],
          1_709_686_400)
    for paths in ([folder], [folder / "b.jsonl", folder / "a.jsonl"]):
        store.delete_articles(store.article_ids())
        report = _ingest(store, geoparser, *paths)
        (article_id,) = store.article_ids()
        assert "two people had been rescued" in store.article(article_id)["text"], paths
        assert report.updated == [] or report.updated[0][0].startswith(str(folder / "a"))


def test_a_file_put_back_as_it_was_is_its_newest_version(store, geoparser, tmp_path):
    """An edit undone in the file (its time now the latest) is the article's text again,
    though the article had that text before."""
    path = tmp_path / "leeds.txt"
    texts = [f"{STORY['title']}\ndate 2024-03-04\n{STORY['text']}",
             f"{UPDATE['title']}\ndate 2024-03-04\n{UPDATE['text']}"]
    for number, text in enumerate([texts[0], texts[1], texts[0]]):
        path.write_text(text, encoding="utf-8")
        os.utime(path, (1_709_600_000 + number * 3600,) * 2)
        report = _ingest(store, geoparser, path)
        assert len(report.added) + len(report.updated) == 1
    (article_id,) = store.article_ids()
    assert "two people had been rescued" not in store.article(article_id)["text"]


def test_a_feed_that_appends_a_story_s_updates_keeps_the_last(store, geoparser, tmp_path):
    """One file with a story's versions one after another (an append-only feed): its last
    line is stored, and a run after changes nothing (its rows share the file's time)."""
    path = _feed(tmp_path / "feed.jsonl", [STORY, OTHER_STORY, UPDATE], 1_709_600_000)
    first = _ingest(store, geoparser, path)
    assert (len(first.added), len(first.updated)) == (2, 1)
    before = _state(store)
    again = _ingest(store, geoparser, path)
    assert (again.added, again.updated, again.warnings) == ([], [], [])
    assert _state(store) == before
    (article_id,) = [a for _, a in first.updated]
    assert "two people had been rescued" in store.article(article_id)["text"]


def test_an_archive_s_members_are_dated_by_their_own_times(store, geoparser):
    """An uploaded zip of two daily exports, the newer first by name: each member's own time
    tells the newer version (an upload has no file time of its own)."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, rows, day in (("a/feed.jsonl", [UPDATE], 5), ("b/feed.jsonl", [STORY], 4)):
            zipped.writestr(zipfile.ZipInfo(name, date_time=(2024, 3, day, 10, 0, 0)),
                            "".join(json.dumps(row) + "\n" for row in rows))
    for _ in range(2):
        report = Pipeline(store, geoparser).ingest(
            read_bytes(archive.getvalue(), "upload:feeds.zip"))
        assert report.updated == []
    (article_id,) = store.article_ids()
    assert "two people had been rescued" in store.article(article_id)["text"]


def test_a_page_s_modified_time_is_kept_for_its_versions_not_its_date():
    """A page's article:modified_time, or its JSON-LD dateModified, is kept to tell its
    versions apart; it dates nothing where the page gives its publication date."""
    page = ('<html><head><meta property="article:published_time" content="2024-03-04">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": '
            '"2024-03-05T08:00:00Z"}</script></head><body><article><h1>Floods hit Leeds</h1>'
            f"<p>{STORY['text']}</p></article></body></html>")
    (document,) = read_bytes(page.encode(), "leeds.html")
    assert document.metadata[LAST_MODIFIED] == "2024-03-05T08:00:00Z"
    assert "modified" not in document.metadata
    (document,) = read_bytes(page.replace("<script", '<meta property="article:modified_time"'
                                          ' content="2024-03-06T08:00:00Z"><script')
                             .encode(), "leeds.html")
    assert document.metadata[LAST_MODIFIED] == "2024-03-06T08:00:00Z"


# -- item 6: an edited file uploaded is its stored article's new version ---------------------

QUAKE = """Strong earthquake rattles Iwate
Published 2024-03-14
A magnitude 6.1 earthquake struck off the coast of Iwate Prefecture early Thursday, shaking \
buildings in Morioka and Sendai. Japan's Meteorological Agency said there was no tsunami threat.
Bullet train services between Tokyo and Sendai were halted for an hour.
"""
QUAKE_FIXED = QUAKE.replace("early Thursday", "early Wednesday").replace("6.1", "6.4")


def _upload(store, geoparser, text: str, name: str):
    """As the Ingest page reads an uploaded file."""
    return Pipeline(store, geoparser.with_corrections(load_corrections(store))).ingest(
        read_bytes(text.encode("utf-8"), f"{UPLOAD}{name}"))


def _morioka_dates(store) -> set[tuple[int, str]]:
    events = store.events_frame()
    return {(int(a), d) for a, d in
            events.loc[events["place"] == "Morioka", ["article_id", "date"]].values}


def test_an_edited_file_uploaded_replaces_the_article_it_was(store, geoparser, tmp_path):
    """The audit: quake.txt ingested by the CLI, its date fixed ("early Thursday" → "early
    Wednesday") and the file uploaded on the Ingest page, was "1 added": the quake stood on
    both days on the map. An upload of a file's name is now its new version, under the rules
    of a name alone (wording, places, own date), and the next upload of it too."""
    path = tmp_path / "news" / "quake.txt"
    path.parent.mkdir()
    path.write_text(QUAKE, encoding="utf-8")
    (added,) = _ingest(store, geoparser, path).added
    article_id = added[1]
    report = _upload(store, geoparser, QUAKE_FIXED, "quake.txt")
    assert (report.added, report.updated) == ([], [("upload:quake.txt", article_id)])
    assert store.article_ids() == [article_id]
    assert _morioka_dates(store) == {(article_id, "2024-03-13")}
    again = _upload(store, geoparser, QUAKE_FIXED.replace("6.4", "6.5"), "quake.txt")
    assert again.updated == [("upload:quake.txt", article_id)]
    assert store.article_ids() == [article_id]


def test_a_file_read_after_its_upload_is_its_new_version(store, geoparser, tmp_path):
    """The other way round: uploaded first, then the edited file read from a folder."""
    (added,) = _upload(store, geoparser, QUAKE, "quake.txt").added
    path = tmp_path / "quake.txt"
    path.write_text(QUAKE_FIXED, encoding="utf-8")
    report = _ingest(store, geoparser, path)
    assert (report.added, report.updated) == ([], [(str(path), added[1])])


def test_an_uploaded_feed_row_is_the_new_version_of_the_file_s_row(store, geoparser, tmp_path):
    """A feed's row uploaded under its file's name is the same row: its id names it (here
    without a URL, which would name it anywhere)."""
    rows = [{k: v for k, v in row.items() if k != "url"} for row in (STORY, OTHER_STORY, UPDATE)]
    _feed(tmp_path / "feed.jsonl", rows[:2], 1_709_600_000)
    first = _ingest(store, geoparser, tmp_path / "feed.jsonl")
    (article_id,) = [a for s, a in first.added if s.endswith("#st-101")]
    report = Pipeline(store, geoparser).ingest(read_bytes(
        (json.dumps(rows[2]) + "\n").encode(), f"{UPLOAD}feed.jsonl"))
    assert (report.added, report.updated) == ([], [("upload:feed.jsonl#st-101", article_id)])


def test_another_story_uploaded_under_a_stored_file_s_name_is_a_new_article(store, geoparser,
                                                                            tmp_path):
    """A name alone does not make a version: index.html of another story is another
    article, with the warning that names the one it was taken for."""
    (tmp_path / "index.html").write_text(
        f"<html><body><article><h1>{STORY['title']}</h1><p>{STORY['text']}</p></article>"
        "</body></html>", encoding="utf-8")
    _ingest(store, geoparser, tmp_path / "index.html")
    report = _upload(store, geoparser, "<html><body><article><h1>Port strike</h1><p>Dock "
                     "workers walked off the job at the Port of Rotterdam on Thursday, "
                     "halting container traffic.</p></article></body></html>", "index.html")
    assert len(report.added) == 1 and report.updated == []
    assert len(store.article_ids()) == 2


# -- item 7: an ingest's progress and end are recorded; the page's goes on in the background -

def _briefs(count: int) -> list[dict]:
    towns = ["Leeds", "York", "Hull", "Bradford", "Wakefield", "Harrogate", "Selby", "Ripon"]
    return [{"id": f"b{n}", "date": f"2024-03-{n + 1:02d}", "title": f"Floods in {town}",
             "text": f"Floods closed roads in {town} on {n + 1} March, the council said."}
            for n, town in enumerate(towns[:count])]


def _stopping_after(documents, count: int):
    """The documents, then Ctrl-C after `count` of them."""
    for number, document in enumerate(documents, start=1):
        if number > count:
            raise KeyboardInterrupt
        yield document


def test_an_ingest_records_how_far_it_got_and_how_it_ended(store, geoparser, tmp_path):
    """The audit: an ingest stopped after 364 of 600 documents, and nothing recorded or said
    so. Every run keeps its record in the store: its input, documents given and read, its
    state and what it stored."""
    feed = _feed(tmp_path / "feed.jsonl", _briefs(4), 1_709_600_000)
    record = RunRecord(store, "feed.jsonl", input_key([feed]), 4, "cli")
    with pytest.raises(IngestInterrupted):
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(read_paths([feed]), 2),
                        record)
    (run,) = runs(store)
    assert (run["state"], run["read"], run["total"], run["added"], run["where"]) == (
        "interrupted", 2, 4, 2, "cli")
    assert unfinished(store) == [run]
    note = stopped_note(run)
    assert note.startswith("The ingest of feed.jsonl from the command line (started ")
    assert ") stopped after 2 of 4 documents read (it was interrupted; it had added 2 " \
        "articles). Ingest the same input again to finish it" in note
    again = recorded_ingest(Pipeline(store, geoparser), read_paths([feed]),
                            RunRecord(store, "feed.jsonl", input_key([feed]), 4, "cli"))
    assert (len(again.added), len(again.duplicates)) == (2, 2)
    assert [r["state"] for r in runs(store)] == ["done", "interrupted"]
    assert unfinished(store) == []  # the same input ran to its end since
    assert ended_note(runs(store)[0]).endswith(": 2 added · 2 already stored · 0 skipped.")


def test_a_run_whose_process_is_gone_was_interrupted(store):
    """A server stopped or killed during an ingest leaves its record "running": its process
    is gone, so it was interrupted."""
    finished = subprocess.run([sys.executable, "-c", "pass"], check=True)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert finished.returncode == 0
    store.set_setting(f"{RUN_PREFIX}x1", json.dumps({
        "id": "x1", "input": "synth600.jsonl", "key": "upload:synth600.jsonl", "where": "page",
        "total": 600, "read": 364, "state": "running", "started": "2024-03-05T10:00:00+00:00",
        "heard": "2024-03-05T10:00:06+00:00", "pid": gone.pid, "host": socket.gethostname()}))
    (run,) = unfinished(store)
    assert (run["state"], run["ended_by"]) == ("interrupted", "its process ended")
    assert "stopped after 364 of 600 documents read (its process ended)" in stopped_note(run)
    assert running(store) == []
    store.set_setting(f"{RUN_PREFIX}x1", json.dumps({**json.loads(store.setting(
        f"{RUN_PREFIX}x1")), "pid": os.getpid()}))  # (a process that is alive)
    assert [r["id"] for r in running(store)] == ["x1"] and unfinished(store) == []


def _interrupted_upload(store, count: int = 4, read: int = 2, name: str = "feed.jsonl") -> None:
    record = RunRecord(store, name, input_key([name], upload=True), count, "page").start()
    record.read = read
    record.finish("interrupted")


def test_the_cli_tells_an_ingest_that_stopped_and_goes_on_with_it(tmp_path, capsys,
                                                                   geoparser):
    db = tmp_path / "news.db"
    feed = _feed(tmp_path / "feed.jsonl", _briefs(4), 1_709_600_000)
    other = _feed(tmp_path / "other.jsonl", _briefs(6)[4:], 1_709_600_000)
    store = open_store(db)
    _interrupted_upload(store, name="synth600.jsonl")  # (feed.jsonl's upload: the ingest of
    # feed.jsonl below would finish it, test_left20_ingest)
    with pytest.raises(KeyboardInterrupt):  # (Ctrl-C, which `main` makes exit 130)
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(read_paths([other]), 1),
                        RunRecord(store, str(other), input_key([other]), 2, "cli"))
    store.close()
    assert main(["ingest", str(feed), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "note: The ingest of synth600.jsonl from the Ingest page (started " in err
    assert "stopped after 2 of 4 documents read (it was interrupted)" in err
    assert f"note: The ingest of {other} from the command line" in err
    assert main(["ingest", str(other), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert (f"note: going on with the ingest of {other} that stopped after 1 of 2 documents "
            "read; the articles it stored are skipped") in err
    assert "from the Ingest page" in err  # (that one still to be finished)
    assert [r["state"] for r in runs(open_store(db))][:2] == ["done", "done"]


def test_the_pages_tell_an_ingest_that_stopped_before_its_end(app_db):  # noqa: F811
    store = open_store(app_db)
    _interrupted_upload(store)
    store.close()
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    (warning,) = at.warning
    assert "stopped after 2 of 4 documents read" in warning.value
    for page in ("dashboard.py", "pages/1_Articles.py"):
        shown = _run(page)
        assert not shown.exception
        assert any("stopped after 2 of 4 documents read" in w.value for w in shown.warning)
    at.button(key=next(b.key for b in at.button if (b.key or "").startswith("forget_"))) \
        .click().run()
    assert not at.warning and unfinished(open_store(app_db)) == []


def test_the_ingest_page_runs_its_ingest_in_a_thread_of_its_own(app_db, tmp_path,  # noqa: F811
                                                                monkeypatch):
    """Leaving the page stops its script (Streamlit raises in it); the ingest is not in it,
    so it goes on, and the page follows it when shown again."""
    threads = []
    ingest = Pipeline.ingest

    def recorded(self, documents, *args, **kwargs):
        threads.append(threading.current_thread())
        return ingest(self, documents, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "ingest", recorded)
    folder = tmp_path / "incoming"
    folder.mkdir()
    _feed(folder / "feed.jsonl", _briefs(3), 1_709_600_000)
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run()
    assert not at.exception
    assert "3 added" in at.success[0].value
    (thread,) = threads
    assert thread is not threading.main_thread() and thread.name.startswith("placeline-ingest")
    job = at.session_state["ingest_job"]
    assert isinstance(job, BackgroundIngest) and job.done.is_set()
    at.switch_page("pages/1_Articles.py").run()
    at.switch_page("pages/3_Ingest.py").run()  # (its report is still shown)
    assert "3 added" in at.success[0].value
    (run,) = runs(open_store(app_db))
    assert (run["state"], run["read"], run["total"], run["where"]) == ("done", 3, 3, "page")


def test_the_ingest_page_opened_anew_follows_an_ingest_under_way(app_db,  # noqa: F811
                                                                 progress_shown):
    """The page opened in another tab, or reloaded (a new session), follows an ingest under
    way elsewhere by its record, then tells how it ended."""
    store = open_store(app_db)
    record = RunRecord(store, "feed.jsonl", input_key(["feed.jsonl"], upload=True), 4,
                       "page").start()

    def work() -> None:
        writer = open_store(app_db)
        record.store = writer
        for number in range(1, 5):
            time.sleep(1.0)
            record.tick(number, f"upload:feed.jsonl#b{number}")
            record.heard()
        record.finish("done", IngestReport(added=[("x", 1)] * 4))

    thread = threading.Thread(target=work)
    thread.start()
    at = _run("pages/3_Ingest.py")
    thread.join()
    assert not at.exception
    read = [text for _, text in progress_shown if text and "documents read" in text]
    assert len(read) >= 2 and all(" of 4 documents read" in text for text in read)
    assert any("documents read · upload\\:feed\\.jsonl\\#b" in text for text in read)
    assert any(c.value.startswith("The last ingest, of feed\\.jsonl from the Ingest page, "
                                  "ended at ") and c.value.endswith(
        ": 4 added · 0 already stored · 0 skipped\\.") for c in at.caption)


def test_a_store_written_before_file_times_keeps_its_newer_text(store, geoparser, tmp_path):
    """An article stored before file times were kept has none in its metadata: its file's
    time as it is now stands in, so the older export read alone is "already stored" (it had
    replaced the newer text, "two people had been rescued" lost — a review)."""
    old, new = _daily_exports(tmp_path / "feeds")
    (article_id,) = [a for s, a in _ingest(store, geoparser, new).added if s.endswith("#st-101")]
    with store.transaction() as tx:  # as a store written before kept it: no file time
        row = tx.execute("SELECT metadata FROM articles WHERE id = ?", (article_id,)).fetchone()
        metadata = {k: v for k, v in json.loads(row[0]).items() if k != "file_modified"}
        tx.execute("UPDATE articles SET metadata = ? WHERE id = ?",
                   (json.dumps(metadata), article_id))
    report = _ingest(store, geoparser, old)
    assert report.updated == [] and report.duplicates == [f"{old}#st-101"]
    assert "two people had been rescued" in store.article(article_id)["text"]
