"""Audit 32, items 14 to 16: a correction on an article deleted in another tab, a server
URL's bad port, and the indexes of other versions that `setup` leaves in the cache."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from placeline.errors import StoreUnavailableError
from placeline.store import open_store


@pytest.mark.parametrize("url, port", [
    ("postgresql://u@localhost:notaport/news", "notaport"),
    ("postgresql://u:secret@localhost:99999/news", "99999"),
    ("postgresql://u@h1:5432,h2:x/news", "x"),
    ("postgresql://u@localhost/news?port=abc", "abc"),
])
def test_a_bad_port_is_named_not_the_host(url, port):
    """Audit 32 item 15: "failed to resolve host 'localhost': Servname not supported"."""
    with pytest.raises(StoreUnavailableError) as error:
        open_store(url)
    message = str(error.value)
    assert f"the port '{port}' is not a number" in message
    assert "resolve host" not in message and "secret" not in message


def _old_index(cache, version: str, finished: bool = True):
    """A folder like an older release's index (a VERSION file once it was finished)."""
    folder = cache / f"gazetteer-v{version}"
    folder.mkdir(parents=True)
    (folder / "places.sqlite").write_bytes(b"x" * 2_000_000)
    if finished:
        (folder / "VERSION").write_text(version)
    return folder


def test_setup_removes_the_index_of_an_older_version_and_says_so(tmp_path, monkeypatch):
    """Audit 32 item 16: after an index version bump `setup` left gazetteer-v98 (63 MB)
    beside the new one, for good."""
    from placeline.gazetteer import index_folder
    from tests.conftest import ROOT

    cache = tmp_path / "cache"
    cache.mkdir()
    mine = index_folder().name
    (cache / mine).symlink_to((ROOT / "data" / "cache" / mine).resolve())
    old = _old_index(cache, "98")
    done = subprocess.run(
        [sys.executable, "-m", "placeline", "setup", "--db", str(tmp_path / "s.db")],
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PLACELINE_CACHE_DIR": str(cache)})
    assert done.returncode == 0, done.stderr
    assert not old.exists()
    assert f"Removed the gazetteer index of another version, {old} (2 MB)" in done.stdout
    assert (cache / mine).exists()


def test_an_index_a_running_process_reads_or_a_build_writes_is_kept(tmp_path):
    """Never the folder an older release's running dashboard reads (its files open or
    mapped), nor one another release is building (unfinished, written to lately)."""
    from placeline.old_indexes import remove_other_indexes

    read = _old_index(tmp_path, "97")
    building = _old_index(tmp_path, "99", finished=False)
    stale = _old_index(tmp_path, "96", finished=False)
    hours_ago = time.time() - 7200
    for path in (stale, stale / "places.sqlite"):
        os.utime(path, (hours_ago, hours_ago))
    reader = subprocess.Popen(
        [sys.executable, "-c", ("import sys, time; f = open(sys.argv[1], 'rb'); "
                                "print('open', flush=True); time.sleep(60)"),
         str(read / "places.sqlite")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "open"
        said: list[str] = []
        removed = remove_other_indexes(said.append, cache=tmp_path)
    finally:
        reader.kill()
        reader.wait()
    assert removed == [stale]
    assert read.exists() and building.exists() and not stale.exists()
    assert any(f"{read}: a running process (id {reader.pid}" in line for line in said)
    assert any(f"{building}: it is unfinished" in line for line in said)


KUWAIT = {"id": "k1", "date": "2025-02-10", "title": "Kuwait emir dissolves parliament",
          "text": "The emir dissolved parliament in Kuwait City on Sunday."}
NAIROBI = {"id": "n1", "date": "2025-03-01", "title": "Nairobi floods",
           "text": "Floods hit Nairobi on Friday. Rain returned to Nairobi on Saturday."}


def _correction_ready(at, place_id: str) -> None:
    """The article's correction form for `place_id`, filled with coordinates (Save
    enabled)."""
    from tests.test_apptest import fix

    next(s for s in at.selectbox if (s.key or "").startswith("fix_place_")) \
        .set_value(place_id).run()
    fix(at.radio, "how").set_value("coordinates").run()
    fix(at.number_input, "lat").set_value(29.3).run()
    fix(at.number_input, "lon").set_value(48.0).run()
    assert not fix(at.button, "save").disabled


def test_a_correction_saved_on_an_article_deleted_in_another_tab_is_said_not_saved(
        tmp_path, geoparser, app_store):
    """Audit 32 item 14: tab A's Save on an article tab B had just deleted showed the next
    article, without a word, and the correction was gone."""
    from tests.test_apptest import _run, fix

    store = ingest_rows_here(tmp_path, geoparser)
    kuwait = next(row["id"] for row in store.articles_frame().to_dict("records")
                  if row["title"] == KUWAIT["title"])
    app_store(tmp_path / "feed.db")
    at = _run("pages/1_Articles.py", article=str(kuwait))
    assert at.selectbox(key="article").value == kuwait
    _correction_ready(at, next(m["place_id"] for m in store.mentions(kuwait)
                               if m["surface"] == "Kuwait City"))

    from placeline.pipeline import Pipeline  # tab B deletes it, as its Delete button does
    Pipeline(store, geoparser).delete([kuwait])
    fix(at.button, "save").click().run()
    assert not at.exception
    said = " ".join(w.value for w in at.warning)
    assert (f"The article “{KUWAIT['title']}” was deleted in another tab meanwhile: the "
            "correction was not saved.") in said
    assert "*Restore*" in said
    assert store.corrections() == []
    store.close()


def test_a_save_whose_article_went_is_refused_where_the_form_is_still_drawn(
        tmp_path, geoparser, app_store, monkeypatch):
    """The form's own Save: a scope whose article the store no longer has had raised
    TypeError (`store.article(scope)["content_hash"]` of None)."""
    import app_common

    store = ingest_rows_here(tmp_path, geoparser)
    kuwait = next(row["id"] for row in store.articles_frame().to_dict("records")
                  if row["title"] == KUWAIT["title"])
    store.delete_articles([kuwait], remember=True)
    said: list[str] = []
    monkeypatch.setattr(app_common.st, "warning", lambda text, **_: said.append(text))
    place = store.place(store.events_frame()["place_id"].iloc[0])
    app_common._save_correction(store, "Kuwait City", place, kuwait, "box")
    assert store.corrections() == []
    assert said and "the correction of “Kuwait City” was not saved" in said[0]
    store.close()


def ingest_rows_here(tmp_path, geoparser):
    from tests.test_audit19_map import ingest_rows

    return ingest_rows(tmp_path, [KUWAIT, NAIROBI], geoparser)


def test_a_correction_saved_on_the_map_for_a_place_whose_article_went_is_said_not_saved(
        tmp_path, geoparser, app_store):
    """The map's form too: its place had left the map with its article, the click went
    nowhere."""
    from tests.test_apptest import _run, fix

    store = ingest_rows_here(tmp_path, geoparser)
    kuwait = next(row["id"] for row in store.articles_frame().to_dict("records")
                  if row["title"] == KUWAIT["title"])
    app_store(tmp_path / "feed.db")
    at = _run("dashboard.py", place="Kuwait City")
    fix(at.radio, "how").set_value("coordinates").run()
    fix(at.number_input, "lat").set_value(29.3).run()
    fix(at.number_input, "lon").set_value(48.0).run()
    from placeline.pipeline import Pipeline

    Pipeline(store, geoparser).delete([kuwait])
    fix(at.button, "save").click().run()
    assert not at.exception
    said = " ".join(w.value for w in at.warning)
    assert f"The article “{KUWAIT['title']}” was deleted in another tab meanwhile" in said
    assert store.corrections() == []
    store.close()


def test_a_newer_release_s_index_is_kept(tmp_path):
    """An older checkout's `setup` sharing the cache leaves a newer release's index alone:
    that release would have to build it again."""
    from placeline.gazetteer_build import INDEX_VERSION
    from placeline.old_indexes import remove_other_indexes

    older = _old_index(tmp_path, str(int(INDEX_VERSION) - 1))
    newer = _old_index(tmp_path, str(int(INDEX_VERSION) + 1))
    hours_ago = time.time() - 7200
    for folder in (older, newer):
        os.utime(folder, (hours_ago, hours_ago))
    assert remove_other_indexes(lambda line: None, cache=tmp_path) == [older]
    assert newer.exists()
