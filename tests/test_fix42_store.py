"""Fix 42, the store and setup: article ids are never handed out twice (SQLite gave a deleted
last article's id to the next one stored); `setup` and the loader know an index built from
other data; reading a CSV leaves the process's field size limit as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
