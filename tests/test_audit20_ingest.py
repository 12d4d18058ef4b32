"""Audit 20, ingest: with --workers an append-only feed's update was lost to its first
filing (item 1); the fixed copy of a story read from another folder was a second article
without a word (item 4); JSON exports that are not JSON Lines (item 16); a JSONL "url" that
is no string (item 24)."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from placeline import parallel
from placeline.errors import InputError
from placeline.htmlpage import READ_WARNINGS
from placeline.ingest import RawDocument, read_bytes, read_paths
from placeline.pipeline import Pipeline
from tests.test_audit19_ingest import _ingest

# -- item 1: Dask's batches come back in the order of their input ----------------------------

FILED = {"id": "st-1", "url": "https://news.example/st-1", "published": "2024-03-04T09:00:00Z",
         "title": "Floods in Wakefield", "text": "Flooding hit Wakefield on Monday after the "
         "River Calder burst its banks. Residents in Castleford were evacuated."}
UPDATED = {**FILED, "text": FILED["text"] + " Update: two people had been rescued from a car "
           "in Pontefract, police said."}


@pytest.fixture(scope="module")
def threads_cluster():
    """A Dask cluster of two workers in this process's threads, so that a test may slow a
    batch down (processes would not see its patch)."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _slowed(monkeypatch, seconds: Callable[[RawDocument], float]) -> None:
    """Workers take `seconds(document)` longer over a document."""
    prepare = parallel.prepare

    def slow(document, geoparser):
        time.sleep(seconds(document))
        return prepare(document, geoparser)

    monkeypatch.setattr(parallel, "prepare", slow)


def test_an_update_later_in_the_feed_is_the_version_kept_with_workers(
        store, geoparser, tmp_path, monkeypatch, threads_cluster):
    """The audit: st-1 filed on line 1 and updated on line 65, so in two batches; the first
    batch took longer, was stored after the second, and its older text replaced the update
    ("no longer naming Pontefract"); every later run called the update "already stored"."""
    feed = tmp_path / "append.jsonl"
    feed.write_text(json.dumps(FILED) + "\n" + json.dumps(UPDATED) + "\n", encoding="utf-8")
    _slowed(monkeypatch, lambda document: 0.0 if "Update" in document.text else 1.0)
    report = Pipeline(store, geoparser).ingest(parallel.prepared_with_dask(
        read_paths([feed]), [], scheduler=threads_cluster, batch_size=1))
    assert len(report.added) == 1 and len(report.updated) == 1
    [article_id] = store.article_ids()
    assert store.article(article_id)["text"].endswith("in Pontefract, police said.")


def test_batches_come_back_in_the_order_they_were_read(monkeypatch, threads_cluster):
    """Whichever batch ends first: the first ones are the slowest here."""
    rows = [{"id": f"r{n}", "text": f"Floods hit Leeds on {n} March 2024."} for n in range(12)]
    documents = list(read_bytes("".join(json.dumps(r) + "\n" for r in rows).encode(),
                                "feed.jsonl"))
    slowest = {f"feed.jsonl#r{n}": 0.3 - 0.1 * n for n in range(3)}
    _slowed(monkeypatch, lambda document: slowest.get(document.source, 0.0))
    prepared = parallel.prepared_with_dask(documents, [], scheduler=threads_cluster,
                                           batch_size=2, in_flight=3)
    assert [item.source for item in prepared] == [d.source for d in documents]


# -- item 4: a file of the same name in another folder -----------------------------------------

QUAKE = ("Quake shakes Morioka\nMORIOKA, Japan, March 14, 2024 — A strong earthquake struck near "
         "Morioka early Thursday, officials said. Trains in Sendai were halted for hours while "
         "crews checked the tracks.\n")
FIXED = QUAKE.replace("early Thursday", "early Wednesday")


def _quakes(tmp_path: Path) -> tuple[Path, Path]:
    """The audit's q1/quake.txt, and q2/quake.txt its fixed copy, written a minute later."""
    first, fixed = tmp_path / "q1" / "quake.txt", tmp_path / "q2" / "quake.txt"
    for path, text in ((first, QUAKE), (fixed, FIXED)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    later = first.stat().st_mtime + 60
    os.utime(fixed, (later, later))
    return first, fixed


def test_a_fixed_copy_in_another_folder_is_told_of_the_article_it_resembles(
        store, geoparser, tmp_path):
    """The audit: q2/quake.txt, q1's story with its day fixed, was "1 added" without a word,
    the quake on the 13th and the 14th. Both files are there, so both are kept (a
    colleague's checkout, a copy edited on its own: a review had another folder's
    data/x.txt taken for a version of the first, wrongly), and the user is told which to
    delete if one replaces the other."""
    first, fixed = _quakes(tmp_path)
    [(_, article_id)] = _ingest(store, geoparser, first).added
    report = _ingest(store, geoparser, fixed)
    assert len(report.added) == 1 and report.updated == []
    [warning] = report.warnings
    assert warning.source == str(fixed)
    assert warning.reason.startswith(
        f"stored as a new article, though it reads as a new version of article {article_id} "
        f"({first}), a file of its name in another folder")
    assert "delete that one on the Articles page" in warning.reason
    assert len(store.article_ids()) == 2  # (nothing lost)


def test_a_story_whose_file_has_gone_is_updated_from_its_namesake(store, geoparser, tmp_path):
    """A store handed to another machine (`backup`), or a folder moved: its files are no
    longer where they were read, and the fixed copy of one, of its name, is its new version,
    by the rules of a name alone (wording, places, its own date), as an upload of its name
    is."""
    first, fixed = _quakes(tmp_path)
    [(_, article_id)] = _ingest(store, geoparser, first).added
    shutil.rmtree(first.parent)
    report = _ingest(store, geoparser, fixed)
    assert report.added == [] and report.updated == [(str(fixed), article_id)]
    assert report.warnings == []
    assert "early Wednesday" in store.article(article_id)["text"]
    assert store.article(article_id)["source"] == str(fixed)


BRIEF = ("Council update for residents\nThe council issued the following update for residents "
         "this morning. {body}\n")


@pytest.mark.parametrize("gone", [False, True])
def test_another_story_in_a_file_of_its_name_is_no_version(store, geoparser, tmp_path, gone):
    """Two briefs saved as brief.txt in two folders share their first sentence, not their
    story: the second is a new article, without a warning."""
    first, other = tmp_path / "a" / "brief.txt", tmp_path / "b" / "brief.txt"
    leeds = "Roads in Leeds are closed by floods, and trains to York are off until Friday."
    harrogate = "Bins in Harrogate will be emptied a day late, and Ripon's library opens Sunday."
    for path, body in ((first, leeds), (other, harrogate)):
        path.parent.mkdir()
        path.write_text(BRIEF.format(body=body), encoding="utf-8")
    _ingest(store, geoparser, first)
    if gone:
        first.unlink()
    report = _ingest(store, geoparser, other)
    assert len(report.added) == 1 and report.updated == [] and report.warnings == []


# -- item 16: JSON that is not JSON Lines ----------------------------------------------------

ROWS = [{"id": "j1", "title": "Floods in Leeds", "text": "Floods hit Leeds on Monday, 4 March "
         "2024.", "published": "2024-03-04"},
        {"id": "j2", "title": "Fire in Hull", "text": "A fire hit Hull on 5 March 2024.",
         "published": "2024-03-05"}]


@pytest.mark.parametrize("content, what, how", [
    (json.dumps(ROWS, indent=2), "a JSON array", "jq -c '.[]'"),
    (json.dumps(ROWS), "a JSON array", "jq -c '.[]'"),
    ("\ufeff  \n" + json.dumps(ROWS, indent=4), "a JSON array", "jq -c '.[]'"),
    ("\n".join(json.dumps(row, indent=2) for row in ROWS), "pretty-printed JSON", "jq -c ."),
    ("\n".join(json.dumps(row, indent="\t") for row in ROWS), "pretty-printed JSON", "jq -c ."),
])
def test_json_spread_over_lines_is_one_line_saying_so(content, what, how):
    """The audit: an array saved as .jsonl gave 14 "malformed JSON" lines, one a line of the
    file (Expecting value, Expecting property name, Extra data …), pretty-printed rows 12,
    and not a word of what JSON Lines wants."""
    found = list(read_bytes(content.encode("utf-8"), "export.jsonl"))
    assert len(found) == 1 and isinstance(found[0], InputError)
    assert found[0].source == "export.jsonl"
    assert found[0].reason.startswith(f"the file is {what}, not JSON Lines")
    assert "one article object per line" in found[0].reason and how in found[0].reason


def test_a_feed_with_one_bad_line_is_still_read_line_by_line():
    """Only a file whose start is JSON spread over lines is refused whole."""
    content = json.dumps(ROWS[0]) + "\n{\n" + json.dumps(ROWS[1]) + "\n"
    found = list(read_bytes(content.encode("utf-8"), "feed.jsonl"))
    assert [type(item) for item in found] == [RawDocument, InputError, RawDocument]
    assert found[1].source == "feed.jsonl:2" and "malformed JSON" in found[1].reason


def test_a_json_file_is_read_or_told_how_to_become_json_lines(tmp_path):
    """array.json had been "unsupported file type .json", with no word of what to do. Since
    audit 22 an array of articles is read; a .json holding none is told how to write them."""
    path = tmp_path / "array.json"
    path.write_text(json.dumps(ROWS), encoding="utf-8")
    rows = list(read_paths([path]))
    assert [type(row) for row in rows] == [RawDocument] * len(ROWS)
    path.write_text(json.dumps({"settings": {"theme": "dark"}}), encoding="utf-8")
    [error] = list(read_paths([path]))
    assert isinstance(error, InputError)
    assert error.reason.startswith("the JSON holds no list of articles")
    assert "JSON Lines" in error.reason and "jq -c '.[]'" in error.reason


# -- item 24: a "url" that is no string -----------------------------------------------------


@pytest.mark.parametrize("url, kept", [
    (["https://news.example/a1", "https://m.news.example/a1"], "https://news.example/a1"),
    (["", "amp", "http://news.example/a1"], "http://news.example/a1"),
    ({"href": "https://news.example/a1"}, "https://news.example/a1"),
    ({"url": "https://news.example/a1", "type": "canonical"}, "https://news.example/a1"),
    ("https://news.example/a1", "https://news.example/a1"),
])
def test_a_url_in_a_list_or_an_object_is_read_as_the_address(url, kept):
    """The audit: ["https://…/a1", "https://m.…/a1"] (a canonical and an AMP link) had been
    stored as its Python repr, exported so, with no "Original" link on the Articles page."""
    [row] = read_bytes((json.dumps({"id": "a1", "url": url, "text": "Floods hit Leeds."})
                        + "\n").encode(), "feed.jsonl")
    assert row.metadata["url"] == kept and READ_WARNINGS not in row.metadata


@pytest.mark.parametrize("url, kind", [
    (42, "a number"), (["amp", ""], "a list holding no web address"), (True, "true or false"),
    ({"rel": "amphtml"}, "an object holding no web address"),
])
def test_a_url_that_is_no_address_is_left_out_with_a_warning(url, kind):
    [row] = read_bytes((json.dumps({"id": "a1", "url": url, "text": "Floods hit Leeds."})
                        + "\n").encode(), "feed.jsonl")
    assert "url" not in row.metadata
    said = f'the "url" field is {kind}, not a web address; left out'
    assert row.metadata[READ_WARNINGS] == [said]


def test_two_stories_with_a_number_for_url_are_not_tied_together(store, geoparser, tmp_path):
    """The audit: two stories in two files with one odd "url" were "the same source" (a fire
    in York announced as a possible replacement of a flood in Leeds); 42 was stored as
    "42"."""
    first, second = tmp_path / "f1.jsonl", tmp_path / "f2.jsonl"
    first.write_text(json.dumps({"id": "a1", "url": 42, "title": "Floods in Leeds", "text": (
        "Floods hit Leeds on Monday, officials said. Residents of Wakefield were evacuated."),
        "published": "2024-03-04"}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "b7", "url": 42, "title": "Fire in York", "text": (
        "A fire destroyed a warehouse in York on Tuesday. Crews from Harrogate helped."),
        "published": "2024-03-05"}) + "\n", encoding="utf-8")
    _ingest(store, geoparser, first)
    report = _ingest(store, geoparser, second)
    assert len(report.added) == 1
    assert [w.reason for w in report.warnings] == [
        'the "url" field is a number, not a web address; left out']
    assert [store.article(a)["url"] for a in store.article_ids()] == ["", ""]
