"""`rebuild` keeps every damaged copy, says by its exit code whether anything was lost, reads
what the write-ahead log committed, and re-cleans an article's metadata whole; read-only
commands tell a folder or an empty file from a database; Dask workers place names as the
serial ingest does."""

from __future__ import annotations

import datetime as dt
import shutil
import struct
import types

import pytest

from placeline import recovery
from placeline.store import is_sqlite_file
from tests.conftest import ROOT, SEEDS
from tests.test_audit_recovery import TOWNS, _rebuild, _sources, _user_db


@pytest.fixture
def bundled(tmp_path, monkeypatch):
    """The demo articles where `setup` looks for them (rebuild must not take them); the
    gazetteer stays the prebuilt one."""
    data = tmp_path / "data"
    shutil.copytree(SEEDS, data / "articles")
    monkeypatch.setenv("PLACELINE_DATA_DIR", str(data))
    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    return data / "articles"


def _kept(db) -> list:
    return sorted(p for p in db.parent.glob(f"{db.name}.damaged-*")
                  if not p.name.endswith(("-wal", "-shm")))


# -- 1. two rebuilds in one second keep both damaged copies ------------------------------------

def test_two_rebuilds_in_one_second_keep_both_damaged_copies(tmp_path, geoparser, bundled,
                                                             capsys, monkeypatch):
    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2024, 5, 1, 12, 0, 0, tzinfo=tz)

    monkeypatch.setattr(recovery, "dt", types.SimpleNamespace(datetime=Frozen))
    db, _ = _user_db(tmp_path, geoparser, 2)
    original = db.read_bytes()
    for _ in range(2):
        code, out = _rebuild(db, capsys)
        assert code == 0, out
    kept = _kept(db)
    assert len(kept) == 2, kept
    assert kept[0].read_bytes() == original  # the first copy, not overwritten by the second
    assert _sources(db) == _sources(kept[1])


# -- 2. a rebuild that lost some articles says so by its exit status ----------------------------

def test_a_rebuild_that_recovers_only_some_articles_exits_3_with_the_count(
        tmp_path, geoparser, bundled, capsys):
    import sqlite3

    from placeline.cli import REBUILD_PARTIAL, main
    from tests.test_audit_recovery import _damage_pages

    db, news = _user_db(tmp_path, geoparser, 4, filler=9000)  # raw texts overflow a page
    with sqlite3.connect(db) as conn:
        overflow = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'overflow'")]
    _damage_pages(db, overflow)  # every text cut: each is re-read from its source file
    (news / "art002.txt").unlink()  # but this one's is gone
    code, out = _rebuild(db, capsys)
    assert code == REBUILD_PARTIAL == 3, out
    assert "Could not recover 1 of the 4 articles it held" in out and "art002.txt" in out
    assert len(_sources(db)) == 3
    with pytest.raises(SystemExit):
        main(["rebuild", "--help"])  # the status is documented where a scripter looks
    assert "3 some articles could not be recovered" in " ".join(capsys.readouterr().out.split())


# -- 3. rows committed to the write-ahead log but not checkpointed ------------------------------

def _crashed_with_a_log(tmp_path, geoparser):
    """A database of six short articles whose last three are committed to its -wal file
    only: the files as a process killed before its checkpoint leaves them. Their sources
    are gone, so the articles can only come back from the database and its log."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    documents = [RawDocument(str(tmp_path / "gone" / f"art{i}.txt"),
                             f"Report {i}\n\nOfficials in {TOWNS[i]} said on Monday {i}.")
                 for i in range(6)]
    db = tmp_path / "user.db"
    store = open_store(db)
    assert len(Pipeline(store, geoparser).ingest(documents[:3]).added) == 3
    store._conn.execute("PRAGMA wal_autocheckpoint = 0")  # (this connection's only)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the first three: in the file
    assert len(Pipeline(store, geoparser).ingest(documents[3:]).added) == 3
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in (db.name, db.name + "-wal"):
        shutil.copy(db.with_name(name), crashed / name)
    store.close()
    return crashed / db.name


def _sqlite_reads(db) -> set[int]:
    """The article ids SQLite itself reads from the file and its log."""
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM articles")}
    finally:
        conn.close()


def test_the_page_reader_reads_the_rows_the_log_holds_committed(tmp_path, geoparser, bundled):
    from placeline.recovery import scan_articles

    db = _crashed_with_a_log(tmp_path, geoparser)
    assert len(_sqlite_reads(db)) == 6
    assert sorted(scan_articles(db)) == sorted(_sqlite_reads(db))
    assert all(document is not None for _, document in scan_articles(db).values())


def test_the_page_reader_reads_what_sqlite_reads_of_a_log_cut_anywhere(tmp_path, geoparser,
                                                                       bundled):
    """A log cut at any frame (or inside one) holds the transactions its commit frames
    close and nothing after: the page reader agrees with SQLite at every cut."""
    from placeline.recovery import FRAME_HEADER, WAL_HEADER, committed_frames, scan_articles

    db = _crashed_with_a_log(tmp_path, geoparser)
    wal = db.with_name(db.name + "-wal").read_bytes()
    frame = FRAME_HEADER + committed_frames(wal).size
    frames = (len(wal) - WAL_HEADER) // frame
    seen = set()
    for cut in [*(WAL_HEADER + k * frame for k in range(frames + 1)), len(wal) - 100]:
        copy = tmp_path / f"cut{cut}" / db.name
        copy.parent.mkdir()
        shutil.copy(db, copy)
        copy.with_name(db.name + "-wal").write_bytes(wal[:cut])
        expected = _sqlite_reads(copy)
        assert set(scan_articles(copy)) == expected, cut
        seen.add(len(expected))
    assert seen >= {3, 6}  # cuts before and after the articles' commit


def test_a_log_of_an_older_generation_is_not_read(tmp_path, geoparser, bundled):
    """Frames whose salts are not the header's belong to a log since restarted."""
    from placeline.recovery import WAL_MAGIC, _checksum, scan_articles

    db = _crashed_with_a_log(tmp_path, geoparser)
    log = db.with_name(db.name + "-wal")
    wal = bytearray(log.read_bytes())
    wal[16:24] = bytes(8)  # new salts, the header's checksum made right: every frame is stale
    order = WAL_MAGIC[struct.unpack(">I", wal[:4])[0]]
    wal[24:32] = struct.pack(">II", *_checksum(bytes(wal[:24]), order, 0, 0))
    log.write_bytes(bytes(wal))
    assert set(scan_articles(db)) == _sqlite_reads(db) == {1, 2, 3}


def test_rebuild_keeps_the_rows_committed_to_the_log(tmp_path, geoparser, bundled, capsys):
    from placeline.recovery import committed_frames

    db = _crashed_with_a_log(tmp_path, geoparser)
    assert 1 not in committed_frames(db.with_name(db.name + "-wal").read_bytes()).frames
    with open(db, "r+b") as file:
        file.write(b"\x00" * 4096)  # page 1, which the log has no newer copy of: SQLite
    assert not is_sqlite_file(db)  # cannot open the file, and the pages alone tell
    code, out = _rebuild(db, capsys)
    assert "6 articles read back" in out, out
    assert len(_sources(db)) == 6
    assert code == 3  # every one back, but the file could not list what it held


# -- 4. read-only commands given a folder or an empty file --------------------------------------

READ_ONLY = [["export", "--format", "geojson"], ["dates"], ["reprocess"], ["rebuild"]]


@pytest.mark.parametrize("command", READ_ONLY)
def test_a_folder_given_as_the_database_is_no_database(tmp_path, capsys, command):
    from placeline.cli import main

    folder = tmp_path / "placeline.db"
    folder.mkdir()
    assert main([*command, "--db", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"no database at {folder}: it is a folder" in err
    assert "damaged" not in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", READ_ONLY)
def test_an_empty_file_is_told_as_empty_and_left_as_it_is(tmp_path, capsys, command):
    from placeline.cli import main

    empty = tmp_path / "placeline.db"
    empty.touch()
    assert main([*command, "--db", str(empty)]) == 2
    assert f"nothing is stored in {empty}: it is an empty file" in capsys.readouterr().err
    assert empty.stat().st_size == 0  # a command that only reads made no database of it
    assert [p.name for p in tmp_path.iterdir()] == ["placeline.db"]


# -- 5. a rebuilt article's metadata says what its new cleaning removed -------------------------

def test_rebuild_drops_what_older_cleaning_rules_removed(tmp_path, geoparser, bundled, capsys):
    import json
    import sqlite3

    from placeline.store import open_store

    db, _ = _user_db(tmp_path, geoparser, 2)
    stale = [["ad or site footer", "Officials in Kyiv said on Monday."]]  # older rules' cut
    with sqlite3.connect(db) as conn:
        for article_id, metadata in conn.execute("SELECT id, metadata FROM articles").fetchall():
            assert "removed" not in json.loads(metadata)  # today's rules remove nothing
            conn.execute("UPDATE articles SET metadata = ? WHERE id = ?",
                         (json.dumps({**json.loads(metadata), "removed": stale}), article_id))
    code, out = _rebuild(db, capsys)
    assert code == 0, out
    store = open_store(db)
    metadata = [json.loads(store.article(i)["metadata"]) for i in store.article_ids()]
    store.close()
    assert len(metadata) == 2 and all("removed" not in m for m in metadata), metadata
    assert all(m["title_source"] == "line" for m in metadata)


# -- 6. Dask workers place names from the geocoder's cached answers ----------------------------

class _Answers:
    """A geocoder provider that knows one name: it fills the store's cache as an online run
    would, with no network."""

    name = "nominatim"

    def lookup(self, query, country=None):
        from placeline.models import Place

        if query != "Zzyzxovo":
            return None
        return Place("nominatim:node1", query, 49.9, 36.3, "city", country or "",
                     source="geocoder")


def _mentions(store) -> dict[str, tuple]:
    return {m["surface"]: (m["place_id"], m["source"])
            for m in store.mentions(store.article_ids()[0])}


def test_dask_workers_place_names_from_the_cached_answers_as_the_serial_ingest_does(
        tmp_path, geoparser):
    from dask.distributed import LocalCluster

    from placeline.geocode import CachedGeocoder, known_answers
    from placeline.geoparse import Geoparser
    from placeline.ingest import RawDocument
    from placeline.parallel import prepared_with_dask
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_geocode import ARTICLE

    online = open_store(tmp_path / "online.db")  # an online run fills the cache
    Pipeline(online, Geoparser(geoparser.gazetteer, CachedGeocoder(online, _Answers()))).ingest(
        [RawDocument("old.txt", ARTICLE)])
    assert _mentions(online)["Zzyzxovo"] == ("nominatim:node1", "geocoder")
    serial, parallel = (open_store(tmp_path / f"{name}.db") for name in ("serial", "parallel"))
    for store in (serial, parallel):
        for query, place in online.cache_entries("nominatim").items():
            store.cache_put(query, "nominatim", place)
    document = RawDocument("new.txt", ARTICLE.replace("Monday", "Tuesday"))
    Pipeline(serial).ingest([document])  # offline: the cached answers only
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:  # in this process: cheap
        prepared = list(prepared_with_dask([document], [], scheduler=cluster.scheduler_address,
                                           answers=known_answers(parallel)))
    Pipeline(parallel, geoparser).ingest(prepared)
    assert _mentions(parallel) == _mentions(serial)
    assert _mentions(parallel)["Zzyzxovo"] == ("nominatim:node1", "geocoder")


def test_the_cache_entries_are_what_cache_get_answers(store):
    from placeline.models import Place

    kyiv = Place("nominatim:relation1", "Kyiv", 50.45, 30.52, "city", "UA", source="geocoder")
    store.cache_put("kyiv|UA", "nominatim", kyiv)
    store.cache_put("zzyzx", "nominatim", None)
    store.cache_put("lviv", "another", kyiv)
    assert store.cache_entries("nominatim") == {"kyiv|UA": kyiv, "zzyzx": None}
    assert all(store.cache_get(query, "nominatim") == (True, place)
               for query, place in store.cache_entries("nominatim").items())


def test_ctrl_c_during_a_rebuild_points_to_the_kept_copy(tmp_path, geoparser, bundled, capsys,
                                                         monkeypatch):
    """Ctrl-C in a rebuild: "run the same command again" would rebuild the half-made new
    database (a review: 1,474 of 3,000 articles, exit 0); the message names the damaged copy,
    kept whole, to move back."""
    from placeline.pipeline import Pipeline

    db, _ = _user_db(tmp_path, geoparser, 2)
    original = db.read_bytes()

    def stopped(self, documents, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Pipeline, "ingest", stopped)
    code, out = _rebuild(db, capsys)
    assert code == 130
    kept = _kept(db)
    assert len(kept) == 1 and kept[0].read_bytes() == original
    assert "incomplete" in out and str(kept[0]) in out and "run the same command" not in out
