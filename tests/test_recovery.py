"""A damaged database is reported clearly and rebuilt without losing user corrections."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import subprocess
import sys

import pytest

from placeline.errors import StoreCorruptError
from placeline.models import Place
from placeline.pipeline import Pipeline
from placeline.recovery import journal_corrections
from placeline.store import open_store
from tests.conftest import ROOT, SEEDS

SOMEWHERE = Place("user:izium-checkpoint", "Izium checkpoint", 49.2, 37.25, "landmark",
                  source="correction")


@pytest.fixture
def corrected_db(seeds_store, tmp_path, geoparser):
    """A copy of the seeds store with one correction, applied as the dashboard applies it."""
    seeds_store.close()
    path = tmp_path / "placeline.db"
    shutil.copy(seeds_store.path, path)
    store = open_store(path)
    store.add_correction("Izyum", SOMEWHERE)
    Pipeline(store, geoparser).reprocess(store.articles_with_surface("Izyum"))
    assert "Izium checkpoint" in set(store.events_frame()["place"])
    store.close()
    return path


def _rebuild(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "placeline", "rebuild", "--db", str(path),
                           "--force"],
                          check=False, cwd=ROOT, capture_output=True, text=True,
                          timeout=300,
                          env={"PLACELINE_DATA_DIR": str(path.parent / "no-bundled"),
                               "PLACELINE_CACHE_DIR": str(ROOT / "data" / "cache"),
                               "PATH": "/usr/bin:/bin"})


def test_a_damaged_header_is_reported_with_the_way_out(corrected_db):
    with open(corrected_db, "r+b") as db:
        db.seek(16)  # after SQLite's magic string: without it the file is none of ours
        db.write(b"this is not a database" * 5)
    with pytest.raises(StoreCorruptError) as caught:
        open_store(corrected_db).check()
    assert "python -m placeline rebuild" in str(caught.value)


def _middle_pages(db) -> int:
    """The offset of two pages in the middle of the file that hold no table's definition:
    damage there reads as damage to rows and indexes. (The schema outgrew its first page
    when a table was added, audit 21, and its second page came to lie in the middle.)"""
    with sqlite3.connect(db) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        schema = {row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}
    conn.close()
    first = next(page for page in itertools.count(db.stat().st_size // 2 // size + 1)
                 if not {page, page + 1, page + 2} & schema)
    return (first - 1) * size + size // 2


def test_rebuild_recovers_the_articles_and_replays_the_corrections(corrected_db):
    with open(corrected_db, "r+b") as db:  # damage pages in the middle of the file
        db.seek(_middle_pages(corrected_db))
        db.write(b"\xff" * 8192)
    result = _rebuild(corrected_db)
    assert result.returncode == 0, result.stderr
    assert "1 correction replayed" in result.stdout  # (audit 17: "1 corrections")
    kept = [p for p in corrected_db.parent.glob("placeline.db.damaged-*")
            if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1  # the damaged file is kept, never deleted
    store = open_store(corrected_db)
    store.check()
    places = set(store.events_frame()["place"])
    assert "Izium checkpoint" in places and "Izyum" not in places
    assert store.counts()["articles"] >= 4  # most rows read back; the rest are listed
    store.close()


def test_a_database_truncated_to_nothing_is_rebuilt_empty_with_its_corrections(
        corrected_db, tmp_path):
    with open(corrected_db, "r+b") as db:
        db.truncate(4096)
    with pytest.raises(StoreCorruptError):
        open_store(corrected_db).check()
    (tmp_path / "no-bundled" / "articles").mkdir(parents=True)
    for seed in SEEDS.iterdir():  # the bundled articles are there, and not the user's
        shutil.copy(seed, tmp_path / "no-bundled" / "articles" / seed.name)
    result = _rebuild(corrected_db)
    assert result.returncode == 1, result.stderr
    assert "Nothing was recovered" in result.stdout
    store = open_store(corrected_db)
    assert store.counts()["articles"] == 0
    assert [c["name"] for c in store.corrections()] == ["Izium checkpoint"]
    store.close()


def test_the_journal_replays_undo_and_survives_a_cut_last_line(tmp_path):
    store = open_store(tmp_path / "j.db")
    first = store.add_correction("Izyum", SOMEWHERE)
    store.add_correction("Paris", SOMEWHERE, "hash-1")
    store.remove_correction(first)
    with open(store.journal_path, "a", encoding="utf-8") as journal:
        journal.write('{"op": "add", "surface": "Kyiv", "place": {')  # killed mid-write
    assert [(s, h, p.id) for s, h, p in journal_corrections(store.journal_path)] == [
        ("Paris", "hash-1", "user:izium-checkpoint")]
    store.close()


def test_reprocessing_with_corrections_leaves_a_shared_geoparser_alone(corrected_db,
                                                                       geoparser):
    assert geoparser.corrections == []  # the fixture applied a correction through it


def test_the_journal_replays_corrections_in_order_and_undo_takes_the_latest(tmp_path):
    """A review: "Moscow" corrected to A, then B, then A again ends at A; a correction saved
    twice and undone once stays once."""
    other = Place("user:elsewhere", "Elsewhere", 10.0, 20.0, "landmark", source="correction")
    store = open_store(tmp_path / "order.db")
    store.add_correction("Moscow", SOMEWHERE)
    store.add_correction("Moscow", other)
    store.add_correction("Moscow", SOMEWHERE)
    store.add_correction("Kyiv", other)
    duplicate = store.add_correction("Kyiv", other)
    store.remove_correction(duplicate)
    replayed = [(s, p.id) for s, _, p in journal_corrections(store.journal_path)]
    assert replayed[-1] == ("Kyiv", "user:elsewhere")
    assert [p for s, p in replayed if s == "Moscow"][-1] == SOMEWHERE.id
    assert replayed.count(("Kyiv", "user:elsewhere")) == 1
    store.close()
