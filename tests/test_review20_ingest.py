"""Review 20, ingest: a file stored by a relative path, read again by that path after its
working folder moved or from a copy in another folder, was a second article without a word
(item 2); a stopped ingest was marked "superseded" by the ingest of another file of its name
(item 5)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from placeline import ingest_runs
from placeline.cli import main
from placeline.ingest import read_bytes, read_paths
from placeline.ingest_runs import recorded_ingest, runs, unfinished
from placeline.pipeline import IngestInterrupted, Pipeline
from placeline.store import open_store
from tests.test_audit19_ingest import _briefs, _feed, _ingest, _stopping_after

# -- item 2: a relative path read again after its folder moved, or from a copy --------------

# The review's story, its one sentence edited: no sentence of its lead is the stored one's, so
# the index of leads (`Pipeline._namesake`) does not find it; its path does.
STORM = "Storm in Leeds\n\n5 March 2024 - A storm hit Leeds on Tuesday, flooding roads.\n"
STORM_EDITED = STORM.replace("Leeds on", "Leeds, York and Hull on")
PORT = ("Strike shuts the Port of Rotterdam\n\n5 March 2024 - Dock workers walked off the job "
        "at the Port of Rotterdam on Tuesday, halting container traffic.\n")


def _write(path: Path, text: str, later: float = 0.0) -> Path:
    """`path` holding `text`, `later` seconds after its time before (a new version)."""
    before = path.stat().st_mtime if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if before is not None:
        os.utime(path, (before + later, before + later))
    return path


def test_a_file_read_again_by_its_path_after_its_folder_was_renamed_is_updated(
        store, geoparser, tmp_path, monkeypatch):
    """The review: `ingest data/x.txt` in proj/, proj renamed proj2, x.txt edited and read
    again as data/x.txt in proj2: "1 added", two "data/x.txt  Storm in Leeds" (the base had
    said "1 updated"). The folder it was read in is gone, so the file is that one, moved."""
    _write(tmp_path / "proj" / "data" / "x.txt", STORM)
    monkeypatch.chdir(tmp_path / "proj")
    [(_, article_id)] = _ingest(store, geoparser, "data/x.txt").added
    monkeypatch.chdir(tmp_path)
    (tmp_path / "proj").rename(tmp_path / "proj2")
    _write(tmp_path / "proj2" / "data" / "x.txt", STORM_EDITED, later=60)
    monkeypatch.chdir(tmp_path / "proj2")
    report = _ingest(store, geoparser, "data/x.txt")
    assert report.added == [] and report.updated == [("data/x.txt", article_id)]
    assert "now naming" in report.changes[article_id] and report.warnings == []
    assert store.article_ids() == [article_id]


def test_a_store_handed_to_another_machine_updates_its_articles_from_their_paths(
        store, geoparser, tmp_path, monkeypatch):
    """A project and its store copied to another user's folder (/home/alice/proj there,
    /home/bob/proj here): alice's folder is not on this machine, and bob's edited x.txt,
    read by the path it was stored by, is its new version."""
    alice, bob = tmp_path / "alice" / "proj", tmp_path / "bob" / "proj"
    _write(alice / "data" / "x.txt", STORM)
    monkeypatch.chdir(alice)
    [(_, article_id)] = _ingest(store, geoparser, "data/x.txt").added
    monkeypatch.chdir(tmp_path)
    shutil.copytree(alice, bob)
    shutil.rmtree(tmp_path / "alice")
    _write(bob / "data" / "x.txt", STORM_EDITED, later=60)
    monkeypatch.chdir(bob)
    report = _ingest(store, geoparser, str(bob / "data" / "x.txt"))  # (its absolute path too)
    assert report.added == [] and report.updated == [(str(bob / "data" / "x.txt"), article_id)]


def _feeds(tmp_path: Path, text: str) -> tuple[Path, Path]:
    """alice/feeds/today.jsonl, row st-1 without a URL, and bob's copy of it with `text`."""
    row = {"id": "st-1", "date": "2024-03-05", "title": "Storm in Leeds",
           "text": "A storm hit Leeds on Tuesday."}
    alice = _write(tmp_path / "alice" / "feeds" / "today.jsonl", json.dumps(row) + "\n")
    bob = _write(tmp_path / "bob" / "feeds" / "today.jsonl",
                 json.dumps({**row, "text": text}) + "\n")
    later = alice.stat().st_mtime + 60
    os.utime(bob, (later, later))
    return alice, bob


@pytest.mark.parametrize("gone", [False, True])
def test_a_feed_s_row_read_from_a_copy_in_another_folder_is_no_silent_second(
        store, geoparser, tmp_path, monkeypatch, gone):
    """The review: a synced feeds/ folder read in another user's folder, row st-1 updated:
    "1 added", two "feeds/today.jsonl#st-1" alike in `dates`, the story's places counted twice
    on the map. Where alice's file is still there, bob's is another file: a new article, with
    a warning naming the one it reads as a version of; where it is gone (another machine),
    bob's row is its new version."""
    alice, bob = _feeds(tmp_path, "A storm hit Leeds and York on Tuesday.")
    monkeypatch.chdir(alice.parent.parent)
    [(_, article_id)] = _ingest(store, geoparser, "feeds/today.jsonl").added
    if gone:
        shutil.rmtree(alice.parent.parent)
    monkeypatch.chdir(bob.parent.parent)
    report = _ingest(store, geoparser, "feeds/today.jsonl")
    if gone:
        assert report.added == [] and report.updated == [("feeds/today.jsonl#st-1", article_id)]
        return
    assert len(report.added) == 1 and report.updated == []
    [warning] = report.warnings
    assert warning.reason.startswith(
        f"stored as a new article, though it reads as a new version of article {article_id} "
        f"(feeds/today.jsonl#st-1, read in {alice.parent.parent}), a file of its name in "
        "another folder")


@pytest.mark.parametrize("gone", [False, True])
def test_another_story_by_the_same_relative_path_elsewhere_is_a_new_article(
        store, geoparser, tmp_path, monkeypatch, gone):
    """Another story saved as data/x.txt in another folder is a new article, without a word,
    whether the first folder is still there or not (its wording is not the stored one's)."""
    _write(tmp_path / "proj" / "data" / "x.txt", STORM)
    monkeypatch.chdir(tmp_path / "proj")
    _ingest(store, geoparser, "data/x.txt")
    monkeypatch.chdir(tmp_path)
    if gone:
        shutil.rmtree(tmp_path / "proj")
    _write(tmp_path / "other" / "data" / "x.txt", PORT)
    monkeypatch.chdir(tmp_path / "other")
    report = _ingest(store, geoparser, "data/x.txt")
    assert len(report.added) == 1 and report.updated == [] and report.warnings == []
    assert len(store.article_ids()) == 2


# -- item 5: a stopped ingest, and another file of its name --------------------------------


def _days(tmp_path: Path) -> tuple[Path, Path]:
    """today/feed.jsonl (four rows) and yesterday/feed.jsonl (two others): daily exports of
    one name."""
    (tmp_path / "today").mkdir()
    (tmp_path / "yesterday").mkdir()
    return (_feed(tmp_path / "today" / "feed.jsonl", _briefs(4), 1_709_600_000),
            _feed(tmp_path / "yesterday" / "feed.jsonl", _briefs(6)[4:], 1_709_500_000))


def _upload(store, geoparser, feed: Path, stop_after: int | None = None,
            data: bytes | None = None) -> None:
    """The Ingest page's upload of `feed` (its bytes, or `data` under its name), stopped
    after `stop_after` documents if given."""
    data = feed.read_bytes() if data is None else data
    record = ingest_runs.upload_record(store, [(feed.name, data)])
    documents = read_bytes(data, f"upload:{feed.name}")
    if stop_after is None:
        recorded_ingest(Pipeline(store, geoparser), documents, record)
        return
    with pytest.raises(IngestInterrupted):
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(documents, stop_after),
                        record)


def test_an_upload_stopped_is_not_finished_by_another_file_of_its_name(tmp_path, capsys,
                                                                       geoparser):
    """The review: today's feed.jsonl uploaded and stopped after 2 of 4 rows, then `ingest
    yesterday/feed.jsonl`: "going on with the ingest of feed.jsonl from the Ingest page",
    the upload marked superseded, and no page told that today's rows 3 and 4 were missing."""
    db = tmp_path / "news.db"
    today, yesterday = _days(tmp_path)
    store = open_store(db)
    _upload(store, geoparser, today, stop_after=2)
    store.close()
    assert main(["ingest", str(yesterday), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "going on with" not in err
    assert "note: The ingest of feed.jsonl from the Ingest page (started " in err
    store = open_store(db)
    [stopped] = unfinished(store)
    assert (stopped["input"], stopped["state"], stopped["read"]) == ("feed.jsonl",
                                                                     "interrupted", 2)
    assert [run["state"] for run in runs(store)] == ["done", "interrupted"]


def test_an_ingest_stopped_on_a_file_is_not_finished_by_an_upload_of_another(
        store, geoparser, tmp_path):
    """The reverse: `ingest today/feed.jsonl` stopped, then yesterday's feed.jsonl
    uploaded; and an upload stopped, then another file of its name uploaded (the same
    "input" by its name alone)."""
    today, yesterday = _days(tmp_path)
    with pytest.raises(IngestInterrupted):
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(read_paths([today]), 1),
                        ingest_runs.path_record(store, [today], "cli"))
    _upload(store, geoparser, yesterday)
    assert [run["input"] for run in unfinished(store)] == [str(today)]
    _upload(store, geoparser, today, stop_after=3)
    _upload(store, geoparser, yesterday)
    assert [(run["input"], run["read"]) for run in unfinished(store)] == [
        ("feed.jsonl", 3), (str(today), 1)]


def test_the_same_file_by_another_route_still_finishes_a_stopped_ingest(store, geoparser,
                                                                        tmp_path):
    """The same file, uploaded again or ingested by its path, finishes a stopped upload of
    it, and so does the file grown since by rows at its end (an append-only feed); an upload
    of a file finishes an ingest of it stopped."""
    today, _ = _days(tmp_path)
    _upload(store, geoparser, today, stop_after=2)
    _upload(store, geoparser, today)
    assert unfinished(store) == []
    _upload(store, geoparser, today, stop_after=1)
    _feed(today, _briefs(5), 1_709_700_000)  # (a row appended)
    recorded_ingest(Pipeline(store, geoparser), read_paths([today]),
                    ingest_runs.path_record(store, [today], "cli"))
    assert unfinished(store) == []
    with pytest.raises(IngestInterrupted):
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(read_paths([today]), 1),
                        ingest_runs.path_record(store, [today], "cli"))
    _upload(store, geoparser, today)
    assert unfinished(store) == []
    assert [run["state"] for run in runs(store)] == [
        "done", "superseded", "done", "superseded", "done", "interrupted"]
