"""Audit 33, the store and the command line (items 6, 7, 12 and 13): the damaged-store message
names the store it is about, a sound store is not rebuilt unless asked (and never under
another process), `rebuild` re-reads the rows it lost from their files, a locked store is
said at once, an empty folder is not a success, and a slow document's note says how far."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from io import StringIO
from pathlib import Path

from streamlit.testing.v1 import AppTest

from placeline.cli import _say_if_locked, _SlowDocuments, main
from placeline.config import default_database
from placeline.errors import StoreCorruptError
from placeline.ingest import RawDocument
from placeline.ingest_runs import WatchedDocuments
from tests.conftest import ROOT
from tests.test_audit20_store import _garble, _pages_of
from tests.test_audit_recovery import _user_db


def _main(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- 6. every command names its store; a sound store is left alone ---------------------------

def test_the_damaged_store_message_names_its_store(tmp_path):
    """The audit ran `python -m placeline rebuild` as printed for a damaged --db file, and
    rebuilt the healthy default store."""
    other = StoreCorruptError(tmp_path / "corrupt.db", "database disk image is malformed")
    assert f"Run `python -m placeline rebuild --db {tmp_path / 'corrupt.db'}`" in str(other)
    assert "malformed" in str(other) and "malformed" not in other.advice
    default = StoreCorruptError(default_database(), "database disk image is malformed")
    assert "Run `python -m placeline rebuild` to rebuild" in str(default)


def test_a_damaged_page_met_by_a_command_names_its_store(tmp_path, capsys, geoparser):
    db, _ = _user_db(tmp_path, geoparser, 12)
    with sqlite3.connect(db) as conn:  # (the articles table's root page, which export reads)
        root, = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'"
                             ).fetchone()
    conn.close()
    with open(db, "r+b") as file:
        file.seek((root - 1) * 4096)
        file.write(b"\xff" * 8192)
    code, _, err = _main(capsys, "export", "--format", "csv", "--db", db,
                         "--out", tmp_path / "out.csv")
    assert code == 2 and f"Run `python -m placeline rebuild --db {db}`" in err, err


def test_a_sound_store_is_not_rebuilt_unless_asked(tmp_path, capsys, geoparser):
    db, _ = _user_db(tmp_path, geoparser, 2)
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, _ = _main(capsys, "rebuild", "--db", db)
    assert code == 0 and out.startswith(f"Not rebuilt: the database {db} is sound"), out
    assert f"`python -m placeline rebuild --force --db {db}`" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing renamed
    code, out, _ = _main(capsys, "rebuild", "--db", db, "--force")
    assert code == 0 and out.startswith("Rebuilt: the database was sound")
    assert any(".damaged-" in p.name for p in tmp_path.iterdir())


def test_a_sound_store_another_process_has_open_is_not_rebuilt(tmp_path, capsys, geoparser):
    """The audit's rebuild renamed the default store while the dashboard served it."""
    db, _ = _user_db(tmp_path, geoparser, 2)
    holder = subprocess.Popen(
        [sys.executable, "-c", ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM articles').fetchall(); print('open', flush=True); "
         "sys.stdin.read()"), str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = sorted(p.name for p in tmp_path.iterdir())
        code, _, err = _main(capsys, "rebuild", "--db", db, "--force")
        assert code == 2 and "another process has it open" in err, err
        assert sorted(p.name for p in tmp_path.iterdir()) == before
    finally:
        holder.communicate("")


# -- 7. rebuild re-reads what it lost from the files still there -----------------------------

def test_rebuild_reads_again_the_rows_it_lost_from_their_files(tmp_path, capsys, geoparser):
    """The audit: six articles whose rows a damaged page took, five of them bundled files
    still on disk, were "row unreadable" and none was re-read. The index on sources still
    names their files."""
    db, _ = _user_db(tmp_path, geoparser, 60)
    with sqlite3.connect(db) as conn:
        held = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    leaves = _pages_of(db, "articles", "leaf")
    _garble(db, [leaves[len(leaves) // 3], leaves[2 * len(leaves) // 3]])
    code, out, _ = _main(capsys, "rebuild", "--db", db)
    assert code == 0 and "Could not recover" not in out, out
    assert " 0 re-read" not in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == held


def test_rebuild_says_how_to_get_back_what_it_lost(tmp_path, capsys, geoparser):
    import shutil

    db, news = _user_db(tmp_path, geoparser, 60)
    leaves = _pages_of(db, "articles", "leaf")
    _garble(db, [leaves[len(leaves) // 2]])
    shutil.rmtree(news)
    code, out, _ = _main(capsys, "rebuild", "--db", db)
    assert code == 3 and "Could not recover" in out
    assert str(news / "art") in out  # named by their files
    assert ("To get them back, ingest the files named again (`python -m placeline ingest "
            f"FILE... --db {db}`)") in out


# -- 13. a locked store, an empty folder ------------------------------------------------------

def test_a_locked_store_is_said_at_once(tmp_path, capsys, geoparser):
    db, _ = _user_db(tmp_path, geoparser, 1)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        _say_if_locked(db)
        assert time.monotonic() - started < 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert err.startswith(f"waiting for another process's write lock on {db}")
    _say_if_locked(db)
    assert capsys.readouterr().err == ""


def test_an_empty_folder_is_said_and_is_no_success(tmp_path, capsys):
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    code, out, _ = _main(capsys, "ingest", folder, "--db", tmp_path / "x.db")
    assert code == 1
    assert f"skipped {folder}: the folder holds no article files" in out


# -- 12. a slow document's note says how far ---------------------------------------------------

def test_a_slow_documents_note_gives_an_estimate():
    class Told(StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.heard = threading.Event()

        def write(self, text: str) -> int:
            self.heard.set()
            return super().write(text)

    told = Told()
    documents = [RawDocument("big/huge.txt", "York. " * 400_000)]
    slow = _SlowDocuments(WatchedDocuments(documents, after=0.2), told, again=3600)
    for _ in slow:
        assert told.heard.wait(30)
    slow.done()
    note = told.getvalue()
    assert note.startswith("still on big/huge.txt (2.4 MB characters), ")
    assert "s of processor time so far of the about " in note and "% done)" in note


# -- 6, the dashboard ----------------------------------------------------------------------------

def _dashboard() -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    return at


def test_the_damaged_store_page_keeps_sqlite_s_words_in_details(tmp_path, app_store):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"this is not a database" * 100)
    app_store(damaged)
    at = _dashboard()
    assert not at.exception
    main_sentence = at.error[0].value.replace("\\", "")  # (Markdown's escapes)
    assert "is damaged. Run the command below" in main_sentence, main_sentence
    assert "not a database" not in main_sentence  # SQLite's words: in Details
    assert at.code[0].value == f"python -m placeline rebuild --db {damaged}"
    assert at.expander[0].label.startswith("Details")
    assert "not a database" in at.code[1].value


def test_the_empty_stores_notes_give_its_db(tmp_path, app_store):
    fresh = app_store(tmp_path / "fresh.db")
    at = _dashboard()
    assert not at.exception
    said = [e.value for e in (*at.info, *at.warning, *at.markdown) if "ingest PATH" in e.value]
    assert said and all(f"--db {fresh}" in text for text in said), said


def test_store_command_quotes_its_path(tmp_path: Path) -> None:
    """(`store_command` quotes a path with spaces for the shell.)"""
    from placeline.config import store_command

    assert store_command("rebuild", tmp_path / "my news.db") == \
        f"python -m placeline rebuild --db '{tmp_path / 'my news.db'}'"
    assert store_command("rebuild", default_database()) == "python -m placeline rebuild"
