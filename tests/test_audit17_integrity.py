"""Audit 17, the store's integrity: `export --out` never writes over a store, a safe copy of
a store in use, each database's own corrections journal, a mistyped store path, and the
command line's exit statuses, geoparse rows and wording."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from streamlit.testing.v1 import AppTest

from placeline.cli import main
from placeline.ingest import RawDocument
from placeline.models import Place
from placeline.pipeline import Pipeline
from placeline.recovery import journal_corrections
from placeline.store import open_store
from tests.conftest import ROOT, SEEDS

ARTICLE = ("Floods in Cork\n\nFloods hit Cork on Monday, 4 March 2024, and the river rose in "
           "Limerick the next day.\n")
BERLIN = Place(id="geonames:2950159", name="Berlin", lat=52.52437, lon=13.41053, kind="city",
               country="DE")


def _main(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _store(path, geoparser):
    """A store at `path` holding one article (Cork, Limerick)."""
    store = open_store(path)
    Pipeline(store, geoparser).ingest([RawDocument(f"{path.name}-cork.txt", ARTICLE)])
    return store


def _counts(path) -> tuple[int, int]:
    """(articles, corrections) in the file `path` alone, as a colleague opening it sees."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                     for table in ("articles", "corrections"))
    finally:
        conn.close()


# -- 1. export --out never writes over the store ---------------------------------------------

@pytest.mark.parametrize("companion", ["", "-wal", "-shm", ".corrections.jsonl"])
def test_export_never_writes_over_its_database_or_the_files_beside_it(
        tmp_path, capsys, geoparser, companion):
    db = tmp_path / "victim.db"
    store = _store(db, geoparser)  # open, as the dashboard keeps it: -wal and -shm exist
    store.add_correction("Cork", BERLIN)
    target = db.with_name(db.name + companion)
    before = target.read_bytes()
    code, out, err = _main(capsys, "export", "--format", "csv", "--db", db, "--out", target)
    assert code == 2 and not out
    assert err.startswith(f"error: cannot write {target}: it is the ")
    assert target.read_bytes() == before
    assert store.article_count() == 1 and len(store.corrections()) == 1
    store.close()


def test_export_refuses_the_store_placeline_db_names_by_any_spelling(tmp_path, capsys,
                                                                     monkeypatch, geoparser):
    db = tmp_path / "day.db"
    _store(db, geoparser).close()
    (tmp_path / "link.db").symlink_to(db)
    monkeypatch.setenv("PLACELINE_DB", str(db))
    monkeypatch.chdir(tmp_path)
    for out in ("day.db", "./day.db", str(tmp_path / "link.db")):
        code, _, err = _main(capsys, "export", "--format", "geojson", "--out", out)
        assert code == 2 and f"cannot write {out}: it is the database" in err
    assert _counts(db) == (1, 0)


def test_export_never_writes_over_another_database_but_over_an_old_export(tmp_path, capsys,
                                                                         geoparser):
    db = tmp_path / "day.db"
    _store(db, geoparser).close()
    other = tmp_path / "colleague.sqlite"
    _store(other, geoparser).close()
    code, _, err = _main(capsys, "export", "--format", "csv", "--db", db, "--out", other)
    assert code == 2 and "it is a SQLite database" in err
    assert _counts(other) == (1, 0)
    old = tmp_path / "events.csv"
    old.write_text("yesterday's export\n", encoding="utf-8")
    code, _, _ = _main(capsys, "export", "--format", "csv", "--db", db, "--out", old)
    assert code == 0 and old.read_text(encoding="utf-8").startswith("article_id,")


# -- 2. a copy of a store in use -------------------------------------------------------------

def test_the_db_file_holds_the_latest_work_while_the_dashboard_keeps_it_open(tmp_path,
                                                                             geoparser):
    """A commit is copied into the .db file at once: a copy of the file alone, made while the
    dashboard runs, had lacked everything since the dashboard started."""
    db = tmp_path / "day.db"
    dashboard = open_store(db)
    assert dashboard.article_count() == 0  # its connection stays open all day
    ingest = _store(db, geoparser)
    ingest.add_correction("Cork", BERLIN)
    ingest.close()
    handover = tmp_path / "handover.db"
    shutil.copy(db, handover)  # the .db alone, as anyone would copy or attach it
    assert _counts(handover) == (1, 1)
    dashboard.close()


def test_backup_copies_the_whole_store_while_a_reader_holds_the_log(tmp_path, capsys,
                                                                    geoparser):
    db = tmp_path / "day.db"
    open_store(db).close()
    reader = sqlite3.connect(db)  # a long read: no checkpoint passes it, the work stays in
    reader.execute("BEGIN")       # the log
    reader.execute("SELECT COUNT(*) FROM articles").fetchone()
    store = _store(db, geoparser)
    store.add_correction("Cork", BERLIN)
    plain = tmp_path / "plain.db"
    shutil.copy(db, plain)
    assert _counts(plain) == (0, 0)  # what a plain copy gives
    out = tmp_path / "handover.db"
    code, _, err = _main(capsys, "backup", "--db", db, out)
    assert code == 0, err
    assert f"to {out}: 1 article, 1 correction" in err
    assert _counts(out) == (1, 1)
    assert not out.with_name(out.name + "-wal").exists()  # one file, nothing beside it
    reader.rollback()
    reader.close()
    # Opened, the copy is a store of its own: its id, and its corrections journalled beside
    # it, so a rebuild of the copy keeps them (it had kept the original's id, no journal).
    copy = open_store(out)
    assert copy.store_id and copy.store_id != store.store_id
    journal = out.with_name(out.name + ".corrections.jsonl")
    assert journal.exists() and "Cork" in journal.read_text(encoding="utf-8")
    copy.close()
    store.close()


def test_backup_writes_a_new_file_only(tmp_path, capsys, geoparser):
    db = tmp_path / "day.db"
    _store(db, geoparser).close()
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    code, _, err = _main(capsys, "backup", "--db", db, notes)
    assert code == 2 and "the file exists" in err
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    code, _, err = _main(capsys, "backup", "--db", db, db)
    assert code == 2 and "it is the database" in err
    code, _, err = _main(capsys, "backup", "--db", tmp_path / "dya.db", tmp_path / "copy.db")
    assert code == 2 and "no database at" in err and not (tmp_path / "copy.db").exists()


def test_backup_of_a_postgresql_store_points_to_pg_dump(tmp_path, capsys):
    url = "postgresql://news:secret@127.0.0.1:1/placeline"  # (said before connecting)
    code, _, err = _main(capsys, "backup", "--db", url, tmp_path / "copy.db")
    assert code == 2
    assert "postgresql://news@127.0.0.1:1/placeline is a PostgreSQL database" in err
    assert "pg_dump" in err and "secret" not in err
    assert not (tmp_path / "copy.db").exists()


# -- 3. each database's own corrections journal ----------------------------------------------

def _news_stores(tmp_path, geoparser):
    """news.db, and news.sqlite beside it with a correction of "Cork" (to Berlin)."""
    news_db, news_sqlite = tmp_path / "news.db", tmp_path / "news.sqlite"
    _store(news_db, geoparser).close()
    store = _store(news_sqlite, geoparser)
    store.add_correction("Cork", BERLIN)
    assert store.journal_path.name == "news.sqlite.corrections.jsonl"
    store.close()
    return news_db, news_sqlite


def _each_rebuild_replays_its_own(capsys, news_db, news_sqlite) -> None:
    """Rebuilt, news.db gets no correction and news.sqlite its own Cork → Berlin."""
    code, out, _ = _main(capsys, "rebuild", "--db", news_db, "--force")
    assert code == 0 and "0 corrections replayed" in out
    assert open_store(news_db).corrections() == []
    code, out, _ = _main(capsys, "rebuild", "--db", news_sqlite, "--force")
    assert code == 0, out
    assert [c["name"] for c in open_store(news_sqlite).corrections()] == ["Berlin"]


def test_stores_differing_only_by_extension_keep_their_corrections_apart(tmp_path, capsys,
                                                                         geoparser):
    news_db, news_sqlite = _news_stores(tmp_path, geoparser)
    _each_rebuild_replays_its_own(capsys, news_db, news_sqlite)


def _as_an_older_release_left_it(path) -> None:
    """Take away the database's id and move its journal lines, without their owner, into
    the journal its stem names, as releases before audit 17 wrote them."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM meta WHERE key = 'store_id'")
    conn.commit()
    conn.close()
    own = path.with_name(path.name + ".corrections.jsonl")
    if own.exists():
        with open(path.with_name(path.stem + ".corrections.jsonl"), "a",
                  encoding="utf-8") as shared:
            for line in own.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                record.pop("store")
                shared.write(json.dumps(record) + "\n")
        own.unlink()


def test_an_older_shared_journal_is_never_handed_to_the_other_database(tmp_path, capsys,
                                                                       geoparser):
    news_db, news_sqlite = _news_stores(tmp_path, geoparser)
    for path in (news_db, news_sqlite):
        _as_an_older_release_left_it(path)
    shared = tmp_path / "news.corrections.jsonl"
    assert [s for s, _, _ in journal_corrections(shared)] == ["Cork"]
    for path in (news_db, news_sqlite):  # the first open by this release
        open_store(path).close()
    assert journal_corrections(tmp_path / "news.db.corrections.jsonl") == []
    assert [s for s, _, _ in journal_corrections(
        tmp_path / "news.sqlite.corrections.jsonl")] == ["Cork"]
    assert shared.exists()  # left as it was, never deleted
    _each_rebuild_replays_its_own(capsys, news_db, news_sqlite)


@pytest.mark.parametrize("neighbour", [False, True])
def test_a_damaged_older_database_replays_the_shared_journal_only_if_it_is_its_alone(
        tmp_path, capsys, geoparser, neighbour):
    """Not opened since the upgrade, and its table's correction unreadable: the journal its
    stem names is all it has. Replayed when no other database beside it could have
    written there; with one, only what its own table holds (here nothing), and it says so."""
    db = tmp_path / "news.db"
    store = _store(db, geoparser)
    store.add_correction("Cork", BERLIN)
    store.close()
    _as_an_older_release_left_it(db)
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM corrections")  # (as a damaged page would lose it)
    conn.commit()
    conn.close()
    if neighbour:
        _store(tmp_path / "news.sqlite", geoparser).close()
    code, out, _ = _main(capsys, "rebuild", "--db", db, "--force")
    assert code == 0, out
    rebuilt = open_store(db)
    if neighbour:
        assert "0 corrections replayed" in out
        assert "news.corrections.jsonl is not replayed: other databases beside it " \
               "(news.sqlite)" in out
        assert rebuilt.corrections() == []
    else:
        assert [c["name"] for c in rebuilt.corrections()] == ["Berlin"]
        assert [s for s, _, _ in journal_corrections(rebuilt.journal_path)] == ["Cork"]
    rebuilt.close()


def test_a_database_named_like_the_shared_journal_replays_only_its_own_lines(
        tmp_path, capsys, geoparser):
    """"news" (no extension) has the name news.db's older journal has: news.db's lines in it
    are not its own."""
    news_db = tmp_path / "news.db"
    store = _store(news_db, geoparser)
    store.add_correction("Cork", BERLIN)
    store.close()
    _as_an_older_release_left_it(news_db)
    news = tmp_path / "news"
    _store(news, geoparser).close()
    assert (tmp_path / "news.corrections.jsonl").exists()  # news.db's: not moved aside
    code, out, _ = _main(capsys, "rebuild", "--db", news, "--force")
    assert code == 0 and "0 corrections replayed" in out
    assert open_store(news).corrections() == []


# -- 5. a mistyped store path ----------------------------------------------------------------

@pytest.fixture
def demo_setup(tmp_path, monkeypatch):
    """The default store in an empty data folder, the bundled articles ready to load."""
    monkeypatch.setenv("PLACELINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PLACELINE_CACHE_DIR", str(ROOT / "data" / "cache"))
    monkeypatch.delenv("PLACELINE_DB", raising=False)
    monkeypatch.setattr("placeline.bootstrap.bundled_articles_dir", lambda: SEEDS)
    return tmp_path / "data" / "placeline.db"


def test_the_demo_articles_go_only_into_the_default_store(tmp_path, demo_setup):
    from placeline.bootstrap import ensure_ready

    named = ensure_ready(tmp_path / "dya.db", log=lambda message: None)
    assert named.article_count() == 0  # a mistyped name: empty, not the demo
    named.close()
    default = ensure_ready(log=lambda message: None)  # its folder is made on first run
    assert default.location == str(demo_setup) and default.article_count() == 5
    default.close()


def test_setup_of_a_named_store_leaves_it_empty_and_says_why(tmp_path, capsys, demo_setup):
    code, out, _ = _main(capsys, "setup", "--db", tmp_path / "mine.db")
    assert code == 0
    assert f"Ready: 0 articles, 0 events, 0 places in {tmp_path / 'mine.db'}" in out
    assert "demo articles go only into the default store" in out


def test_the_dashboard_on_a_new_named_store_says_so_and_loads_no_demo(tmp_path, demo_setup,
                                                                     app_store):
    typo = app_store(tmp_path / "dya.db", data=demo_setup.parent)  # the demo ready to load
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    [notice] = [w.value for w in at.warning if "New, empty store" in w.value]
    assert "dya" in notice and "did not exist" in notice and "--db" in notice
    assert any("Add articles on the **Ingest** page" in i.value for i in at.info)
    store = open_store(typo)
    assert store.article_count() == 0
    store.close()


def test_ingest_into_a_missing_folder_is_an_error(tmp_path, capsys):
    article = tmp_path / "cork.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _main(capsys, "ingest", article, "--db", tmp_path / "no" / "dir" / "a.db")
    assert code == 2 and not out
    assert f"there is no folder {tmp_path / 'no' / 'dir'}" in err
    assert not (tmp_path / "no").exists()


# -- 20. ingest's exit status, geoparse's rows and toponyms -----------------------------------

def test_ingest_tells_a_partial_run_from_a_whole_one_and_from_none(tmp_path, capsys):
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty.write_bytes(b"")
    db = tmp_path / "x.db"
    code, out, _ = _main(capsys, "ingest", good, empty, "--db", db)
    assert code == 3 and "1 added, 0 already stored, 1 skipped" in out
    assert _main(capsys, "ingest", good, "--db", db)[0] == 0  # stored already: all good
    assert _main(capsys, "ingest", empty, "--db", db)[0] == 1
    with pytest.raises(SystemExit):
        main(["ingest", "--help"])
    assert "3 some inputs were skipped" in " ".join(capsys.readouterr().out.split())


def test_geoparse_names_rows_without_an_id_as_ingest_does(tmp_path, capsys):
    rows = tmp_path / "wire.jsonl"
    rows.write_text(json.dumps({"title": "a", "text": "Floods hit Cork on Monday."}) + "\n"
                    + json.dumps({"id": "w2", "text": "Rain in Limerick."}) + "\n",
                    encoding="utf-8")
    code, out, _ = _main(capsys, "geoparse", rows)
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [f"{rows}#1", "w2"]
    db = tmp_path / "x.db"
    _main(capsys, "ingest", rows, "--db", db)
    assert sorted(open_store(db).articles_frame()["source"]) == [f"{rows}#1", f"{rows}#w2"]


def test_each_geoparse_toponym_says_what_it_resolved_to(tmp_path, capsys):
    rows = tmp_path / "berlin.jsonl"
    rows.write_text(json.dumps({"id": "b", "text": "Scientists met in Berlin, Germany, on "
                                                   "Monday."}) + "\n", encoding="utf-8")
    code, out, _ = _main(capsys, "geoparse", rows)
    berlin = json.loads(out)["toponyms"][0]
    assert code == 0 and berlin["name"] == "Berlin"
    assert (berlin["place_id"], berlin["place"], berlin["kind"], berlin["country"]) == (
        "geonames:2950159", "Berlin", "city", "DE")


# -- 22. the command line's wording -----------------------------------------------------------

def test_ingest_counts_one_article_in_the_singular(tmp_path, capsys):
    article = tmp_path / "cork.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    _, out, _ = _main(capsys, "ingest", article, "--db", tmp_path / "x.db")
    assert f"Store {tmp_path / 'x.db'}: 1 article, " in out


def test_rebuild_of_a_sound_database_says_nothing_was_lost(tmp_path, capsys, geoparser):
    db = tmp_path / "day.db"
    store = _store(db, geoparser)
    store.add_correction("Cork", BERLIN)
    store.close()
    code, out, _ = _main(capsys, "rebuild", "--db", db, "--force")
    assert code == 0
    assert out.startswith("Rebuilt: the database was sound (SQLite's integrity check found no"
                          " damage), so nothing was lost: 1 article read back from it")
    assert "1 correction replayed" in out and "damaged file" not in out
