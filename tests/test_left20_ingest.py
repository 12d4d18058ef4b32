"""Left open by the twentieth session's reviews (ingest, versions and dates): an ingest that
stopped is no longer told once another route read its input to the end; the store's revision
moves only when its content does; a file stored by a path relative to another working folder
is found again; a postponement's new day lies after the one first set; and after a UTC stamp
an event that stands on the publication date is on its place's calendar, as "today" is."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from placeline import ingest_runs
from placeline.cli import main
from placeline.export import store_table, to_csv
from placeline.ingest import read_bytes, read_paths
from placeline.ingest_runs import recorded_ingest, runs, unfinished
from placeline.pipeline import IngestInterrupted, Pipeline
from placeline.store import open_store
from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture
from tests.test_audit17_reingest import PORT
from tests.test_audit19_dates import _guess
from tests.test_audit19_ingest import (
    _briefs,
    _daily_exports,
    _feed,
    _ingest,
    _stopping_after,
)

# -- 1. a stopped ingest, finished by another route ------------------------------------------


def _stopped_upload(store, geoparser, feed: Path, read: int = 2) -> None:
    """The Ingest page's upload of `feed`, stopped after `read` documents (its record as the
    page makes it, with its content's digest: a record without one, written before, cannot
    tell a file of its name that holds it from another, review 20)."""
    data = feed.read_bytes()
    record = ingest_runs.upload_record(store, [(feed.name, data)])
    with pytest.raises(IngestInterrupted):
        recorded_ingest(Pipeline(store, geoparser),
                        _stopping_after(read_bytes(data, f"upload:{feed.name}"), read), record)


def test_an_upload_stopped_half_way_is_finished_by_ingesting_its_file(tmp_path, capsys,
                                                                      geoparser):
    """The review: an upload stopped half-way, then `ingest FILE` of the same file to its
    end, and every page still asked the user to finish it."""
    db = tmp_path / "news.db"
    feed = _feed(tmp_path / "feed.jsonl", _briefs(4), 1_709_600_000)
    store = open_store(db)
    _stopped_upload(store, geoparser, feed)
    assert [run["state"] for run in unfinished(store)] == ["interrupted"]
    store.close()
    assert main(["ingest", str(feed), "--db", str(db)]) == 0
    assert ("note: going on with the ingest of feed.jsonl from the Ingest page that stopped "
            "after 2 of 4 documents read") in capsys.readouterr().err
    store = open_store(db)
    assert unfinished(store) == []
    done, stopped = runs(store)
    assert (done["state"], stopped["state"], stopped["superseded_by"]) == (
        "done", "superseded", done["id"])
    assert len(store.article_ids()) == 4


def test_an_ingest_stopped_on_a_file_is_finished_by_its_upload_or_its_folder(store, geoparser,
                                                                             tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    feed = _feed(folder / "feed.jsonl", _briefs(4), 1_709_600_000)
    record = ingest_runs.path_record(store, [feed], "cli")
    with pytest.raises(IngestInterrupted):
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(read_paths([feed]), 1),
                        record)
    data = feed.read_bytes()
    recorded_ingest(Pipeline(store, geoparser), read_bytes(data, "upload:feed.jsonl"),
                    ingest_runs.upload_record(store, [("feed.jsonl", data)]))
    assert unfinished(store) == []
    _stopped_upload(store, geoparser, feed, read=3)
    recorded_ingest(Pipeline(store, geoparser), read_paths([folder]),
                    ingest_runs.path_record(store, [folder], "cli"))  # (the folder that holds it)
    assert unfinished(store) == []
    assert [run["state"] for run in runs(store)] == ["done", "superseded", "done",
                                                     "superseded"]


def test_an_ingest_of_part_of_a_stopped_input_leaves_it_told(store, geoparser, tmp_path):
    """An upload of two files, stopped; one of them ingested: the other may still be missing,
    and a folder ingested in part (one file of it) has not read all the folder. (One run
    must read all of a stopped one's input: runs are not added up.)"""
    first = _feed(tmp_path / "first.jsonl", _briefs(2), 1_709_600_000)
    second = _feed(tmp_path / "second.jsonl", _briefs(4)[2:], 1_709_600_000)
    uploads = [(path.name, path.read_bytes()) for path in (first, second)]
    with pytest.raises(IngestInterrupted):
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(
            (doc for name, data in uploads for doc in read_bytes(data, f"upload:{name}")), 1),
            ingest_runs.upload_record(store, uploads))
    recorded_ingest(Pipeline(store, geoparser), read_paths([first]),
                    ingest_runs.path_record(store, [first], "cli"))
    assert [run["input"] for run in unfinished(store)] == ["first.jsonl, second.jsonl"]
    folder_record = ingest_runs.path_record(store, [tmp_path], "cli")
    with pytest.raises(IngestInterrupted):
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(read_paths([tmp_path]), 1),
                        folder_record)
    recorded_ingest(Pipeline(store, geoparser), read_paths([second]),
                    ingest_runs.path_record(store, [second], "cli"))
    assert [run["input"] for run in unfinished(store)] == [str(tmp_path),
                                                           "first.jsonl, second.jsonl"]


# -- 2. the revision moves when the content does ---------------------------------------------


def _ingest_recorded(store, geoparser, *paths):
    """`ingest PATHS` as the command line runs it, its run recorded."""
    return recorded_ingest(Pipeline(store, geoparser), read_paths(paths),
                           ingest_runs.path_record(store, paths, "cli"))


def test_an_ingest_that_stores_nothing_new_leaves_the_revision(store, geoparser, tmp_path):
    """The review: every ingest moved the revision the dashboard's caches are keyed on, one
    that found everything "already stored" too (its commit groups and its run's record), so
    the caches were thrown away for nothing."""
    old, new = _daily_exports(tmp_path / "feeds")
    _ingest_recorded(store, geoparser, new)
    before = store.last_change()
    again = _ingest_recorded(store, geoparser, new)
    assert (again.added, again.updated, len(again.duplicates)) == ([], [], 2)
    assert store.last_change() == before
    store.set_setting("a setting", "1")  # (the run records, the story terms' rule…)
    store.remove_setting("a setting")
    assert store.last_change() == before
    first = _ingest_recorded(store, geoparser, old)  # an older version: its key is kept
    assert first.warnings and store.last_change() > before
    before = store.last_change()
    _ingest_recorded(store, geoparser, old)  # … so the next run says nothing, and stores
    assert store.last_change() == before     # nothing
    _ingest_recorded(store, geoparser, _feed(tmp_path / "more.jsonl", _briefs(1), 1_709_700_000))
    assert store.last_change() > before


def test_the_revision_moves_with_every_change_of_content(store):
    """Articles, mentions, events, places, corrections and dates set by hand move it."""
    import datetime as dt

    from placeline.models import Article, Event, Mention, Place

    york = Place(id="geonames:2633352", name="York", lat=53.96, lon=-1.08, kind="city",
                 country="GB")
    article = Article(source="a.txt", title="Floods in York", text="Floods hit York.",
                      content_hash="h1", published=None)
    before = store.last_change()
    article_id = store.add_article(article, [Mention(10, 14, "York", york, 0.9)])
    assert store.last_change() > before
    steps = [
        lambda: store.replace_events(article_id, [Event(york.id, dt.date(2024, 3, 5), None,
                                                        "day", 0, 16)]),
        lambda: store.replace_mentions(article_id, []),
        lambda: store.upsert_place(york),
        lambda: store.update_metadata(article_id, {"x": 1}),
        lambda: store.add_correction("York", york),
        lambda: store.remove_correction(store.corrections()[0]["correction_id"]),
        lambda: store.set_date_correction("h1", dt.date(2024, 3, 5)),
        lambda: store.remove_date_correction("h1"),
        lambda: store.delete_articles([article_id]),
    ]
    for step in steps:
        before = store.last_change()
        step()
        assert store.last_change() > before, step
    before = store.last_change()
    assert store.add_article(article, []) is not None  # (stored again: deleted above)
    assert store.add_article(article, []) is None and store.last_change() == before + 1


def test_the_ingest_page_keeps_the_caches_after_an_ingest_that_changed_nothing(
        app_db, tmp_path, monkeypatch):  # noqa: F811
    import app_common

    refreshed = []
    monkeypatch.setattr(app_common, "refresh", lambda: refreshed.append(1))
    folder = tmp_path / "incoming"
    folder.mkdir()
    _feed(folder / "feed.jsonl", _briefs(2), 1_709_600_000)
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run()
    assert "2 added" in at.success[0].value and refreshed == [1]
    at.button[0].click().run()
    assert not at.exception
    assert "0 added · 2 already stored" in at.success[0].value and refreshed == [1]


# -- 3. a file stored by a path relative to another working folder ---------------------------

LEEDS = """Floods close roads in Leeds
date 2024-03-14
Floods closed roads across Leeds on Wednesday after the River Aire burst its banks, and \
trains to York were cancelled.
Council crews in Bradford handed out sandbags, and the Environment Agency warned that more \
rain would fall over Wakefield on Thursday.
"""
LEEDS_EDITED = LEEDS.replace("trains to York were cancelled", "trains to York and Harrogate "
                             "were cancelled until further notice")


def _reading(tmp_path: Path) -> tuple[Path, Path, Path]:
    """/…/main/data/x.txt, the folder main it is read from first, and another folder."""
    main_folder, other = tmp_path / "main", tmp_path / "other"
    (main_folder / "data").mkdir(parents=True)
    other.mkdir()
    path = main_folder / "data" / "x.txt"
    path.write_text(LEEDS, encoding="utf-8")
    return path, main_folder, other


def _edit(path: Path, text: str) -> None:
    """A new version of the file, written later than the one before."""
    before = path.stat().st_mtime
    path.write_text(text, encoding="utf-8")
    os.utime(path, (before + 60, before + 60))


def test_a_file_stored_relative_to_another_folder_is_found_again(store, geoparser, tmp_path,
                                                                 monkeypatch):
    """The review: an article ingested as data/x.txt in /work/main, then edited and read
    again from another folder (by its absolute path, or ../main/data/x.txt), had become a
    second article; the path is kept as given, with the folder it was read in."""
    path, main_folder, other = _reading(tmp_path)
    monkeypatch.chdir(main_folder)
    ((source, article_id),) = _ingest(store, geoparser, "data/x.txt").added
    assert source == "data/x.txt"
    monkeypatch.chdir(other)
    _edit(path, LEEDS_EDITED)
    report = _ingest(store, geoparser, str(path))
    assert report.added == [] and report.updated == [(str(path), article_id)]
    _edit(path, LEEDS_EDITED.replace("further notice", "Friday"))
    report = _ingest(store, geoparser, "../main/data/x.txt")
    assert report.added == [] and report.updated == [("../main/data/x.txt", article_id)]
    assert store.article_ids() == [article_id]
    exported = to_csv(store_table(store, store.events_frame()))
    assert str(tmp_path) not in exported and "main" not in exported  # (the file's name only)


def test_another_file_of_the_same_relative_path_is_another_article(store, geoparser, tmp_path,
                                                                  monkeypatch):
    """data/x.txt read in another folder is another file: a new article, without a warning
    that it came from the same source (it had been taken for a version of the first). Its
    text being the first's edited, it is told of it, by the folder it was read in (audit 20,
    item 4: it had been stored without a word)."""
    _, main_folder, other = _reading(tmp_path)
    monkeypatch.chdir(main_folder)
    ((_, article_id),) = _ingest(store, geoparser, "data/x.txt").added
    (other / "data").mkdir()
    (other / "data" / "x.txt").write_text(LEEDS_EDITED, encoding="utf-8")
    monkeypatch.chdir(other)
    report = _ingest(store, geoparser, "data/x.txt")
    assert len(report.added) == 1 and report.updated == []
    [warning] = report.warnings
    assert warning.reason.startswith(
        f"stored as a new article, though it reads as a new version of article {article_id} "
        f"(data/x.txt, read in {main_folder}), a file of its name in another folder")


def test_a_tail_alone_ties_no_file_of_a_store_written_before(store, geoparser, tmp_path,
                                                              monkeypatch):
    """A store written before kept no working folder: a file stored as x.txt is no version
    of every x.txt ("index.html" of each site would have been warned of as "from the same
    source")."""
    path, main_folder, other = _reading(tmp_path)
    monkeypatch.chdir(path.parent)
    ((_, article_id),) = _ingest(store, geoparser, "x.txt").added
    store.update_metadata(article_id, {"read_in": None})
    (other / "x.txt").write_text(PORT, encoding="utf-8")
    monkeypatch.chdir(main_folder)
    report = _ingest(store, geoparser, str(other / "x.txt"))
    assert len(report.added) == 1 and report.warnings == []


# -- 4. what was put off to a weekday lies after it was put off ------------------------------


@pytest.mark.parametrize("published, sentence, expected", [
    # the review's: in Sunday's paper the match set for Saturday (the day before) is put off
    # to the Monday after it, not the Monday before
    ("2024-03-10", "The match, set for Saturday, was postponed until Monday in Xville.",
     "2024-03-11"),
    ("2024-03-13", "The match, set for Saturday, was postponed until Monday in Xville.",
     "2024-03-11"),  # (in Wednesday's, the same Monday, gone by)
    ("2024-03-16", "The match, set for Saturday, was postponed until Monday in Xville.",
     "2024-03-18"),  # (set for that very Saturday)
    # without the day first set: the nearer one, as a past account's deadline
    ("2024-03-10", "The vote in Xville was postponed until Monday.", "2024-03-11"),
    ("2024-03-16", "The Xville vote was delayed until Monday.", "2024-03-18"),
    ("2024-03-10", "Rain pushed the Xville derby back to Monday.", "2024-03-11"),
    ("2024-03-16", "The Xville launch was pushed back to Tuesday.", "2024-03-19"),
    ("2024-03-10", "The hearing in Xville was adjourned until Tuesday.", "2024-03-12"),
    ("2024-03-15", "On Friday officials postponed the Xville match until Monday.", "2024-03-18"),
    # the put-off's own tense, not the clause's ("scheduled" had looked ahead)
    ("2024-03-10", ("The derby, which had been scheduled for Saturday, was delayed until "
                    "Monday in Xville."), "2024-03-11"),
    ("2024-03-13", "The Xville hearing has been postponed until Monday.", "2024-03-18"),
    ("2024-03-13", "The Xville vote will be postponed until Monday.", "2024-03-18"),
])
def test_what_was_put_off_to_a_weekday_lies_after_it_was_put_off(published, sentence,
                                                                  expected):
    guess = _guess(published, sentence)
    assert (guess.date.isoformat(), guess.precision) == (expected, "day"), guess


@pytest.mark.parametrize("published, sentence, expected", [
    # no put-off: a past account's weekday, and its deadline, as before
    ("2024-03-13", "The bridge in Xville was closed until Monday.", "2024-03-11"),
    ("2024-03-10", "Troops moved to Xville on Monday.", "2024-03-04"),
    ("2024-03-10", "Officials moved residents of Xville to shelters on Monday.", "2024-03-04"),
    ("2024-03-13", "Trains to Xville were delayed for hours Monday.", "2024-03-11"),
])
def test_other_past_weekdays_stay_as_they_were(published, sentence, expected):
    guess = _guess(published, sentence)
    assert guess.date.isoformat() == expected, guess


# -- 5. after a UTC stamp, the publication date standing in is the place's ------------------


def test_after_a_utc_stamp_an_undated_mention_is_on_its_place_s_calendar(geoparser, tmp_path):
    """The review: a Los Angeles fire stamped 2025-01-08T03:00:00Z (19:00 on the 7th there):
    its title's event stood on the 8th, a day Los Angeles had not reached, while "this
    morning" was read on the 7th there (audit 19): one fire on two days. With the writer's
    own offset the date stays. East of the stamp (Tokyo at 23:30 UTC, the 8th there) it had
    stayed too, until audit 35 (item 7): an article naming only places east of it stands
    on their date, as west of it."""
    from placeline.snippets import place_snippets

    rows = [{"id": "la1", "date": "2025-01-08T03:00:00Z",
             "title": "Wildfire forces evacuations in Los Angeles",
             "text": "LOS ANGELES — A wildfire forced thousands of residents to flee their "
                     "homes, fire officials said."},
            {"id": "la3", "date": "2025-01-08T03:00:00Z", "title": "Wildfire spreads",
             "text": "A wildfire broke out in Los Angeles this morning."},
            {"id": "tk1", "date": "2025-01-07T23:30:00Z", "title": "Earthquake shakes Tokyo",
             "text": "TOKYO — An earthquake shook buildings across Tokyo, officials said."},
            {"id": "la2", "date": "2025-01-07T19:00:00-08:00", "title": "Fire in Los Angeles",
             "text": "Crews fought a fire in Los Angeles, officials said."}]
    store = open_store(tmp_path / "tz.db")
    try:
        pipeline = Pipeline(store, geoparser)
        pipeline.ingest(read_bytes("\n".join(json.dumps(r) for r in rows).encode(),
                                   "in.jsonl"))
        published = dict(zip(store.articles_frame()["title"],
                             store.articles_frame()["published"], strict=True))
        pipeline.reprocess()
        events = store.events_frame()
        la = events[events["place"] == "Los Angeles"]
        shown = place_snippets(store, la["place_id"].iloc[0], la)
    finally:
        store.close()
    assert published == {"Wildfire forces evacuations in Los Angeles": "2025-01-08",
                         "Wildfire spreads": "2025-01-08", "Earthquake shakes Tokyo": "2025-01-07",
                         "Fire in Los Angeles": "2025-01-07"}  # (the source's, as before)
    assert set(la["date"].astype(str)) == {"2025-01-07"}
    title = la[la["precision"] == "publication"]
    assert set(title["date_evidence"]) == {
        "publication date", "publication date, Tuesday 7 January at the place when published"}
    tokyo = events[events["place"] == "Tokyo"]
    assert set(tokyo["date"].astype(str)) == {"2025-01-08"}
    assert sorted(s.title for s in shown) == ["Fire in Los Angeles",
                                              "Wildfire forces evacuations in Los Angeles",
                                              "Wildfire spreads"]
