"""Left open by the twentieth session's reviews (ingest, versions and dates): an ingest that
stopped is no longer told once another route read its input to the end; the store's revision
moves only when its content does; a file stored by a path relative to another working folder
is found again; a postponement's new day lies after the one first set; and after a UTC stamp
an event that stands on the publication date is on its place's calendar, as "today" is."""

from __future__ import annotations

from pathlib import Path

import pytest

from placeline import ingest_runs
from placeline.cli import main
from placeline.ingest import read_bytes, read_paths
from placeline.ingest_runs import RunRecord, input_key, recorded_ingest, runs, unfinished
from placeline.pipeline import IngestInterrupted, Pipeline
from placeline.store import open_store
from tests.test_audit19_ingest import _briefs, _feed, _stopping_after

# -- 1. a stopped ingest, finished by another route ------------------------------------------


def _stopped_upload(store, geoparser, feed: Path, read: int = 2) -> None:
    """The Ingest page's upload of `feed`, stopped after `read` documents (its record as the
    page made it before `upload_record`: no files)."""
    data = feed.read_bytes()
    record = RunRecord(store, feed.name, input_key([feed.name], upload=True),
                       len(data.splitlines()), "page")
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
